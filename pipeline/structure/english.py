"""Heading candidates in English text: books, legal acts, specifications, PDF-extracted manuals.

An English heading is a one-line block, short, without a sentence's end mark, not code:
- numbered: 'CHAPTER I. Down the Rabbit-Hole', 'Article 5', 'Section. 1.', '3.1.  Padding',
  a bare 'II.' — and any capitalised word that opens a numbered series of such lines
  ('ADVENTURE I. …', 'ADVENTURE II. …'), found by the series, not by the word;
- unnumbered: all capitals, Title Case ('Status of This Memo', 'Preamble') or a short
  sentence-case phrase ('Strings and constants') that does not end on a function word.
Where the body is indented (an RFC's 3 columns), a heading sits left of it.

    kinds = english_kinds(blocks)     # per block: (style, strong) or None
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import replace

from ..clean.rules_chrome_en import STAMP_PIECE
from ..clean.vocab_en import DELIVERY_NOTE, RELEASE_LINE
from . import signals as sg
from .blocks import DIVISION_HEAD, LABEL_ONLY, SENTENCE_OPENING, Block, bold_head_name, label_over_name, numbered_colon_head, strong_heading
from .verbatim import THEMATIC_BREAK

MAX_LEN = 80          # characters
MAX_WORDS = 12
MAX_PLAIN_WORDS = 8   # an unnumbered sentence-case heading is a phrase, not a clause
CODE = re.compile(r"[=<>{}|\\@#$^~;_]|\.\.\.|\s\.\s|\.{3,}|\S\(|\[\d")
SERIES = re.compile(r"^(?P<word>[A-Z][A-Za-z]{2,})\.?\s+(?P<num>[IVXLC]{1,6}|\d{1,3}|" + sg.SPELLED_CAPS   # (r28books) 'STAVE ONE.'
                    + r"|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve)\b\.?(?=\s|$)")
FUNCTION_END = {"a", "an", "and", "as", "at", "be", "but", "by", "for", "from", "if", "in", "into", "is",
                "are", "was", "of", "on", "or", "than", "that", "the", "to", "which", "with"}
NUMBERED = ("1.", "I.", "article", "section", "chapter")
# (r26pdfen) a report's heading as an embedded question: 'Who we are', 'What it is', 'Where we were':
# its verb ends it, as a clause cut off at the line end does not
WH_HEAD = re.compile(r"^(?:\d{1,3}(?:\.\d{1,3})*\.?\s+)?(?:Who|What|Where|How|Why|When)\s+\S+(?:\s+\S+){0,3}$")
WH_VERB_END = {"is", "are", "was"}
# (r26enheads) a wh-clause's preposition left at its end ('What the grant pays for', 'Who to talk to',
# 'Where it comes from'): English strands it there, as a cut-off clause does not end on it
WH_STRANDED = {"for", "to", "from", "with", "on", "in", "about", "into"}
# (r26enheads) a gerund with its particle ('Settling in', 'Logging on', 'Checking in'): a phrasal verb
# names the step, its particle is no preposition left without its object
PARTICLE_HEAD = re.compile(r"^[A-Z][a-z]+ing\s+(?:in|on)$")
# (r43en) a book's list named by what it lists and a participle with its particle ('LIST OF WORKS REFERRED TO',
# 'Index of Cases Cited In', 'Table of Statutes Referred To'): the particle closes the name, no object cut off
LISTED_HEAD = re.compile(r"(?i)^(?:list|index|table|schedule|register)\s+of\s+\S.*\s[a-z]+ed\s+(?:to|in|on|by|for)$")


def series_words(blocks: list[Block]) -> set[str]:
    """Capitalised words that open two or more short one-line blocks with different numbers:
    'ADVENTURE I. A SCANDAL IN BOHEMIA', 'ADVENTURE II. THE RED-HEADED LEAGUE', 'STAVE I'."""
    numbers: dict[str, set[str]] = defaultdict(set)
    for block in blocks:
        match = SERIES.match(block.text)
        if match and block.lines == 1 and len(block.text) <= MAX_LEN and not ISBN_CITED.search(block.text):
            numbers[match["word"].upper()].add(match["num"])   # (r29reports) a publication list's entries
            #   by their series code ('LRDC 4 Report on Maintenance (ISBN …)') are a list, no divisions
    return {word for word, nums in numbers.items() if len(nums) >= 2 and word not in CITATION_WORDS}


# (enlegal) a reference to the Laws' chapter an Act is, printed in the margin beside the section that
# names it ('Cap. 16.', 'Cap. 413.'): a citation, never a series of divisions
CITATION_WORDS = {"CAP"}


def body_indent(blocks: list[Block]) -> int:
    """The indentation most prose blocks share (0 for flush text). A paragraph whose first line
    alone is indented (a typewritten paragraph indent: '  The licenses for most software …' over
    flush lines) sits at its later lines' column: the body is flush, its first lines only indented."""
    counts = Counter(min(b.indent, b.hang) if b.hang >= 0 else b.indent
                     for b in blocks if len(b.text.split()) >= 8)
    return counts.most_common(1)[0][0] if counts else 0


def text_width(blocks: list[Block]) -> int:
    """The measure of hard-wrapped text: the column most wrapped paragraphs reach (0 if unknown)."""
    rights = sorted(b.right for b in blocks if b.lines >= 2 and b.right)
    return rights[len(rights) * 3 // 4] if len(rights) >= 5 else 0


CENTRE_SLACK = 8   # columns, or an eighth of the measure: typewritten centring is by eye
STACK_LINES = 4    # lines of a title page's group centred together ('TROW'S' / 'PRINTING AND …' / 'NEW YORK.')


def centred(block: Block, width: int) -> bool:
    """A one-line block set in the middle of the measure ('                            Preamble'):
    about as much space right of it as left of it, and more than a paragraph indent."""
    if not width or block.lines != 1 or block.indent <= 3:
        return False
    right_space = width - block.indent - len(block.text)
    return right_space > 0 and abs(block.indent - right_space) <= max(CENTRE_SLACK, width // 8)


def _centred_stack(block: Block) -> bool:
    """(r39book) A few short lines each set far in from the margin, as a title page centres its
    groups (imprint, credit): every line indented as a centred division is (CENTRED_DIVISION_INDENT),
    which a paragraph, a list or a verse quotation (indented a few columns) is not."""
    return 1 < block.lines <= STACK_LINES and min(block.indent, block.hang) >= CENTRED_DIVISION_INDENT


# a lead-in clause that announces what comes under it, its colon or dash lost ('The speeches read
# as follows', 'The amendments are the following'): words leading into the text, never a heading
FOLLOWS_END = re.compile(r"\b(?:as follows|the following)\s*$", re.I)


def _phrase(text: str) -> bool:
    """A heading's words: starts with a capital (or the year it covers: sg.YEAR_LEAD, r28prints), no
    end mark, no code, not a cut-off clause. (r31enheads) A short title-cased phrase closed by an
    ELLIPSIS ('A New Parliament...': a speech's head leading into its text) has no end mark either: a
    sentence cut off so ('And then we went...') has its small words in lower case."""
    if sg.teaser_head(text):
        text = sg.TEASER_ELLIPSIS.sub("", text)
    words = text.split()
    if not words or not sg.head_initial(text) or CODE.search(text) or text.endswith(","):
        return False
    if sg.ends_with(text, ".;:?!") or text[-1] in sg.CLOSERS \
            or words[-1].casefold() in FUNCTION_END and not (WH_HEAD.match(text) and words[-1].casefold() in WH_VERB_END | WH_STRANDED) \
            and not PARTICLE_HEAD.match(text) and not LISTED_HEAD.match(text):
        return False
    if FOLLOWS_END.search(text):
        return False   # 'The speeches read as follows': a lead-in whose colon or dash was lost (round14en)
    if LEAD_IN_DASH.search(text) and len(words) >= LEAD_IN_WORDS:
        return False   # 'The following Decree is made—': an enacting clause leading into the sections (r22legal)
    return sum(any(ch.isalpha() for ch in w) for w in words) >= 1


# (r28ocr) a number printed letter-spaced, as a report's or a book's heading sets its year (`The
# Financial Year 1 9 6 3 / 6 4`): four or more digits one apart, `/` or a dash among them
SPACED_DIGITS = re.compile(r"(?<!\S)\d(?: [\d/–-]){3,}(?!\S)")


def closed_up(text: str) -> str:
    """The line with its letter-spaced numbers read as one word each (`1 9 6 3 / 6 4` -> `1963/64`),
    for counting its words; a number with fewer than four digits spaced, or spaced words, stay."""
    return SPACED_DIGITS.sub(lambda m: m[0].replace(" ", "") if sum(c.isdigit() for c in m[0]) >= 4 else m[0], text)


def _title_cased(words: list[str]) -> bool:
    long_words = [w for w in words if sum(ch.isalpha() for ch in w) >= 4]
    return bool(long_words) and all(w[0].isupper() for w in long_words)


# a number's label written in small letters inside a line in capitals ('APPROPRIATION BILL (No. 1)
# 2002-2003', 'REPORT Vol. 2'): the line is still in capitals (round14en)
NUMBER_ABBREV = re.compile(r"\b(?:No|Nos|Vol|Pt)\.\s*\d+")


def _caps_line(text: str) -> bool:
    """All capitals, a number's label in small letters ('(No. 1)') aside."""
    return sg.is_all_caps(text) or bool(NUMBER_ABBREV.search(text)) and sg.is_all_caps(NUMBER_ABBREV.sub("", text))


# (r29reports) or glued to its words after its stop, as a copy that lost the tab between them sets it
# ('1.CONTEXT OF THE PROPOSAL', '1.1.Reasons for and objectives of the proposal': an EU proposal's text)
NUMBER_LABEL = re.compile(r"^(?:[A-Za-z§]{2,}\.?\s*)?(?:[IVXLC]{1,6}|\d{1,3}(?:\.\d{1,3})*)(?:\.?(?:\s+|$)|\.(?=[A-Z][a-zA-Z]))")


# (enlegal) a dash between a division's label and its name, as an Act's print sets it ('SECTION 5 -
# BOARD REGULATIONS', 'Article 3 – Definitions', 'PART 1 — PRELIMINARY'): the name follows it
# (r30enpdf) or a colon, spaced or not ('Section 109 : Annual financial statement …', 'Article 4: Definitions'),
# as a law commission's translation or a code site sets it
LABEL_DASH = re.compile(r"^(?:[-–—]|\s?:)\s+(?=\S)")


def _numbered_kind(text: str, style: str) -> tuple[str, bool] | None:
    """'3.1.  Padding of Encoded Data', 'II.', 'Article 5': numbered, and what follows the
    number (if anything) reads as a title. A title closed by one period ('0. Definitions.',
    'Section 2. Grants of Authority.', as legal texts set them) is a title too when it is a short
    capitalised phrase with no other stop inside (`_period_title`); a list item that is a sentence
    is not."""
    label = NUMBER_LABEL.match(text)
    rest = text[label.end():] if label else text
    if label and LABEL_DASH.match(rest):
        rest = rest[LABEL_DASH.match(rest).end():]   # 'SECTION 5 - FIJIAN AFFAIRS … REGULATIONS': the dash sets the name off (enlegal)
    if rest and (len(rest.split()) > MAX_WORDS or not (_phrase(rest) or _period_title(rest) or _colon_caps_title(rest))):
        return None
    if LEAD_IN_DASH.search(rest) and len(rest.split()) >= LEAD_IN_WORDS:
        return None   # '2. Section 7 of the Principal Act is amended by—': a section's words leading into its list (round9en)
    return style, True


# (r41) a strategy's, plan's or review's NUMBERED ITEM HEAD: the item's kind and number, a colon, then the
# item's statement ('Action 01: Departments will …', 'Recommendation 3: The Board should …', 'Goal 2: …'); the kind
# without a number over a group of them ('Principle: Improve departmental digital leadership'), three words at least
LABELLED_ITEM = re.compile(r"^(?P<word>Action|Recommendation|Objective|Goal|Priority|Commitment|Outcome|Principle|Step|Measure"
                           r"|Target|Finding|Proposal|Theme)(?:\s+(?:\d{1,3}|[A-Z]))?\s*:\s+[A-Z]\S*(?:\s+\S+){2}")
LABELLED_ITEM_LINES = 3   # lines such a head is wrapped over at a print's measure


def _wrapped_label_head(text: str) -> bool:
    """(r30enpdf) A section's or an article's head, its label and number with a colon or a dash before
    its name (LABEL_DASH), wrapped once at a print's narrow measure (`Section 109 : Annual financial
    statement and report of board` / `of directors`, an Act as a law commission prints it on A5): the
    name has no end mark, so it is the head over the first sub-section, not a run-in provision
    (`Section 2. Membership may be transferred …`, closed by its stop, runs in)."""
    label = NUMBER_LABEL.match(text)
    rest = text[label.end():] if label else ""
    return bool(LABEL_DASH.match(rest)) and not sg.ends_with(rest.rstrip(), ".!?;,")


def _runin_provision(text: str, style: str) -> bool:
    """(r25auditen) 'Section 2. Membership may be transferred only with the approval of the Board.':
    a division's label with its provision run in, a sentence with a finite verb closed by its end
    mark. Short enough to pass for a series heading ('ADVENTURE II. THE RED-HEADED LEAGUE'), it is
    the section's text, its number a run-in head; its neighbours, longer, were left as text, so
    taking the short ones made a run-in section the peer, then the parent, of the articles."""
    label = NUMBER_LABEL.match(text)
    rest = text[label.end():].strip() if label else ""
    words = rest.split()
    sentence_case = len(words) >= RUNIN_WORDS and sum(w[:1].islower() for w in words[1:]) >= 0.6 * (len(words) - 1)
    return bool(rest) and sg.ends_with(rest, ".!?") and (bool(CAPTION_VERB.search(rest)) or sentence_case) \
        and _numbered_kind(text, style) is None


RUNIN_WORDS = 6   # words of a run-in provision in sentence case with no listed verb ('Members serve terms of two years.')


# (round16en) a code's section line: the section sign, a chapter-and-section number ('§ 3.1-2') and
# its caption in sentence case closed by a period, its parts between semicolons, as a county or city
# code prints it ('§ 3.1-1 Agenda for regular and adjourned meetings.'); a clause with a finite
# verb ('§ 3 shall apply to …', '§ 2-1 is amended …') is a sentence about the section
# (r45) or with the code's initials before a decimal number, as a state code cites its sections
# ('NRS 0.030 Gender, number and tense.', 'ORS 1.010 Inherent powers of courts.'), its caption
# maybe opening on a quoted term ('“County” includes Carson City.')
CODE_SIGN_HEAD = re.compile(r"^(?:§{1,2}\s*\d{1,4}(?:[.\-]\d{1,4}[A-Za-z]?){0,3}|[A-Z]{2,5}\s+\d{1,4}[A-Z]?\.\d{1,4}[A-Z]?(?:\.\d{1,4}[A-Z]?)?)"
                            r"\.?\s+(?P<caption>[A-Z“\"][^.!?:]{2,200})\.?$")
QUOTED_TERM = re.compile(r"“[^“”]{1,40}”|\"[^\"]{1,40}\"")   # (r45) a defined term a caption names, not its verb
CAPTION_VERB = re.compile(r"\b(?:shall|may|must|is|are|was|were|has|have|will|provides?|applies|means)\b")
CODE_CAPTION_WORDS = 20
CODE_HEADS_MIN = 2   # section lines of that shape in the text: a code's page of sections, not one section's page


def _code_section_head(text: str) -> bool:
    """'§ 3.1-1 Agenda for regular and adjourned meetings.': a code's section line, its caption in
    sentence case and closed by a period, its parts between semicolons (`CODE_SIGN_HEAD`), at most
    20 words, no finite verb in it (round16en). Two or more such lines make them headings
    (`english_kinds`): one alone is a single section's page, named by it."""
    match = CODE_SIGN_HEAD.match(text.strip())
    if not match:
        return False
    caption = match["caption"]
    return len(caption.split()) <= CODE_CAPTION_WORDS and not CAPTION_VERB.search(QUOTED_TERM.sub(" ", caption)) \
        and not caption.endswith(",")


# (r35) a section's line in the Commonwealth drafting style: its bare number, a letter or two after it for an
# inserted section, no point, then its caption in sentence case with no end mark ('10 Application of Part',
# '9B Grants to approved organisations', '29 Power to make commencement order')
BARE_SECTION_HEAD = re.compile(r"^(?P<number>\d{1,3})[A-Z]{0,2}\s+(?P<caption>[A-Z][a-z][^.!?:;,—–\-]{1,120})$")
BARE_CAPTION_WORDS = 14


def _bare_section_head(text: str) -> bool:
    """(r35) A section line of a statute printed in the Commonwealth style (BARE_SECTION_HEAD): at most
    BARE_CAPTION_WORDS words in sentence case (one capitalised word after the first at most: a name, a
    `Part`; a count opening a headline is in title case, `3 Million People Use the Buses`), no finite
    verb (a numbered sentence has one: `1 A power to make … may be exercised`), no end mark. Two or
    more whose numbers go up make them headings (`english_kinds`)."""
    match = BARE_SECTION_HEAD.match(text.strip())
    if not match:
        return False
    words = match["caption"].split()
    capitals = sum(w[:1].isupper() and w.isalpha() for w in words[1:])
    return len(words) <= BARE_CAPTION_WORDS and capitals <= 1 and not CAPTION_VERB.search(match["caption"])


def _section_lines(blocks: list[Block], kinds: list, is_head, kind: tuple[str, bool], ordered: bool = False) -> list:
    """The one-line blocks no pass has read that `is_head` takes for a code's or a statute's section
    line, each made a heading of `kind` when there are CODE_HEADS_MIN of them or more (one alone is a
    single section's page, named by it) and, `ordered`, their numbers never go down."""
    lines = [i for i, b in enumerate(blocks) if kinds[i] is None and b.lines == 1 and is_head(b.text)]
    if len(lines) < CODE_HEADS_MIN or ordered and not _numbers_go_up([blocks[i].text for i in lines]):
        return kinds
    chosen = set(lines)
    return [kind if i in chosen else k for i, k in enumerate(kinds)]


def _numbers_go_up(texts: list[str]) -> bool:
    """The lines' leading numbers never go down: sections in their order, not a list of years or items."""
    numbers = [int(re.match(r"\d+", t.strip()).group()) for t in texts]
    return all(b >= a for a, b in zip(numbers, numbers[1:]))


# a drafting lead-in: a clause ending in a dash that opens the list under it ('is amended by—',
# 'the following—', 'in subsection (2),—'), never a title
LEAD_IN_DASH = re.compile(r"[\w),:]\s?[—–]$|[\w),:]\s-$")   # 'In this Act -': a typed hyphen for the dash (r22legal)
LEAD_IN_WORDS = 3   # words: 'Part I—' is a label, not a lead-in
PERIOD_TITLE_WORDS = 8
# a transcription's italics: '_INTRODUCTION._' (Project Gutenberg marks italic type with underscores)
ITALIC_MARKS = re.compile(r"^_(?=\S)(.+?)(?<=\S)_$")
# a book's own part, named in capitals and closed by a period: 'PREFACE.', 'INTRODUCTION.' — the
# names of a book's parts, not any capitals (a story sets notices, signatures, shouts in capitals)
CAPS_PERIOD = re.compile(r"^(?:(?:THE |AUTHOR'S |AUTHOR’S |TRANSLATOR'S |TRANSLATOR’S |EDITOR'S |EDITOR’S )?"
                         r"(?:PREFACE|INTRODUCTION|FOREWORD|PROLOGUE|EPILOGUE|AFTERWORD|POSTSCRIPT|DEDICATION|"
                         r"ACKNOWLEDGE?MENTS?|CONCLUSION|GLOSSARY|NOTES|ARGUMENT|PREFATORY NOTE))\.$")


def _period_title(text: str) -> bool:
    """'Definitions.', 'Protecting Users' Legal Rights From Anti-Circumvention Law.': a title
    phrase with one closing period, its long words capitalised — not a sentence ('It applies.')."""
    if not text.endswith(".") or text.endswith("..") or not _phrase(text[:-1]):
        return False
    words = [w for w in text[:-1].split() if w.casefold() not in TITLE_SMALL_WORDS]
    return len(words) <= PERIOD_TITLE_WORDS and not re.search(r"[.;:!?]", text[:-1]) and _title_cased(words)


def _colon_caps_title(text: str) -> bool:
    """(r33enspeech) 'MEETING:', 'MINISTERIAL REPORTS:', 'PUBLIC ACCOUNTS COMMITTEE, BUDGET INQUIRY REPORT
    2002 – MOTION TO NOTE REPORT:': a numbered order-of-business item of a legislature's minutes or
    votes, in capitals and closed by a colon over the proceedings it records. A capital line that leads
    into a list ('THE COUNCIL RESOLVED THAT:', '… AGREE AS FOLLOWS:') ends on a function word or on
    `as follows` (`_phrase`), and a mixed-case line closed by a colon is a lead-in."""
    name = text[:-1].rstrip()
    return text.endswith(":") and not text.endswith("::") and bool(name) and sg.is_all_caps(name) \
        and _phrase(name) and not re.search(r"[.;:!?]", name)


def _numbered_colon_caps(text: str) -> bool:
    """A numbered item whose name is a capital title closed by a colon (`_colon_caps_title`)."""
    label = NUMBER_LABEL.match(text)
    return bool(label) and _colon_caps_title(text[label.end():])


# short words a title leaves in lower case ('Revised Versions of this License', 'Use with the …')
TITLE_SMALL_WORDS = FUNCTION_END | {"this", "these", "those", "with", "from", "into", "upon", "over", "under", "about"}


# an appendix label with its title after a colon or dash ('APPENDIX: How to apply the License to
# your work.', 'Appendix B — Sample forms'): the appendix's heading, its title may close with a
# period (unseen, xu5)
APPENDIX_TITLED = re.compile(r"^(?:APPENDIX|Appendix)(?:\s+[A-Z\d]{1,3})?\s*[:—–-]\s+(?P<title>[A-Z][^.!?]*[.]?)$")
# a closing mark: 'THE END', 'The End', 'END OF TERMS AND CONDITIONS' — it ends a text or a division,
# it heads nothing (unseen, xu5/xu8)
CLOSING_MARK = re.compile(r"^(?:the\s+end|end\s+of\s+.+)\.?$", re.I)   # a bare 'END' over text may head it
# the opening division of a legal instrument, named by itself alone on its line ('Preamble'): a
# heading even where it is the only line the text sets in the middle (as 序言 in Chinese; unseen, xu8)
OPENING_DIVISION = re.compile(r"^(?:PREAMBLE|Preamble)(?:\s*:)?$")   # (r28acts) 'Preamble :', its colon kept


BARE_DIVISION = re.compile(r"^(?:[IVX]{1,5}|[A-H])$")   # a division's number alone: 'I', 'IV', 'B'
CENTRED_DIVISION_INDENT = 12   # columns: centred in layout text, not a wrapped line's last letter


DIVISION_STYLES = ("chapter", "section", "article")
# (r22legal) a revised edition's chapter number set over the Act's own number ('CHAPTER 232' / 'Act 3 of
# 1990', read as one block): the chapter files the Act in the Laws, it divides nothing
# (r40enlegal) a revised edition's or reprint's line in an Act's title block ('REVISED EDITION 1985',
# '2020 REVISED EDITION', 'Revised Edition of the Laws 2002', 'REPRINT'): the edition, no division of the Act
EDITION_LINE = re.compile(r"^(?:(?:19|20)\d{2}\s+)?(?:revised\s+edition|reprint(?:ed)?(?:\s+edition)?)(?:\s+of\s+the\s+laws)?"
                          r"(?:,?\s+(?:19|20)\d{2})?$", re.I)
LAWS_OF = re.compile(r"^(?:THE\s+|The\s+)?(?:REVISED\s+|Revised\s+)?(?:LAWS|Laws)\s+(?:OF|of)\s+(?:THE\s+|the\s+)?[A-Z][\w'’ -]{2,40}$")
REVISED_CHAPTER = re.compile(r"^(?:CHAPTER|Chapter)\s+\d{1,4}[A-Z]?\s+(?=\S)")
STACKED_NAME_LINES = 2   # lines of a division's name under its label (blocks.STACKED_NAME_LINES)


def _indented_decimal_head(block: Block, style: str) -> bool:
    """(r45, issue 11) A section's decimal number opens the line (`1.1 Supply and Quality`): a print
    that indents its second-level heads (`pdftotext -layout` keeps the indent) sets them so; verse and
    a quotation open no line with `1.1`. One line, no sentence's end."""
    return style.startswith("1.1") and block.lines == 1 and not sg.terminal(block.text)


# (r46) numbered heads read level with the body where the body's indent is the page's margin
MARGIN_HEAD_STYLES = ("1.", "I.", "1.1x1")


def english_kind(block: Block, series: set[str], indent: int, width: int = 0, margin: bool = False) -> tuple[str, bool] | None:
    """(style, strong) if the block can be an English heading, else None. `width`: the text's
    measure, for headings centred on it; `margin`: the body's indent is the page's own margin, no
    block standing left of it (`at_margin`)."""
    text = block.text
    if block.code or sg.is_image_line(text) or PICTURE_ALT.match(text):
        return None   # fenced code ('# a comment'), an image or badge line, a picture's alt text: never a heading
    if JUDGMENT_AUTHOR.match(" ".join(text.split())) or JUDGMENT_LABEL.match(" ".join(text.split())) \
            or RECORD_NUMBER_LINE.match(text.strip()):
        return None   # (r33enlegal) 'LOWE J:', 'JUDGMENT': a judgment's author and its own label; a portal's record number ('Document 32015R1843')
    if address_form(text) or DELIVERY_NOTE.match(text) or RELEASE_LINE.match(text) or SPOKEN_COURTESY.match(" ".join(text.split())) \
            or OCCASION_LINE.match(" ".join(text.split())):
        return None   # (r33enspeech) 'Fellow South Africans', 'Madam Speaker', 'Ladies and gentlemen': a speech's salutation;
        #               'Check against delivery', '(As prepared for delivery)': its delivery note; 'FOR IMMEDIATE
        #               RELEASE': the release line it was sent out under
    if JUDGE_NAME.match(text) or CREDENTIALED_NAME.match(text) or ISBN_CITED.search(text) or STANDARD_NUMBER_LINE.match(text):
        return None   # 'MR JUSTICE FENWICK' under 'B e f o r e :': a judgment's cover names its judge (r29reports)
    if BYLINE.match(text) or ISSUER_LABEL.match(text) or STAMP_PIECE.match(text.strip()) or sg.COPYRIGHT_NOTICE.match(text):
        return None   # 'Story by …', 'Produced by …': the makers' credit, never a section (enweb); 'From: …' (r25auditen)
    if FILE_FACTS.match(text) or SCOPE_LINE.match(text) or CONTACT_NUMBER_LINE.match(text.strip()):
        return None   # 'PDF, 206 KB, 6 pages' under an attachment's name, 'Applies to England' (r33entitle)
    style = sg.numbering(text)
    if style == "1." and block.lines == 1 and _dated(text):
        return None   # (r40webpdf) '24 October 2016' alone, a notice's closing date: its day is no section's number
    if OPENING_DIVISION.match(text) and block.lines == 1:
        return "", False   # 'Preamble' alone, however far it is indented (TAB-centred)
    if block.lines == 1 and block.indent >= CENTRED_DIVISION_INDENT and BARE_DIVISION.match(text):
        return "I.", True   # '                              I': a division's number centred alone (round9en, blocks._centred_divisions)
    if indent >= 2 and block.indent >= indent and not (style in DIVISION_STYLES and (block.lines == 1 and LABEL_ONLY.match(text)
                                                                                or block.lines <= 2 and label_over_name(text))) \
            and not (margin and block.indent == indent and block.lines == 1 and style in MARGIN_HEAD_STYLES):
        return None   # level with an indented body: a wrapped line or a reference, not a heading; a division's
        #               label alone between blank lines ('  Chapter I', a page's copy indenting every line), or over
        #               its name, heads (r28acts)
    if LONG_TITLE.match(text):
        return None   # an Act's long title, set as a heading in a compilation: front matter, not a part
    if block.lines <= 2 and sg.SCHEDULE_HEAD.match(text) or block.lines == 1 and EXPLANATORY_NOTE.match(text):
        return "appendix", True   # 'SCHEDULE' / 'Article 3': an Act's or order's schedule, outside its divisions;
        #                           its explanatory note after them (r26legal)
    if block.provision:   # '1. Short title and commencement.' over its text (blocks._provision_heads);
        return style or "1.", True   # '2 Fraud by …' without the stop ranks as numbered too (unseen7)
    if style == "chapter" and REVISED_CHAPTER.match(text) and text.split()[-1].casefold() in FUNCTION_END:
        return None   # 'CHAPTER 443' / 'OF THE' / 'REVISED STATUTES, 1989': a citation of the Act's place in a
        #               collection cut at its line ends, no division with a name (a name never ends on 'the'; r26legal)
    if AMENDMENT_NOTE.match(text):
        return None   # 'Amended by 12 of 1980, 3 of 1995': a revised edition's note of the Acts that amended this one (r26legal)
    if LAWS_OF.match(text):
        return None   # 'LAWS OF SEYCHELLES': the revised edition the Act is filed in, a cover's or page's head (r22legal)
    if EDITION_LINE.match(" ".join(text.split())):
        return None   # 'REVISED EDITION 1985': the edition of the Laws this print of the Act is, in its title block (r40enlegal)
    if style == "chapter" and SERIAL_LINE.match(REVISED_CHAPTER.sub("", text, count=1)):
        return None   # 'CHAPTER 232' over 'Act 3 of 1990': the Act's place in the revised Laws, no division (r22legal)
    if style == "chapter" and REVISED_CHAPTER.match(text) and sg.INSTRUMENT_NAME.match(rest := REVISED_CHAPTER.sub("", text, count=1)) \
            and not re.search(r"\b(?:of|OF|this|THIS|the|THE)\s+(?:Act|ACT)$", rest):   # ('… APPLICATION OF ACT' names a chapter)
        return None   # 'CHAPTER 214' over 'FISHERIES ACT': the same place over the Act's name, no division (r26legal)
    if strong_heading(text):
        return style, True
    if block.numbered:   # '1' / 'The Old Sea-dog …', 'I.' / 'OF OUR SPIRITUAL STRIVINGS': a book's division (r28books)
        return style or "I.", True
    if style in DIVISION_STYLES and block.lines == 2 and label_over_name(text):
        return style, True   # 'ARTICLE II' / 'The Community and the Individual' (enlabel)
    if style in DIVISION_STYLES and block.lines <= 1 + STACKED_NAME_LINES and sg.is_all_caps(text) \
            and len(text) <= MAX_LEN + 20 and len(text.split()) <= MAX_WORDS:
        return style, True   # 'SECTION ONE' over its name in capitals, wrapped (blocks._stacked_labels; r22legal)
    if block.headline and not style:   # a headline the page set over its item's paragraph (round6, xxg7)
        return "", False
    if block.indent > 3 and indent < 2 and not centred(block, width) and not _indented_decimal_head(block, style):
        return None   # indented in flush text (verse, a quotation); a centred line may head a part
    if block.lines == 2 and style.startswith("1.1") and len(text) <= MAX_LEN + 20:
        return _numbered_kind(text, style)   # '10.4. Distributing … With Secondary' / 'Licenses': wrapped at the measure
    if block.lines == 2 and style in ("section", "article") and len(text) <= MAX_LEN + 20 and _wrapped_label_head(text):
        return _numbered_kind(text, style)   # (r30enpdf) 'Section 109 : Annual … report of board' / 'of directors'
    if block.lines <= 2 and style == "1." and len(text) <= MAX_LEN + 20 and _numbered_colon_caps(text):
        return _numbered_kind(text, style)   # (r33enspeech) '4. PUBLIC ACCOUNTS … MOTION TO NOTE' / 'REPORT:': wrapped
    if block.lines <= LABELLED_ITEM_LINES and (item := LABELLED_ITEM.match(text)) and len(text) <= LABELLED_ITEM_LINES * MAX_LEN \
            and not sg.ends_with(text.rstrip(), ".!?;,:"):
        return "label:" + item["word"].casefold(), True   # (r41) 'Action 01: Departmental boards will include an active' / 'digital leader'
    if block.lines != 1 or len(text) > MAX_LEN:
        return None
    if CLOSING_MARK.match(text):
        return None
    titled = APPENDIX_TITLED.match(text)
    if titled and len(titled["title"].split()) <= MAX_WORDS:
        return "appendix", True
    if sg.APPENDIX.match(text):
        return ("appendix", True) if _phrase(text) or APPENDIX_LETTER.match(text) else None
    if sg.CITING.match(text):
        return None   # 'Article 10 is amended as follows:': a sentence about the article, no heading (unseen5)
    match = SERIES.match(text)
    if match and match["word"].upper() in series and not (style in DIVISION_STYLES and _runin_provision(text, style)):
        # (r42) a provision's label keeps its own rank: 'Article 4 - Appointment of harbour masters', past
        # strong_heading's 40 characters, is its series' article as 'Article 3 - Application' is, no chapter
        return (style if style in ("article", "section") else "chapter"), True
    if style.startswith("1.1") or style in NUMBERED:
        return _numbered_kind(text, style)
    if not style and (block.indent <= 3 or centred(block, width)) and CAPS_PERIOD.match(ITALIC_MARKS.sub(r"\1", text)):
        return "", False   # 'PREFACE.', 'INTRODUCTION.': a book's part in capitals, closed by a period; centred
        #                    on a transcription's measure and set in its italic marks ('_INTRODUCTION._') too (r39book)
    small = SMALL_LETTER_LABEL.match(text) if not style else None
    if small and _phrase(rest := text[small.end():]) and _title_cased(rest.split()) and len(rest.split()) <= MAX_PLAIN_WORDS:
        return "a.", True   # 'a. Primary Legislation': a guide's or report's lettered head in small letters (r29reports)
    if style or not _phrase(text) or SERIAL_LINE.match(text) or _dated(text) or STAMP_LINE.match(text):
        return None
    words = closed_up(text).split()
    if not any(sum(ch.isalpha() for ch in w) >= 3 for w in words):
        return None   # an unnumbered heading names something: 'No. 139, 2003' (an Act's number line) names nothing
    if _caps_line(text) or (len(words) <= MAX_PLAIN_WORDS and (_title_cased(words) or len(words) <= 5)):
        return "", False
    if centred(block, width) and len(words) <= MAX_WORDS \
            and _title_cased([w for w in words if w.casefold() not in TITLE_SMALL_WORDS]):
        return "", False   # a longer title centred on the measure ('How to Apply These Terms to Your New Programs')
    return None


# (r29reports) a judge named by the title of the office, as a judgment's cover lists the bench ('MR JUSTICE
# FENWICK', 'LORD JUSTICE HARLOW', 'HIS HONOUR JUDGE BAILEY', 'The Hon. Mrs Justice Lowe', 'DEPUTY DISTRICT
# JUDGE AMIS'): a person, never a section's head
JUDGE_NAME = re.compile(r"^(?i:(?:THE\s+)?(?:(?:RT\.?\s+)?HON(?:OURABLE|\.)?\s+)?(?:(?:MR|MRS|MS|MISS|LORD|LADY|DAME|SIR)\.?\s+JUSTICE"
                        r"|(?:HIS|HER)\s+HONOUR\s+JUDGE|(?:DEPUTY\s+)?(?:HIGH\s+COURT\s+|DISTRICT\s+|CIRCUIT\s+)JUDGE))"
                        r"(?:\s+[A-Z][\w'’.-]*){1,4}(?:\s+(?i:QC|KC|CBE|OBE))?\s*$")


# (r33enlegal) a JUDGMENT'S COVER as the Commonwealth's courts set it over the text: the court ('IN THE HIGH
# COURT OF SOUTH AFRICA', 'In the Supreme Court of Appeal'), its division in brackets or not ('(EASTERN
# CAPE DIVISION, GRAHAMSTOWN)'), the case number ('CASE NO: 2438/2021', 'Civil Appeal No. 12 of 2019'),
# 'In the matter between', 'BETWEEN', a party's row closed by its role ('TONY MAGQAZANA Applicant',
# 'CITY POWER (SOC) LTD   Second Respondent', 'BUFFALO … MUNICIPALITY 1st Respondent'), the parties' joint
# ('and', 'vs', '- and -') and the judgment's own label ('JUDGMENT', 'J U D G M E N T'): the cover, never a
# section. The court's or the case number's line opens it, within COVER_REACH blocks of the top; the label,
# the judge's line or the first paragraph of prose closes it.
COVER_ROLES = r"(?:applicant|respondent|appellant|petitioner|plaintiff|defendant|claimant|accused|intervening\s+party|amicus\s+curiae)s?"
COVER_OPEN = re.compile(r"^\(?(?i:in\s+the\s+)(?:[A-Z][A-Za-z'’-]*\s+){0,5}(?:COURT|Court|TRIBUNAL|Tribunal)\b.{0,80}$"
                        r"|^(?i:(?:case|civil\s+appeal|criminal\s+appeal|appeal|petition|application|suit|claim)\s+(?:no|number)\b\.?\s*:?\s*\S.{0,40})$")
COVER_PARTY = re.compile(r"^(?i:(?:in\s+the\s+matter\s+)?between)\s*:?$|^[-–(]?\s*(?i:and|vs?\.?|versus)\s*[-–)]?$"
                         rf"|^\S.{{1,90}}?(?:\s|\.{{3,}}|…)\s*(?i:(?:(?:\d{{1,2}}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+)?{COVER_ROLES})$")
COVER_LINE = re.compile(r"^\(?[A-Z][A-Z' -]{1,40}\s+(?:LOCAL\s+)?DIVISION\b.{0,60}\)?$"
                        r"|^\(?(?:THE\s+)?(?:[A-Z][A-Z'’-]*\s+){0,5}(?:COURT|TRIBUNAL)\s+OF\s+[A-Z].{0,80}\)?$|" + COVER_PARTY.pattern)
JUDGMENT_LABEL = re.compile(r"^(?:REASONS\s+FOR\s+)?(?:JUDG(?:E)?MENT|J\s+U\s+D\s+G\s+(?:E\s+)?M\s+E\s+N\s+T)(?:\s+APPROVED)?\s*:?$", re.I)
COVER_REACH = 40    # blocks from the top where a judgment's cover opens
COVER_PROSE = 25    # words of a paragraph of the judgment's text: the cover has ended
COVER_MARK_WORDS = 2   # words of a mark over the case number ('Reportable', 'NOT REPORTABLE')


def _restates(above: str, text: str) -> bool:
    """(r33enlegal) A head printed again right under itself with other separators (a code site's page
    heading and the section's own line: '232.2 - DEFINITIONS.' / '232.2 DEFINITIONS.'): the same letters
    and digits in the same order. The copy is no second section."""
    key = lambda t: re.sub(r"[\W_]+", "", t).casefold()
    return bool(key(above)) and key(above) == key(text) and " ".join(above.split()) != " ".join(text.split())   # the same
    #   line twice over is a two-column signature's pair ('The President' / 'The President'), left to its rules


def _judgment_cover(blocks: list[Block]) -> set[int]:
    """(r33enlegal) The blocks of a judgment's cover (COVER_OPEN, COVER_LINE, JUDGMENT_LABEL): from the
    court's or the case number's line near the top to the judgment's label or its author's line
    (JUDGMENT_AUTHOR), before any paragraph of prose. A text with no such opening has no cover: a
    report's heading 'The role of the respondent' or 'THE SUPREME COURT OF APPEAL' stays a heading."""
    flat = [" ".join(b.text.split()) for b in blocks]
    opened = next((i for i, text in enumerate(flat[:COVER_REACH]) if COVER_OPEN.match(text)), None)
    if opened is None:
        return set()
    while opened > 0 and (COVER_LINE.match(flat[opened - 1]) or JUDGMENT_LABEL.match(flat[opened - 1])
                          or len(flat[opened - 1].split()) <= COVER_MARK_WORDS):
        opened -= 1   # the court's line, the label or a mark ('Reportable') over the case number
    cover = set()
    for i in range(opened, len(blocks)):
        if len(flat[i].split()) >= COVER_PROSE or i + 1 < len(blocks) and len(flat[i + 1].split()) >= COVER_PROSE \
                and not (JUDGMENT_LABEL.match(flat[i]) or JUDGMENT_AUTHOR.match(flat[i])):
            break   # prose, or the line right over it: the judgment's first head ('Introduction')
        cover.add(i)
        if JUDGMENT_AUTHOR.match(flat[i]) or JUDGMENT_LABEL.match(flat[i]) and any(
                COVER_PARTY.match(flat[k]) for k in range(opened, i)):
            break   # the judge's line, or the label after the parties' rows
    return cover


# (r33enlegal) a law portal's record number over the act it shows ('Document 32015R1843', 'Document No. 2019-0112',
# 'Record 1998/34/EC'): the record's label and identifier, front matter, never a section
RECORD_NUMBER_LINE = re.compile(r"^(?:Document|Record|File)\s+(?:No\.?\s*)?\d[0-9A-Z()/.-]{5,}$")
# (r33enlegal) the judgment's author line under its cover: the judge's surname and the office's letters
# ('LOWE J:', 'ZONO AJ:', 'Veerasamy AJ', 'PONNAN JA (MALAN and WALLIS JJA concurring):', 'SMUTS, J'):
# who gives the judgment, no section's head and no field's label over a value
JUDGMENT_AUTHOR = re.compile(r"^[A-Z][A-Za-z'’-]+(?:\s+[A-Z][A-Za-z'’-]+){0,3},?\s+(?:A?J|JA|AJA|JJA|JJ|[AD]?CJ|[AD]?JP|JSC|SCJ|JCA|AP)"
                             r"(?:\s*\([^()]{1,80}\))?\s*:?$")


# (r29reports) a person's name with the letters of degrees, orders or professions after it, as a report's
# cover, a letter's signature or a member list sets it ('Yusador S. Gaye, CPA, CGMA', 'JANE DOE, MPP',
# 'Dr A. Smith, PhD, FRCP'): a person, never a section's head; the letters are two to six capitals
# (a small letter inside: 'PhD', 'MSc') after a comma, one to four of them
CREDENTIALED_NAME = re.compile(r"^(?:(?:Dr|Mr|Mrs|Ms|Prof|Hon)\.?\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3}"
                               r"(?:,\s*(?:[A-Z][A-Za-z]{0,2}[A-Z]{1,4}|Ph\.?D\.?|M\.?P\.?)){1,4}\s*$")


# (r29reports) a book's standard number in a line: a publication list's entry ('Annual Report, 2003 (ISBN
# 0-86976-643-0)', 'LRDC 4 Report on Maintenance (ISBN …)') or a cover's or imprint page's number line
# ('ISBN 978-1-4868-1130-4 (Print)', 'ISSN 0835-037X (Print)'): never a section's head. A series named
# with its ISSN in brackets ('Annual Reports (ISSN 1026-8391)') may head its entries and stays
ISBN_CITED = re.compile(r"\bISBN(?:-1[03])?\s*:?\s*[\dX]")
STANDARD_NUMBER_LINE = re.compile(r"^(?:e-?|print\s+|online\s+)?(?:ISSN|ISBN|DOI)(?:-1[03])?\s*:?\s*[\dX]", re.I)


# (r29reports) a head lettered in small letters, as a procedure guide or a report numbers its parts under a
# chapter ('a. Primary Legislation', 'b) Secondary Legislation'): the letter, a period or a bracket, then a
# title-cased phrase with no end mark (a list item in small letters is a sentence or a clause: 'a. Check
# that the papers …', 'b. the Minister;')
SMALL_LETTER_LABEL = re.compile(r"^[a-z][.)]\s+(?=[A-Z])")


# (r26enheads) an appendix lettered alone ('Appendix A', 'APPENDIX B'): its letter 'A' is no article
# left at a cut-off clause's end (_phrase's FUNCTION_END)
APPENDIX_LETTER = re.compile(r"^(?:Appendix|APPENDIX)\s+[A-Z]$")


# (r26legal) a revised edition's note under the Act's name of the Acts that amended or repealed it
AMENDMENT_NOTE = re.compile(r"^\[?(?:Amended|Repealed|Replaced|Modified|Amendments?)(?:\s+by|\s*:)\s+.*\d{1,4}.*$")
# (r26legal) the note a statutory instrument or a bill carries after its text, not part of it
EXPLANATORY_NOTE = re.compile(r"^(?:EXPLANATORY\s+(?:NOTE|MEMORANDUM|STATEMENT)|Explanatory\s+(?:Note|Memorandum|Statement))$")


# a serial designation alone on its line (unseen11): an Act's number under its name on a law site
# (`Act 51 of 1992`, `Act No. 33 of 1957`, `Number 38 of 1937`) or a record's volume and issue under
# a debate's header (`Vol. 769 No. 3`): it says where the text stands in a series and names nothing,
# so it is never a heading (the title block or the body keeps it); `No. 139, 2003` is a number line too
SERIAL_LINE = re.compile(r"^(?:[A-Z][A-Za-z]{0,5}\.\s*No\.\s*\d{1,4}/\d{2,4}"   # 'Ord. No. 31/66' (round6)
                         r"|(?:Act|Ordinance|Proclamation|Decree|Law|Bill|Number)\s+(?:No\.?\s*)?\d{1,4}[A-Z]?\s+of\s+\d{4}"
                         r"|(?:Vol|Volume)\.?\s*(?:\d{1,5}|[IVXLCDM]{1,9})[,;]?\s+(?:No|Number|Issue)\.?\s*\d{1,5}"
                         # (round19en) a statute site's bare numbers of the Act and the Acts amending it, one a line
                         # ('15 of 1968' / '51 of 1971' / …, read as one block)
                         r"|\d{1,4}\s+of\s+(?:1[6-9]|20)\d\d(?:[\s,;]+\d{1,4}\s+of\s+(?:1[6-9]|20)\d\d)*)\.?$", re.I)


# (enweb) a credit line: who wrote, produced or published the text ('Story by Ann Lee, Staff Writer',
# 'Produced by the Office of the Chief Executive', 'PUBLISHED BY AUTHORITY'): a byline or an imprint
# under a headline or over a masthead names the makers, never a section
BYLINE = re.compile(r"^(?:Story|Written|Prepared|Produced|Published|Compiled|Edited|Photos?|Photographs?|Photography|"
                    r"Words|Text|Reported|Posted|Issued|Translated|Illustrated|Designed)\s+by\s+\S", re.I)


# (r25auditen) a guidance page's issuer under its headline, labelled ('From: Revenue Office', 'Published by:
# Department of Health', 'Organisation: …'): it says who issued the page and names no section
# and its stamp with no colon ('Published 2 June 2023', 'Updated 5 January 2025': clean.rules_chrome_en.STAMP_PIECE)
ISSUER_LABEL = re.compile(r"^(?:From|Published by|Issued by|Organisation|Organization|Department|Owner|Authors?)\s*:\s+[A-Z][^.!?]{1,100}$")


# (r33entitle) a publication page's facts about an attached file, alone on a line under the file's name:
# its format, size and pages ('PDF, 206 KB, 6 pages', 'HTML', 'MS Word Document, 75.5 KB', '(PDF 1.2MB)');
# and the page's scope line ('Applies to England', 'Applies to: All staff and students'): they describe
# the file or the page and name no section
FILE_FACTS = re.compile(r"^\(?\s*(?:PDF|HTML|DOCX?|XLSX?|PPTX?|CSV|ODT|ODS|ODP|RTF|TXT|ZIP|EPUB|XML|JSON"
                        r"|MS\s+(?:Word|Excel|PowerPoint)(?:\s+(?:Document|Spreadsheet|Presentation))?)"
                        r"(?:\s*[,(]?\s*\d+(?:\.\d+)?\s*(?:KB|MB|GB|kB|Kb|Mb|bytes)\)?)?(?:\s*,\s*\d+\s+pages?)?\s*\)?$")
SCOPE_LINE = re.compile(r"^Applies\s+to\s*:?\s+[A-Z][^.!?]{1,80}$")
# (r40webpdf) a contact line: the channel's label and its number, nothing else ('Phone 9474 0777', 'Tel: (02) 6123
# 4567', 'Fax +44 20 7946 0000'), as a notice lists it under its `Contact us`: a number to call, never a section
CONTACT_NUMBER_LINE = re.compile(r"^(?:Phone|Ph|Tel|Telephone|Fax|Mobile|Mob|Freecall|Toll[- ]free)\.?\s*:?\s*\+?\(?\d[\d\s()./-]{4,}\d$", re.I)


# a page's label and date stamp ('Updated: Aug 15,2016 2:09 PM', 'Posted: 2016-08-15'): it dates the
# page and names nothing, so never a heading (round6, xxg7)
STAMP_LINE = re.compile(r"^[A-Z][a-z]+(?:\s+[a-z]+)?\s*:\s*(?:[A-Z][a-z]{2,8}\.?\s*\d{1,2},?\s*\d{4}|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}"
                        r"|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+\d{4})\b")


# (r33enspeech) a speech's ADDRESS TO ITS AUDIENCE alone on its line, with or without its comma, colon or
# '!' ('Fellow South Africans', 'My fellow citizens,', 'Honourable Members of the Legislative Assembly',
# 'Ladies and gentlemen', 'Madam Speaker', 'Mr. President', 'Your Excellency the Ambassador', 'Distinguished
# guests', 'Good afternoon', 'Programme Director'): the speaker turning to the hearers, never a heading nor the title. An address
# form's word opening a name ('Distinguished Service Awards', 'Fellowship Programme', 'Good Governance',
# 'Members' Statements') is a head: the form needs the hearers (or the officer addressed) after it.
_HEARERS = (r"(?i:guests|members|delegates|colleagues|friends|visitors|participants|graduates|citizens|countrymen"
            r"|countrywomen|compatriots|senators|representatives|deputies|councillors|councilors|ministers|excellencies"
            r"|ladies|gentlemen|people|students|parents|families)")
_OFFICER = r"(?:Deputy\s+)?(?:Speaker|President|Vice[- ]President|Chair(?:man|woman|person)?|Premier|Mayor|Governor|Clerk)"
ADDRESS_FORM = re.compile(
    # 'Fellow South Africans', 'My fellow citizens': the hearers or a people's name (a demonym's ending)
    rf"^(?:(?:My\s+)?(?:[Dd]ear\s+)?[Ff]ellow\s+(?:[A-Z][\w’'-]*\s+){{0,2}}(?:{_HEARERS}|[A-Z][\w’'-]*(?:ans|ers|ese|ites|ons|inos|is))\b"
    r"|Ladies\s+(?i:and|&)\s+[Gg]entlemen"   # (r39) 'Ladies & Gentlemen' as a programme sets it
    rf"|{_HEARERS}(?:\s*(?:,|(?i:and)|&)\s*{_HEARERS})+\b"   # (r39) the hearers named alone: 'Colleagues & Friends'
    rf"|(?:Mr\.?|Madam|Madame|Mister)\s+{_OFFICER}(?![’'\w])"
    r"|Your\s+(?:Excellency|Excellencies|Majesty|Royal\s+Highness|Highness|Honou?r|Worship|Lordship|Ladyship|Grace)\b(?:\s+[A-Z][\w’'.-]*){0,4}"
    rf"|(?:Excellencies|(?:Distinguished|Honou?rable|Hon\.|Esteemed|Dear|Respected|Invited)\s+(?:[\w’'-]+\s+){{0,2}}(?:{_HEARERS}|{_OFFICER}))\b"
    r"|Good\s+(?i:morning|afternoon|evening|day)\b"
    r"|(?:Programme|Program)\s+Director|Master\s+of\s+Ceremonies|Director\s+of\s+Ceremonies)"
    # then more hearers after a comma, or a phrase on a small word ('… of the Legislative Assembly', '… the Ambassador')
    r"(?:,\s*[^.!?;]{0,80}?|\s+(?i:of|and|to|from|in|at|for|on|the|who|here|all|everyone|everybody)\b[^.!?;:]{0,60}?)?"
    r"\s*[,:!—–-]?$")
# (r33enspeech) a speech's COURTESY or a transcript's STAGE DIRECTION alone on its line, its stop or brackets
# lost ('Thank you', 'Thank you very much', 'I thank you', 'God bless you all', 'Applause', 'Laughter'): words
# said or heard, never a head ('Long live the Republic' closes a speech too). 'Thank You' in title case may head a report's acknowledgements and stays.
SPOKEN_COURTESY = re.compile(r"^[(\[]?(?:(?:I\s+)?[Tt]hank\s+you(?:\s+(?:very\s+much|so\s+much|all|everyone|everybody))?"
                             r"|God\s+bless(?:\s+(?:you|us|all|America|[A-Z][a-z]+))*(?:\s+all)?"
                             r"|Long\s+live\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[\w’'-]+){0,4}"
                             r"|(?:Applause|APPLAUSE|Laughter|LAUGHTER|Cheers|CHEERS|Cheering|Standing\s+ovation|Crosstalk)"
                             r")[.!]?[)\]]?$")
ADDRESS_FORM_WORDS = 10   # words of an address alone on its line ('Honourable Members of the Legislative Assembly')


SALUTATION_RUN_MIN = 2   # address forms a run of short lines holds, at least, to be the speech's salutation


# (r39) where and when a speech or lecture was given, on its own line under its title ('AT THE COLLEGE OF
# PHYSICIANS & SURGEONS, ACCRA ON FRIDAY, MAY 16, 2008', 'Delivered at the Town Hall on 3 May 2019'):
# the title block's occasion, no section; it closes on the date's year
# (r45) a report's too, laid before the body it answers to ('Presented to the Board on 9 January 2025', 'Laid
# before Parliament on 3 May 2024', 'Submitted to the Council on …')
_OCCASION_VERB = r"(?i:(?:delivered|given|presented|spoken|read|laid|submitted|tabled)\s+)"
OCCASION_LINE = re.compile(rf"^(?:{_OCCASION_VERB}?(?i:at|in|on|before)|{_OCCASION_VERB}(?i:to))\s+(?i:the\s+)?[A-Z]"
                           r".{3,100}\b(?i:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[A-Za-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:1[89]|20)\d\d\.?$"
                           rf"|^(?:{_OCCASION_VERB}?(?i:at|in|on|before)|{_OCCASION_VERB}(?i:to))\s+(?i:the\s+)?[A-Z]"
                           r".{3,100}\b\d{1,2}(?:st|nd|rd|th)?\s+(?i:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[A-Za-z]*\.?,?\s+(?:1[89]|20)\d\d\.?$")


# (r39) a line of a salutation run naming hearers or the chair without an address form's opening word
# ('Chairperson', 'Members of the Council of State', 'Ministers of State'): the run's, right over its forms
HEARERS_LEAD = re.compile(rf"^(?:{_HEARERS}|{_OFFICER}|Chair(?:man|woman|person)?)\b")


def salutation_run(blocks: list[Block]) -> set[int]:
    """(r33enspeech) A speech's salutation SET ONE ADDRESSEE A LINE ('Programme Director' / 'Honourable
    Ministers' / 'Members of the Diplomatic Corps' / 'Ladies and Gentlemen' / 'Good morning'): a run of
    one-line blocks of at most ADDRESS_FORM_WORDS words, none closing a sentence, that holds
    SALUTATION_RUN_MIN address forms (`address_form`) or more. Every line of it addresses the hearers,
    the ones without an address form's words too, from the first address form on (the title block over
    it is not the run's); none is a heading. A heading next to one salutation line ('Members of the
    Board' under a report's head) is no run."""
    out: set[int] = set()
    run: list[int] = []
    for i, b in enumerate(blocks + [None]):
        short = b is not None and b.lines == 1 and not b.code and 0 < len(b.text.split()) <= ADDRESS_FORM_WORDS \
            and not re.search(r"[.?;]$", b.text.strip()) and not sg.numbering(b.text)
        if short:
            run.append(i)
            continue
        forms = [j for j in run if address_form(blocks[j].text)]
        if len(forms) >= SALUTATION_RUN_MIN:
            first = forms[0]
            while first - 1 in run and HEARERS_LEAD.match(blocks[first - 1].text):
                first -= 1   # (r39) 'Chairperson' / 'Members of the Council of State' / 'Ministers of State' over them
            out.update(j for j in run if j >= first)   # from the first address: the title block over it is not the run's
        run = []
    return out


def address_form(text: str) -> bool:
    """(r33enspeech) A speech's salutation alone on its line (ADDRESS_FORM), at most ADDRESS_FORM_WORDS
    words: never a heading nor a title."""
    flat = " ".join(text.split())
    if len(flat.split()) > ADDRESS_FORM_WORDS:
        return False
    return bool(ADDRESS_FORM.match(flat) or flat.isupper() and ADDRESS_FORM.match(flat.title()))


# (r30enweb) a picture's alternative text left as a line where the picture stood ('Budget principles icons',
# 'Minister Jane Doe photo', 'Strategy pillars infographic'): a name of two to six words closed by the kind of
# picture, in small letters (a heading would capitalise it: 'Brand Icons'); it names an image, never a section
PICTURE_ALT = re.compile(r"^[A-Z][\w’'&-]*(?:\s+[\w’'&-]+){1,5}\s+(?:icons?|infographic|photo|photograph|picture|illustration|banner(?:\s+image)?|logo)$")


def _dated(text: str) -> bool:
    """A date alone or with its place ('February 2008, Beijing', 'Geneva, 5 March 1998'): the imprint
    of a title block that dates the text and names nothing, so never a heading (unseen14: a white
    paper's imprint under its issuing office was taken as its first part)."""
    from .front import en_date, date_stamp   # front imports this module: the date grammar lives there
    if date_stamp(text):
        return True   # (r30enpdf) with the time of day after it ('February 03, 2004 15:37 IST'): a page's dateline
    edition = EDITION_DATE.match(text)
    if text.isupper() and en_date(CAPS_WORD.sub(lambda m: m.group().capitalize(), text.lower())):
        return True   # (r33entitle) a cover's date in capitals ('JANUARY 2012', 'FRIDAY, 30TH SEPTEMBER, 2022')
    # (r22legal) a consolidation's line in capitals ('CONSOLIDATED TO 30 JUNE 2012'): its month read as written
    return bool(en_date(text)) or bool(edition and (en_date(edition["date"]) or en_date(edition["date"].title())
                                                    or ISO_DATE.match(edition["date"])))


CAPS_WORD = re.compile(r"\b[a-z]+\b")   # a word of a lowered capitals line, recased for the date grammar


# (enlegal) a revised edition's date line under its title ('Updated to 28 May 2019', 'Revised to 1
# July 2020', 'Current to 2019-05-28', 'As at 5 March 1998', 'Reprinted as in force on 2 December
# 1999'): it dates the edition and names nothing
EDITION_DATE = re.compile(r"^(?:(?:updated|revised|amended|consolidated|current|correct|reprinted)(?:\s+as\s+in\s+force)?"
                          r"\s+(?:to|up\s+to|on|at|as\s+at|as\s+of|as\s+on)|as\s+(?:at|of|on)|in\s+force\s+(?:on|at|from)"
                          # (r26legal) the assent line under an Act's name ('Assented to 2031-06-22', 'Date of
                          # assent: 4 May 2031'): it dates the Act as the edition line does
                          r"|(?:date\s+of\s+|royal\s+)?assent(?:ed)?(?:\s+to|\s+on)?\s*:?"
                          # (r26enheads) a notice's or letter's date line over its signature ('Dated 1 March 2027',
                          # 'Dated this 4th day of May 2027', 'Date: 12 June 2027')
                          r"|dated(?:\s+this)?|date\s*:)\s+(?P<date>\S.{3,30})$", re.I)
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")   # '2031-06-22


# an Act's long title ('An Act providing for public access to Acts …', 'AN ACT to amend …'): the
# sentence that says what the Act is for, printed over its first part (newdocs round 3)
LONG_TITLE = re.compile(r"^(?:#{1,6}\s+)?[*_]{0,2}(?:An|AN|A)\s+(?:Act|ACT|Bill|BILL|Ordinance|ORDINANCE)\s+"
                        r"(?:to|for|providing|relating|respecting|concerning|making|amending|about"
                        r"|[a-z]{3,}ing)\b", re.I)   # (r26legal) any participle: 'AN ORDINANCE CONSENTING TO …', 'AN ACT RATIFYING …'


LEGAL_STYLES = ("article", "section")
LEGAL_SERIES = 3      # this many 'Article N' / 'Section N' headings make the text a legal act


CAPTION = re.compile(r"^(?:Figure|FIGURE|Fig\.|Table|TABLE|Exhibit|Chart|Box|Map|Plate)\s+"
                     r"(?:[A-Z]?\d{1,3}(?:[-.–]\d{1,3})*|[IVXLC]{1,6})(?:[.:]|\s+[-–—]|\s+(?=[A-Z])|$)")
TABLE_CAPTION = re.compile(r"^(?:Table|TABLE)\s")   # a table's caption: set over the table, not under it
# (r28ocr) a caption's word printed letter-spaced, as an OCR'd report sets it (`T A B L E II (G) 1`)
SPACED_OPENING = re.compile(r"^[A-Z](?: [A-Z]){3,}(?= |$)")
SPACED_CAPTION = re.compile(r"^(?:FIGURE|TABLE|EXHIBIT|CHART|MAP|PLATE)\s+(?:[A-Z]?\d{1,3}|[IVXLC]{1,6})\b")   # no prose is letter-spaced
FIRST_ROW = re.compile(r"^(?:1\.|\(1\)|A\.)\s")   # a table's first row label: '1. Net Cash Operating Surplus'
TIME_STAMP = re.compile(r"^\d{1,2}[:.]\d{2}\s*(?:[AaPp]\.?\s?[Mm]\.?)?(?:\s+[A-Z]{2,4})?$")   # '10:42 A.M. EST'
DECIMAL_TOP = re.compile(r"^(?P<num>\d{1,3})\s+(?=[A-Z])")


def is_caption(text: str) -> bool:
    """'Figure 4-1 Digital Identity Model', 'Table 2: …': a figure's or a table's caption,
    printed under or over it; it names the figure, not a section. Its word may be letter-spaced
    (`T A B L E II (G) 1`, r28ocr)."""
    return bool(CAPTION.match(text) or SPACED_OPENING.match(text) and SPACED_CAPTION.match(unspaced_opening(text)))


def unspaced_opening(text: str) -> str:
    """A line whose first word is letter-spaced in capitals, that word closed up (`T A B L E II` ->
    `TABLE II`); any other line as it is."""
    return SPACED_OPENING.sub(lambda m: m[0].replace(" ", ""), text)


def _decimal_tops(blocks: list[Block]) -> set[str]:
    """The first numbers of a decimal numbering's headings ('4.1 Overview', '4.3.1 …' -> '4'):
    a section numbered '4 Digital Identity Model' without a dot is their parent."""
    tops = set()
    for block in blocks:
        if sg.numbering(block.text).startswith("1.1") and block.lines == 1 and len(block.text) <= MAX_LEN:
            tops.add(re.match(r"\d+", block.text)[0])
    return tops


def _decimal_top(block: Block, tops: set[str]) -> tuple[str, bool] | None:
    """'4 Digital Identity Model' over '4.1 …': the outer level of the decimal numbering, ranked
    as '4.' would be. Only where a '4.x' heading exists, so a line that opens with a count
    ('3 Million People …') is not taken for a section."""
    match = DECIMAL_TOP.match(block.text)
    if not match or match["num"] not in tops or block.lines != 1 or len(block.text) > MAX_LEN:
        return None
    rest = block.text[match.end():]
    return ("1.", True) if len(rest.split()) <= MAX_WORDS and _phrase(rest) else None


UNSTOPPED_SERIES = 3   # sections numbered '1 …', '2 …', '3 …' in order: a report's parts


def _unstopped_series(blocks: list[Block], kinds: list) -> list:
    """(r26pdfen) A report's parts numbered without a stop and with no decimal sections under them
    ('1 Introduction', '2 Performance', '3 Finance'; `_decimal_top` needs a '2.1' to rank '2 …'):
    one-line blocks whose number and name (a phrase, MAX_WORDS words at most) run 1, 2, 3 … in
    order, UNSTOPPED_SERIES of them at least, each with text between it and the next, rank as
    '1.' would. A count opening a line ('3 Million People …') or a table's numbered rows (one
    under another) make no such run."""
    out = list(kinds)
    cands = []
    for i, b in enumerate(blocks):
        match = DECIMAL_TOP.match(b.text)
        if match and kinds[i] is None and b.lines == 1 and not b.item and not b.code and len(b.text) <= MAX_LEN:
            rest = b.text[match.end():]
            if len(rest.split()) <= MAX_WORDS and _phrase(rest):
                cands.append((i, int(match["num"])))
    run: list[int] = []
    expected = 1
    for i, n in cands:
        if n == expected and (not run or i - run[-1] >= 2):
            run.append(i)
            expected += 1
        elif n == 1:
            if len(run) >= UNSTOPPED_SERIES:
                break
            run, expected = [i], 2
    if len(run) >= UNSTOPPED_SERIES:
        for i in run:
            out[i] = ("1.", True)
    return out


REPEATED_LABEL = 3    # an unnumbered heading-like line said this often is a box's label


def _repeated_labels(blocks: list[Block], kinds: list) -> list:
    """An unnumbered heading-like line said word for word REPEATED_LABEL times or more is a box's
    label (unseen7: a revised Act's 'Textual Amendments' box after six sections), not a section:
    a text names each of its sections once; numbered ones ('Section 2' in each Article) differ by
    their place."""
    said = Counter(blocks[i].text.strip() for i, kind in enumerate(kinds) if kind and not kind[0])
    return [None if kind and not kind[0] and said[blocks[i].text.strip()] >= REPEATED_LABEL else kind
            for i, kind in enumerate(kinds)]


def field_label(block: Block) -> bool:
    """(r43en) A profile's field label split off over its value (`blocks._indented_labels`): `  Area:`."""
    return block.headline and block.lines == 1 and block.text.rstrip().endswith(":") and block.indent > 0


def _field_values(blocks: list[Block], kinds: list) -> list:
    """(r43en) A profile's field label is a head whatever its value under it (`  Area:` over `    total: 102 sq km`,
    a field's row); the value is the field's text, never a head of its own, whatever its shape (`Central America
    and the Caribbean`)."""
    return [("", False) if field_label(blocks[i]) else None if i and field_label(blocks[i - 1]) else kind
            for i, kind in enumerate(kinds)]


LIST_HEAD_WORDS = 14      # words of a head over a list: a phrase, not a lead-in sentence
LIST_HEAD_ITEMS = 5       # numbered items under it at least, within LIST_HEAD_REACH blocks
LIST_HEAD_REACH = 15


def _long_list_heads(blocks: list[Block], kinds: list) -> list:
    """(r43en) A LIST'S OWN HEAD ON A WEB PAGE: an `<h2>` over a long `<ol>` (`Acts or provisions not in force on
    December 31, 2010` over `1. Agricultural Marketing Programs Act, …` / `- ss. 44 to 46` / `2. …`), printed
    without styles: one line with a capital first, no end mark, no colon (a lead-in's), a sentence's shape
    but LIST_HEAD_WORDS words at most, after a paragraph closed by its end mark, right over the first item
    (`1.`) of a list of LIST_HEAD_ITEMS items or more (lists.mark_items). The list's section head, whatever its
    length or case. A line over a short list, a lead-in closed by a colon, stays."""
    out = list(kinds)
    for i in range(1, len(blocks) - 1):
        text, under = blocks[i].text.strip(), blocks[i + 1]
        if kinds[i] is not None or blocks[i].lines != 1 or not under.item or blocks[i].item or not re.match(r"^1[.)]\s", under.text) \
                or not sg.head_initial(text) or sg.ends_with(text, ".!?;:,") or len(text.split()) > LIST_HEAD_WORDS \
                or not re.search(r"[.!?][”\"’')]*$", blocks[i - 1].text.strip()):
            continue
        if sum(b.item and bool(re.match(r"^\d{1,3}[.)]\s", b.text)) for b in blocks[i + 1:i + 1 + LIST_HEAD_REACH]) >= LIST_HEAD_ITEMS:
            out[i] = ("", False)
    return out


def at_margin(blocks: list[Block], indent: int) -> bool:
    """(r46, issue 11) The body's indent is the page's own margin: no block stands left of it.
    `pdftotext -layout` sets a browser's print two columns in, heads and text alike (`  IV.
    Implementation` over `  As agencies take steps…`), where an RFC's heads stand left of its
    indented body. There a numbered head level with the body is one (`english_kind`)."""
    return indent >= 2 and not any(b.text.strip() and b.indent < indent for b in blocks)


def english_kinds(blocks: list[Block]) -> list[tuple[str, bool] | None]:
    series, indent, width = series_words(blocks), body_indent(blocks), text_width(blocks)
    margin = at_margin(blocks, indent)
    tops = _decimal_tops(blocks)
    kinds = [None if is_caption(b.text) else english_kind(b, series, indent, width, margin) or (_decimal_top(b, tops) if tops else None)
             for b in blocks]
    kinds = _section_lines(blocks, kinds, _code_section_head, ("section", True))   # a code's sections (round16en)
    kinds = _repeated_labels(blocks, kinds)
    cover = _judgment_cover(blocks)
    kinds = [None if i in cover else kind for i, kind in enumerate(kinds)]   # (r33enlegal) a judgment's cover
    kinds = [None if kind and i and kinds[i - 1] and _restates(blocks[i - 1].text, blocks[i].text) else kind
             for i, kind in enumerate(kinds)]   # (r33enlegal) '232.2 - DEFINITIONS.' / '232.2 DEFINITIONS.': the head's copy
    lowered = _lower_case_heads(blocks, kinds)
    kinds = [("", False) if i in lowered else kind for i, kind in enumerate(kinds)]
    kinds = _sentence_case_heads(blocks, kinds)
    kinds = _question_heads(blocks, kinds)
    kinds = _colon_heads(blocks, kinds)
    kinds = _numbered_colon_heads(blocks, kinds)
    kinds = _centring_used(blocks, kinds, indent, width)
    kinds = _numbered_siblings(blocks, kinds, series)
    kinds = _unstopped_series(blocks, kinds)
    kinds = _bold_heads(blocks, kinds, series, indent, width)
    kinds = _period_closed_heads(blocks, kinds)
    # (r35) '10 Application of Part': the sections of a statute in the Commonwealth style, where no pass
    # above read them (a report's '1 Introduction' over '1.1 …' is read by its decimal series)
    kinds = _section_lines(blocks, kinds, _bare_section_head, ("1.", True), ordered=True)
    # (r25auditen) a figure's caption is never a section, whatever pass read it as one ('Figure 2: A
    # view of …' detached between paragraphs in a page printed to PDF read like a sentence-case head)
    kinds = [None if is_caption(b.text) else kind for b, kind in zip(blocks, kinds)]
    # (r30noblank) a section's text its bare number opens under its side head ('Short title' / '1.' / 'This is
    # the … Bylaw 2026'): the side head heads the section, the text is none, whatever its first line's shape
    kinds = [None if b.opened else kind for b, kind in zip(blocks, kinds)]
    for i, kind in enumerate(kinds):
        if kind and not kind[1] and _inside_sentence(blocks, i) and not (i + 1 in lowered and not blocks[i].text.endswith(",")):
            kinds[i] = None
        elif kind and centred(blocks[i], width) and i + 1 < len(blocks) and (centred(blocks[i + 1], width) and not stage_note(blocks[i + 1])
                                                                              or _centred_stack(blocks[i + 1])):
            kinds[i] = None   # a centred line over another: a title page, a notice set in lines, a closing mark;
            #                   (r39book) or over a few lines centred together (an imprint: 'CHARLES SCRIBNER'S SONS' / '1890')
        elif kind and not kind[1] and i + 1 < len(blocks) and is_caption(blocks[i + 1].text) \
                and not (TABLE_CAPTION.match(blocks[i + 1].text) and i and sg.ends_with(blocks[i - 1].text, ".!?")
                         and not sg.numbering(blocks[i].text) and not sg.ends_with(blocks[i].text, ".!?:;")):
            kinds[i] = None   # a figure's own words over its caption ('Digital Identity Model' / 'Figure 4-1 …');
            #   (r26enheads) a table's caption stands OVER its table, so a line closing no sentence over it, after
            #   a paragraph, is the section's head ('Results' / 'Table 1. Birds counted …'), no figure's words
        elif kind and i and FIRST_ROW.match(blocks[i].text) and TABLE_CAPTION.match(unspaced_opening(blocks[i - 1].text)) \
                and is_caption(blocks[i - 1].text):
            kinds[i] = None   # (r28ocr) a table's first row label right under its caption (an OCR'd table read
            #   one cell a line: 'TABLE II (G) 1' / '1. Net Cash Operating Surplus/Deficit (-)'), no section
        elif kind and INSTRUMENT_LABEL.match(blocks[i].text) and i + 1 < len(blocks) and PURPOSE_TITLE.match(blocks[i + 1].text):
            kinds[i] = None   # (r22s18) 'ACT' over 'To amend and consolidate the law …': the long title's label, front matter
        elif kind and not kind[1] and ENACTING_OPENING.match(blocks[i].text):
            kinds[i] = None   # (r28acts) 'NOW, THEREFORE, BE IT ENACTED by the …' cut at a line end: the enacting words
        elif kind and not kind[1] and DATE_LABEL.match(blocks[i].text) and i + 1 < len(blocks) \
                and _dated(BRACKETED_TAIL.sub("", blocks[i + 1].text.strip())):
            kinds[i] = None   # (r28acts) 'Date of Publication in … Gazette' over '20 September 2015 (…)': a cover's field
        elif kind and not kind[1] and _masthead_line(blocks, i):
            kinds[i] = None   # (r30enpdf) 'PARLIAMENTARY DEBATES' / 'OFFICIAL REPORT' / 'SEVENTH PARLIAMENT OF …' / the date
        elif kind and not kind[1] and i and blocks[i - 1].lines == 1 and FIELD_LABEL.match(blocks[i - 1].text.strip()) \
                and not JUDGMENT_AUTHOR.match(blocks[i - 1].text.strip()):
            kinds[i] = None   # (r30enpdf) a caption's or a form's value under its label alone on the line above
            #   ('PETITIONER:' / 'Milind Moreshwar Kowley', 'CASE NO.:' / 'Appeal (civil) 4730 of 1996'): a field, no head
        elif kind and not kind[1] and _in_field_rows(blocks, i):
            kinds[i] = None   # (r43) 'Present: …' / 'Apologies: Cllr Brown': a record's field rows, no head
        elif kind and not kind[1] and QUOTED_SOURCE.search(blocks[i].text.strip()):
            kinds[i] = None   # an epigraph with its source (r22s18): 'Dicamus leges. (Vergil, Aeneid XI.)'
        elif kind and not kind[1] and i + 2 == len(blocks) and TIME_STAMP.match(blocks[i + 1].text):
            kinds[i] = None   # a transcript's closing mark over the time it ended ('END' / '10:42 A.M. EST')
    turns = speaker_turns(blocks) | speaker_lines(blocks) | office_lines(blocks) | record_lines(blocks) | record_opening(blocks, kinds)
    turns |= signed_lines(blocks)
    turns |= play_lines(blocks, kinds) | salutation_run(blocks)
    kinds = [None if i in turns else kind for i, kind in enumerate(kinds)]
    kinds = _heads_of_numbered_paragraphs(blocks, kinds)
    kinds = _publication_list_heads(blocks, kinds)
    kinds = _long_list_heads(blocks, kinds)
    kinds = _field_values(blocks, kinds)
    kinds = [None if kind == ("a.", True) and _lettered_item(blocks, i) else kind for i, kind in enumerate(kinds)]
    kinds = _initials_alone(blocks, kinds)
    notes = displaced_notes(blocks) or quoted_notes(blocks) or marked_sidenotes(blocks)
    if notes:   # the notes head the sections; the numbered sections under them are their text
        kinds = [("note", True) if i in notes else None if kind and kind[0] == "1." else kind for i, kind in enumerate(kinds)]
    kinds = [("appendix", True) if 0 < i and blocks[i].lines == 1 and sg.SCHEDULE_ALONE.match(blocks[i].text.strip())
             and sg.ends_with(blocks[i - 1].text, ".;") else kind for i, kind in enumerate(kinds)]
    # (r26legal) 'SCHEDULE A' after the provision that ended the Act's text: its schedule, outside its
    # divisions (as the last line of an Arrangement of Sections, after an entry with no stop, it stays)
    kinds = _bare_roman_series(blocks, kinds)
    kinds = _capital_letter_series(blocks, kinds)
    return _reprint_labels(blocks, _act_labels(kinds, blocks))


# (r43) a Roman numeral ALONE on its line ('I', 'II.', 'III'): a book's, an essay's or a poem's parts so numbered
BARE_ROMAN = re.compile(r"^(?P<num>[IVXL]{1,6})\.?$")
BARE_ROMAN_MIN = 2   # numerals of the series: 'I' then 'II' (one 'I' alone is a word)


# (r44) a CAPITAL LETTER heading a sub-part ('A. Work on the quay', 'B) Costs'), as an outline sets it under 'I.'
CAPITAL_LETTER_HEAD = re.compile(r"^(?:(?P<letter>[A-Z])[.)]|\((?P<small>[a-z])\))\s+(?=[A-Z])")   # (r44) or '(a) Our purpose' 


def _capital_letter_series(blocks: list[Block], kinds: list) -> list:
    """(r44) AN OUTLINE'S LETTERED HEADS (`A. Our purpose` / text / `B. How we are run` / text, under
    `I. Background`), one a line over their text: the letter, then a short phrase with no end mark (at
    most MAX_WORDS words). A letter and an initial look alike (`A. Smith`), so only a series counts: each
    letter from `A` on, the next one the letter after it, B at least, with text between them. Each is a
    numbered head of its own style ('A.'), so the outline nests them under the heads around them. A
    lettered sentence (`A. The applicant must …`) or a list with nothing between its items is no such head.
    A letter that is also a Roman numeral (`C.`, `D.`, `I.`) continuing the series is its letter, not a number;
    a small letter in brackets (`(a) Our purpose` / text / `(b) …`) makes a series of its own style ('(a)')."""
    cands = []
    for i, block in enumerate(blocks):
        match = CAPITAL_LETTER_HEAD.match(block.text) if block.lines == 1 and not block.code and not block.item else None
        rest = block.text[match.end():] if match else ""
        roman = match and kinds[i] is not None and kinds[i][0] == "I." and (match["letter"] or "") in "CDILMVX"   # 'C.' after 'B.'
        if match and (kinds[i] in (None, ("", False)) or roman) and _phrase(rest) and len(rest.split()) <= MAX_WORDS \
                and i + 1 < len(blocks) and not CAPITAL_LETTER_HEAD.match(blocks[i + 1].text):
            cands.append((i, match["letter"] or match["small"].upper(), "A." if match["letter"] else "(a)"))
    heads: dict[int, str] = {}
    run: list = []

    def close() -> None:
        if len(run) >= 2:
            heads.update({k: style for k, _, style in run})

    for cand in cands:
        _, letter, style = cand
        if letter == "A":
            close()
            run = [cand]
        elif run and style == run[-1][2] and ord(letter) == ord(run[-1][1]) + 1:
            run.append(cand)
        else:
            close()
            run = []
    close()
    return [(heads[i], True) if i in heads else kind for i, kind in enumerate(kinds)]


def _bare_roman_series(blocks: list[Block], kinds: list) -> list:
    """(r43) A text's parts headed by a Roman numeral alone on its line (`I` / `II` / `III`, maybe with its
    stop), as books, essays and poems print them: a series from I counting up by one, BARE_ROMAN_MIN or
    more, each over text (not another numeral: a column of numerals is a table's). Read as the `I.` style's
    strong heads; a lone `I` (the pronoun a line of verse opens with) or a numeral out of series stays."""
    found, expected = [], 1
    for i, block in enumerate(blocks):
        match = BARE_ROMAN.match(block.text.strip())
        if not match or block.lines != 1 or block.code or block.item:
            continue
        after = blocks[i + 1].text.strip() if i + 1 < len(blocks) else ""
        if not after or BARE_ROMAN.match(after):
            continue
        value = sg.label_number(match["num"] + ".")
        if value == expected:
            found.append(i)
            expected += 1
        elif value == 1 and len(found) < BARE_ROMAN_MIN:
            found, expected = [i], 2   # a stray 'I' before the series starts it again
    if len(found) < BARE_ROMAN_MIN:
        return kinds
    return [("I.", True) if i in found else kind for i, kind in enumerate(kinds)]


# (r43) a FIELD ROW: a label of one to three words, no digit, its colon, and the value on the same line
# ('Present: Cllr Smith (Chair), Cllr Jones', 'Apologies: Cllr Brown', 'Venue: Town Hall')
FIELD_ROW = re.compile(r"^(?=[A-Z])[^\W\d_][\w’'&/()-]*(?:\s+[^\W\d_][\w’'&/()-]*){0,2}:\s+\S[^:]{0,80}$")


def _in_field_rows(blocks: list[Block], i: int) -> bool:
    """(r43) A line of a record's FIELD ROWS (FIELD_ROW), with another such row, one line each, right over or
    under it: minutes' `Present: …` / `Apologies: …`, a notice's `Date: …` / `Venue: …`. Each row gives a
    value, none heads the text under it; a head with a colon (`Part 2: Methods`) stands alone or is numbered."""
    def row(k: int) -> bool:
        return 0 <= k < len(blocks) and blocks[k].lines == 1 and not sg.numbering(blocks[k].text) \
            and bool(FIELD_ROW.match(blocks[k].text.strip()))
    return row(i) and (row(i - 1) or row(i + 1))


# (r28acts) the labels of a reprint's or consolidation's editorial block over an instrument's first
# section: the eprint's note ('Note' / 'Changes authorised by …'), the commencement pointer
# ('Commencement' / '[see endnotes]'), the reprint and status lines — the publisher's notes on the
# edition, front matter, no division of the text
REPRINT_LABEL = re.compile(r"^(?:Notes?|NOTES?|Editorial\s+notes?|Editor['’]s\s+notes?|Commencement|COMMENCEMENT|Reprint|REPRINT"
                           r"|Status|Status\s+information|Endnotes|Versions?|Legislative\s+history|Extent\s+information)$")


# (r28acts) the opening words of a recital or of the enacting formula ('WHEREAS …', 'NOW, THEREFORE, BE IT
# ENACTED by …', 'Be it enacted by the …'): a line of them left alone by a line end is the Act's text, no heading
# (r33enlegal) widened to a by-law's enacting words without 'NOW' ('THEREFORE THE COUNCIL OF THE CORPORATION OF
# THE …' / '… ENACTS AS FOLLOWS:') and to its passing clause ('READ A FIRST, SECOND AND THIRD TIME AND
# FINALLY PASSED THIS …', 'Read a third time and passed …'): the by-law's own formulae, no heads
ENACTING_OPENING = re.compile(r"^(?:(?:AND\s+|And\s+)?(?:WHEREAS|Whereas)|NOW,?\s+THEREFORE|Now,?\s+therefore|BE\s+IT\s+ENACTED|Be\s+it\s+enacted"
                              r"|IT\s+IS\s+HEREBY\s+ENACTED|THEREFORE,?\s+THE\s+(?:[A-Z]+\s+){0,3}(?:COUNCIL|BOARD|ASSEMBLY|LEGISLATURE)"
                              r"|(?i:read\s+a\s+(?:first|second|third)(?:\s*,\s*(?:a\s*)?(?:second|third))*(?:\s+and\s+(?:a\s*)?(?:second|third))?\s+time))\b")
# (r28acts) a cover's date field labelled on its own line over the date ('Date of Publication in the
# Gazette' / '20 September 2015', 'Date of Assent' / '4 May 2031'): it dates the text, it heads nothing
DATE_LABEL = re.compile(r"^(?:Date|DATE)\s+(?:of|OF)\s+[A-Za-z]")
# (r30enpdf) a field's label alone on its line, closed by a colon: a court's caption or a form set in
# label and value lines ('PETITIONER:', 'CASE NO.:', 'BENCH:', 'Date of decision:', 'Applicant's name:'),
# one to four words, no sentence in it
FIELD_LABEL = re.compile(r"^(?=[A-Z])[\w.’'&/()-]+(?:\s+[\w.’'&/()-]+){0,3}\s?:$")
BRACKETED_TAIL = re.compile(r"\s*\([^()]{1,30}\)$")   # the date again in another calendar: '(2072.6.3)'


def _reprint_labels(blocks: list[Block], kinds: list) -> list:
    """(r28acts) A reprint's editorial label (REPRINT_LABEL) read as a weak, unnumbered heading over
    an instrument's first section head (`Block.provision`): front matter, not a heading; so is the
    enacting state's line of the cover block (`REPUBLIC OF VANUATU`, `GOVERNMENT OF TONGA`:
    sg.ISSUER_OF) over the first section or the first Part's head. After that head (a cross-heading
    `Commencement` over sections 40-42) or in a text without section heads they stay as they were."""
    first = next((i for i, b in enumerate(blocks) if b.provision and kinds[i]), None)
    part = next((i for i, b in enumerate(blocks) if kinds[i] and kinds[i][1] and DIVISION_HEAD.match(b.text)), None)
    if first is None and part is None:
        return kinds
    cover = min(i for i in (first, part) if i is not None)   # the first section's or Part's head
    first = -1 if first is None else first   # the reprint's labels stand over a section head only
    return [None if kind and not kind[1] and not kind[0] and (i < first and REPRINT_LABEL.match(blocks[i].text.strip())
                                                             or i < cover and sg.ISSUER_OF.match(blocks[i].text.strip()))
            else kind for i, kind in enumerate(kinds)]



# (r23enhead) a heading's SIBLINGS by shape: a text sets all its numbered heads in one shape, a label
# and a number ('Sec. 1-2.04 Acts by Deputy.', '4. Notification of approval of appointment, etc.',
# 'GOVERNMENT NOTICE No. 114.'); the shape the text confirms as a heading makes its same-shape lines
# heads too, though one is longer, closes with a period or an abbreviation's stop, its number has
# a form the label grammar does not read ('1-2.05') or lost the space after it ('1.Structure and …')
SIBLING_PREFIX = re.compile(r"^(?P<label>(?:[A-Z§][A-Za-z§.'’]*\s+){0,3}?)"
                            r"(?P<num>(?:[IVXLC]{1,6}|\d{1,4}[A-Za-z]?)(?:[.\-–]\d{1,4}[A-Za-z]?)*)(?P<sep>\.?)(?=\s|$|(?<=\.)[A-Z][a-z])")
SIBLING_WORDS = 16       # words after the number: a long name still, not a paragraph
SIBLINGS_CONFIRMED = 2   # same-shape lines taken as heads that make the shape a heading's
SIBLING_SERIES = 3       # or one taken and the series this long with the others


def _sibling_key(text: str) -> tuple[str, str, str, str] | None:
    """(label, number's shape, separator, name) of a label-and-number line, its closing period off
    (a number with no label has at most three digits: '2006 CHAPTER 35' opens with a year):
    'Sec. 1-2.05 Reference Applies to Amendments.' -> ('Sec.', '9-9.9', '', 'Reference Applies to
    Amendments'); None for a line that does not open with a number or a label and a number."""
    text = text.strip()
    if text.endswith(".") and not text.endswith(".."):
        text = text[:-1].rstrip()
    match = SIBLING_PREFIX.match(text)
    if not match or not match["label"] and len(match["num"].split(".")[0].split("-")[0]) > 3:
        return None
    shape = re.sub(r"\d+", "9", re.sub(r"^[IVXLC]+$", "I", match["num"]))
    return match["label"].strip(), shape, match["sep"], text[match.end():].strip()


def _number_of(text: str) -> tuple[int, ...] | None:
    """The digits of a sibling line's number, in order ('Sec. 1-2.05' -> (1, 2, 5)); None if roman."""
    match = SIBLING_PREFIX.match(text.strip())
    digits = re.findall(r"\d+", match["num"]) if match else []
    return tuple(int(d) for d in digits) if digits else None


def _sibling_name(name: str) -> bool:
    """What follows a sibling's number reads as a name: nothing, or a capitalised phrase of at most
    SIBLING_WORDS words with no stop or bracket inside ('2. Scope. [reserved]' is an empty
    provision) and no number's label of its own; in sentence case no finite verb ('2. The Minister
    may …' is a provision's clause)."""
    if not name:
        return True
    words = name.split()
    if len(words) > SIBLING_WORDS or not _phrase(name) or re.search(r"[.!?;:]\s|[\[\]]", name) or sg.numbering(name):
        return False
    return _title_cased([w for w in words if w.casefold() not in TITLE_SMALL_WORDS]) or not CAPTION_VERB.search(name)


def _numbered_siblings(blocks: list[Block], kinds: list, series: set[str] = frozenset()) -> list:
    """(r23enhead) A one-line block left out whose label-and-number shape (`_sibling_key`: the
    label's words, the number's form, the stop after it) is that of SIBLINGS_CONFIRMED headings of
    the text, or, for a label's series ('GOVERNMENT NOTICE No. 113'; bare numbers number lists
    too), of one heading in a series of SIBLING_SERIES such lines, and whose name reads as a
    name (`_sibling_name`), is a numbered heading of theirs: sibling consistency. A shape seen
    among body lines only proves nothing; a list item, a sentence, a date is no sibling, nor a line
    whose number starts the series again ('1. Membership …' after '3. Rule': a deeper list). Lines
    taken only as a series of a capitalised word (`series_words`: 'LRDC 4 Report on …' in a list
    of publications) confirm no shape: the series is their only evidence already."""
    keys = [_sibling_key(b.text) if b.lines == 1 and not b.code and len(b.text) <= MAX_LEN * 2 else None for b in blocks]
    taken: Counter = Counter()
    left: Counter = Counter()
    for i, key in enumerate(keys):
        if key and kinds[i] and kinds[i][0] != "note":
            taken[key[:3]] += 1
        elif key and kinds[i] is None:
            left[key[:3]] += 1
    first_kind: dict = {}   # the shape's first heading's kind, whose style a sibling takes
    for key, kind in zip(keys, kinds):
        if key and kind:
            first_kind.setdefault(key[:3], kind)
    out = list(kinds)
    last_head: dict = {}    # the shape's latest heading so far (a sibling just taken included)
    for i, key in enumerate(keys):
        if not key:
            continue
        shape = key[:3]
        if kinds[i] is not None:
            last_head[shape] = i
            continue
        if blocks[i].item or shape[0].rstrip(".").upper() in series:
            continue
        if not (taken[shape] >= SIBLINGS_CONFIRMED or shape[0] and taken[shape] and taken[shape] + left[shape] >= SIBLING_SERIES):
            continue
        if not shape[0] and not shape[2] and not key[3]:
            continue   # a bare number alone ('12'): a page number, a figure, no sibling
        if not _sibling_name(key[3]) or _dated(blocks[i].text) or SERIAL_LINE.match(blocks[i].text):
            continue
        number = _number_of(blocks[i].text)
        previous = _number_of(blocks[last_head[shape]].text) if shape in last_head else None
        if number is not None and previous is not None and number <= previous:
            continue   # '3. Rule' … '1. Membership …': the numbers start again, a deeper series, not a sibling
        out[i] = (first_kind[shape][0], True)
        last_head[shape] = i
    return out


# (r23enhead) a Markdown export (html2text, a CMS's page) sets a page's minor heads as a paragraph
# wholly in bold, the stars touching the words ('**Editorial changes**' over its paragraph)
BOLD_LINE = re.compile(r"^(?P<mark>\*\*|__)(?P<inner>[^*_\s](?:[^*]*[^*\s])?)(?P=mark)$")   # (r28markdown) '__Scope__' too
BOLD_TEXT_WORDS = 8   # words of the paragraph under it: text, not another label or a field


def _bold_heads(blocks: list[Block], kinds: list, series: set[str], indent: int, width: int) -> list:
    """(r23enhead) A one-line paragraph set wholly in Markdown bold (`BOLD_LINE`) whose words read
    as a heading (`english_kind` of the words inside the stars), standing over a paragraph of
    text (BOLD_TEXT_WORDS words or more with a sentence's end), is a heading: the bold is the page's
    heading style. `signals.numbering` leaves bold lines unmarked, since bold also sets a
    transcript's speaker label ('**IAHWG | Carolyn Schwalger | Co-Chair**': a code mark, no
    heading) or a field ('**Compilation date:** 24 February 2019'). A bold phrase in sentence case
    up to SENTENCE_HEAD_WORDS words ('Application, saving and transitional provisions for …') is
    a heading too. Under a Markdown heading (`### About this compilation`) it ranks a step below
    it, as the page's author set it. A bold lead-in ending in a colon, a bold sentence, a bold
    line over another bold line, a field or a table (its caption) stays text.
    (r28markdown; WIDENED) A bold NUMBERED line that goes on the series of bold numbered heads taken
    above it (same numbering, the next number: `**4. Policy**` after `**3. Applicability**`) is a
    heading whatever stands under it: a lead-in closing with a colon over its lettered items, a
    signature block (`**6. Signature**` over a name and an office). The first of a series needs
    its paragraph of text, as any bold line."""
    out = list(kinds)
    series_last: dict[str, int] = {}   # numbering of a bold numbered head taken -> its last number
    for i in range(len(blocks)):
        block = blocks[i]
        match = BOLD_LINE.match(block.text.strip()) if kinds[i] is None and block.lines == 1 and not block.code else None
        if not match:
            continue
        if _bold_series_next(match["inner"], series_last, out[:i], blocks[:i]):
            out[i] = english_kind(replace(block, text=match["inner"]), series, indent, width) or (sg.numbering(match["inner"]), True)
            series_last[sg.numbering(match["inner"])] = _number_of(match["inner"])[0]
            continue
        reading = english_kind(replace(block, text=match["inner"]), series, indent, width)
        if reading and reading[1] and reading[0][:1].isalpha() and _bold_name(match["inner"]):
            out[i] = reading   # (r30bold) a named division's label in bold ('**Chapter I - Preliminary**'): the stars hide nothing
            continue
        if i + 1 >= len(blocks):
            continue
        after = blocks[i + 1]
        if _bold_part_over_first(match["inner"], after):
            out[i] = (sg.numbering(match["inner"]), True)
            continue
        if kinds[i + 1] is not None or after.code or after.verbatim or after.text.lstrip().startswith("|") \
                or BOLD_LINE.match(after.text.strip()) or not _text_under_bold(after.text.strip(), after.lines):
            continue   # a table's caption over its rows ('| **Provision(s)** | …'), a label over a field
        inner, kind = match["inner"], reading
        if not kind and _phrase(inner) and not sg.numbering(inner) and len(inner) <= MAX_LEN + 20 \
                and len(inner.split()) <= SENTENCE_HEAD_WORDS[1] and not NOT_PROSE_HEAD.search(inner):
            kind = ("", False)   # longer than a plain phrase, in sentence case: the bold says heading
        if not kind and _bold_name(inner) and not after.text.lstrip()[:1].islower():
            kind = (sg.numbering(inner), bool(sg.numbering(inner)))   # (r30bold) a name the bold sets as the head
        marked = [sg.numbering(blocks[j].text) for j in range(i) if out[j] and sg.numbering(blocks[j].text).startswith("md")]
        if kind and not kind[0] and marked and marked[-1][2:].isdigit():
            kind = (f"md{min(int(marked[-1][2:]) + 1, 6)}", True)   # a step below the Markdown heading over it
        if kind:
            out[i] = kind
            if (style := sg.numbering(inner)) and (number := _number_of(inner)):
                series_last[style] = number[0]
    return _bold_over_bold_heads(blocks, kinds, out)


def _bold_part_over_first(inner: str, after: Block) -> bool:
    """(r42bold) A bold numbered line right over a bold line numbered as its first section (`**1.
    Introduction**` / `**1.1 Purpose**`, `**2 Methods**` / `**2.1 Sample**`): the part heads its sections,
    though no text stands between them. A name follows the number (`_sibling_key`), no clause."""
    under = BOLD_LINE.match(after.text.strip()) if after.lines == 1 and not after.code else None
    number, key = _number_of(inner), _sibling_key(inner)
    if not under or not number or not key or not _sibling_name(key[3]) or len(inner) > MAX_LEN:
        return False
    stem = ".".join(str(n) for n in number)
    return bool(re.match(rf"{re.escape(stem)}\.1(?!\d)\.?\s+\S", under["inner"].strip()))


BOLD_NOT_NAME = re.compile(r"\|")   # (r30bold) a label of fields ('IAHWG | Carolyn Schwalger | Co-Chair'): a speaker's


def _bold_name(inner: str) -> bool:
    """(r30bold) The words in bold name a head (`blocks.bold_head_name`): no placeholder, address or
    notice (NOT_PROSE_HEAD), no date, no label of fields separated by bars (a transcript's speaker)."""
    return bold_head_name(inner) and not NOT_PROSE_HEAD.search(inner) and not BOLD_NOT_NAME.search(inner) \
        and not _dated(inner)


def _bold_over_bold_heads(blocks: list[Block], kinds: list, out: list) -> list:
    """(r30bold) A bold line on the line right over a bold head taken, no blank line between (each closed
    by its hard break: `**Short title.**␣␣` / `**Interpretation.**␣␣` / text; `**NATIONAL ANTHEM**␣␣` /
    `**PRAYER**␣␣` / `___` / `**BUSINESS OF THE HOUSE**`: a thematic break between them is no text),
    its words a head's name (`blocks.bold_head_name`), is a head too, whatever stands under it: a
    section with no text of its own, the page's heads set in one run. Bold paragraphs one over the
    other (blank lines between) stay as `_bold_heads` read them (a label over a label); a label over
    a bold value (`**Name**` / `**Ana Ruiz**`) has no head under it."""
    for i in range(len(blocks) - 2, -1, -1):
        match = BOLD_LINE.match(blocks[i].text.strip())
        if out[i] is not None or kinds[i] is not None or not match or blocks[i].lines != 1 or blocks[i].code \
                or blocks[i + 1].line != blocks[i].line + 1:
            continue
        j = i + 1
        while j + 1 < len(blocks) and THEMATIC_BREAK.match(blocks[j].text):
            j += 1
        under = BOLD_LINE.match(blocks[j].text.strip())
        if under and out[j] and kinds[j] is None and _bold_name(match["inner"]):
            out[i] = (sg.numbering(match["inner"]), True)
    return out


BOLD_SHORT_TEXT_WORDS = 3   # (r30bold) words of a short section's one sentence ('There were no apologies.')
TEXT_UNDER_END = re.compile(r"[.!?:;—–-][\"”’)]?\d{0,2}$")


def _text_under_bold(text: str, lines: int = 1) -> bool:
    """(r30bold; WIDENS the paragraph under a bold head) The block under a bold line is a section's text:
    a paragraph of BOLD_TEXT_WORDS words or more that is prose (a sentence's end) or opens with a
    capital, a number or a bracket (a provision's `1 In this Act, …`, a list of those present, a
    definition run on without its end), or, shorter, a sentence of its own (BOLD_SHORT_TEXT_WORDS
    words or more, closed by a sentence's end, a colon or a dash: `There were no apologies.`, `In
    this Act:`) or a list of lines (`Defence Act, 1954` / `Courts Act, 1971`). A field's value on its
    line (`24 February 2019`, `555 0100`) is none of these."""
    words = len(text.split())
    opening = bool(SENTENCE_OPENING.match(text))
    if words >= BOLD_TEXT_WORDS:
        return bool(PROSE_END.search(text)) or opening
    return words >= BOLD_SHORT_TEXT_WORDS and opening and (bool(TEXT_UNDER_END.search(text)) or lines >= 2)


def _bold_series_next(inner: str, series_last: dict[str, int], taken: list, before: list[Block]) -> bool:
    """(r28markdown) The words inside a bold line go on a series of bold numbered heads taken above:
    the same numbering style, the number one more than the last head's, no head of another kind
    between (the series is still the text's current one), and a name, not a clause, after it."""
    style = sg.numbering(inner)
    number = _number_of(inner)
    if not style or style not in series_last or not number or number[0] != series_last[style] + 1:
        return False
    last = max(j for j, kind in enumerate(taken) if kind)
    if sg.numbering(BOLD_LINE.match(before[last].text.strip())["inner"] if BOLD_LINE.match(before[last].text.strip()) else "") != style:
        return False
    key = _sibling_key(inner)
    return bool(key) and _sibling_name(key[3]) and len(inner) <= MAX_LEN


# (r23enhead) a text whose headings close with a period ('BOOK I.', 'GOVERNMENT NOTICE No. 114.')
# closes its unnumbered ones so too ('Appointments.', 'INTRODUCTION AND PLAN OF THE WORK.')
PERIOD_HEADS = 2          # headings of the text closed by a period
PERIOD_NEXT_WORDS = 8     # words of the block under it: text, not another label


def _period_closed_heads(blocks: list[Block], kinds: list) -> list:
    """(r23enhead) Where PERIOD_HEADS or more of the text's headings close with a period, a one-line
    block closed by a period that is a title phrase (`_period_title`: its long words capitalised, at
    most PERIOD_TITLE_WORDS of them, no stop inside) or a line in capitals, standing over text (a
    block of PERIOD_NEXT_WORDS words or more opening with a capital, not a heading), is an unnumbered
    heading: the period is the text's heading style. In a text whose headings have no period such
    a line is a sentence or a signature's office, and stays text; a label over another such line
    ('NOTICE.' over the notice's name) is no heading, nor a name in capitals under a division's
    label ('CHAPTER I.' / 'OF THE DIVISION OF LABOUR.'), which names that division."""
    closed = sum(1 for i, kind in enumerate(kinds) if kind and blocks[i].lines == 1 and blocks[i].text.rstrip().endswith("."))
    if closed < PERIOD_HEADS:
        return kinds
    candidates: dict[int, bool] = {}   # block index -> in capitals
    for i in range(len(blocks) - 1):
        block, text = blocks[i], blocks[i].text.strip()
        if kinds[i] is not None or block.lines != 1 or block.code or block.item or not text.endswith(".") \
                or text.endswith("..") or len(text) > MAX_LEN or sg.numbering(text):
            continue
        name = text[:-1].rstrip()
        caps = _caps_line(name) and _phrase(name) and len(name.split()) <= MAX_WORDS and not re.search(r"[.;:!?]", name)
        if not (caps or _period_title(text)) or _dated(text) or SERIAL_LINE.match(text) or BYLINE.match(text):
            continue
        if any(sum(ch.isalpha() for ch in w) >= 3 for w in name.split()):
            candidates[i] = caps
    out = list(kinds)
    for i, caps in candidates.items():
        after = blocks[i + 1]
        if i + 1 in candidates or kinds[i + 1] is not None or after.code or len(after.text.split()) < PERIOD_NEXT_WORDS \
                or not after.text[:1].isupper():
            continue
        if caps and i and kinds[i - 1] is not None:
            continue   # 'CHAPTER I.' / 'OF THE DIVISION OF LABOUR.': the division's name in capitals under its label
        out[i] = ("", False)
    return out


# (r22s18) a law page's label of the instrument's kind, alone on its line over the long title that
# states the Act's purpose ('ACT' / 'To amend and consolidate the law relating to …')
INSTRUMENT_LABEL = re.compile(r"^\s*(?:ACT|ORDINANCE|DECREE|BILL|STATUTE|PROCLAMATION|Act|Ordinance|Decree|Bill)\s*$")
PURPOSE_TITLE = re.compile(r"^\s*To\s+(?:amend|consolidate|provide|make|regulate|establish|repeal|give|define|prescribe)\b")


# (r22s18) a quotation closed by its source in parentheses, an author and a work after a comma: a
# book's epigraph or motto ('Know thyself. (Plato, _Alcibiades_ I.)'), never a section's name
QUOTED_SOURCE = re.compile(r"[^\W\d_][.!?][\"”’]?\s+\(\s*_?[A-Z][^\W\d_]+(?:\s+[A-Z][^\W\d_]+){0,2}_?,\s*[^()\d]{2,60}\)\.?$")


# (enweb) a report's or web page's section head in SENTENCE CASE, longer than a plain phrase may be
# ('How to get copies of this report or more information', 'The best place in the world to grow up')
SENTENCE_HEAD_WORDS = (6, 14)   # words: shorter ones are plain phrases already (english_kind)
PROSE_WORDS = 15                # words of the paragraph under it: prose, not a list item or a caption


# a template's placeholder, a notice, an address or a path: no section's name ('Copyright [yyyy] [name of owner]')
NOT_PROSE_HEAD = re.compile(r"[\[\]{}<>©@/\\]|^copyright\b", re.I)
PROSE_END = re.compile(r"[.!?][\"”’)]?\d{0,2}$|[.!?][\"”’)]?\s+[A-Z]")   # a sentence's end (a note's number after it)


class SentenceKind(tuple):
    """The kind `_sentence_case_heads` gives: ('', False) like any unnumbered heading, but it keeps
    its own rank (headings._english_peers): found only by its place between paragraphs, under a
    numbered part it is that part's sub-head, not the part's peer."""


SENTENCE_KIND = SentenceKind(("", False))


def _prose(block: Block) -> bool:
    """A paragraph: PROSE_WORDS words or more with a sentence's end in it."""
    return not block.code and len(block.text.split()) >= PROSE_WORDS and bool(PROSE_END.search(block.text.strip()))


def _sentence_case_heads(blocks: list[Block], kinds: list) -> list:
    """(enweb) A section head in sentence case standing alone between two paragraphs of prose, as
    web pages, guidance pages and reports set their h2s (`How to get copies of this report or
    more information`): a one-line block of 6-14 words, capital first, no end mark, no code, not
    a date or a stamp, whose block before ends a sentence and whose block after is a paragraph
    (≥ PROSE_WORDS words, closed by `.`, `!` or `?`). Longer than a plain phrase (MAX_PLAIN_WORDS)
    or not title-cased, such a line was left as body; a line between two sentences of prose that
    closes none is no part of either. Bare list items stand between other items, a caption or a
    byline under its headline, so they are not taken. (r26enheads) Where the text has found
    SHORT_HEAD_PEERS unnumbered heads already, a head of at most MAX_PLAIN_WORDS words ('If the lift
    stops between floors') may stand over a shorter paragraph: SHORT_TEXT_WORDS words or more closed
    by a sentence's end, as its peers do."""
    out = list(kinds)
    peers = sum(1 for k in kinds if k == ("", False))
    for i in range(0 if peers >= SHORT_HEAD_PEERS else 1, len(blocks) - 1):
        block, text = blocks[i], blocks[i].text.strip()
        words = text.split()
        if out[i] is not None or block.lines != 1 or block.code or len(text) > MAX_LEN + 20 \
                or not SENTENCE_HEAD_WORDS[0] <= len(words) <= SENTENCE_HEAD_WORDS[1]:
            continue
        if not _phrase(text) or sg.numbering(text) or SERIAL_LINE.match(text) or STAMP_LINE.match(text) or _dated(text) \
                or NOT_PROSE_HEAD.search(text) or BYLINE.match(text):
            continue
        before, after = blocks[i - 1] if i else None, blocks[i + 1]
        short = peers >= SHORT_HEAD_PEERS and len(words) <= MAX_PLAIN_WORDS and out[i + 1] is None and not after.code \
            and len(after.text.split()) >= SHORT_TEXT_WORDS and sg.ends_with(after.text, ".!?")
        opens = before is None   # (r26enheads) the body's first line, under the title, among found peers
        if (opens or sg.ends_with(before.text, ".!?") or _prose(before) or before.item) and not (before and before.code) \
                and (_prose(after) or short) \
                and after.text[:1].isupper():
            out[i] = SENTENCE_KIND
    return out


# (r30enweb) a word in capitals after the first: the case the page's author typed under a style sheet that
# sets the head in capitals ('fiscal years 2024-25 Work plan', 'planning and engagement process Overview')
INNER_CAPITAL = re.compile(r"\s[A-Z][a-z]")
# (r31entitle) a byline in the small letters a site types it (`by  Dianne Bardsley`, `by J. R. Smith and
# Ann Lee`): `by` and a name of capitalised words, nothing else; it credits the author, no head in small letters
LOWER_BYLINE = re.compile(r"^by\s+[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|and|&|de|van|von|da|di|le))*$")
LOWER_HEADS_MIN = 2   # such heads, or one beside another unnumbered head: the page's style, not one stray line


def _lower_case_heads(blocks: list[Block], kinds: list) -> set[int]:
    """(r30enweb) Section heads copied in the case their author typed them, where the site's style
    sheet prints them in capitals (CSS `text-transform`): a one-line block of 2 to MAX_PLAIN_WORDS
    words that opens in a small letter yet holds a capitalised word after the first
    (`fiscal years 2024-25 Work plan`), no end mark, no number, no code, not ending on a
    function word; the block before closes a sentence or is itself a short line with no end mark
    (a head over it), and the block after is a paragraph of prose opening with a capital. Taken when
    the text has LOWER_HEADS_MIN of them, or one beside another unnumbered head. A line in small
    letters that goes on a sentence (the block before it ends on no stop), a list item, or a clause
    with no capital inside stays body; so does a byline typed in small letters (`by  Dianne Bardsley`,
    LOWER_BYLINE, r31entitle)."""
    cands = set()
    for i in range(1, len(blocks) - 1):
        block, text = blocks[i], blocks[i].text.strip()
        words = text.split()
        if kinds[i] is not None or block.lines != 1 or block.code or block.item or len(text) > MAX_LEN \
                or not 2 <= len(words) <= MAX_PLAIN_WORDS or not text[:1].islower() or not INNER_CAPITAL.search(text):
            continue
        if sg.ends_with(text, ".;:?!,") or text[-1] in sg.CLOSERS or words[-1].casefold() in FUNCTION_END \
                or CODE.search(text) or sg.numbering(text) or _dated(text) or LOWER_BYLINE.match(text):
            continue
        before, after = blocks[i - 1], blocks[i + 1]
        head_before = before.lines == 1 and len(before.text.split()) <= MAX_PLAIN_WORDS and not sg.ends_with(before.text, ".;:?!,")
        if not (sg.ends_with(before.text, ".!?") or kinds[i - 1] is not None or head_before) or before.code:
            continue
        if _prose(after) and after.text[:1].isupper() and not after.item:
            cands.add(i)
    peers = sum(1 for k in kinds if k == ("", False))
    return cands if len(cands) >= LOWER_HEADS_MIN or cands and peers else set()


SHORT_HEAD_PEERS = 2   # (r26enheads) unnumbered heads the text has found already
SHORT_TEXT_WORDS = 8   # words of a short paragraph under a short sentence-case head


# (r26enheads) a guidance page's or FAQ's section head asked as a QUESTION ('Who can apply?', 'Do I
# need a card to visit the library?'): a question word or an auxiliary first, one question, short
QUESTION_HEAD = re.compile(r"^(?:Who|What|When|Where|Why|How|Which|Whose|Can|Could|Do|Does|Did|Is|Are|Was|Were|Will|Would"
                           r"|Should|Shall|May|Must|Have|Has)\b[^.!?;:]{2,90}\?$")
QUESTION_HEAD_WORDS = 12   # words: a heading's question, not a paragraph's
QUESTION_HEADS_MIN = 2     # other unnumbered heads a question may stand among
QUESTIONS_ALONE_MIN = 3    # or questions in the text with no other head: a FAQ, not a speech's two rhetorical ones
# the answer goes on with the speaker's own argument ('Because …', 'And …', 'So …'): the question was rhetorical
ARGUMENT_GOES_ON = re.compile(r"^(?:Because|And|But|So|Well|Of course)\b")
ANSWER_WORDS = 4           # words of the answer under it: text, not another label


def _question_heads(blocks: list[Block], kinds: list) -> list:
    """(r26enheads) A section head asked as a question, alone on its line between a closed sentence
    (or a heading) and its answer, as guidance pages and FAQs set them (`Who can apply?` / `You can
    apply if …`): one line of at most QUESTION_HEAD_WORDS words opening with a question word or an
    auxiliary (QUESTION_HEAD), no other stop inside, not numbered; the block under it opens with a
    capital, has ANSWER_WORDS words or more and is no question itself (a list of questions is a
    list) nor goes on with the speaker's argument (ARGUMENT_GOES_ON: 'Because …'). Where the text
    asks QUESTIONS_ALONE_MIN such questions, or has QUESTION_HEADS_MIN other unnumbered heads that
    the question stands among, the question heads its answer; a speech's one or two questions in a
    text with no other head are rhetorical and stay paragraphs."""
    cands = []
    for i in range(len(blocks) - 1):
        block, text = blocks[i], blocks[i].text.strip()
        if kinds[i] is not None or block.lines != 1 or block.code or block.item or len(text) > MAX_LEN \
                or len(text.split()) > QUESTION_HEAD_WORDS or not QUESTION_HEAD.match(text) or CODE.search(text) \
                or sg.numbering(text):
            continue
        before, after = blocks[i - 1], blocks[i + 1]
        if kinds[i + 1] is not None or after.code or not after.text[:1].isupper() or len(after.text.split()) < ANSWER_WORDS \
                or after.text.rstrip().endswith("?") or after.item or ARGUMENT_GOES_ON.match(after.text):
            continue   # 'Why does that matter?' / 'Because …': a speech's question answered in its own argument
        if i and not (kinds[i - 1] is not None or sg.ends_with(before.text, ".!?:")):
            continue
        cands.append(i)
    cands = _not_interview_turns(blocks, cands)
    others = sum(1 for k in kinds if k == ("", False))
    if len(cands) < QUESTIONS_ALONE_MIN and others < QUESTION_HEADS_MIN:
        return kinds
    return [("", False) if i in cands else kind for i, kind in enumerate(kinds)]


# (r47) an interview's answer opens with its speaker's label ('GPT-3: That is …', 'MS LEE: We …', 'A: Yes …')
ANSWER_SPEAKER = re.compile(r"^(?P<label>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})\s*:\s+\S")
TURNS_MIN = 2   # answers under the questions that one speaker's label opens


def _not_interview_turns(blocks: list[Block], cands: list[int]) -> list[int]:
    """(r47, issue 11) Questions answered by one speaker named at each answer's start (`Is this enough
    to argue …?` / `GPT-3: One problem is …`) are an interview's turns, not a FAQ's heads: the
    questioner's lines stay paragraphs. TURNS_MIN answers at least open with the same label."""
    labels = {i: m["label"] for i in cands if (m := ANSWER_SPEAKER.match(blocks[i + 1].text.strip()))}
    speakers = {label for label, n in Counter(labels.values()).items() if n >= TURNS_MIN}
    return [i for i in cands if labels.get(i) not in speakers] if speakers else cands


COLON_HEAD_WORDS = 5   # words before the colon: a topic's name, not a lead-in clause
COLON_HEADS_MIN = 3    # such lines over a paragraph each: the text's heading style, not one lead-in


def _colon_heads(blocks: list[Block], kinds: list) -> list:
    """(r26enheads) A SERIES OF HEADS CLOSED BY A COLON (`Eligibility:` / `How to book:` / `Costs:`),
    each alone on its line over its text, as guidance pages set them: a line of at most
    COLON_HEAD_WORDS words that reads as a heading without its colon (`_phrase`), not numbered, not a
    field with its value, an issuer's label or a stamp; over a paragraph closed by a sentence's end
    (or a list, once the series is found). Where COLON_HEADS_MIN or more of them stand over a
    paragraph, the colon is the text's heading style. A lone lead-in ('Note:', 'The following
    considerations apply:', a salutation 'Fellow citizens:') or a label over a value ('Opening
    hours:' / 'Monday to Friday: 8am to 8pm') is no series and stays text."""
    cands, over_text = [], 0
    for i in range(len(blocks) - 1):
        block, text = blocks[i], blocks[i].text.strip()
        if kinds[i] is not None or block.lines != 1 or block.code or block.item or not text.endswith(":") \
                or text.endswith("::") or sg.numbering(text):
            continue
        name = text[:-1].rstrip()
        if not name or len(name.split()) > COLON_HEAD_WORDS or not _phrase(name) or ":" in name or "," in name \
                or ISSUER_LABEL.match(text) or STAMP_LINE.match(text) or _dated(name):
            continue
        after = blocks[i + 1]
        if kinds[i + 1] is not None or after.code:
            continue
        if after.item:
            cands.append(i)
        elif after.text[:1].isupper() and len(after.text.split()) >= ANSWER_WORDS and sg.ends_with(after.text, ".!?") \
                and not after.text.rstrip().endswith(":"):
            cands.append(i)
            over_text += 1
    if over_text < COLON_HEADS_MIN:
        return kinds
    return [("", False) if i in cands else kind for i, kind in enumerate(kinds)]


def _numbered_colon_heads(blocks: list[Block], kinds: list) -> list:
    """(r42) A LISTICLE'S NUMBERED HEADS CLOSED BY A COLON ('1. Marijuana Reform Is Here:' /
    '2. Electric Cars Are Coming:' / …, each over its quotation or paragraph): a numbered phrase in
    Title Case ending in a colon (`blocks.numbered_colon_head`), alone on its line over a block of
    text of ANSWER_WORDS words or more. Where COLON_HEADS_MIN or more of them count on by one (1, 2,
    3 …) they are the text's numbered sections; a numbered lead-in ('2. Applicants must send:') is
    in sentence case, and a lone one is no series."""
    cands = []
    for i in range(len(blocks) - 1):
        if kinds[i] is None and blocks[i].lines == 1 and not blocks[i].code and numbered_colon_head(blocks[i].text) \
                and kinds[i + 1] is None and len(blocks[i + 1].text.split()) >= ANSWER_WORDS:
            cands.append((i, int(blocks[i].text.strip().split(".")[0])))
    run, best = [], []
    for i, n in cands:
        run = run + [i] if run and n == prev + 1 else [i]
        prev = n
        best = run if len(run) > len(best) else best
    if len(best) < COLON_HEADS_MIN:
        return kinds
    return [("1.", True) if i in best else kind for i, kind in enumerate(kinds)]


# (round8en) a handbook's or report's PARAGRAPH NUMBERS (`4.1 This note sets out …`, `4.2 The …`):
# its paragraphs are numbered, its headings are not, and each heading stands right over a numbered
# paragraph as a short phrase without an end mark, in sentence case too ('The policy making process
# and principles', longer than a plain phrase may be elsewhere)
PARAGRAPH_NUMBER = re.compile(r"^(?P<num>\d{1,2}\.\d{1,3}\.?|\d{1,3}\.)\s+[A-Z“\"(]")   # (r29reports) a judgment's `12. The …` too
PARAGRAPHS_MIN = 3       # numbered paragraphs in the text
PARAGRAPH_MIN_WORDS = 12  # words of a numbered paragraph: prose, not a numbered heading
PARAGRAPH_HEAD_WORDS = 10


def _heads_of_numbered_paragraphs(blocks: list[Block], kinds: list) -> list:
    """(r29reports) Widened to a judgment's or a report's whole-number paragraphs (`1. The appellant …`),
    and to the page of a court's judgment that sets its heads one step deeper than its numbered
    paragraphs (`    Introduction and background` over `  1. The appellant …`, as a case-law site's
    text does): there one such paragraph is enough, the head in title case or capitals (`_set_deeper`).
    Otherwise a head stands no deeper than the paragraph under it (a deeper line is a quotation's)."""
    numbered = [i for i, b in enumerate(blocks) if PARAGRAPH_NUMBER.match(b.text) and len(b.text.split()) >= PARAGRAPH_MIN_WORDS]
    if any(ENACTING.search(b.text) for b in blocks):   # an Act's `1. This Act may be cited …` is a section, its
        numbered = [i for i in numbered if "." in PARAGRAPH_NUMBER.match(blocks[i].text)["num"].rstrip(".")]   # notes are other rules'
    many = len(numbered) >= PARAGRAPHS_MIN
    if not numbered:
        return kinds
    out = list(kinds)
    for i in numbered:
        k = i - 1
        if k < 0 or out[k] is not None:
            continue
        text, deeper = blocks[k].text.strip(), _set_deeper(blocks[k], blocks[i])
        if blocks[k].lines == 1 and _phrase(text) and len(text.split()) <= PARAGRAPH_HEAD_WORDS and not sg.numbering(text) \
                and not is_caption(text) and (many and blocks[k].indent <= blocks[i].indent or deeper):
            out[k] = ("", deeper)   # the judgment page's layout is a head's own, not a weak phrase's
    return out


def _set_deeper(head: Block, paragraph: Block) -> bool:
    """A head set one step deeper than the indented numbered paragraph under it, in title case or capitals;
    no digit and no honorific opening it (a quotation's source or a judge's name under the quoted words:
    `Clause 7, Schedule 2`, `Lord Denning MR`)."""
    text = head.text.strip()
    words = text.split()
    if re.search(r"\d", text) or re.match(rf"(?i:{HONORIFIC})\s", text):
        return False
    return 1 <= paragraph.indent < head.indent <= paragraph.indent + 4 \
        and (_caps_line(text) or _title_cased([w for w in words if w.casefold() not in TITLE_SMALL_WORDS]) or len(words) <= 4)


# (r29reports) a capital letter, its stop and ONE word: a lettered head ('A. Background') or a person's
# initial and surname ('J. Smith' signing a letter, 'A. Lincoln')
LETTER_AND_WORD = re.compile(r"^(?P<letter>[A-Z])\.\s+[A-Z][\w'’-]+$")
LETTERED_LINE = re.compile(r"^(?P<letter>[A-Z])\.\s+[A-Z]")
# a letter that is a Roman numeral too, and the numerals beside it in a series (r42roman)
ROMAN_NEIGHBOURS = {"I": ("II",), "V": ("IV", "VI"), "X": ("IX", "XI")}


def _initials_alone(blocks: list[Block], kinds: list) -> list:
    """(r29reports) A line of a capital letter, its stop and one word is a lettered head only in its
    letters' series: `A.` with a `B.` line after it, any other letter with the letter before it on an
    earlier line. Alone it is a person's initial and name (`J. Smith` under a letter), never a head.
    (r42roman) `I.`, `V.` and `X.` are Roman numerals too: `I. Introduction` over a later `II. …` line
    (`V. Funding` beside `IV.` or `VI.`) is its numerals' series' head, not a name."""
    letters = [(i, m["letter"]) for i, b in enumerate(blocks) if b.lines == 1 and (m := LETTERED_LINE.match(b.text.strip()))]
    if not letters:
        return kinds
    numerals = {m["num"] for b in blocks if b.lines == 1 and (m := sg.ROMAN_HEAD.match(b.text.strip()))}
    first_at: dict[str, int] = {}
    last_at: dict[str, int] = {}
    for i, letter in letters:
        first_at.setdefault(letter, i)
        last_at[letter] = i
    out = list(kinds)
    for i, letter in letters:
        if not out[i] or not LETTER_AND_WORD.match(blocks[i].text.strip()):
            continue
        if numerals.intersection(ROMAN_NEIGHBOURS.get(letter, ())):
            continue
        if letter == "A":
            alone = last_at.get("B", -1) <= i
        else:
            alone = first_at.get(chr(ord(letter) - 1), len(blocks)) >= i
        if alone:
            out[i] = None
    return out


def _lettered_item(blocks: list[Block], i: int) -> bool:
    """(r29reports) A small-lettered line that is a list's item, not a head: after a line leading into a
    list (its colon), or right over another small-lettered line (`a. Apples` / `b. Pears`)."""
    before = blocks[i - 1].text.rstrip() if i else ""
    after = blocks[i + 1].text if i + 1 < len(blocks) else ""
    return before.endswith(":") or bool(SMALL_LETTER_LABEL.match(after))


# (r29reports) a list of an issuer's publications, as a report's front or back matter prints it: its head
# names the publications ('Law Reform and Development Commission publications', 'Publications of the
# Commission', 'Other titles in this series'), its groups are the series, each named with its ISSN
PUBLICATIONS_HEAD = re.compile(r"\bpublications\b|\btitles\s+in\s+(?:this|the)\s+series\b", re.I)
SERIES_ISSN = re.compile(r"\(\s*ISSN\s*:?\s*\d{4}-?\d{3}[\dXx]\s*\)")


def _publication_list_heads(blocks: list[Block], kinds: list) -> list:
    """(r29reports) A publication list's head in sentence case (`… Commission publications`) right over
    its first series named with its ISSN (`Annual Reports (ISSN 1026-8391)`) reads as a head: a phrase
    with no end mark and no digit, at most PARAGRAPH_HEAD_WORDS words (headings._publications_over_series
    keeps it over the series)."""
    out = list(kinds)
    for i in range(len(blocks) - 1):
        text = blocks[i].text.strip()
        if out[i] is None and out[i + 1] == ("", False) and blocks[i].lines == 1 and PUBLICATIONS_HEAD.search(text) \
                and SERIES_ISSN.search(blocks[i + 1].text) and _phrase(text) and not re.search(r"\d", text) \
                and len(text.split()) <= PARAGRAPH_HEAD_WORDS:
            out[i] = ("", False)
    return out


# (round8en) an Act's MARGINAL NOTES as a PDF's text layer gives them: the note printed beside its
# section in the margin comes out as a block of its own, wrapped at the margin's width over one
# to four short lines, closed by a period ('Short  title  and' / 'the  date  of' / 'operation.',
# 'Inter-pretation.'), displaced from its section (above or below it, or stacked with others).
ENACTING = re.compile(r"\b(?:be it enacted|it is hereby enacted|enacted by the)\b|\bthis (?:act|order|ordinance|decree|law) may be cited\b", re.I)
NOTE_LINE_MAX = 25     # characters of one line of a note: the margin is narrow
NOTE_WORDS = 12        # words of a note
NOTE_LINES = 4
NOTES_MIN = 2
# (enlegal) a note the extraction kept whole on one line ('Citation and commencement.', 'Amendment of
# article 3B of the Code.'): the margin's width does not bound it, a short phrase's length does
ONE_LINE_NOTE_MAX = 45


NOTE_YEAR = re.compile(r"(?<!\d)(?:1[6-9]|20)\d\d(?!\d)")   # 'No. 31 of 1966.': an Act's number line, no note
NOTE_VERB = re.compile(r"\b(?:is|are|was|were|be|been|shall|may|must|will|has|have|had|do|does|did|means|applies)\b", re.I)


def _note_words(text: str) -> bool:
    """A note names its section in a phrase: no finite verb ('Interpretation.', 'Amendment of
    article 3B of the Code.'); 'The motion was carried.' is a sentence."""
    return not NOTE_VERB.search(text) and not text.split()[0].casefold() in ("it", "he", "she", "they", "we", "i", "you")


def displaced_notes(blocks: list[Block]) -> set[int]:
    """Indices of an Act's marginal notes set as blocks of their own (see above): in a text with
    the enacting words or a short-title clause, flush blocks (a bill's indented text lines are
    its sections' text) of 1-4 lines each of at most 25 characters
    (letter-spaced lines `C o u n c i l   t o` counted without their spaces), 12 words at most,
    opening with a capital, closed by a period and holding no other sentence, no number or list
    label; two or more of them, or none."""
    if not any(ENACTING.search(" ".join(b.text.split())) for b in blocks):
        return set()
    found = set()
    for i, block in enumerate(blocks):
        text = " ".join(block.text.split())
        lines = block.text.split("\n") if "\n" in block.text else None
        whole = block.lines == 1 and "  " not in block.text.strip() and len(text) <= ONE_LINE_NOTE_MAX \
            and not re.search(r"\d", text.split()[0] if text else "") and not NOTE_YEAR.search(text)
        if text and (not _note_words(text) or LONG_TITLE.match(text)
                     or re.search(r"\d", text) and sum(any(ch.isalpha() for ch in w) for w in text.split()) < 3):
            continue   # 'I assent.', 'The motion was carried.': a sentence; 'Cap. 16.': a margin citation
        if whole and i > 0 and sg.numbering(blocks[i - 1].text) in ("chapter", "article", "section") \
                and len(blocks[i - 1].text.split()) <= 2:
            continue   # 'PART I.' / 'Short title, commencement and application.': the Part's name under its label
        if not text or block.indent > 1 or block.lines > NOTE_LINES or len(text.split()) > NOTE_WORDS or not text[0].isupper() \
                or not text.endswith(".") or sg.numbering(text) or re.search(r"[;:!?]|\.\s+[A-Z]", text) \
                or re.search(r"\d", text) and not whole \
                or text.isupper() or len(text.replace(" ", "")) > NOTE_LINE_MAX * block.lines and not whole:
            continue
        if lines and any(len(" ".join(line.split())) > NOTE_LINE_MAX for line in lines):
            continue
        found.add(i)
    return found if len(found) >= NOTES_MIN else set()


# (r28books) a play's own parts outside its acts and scenes, by name: they head what follows
PLAY_PART = re.compile(r"^(?:PROLOGUE|Prologue|EPILOGUE|Epilogue|INDUCTION|Induction|DRAMATIS\s+PERSONAE|Dramatis\s+Personae"
                       r"|PERSONS\s+(?:OF\s+THE\s+PLAY|REPRESENTED)|Persons\s+(?:of\s+the\s+Play|Represented)"
                       r"|CHARACTERS|Characters|THE\s+SCENE|The\s+Scene)\b")
PLAY_DIVISIONS_MIN = 2   # act or scene lines that make a text a play


def play_lines(blocks: list[Block], kinds) -> set[int]:
    """(r28books) In a play (PLAY_DIVISIONS_MIN act or scene lines, 'ACT I', 'SCENE II. The island.'),
    the unnumbered short lines between them are its speaker names ('GONZALO', 'Boatswain'), stage
    directions ('Enter Mariners', 'Exeunt', '[Exit TOMKINS.]') and verse lines ('No harm.'): speech
    and business, never a section; only the play's own parts by name (PLAY_PART: 'PROLOGUE',
    'DRAMATIS PERSONAE') head what follows."""
    divisions = sum(1 for b in blocks if PLAY_DIVISION_LINE.match(b.text))
    if divisions < PLAY_DIVISIONS_MIN:
        return set()
    return {i for i, (b, k) in enumerate(zip(blocks, kinds)) if k and not k[0] and not PLAY_PART.match(b.text)}


PLAY_DIVISION_LINE = re.compile(r"^" + sg.PLAY_DIVISION)


# (r28markdown) a statute's text: its provisions say what this Act (Part, Ordinance …) provides and what shall be done
STATUTE_WORDS = re.compile(r"\bthis\s+(?:act|part|ordinance|law|regulations?|order|decree|code)\b", re.I)
STATUTE_BLOCKS = 2    # blocks naming 'this Act' and holding a 'shall'
QUOTE_MARK = re.compile(r"(?:^|\s)>\s?")
QUOTED_NOTES_MIN = 3  # notes in one block quote


def quoted_notes(blocks: list[Block]) -> set[int]:
    """(r28markdown) An Act's marginal notes that a converter (pandoc, from a word processor's file or a
    PDF, whose notes stood in the margin's text boxes) collected into ONE Markdown block quote
    between the provisions, one quote paragraph a note (`> Change in particulars` / `>` / `> General
    penalty`): the notes are the sections' headings, displaced (as `displaced_notes`). Only in a
    statute's text (STATUTE_BLOCKS blocks naming 'this Act' with a 'shall'), a run of
    QUOTED_NOTES_MIN or more quote paragraphs of one or two lines each, every one a capitalised
    phrase of at most NOTE_WORDS words closing no sentence (a margin citation such as 'Cap. 98'
    inside the run is no note, and no break of it). The notes' text loses the quote's marks. A
    quoted sentence, a verse quoted line by line, a quote in a text that enacts nothing stays."""
    if sum(1 for b in blocks if STATUTE_WORDS.search(b.text) and re.search(r"\bshall\b", b.text)) < STATUTE_BLOCKS:
        return set()
    found: set[int] = set()
    run: list[int] = []
    for i, block in enumerate(blocks + [Block("", 0)]):
        if block.text.lstrip().startswith(">") and not block.code and block.lines <= 2:
            run.append(i)
            continue
        notes = [k for k in run if _quoted_note(QUOTE_MARK.sub(" ", blocks[k].text).strip())]
        cited = [k for k in run if k not in notes and re.search(r"\d", blocks[k].text) and len(blocks[k].text.split()) <= 3]
        if len(notes) >= QUOTED_NOTES_MIN and len(notes) + len(cited) == len(run):
            for k in notes:
                blocks[k].text = " ".join(QUOTE_MARK.sub(" ", blocks[k].text).split())
            found.update(notes)
        run = []
    return found


# (r44, issue 11) A TRANSCRIPTION'S SIDENOTES MARKED BY ITS TRANSCRIBER: an e-text of a printed book keeps the
# book's marginal notes (the topic of the paragraphs beside them) as lines of their own between the paragraphs,
# wrapped in the marks its transcriber's notes declare: a symbol on both sides (`♦The Church.♦`, `◊…◊`) or a
# bracketed label (`[Sidenote: The Church.]`, `{Sidenote: …}`). They head the chapter's sections, as an Act's
# displaced marginal notes do (a section's rank under the chapter). SIDENOTES_MIN such lines or more, each a
# capitalised phrase of NOTE_WORDS words at most with no sentence after its own end; a symbol around a word in
# running text, or one such line alone (an ornament, a thought break), is none.
SIDENOTE_MARK = re.compile(r"^(?:(?P<sym>[♦◊◆❖※¤])(?P<a>[^♦◊◆❖※¤]+)(?P=sym)|[\[{]\s*Side-?note\s*:\s*(?P<b>[^\]}]+)[\]}])$", re.I)
SIDENOTES_MIN = 2


def marked_sidenotes(blocks: list[Block]) -> set[int]:
    """(r44) Indices of the one-line blocks that are a transcriber's marked sidenotes (SIDENOTE_MARK), or none."""
    found = set()
    for i, block in enumerate(blocks):
        match = SIDENOTE_MARK.match(block.text.strip()) if block.lines == 1 else None
        words = (match["a"] or match["b"] or "").strip() if match else ""
        if words and words[0].isupper() and len(words.split()) <= NOTE_WORDS and not re.search(r"[.!?]\s+\S", words):
            found.add(i)
    return found if len(found) >= SIDENOTES_MIN else set()


def _quoted_note(text: str) -> bool:
    """A margin note's words: a capitalised phrase, at most NOTE_WORDS words, no sentence's end or clause mark."""
    return bool(text) and text[0].isupper() and len(text.split()) <= NOTE_WORDS and not re.search(r"[.;:!?,]$", text) \
        and not re.search(r"\d", text) and not re.search(r"[.!?]\s", text)


# a transcript's speaker turn (newdocs round 3): a label in capitals, a colon, the words spoken
# ('THE PRESIDENT:  Thank you.', 'AUDIENCE:  Booo —', 'SPEAKER JOHNSON:  Mr. President —')
TURN = re.compile(r"^\s*(?P<label>(?:[A-Z][A-Z.'’-]*\s){0,3}[A-Z][A-Z.'’-]+):\s+\S")
NOT_SPEAKER = {"PART", "CHAPTER", "BOOK", "ARTICLE", "SECTION", "APPENDIX", "ANNEX", "SCHEDULE", "TITLE",
               "NOTE", "NOTES", "STEP", "VOLUME", "ACT", "SCENE", "DIVISION", "SUBDIVISION"}
MIN_TURNS = 3   # turn lines a text must have, one speaker at least twice, to read as a transcript


def speaker_turns(blocks: list[Block]) -> set[int]:
    """Indices of the blocks that open with a speaker's label in a transcript. A short turn
    ('AUDIENCE:  USA!  USA!  USA!', 'REPRESENTATIVE GREEN:  (Inaudible.)') has a heading's shape but
    is speech: never a heading. Only where the text shows it is a transcript (MIN_TURNS turns, one
    label recurring); a label that numbers a division ('PART ONE: …', 'SCENE II: …') is no speaker."""
    found: dict[int, str] = {}
    for i, block in enumerate(blocks):
        match = TURN.match(block.text)
        if match and match["label"].split()[0] not in NOT_SPEAKER:
            found[i] = match["label"]
    labels = Counter(found.values())
    if len(found) < MIN_TURNS or labels.most_common(1)[0][1] < 2:
        return set()
    return set(found)


# a debate record's speaker line (unseen9): an honorific and a name alone on a line, the member's
# seat or office in brackets, perhaps a colon ('Mr. Hanson', 'Mr. David Wilshire (Spelthorne)',
# 'Lord Justice Flaux:', 'The Prime Minister (Boris Johnson)'); the speech follows on the next lines
# a committee member's role after the seat, and an EMPTY seat '()' a PDF's text layer lost the words of
# ('Hon S C Rodan MHK () Chairman'; round9en, a committee's members listed on its report's cover)
MEMBER_ROLE = r"(?:Chairman|Chairwoman|Chairperson|Chair|Vice[- ]Chair(?:man|person)?|Member|Secretary|Clerk|Rapporteur)"
HONORIFIC = r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Sir|Dame|Lord|Lady|Baroness|Baron|Madam|Senator|Sen|Rep|Representative|Hon|Rt\.? Hon)\.?"
# (r27transcripts) an office with its small words ('The Financial Secretary to the Treasury (Victoria Atkins)'),
# and a member named without an honorific over the seat AND the party ('James Murray (Ealing North) (Lab/Co-op)')
SPEAKER_LINE = re.compile(rf"^(?:{HONORIFIC}\s+(?:[A-Z][\w'’.-]*\s+){{0,4}}[A-Z][\w'’.-]*"
                          rf"|The\s+(?:(?:[A-Z][a-z]+|of|to|the|for|and)\s+){{0,6}}[A-Z][a-z]+(?=\s*\()"
                          rf"|(?:[A-Z][\w'’.-]*\s+){{1,3}}[A-Z][\w'’.-]*(?=\s*\([^()]{{1,60}}\)\s*\([^()]{{1,30}}\)\s*:?$))"
                          rf"(?:\s*\([^()]{{0,60}}\)){{0,2}}(?:\s+{MEMBER_ROLE})?(?P<colon>:?)$")
SPEAKER_LINES = 2   # speaker lines without a colon a text must have to read as a debate record


def speaker_lines(blocks: list[Block]) -> set[int]:
    """Indices of the blocks that are only a speaker's name, as a debate record (Hansard) or a
    judgment prints them over the words spoken. A name with an honorific has a heading's shape
    (short, capitalised, no end mark) but is never one; one ending in a colon counts alone, bare
    names only where the text has two or more (a lone 'Mr. Smith' may be a section's subject)."""
    found = {i: bool(m["colon"]) for i, b in enumerate(blocks) if (m := SPEAKER_LINE.match(b.text.strip()))}
    if sum(1 for colon in found.values() if not colon) >= SPEAKER_LINES:
        return set(found)
    return {i for i, colon in found.items() if colon}


# (r27transcripts) A PARLIAMENTARY RECORD's own lines (Hansard, debates, committee evidence, minutes):
# a turn opens with the speaker's label and a colon, in any case, the seat or office in brackets
# ('The MINISTER OF FINANCE: …', 'Hon. Members: Hear, hear!', 'Mr. Poilievre (Carleton, CPC): …')
RECORD_TURN = re.compile(r"^(?:(?:Mr|Mrs|Ms|Dr|Hon|Madam|Madame|Sir|Dame|Lord|Lady|Senator|Some|An|The|THE|HON|MR|MRS|MS|DR)\.?"
                         r"\s+[^:]{1,100}|[A-Z][A-Z.'’ -]{2,40}(?:\s*\([^()]{1,80}\))?):\s+(?=.*[a-z])\S")
#   (the words spoken hold a small letter: a headline in capitals with a colon, 'LAW REVISION BOARD: SUMMARY
#   OF DECISIONS', is no turn)
RECORD_TURNS = 2   # speaker turns that show the text is a record of what was said
# what such a record prints that never heads a section: the record's particulars as label lines
# ('House: National Assembly', 'Date of Meeting: …', 'Type: Unrevised Hansard', 'Speaker: The Honourable …',
# 'Chair: Mr. …'), a note in brackets alone on its line ('[Interjections.]', '(1105)', '[English]',
# '[MADAM SPEAKER in the Chair]', '(Applause)'), a turn that is only such a note ('Hon. Members: [Desk
# thumping]'), the volume line ('VOLUME 151 NUMBER 012 1st SESSION 44th PARLIAMENT') and the record's
# kind under its name ('EVIDENCE', 'OFFICIAL REPORT (HANSARD)', 'UNREVISED HANSARD')
RECORD_LABEL = re.compile(r"^(?:House|Chamber|Date(?:\s+of\s+(?:Meeting|Sitting|Debate))?|Type|Speaker|Chair(?:man|person)?"
                          r"|Presiding(?:\s+Officer)?|Sitting|Clerk|Members?\s+present|Present|In\s+the\s+Chair)\s*:\s+\S.{0,80}$")
RECORD_NOTE = re.compile(r"^(?:[^:\[\]()]{1,100}:\s+)?(?:\[[^\[\]]{1,80}\]|\([^()]{1,80}\))\.?$")
RECORD_VOLUME = re.compile(r"^(?:VOLUME|Volume|Vol\.)\s+\d+\b.{0,40}\b(?:NUMBER|Number|No\.|ISSUE|Issue)\s+\d+")
RECORD_KIND = re.compile(r"^(?:UNREVISED\s+|DAILY\s+|REVISED\s+)?(?:EVIDENCE|OFFICIAL\s+REPORT|HANSARD|DEBATES|VERBATIM\s+REPORT"
                         r"|PARLIAMENTARY\s+DEBATES)(?:\s*\((?:HANSARD|UNREVISED)\))?$")


def is_record(blocks: list[Block]) -> bool:
    """(r27transcripts) A record of what was said: RECORD_TURNS speaker turns or more, or one turn
    under the line that opens the sitting (SITTING_OPENS: a Hansard of one speech)."""
    turns = sum(1 for b in blocks if RECORD_TURN.match(b.text.strip()))
    return turns >= RECORD_TURNS or turns >= 1 and any(SITTING_OPENS.match(" ".join(b.text.split())) for b in blocks[:SITTING_SCAN])


def speech_heads(blocks: list[Block], heads: list[int]) -> set[int]:
    """(r27transcripts) A record's head that names a speaker whose turn follows ('The MINISTER OF FINANCE'
    over the bills taken, then 'The MINISTER OF FINANCE: Speaker, …'): the part of the record that holds
    that speech, over the order items between it and the turn (a shape of its own, they nest under it)."""
    out = set()
    for i in heads:
        name = " ".join(blocks[i].text.split())
        if name and any(" ".join(b.text.split()).startswith(name + ":") and RECORD_TURN.match(b.text.strip())
                        for b in blocks[i + 1:i + 1 + SPEECH_HEAD_SCAN]):
            out.add(i)
    return out


SPEECH_HEAD_SCAN = 40   # blocks under the head where the named speaker's turn is looked for


def record_lines(blocks: list[Block]) -> set[int]:
    """(r27transcripts) Indices of the blocks a parliamentary record prints that never head a section:
    its particulars as label lines (RECORD_LABEL), notes in brackets alone on a line or as a whole
    turn (RECORD_NOTE), its volume line (RECORD_VOLUME) and its kind in capitals (RECORD_KIND). Only in
    a text that shows RECORD_TURNS speaker turns or more: elsewhere 'Date: …' or '(Draft)' may be a
    form's field or a note that stays where the other rules put it."""
    if not is_record(blocks):
        return set()
    return {i for i, b in enumerate(blocks) if b.lines <= 2 and (
        RECORD_LABEL.match(t := " ".join(b.text.split())) or RECORD_NOTE.match(t) or RECORD_VOLUME.match(t) or RECORD_KIND.match(t))}


# (r27transcripts) the line that opens a sitting in its record ('The House met at 14:02.', 'The Lok Sabha met at
# Eleven of the Clock.', 'The House convened at 10:00 a.m., with Speaker … presiding.', 'The Council met at 14:00.')
SITTING_OPENS = re.compile(r"^The\s+(?:[A-Z][\w'’-]*\s+){1,4}(?:met|convened|sat|assembled|resumed)\s+(?:at|on|in|pursuant)\b.{0,100}\.$")
SITTING_SCAN = 20   # blocks from the top where the sitting's opening line is looked for


def record_opening(blocks: list[Block], kinds: list) -> set[int]:
    """(r27transcripts) A record's particulars over the line that opens the sitting: the House's name,
    the record's kind, the day ('NATIONAL ASSEMBLY' / 'OFFICIAL REPORT' / 'PROCEEDINGS OF THE NATIONAL
    ASSEMBLY', a site's 'Summary' / 'Minutes' labels) stand before 'The House met at 14:02.' and are its
    front matter: the business the record holds (order items, bills) comes after. Only the weak,
    unnumbered heads before that line (SITTING_OPENS, within SITTING_SCAN blocks), in a record of what
    was said (is_record)."""
    opens = next((i for i, b in enumerate(blocks[:SITTING_SCAN]) if SITTING_OPENS.match(" ".join(b.text.split()))), None)
    if opens is None or not is_record(blocks):
        return set()
    return {i for i in range(opens) if kinds[i] and not kinds[i][1] and not sg.numbering(blocks[i].text)}


# a speaker's office under the name in a speech's title block (unseen9): 'Wen Jiabao' /
# 'Premier of the State Council', 'Jane Roe' / 'Minister of Finance'
OFFICE = re.compile(r"^(?:Vice[- ])?(?:Premier|President|Prime Minister|Deputy Prime Minister|Minister|Secretary(?:[- ]General)?"
                    r"|Chairman|Chairwoman|Chairperson|Chair|Governor|Mayor|Chancellor|Speaker|Director(?:[- ]General)?"
                    r"|Commissioner|Ambassador|Chief Executive|Treasurer|Attorney[- ]General)\b(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z].{0,60})?$")
# (r33enspeech) an office alone, with no field or body after it ('Prime Minister', 'Treasurer', 'Deputy
# Premier'): a transcript's or a release's speaker label under its headline or date, never the title (the
# page about the office names the country or the body: 'Prime Minister of Australia')
BARE_OFFICE = re.compile(r"^(?:The\s+)?(?:Deputy\s+|Acting\s+|Vice[- ])?(?:Prime\s+Minister|Premier|Chief\s+Minister|Treasurer"
                         r"|Chancellor|First\s+Minister|Taoiseach|Tánaiste|Mayor|Governor|Minister|President)$")
BARE_OFFICE_TOP = 4   # blocks from the top where such a label stands in the title block
PERSON = re.compile(r"^(?:[A-Z][a-z'’-]+|[A-Z]\.?)(?:\s+(?:[A-Z][a-z'’-]+|[A-Z]\.)){1,3}$")   # 'U Keqiang': a one-letter first word (an honorific, an OCR loss; round7)


def office_lines(blocks: list[Block]) -> set[int]:
    """Indices of the blocks that name a speaker's office right under the speaker's name (a title
    block of a speech or report: 'Wen Jiabao' / 'Premier of the State Council'). Capitalised,
    short, no end mark: a heading's shape, but it says who speaks. The office alone, with no name
    over it, may head a section ('Minister of Finance' in a directory) and stays; the name over
    an office is no heading either. The body's first block counts alone: the title block took
    the name over it as the author. Over an Act's section head (`Block.provision`) the two lines are the
    Act's group heads, not a speaker's name and office (r28acts)."""
    offices = {i for i in range(len(blocks)) if OFFICE.match(blocks[i].text.strip())
               and (i == 0 or PERSON.match(blocks[i - 1].text.strip())   # 0: the name went to the title block
                    # (r33enspeech) an office alone under the headline's date: a transcript's speaker label
                    or BARE_OFFICE.match(" ".join(blocks[i].text.split())) and i <= BARE_OFFICE_TOP and _dated(blocks[i - 1].text.strip()))
               and not (i + 1 < len(blocks) and blocks[i + 1].provision)}   # (r28acts) over an Act's section head:
    #   a group head ('Executive Power' / 'Commissioner of Nunavut' / '5(1) Commissioner'), no speaker's office
    return offices | {i - 1 for i in offices}   # the name over it is no heading either


# (r44, issue 11) AN ATTESTATION'S SIGNED LINES: an enacted Act, a resolution or a certificate closes with its
# signatories, each a signed name (`(Sgd.) JANE ROE`, `(Signed) …`, `Sgd. …`, `/s/ …`, maybe glued after a cell by a
# tab) over the office and the body, one a line (`President of the Senate`, `Secretary General` / `House of
# Representatives`), and the approval line with its date over the head of state's signature (`Approved: 12 May
# 2031`). Short capitalised lines, a heading's shape; they say who signed, never head a part. The lines right
# under a signed line (up to SIGNED_OFFICE_LINES, no blank between) and an approval label one line over it go
# to the text. A name alone with no signature mark is left to `office_lines`.
SIGNED_LINE = re.compile(r"(?:^|\t|\s{2,})(?:\(\s*sgd\.?\s*\)|\(\s*signed\s*\)|sgd\.|/s/)\s*[A-Z]", re.I)
APPROVAL_LABEL = re.compile(r"^(?:Approved|Attest(?:ed)?|Certified|Signed|Passed|Enacted)\s*[:,]?(?:\s+\S.{0,30})?$")
SIGNED_OFFICE_LINES = 3
SIGNED_OFFICE_CHARS = 60


def signed_lines(blocks: list[Block]) -> set[int]:
    """(r44) Indices of an attestation's signed lines, the offices under them and the approval label over one."""
    out: set[int] = set()
    for i, block in enumerate(blocks):
        if not SIGNED_LINE.search(block.text):
            continue
        out.add(i)
        k = i + 1
        while k < len(blocks) and k <= i + SIGNED_OFFICE_LINES and blocks[k].line == blocks[k - 1].line + blocks[k - 1].lines \
                and len(blocks[k].text) <= SIGNED_OFFICE_CHARS and blocks[k].text[:1].isupper() and not sg.terminal(blocks[k].text):
            out.add(k)
            k += 1
        if i and blocks[i].line - (blocks[i - 1].line + blocks[i - 1].lines) <= 1 and APPROVAL_LABEL.match(blocks[i - 1].text.strip()):
            out.add(i - 1)
    return out


CENTRED_HEADINGS = 2   # centred headings a text must have for centring to mark its headings
# (r42) a stage note in brackets centred under a centred head ('UNPARLIAMENTARY LANGUAGE' / '(Ruling)',
# 'APPROPRIATION BILL' / '(Introduction)', '(Second Reading)', '(Continued)'): the head's own qualifier
STAGE_NOTE = re.compile(r"^\([A-Z][a-z]+(?:[ -][A-Za-z]+){0,3}\)$")


def stage_note(block: Block) -> bool:
    """(r42) A one-line bracketed stage note of one to four words, the first capitalised ('(Ruling)',
    '(Second Reading)', '(Continued)'): centred under a centred head it continues the head, as a
    transcript's order paper sets an item's stage, so the head is no line of a title page or a notice
    set in lines, and still counts as a centred head standing alone."""
    return block.lines == 1 and bool(STAGE_NOTE.match(block.text.strip()))


def _centring_used(blocks: list[Block], kinds: list, indent: int, width: int) -> list:
    """Centring marks headings only in a text that centres its headings: two or more centred
    candidates, each apart from other centred lines. A single centred line in flush prose is a
    notice, a letter's line or a motto set in the middle, and stays text."""
    alone = [i for i, k in enumerate(kinds) if k and not k[1] and blocks[i].indent > 3 and centred(blocks[i], width)
             and not (i + 1 < len(blocks) and centred(blocks[i + 1], width) and not stage_note(blocks[i + 1]))
             and not (i and centred(blocks[i - 1], width))]
    if indent >= 2 or len(alone) >= CENTRED_HEADINGS:
        return kinds
    return [None if k and not k[1] and blocks[i].indent > 3 and centred(blocks[i], width)
            and not OPENING_DIVISION.match(blocks[i].text) else k
            for i, k in enumerate(kinds)]


def _group_head(blocks: list[Block] | None, i: int) -> bool:
    """(r26legal) A line in capitals or Title Case right over a run-in provision ('PRINCIPLES' over
    'SECTION 1. Islavia is …', 'STATE POLICIES' over 'SECTION 3. …'): it heads the group of sections
    under it inside an article, as a constitution's sub-heads do; a signatory's state ('Delaware') is
    followed by names."""
    if blocks is None or i + 1 >= len(blocks):
        return False
    text, after = blocks[i].text.strip(), blocks[i + 1].text.strip()
    return sg.numbering(after) in LEGAL_STYLES and len(after.split()) > LEGAL_SERIES + 2 \
        and (sg.is_all_caps(text) or _title_cased(text.split())) and len(text.split()) <= MAX_PLAIN_WORDS


def _act_labels(kinds: list, blocks: list[Block] | None = None) -> list:
    """In a legal act (a series of 'Article N' / 'Section N' headings) a short unnumbered line after
    its first article is a label inside the act's text, not a heading: the state or party over
    its signatories ('Delaware' / 'Geo: Read' …), 'Witnesses'. Its parts are numbered; an
    unnumbered opening part ('Preamble') comes before the first article and stays."""
    legal = [i for i, kind in enumerate(kinds) if kind and kind[1] and kind[0] in LEGAL_STYLES]
    if len(legal) < LEGAL_SERIES:
        return kinds
    return [None if i > legal[0] and kind and not kind[1] and not kind[0] and not _group_head(blocks, i) else kind
            for i, kind in enumerate(kinds)]


MASTHEAD_NEXT_WORDS = 4   # words of the capitals line under it: the issuer's or the series' name, not a head


def _masthead_line(blocks: list[Block], i: int) -> bool:
    """(r30enpdf) A weak heading in capitals inside a title block set in capitals at the text's top
    (a Hansard's first page: `PARLIAMENTARY DEBATES` / `OFFICIAL REPORT` / `SEVENTH PARLIAMENT OF THE
    FOURTH REPUBLIC OF GHANA` / `Wednesday, 19th July, 2017`): every block over it in capitals, and
    under it another capitals line of MASTHEAD_NEXT_WORDS words or more or a date: a line of the
    masthead (front matter), not the first section's head. A head in capitals stands over text."""
    if not sg.is_all_caps(blocks[i].text) or i + 1 >= len(blocks) or not all(sg.is_all_caps(b.text) for b in blocks[:i]):
        return False
    after = blocks[i + 1].text.strip()
    return sg.is_all_caps(after) and len(after.split()) >= MASTHEAD_NEXT_WORDS or _dated(after)


def _inside_sentence(blocks: list[Block], i: int) -> bool:
    """A short line that a sentence runs through ('Now, therefore,' / 'The General Assembly' /
    'proclaims …'): the line before ends on a comma, or the text after starts in lower case, or
    the line before, in capitals like this one, ends on a function word (`_caps_run_on`)."""
    before = blocks[i - 1].text if i else ""
    after = blocks[i + 1].text if i + 1 < len(blocks) else ""
    return before.endswith(",") or after[:1].islower() or _caps_run_on(before, blocks[i].text)


def _caps_run_on(before: str, text: str) -> bool:
    """(r23enhead) A line in capitals that ends on a function word ('… FOR THE BENEFIT OF') runs on
    into the next line in capitals ('ALL CITIZENS'): a long title or a caption wrapped over lines,
    whose last line is no heading of its own."""
    words = before.split()
    return bool(words) and words[-1].casefold() in FUNCTION_END and sg.is_all_caps(before) and sg.is_all_caps(text)


def outer_style(styles: list[str]) -> str:
    """The outermost numbering style the headings use ('' if none): unnumbered headings written
    like them ('Abstract' beside '1.  Introduction', 'Preamble' beside 'Article 1') are their peers."""
    ranked = [(sg.rank(s), s) for s in styles if s and sg.rank(s) is not None]
    return min(ranked)[1] if ranked else ""


DECORATION = re.compile(r"^\*{2,6}\s*(?P<text>.+?)\s*(?:\[\s*edit\s*\])?\s*\*{2,6}$", re.I)


def undecorated(text: str) -> str:
    """'***** History[edit] *****' -> 'History': a wiki dump's heading without its marks and edit link."""
    match = DECORATION.match(text)
    return match["text"] if match else text


# a code section's heading used as the title: a designation ('9.61 -', '§ 21.11', 'Section 12.')
# and a name closed by a full stop in the code's style ('… Injury to property.') (round14en)
SECTION_TITLE_STOP = re.compile(r"^(?:§+\s*|(?:Section|Sec\.|Chapter|Rule)\s+)?\d+(?:[.\-]\d+[A-Za-z]?)*\s*[-–—.:]?\s+"
                                r"(?P<name>[A-Z][^.!?;:]*[a-z\d)]{3})\.$")


def title_comma(title: str) -> str:
    """(r31entitle) A title line closed by a comma (`STATEMENT BY THE RT HON. PRIME MINISTER,` over the
    speaker's name and the occasion, a title block set one field a line): the comma joins the line to
    the block's next field; it is no part of the name, which ends before it. A comma inside stays."""
    text = title.rstrip()
    return text[:-1].rstrip() if text.endswith((",", "，")) and len(text) > 1 else title


def section_title_stop(title: str) -> str:
    """A code section's heading taken as the title ('9.61 - Malicious mischief—Injury to
    property.', '§ 21.11 Standard organization of the Code.') keeps its designation but not the
    closing full stop the code sets after every section name: the stop ends the heading's style,
    it is not part of the name. A title that is a sentence (a stop inside, '?' or ';'), an
    abbreviation's stop ('ET AL.', 'Inc.') or one with no leading designation keeps it."""
    text = title.strip()
    if SECTION_TITLE_STOP.match(text):
        return text[:-1].rstrip()
    return title
