"""The plain typed values that pass between stages in memory.

decode -> `Decoded`; clean -> `Cleaned`; structure -> `Document`;
figures -> `Figures` (records that point into the `Document` by paragraph id).
The XML stage turns a `Document` plus its `Figures` into DocBook; from then on
every renderer reads only that XML.
"""
from __future__ import annotations

from dataclasses import dataclass, field


# ---- decode -----------------------------------------------------------------

@dataclass(frozen=True)
class Decoded:
    text: str                 # NFC, "\n" line endings, no control characters but \n and \t
    encoding: str             # e.g. "utf-8", "utf-8-sig", "utf-16", "gb18030", "big5"
    replaced: int = 0         # count of U+FFFD substituted under --decode-errors=replace
    removed_controls: int = 0 # count of control characters dropped


# ---- clean ------------------------------------------------------------------

@dataclass(frozen=True)
class Removal:
    """One line (or label inside a line) the cleaner dropped, and why."""

    line: int        # 1-based line number in the decoded text
    text: str        # exactly what was removed
    rule: str        # the rule's name, e.g. "nav-breadcrumb"
    put: str = ""    # what stands in its place (a decoded escape, a repaired character)
    confidence: float | None = None   # a learned rule's own probability (learned-chrome); else the rule table's


@dataclass(frozen=True)
class Provenance:
    """Where the text came from, as far as the page itself says."""

    source_file: str = ""     # input file name (no directory)
    site: str = ""            # site name from a copyright/footer line, e.g. "Cnenc.net"
    updated: str = ""         # the page's 'updated at' time as written
    published: str = ""       # a 'published at' time as written
    origin: str = ""          # a '来源：' source outlet, e.g. "宁夏日报客户端"


@dataclass(frozen=True)
class Normalisation:
    """A count of one named typography rule's changes (see README)."""

    rule: str
    count: int


@dataclass(frozen=True)
class Decision:
    """One title / heading / boilerplate call, why it was made and how sure the rules are.

    The clean and structure stages collect these from what their rules return; the
    confidence comes from the table in pipeline/confidence.py (docs/decisions.md).
    """

    line: int            # 1-based line number in the decoded text (0: no line, e.g. the file name)
    text: str            # the line (or label) concerned
    kind: str            # "title" | "heading" | "boilerplate"
    decision: str        # e.g. "removed", "kept", "title", "level 2", "not a heading"
    reason: str          # the rule's name or the heading's shape, e.g. "breadcrumb", "heading 一、|"
    confidence: float    # 0..1


@dataclass(frozen=True)
class LineRef:
    """A line named by a user: its 1-based number, or its text (as in the source or as normalised)."""

    number: int = 0
    text: str = ""
    normalised: str = ""     # `text` after the cleaner's typography rules (filled by the loader)

    def texts(self) -> frozenset[str]:
        """The stripped forms a line's text may match (as in the source, as normalised)."""
        return frozenset(t.strip() for t in (self.text, self.normalised) if t.strip())

    def __str__(self) -> str:
        return f"line {self.number}" if self.number else repr(self.text)


@dataclass(frozen=True)
class Corrections:
    """What a user corrected without editing the source (`<stem>.pipeline.yaml`, see README)."""

    source: str = ""                                   # the sidecar's path, for messages
    title: str = ""
    subtitle: str = ""
    author: str = ""
    date: str = ""
    lang: str = ""
    drop: tuple[LineRef, ...] = ()                     # lines to treat as boilerplate
    keep: tuple[LineRef, ...] = ()                     # lines wrongly removed
    headings: tuple[tuple[LineRef, int], ...] = ()     # line -> level (0: not a heading)
    exclude_figures: tuple[str, ...] = ()              # values left out of the appendix


@dataclass(frozen=True)
class Cleaned:
    lines: tuple[str, ...]                  # kept lines, leading indentation preserved, trailing space stripped
    line_numbers: tuple[int, ...]           # for each kept line, its 1-based line number in the decoded text
    removed: tuple[Removal, ...]
    normalised: tuple[Normalisation, ...]
    provenance: Provenance
    decisions: tuple[Decision, ...] = ()    # one per removal (and per corrected line), with its confidence


# ---- structure --------------------------------------------------------------

@dataclass
class Paragraph:
    id: str                   # position-derived xml:id, e.g. "p1-2-3" (front matter "p0-1")
    text: str                 # the paragraph's text after the lead (or all of it)
    lead: str = ""            # run-in lead sentence incl. its final punctuation, '' if none
    verbatim: str = ""        # "" prose; "code" (a code listing) or "layout" (ASCII art, an aligned
                              # table): its lines and spaces are kept, joined by "\n", never reflowed
    language: str = ""        # a code listing's language, from a fence's info string ('python')
    item: bool = False        # an item of a list, its marker in `text` as written (structure/lists.py):
                              # consecutive items are one <itemizedlist mark="none">
    signature: bool = False   # a line of the closing signature block (issuing body, date: structure/signature.py),
                              # set flush right in every edition (<para role="signature">)


@dataclass
class Section:
    id: str                   # "s1", "s1-2", ...
    title: str
    level: int                # 1 for top-level sections
    paragraphs: list[Paragraph] = field(default_factory=list)   # before any subsection
    sections: list["Section"] = field(default_factory=list)


@dataclass(frozen=True)
class Author:
    name: str
    kind: str = "person"      # "person" -> personname, "org" -> orgname
    role: str = ""            # e.g. "自治区人民政府主席" (kept for the title page)


@dataclass(frozen=True)
class Overrides:
    """What the user stated instead of what structure would infer (--title, --author, --date).

    Structure takes them in (rather than having them pasted over its result) so that it knows:
    a warning an override answers is not raised, and a title or speaker line the override
    replaces stays in the text as front matter instead of vanishing."""

    title: str = ""
    author: str = ""
    date: str = ""


@dataclass
class Document:
    title: str
    lang: str                              # BCP 47: "zh-CN", "en", ...
    subtitle: str = ""                     # a dateline such as "——2010年1月…在…会议上"
    title_abbrev: str = ""                 # the title written again under it, often short: "政府工作报告"
    authors: list[Author] = field(default_factory=list)
    date: str = ""                         # ISO 8601 (YYYY, YYYY-MM or YYYY-MM-DD) when the text states it
    provenance: Provenance = field(default_factory=Provenance)
    front: list[Paragraph] = field(default_factory=list)       # paragraphs before the first section
    sections: list[Section] = field(default_factory=list)
    decisions: list[Decision] = field(default_factory=list)    # title and heading calls, with confidence
    markdown: bool = False                 # the text is Markdown: its inline markup is read (docbook/inline.py)
    cover: list[str] = field(default_factory=list)   # lines printed ABOVE the title, in source order: a 公文's
                                           # red header and number, a statute's citation line, a kicker (<bibliomisc role="cover">)


# ---- figures ----------------------------------------------------------------

@dataclass(frozen=True)
class FigureRecord:
    """One indicator mention: a quantity found in the body, parsed."""

    id: str              # xml:id of the phrase role="stat" marking the mention, e.g. "p1-1-2-v1"
    paragraph: str       # the Paragraph.id it sits in
    part: str            # "text" or "lead": which string of the paragraph the span is in
    start: int           # span of the mention in that string (value with its unit)
    end: int
    mention: str         # the marked text, e.g. "450亿元"
    indicator: str       # e.g. "区域口径生产总值"
    value: float         # magnitude applied: 450亿元 -> 4.5e10
    unit: str            # base unit after the magnitude: "元", "美元", "人", "%", "亩", ...
    display: str         # value as shown in the table, e.g. "450亿"
    change: str = ""     # e.g. "+13.5%", "-2.1%", "+0.5个百分点"; '' when the clause gives none
    approximate: bool = False
    target: bool = False # a plan's figure rather than an outcome
    section: str = ""    # Section.id it sits in ('' for front matter)
    starts_change: bool = False  # the start of a from/to change (`由…1%上升到19.1%`: the 1%), not a level
    change_from: str = ""        # on the change's end value: its start as written, e.g. "1%"
    series: str = ""             # id of the first value of the list it is in (`分别增长6%、5%、4%`), or ''
    when: str = ""               # the year its clause names before it (`2015年…200亿元` -> "2015"), or ''


@dataclass(frozen=True)
class Chart:
    id: str              # xml:id of the figure, e.g. "fig1"
    title: str           # "图1 …" / "Figure 1 …"
    alt: str             # text that states the data
    png: bytes           # print resolution; written by the CLI as <stem>.charts/<id>.png
    svg: bytes           # deterministic SVG (fixed ids, no date)
    pdf: bytes = b""     # one page, text as paths: what the PDF edition embeds
    key: str = ""        # content hash of what it is drawn from (figures.charts.ChartSpec.key)
    warnings: tuple[str, ...] = ()   # what drawing it warned (glyphs missing): said again when reused
    spec: object = None  # figures.charts.ChartSpec it is drawn from (a chart not drawn yet has empty pictures)


@dataclass(frozen=True)
class KeyFigure:
    """One row of the summary table: an indicator with its actual and/or target figure."""

    indicator: str
    unit: str
    actual: FigureRecord | None = None
    target: FigureRecord | None = None


@dataclass(frozen=True)
class Figures:
    records: tuple[FigureRecord, ...]
    charts: tuple[Chart, ...]
    key: tuple[KeyFigure, ...] = ()      # the summary table's rows (at most 20), in document order
