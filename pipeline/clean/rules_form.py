"""The form a copy gave the WHOLE text, undone before any rule reads a line (issue #11, perturb).

New documents of the kinds the rules were written on differ mostly in how the text was copied
or saved. Two such forms touch every line alike, so they say nothing about any one line, yet each
breaks rules that read a line's first or last character:

- `common-indent`: every line indented by the same whitespace (a tab, four spaces, two U+3000:
  an e-mail quote, a copy out of an indented block, a Word export). Four spaces before every line
  make Markdown code of the whole text, a tab makes every heading an indented line; cut it, and
  the lines read as they did before the copy. Only the prefix EVERY non-blank line shares is
  cut, so the relative indents (verse, a list's continuation) stay.
- `lossy-question-mark`: a `?` at the end of (nearly) every line: a save into a code page that
  cannot hold the line's last character (a no-break space a web page ends its lines with) writes
  `?` for it. A real question ends a line now and then, never most lines of a text; when more
  than three lines in five end in `?`, one `?` is cut from each line that ends in one.
- `lossy-indent`: `??` where a paragraph's indent was: a web page indents Chinese paragraphs with
  no-break spaces (`&nbsp;&nbsp;`), and a save into a Chinese code page, which has no no-break
  space, writes `?` for each. The run sits before the paragraph's first character, so a rule that
  reads a dateline, a numbered heading or a speaker line from the line's start misses it, and the
  edition shows `??` where it should show an indent. Cut where one to four `?` open a line and a
  Han character, a digit or an opening bracket or quote follows, in a Han text where at least two
  lines open so (a form, not one line's question).

- `lossy-space`: the same save's `?` for the no-break spaces INSIDE a line: between a law's or a
  report's numbering label and its words (`第一章?总?则`, `第一条?为了…`, `一、?总体要求`), and as a
  run padding a signature or date line out to the right (`某某市人民政府????????`). A question mark
  never follows a bare label, so after one the run stands for the space it lost (U+3000, as the
  copy meant); when the rest of the line is single characters `?` apart, that is its
  letter-spacing (`总?则`); a run of two or more ending a line goes when two lines or more end so.
  Without it `第一章?总?则` read as no chapter heading and the edition printed `？` where a space was.

- `double-spaced`: an empty line after every line of a Chinese text (a copy that spaces every
  paragraph, an editor's "paragraph spacing" pasted as empty lines): the blank lines separate
  nothing a line break does not already separate, and rules that read a blank line as a pause
  (a heading alone between blanks, a title block ended by a blank) see one everywhere. Only when
  nineteen lines in twenty stand alone between blanks, and most lines hold Han text: English
  text one paragraph a line between blanks (Markdown) keeps its blanks, which end lists and code.
  Hard-wrapped text whose paragraphs only a blank line marks (English out of a PDF) gets its own
  blank lines back: every run of blanks is odd there, and 2k+1 blank lines are the k it had (robust3).

The rules run before fenced code is found (a four-space indent hides a fence) and record every
cut under their name, like any other cleaning rule.
"""
from __future__ import annotations

import os
import re
from dataclasses import replace

from ..model import Removal
from .layout_columns import columns_apart
from .page import Line, Page

MIN_LINES = 5            # a form is a property of a text, not of a line or two
LOSSY_SHARE = 0.6        # more lines end in '?' than any prose ends in questions
SPACED_SHARE = 0.95      # lines standing alone between blank lines
# one to four '?' for the no-break spaces of an indent, then the paragraph's first character
LOSSY_INDENT = re.compile(r"^[ \t\u3000]*(\?{1,4})(?=[\u4e00-\u9fff0-9０-９（(“《【「])")
MIN_LOSSY_INDENTS = 2
HAN = re.compile(r"[\u4e00-\u9fff]")


def _cut_all(page: Page, cuts: dict[int, tuple[int, int]]) -> Page:
    """Cut text[start:end] from the lines at the given positions, one removal each (one pass)."""
    lines, removals = list(page.lines), []
    for i, (start, end) in sorted(cuts.items()):
        line = lines[i]
        if line.number in page.verbatim or start >= end:
            continue
        removals.append(Removal(line.number, line.text[start:end], page.rule))
        lines[i] = Line(line.number, line.text[:start] + line.text[end:])
    if not removals:
        return page
    return replace(page, lines=tuple(lines), removed=page.removed + tuple(removals))


def common_indent(page: Page) -> Page:
    """Cut the leading whitespace every non-blank line shares.

    Example: "\\t一、总体要求" / "\\t（一）指导思想" / "\\t坚持…" -> the same lines without the tab.
    """
    filled = [(i, line.text) for i, line in enumerate(page.lines) if line.text.strip()]
    if len(filled) < MIN_LINES:
        return page
    prefix = os.path.commonprefix([text[: len(text) - len(text.lstrip())] for _, text in filled])
    if not prefix:
        return page
    return _cut_all(page, {i: (0, len(prefix)) for i, _ in filled})


def lossy_question_mark(page: Page) -> Page:
    """Cut the one `?` a lossy save put at the end of most lines.

    Example: "一、总体要求?" / "坚持稳中求进?" / … (every line) -> "一、总体要求" / "坚持稳中求进".
    """
    filled = [(i, line.text.rstrip()) for i, line in enumerate(page.lines) if line.text.strip()]
    ending = [(i, text) for i, text in filled if text.endswith("?")]
    if len(filled) < MIN_LINES:
        return page
    if len(ending) <= LOSSY_SHARE * len(filled):
        return _lossy_heading_marks(page, filled, ending)
    return _cut_all(page, {i: (len(text) - 1, len(text)) for i, text in ending})


# (r25auditzh) a Chinese text's headline or numbered heading ending in one half-width '?' right after a
# Han character, with no other mark in it and no question word: the no-break space a lossy save wrote
# for the end of a few headings only ('（二）民生保障持续加强?'); a Chinese question ends in '？' or asks
LOSSY_HEAD_END = re.compile(r"^[^，。；：！？,;:!?]{2,40}[\u4e00-\u9fff）)]\?$")
LOSSY_HEAD_START = re.compile(r"^[ \t\u3000]*(\?)[\u4e00-\u9fff][^，。；：！？,;:!?]{1,39}$")
QUESTION_WORD = re.compile(r"吗|呢|么|什么|怎|如何|为何|為何|为什么|為什麼|是否|哪|谁|誰|几|幾|多少|难道|難道|岂|豈|可否|能否")
FULL_WIDTH_MARKS = re.compile(r"[，。；：！？、]")
LOSSY_HEAD_MARKS_MIN = 10   # full-width marks in the text: a Chinese text that types its marks full-width


def _lossy_heading_marks(page: Page, filled, ending) -> Page:
    """(r25auditzh) Cut the lone `?` a lossy save left at the end of a few short lines of a Chinese
    text, its headline and headings (`某某县2021年政府工作报告?`, `一、过去一年工作回顾?`): a line of
    at most 40 characters with no mark in it, the `?` half-width right after a Han character, no
    question word; the text's own marks full-width (at least 10 of them), so a `?` of the text's
    own would be `？`."""
    # (r35) the same `?` before a headline's first character ('?某县第七次全国人口普查公报'): a character
    # the save could not write (a byte-order mark, a no-break space) where the line opens; no mark
    # of any text opens a line, so it needs no evidence of the text's full-width marks
    cuts = {i: (m.start(1), m.end(1)) for i, text in filled if (m := LOSSY_HEAD_START.match(text))}
    if ending and len(FULL_WIDTH_MARKS.findall("".join(text for _, text in filled))) >= LOSSY_HEAD_MARKS_MIN:
        cuts.update({i: (len(text) - 1, len(text)) for i, text in ending
                     if LOSSY_HEAD_END.match(text.strip()) and not QUESTION_WORD.search(text)})
    return _cut_all(page, cuts) if cuts else page


def lossy_indent(page: Page) -> Page:
    """Cut the `?` a lossy save wrote for a paragraph's no-break-space indent.

    Example: "??经济综合实力迈上新台阶。" / "??2017年1月5日在…会议上" -> without the `??`.
    """
    texts = page.texts()
    if sum(bool(HAN.search(t)) for t in texts if t.strip()) < 0.5 * sum(1 for t in texts if t.strip()):
        return page
    found = {i: m.span(1) for i, t in enumerate(texts) if (m := LOSSY_INDENT.match(t))}
    if len(found) < MIN_LOSSY_INDENTS:
        return page
    return _cut_all(page, found)


# a numbering label at a line's start, then the `?` run a lossy save wrote for the space after it
LOSSY_LABEL = re.compile(r"^([ \t\u3000]*(?:第[一二三四五六七八九十百零〇两\d]{1,6}[编章节条款]|[一二三四五六七八九十]{1,3}、"
                         r"|[（(][一二三四五六七八九十]{1,3}[）)]))(\?+)(?=[\u4e00-\u9fff0-9“《（(])")
# '总?则' after the label, the whole rest of the line: a heading letter-spaced one character apart
LOSSY_SPACED = re.compile(r"(?:[\u4e00-\u9fff]\?+)+[\u4e00-\u9fff][ \t]*")
LOSSY_PADDING = re.compile(r"(?<=[\u4e00-\u9fff0-9）)])\?{2,}[ \t]*$")
MIN_LOSSY_SPACES = 2


def lossy_space(page: Page) -> Page:
    """Put back the spaces a lossy save wrote as `?` inside lines (after a label, in a spaced head, as padding).

    Example: "第一章?总?则" -> "第一章\u3000总\u3000则"; "第一条?为了…" -> "第一条\u3000为了…";
    "某某市人民政府????????" / "2023年1月19日????????" -> without the runs (two such lines or more).
    """
    texts = page.texts()
    if "?" not in "".join(texts):
        return page
    if sum(bool(HAN.search(t)) for t in texts if t.strip()) < 0.5 * sum(1 for t in texts if t.strip()):
        return page
    labelled = {i: m for i, t in enumerate(texts) if (m := LOSSY_LABEL.match(t))}
    padded = {i: m for i, t in enumerate(texts) if (m := LOSSY_PADDING.search(t))}
    if len(padded) < MIN_LOSSY_SPACES:
        padded = {}   # one line ending in '??' is a question asked twice, not a form
    if not labelled and not padded:
        return page
    lines, removals = list(page.lines), []
    for i in sorted(set(labelled) | set(padded)):
        line = lines[i]
        if line.number in page.verbatim:
            continue
        text = line.text
        if i in padded:
            removals.append(Removal(line.number, padded[i].group(0), page.rule))
            text = text[:padded[i].start()]
        if i in labelled:
            m = labelled[i]
            rest = text[m.end():]
            runs = re.findall(r"\?+", rest) if LOSSY_SPACED.fullmatch(rest) else []
            removals.extend(Removal(line.number, q, page.rule) for q in [m.group(2)] + runs)
            text = m.group(1) + "\u3000" + (re.sub(r"\?+", "\u3000", rest) if runs else rest)
        lines[i] = Line(line.number, text)
    if not removals:
        return page
    return replace(page, lines=tuple(lines), removed=page.removed + tuple(removals))


def double_spaced(page: Page) -> Page:
    """Drop the blank lines of a Chinese text that has one after every line.

    Example: "一、总体要求" / "" / "坚持稳中求进。" / "" / "（一）指导思想" / "" … -> the lines without the blanks.
    """
    texts = page.texts()
    filled = [i for i, text in enumerate(texts) if text.strip()]
    if len(filled) < MIN_LINES:
        return page
    if sum(bool(HAN.search(texts[i])) for i in filled) < 0.5 * len(filled):
        return _double_spaced_wrapped(page, texts, filled)
    alone = sum(1 for a, b in zip(filled, filled[1:]) if b - a == 2)
    if alone < SPACED_SHARE * (len(filled) - 1):
        return page
    return page.drop([i for i, text in enumerate(texts) if not text.strip()])


WRAPPED_SHARE = 0.6     # lines a hard wrap broke: no sentence's end mark at their end
WRAPPED_MEDIAN = 40     # characters: the median line of running text set to a measure, not a list's
WRAP_MEASURE_MAX = 100  # characters: nine lines in ten within a page's measure (a paragraph a line runs longer)
LATIN_END = (".", "!", "?", ":", ";", '"', "\u201d", ")")


def _double_spaced_wrapped(page: Page, texts: list[str], filled: list[int]) -> Page:
    """`double-spaced`, for text without Han whose paragraphs the blank line marks (English, robust3):
    a copy with an empty line after every line turns each line break into one blank line and each
    blank line into three, so every run of blank lines between two lines of text is odd. When it
    is, and MIN_PARAGRAPH_BREAKS runs or more are longer than one (an original rarely leaves three
    blank lines, and never only odd runs), a run of 2k+1 blank lines is the k the text had; the
    rest go. With fewer long runs the copy may be of a text with no blank lines at all (hard-wrapped
    out of a PDF): only when its lines read as a wrap's (most end without a sentence's end mark,
    the median WRAPPED_MEDIAN characters or more, nine in ten within WRAP_MEASURE_MAX). Text one
    paragraph a line between single blanks (Markdown: its lines end their sentences, and run past
    a page's measure) keeps its blanks."""
    gaps = [(a, b) for a, b in zip(filled, filled[1:])]
    if any((b - a - 1) % 2 == 0 for a, b in gaps):
        return page
    breaks = [a for a, b in gaps if b - a == 2]
    paragraphs = sum(1 for a, b in gaps if b - a > 2)
    if not breaks:
        return page
    if paragraphs < MIN_PARAGRAPH_BREAKS:
        widths = sorted(len(texts[i].strip()) for i in filled)
        if widths[len(widths) // 2] < WRAPPED_MEDIAN or widths[int(0.9 * (len(widths) - 1))] > WRAP_MEASURE_MAX \
                or sum(1 for a in breaks if not texts[a].rstrip().endswith(LATIN_END)) < WRAPPED_SHARE * len(breaks):
            return page
    drop = []
    for a, b in gaps:
        drop.extend(range(a + 1, a + 1 + (b - a - 1 + 1) // 2))   # of 2k+1 blank lines, k + 1 go
    return page.drop(drop)


MIN_PARAGRAPH_BREAKS = 2


PAGE_MARGIN_MIN = 6      # spaces: a page's left margin kept by layout mode, wider than a paragraph's indent
FLUSH_HEAD_MAX = 4       # lines over the text that lost the margin (a site's headline and credit line, the first line of the PDF's text)
MARGIN_LINES_MIN = 8


def page_margin(page: Page) -> Page:
    """(r27layout) Cut the page's left margin that text extracted in layout mode keeps before every line
    (a document-sharing site showing `pdftotext -layout` output: eleven spaces before each line,
    the bullet items at seventeen), where a line or two at the top stand flush: the site's headline
    over the transcript, the first line of the PDF's text whose margin the page lost. `common-indent`
    cuts only what EVERY line shares, so the margin stayed and every heading read as an indented line
    inside the text. Run after the rules of named chrome, before the learned one; only spaces, at
    least PAGE_MARGIN_MIN of them, shared by every line but at most FLUSH_HEAD_MAX at the top; the
    relative indents (a list's hanging lines) stay.

    Example: "Guidelines:" / "           Grant-in-Aid (GIA) and" / "" / "           Introduction" / "" /
    "           The Bluegrass State …" -> the margin cut from all but the first line.
    """
    filled = [(i, line.text) for i, line in enumerate(page.lines) if line.text.strip()]
    if len(filled) < MARGIN_LINES_MIN:
        return page
    indents = [len(text) - len(text.lstrip(" ")) for _, text in filled]
    flush = [k for k, n in enumerate(indents) if n < PAGE_MARGIN_MIN]
    if not flush or len(flush) > FLUSH_HEAD_MAX or flush[-1] >= FLUSH_HEAD_MAX:
        return page
    margin = min(n for n in indents if n >= PAGE_MARGIN_MIN)
    if any(text[:margin].strip() for k, (_, text) in enumerate(filled) if k not in flush):
        return page
    return _cut_all(page, {i: (0, margin) for k, (i, _) in enumerate(filled) if k not in flush})


def layout_columns(page: Page) -> Page:
    """(r27layout) Read a page set in two columns, as layout mode keeps it side by side on each line,
    column by column (`layout_columns.columns_apart`): the left column's lines, then the right's; both
    halves of a line keep its number. Only prose columns with one gutter through the run; a table's
    rows stay as they are.

    Example: " From the Chair                    drinks." / "   Welcome to the" / " autumn issue. The
    Footpath Repairs" -> " From the Chair" / "   Welcome to the" / " autumn issue. The" … then
    "drinks." / "" / "Footpath Repairs" ….
    """
    order = columns_apart(page.texts())
    if order is None:
        return page
    lines = tuple(Line(page.lines[i].number, text) for i, text in order)
    return replace(page, lines=lines)


# -- a data set's CSV file holding one document as one record (r44) --------------------------------
# the header row: three or more field names, each an identifier (`Policy`, `Policy_Content`, `URL`)
CSV_HEADER = re.compile(r"^\s*[A-Za-z_][A-Za-z0-9_]{0,30}(?:\s*,\s*[A-Za-z_][A-Za-z0-9_]{0,30}){2,}\s*$")
# the field that holds the document's text, and the one that names it, by their names
CSV_CONTENT_FIELD = re.compile(r"content|text|body|full_?text", re.I)
CSV_TITLE_FIELD = re.compile(r"^(?:title|name|policy|policy_?name|headline|subject)$", re.I)
CSV_TITLE_MAX = 120      # characters of the title field's value
CSV_CONTENT_MIN = 200    # characters of the content field's value: a document, not a cell


def csv_record(page: Page) -> Page:
    """(r44, issue 11) A research data set's CSV file cut down to its header and ONE record, the
    record holding a whole document in one field (`Policy,Year,Country,Policy_Content,URL,Scope,Source`
    over `某某通知,2001,China,某某通知某发〔2001〕8号各省…,http://…,National,GOV_CHN`). The header row
    names the fields, so it is no part of the text: it goes. The record's title field (named `title`,
    `name`, `policy`, …) is set on a line of its own, so the structure reads it as the title line; the
    content field (named `…content`, `…text`, `body`) and the other fields stay where they are
    (`joined-lines` then splits the content). Only where the header is the first line with text, the
    record the one line under it with as many commas as the header has fields or more, the title field
    before the content field, short, and the content long. A list of names in its first line
    (`Apples,Oranges,Pears` over a sentence) has no record under it and stays.

    Example: "Title,Year,Content" / "某某办法,2020,某某办法第一条…" -> "某某办法" / "" / "2020,某某办法第一条…"."""
    filled = [i for i, line in enumerate(page.lines) if line.text.strip()]
    if len(filled) != 2 or not CSV_HEADER.match(page.lines[filled[0]].text):
        return page
    names = [n.strip() for n in page.lines[filled[0]].text.split(",")]
    content = next((k for k, n in enumerate(names) if CSV_CONTENT_FIELD.search(n)), None)
    title = next((k for k, n in enumerate(names) if CSV_TITLE_FIELD.match(n)), None)
    row = page.lines[filled[1]].text
    commas = [k for k, ch in enumerate(row) if ch == ","]
    if content is None or title is None or title >= content or len(commas) < len(names) - 1:
        return page
    after = len(names) - 1 - content   # fields after the content: their commas are the row's last ones
    start = commas[content - 1] + 1 if content else 0
    end = commas[len(commas) - after] if after else len(row)
    if end - start < CSV_CONTENT_MIN:
        return page
    value_start = commas[title - 1] + 1 if title else 0
    value_end = commas[title]
    value = row[value_start:value_end].strip()
    if not value or len(value) > CSV_TITLE_MAX or '"' in value:
        return page
    page = page.drop([filled[0]])
    index = filled[1] - 1
    if value_start:
        page = page.split(index, value_start)
        index += 1
    page = page.split(index, value_end - value_start)
    page = page.cut(index + 1, 0, 1)   # the comma after the title field: a line opening with one reads as a rest
    lines = list(page.lines)   # a field is a unit of its own: an empty line parts the title from the rest
    lines.insert(index + 1, Line(lines[index].number, ""))
    return replace(page, lines=tuple(lines))
