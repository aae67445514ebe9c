"""Lines -> blocks: one block per paragraph-or-heading candidate.

English text is hard-wrapped at ~70 columns with blank lines between
paragraphs, so a blank-separated group is one block (lines joined with a
space). Chinese text here has one paragraph per line; if it was hard-wrapped
(many lines of one length), wrapped lines are joined without a space.
Then fragment lines left by inline formatting (a lone '。', '2.5', a bold
phrase cut out of its sentence) are glued back to the text around them.
"""
from __future__ import annotations

import bisect
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, replace

from . import lists
from . import signals as sg
from . import unwrap, verbatim
from ..clean.vocab import LOST_MARKS_DATE


@dataclass
class Block:
    text: str            # stripped text, lines joined
    line: int            # decoded line number of its first line
    indent: int = 0      # indentation of its first line, in columns
    lines: int = 1       # how many source lines it holds
    open: bool = False   # made by gluing fragments and still not ended: takes the next line too
    code: bool = False   # a fenced code block (markdown ``` … ```): never a heading, never glued
    verbatim: str = ""   # "code" / "layout": `text` keeps its lines ("\n") and spaces (verbatim.py)
    language: str = ""   # a fence's info string: the listing's language
    hang: int = -1       # indentation of its second source line (-1: one line); a first-line indent has hang < indent
    right: int = 0       # column where its longest source line ends (English blocks; 0: not measured)
    item: bool = False   # opens with the marker of a list item in a run of them (lists.py): never a heading
    provision: bool = False   # an Act's section heading over its text (`_provision_heads`): a heading
    cell: bool = False   # a cell of a table flattened one cell a line (`table_cells`): never a heading, never glued
    headline: bool = False    # an item's headline glued over its paragraph (`_headline_over_text`, round6): a heading
    numbered: bool = False    # (r28books) a lone division number over its name, read as one (headings.merge_labels): a heading
    opened: bool = False      # (r30noblank) a section's text its bare number opens under the side head over it: never a heading


class _Joiner:
    """Collects the pieces of one block; joins them once (no quadratic string growth)."""

    def __init__(self, block: Block, sep: str):
        self.block, self.sep, self.parts = block, sep, [block.text]

    def add(self, text: str, lines: int = 1) -> None:
        self.parts.append(text)
        self.block.lines += lines

    def last(self) -> str:
        return self.parts[-1]

    def done(self) -> Block:
        self.block.text = self.sep.join(self.parts)
        return self.block


QUOTE_BLANK = re.compile(r"^\s{0,3}>\s*$")   # a Markdown block quote's empty line ('>'): its paragraphs' break


def _groups(lines, numbers):
    """Blank-separated runs of (line, number). (r28markdown) Inside a Markdown block quote, a line
    that is the quote's mark alone ('>') breaks its paragraphs as a blank line does ('> Guidelines'
    / '>' / '> Regulations' are two paragraphs of the quote, never one)."""
    group: list[tuple[str, int]] = []
    for line, number in zip(lines, numbers):
        if line.strip() and not (group and QUOTE_BLANK.match(line) and group[-1][0].lstrip().startswith(">")):
            group.append((line, number))
        elif group:
            yield group
            group = []
    if group:
        yield group


def strong_heading(text: str) -> bool:
    """Lines that are headings whatever surrounds them: '# …', 'CHAPTER I. …', 'Article 5'.
    (r42) A provision's label set off from its name by a dash or a colon ('Article 4 - Appointment of
    harbour masters', 'Section 12: Powers of the board') is one up to 80 characters: no sentence opens so."""
    style = sg.numbering(text)
    return style.startswith("md") or (style == "chapter" and len(text) <= 80) \
        or (style in ("article", "section") and (len(text) <= 40 or len(text) <= 80 and _label_dash_name(text))
            and not sg.ends_with(text, ",;:") and not sg.CITING.match(text))


LABEL_DASH_NAME = re.compile(r"^(?:ARTICLE|Article|SECTION|Section|Sec\.|SEC\.|§)\s*[\dIVXLC][\w.]*\s*(?:\s[-–—]|[-–—]\s|:)\s*(?P<name>[A-Z(][^.;:!?]*)$")
LABEL_NAME_WORDS = 10


def _label_dash_name(text: str) -> bool:
    match = LABEL_DASH_NAME.match(text.strip())
    return bool(match) and len(match["name"].split()) <= LABEL_NAME_WORDS


LABEL_ONLY = re.compile(r"^(?:CHAPTER|Chapter|ARTICLE|Article|SECTION|Section|BOOK|Book|PART|Part"
                        r"|DIVISION|Division|SUBDIVISION|Subdivision)(?:\.?\s+|\s?-\s?(?=[\dIVXLC]))"   # 'DIVISION 1' / 'HEALTH' (r25labels);
                        #   'Part-1' / 'Preliminary': the number joined by a hyphen (r28acts)
                        r"(?:[IVXLCDM]+|\d{1,3}|" + sg.SPELLED_CAPS + r")\.?$")   # 'PART ONE' (r22legal)
TITLE_WORDS = 8        # a chapter title on the line under its number is a phrase, not a sentence
LABEL_AND_NAME = re.compile(LABEL_ONLY.pattern.rstrip("$") + r"\s+(?P<name>\S.*)$")


def label_over_name(text: str) -> bool:
    """(enlabel) A division's label and its name, read as one block from two lines (`_label_and_title`:
    'ARTICLE II' / 'The Community and the Individual'): a heading however long the name, within
    TITLE_WORDS words and no end mark (`strong_heading` holds a one-line 'Article 5 …' to 40
    characters, since a sentence may open with it)."""
    match = LABEL_AND_NAME.match(text)
    return bool(match) and len(match["name"].split()) <= TITLE_WORDS and not re.search(r"[.,;:!?]$", match["name"])
# (r28books) a book's chapter or part number ALONE on its line, Arabic or Roman, maybe with a stop
# ('1' / 'The Old Sea-dog at the "Admiral Benbow"', 'I.' / 'OF OUR SPIRITUAL STRIVINGS', 'XIV'), a
# serial's paper number with the series' word ('FEDERALIST. No. 1', 'No. 12'): the division's label,
# its name on the next line or block
# (r44) a chapter's number spelled out in capitals or title case ('ONE', 'Two', 'TWENTY'), as a novel sets it
NUMBER_WORDS = ("one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
                "seventeen eighteen nineteen twenty").split()
WORD_NUMBER = "|".join([w.upper() for w in NUMBER_WORDS] + [w.capitalize() for w in NUMBER_WORDS])
LONE_DIVISION_NUMBER = re.compile(rf"^(?:\d{{1,3}}|[IVXLC]{{1,6}}|{WORD_NUMBER})\.?$")
SERIAL_NUMBER = re.compile(r"^(?:[A-Z][A-Za-z]{2,20}\.?\s+)?(?:No|NO|Number|NUMBER)\.?\s+(?:\d{1,3}|[IVXLCDM]{1,8})\.?$")
NAME_WORDS = 12   # words of a division's name under its number ('Of Mr. Booker T. Washington and Others')


def division_name(text: str) -> bool:
    """(r28books) The line under a lone division number that names the division: a phrase opening
    with a capital (or an opening quote), at most NAME_WORDS words, no clause or end mark at its end
    (a stop only after a name in capitals, 'OF THE DIVISION OF LABOUR.'), no number of its own."""
    text = text.strip()
    if not text or not (text[0].isupper() or text[0] in "\"“‘'" and text[1:2].isupper()):
        return False
    if len(text.split()) > NAME_WORDS or re.search(r"[,;:!?]$", text) or sg.numbering(text):
        return False
    if REPORT_PERIOD.match(text):
        return False   # (r29reports) '1' / 'FOR THE YEAR ENDED DECEMBER 31, 2018': a cover's folio over its period line
    return not text.endswith(".") or sg.is_all_caps(text)


# (r29reports) the period a report covers, as its cover states it on a line of its own ('FOR THE YEAR ENDED
# DECEMBER 31, 2018', 'For the period 1 April 2020 to 31 March 2021', 'As at 30 June 2021'): no division's name
REPORT_PERIOD = re.compile(r"^(?i:for\s+the\s+(?:[\w-]+\s+){0,2}(?:year|period|quarter|half[- ]year|months?)\s+"
                           r"(?:ended|ending|from|to|of|(?=\d))|as\s+(?:at|of))\s*\S")


ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}


def _label_value(label: str) -> int | None:
    """The value of a lone division number ('12', 'XIV.', 'FEDERALIST. No. 2' -> 2)."""
    token = label.split()[-1].rstrip(".") if label.split() else ""
    if token.isdigit():
        return int(token)
    if token.casefold() in NUMBER_WORDS and (token.isupper() or token.istitle()):
        return NUMBER_WORDS.index(token.casefold()) + 1   # (r44) 'THREE' over 'The Keeper's Story'
    if not token or any(ch not in ROMAN_VALUES for ch in token):
        return None
    value, last = 0, 0
    for ch in reversed(token):
        n = ROMAN_VALUES[ch]
        value, last = value - n if n < last else value + n, max(last, n)
    return value


def division_numbers(blocks) -> set[int]:
    """(r28books) The blocks that are lone division numbers over their names (`lone_division_number`,
    or a block already read as one, `Block.numbered`) AND number divisions in a series: the first
    (`1`, `I.`, `No. 1`), or one of two such numbers in a row one apart (`IV` … `V`, an excerpt's
    chapters), or any Roman number (`III` over `The Inn at the Ford`: figures are not set in Roman). A
    number in digits over a short line that numbers nothing in order (a slide's `45` over `New
    schools opened`, then `12` over `Clinics built`) is no chapter's."""
    found: dict[int, int] = {}
    roman: set[int] = set()
    for i, block in enumerate(blocks):
        label = block.text.split(None, 1)[0] if block.numbered else block.text
        if block.numbered and SERIAL_NUMBER.match(" ".join(block.text.split()[:3])):
            label = " ".join(block.text.split()[:3])
        if block.numbered or block.lines == 1 and i + 1 < len(blocks) and lone_division_number(block.text, blocks[i + 1].text):
            value = _label_value(label)
            if value is not None:
                found[i] = value
                token = label.split()[-1].rstrip(".")
                roman |= {i} if not token.isdigit() and token.casefold() not in NUMBER_WORDS else set()   # words count as digits
    ordered = sorted(found)
    series = {i for i in ordered if found[i] == 1} | roman
    for a, b in zip(ordered, ordered[1:]):
        if found[b] == found[a] + 1:
            series |= {a, b}
    return series


DATE_NAME = re.compile(r"^(?:[A-Za-z]+\.?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?(?:1[5-9]|20)\d\d$")   # 'JANUARY 2012'


def repeated_lines(blocks) -> Counter:
    """(r28books) How often each one-line block's text stands in the text (case and spaces aside): a
    running head printed on every page of a PDF's text stands again and again, a chapter's name once."""
    return Counter("".join(b.text.split()).casefold() for b in blocks if b.lines == 1)


def page_furniture(before: str, number: str, name: str, repeated: Counter, own: int = 1) -> bool:
    """(r28books) A lone number between a running head and the next (`AGE OF MAJORITY ACT 2001` / `2` /
    `Meaning of words`; `2` / `The Cayman Islands Constitution Order 2009`): the head (the line
    before the number, or the line after it) stands elsewhere in the text too, so the number is the
    page's folio, no chapter's (a folio is in digits; a line with no letters, '* * *', is no head). A date under an issue's number ('NO. 15' / 'JANUARY 2012') names
    no division either. `own`: the name's own line among the counted ones (0 when it is no block of its own)."""
    key = lambda t: "".join(t.split()).casefold()
    return repeated[key(name)] > own or bool(DATE_NAME.match(name.strip())) \
        or number.strip().isdigit() and any(ch.isalpha() for ch in before) and repeated[key(before)] > 1


def lone_division_number(text: str, after: str) -> bool:
    """(r28books) A chapter's or paper's number alone on its line with its name under it
    (LONE_DIVISION_NUMBER or SERIAL_NUMBER over `division_name`): the label of a division, no
    fragment of the sentence before it (a 'PM2.5' cut by inline formatting is glued back)."""
    text = text.strip()
    return bool(LONE_DIVISION_NUMBER.match(text) or SERIAL_NUMBER.match(text)) and division_name(after)


# (unseen14) a law site's act viewer sets each section's number alone on its line over its marginal
# note ('1.' / 'Short title', '12A.' / 'Application'), maybe with the first subsection's number
# alone after them ('(1)'): number and note are one heading, the lone subsection number opens the text
SECTION_NUMBER_ONLY = re.compile(r"^\d{1,3}[A-Z]{0,2}\.$")
SECTION_OPENING = re.compile(r"^\d{1,3}[A-Z]{0,2}\.(?:\s+[A-Z(“\"]|$)")   # (r26legal) '1. This is …', '12.'
SUBSECTION_OPENS = re.compile(r"^\(1\)\s+[A-Z“\"]")   # (r26legal) a section's first subsection: '(1) Every …'

SUBSECTION_NUMBER_ONLY = re.compile(r"^\(\d{1,3}[a-z]?\)$")


STACKED_NAME_LINES = 2   # lines of a division's name in capitals under its label: a long name wrapped once


def _stacked_labels(group) -> list[Block] | None:
    """(r22legal) Division labels over their names in capitals, stacked with no blank line between
    them, as a print of a civil-law act sets a Part and the first Section inside it (`PART TWO` /
    `COMPUTER CRIMES` / `SECTION ONE` / `CRIMES AGAINST COMPUTER SYSTEM AND COMPUTER` / `DATA`): each
    label (LABEL_ONLY) with the one or two capitals lines under it (its name, maybe wrapped) is one
    heading. The whole group must be such pairs, at least three lines; a label over a sentence, a
    name in lower case or with an end mark, a numbered line, leaves the group as it was."""
    if len(group) < 3:
        return None
    texts = [line.strip() for line, _ in group]
    out, k = [], 0
    while k < len(texts):
        if not LABEL_ONLY.match(texts[k]):
            return None
        end = k + 1
        while end < len(texts) and end - k <= STACKED_NAME_LINES and not LABEL_ONLY.match(texts[end]) \
                and sg.is_all_caps(texts[end]) and not sg.numbering(texts[end]) and not re.search(r"[.,;:!?]$", texts[end]):
            end += 1
        if end == k + 1 or len(" ".join(texts[k + 1:end]).split()) > 2 * TITLE_WORDS:
            return None
        line, number = group[k]
        out.append(Block(" ".join(texts[k:end]), number, sg.indent_of(line), end - k))
        k = end
    return out


def _label_and_title(group) -> bool:
    """'CHAPTER I.' over 'The Period', alone together between blank lines: one heading, the
    number's title on the next line. A heading followed by its text without a blank line
    ('Article 5' / 'No one shall be …', wrapped) is not: the text runs on, or ends a sentence."""
    if len(group) != 2:
        return False
    label, title = group[0][0].strip(), group[1][0].strip()
    words = 2 * TITLE_WORDS if sg.is_all_caps(title) and LABEL_ONLY.match(label) else TITLE_WORDS   # (r26legal) a name in
    #   capitals is a name however long ('CHAPTER ONE' / 'SOVEREIGNTY OF THE PEOPLE AND SUPREMACY OF THIS CONSTITUTION')
    return bool(LABEL_ONLY.match(label) or SECTION_NUMBER_ONLY.match(label)) and len(title.split()) <= words \
        and title[:1].isupper() and not re.search(r"[.,;:!?]$", title) and not sg.numbering(title)


MASTHEAD_WORDS = 4   # words of a series' name printed over each paper's number


def _masthead_over_number(group) -> bool:
    """(round6, xxg3) A serial's paper opens with the series' name in capitals right over its number,
    no blank line between (`THE FEDERALIST.` / `No. XLV.`): two lines, the second a bare numbered
    label (`No. XLV.`, `CHAPTER IX.`), the first a short capitals line. The number heads the paper;
    the name is the masthead every paper repeats, a line of the text."""
    top, label = group[0][0].strip(), group[1][0].strip()
    return sg.numbering(label) == "chapter" and len(label.split()) <= 2 and sg.is_all_caps(top) \
        and 0 < len(top.split()) <= MASTHEAD_WORDS and not sg.numbering(top)


def _label_lines(label: str) -> int:
    """A bare section number and its note read as one numbered line ('1. Short title'), as the
    printed Act sets them; a chapter's label over its title keeps its two lines."""
    return 1 if SECTION_NUMBER_ONLY.match(label.strip()) else 2


def _jurisdiction_over_name(group) -> bool:
    """(r22legal) A jurisdiction's name on the line over a legal instrument's name, no blank line
    between (a legal institute's page: `Malawi` / `General Interpretation Act` / `Chapter 1:01`): the
    place is not a word of the name, so the two lines are two blocks (the title reader keeps the place
    as front matter, front._jurisdiction_over_name). The place (sg.JURISDICTION: up to four
    capitalised words, no instrument word) must be named again in the group's later lines (`Laws of
    Malawi`): a capitalised label over an Act's name that the text never repeats stays as it was."""
    if len(group) < 3:
        return False
    place, name = group[0][0].strip(), group[1][0].strip()
    if not sg.JURISDICTION.match(place) or not sg.INSTRUMENT_NAME.match(name):
        return False
    key = place.casefold()
    return any(key in line.casefold() for line, _ in group[2:])


def _code_line_under_closed(group, k: int) -> bool:
    """(r45, issue 11) A code's section line (`NRS 0.030 Gender, number and tense.`, `§ 4-2 Fees.`:
    `english._code_section_head`) right under a line that closes a sentence or the section before's
    source note (`(Added to NRS by 1991, 809)`): a print that lost the blank line between two
    sections starts the next one there, not inside the note's paragraph."""
    if k == 0 or group[k - 1][0].strip()[-1:] not in ".)":
        return False
    from .english import _code_section_head   # english reads blocks: imported here
    return _code_section_head(group[k][0].strip())


def _english_blocks(group, words, width: int = 0, unwrapped: bool = False,
                    listed=lambda text: False, continued: bool = False, measure: int = 0) -> list[Block]:
    """A blank-separated group is one paragraph (a PDF's blank-free page text is first split by
    line width, unwrap.py); a word hyphenated at a line end is mended. In `unwrapped` text (one
    long line per paragraph) a line that ends a sentence ends its paragraph. A line the text's
    own contents list names (`listed`) stands alone: extracted page text puts no blank line
    between a heading and its first paragraph. A drafter's subsection heading ('(b) Report.--…')
    opens a paragraph: a bill prints its subsections without blank lines between them (unseen2)."""
    if width:
        return [b for part in _labels_over_titles(unwrap.split_wrapped(group, width, continued))
                for b in _english_blocks(part, words, 0, False, listed)]
    if _jurisdiction_over_name(group):   # 'Malawi' / 'General Interpretation Act': the place, then the Act's name (r22legal)
        (place, number) = group[0]
        return [Block(place.strip(), number, sg.indent_of(place))] + _english_blocks(group[1:], words, width, unwrapped, listed, measure=measure)
    if len(group) == 2 and _masthead_over_number(group):
        (masthead, m_number), (label, number) = group   # 'THE FEDERALIST.' over 'No. XLV.': the series' name, then the paper's number
        return [Block(masthead.strip(), m_number, sg.indent_of(masthead)), Block(label.strip(), number, sg.indent_of(label))]
    if (stacked := _stacked_labels(group)) is not None:
        return stacked
    if len(group) >= 2 and sg.SCHEDULE_ALONE.match(group[0][0].strip()) and sg.REFERENCE_LINE.match(group[1][0].strip()):
        (label, number), (reference, _) = group[:2]   # 'SCHEDULE' / 'Article 3' / its name …: the label and the provision
        #   that gives it force are one heading, the reference no article of its own (r26legal)
        return [Block(f"{label.strip()} {reference.strip()}", number, sg.indent_of(label), 2)] \
            + _english_blocks(group[2:], words, width, unwrapped, listed, measure=measure)
    if _label_and_title(group):
        (label, number), (title, _) = group
        return [Block(f"{label.strip()} {title.strip()}", number, sg.indent_of(label), _label_lines(label))]
    if len(group) == 2 and lone_division_number(group[0][0], group[1][0]):
        (label, number), (title, _) = group   # 'I.' / 'Of Our Spiritual Strivings': a chapter's number over its name (r28books)
        return [Block(f"{label.strip()} {title.strip()}", number, sg.indent_of(label), 2, numbered=True)]
    part = next((k for k in range(len(group) - 2) if strong_heading(group[k][0].strip())
                 and SECTION_NUMBER_ONLY.match(group[k + 1][0].strip()) and _label_and_title(group[k + 1:k + 3])
                 and len(group) - k <= 4), None)
    if part is not None:   # 'PART I – INTRODUCTORY' / '1.' / 'Short title': the Part, then its first section
        (line, number) = group[part]
        return (_english_blocks(group[:part], words, width, unwrapped, listed, measure=measure) if part else []) \
            + [Block(line.strip(), number, sg.indent_of(line))] + _english_blocks(group[part + 1:], words, width, unwrapped, listed, measure=measure)
    if len(group) == 3 and SECTION_NUMBER_ONLY.match(group[0][0].strip()) and _label_and_title(group[:2]) \
            and SUBSECTION_NUMBER_ONLY.match(group[2][0].strip()):
        (label, number), (title, _), (sub, sub_number) = group   # '3.' / 'Interpretation of terms' / '(1)'
        return [Block(f"{label.strip()} {title.strip()}", number, sg.indent_of(label), 1),
                Block(sub.strip(), sub_number, sg.indent_of(sub))]
    if len(group) > 2 and _label_and_title(group[:2]) and sg.SUBSECTION_HEAD.match(group[2][0].strip()):
        # 'CHAPTER I' / 'PRELIMINARY' / '1. Short title, ….—(1) …': the chapter's label and name,
        # then its first section run in, no blank line between (unseen5, xv9)
        (label, number), (title, _) = group[:2]
        return [Block(f"{label.strip()} {title.strip()}", number, sg.indent_of(label), 2)] \
            + _english_blocks(group[2:], words, width, unwrapped, listed, measure=measure)
    joiners: list[_Joiner] = []
    ended = labelled = False   # labelled: the block so far is a bare division label or section number alone on its line
    named = None               # the label and name lines just joined (`_name_goes_on`)
    numbered = _numbered_head(group)
    closed = False   # the block so far is a listed line, lines that together make one (a wrapped title), or a numbered head
    items = lists.item_starts([line.strip() for line, _ in group])   # list items: each opens a block
    for k, (line, number) in enumerate(group):
        text = line.strip()
        if labelled and _label_and_title(group[k - 1:k + 1]):   # (r25noblank) 'PART ONE' / 'GENERAL': one heading
            label = joiners[-1].parts[0]
            joiners[-1].parts[0] = f"{label} {text}"
            joiners[-1].block.lines = _label_lines(label)
            labelled, closed, named = False, True, (group[k - 1], group[k])
            continue
        if named and _name_goes_on(named, text):   # its name in capitals wrapped once
            joiners[-1].parts[0] += f" {text}"
            joiners[-1].block.lines += 1
            named = None
            continue
        named = None
        alone = closed or listed(text) or k in items or bool(sg.SUBSECTION_HEAD.match(text)) \
            or k > 0 and unwrap.numbered_opening(group[k - 1][0], text) \
            or _dateline_at(group, k) or k >= 2 and _dateline_at(group, k - 1) and not text[:1].islower() \
            or _code_line_under_closed(group, k)   # '(b) Report.--…' opens a paragraph;
        #   (r30enpdf) so does a numbered paragraph or sub-section ('1) The following …') under a line that
        #   names nothing it numbers: a print's hard-wrapped text puts no blank line between them
        # (r26legal) a side head over a section's bare number ('Establishment of public libraries' / '3.' /
        # '(1) Every …'): the number opens the section's text, it is no word of the head; and the number
        # takes the first subsection under it, an item though that line is
        bare = bool(joiners) and len(joiners[-1].parts) == 1 and bool(SECTION_NUMBER_ONLY.match(joiners[-1].parts[0]))
        alone = alone and not (bare and k in items and bool(SUBSECTION_OPENS.match(text))) \
            or bool(SECTION_NUMBER_ONLY.match(text)) and bool(joiners) and len(joiners[-1].parts) == 1 \
            and _side_head(joiners[-1].parts[0]) \
            or k + 1 < len(group) and _side_head(text) and bool(SECTION_NUMBER_ONLY.match(group[k + 1][0].strip()))
        #   (with no blank lines, the side head itself opens a block: 'Short title' / '1.' / 'This Act …' run on
        #   from the section before it otherwise)
        if joiners and not ended and not alone and not strong_heading(text) and not strong_heading(joiners[-1].parts[0]) \
                and not sg.is_image_line(text) and not sg.is_image_line(joiners[-1].last()) \
                and not (k == 1 and (_capitals_under_title(group[0][0].strip(), text) or _field_under_title(group[0][0].strip(), text)
                                     or _byline_under_title(group[0][0].strip(), text))) \
                and not _capitals_set_apart(group, k):
            mended = unwrap.join_hyphenated(joiners[-1].last(), text, words)
            if mended is None:
                joiners[-1].add(text)
            else:
                joiners[-1].parts[-1] = mended
                joiners[-1].block.lines += 1
            block = joiners[-1].block
            block.hang = sg.indent_of(line) if block.hang < 0 else block.hang
            block.right = max(block.right, len(line.rstrip()))
        else:
            # (r30noblank) 'Short title' / '1.' / 'This is The Constitution of …': the side head heads the
            # section; its bare number opens the section's text, whatever shape that text's first line has
            opened = bool(SECTION_NUMBER_ONLY.match(text)) and bool(joiners) and len(joiners[-1].parts) == 1 \
                and _side_head(joiners[-1].parts[0])
            joiners.append(_Joiner(Block(text, number, sg.indent_of(line), right=len(line.rstrip()), item=k in items,
                                         opened=opened), " "))
        # (r30noblank) a blank-free copy at a measure: a line short of it ends what it is in as a line of
        # unwrapped text does (a closed sentence, a head standing apart); a line that filled it runs on
        flat_here = unwrapped or bool(measure) and len(text) < unwrap.FULL * measure and not SECTION_NUMBER_ONLY.match(text)
        #   (a bare section number opens the text under it there, its subsection's '(1)' too)
        ended = flat_here and (unwrap.ends_paragraph(text) or k + 1 < len(group) and unwrap.line_apart(text, group[k + 1][0].strip())) \
            and not (bool(SECTION_NUMBER_ONLY.match(text)) and len(joiners[-1].parts) == 1 and k + 1 < len(group)
                     and bool(re.match(r"(?:\(\d{1,3}\)\s*)?[A-Z“\"]", group[k + 1][0].strip()))
                     and not _label_and_title(group[k:k + 2]) and not sg.numbering(group[k + 1][0].strip()))
        #   (r26legal) a bare section number opens the text under it ('1.' / 'This Bylaw shall be known …')
        ended = ended or bool(measure) and k + 1 < len(group) and unwrap.stands_alone(
            text, group[k + 1][0], measure, False, group[k + 2][0] if k + 2 < len(group) else "")
        #   (r30noblank) a full line closing its sentence over a short head: the head stands alone (page text's rule)
        ended = ended or k > 0 and len(joiners[-1].parts) == 1 and joiners[-1].block.line == number \
            and unwrap.numbered_head(text) and k + 1 < len(group) and _opens_sentence(group[k + 1][0].strip()) \
            and len(text) <= PHRASE_SHARE * len(group[k + 1][0].strip())
        #   (r44) a numbered head that opened a block of its own inside a group ('2. Condition of the defences' at a
        #   printed page's top, under the last page's sentence): it ends there, the sentence under it is its text
        labelled = flat_here and len(joiners[-1].parts) == 1 and joiners[-1].block.line == number \
            and bool(LABEL_ONLY.match(text) or SECTION_NUMBER_ONLY.match(text))
        closed = (numbered and len(joiners) == 1 and len(joiners[0].parts) == 1) \
            or len(joiners[-1].parts) <= 3 and listed(" ".join(joiners[-1].parts)) \
            or len(joiners[-1].parts) == 1 and k > 0 and strong_heading(group[k - 1][0].strip()) and _numbered_head(group[k:]) \
            or len(joiners[-1].parts) == 1 and k > 0 and _name_under_label(group[k - 1][0].strip(), text, group[k + 1:k + 2])
        # (unseen11) 'Part I – General' / '1. Application of Act' / 'The provisions …': a numbered
        # section heading right under a Part's heading, its text run on under it with no blank line
    return [j.done() for j in joiners]


def _dateline_at(group, k: int) -> bool:
    """(r30enpdf) Line k of the group is a dateline under its headline (`front.date_stamp`: printed to PDF
    with no blank line between them, the headline and its date are not one paragraph): the headline is
    the group's first line, or the lines over the date are a masthead in capitals (`PARLIAMENTARY
    DEBATES` / … / `Wednesday, 19th July, 2017`), and the line right over it does not run on to it."""
    from .front import date_stamp   # front imports blocks' neighbours: the date grammar lives there
    if k < 1 or not date_stamp(group[k][0]) or _runs_on_to(group[k - 1][0]):
        return False
    return k == 1 or all(not re.search(r"[a-z]", line) and re.search(r"[A-Z]{2}", line) for line, _ in group[:k])


def _runs_on_to(text: str) -> bool:
    """(r30enpdf) A line a sentence runs on from to a date on the next line (`… comes into force on` /
    `1 July 2020`, `… between 1 July 1994 and 30` / `June 2015`): it ends on a small word, a comma or
    a number (a day cut from its month)."""
    text = text.strip()
    return not text or text.endswith((",", "-", "–", "—")) or text[-1].isdigit() or text.split()[-1].casefold() in unwrap.SMALL_WORDS | {"on", "dated", "until", "since", "before", "after"}


def _name_under_label(label: str, name: str, after) -> bool:
    """(r25labels) A division's bare label, its name on the next line, then a numbered line with no
    blank line between (`Chapter 1` / `Bureau of Harbours` / `§ 101. Duties of the Director.`, a print
    of a code without blank lines): the name ends at its line, the numbered line opens the section
    under it. The name: a phrase (TITLE_WORDS words at most) opening with a capital, no end mark."""
    return bool(after) and bool(LABEL_ONLY.match(label)) and len(name.split()) <= TITLE_WORDS and name[:1].isupper() \
        and not re.search(r"[.,;:!?]$", name) and not sg.numbering(name) and sg.numbering(after[0][0].strip()) in ("section", "1.")


def _labels_over_titles(parts):
    """(r25noblank, issue 11) A division's label or a section's bare number alone on its line over
    the name (`PART ONE` / `GENERAL`, `1.` / `Short title`), in a copy with no blank line around
    them: the width split sets each short line apart, so the two lines would be two blocks (a bare
    number, then a phrase). They are one heading, as `_label_and_title` reads the pair between
    blank lines: the label's one-line part takes the name's one-line part, and a name in capitals
    its rest wrapped on the next line (`SECTION ONE` / `CRIMES AGAINST COMPUTER SYSTEM AND COMPUTER`
    / `DATA`, `_name_goes_on`; `_stacked_labels` reads the three lines as one heading)."""
    out = []
    for part in parts:
        if out and len(out[-1]) == 1 and len(part) == 1 and _label_and_title(out[-1] + part) \
                or out and len(out[-1]) == 2 and len(part) == 1 and _name_goes_on(out[-1], part[0][0]):
            out[-1] = out[-1] + part
        elif out and len(out[-1]) == 1 and SECTION_NUMBER_ONLY.match(out[-1][0][0].strip()) \
                and re.match(r"(?:\(\d{1,3}\)\s*)?[A-Z“\"]", part[0][0].strip()) and not _label_and_title(out[-1] + part[:1]) \
                and not sg.numbering(part[0][0].strip()):
            out[-1] = out[-1] + part   # (r26legal) '1.' / 'This Bylaw shall be known …': the bare number opens its text
        else:
            out.append(part)
    return out


def _name_goes_on(pair, line: str) -> bool:
    """A division's label and its name in capitals (`_label_and_title`), and under them a line in
    capitals that goes on the name (no number, no label, no end mark, the whole name at most
    2 * TITLE_WORDS words): a long name wrapped once."""
    (label, _), (name, _) = pair
    text = line.strip()
    return bool(LABEL_ONLY.match(label.strip())) and sg.is_all_caps(name.strip()) and sg.is_all_caps(text) \
        and not sg.numbering(text) and not LABEL_ONLY.match(text) and not re.search(r"[.,;:!?]$", text) \
        and len(f"{name} {text}".split()) <= 2 * TITLE_WORDS


NUMBERED_HEAD_MAX = 60   # characters: a numbered heading, not a wrapped numbered list item
CAPS_UNDER_TITLE_WORDS = 12   # words of the title line and of the capitals line under it


# (r35) a record's field: a short label, a colon, its value ('Responsible Department: Information Technology')
FIELD_LINE = re.compile(r"^[A-Z][A-Za-z]+(?: [A-Za-z]+){0,3}:\s+\S")


def _field_under_title(first: str, text: str) -> bool:
    """(r35) A headline in capitals with the document's first field under it, no blank line between
    (`AR297 - OPEN DATA PROGRAM` / `Responsible Department: Information Technology`): the field
    line is a line of its own, not the headline's second half. The headline: no lower-case letter,
    two words or more, no end mark; a sentence wrapped before a label would end in lower case."""
    return len(first.split()) >= 2 and not re.search(r"[a-z]", first) and len(re.findall(r"[A-Z]", first)) >= 6 \
        and not re.search(r"[.,;:!?]$", first) and bool(FIELD_LINE.match(text))


def _byline_under_title(first: str, text: str) -> bool:
    """(r35) A book's or an essay's title with its author's line under it, no blank line between
    (`As a Man Thinketh` / `by James Allen`): the byline is a line of its own, not the title's end.
    The byline: `by` and a name as the title block reads an author (front._english_author). The
    title: no end mark, ten words at most; a sentence wrapped before `by` ends in lower case on a
    small word or runs past ten words."""
    from .front import _english_author   # front imports blocks' neighbours: the name grammar lives there
    words = first.split()
    return 1 <= len(words) <= 10 and not re.search(r"[.,;:!?]$", first) and words[-1].casefold() not in unwrap.SMALL_WORDS \
        and bool(re.match(r"by\s", text, re.I)) and _english_author(text) is not None


def _capitals_under_title(first: str, text: str) -> bool:
    """(r25entitle) A page's headline in mixed case with a line in capitals under it, no blank line
    between (`Public Health, Safety and Welfare - Title 34` / `REPUBLIC OF PALAU`: a print's text
    layer puts the headline right over the document's own title block): the capitals line opens a
    new block, it does not continue the headline. The headline: a capital first, lower-case letters,
    no end mark, most words capitalised (title case); the line under it: two words or more, no
    lower-case letter. A sentence wrapped onto a line of capitals (an acronym's run) is no title line."""
    words, under = first.split(), text.split()
    if not (2 <= len(words) <= CAPS_UNDER_TITLE_WORDS and 2 <= len(under) <= CAPS_UNDER_TITLE_WORDS):
        return False
    if not first[:1].isupper() or not re.search(r"[a-z]", first) or re.search(r"[.,;:!?]$", first):
        return False
    if re.search(r"[a-z]", text) or len(re.findall(r"[A-Z]", text)) < 6 or re.search(r"[,;:]$", text):
        return False
    lettered = [w for w in words if w[:1].isalpha()]
    return sum(w[:1].isupper() for w in lettered) >= 0.6 * len(lettered)


CAPS_BLOCK_WORDS = 8   # words of one line of a title block in capitals


def _capitals_set_apart(group, k: int) -> bool:
    """(r30enpdf) A title block in capitals set line by line with no blank line between (a
    parliament's masthead on a PDF's first page: `PARLIAMENTARY DEBATES` / `OFFICIAL REPORT` /
    `SEVENTH PARLIAMENT OF THE FOURTH REPUBLIC OF` / `GHANA`), glued to the text under it with
    no blank line (a caps block between blank lines stays one: a court's cover): the line above line k ended on
    purpose when the first word of line k would have fitted on it within the block's longest
    capitals line, and it ends on no function word. A title wrapped at the measure (`THE WONDERFUL
    WIZARD` / `OF OZ`: the next word would not fit) or cut before a small word (`… REPUBLIC OF` /
    `GHANA`) runs on. Both lines in capitals, at most CAPS_BLOCK_WORDS words, at the group's top, no
    digit in the lines down to line k (a code site's label over a section's number line is no masthead)."""
    if k == 0:
        return False
    top = []
    for line, _ in group:
        text = line.strip()
        if not text or re.search(r"[a-z]", text) or len(re.findall(r"[A-Z]", text)) < 2 or len(text.split()) > CAPS_BLOCK_WORDS:
            break
        top.append(text)
    if k >= len(top) or len(top) == len(group) or any(re.search(r"\d", t) for t in top[:k + 1]):
        return False   # (a caps block between blank lines is set as one: a court's cover lines stay together)
    prev, text = top[k - 1], top[k]
    return prev.split()[-1].casefold() not in unwrap.SMALL_WORDS and not prev.endswith((",", "-", "–", "—")) \
        and len(prev) + 1 + len(text.split()[0]) <= max(len(t) for t in top)


def _numbered_head(group) -> bool:
    """The group opens with a numbered heading glued to its first paragraph ('1. A little
    glossary' / 'You should know …'): page text extracted from a PDF puts no blank line between
    them. A short '1.' / '2.1' line that ends no sentence, with a capital after its number and
    a capital opening the next line; a wrapped list item runs on in lower case or is longer."""
    if len(group) < 2:
        return False
    text, after = group[0][0].strip(), group[1][0].strip()
    style = sg.numbering(text)
    if not (style == "1." or style.startswith("1.1x")) or len(text) > NUMBERED_HEAD_MAX:
        return False
    words = sg.NUMBER_PREFIX.sub("", text)
    # (r35) or the section's first numbered paragraph under it ('1.0 PURPOSE' / '1.1. The purpose of …')
    first_of_its = sg.numbering(after).startswith("1.1x") and after.split(".")[0] == text.split(".")[0]
    return bool(words[:1].isupper() and (after[:1].isupper() or after[:1] in "[(“\"‘" or first_of_its)) and not sg.ends_with(text, ".,;:!?")


def _wrap_width(lines) -> int:
    """The column where a hard-wrapped Chinese text breaks its lines, 0 if it is not wrapped.

    Wrapped: a length (±1) that at least 30% of lines share, that almost no line
    exceeds (one line may), and whose lines mostly stop mid-sentence."""
    texts = [line.strip() for line in lines if line.strip()]
    lengths = Counter(len(t) for t in texts)
    if len(texts) < 6:
        return 0
    width = max(lengths, key=lambda n: (lengths[n] + lengths.get(n - 1, 0), n))
    at_width = [t for t in texts if width - 1 <= len(t) <= width + 1]
    longer = sum(1 for t in texts if len(t) > width + 1)
    ended = sum(1 for t in at_width if sg.ends_sentence(t))
    # one line past the width is allowed however short the text, and where blank lines set the
    # paragraphs apart, the share counts among the lines of paragraphs that run over two or more
    # lines: one-line paragraphs were never wrapped (unseen4: a BBS post wrapped at 80 columns, one
    # of its lines two characters longer once its half-width commas became full-width)
    runs = _multi_line_runs(lines)
    share = len(at_width) / runs if runs >= 6 and runs < len(texts) else len(at_width) / len(texts)
    if width < 20 or share < 0.3 or longer > max(1, 0.05 * len(texts)):
        return 0
    return width if ended < 0.5 * len(at_width) else 0


def _multi_line_runs(lines) -> int:
    """How many lines stand in runs of two or more non-blank lines (blank lines between runs)."""
    total = run = 0
    for line in list(lines) + [""]:
        if line.strip():
            run += 1
        else:
            total += run if run >= 2 else 0
            run = 0
    return total


def _chinese_blocks(group, width: int, indented: tuple[int, int] | None = None) -> list[Block]:
    """Paragraphs of Chinese lines: a line of the text's wrap width runs on; in layout mode whose
    paragraphs open indented (`indented`: the margin and the widest line's display width), a line
    runs on into a line back at the margin (`_runs_to_margin`)."""
    joiners: list[_Joiner] = []
    wrapped = False
    for k, (line, number) in enumerate(group):
        text = line.strip()
        if joiners and wrapped:
            joiners[-1].add(text)
        else:
            joiners.append(_Joiner(Block(text, number, sg.indent_of(line)), ""))
        wrapped = bool(width) and width - 1 <= len(text) <= width + 1 \
            and not (k + 1 < len(group) and _opens_indented(group[k + 1][0], line)) \
            or bool(indented) and k + 1 < len(group) and _runs_to_margin(line, group[k + 1][0], *indented)
    return [j.done() for j in joiners]


def _opens_indented(after: str, line: str) -> bool:
    """(r42indent) The next line opens a paragraph by the Chinese first-line indent (two ideographic
    spaces, `　　过去一年，…`) and this line does not stand so: a line at the wrap width runs on into
    its paragraph's next line, never into the next paragraph. A heading as long as the measure
    (`1.经济运行稳中有进，主要经济指标…迈出坚实步伐` over `　　过去一年，…`) was glued to its text."""
    return after.startswith("\u3000\u3000") and not line.startswith("\u3000")


LAYOUT_FIRST_LINES = 2   # paragraphs opening indented over a line at the margin: a layout-mode text's shape
LAYOUT_FULL = 0.85       # of the widest line: a line that reached the margin


def layout_indents(lines) -> tuple[int, int] | None:
    """(r27layout) A Chinese text in layout mode (`pdftotext -layout`) whose paragraphs open with their
    first-line indent and go on at the margin: (margin, the measure in display columns), or None.
    The text is wrapped at a page's measure (40-110 columns, no line much wider), and at least
    LAYOUT_FIRST_LINES lines indented by 2 to 6 spaces reach the measure over a line at the margin
    (a web page's copy, one paragraph a line indented by U+3000, has no measure)."""
    filled = [line for line in lines if line.strip()]
    if len(filled) < LAYOUT_LINES_MIN:
        return None
    margin = min(sg.indent_of(line) for line in filled)
    reach = sorted(display_width(line.strip()) + sg.indent_of(line) - margin for line in filled)
    widest = reach[int(len(reach) * 0.9)]
    if not LAYOUT_MEASURE[0] <= widest <= LAYOUT_MEASURE[1] or reach[-1] > LAYOUT_OVER * widest:
        return None   # one paragraph a line (a web page's copy), or no page's measure
    pairs = sum(1 for a, b in zip(lines, lines[1:]) if a.strip() and b.strip()
                and 2 <= len(a) - len(a.lstrip(" ")) - margin <= 6 and sg.indent_of(b) == margin
                and display_width(a.strip()) + sg.indent_of(a) - margin >= LAYOUT_FULL * widest)
    return (margin, widest) if pairs >= LAYOUT_FIRST_LINES else None


LAYOUT_LINES_MIN = 8
LAYOUT_MEASURE = (40, 110)   # display columns of a printed page's line
LAYOUT_OVER = 1.15           # no line much wider than the measure: the text is wrapped at it


def _runs_to_margin(line: str, after: str, margin: int, widest: int) -> bool:
    """(r27layout) In layout mode the next line back at the margin goes on with this paragraph: a
    paragraph's first line stands indented, its other lines at the margin, so a line at the margin
    opens no paragraph. Not after a line that ends a sentence short of the margin (the last line of a
    paragraph over a flush line), nor into a numbered line (a heading), nor out of a numbered line
    short of the margin (a heading over a paragraph set flush)."""
    text, nxt = line.strip(), after.strip()
    if not nxt or sg.indent_of(after) != margin or sg.numbering(nxt):
        return False
    reach = display_width(text) + sg.indent_of(line) - margin
    full = reach >= LAYOUT_FULL * widest
    if sg.numbering(text) and not full:
        return False
    return full or not PRINTED_END.search(text)


# ---- Chinese text printed to PDF ---------------------------------------------------------
PRINT_MIN_LINES = 12   # lines with text: fewer is not a page's worth (a one-page notice printed to PDF has 12-20: unseen5, perturb)
PRINT_PROSE_MIN = 6    # (r33zhprint) lines of prose left when a table's cells are set aside (`_prose_lines`)
PRINT_FULL = 0.9       # a line at least this share of the printed width reached the margin


def display_width(text: str) -> int:
    """Columns as printed: a Han character or full-width mark takes two, Latin letters and
    digits one (a proportional font sets them about half as wide as a Han character). Quotes,
    dashes and the ellipsis (`“三化”`, `——`, `……`; East Asian width 'ambiguous') take two too:
    a Chinese font sets them a full em wide, so a line with four quotes in it still reaches the
    margin (newdocs, xn5)."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" or ch in CJK_EM_MARKS else 1 for ch in text)


CJK_EM_MARKS = frozenset("“”‘’—…")


def print_width(lines) -> int:
    """The printed line width (in display columns) of Chinese text extracted from a PDF, 0 if
    it is not such text.

    A browser or word processor breaks a Chinese line wherever the next character does not
    fit, so most lines of a paragraph reach the same width; their length in characters varies
    with the digits and Latin letters in them (`20.94万亿元`), which a character count cannot
    see (`_wrap_width` then finds no width). Printed: a width that at least 30% of the lines
    reach within 10%, that almost no line exceeds by more than 10%, and whose full lines
    mostly stop mid-sentence."""
    if sum(1 for line in lines if line.strip()) < PRINT_MIN_LINES:
        return 0
    lines = _prose_lines(lines)
    widths = sorted(display_width(t) for t in (line.strip() for line in lines) if t)
    if len(widths) < PRINT_PROSE_MIN:
        return 0
    width = widths[int(len(widths) * 0.9)]
    full = [w for w in widths if w >= PRINT_FULL * width]
    # one line over the width is allowed however short the text (a 17-line notice's one unwrapped line; perturb)
    if width < 40 or len(full) < 0.3 * len(widths) or sum(w > width * 1.1 for w in widths) > max(1, 0.05 * len(widths)):
        width = _measure_under_title_block(lines, widths)
        if not width:
            return 0
        full = [w for w in widths if w >= PRINT_FULL * width]
    ended = sum(1 for t in (line.strip() for line in lines) if t and display_width(t) >= PRINT_FULL * width
                and _printed_end(t))
    return width if ended < 0.5 * len(full) else 0


def _prose_lines(lines) -> list[str]:
    """(r33zhprint, issue 11) The lines the printed width is measured on: a table's are left out.
    A laid-out table of figures (`verbatim.figure_tables`: rows as wide as the page, their heads
    and row labels among them) reached the 90th percentile, so a statistics page took its rows for
    wrapped prose and glued them into one paragraph; and a table read one cell a line (a figure
    alone, `143972`, its label `#稻谷` beside it) leaves too few full lines for 30 % of the text, so
    every printed line ended its paragraph. Neither kind of line is the text's measure."""
    lines = list(lines)
    inside = {i for a, b in verbatim.figure_tables(lines) for i in range(a, b + 1)}
    texts = [line.strip() for line in lines]
    filled = [i for i, t in enumerate(texts) if t]
    if len(texts) - len(filled) > PRINT_BLANK_MAX * len(texts):
        # a copy with a blank line between its paragraphs (a web page's text, a table's cells set
        # apart) is no print's extraction: its cells are left in, as before
        return [line for i, line in enumerate(lines) if i not in inside]
    figure = [bool(verbatim.FIGURE_CELL.match(t)) for t in texts]
    near = {filled[k + d] for k, i in enumerate(filled) if figure[i] for d in (-1, 1) if 0 <= k + d < len(filled)}
    cells = {i for i in filled if figure[i] or i in near and len(texts[i]) <= CELL_LABEL_MAX and not PRINTED_END.search(texts[i])}
    cells |= _cell_runs(texts)
    return [line for i, line in enumerate(lines) if i not in inside and i not in cells]


CELL_LABEL_MAX = 8   # characters of a row's label beside its figure in a table read one cell a line
PRINT_BLANK_MAX = 0.2   # share of blank lines: a print's extraction has them only around its head and foot
CELL_WINDOW = 10      # lines with text: a stretch where a table read one cell a line shows
CELL_SHARE = 0.7      # of a stretch's lines are short: cells, not a paragraph's printed lines
PRINT_CELL_SHORT = 0.5   # of the widest line's display width: a cell, not a printed line of prose


def _cell_runs(texts: list[str]) -> set[int]:
    """(r33zhprint, issue 11) A table read one cell a line (`序` / `号` / `1` / `2` / `责任单位` /
    `县水务局` …, an annex's table under an issued notice printed by a browser): a stretch of
    CELL_WINDOW lines with text, CELL_SHARE of them shorter than PRINT_CELL_SHORT of the widest line and a
    bare figure among them; its short lines are cells, and so are the short lines running on from
    it on either side up to a longer line. A list or a title block of short lines has no figure
    alone on a line; a paragraph's printed lines are not short."""
    widest = max((display_width(t) for t in texts if t), default=0)
    filled = [i for i, t in enumerate(texts) if t]
    short = [display_width(texts[i]) < PRINT_CELL_SHORT * widest for i in filled]
    out: set[int] = set()
    for k in range(max(0, len(filled) - CELL_WINDOW + 1)):
        window = range(k, k + CELL_WINDOW)
        if sum(short[j] for j in window) >= CELL_SHARE * CELL_WINDOW \
                and any(verbatim.FIGURE_CELL.match(texts[filled[j]]) for j in window):
            out.update(filled[j] for j in window if short[j])
    for order in (range(1, len(filled)), range(len(filled) - 2, -1, -1)):   # the stretch's short lines on either side
        for j in order:
            if short[j] and filled[j - 1 if order.step == 1 else j + 1] in out:
                out.add(filled[j])
    return out


def _measure_under_title_block(lines, widths: list[int]) -> int:
    """(r30noblank, issue 11) The printed width of a short text whose title block a PDF set whole,
    wider than the measure (`2012年3月14日《…关于…工作报告的决议》批准`, a dateline under the title):
    in a text of a page or two, those lines are the top tenth, so the 90th percentile reads them, not the
    text. The widest width (of the lines' own) that 30% of the lines reach within PRINT_FULL and no line
    passes by a tenth from the first line at it on (one may); 0 when there is none."""
    texts = [t for t in (line.strip() for line in lines) if t]
    for width in sorted(set(widths), reverse=True):   # `widths` is sorted: a count is a bisection
        if width < 40:
            return 0
        if len(widths) - bisect.bisect_left(widths, PRINT_FULL * width) < 0.3 * len(widths):
            continue
        first = next(k for k, t in enumerate(texts) if PRINT_FULL * width <= display_width(t) <= width * 1.1)
        over = sum(display_width(t) > width * 1.1 for t in texts[first:])
        return width if over <= max(1, 0.05 * len(texts)) else 0
    return 0


def _printed_end(text: str) -> bool:
    """A sentence's end at the margin: 。！？ (a closing quote or bracket after it). A clause's
    end (；，：) is not one: the paragraph goes on (`…产品出口；` / `积极增加进口。…`); nor is
    a decimal point ('3.' / '93万亿元')."""
    return bool(PRINTED_END.search(text))


PRINTED_END = re.compile(r"[。！？!?][”’」』）)]*$")
# (wrapdate) a dateline in brackets, whole on its line under a title or a speech's name
# ('（一九四九年三月五日）', '（2024年1月5日在市第十七届人民代表大会第三次会议上）'): a line of its own,
# never the second piece of the printed line above it, however well the two together fill the measure
BRACKETED_DATELINE = re.compile(rf"^[（(][^（()）]{{0,40}}?[{sg.CN_DATE_DIGIT}]{{4}}\s*年[^（()）]{{0,40}}[）)]$")


def _printed_blocks(groups, width: int) -> list[Block]:
    """Paragraphs of printed Chinese text: a line that reached the margin without ending a
    sentence runs on into the next line, joined without a space, also across the blank lines
    a removed running head or foot left (a paragraph cut by a page break). A full line that
    ends a sentence ends its paragraph: a sentence may end at the margin inside a paragraph,
    and splitting it there loses less than joining a paragraph with a heading after it.

    Extracted in content-stream order (`pdftotext -raw`) two more things happen. A printed line
    may come out in two pieces (a full-width quote starts a new text run): a piece that with
    the piece before it fills one line continues that line. And headings a page positions
    (`position: relative`) are painted last, so they come at the page's end, inside the
    paragraph that runs over the page break: that paragraph goes on after the page break, and
    the headings go before it — their slot is a paragraph start on their page, and the start
    of the paragraph running off the page is the nearest one (the exact one is not in the
    text: raw extraction keeps no positions)."""
    groups = list(groups)
    items = [(line.strip(), number, sg.indent_of(line)) for group in groups for line, number in group]
    raw = [line for group in groups for line, _ in group]
    first_in = _first_line_indent([t for t, _, _ in items], width)
    margin = min((indent for t, _, indent in items if t), default=0)   # layout mode: the text's left edge
    group_of = [g for g, group in enumerate(groups) for _ in group]   # pieces of one printed line share a group
    group_sizes = [len(group) for group in groups]
    numbers = [number for _, number, _ in items]
    spacing = min((b - a - 1 for a, b in zip(numbers, numbers[1:])), default=0)   # the copy's own line spacing
    joiners: list[_Joiner] = []
    runs_on, piece = False, 0      # piece: display width of the printed line so far
    ended_full = False             # the line before ended a sentence at the margin
    cells = _cell_runs([t for t, _, _ in items])   # (r33zhprint) a table read one cell a line: each cell stands alone
    ragged = _ragged([item for k, item in enumerate(items) if k not in cells], width)
    ragged_from = next((k for k, (t, _, _) in enumerate(items) if PRINTED_END.search(t)), len(items))   # the head block keeps its lines
    i = 0
    while i < len(items):
        text, number, indent = items[i]
        w = display_width(text)
        after = next((t for t, _, _ in items[i + 1:] if t), "")
        moved = _moved_headings(items, i, width) if runs_on and joiners else 0
        if moved:
            at = len(joiners) - 1
            for text2, number2, indent2 in items[i:i + moved]:
                joiners.insert(at, _Joiner(Block(text2, number2, indent2), ""))
                at += 1
            i += moved
            continue
        # (pieces of one printed line are adjacent lines: a blank line between two short lines
        # parts a document number from the title under it — unseen5, xv8)
        same_line = piece and not sg.numbering(text) and PRINT_FULL * width <= piece + w <= 1.05 * width \
            and i > 0 and number == items[i - 1][1] + 1 and group_of[i] == group_of[i - 1] \
            and not sg.DOC_NUMBER.match(sg.squeezed(text)) and not BRACKETED_DATELINE.match(text) \
            and (not _printed_end(joiners[-1].last()) or text[:1] in OPENING_MARKS) \
            and (text[:1] in OPENING_MARKS or joiners[-1].last()[-1:] in CLOSING_MARKS)
        tail = ended_full and _last_words(text, width) and i > 0 and number == items[i - 1][1] + 1 \
            and group_of[i] == group_of[i - 1] and not first_in and len(joiners[-1].parts) > 1
        if joiners and i not in cells and (runs_on and not sg.numbering(text) and not _document_number(text)
                        and not _repeats_line_above(text, joiners[-1].last()) or same_line or tail):
            joiners[-1].add(text)
        else:
            joiners.append(_Joiner(Block(text, number, indent), ""))
        w = piece + w if same_line else w
        opens = len(joiners[-1].parts) == 1 and not same_line and (
            bool(sg.numbering(text)) or len(joiners) > 1 and bool(PARAGRAPH_END.search(joiners[-2].last())))
        measure = width - first_in if opens else width   # an indented first line ends its margin earlier
        reach = w + (indent - margin if not same_line else 0)   # (r27layout) layout mode keeps the indent: the line ends further right
        runs_on = not _printed_end(text) and (reach >= PRINT_FULL * measure or _word_did_not_fit(reach, after, measure)
                                               or reach >= PRINT_NEAR_FULL * measure and bool(UNPUNCTUATED_END.search(text)))
        if first_in and _printed_end(text) and w >= PRINT_FULL * measure and after and not sg.numbering(after) \
                and display_width(after) > width - first_in:
            runs_on = True   # a sentence ended at the margin, and the next line is no indented first line
        if runs_on and len(joiners[-1].parts) == 1 and _restates_part(text, joiners):
            runs_on = False   # a sub-head naming items its part's heading lists: a line of its own
        if runs_on and len(joiners[-1].parts) == 1 and sg.numbering(text) and group_sizes[group_of[i]] == 1 \
                and i + 1 < len(items) and items[i + 1][1] - number == 2 * (spacing + 1):
            runs_on = False   # '一、…' full to the margin, alone between two blank lines (one each side in the
            #                   copy's spacing, no running head removed there): a long heading, not a
            #                   paragraph's first line (robust2)
        if runs_on and len(joiners[-1].parts) == 1 and (_set_whole(text) or i == 0 and not SENTENCE_INSIDE.search(text)) \
                and i + 1 < len(items) and group_of[i + 1] != group_of[i] and items[i + 1][1] - number > spacing + 1:
            runs_on = False   # a headline or heading that fills the measure, a blank line under it (wrap round);
            #                   not the blank line a copy spaced with a blank after every line puts under each line
        if runs_on and i == 0 and _title_set_whole(text, after):
            runs_on = False   # the headline at the head of a copy without blank lines, whole on its line (wrap round)
        if runs_on and i == 0 and len(joiners[-1].parts) == 1 and not SET_WHOLE_MARKS.search(text) \
                and i + 1 < len(items) and items[i + 1][1] - number > spacing + 1:
            runs_on = False   # (wrapdate) the text's first line, filling the measure with no clause mark in it,
            #                   over a line the cleaner took out (the page's dateline and source under its
            #                   headline): the headline ends
            #                   there, as over a blank line; a page break inside a paragraph is never under line one
        if runs_on and w > PRINT_OVER * width and not sg.numbering(text):
            runs_on = False   # a line past the margin was never wrapped there: set whole (wrap round); a numbered
            #                   one with no blank line under it still runs on (robust2's long '一、…' over its text)
        if runs_on and first_in and len(joiners[-1].parts) == 1 and sg.numbering(text) and _indented_first_after(items, i, width, first_in):
            runs_on = False   # (r49) the next line is a paragraph's indented first line: the numbered line over it is a
            #                   heading, however near its own indented measure it ends
        if runs_on and i + 1 < len(items) and _opens_indented(raw[i + 1], raw[i]):
            runs_on = False   # (r42indent) the next line opens a paragraph by the Chinese indent: a heading as
            #                   long as the measure over its text ends at the margin
        if ragged and i > ragged_from:   # lines broken anywhere: a line runs on unless it ends a paragraph or is a part's head
            runs_on = not PARAGRAPH_END.search(text) and not sg.SALUTATION.match(text) and not _part_head(text) \
                and not sg.SALUTATION.match(after)
        if i in cells:
            runs_on = False
        piece = w if w < PRINT_FULL * width and not runs_on else 0
        ended_full = w >= PRINT_FULL * width and bool(PRINTED_END.search(text)) and not same_line
        i += 1
    return [j.done() for j in joiners]


RAGGED_MIN = 8        # short lines cut mid-sentence: a few are headings, more are a re-wrapped copy
RAGGED_SHARE = 0.3    # … of the lines with text after the head block (a print's own: at most 0.15 in the corpus)
RAGGED_SHORT = 0.6    # of the printed width: a line stopped well short of the margin
PART_HEAD_MAX = 30    # characters of a numbered part's heading on its own line
PART_STYLES = ("第编", "第分编", "第章", "第节", "一、", "（一）", "1.1", "md")   # 'md': a Markdown export's '## …'



SET_WHOLE_MARKS = re.compile(r"[，,；;：:。！？!?]")
SENTENCE_INSIDE = re.compile(r"[。！？!?]")   # the text's first line over a blank line may hold a clause mark
#                                              (`某某会议会风大变：书记讲话不客套`): only a sentence's end says prose


def _set_whole(text: str) -> bool:
    """(wrap round, issue 11) A printed line that fills the measure with no clause or sentence mark
    in it, first in its block and with a blank line under it, is a headline or a heading set whole
    (`…关于规范政府信息公开平臺有关事项的通知`, `《…远景目标纲要》正式发布`), not a paragraph's
    first line running on across the blank line: a line of running text that reaches the margin
    holds a comma or a stop (38 Han characters with none are a name), and the blank line is the
    copy's paragraph mark. Without this a PDF copy's title was glued to the paragraph under it
    and a later line became the title. The text's very first line over a blank line is set whole
    with a comma or colon in it too (a news headline `…大变：书记讲话不客套`), unless it ends a
    sentence inside: nothing above it could have run on into it."""
    return not SET_WHOLE_MARKS.search(text)


PRINT_OVER = 1.1    # of the printed width: a line this much wider passed the margin, so the print did not wrap it
#                    (a line the clean stage widened, half-width commas and quotes made full-width, stays within)


REPEAT_MIN = 6   # characters: a phrase, not a word two lines share


def _repeats_line_above(text: str, above: str) -> bool:
    """(wrap round, issue 11) A line whose words the line above already holds whole
    (`書記講話不客套市長講話重解讀` under `…會風大變:書記講話不客套 市長講話重解讀`) is no wrapped rest of
    it: a wrap carries a sentence on, it does not say its end again. A news page's deck repeating
    the headline's second half, a title's repeat under it, stand apart."""
    bare, line = "".join(text.split()), "".join(above.split())
    return len(bare) >= REPEAT_MIN and bare in line and bare != line and len(set(bare)) > 2   # (a filler's lines
    #                                                         that are one character over and over stay one run)


def _document_number(text: str) -> bool:
    """(wrap round, issue 11) A document's number alone on its line (`某政办发〔2019〕29号`) never
    continues the line above it: in a PDF copy without blank lines it sits right under the title
    (or under a title set past the margin, which `PRINT_OVER` keeps whole), and gluing it on made
    the title `…的通知某政办发〔2019〕29号`. Likewise a line wider than the printed width by more than
    10 % (`PRINT_OVER`) was never wrapped at the margin: it is a line set whole and runs on into
    nothing."""
    return bool(sg.DOC_NUMBER.match(sg.squeezed(text)))


def _last_words(text: str, width: int) -> bool:
    """(wrap round, issue 11) A paragraph's last words after a sentence that ended at the margin:
    a short line (under 0.6 of the width), unnumbered, no salutation, that ends a sentence itself
    (`外交工作成绩显著。` under `…国防和军队现代化建设取得新进展。` full to the margin). A sentence
    ends at the margin inside a paragraph far more often than a paragraph ends exactly there with a
    one-sentence heading under it, so the short line goes on with its paragraph (as the rule for
    full lines that end a sentence says) instead of standing as a sentence heading of its own.
    Only within a paragraph of two lines or more, with no blank line between, and not in a print
    that indents its paragraphs' first lines (there the indent tells)."""
    return display_width(text) < RAGGED_SHORT * width and not sg.numbering(text) and bool(PRINTED_END.search(text)) \
        and not sg.SALUTATION.match(text)


def _title_set_whole(text: str, after: str) -> bool:
    """(wrap round, issue 11) The first line of a printed Chinese text, when it fills the measure
    with no clause mark in it and ends in a document's kind
    (`…的规定`, `…的通知`, `…反馈意见`), over a line that is no rest of a title (it does not open with
    `的` and names no kind itself: an issuer, a document number, a date, the first paragraph), is
    the headline whole: a copy without blank lines (pdftotext) sets the next line right under it,
    and running on glued the issuer or the paragraph to the title. A title wrapped over two lines
    (`…关于转发某某的意见` / `的通知`) still runs on, and so does a repeat of the title lower in the
    head block (the in-body title under a wrapped page headline). A news headline with no kind
    (`《…纲要》正式发布`) is whole over its lede when the lede opens with its day (`3月25日，…`) or
    the paper's or wire's mark (`本报讯`, `新华社北京3月5日电`)."""
    bare = "".join(text.split())
    if _set_whole(text) and after and NEWS_LEDE.match(after):
        return True   # a news headline over its lede, which opens with the day or the wire's mark
    return _set_whole(text) and bool(sg.DOC_KIND_END.search(bare)) and bool(after) \
        and not after.startswith("的") and not sg.DOC_KIND_END.search("".join(after.split()))


# a news item's lede: its day first ('3月25日，省政府新闻办召开…'), or the paper's or wire's mark
# ('本报讯', '新华社北京3月5日电'); a title's rest never opens so
NEWS_LEDE = re.compile(r"^\s*(?:(?:\d{4}年)?\d{1,2}月\d{1,2}日[，,、]|\S{0,16}(?:讯|电)[ ：:，,　])")


def _part_head(text: str) -> bool:
    """'一、2023年工作回顾', '（二）…', '第三章 …', '2.1 …': a numbered part's heading, short, no end mark."""
    style = sg.numbering(text)
    return bool(style) and style.startswith(PART_STYLES) and len(text) <= PART_HEAD_MAX and not sg.terminal(text)


def _ragged(items, width: int) -> bool:
    """(round8zh) A PDF's text re-wrapped by a tool that breaks lines anywhere and loses a character
    at many breaks (`全面贯彻落` / `党的二十大…`, `约4.` / `万亿元`): its lines stop short of the margin
    in mid-sentence, not only where a paragraph or a heading ends. When RAGGED_MIN or more, and
    RAGGED_SHARE of the lines after the head block (to the first sentence's end), are lines well
    short of the margin that end no sentence (no `。！？：；`, no field's colon inside), unnumbered
    and with an unnumbered line after them, the width says nothing about paragraph ends: every
    line after the head block runs on until a paragraph's end mark, a salutation or a numbered
    part's head (xxs7: `过去一年` was a heading, `2023年是全面贯彻落` a paragraph of its own). A
    print whose short unpunctuated lines are its headings, signature and fields has far fewer."""
    texts = [t for t, _, _ in items if t]
    start = next((k for k, t in enumerate(texts) if PRINTED_END.search(t)), len(texts))   # after the head block
    texts = texts[start:]
    cut = 0
    for text, after in zip(texts, texts[1:]):
        if display_width(text) < RAGGED_SHORT * width and not PARAGRAPH_END.search(text) and not re.search(r"[；;]$", text) \
                and not sg.numbering(text) and not sg.numbering(after) and not re.search(r"[:：]", text):
            cut += 1
    return cut >= RAGGED_MIN and cut >= RAGGED_SHARE * len(texts)


OPENING_MARKS = "“‘「『《〈（(【"
# (r40webpdf) with an opening bracket or quote the browser keeps on it, and the characters of an address
# ('(http://www.example.gov.cn/)…', 'xxgk@example.gov.cn'): an address is one unbreakable run too
LATIN_RUN = re.compile(r"^[(\[（“‘\"']?[A-Za-z0-9][A-Za-z0-9.,%/:?=&#~+@_-]*")
INDENT_STARTS = 3      # paragraph first lines needed to tell that the print indents them
PARAGRAPH_END = re.compile(r"[。！？!?：:][”’」』）)]*$")   # what a paragraph ends on (a salutation's colon too)


def _word_did_not_fit(w: int, after: str, width: float) -> bool:
    """A line short of the margin because the next line opens with a number or a Latin word the
    browser would not break ('…全面落实《武汉大学' / '2020年工作要点》…'): the line ran on all the
    same (unseen4: a notice printed to PDF). (r40webpdf) So does a line before a web address in
    brackets (`…可在“中国南平”网站` / `(http://www.example.gov.cn/)…下载。`): the bracket stays with
    the address, and the address does not break."""
    run = LATIN_RUN.match(after)
    return bool(run) and not sg.numbering(after) and w + display_width(run.group()) >= PRINT_FULL * width


def _indented_first_after(items, i: int, width: int, first_in: int) -> bool:
    """(r49) The line after items[i] opens a paragraph by the print's first-line indent, which plain
    `pdftotext` dropped: it fills the indented measure (PRINT_FULL of width - first_in, a column over it at
    most), runs on mid-sentence, and the line after it reaches the full width, wider than it. A paragraph's
    second line reaches the full width; only its first stops short by the indent."""
    nxt = [k for k in range(i + 1, min(len(items), i + 3)) if items[k][0]]
    if len(nxt) < 2 or nxt[0] != i + 1:
        return False
    w, w2 = display_width(items[nxt[0]][0]), display_width(items[nxt[1]][0])
    return PRINT_FULL * (width - first_in) <= w <= width - first_in + 1 and not _printed_end(items[nxt[0]][0]) \
        and w2 >= PRINT_FULL * width and w2 > w


def _first_line_indent(texts: list[str], width: int) -> int:
    """Columns a print indents a paragraph's first line (CSS `text-indent: 2em`: four), 0 when it
    does not: every line that opens a paragraph (after a line ending a sentence short of the
    margin) and runs on stops at least that much short of the full width. pdftotext drops the
    indent itself, so it is only seen in these widths; it tells a sentence that ends at the margin
    inside a paragraph (the next line full) from a paragraph's end (the next line indented)
    (unseen4: a notice printed to PDF, its numbered paragraphs split after their first sentence)."""
    starts, prev = [], ""
    for text in texts:
        if not text:
            continue
        w = display_width(text)
        if prev and PARAGRAPH_END.search(prev) and display_width(prev) < PRINT_FULL * width \
                and w >= 0.8 * width:
            starts.append(w)
        prev = text
    if len(starts) < INDENT_STARTS:
        return 0
    gap = width - max(starts)
    return gap if 3 <= gap <= 8 else 0
# a line that stops on a Han character or an opening mark, no punctuation, runs on from a little
# short of the margin: the clean stage takes out a stray space or narrows nothing, but a line of
# half-width commas widened to full width and one with a space taken out (`第一条 为了…`) measure a
# column or two off the printed width (unseen5, xv7)
PRINT_NEAR_FULL = 0.85
UNPUNCTUATED_END = re.compile(r"[\u4e00-\u9fff《“（(「『〈]$")
CLOSING_MARKS = "”’」』》〉）)】"
RESTATED_MIN = 6      # characters: a sub-head, not a word
PART_SCAN = 12        # blocks back to the part's numbered heading


def _restates_part(text: str, joiners: list[_Joiner]) -> bool:
    """A line without an end mark that repeats, clause for clause, items the last numbered heading
    lists ('一、使命：保障水上交通安全，保护水域环境清洁，保护船员整体权益，维护…。' then
    '保障水上交通安全，保护水域环境清洁，保护船员整体权益'): the part's sub-head for those items.
    A printed line that happens to fill the measure would otherwise run on into its paragraph."""
    if len(text) < RESTATED_MIN or sg.numbering(text):
        return False
    for joiner in reversed(joiners[-PART_SCAN:-1]):
        head = "".join(joiner.parts)
        if sg.numbering(head):
            k = head.find(text)
            return k > 0 and head[k - 1] in "：:，,、；;" and head[k + len(text):k + len(text) + 1] in ("，", ",", "、", "；", ";", "。", "")
    return False


def _moved_headings(items, i: int, width: int) -> int:
    """How many heading lines (numbered, short, unended) stand at items[i:] right before a page
    break (a gap in the line numbers where the running lines were) that a paragraph runs over:
    headings moved to the page's end. 0 if none."""
    k = i
    while k < len(items):
        text, number, _ = items[k]
        if not (sg.numbering(text) and display_width(text) < 0.6 * width and not _printed_end(text)):
            break
        if k > i and number != items[k - 1][1] + 1:
            break
        k += 1
    if k == i or k >= len(items):
        return 0
    after, after_number, _ = items[k]
    return k - i if after_number > items[k - 1][1] + 1 and not sg.numbering(after) else 0


# ---- fragments ------------------------------------------------------------------------

# citation markers alone: '[5]', '[12][13]', '[a]', '[note 2]', '[citation needed]' — a page printed
# to PDF sets them as superscripts, and text extraction may put them on a line (a block) of their own
CITATION_MARKS = unwrap.CITATION   # (r25auditen) one list of the forms: '[clarification needed]', '[when?]' too
# A markdown image line (`![Hardware architecture](./images/hw-blocks.png)`): a block of its own.
# Its opening `!` is not the `!` that ends a sentence cut off before it, so it never continues the
# block before it (a heading above an image would take the image and the paragraph after it).
MD_IMAGE = re.compile(r"!\[[^\]]*\]\([^)\s]*(?:\s+\"[^\"]*\")?\)")


def _announced(prev: _Joiner) -> bool:
    """(r28books) The block before a lone number ends on a colon, or has already taken in a lone number
    as one of its pieces: the number is an item of a list a sentence announced ('The rules were
    these:' / '1' / 'Boots off at the door' / '2' / …), glued as before, no chapter's number."""
    return prev.last().rstrip().endswith(":") or any(LONE_DIVISION_NUMBER.match(p.strip()) for p in prev.parts[1:])


def _number_opens_next(before: str, text: str, after: str) -> bool:
    """(round8en) An Act's section number alone on its line, between a line that ends a sentence (a
    marginal note, the last section's end) and the section's text (`(1) The administration …`, `The
    Agency shall …`): it opens that text, it is no fragment of the line before (a PDF's layer puts
    number, note and text on lines of their own)."""
    return bool(SECTION_NUMBER_ONLY.match(text.strip())) and bool(re.search(r"[A-Za-z]{2}[.:;]$", before.strip())) \
        and bool(re.match(r"(?:\(\d{1,3}\)|\([a-z]\))?\s*[A-Z“\"(]", after.strip())) and not sg.numbering(after.strip()) == "1."


# (round13x) a separator rule alone between blank lines: a run of underscores, dashes or equals
# signs ('_______', '-----', '=====') a page sets between the parts of a record (a debate's order
# of business, a judgment's cover over its text)
SEPARATOR_RULE = re.compile(r"^\s*(?:_{3,}|-{3,}|={3,})\s*$")


def _joins_previous(prev: _Joiner, text: str) -> bool:
    """Should this line be glued to the block before it?

    A separator rule (SEPARATOR_RULE) is glued to neither side (round13x): it is no punctuation
    left over from the line before (as a lone '。' is), and what follows it opens a new block —
    glued, it carried an order paper's labels (`PRAYER` / `_______` / `BUSINESS OF THE HOUSE`) into
    the speech under them, one paragraph."""
    if MD_IMAGE.fullmatch(text):
        return False
    last = prev.last()
    if SEPARATOR_RULE.match(text) or SEPARATOR_RULE.match(last):
        return False
    if text.startswith("![") or sg.is_image_line(last) or sg.numbering(last).startswith("md"):
        return False   # an image stands apart (its '!' is no punctuation left over), and a '#' heading takes nothing in
    if sg.ends_sentence(last) and LOST_MARKS_DATE.fullmatch(text.strip()):
        return False   # (r27zhportal) a signing date whose 年/月/日 a page's conversion lost ('2022128'): no fragment
    if LOST_MARKS_DATE.fullmatch(last.strip()) and (len(prev.parts) == 1 or sg.ISSUING_BODY.match(prev.parts[-2].strip())):
        return False   # (r30zhpdf) that date closes the signature block ('某某市人民政府办公室' / '2018525'): the
        #               line after it (the issued document's title on the next page) opens a block of its own
    if sg.is_punct_fragment(text) or sg.is_numeric_fragment(text) or _continues_enumeration(last, text):
        return True
    if CITATION_MARKS.match(text):
        return True   # the marker belongs to the sentence before it
    salutation = sg.SALUTATION.match(text)
    if salutation and _cut_paragraph("".join(prev.parts)):
        return True   # '…其中最主要也是我們所' + '要討論的問題就是:': a wrapped sentence's end, not a salutation
    if sg.numbering(text) or salutation or sg.ends_sentence(last):
        return False  # a numbered line or a salutation opens something new; an ended line is complete
    if sg.APPENDIX.match(text) or SIGNED_DATE.search(last) or sg.DOC_NUMBER.match(sg.squeezed(text)):
        return False  # an annex's label ('附件', '附件2') opens the annex; a signature's date ends its block;
        #               a document's number stands apart even under a headline cut after '的' (round8zh)
    if _paragraph_under_head(prev, text):
        return False
    if len(prev.parts) == 1 and len(text.strip()) >= REPEATED_NAME_MIN and "".join(text.split()) in "".join(last.split()):
        return False  # (r26zh) the name the line above holds whole, printed again under it ('重磅！某县…报告全文' /
        #               '某县…报告'): a copy, no continuation of it
    return prev.block.open or text[0] in sg.CONTINUATION_START and not LOSSY_OPENING.match(text) \
        or (len(prev.parts) == 1 and _unfinished(last))


HEAD_PARAGRAPH_MIN = 60   # characters of a whole paragraph that a copy made open with a comma


def _paragraph_under_head(prev: _Joiner, text: str) -> bool:
    """A whole paragraph whose first word a copy lost, so that it opens with a comma
    (`,全县上下努力…。`, the year stripped), under a numbered heading with no end mark (`一、认真总结
    成绩,…的劲头`): the paragraph opens a block of its own, the heading stays a heading (round15zh).
    Told from a wrapped heading's rest by its size — at least 60 characters and more than twice the
    heading's, ending a sentence; a hard-wrapped text's comma line is as short as its neighbours."""
    last = prev.last()
    return len(prev.parts) == 1 and not prev.block.open and text[0] in ",，" and bool(sg.numbering(last)) \
        and sg.terminal(last) == "" and len(text) >= HEAD_PARAGRAPH_MIN and len(text) > 2 * len(last) \
        and sg.ends_sentence(text)


# (round8zh) a lossy save's '?' for the characters a line opened with, among other marks
# ('？。？016年11月26日)' for '（2016年11月26日)'): no question mark going on from the line before
LOSSY_OPENING = re.compile(r"^[?？]+[。，、]")   # ('？？2017年…', a lossy indent, still joins: round5's glued dateline)


# the date a signature ends with, glued back from pieces a page break split ('2018' + '年2月13日')
SIGNED_DATE = re.compile(r"(?:^|[^\d])\d{4}年\d{1,2}月\d{1,2}日$")
# (round22) a signing date alone on its line whose year a reposting site dropped ('4月7日' under the
# issuer's name, as such sites drop every year of the text): like a whole date (BARE_DATE), it is
# no piece of a title set over several lines (_title_piece), so the issuer's name, the date and
# the name of the regulation under them are not read as one title
MONTH_DAY_LINE = re.compile(r"^\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*$")
CUT_PARAGRAPH_MIN = 20   # characters of a paragraph's text before a line break that cut its sentence


def _cut_paragraph(text: str) -> bool:
    """Prose cut mid-sentence by a line break: long, with a clause or sentence mark inside, no end
    mark at the end ('…故我們希望能將既有的C library拿到Python的環境中測試及整合. 其中最主要也是我們所').
    A line after it that looks like a salutation ('要討論的問題就是:') ends that sentence. A title,
    a dateline or a speaker line over a salutation has no mark inside, and a paragraph ends with one."""
    return len(text) >= CUT_PARAGRAPH_MIN and not sg.ends_sentence(text) and sg.terminal(text) == "" \
        and any(mark in text[:-1] for mark in "，。；,;") and not sg.numbering(text) \
        and not text.rstrip()[-1:].isascii()   # an English line ('Yin Yong, Mayor of Beijing') does not
    #                                            run on into a Chinese salutation ('各位代表:') (unseen2)


ITEM = re.compile(r"^[（(](\d{1,2})[）)]")


def _continues_enumeration(before: str, text: str) -> bool:
    """'…（3）保险费正式收据（4）变更通知书' + '（5）现金价值表。…': the next item of an enumeration
    that runs inside the line before, cut off by a line break, is not a numbered paragraph."""
    match = ITEM.match(text)
    if not match or sg.ends_sentence(before):
        return False
    n = int(match[1])   # the item before it inside the line, not opening it: that is a list, one item a line (lists.py)
    return n > 1 and bool(re.search(rf"(?<=.)[（(]{n - 1}[）)]", before))


def _unfinished(text: str) -> bool:
    """A line cut off mid-sentence: it ends on a particle ('…发展的'), or it ends a
    sentence inside and then runs on without an end mark ('…重要。今年经济社会发展的')."""
    if sg.ends_sentence(text) or sg.numbering(text):
        return False
    return text[-1] in sg.DANGLING_END or any(ch in "。！？" for ch in text[:-1])


OPENERS = "（(《“‘「『【["


def _opens_next(text: str) -> bool:
    """A lone opening bracket ('（') cut from the line it opens: it belongs to the next line
    ('（' + '三）改革开放持续深化。' is the heading '（三）改革开放持续深化。')."""
    return bool(text) and all(ch in OPENERS for ch in text)


HIGHLIGHT_MAX = 8   # characters: a term cut out of its sentence by inline highlighting
CLAUSE_OPEN = "，、；：。"   # a line opening with these goes on with the sentence before it ('揭榜挂帅' + '，加快…')


def _highlighted_term(text: str, after: str) -> bool:
    """A short bare term followed by a line of punctuation only ('揭榜' + '。'), or by the rest of
    its sentence opening with a clause mark ('揭榜挂帅' + '，加快科技攻关。'): an inline highlight
    (bold, a link) that extraction cut out of the sentence it stands in."""
    return (len(text) <= HIGHLIGHT_MAX and after[:1] and not after[0].isalnum() and text.isalnum()
            and (sg.is_punct_fragment(after) or after[0] in CLAUSE_OPEN)
            and sg.has_word(text) and not sg.numbering(text))


HIGHLIGHT_RUN = 3   # terms in a row: a highlighted phrase cut into its words ('揭榜' / '挂帅')
SHORT_CLAUSE = re.compile(r"^[\u4e00-\u9fff]{1,4}[，、；：]")   # the sentence's rest opening with a word or two and a clause mark
MID_CLAUSE = re.compile(r"[，、；]")


def _bare_term(text: str) -> bool:
    return len(text) <= HIGHLIGHT_MAX and text.isalnum() and sg.has_word(text) and not sg.numbering(text)


def _could_rest(text: str, clause_before: bool) -> bool:
    """A line that may be a highlighted phrase's rest (`_highlight_run`'s tests, cheapest first)."""
    return bool(text) and (text[0] in CLAUSE_OPEN or clause_before and "\u4e00" <= text[0] <= "\u9fff"
                           or bool(SHORT_CLAUSE.match(text)) or sg.is_punct_fragment(text))


def _highlight_run(blocks: list[Block], k: int, before: str, opening: bool = False) -> bool:
    """(r25auditzh) One to three short bare terms cut out of a sentence that goes on after them (a
    highlighted phrase the page printed in bold or as links, each word its own element): after a
    line left open mid-sentence (no mark at its end, not numbered), the terms, then the sentence's rest —
    a line of punctuation, a line opening with a clause mark, or with a word or two and a clause mark
    (`全面推行重大科技项目` / `揭榜` / `挂帅` / `制度，面向…`); or, after a line of the sentence that
    already holds a clause mark (`…，持续推进` / `一网通办` / `改革。`), a rest that ends the sentence.
    Before a line with no clause mark (a headline's first line?) it takes two terms or more, and
    never after the text's first block: `…施政` / `工作回顧與總結` / `現在，…` and `北京：关于印发…的通` /
    `知` / `为进一步…。` are a wrapped headline over the text.
    A label over its name over a numbered article (`第一章` / `总则` / `第一条…`) has no such rest; a
    list item's line (`• 收录内容：…等`) is no sentence the heading under it goes on."""
    if opening or not before or sg.ends_sentence(before) or sg.numbering(before) or not "\u4e00" <= before[-1] <= "\u9fff":
        return False   # the sentence is cut right before the term, on a word: not after a comma, a list's ','
    clause_before = bool(MID_CLAUSE.search(before))
    if not any(_could_rest(b.text, clause_before) for b in blocks[k + 1:k + HIGHLIGHT_RUN + 1]):
        return False   # no line within reach could be the sentence's rest: the terms are not read (linear time on short lines)
    m = k
    while m < len(blocks) and m - k < HIGHLIGHT_RUN and _bare_term(blocks[m].text):
        m += 1
    if m == k or m >= len(blocks):
        return False
    if not MID_CLAUSE.search(before) and m - k < 2:
        return False   # a line with no clause mark may be a headline wrapped over its next line ('…施政' / '工作回顧與總結')
    rest = blocks[m].text
    if not rest or sg.numbering(rest) or sg.SALUTATION.match(rest) or sg.APPENDIX.match(rest):
        return False
    if sg.is_punct_fragment(rest) or rest[0] in CLAUSE_OPEN or SHORT_CLAUSE.match(rest):
        return True
    return bool(MID_CLAUSE.search(before)) and "\u4e00" <= rest[0] <= "\u9fff" and sg.ends_sentence(rest)


TITLE_LINE_MAX = 30   # characters of one line of a title set over centred lines
TITLE_LINES = 3       # a red-header title spans at most this many lines
TITLE_OPENING_MIN = 10   # characters of a title's first line without '关于' (a menu word such as '首页' is shorter)


def _title_goes_on(prev: _Joiner, text: str, after: str) -> bool:
    """A document's title set over two or three centred lines ('国务院办公厅关于推进' /
    '政务新媒体健康有序发展的意见'; an issued regulation's '文化体制改革中经营性文化事业单位' /
    '转制为企业的规定'): short unnumbered lines without an end mark, of which only the last
    ends with the kind of document (意见, 通知, 规定 …), the first opening '关于…' or a line
    of its own length (not a menu item: '首页' / '政府信息公开' / '政府工作报告'). They are one title."""
    first = prev.parts[0]
    joined = "".join(prev.parts) if len(prev.parts) <= TITLE_LINES else ""   # never a long run's parts (linear time)
    if joined and _kind_tail(text) and len(joined) <= KIND_TAIL_TITLE_MAX \
            and sg.terminal(joined) == "" and not any(mark in joined for mark in "，。；：,;:") \
            and sg.has_word(joined) and not sg.numbering(joined) \
            and ("关于" in joined or "關于" in joined or "關於" in joined or len(first) >= TITLE_OPENING_MIN):
        return True   # '…实施方案' / '的通知': a printed headline's last line is only '的' and the kind (unseen6)
    if len(prev.parts) >= TITLE_LINES or not all(_title_piece(part) for part in prev.parts) \
            or sg.DOC_KIND_END.search(prev.last()) or not _title_piece(text) or sg.APPENDIX.match(first) \
            or "关于" not in first and len(first) < TITLE_OPENING_MIN:
        return False
    if OWN_ISSUER.match(text) and not ISSUER_END.search(joined):
        return False   # '某某县人民政府关于…的通知' names its issuer: a whole title, not the tail of the line over it (titlepick)
    if sg.ISSUING_BODY.match(text.strip()) and OPENS_ABOUT.match(after) and not ISSUER_END.search(joined):
        return False   # (r30zhpdf) the same title with its issuer on a line of its own ('某某县人民政府' / '关于下达…的通知')
        #                under a portal's headline ('某某县2031年发展计划'): the notice's title block begins there
    if len(text) >= REPEATED_NAME_MIN and "".join(text.split()) in "".join("".join(prev.parts).split()):
        return False   # (r26zh) the name the line above holds whole ('重磅！某区…报告全文发布' / '某区…报告'): its copy, no tail
    if sg.DOC_KIND_END.search("".join(text.split())):
        return True   # (the kind letter-spaced on its line, '指  导  意  见', is the kind: round6, xxm1)
    return len(prev.parts) + 1 < TITLE_LINES and _title_piece(after) and bool(sg.DOC_KIND_END.search(after))


REPEATED_NAME_MIN = 4   # characters of a line the title line over it holds whole (r26zh)
KIND_TAIL_MAX = 5   # characters: '的通知', '的实施意见'
# a line that names its issuer before 关于 is a whole title: the line over it is not its first part,
# unless that line is itself an issuer's name (joint issuers wrapped: '财政部 国家税务总局' / '海关总署关于…')
OWN_ISSUER = re.compile(r"^[\u4e00-\u9fff（）()]{2,40}?(?:关于|關於|關于)\S")
OPENS_ABOUT = re.compile(r"^\s*(?:关于|關於|關于)\S")
ISSUER_END = re.compile(r"(?:局|厅|廳|委员会|委員會|委|人民政府|政府|办公室|辦公室|办公厅|辦公廳|部|院|署|会|會|中心|银行|銀行)$")
KIND_TAIL_TITLE_MAX = 120   # characters of the title lines before it (a joint notice names its issuers; front.JOINT_TITLE_MAX)


def _kind_tail(text: str) -> bool:
    """'的通知': the tail of a title wrapped at a page width, which may follow a line that itself ends
    in a kind's word ('…建设工程实施方案' / '的通知', a notice issuing a plan); the title goes on to it,
    even on a fourth line (a headline wrapped over four lines of a printed page; unseen6, xy8)."""
    return len(text) <= KIND_TAIL_MAX and text.startswith("的") and bool(sg.DOC_KIND_END.search(text))


PIECE_LABEL = re.compile(r"^第[一二三四五六七八九十百\d]+篇\s*[:：]\s*(?P<title>\S.*)$")
PIECE_REST_MAX = 16   # characters of the title's second line


def _piece_title_rest(label: _Joiner, first: _Joiner, text: str) -> bool:
    """(round16zh) A collection's piece label that repeats its piece's title cut short ('第一篇：某局2007年
    工作总结及2008' over '某局2007年工作总结及2008' / '年工作思路'): the piece's own title follows it, split
    over two lines mid-word. The line after the label that is the label's words again, and the short
    line after it with no end mark, are ONE title: they are glued (the second is no heading of its own)."""
    match = PIECE_LABEL.match(label.last().strip()) if len(label.parts) == 1 else None
    return bool(match) and len(first.parts) == 1 and first.last().strip() == match["title"].strip() \
        and len(text) <= PIECE_REST_MAX and _title_piece(text)


def _title_piece(text: str) -> bool:
    return 2 <= len(text) <= TITLE_LINE_MAX and sg.terminal(text) == "" and not sg.numbering(text) \
        and not sg.BARE_DATE.match(text) and not MONTH_DAY_LINE.match(text) \
        and sg.has_word(text) and not any(mark in text for mark in "，。；：,;:") \
        and text[0] not in OPENERS and text[-1] not in "）)】]》”" \
        and not sg.is_date_only(text) and not sg.SIGNATURE.match(text)   # '（此件公开发布）' is a note


COVER_PIECE_MAX = 8   # characters of one line of a cover's title broken into short lines
COVER_PIECES_MAX = 4  # lines of such a title


def _cover_title_together(blocks: list[Block]) -> list[Block]:
    """(round22) A cover's title broken over short lines at the very top of the text ('市政府' / '五年' /
    '工作报告', a document-sharing site's copy of a cover page): two to COVER_PIECES_MAX one-line
    blocks opening the text, each a title piece (`_title_piece`) of at most COVER_PIECE_MAX
    characters, the last ending with the kind of document, right over the salutation ('各位代表：'):
    one title. A site's menu at the top ('首页' / '政府信息公开' / '政府工作报告') is never followed by
    the salutation, and a title long enough to open the text alone is `_title_goes_on`'s."""
    for m in range(2, COVER_PIECES_MAX + 1):
        if len(blocks) <= m or not all(b.lines == 1 and len(b.text) <= COVER_PIECE_MAX and _title_piece(b.text)
                                       for b in blocks[:m]):
            break
        if sg.DOC_KIND_END.search(blocks[m - 1].text) and sg.SALUTATION.match(blocks[m].text):
            return [Block("".join(b.text for b in blocks[:m]), blocks[0].line, blocks[0].indent, m)] + blocks[m:]
    return blocks


WRAPPED_HEAD_MIN = 16      # characters of a numbered head's first line: long enough to have had to wrap
WRAPPED_REST_SHARE = 0.6   # of that line: the rest under it is shorter
HEAD_CLAUSE_END = re.compile(r"[。；：？！.;:?!]")


MARKED_PIECE_GAP = 3   # (r43) source lines from one marked piece to the next: a blank line or two between


def _closes(text: str) -> bool:
    return any(text.count(right) > text.count(left) for left, right in sg.BRACKETS)


def _marked_lines_bracketed(blocks: list[Block]) -> list[Block]:
    """(r43) A bracketed line a Markdown converter split into marked lines, one a source line (a law
    database's Word file: the adoption note `（2010年…常务` / `委员会…通过）` under the law's name, each
    line written `## …`): a marked line (`#`…`######`) that opens a bracket it does not close, then,
    a blank line or two between, a marked line of the same depth that closes it are one line, the second's marks
    dropped. Two whole marked headings never join (each closes what it opens)."""
    out: list[Block] = []
    for block in blocks:
        prev = out[-1] if out else None
        style = sg.numbering(block.text)
        if prev is not None and style.startswith("md") and sg.numbering(prev.text) == style and not prev.code and not block.code \
                and 0 < block.line - prev.line <= MARKED_PIECE_GAP and sg.unclosed(sg.unmarked(prev.text)) \
                and _closes(sg.unmarked(block.text)):
            out[-1] = replace(prev, text=prev.text + sg.unmarked(block.text), lines=prev.lines + block.lines)
            continue
        out.append(block)
    return out


# (r43) an article's number alone on its line: '第三条', '第十二條'
ARTICLE_ALONE = re.compile(rf"^第[{sg.CN_NUM}\d]+[条條]$")
ARTICLES_ALONE_MIN = 2   # such lines in the text: one alone may be a cross-reference's wrapped piece


def _article_numbers_alone(blocks: list[Block]) -> list[Block]:
    """(r43) A law's article number on a line of its own over the article's first paragraph (`第三条` /
    `示范区由…构成。`): a Word file that set the number in a paragraph of its own, a database's export, a
    PDF's text. The number runs in, as in `第三条　…`: one block, the number first (leads.py then reads
    it as the article's run-in head). Only over a paragraph of text (not numbered, not a heading-like
    line without a sentence's end), and where the text has ARTICLES_ALONE_MIN such lines or more."""
    alone = [k for k, b in enumerate(blocks) if not b.code and b.lines == 1 and ARTICLE_ALONE.match(b.text.strip())]
    if len(alone) < ARTICLES_ALONE_MIN:
        return blocks
    out: list[Block] = []
    k = 0
    while k < len(blocks):
        block = blocks[k]
        rest = blocks[k + 1] if k + 1 < len(blocks) else None
        if k in alone and rest is not None and not rest.code and not sg.numbering(rest.text) and sg.ends_sentence(rest.text):
            out.append(replace(block, text=block.text.strip() + "\u3000" + rest.text, lines=block.lines + rest.lines))
            k += 2
            continue
        out.append(block)
        k += 1
    return out


def _wrapped_numbered_heads(blocks: list[Block]) -> list[Block]:
    """(r42wrap) A long numbered heading a print set in a larger type wraps at its own, shorter measure
    (`（一）经济运行稳中有进，主要经济指标保持在合理区间，高质量发` / `展迈出坚实步伐` / `　　过去一年，…`):
    its first line ends short of the text's measure, so it ran on into nothing, and its rest stood
    as a heading of its own under it. A one-line numbered block of WRAPPED_HEAD_MIN characters or
    more, no clause's end in it, right over (the next line) a one-line unnumbered block at most
    WRAPPED_REST_SHARE as long, with no clause's end in it either, after which a paragraph opens (a
    blank line, a deeper first-line indent, a wrapped paragraph, a numbered line, or the text's end):
    one heading, its lines joined. A heading ended by its stop (`（二）…。`) is whole; a short line closing a sentence
    under a heading is its one-line paragraph."""
    out: list[Block] = []
    k = 0
    while k < len(blocks):
        head = blocks[k]
        rest = blocks[k + 1] if k + 1 < len(blocks) else None
        after = blocks[k + 2] if k + 2 < len(blocks) else None
        if rest is not None and head.lines == 1 and rest.lines == 1 and rest.line == head.line + 1 \
                and not head.code and not rest.code and not head.cell and not rest.cell \
                and sg.numbering(head.text) and not sg.numbering(rest.text) \
                and len(head.text) >= WRAPPED_HEAD_MIN and len(rest.text) <= WRAPPED_REST_SHARE * len(head.text) \
                and not HEAD_CLAUSE_END.search(sg.NUMBER_PREFIX.sub("", head.text)) and not HEAD_CLAUSE_END.search(rest.text) \
                and (after is None or after.line > rest.line + 1 or after.indent > rest.indent or after.lines >= 2
                     or bool(sg.numbering(after.text))):
            out.append(replace(head, text=head.text + rest.text, lines=2))
            k += 2
            continue
        out.append(head)
        k += 1
    return out


NAMED_NUMBER_WORDS = 8   # (r44) words of a chapter's name under its number alone; a section's text is longer or closed


def _glue(blocks: list[Block], cjk: bool, listed=lambda text: False) -> list[Block]:
    """Glue fragments to their neighbours; a line the text's contents list names (`listed`) is a
    heading and stands alone ('…核对' does not end on a particle there). A back-matter title alone
    on its line ('参考资料', `signals.BACK_MATTER`) takes nothing in after it: an encyclopedia page's
    references flattened one piece a line ('[1]', then the citation) are its notes, not its words
    (round17zh)."""
    out: list[_Joiner] = []
    held: Block | None = None
    repeated = repeated_lines(blocks) if not cjk else Counter()
    numbers = division_numbers(blocks) if not cjk else set()
    for k, block in enumerate(blocks):
        if held is not None:
            # (r44) a number alone over a NAME, not over a section's text ('2.' / 'A Letter Arrives' / the chapter):
            # the chapter's number and name, one heading, as a label over its name is (`_label_and_title`)
            named = not cjk and block.lines == 1 and len(block.text.split()) <= NAMED_NUMBER_WORDS \
                and not sg.ends_sentence(block.text) and block.text[:1].isupper()
            block = Block(held.text + ("" if cjk else " ") + block.text, held.line, held.indent, held.lines + block.lines, block.open,
                          numbered=named)
            held = None
        if cjk and _opens_next(block.text):
            held = block
            continue
        if not cjk and out and k + 1 < len(blocks) and _number_opens_next(out[-1].last(), block.text, blocks[k + 1].text):
            held = block   # '5.' alone between a section's marginal note and its text: it opens the text (round8en)
            continue
        after = blocks[k + 1].text if k + 1 < len(blocks) else ""
        if not cjk and k in numbers and not (out and _announced(out[-1])) \
                and not page_furniture(out[-1].last() if out else "", block.text, after, repeated):
            out.append(_Joiner(block, " "))   # '1' alone over 'The Old Sea-dog …': a chapter's number (r28books)
            continue
        term = cjk and out and (_highlighted_term(block.text, after)
                                or not out[-1].block.item and _highlight_run(blocks, k, out[-1].last(), len(out) < 2)) \
            and not sg.ends_sentence(out[-1].last())
        apart = listed(block.text) or (out and len(out[-1].parts) == 1 and listed(out[-1].last()))
        # a back-matter title alone ('参考资料') takes no note in: '[1]' under it opens its first note (round17zh)
        apart = apart or cjk and out and len(out[-1].parts) == 1 and sg.is_back_matter(out[-1].last())
        title = cjk and out and not sg.DOC_NUMBER.match(sg.squeezed(out[-1].last())) \
            and _title_goes_on(out[-1], block.text, after)   # a document's number takes no title line in (unseen3)
        title = title or cjk and len(out) >= 2 and _piece_title_rest(out[-2], out[-1], block.text)
        if block.cell or out and out[-1].block.cell:
            out.append(_Joiner(block, ""))   # a table's cell stands alone (table_cells)
            continue
        # an Act's section heading (`provision`, _provision_heads) is a block of its own: it takes in
        # neither the page number under it nor is taken into the running head over it (enlegal)
        apart = apart or not cjk and out and (block.provision or out[-1].block.provision)
        # (r26legal) a side head over the section it heads ('Short title' / '1. This is …'): a block of its own,
        # never the end of the paragraph before it
        apart = apart or not cjk and block.lines == 1 and _side_head(block.text) and bool(SECTION_OPENING.match(after))
        if out and not apart and not block.code and not out[-1].block.code and not block.item \
                and (term or title or _joins_previous(out[-1], block.text)):
            prev = out[-1]
            before = prev.last()
            prev.add(block.text, block.lines)
            # a glued block that has not reached an end mark is still mid-sentence (a citation
            # marker leaves the sentence it follows as it was)
            ended = before if CITATION_MARKS.match(block.text) else block.text
            prev.block.open = not title and (sg.is_numeric_fragment(block.text) or not sg.ends_sentence(ended))
        else:
            out.append(_Joiner(block, "" if cjk else " "))
    if held is not None:
        out.append(_Joiner(held, ""))
    return [j.done() for j in out]


UNDERLINE = re.compile(r"^\s*(?:(=){3,}|-{3,})\s*$")
UNDERLINE_MAX = 80   # characters of the underlined line


def _underlined(lines, numbers):
    """'Background' over '==========' -> '# Background'; over '----------' -> '## Background'
    (Setext headings: the underline is the depth mark, '=' outer). Only a short worded line
    standing alone above it (a blank line or the text's start before it) whose underline spans
    about its width, so a table's rule or a separator under a paragraph is left as it is.
    (r28markdown; WIDENED) reStructuredText: see `_rest_adorned`."""
    lines, numbers = _rest_adorned(list(lines), list(numbers))
    lines = _asciidoc_marked(lines)
    blank_free = all(line.strip() for line in lines)
    fenced = {k for first, last in _fences(lines) for k in range(first, last + 1)} if any("```" in t or "~~~" in t for t in lines) else set()
    i, gone = 1, 0   # gone: underlines deleted above i (the fences' indices are the lines' as they came)
    while i < len(lines):
        match = UNDERLINE.match(lines[i]) if lines[i].rstrip()[-1:] in ("=", "-") else None
        if match and (i + gone in fenced or i + gone - 1 in fenced):
            match = None   # (r28markdown) a listing's '=====' (an reST sample in a fence) underlines nothing
        if not match:
            i += 1
            continue
        top = i - 1 if blank_free and _underlines_line_above(lines[i - 1], lines[i]) else _underlined_top(lines, i)
        if top is None:
            i += 1
            continue
        text = lines[top].strip()
        width = sum(2 if sg.is_han(ch) or ch in "\u3000" else 1 for ch in text)
        if text and len(text) <= UNDERLINE_MAX and sg.has_word(text) and "  " not in text \
                and len(lines[i].strip()) <= width * 2 + 2 and (top == i - 1 or width / 2 <= len(lines[i].strip())):
            lines[top] = ("# " if match[1] else "## ") + text
            del lines[i], numbers[i]
            gone += 1
        i += 1
    return lines, numbers


# (r28markdown) a reStructuredText section adornment: one punctuation character repeated
REST_ADORNMENT = re.compile(r"^([=\-~^\"'`#*+:._])\1{2,}\s*$")


def _rest_adorned(lines: list[str], numbers: list[int]):
    """(r28markdown) reStructuredText marks its sections by adornments, an overline and an underline
    of one character ('=====' / 'Title' / '=====') or an underline alone, any of `= - ~ ^ " ' # * + : .`;
    the DEPTH is the order in which each style (character, overlined or not) first appears, not the
    character. A text that overlines a heading this way is reST: each adorned line becomes a '#'
    line of its depth ('#' the first style, '##' the next, …) and its adornments go (markup, no
    words). A text with no overlined heading is left to the Markdown setext reading."""
    def adorned(i: int):   # (style, first line, last line) of an adorned heading at i, or None
        text = lines[i].strip()
        if not text or REST_ADORNMENT.match(lines[i]) or len(text) > UNDERLINE_MAX or not sg.has_word(text) \
                or i + 1 >= len(lines) or not (under := REST_ADORNMENT.match(lines[i + 1])) \
                or len(lines[i + 1].strip()) < len(text):
            return None
        over = i > 0 and REST_ADORNMENT.match(lines[i - 1]) and lines[i - 1].strip() == lines[i + 1].strip()
        if not over and i > 0 and lines[i - 1].strip():
            return None   # an underline under a paragraph's last line: a table's rule, a separator
        return (under[1], bool(over)), i - 1 if over else i, i + 1
    if not any(REST_ADORNMENT.match(line) and (found := adorned(i + 1)) and found[0][1]
               for i, line in enumerate(lines[:-2])) or _fences(lines):
        return lines, numbers   # (a text with fenced listings is Markdown: an reST sample in one stays as written)
    styles: list[tuple[str, bool]] = []
    out_lines, out_numbers, i = [], [], 0
    while i < len(lines):
        found = adorned(i) if lines[i].strip() else None
        if found is None:
            out_lines.append(lines[i])
            out_numbers.append(numbers[i])
            i += 1
            continue
        style, first, last = found
        if style not in styles:
            styles.append(style)
        if first < i:   # the overline, taken into the output already: drop it
            out_lines.pop()
            out_numbers.pop()
        out_lines.append("#" * min(styles.index(style) + 1, 6) + " " + lines[i].strip())
        out_numbers.append(numbers[i])
        i = last + 1
    return out_lines, out_numbers


HARD_BREAK = re.compile(r"(?<=\*\*|__)\\$")
BOLD_OVER_WORDS = 8   # words inside the stars: a heading or a label, not a bold sentence's wrapped first line
BOLD_TAIL_MAX = 40    # characters of a line closing a sentence the bold line opened ('Act 2019.')
BOLD_TAIL_WORDS = 3   # words of a sentence of its own under a bold head ('There were no apologies.')
BOLD_PERIOD_WORDS = 3   # (r30bold) words of a bold name closed by a period ('**Short title.**')
BOLD_DIVISION_WORDS = 16   # (r30bold) words of a named division's bold head with its catchline
SENTENCE_OPENING = re.compile(r"^[\[(\"“‘'0-9A-Z]")   # a line that opens a sentence, a number or a bracket


# a question put by a speaker: an interview's turn (`Q: Why …?`, `Interviewer: And then?`), not a head
TURN_LABEL = re.compile(r"^[^\s:：]{1,12}[:：]\s")


def bold_head_name(inner: str) -> bool:
    """(r30bold) The words inside a Markdown line wholly in bold read as a head's name, not a sentence:
    at most BOLD_OVER_WORDS words (BOLD_DIVISION_WORDS after a named division's number, which carries
    its catchline: `SEC. 2. REQUESTS BY CBO OF INFORMATION FROM EXECUTIVE AGENCIES.`), closing no
    exclamation and no lead-in (`!`, `:`); (boldq) a question may close it, as a help page's or an
    FAQ's heads ask theirs (`**Who can get a library card?**`), unless a speaker's label opens it
    (TURN_LABEL: an interview's `**Q: Why …?**`); a closing period only as a statute's or a form's heads
    take it: after a named division's number (`Section 1. Definitions.`), in capitals, or a name of
    BOLD_PERIOD_WORDS words or fewer (`Short title.`). A bold sentence or a bold numbered step
    (`1. Turn off the power at the wall socket.`) is none."""
    words = len(inner.split())
    style = sg.numbering(inner)
    division = bool(style and style[:1].isalpha())
    if not words or words > (BOLD_DIVISION_WORDS if division else BOLD_OVER_WORDS) or re.search(r"[!:]$", inner) \
            or inner.endswith("?") and TURN_LABEL.match(inner):
        return False
    if not inner.endswith("."):
        return True
    return division or not re.search(r"[a-z]", inner) or words <= BOLD_PERIOD_WORDS


def bold_head_line(line: str) -> bool:
    """(r30bold) A Markdown line wholly in bold (BOLD_WHOLE_LINE, maybe closed by a hard break's
    backslash) whose words read as a head's name (`bold_head_name`)."""
    return bool(verbatim.BOLD_WHOLE_LINE.match(line)) and bold_head_name(HARD_BREAK.sub("", line)[2:-2].strip())


def _wrapped_tail(line: str) -> bool:
    """The short last line of a bold sentence wrapped at the marks ('**1. (1) This Act may be cited as the …**'
    / 'Act 2019.'): a sentence's close, not a sentence of its own (BOLD_TAIL_WORDS words opening with a capital)."""
    return len(line) <= BOLD_TAIL_MAX and bool(re.search(r"[.;]$", line)) \
        and (len(line.split()) < BOLD_TAIL_WORDS or not line[:1].isupper())


def _bold_over_text(group) -> bool:
    """(r28markdown) A Markdown source sets a minor head as a line wholly in bold ended by a hard break,
    the section's text on the next line with no blank line between (`**1. Purpose**␣␣` / `The
    purpose of …`; `__Scope__\\` / `It applies …`): the bold line is a line of its own, never the
    first words of the paragraph under it (whether it heads a section is `english._bold_heads`'
    call). A head by `bold_head_line`; a bold sentence opening a paragraph stays in it, and so does a
    bold line whose sentence a short last line closes (a PDF's export bolds each wrapped line of a
    section's opening: '**1. (1) This Act may be cited as the …**' / 'Act 2019.')."""
    if len(group) < 2:
        return False
    first, second = group[0][0].strip(), group[1][0].strip()
    if len(group) == 2 and _wrapped_tail(second):
        return False
    return bold_head_line(first) and bool(second)


def _bold_lines_apart(group) -> set[int]:
    """(r30bold; WIDENS `_bold_over_text`) The bold head lines (`bold_head_line`) of a paragraph's lines
    that stand apart, cut before anything else reads the lines (a run of bold lines over a rule is no
    drawing): the first line over text (`_bold_over_text`); a line INSIDE the lines, where the
    Markdown source left no blank line before it either (`… training vouchers.` / `**Section 1.
    Definitions.**␣␣` / `(1) "Cost of attendance" …`), when the line above closes a sentence or a
    lead-in or is a bold head line itself (`**NATIONAL ANTHEM**␣␣` / `**PRAYER**␣␣`), or the line
    under it opens one; the last of the lines after a closed sentence. A bold phrase wrapped inside
    a sentence (`the board`, `**must not**`, `delay the vote`) has none of these. Their numbers."""
    out = {group[0][1]} if _bold_over_text(group) else set()
    for k in range(1, len(group)):
        line = group[k][0].strip()
        if not bold_head_line(line):
            continue
        above = group[k - 1][0].strip()
        above_closed = bool(re.search(r"[.!?:;][\"”’)]?$", above)) or group[k - 1][1] in out
        if k + 1 < len(group):
            under = group[k + 1][0].strip()
            if (above_closed or SENTENCE_OPENING.match(under)) and not (k + 2 == len(group) and _wrapped_tail(under)):
                out.add(group[k][1])
        elif above_closed:
            out.add(group[k][1])
    return out


# (r28markdown) an AsciiDoc section title: '=' marks, a space, the title, no closing marks ('== Purpose');
# the document title '= Title' on the first line
ASCIIDOC_SECTION = re.compile(r"^(={1,6})\s+(?=\S)(?!.*\s=+\s*$)(?P<text>.*\S)\s*$")
ASCIIDOC_SECTIONS_MIN = 2   # section titles ('==' or deeper) in a text with no '= Title' line


def _asciidoc_marked(lines: list[str]) -> list[str]:
    """(r28markdown) AsciiDoc marks a section by '=' signs before its title, one per depth, nothing after
    it ('= Document title', '== Section', '=== Subsection'): the Markdown '#' reading of them. Only in
    a text that is AsciiDoc: its first line '= Title', or ASCIIDOC_SECTIONS_MIN section titles of
    two marks or more; a wiki's '== History ==' (closed) and a line opening with '= ' in a
    formula of a text otherwise plain are left alone."""
    found = [i for i, line in enumerate(lines) if line[:1] == "=" and ASCIIDOC_SECTION.match(line)]
    if not found:
        return lines
    fenced = {i for first, last in _fences(lines) for i in range(first, last + 1)}
    found = [i for i in found if i not in fenced]   # a listing's lines are its own (an AsciiDoc sample in a README)
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    titled = first in found and len(ASCIIDOC_SECTION.match(lines[first])[1]) == 1
    sections = [i for i in found if len(ASCIIDOC_SECTION.match(lines[i])[1]) >= 2]
    if not (titled and sections) and len(sections) < ASCIIDOC_SECTIONS_MIN:
        return lines
    out = list(lines)
    for i in found:
        match = ASCIIDOC_SECTION.match(lines[i])
        if (i == first or i in sections) and (i == 0 or not lines[i - 1].strip() or lines[i - 1].strip().startswith("[")):
            out[i] = "#" * len(match[1]) + " " + match["text"]
    return out


NUMBERED_TITLE_MAX = 60
DECIMAL_TOP = re.compile(r"^(\d{1,3})\s+[A-Z]")


def _numbered_over_text(group, tops: set[str]) -> bool:
    """'4.1 Overview' (or '4 Digital Identity Model' where '4.x' headings exist) directly over
    its first paragraph, no blank line between them (pdftotext -layout): the numbered title line
    opening the group stands apart. Short, no end mark, the text under it opens a sentence."""
    if len(group) < 2:
        return False
    first, second = group[0][0].strip(), group[1][0].strip()
    top = DECIMAL_TOP.match(first)
    numbered = sg.numbering(first).startswith("1.1") or bool(top and top[1] in tops)
    return numbered and len(first) <= NUMBERED_TITLE_MAX and not re.search(r"[.,;:!?]$", first) \
        and second[:1].isupper() and not sg.numbering(second)


# (r42) a listicle's numbered head closed by a colon ('1. Marijuana Reform Is Here:', '5. Talking About …
# The Word "Frisk:"'): a number, a phrase in Title Case, the colon (a closing quote may follow it)
NUMBERED_COLON_HEAD = re.compile(r"^(?P<num>\d{1,2})\.\s+(?P<name>[A-Z“\"].{2,100}?):[\"”’]?$")
NUMBERED_COLON_WORDS = 16   # words of such a head: a title, not a numbered sentence leading into a list


def numbered_colon_head(text: str) -> bool:
    """(r42) 'N. A Phrase In Title Case:' alone on its line: every word of four letters or more
    capitalised, NUMBERED_COLON_WORDS words at most; a numbered lead-in clause ('2. The applicant must
    provide the following:') has its small words in lower case."""
    m = NUMBERED_COLON_HEAD.match(text.strip())
    if not m or len(m["name"].split()) > NUMBERED_COLON_WORDS:
        return False
    words = [w.strip("“\"”’(),.!?") for w in m["name"].split()]
    long_words = [w for w in words if sum(ch.isalpha() for ch in w) >= 4]
    return len(long_words) >= 2 and all(w[:1].isupper() for w in long_words)


def _numbered_colon_over_text(group) -> bool:
    """(r42) A listicle's numbered head closed by a colon (`numbered_colon_head`) directly over its
    text, no blank line between them (a web page printed to PDF, plain `pdftotext`): the head opening
    the group stands apart when the line under it opens a sentence or a quotation."""
    if len(group) < 2:
        return False
    first, second = group[0][0].strip(), group[1][0].strip()
    return numbered_colon_head(first) and (second[:1].isupper() or second[:1] in "“\"‘'") and not sg.numbering(second)


COLUMN_HEAD_TAIL = 3   # words: the end of a numbered heading wrapped by a narrow column ('board', 'annual report')


def _column_head(text: str, tops: set[str]) -> bool:
    """'1.1.1 Responsibility of the Crown entity', '1 Process and production of the' (where '1.x'
    headings exist): a decimal-numbered title line, short, no end mark, a capital after the number."""
    top = DECIMAL_TOP.match(text)
    numbered = sg.numbering(text).startswith("1.1") or bool(top and top[1] in tops)
    words = sg.NUMBER_PREFIX.sub("", text)
    return numbered and len(text) <= NUMBERED_TITLE_MAX and not re.search(r"[.,;:!?]$", text) and words[:1].isupper() \
        and not re.search(r"\S\s{3,}\S", text) and bool(re.search(r"[A-Za-z]{3,}", words))   # a table row ('16 Q   33 h') is no title


def _column_heads(group, tops: set[str]) -> list:
    """A group cut before and after each decimal-numbered heading inside it (unseen7: a page set in
    two columns, extracted with no blank lines, runs the guide's title, '1 Process …', '1.1 Roles …'
    and their paragraphs into one group). A heading the narrow column wrapped takes its next line
    along, as one line, when that line is a short tail (at most COLUMN_HEAD_TAIL words, no end
    mark) and the line after it opens with a capital or another heading: 'Parliamentary papers' under '1.2.1 Annual reports which
    are', 'board' under '1.1.1 Responsibility of the Crown entity'; (r44) never a heading of the series itself
    ('1 Background' / '1.1 Our purpose': the part's head right over its first section's). Lists ('1.1 Apples' among
    sentences that run on in lower case) are not cut: the line after the heading opens a sentence."""
    texts = [line.strip() for line, _ in group]
    parts, start, k = [], 0, 0
    while k < len(texts):
        end = k + 1
        if k + 2 < len(texts) and len(texts[k + 1].split()) <= COLUMN_HEAD_TAIL \
                and not re.search(r"[.,;:!?]$", texts[k + 1]) and not _column_head(texts[k + 1], tops) \
                and (texts[k + 2][:1].isupper() or _column_head(texts[k + 2], tops)):
            end = k + 2   # the wrapped tail of the heading
        after = texts[end] if end < len(texts) else ""
        if _column_head(texts[k], tops) and (not after or after[:1].isupper() or after[:1] in "([“\"‘"
                                             or _column_head(after, tops)):
            if k > start:
                parts.append(group[start:k])
            line, number = group[k]
            parts.append([(line.rstrip() + " " + texts[k + 1], number)] if end == k + 2 else [group[k]])
            start = k = end
            continue
        k += 1
    if start < len(group):
        parts.append(group[start:])
    return parts


FENCE = re.compile(r"^\s{0,3}(?P<mark>`{3,}|~{3,})")


PHRASE_WORDS = 6        # a heading glued over its paragraph is a short phrase …
PHRASE_SHARE = 0.5      # … at most half the measure, over a line that fills it (unwrap.FULL)
PHRASE_OPEN_END = {"a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "of", "on", "or",
                   "the", "to", "with"}   # a line ending on one of these runs on: no heading


def _phrase_over_text(group, wrap: int) -> bool:
    """The group opens with a short unnumbered heading glued to its first paragraph ('Etymology
    and study' / 'The singular alga is the Latin word for "sea‐'): text extracted from a PDF set
    in columns puts no blank line between them (newdocs round 3). The first line is a capitalised
    phrase of at most PHRASE_WORDS words, no end mark, at most half the text's measure; the next
    opens with a capital (behind a bracket or a quotation mark too: an editor's note `[Sources
    include …]` under its head; enprint) and fills the measure. A paragraph's first line fills the measure
    itself, so a short first line over a full one is no wrapped paragraph."""
    if not wrap or len(group) < 2:
        return False
    first, second = group[0][0].strip(), group[1][0].strip()
    words = first.split()
    edit = EDIT_LINK_END.search(first)
    if edit and 0 < len(first[:edit.start()].split()) <= PHRASE_WORDS and first[:1].isupper() and _opens_sentence(second):
        return True   # (r26pdfen) a wiki section's head with its edit link, printed over its text: 'History[edit]'
    return 0 < len(words) <= PHRASE_WORDS and len(first) <= PHRASE_SHARE * wrap and sg.head_initial(first) \
        and not re.search(r"[.,;:!?\"”’)\]—–-]$", first) and not sg.numbering(first) \
        and words[-1].casefold() not in PHRASE_OPEN_END and _opens_sentence(second) \
        and (len(second) >= unwrap.FULL * wrap or _sentence_under(first, second) or _lead_in_under(first, second)
             or bool(BRACKET_NOTE.match(second)) and len(group) >= 3 and _opens_sentence(group[2][0].strip()))


def _line_over_head(group, wrap: int) -> bool:
    """(r28prints) A printed page's or a report's line standing directly over a section head and its
    text, no blank line between any of them (`Statistics 2018-19` / `Introduction` / `In 2018-19 we
    received:`: the page's headline over its first head): the head is cut off only when it opens a
    group (`_phrase_over_text`), so the line over it is cut off first. It is a short line (at most
    half the measure) that ENDED ON PURPOSE: no mark or word that runs on at its end, and the head's
    first word would have fitted after it; the head stands over a sentence or a lead-in
    (`_sentence_under`, `_lead_in_under`), not over a line that fills the measure (a section head over
    a picture's caption over its paragraph is read by the rules for those). A headline wrapped over
    two lines is longer than half the measure on its first line, or ends on a word that runs on ('…
    Report on the'), so it stays whole."""
    if not wrap or len(group) < 3:
        return False
    first, head = group[0][0].strip(), group[1][0].strip()
    words = first.split()
    return 0 < len(words) <= PHRASE_WORDS and len(first) <= PHRASE_SHARE * wrap and sg.head_initial(first) \
        and not re.search(r"[,;:\-–—(]$", first) and words[-1].casefold() not in PHRASE_OPEN_END \
        and len(first) + 1 + len(head.split()[0]) <= wrap and not _phrase_over_text(group, wrap) \
        and _phrase_over_text(group[1:], wrap) and len(group[2][0].strip()) < unwrap.FULL * wrap


LEAD_IN_WORDS = 3   # (r28prints) words of a lead-in under a head: a clause, not a label ('Phone:')
# a letter's salutation ends in a colon too ('Dear Mr. Speaker:', 'To the Members:'): no lead-in
SALUTATION_OPENS = re.compile(r"^(?:Dear|To|My)\b")


def _lead_in_under(first: str, second: str) -> bool:
    """(r28prints) A report's or a printed page's head over the lead-in of a list, with no blank line
    between them (`Introduction` / `In 2018-19 we received:`, `Our performance` / `This year we:`):
    the line under the phrase is a clause of LEAD_IN_WORDS words or more that opens a sentence and
    ends in a colon, longer than the phrase. A label line (`Phone:`) is shorter, a letter's
    salutation (`Dear Mr. Speaker:`) follows an address, not a head, so they stay with the line above."""
    return second.endswith(":") and len(second.split()) >= LEAD_IN_WORDS and len(second) > len(first) \
        and not SALUTATION_OPENS.match(second)


# (r26legal) an editor's note in brackets under a head, over the text ('EXPLANATORY NOTE' / '(This note is
# not part of the Order)' / 'This Order …'): the head stands over it as over a sentence
BRACKET_NOTE = re.compile(r"^\([A-Z][^()]{3,80}\)\.?$")


EDIT_LINK_END = re.compile(r"\S\s*\[\s*(?:edit|编辑)\s*\]$", re.I)   # a wiki head's edit link at its end


# (enprint) a sentence may open behind a bracket or a quotation mark ('[Sources include …]', '"The
# Board shall …'): an editor's note, a quoted provision under its head
SENTENCE_OPENERS = "([“\"‘'"


def _opens_sentence(text: str) -> bool:
    return text.lstrip(SENTENCE_OPENERS)[:1].isupper()


SENTENCE_WORDS = 8      # words of a whole sentence under a section head: prose, not a name or an address line


def _sentence_under(first: str, second: str) -> bool:
    """(enweb) A web page printed to PDF keeps a blank line before each section head but none
    between the head and its text, and the text's first line may be a whole short sentence that
    does not reach the measure (`Eligibility` / `You must live in the area to apply.` / …): the
    line under the phrase is then a sentence of its own — at least SENTENCE_WORDS words, closed by
    `.`, `!` or `?` — and more than twice as long as the phrase. A name over a short line, an
    address, a list of bare items close no sentence, so they stay one block."""
    return len(second.split()) >= SENTENCE_WORDS and bool(re.search(r"[.!?][\"”’)\]]?$", second)) \
        and len(second) > 2 * len(first)


# (r22print) a head over the short lines under it: a label line, a phone line, a motion number
PAGE_GAP = 2             # line numbers between two groups: more is lines the cleaner removed (a page's foot and head)
LINES_UNDER_MIN = 2      # lines under the head: they stay one block of their own, not a one-line heading candidate
OWN_LINE_MARKS = re.compile(r"[.,:;!?/\d]")   # a mark or a digit in the head's words: a label or an address, no phrase


HEAD_UNDER_MIN = 1   # (r40webpdf) full lines over the closing line: a wrapped paragraph, not a list of short lines
CLOSED = re.compile(r"[.!?][\"”’)\]]*$")


def _head_under_text(group, wrap: int) -> bool:
    """(r40webpdf) A web page printed to PDF and extracted by pdftotext sets a section head right under
    the paragraph before it, no blank line between, and a blank line under it (`… during the works.` /
    `Reticulation` / blank / `Elements of the works …`; also the last line of a page, the running foot
    after it): the head was read as the paragraph's last words. The group's LAST line is cut off when it
    is a capitalised phrase of at most PHRASE_WORDS words (no mark or digit in its words, not ending on a
    word that runs on, at most half the measure) under a line that closes a sentence, over at least
    HEAD_UNDER_MIN lines that fill the measure (a wrapped paragraph). A paragraph's own last line goes on
    a sentence (lower case, or no capital) or closes it with its mark; a signature under a letter's last
    paragraph is cut off too, as a block of its own (the heading rules decide what it is)."""
    if not wrap or len(group) < HEAD_UNDER_MIN + 2:
        return False
    last, before = group[-1][0].strip(), group[-2][0].strip()
    words = last.split()
    if not words or len(words) > PHRASE_WORDS or not last[:1].isupper() or OWN_LINE_MARKS.search(last) \
            or re.search(r"[\"”’)\]—–-]$", last) or words[-1].casefold() in PHRASE_OPEN_END or len(last) > PHRASE_SHARE * wrap:
        return False
    return bool(CLOSED.search(before)) and all(len(line.strip()) >= unwrap.FULL * wrap for line, _ in group[:-2])


def _head_over_lines(group, wrap: int) -> bool:
    """(r22print) A web page printed to PDF, or a report's PDF text, keeps the blank line before a
    section head but none after it, and the head may stand over SHORT lines rather than over a
    paragraph that fills the measure: the names under `Present`, the `Phone: …` / `Opening
    hours:` lines under `Support for new employers`, the motion number `60/19` under `2.
    Confirmation of Minutes`, the sub-head under `Introduction`. `_phrase_over_text` and
    `_headline_over_text` need a full line under the head, so the head was read as the first words
    of one long block. The first line is cut off when it is a capitalised phrase of at most
    PHRASE_WORDS words (a plain or `1.` number before it), no mark or digit in its words, not in capitals, not
    ending on a word that runs on, at most half the measure, that ENDED ON PURPOSE (the next
    line's first word would have fitted on it), over at least LINES_UNDER_MIN lines that open
    with a capital or a digit, among them TEXT: a line that announces what follows (ends in a
    colon) or a line of SENTENCE_WORDS words or more. A title page's or an address's lines
    (`Government of Tonga` / `Published by Good Press, 2022` / `EAN …`, `Royal Courts of Justice`
    / `Strand, London, …` / `16/02/2018`) and a bare list (`Apples` / `Pears` / `Plums`) have
    no such line, so their first line is no head. Only the first line is cut: a sub-head
    stacked under it stays with the lines (cut too, the head over it would lose its body). Across a
    page break (lines the cleaner removed between the groups) under a line that ends in a colon,
    the line is the next item of the list that line announced, not a head (make_blocks)."""
    if not wrap or len(group) < 1 + LINES_UNDER_MIN:
        return False
    first, second = group[0][0].strip(), group[1][0].strip()
    words = first.split()
    style = sg.numbering(first)
    if not words or not second or style not in ("", "1.") or len(words) - bool(style) > PHRASE_WORDS:
        return False
    named = first.split(None, 1)[1] if style and len(words) > 1 else first
    if not named[:1].isupper() or sg.is_all_caps(named) or OWN_LINE_MARKS.search(named) or re.search(r"[.,;:!?\"”’)\]—–-]$", first) \
            or words[-1].casefold() in PHRASE_OPEN_END or len(first) > PHRASE_SHARE * wrap:
        return False
    if not (second[:1].isupper() or second[:1].isdigit()) or len(first) + 1 + len(second.split()[0]) > wrap:
        return False
    under = [line.strip() for line, _ in group[1:]]
    return any(t.endswith(":") or len(t.split()) >= SENTENCE_WORDS for t in under)


INDENT_STEP = 2          # columns: a paragraph's first-line indent in layout mode, not a stray space
INDENTED_UNDER = 2       # lines back at the margin under an indented first line: a paragraph's shape
BLOCK_HEAD_WORDS = 3     # words of a label over a block indented under it


FIELD_LABEL_LINE = re.compile(r"^(?P<indent> {1,8})(?P<name>[A-Z][^:]{0,70}?):\s*$")
FIELD_LABEL_WORDS = 8    # words of a profile's field label
FIELD_LABELS_MIN = 5     # such labels in the text: a profile's layout, not one lead-in


def _indented_labels(lines: list[str], numbers: list[int]) -> set[int]:
    """(r43en) A PROFILE'S FIELD LABELS AS ITS HEADS: a plain-text country profile or fact sheet sets each field's
    label indented and closed by a colon on a line of its own (`  Area - comparative:`), its value on the lines
    under it indented deeper (`    about 0.6 times the size of …`), the fields grouped under names set flush
    (`Geography`). Where FIELD_LABELS_MIN or more such labels (FIELD_LABEL_WORDS words at most, a capital first,
    no other colon) each stand right over a line indented two columns or more deeper, the labels are the
    profile's heads under its flush names: their line numbers. A lone lead-in closed by a colon is no series."""
    found = set()
    for k in range(len(lines) - 1):
        match = FIELD_LABEL_LINE.match(lines[k])
        if not match or len(match["name"].split()) > FIELD_LABEL_WORDS or sg.numbering(match["name"]):
            continue
        after = lines[k + 1]
        if after.strip() and sg.indent_of(after) >= len(match["indent"]) + 2:
            found.add(numbers[k])
    return found if len(found) >= FIELD_LABELS_MIN else set()


def _head_over_indent(group) -> bool:
    """(r27layout) In layout mode (`pdftotext -layout`) a paragraph opens with its first-line indent,
    so a head flush at the text's margin over an INDENTED line ends there, with no blank line to say
    so (`Schedule of Fees` / `     The fees are as follows:`). The first line is a capitalised phrase
    as `_head_over_lines` reads one (at most PHRASE_WORDS words, no mark or digit, no end mark, not
    ending on a word that runs on); the second stands INDENT_STEP columns or more deeper than it and
    than the line under it, opens a sentence, and is text: it announces what follows (a colon), has
    SENTENCE_WORDS words or more, or is a paragraph's first line with INDENTED_UNDER lines back at
    the head's margin under it (a narrow column's paragraph: `   Welcome to the` / ` autumn issue.`).
    A label of at most BLOCK_HEAD_WORDS words (in capitals too) over two lines or more that all
    stand at one deeper indent, each opening with a capital, heads that block (`PRESENT` over the
    names). A centred or stepped name block (`Margaret Osei` / `Chair`) has no such line."""
    if len(group) < 2:
        return False
    first, second = group[0][0], group[1][0]
    head, text = first.strip(), second.strip()
    words = head.split()
    if not words or len(words) > PHRASE_WORDS or not head[:1].isupper() \
            or OWN_LINE_MARKS.search(head) or re.search(r"[-—–\"”’)\]]$", head) or words[-1].casefold() in PHRASE_OPEN_END:
        return False
    step = sg.indent_of(second) - sg.indent_of(first)
    under = [line for line, _ in group[2:] if line.strip()]
    if step >= INDENT_STEP and len(words) <= BLOCK_HEAD_WORDS and len(under) >= INDENTED_UNDER - 1 \
            and all(sg.indent_of(line) == sg.indent_of(second) and line.strip()[:1].isupper() for line in under):
        return True   # a label over a block indented under it, every line at one indent (the names under `PRESENT`)
    if sg.is_all_caps(head):
        return False
    if step < INDENT_STEP or under and sg.indent_of(under[0]) >= sg.indent_of(second):
        return False
    wrapped = len(under) >= INDENTED_UNDER and all(sg.indent_of(line) <= sg.indent_of(first) for line in under[:INDENTED_UNDER])
    return _opens_sentence(text) and (text.endswith(":") or len(text.split()) >= SENTENCE_WORDS or wrapped)


# (enweb) a question a page sets as a section head: it opens with a question word or an auxiliary,
# starts with a capital, closes with `?` (a space before it in some converters: `… cover ?`)
QUESTION_HEAD = re.compile(r"^(?:What|How|Why|When|Where|Who|Whom|Whose|Which|Can|Could|Do|Does|Did|Is|Are|Was|Were|"
                           r"Should|Will|Would|May|Must|Have|Has|Am|Shall)\b[^?.!:;]*[A-Za-z0-9)’']\s?\?$")
QUESTION_WORDS = 12     # words: a head, not a question asked in a paragraph


def _question_over_text(group) -> bool:
    """(enweb) A question standing as a section head over its text with no blank line between
    them, as FAQ and guidance pages printed to PDF and slide outlines set them (`How do I apply?`
    / `Send the form to …`): the group opens with a question of at most QUESTION_WORDS words
    (`QUESTION_HEAD`) and goes on under it. A question a speech asks stands in a paragraph or
    alone between blank lines, never with the text glued under it, so it stays body."""
    if len(group) < 2:
        return False
    first, second = group[0][0].strip(), group[1][0].strip()
    return bool(QUESTION_HEAD.match(first)) and len(first.split()) <= QUESTION_WORDS \
        and bool(second) and not QUESTION_HEAD.match(second) and (second[:1].isupper() or second[:1] in "([")


# (noblank) the line before a head a blank-free copy glued into the paragraphs: it closed a sentence
SENTENCE_CLOSED = re.compile(r"[.!?][\"”’)\]]*$")
RUNS_ON_END = re.compile(r"(?:[^\W\d_][-\u2010\u00ad]|,)$")   # a word hyphenated at the line end, a comma: the sentence goes on


def _heads_apart(group, wrap: int):
    """(noblank, issue 11) Text extracted from a PDF or a web page printed to PDF (pdftotext, a
    viewer's copy) drops the blank lines, so a section head stands INSIDE a run of lines, between
    the sentence that closes one paragraph and the first line of the next (`… of this report.` /
    `Objective and Scope` / `The scope and extent of …`). The run is cut before such a line, so the
    head opens a group of its own and is read as the copy with blank lines reads it: a line that
    follows a closed sentence (`.`, `!`, `?`; a colon announces a list, not a head) or a line the
    cleaner removed (a page number, a running head: a gap in the line numbers wider than the run's
    own step, which is 2 in a double-spaced copy read back), over a paragraph of
    wrapped prose (its first line fills the measure and runs on, ending in a word, a word hyphenated
    at the line end or a comma, into a line in lower case), in a run most of whose lines fill the measure, and
    over which `_phrase_over_text` or `_headline_over_text` would set a head when it opened a group,
    or a numbered section head (`unwrap.numbered_head`, `4.3 Authentication and Lifecycle
    Management`) over a sentence's first line.
    A line that goes on a paragraph (lower case, a comma at the end, a long line) never passes
    those tests, so a paragraph is not cut; a play's or a poem's lines are short, open with capitals
    and end in marks, so a speaker's name or a stage direction stays where it is. A
    question is left alone: a speech asks them between its sentences."""
    if not wrap or len(group) < 3 or 2 * sum(len(line.strip()) >= unwrap.FULL * wrap for line, _ in group) < len(group):
        yield group   # (most lines of a run of prose fill the measure; a play's or a poem's do not)
        return
    start = 0
    step = min(b[1] - a[1] for a, b in zip(group, group[1:]))   # 2 in a double-spaced copy read back (clean)
    for k in range(1, len(group) - 1):
        before, text = group[k - 1][0].strip(), group[k][0].strip()
        if k <= start or not (text[:1].isupper() or text[:1].isdigit()) or len(text) > unwrap.FULL * wrap:
            continue   # (a cheap test first: a head is short and opens with a capital or its number)
        if not (SENTENCE_CLOSED.search(unwrap.CITATION_TAIL.sub("", before)) or group[k][1] - group[k - 1][1] > step
                or unwrap.sentence_lost_over(before, text, wrap)):
            continue
        rest = group[k:k + 4]
        under, on = rest[1][0].strip(), rest[2][0].strip() if len(rest) > 2 else ""
        if len(under) < unwrap.FULL * wrap or not (under[-1:].isalnum() or RUNS_ON_END.search(under)) \
                or not on[:1].islower():
            continue   # the paragraph under the head is wrapped prose: its first line fills the measure and runs on
        if _phrase_over_text(rest, wrap) or _headline_over_text(rest, wrap) \
                or unwrap.numbered_head(text) and len(text) <= PHRASE_SHARE * wrap * 1.2 and under[:1].isupper():
            yield group[start:k]
            start = k
    yield group[start:]


HEADLINE_WORDS = 14      # words of a news item's headline glued over its paragraph (round6)
WRAPPED_SHARE = 0.6      # of the paragraph's first line: a wrapped headline's first line runs that far


HEADLINE_SLACK = 0.1   # of the measure (r28books): see _headline_over_text


def _headline_over_text(group, wrap: int) -> int:
    """How many lines (1 or 2) of a headline open the group over its paragraph, 0 if none (round6,
    xxg7: a digest printed to PDF, `State Council asks for better response to public opinions` /
    `The General Office …`, and headlines set larger and wrapped, `… scientific and technological`
    / `innovation plan`). WIDENS `_phrase_over_text` from a fixed six words and half the measure
    to the shape that proves a line ended on purpose: the next line's first word would have fitted
    on the headline's last line, that line ends in no mark, and the paragraph under it opens with a
    capital and fills the measure. The headline opens with a capital, is no numbered line, and a
    wrapped one may carry a comma at its first line's end (`… in Pingxiang,` / `Guangxi`). (r28books) The word
    must fit with HEADLINE_SLACK of the measure to spare: a wrapper aims short of its measure (fmt's
    goal width), so a line a word short of the measure by a few columns is still a wrapped line; (r28ocr) and short of
    the paragraph's own shortest wrapped line (`_shortest_run_on`), as justified print in a
    proportional face wraps."""
    if not wrap or len(group) < 3:
        return 0
    texts = [line.strip() for line, _ in group[:4]]
    for head in (1, 2):
        if len(texts) <= head + 1:
            return 0   # the paragraph under a headline runs over two lines at least
        lines, body = texts[:head], texts[head]
        last = lines[-1]
        words = " ".join(lines).split()
        if not lines[0][:1].isupper() or sg.numbering(lines[0]) or len(words) > HEADLINE_WORDS \
                or re.search(r"[.,;:!?\"”’)\]—–-]$", last) or any(re.search(r"[.;:!?]$", t) for t in lines[:-1]) \
                or words[-1].casefold() in PHRASE_OPEN_END or not body[:1].isupper() or sg.is_all_caps(body) \
                or re.search(r"[.;:!?]\s", " ".join(lines)) \
                or len(body) < unwrap.FULL * wrap \
                or len(last) + 1 + len(body.split()[0]) > min((1 - HEADLINE_SLACK) * wrap, _shortest_run_on(group[head:], wrap)):
            continue
        if head == 2 and (len(lines[1]) >= len(lines[0]) or len(lines[0]) < WRAPPED_SHARE * len(body)
                          or sg.numbering(lines[1]) or strong_heading(lines[1]) or sg.is_all_caps(lines[1])):
            continue   # a wrapped headline: its first line ran near the measure, its second is shorter and no label
        return head
    return 0


RUN_ON_SCAN = 12   # lines of the paragraph under a headline read for its shortest wrapped line


def _shortest_run_on(body, wrap: int) -> int:
    """(r28ocr) The room a line of this paragraph surely has: the shortest of its lines that fill the
    measure and run on (all but its last, RUN_ON_SCAN at most), never more than `wrap`. Print set
    in a proportional face and justified (the OCR text of a scanned page, text extracted from a PDF)
    breaks a line where the next word's WIDTH does not fit, so its lines range over ten characters
    and more (57-68 in one column); a line that stopped where the paragraph's own shortest wrapped
    line went on proves no headline (`A Book applauded by the Clergy of England, called The Divine`
    / `Right of Church Government, …`), while a headline ends well short of every line under it."""
    lengths = [len(line.strip()) for line, _ in body[:RUN_ON_SCAN][:-1]]
    full = [n for n in lengths if n >= unwrap.FULL * wrap]
    return min([wrap] + full)


PAGE_HEADLINE_WORDS = 4   # words: a shorter line in page text is a label, a verse or a speech's end


def _page_headlines(blocks: list[Block]) -> list[Block]:
    """(round6, xxg7 with its blank lines gone) In page text split by width, an item's headline
    stands as one block (one line, or two the split kept together) or as two one-line blocks over its
    paragraph: a capitalised line of ≤ 14 words with
    no end mark (a comma only where its wrapped rest follows), its rest a shorter line with no end
    mark, then a paragraph of two lines or more opening with a capital; the block before it ends a
    sentence or is the page's date line. At least four words, no colon, bar, `!` or `?` in it. Such a line (and its rest) is one headline block, a heading
    as `_headline_over_text` makes one in blank-separated text."""
    out: list[Block] = []
    i = 0
    while i < len(blocks):
        b = blocks[i]
        prev = out[-1] if out else None
        # after a paragraph's end, or after the page's date line (a headline under a heading is a caption)
        opened = prev is None or sg.ends_sentence(prev.text) or prev.lines == 1 and bool(re.search(r"\d{4}", prev.text))
        head = 0
        if opened and b.lines <= 2 and not b.code and b.text[:1].isupper() and not sg.numbering(b.text) \
                and not re.search(r"[.;:!?\"'”’)\]—–-]$", b.text) and not re.search(r"[:|!?]", b.text) \
                and len(b.text.split()) >= PAGE_HEADLINE_WORDS:
            rest = blocks[i + 1] if i + 1 < len(blocks) else None
            after = blocks[i + 2] if i + 2 < len(blocks) else None
            if rest is not None and rest.lines >= 2 and rest.text[:1].isupper() and not b.text.endswith(",") \
                    and len(b.text.split()) <= HEADLINE_WORDS and b.text.split()[-1].casefold() not in PHRASE_OPEN_END:
                head = 1
            elif b.lines == 1 and rest is not None and after is not None and rest.lines == 1 and len(rest.text) < len(b.text) \
                    and not re.search(r"[.,;:!?]$", rest.text) and not sg.numbering(rest.text) \
                    and (rest.text[:1].islower() or b.text.endswith(",")) and after.lines >= 2 and after.text[:1].isupper() \
                    and len((b.text + " " + rest.text).split()) <= HEADLINE_WORDS:
                head = 2
        if head == 1:
            b.headline = True
        elif head == 2:
            rest = blocks[i + 1]
            b = Block(f"{b.text} {rest.text}", b.line, b.indent, b.lines + rest.lines, headline=True, right=max(b.right, rest.right))
        out.append(b)
        i += head or 1
    return out


def _fences(lines) -> list[tuple[int, int]]:
    """(first, last) line indices of each fenced code block: an opening run of three or more
    backticks or tildes, up to the closing run of the same mark (or the text's end). The lines
    inside are code: a '# comment' there is no heading, and prose does not run into it."""
    spans, i = [], 0
    while i < len(lines):
        match = FENCE.match(lines[i])
        if not match:
            i += 1
            continue
        mark, end = match["mark"], i + 1
        while end < len(lines) and not (lines[end].strip().startswith(mark[0] * len(mark))
                                         and not lines[end].strip().strip(mark[0])):
            end += 1
        spans.append((i, min(end, len(lines) - 1)))
        i = end + 1
    return spans


FENCE_INFO = re.compile(r"[A-Za-z0-9_+#.-]{1,30}")


def _code_block(lines, numbers) -> Block:
    """A fenced code block as a listing: the lines between the fences, each as written less the
    opening fence's own indentation, joined by newlines. The fence lines are markdown's markup
    (like '# ' before a heading): their info string ('```python') names the listing's language."""
    match = FENCE.match(lines[0])
    closed = len(lines) > 1 and lines[-1].strip().startswith(match["mark"][0] * 3) \
        and not lines[-1].strip().strip(match["mark"][0])
    body = lines[1:-1] if closed else lines[1:]
    cut = len(match.group()) - len(match["mark"])
    kept = [line[min(cut, sg.indent_of(line)):].rstrip() for line in body]
    info = FENCE_INFO.match(lines[0].strip()[len(match["mark"]):].strip().lstrip("{."))
    text = "\n".join(kept).strip("\n") or lines[0].strip()   # an empty fence keeps its mark as text
    return Block(text, numbers[0], sg.indent_of(lines[0]), len(lines), code=True, verbatim="code",
                 language=info.group() if info else "")


def _table_block(lines, numbers) -> Block:
    """(r33zhprint) A laid-out table of figures as one verbatim block: its lines and spaces kept."""
    group = list(zip(lines, numbers))
    return Block(verbatim.verbatim_text(group), numbers[0], sg.indent_of(lines[0]), len(group),
                 code=True, verbatim="layout")


def _table_segments(segments):
    """(r33zhprint, issue 11) Chinese text's segments cut at laid-out tables of figures
    (`verbatim.figure_tables`): ('table', lines, numbers) for each, so a row group's label
    (`一、按轻重工业分`), a continued table's caption and the column heads inside it are the table's,
    never headings, and its rows are never joined as wrapped prose."""
    for kind, seg_lines, seg_numbers in segments:
        spans = verbatim.figure_tables(seg_lines) if kind == "text" else []
        start = 0
        for first, last in spans:
            if first > start:
                yield "text", seg_lines[start:first], seg_numbers[start:first]
            yield "table", seg_lines[first:last + 1], seg_numbers[first:last + 1]
            start = last + 1
        if not spans or start < len(seg_lines):
            yield kind, seg_lines[start:], seg_numbers[start:]


def _segments(lines, numbers):
    """The text cut at fenced code blocks: ('text', lines, numbers) and ('code', lines, numbers)."""
    start = 0
    for first, last in _fences(lines):
        yield "text", lines[start:first], numbers[start:first]
        yield "code", lines[first:last + 1], numbers[first:last + 1]
        start = last + 1
    yield "text", lines[start:], numbers[start:]


UNDERLINED_LINES = 3   # a heading over its underline with the notes under its name ('(since 3.12.0)')


def _underlined_top(lines, i: int) -> int | None:
    """The line an underline at `i` marks: the first of a group of up to UNDERLINED_LINES short lines
    standing alone (a blank line or the text's start above it), None if there is none. Mostly the
    group is the one line above the underline; a NEWS file sets notes under a release's name
    ('What's New in IDLE 3.13.0' / '(since 3.12.0)' / 'Released on …' over '====='): the underline
    spans the first line, which is the heading, and the notes stay text under it."""
    for top in range(i - 1, max(i - 1 - UNDERLINED_LINES, -1), -1):
        text = lines[top].strip()
        if not text or len(text) > UNDERLINE_MAX:
            return None
        if top == 0 or not lines[top - 1].strip():
            return top
    return None


def _underlines_line_above(above: str, underline: str) -> bool:
    """(r25noblank, issue 11) In a text with no blank line at all (a copy that dropped them), a
    Setext underline marks the line right above it, though no blank line sets that line apart (an
    image line or a badge over `Package Title` / `=====`): the line is short, ends in no mark a
    sentence or a table row ends in, and the underline is no wider than twice the line (a run of
    `=` at least UNDERLINE_EQUALS long, a run of `-` at least half the line: a dashed rule under a
    short line is a separator more often than an underline)."""
    text, rule = above.strip(), underline.strip()
    least = UNDERLINE_EQUALS if rule[:1] == "=" else len(text) / 2
    return 0 < len(text) <= UNDERLINE_MAX and not re.search(r"[.,;:!?|)\]]$", text) and "  " not in text \
        and least <= len(rule) <= 2 * len(text) + 2


UNDERLINE_EQUALS = 5


# an Act's section heading on its own line over the section's text, as Commonwealth acts print
# it: the number, a short title in sentence case, a closing period ('1. Short title and
# commencement.', '25. Duty to report.') — no other stop inside, at most 10 words
PROVISION_HEAD = re.compile(r"^\d{1,3}[A-Z]{0,2}\.\s+(?P<title>[A-Z][\w'’()-]*(?:\s+[\w'’(),-]+){0,9}?)\.?$")
# a revised Act's section heading as its PDF prints it: the number, a space, the title, no stop
# after the number ('2 Fraud by false representation', '5 “Gain” and “loss”', '6 Possession etc.
# of articles for use in frauds'; unseen7)
BARE_PROVISION_HEAD = re.compile(r"^(?P<num>\d{1,3})[A-Z]{0,2}(?:\((?P<sub>\d{1,3})\))?\s+(?P<title>[A-Z“\"‘][\w'’”\"()-]*(?:\s+[\w'’“”\"(),.:-]+){0,11}?)$")
BARE_PROVISION_STEP = 3   # numbers a series of bare headings may skip: repealed sections
BARE_HEAD_GAP = 2         # blank lines between a bare head and its text (a head alone between blank lines)
# '(1) …', 'In this Act, …'; (r28acts) a legislation site's bullet before it ('• (1) These regulations …',
# '• In these regulations, …'), as a page's list markup for each subsection prints in text
PROVISION_TEXT = re.compile(r"^(?:[•▪●]\s+)?(?:\((?:\d{1,3}|[a-z]{1,3})\)\s|[A-Z“\"])")
PROVISION_HEADS_MIN = 3
# (r22legal) in a text divided into Parts: a section head whose stop has no space after it, as a web
# page's copy prints it ('1.Short Title', '2.Definitions'), and a subsection numbered with a slash
# under it ('1/ Whosoever, …': Ethiopian and other civil-law drafting)
UNSPACED_PROVISION_HEAD = re.compile(r"^\d{1,3}[A-Z]{0,2}\.(?P<title>[A-Z][a-z][\w'’()-]*(?:\s+[\w'’(),-]+){0,9}?)$")
SLASH_SUBSECTION = re.compile(r"^\d{1,3}/\s+\S")
DIVIDED_HEADS_MIN = 2   # section heads counting 1, 2 in a text divided into Parts: an excerpt's first Part


def _provision_heads(lines, numbers) -> tuple[set[int], set[int]]:
    """Line numbers of an Act's section headings (PROVISION_HEAD) standing directly over their
    text — a subsection `(1) …` or a sentence — in a text divided into Parts (`PART I - …`), at
    least three of them: each is a block of its own and a heading, though its title is in sentence
    case and closed by a period (unseen5, xv1). A numbered list's items run on in one group with
    no Part over them, or end in ';'."""
    texts = [line.strip() for line in lines]
    notes = _marginal_notes(texts, numbers) | _noted_sections(texts, numbers) | _bold_noted_sections(texts, numbers) \
        | _glued_section_heads(texts, numbers) | _spaced_noted_sections(texts, numbers) | _hyphen_code_heads(texts, numbers)
    if not any(sg.numbering(t) == "chapter" and t[:4].casefold() == "part" for t in texts):
        bare, rests = _bare_provision_heads(texts, numbers)
        return bare | notes | _enacted_provision_heads(texts, numbers), rests
    heads = set()
    for k in range(len(texts) - 1):
        text, nxt = texts[k], texts[k + 1]
        if (PROVISION_HEAD.match(text) or UNSPACED_PROVISION_HEAD.match(text)) and nxt \
                and (PROVISION_TEXT.match(nxt) or SLASH_SUBSECTION.match(nxt)) and not PROVISION_HEAD.match(nxt) \
                and not UNSPACED_PROVISION_HEAD.match(nxt) and not sg.numbering(nxt) == "chapter":
            heads.add(numbers[k])
    bare, rests = _bare_provision_heads(texts, numbers, DIVIDED_HEADS_MIN)
    return (heads if len(heads) >= PROVISION_HEADS_MIN else set()) | notes | bare, rests


def _enacted_provision_heads(texts: list[str], numbers) -> set[int]:
    """(enlegal) An Act without Parts whose sections a legal institute's page sets as `N. Title` lines
    (PROVISION_HEAD) right over their text, no blank lines (`1. Short title` / `This Act may be cited
    as …`, `5. Forms` / `Where a form is prescribed …`): without a Part a numbered line over a
    sentence may be a list's item, so only in a text that enacts or names itself (ACT_WORDS), the
    numbers rising from 1 or 2, at least PROVISION_HEADS_MIN of them. A head with no text under it
    (the next line another head) stays as it was."""
    if not any(ACT_WORDS.search(t) for t in texts):
        return set()
    heads, last = set(), 0
    for k in range(len(texts) - 1):
        text, nxt = texts[k], texts[k + 1]
        if not PROVISION_HEAD.match(text) or text.endswith(".") or not nxt or not PROVISION_TEXT.match(nxt) \
                or PROVISION_HEAD.match(nxt) or sg.numbering(nxt):
            continue
        num = int(re.match(r"\d+", text).group())
        if (not heads and num in (1, 2)) or (heads and num > last):
            heads.add(numbers[k])
            last = num
    return heads if len(heads) >= PROVISION_HEADS_MIN else set()


# a provision's marginal note as a legislation site renders it in text, its screen-reader label
# kept ('Marginal note: Definitions'): the provision's heading, printed beside it in the margin
MARGINAL_NOTE = re.compile(r"^Marginal\s+note\s*:\s*\S.{0,100}$", re.I)
MARGINAL_NOTES_MIN = 2


def _marginal_notes(texts: list[str], numbers) -> set[int]:
    """Line numbers of the marginal notes of an Act's provisions (unseen9: a Canadian Act's page
    printed in two columns, no blank lines): each is a heading of its own, cut from the text it
    was run into, where the text has two or more."""
    found = {numbers[k] for k, t in enumerate(texts) if MARGINAL_NOTE.match(t)}
    return found if len(found) >= MARGINAL_NOTES_MIN else set()


# a numbered section as an official statutes site sets it: `3.  Every Act shall be …`, one long line
NOTED_SECTION = re.compile(r"^(?P<num>\d{1,3})[A-Z]{0,2}\.\s+(?:\(\d+\)\s*)?[A-Z“\"(—-]")
NOTE_MAX = 100          # characters: a marginal note names the section in a phrase ((r43en) 90 before: `All Powers under Acts to be exercised by Governor General with Advice of Privy Council, or alone`)
NOTED_TEXT_MIN = 60     # characters: the section's text under it is a sentence, not a list item


def _noted_sections(texts: list[str], numbers) -> set[int]:
    """Line numbers of an Act's marginal notes printed as a line of their own right over the
    numbered section they name (`Acts to be public Acts` / `3.  Every Act shall be a public Act, …`),
    no blank lines anywhere (unseen11: an official statutes site's page of one Part). A short
    unnumbered line in sentence case with no end mark, over a section line whose number is larger
    than the last one's; at least PROVISION_HEADS_MIN of them, so a lone caption over a numbered
    paragraph stays. unseen9's notes carried a `Marginal note:` label; these carry none."""
    least = SPACED_NOTES_MIN if any(ACT_WORDS.search(t) for t in texts) else PROVISION_HEADS_MIN
    return _rising_notes(((numbers[k], match) for k in range(len(texts) - 1)
                          if (match := NOTED_SECTION.match(texts[k + 1]))
                          and (len(texts[k + 1]) >= NOTED_TEXT_MIN or _leads_into_list(texts[k + 1]))
                          and _note_like(texts[k])), least)


# (r22legal) a section whose first subsection leads into a list or its definitions, its words cut
# short by the dash or colon ('2. (1) In this Order -', '3.  In this Act:'): its text, however short
SECTION_LEAD_IN = re.compile(r"^\d{1,3}[A-Z]{0,2}\.?\s*(?:\(\d{1,3}\)\s*)?[A-Z“\"][^.;!?]{4,}?\s*(?:[-—–]|:)$")


def _leads_into_list(text: str) -> bool:
    """(r22legal) A numbered section's opening that leads into its list ('2. (1) In this Order -'):
    a sentence begun and handed to the items under it, so the section's text though its line is short."""
    return bool(SECTION_LEAD_IN.match(text))


# (r22legal) an amending Act's note naming the provision it changes ('Section 2 amended', 'Schedule 3
# substituted', 'Sections 4 and 5 repealed'): a marginal note though it opens with a division's word
AMENDING_NOTE = re.compile(r"^(?:Sections?|Regulations?|Rules?|Articles?|Schedules?)\s+\d{1,3}[A-Z]{0,2}"
                           r"(?:\s*(?:,|and|to)\s*\d{1,3}[A-Z]{0,2})*\s+(?:amended|substituted|repealed|replaced|inserted)$")


SIDE_HEAD_CAPS_WORDS = 8


def _side_head(text: str) -> bool:
    """(r26legal) A side head over a section's bare number: a marginal note's shape (`_note_like`), or
    a short head in capitals ('BYLAW TITLE', 'DEFINITIONS'; a division's label aside)."""
    return _note_like(text) or sg.is_all_caps(text) and len(text.split()) <= SIDE_HEAD_CAPS_WORDS \
        and not sg.numbering(text) and not LABEL_ONLY.match(text) and not re.search(r"[.,;:!?]$", text)


def _note_like(text: str) -> bool:
    """A marginal note's shape: a short unnumbered phrase in sentence case, no end mark; or an
    amending Act's note naming the provision it changes (AMENDING_NOTE, r22legal)."""
    return bool(text) and len(text) <= NOTE_MAX and text[:1].isupper() \
        and (not sg.numbering(text) or bool(AMENDING_NOTE.match(text))) \
        and not re.search(r"[.,;:!?]$", text) and not text.isupper()


def _rising_notes(candidates, least: int = PROVISION_HEADS_MIN) -> set[int]:
    """The notes (line number, their section's match) whose section numbers rise; the set only when
    `least` (PROVISION_HEADS_MIN) or more of them do, so a lone caption over a numbered paragraph
    stays; two (SPACED_NOTES_MIN) in a text that enacts or names itself (ACT_WORDS: an excerpt)."""
    heads, last = set(), 0
    for line, match in candidates:
        num = int(match["num"])
        if num > last:
            heads.add(line)
            last = num
    return heads if len(heads) >= least else set()


BOLD = re.compile(r"^\*\*(?P<text>[^*]+)\*\*$")   # a Markdown line in bold and nothing else
BOLD_SECTION_TEXT_MIN = 40   # characters of the section's first line under it: a wrapped sentence's first line


def _bold_noted_sections(texts: list[str], numbers) -> set[int]:
    """(round13x) _noted_sections in a PDF's Markdown export: each marginal note a bold line of its
    own (`**Short title and commencement**`), a blank line, then its numbered section opening in
    bold (`**1. (1) This Act may be cited as …**`, wrapped at the page's measure). The blank lines
    and the bold marks are the export's, not the text's: read without them, the notes stand right
    over their sections, as _noted_sections wants them (at least PROVISION_HEADS_MIN, numbers
    rising). A bold line over anything else — a bold label, a bold sentence — stays as it was."""
    filled = [k for k, t in enumerate(texts) if t]
    return _rising_notes((numbers[a], match) for a, b in zip(filled, filled[1:])
                         if (bold := BOLD.match(texts[a])) and _note_like(bold["text"].strip())
                         and (match := NOTED_SECTION.match(nxt := texts[b].replace("**", "").strip()))
                         and len(nxt) >= BOLD_SECTION_TEXT_MIN)


# (enlegal) a numbered section's opening as an Act's print sets it under its side heading: the
# number with or without a stop, a dash before a subsection ('2.-(1)', '1.—(1)'), then the text
# ('1 This Act may be cited …', '3 (1) Every person …', '1. These Regulations may be cited …')
SPACED_SECTION = re.compile(r"^(?P<num>\d{1,3})[A-Z]{0,2}(?:\.?\s*[-—–]+\s*(?=\()|\.\s*|\s+)(?:\(\d{1,3}\)\s*)?[A-Z“\"]")
SPACED_TEXT_MIN = 40    # characters of the section's paragraph (its wrapped lines joined): a sentence
SPACED_GAP = 3          # lines between note and section: blank lines, a bare page number between them
ACT_WORDS = re.compile(r"\b(?:be it enacted|it is hereby enacted|enacted by the|may be cited as)\b", re.I)
SPACED_NOTES_MIN = 2    # in a text that shows it is an Act (ACT_WORDS): an excerpt holds two sections


def _titled_section(text: str) -> bool:
    """(r26legal) A section's number and its own title on a line of their own, no end mark ('1 Application
    for a licence', '4. Licensing officers'): the section's heading, its text on the lines under it."""
    match = BARE_PROVISION_HEAD.match(text) or PROVISION_HEAD.match(text)
    return bool(match) and not sg.ends_with(text, ".,;:!?") and len(match["title"].split()) <= 10


def _spaced_noted_sections(texts: list[str], numbers) -> set[int]:
    """(enlegal) Side headings over numbered sections set as blocks of their own: an Act's print
    (a PDF's text, a legal institute's page) puts each section's heading on a line of its own over
    the section, blank lines around both, the section's text maybe hard-wrapped (`Citation` / `` /
    `1 This Act may be cited as …`, `Membership` / `` / `2.-(1) The members … shall be-`). The note
    has _note_like's shape and opens a block (a blank line or nothing over it; blank lines and a
    bare page number may come between it and its section); the section opens with its number (SPACED_SECTION) and its
    paragraph holds a sentence. Numbers rise; at least PROVISION_HEADS_MIN notes, or SPACED_NOTES_MIN
    in a text that enacts or names itself (ACT_WORDS). A phrase over a numbered list item stays."""
    if not any(SPACED_SECTION.match(t) for t in texts):
        return set()
    candidates = []
    n = len(texts)
    for k, text in enumerate(texts):
        if not _note_like(text) or (k > 0 and texts[k - 1]) \
                or k + 1 >= n:
            continue
        j = k + 1
        while j < n and j - k <= SPACED_GAP + 1 and (not texts[j] or texts[j].isdigit()):
            j += 1
        if j >= n or j - k > SPACED_GAP + 1 or not (match := SPACED_SECTION.match(texts[j])):
            continue
        end = j
        while end < n and texts[end]:
            end += 1
        if (len(" ".join(texts[j:end])) < SPACED_TEXT_MIN
                and not _leads_into_list(" ".join(texts[j:end]))) or sg.ends_with(texts[j], ";"):
            continue
        if end > j + 1 and _titled_section(texts[j]) and PROVISION_TEXT.match(texts[j + 1]):
            continue   # (r26legal) 'Applications' / '' / '1 Application for a licence' / '(1) A person …': the
            #            section carries its own title, so the line over it is a cross-heading over a group of
            #            sections (a British Act's italic heading), not the section's note
        candidates.append((numbers[k], match))
    heads, last = set(), 0
    for line, match in candidates:
        if int(match["num"]) > last:
            heads.add(line)
            last = int(match["num"])
    least = SPACED_NOTES_MIN if any(ACT_WORDS.search(t) for t in texts) else PROVISION_HEADS_MIN
    return heads if len(heads) >= least else set()


# a section's number glued to its title, as a legislation site's text copy loses the space the
# page set between them ('151Form and content of annual report', '2Programme to improve …'): the
# number, then a capitalised word in sentence case, up to 12 words, no end mark
GLUED_SECTION_HEAD = re.compile(r"^(?P<num>\d{1,3})(?P<title>[A-Z][a-z]+(?:\s+[\w'’“”\"(),-]+){1,11})$")
# what opens a section's text under it: a subsection's number alone or over its words ('(1)',
# '(1) The …'), a numbered subsection ('1. An annual report …'), or a sentence
GLUED_SECTION_TEXT = re.compile(r"^(?:\(\d{1,3}[A-Z]?\)(?:\s|$)|\d{1,3}\.\s+[A-Z“\"]|[A-Z“\"][\w'’]*\s+\w+\s+\w+)")
GLUED_SECTION_GAP = 2   # blank lines between the heading and its section's text


def _glued_section_heads(texts: list[str], numbers) -> set[int]:
    """(round18en) Line numbers of an Act's section headings whose number is glued to the title's
    first word (GLUED_SECTION_HEAD: a legislation site copied as text, `1Duty to keep …` over `(1)` /
    `The Counsel General must …`, or `151Form and content of annual report` over `1. An annual
    report must …`). The glued shape is its own evidence: no count is asked (an excerpt holds one
    or two sections), but the text must be divided as an Act is (a `Part`/`Chapter` line: a glued
    footnote number over a page's text is no section). Never a line the text repeats (a running head with the page number glued to
    the document's name, front.GLUED_PAGE_NUMBER), nor one in capitals; its section's text must
    follow within GLUED_SECTION_GAP blank lines."""
    if not any(text[:1].isdigit() and GLUED_SECTION_HEAD.match(text) for text in texts) \
            or not any(sg.numbering(text) == "chapter" for text in texts):
        return set()
    counts = Counter(texts)
    heads = set()
    for k, text in enumerate(texts):
        if not text[:1].isdigit() or counts[text] > 1 or not GLUED_SECTION_HEAD.match(text) or text.isupper():
            continue
        after = next((t for t in texts[k + 1:k + 2 + GLUED_SECTION_GAP] if t), "")
        if GLUED_SECTION_TEXT.match(after) and not GLUED_SECTION_HEAD.match(after):
            heads.add(numbers[k])
    return heads


# (r22s18) a code's section heading with a decimal number, as a PDF of a state's code prints it
# ('1798.100. General Duties of Businesses that Collect Personal Information'): the number and its
# stop, a name in title case with no closing stop (a stop inside may part two names), over the
# section's first subdivision '(a) …' with no blank line between
DECIMAL_CODE_HEAD = re.compile(r"^(?P<num>\d{1,5}\.\d{1,4})[a-z]?\.\s+(?P<name>[A-Z][^.;:,!?]*(?:\.\s+[A-Z][^.;:,!?]*)?)$")
SUBDIVISION = re.compile(r"^\((?:[a-z]{1,3}|\d{1,3})\)\s+\S")
DECIMAL_HEAD_WORDS = 20      # words of the name, its wrapped rest with it
DECIMAL_REST_WORDS = 6       # words of the name's rest wrapped onto the next line
DECIMAL_HEADS_MIN = 2
TITLE_CASE_SHARE = 0.6       # of the name's words of four letters or more: capitalised


def _title_case(name: str) -> bool:
    long = [w for w in re.findall(r"[^\W\d_][\w'’]*", name) if len(w) >= 4]
    return bool(long) and sum(w[0].isupper() for w in long) >= TITLE_CASE_SHARE * len(long)


def _decimal_code_heads(texts: list[str], numbers) -> tuple[set[int], set[int]]:
    """(r22s18) A code's sections as a PDF's text prints them, no blank line between a section's
    head and its text (`1798.100. General Duties …` / `(a) A business that …`): the line numbers
    of the heads (DECIMAL_CODE_HEAD, first on its paragraph, right over a subdivision `(a)`, or
    over its name's rest, a short title-case line with no end mark, over the subdivision), and of
    those rests (the head wrapped over two lines). A series only: DECIMAL_HEADS_MIN heads or more,
    their numbers rising within one code section (the part before the decimal point). A cross-
    reference wrapped to a line's start (`1798.130, the information …`) has no stop after it."""
    heads: dict[int, int | None] = {}
    last: tuple[int, int] | None = None
    for k in range(len(texts) - 1):
        match = DECIMAL_CODE_HEAD.match(texts[k])
        if not match or (k and texts[k - 1] and not sg.ends_sentence(texts[k - 1])):
            continue
        rest = None
        nxt = texts[k + 1]
        if not SUBDIVISION.match(nxt):
            if k + 2 >= len(texts) or not SUBDIVISION.match(texts[k + 2]) or not nxt[:1].isupper() \
                    or len(nxt.split()) > DECIMAL_REST_WORDS or sg.ends_with(nxt, ".;:,!?") or not _title_case(nxt):
                continue
            rest = k + 1
        name = match["name"] + (" " + nxt if rest is not None else "")
        if len(name.split()) > DECIMAL_HEAD_WORDS or not _title_case(name):
            continue
        code, sub = (int(x) for x in match["num"].split("."))
        if last is not None and (code != last[0] or sub <= last[1]):
            continue
        heads[k], last = rest, (code, sub)
    if len(heads) < DECIMAL_HEADS_MIN:
        return set(), set()
    return {numbers[k] for k in heads}, {numbers[r] for r in heads.values() if r is not None}


# (r26legal) a code's section heading numbered by title, chapter and section ('52-7-1. Short title.',
# '12-3-104. Definitions.', '§ 4-2-7. Fees'): the number with its stop, a short name in sentence case,
# right over the section's text, no blank line between
# (r27codes) widened: a section label before the number ('Sec. 12.40.010. Name.', 'Section 4-2-7. Name.'), a number
# of dotted parts ('01.05.006.': two stops at least, or one after a label), a name with a semicolon ('Biennial;
# biennially'), and a status in brackets after the name ('Sec. 01.05.010. Adoption. [Repealed, § 2 ch 1 SLA 1963].');
# numbers of mixed marks and lettered parts as states number them ('16.1-268.', '6-1.1-10-40.', '78-45c-102.'); a
# section's line that holds its status alone ('§ 5-303. [Repealed.]', '1-2-104. (Reserved)'), over the next section's
CODE_NUMBER_DATE = re.compile(r"^\d{1,2}[-.]\d{1,2}[-.](?:1[89]|20)\d\d$")   # '12-05-2026.': a dated entry, no section
HYPHEN_CODE_HEAD = re.compile(r"^(?:(?P<label>§+\s*|(?:Sec\.|SEC\.|Section|SECTION)\s+))?"
                              r"(?P<num>\d{1,4}[A-Za-z]?(?:[-.]\d{1,4}[A-Za-z]?){1,4})\.\s+"
                              r"(?:(?P<name>[A-Z][^.:!?\[]{1,80}?)\.?(?:\s*(?P<status>\[[^\[\]]{2,80}\]\.?))?"
                              r"|(?P<bare>\[[A-Z][^\[\]]{1,60}\]\.?|\([A-Z][^()]{1,60}\)\.?))$")
HYPHEN_HEAD_WORDS = 12


def _hyphen_code_heads(texts: list[str], numbers) -> set[int]:
    """(r26legal) Line numbers of a code's section headings numbered by title, chapter and section
    (HYPHEN_CODE_HEAD: '52-7-1. Short title.' over 'This article shall be known …'), as a state's code
    prints them: each first on its paragraph (a blank line, a sentence's end or a numbered head such as the
    chapter's line over it, r27codes), over a line (or alone between blank lines over it, r27codes)
    that opens a sentence or a subdivision, the name a phrase (no finite verb, HYPHEN_HEAD_WORDS words
    at most), the numbers rising; a series of DECIMAL_HEADS_MIN or more. A cross-reference opening a
    wrapped line ('52-7-1. The department …' is a sentence) stays text."""
    heads, last = set(), None
    for k in range(len(texts) - 1):
        match = HYPHEN_CODE_HEAD.match(texts[k])
        nxt = k + 2 if match and not texts[k + 1] and k + 2 < len(texts) and (not k or not texts[k - 1]) else k + 1
        if not match or (k and texts[k - 1] and not sg.ends_sentence(texts[k - 1]) and not sg.numbering(texts[k - 1])) \
                or not texts[nxt] \
                or not (PROVISION_TEXT.match(texts[nxt]) or match["bare"] and HYPHEN_CODE_HEAD.match(texts[nxt])) \
                or len((match["name"] or "").split()) > HYPHEN_HEAD_WORDS \
                or re.search(r"\b(?:shall|may|must|is|are|was|were|has|have|will)\b", match["name"] or ""):
            continue
        if "-" not in match["num"] and match["num"].count(".") < 2 and not match["label"] or CODE_NUMBER_DATE.match(match["num"]):
            continue   # '3.2. Scope' is a report's decimal head: a code's dotted number has three parts or a label
        number = tuple(int(re.match(r"\d+", x).group()) for x in re.split(r"[-.]", match["num"]))
        if last is not None and number <= last:
            continue
        heads.add(numbers[k])
        last = number
    return heads if len(heads) >= DECIMAL_HEADS_MIN else set()


# (r22s18) an article's caption in parentheses on its own line over the article, as a law
# translation database sets it ('(Purpose)' / 'Article 1 The purpose of this Act is …')
ARTICLE_CAPTION = re.compile(r"^\((?P<name>[A-Z][\w'’-]*(?:[ ,-]+[\w'’-]+){0,7})\)$")
CAPTIONED_ARTICLE = re.compile(r"^Article\s+\d{1,4}(?:-\d{1,3})?\s+\S")
ARTICLE_CAPTIONS_MIN = 2


def _article_captions(texts: list[str], numbers) -> set[int]:
    """(r22s18) Line numbers of the parenthesised captions a law's articles carry, each alone on its
    line right over `Article N …` (ARTICLE_CAPTION over CAPTIONED_ARTICLE, no blank line between):
    the article's heading, a block of its own, the article's number run in under it. A series only
    (ARTICLE_CAPTIONS_MIN or more): a lone aside in parentheses over a sentence stays text."""
    heads = {numbers[k] for k in range(len(texts) - 1)
             if ARTICLE_CAPTION.match(texts[k]) and CAPTIONED_ARTICLE.match(texts[k + 1])}
    return heads if len(heads) >= ARTICLE_CAPTIONS_MIN else set()


def _bare_provision_heads(texts: list[str], numbers, least: int = PROVISION_HEADS_MIN) -> tuple[set[int], set[int]]:
    """An Act without Parts whose sections a revised-legislation PDF prints as 'N Title' (no stop
    after the number, no blank lines) over a subsection '(1) …' or a sentence (unseen7: the lines
    were run into the paragraph before them). A line opening with a count is common, so they are
    heads only as a series: numbers from 1 or 2, each larger than the last by at most
    BARE_PROVISION_STEP, at least PROVISION_HEADS_MIN of them — two (SPACED_NOTES_MIN) in a text
    that names itself an instrument (`_names_itself`: an excerpt's first page, r28acts).
    (r28acts) A head wrapped over two lines (`1 Definitions with regard to` / `enactments` / `(1) In …`,
    a consolidation's page breaking the head where its HTML did): the second line, short, in small
    letters and with no end mark (WRAPPED_HEAD_REST), is the head's rest. Returns the heads' line
    numbers and those rests' (the head and its rest make one block)."""
    heads, rests, last, under_part, last_sub = set(), set(), 0, False, 0
    for k in range(len(texts) - 1):
        match = BARE_PROVISION_HEAD.match(LIST_NUMBER_BEFORE.sub("", texts[k], count=1))
        rest = k + 1 if match and k + 2 < len(texts) and WRAPPED_HEAD_REST.match(texts[k + 1]) \
            and PROVISION_TEXT.match(texts[k + 2]) else None
        nxt = k + 1 if rest is None else k + 2
        while nxt < len(texts) and nxt - k <= BARE_HEAD_GAP and not texts[nxt] and texts[k - 1:k] in ([], [""]) \
                and not sg.ends_with(texts[k], "."):
            nxt += 1   # (r26legal) a web page's copy sets blank lines around the head ('1 Short title' / '' / 'This Act …');
            #            a numbered sentence set apart so is a page's footnote ('1 See the annex for …'), no head
        if not match or nxt >= len(texts) or not texts[nxt] or sg.ends_with(texts[k], ",;:") or _numbered_sentence(match["title"]) \
                or not (PROVISION_TEXT.match(texts[nxt]) or _same_number_text(match["num"], texts[nxt])):
            continue
        num, sub = int(match["num"]), int(match["sub"] or 0)
        if (not heads and num in (1, 2)) or (heads and 0 < num - last <= BARE_PROVISION_STEP) \
                or heads and num == last and sub > last_sub:   # (r28acts) a subsection's own note: '5(1) Commissioner', '5(2) …'
            heads.add(numbers[k])
            last_sub = sub
            if rest is not None:
                rests.add(numbers[rest])
            last = num
            under_part = under_part or len(heads) == 1 and _under_division(texts, k)
    named = _names_itself(texts)
    least = min(least, SPACED_NOTES_MIN) if named else least
    if len(heads) == 1 and named and under_part:
        least = 1   # (r28acts) the first section right under its Part's head, in an excerpt that holds no other
    return (heads, rests) if len(heads) >= least else (set(), set())


SENTENCE_VERB = re.compile(r"\b(?:shall|may|must|is|are|was|were|has|have|will|means|applies)\b")


def _numbered_sentence(title: str) -> bool:
    """(r28acts) '1 This Act may be cited as the Harbour Act.': a section's numbered sentence, closed by
    its full stop and holding a finite verb (SENTENCE_VERB), is the section's text, never its head."""
    return title.endswith(".") and bool(SENTENCE_VERB.search(title))


def _same_number_text(num: str, text: str) -> bool:
    """(r28acts) The section's text opening with the section's own number again, under its marginal note
    set as a numbered line (`1 Short title` / `1. This Act may be cited …`, `2 Definitions` / `2. In this
    Act,`; an Act as a statute site prints the note and the section apart)."""
    return bool(re.match(re.escape(num) + r"\.?\s+(?:\(\d{1,3}\)\s*)?[A-Z“\"]", text))


# (r28acts) a list number a page printed to PDF sets before each item of an ordered list the site wraps a
# section in (`1. 1 Definitions`, `1. (1) In this …`): the section's own number follows it
LIST_NUMBER_BEFORE = re.compile(r"^\d{1,3}\.\s+(?=\d{1,3}[A-Z]{0,2}\s+[A-Z])")
DIVISION_HEAD = re.compile(r"^(?:PART|Part|CHAPTER|Chapter|DIVISION|Division)\s+(?:\d{1,3}[A-Z]?|[IVXLC]{1,6})\b")


def _under_division(texts: list[str], k: int) -> bool:
    """(r28acts) The line over line k (blank lines skipped) is a Part's or Chapter's head (DIVISION_HEAD,
    at most MAX_DIVISION_WORDS words): the section at k opens that division."""
    j = k - 1
    while j >= 0 and not texts[j]:
        j -= 1
    return j >= 0 and bool(DIVISION_HEAD.match(texts[j])) and len(texts[j].split()) <= MAX_DIVISION_WORDS


MAX_DIVISION_WORDS = 10


# (r28acts) the rest of a section's head wrapped onto the next line: one to four words, the first in
# small letters, no end mark ('enactments', 'of the Registrar', 'and commencement')
WRAPPED_HEAD_REST = re.compile(r"^[a-z][\w'’-]*(?:\s+[\w'’()-]+){0,3}$")
# (r28acts) an instrument naming itself in its own text ('In this Law …', 'These regulations may …',
# 'under this Ordinance'): a text that is legislation, though the enacting words are not in an excerpt
SELF_NAMED = re.compile(r"\b(?:[Tt]his|[Tt]hese)\s+(?:Act|Law|Ordinance|Order|Decree|Statute|Proclamation|Code|"
                        r"[Rr]egulations|[Rr]ules|[Bb]y-?laws)\b")


def _names_itself(texts: list[str]) -> bool:
    """(r28acts) The text enacts or names itself (ACT_WORDS) or calls itself an instrument in its own
    provisions (SELF_NAMED), so a numbered line over a provision is a section's head, not a count."""
    return any(ACT_WORDS.search(t) or SELF_NAMED.search(t) for t in texts)


CENTRED_ROMAN = re.compile(r"^(?P<indent> {12,})(?:[IVX]{1,5}|[A-H])$")   # '                              I'
CENTRED_SHARE = 0.5   # of the text's lines: most lines start near the margin (a centred line stands out)


PLAY_DIVISION_LINE = re.compile(r"^" + sg.PLAY_DIVISION)
PLAY_HEAD_MAX = 80   # characters of an act's or scene's line (the scene's setting on it)


def _play_divisions(lines, numbers) -> set[int]:
    """(r28books) A play's act and scene lines ('ACT I', 'SCENE II. The island. Before PROSPERO'S
    cell.') in a copy with no blank lines, set between speaker names, stage directions and verse
    lines: the numbers of those lines, so each stands as a block of its own instead of running into
    the speeches around it. Only at the margin and short (PLAY_HEAD_MAX)."""
    return {number for line, number in zip(lines, numbers)
            if line[:1] not in " \t" and len(line.strip()) <= PLAY_HEAD_MAX and PLAY_DIVISION_LINE.match(line.strip())}


def _centred_divisions(lines, numbers) -> set[int]:
    """(round9en) A judgment's or report's division number centred alone on its line in layout
    text ('                              I', '            II', a part's letter 'A'), between wrapped
    paragraphs with no blank line around it (a slip opinion as `pdftotext -layout` keeps it): the
    numbers of those lines, so each stands as a block of its own instead of running into the
    paragraph. Only where most lines start near the margin (a centred line stands out), a Roman
    numeral to XXXV or a letter A-H, 12 columns in or more."""
    filled = [line for line in lines if line.strip()]
    if not filled or sum(sg.indent_of(line) < 8 for line in filled) < CENTRED_SHARE * len(filled):
        return set()
    return {number for line, number in zip(lines, numbers) if CENTRED_ROMAN.match(line.rstrip())} \
        | _centred_phrases(lines, numbers)


CENTRED_SLACK = 4        # columns the middle of a centred line may stand off the measure's middle
CENTRED_PHRASE_WORDS = 8
CENTRED_WIDER = 0.6      # of the measure: the line under a centred head is a paragraph's, wider


def _centred_phrases(lines, numbers) -> set[int]:
    """(r27layout) A short phrase centred on its line between wider paragraphs, with no blank line
    around it (`pdftotext -layout` of a report or an opinion whose heads the page centres): its
    middle within CENTRED_SLACK columns of the measure's middle, further in than any paragraph's
    first-line indent, capitalised, at most CENTRED_PHRASE_WORDS words and no end mark; the line
    over it ends a sentence and the line under it opens one and is a paragraph's (at least
    CENTRED_WIDER of the measure). A centred signature (`Yours sincerely,` / `Margaret Osei`) follows
    no sentence's end; a centred line over a blank line already stands apart."""
    ends = sorted(len(line.rstrip()) for line in lines if line.strip())
    if len(ends) < 8:
        return set()
    measure = ends[int(len(ends) * 0.9)]
    found = set()
    for k in range(1, len(lines) - 1):
        line, above, below = lines[k], lines[k - 1].strip(), lines[k + 1].strip()
        text = line.strip()
        if not text or not above or not below:
            continue
        indent = sg.indent_of(line)
        if indent < CENTRED_MIN_INDENT or abs(indent + len(text) / 2 - measure / 2) > CENTRED_SLACK \
                or len(text.split()) > CENTRED_PHRASE_WORDS or not text[:1].isupper() or re.search(r"[.,;:!?]$", text):
            continue
        if PARAGRAPH_END_EN.search(above) and _opens_sentence(below) and len(lines[k + 1].rstrip()) >= CENTRED_WIDER * measure:
            found.add(numbers[k])
    return found


CENTRED_MIN_INDENT = 8   # columns: deeper than a paragraph's first-line indent
PARAGRAPH_END_EN = re.compile(r"[.!?:][\"”’)\]]*$")


def _split_at(group, heads: set[int], joined: frozenset[int] | set[int] = frozenset()):
    """The group cut so each line numbered in `heads` stands alone, with the line under it when
    that is numbered in `joined` (a head wrapped over two lines, `_decimal_code_heads`)."""
    part: list[tuple[str, int]] = []
    head: list[tuple[str, int]] | None = None
    for line, number in group:
        if number in heads:
            if head:
                yield head
            if part:
                yield part
            head, part = [(line, number)], []
        elif head is not None and not part and len(head) == 1 and number in joined:
            head.append((line, number))
        else:
            if head:
                yield head
                head = None
            part.append((line, number))
    if head:
        yield head
    if part:
        yield part


CODE_INDENT = 4   # columns: the least indentation a string literal in source code gives its lines


def _dedented(lines) -> list[str]:
    """A text copied out of a string in source code (a test's fixture, a seed script) carries the
    code's indentation on every line, blank lines too (`            Article 1`): spaces that every
    line with text begins with (at least CODE_INDENT) belong to the code, not the text, and would
    make every line an indented one (a quotation, a verse, never a heading). They go; a text whose
    lines do not all share them keeps its indentation (unseen5, xv2). The first line may stand flush:
    a triple-quoted string opens right after its quotes (the running head, then the indented text), so only
    the lines under it count when it is the one line without the indent (round11en, xxj7)."""
    lines = list(lines)
    filled = [line for line in lines if line.strip()]
    if len(filled) < 3:
        return lines
    shared = filled[1:] if len(filled) >= 4 and not filled[0][:1].isspace() else filled
    common = min(len(line) - len(line.lstrip(" ")) for line in shared)
    if common < CODE_INDENT:
        return lines
    return [line[common:] if line[:common].isspace() else line.lstrip(" ") for line in lines]


def make_blocks(lines, numbers, lang: str, listed=lambda text: False) -> list[Block]:
    """Cleaned lines (with their decoded line numbers) -> text blocks, fragments glued.
    `listed(text)` is true for a line the text's own contents list names (outline.py)."""
    lines, numbers = _underlined(lines, numbers)
    lines = _dedented(lines)
    english = lang.startswith("en")
    printed = 0 if english else print_width(lines)
    width = 0 if english or printed else _wrap_width(lines)
    words = unwrap.vocabulary(lines) if english else None
    page = unwrap.page_width(lines) if english else 0
    flat = english and not page and unwrap.unwrapped(lines)
    blank_free = english and not page and not flat and unwrap.blank_free(lines)
    tops = {t.split(".")[0] for t in (line.strip() for line in lines)
            if len(t) <= NUMBERED_TITLE_MAX and sg.numbering(t).startswith("1.1")} if english else set()
    markdown = english and verbatim.is_markdown(lines)
    zh_markdown = not english and (verbatim.is_markdown(lines) or verbatim.setext_markdown(lines))
    wrap = unwrap.text_width([t.strip() for t in lines if t.strip()]) if english and not page and not flat and not markdown else 0
    heads, rests = _provision_heads(lines, numbers) if english else (set(), set())
    decimal, wrapped = _decimal_code_heads([line.strip() for line in lines], numbers) if english else (set(), set())
    wrapped = wrapped | rests   # a section's head wrapped over two lines (r28acts)
    decimal = decimal | {numbers[i - 1] for i in range(1, len(numbers)) if numbers[i] in rests}
    heads |= decimal | (_article_captions([line.strip() for line in lines], numbers) if english else set())
    centred = _centred_divisions(lines, numbers) if english else set()
    centred |= _play_divisions(lines, numbers) if english else set()
    indented = None if english or printed else layout_indents(lines)
    labels = _indented_labels(lines, numbers) if english and not page else set()
    blocks: list[Block] = []
    if printed:
        for kind, seg_lines, seg_numbers in _table_segments([("text", lines, numbers)]):
            if kind == "table":   # (r33zhprint) a table's rows are never a paragraph's wrapped lines
                blocks.append(_table_block(seg_lines, seg_numbers))
            elif seg_lines:
                blocks.extend(_printed_blocks(_groups(seg_lines, seg_numbers), printed))
    segments = [] if printed else _segments(lines, numbers)   # fenced code in any language (a Chinese README's too)
    if not english and not printed:
        segments = _table_segments(segments)
    for kind, seg_lines, seg_numbers in segments:
        if kind == "code":
            blocks.append(_code_block(seg_lines, seg_numbers))
            continue
        if kind == "table":   # (r33zhprint) a laid-out table of figures: its lines and spaces are the content
            blocks.append(_table_block(seg_lines, seg_numbers))
            continue
        before, ended_at = "", 0
        for group in (piece for whole in _groups(seg_lines, seg_numbers)
                      for part in _split_at(whole, heads | centred | (_bold_lines_apart(whole) if english else set()), wrapped)
                      for cut in (_column_heads(part, tops) if english and not page and tops else [part])
                      for whole_piece in (_heads_apart(cut, wrap) if english and not page else [cut])
                      for piece in (verbatim.table_apart(whole_piece) if english and not page else [whole_piece])):
            glued = group[0][1] == ended_at + 1 and bool(verbatim.BOLD_WHOLE_LINE.match(HARD_BREAK.sub("", before.strip())))
            #   (r30bold) the text right under a bold line cut apart goes on its paragraph: indented, no code block
            kind = _verbatim_kind(group, before, markdown and not glued) if english and not page \
                else "layout" if not page and verbatim.is_pipe_table(group) \
                else "code" if zh_markdown and not printed and verbatim.indented_code(group, before, ascii_indent=True) else ""
            announced = before.rstrip().endswith(":") and group[0][1] - ended_at > PAGE_GAP   # a list a page break cut
            before, ended_at = group[-1][0], group[-1][1]
            if kind:   # lines and spaces are the content (verbatim.py): one block, never joined
                blocks.append(Block(verbatim.verbatim_text(group), group[0][1], sg.indent_of(group[0][0]),
                                    len(group), code=True, verbatim=kind))
                continue
            if english and not page and len(group) == 1 and HARD_BREAK.search(group[0][0]):
                group = [(HARD_BREAK.sub("", group[0][0]), group[0][1])]   # a bold line cut apart: its hard break goes
            if english and not page and len(group) >= 2 and group[0][1] in labels:
                blocks.append(Block(group[0][0].strip(), group[0][1], sg.indent_of(group[0][0]), headline=True))
                group = group[1:]   # (r43en) '  Area:' over '    total: 102 sq km': a profile's field label, its own head
            if english and not page and _line_over_head(group, wrap):
                blocks.append(Block(group[0][0].strip(), group[0][1], sg.indent_of(group[0][0])))
                group = group[1:]   # the headline or the line over the head; the head is cut off next
            if english and not page and (_numbered_over_text(group, tops) or _numbered_colon_over_text(group) or _phrase_over_text(group, wrap)
                                         or _bold_over_text(group)):
                blocks.append(Block(HARD_BREAK.sub("", group[0][0].strip()), group[0][1], sg.indent_of(group[0][0])))
                group = group[1:]
            elif english and not page and _question_over_text(group):
                blocks.append(Block(group[0][0].strip(), group[0][1], sg.indent_of(group[0][0]), headline=True))
                group = group[1:]
            elif english and not page and (head := _headline_over_text(group, wrap)):
                blocks.append(Block(" ".join(line.strip() for line, _ in group[:head]), group[0][1],
                                    sg.indent_of(group[0][0]), head, headline=True))
                group = group[head:]
            elif english and not page and blocks and not announced and (_head_over_lines(group, wrap) or _head_over_indent(group)):
                blocks.append(Block(group[0][0].strip(), group[0][1], sg.indent_of(group[0][0])))
                group = group[1:]
            under = group[-1] if english and not page and not flat and not markdown and _head_under_text(group, wrap) else None
            group = group[:-1] if under else group   # (r40webpdf) a head under its paragraph, no blank line between
            grouped = unwrap.page_text_group(group, not blocks) if english and not page and not flat and not markdown else 0
            if blank_free and not grouped and len(group) >= 2 and (cut := unwrap.blank_free_lead(group)) is not None:
                # (r30noblank) a copy with no blank line: its title block and first paragraph as before, then
                # a line short of its own measure ends what it is in
                blocks.extend(_english_blocks(group[:cut[0]], words, 0, flat, listed) if cut[0] else [])
                blocks.extend(_english_blocks(group[cut[0]:], words, 0, flat, listed, measure=cut[1]))
                blocks.extend([Block(under[0].strip(), under[1], sg.indent_of(under[0]))] if under else [])
                continue
            blocks.extend(_english_blocks(group, words, page or grouped, flat, listed, bool(grouped)) if english
                          else _chinese_blocks(group, width, indented))
            blocks.extend([Block(under[0].strip(), under[1], sg.indent_of(under[0]))] if under else [])
    for block in blocks:
        block.provision = block.line in heads and (block.lines == 1 or block.lines == 2 and block.line in decimal)
    if english:
        blocks = _joined_over_notes(blocks, words)
    if page and not any(sg.numbering(b.text).startswith("md") for b in blocks):
        blocks = _page_headlines(blocks)   # (a text that marks its headings, `***** Title *****`, has them marked)
        lists.mark_items(blocks)
        lists.mark_unmarked_items(blocks)
        return blocks   # page text: no inline-format fragments
    if not english:
        blocks = [part for block in blocks for part in _back_matter_apart(block)]
        blocks = _salutation_apart(blocks)
        blocks = _cover_title_together(blocks)
        blocks = _wrapped_numbered_heads(blocks)
        blocks = _marked_lines_bracketed(blocks)
        blocks = _article_numbers_alone(blocks)
        for k in table_cells(blocks) | _pipe_rows(blocks):
            blocks[k].cell = True
    lists.mark_items(blocks)
    if english:
        lists.mark_unmarked_items(blocks)
    return _glue(blocks, not english, listed)


# (r49) a Markdown table's rows written without their leading pipe ('面积 | |', '网站 | 某县人民政府 |'), under a
# header row over its rule ('---|---|'): an infobox a page copy turned into a table
LOOSE_PIPE_ROW = re.compile(r"^[^|]*[^|\s][^|]*(?:\|[^|]*)+\|\s*$")


def _pipe_rows(blocks) -> set[int]:
    """(r49) The rows of a pipe table whose rows open without a pipe: each one line, ending in `|` with a
    cell before it, in a text that holds the table's rule row (`---|---|`, verbatim.PIPE_RULE); the rule
    row too. A row is a table's cell, never a heading (`和县 | |` over the rule read as the first part)."""
    if not any(verbatim.PIPE_RULE.match(b.text) for b in blocks):
        return set()
    return {k for k, b in enumerate(blocks) if b.lines == 1 and not b.code
            and (verbatim.PIPE_RULE.match(b.text) or LOOSE_PIPE_ROW.match(b.text) and b.text.count("|") >= 2)}


# (r26pdfen) a page's footnote, extracted at the page's foot: its marker ('*', '†', '1', '[2]') then its
# text, three words or more closed by a stop or a bracket (a subsection's '(1) In' opens no note)
PAGE_NOTE = re.compile(r"^(?:[*†‡§¶]{1,3}|\d{1,2}|\[\d{1,2}\])\s*[A-Z\"“‘'(]\S*(?:\s+\S+){2,}[.)]$")
PAGE_NOTES_MAX = 3      # footnote blocks between a paragraph's two halves
PAGE_NOTE_LEN = 400     # characters of one footnote
OPEN_END = re.compile(r"[A-Za-z,\-–—]$")
PAGE_CUT_WORDS = 8      # words of a paragraph's first half: a heading ('Interpretation' over a provision) is shorter


def _joined_over_notes(blocks: list[Block], words) -> list[Block]:
    """(r26pdfen) A paragraph that a page break cut, with the page's footnotes between its halves
    (`… each time a little` / `* The point is marked on the old charts as Gull Spit.` / `larger.
    Her cousin …`): pdftotext prints a page's notes at its foot, before the next page's text. When
    a block ends mid-sentence (a letter, a comma, a hyphen), one to PAGE_NOTES_MAX blocks under it
    open with a note's marker, and the block after them goes on in lower case, the two halves are
    one paragraph, joined as a line end joins them (a broken word mended), and the notes follow it.
    A heading, a list's item or a note that ends a page between whole paragraphs stays where it is; so
    does a short block over a numbered provision (`Interpretation` / `2 (1) The following …` / `authority
    means …`: a side head, not half a paragraph, PAGE_CUT_WORDS)."""
    out = list(blocks)
    i = 0
    while i < len(out) - 2:
        first = out[i]
        if first.code or first.verbatim or not OPEN_END.search(first.text) or len(first.text.split()) < PAGE_CUT_WORDS:
            i += 1
            continue
        k = i + 1
        while k < len(out) and k - i <= PAGE_NOTES_MAX and not out[k].code and len(out[k].text) <= PAGE_NOTE_LEN \
                and PAGE_NOTE.match(out[k].text):
            k += 1
        if k == i + 1 or k >= len(out) or out[k].code or out[k].verbatim or not out[k].text[:1].islower():
            i += 1
            continue
        rest = out[k]
        text = (unwrap.join_hyphenated(first.text, rest.text, words) if words is not None else None) \
            or first.text + " " + rest.text
        joined = replace(first, text=text, lines=first.lines + rest.lines)
        out[i:k + 1] = [joined] + out[i + 1:k]
        i += 1
    return out


# ---- a table flattened one cell a line (round6, xxf3) ------------------------------------------
CELL_RUN = 10        # blocks: a table's header and a row or two, not a few short lines between paragraphs
CELL_MAX = 100       # characters: a cell may hold a clause list, never a paragraph
CELL_SHORT = 12      # characters: most cells are a word or a name
CELL_SHORT_SHARE = 0.6
CELL_REPEATS = 3     # distinct cells written again in other rows (the same unit, office, form in each row)
ROW_NUMBER = re.compile(r"^\d{1,3}$")
SERIAL_HEADER = frozenset({"序号", "序號", "编号", "編號"})   # the header of a table's row-number column


def table_cells(blocks: list[Block]) -> set[int]:
    """The blocks of a table a page's copy laid out one cell a line, each cell its own block (round6,
    xxf3; the widening of `signals.is_figures_run`, a table's values, to tables of words).

    A run of CELL_RUN or more one-line blocks (a cell may end a sentence), most of them short,
    with a table's own evidence: its row numbers alone on their lines counting up from 1 (`1` … `2`),
    the row-number column's header `序号` among its first cells, or CELL_REPEATS or more cells written
    again in later rows (`政府网站`, `文字`, `县政府办` in every
    row). Short header cells (`序号`, `一级目录`, `公开依据`) and category cells then look like
    headings, and a cell `1.《…条例》` like a numbered one; none is. A run of short headings has
    body paragraphs between them, so it is never such a run."""
    out: set[int] = set()
    k = 0
    while k < len(blocks):
        j = k
        while j < len(blocks) and _cell_like(blocks[j]):
            j += 1
        if j - k >= CELL_RUN and _table_evidence([b.text for b in blocks[k:j]]):
            out.update(_delimited_cells(blocks, k, j) or range(_table_start(blocks, k, j), j))
        elif j - k >= CELL_RUN and (figures := _figure_table(blocks, k, j)):
            out.update(figures)
        k = j + 1 if j == k else j
    return out


CELL_DELIMITED = re.compile(r"\s[|｜]$")   # a cell's separator kept at its line's end ('粮食产量 |', '4.48万吨 |')
CELL_DELIMITED_SHARE = 0.5


def _delimited_cells(blocks: list[Block], k: int, j: int) -> set[int]:
    """(r35tables) When most lines of a cell run end with the cell separator a copy kept (`指标名称 |`
    / `2008年 |` / …), the table is those lines and no others: a run of one-line paragraphs with
    no blank line between them (`二、农业` / `2008年，全区粮食…。`) passes for cells by length
    alone, and so does the prose between two tables. Empty when the run has no such separators."""
    marked = {n for n in range(k, j) if CELL_DELIMITED.search(blocks[n].text)}
    return marked if len(marked) >= CELL_DELIMITED_SHARE * (j - k) else set()


def _table_start(blocks: list[Block], k: int, j: int) -> int:
    """(round19zh) Where the table of a cell run begins: at its row-number header (`序号`) when that
    stands among the run's first CELL_RUN blocks. The short lines above it are the text's, not the
    table's: an annex's label, the table's own title, a signing date ('2023年1月30日' / '附件' /
    '2023年某某任务分解表' / '序号' / '目标任务' …); taken as cells, the title could head nothing."""
    for n in range(k, min(j, k + CELL_RUN)):
        if "".join(blocks[n].text.split()) in SERIAL_HEADER:
            return n
    return k


def _cell_like(block: Block) -> bool:
    """One line, at most CELL_MAX characters: a cell may end a sentence (a row's description
    `应当包括…等内容。`); the run's share of short cells tells a table from one-line paragraphs."""
    text = block.text
    return block.lines == 1 and not block.code and bool(text) and len(text) <= CELL_MAX and not sg.SALUTATION.match(text)


def _table_evidence(texts: list[str]) -> bool:
    if sum(len(t) <= CELL_SHORT for t in texts) < CELL_SHORT_SHARE * len(texts):
        return False
    numbers = [int(t) for t in texts if ROW_NUMBER.match(t)]
    if len(numbers) >= 2 and numbers[:2] == [1, 2] and numbers == sorted(numbers):
        return True
    if any("".join(t.split()) in SERIAL_HEADER for t in texts[:CELL_RUN]):
        return True   # a table's first header cell, the row numbers' column ('序号'), among the first cells
    counts = Counter(t for t in texts if len(t) >= 2 and not ROW_NUMBER.match(t))
    return sum(n >= 2 for n in counts.values()) >= CELL_REPEATS


# (r49) a statistics table read one cell a line: its values alone on their lines, a number with its unit or a
# rate ('162817吨', '0.5', '-9.7'), among the row labels ('粮食总产量', '其中:谷物'); a run of headings holds none
FIGURE_CELL = re.compile(r"^[-+−]?\d[\d,，.]*\s*(?:[%％‰]|[\u4e00-\u9fff]{1,3}|[A-Za-z²³/]{1,6})?$")
FIGURE_CELLS_MIN = 4
FIGURE_CELL_SHARE = 0.4
FIGURE_HEAD_CELLS = 4   # cells over the first value: the table's name and its column heads ('2023年', '较上年增长(%)')


def _figure_table(blocks: list[Block], k: int, j: int) -> range | None:
    """(r49) The cells of a statistics table in a run of one-line blocks (k to j): from FIGURE_HEAD_CELLS
    over its first value cell to its last value cell, when FIGURE_CELLS_MIN or more values make
    FIGURE_CELL_SHARE of that stretch. The run's lines outside it (a part's heading, a short paragraph
    over the table) are not the table's."""
    values = [n for n in range(k, j) if FIGURE_CELL.match(blocks[n].text)]
    if len(values) < FIGURE_CELLS_MIN:
        return None
    start = values[0]
    while start > max(k, values[0] - FIGURE_HEAD_CELLS) and len(blocks[start - 1].text) <= CELL_SHORT \
            and not sg.numbering(blocks[start - 1].text):
        start -= 1   # the table's name and column heads: short, no part's number
    span = range(start, values[-1] + 1)
    return span if len(values) >= FIGURE_CELL_SHARE * len(span) else None


# a speech's headline glued to its salutation (a copy lost the line break between them):
# '朱德副主席的讲话亲爱的大使同志,亲爱的同志们、朋友们:'
HEADLINE_SALUTATION = re.compile(
    r"^(?P<title>[^，。,.:：!！?？]{2,30}?(?:讲话|致辞|致词|发言|贺词|演说|演讲|祝酒词|答词))"
    r"(?P<rest>(?:亲爱的|尊敬的|各位|同志们|女士们|先生们|朋友们|全国同胞们|全体)[^。!！?？]{0,40}[:：])$"
    # a 公文's title glued to its addressees (主送, '各…：'): printed, the title's last line and the
    # addressees' line together fill one line's width and run on (unseen5, xv8)
    r"|^(?P<doc>[^，。,.:：!！?？]{4,60}?的(?:通知|意见|决定|通报|批复|函|报告|请示|通告|公告))"
    r"(?P<to>各[^。!！?？]{1,80}[:：])$"
    # (r32zhpages) a document site's page of a speech or report: its headline glued to the site's
    # editor's note or summary ('…讲话编者按:本文主要从…'), the whole page one line
    r"|^(?P<noted>[^，。,.:：!！?？]{4,40}?(?:讲话|致辞|致词|发言|贺词|演说|演讲|报告|总结|通知|意见|决定))"
    r"(?P<note>(?:编者按|编者的话|编者注|内容摘要|内容提要|内容简介|导读|导语)[:：].+)$")
SALUTATION_SCAN = 3   # blocks: a headline stands at the top


def _salutation_apart(blocks: list[Block]) -> list[Block]:
    """Split a speech's headline from the salutation glued after it, near the top: the headline is
    a line of its own (the title), the salutation opens the speech."""
    for k, block in enumerate(blocks[:SALUTATION_SCAN]):
        match = HEADLINE_SALUTATION.match(block.text)
        if match:
            title, rest = (match["title"], match["rest"]) if match["title"] \
                else (match["doc"], match["to"]) if match["doc"] else (match["noted"], match["note"])
            return blocks[:k] + [Block(title, block.line, block.indent),
                                 Block(rest, block.line, 0, 0)] + blocks[k + 1:]
    return blocks


def _verbatim_kind(group, before: str, markdown: bool) -> str:
    """'code' for a markdown text's indented code block, 'layout' for aligned columns or ASCII
    art, '' for everything else (verbatim.py)."""
    if markdown and verbatim.indented_code(group, before):
        return "code"
    return "layout" if verbatim.is_layout(group) else ""


def _back_matter_apart(block: Block) -> list[Block]:
    """'…保单效力即中止。   参考资料' -> the paragraph, then the back-matter heading glued to its end
    (a page dump that lost the line break before the references section)."""
    match = sg.BACK_MATTER_GLUED.match(block.text) if block.text.endswith(sg.BACK_MATTER_ENDS) else None
    if not match:
        return [block]
    return [Block(match["body"].rstrip(), block.line, block.indent, block.lines), Block(match["title"], block.line, 0, 0)]

