"""The DOCX edition: pandoc writes it, the project finishes it.

    from pipeline.render.docx import render_docx
    data = render_docx(intermediate, Options())

Steps: (1) pandoc reads the XML (PNG charts inlined) with the reference document
from styles/reference-docx/ and the Lua filters from styles/; (2) polish: paper,
fonts, running head, tables, pictures, document properties; (3) front matter:
the title page in its own section, a TOC field and a list of figures and tables
with cached entries; (4) LibreOffice lays a copy out (without most rows of a long final
table) to find the page of every entry, and the numbers are written into the fields — the
build's running LibreOffice does it when it has one (office.py); (5) a deterministic zip.
"""
from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager

from ...docbook.read import XML_ID, Intermediate, q
from ...lang import cjk
from ...log import debug, warn
from ...options import Options
from ...style import load_style
from . import latin, polish, tables
from .cover import add_cover_lines
from ..dates import source_date_epoch
from .fields import Contents, split_front_matter
from .package import Package, w
from .pages import locate_pages, soffice_path
from .pandoc import LOCATION, inline_images, run_pandoc
from ..front_matter import front_matter

KEEP_ROWS = 20   # of a long last table, in the copy LibreOffice lays out (rows_left_out)

LABELS = {
    "zh": {"toc": "目录", "lof": "图表目录", "sep": "、"},
    "en": {"toc": "Contents", "lof": "List of Figures and Tables", "sep": ", "},
}


def render_docx(doc: Intermediate, options: Options) -> bytes:
    """Render the DOCX edition of `doc` (bytes of a .docx file, identical for identical input)."""
    lang = doc.lang
    labels = LABELS["zh"] if lang.lower().startswith("zh") else LABELS["en"]
    fm = front_matter(doc.root, lang, doc.name)
    info = {"title": fm.title, "subtitle": fm.subtitle, "author": labels["sep"].join(fm.names), "date": fm.date}
    epoch = source_date_epoch(info["date"])
    # The title page's lines by the rule all editions share (pandoc would write 'name role').
    metadata = {"lang": lang, "toc-title": labels["toc"], "date": fm.shown_date}
    if fm.authors:
        metadata["author"] = list(fm.authors)

    started = time.monotonic()
    pkg = Package.from_bytes(run_pandoc(inline_images(doc), metadata, options.toc_depth, epoch,
                                          load_style(options.style)))
    debug("docx: pandoc step %.2f s", time.monotonic() - started)

    root = pkg.xml(polish.DOCUMENT)
    add_cover_lines(root, fm.cover, lang)   # the lines printed above the title, before it
    contents = Contents(root, options.toc_depth, labels["lof"])
    split_front_matter(root, contents.drop_if_empty())
    polish.set_paper(pkg, options.paper)
    if not cjk(lang):
        latin.use_latin_faces(pkg)
        latin.use_latin_paragraphs(pkg)
        polish.bare_folios(pkg)
    polish.set_running_head(pkg, info["title"])
    tables.fit_tables(pkg, doc.root, polish.text_width(options.paper), lang)
    polish.shade_group_rows(pkg)
    polish.fit_pictures(pkg, options.paper)
    appendix = doc.root.find(q("appendix"))
    if appendix is not None and appendix.get(XML_ID):
        polish.page_break_before(pkg, appendix.get(XML_ID))
    polish.parts_open_pages(pkg, doc.root, lang)
    _toc_on_new_page(contents)
    polish.set_properties(pkg, title=info["title"], subject=info["subtitle"], author=info["author"],
                          lang=lang, epoch=epoch)

    numbers = None
    if soffice_path() is None:
        warn("LibreOffice (soffice) not found: the DOCX table of contents has no page numbers; "
             "install libreoffice-writer-nogui", LOCATION)
    elif contents.anchors:
        contents.write({anchor: "0" for anchor in contents.anchors})
        started = time.monotonic()
        with rows_left_out(root, contents.anchors):
            layout_copy = pkg.to_bytes()
        numbers = locate_pages(layout_copy, contents.anchors)
        debug("docx: LibreOffice page pass %.2f s", time.monotonic() - started)
    contents.write(numbers)
    return pkg.to_bytes()


@contextmanager
def rows_left_out(root, anchors: list[str], keep: int = KEEP_ROWS) -> Iterator[int]:
    """Take the last table's rows after the first `keep` out of `root` while the copy for
    LibreOffice is made, when no contents entry is in them or after them; yields how many.

    The appendix ends with its table of key figures, one row per statistic. LibreOffice's
    layout time grows faster than its length: at 50 times the sample (6,300 rows) the pass
    took 158 s with the rows and 9 s without. The pages of everything before the table,
    and of the table's own caption, are the same either way."""
    tables = root.find(w("body")).findall(w("tbl"))
    table = tables[-1] if tables else None
    rows = table.findall(w("tr")) if table is not None else []
    after = rows[keep:] + (list(table.itersiblings()) if table is not None else [])
    wanted = set(anchors)
    if len(rows) <= keep or any(b.get(w("name")) in wanted
                                for el in after for b in el.iter(w("bookmarkStart"))):
        yield 0
        return
    for row in rows[keep:]:
        table.remove(row)
    try:
        yield len(rows) - keep
    finally:
        table.extend(rows[keep:])


def _toc_on_new_page(contents: Contents) -> None:
    """The TOC starts a page of its own, after the title block."""
    if contents.sdt is None:
        return
    heading = contents.sdt.find(f"{w('sdtContent')}/{w('p')}")
    if heading is not None:
        polish.start_page(heading)
