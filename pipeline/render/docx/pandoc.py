"""Step 1 of the DOCX edition: the XML intermediate through pandoc.

pandoc runs with --sandbox, so it may read only the files named on its command
line: the XML (a copy whose PNG charts are inlined as data: URIs), the reference
document (zipped from styles/reference-docx/) and the Lua filters. Nothing the
text names is ever read or fetched.
"""
from __future__ import annotations

import base64
import functools
import os
import subprocess
import tempfile
import time
from copy import deepcopy
from pathlib import Path

from lxml import etree

from ...docbook.read import Intermediate, q
from ...log import debug, warn
from ...style import Style, load_style
from .package import deterministic_zip
from ..pandoc import pandoc_path, report_stderr

LOCATION = "render/docx"
PANDOC_TIMEOUT = 180  # seconds; the 50x stress input takes under 1 s
FILTERS = ("formalpara.lua", "docx-blocks.lua")
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def inline_images(doc: Intermediate) -> bytes:
    """The XML with each figure reduced to its PNG, given as a data: URI pandoc can reach.

    SVG-only figures are dropped with a warning (pandoc would write an SVG blip
    that LibreOffice and older Word show as an empty box); the caption stays.
    A fileref outside the document's folder is refused.
    """
    root = deepcopy(doc.root)
    base = doc.base.resolve()
    for mediaobject in root.iter(q("mediaobject")):
        objects = mediaobject.findall(q("imageobject"))
        png = next((o for o in objects if _format(o) == "PNG"), None)
        for obj in objects:
            if obj is not png:
                mediaobject.remove(obj)
        if png is None:
            if objects:
                warn("figure without a PNG image left out of the DOCX", LOCATION)
            continue
        data_el = png.find(q("imagedata"))
        known_missing = data_el.get("fileref", "") in doc.missing   # reported once when the XML was read
        data = None if known_missing else _read_png(base, data_el.get("fileref", ""))
        if data is None:
            mediaobject.remove(png)
            continue
        data_el.set("fileref", "data:image/png;base64," + base64.b64encode(data).decode("ascii"))
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8")


def _format(imageobject) -> str:
    data = imageobject.find(q("imagedata"))
    if data is None:
        return ""
    fmt = (data.get("format") or "").upper()
    return fmt or ("PNG" if data.get("fileref", "").lower().endswith(".png") else "")


def _read_png(base: Path, fileref: str) -> bytes | None:
    path = (base / fileref).resolve()
    if not path.is_relative_to(base) or not path.is_file():
        warn(f"chart image {fileref!r} not found next to the XML; left out of the DOCX", LOCATION)
        return None
    data = path.read_bytes()
    if not data.startswith(PNG_MAGIC):
        warn(f"chart image {fileref!r} is not a PNG; left out of the DOCX", LOCATION)
        return None
    return data


@functools.lru_cache(maxsize=4)
def _reference_docx(style: Style) -> bytes:
    """The style's reference-docx (each part from the style, else the default's) zipped
    once per process (a batch worker renders many DOCX)."""
    return deterministic_zip({name: path.read_bytes() for name, path in style.reference_parts().items()})


def run_pandoc(xml: bytes, metadata: dict[str, str | list[str]], toc_depth: int, epoch: int,
               style: Style | None = None) -> bytes:
    """DocBook bytes -> DOCX bytes (pandoc's own output, before post-processing).
    `metadata` wins over what pandoc reads from the XML's <info>; a list gives a list."""
    pandoc = pandoc_path("DOCX")
    style = style or load_style()
    with tempfile.TemporaryDirectory(prefix="docx-pandoc-") as tmp:
        tmpdir = Path(tmp)
        src, ref, out = tmpdir / "in.xml", tmpdir / "reference.docx", tmpdir / "out.docx"
        src.write_bytes(xml)
        ref.write_bytes(_reference_docx(style))
        cmd = [
            pandoc, str(src), "-f", "docbook+east_asian_line_breaks", "-t", "docx",
            "--sandbox", "--reference-doc", str(ref),
            "--toc", f"--toc-depth={toc_depth}", "-o", str(out),
        ]
        for name in FILTERS:
            cmd += ["--lua-filter", str(style.file(name))]
        for key, value in metadata.items():
            for item in value if isinstance(value, list) else [value]:
                cmd += ["-M", f"{key}={item}"]
        env = {**os.environ, "SOURCE_DATE_EPOCH": str(epoch)}
        started = time.monotonic()
        try:
            proc = subprocess.run(cmd, capture_output=True, env=env, timeout=PANDOC_TIMEOUT, check=False)
        except subprocess.TimeoutExpired:
            raise RuntimeError(f"pandoc took longer than {PANDOC_TIMEOUT} s on the DOCX edition") from None
        debug("pandoc docx: %.2f s", time.monotonic() - started)
        said = report_stderr(proc.stderr, "DOCX")
        if proc.returncode != 0:
            raise RuntimeError(f"pandoc failed on the DOCX edition (exit {proc.returncode}): "
                               f"{' / '.join(said)[-500:]}")
        return out.read_bytes()
