"""The charts a `<stem>.charts/` folder holds, by content key: reuse, and drawing them later.

    drawn = drawn_charts(build / "hexi-2010.charts")     # {key: {"png": b, "svg": b, "pdf": b}}
    paths = write_charts(build / "hexi-2010.charts", figures.charts)
    draw_pending([build / "hexi-2010.charts" / "fig1.png"])   # what the XML step left undrawn

Drawing is the XML step's costliest part (~0.2 s a chart, and ~0.5 s to import matplotlib).
Rebuilding the XML of a report whose figures did not change (an edited paragraph, a
correction, a new style) would draw the same pictures again. Each chart's key is the hash of
what it is drawn from (`figures.charts.ChartSpec.key`); `index.json` beside the pictures maps
each chart id to its key, the spec it is drawn from (bars, unit, title, page size) and the
sha256 of each file, so a file changed or half-copied since is drawn again, never reused.

The XML step does not draw (issue 16): a chart's page size follows from its bars, so the XML
and the PDF's layout need no picture. It records the spec of each chart not drawn yet (an
entry without "sha256": pending) and the renderers draw what they need when they need it
(`draw_pending`): DOCX and EPUB before pandoc, the PDF only after layout, when it embeds the
chart PDFs; `pipeline build` draws them in a worker with a free core meanwhile. Whoever draws
holds an exclusive lock on the folder (flock), so a second process waits for those pictures
instead of drawing them again, and finds them drawn. Part of the file layer (with build.py):
the figures stage itself reads no file.
"""
from __future__ import annotations

import fcntl
import hashlib
import json
import os
from contextlib import contextmanager
from pathlib import Path
from typing import Iterable

from . import log
from .atomic import write_atomic
from .errors import OutputError
from .model import Chart

INDEX = "index.json"
FORMATS = ("png", "svg", "pdf")     # figures.charts.FORMATS (not imported: that loads the figures stage)


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _index(folder: Path) -> dict:
    try:
        index = json.loads((folder / INDEX).read_text("utf-8"))
    except (OSError, ValueError):
        return {}
    return index if isinstance(index, dict) else {}


def drawn_charts(folder: Path) -> dict[str, dict]:
    """{key: {format: bytes, "warnings": [...]}} of the charts in `folder` whose files still match
    the index ("warnings": what drawing them warned, so a reuse says it again)."""
    found: dict[str, dict[str, bytes]] = {}
    for ident, entry in _index(folder).items():
        try:
            files = {fmt: (folder / f"{ident}.{fmt}").read_bytes() for fmt in FORMATS}
        except (OSError, TypeError):
            continue
        hashes = entry.get("sha256", {}) if isinstance(entry, dict) else {}
        if all(hashes.get(fmt) == _sha(data) for fmt, data in files.items()):
            found[entry["key"]] = {**files, "warnings": [str(w) for w in entry.get("warnings", [])]}
    return found


def _spec(chart: Chart) -> dict:
    spec = chart.spec
    return {"rows": [list(row) for row in spec.rows], "unit": spec.unit, "doc_title": spec.doc_title,
            "size": list(spec.size)}


def write_charts(folder: Path, charts: tuple[Chart, ...]) -> list[Path]:
    """Write each drawn chart's pictures (atomically), then the index that lets a later run reuse
    them and a renderer draw the charts not drawn yet (their stale pictures are removed)."""
    paths, index = [], {}
    for chart in charts:
        files = {"png": chart.png, "svg": chart.svg, "pdf": chart.pdf}
        entry: dict = {"key": chart.key}
        if chart.spec is not None:
            entry["spec"] = _spec(chart)
        drawn = all(files.values())
        for fmt in FORMATS:
            path = folder / f"{chart.id}.{fmt}"
            if not drawn:
                _remove(path)   # a picture of other data: never shown for this chart
            elif not (path.is_file() and path.stat().st_size == len(files[fmt]) and path.read_bytes() == files[fmt]):
                write_atomic(path, files[fmt])   # an unchanged file keeps its time: Make sees no change
            paths.append(path)
        if drawn:
            entry.update(sha256={fmt: _sha(files[fmt]) for fmt in FORMATS}, warnings=list(chart.warnings))
        index[chart.id] = entry
    if charts:
        write_atomic(folder / INDEX, json.dumps(index, indent=1, sort_keys=True).encode("utf-8"))
    return paths


def _remove(path: Path) -> None:
    try:
        path.unlink()
    except (FileNotFoundError, NotADirectoryError):
        pass
    except OSError as exc:
        raise OutputError(f"cannot remove {path}: {exc.strerror or exc}") from None


def _pending_entry(path: Path) -> dict | None:
    """The index entry of the chart picture `path` when it is drawable and not drawn yet."""
    path = Path(path)
    if path.suffix.lower().lstrip(".") not in FORMATS:
        return None
    entry = _index(path.parent).get(path.stem)
    if not isinstance(entry, dict) or not isinstance(entry.get("spec"), dict):
        return None
    drawn = "sha256" in entry and all((path.parent / f"{path.stem}.{fmt}").is_file() for fmt in FORMATS)
    return None if drawn else entry


def is_pending(path: Path) -> bool:
    """`path` names a chart picture its folder's index will draw on demand (`draw_pending`)."""
    return _pending_entry(path) is not None


def chart_size(path: Path) -> tuple[float, float] | None:
    """The chart PDF's page (width, height) in points as its index records it, drawn or not
    (None: no index entry with a spec)."""
    path = Path(path)
    entry = _index(path.parent).get(path.stem)
    size = entry.get("spec", {}).get("size") if isinstance(entry, dict) and isinstance(entry.get("spec"), dict) else None
    return (float(size[0]), float(size[1])) if isinstance(size, list) and len(size) == 2 else None


@contextmanager
def _locked(folder: Path):
    """An exclusive flock on the folder itself: held by whoever draws into it (released by the
    kernel if that process dies)."""
    fd = os.open(folder, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)


def draw_pending(paths: Iterable[Path]) -> int:
    """Draw every chart among `paths` (pictures in `<stem>.charts/` folders) that its folder's index
    lists as not drawn yet: all its formats, then the index. Waits while another process draws
    into the same folder. Returns how many charts this call drew."""
    folders: dict[Path, set[str]] = {}
    for path in paths:
        if is_pending(path):
            folders.setdefault(Path(path).parent, set()).add(Path(path).stem)
    count = 0
    for folder, idents in sorted(folders.items()):
        with _locked(folder):
            index = _index(folder)   # read again under the lock: another process may have drawn them
            todo = sorted(i for i in idents if _pending_entry(folder / f"{i}.pdf") is not None)
            if todo:
                from .figures.draw import draw_chart   # matplotlib: imported only when something is drawn
            for ident in todo:
                spec = index[ident]["spec"]
                first = len(log.collected)
                files = draw_chart(tuple((str(label), float(v)) for label, v in spec["rows"]),
                                   str(spec["unit"]), str(spec["doc_title"]))
                for fmt in FORMATS:
                    write_atomic(folder / f"{ident}.{fmt}", files[fmt])
                index[ident].update(sha256={fmt: _sha(files[fmt]) for fmt in FORMATS},
                                    warnings=[w.message for w in log.collected[first:]])
            if todo:
                write_atomic(folder / INDEX, json.dumps(index, indent=1, sort_keys=True).encode("utf-8"))
            count += len(todo)
    return count
