"""Text extracted from a PDF: hard-wrapped lines, no blank lines, words hyphenated at line ends.

A PDF text extractor writes one line per printed line, so a paragraph is a run of lines as wide
as the text block, ended by a shorter line; nothing else marks it. Headings, code lines and list
items are short lines too, so each short line ends what it is in and stands alone.
A word broken at the line end ('acquain-' / 'tance') is mended; a compound that merely falls
at the line end ('open-' / 'parenthesis') keeps its hyphen: the text's own words decide.

    width = page_width(lines)                       # 0: not extracted page text
    paragraphs = split_wrapped(group, width)         # [(line, number), ...] -> paragraphs
"""
from __future__ import annotations

import re
from collections import Counter

from .signals import teaser_head

MIN_LINES = 20        # a blank-free run this long is extracted page text, not one paragraph
MIN_WIDTH = 50        # characters: narrower lines are a list or a poem
MAX_BLANK = 0.05      # share of blank lines in extracted page text (pdftotext leaves one around a heading
                      # or a figure now and then; paragraphs set apart by blank lines make 10 % or more)
FULL = 0.8            # a line at least this share of the block's width runs on
WORD = re.compile(r"[^\W\d_]+(?:[-\u2010][^\W\d_]+)*")
HYPHEN_END = re.compile(r"([^\W\d_]+)[-\u2010\u00ad]$")   # hyphen-minus, HYPHEN (a typesetter's break), soft hyphen
# (r25auditen) and an encyclopedia's inline tags in brackets, which a print sets as superscripts too
# ('[citation needed]', '[clarification needed]', '[a]', '[note 2]')
CITATION_TAGS = r"citation needed|clarification needed|verification needed|better source needed|failed verification|dubious|when\?|who\?|which\?"
CITATION = re.compile(rf"^\s*(?:\[(?:\d{{1,3}}|[a-z]|note \d{{1,3}}|{CITATION_TAGS})\]\s*)+$", re.I)
MAX_WRAP = 120        # characters: no hard-wrapped text wraps its lines wider
LINE_END = re.compile(r"[.!?;:][\"”’)\]]*$")   # a line that ends a sentence
LOWER_START = re.compile(r"^([^\W\d_]+)")


def vocabulary(lines) -> Counter:
    """Every word (hyphenated compounds whole and in parts) the text uses, lower-cased."""
    words: Counter = Counter()
    for line in lines:
        for word in WORD.findall(line):
            word = word.casefold().replace("\u2010", "-")
            words[word] += 1
            if "-" in word:
                words.update(word.split("-"))
    return words


def text_width(texts: list[str]) -> int:
    """The width of the text block: the length most full lines reach (90th percentile)."""
    lengths = sorted(len(t) for t in texts)
    return lengths[int(len(lengths) * 0.9)] if lengths else 0


def page_width(lines) -> int:
    """The text block's width if the text is extracted page text (almost no blank lines, many
    lines filling one width), else 0."""
    texts = [line.strip() for line in lines]
    filled = [t for t in texts if t]
    if len(filled) < MIN_LINES or len(texts) - len(filled) > MAX_BLANK * len(texts):
        return 0
    width = text_width(filled)
    full = sum(1 for t in filled if len(t) >= FULL * width)
    closed = sum(1 for t in filled if len(t) >= FULL * width and LINE_END.search(t))
    if 2 * closed > full and splice_share(filled) < SPLICES_MAX:
        return 0   # (r44) full lines that close their sentences and never stop mid-sentence: one paragraph a line
    return width if width >= MIN_WIDTH and full >= 0.25 * len(filled) else 0



def unwrapped(lines) -> bool:
    """Text whose paragraphs are not hard-wrapped: each is one long line (a third or more of the
    lines with text run past MAX_WRAP, or such lines hold half of a blank-free text), so a line ending a sentence ends its paragraph even when
    no blank line follows (the Constitution's clauses one per line, headings between them)."""
    filled = [t for t in (line.strip() for line in lines) if t]
    if len(filled) < 3:
        return False
    long = [t for t in filled if len(t) > MAX_WRAP]
    # (round6, xxg5) or, in a text with no blank line at all, the long lines hold most of it: a
    # page of many short lines (the site's metadata, a notice's addressees, signature and date)
    # over a few long paragraphs, every line a paragraph of its own
    blank_free = len(filled) == len(lines)
    # (r26enheads) a copy that dropped its blank lines but the one or two under its title block
    # (`Guidance on …` / blank / every later paragraph and head a line of its own): nearly blank-free
    nearly = len(lines) - len(filled) <= NEARLY_BLANK_FREE and len(filled) >= NEARLY_MIN_LINES
    return 3 * len(long) >= len(filled) or blank_free and 2 * sum(map(len, long)) >= sum(map(len, filled)) \
        or (blank_free or nearly) and len(filled) >= SPLICES_MIN_LINES and splice_share(filled) < SPLICES_MAX


def blank_free(lines) -> bool:
    """(r30noblank, issue 11) A copy with no blank line at all (a paste whose empty paragraphs were
    dropped, pdftotext, a PDF viewer's copy), BLANK_FREE_MIN lines with text or more: nothing but
    the lines themselves tells its paragraphs apart."""
    filled = sum(1 for line in lines if line.strip())
    return filled >= BLANK_FREE_MIN and filled == len(lines)


BLANK_FREE_MIN = 8   # lines with text: fewer is a note, not a page


def blank_free_lead(group) -> tuple[int, int] | None:
    """(r30noblank, issue 11) Where a blank-free copy's text (`blank_free`) that is neither page text
    filling a measure line after line (`page_width`, `page_text_group`) nor one paragraph a line
    (`unwrapped`) can be read at its measure: a print of a web page, a portal's text pasted with its
    empty paragraphs dropped, paragraphs wrapped at the page's measure between short lines (heads,
    list items, table cells). (the first line after its first paragraph's end, the measure): the end is
    a line that closes a sentence short of the measure under a line that fills it (FULL of it), over a
    capital. From there a line short of the measure ends what it is in (`blocks._english_blocks`,
    `measure`); the lines over it (the title block, a subtitle, the first paragraph) are read as
    before. None when there is no such end, or the measure is a list's (BLANK_FREE_WIDTH)."""
    texts = [line.strip() for line, _ in group]
    width = text_width(texts)
    if width < BLANK_FREE_WIDTH:
        return None
    full = next((k for k, t in enumerate(texts) if len(t) >= FULL * width), None)
    if full is None:
        return None
    end = next((k for k in range(full + 1, len(texts) - 1) if SENTENCE_END_NOTE.search(texts[k])
                and len(texts[k]) < FULL * width <= len(texts[k - 1]) and texts[k + 1][:1].isupper()), None)
    return None if end is None else (end + 1, width)


BLANK_FREE_WIDTH = 40   # characters: a narrower measure is a list or a verse
SPLICES_MIN_LINES = 8   # lines: fewer tell nothing about how the text was saved
NEARLY_BLANK_FREE = 2   # (r26enheads) blank lines a blank-free copy keeps under its title block
NEARLY_MIN_LINES = 12   # lines with text: enough that two blank lines are the exception
SPLICES_MAX = 0.04      # share of line ends: hard-wrapped prose splices a third or more (a 76-column
                        # wrap of the corpus's English never fewer than 5 %); a copy that only dropped
                        # its blank lines splices none but its wrapped list items


def splice_share(filled: list[str]) -> float:
    """(noblank2, issue 11) How often a line stops mid-sentence and the next goes on in lower case
    (`…the rate of interest to be` / `credited to the account…`), or stops on a comma (a verse line,
    a play's speech, whatever case the next line opens in): the mark of a hard wrap. A copy
    that dropped its empty paragraphs (a Word or web copy, one paragraph a line) has its blank lines
    gone but almost no such splice: its short lines (a heading, a section number, `Rate of
    interest`) are paragraphs, not the tail of a wrapped one."""
    pairs = list(zip(filled, filled[1:]))
    spliced = sum(1 for line, after in pairs if not LINE_END.search(line) and (after[:1].islower() or line.endswith(",")))
    return spliced / len(pairs) if pairs else 0.0


def ends_paragraph(text: str) -> bool:
    """In unwrapped text: the line ends on a sentence's end mark (quotes and brackets after it
    aside, and an encyclopedia's reference marks after it, `CITATION_TAIL`), on a colon and a
    dash (`COLON_DASH_END`), or on an ellipsis (`ELLIPSIS_END`)."""
    text = text.rstrip()
    return bool(LINE_END.search(text) or LINE_END.search(CITATION_TAIL.sub("", text)) or COLON_DASH_END.search(text)
                or ELLIPSIS_END.search(text))


# (r25noblank, issue 11) a colon and a dash close a line that announces what follows: an Act's
# enacting words (`… enacted by the Parliament …, as follows:—`), a definitions clause's `means:-`.
# The line ends its paragraph like a colon: a copy that dropped its blank lines put the first
# section's head (`1. Definitions`, `Form of Acts and Bills`) on the next line, not its rest.
# Page text reads it as a closed sentence too (`stands_alone`): the short line under it is a head.
COLON_DASH_END = re.compile(r":\s?[-–—]{1,2}$")
# (r25noblank, issue 11) an ellipsis closes a teaser cut short (a category page's entry summary,
# `… reached Anilco, a village on …`): in a copy one paragraph a line, the next entry's name is no
# part of it, as three stops after a sentence are not
ELLIPSIS_END = re.compile(r"\S\s?…[\"”’)\]]*$")


# (noblank, issue 11) an encyclopedia copy's reference marks after a sentence's end: `[5]`, `[1] [3]`,
# a page tag after them (`[1] :[s. 27]`, `[4] :(s. 28–29)`, `[5] :12`); the sentence ended before them
CITATION_TAIL = re.compile(r"(?<=[.!?\"”’)\]])(?:\s*\[(?:\d{1,3}|[a-z]|note \d{1,3})\])+"
                           r"(?:\s*:\s*(?:\[[^\[\]]{1,15}\]|\([^()]{1,15}\)|[\d–-]{1,9}))?$")


LINE_APART_MAX = 90   # characters: a line this short in an unwrapped text was never cut from a long one


def line_apart(text: str, after: str) -> bool:
    """In unwrapped text (round6, xxg5: a translated notice set one line a paragraph with no blank
    line anywhere): a short line with no end mark stands apart from the next when nothing carries
    the sentence on — it ends in no comma, hyphen or open bracket, and the next line opens as a
    line of its own does (a capital, a digit, a bracket, a bullet), not in lower case. The site's
    headline, a post date, a `· Label: value` line, a title, a signature and a date are such lines;
    a paragraph a copy cut in two runs on in lower case or from a comma."""
    if len(text) > LINE_APART_MAX or not after or re.search(r"[,\-–—(\[/&]$|\b(?:and|or|of|the|to|in|for|a|an)$", text):
        return False
    return not after[:1].islower()


# (r26pdfen) a cardinal number word before a line-end hyphen: 'two-' / 'year', 'twenty-' / 'five', 'forty-'
# / 'four': a compound of a number, whose hyphen stays, though a short text writes it once ('ten' is
# left out: 'ten-' / 'sion', 'ten-' / 'ant' break a word)
NUMBER_WORDS = frozenset("one two three four five six seven eight nine eleven twelve twenty thirty forty "
                         "fifty sixty seventy eighty ninety hundred thousand million".split())
NUMBER_SUFFIX = re.compile(r"^(?:teen|ty|th|fold)")   # 'seven-' / 'teen', 'four-' / 'th': one word


def _number_compound(first: str, second: str) -> bool:
    return first in NUMBER_WORDS and len(second) >= 3 and not NUMBER_SUFFIX.match(second)


def join_hyphenated(left: str, right: str, words: Counter) -> str | None:
    """'acquain-' + 'tance …' -> 'acquaintance …'; 'open-' + 'parenthesis' -> 'open-parenthesis'
    (a compound keeps its hyphen, and no space comes into it); None when the line does not end
    in a hyphenated word.

    The hyphen is a line-end break unless the text writes the compound with a hyphen elsewhere,
    or never writes the joined word while using both halves as words of their own. `words` is
    the vocabulary of the whole text, these two lines included, so the halves written at this
    break count once each and do not make them words of their own."""
    tail, head = HYPHEN_END.search(left), LOWER_START.match(right)
    if not tail or not head or not head.group(1)[0].islower():
        return None
    first, second = tail.group(1).casefold(), head.group(1).casefold()
    joined, compound = first + second, f"{first}-{second}"
    if words[compound] > 0 or _number_compound(first, second):
        return left + right
    if not words[joined] and words[first] > 1 and words[second] > 1:
        return left + right
    return left[:-1] + right


def split_wrapped(group: list[tuple[str, int]], width: int, continued: bool = False) -> list[list[tuple[str, int]]]:
    """A blank-free run of wrapped lines -> paragraphs: a full-width line runs on into the next.
    `continued` (r26pdfen, a group of a text with blank lines, `page_text_group`): a line short of
    the measure runs on too when the next opens in lower case or with a bracket or a digit, as a
    sentence goes on; a paragraph, a heading over it, opens with a capital."""
    out: list[list[tuple[str, int]]] = []
    runs_on = False
    indent = _body_indent(group)
    ragged = ragged_rewrap([line for line, _ in group], width)
    for k, (line, number) in enumerate(group):
        prev, prev_number = out[-1][-1] if out else ("", 0)
        if out and CITATION.match(line):
            out[-1].append((line, number))   # a citation marker '[5]' on its own line belongs to the text before it
            continue
        after = group[k + 1][0] if k + 1 < len(group) else ""
        if runs_on and not stands_alone(prev, line, width, number != prev_number + 1, after, ragged) \
                and not (salutation(line) and ends_paragraph(prev)) \
                and not (len(out[-1]) == 1 and headline_set_whole(prev, line)) \
                and not (indent is not None and _indented_opening(prev, line, indent)) and not _provision_opens(prev, line):
            out[-1].append((line, number))
        else:
            out.append([(line, number)])
        runs_on = len(line.strip()) >= FULL * width and not _capitals_over_case(line, after) \
            and not _case_over_capitals(line, after) \
            or bool(SPACED_DASH_END.search(line)) \
            or continued and bool(re.match(r"[a-z(\[\d]", after.strip())) and not numbered_opening(line, after)
    return out


# (r30enpdf) a numbered paragraph's or sub-section's opening: its number (`3.`, `12.`, `1)`, `(4)`), then a
# capital or an opening quote (`3. This Government has …`, `1) The following …`, `(2) Where …`)
NUMBERED_OPENING = re.compile(r"^(?:\d{1,3}[.)]|\(\d{1,3}\))\s+[A-Z\"“‘']")
# words a wrapped sentence breaks after when a number goes on it on the next line ('… in paragraph' / '3. …')
REFERENCE_WORDS = frozenset("section sections paragraph paragraphs clause clauses article articles rule rules item "
                            "items page pages note notes part chapter schedule regulation subsection no no. number".split())


def numbered_opening(line: str, after: str) -> bool:
    """(r30enpdf) In page text, a line short of the measure over a numbered paragraph's first line
    (NUMBERED_OPENING): a speech's or a report's numbered paragraphs (`Mr Speaker,` / `1. I rise …`,
    `II. NDA: Economic Policy …` / `3. This Government …`) and an Act's sub-sections (`of directors` /
    `1) The following …`) each open a paragraph, printed with no blank line between them. The short
    line ended its paragraph or heading there; a sentence cut before a number ends on the word that
    names what is numbered (`… in paragraph` / `3. …`, REFERENCE_WORDS) or on a small word."""
    if not NUMBERED_OPENING.match(after.strip()):
        return False
    words = line.strip().split()
    return bool(words) and words[-1].casefold().rstrip(",") not in REFERENCE_WORDS | SMALL_WORDS


INDENT_STEP = 2   # columns a paragraph's first line is set in from the body's lines


def _body_indent(group) -> int | None:
    """(r26pdfen) The indentation most of the group's lines share, when a few lines are set further
    in (a paragraph's first line); None when no line is."""
    widths = Counter(len(line) - len(line.lstrip(" ")) for line, _ in group if line.strip())
    if not widths:
        return None
    body = widths.most_common(1)[0][0]
    return body if any(w >= body + INDENT_STEP for w in widths) else None


def _indented_opening(prev: str, line: str, indent: int) -> bool:
    """(r26pdfen) A paragraph's first line set in from the body (`   It was the afternoon …` under
    `… each time a little larger.`) after a line that ends a sentence: a new paragraph, though the
    line before filled the measure. A book or a report with no blank lines between its paragraphs
    marks them so; a wrapped line is never indented more than its paragraph's others."""
    return len(line) - len(line.lstrip(" ")) >= indent + INDENT_STEP and line.strip().lstrip("\"“‘'(")[:1].isupper() \
        and bool(SENTENCE_END_NOTE.search(prev.strip()))


# a sentence's end, maybe with a footnote's marker after it ('… the shallows.*', '… the year before.1')
SENTENCE_END_NOTE = re.compile(r"[.!?:][\"”’)\]]*(?:[*†‡]{1,2}|\d{1,2})?$")


def page_text_group(group, opening: bool = False) -> int:
    """(r26pdfen) The measure of a blank-separated group that holds several paragraphs of page text
    (0 if it is one paragraph): a report extracted from PDF with blank lines around its headings
    and page breaks but none between paragraphs (too many blank lines for `page_width`). At least
    GROUP_LINES lines, half of them filling a measure of MIN_WIDTH or more, and inside it a short
    line that ends a sentence over a line opening with a capital, or a line set in as a paragraph's
    first line after a sentence's end: the paragraphs' ends; or, `opening` the text, two or more
    short capitalised lines over it (a title block set without blank lines). A hard-wrapped
    paragraph has no short line inside it; verse and lists fill no measure."""
    texts = [line.strip() for line, _ in group]
    if len(texts) < GROUP_LINES or not all(texts):
        return 0
    width = text_width(texts)
    lead = next((k for k, t in enumerate(texts) if len(t) >= FULL * width), len(texts))   # a title block's short lines over the text
    body = texts[lead:]
    if width > MAX_WRAP or len(body) < GROUP_LINES or sum(1 for t in body if len(t) >= FULL * width) * 2 < len(body):
        return 0
    if sum(1 for t in body[1:] if t[:1].islower()) < PROSE_CONTINUED * (len(body) - 1):
        return 0   # prose goes on from line to line in lower case; verse opens each line with a capital
    if width < MIN_WIDTH and not (width >= COLUMN_WIDTH and len(body) >= 2 * GROUP_LINES):
        return 0   # a column's measure: a long run of prose only
    indent = _body_indent(group)
    if opening and lead >= 2 and all(t[:1].isupper() and not SENTENCE_END_NOTE.search(t) or DATE_LIKE.search(t) for t in texts[:lead - 1]):
        return width   # short capitalised lines over the text: a title block set without blank lines
    for k in range(len(texts) - 1):
        ends = bool(SENTENCE_END_NOTE.search(texts[k]))
        if ends and (len(texts[k]) < FULL * width and (texts[k + 1][:1].isupper() or NUMBERED_OPENING.match(texts[k + 1]))
                     or indent is not None and _indented_opening(group[k][0], group[k + 1][0], indent)):
            # the first paragraph's end: every line over it fills the measure (a wrapped paragraph, not
            # a letterhead's or an address's short lines over a salutation)
            return width if (k >= 1 or texts[0][:1].islower()) and all(
                len(t) >= FULL * width or j == 0 and _opens_group(t) or salutation(t) for j, t in enumerate(texts[:k])) else 0
    return 0


# (r30enpdf) a salutation on its own line: a few capitalised words closed by a comma (`Mr Speaker,`,
# `Madam Speaker,`, `Honourable Members,`, `Ladies and Gentlemen,`, `Dear Colleagues,`)
SALUTATION = re.compile(r"^[A-Z][\w.’']*(?:\s+(?:and|of|the|[A-Z][\w.’']*)){0,4},$")


def salutation(text: str) -> bool:
    """(r30enpdf) A speech's or a letter's salutation alone on its line (SALUTATION) among the
    wrapped lines over the first paragraph's end: it is no wrapped line cut short, so it does not keep
    the group from holding paragraphs (a budget speech printed to PDF: `Mr Speaker,` over `1. I rise
    to present …`). A wrapped sentence's short line ends in lower-case words or a mark."""
    return bool(SALUTATION.match(text.strip()))


def _opens_group(text: str) -> bool:
    """A short first line of a group that holds paragraphs: the end of a sentence a page break carried
    over (lower case), or a heading right over the text (a capital, no end mark)."""
    return text[:1].islower() or text[:1].isupper() and not SENTENCE_END_NOTE.search(text)


GROUP_LINES = 4   # lines of a group that may hold several paragraphs
DATE_LIKE = re.compile(r"\b(?:1[6-9]|20)\d\d\b")
COLUMN_WIDTH = 36        # characters: a two-column page's measure, flowed column after column
PROSE_CONTINUED = 0.4    # of the lines open in lower case: sentences going on (prose, not verse)
# (r26legal) a provision's label and number run in with its text, as a constitution's or code's PDF sets
# each article ('Article 7 Every citizen has …', 'Section 12. The Board …', 'Art. 3 (1) …'): the number,
# then a capital or a subsection's bracket ('Article 7 of the Treaty …' goes on a sentence)
PROVISION_OPENS = re.compile(r"^(?:ARTICLE|Article|Art\.|SECTION|Section|Sec\.|§)\s*\d{1,4}[A-Za-z]{0,2}\.?\s+[A-Z(“\"]")


def _provision_opens(prev: str, line: str) -> bool:
    """(r26legal) A line that opens a run-in provision (PROVISION_OPENS) after a line that ends a
    sentence starts a paragraph of its own, though the line before it filled the measure: the article
    before it ended there (a PDF's text puts no blank line between two articles)."""
    return bool(PROVISION_OPENS.match(line.strip())) and bool(re.search(r"[.!?:;][\"”’)\]]*$", prev.strip()))


def _capitals_over_case(line: str, after: str) -> bool:
    """(noblank, issue 11) A line set in capitals (`PETROLEUM INDUSTRY GOVERNANCE BILL 2017 (AS
    PASSED BY THE SENATE)`: three words or more, no lower-case letter) that reaches the measure
    over a line in mixed case opening with a capital (`Background and Introduction`): a title or a
    head in capitals is set whole, and a wrapped line runs on in its own case, so it ends here."""
    text, nxt = line.strip(), after.strip()
    return len(text.split()) >= 3 and not re.search(r"[a-z]", text) and len(re.findall(r"[A-Z]", text)) >= 8 \
        and nxt[:1].isupper() and bool(re.search(r"[a-z]", nxt))


def _case_over_capitals(line: str, after: str) -> bool:
    """(r25noblank, issue 11) The converse of `_capitals_over_case`: a line in mixed case that
    reaches the measure over a line set wholly in capitals (`A Bill for an Act to amend the Laws
    Act` / `BILL NO. 8 OF 2016`: two words or more, six capitals or more, no lower-case letter):
    a title over its number, a head over a head in capitals. A wrapped sentence goes on in its own
    case; one cut before its last words ends on a comma or a small word (`… enacted by the` /
    `NATIONAL ASSEMBLY …`), so it runs on as before."""
    text, nxt = line.strip(), after.strip()
    return bool(re.search(r"[a-z]", text)) and not text.endswith(",") and text.split()[-1].lower() not in SMALL_WORDS \
        and len(nxt.split()) >= 2 and not re.search(r"[a-z]", nxt) and len(re.findall(r"[A-Z]", nxt)) >= 6


# (wrap round) a line that ends on a spaced dash ('Dáil Éireann debate -' over 'Thursday, 21 Jun 2012')
# is cut inside a 'Name - Date' line: it never ends a paragraph, however short
SPACED_DASH_END = re.compile(r"\S\s+[-–—]$")


RAGGED_WORDS = 2       # words of a re-wrap's left-over line
RAGGED_MIN = 3         # such lines in a group: a re-wrapped text, not one paragraph's lost end


def ragged_rewrap(lines: list[str], width: int) -> bool:
    """(r30enpdf) A text hard-wrapped once and wrapped again at a narrower measure (a court's JUDIS
    judgment whose fixed lines a print re-flows: `… By its impugned judgment` / `and` / `order a
    Division Bench …`): every long line leaves a word or two on a line of its own, a full line with
    no end mark over them and the sentence going on after them. RAGGED_MIN such left-over lines
    (RAGGED_WORDS words at most and no end mark, under a full line that ends on a word, over a line
    going on in lower case; a paragraph's short last line closes its sentence) make the group a re-wrap, where
    a short capitalised left-over (`… registered as Civil` / `Appeal` / `No.368 of 1994. …`) is no head
    after a lost sentence end (`sentence_lost_over`)."""
    texts = [line.strip() for line in lines]
    count = 0
    for k in range(1, len(texts) - 1):
        before, text, after = texts[k - 1], texts[k], texts[k + 1]
        if text and len(text.split()) <= RAGGED_WORDS and len(before) >= FULL * width and before[-1:].isalnum() \
                and not LINE_END.search(text) and after[:1].islower():
            count += 1   # the sentence goes on over it in lower case: a paragraph's own last line ends it
    return count >= RAGGED_MIN


def stands_alone(prev: str, line: str, width: int, page_break: bool, after: str = "", ragged: bool = False) -> bool:
    """A short unpunctuated capitalised line after a finished sentence or a removed running head
    (a gap in the line numbers): a heading, even when the line before it filled the width; a
    numbered section head too (`numbered_head`) over a line that opens a sentence."""
    text = line.strip()
    return (page_break or bool(re.search(r"[.!?:]$", CITATION_TAIL.sub("", prev.strip()))) or bool(COLON_DASH_END.search(prev.strip()))
            or not ragged and sentence_lost_over(prev.strip(), text, width, after.strip())) \
        and (len(text) < 0.6 * width or _ended_on_purpose(text, after, width)) \
        and (text[:1].isupper() and (not re.search(r"[.!?:;,]$", text) or teaser_head(text))   # (r31enheads: 'A New Parliament...')
             or numbered_head(text) and after.strip()[:1].isupper())   # (a numbered head over a new sentence)


HEAD_SHARE = 0.5   # (r28prints) of the measure: a head after a paragraph whose last words were lost


def sentence_lost_over(before: str, text: str, width: int, after: str | None = None) -> bool:
    """(r28prints) A PDF's text that lost a paragraph's last words at a page or column break (`… in order
    to further aid` / `Infrastructure investment` / `Significant investment is underway …`): the line
    before the head fills the measure and stops on a word that no phrase runs on from (no comma, no
    hyphen, no small word), and the head is a short capitalised phrase (at most HEAD_SHARE of the
    measure, no end mark, not ending on a small word); `after` (page text, where no other test follows):
    the line under it opens with a capital and fills the measure. A paragraph's wrapped lines are full
    and its last line closes its sentence, so a short unpunctuated line after a full one is no part of it."""
    words, own = before.split(), text.split()
    if not words or not own or len(before) < FULL * width or not before[-1:].isalpha() \
            or words[-1].casefold() in SMALL_WORDS or own[-1].casefold() in SMALL_WORDS:
        return False
    if len(text) > HEAD_SHARE * width or not text[:1].isupper() or re.search(r"[.,;:!?\"”’)\]—–-]$", text):
        return False
    return after is None or after[:1].isupper() and len(after) >= FULL * width


def _ended_on_purpose(text: str, after: str, width: int) -> bool:
    """(r25noblank, issue 11) A longer head (`Heavy vehicle registration and motor tax waivers`,
    over 0.6 of the measure but short of FULL) after a closed sentence, over a paragraph whose first
    line fills the measure and opens with a capital: the next line's first word would have fitted
    on it, so the line ended on purpose, as a paragraph's wrapped line never does, and it ends in no
    small word a phrase runs on from."""
    nxt = after.strip()
    return len(text) < FULL * width and bool(nxt) and nxt[:1].isupper() and len(nxt) >= FULL * width \
        and len(text) + 1 + len(nxt.split()[0]) <= width and text.split()[-1].lower() not in SMALL_WORDS


NUMBERED_HEAD = re.compile(r"^\d{1,3}(?:\.\d{1,3}){0,3}\.?\s+(?P<words>[A-Z][^.!?;:,]*?)(?P<stop>\.)?$")
NUMBERED_HEAD_WORDS = 10


def numbered_head(text: str) -> bool:
    """(noblank, issue 11) A numbered section head on its own line in page text (`4.3 Authentication
    and Lifecycle Management`, `10. Versions of the License`; a licence closes it with a stop in
    title case, `5. Conveying Modified Source Versions.`): a number (`4`, `4.3`, `10.`), then a
    capital and at most NUMBERED_HEAD_WORDS words with no mark inside them, no end mark but a
    stop, and with a stop every word but the small ones capitalised. pdftotext and a PDF viewer's
    copy set it between two paragraphs with no blank line around it, and its digit kept it from
    standing alone as a capitalised line does. A numbered list item is a sentence (a verb, lower
    case words, a comma) or runs on; a number over a bare figure has no words."""
    match = NUMBERED_HEAD.match(text)
    if not match:
        return False
    words = match["words"].split()
    if len(words) > NUMBERED_HEAD_WORDS or not re.search(r"[^\W\d_]{3,}", match["words"]) or words[-1].lower() in SMALL_WORDS:
        return False
    if match["stop"]:
        content = [w for w in words if w.lower() not in SMALL_WORDS]
        return all(w[:1].isupper() or w[:1].isdigit() for w in content)
    return True


SMALL_WORDS = frozenset("a an the of and or nor for to in on at by with from as into upon under over "
                        "against between within without per via vs v".split())
HEADLINE_WORDS = (3, 16)   # words in a headline set whole at the measure
HEADLINE_CAPS = 0.8        # share of its words (small words aside) that open with a capital


def headline_set_whole(text: str, after: str) -> bool:
    """(wrap round, issue 11) A line that opens a paragraph in page text, reaches the measure and
    is a headline in title case (`Statute Law Revision Bill 2012 [Seanad]: Second and Subsequent
    Stages`: 3-16 words, four in five of them, small words aside, opening with a capital or a
    digit, no end mark or comma or small word at its end, some lower case, no layout columns),
    over a line that opens as a sentence does (a capital, then its next word, small words aside,
    in lower case: `I move: …`): a title or a heading a PDF copy sets whole on its line, not a
    paragraph's first line running on (with no blank line under it, pdftotext glued it to the
    paragraph). Running text reaching the margin holds lower-case words; a title wrapped over two
    lines goes on in title case (`… Rules of the State` / `Council (No. 21 …`) and stays joined."""
    text = text.strip()
    words = text.split()
    if not HEADLINE_WORDS[0] <= len(words) <= HEADLINE_WORDS[1] or re.search(r"[.!?;,:\-–—]$", text) \
            or not after.strip()[:1].isupper() or words[-1].lower() in SMALL_WORDS:
        return False   # ('… Congress of the' / 'People's Republic …': a line cut before its last words)
    if "   " in text or not re.search(r"[a-z]", text):
        return False   # columns of a layout ('Network Working Group      S. Josefsson'); a clause in capitals
    nxt = [w for w in after.split()[1:] if w.strip("([\"'“‘").lower() not in SMALL_WORDS]
    if not nxt or not nxt[0].strip("([\"'“‘")[:1].islower():
        return False   # the line under it goes on in title case ('Council (No. 21 …'): a title wrapped, not a sentence
    content = [w for w in words if w.strip("([\"'“‘").lower() not in SMALL_WORDS]
    capped = sum(1 for w in content if w.strip("([\"'“‘")[:1].isupper() or w.strip("([\"'“‘")[:1].isdigit())
    return bool(content) and capped >= HEADLINE_CAPS * len(content) and text[:1].isupper()
