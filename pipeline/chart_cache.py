"""The charts a `<stem>.charts/` folder already holds, by content key: the reuse half of drawing.

    drawn = drawn_charts(build / "hexi-2010.charts")     # {key: {"png": b, "svg": b, "pdf": b}}
    paths = write_charts(build / "hexi-2010.charts", figures.charts)

Drawing is the XML step's costliest part (~0.2 s a chart). Rebuilding the XML of a report
whose figures did not change (an edited paragraph, a correction, a new style) would draw the
same pictures again. Each chart's key is the hash of what it is drawn from
(`figures.charts.ChartSpec.key`); `index.json` beside the pictures maps each chart id to its
key and the sha256 of each file, so a file changed or half-copied since is drawn again, never
reused. Part of the file layer (with build.py): the figures stage itself reads no file.
"""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

from .atomic import write_atomic
from .figures.charts import FORMATS
from .model import Chart

INDEX = "index.json"


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def drawn_charts(folder: Path) -> dict[str, dict]:
    """{key: {format: bytes, "warnings": [...]}} of the charts in `folder` whose files still match
    the index ("warnings": what drawing them warned, so a reuse says it again)."""
    try:
        index = json.loads((folder / INDEX).read_text("utf-8"))
    except (OSError, ValueError):
        return {}
    found: dict[str, dict[str, bytes]] = {}
    for ident, entry in index.items() if isinstance(index, dict) else ():
        try:
            files = {fmt: (folder / f"{ident}.{fmt}").read_bytes() for fmt in FORMATS}
        except (OSError, TypeError):
            continue
        hashes = entry.get("sha256", {}) if isinstance(entry, dict) else {}
        if all(hashes.get(fmt) == _sha(data) for fmt, data in files.items()):
            found[entry["key"]] = {**files, "warnings": [str(w) for w in entry.get("warnings", [])]}
    return found


def write_charts(folder: Path, charts: tuple[Chart, ...]) -> list[Path]:
    """Write each chart's pictures (atomically), then the index that lets a later run reuse them."""
    paths, index = [], {}
    for chart in charts:
        files = {"png": chart.png, "svg": chart.svg, "pdf": chart.pdf}
        for fmt in FORMATS:
            path = folder / f"{chart.id}.{fmt}"
            if not (path.is_file() and path.stat().st_size == len(files[fmt]) and path.read_bytes() == files[fmt]):
                write_atomic(path, files[fmt])   # an unchanged file keeps its time: Make sees no change
            paths.append(path)
        index[chart.id] = {"key": chart.key, "sha256": {fmt: _sha(files[fmt]) for fmt in FORMATS},
                           "warnings": list(chart.warnings)}
    if charts:
        write_atomic(folder / INDEX, json.dumps(index, indent=1, sort_keys=True).encode("utf-8"))
    return paths
