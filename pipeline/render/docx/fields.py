"""The DOCX front matter: a pre-filled TOC field, a pre-filled list of figures and tables.

pandoc writes the TOC as an empty field marked dirty, which Word fills only after
an 'update fields?' prompt and other readers never fill. Here the cached result
is written out: one paragraph per heading (TOC1/TOC2/… style), each a hyperlink
to a hidden `_Toc…` bookmark inside the heading, a tab (middle-dot leader from
the style) and a PAGEREF field whose cached result is the printed page number.
The list of figures and tables is a second TOC field collecting pandoc's caption
styles (`TOC \\h \\z \\t "Table Caption,1,Image Caption,1"`), filled the same way.

    contents = Contents(document_root, toc_depth=2, lof_title="图表目录")
    contents.write(None)                  # entries without page numbers
    contents.write({"_Toc00001": "1"})   # entries with page numbers
"""
from __future__ import annotations

from copy import deepcopy
from dataclasses import dataclass

from lxml import etree

from .package import w

TOC_STYLE_MAX = 3           # TOC1..TOC3 exist in the reference document
LOF_STYLE = "TableofFigures"
CAPTION_STYLES = {"TableCaption": "Table Caption", "ImageCaption": "Image Caption"}


@dataclass(frozen=True)
class Entry:
    level: int      # 1.. for headings; 1 for captions
    text: str
    anchor: str     # hidden bookmark inside the target paragraph


def el(tag: str, children=(), text: str | None = None, **attrs) -> etree._Element:
    e = etree.Element(w(tag))
    for key, value in attrs.items():
        e.set(w(key), value)
    if text is not None:
        e.text = text
        if text != text.strip():
            e.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    e.extend(children)
    return e


def run(*children) -> etree._Element:
    return el("r", children)


def text_run(text: str) -> etree._Element:
    return run(el("t", text=text))


def field_runs(instr: str, result: str | None) -> list[etree._Element]:
    """begin, instruction, separate[, cached result], end: a complex field."""
    runs = [run(el("fldChar", fldCharType="begin")), run(el("instrText", text=instr)),
            run(el("fldChar", fldCharType="separate"))]
    if result is not None:
        runs.append(text_run(result))
    runs.append(run(el("fldChar", fldCharType="end")))
    return runs


def paragraph_text(p: etree._Element) -> str:
    return "".join(t.text or "" for t in p.iter(w("t")))


def paragraph_style(p: etree._Element) -> str:
    style = p.find(f"{w('pPr')}/{w('pStyle')}")
    return style.get(w("val"), "") if style is not None else ""


class Contents:
    """The TOC and the list of figures and tables of one document.xml, written and rewritten."""

    def __init__(self, root: etree._Element, toc_depth: int, lof_title: str):
        self.body = root.find(w("body"))
        self.toc_depth = max(1, toc_depth)
        self.lof_title = lof_title
        self.sdt = self._toc_sdt()
        self.toc: list[Entry] = []
        self.lof: list[Entry] = []
        self._added: list[etree._Element] = []
        self._collect()

    # -- reading the document ------------------------------------------------
    def _toc_sdt(self):
        for gallery in self.body.iter(w("docPartGallery")):
            if gallery.get(w("val")) == "Table of Contents":
                return next(a for a in gallery.iterancestors() if a.tag == w("sdt"))
        return None

    def _collect(self) -> None:
        ids = [int(b.get(w("id"), "0")) for b in self.body.iter(w("bookmarkStart"))]
        next_id = max(ids, default=0) + 1
        serial = 0
        for p in self.body.iter(w("p")):
            style = paragraph_style(p)
            level = int(style[7:]) if style.startswith("Heading") and style[7:].isdigit() else 0
            is_toc = 0 < level <= self.toc_depth
            is_lof = style in CAPTION_STYLES
            if not (is_toc or is_lof):
                continue
            serial += 1
            anchor = f"_Toc{serial:05d}"
            self._bookmark(p, anchor, str(next_id))
            next_id += 1
            entry = Entry(level or 1, paragraph_text(p).strip(), anchor)
            (self.toc if is_toc else self.lof).append(entry)

    @staticmethod
    def _bookmark(p: etree._Element, name: str, ident: str) -> None:
        ppr = p.find(w("pPr"))
        start = el("bookmarkStart", id=ident, name=name)
        if ppr is not None:
            ppr.addnext(start)
        else:
            p.insert(0, start)
        p.append(el("bookmarkEnd", id=ident))

    def drop_if_empty(self) -> etree._Element | None:
        """Remove the TOC block when no heading or caption would fill it (a text without headings:
        a contents page with no entry is no contents); returns where the front matter ends: the
        TOC block, or the title block's last paragraph without it."""
        if self.sdt is None or self.toc or self.lof:
            return self.sdt
        before = self.sdt.getprevious()
        self.sdt.getparent().remove(self.sdt)
        self.sdt = None
        return before

    @property
    def anchors(self) -> list[str]:
        return [e.anchor for e in self.toc + self.lof]

    # -- writing the cached field results ------------------------------------
    def write(self, numbers: dict[str, str] | None) -> None:
        """(Re)write both lists; `numbers` maps anchors to printed page numbers (None: no numbers)."""
        for e in self._added:
            e.getparent().remove(e)
        self._added = []
        if self.sdt is None:
            return
        content = self.sdt.find(w("sdtContent"))
        heading = content.find(w("p"))
        for child in list(content):
            if child is not heading:
                content.remove(child)
        toc_instr = f' TOC \\o "1-{self.toc_depth}" \\h \\z \\u '
        for p in self._field(toc_instr, self.toc, numbers, lambda e: f"TOC{min(e.level, TOC_STYLE_MAX)}"):
            content.append(p)
        if self.lof:
            anchor = self.sdt
            title = el("p", [el("pPr", [el("pStyle", val="TOCHeading"), el("keepNext"),
                                         el("spacing", before="480")]),
                             text_run(self.lof_title)])
            styles = ",".join(f"{name},1" for name in CAPTION_STYLES.values())
            for p in [title, *self._field(f' TOC \\h \\z \\t "{styles}" ', self.lof, numbers,
                                            lambda e: LOF_STYLE)]:
                anchor.addnext(p)
                anchor = p
                self._added.append(p)

    @staticmethod
    def _field(instr, entries, numbers, style_of) -> list[etree._Element]:
        """Paragraphs holding one field: begin in the first, end in the last, an entry each."""
        if not entries:
            return [el("p", field_runs(instr, None))]
        paragraphs = []
        for i, entry in enumerate(entries):
            p = el("p", [el("pPr", [el("pStyle", val=style_of(entry))])])
            if i == 0:
                p.extend(field_runs(instr, None)[:3])
            link = el("hyperlink", [text_run(entry.text)], anchor=entry.anchor, history="1")
            number = numbers.get(entry.anchor) if numbers is not None else None
            if number is not None:
                link.append(run(el("tab")))
                link.extend(field_runs(f" PAGEREF {entry.anchor} \\h ", number))
            p.append(link)
            if i == len(entries) - 1:
                p.append(run(el("fldChar", fldCharType="end")))
            paragraphs.append(p)
        return paragraphs


def split_front_matter(root: etree._Element, after: etree._Element | None) -> None:
    """End the front matter (title page, TOC, lists) in its own section after `after`.

    The front section has no running head, lower-case roman page numbers and no
    number on its first (title) page; the body section that follows keeps the
    reference document's header and footer and starts at page 1.
    """
    body = root.find(w("body"))
    final = body.find(w("sectPr"))
    if after is None or final is None:
        return
    front = deepcopy(final)
    for ref in front.findall(w("headerReference")):
        front.remove(ref)
    _set_pgnum(front, fmt="lowerRoman")
    if front.find(w("titlePg")) is None:
        _insert_before(front, el("titlePg"), ("textDirection", "bidi", "rtlGutter", "docGrid", "printerSettings"))
    _set_pgnum(final, fmt=None)
    after.addnext(el("p", [el("pPr", [el("spacing", before="0", after="0"), front])]))


def _set_pgnum(sect: etree._Element, fmt: str | None) -> None:
    pg = sect.find(w("pgNumType"))
    if pg is None:
        pg = _insert_before(sect, el("pgNumType"), ("cols", "formProt", "vAlign", "noEndnote", "titlePg",
                                                      "textDirection", "bidi", "rtlGutter", "docGrid"))
    pg.set(w("start"), "1")
    if fmt:
        pg.set(w("fmt"), fmt)


def _insert_before(parent: etree._Element, child: etree._Element, later: tuple[str, ...]) -> etree._Element:
    """Insert `child` before the first existing child named in `later` (schema order), else append."""
    for name in later:
        found = parent.find(w(name))
        if found is not None:
            found.addprevious(child)
            return child
    parent.append(child)
    return child
