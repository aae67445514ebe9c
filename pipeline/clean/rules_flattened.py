"""Text whose line structure a scraper or a database field flattened: paragraphs glued onto one
line, and HTML markup kept as text.

A page saved into one field keeps each paragraph's indent but loses the line break before it
('…开幕。  　　春暖大地，…'); a field holding the page's HTML keeps the tags ('<p style=…>同志们：</p>
<h2>一、…</h2>'). Left so, a whole article is one paragraph, or the reader sees the markup. The
line breaks are put back where the markup or the indent says a paragraph began; the tags go.

    glued_paragraphs(page)   # '…。  　　…' -> two lines
    html_markup(page)        # '<p>同志们：</p><h2>一、…</h2>' -> '同志们：' / '一、…'
"""
from __future__ import annotations

import html
import re
import unicodedata
from functools import lru_cache

from dataclasses import replace

from .page import Line, Page, has_any

# a paragraph's indent (two U+3000) after a sentence's end, or after a gap of spaces: a lost break
INDENT_BREAK = re.compile(r"(?:(?<=[。！？!?”」』；])[ \t]*|[ \t]{2,})\u3000\u3000(?=\S)")
BLOCK_TAG = re.compile(r"</?(?:p|div|h[1-6]|li|ul|ol|br|tr|table|section|article|blockquote)\b[^<>]{0,300}/?>", re.I)
ANY_TAG = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]*\b[^<>]{0,300}/?>")
ENTITY = re.compile(r"&(?:[a-zA-Z]{2,8}|#\d{1,6}|#x[0-9a-fA-F]{1,6});")
TAGS_MIN = 2           # tags on a line before it is taken for markup ('a<b' or one '<br>' is text)
# markup, not tag names quoted in prose ('Wrap each paragraph in <p> and each section in <div> tags'):
# a closing tag, a tag with attributes, or a run of line breaks
MARKUP_SIGN = re.compile(r"</[a-zA-Z][a-zA-Z0-9]*\s*>|<[a-zA-Z][a-zA-Z0-9]*\s+[^<>]*=[^<>]*>|(?:<br\s*/?>\s*){2,}", re.I)


def glued_paragraphs(page: Page) -> Page:
    """Break a line where a paragraph's indent follows a sentence end or a gap of spaces.

    Example: "…在人民大会堂开幕。  　　春暖大地，万物勃发。" -> "…在人民大会堂开幕。" + "春暖大地，万物勃发。".

    (r28zhpdf) The indent written as plain spaces, or lost with only the gap left: a preview chunk
    or a text layer that joins a Chinese report's paragraphs with two spaces ('…提出意见。  过去五年的
    工作回顾  20xx年以来，…') — see `_spaced_breaks`.
    """
    for i in range(len(page.lines) - 1, -1, -1):
        text = page.lines[i].text
        first = len(text) - len(text.lstrip())   # a break needs words before it
        cuts = [m for m in INDENT_BREAK.finditer(text) if m.start() > first]
        if not cuts:
            cuts = _spaced_breaks(text, first)
        for m in reversed(cuts):
            page = page.cut(i, m.start(), m.end())
            page = page.split(i, m.start())
    return page


# (r28zhpdf) paragraphs of a Chinese text joined with a gap of two spaces or more, no indent left:
# the gap after a sentence's end (or a salutation's colon), or after a short head with no mark
SPACED_BREAK = re.compile(r"[ \t\u00a0]{2,}(?=[\u4e00-\u9fff“《（(—\d])")
SPACED_LINE_MIN = 150      # characters of a line that holds paragraphs joined so
SPACED_ENDS_MIN = 2        # gaps after a sentence's end on it, at least: the line's habit, not a typist's slip
SPACED_HEAD_MAX = 30       # characters of a head standing between two such gaps ('过去五年的工作回顾')
_SENTENCE_END = set("。！？；：”」』")


# (r30zhpdf) a contents entry of a PDF's text layer joined with its page number glued to the next entry's
# number ('…规范性引用文件 1' + '3 术语与定义' -> '13术语与定义'): figures glued to a short name, no mark
PAGED_ENTRY = re.compile(r"^\d{1,3}(?:\.\d{1,2}){0,2}[\u4e00-\u9fff][^\s。，；：！？,;:!?]{0,20}$")
CONTENTS_MEMBER = re.compile(r"^[^\s。，；：！？,;:!?]{1,40}$")   # a bare page number, an annex's entry, the cover's code
PAGED_ENTRIES_MIN = 6


def paged_contents(text: str, found: list) -> list[tuple[int, int]]:
    """(r30zhpdf) Spans of a joined text that hold a contents list as a PDF text layer joins it
    (a document-sharing site's preview of a standard or a report): PAGED_ENTRIES_MIN entries or
    more whose page numbers stand glued to the next entry's number (`12规范性引用文件 13术语与定义
    14基本原则 14.1专业化 …`), among bare page numbers and entries without a number (`附录C（资料
    性附录）…`), with no clause or sentence mark in any token. Split at its gaps, every entry became
    a numbered heading (`14基本原则`, level 1; `14.1专业化`, level 2); a contents list is one block
    of the preview, not the text's outline, so its gaps are no line breaks. A run of fewer such
    entries (a list of items in the text) or tokens with sentences in them is split as before."""
    bounds = [0] + [x for m in found for x in (m.start(), m.end())] + [len(text)]
    tokens = [(bounds[k], bounds[k + 1]) for k in range(0, len(bounds), 2)]
    spans: list[tuple[int, int]] = []
    run: list[tuple[int, int]] = []
    entries = 0
    for start, end in tokens + [(len(text), len(text))]:
        token = text[start:end]
        if token and CONTENTS_MEMBER.match(token) and end < len(text):
            run.append((start, end))
            entries += bool(PAGED_ENTRY.match(token))
            continue
        if entries >= PAGED_ENTRIES_MIN:
            spans.append((run[0][0], run[-1][1]))
        run, entries = [], 0
    return spans


def _ends_sentence(text: str, at: int) -> bool:
    """A sentence's end (or a salutation's colon) before position `at`: a full-width mark, or the
    half-width ':' ';' '!' '?' a converter writes for one after a Chinese word ('各位代表:')."""
    before = text[at - 1]
    return before in _SENTENCE_END or before in ":;!?" and at >= 2 and "\u4e00" <= text[at - 2] <= "\u9fff"


def _spaced_breaks(text: str, first: int) -> list[re.Match]:
    """(r28zhpdf) The gaps of two spaces or more that were paragraph breaks on a long Chinese line:
    each after a sentence's end (`。` `：` `”` …), or after a head — the words since the last break,
    SPACED_HEAD_MAX characters at most, with no sentence mark — when SPACED_ENDS_MIN gaps at least
    stand after a sentence's end (a gap inside a sentence, between a number and its unit, or in a
    metadata row '索引号：…  主题分类：…' stays: no sentence ends before it)."""
    if len(text) < SPACED_LINE_MIN or len(re.findall(r"[\u4e00-\u9fff]", text)) < 0.5 * len(text.replace(" ", "")):
        return []
    gaps = [m for m in SPACED_BREAK.finditer(text) if m.start() > first]
    ends = [m for m in gaps if _ends_sentence(text, m.start())]
    if len(ends) < SPACED_ENDS_MIN:
        return []
    out, last = [], first
    for m in gaps:
        piece = text[last:m.start()]
        if _ends_sentence(text, m.start()) or \
                ("\u4e00" <= text[m.start() - 1] <= "\u9fff" and len(piece.strip()) <= SPACED_HEAD_MAX
                 and not re.search(r"[。！？；，,]", piece)):
            out.append(m)
            last = m.end()
    return out


def html_markup(page: Page) -> Page:
    """A line carrying HTML markup (≥ 2 tags, one of them a block tag): a line per block, tags and
    character entities gone (each tag recorded as removed).

    Example: '<p style="text-indent:2em">同志们：</p><h2>一、2024年工作成效</h2>' -> "同志们：" + "一、2024年工作成效".

    Tag names quoted in a sentence ('Wrap each paragraph in <p> and each section in <div> tags')
    are the text's words: markup shows a closing tag, attributes or a run of `<br>` (MARKUP_SIGN).
    """
    for i in range(len(page.lines) - 1, -1, -1):
        text = page.lines[i].text
        if len(ANY_TAG.findall(text)) < TAGS_MIN or not BLOCK_TAG.search(text) or not MARKUP_SIGN.search(text):
            continue
        for m in reversed(list(ANY_TAG.finditer(text))):
            page = page.cut(i, m.start(), m.end(), put="\n" if BLOCK_TAG.fullmatch(m.group(0)) else "")
        for m in reversed(list(ENTITY.finditer(page.lines[i].text))):
            page = page.cut(i, m.start(), m.end(), put=html.unescape(m.group(0)))
        while "\n" in page.lines[i].text:
            at = page.lines[i].text.rfind("\n")
            page = page.split(i, at)
            page = page.cut(i + 1, 0, 1)
    return page


# a span element around words, its closing tag on the same line: '<span class="smallcaps">PART VIII
# …</span>' (a converter's residue: pandoc's small capitals). Other inline tags (`<b>`, `<sub>`) a
# README or a dump keeps beside its words are left to `html-markup`: their letters stand in the text.
INLINE_PAIR = re.compile(r"<(?P<tag>span)\b(?P<attrs>[^<>]{0,200})>"
                         r"(?P<inner>[^<>]*\w[^<>]*)</(?P=tag)\s*>", re.I)


def inline_markup(page: Page) -> Page:
    """(round9en) Cut the tags of a `<span>` element a converter left around words (pandoc's
    `<span class="smallcaps">…</span>` for a heading set in small capitals): the words stay, the
    tags go (each recorded as removed). Only an element opened and closed on the same line with
    words inside: a lone `<span>` in prose is text, and so are `<b>`, `<i>`, `<sub>` beside words.

    Example: '<span class="smallcaps">PART IV Offences</span>' -> 'PART IV Offences'.
    """
    if not has_any(page, ("</span",)):
        return page
    for i in range(len(page.lines)):
        if page.lines[i].number in page.verbatim:
            continue   # a listing's markup is its text
        while match := INLINE_PAIR.search(page.lines[i].text):   # nested elements: the inner one first
            page = page.cut(i, match.end("inner"), match.end())
            page = page.cut(i, match.start(), match.start("inner"))
    return page


# (r45, issue 11) a span element's tags, opening (attributes allowed) or closing
SPAN_TAG = re.compile(r"<span\b[^<>]{0,200}>|</span\s*>", re.I)


def _span_tags(page: Page) -> list[tuple[int, re.Match]]:
    """The span tags of the page's lines in reading order, as (line index, match): fenced code
    and code spans (`<span>` between backticks) aside."""
    out = []
    for i, line in enumerate(page.lines):
        if line.number in page.verbatim or "span" not in line.text:
            continue
        out += [(i, m) for m in SPAN_TAG.finditer(line.text) if line.text.count("`", 0, m.start()) % 2 == 0]
    return out


def _crosses_lines(tags: list[tuple[int, re.Match]]) -> bool:
    """An element opened on one line and closed on a later one: its tags pair up over lines."""
    opened: list[int] = []
    for i, m in tags:
        if not m.group().startswith("</"):
            opened.append(i)
        elif opened and opened.pop() != i:
            return True
    return False


def crossing_spans(page: Page) -> Page:
    """(r45, issue 11) Cut the span tags of a text whose span elements run over lines: a
    converter's highlight (`<span style="background-color: …">`) opened before one paragraph and
    closed inside another, so a Markdown heading's mark stands behind a tag
    (`<span style="…"># Title`) and `</span><span style="…">` pairs sit mid-sentence. Once one
    element is seen to cross lines every span tag is markup: the tags go (each recorded), the words
    stay, and the heading's mark opens its line again. A text whose spans open and close on one line
    is `inline-markup`'s; a span between backticks or in a listing is the text's own.

    Example: '<span style="color: red"># Notice of Appeal' / … / 'as shown below.</span>' ->
    '# Notice of Appeal' / … / 'as shown below.'
    """
    if not has_any(page, ("</span",)):
        return page
    tags = _span_tags(page)
    if not _crosses_lines(tags):
        return page
    for i, m in reversed(tags):
        page = page.cut(i, m.start(), m.end())
    return page


# A whole page flattened onto one line, its lines joined with single spaces (a scraper's
# get_text(' ')): the gaps between Chinese pieces are where the lines were.
ONE_LINE_MIN = 300      # characters of a line that holds a flattened page
ONE_LINE_GAPS = 5       # gaps between Chinese pieces on it before it is taken for one
ONE_LINE_LINES = 3      # a flattened page has at most this many lines with text
_GAP = re.compile(r"[ \t\u00a0]+")
_KEEP_BESIDE = set("|｜>›»/<·-—–")   # a menu's or breadcrumb's separators
_UNITS = set("年月日号時时分秒万亿元%个倍")   # '10 月', '5 058萬元': a number's unit after a gap


def _gap_breaks(text: str, at: int, end: int, depth: list[int] | None = None, before: str = "") -> bool:
    """A gap between two Chinese pieces outside brackets: not inside an English phrase, a number,
    a menu or a breadcrumb ('首页 | 政务公开', '首页 > 政务公开'), nor a widget ('【字体：大 中 小】').
    `depth`: the bracket depth per position to read (default `_bracket_depth(text)`); `before`:
    the character to read as the one before the gap (default the text's own)."""
    before, after = before or text[at - 1], text[end]
    if before.isascii() and before.isalnum() and after.isascii() and after.isalnum():
        return False   # 'fast prototyping', '2023 年' both sides Latin or digits
    if before in _KEEP_BESIDE or after in _KEEP_BESIDE or not (_han(before) or _han(after)):
        return False
    if before.isdigit() and (after in _UNITS or not _han(after)) or after.isdigit() and not _han(before):
        return False
    if before.isascii() and before.isalpha() or after.isascii() and after.isalpha():
        return False   # 'Python 的': a Latin word inside a Chinese sentence
    back = _GAP.split(text[max(0, at - 16):at])   # a label is short: the 16 characters before the gap
    if (len(back) > 1 or at <= 16) and PART_LABEL.fullmatch(back[-1]) or PART_LABEL_AFTER_END.search(back[-1]):
        return False   # '第一章 总则': a part's number and its title (perturb); glued after a sentence too (r27docshare)
    return (_bracket_depth(text) if depth is None else depth)[at] <= 0


@lru_cache(maxsize=4)
def _bracket_depth(text: str) -> list[int]:
    """How many 【 and [ are open before each position of `text` (counted once per text: counting
    the prefix at every gap was quadratic on a page flattened onto one line)."""
    depth, out = 0, []
    for ch in text:
        out.append(depth)
        depth += (ch in "【[") - (ch in "】]")
    out.append(depth)
    return out


# a chapter's or section's number alone before a gap: its title follows the gap (an article's
# number may stand alone: a flattened list of articles breaks only there)
PART_LABEL = re.compile(r"第[一二三四五六七八九十百零〇两\d]{1,6}(?:章|节|節|編|编|分编|部分)")
# (r27docshare) the label glued to the sentence before it, no gap: '…提请大会审议。第一部分 2023年计划执行情况'
PART_LABEL_AFTER_END = re.compile(r"[。！？；：]" + PART_LABEL.pattern + "$")


def _han(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or ch in "：。！？”」』】）"


def one_line_page(page: Page) -> Page:
    """Break a page flattened onto one line (or a few) at the gaps between its Chinese pieces.

    A scraper that joins a page's lines with spaces leaves the menu, the breadcrumb, the headline,
    the date and source, and the paragraphs on one line: left so, the chrome rules see no line
    of chrome and the title is lost in a paragraph. A Chinese paragraph has no spaces between its
    characters, so ONE_LINE_GAPS or more of them on a line of ONE_LINE_MIN characters mark the
    lost line breaks. Gaps inside a menu (`|`), a breadcrumb (`>`), a bracketed widget, an English
    phrase or a number stay. A text with more lines than a flattened page has is left alone.

    Example: "首页 | 政务公开 当前位置：首页 > 政务公开 2023年某某市政府工作报告 发布时间：2023-01-20 …"
    -> "首页 | 政务公开" / "当前位置：首页 > 政务公开" / "2023年某某市政府工作报告" / "发布时间：2023-01-20" / …
    """
    if sum(1 for line in page.lines if line.text.strip()) > ONE_LINE_LINES:
        return page
    for i in range(len(page.lines) - 1, -1, -1):
        text = page.lines[i].text
        if len(text) < ONE_LINE_MIN:
            continue
        found = list(_GAP.finditer(text))
        inside = paged_contents(text, found)   # (r30zhpdf) a contents list with its page numbers glued: no breaks in it
        gaps = [m for m in found if 0 < m.start() and m.end() < len(text) and _gap_breaks(text, m.start(), m.end())
                and not any(s < m.start() and m.end() < e for s, e in inside)]
        if len(gaps) < ONE_LINE_GAPS:
            continue
        for m in reversed(gaps):
            page = page.cut(i, m.start(), m.end())
            page = page.split(i, m.start())
    return page


# -- (round8zh) the next numbered heading glued to a flattened table's last cell ----------------
# '…占常住人口比例(%)33.4139.49…43.942.742．师资队伍数量有缺口，…': a CMS that lost a table's markup
# writes its cells into one line, and the line break after the table goes too, so the next
# heading ('2．师资队伍…') ends the table's line
GLUED_HEAD = re.compile(r"(?P<mark>[．.、])(?P<head>[\u4e00-\u9fff“《][^。！？；!?;\d]{3,40})$")
TABLE_DIGITS = 0.3       # share of the line before the heading that is digits: a table's values
TABLE_DIGITS_MIN = 20    # digits at least: a sentence with a few figures is no table
HEAD_SCAN = 60           # lines back to the heading before it in the series


def glued_table_heading(page: Page) -> Page:
    """Put back the line break between a table flattened into one line and the numbered heading
    glued to its last cell: the line ends with 'N．' and a short unpunctuated phrase right after a
    digit, the line before it is mostly digits (a table's values), and the heading numbered N-1
    the same way stands alone on a line above it (the series' previous heading). The number is
    read with one digit or two ('…42.742．' is '42.7' then '2．' when '1．' stands above).

    Example: "1．人口出生高峰" … "（单位：万人）2005年2006年…43.942.742．师资队伍数量有缺口" ->
    "…43.942.7" / "2．师资队伍数量有缺口". A sentence that ends with a numbered clause stays."""
    for i in range(len(page.lines) - 1, -1, -1):
        text = page.lines[i].text.rstrip()
        match = GLUED_HEAD.search(text)
        if not match or match.start() < TABLE_DIGITS_MIN:
            continue
        for width in (1, 2):
            start = match.start() - width
            number = text[start:match.start()]
            if not number.isdigit() or start < 1 or not text[start - 1].isdigit():
                continue
            before = text[:start]
            digits = sum(ch.isdigit() for ch in before)
            if digits < TABLE_DIGITS_MIN or digits < TABLE_DIGITS * len(before) or int(number) < 2:
                continue
            previous = f"{int(number) - 1}{match['mark']}"
            # (full-width digits, '１．', read as digits: a copy may set the numbering either way)
            if any(unicodedata.normalize("NFKC", page.lines[k].text.strip()).startswith(unicodedata.normalize("NFKC", previous))
                   and not re.search(r"[。！？]", page.lines[k].text) for k in range(max(0, i - HEAD_SCAN), i)):
                page = page.split(i, start)
                break
    return page


# -- (round20zh) a notice's part heads run into its hard-wrapped paragraph -----------------------
# a page printed without its stylesheet loses the breaks around its bold part heads: the head stands
# between a sentence's end and the part's first words, a space either side
# ('…现就有关工作通知如下。 一、各地自查 各市（州）要按照…')
RUN_HEAD = re.compile(r"(?<=[。！？；：:])(?P<before>[ \t\u3000]+)(?P<head>(?P<num>[一二三四五六七八九十]{1,3})、"
                      r"[\u4e00-\u9fff（）()]{2,14})(?P<after>[ \t\u3000]+)(?=[\u4e00-\u9fff“《（(])")
RUN_HEADS_MIN = 2   # heads counting from 一、: one '一、' after a sentence may be an item of it


def run_in_part_heads(page: Page) -> Page:
    """Break a Chinese text's part heads out of the paragraph they were run into: `一、各地自查`
    between a sentence's end mark and the part's first words, a space on either side (a page
    printed without its stylesheet, its lines hard-wrapped at the page's width). Only when
    RUN_HEADS_MIN or more such heads on the page count from 一 by one (`一、` … `二、` … `三、`), so
    a single enumerated item inside a sentence stays; a head glued to its text without a space, or
    longer than 16 characters, stays too. Where the copy hard-wrapped the paragraph, the part's first
    words join the wrapped line under the head, so the part's paragraph reads whole.

    Example: '…通知如下。 一、各地自查 各市要按照…' -> '…通知如下。' / '一、各地自查' / '各市要按照…'.
    """
    from ..structure.signals import cn_value   # the numerals' value, as the structure stage reads them
    found = [(i, m) for i, line in enumerate(page.lines) for m in RUN_HEAD.finditer(line.text)]
    values = [cn_value(m.group("num")) for _, m in found]
    if len(found) < RUN_HEADS_MIN or values != list(range(1, len(values) + 1)):
        return page
    last = {i: m for i, m in found}   # the last head on each line: its part's words run to the line's end
    for i, m in reversed(found):
        text = page.lines[i].text
        nxt = page.lines[i + 1].text.strip() if i + 1 < len(page.lines) else ""
        if last[i] is m and nxt and _han(nxt[0]) and not text.rstrip().endswith(("。", "！", "？", "；", "：")):
            # the line was hard-wrapped: the part's first words go on under it, so they join that line
            page = _move_tail(page, i, m.start("after"))
        else:
            page = page.cut(i, m.start("after"), m.end("after"))
            page = page.split(i, m.start("after"))
        page = page.cut(i, m.start("before"), m.end("before"))
        page = page.split(i, m.start("before"))
    return page


def _move_tail(page: Page, i: int, at: int) -> Page:
    """Move line i's text from `at` (its gap and the words after it) to the start of line i + 1:
    a line break the copy put inside the words, not text removed (no removal is recorded)."""
    if {page.lines[i].number, page.lines[i + 1].number} & set(page.verbatim):
        return page
    lines = list(page.lines)
    here, under = lines[i], lines[i + 1]
    lines[i] = Line(here.number, here.text[:at])
    lines[i + 1] = Line(under.number, here.text[at:].strip() + under.text.lstrip())
    return replace(page, lines=tuple(lines))


# -- (r26zh) a part head glued to its part's first sentence, no mark and no gap between ---------------
# a page that set its part heads in bold inside the paragraph loses the break when copied as text:
# '一、2023年工作回顾过去一年，我们坚持…' / '三、全面加强政府自身建设我们将坚持依法行政，…'. The head holds no
# mark; the part's first sentence opens with one of the words a report's sentences open a part with
# (the time it speaks of, `我们`, the audience): the LAST such word before the sentence's first mark
# ends the head, so '推动当前经济企稳回升当前，…' keeps its head whole.
# (r27docshare) a report's parts numbered '第一部分' too ('第一部分 2023年计划执行情况2023年，面对…')
GLUED_PART = re.compile(r"^(?P<indent>[ \t\u3000]*)(?:(?P<num>[一二三四五六七八九十]{1,3})、|第(?P<part>[一二三四五六七八九十]{1,3})部分[ \u3000]?)(?P<rest>[^，,。；;：:！？!?\s]{2,}(?:[，,][^。；;：:！？!?\s]*)?)")
PART_OPENER = re.compile(r"过去(?:的)?[一二两三四五]年|本届(?:省|市|县|区|镇|乡)?政府(?=任期|成立|履职|以来|自|[，,])|(?:19|20)\d\d年是|[一二两三四五十]年(?:来|以来)|今年|去年|明年|当前|目前|我们|近[一二两三四五]?年(?:来|以来)"
                         r"|今后[一二两三四五]年|今后一个时期|这一年|新的一年|(?:到|截至|截止)?(?:19|20)\d\d年(?:底|末)?(?=[，,])|各位代表|同志们"
                         # (r27docshare) the part's first item or point: '二、存在的问题一是产业结构单一，…',
                         # '一、总体要求（一）指导思想。…' (the head glued to its first numbered item)
                         r"|一是|[（(]一[)）]")
# (r27docshare) the standard names of a plan's, a notice's or a report's parts ('指导思想', '工作目标',
# '保障措施'): a head of one of them ends with it when no opening word tells where its sentence starts
# ('一、指导思想坚持以人民为中心…'); not when the name runs on ('工作目标和任务', '基本情况的说明') nor
# before a contents entry's leader ('一、总体要求…………1'): a sentence's words follow it
STANDARD_HEAD = re.compile(r"(?:指导思想|总体要求|基本原则|工作原则|工作目标|主要目标|目标任务|主要任务|重点任务|工作任务|主要内容"
                           r"|实施范围|适用范围|实施步骤|方法步骤|工作步骤|时间安排|进度安排|保障措施|工作措施|主要措施|工作要求"
                           r"|组织领导|职责分工|基本情况|主要做法|主要成效|工作成效|存在问题|存在的问题|存在的不足|下一步打算"
                           r"|下一步工作打算|工作打算|工作计划|工作思路|总体思路)(?![和与及、的之等])(?=[\u4e00-\u9fff“《（(])")
# (r27docshare) openers that begin the part's sentence by themselves; a time word opens a clause a comma
# soon closes ('当前，…', '今年以来，…'): after a head of several phrases only such a clause is read as the
# sentence's start ('一、坚持稳中求进，全面落实今年各项任务' holds '今年' inside its own words)
SELF_OPENER = re.compile(r"我们|各位代表|同志们|一是|[（(]一[)）]")
CLAUSE_SOON = re.compile(r"^[^，,。；;！？!?]{0,4}[，,]")
GLUED_HEAD_MIN, GLUED_HEAD_MAX = 2, 40   # characters of the head before its sentence (r27docshare: 20 -> 40, a head of several phrases)
GLUED_HEADS_MIN = 2   # part heads on the page counting from 一 (glued or on lines of their own)
SENTENCE_REST_MIN = 8   # characters of the sentence after the head: a head ending in '今年' alone is whole


def glued_part_heads(page: Page) -> Page:
    """Set a Chinese part head apart from the first sentence of its part glued to it with no mark
    and no gap: `一、2023年工作回顾过去一年，我们…` -> `一、2023年工作回顾` / `过去一年，我们…`. The
    sentence must open with a part's opening word (PART_OPENER: the time it speaks of, `我们`, the
    audience, the part's first point `一是` or item `（一）`); the head is GLUED_HEAD_MIN-GLUED_HEAD_MAX
    characters, one phrase or up to four with commas between (HEAD_PHRASES: `一、提高站位，压实责任，
    守住底线当前，…`; r27docshare). Only where the page's part heads (`一、` … `二、`, glued or standing
    alone) count from 一 by one, and GLUED_HEADS_MIN or more of them are glued so (the page's habit,
    not one line whose head happens to run on into an opening word): a single enumerated sentence stays.
    A speech's first head, run into the sentence that announces the parts, is set on its line first
    (`_announced_part_head`), so a flattened speech's later heads count from it (r27docshare).

    Example: '一、过去五年工作回顾五年来，…' -> '一、过去五年工作回顾' / '五年来，…';
    '一、坚持稳中求进，…' (a mark before any opening word) and '一、我们的目标…' stay.
    """
    page = _announced_part_head(page)
    for style in ("num", "part"):   # one numbering at a time: the parts, or the heads under them
        heads = [(i, m) for i, line in enumerate(page.lines) if (m := GLUED_PART.match(line.text)) and m.group(style)]
        page = _glued_in_style(page, heads, style)
    return page


def _glued_in_style(page: Page, heads: list, style: str) -> Page:
    """glued_part_heads for the heads numbered one way (`一、` or `第一部分`), the last line first."""
    from ..structure.signals import cn_value
    values = [cn_value(m.group(style)) for _, m in heads]
    if len(heads) < GLUED_HEADS_MIN or values[:2] != [1, 2]:
        return page
    cuts = []
    for i, m in heads:
        at = _head_end(m.group("rest"), GLUED_HEAD_MIN)
        if at is None or len(page.lines[i].text) - (m.start("rest") + at) < SENTENCE_REST_MIN:
            continue
        cuts.append((i, m.start("rest") + at))
    if len(cuts) < GLUED_HEADS_MIN:
        return page   # one glued line is no habit of the page: a heading's own words
    for i, at in reversed(cuts):
        page = page.split(i, at)
    return page


def _head_end(rest: str, least: int) -> int | None:
    """Where a part head glued to its first sentence ends in `rest` (the line after `一、`), or None:
    at the last opening word (PART_OPENER) before the sentence's first full mark that leaves a head
    of one phrase or a few (HEAD_PHRASES, at least `least` characters, GLUED_HEAD_MAX at most), in
    the clause of the first such word. After a head of several phrases the sentence must open with a
    word that opens one by itself (`我们`, `一是`) or a clause a comma soon closes (`当前，`)."""
    stop = re.search(r"[。；;！？!?：:]", rest)
    scope = rest[:stop.start() if stop else len(rest)]
    found = [o for o in PART_OPENER.finditer(scope)
             if least <= o.start() <= GLUED_HEAD_MAX and HEAD_PHRASES.match(scope[:o.start()])
             and (not re.search(r"[，,]", scope[:o.start()]) or SELF_OPENER.fullmatch(o.group(0))
                  or CLAUSE_SOON.match(scope[o.end():]))]
    if not found:
        named = STANDARD_HEAD.match(scope)   # a sentence after it, not a contents entry's leader and page
        return named.end() if named and len(rest) - named.end() >= SENTENCE_REST_MIN \
            and re.search(r"[，,。；;]", rest[named.end():]) else None
    clause = re.search(r"[，,]", scope[found[0].end():])
    limit = found[0].end() + clause.start() if clause else len(scope)
    return [o for o in found if o.start() < limit][-1].start()


# a speech announcing its parts before the first ('最后强调三句话。', '下面，我讲四点意见：')
ANNOUNCES_PARTS = re.compile(r"(?:讲|谈|强调|提|说)(?:以下)?[一二三四五六七八九十两几]+(?:点|句话|个方面|方面|条)的?(?:意见|要求|看法|建议)?[。：:]$")
FIRST_HEAD = re.compile(r"(?<=[。：:])一、")
# the first part's head: one phrase, or two parallel ones with a comma ('认清形势,统一思想')
# (r27docshare) up to four phrases, the first up to 24 characters ('2024年经济社会发展的总体要求和主要目标'),
# the others up to 16 ('认清形势,深化认识,务必做到警钟长鸣、常抓不懈')
HEAD_PHRASES = re.compile(r"^[^，,。；;：:！？!?\s]{2,24}(?:[，,][^，,。；;：:！？!?\s]{2,16}){0,3}$")


def _announced_part_head(page: Page) -> Page:
    """(r26zh) A speech's first part head run into the paragraph that announces the parts, and glued
    to its own first sentence: '…最后强调三句话。一、认清形势,统一思想今年X月X日，…' -> '…最后强调三句话。' /
    '一、认清形势,统一思想' / '今年X月X日，…'. The sentence before `一、` announces a count of points
    (ANNOUNCES_PARTS), which is the evidence a single head has (a preview that stops inside the first
    part shows no second); the head is one phrase or a few with commas between (r27docshare: up to
    four, `一、认清形势,深化认识,务必做到警钟长鸣、常抓不懈今年以来,…`), ending where a part's opening
    word (PART_OPENER) starts the sentence (`_head_end`). `一、` inside any other sentence stays."""
    from .rules_widgets import SUMMARY_TOP, is_summary_copy
    top = [i for i, line in enumerate(page.lines) if line.text.strip()][:SUMMARY_TOP]
    for i in range(len(page.lines) - 1, -1, -1):
        text = page.lines[i].text
        if i in top and FIRST_HEAD.search(text) and is_summary_copy(page, i):
            continue   # (r28zhpdf) a preview's summary over the text: `summary-copy` drops it whole
        for m in _first_heads(page, i):
            if m.start():
                sentence = re.split(r"[。！？]", text[:m.start() - 1])[-1] + text[m.start() - 1]
                if not (ANNOUNCES_PARTS.search(sentence) or OPENING_FORMULA.search(sentence)):
                    continue
            end = _head_end(text[m.end():], 4)
            if end is None and m.start():
                end = _parallel_head_end(text[m.end():], "".join(line.text for line in page.lines))
            if end is None:
                continue
            at = m.end() + end
            if len(text) - at < SENTENCE_REST_MIN:
                continue
            page = page.split(i, at)
            if m.start():
                page = page.split(i, m.start())
                i += 1
            page = _glued_items(page, i + 1)
            page = _later_heads(page, i + 1)
            break
    return page


# (r41) a speech's first head of two parallel phrases glued to its first sentence, no opening word between:
# '一、提高思想认识,凝聚向心力项目是一个地方发展的核心。'
PARALLEL_FIRST = re.compile(r"^(?P<first>[\u4e00-\u9fff]{3,10})[，,](?P<rest>[\u4e00-\u9fff][^，,。；;：:！？!?\s]*)")
PARALLEL_SLACK = 1   # characters the second phrase may differ from the first by
SUBJECT_SEEN = 3     # times the sentence's opening word stands in the page: a word of the text, not a cut inside one
NO_SENTENCE_START = set("是的了着过在和与及也就都而又被把所之其")   # a copula, a particle or a conjunction opens no sentence


def _parallel_head_end(rest: str, page_text: str) -> int | None:
    """(r41, issue 11) Where a speech's announced first head of two parallel phrases ends when no
    opening word follows it (`_head_end` found none): `提高思想认识,凝聚向心力` + `项目是一个地方发展的核心。`.
    The head is two phrases of Han characters with a comma between, the first 3-10 characters, the
    second as long as the first within PARALLEL_SLACK; the sentence after it must open with a word of
    two characters the page uses SUBJECT_SEEN times or more (the text's own subject: `项目` in a
    speech on projects), not a copula, particle or conjunction (`是一…`), and not cut inside such a word
    (the pair across the cut is no word the page repeats: `感招` before `招商引资`, not `招商`), and only one cut may do so. Otherwise None: the head stays glued."""
    match = PARALLEL_FIRST.match(rest)
    if not match:
        return None
    first, second = match["first"], match["rest"]
    cuts = [k for k in range(len(first) - PARALLEL_SLACK, len(first) + PARALLEL_SLACK + 1)
            if 3 <= k <= len(second) - SENTENCE_REST_MIN and second[k] not in NO_SENTENCE_START
            and page_text.count(second[k:k + 2]) >= SUBJECT_SEEN and page_text.count(second[k - 1:k + 1]) < SUBJECT_SEEN]
    return match.start("rest") + cuts[0] if len(cuts) == 1 else None


GLUED_ITEM = re.compile(r"(?<=[。！？])[”’」』]?(?P<mark>[（(](?P<num>[一二三四五六七八九十]{1,3})[)）])")


def _glued_items(page: Page, i: int) -> Page:
    """(r28zhpdf) The first part's items glued after a sentence's end in the part's text, set on
    lines of their own: `（一）` … `（二）` counting from 一 by one ('…发生了历史性变化。（一）五年来，经济实力
    实现跨越性提升。…'). The part's head was glued to the same run of text, so the text is a flattened
    one; an item's number right after a full stop opens its line (a run-in lead). `（二）` without a
    `（一）` before it, or a number out of sequence, stays."""
    from ..structure.signals import cn_value
    text = page.lines[i].text if i < len(page.lines) else ""
    want, cuts = 1, []
    for m in GLUED_ITEM.finditer(text):
        if cn_value(m.group("num")) != want:
            break
        cuts.append(m.start("mark"))
        want += 1
    for at in reversed(cuts):
        page = page.split(i, at)
    return page


# (r28zhpdf) a work report's opening sentence, the last before its first part: '现在，我代表市人民政府向大会
# 报告工作，请予审议，并请市政协委员和其他列席人员提出意见。' (the report announces its parts so: the next
# `一、` is the first part's head); half-width marks as a text layer writes them
OPENING_FORMULA = re.compile(r"(?:请予|提请|请)[^。！？!?]{0,12}审议[^。！？!?]{0,60}[。.]$|请[^。！？!?]{0,40}提出(?:意见|建议)[。.]$")


def _first_heads(page: Page, i: int) -> list[re.Match]:
    """The first part heads line i may hold: `一、` after a sentence's end inside the line, or
    (r28zhpdf) `一、` opening the line when the line before ends with a report's opening sentence
    (a joined text split back at the marker: the head is still glued to its first sentence)."""
    text = page.lines[i].text
    found = list(FIRST_HEAD.finditer(text))
    if text.startswith("一、") and i:
        before = next((line.text.strip() for line in reversed(page.lines[:i]) if line.text.strip()), "")
        if OPENING_FORMULA.search(re.split(r"[。！？]", before[:-1])[-1] + before[-1:]):
            found.insert(0, re.match("一、", text))
    return found


def _later_heads(page: Page, i: int) -> Page:
    """(r27docshare) The announced speech's later heads run into the same passage after the first:
    `二、` after a sentence's end, then `三、` …, counting by one, each ending where a part's opening
    word (or a part's standard name) tells (`_head_end`): set apart as the first was. The count
    stops at the first that does not read so."""
    from ..structure.signals import cn_value
    want = 2
    while i < len(page.lines):
        text = page.lines[i].text
        m = next((m for m in LATER_HEAD.finditer(text) if cn_value(m.group("num")) == want), None)
        end = _head_end(text[m.end():], 2) if m else None
        if end is None or len(text) - (m.end() + end) < SENTENCE_REST_MIN:
            return page
        page = page.split(i, m.end() + end)
        page = page.split(i, m.start())
        i, want = i + 2, want + 1
    return page


LATER_HEAD = re.compile(r"(?<=[。！？])(?P<num>[二三四五六七八九十])、")


# (r41) a law page that ran its articles together: a chapter's (or section's) label and name glued to the
# first article under it, at the line's start or right after the last sentence of the chapter before
NUMERAL = "一二三四五六七八九十百零〇两"
GLUED_CHAPTER = re.compile(r"(?:^[ \t\u3000]*|(?<=[。！？；：:”」]))(?P<head>第[" + NUMERAL + r"]{1,4}(?:章|节|節)[ \u3000]?"
                           r"[^\s。，、；：！？,;:!?第()（）《》“”]{1,12}(?:[ \u3000]{1,2}[^\s。，、；：！？,;:!?第()（）《》“”]{1,12})?)"
                           r"(?=[ \t\u3000]*第[" + NUMERAL + r"]{1,5}条)")   # (r44) or a gap before the article
GLUED_ARTICLE = re.compile(r"第[" + NUMERAL + r"]{1,5}条")
GLUED_ARTICLES_MIN = 3     # article labels on the page: a law's text, not a sentence citing one
NAME_ENDS_CLAUSE = ("的", "中", "和", "及", "或", "与", "规定", "所称")   # '第二章规定的第五条…' cites, it heads nothing


def glued_chapter_heads(page: Page) -> Page:
    """(r41, issue 11) A law page that ran a regulation's articles together, each chapter's label and
    name glued to the first article under it: `第一章总 则第一条为了…` at a line's start, `…的氛围。
    第二章规范与倡导第七条在全社会…` after the last sentence of the chapter before. The chapter head is set
    on a line of its own (the text before it and the article after it on theirs), so the structure
    reads it as the chapter's heading and the article as a run-in article. Only on a page with
    GLUED_ARTICLES_MIN article labels or more; a label inside a sentence (`依照本条例第二章第十条`), a
    name ending like a clause (`第二章规定的第五条`) or a chapter label with its article apart stay.

    Example: "…的氛围。第二章规范与倡导第七条在全社会倡导…" -> "…的氛围。" / "第二章规范与倡导" / "第七条在全社会倡导…"."""
    if sum(len(GLUED_ARTICLE.findall(line.text)) for line in page.lines) < GLUED_ARTICLES_MIN:
        return page
    for i in range(len(page.lines) - 1, -1, -1):
        text = page.lines[i].text
        for m in reversed(list(GLUED_CHAPTER.finditer(text))):
            if "".join(m["head"].split()).endswith(NAME_ENDS_CLAUSE):
                continue
            page = page.split(i, m.end("head"))
            if text[:m.start("head")].strip():
                page = page.split(i, m.start("head"))
    return page
