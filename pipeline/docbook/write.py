"""Write the XML intermediate: a `Document` (and its `Figures`) as DocBook 5.0 bytes.

    data = build_docbook(document, figures, chart_dir="hexi-2010.charts")
    Path("build/hexi-2010.xml").write_bytes(data)

Text is data: every string goes into the tree through lxml, which escapes it. The
result is validated against `schema.rng` before it is returned; a failure there is a
bug in this module or in a stage before it and raises SchemaError.
"""
from __future__ import annotations

import posixpath
import re
from collections import defaultdict

from lxml import etree

from ..errors import InputError, SchemaError
from ..lang import cjk
from ..log import warn
from ..model import Author, Chart, Document, FigureRecord, Figures, Paragraph, Section
from ..structure.verbatim import THEMATIC_BREAK
from . import vocabulary as V
from .inline import tokens as markdown_tokens
from .read import DB, XLINK, XML_ID, XML_LANG, parse_safely, q
from .schema import validate

#: what the appendix says, by language ("zh" for any zh-*, "en" for everything else)
LABELS = {
    "zh": {
        "appendix": "附录　数据图表",
        "summary": "表{n} 主要指标",
        "table": "表{n} 全部数据",
        "summary_columns": ("指标", "实际", "目标", "单位", "变化", "出处"),
        "columns": ("指标", "数值", "单位", "变化", "类型", "出处"),
        "actual": "实际",
        "target": "目标",
        "start": "起点",
        "approx": "约",
        "source": "原文",
        "links": "、",
        "written": "（{}）",
        "front": "引言",
        "joiner": "——",
    },
    "en": {
        "appendix": "Appendix: Figures",
        "summary": "Table {n} Key figures",
        "table": "Table {n} All figures",
        "summary_columns": ("Indicator", "Actual", "Target", "Unit", "Change", "Source"),
        "columns": ("Indicator", "Value", "Unit", "Change", "Type", "Source"),
        "actual": "actual",
        "target": "target",
        "start": "start",
        "approx": "≈",
        "source": "text",
        "links": ", ",
        "written": " ({})",
        "front": "Opening",
        "joiner": " — ",
    },
}

#: what `--figures` may ask the appendix to show (options.FIGURE_VIEWS mirrors it)
VIEWS = ("both", "key", "all", "none")

# characters XML 1.0 cannot carry (the decode stage removes them; one here is refused)
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_LANG = re.compile(r"[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*")
_APPROX_MARKS = ("约", "≈", "~", "近")
_TITLE_END = "。．.：:；;，,"


def labels_for(lang: str) -> dict:
    return LABELS["zh"] if lang.lower().startswith("zh") else LABELS["en"]


def build_docbook(document: Document, figures: Figures | None, *, chart_dir: str = "",
                  view: str = "both") -> bytes:
    """The DocBook 5.0 intermediate for `document`, with the figures appendix when `figures`
    has records: `view` "both" (summary table, charts, full table), "key" (summary and charts),
    "all" (charts and full table) or "none" (no appendix, no marks). A document without
    statistics gets no appendix at all: an empty one would only say so, and put an empty
    list of figures in front of every edition."""
    _check_document(document)
    if view not in VIEWS:
        raise SchemaError(f"figures view {view!r} is not one of {', '.join(VIEWS)}")
    if view == "none":
        figures = None
    records = figures.records if figures is not None else ()
    marks = _marks(records)
    root = etree.Element(q("article"), nsmap={None: DB, "xlink": XLINK})
    root.set("version", "5.0")
    root.set(XML_LANG, document.lang)
    _info(root, document)
    _paragraphs(root, document.front, marks, document.markdown)
    for section in document.sections:
        _section(root, section, marks, document.markdown)
    if marks:
        key = sorted(marks)[0]
        raise SchemaError(f"figure record {marks[key][0].id} points to {key[1]} of paragraph {key[0]}, "
                          "which the document does not have")
    if figures is not None and figures.records:
        _appendix(root, document, figures, chart_dir, view)
    _indent(root, 0)
    data = b'<?xml version="1.0" encoding="UTF-8"?>\n' + etree.tostring(root, encoding="UTF-8") + b"\n"
    validate(parse_safely(data, "generated XML"), "generated XML")
    return data


# ---- checks -------------------------------------------------------------------

def _check_document(document: Document) -> None:
    if not _LANG.fullmatch(document.lang or ""):
        raise InputError(f"language {document.lang!r} is not a BCP 47 tag such as zh-CN or en")
    if document.date and not V.DATE_PATTERN.fullmatch(document.date):
        raise InputError(f"date {document.date!r} is not ISO 8601 (YYYY, YYYY-MM or YYYY-MM-DD)")
    if not document.front and not document.sections:   # cover lines alone are no body
        raise InputError("the document has no paragraphs or sections to write")


def _t(value: str, where: str) -> str:
    """`value` if XML can carry it; else a one-line InputError naming the character and place."""
    bad = _NOT_XML.search(value)
    if bad:
        raise InputError(f"{where}: character U+{ord(bad.group()):04X} cannot be written to XML "
                         f"(at offset {bad.start()})")
    return value


def _el(parent: etree._Element, tag: str, text: str = "", where: str = "", **attrs: str) -> etree._Element:
    el = etree.SubElement(parent, q(tag))
    for name, value in attrs.items():
        el.set(XML_ID if name == "xml_id" else name, _t(value, where or tag))
    if text:
        el.text = _t(text, where or tag)
    return el


# ---- info and body ------------------------------------------------------------

def _info(root: etree._Element, document: Document) -> None:
    info = _el(root, "info")
    for line in document.cover:   # printed above the title: first in the order a reader reads
        _el(info, "bibliomisc", line, "cover line", role=V.ROLE_COVER)
    _el(info, "title", document.title, "title")
    if document.title_abbrev:   # the title written again under it: kept, shown by no edition
        _el(info, "titleabbrev", document.title_abbrev, "title")
    if document.subtitle:
        _el(info, "subtitle", document.subtitle, "subtitle")
    for author in document.authors:
        _author(_el(info, "author"), author, document.lang)
    if document.date:
        _el(info, "date", document.date)
    for role, field in V.BIBLIOSOURCE_ROLES:
        value = getattr(document.provenance, field)
        if value:
            _el(info, "bibliosource", value, f"provenance {field}", role=role)


def _author(el: etree._Element, author: Author, lang: str) -> None:
    """A speaker in the order the text prints them. A Chinese (Japanese, Korean) report puts the
    office before the name (国务院总理　李强), so the office is the name's <honorific>, as DocBook
    writes 'Dr. Jane Doe', and the undivided name its <othername> (DocBook allows no bare text
    beside them): the XML read in order then reads the line as printed, where
    personname-then-affiliation would move the name in front of the office. Elsewhere the name
    comes first and the office is the affiliation's job title (Jane Doe, Mayor)."""
    if author.kind == "person" and author.role and cjk(lang):
        name = _el(el, "personname")
        _el(name, "honorific", author.role, "author role")
        _el(name, "othername", author.name, "author")
        return
    _el(el, "orgname" if author.kind == "org" else "personname", author.name, "author")
    if author.role:
        _el(_el(el, "affiliation"), "jobtitle", author.role, "author role")


def _marks(records: tuple[FigureRecord, ...]) -> dict[tuple[str, str], list[FigureRecord]]:
    marks: dict[tuple[str, str], list[FigureRecord]] = defaultdict(list)
    for record in records:
        marks[(record.paragraph, record.part)].append(record)
    for spans in marks.values():
        spans.sort(key=lambda r: (r.start, r.end))
    return marks


def _fill(el: etree._Element, text: str, records: list[FigureRecord], where: str,
          markdown: bool = False) -> None:
    """Put `text` into `el`, each record's span wrapped in phrase role="stat"; in a Markdown text
    its inline markup as emphasis/literal (docbook/inline.py) where no record overlaps it (a
    statistic inside bold words stays a statistic, the stars then stay as written)."""
    _t(text, where)
    marked = [t for t in markdown_tokens(text) if not any(r.start < t.end and t.start < r.end for r in records)] \
        if markdown else []
    pos, last = 0, None
    for item in sorted([*records, *marked], key=lambda x: (x.start, x.end)):
        if isinstance(item, FigureRecord):
            r = item
            if not (pos <= r.start < r.end <= len(text)):
                raise SchemaError(f"figure record {r.id}: span {r.start}-{r.end} overlaps another "
                                  f"or lies outside {where} (length {len(text)})")
            if text[r.start:r.end] != r.mention:
                warn(f"figure record {r.id} marks {text[r.start:r.end]!r}, not {r.mention!r}", where)
            _append_text(el, last, text[pos:r.start])
            last = _el(el, "phrase", text[r.start:r.end], where, role=V.ROLE_STAT, xml_id=r.id)
        else:
            _append_text(el, last, text[pos:item.start])
            if item.kind == "link":   # written as text: an edition never follows the source's link
                _append_text(el, last, item.content)
            else:
                attrs = {"role": V.ROLE_BOLD} if item.kind == "bold" else {}
                last = _el(el, "literal" if item.kind == "literal" else "emphasis", item.content, where, **attrs)
        pos = item.end
    _append_text(el, last, text[pos:])


def _append_text(el: etree._Element, last: etree._Element | None, chunk: str) -> None:
    if not chunk:
        return
    if last is None:   # appended: a link's text follows the text before it in the same run
        el.text = (el.text or "") + chunk
    else:
        last.tail = (last.tail or "") + chunk


def _paragraph(parent: etree._Element, p: Paragraph, marks: dict, markdown: bool = False) -> None:
    where = f"paragraph {p.id}"
    text_marks = marks.pop((p.id, "text"), [])
    if p.verbatim:   # lines and spaces are the content: no lead, no indentation (_indent skips it)
        tag = "programlisting" if p.verbatim == "code" else "literallayout"
        attrs = {"language": p.language} if p.language else {"class": "monospaced"} if tag == "literallayout" else {}
        _fill(_el(parent, tag, where=where, xml_id=p.id, **attrs), p.text, text_marks, where)
    elif p.lead:
        el = _el(parent, "formalpara", where=where, xml_id=p.id)
        _fill(_el(el, "title"), p.lead, marks.pop((p.id, "lead"), []), f"{where} (lead)", markdown)
        _fill(_el(el, "para"), p.text, text_marks, where, markdown)
    else:
        attrs = {"role": V.ROLE_SIGNATURE} if p.signature else {}
        _fill(_el(parent, "para", where=where, xml_id=p.id, **attrs), p.text, text_marks, where, markdown)


def _paragraphs(parent: etree._Element, paragraphs: list[Paragraph], marks: dict, markdown: bool = False) -> None:
    """The paragraphs in order; a run of list items is one <itemizedlist mark="none">, an item a
    <listitem>. The marker is the item's own text ('(a)', '1.', '•'), so the list says no mark of its
    own: no renderer adds a second bullet or numbers the items again."""
    items: etree._Element | None = None
    for paragraph in paragraphs:
        if markdown and not paragraph.verbatim and THEMATIC_BREAK.match(paragraph.text) and not paragraph.lead:
            continue   # (s28) a Markdown thematic break ('---', '***'): a rule between parts, no words to print
        if paragraph.item and not paragraph.verbatim:
            if items is None:
                items = _el(parent, V.ITEMIZEDLIST, where=f"paragraph {paragraph.id}", mark=V.MARK_NONE)
            _paragraph(_el(items, "listitem"), paragraph, marks, markdown)
            continue
        items = None
        _paragraph(parent, paragraph, marks, markdown)


def _section(parent: etree._Element, section: Section, marks: dict, markdown: bool = False) -> None:
    el = _el(parent, "section", where=f"section {section.id}", xml_id=section.id)
    _el(el, "title", section.title, f"section {section.id} title")
    _paragraphs(el, section.paragraphs, marks, markdown)
    if len(el) == 1 and not section.sections:
        _el(el, "para")  # DocBook requires content: a heading with nothing under it keeps an empty para
        #   (r30bold) and so does one over a Markdown thematic break alone, which writes no element
    for sub in section.sections:
        _section(el, sub, marks, markdown)


# ---- the figures appendix -----------------------------------------------------

def _appendix(root: etree._Element, document: Document, figures: Figures, chart_dir: str, view: str) -> None:
    labels = labels_for(document.lang)
    app = _el(root, "appendix", role=V.ROLE_APPENDIX, xml_id=V.APPENDIX_ID)
    _el(app, "title", labels["appendix"])
    # The summary (the headline figures) first, then the charts (the overview), then the full
    # table (the detail): it can run to hundreds of pages, and nothing after it needs a page
    # number (render/docx.py lays the DOCX out without most of its rows to find the pages of
    # everything else). "key" without any headline row falls back to the full table.
    summary = view in ("both", "key") and bool(figures.key)
    number = 1
    if summary:
        _summary(app, figures.key, labels, number)
        number += 1
    for chart in figures.charts:
        _figure(app, chart, chart_dir)
    if view in ("both", "all") or not summary:
        _table(app, document, figures.records, labels, number)


def _table_body(app: etree._Element, role: str, xml_id: str, title: str, columns) -> etree._Element:
    """A CALS table with its title, one colspec and one header cell per column: its empty tbody."""
    table = _el(app, "table", role=role, xml_id=xml_id)
    _el(table, "title", title)
    tgroup = _el(table, "tgroup", cols=str(len(columns)))
    for n in range(1, len(columns) + 1):
        _el(tgroup, "colspec", colname=f"c{n}")
    head = _el(_el(tgroup, "thead"), "row")
    for label in columns:
        _el(head, "entry", label)
    return _el(tgroup, "tbody")


def _summary(app: etree._Element, rows, labels: dict, number: int) -> None:
    body = _table_body(app, V.ROLE_SUMMARY, f"t{number}", labels["summary"].format(n=number),
                       labels["summary_columns"])
    for key in rows:
        first = key.actual or key.target
        where = f"key figure {first.id}"
        row = _el(body, "row")
        cells = (key.indicator, _cell(key.actual, key.unit, labels), _cell(key.target, key.unit, labels), key.unit,
                 (key.actual.change if key.actual else "") or (key.target.change if key.target else ""))
        for cell in cells:
            _el(row, "entry", cell, where)
        source = _el(row, "entry")
        linked = [r for r in (key.actual, key.target) if r is not None]
        for n, r in enumerate(linked):
            link = _el(source, "link", labels["actual" if r is key.actual else "target"] if len(linked) > 1
                       else labels["source"], where, linkend=r.id)
            if n < len(linked) - 1:
                link.tail = labels["links"]


def _cell(r: FigureRecord | None, unit: str, labels: dict) -> str:
    """A summary cell: the value, with its own unit when it is not the row's (a growth
    target beside an amount: `+19%`); the end of a from/to change with its start (`1% → 19.1%`)."""
    if r is None:
        return ""
    if r.change_from:                      # a from/to change: its start, then its end
        return f"{r.change_from} → {_value(r, labels)}{r.unit}"
    if r.unit == unit:
        return _value(r, labels)
    return r.change if r.change and r.unit == "%" else _value(r, labels) + r.unit


# The widest value cell that does not wrap in the tables' value column (a CJK character counts 2):
# the value as written is shown beside the normalised one only when both fit, so a cell never
# breaks inside its brackets (`186（一百` / `八十六台）`); the row's link leads to the words.
VALUE_WIDTH = 10
_TRAILING_APPROX = ("多", "余", "以上", "左右", "上下")


def _spellings(unit: str) -> list[str]:
    """How a base unit may be written (工日: 工日, 个工日, 工), longest first."""
    from ..figures.units import UNITS       # the unit table is data; imported only for words
    return sorted({unit, *(w for w, (base, _) in UNITS.items() if base == unit)}, key=len, reverse=True)


def _width(text: str) -> int:
    return sum(2 if ord(ch) > 0x2E7F else 1 for ch in text)


def _value(r: FigureRecord, labels: dict) -> str:
    """The normalised value, and the value as written (its unit left to the unit column) when it
    is in words and both fit the column (`80（八十）`); never approximate twice (`约80多`)."""
    value = r.display
    if r.approximate and not value.startswith(_APPROX_MARKS) and not value.endswith(_TRAILING_APPROX):
        value = labels["approx"] + value
    if not any(ch.isdigit() for ch in r.mention):
        words = r.mention.strip()
        for unit in _spellings(r.unit):
            if unit and words.lower().endswith(unit.lower()) and len(words) > len(unit):
                words = words[:-len(unit)].rstrip()
                break
        shown = value + labels["written"].format(words)
        value = shown if _width(shown) <= VALUE_WIDTH else value
    return value


def _groups(document: Document, labels: dict) -> tuple[dict[str, str], dict[str, tuple[str, str]]]:
    """paragraph id -> section id, and section id -> (group key, group title).

    A group is a level-2 section (titled "level-1 title——level-2 title"), or a level-1
    section for the paragraphs directly under it; front matter is a group of its own.
    """
    where: dict[str, str] = {p.id: "" for p in document.front}
    group: dict[str, tuple[str, str]] = {"": ("", labels["front"])}

    def walk(section: Section, chain: tuple[Section, ...]) -> None:
        chain = chain + (section,)
        if len(chain) == 1:
            group[section.id] = (section.id, section.title)
        else:
            top, second = chain[0], chain[1]
            group[section.id] = (second.id, top.title.rstrip(_TITLE_END) + labels["joiner"] + second.title)
        for p in section.paragraphs:
            where[p.id] = section.id
        for sub in section.sections:
            walk(sub, chain)

    for s in document.sections:
        walk(s, ())
    return where, group


def _table(app: etree._Element, document: Document, records: tuple[FigureRecord, ...], labels: dict,
           number: int) -> None:
    where, group = _groups(document, labels)
    order = {pid: n for n, pid in enumerate(where)}   # paragraphs in document order
    ordered: dict[str, tuple[str, list[FigureRecord]]] = {}
    for r in sorted(records, key=lambda r: (order.get(r.paragraph, len(order)), r.part != "lead", r.start)):
        key, title = group.get(where.get(r.paragraph, r.section), group.get(r.section, ("", labels["front"])))
        ordered.setdefault(key, (title, []))[1].append(r)
    cols = len(labels["columns"])
    body = _table_body(app, V.ROLE_TABLE, f"t{number}", labels["table"].format(n=number), labels["columns"])
    for title, rows in ordered.values():
        _el(_el(body, "row"), "entry", title, "table group", namest="c1", nameend=f"c{cols}", role=V.ROLE_GROUP)
        for r in rows:
            _row(body, r, labels)


def _row(body: etree._Element, r: FigureRecord, labels: dict) -> None:
    where = f"figure record {r.id}"
    value = _value(r, labels)
    row = _el(body, "row")
    kind = "start" if r.starts_change else "target" if r.target else "actual"   # 由1%上升到…: the 1% is a start
    for cell in (r.indicator, value, r.unit, r.change, labels[kind]):
        _el(row, "entry", cell, where)
    _el(_el(row, "entry"), "link", labels["source"], where, linkend=r.id)


def _figure(app: etree._Element, chart: Chart, chart_dir: str) -> None:
    where = f"chart {chart.id}"
    fig = _el(app, "figure", where=where, role=V.ROLE_CHART, xml_id=chart.id)
    _el(fig, "title", chart.title, where)
    media = _el(fig, "mediaobject")
    for fmt in V.IMAGE_FORMATS:
        ref = posixpath.join(chart_dir, f"{chart.id}.{fmt.lower()}") if chart_dir else f"{chart.id}.{fmt.lower()}"
        _el(_el(media, "imageobject"), "imagedata", where=where, fileref=ref, format=fmt)
    _el(_el(media, "textobject"), "phrase", chart.alt, f"{where} alt text")


# ---- layout -------------------------------------------------------------------

def _indent(el: etree._Element, level: int) -> None:
    """Indent between block elements only; mixed content (para, title, entry) is never touched."""
    if etree.QName(el).localname not in V.INDENTED or len(el) == 0:
        return
    inner = "\n" + "  " * (level + 1)
    el.text = inner
    for child in el:
        child.tail = inner
        _indent(child, level + 1)
    el[-1].tail = "\n" + "  " * level
