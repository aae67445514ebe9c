"""The PDF edition: our own HTML + styles/print.css, laid out by WeasyPrint.

    from pipeline.render.pdf import render_pdf
    data = render_pdf(doc, Options(paper="A4", pdf_variant="pdf/ua-1"))

Steps: require HarfBuzz subsetting; build the HTML (`render.html`); check that every
character has a glyph (`glyphs`); install the measured WeasyPrint patches (`patches`)
and the justification of Chinese lines between characters (`justify`); lay out body,
appendix and front matter in turn, so that page numbers are known text rather than
re-layouts (`parts`), with a fetcher that only reads the styles and the document's charts
(`fetch`); write the PDF with fixed dates; add page labels and save deterministically
(`post`).
"""
from __future__ import annotations

import os
import re
from datetime import datetime, timezone

from lxml import etree

from ...docbook.read import Intermediate, q
from ...errors import DependencyError
from ...log import debug
from ...options import Options
from ...resources import styles_dir
from ...style import load_style
from ..html import docbook_to_html_tree
from .chunks import chunk_count, lay_out_in_parallel, split_body
from .fetch import SafeFetcher, chart_files
from .glyphs import check_glyphs, stylesheet_families
from .merge import merge
from .parts import lay_out_parts, split_parts
from .justify import justify_between_characters
from .leaders import one_run_leaders
from .patches import (cache_page_references, read_font_files_lazily, reuse_line_layouts,
                      size_margin_boxes_lazily)
from .post import embed_charts, finish_pdf, set_art_boxes
from .tablefit import fit_tables
from .tree import weasy_html
from .write_threads import write_in_threads

STYLESHEET = "print.css"
BODY_ANCHOR = "body-start"   # id of <main>: its page is body page 1
_SIDED_PAGES = re.compile(r"@page[^{;]*:(?:left|right|recto|verso)\b")   # a style's mirrored pages
_CSS_STRING = re.compile(r'"((?:[^"\\]|\\.)*)"')


def require_harfbuzz_subset() -> None:
    """WeasyPrint subsets fonts with hb-subset; without it fontTools is ~14x slower."""
    from weasyprint.text import ffi
    ok = ffi.harfbuzz_subset is not None and ffi.harfbuzz.hb_version_atleast(4, 1, 0)
    if not ok:
        raise DependencyError("HarfBuzz subsetting (libharfbuzz-subset0)",
                              "apt-get install libharfbuzz-subset0")


def pdf_date(doc: Intermediate) -> str | None:
    """W3C date for the PDF metadata: SOURCE_DATE_EPOCH, else the document's date."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        return datetime.fromtimestamp(int(epoch), timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    date = doc.root.findtext(f"{q('info')}/{q('date')}")
    return date.strip() if date and date.strip() else None


def _css_text_chars(css: str) -> set[str]:
    """Characters the stylesheet itself prints (content: "— " …), unescaped."""
    chars: set[str] = set()
    for s in _CSS_STRING.findall(css):
        s = re.sub(r"\\([0-9a-fA-F]{1,6}) ?", lambda m: chr(int(m.group(1), 16)), s)
        chars.update(s)
    return chars


def _paper_rule(options: Options) -> str:
    # The one generated rule: the paper size. Everything else is in styles/print.css.
    return f"@page {{ size: {options.paper} }}"


def stylesheet(css: str, fetcher: SafeFetcher):
    """styles/print.css parsed once; every part of the document is laid out with it."""
    from weasyprint import CSS
    return CSS(string=css, base_url=(styles_dir() / STYLESHEET).as_uri(), url_fetcher=fetcher)


def layout(html: str | etree._Element, doc: Intermediate, options: Options, fetcher: SafeFetcher,
           sheet, *, extra_css: str = "", font_config=None):
    """WeasyPrint Document for `html` (HTML text, or an <html> tree: tree.py) with the parsed
    print stylesheet `sheet`, the paper rule and `extra_css` (exposed for measurements and tests)."""
    from weasyprint import CSS
    sheets = [sheet, CSS(string=_paper_rule(options) + "\n" + extra_css, url_fetcher=fetcher)]
    base_url = doc.base.resolve().as_uri() + "/"
    # PDF/A needs its sRGB output intent chosen at layout time, not only at writing
    intent = "srgb" if options.pdf_variant.startswith("pdf/a") else None
    return weasy_html(html, base_url, fetcher).render(
        stylesheets=sheets, output_intent=intent, font_config=font_config)


def front_page_count(document) -> int:
    for number, page in enumerate(document.pages):
        if BODY_ANCHOR in page.anchors:
            return number
    return 0


def checked_html(doc: Intermediate, options: Options):
    """The document's HTML tree and the print stylesheet's text, once HarfBuzz subsetting is
    known to be there and the fonts have a glyph for every character either prints."""
    require_harfbuzz_subset()
    root = docbook_to_html_tree(doc, options)
    css = load_style(options.style).layered(STYLESHEET, absolute_urls=True)   # default, then style
    check_glyphs(set("".join(root.itertext())) | _css_text_chars(css) | set("0123456789ivxlcdm"),
                 stylesheet_families(css))
    return root, css


def render_pdf(doc: Intermediate, options: Options, *, fetcher: SafeFetcher | None = None
               ) -> bytes:
    """The PDF edition of `doc` as bytes (same input and options -> same bytes)."""
    from weasyprint.text.fonts import FontConfiguration

    cache_page_references()
    size_margin_boxes_lazily()
    reuse_line_layouts()
    read_font_files_lazily()
    write_in_threads()
    one_run_leaders()
    justify_between_characters()
    root, css = checked_html(doc, options)
    fetcher = fetcher or SafeFetcher(chart_files(doc), (styles_dir(), *load_style(options.style).own))
    sheet = stylesheet(css, fetcher)
    fonts = FontConfiguration()   # shared by the parts: one subset per face in the PDF

    def lay_out(html: str, extra_css: str):
        return layout(html, doc, options, fetcher, sheet, extra_css=extra_css, font_config=fonts)

    def fit_appendix(appendix) -> None:   # once its back-links show their pages
        fit_tables(appendix, lay_out, options.paper, doc.lang)

    identifier = doc.name.encode("utf-8") or b"pipeline"   # the first half of the file's /ID

    def write(document, tagged: bool = True) -> bytes:
        document.metadata.created = document.metadata.modified = pdf_date(doc)
        variant = None if options.pdf_variant == "none" or not tagged else options.pdf_variant
        # No identifier here: pydyf would serialize and compress the whole file a second
        # time to hash it, and pikepdf's save derives the /ID again anyway (post.py).
        return document.write_pdf(pdf_variant=variant, full_fonts=False, hinting=False,
                                  pdf_identifier=False, finisher=set_art_boxes)

    parts = split_parts(root)
    # a chunk laid out in parallel cannot know whether its first page is a left or a right one
    chunks = 1 if _SIDED_PAGES.search(css) else chunk_count(parts.body, options)
    if chunks > 1:
        bodies = split_body(parts.body, chunks)
        workers = min(options.worker_count, chunks)
        debug("PDF: body in %d chunks, %d worker(s)", chunks, workers)
        pieces = lay_out_in_parallel(parts, bodies, workers, lay_out, write, fit_appendix)
        return embed_charts(merge(pieces, identifier), fetcher.charts)
    document = lay_out_parts(parts, lambda part, extra_css: lay_out(part, extra_css),
                             fit_appendix)
    front = front_page_count(document)
    debug("PDF: %d pages (%d front matter)", len(document.pages), front)
    return finish_pdf(write(document), front, getattr(fetcher, "charts", None), identifier)
