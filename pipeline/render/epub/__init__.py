"""EPUB 3 edition: pandoc reads the XML intermediate, the project finishes the package.

    from pipeline.render.epub import render_epub
    epub_bytes = render_epub(load_docbook(xml, base, "mini"), Options())

pandoc runs with `--sandbox` on a copy of the XML whose chart files are inlined as
`data:` URIs (SVG, else PNG); `styles/epub-filter.lua` makes formalpara leads bold
run-ins, moves DocBook roles into classes and adds the generated list of figures and
tables (section `#lof`, class "generated") right after the navigation document.
`package.finish_epub` then adds the stylesheet and the cover (`cover`),
checks every internal link and zips the container deterministically.
"""
from __future__ import annotations

import base64
import os
import subprocess
import tempfile
import uuid
from copy import deepcopy
from pathlib import Path

from lxml import etree

from ...docbook.read import NS, Intermediate, q
from ...errors import PipelineError
from ...log import debug, warn
from ...options import Options
from ...style import load_style
from ..dates import source_date_epoch
from ..front_matter import front_matter
from .cover import CoverText, draw_cover
from .package import Finish, finish_epub
from ..pandoc import pandoc_path, report_stderr

LABELS = {
    "zh": {"toc": "目录", "lof": "图表目录", "cover": "封面", "titlepage": "扉页",
           "summary": "可重排的文本电子书，有目录导航和图表目录；每幅图表都有说明其数据的替代文字，"
                      "数据也列在附录表格中。"},
    "en": {"toc": "Contents", "lof": "List of Figures and Tables", "cover": "Cover",
           "titlepage": "Title Page",
           "summary": "Reflowable text with a navigable table of contents and a list of figures "
                      "and tables; every chart has alternative text that states its data, which "
                      "the appendix table also gives."},
}
IMAGE_TYPES = {"SVG": "image/svg+xml", "PNG": "image/png"}
IMAGE_PREFERENCE = ("SVG", "PNG")   # EPUB takes the SVG; the PNG is the fallback
NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "urn:pipeline:epub")


def labels_for(lang: str) -> dict:
    return LABELS["zh" if lang.lower().startswith("zh") else "en"]


def _text(el) -> str:
    return "".join(el.itertext()).strip() if el is not None else ""


def content_identifier(doc: Intermediate) -> str:
    """urn:uuid:UUIDv5 over the canonical XML: stable across runs, new when content changes."""
    canonical = etree.tostring(doc.root, method="c14n")
    return f"urn:uuid:{uuid.uuid5(NAMESPACE, canonical.decode('utf-8'))}"


def source_epoch(doc: Intermediate) -> int:
    """SOURCE_DATE_EPOCH from the environment, else the document's date, else 1980-01-01."""
    return source_date_epoch(_text(doc.root.find("db:info/db:date", NS)))


def cover_text(doc: Intermediate) -> CoverText:
    """The cover's lines: the title page's (render.front_matter), several authors on one line."""
    fm = front_matter(doc.root, doc.lang, doc.name)
    zh = doc.lang.lower().startswith("zh")
    return CoverText(title=fm.title, subtitle=fm.subtitle, issuer=("、" if zh else "; ").join(fm.authors),
                     date=fm.shown_date)


def _inline_images(tree: etree._ElementTree, doc: Intermediate) -> None:
    """Keep one imageobject per mediaobject (SVG, else PNG), its file inlined as a data: URI.

    Only files inside the document's folder are read; anything else is dropped with a warning.
    """
    base = doc.base.resolve()
    for media in tree.iter(q("mediaobject")):
        objects = media.findall("db:imageobject", NS)
        chosen = None
        for fmt in IMAGE_PREFERENCE:
            for obj in objects:
                data = obj.find("db:imagedata", NS)
                if data is None or (data.get("format") or "").upper() != fmt:
                    continue
                path = (base / (data.get("fileref") or "")).resolve()
                if (data.get("fileref") or "") in doc.missing:
                    continue   # reported once when the XML was read
                if base not in path.parents or not path.is_file():
                    warn(f"chart file {data.get('fileref')!r} not found next to the XML",
                         f"render/epub:{doc.name}")
                    continue
                payload = base64.b64encode(path.read_bytes()).decode("ascii")
                data.set("fileref", f"data:{IMAGE_TYPES[fmt]};base64,{payload}")
                chosen = obj
                break
            if chosen is not None:
                break
        for obj in objects:
            if obj is not chosen:
                media.remove(obj)


def pandoc_args(doc: Intermediate, options: Options, identifier: str, labels: dict) -> list[str]:
    has_figures = doc.root.find(".//db:figure", NS) is not None
    args = [
        "-f", "docbook+east_asian_line_breaks", "-t", "epub3", "--sandbox",
        "--toc", f"--toc-depth={options.toc_depth}", "--split-level=1",
        "--lua-filter", str(load_style(options.style).file("epub-filter.lua")),
        "--epub-title-page=true",
        "-M", f"lang={doc.lang}",
        "-M", f"toc-title={labels['toc']}",
        "-M", f"lof-title={labels['lof']}",
        "-M", f"identifier={identifier}",
        "-M", "accessModes=textual",
    ]
    if has_figures:
        args += ["-M", "accessModes=visual"]
    args += ["-M", "accessModeSufficient=textual",
             "-M", f"accessibilitySummary={labels['summary']}"]
    info = doc.root.find("db:info", NS)
    orgs = [_text(o) for o in info.findall("db:author/db:orgname", NS)] if info is not None else []
    if orgs:
        args += ["-M", f"publisher={orgs[0]}"]
    for name in front_matter(doc.root, doc.lang, doc.name).names:   # dc:creator: the name, not 'name role'
        args += ["-M", f"author={name}"]
    return args


def render_epub(doc: Intermediate, options: Options) -> bytes:
    """Render the EPUB 3 edition of `doc`; the same input gives the same bytes."""
    labels = labels_for(doc.lang)
    identifier = content_identifier(doc)
    epoch = source_epoch(doc)
    tree = deepcopy(doc.tree)
    _inline_images(tree, doc)
    xml = etree.tostring(tree, xml_declaration=True, encoding="UTF-8")

    env = dict(os.environ, SOURCE_DATE_EPOCH=str(epoch))
    with tempfile.TemporaryDirectory(prefix="epub-") as tmp:
        out = Path(tmp) / "out.epub"
        cmd = [pandoc_path("EPUB"), *pandoc_args(doc, options, identifier, labels), "-o", str(out)]
        proc = subprocess.run(cmd, input=xml, capture_output=True, cwd=tmp, env=env)
        said = report_stderr(proc.stderr, "EPUB")
        if proc.returncode != 0 or not out.exists():
            raise PipelineError(f"pandoc failed to write the EPUB of {doc.name}: "
                                f"{' / '.join(said)[:300]}")
        epub = out.read_bytes()

    text = cover_text(doc)
    fm = front_matter(doc.root, doc.lang, doc.name)
    zh = doc.lang.lower().startswith("zh")
    parts = [s for s in (text.title, text.subtitle, text.issuer, text.date) if s]
    cover_alt = labels["cover"] + ("：" if zh else ": ") + ("　" if zh else "; ").join(parts)
    finish = Finish(
        css=load_style(options.style).layered("epub.css").encode("utf-8"),
        cover_png=draw_cover(text, doc.lang),
        cover_alt=cover_alt,
        lang=doc.lang,
        labels=labels,
        epoch=epoch,
        has_date=bool(_text(doc.root.find("db:info/db:date", NS))),
        display_date=text.date,
        authors=fm.authors,
        cover=fm.cover,
    )
    return finish_epub(epub, finish)
