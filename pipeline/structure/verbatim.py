"""Verbatim blocks: text whose lines and spaces are its meaning, kept as written.

A paragraph is reflowed: its lines are joined with spaces and the reader's line width decides
where it breaks. That is right for prose and destroys three kinds of block, whose columns and
line breaks carry the content:
- an indented code block in a markdown text (four spaces or a tab before every line; the fenced
  kind is cut out earlier, blocks._fences);
- a plain-text table of aligned columns (an RFC's alphabet table: `0 A   17 R   34 i`), found by
  gaps inside the lines (two or more spaces, three after a sentence's end or a colon, where
  typewritten prose puts two) after which half the lines or more start a column where another
  line starts one too — a justified line's widened word spaces fall anywhere, a column does not;
- ASCII art: box drawings and diagrams (`+--first octet--+`, `|7 6 5 4|`, `<===>`), lines made
  mostly of rule and box characters, at least a quarter of the group's lines (a wiki dump's
  `***** History *****` or a markdown `---` rule among prose lines is no drawing).
Such a block becomes one Block with `verbatim` set, its lines joined by "\\n" less their common
indentation (docbook/write.py writes a programlisting or literallayout, every renderer keeps the
lines in a monospaced face). What stays a paragraph: a hard-wrapped paragraph, an indented
quotation, verse (short lines without column gaps), and any single line.
"""
from __future__ import annotations

import re
from collections import Counter

from . import signals as sg

# a gap between two columns: two or more spaces after a character that does not end a sentence
# (typewritten text puts two spaces after '.', '?', '!' and ':')
_GAP = re.compile(r"(?<=[^\s.?!:;])( {2,}|\t+)(?=\S)|(?<=\S)( {3,}|\t+)(?=\S)")
_ART_CHARS = set("+-|=<>/\\_^")   # not `*`, `#`, `~`: markdown and wiki heading marks
_BOX_RUN = re.compile(r"[-=_]{3,}|[+|]")
_BOXED = re.compile(r"\|\S.*\||\+-|-\+|[-=_]{3,}")   # a cell, a corner, a rule or an arrow shaft
_LIST_ITEM = re.compile(r"^\s*(?:[-*+]|\d{1,3}[.)])\s")
_MD_HEADING = re.compile(r"^#{1,6} \S")
_FENCE = re.compile(r"^\s{0,3}(?:`{3,}|~{3,})")

CODE_INDENT = 4          # markdown: a code block's lines are indented four columns or more
MIN_LINES = 2            # a single line is never laid out: a line alone has no columns to keep
COLUMN_SHARE = 0.5       # at least half the lines start a column where another line starts one


# (s28) the marks only a Markdown source has besides its '#' headings and fences: an inline link to a
# web address ('[M-16-21](https://…)') and a line wholly in bold ('**1. Purpose**', a site generator's
# page written with bold heads)
_MD_LINK = re.compile(r"\[[^\[\]\n]{1,200}\]\((?:https?://|/)[^()\s]+\)")
# (r28markdown) a Markdown line wholly in bold ('**1. Purpose**', '__Scope__'), maybe closed by the
# backslash of a hard break ('__Scope__\\'; the two-space form is gone with the trailing spaces)
BOLD_WHOLE_LINE = re.compile(r"^(\*\*|__)(?=[^*_\s])[^*_]{1,100}(?<=[^*_\s])\1\\?$")
# a Markdown thematic break alone on its line or in its paragraph: three or more '-', '*' or '_'
THEMATIC_BREAK = re.compile(r"^\s*(?:(?:-\s*){3,}|(?:\*\s*){3,}|(?:_\s*){3,})$")
MARKS_MIN = 3   # such marks in all, when only one '#' heading or fence is among them


def is_markdown(lines) -> bool:
    """The text is markdown: it has '#' headings or a code fence (an indented block then is code),
    two in all; (s28) or MARKS_MIN marks counting inline links to an address and lines wholly in
    bold, with a '#' heading, a fence or both kinds among them (a plain text quoting one link, or
    with a few bold lines, is no Markdown source)."""
    marks = sum(1 for line in lines if _MD_HEADING.match(line) or _FENCE.match(line))
    if marks >= 2:
        return True
    links = sum(len(_MD_LINK.findall(line)) for line in lines)
    bold = sum(1 for line in lines if BOLD_WHOLE_LINE.match(line.strip()))
    return marks + links + bold >= MARKS_MIN and (marks >= 1 or links >= 1 and bold >= 1)


# (r32zhpages) a setext heading's underline: a run of '=' or '-' alone under a line of text
_SETEXT_RULE = re.compile(r"^\s{0,3}(?:={3,}|-{3,})\s*$")
SETEXT_MIN = 2   # setext headings that make a Chinese text a Markdown source
_ASCII_INDENT = re.compile(r"^(?:\t| {4})")


def setext_markdown(lines) -> bool:
    """(r32zhpages) A Chinese text is a Markdown source when it heads its sections setext-style
    (`大萌法律读本` / `=====`, `2015-立法法` / `-----`) at least SETEXT_MIN times: a Chinese plain
    text underlines its title once at most."""
    count = 0
    for prev, line in zip(lines, lines[1:]):
        if prev.strip() and not _SETEXT_RULE.match(prev) and _SETEXT_RULE.match(line):
            count += 1
            if count >= SETEXT_MIN:
                return True
    return False


def indented_code(group, before: str, ascii_indent: bool = False) -> bool:
    """In markdown, a blank-separated group indented four columns or more on every line is a code
    block — unless the line before the blank is a list item or itself indented (the group then
    continues that item). (r32zhpages) `ascii_indent`, a Chinese Markdown source: only a tab or four
    ASCII spaces are Markdown's indentation; a Chinese paragraph's indent of full-width spaces
    ('\u3000\u3000') is none, so such a line before the blank is a paragraph the group does not continue."""
    def indented(line: str, columns: int) -> bool:
        return bool(_ASCII_INDENT.match(line)) if ascii_indent else sg.indent_of(line) >= columns

    if not all(indented(line, CODE_INDENT) for line, _ in group):
        return False
    return not (before.strip() and (_LIST_ITEM.match(before) or indented(before, 2)))


_PIPE_ROW = re.compile(r"^\s{0,3}\|.*\|\s*$|^\s{0,3}\|(?:[^|]*\|){2,}")
PIPE_RULE = re.compile(r"^\s{0,3}\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?\s*$")


def is_pipe_table(group) -> bool:
    """A Markdown pipe table: every line a '|' row, one of them the '| --- | :---: |' rule under
    the header. Its rows are lines in any language: joined, a Chinese paragraph glues them
    ('…| Opera || --- |…')."""
    lines = [line for line, _ in group]
    return len(lines) >= MIN_LINES and all(_PIPE_ROW.match(line) for line in lines) \
        and any(PIPE_RULE.match(line) for line in lines)


def _art(line: str) -> bool:
    """A line of a drawing: most of its visible characters are rule and box characters."""
    visible = [ch for ch in line if not ch.isspace()]
    art = sum(1 for ch in visible if ch in _ART_CHARS)
    return len(visible) >= 3 and art * 2 >= len(visible) and bool(_BOX_RUN.search(line))


def _column_starts(line: str) -> set[int]:
    return {m.end() for m in _GAP.finditer(line)}


# a paragraph's number, then a gap, then its text: `1.1        The annual reports …`, `(a)    the …`
NUMBERED_PARAGRAPH = re.compile(r"^\s*(?:\(?\d{1,3}(?:\.\d{1,3})*[.)]?|\([a-z]{1,4}\)|[ivxlc]{1,6}[.)])( {2,}|\t+)(?P<text>\S.*)$")
NUMBERED_PARAGRAPH_TEXT = 60   # characters of running text after the number at least


def _numbered_paragraph(line: str) -> bool:
    """(noblank2) A numbered paragraph set with a gap after its number, its text running on in one
    long line (a committee report's `1.1        The annual reports …`): its one gap is no column.
    With the blank lines between such paragraphs gone, a run of them aligned at the same column
    read as a table."""
    match = NUMBERED_PARAGRAPH.match(line)
    return bool(match) and len(match["text"]) >= NUMBERED_PARAGRAPH_TEXT and not _GAP.search(match["text"])


JUSTIFIED_MEASURE = 50     # characters: a justified page's line, not a table's row
JUSTIFIED_SHARE = 0.6      # of the lines end flush at the measure
PROSE_WORDS = 0.7          # of the words are lower-case words


def _justified_prose(lines: list[str]) -> bool:
    """(r26pdfen) Justified prose kept in its layout (`pdftotext -layout`): the extractor widens word
    spaces to keep each line flush with the right margin ('Remote working has  changed the shape
    of  the week'), and with two or three widened gaps a line, two lines share a gap's column by
    chance — a report's executive summary came out as a monospaced table. Most lines ending at
    one measure of at least JUSTIFIED_MEASURE characters, their words mostly lower-case, are
    prose: a table's rows end where their last cell does, and hold figures and names."""
    ends = Counter(len(line.rstrip()) for line in lines if line.strip())
    if not ends:
        return False
    measure, flush = max(ends.items(), key=lambda kv: (kv[1], kv[0]))
    if measure < JUSTIFIED_MEASURE or flush < JUSTIFIED_SHARE * len(lines) or flush < 2:
        return False
    words = [w for line in lines for w in line.split()]
    return sum(1 for w in words if w.strip(".,;:()\"'").isalpha() and w.strip(".,;:()\"'").islower()) >= PROSE_WORDS * len(words)


def is_layout(group) -> bool:
    """A group of lines laid out in columns or drawn: (line, number) pairs -> is it verbatim?"""
    lines = [line.rstrip() for line, _ in group]
    if len(lines) < MIN_LINES:
        return False
    art = sum(1 for line in lines if _art(line))
    boxed = sum(1 for line in lines if _BOXED.search(line))   # '|…|' cells, '+--' corners, '<===>'
    if art and (art * 3 >= len(lines) or (art >= 2 and art * 4 >= len(lines)) or boxed * 2 >= len(lines)):
        return True
    if _justified_prose(lines):
        return False
    starts = [set() if _numbered_paragraph(line.expandtabs()) else _column_starts(line.expandtabs()) for line in lines]
    gapped = [s for s in starts if s]
    if len(gapped) < MIN_LINES or len(gapped) * 2 < len(lines):
        return False
    shared = Counter(col for s in gapped for col in s)
    aligned = sum(1 for s in gapped if any(shared[col] >= 2 for col in s))   # lines in a column
    return aligned >= MIN_LINES and aligned >= COLUMN_SHARE * len(lines)


def verbatim_text(group) -> str:
    """The group's lines less their common indentation, trailing spaces cut, joined by "\\n"."""
    lines = [line.expandtabs().rstrip() for line, _ in group]
    cut = min(sg.indent_of(line) for line in lines if line.strip())
    return "\n".join(line[cut:] if not line[:cut].strip() else line.lstrip() for line in lines)


def table_apart(group) -> list:
    """(r27layout) The lines over a table that have no columns stand apart from it: in layout mode
    a heading and the sentence announcing the table (`Schedule of Fees` / `The fees are as
    follows:`) sit on the lines right over its rows with no blank line between. Read as one group,
    the table took them in as its first rows, and the heading was lost among them. Split only where
    the rows alone are still a table."""
    if not is_layout(group):
        return [group]
    k = 0
    while k < len(group) and "  " not in group[k][0].strip().expandtabs():
        k += 1   # a line of prose: single spaces between its words ('Input data:  0x14fb9c' is a labelled row)
    if 0 < k < len(group) and is_layout(group[k:]) and not _framed_list(group, k):
        return [group[:k], group[k:]]
    return [group]


def _framed_list(group, k: int) -> bool:
    """(r27) A list whose unnumbered entries open and close it (a book's contents: ` The Forethought` over
    `I.    Of Our …` … `XIV.  Of …` over ` The Afterthought`): the line over the rows is no head when
    a line with no columns ends the group at the same indent, and it announces nothing (no colon)."""
    first, last = group[k - 1][0], group[-1][0]
    entries = [line.strip() for line in (first, last)]
    return "  " not in entries[1].expandtabs() and sg.indent_of(last) == sg.indent_of(first) and len(group) - k >= 3 \
        and all(len(e.split()) <= FRAME_ENTRY_WORDS and not re.search(r"[.:;!?,]$", e) for e in entries)


FRAME_ENTRY_WORDS = 6   # words of an unnumbered entry framing a list


# ---- (r33zhprint, issue 11) a table of figures in a Chinese text extracted with `pdftotext -layout` ----
# A statistics page's table printed and laid out keeps its rows on lines: a label, then figures in columns
# (`轻工业      4821 678      24290034 23632101 6816995`), its heads as gapped words over them (`类别  企业
# 工业  工业  资产合计`), broken inside words (`单位数   #亏` / `损`), its row groups as numbered labels
# (`一、按轻重工业分`) and a continued table's caption (`12-11续表1 (2002年) 单位:`) between the rows.
# a figure alone: a row's token, or a table's cell on its own line (a space may part it from its `%`)
FIGURE_CELL = re.compile(r"^[#＃]?[-−+]?\d[\d,.]*\s?[%‰]?$")
_LAID_GAP = re.compile(r"\S {2,}\S")   # ASCII spaces: a layout extraction's gap (a copy's U+3000 padding is no column)
FIGURE_ROW_FIGURES = 2   # figures on a row
TABLE_ROWS_MIN = 3       # figure rows make a table
TABLE_BETWEEN = 10       # lines with text between two figure rows of one table (a group's label, a continued
#                          caption, the head rows again under it), none of them a sentence
TABLE_LINE_MAX = 30      # characters of a line inside a table that is no row (a label, a caption, a head)
TABLE_HEAD_ROWS = 5      # head rows over the first figure row (a head broken over lines: `单位数  #亏` / `损`)
_SENTENCE = re.compile(r"[。！？!?]")
_CLAUSE = re.compile(r"[，。；：,;:!?！？]")
_NUMBERED = re.compile(r"^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d+[.、．])")


def figure_row(text: str) -> bool:
    """A laid-out row of figures: a gap of two spaces or more in it, FIGURE_ROW_FIGURES figures or more."""
    s = text.strip()
    return bool(_LAID_GAP.search(s)) and sum(1 for tok in s.split() if FIGURE_CELL.match(tok)) >= FIGURE_ROW_FIGURES


def _inside(text: str) -> bool:
    """A line that may stand between a table's rows: short, no sentence (a row group's label, a
    continued caption `12-11续表1 (2002年) 单位:`, a head row)."""
    s = text.strip()
    return len(s) <= TABLE_LINE_MAX and not _SENTENCE.search(s)


def _head_row(text: str) -> bool:
    """A table's head row over its figures: short words with no clause mark (gapped, or squeezed
    together by the cleaner: `类别企业工业工业工业资产合计`), a piece of a word the column broke (`损`);
    never a numbered line or a caption with its unit (`(2002年) 单位:万元`)."""
    s = text.strip()
    return bool(s) and len(s) <= TABLE_LINE_MAX and not _CLAUSE.search(s) and not _NUMBERED.match(s)


def figure_tables(lines) -> list[tuple[int, int]]:
    """(r33zhprint, issue 11) The spans (first, last line index) of laid-out tables of figures:
    TABLE_ROWS_MIN figure rows or more, between two of them at most TABLE_BETWEEN lines with text
    and no sentence among them, widened upwards over up to TABLE_HEAD_ROWS head rows right above
    the first. Every line inside is the table's (a row group's label `一、…分`, a continued caption,
    the heads), never a heading or a paragraph; the caption over the heads (its unit after a colon)
    and any sentence stay outside."""
    texts = [line.rstrip() for line in lines]
    filled = [i for i, t in enumerate(texts) if t.strip()]
    spans: list[tuple[int, int]] = []
    run: list[int] = []
    between = 0
    for k, i in enumerate(filled):
        if figure_row(texts[i]):
            run.append(k)
            between = 0
        elif run and _inside(texts[i]) and between < TABLE_BETWEEN:
            between += 1
        else:
            spans.extend(_span(texts, filled, run))
            run, between = [], 0
    spans.extend(_span(texts, filled, run))
    return spans


def _span(texts, filled, run) -> list[tuple[int, int]]:
    if len(run) < TABLE_ROWS_MIN:
        return []
    top = run[0]
    while top > 0 and run[0] - top < TABLE_HEAD_ROWS and _head_row(texts[filled[top - 1]]):
        top -= 1
    return [(filled[top], filled[run[-1]])]

