"""Lines -> blocks: one block per paragraph-or-heading candidate.

English text is hard-wrapped at ~70 columns with blank lines between
paragraphs, so a blank-separated group is one block (lines joined with a
space). Chinese text here has one paragraph per line; if it was hard-wrapped
(many lines of one length), wrapped lines are joined without a space.
Then fragment lines left by inline formatting (a lone '。', '2.5', a bold
phrase cut out of its sentence) are glued back to the text around them.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from . import signals as sg
from . import unwrap


@dataclass
class Block:
    text: str            # stripped text, lines joined
    line: int            # decoded line number of its first line
    indent: int = 0      # indentation of its first line, in columns
    lines: int = 1       # how many source lines it holds
    open: bool = False   # made by gluing fragments and still not ended: takes the next line too
    code: bool = False   # a fenced code block (markdown ``` … ```): never a heading, never glued


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


def _groups(lines, numbers):
    """Blank-separated runs of (line, number)."""
    group: list[tuple[str, int]] = []
    for line, number in zip(lines, numbers):
        if line.strip():
            group.append((line, number))
        elif group:
            yield group
            group = []
    if group:
        yield group


def strong_heading(text: str) -> bool:
    """Lines that are headings whatever surrounds them: '# …', 'CHAPTER I. …', 'Article 5'."""
    style = sg.numbering(text)
    return style.startswith("md") or (style == "chapter" and len(text) <= 80) \
        or (style in ("article", "section") and len(text) <= 40 and not sg.ends_with(text, ",;:"))


LABEL_ONLY = re.compile(r"^(?:CHAPTER|Chapter|ARTICLE|Article|SECTION|Section|BOOK|Book|PART|Part)\.?\s+"
                        r"(?:[IVXLCDM]+|\d{1,3})\.?$")
TITLE_WORDS = 8        # a chapter title on the line under its number is a phrase, not a sentence


def _label_and_title(group) -> bool:
    """'CHAPTER I.' over 'The Period', alone together between blank lines: one heading, the
    number's title on the next line. A heading followed by its text without a blank line
    ('Article 5' / 'No one shall be …', wrapped) is not: the text runs on, or ends a sentence."""
    if len(group) != 2:
        return False
    label, title = group[0][0].strip(), group[1][0].strip()
    return bool(LABEL_ONLY.match(label)) and len(title.split()) <= TITLE_WORDS and title[:1].isupper() \
        and not re.search(r"[.,;:!?]$", title) and not sg.numbering(title)


def _english_blocks(group, words, width: int = 0, unwrapped: bool = False) -> list[Block]:
    """A blank-separated group is one paragraph (a PDF's blank-free page text is first split by
    line width, unwrap.py); a word hyphenated at a line end is mended. In `unwrapped` text (one
    long line per paragraph) a line that ends a sentence ends its paragraph."""
    if width:
        return [b for part in unwrap.split_wrapped(group, width) for b in _english_blocks(part, words)]
    if _label_and_title(group):
        (label, number), (title, _) = group
        return [Block(f"{label.strip()} {title.strip()}", number, sg.indent_of(label), 2)]
    joiners: list[_Joiner] = []
    ended = False
    for line, number in group:
        text = line.strip()
        if joiners and not ended and not strong_heading(text) and not strong_heading(joiners[-1].parts[0]) \
                and not sg.is_image_line(text) and not sg.is_image_line(joiners[-1].last()):
            mended = unwrap.join_hyphenated(joiners[-1].last(), text, words)
            if mended is None:
                joiners[-1].add(text)
            else:
                joiners[-1].parts[-1] = mended
                joiners[-1].block.lines += 1
        else:
            joiners.append(_Joiner(Block(text, number, sg.indent_of(line)), " "))
        ended = unwrapped and unwrap.ends_paragraph(text)
    return [j.done() for j in joiners]


def _wrap_width(lines) -> int:
    """The column where a hard-wrapped Chinese text breaks its lines, 0 if it is not wrapped.

    Wrapped: a length (±1) that at least 30% of lines share, that almost no line
    exceeds, and whose lines mostly stop mid-sentence."""
    texts = [line.strip() for line in lines if line.strip()]
    lengths = Counter(len(t) for t in texts)
    if len(texts) < 6:
        return 0
    width = max(lengths, key=lambda n: (lengths[n] + lengths.get(n - 1, 0), n))
    at_width = [t for t in texts if width - 1 <= len(t) <= width + 1]
    longer = sum(1 for t in texts if len(t) > width + 1)
    ended = sum(1 for t in at_width if sg.ends_sentence(t))
    if width < 20 or len(at_width) < 0.3 * len(texts) or longer > 0.05 * len(texts):
        return 0
    return width if ended < 0.5 * len(at_width) else 0


def _chinese_blocks(group, width: int) -> list[Block]:
    joiners: list[_Joiner] = []
    wrapped = False
    for line, number in group:
        text = line.strip()
        if joiners and wrapped:
            joiners[-1].add(text)
        else:
            joiners.append(_Joiner(Block(text, number, sg.indent_of(line)), ""))
        wrapped = bool(width) and width - 1 <= len(text) <= width + 1
    return [j.done() for j in joiners]


# ---- fragments ------------------------------------------------------------------------

def _joins_previous(prev: _Joiner, text: str) -> bool:
    """Should this line be glued to the block before it?"""
    if text.startswith("![") or sg.is_image_line(prev.last()) or sg.numbering(prev.last()).startswith("md"):
        return False   # an image stands apart (its '!' is no punctuation left over), and a '#' heading takes nothing in
    if sg.is_punct_fragment(text) or sg.is_numeric_fragment(text) or _continues_enumeration(prev.last(), text):
        return True
    if sg.numbering(text) or sg.SALUTATION.match(text) or sg.ends_sentence(prev.last()):
        return False  # a numbered line or a salutation opens something new; an ended line is complete
    return prev.block.open or text[0] in sg.CONTINUATION_START or (len(prev.parts) == 1 and _unfinished(prev.last()))


ITEM = re.compile(r"^[（(](\d{1,2})[）)]")


def _continues_enumeration(before: str, text: str) -> bool:
    """'…（3）保险费正式收据（4）变更通知书' + '（5）现金价值表。…': the next item of an enumeration
    that runs inside the line before, cut off by a line break, is not a numbered paragraph."""
    match = ITEM.match(text)
    if not match or sg.ends_sentence(before):
        return False
    n = int(match[1])
    return n > 1 and bool(re.search(rf"[（(]{n - 1}[）)]", before))


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


def _highlighted_term(text: str, after: str) -> bool:
    """A short bare term followed by a line of punctuation only ('揭榜' + '。'): an inline
    highlight (bold, a link) that extraction cut out of the sentence it ends."""
    return (len(text) <= HIGHLIGHT_MAX and after[:1] and not after[0].isalnum() and text.isalnum()
            and sg.is_punct_fragment(after)
            and sg.has_word(text) and not sg.numbering(text))


def _glue(blocks: list[Block], cjk: bool, listed=lambda text: False) -> list[Block]:
    """Glue fragments to their neighbours; a line the text's contents list names (`listed`) is a
    heading and stands alone ('…核对' does not end on a particle there)."""
    out: list[_Joiner] = []
    held: Block | None = None
    for k, block in enumerate(blocks):
        if held is not None:
            block = Block(held.text + block.text, held.line, held.indent, held.lines + block.lines, block.open)
            held = None
        if cjk and _opens_next(block.text):
            held = block
            continue
        after = blocks[k + 1].text if k + 1 < len(blocks) else ""
        term = cjk and out and _highlighted_term(block.text, after) and not sg.ends_sentence(out[-1].last())
        apart = listed(block.text) or (out and len(out[-1].parts) == 1 and listed(out[-1].last()))
        if out and not apart and not block.code and not out[-1].block.code \
                and (term or _joins_previous(out[-1], block.text)):
            prev = out[-1]
            prev.add(block.text, block.lines)
            # a glued block that has not reached an end mark is still mid-sentence
            prev.block.open = sg.is_numeric_fragment(block.text) or not sg.ends_sentence(block.text)
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
    about its width, so a table's rule or a separator under a paragraph is left as it is."""
    lines, numbers = list(lines), list(numbers)
    i = 1
    while i < len(lines):
        match = UNDERLINE.match(lines[i]) if lines[i].rstrip()[-1:] in ("=", "-") else None
        if not match:
            i += 1
            continue
        text = lines[i - 1].strip()
        width = sum(2 if sg.is_han(ch) or ch in "\u3000" else 1 for ch in text)
        if text and len(text) <= UNDERLINE_MAX and sg.has_word(text) and "  " not in text \
                and (i == 1 or not lines[i - 2].strip()) and len(lines[i].strip()) <= width * 2 + 2:
            lines[i - 1] = ("# " if match[1] else "## ") + text
            del lines[i], numbers[i]
        i += 1
    return lines, numbers


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


FENCE = re.compile(r"^\s{0,3}(?P<mark>`{3,}|~{3,})")


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


def _segments(lines, numbers):
    """The text cut at fenced code blocks: ('text', lines, numbers) and ('code', lines, numbers)."""
    start = 0
    for first, last in _fences(lines):
        yield "text", lines[start:first], numbers[start:first]
        yield "code", lines[first:last + 1], numbers[first:last + 1]
        start = last + 1
    yield "text", lines[start:], numbers[start:]


def make_blocks(lines, numbers, lang: str, listed=lambda text: False) -> list[Block]:
    """Cleaned lines (with their decoded line numbers) -> text blocks, fragments glued.
    `listed(text)` is true for a line the text's own contents list names (outline.py)."""
    lines, numbers = _underlined(lines, numbers)
    english = lang.startswith("en")
    width = 0 if english else _wrap_width(lines)
    words = unwrap.vocabulary(lines) if english else None
    page = unwrap.page_width(lines) if english else 0
    flat = english and not page and unwrap.unwrapped(lines)
    tops = {t.split(".")[0] for t in (line.strip() for line in lines)
            if len(t) <= NUMBERED_TITLE_MAX and sg.numbering(t).startswith("1.1")} if english else set()
    blocks: list[Block] = []
    for kind, seg_lines, seg_numbers in _segments(lines, numbers) if english else [("text", lines, numbers)]:
        if kind == "code":
            texts = [t.strip() for t in seg_lines if t.strip()]
            blocks.append(Block(" ".join(texts), seg_numbers[0], sg.indent_of(seg_lines[0]), len(seg_lines), code=True))
            continue
        for group in _groups(seg_lines, seg_numbers):
            if english and not page and _numbered_over_text(group, tops):
                blocks.append(Block(group[0][0].strip(), group[0][1], sg.indent_of(group[0][0])))
                group = group[1:]
            blocks.extend(_english_blocks(group, words, page, flat) if english else _chinese_blocks(group, width))
    if page:
        return blocks   # page text: no inline-format fragments
    if not english:
        blocks = [part for block in blocks for part in _back_matter_apart(block)]
    return _glue(blocks, not english, listed)


def _back_matter_apart(block: Block) -> list[Block]:
    """'…保单效力即中止。   参考资料' -> the paragraph, then the back-matter heading glued to its end
    (a page dump that lost the line break before the references section)."""
    match = sg.BACK_MATTER_GLUED.match(block.text) if block.text.endswith(sg.BACK_MATTER_ENDS) else None
    if not match:
        return [block]
    return [Block(match["body"].rstrip(), block.line, block.indent, block.lines), Block(match["title"], block.line, 0, 0)]

