"""The batch manifest, `manifest.jsonl` in the output folder: one line per document.

    {"source": "/corpus/a.txt", "sha256": "…", "status": "ok", "exit_code": 0, "message": "",
     "seconds": {"decode": 0.01, …, "pdf": 3.1}, "warnings": [], "outputs": [{"path": …, "sha256": …}],
     "worker": "tcp://10.0.0.7:40123", "key": "…"}

A corpus of thousands of documents is built over days and interrupted: the manifest says
what was built from what, and `--resume` uses it to skip a document whose outputs are up to
date. "Up to date" is decided by content, not by file times (which a copy to a shared
filesystem changes): the same input bytes, the same build key (options, formats, style files
and the code itself, so a fix to the pipeline rebuilds everything) and every output still
there with the hash recorded. Each finished document is appended as one line at once (so an
interrupted batch leaves a manifest of what it finished, and a corpus of 10,000 documents does
not rewrite the file 10,000 times); at the end the file is rewritten atomically with one line per
document. When a line appears twice, the later one wins; a torn last line is ignored.
"""
from __future__ import annotations

import dataclasses
import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path

from . import log
from .atomic import write_atomic

STATUSES = ("ok", "failed", "skipped")
NAME = "manifest.jsonl"


@dataclass
class Record:
    source: str
    sha256: str
    status: str = "ok"
    exit_code: int = 0
    message: str = ""
    seconds: dict[str, float] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    outputs: list[dict[str, str]] = field(default_factory=list)
    worker: str = ""
    key: str = ""

    def to_json(self) -> str:
        return json.dumps(dataclasses.asdict(self), ensure_ascii=False, sort_keys=False)


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def output_entry(path: Path) -> dict[str, str]:
    return {"path": str(path), "sha256": sha256_file(path)}


def _tree_digest(digest, folder: Path, suffixes: tuple[str, ...] | None = None) -> None:
    for path in sorted(p for p in folder.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
        if suffixes is None or path.suffix in suffixes:
            digest.update(str(path.relative_to(folder)).encode() + b"\0" + path.read_bytes() + b"\0")


def build_key(options, formats: tuple[str, ...]) -> str:
    """What, besides the input, decides the outputs: the options, the editions asked for, the
    style files and the pipeline's code (its version and the bytes of its modules and schema)."""
    from . import __version__
    from .resources import styles_dir

    digest = hashlib.sha256()
    digest.update(json.dumps([dataclasses.asdict(options), list(formats), __version__],
                             sort_keys=True, default=str).encode())
    _tree_digest(digest, Path(__file__).resolve().parent, (".py", ".rng", ".lua", ".css", ".xml"))
    folders = [styles_dir()]
    style = getattr(options, "style", "")   # a style folder given by path (--style)
    if style and Path(str(style)).is_dir():
        folders.append(Path(str(style)))
    for folder in folders:
        if folder.is_dir():
            _tree_digest(digest, folder)
    return digest.hexdigest()


class Manifest:
    """The records of one output folder: those read from an earlier run, updated as documents finish."""

    def __init__(self, path: Path):
        self.path = path
        self.records: dict[str, Record] = {}
        self._torn = False   # the file ends inside a line (a batch killed while appending)
        if path.exists():
            self._read()
            self._torn = not path.read_bytes().endswith(b"\n") and path.stat().st_size > 0

    def _read(self) -> None:
        names = {f.name for f in dataclasses.fields(Record)}
        for number, line in enumerate(self.path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                data = json.loads(line)
                record = Record(**{k: v for k, v in data.items() if k in names})
            except (ValueError, TypeError):
                log.warn("not a manifest line; ignored (its document will be rebuilt)", f"{self.path}:{number}")
                continue
            self.records[record.source] = record

    def up_to_date(self, source: str, sha256: str, key: str) -> Record | None:
        """The earlier record whose outputs stand for this input and build key, if all are intact."""
        old = self.records.get(source)
        if old is None or old.status not in ("ok", "skipped") or old.sha256 != sha256 or old.key != key:
            return None
        for entry in old.outputs:
            path = Path(entry["path"])
            try:
                if sha256_file(path) != entry["sha256"]:
                    return None
            except OSError:
                return None
        return old

    def add(self, record: Record) -> None:
        """Record one document: one line appended in a single write."""
        self.records[record.source] = record
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with open(self.path, "a", encoding="utf-8") as f:
            f.write(("\n" if self._torn else "") + record.to_json() + "\n")
        self._torn = False

    def compact(self) -> None:
        """Rewrite the file atomically with one line per document (the latest record of each)."""
        text = "".join(r.to_json() + "\n" for r in self.records.values())
        write_atomic(self.path, text.encode("utf-8"))
