"""A scanned printed volume's page breaks in its OCR text (r28ocr, issue #11): the page number
(OCR-misread: `^37`, `2O5`, `i6`, `— 12 —`) and the running head (the book's, the article's or the
section's name, `ADVERTISEMENT`, `236 ADVERTISEMENT`) set apart by blank lines where the scanned
page ended, most often inside a sentence (docs/cleaning.md, rows marked r28ocr)."""
from __future__ import annotations

import re

from .page import Page
from .rules_pages import _rejoin

# a printed page number as OCR reads it: digits, a few letters or marks misread for digits
# (`O`/`o` 0, `I`/`l`/`i`/`|` 1, `S` 5, `^` 2), optionally between dashes; at least half digits
PAGE_TOKEN = re.compile(r"^[-–—]?\s*(?P<n>[\dOoIli|S^]{1,4})\s*[-–—]?$")
HEAD_MAX = 60          # characters of a running head: a name, never a sentence
HEAD_WORDS = 8
HEAD_SHAPE = re.compile(r"^[A-Z0-9][\w'’&,.\-–— ]*$")
NUMBERED_HEAD = re.compile(r"^(?:(?P<a>[\dOoIli|S^]{1,4})[.,]?\s+(?P<h1>\S.*)|(?P<h2>\S.*?)[,.]?\s+(?P<b>[\dOoIli|S^]{1,4}))$")
SMALL_WORDS = {"a", "an", "and", "the", "of", "in", "on", "to", "for", "by", "with", "at", "or", "de", "la", "le", "du"}
CLUSTER_MAX = 3        # lines of one page break: the number, the head, a second head line
PROSE_WORDS = 4        # words of a line of running text around a lone page number
LONE_PACE = 15         # lines from a sure page break to a lone page number: a page's worth, not a table's row
SENTENCE_END = re.compile(r"[.!?:;\"”’)\]]$")


def page_token(text: str) -> bool:
    """An OCR'd page number alone: `236`, `^37`, `2O5`, `i6`, `— 12 —`; never a word (`Il`, `OS`)."""
    m = PAGE_TOKEN.match(text.strip())
    if not m:
        return False
    n = m["n"]
    digits = sum(c.isdigit() for c in n)
    return digits >= 1 and digits * 2 >= len(n)


def head_shaped(text: str) -> bool:
    """A running head's shape: a short name, capitals or every main word capitalised, no sentence."""
    text = text.strip().rstrip(".")
    words = text.split()
    if not words or len(text) > HEAD_MAX or len(words) > HEAD_WORDS or not HEAD_SHAPE.match(text):
        return False
    if re.search(r"[a-z]\.\s|[.!?;:]\s", text):
        return False
    letters = [c for c in text if c.isalpha()]
    if len(letters) < 3:
        return False
    caps = sum(c.isupper() for c in letters) / len(letters)
    titled = all(w[:1].isupper() or not w[:1].isalpha() or w.lower() in SMALL_WORDS for w in words)
    return caps >= 0.6 or titled


def _numbered_head(text: str) -> str | None:
    """The head's words of a head with its page number at one end (`236 ADVERTISEMENT`), else None."""
    m = NUMBERED_HEAD.match(text.strip())
    if not m:
        return None
    n, head = (m["a"], m["h1"]) if m["a"] else (m["b"], m["h2"])
    return head if page_token(n) and head_shaped(head) else None


def _key(text: str) -> str:
    return re.sub(r"[^a-z]", "", text.casefold())


def _clusters(page: Page) -> list[tuple[int, int, int, int]]:
    """(first, last, before, after): runs of short furniture-shaped lines with a blank line (kept or
    dropped) between them and the text above and below; `before`/`after` the text lines around."""
    lines, texts = page.lines, page.texts()
    nonblank = [i for i, t in enumerate(texts) if t.strip()]

    def apart(a: int, b: int) -> bool:   # a blank line between non-blank lines a < b, kept or dropped
        return b - a > 1 or lines[b].number - lines[a].number > 1

    furniture = {i for i in nonblank if page_token(texts[i]) or head_shaped(texts[i]) or _numbered_head(texts[i])}
    out, k = [], 0
    while k < len(nonblank):
        if nonblank[k] not in furniture or k == 0:
            k += 1
            continue
        j = k
        while j + 1 < len(nonblank) and nonblank[j + 1] in furniture and j + 1 - k < CLUSTER_MAX:
            j += 1
        before, first, last = nonblank[k - 1], nonblank[k], nonblank[j]
        after = nonblank[j + 1] if j + 1 < len(nonblank) else None
        if after is not None and apart(before, first) and apart(last, after):
            out.append((first, last, before, after))
        k = j + 1
    return out


def _break_of(texts: list[str], first: int, last: int) -> tuple[int | None, str] | None:
    """(the page number's line, the head's key) of a cluster that is one page break: exactly one
    page number (alone or at a head's end) and heads beside it; None for any other run."""
    number, heads = None, []
    for i in range(first, last + 1):
        t = texts[i].strip()
        if not t:
            continue
        if page_token(t):
            if number is not None:
                return None   # numbers over numbers: a table's column
            number = i
        elif (head := _numbered_head(t)) is not None:
            if number is not None:
                return None
            number = i
            heads.append(head)
        elif head_shaped(t):
            heads.append(t)
        else:
            return None
    if number is None and not heads:
        return None
    return number, _key(" ".join(heads))


def _prose(text: str) -> bool:
    """A line of running text: four words or more, most of them words of letters."""
    words = text.split()
    return len(words) >= PROSE_WORDS and sum(w.strip(".,;:").isalpha() for w in words) * 2 > len(words)


def _mid_sentence(prev: str, nxt: str) -> bool:
    """The page broke inside a sentence: a line of running text over the break with no end mark,
    and the text under it goes on in lower case (or the line over it ends in a comma or a hyphen)."""
    prev, nxt = prev.strip(), nxt.strip()
    if not (_prose(prev) and len(nxt.split()) >= 2):
        return False   # a cover's or title page's short lines ('Windhoek, Namibia' / 'March 2021' / … / 'i')
    return not SENTENCE_END.search(prev) and (nxt[:1].islower() or prev.endswith((",", "-")))


def scan_page_breaks(page: Page) -> Page:
    """Drop a scanned volume's page furniture where its OCR text set it apart by blank lines: a
    page number (OCR misreads too: `^37`, `2O5`, `i6`, `— 12 —`) with or without a running head of
    capitals or capitalised words (`ADVERTISEMENT`, `236 ADVERTISEMENT`, `THE HISTORY OF ROME`),
    between a line that does not end its sentence and one that goes on in lower case; then, once
    such a break is found, the same running head elsewhere (a page that ended with its paragraph)
    and a page number alone as long as the confirmed ones (± 1 character), between two lines of
    running text (no colon over it) and LONE_PACE lines or more from them. In a text whose scanning
    project's credit `scan-credit` took, a bare number between lines of words and in no numbering
    goes too (`_credited_numbers`: `Poetry` / `7` / `Foreword`). A caps heading with no
    number, a heading after a finished sentence, a column of numbers stay; the paragraph the break
    split is rejoined.

    Example: "… on the banks of the Stour" / "" / "236" / "" / "ADVERTISEMENT" / "" /
    "was the first form …" -> "236" and "ADVERTISEMENT" go, the sentence runs on."""
    texts = page.texts()
    found = []
    prose = {}
    for first, last, before, after in _clusters(page):
        b = _break_of(texts, first, last)
        if b is not None:
            found.append((first, last, b, _mid_sentence(texts[before], texts[after])))
            prose[first] = _prose(texts[before]) and _prose(texts[after]) and not texts[before].rstrip().endswith(":")
    sure = [(first, last, b) for first, last, b, mid in found if mid and b[0] is not None]
    credited = _credited_numbers(page) if any(r.rule == "scan-credit" for r in page.removed) else set()
    if not sure:
        return page.drop(credited)
    heads = {b[1] for _, _, b in sure if b[1]}
    widths = {len(texts[b[0]].strip()) for _, _, b in sure if page_token(texts[b[0]])}
    hits: set[int] = set()
    at = [first for first, _, _ in sure]
    for first, last, (number, head), mid in found:
        ok = (mid and number is not None) or (head and head in heads) \
            or (not head and number is not None and prose[first] and all(abs(first - a) >= LONE_PACE for a in at)
                and any(abs(len(texts[number].strip()) - w) <= 1 for w in widths))
        if ok:
            hits.update(i for i in range(first, last + 1) if texts[i].strip())
    return page.drop(hits | _rejoin(page, hits) | credited)


BARE_NUMBER = re.compile(r"^\s*(\d{1,4})\s*$")
SEQUENCE_REACH = 40   # lines around a bare number searched for its neighbour in a numbering (6 over 7, 8 under it)


def _credited_numbers(page: Page) -> set[int]:
    """(r28ocr) In a scanned book's OCR text (its scanning project's credit taken by `scan-credit`),
    a page number alone between blank lines, words over and under it (`Poetry` / `7` / `Foreword`),
    with no bare number one more or one less within SEQUENCE_REACH lines (a section's or a list's
    numbers stand in a row; a table's column of numbers has no words around it)."""
    texts, lines = page.texts(), page.lines
    bare = {i: int(m[1]) for i, t in enumerate(texts) if (m := BARE_NUMBER.match(t))}
    at: dict[int, list[int]] = {}
    for i, n in bare.items():
        at.setdefault(n, []).append(i)
    out = set()
    for i, n in bare.items():
        up = next((k for k in range(i - 1, -1, -1) if texts[k].strip()), None)
        down = next((k for k in range(i + 1, len(texts)) if texts[k].strip()), None)
        if up is None or down is None or lines[i].number - lines[up].number < 2 or lines[down].number - lines[i].number < 2:
            continue
        if not (re.search(r"[A-Za-z]{3}", texts[up]) and re.search(r"[A-Za-z]{3}", texts[down])):
            continue
        if any(abs(j - i) <= SEQUENCE_REACH for m in (n - 1, n + 1) for j in at.get(m, ())):
            continue
        out.add(i)
    return out


# (r28ocr) a drop capital OCR read as a line of its own: 'T' over 'HE report of the committee …'
DROP_CAPITAL = re.compile(r"^\s*(?P<cap>[A-Z])\s*$")
CAPS_OPENING = re.compile(r"^(?P<rest>[A-Z]{1,12})(?=[\s,.;:'’]|$)")
DROP_REACH = 2   # lines from the capital to its word's rest: one blank line may stand between


def drop_capitals(page: Page) -> Page:
    """Put a paragraph's DROP CAPITAL back on its word: OCR reads the large initial as a line of its
    own (`T`) over the line that holds the rest of the word in capitals (`HE report of the …`). The
    letter alone, the next text line (a blank line between at most) opening with capitals, and the
    word they make (`THE`) one the text itself uses elsewhere: the letter joins that line (`THE
    report of the …`) and its own line is left blank. A list's letter (`A` over `BOARD` when the text
    never says `aboard`), a letter over a lower-case line stay.

    Example: "T" / "" / "HE report of the committee was laid …" -> "" / "" / "THE report of the committee …"."""
    texts = page.texts()
    caps = [i for i, t in enumerate(texts) if DROP_CAPITAL.match(t)]
    if not caps:
        return page
    words = {w.casefold() for t in texts for w in re.findall(r"[A-Za-z]+", t)}
    for i in caps:
        nxt = next((k for k in range(i + 1, min(len(texts), i + 1 + DROP_REACH + 1)) if texts[k].strip()), None)
        if nxt is None or nxt - i > DROP_REACH or page.lines[nxt].number in page.verbatim:
            continue
        rest = CAPS_OPENING.match(texts[nxt].lstrip())
        if not rest:
            continue
        word = (DROP_CAPITAL.match(texts[i])["cap"] + rest["rest"]).casefold()
        if word not in words:
            continue
        cap = DROP_CAPITAL.match(texts[i])["cap"]
        indent = len(texts[nxt]) - len(texts[nxt].lstrip())
        # recorded as two cuts, so every character stays accounted for (test_accountability): the letter
        # taken off its line, and put back after the next line's indent (a cut of the indent, put again)
        page = page.cut(i, 0, len(texts[i])).cut(nxt, 0, indent, put=texts[nxt][:indent] + cap)
        texts = page.texts()
    return page


# (r28ocr) OCR debris: a picture or an ornament read as text, short lines of letter fragments and
# stray marks ('6,', 'gh', ')', 'Ne Se Te ee', 'e ! we,', '+ iinet'), in a bunch
DEBRIS_MAX = 16        # characters of a debris line
DEBRIS_GAP = 12        # source lines between two debris lines of one bunch
DEBRIS_MIN = 3         # debris lines in a bunch
GARBLED_MIN = 2        # of them with letters that make no word
SCAN_PROOF = ("scan-credit", "scan-page-break")   # rules whose finds prove a scan's OCR text
# a line of another script, a word closing a clause or sentence ('operation;', 'sion.'), letters and
# digits in one token ('31stMay', 'A70'): text, not debris
NO_DEBRIS = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]|[A-Za-z]{3,}[.;:,]|[A-Za-z]\d|\d[A-Za-z]")
SHORT_WORDS = frozenset("""a i o an as at be by do go he if in is it me my no of oh on or so to up us we ye ay am ah ha lo
""".split())
LABEL_LINE = re.compile(r"^(?:[IVXLCivxlc]{1,6}|[A-Z]|\(?[a-z]\)|\(?\d{1,3}\))[.)]?$")   # 'II', 'A.', '(a)', '(3)': a list's or a part's label


def _debris_shape(text: str, words: set[str]) -> tuple[bool, bool]:
    """(debris-shaped, garbled): a short line of no word of three letters the text uses, capitalised
    or known; garbled when it holds letters that make no word (`gh`, `iinet`, `ee`)."""
    t = text.strip()
    if not t or len(t) > DEBRIS_MAX or LABEL_LINE.match(t) or NO_DEBRIS.search(t):
        return False, False
    garbled = False
    for token in re.findall(r"[A-Za-z]+", t):
        if len(token) >= 3 and (token.casefold() in words or token[:1].isupper()):
            return False, False   # a word of the text, a name ('—Emerson'), a capitalised heading word
        if token.casefold() not in SHORT_WORDS:
            garbled = True
    return True, garbled


def scan_debris(page: Page) -> Page:
    """Drop OCR DEBRIS: a picture, an ornament or a stain read as text gives a bunch of short lines
    of letter fragments and stray marks (`6,`, `3`, `gh`, `)`, `Ne Se Te ee`, `e ! we,`, `+ iinet`):
    DEBRIS_MIN or more lines of at most DEBRIS_MAX characters holding no word of three letters that
    the text uses elsewhere (nor a capitalised one: a name, `—Emerson`), each within DEBRIS_GAP lines
    of the next, GARBLED_MIN or more of them with letters that make no word (`gh`, `iinet`, `ee`,
    a lone `e`), in a text a scanning project's credit or the scan's page breaks prove to be OCR of
    a scan (SCAN_PROOF). A list's or a part's labels (`II`, `A.`, `(a)`), a play's short lines of
    words (`Go on.`, `Oh no!`), a word closing a clause (`operation;`), a lone stray line stay.

    Example: "6," / "3" / "gh" / ")" over an epigraph, "Ne Se Te ee" / "e ! we," / "+ iinet" under it -> all go."""
    if not any(r.rule in SCAN_PROOF for r in page.removed):
        return page   # only a text the scan's credit or page breaks prove to be OCR of a scan
    texts, lines = page.texts(), page.lines
    words = {w.casefold() for t in texts if len(t.strip()) > DEBRIS_MAX for w in re.findall(r"[A-Za-z]{3,}", t)}
    shaped = [(i, g) for i, t in enumerate(texts) if t.strip() for s, g in [_debris_shape(t, words)] if s]
    hits: list[int] = []
    bunch: list[tuple[int, bool]] = []
    for item in shaped + [(None, False)]:
        i = item[0]
        if bunch and (i is None or lines[i].number - lines[bunch[-1][0]].number > DEBRIS_GAP):
            if len(bunch) >= DEBRIS_MIN and sum(g for _, g in bunch) >= GARBLED_MIN:
                hits.extend(k for k, _ in bunch)
            bunch = []
        if i is not None:
            bunch.append(item)
    return page.drop(hits)
