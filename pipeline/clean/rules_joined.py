"""`joined-lines`: a text whose lines were joined onto one line, split back where lines were.

A document-sharing site's preview, a copy out of a single-line text field, a CSV cell or a JSON
string holds a whole document on ONE line (or two or three): its lines joined by a space. Left
so, the structure stage sees one paragraph — no title, no heading, every chrome rule blind. The
form is a property of the whole text (very few lines, very long ones), so it is undone in the
clean stage's first pass (`FORM_RULES`), before any rule reads a line.

Where the line breaks were is read from what the text itself still shows, never guessed inside a
sentence:

- a Chinese text's pieces: a Chinese sentence holds no spaces, so a gap between two Chinese
  pieces is a lost line break (menus `|`, breadcrumbs `>`, bracketed widgets, English phrases,
  a number and its unit, and a part's label and its title `第一章 总则` stay joined: the rules of
  `rules_flattened._gap_breaks`); a Markdown heading's `#` marks stay with the heading they open;
- a run of two or more spaces or full-width spaces (a paragraph's indent, a field's padding);
- a numbering marker standing after a sentence's end: `一、` `（一）` `第一章` `第一条` `Article 1`
  `Section 2.` `1.2 Title` `CHAPTER I` `PART II` or a Markdown `##`. A number after a word that
  ends no sentence (`in 1.2 seconds`, `增长6.5%`, `under Section 3 of`) is the text's own.

An English numbered heading is set on its own line apart from the paragraph that followed it
(`2. Grant of Rights The Licensor grants…`): the heading's words are capitalised (title case or
capitals), the paragraph's first sentence opens with a capitalised word followed by a lower-case
one; the break goes between them, before a determiner that opens the sentence (`The`, `A`, `Each`).
A Chinese part's heading run into its paragraph with no gap (`一、过去一年工作回顾。XX年是…`) gets its own
line; a `（一）…。` run-in lead does not. Every break is recorded as the space it replaced (a heading
set apart with no gap is a split without a cut), under the rule's name.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace

from .page import Line, Page, renumbered
from ..model import Removal
from .rules_flattened import ANNOUNCES_PARTS, _gap_breaks, paged_contents
from .rules_header import CATALOGUE_NAME, CATALOGUE_WORDS, GLUED_MIN, TRAD_FOLD
from .vocab import META_LABEL
from .rules_docshare import _chrome as docshare_line
from .zones import is_prose

MIN_CHARS = 300          # a line that may hold a whole text
SHORT_CHARS = 120        # (r26flat) a short notice's line, when no line reaches MIN_CHARS
MAX_LINES = 3            # a joined text has at most this many lines with words
SPLIT_MIN = 3            # breaks found before the text is taken for a joined one
WINDOW = 400             # characters either side of a gap the tests read: a token, a marker, a sentence's end

_HAN = re.compile(r"[\u4e00-\u9fff]")
_GAP = re.compile(r"[ \t\u00a0\u3000]+")
_WIDE_GAP = re.compile(r"(?: {2,}|\u3000+|\t+)")
# a sentence's end, with closing quotes or brackets after it
_END = re.compile(r"[.!?:;。！？；：][\"”’'）)\]」』]*$")
_ZH_NUM = "一二三四五六七八九十百零〇两"
_ROMAN = r"[IVXLC]{1,7}"
# a numbering marker opening a heading or an article (checked at the start of the rest of the line)
MARKER = re.compile(
    rf"(?:#{{1,6}}\s"
    rf"|[{_ZH_NUM}]{{1,3}}[、.．]"
    rf"|[（(][{_ZH_NUM}]{{1,3}}[)）]"
    rf"|第[{_ZH_NUM}\d]{{1,6}}(?:章|节|節|条|條|编|編|部分)"
    rf"|(?:Article|ARTICLE|Section|SECTION|Chapter|CHAPTER|Part|PART|Schedule|SCHEDULE|Clause|CLAUSE)\.?\s+(?:\d{{1,4}}[A-Z]?|{_ROMAN})\b[.:]?"
    rf"|\d{{1,2}}(?:\.\d{{1,2}}){{0,3}}[.)]?\s+(?=[A-Z\u4e00-\u9fff\"\u201c])"
    rf"|{_ROMAN}\.\s+(?=[A-Z]))"
)
ARTICLE_LABEL = re.compile(rf"(?:^|[\s。！？；：])第[{_ZH_NUM}\d]{{1,6}}[条條]$")
# between Latin sentences two spaces are a typewriter's habit (a licence, an RFC), not a lost break
WIDE_LATIN = re.compile(r" {3,}|[\t\u3000]+")
NUMBER_TOKEN = re.compile(r"\(?(?:\d{1,3}(?:\.\d{1,3}){0,3}|[IVXLC]{1,7}|[A-Za-z])[.):]?")
MARKER_WORD = re.compile(r"(?:Article|ARTICLE|Section|SECTION|Chapter|CHAPTER|Part|PART|Schedule|SCHEDULE|Clause|CLAUSE)\.?")
# a part's heading run into its first paragraph with no gap: '一、过去一年工作回顾。XX年是…' (a top-level
# number, a short first sentence without a comma); '（一）…。' is a run-in lead and stays
# (r27docshare) no item's number inside the head: '二、重点任务（一）推进厕所革命。各乡镇…' is a head and its
# first item's run-in lead, glued (rules_flattened.glued_part_heads parts them)
ZH_PART_HEAD = re.compile(rf"[{_ZH_NUM}]{{1,3}}、[^，,。；：:\s（(]{{2,16}}。(?=\S)")
UNDERLINE = re.compile(r"={3,}|-{3,}|\*{3,}")   # a setext underline, a rule, a Gutenberg banner's stars
CAPS_MARKER = re.compile(r"(?:CHAPTER|ARTICLE|SECTION|PART|SCHEDULE)\s")
SMALL = {"of", "and", "the", "to", "for", "in", "on", "a", "an", "or", "by", "with", "at", "from", "its", "as", "de", "-", "–", "—", "&"}
OPENERS = {"The", "A", "An", "This", "These", "That", "Those", "Each", "Every", "Any", "All", "No", "Such",
           "If", "In", "It", "We", "You", "Your", "Our", "Its", "Where", "When", "Subject", "Unless", "For"}
ADDRESS = {"Mr", "Mrs", "Ms", "Dr", "Sir", "Madam", "Madame", "Hon", "Honourable", "Honorable"}
# (r29oneline) a division's label: its name follows ('CHAPTER II. The Pool of Tears'), where a provision's
# label or number opens its text ('Article 4 The Exchange shall…', '3. Every Act shall…')
DIVISION_LABEL = re.compile(r"(?:Chapter|CHAPTER|Part|PART|Book|BOOK|Title|TITLE|Schedule|SCHEDULE|Division|DIVISION|[IVXLC]{1,7}\.)\s")
TITLE_WORDS = 14         # a heading's words after its number, at most

# -- (flat2 round) a Chinese text's own marks, read through what a converter or a page did to them
STRAY_BRACKET = 80       # characters: a '【' or '[' not closed within them is a widget's stray half
STRAY_PAREN = 300        # characters: a parenthesis holding a dateline over three or four lines
HALF_CLOSERS = ":;!?)"   # half-width marks a converter writes for '：；！？）' after a Chinese word
# a numbering marker alone: '一、' '（一）' '(1)' '1.', a note's '〔2〕' (its title or its text follows the gap,
# on the same line)
MARK_ONLY = re.compile(rf"(?:[{_ZH_NUM}]{{1,3}}[、.．]|[（(][{_ZH_NUM}\d]{{1,3}}[)）]|\d{{1,2}}[.．、]|[〔\[【]\d{{1,3}}[〕\]】])")
BULLETS = ("•", "·", "▪", "◦", "●", "○", "■", "□", "◆", "◇", "*", "-")   # a list item's mark alone: its item follows the gap
ITEM_BULLETS = ("•", "●", "▪", "■", "◆")   # bullets that open a list's item (not '·', a menu's separator)
# a print's header: the clock time a browser prints before the page's title ('11/29/26, 10:05 PM')
CLOCK_END = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?\s?(?:AM|PM|am|pm)$")
# (r22flat) a print's page counter ('1/2', '3/19') at a page's foot, and the stamp a browser prints at
# the next page's head (the date and clock time: '11/30/26, 1:01 AM'): two lines of the print's frame
PRINT_COUNTER = re.compile(r"\d{1,3}/\d{1,3}")
STAMP = r"\d{1,2}/\d{1,2}/\d{2,4},?\s\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp][Mm])?"   # the stamp itself
PRINT_STAMP = re.compile(STAMP + r"(?!\S)")
MERIDIEM = re.compile(r"[AaPp][Mm]\b")   # the clock time's AM/PM after its gap
PRINT_STAMP_END = re.compile(r"(?:^|\s)" + STAMP + "$")
# an office a speaker line names before the person ('自治区人民政府主席 张某'), and the name
ROLE_END = ("长", "主席", "主任", "总理", "书记", "委员", "部长", "厅长", "市长", "長", "總理", "書記", "委員",
            "记者", "記者", "通讯员", "通訊員", "发言人", "發言人")
OFFICE_MAX = 20          # characters of an office's token
NAME = re.compile(r"[\u4e00-\u9fff·]{2,4}|[XxＸ×＊*]{2,3}")
CREDIT = re.compile(r"[\u4e00-\u9fff·]{2,4}[/／]?[摄攝]")
FIELD_ROW = 40           # characters of a catalogue field's value before the next field name
FIELD_VALUE = 16         # characters: a field's value after its label ('时间: 张三'), not a paragraph
# a dateline led by a dash: '——2017年2月21日在…会议上' (a dash stays beside a menu's word, not before a year)
DASH_DATELINE = re.compile(r"[—－―─-]{1,3}[ \u3000]?(?:\d{4}|20[xX×]{2}|[〇零○一二三四五六七八九]{4})\s?年")
DASH_ITEM = re.compile(r"(?:——|──|－－)[\u4e00-\u9fff“《]")   # a dash-led item or heading: '——经济持续健康增长'
URL = re.compile(r"(?:https?://|www\.)\S+|[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.(?:com|cn|net|org|gov|edu)(?:\.cn)?(?:/\S*)?")


def _joined(page: Page) -> list[int]:
    """The positions of the lines that hold a joined text, or [] when the text is not one."""
    filled = [i for i, line in enumerate(page.lines) if line.text.strip()]
    if not filled:
        return []
    rows = [i for i in filled if len(page.lines[i].text) >= MIN_CHARS]
    if len(filled) > MAX_LINES:
        return _preview_row(page, filled, rows)
    # (r26flat) a short text joined whole: a notice, a statute's few articles, a bulletin of a few
    # parts flattened onto one line of 120 to 300 characters (its breaks are still read from the
    # marks, SPLIT_MIN of them); where a long line holds the text its short tail stays as it was
    return rows or [i for i in filled if len(page.lines[i].text) >= SHORT_CHARS]


# (r27docshare) a document-sharing page's preview: the file's whole text on ONE line under the site's
# short lines (the file name, a prompt, a notice, a label) and over its related list
PREVIEW_LINES = 16       # lines with words of such a page, at most
PREVIEW_SHARE = 0.5      # share of the page's characters the one long line holds, at least


def _preview_row(page: Page, filled: list[int], rows: list[int]) -> list[int]:
    """(r27docshare) The one line of a page that holds a text joined whole among a few lines of the
    page around it: at most PREVIEW_LINES lines with words, the longest of SHORT_CHARS or more holding
    PREVIEW_SHARE of the characters, no other of MIN_CHARS. A document-sharing site previews an uploaded file so
    (the headline, `想预览更多内容，点击预览全文`, its notice, `文档介绍`, then the file's text on one
    line): the count of lines alone would leave it joined. A text of many lines, or of several long
    ones (paragraphs a line each), is no such page; a Chinese preview only (an English document
    site's transcript sets a page a line, its contents page one of them)."""
    if len(filled) > PREVIEW_LINES or len(rows) > 1:
        return []
    size = {i: len(page.lines[i].text.strip()) for i in filled}
    longest = max(filled, key=size.get)
    if any(is_prose(page.lines[i].text) and not docshare_line(page.lines[i].text) for i in filled if i != longest):
        return []   # paragraphs of their own beside it (not the site's notice): a text with its lines, one of them long
    if not _is_han(page.lines[longest].text):
        return []   # an English transcript's page-long lines (a contents page a line) are another form
    return [longest] if size[longest] >= SHORT_CHARS and size[longest] >= PREVIEW_SHARE * sum(size.values()) else []


def _marker_break(text: str, start: int, end: int) -> bool:
    """The gap text[start:end] stands after a sentence's end (or a heading's `#` line) and before
    a numbering marker."""
    before = text[max(0, start - WINDOW):start].rstrip()
    rest = text[end:end + WINDOW]
    if not MARKER.match(rest):
        return False
    if rest.startswith("#") or CAPS_MARKER.match(rest) and not before.rsplit(" ", 1)[-1].islower():
        return True   # a heading's '#' marks, 'CHAPTER I' in capitals after anything but a word of a sentence
    return bool(_END.search(before))


def _token_after(text: str, end: int) -> str:
    return _GAP.split(text[end:end + WINDOW], 1)[0]


def _token_before(text: str, start: int) -> str:
    return _GAP.split(text[max(0, start - WINDOW):start])[-1]


def _local_depth(text: str) -> list[int]:
    """(flat2 round) How many brackets are open before each position of `text`, counting only a
    pair closed near its opening: '【' '[' within STRAY_BRACKET characters, '（' '(' within
    STRAY_PAREN. A widget whose closing half was an image or a link ('字号：【 视力保护色：')
    leaves a '【' that never closes: counted, it would hold every later gap of a flattened page
    inside a bracket and no line would be split back after it. A parenthesis holds its gaps too:
    a dateline '(1996年9月26日…通过 1996年10月1日起施行)' set over lines is one passage, not a line
    and a heading. Each closing mark pairs with the last opening one of its kind (one pass)."""
    diff = [0] * (len(text) + 2)
    stacks = {"】": [], "]": [], "）": [], ")": []}
    opens = {"【": "】", "[": "]", "（": "）", "(": ")"}
    for i, ch in enumerate(text):
        if ch in opens:
            stacks[opens[ch]].append(i)
        elif ch in stacks and stacks[ch]:
            o = stacks[ch].pop()
            if i - o <= (STRAY_BRACKET if ch in "】]" else STRAY_PAREN):
                diff[o + 1] += 1
                diff[i + 1] -= 1
    out, depth = [], 0
    for i in range(len(text) + 1):
        depth += diff[i]
        out.append(depth)
    return out


def _zh_gap(text: str, start: int, end: int, depth: list[int], tb: str, ta: str) -> bool | None:
    """(flat2 round) A gap of a Chinese text decided by a mark the piece-rule misreads; None: not decided here.

    - a numbering marker alone before the gap ('一、 综合', '（二） 工作要求'), or a list item's bullet
      ('• 索引号：'): its title or its item follows, no break; such a bullet after a gap opens a new line;
    - a half-width ':;!?)' after a Chinese word ('發布時間:', '(摘要) 2022-03-09'): a converter's
      mark for '：；！？）', the piece ends there as after the full-width one;
    - a date with its month or day left blank ('20xx年 月 日在XX县…'): a template's dateline, one line;
    - an office and a name ('自治区人民政府主席 张某', '市长 殷 勇', '记者 ×× 摄'): a speaker line or a
      photo's credit is one line, its gap the typist's;
    - a catalogue box's field name and its value, a value and the next field name ('索引号
      000014/2020-00052 主题分类 综合政务'): the box's row, one line as the box printed it;
    - a page's field label alone before a short value ('时间: 张三', '来源: 新华网'): one field, one line;
    - a dash-led dateline after the title ('某某工作报告 ——2017年2月21日在…'): the dateline's own line;
    - a dash-led item or subtitle after a sentence, a heading or a title ('…总体良好。 ——财政运行总体平稳',
      '二、基本原则 ——权责一致。', '…工作报告 ——在政协…会议上'): its own line (a Chinese sentence holds no gap);
    - a print's clock time before Chinese ('11/29/26, 10:05 PM 关于…'): the header's end, the title's start;
    - a web address or a site's domain between Chinese pieces ('…数据准确； http://… 1/2', '政府工作報告
      CCTV.com 2008年03月19日'): a print's footer or a site's byline, a line of its own."""
    if PRINT_COUNTER.fullmatch(tb) and PRINT_STAMP.match(text, end):
        return True   # '…/nx.html 1/2 11/30/26, 1:01 AM 某某办法': a page's counter, the next page's header
    if MARK_ONLY.fullmatch(tb) or tb in BULLETS:
        return False
    if ta in ITEM_BULLETS:
        return True   # '…2024-001005 • 主题分类：': a list item's bullet opens the next item's line
    if text[start - 1] in "年月" and text[end] == ("月" if text[start - 1] == "年" else "日"):
        return False   # '20xx年 月 日在…': a date whose day and month a template left blank
    if _speaker_pair(tb, ta, text, end):
        return False
    if _catalogue_pair(text, start, tb, ta):
        return False
    if META_LABEL.fullmatch(tb):
        value = ta
        if len(value) <= FIELD_VALUE and not _END.search(value) and not META_LABEL.match(value) \
                and not re.match(r"\S{1,6}[:：]", value):   # an empty field before the next label: two fields
            return False
    after = text[end]
    if _HAN.match(after) and CLOCK_END.search(text[max(0, start - 12):start]):
        return True
    if DASH_DATELINE.match(text, end) and (_HAN.match(text[start - 1]) or text[start - 1] in "）)》」】"):
        return True
    if DASH_ITEM.match(text, end) and (text[start - 1] in "。！？；：）》”" or _HAN.match(text[start - 1])):
        return True   # '…总体良好。 ——财政运行总体平稳', '二、基本原则 ——权责一致。': a dash-led item or subtitle
    if URL.fullmatch(tb) and (_HAN.match(after) or after.isdigit()):
        return True
    if URL.fullmatch(ta) and (_HAN.match(text[start - 1]) or text[start - 1] in "。；！？：，"):
        return True
    before = text[start - 1]
    if before in HALF_CLOSERS and start >= 2 and _HAN.match(text[start - 2]):
        return _gap_breaks(text, start, end, depth, before="：")
    return None


def _catalogue_pair(text: str, start: int, before: str, after: str) -> bool:
    """(flat2 round) The gap inside a catalogue box's row whose labels lost their colons: the token
    before is a field name (Traditional forms folded), or the token after opens with one of three
    characters or more after a value that ends no sentence (and carries no colon: a label with its
    colon opens a field line of its own, as the box's rules read it) inside a row already begun:
    the value follows a field name, or opens with one ('發文機構某某辦公廳'). A headline before
    the box ('某某条例 索引号 …') follows no field name: its line ends there."""
    if before.translate(TRAD_FOLD) in CATALOGUE_WORDS:
        return True
    if before[-1:] in ":：" and before[:-1].translate(TRAD_FOLD) in CATALOGUE_WORDS:
        # '發布機構： 東莞市人民政府': the field's name with its colon, and a short value without one
        return len(after) <= FIELD_ROW and ":" not in after and "：" not in after and not _END.search(after)
    if ":" in after or "：" in after:
        return False   # '主题分类：': a label with its colon opens a field line of its own (meta_box reads it)
    name = CATALOGUE_NAME.match(after.translate(TRAD_FOLD))
    if not name or len(name.group(0)) < GLUED_MIN or len(before) > FIELD_ROW or _END.search(before):
        return False
    back = _GAP.split(text[max(0, start - WINDOW):start])
    return len(back) > 1 and back[-2].translate(TRAD_FOLD) in CATALOGUE_WORDS \
        or bool(CATALOGUE_NAME.match(before.translate(TRAD_FOLD)))


def _speaker_pair(before: str, after: str, text: str, end: int) -> bool:
    """(flat2 round) The gap between an office and a person's name: the token before ends with an
    office ('主席', '市长', '檢察長', '记者'), the one after is a name of two to four characters (or
    a placeholder '××', or a name spaced out '殷 勇'; r22flat: or a name with a transcript's colon,
    '主任 张某某：'; a spokesman, '发言人'), and a gap follows it; or the token after is a photo
    credit's '摄' after a name, or a name that '摄' follows ('中国网 张某 摄': r22flat)."""
    if len(before) == 1:   # '县 长 欧阳锋': the office spaced out one character a piece
        back = _GAP.split(text[max(0, end - WINDOW):end].rstrip())
        run = []
        for token in reversed(back):
            if len(token) != 1:
                break
            run.insert(0, token)
        before = "".join(run) or before
    if after in ("摄", "攝") and NAME.fullmatch(before):
        return True
    if before.endswith(("记者", "記者")) and CREDIT.fullmatch(after):
        return True   # '新华社记者 谢环驰/摄': the photo's credit
    nxt = end + len(after)
    gap = _GAP.match(text, nxt) if nxt < len(text) else None
    if gap and NAME.fullmatch(after) and _token_after(text, gap.end()) in ("摄", "攝"):
        return True   # (r22flat) '中国网 张某 摄': the credit's source, the photographer and '摄', one line
    if not (2 <= len(before) <= OFFICE_MAX and before.endswith(ROLE_END)) or _END.search(before):
        return False
    if nxt < len(text) and not gap:
        return False
    if len(after) == 1 and _HAN.match(after):   # '殷 勇': a two-character name spaced out
        rest = _token_after(text, nxt + len(_GAP.match(text, nxt).group(0))) if nxt < len(text) else ""
        return len(rest) == 1 and bool(_HAN.match(rest))
    return bool(NAME.fullmatch(after) or after[-1:] in ":：" and NAME.fullmatch(after[:-1]))   # (r22flat) '主任 张某某：' a speaker's label


def _breaks(text: str, held: list[int] | None = None) -> list[tuple[int, int]]:
    """The gaps of a joined line where a line break was: (start, end) of the whitespace. `held`
    collects the breaks left to a later rule (a speech's announced first head, `_glued_markers`)."""
    out = []
    han = _is_han(text)
    depth = _local_depth(text) if han else []
    found = list(_GAP.finditer(text))
    tokens = [] if han else _tokens(text, found)
    caps = set() if han else _caps_heads(tokens) | _titled_heads(tokens) | _marginal_notes(tokens)
    framed = set() if han else _print_titles(text) | _page_furniture(text)
    for k, m in enumerate(found):
        start, end = m.start(), m.end()
        if start == 0 or end == len(text):
            continue
        if k in caps or start in framed:
            out.append((start, end))
            continue
        # the tokens either side, read between this gap and its neighbours (as _token_before and
        # _token_after read them, without splitting a window per gap)
        tb = text[max(found[k - 1].end() if k else 0, start - WINDOW):start]
        ta = text[end:min(found[k + 1].start() if k + 1 < len(found) else len(text), end + WINDOW)]
        before = text[max(0, start - WINDOW):start]   # (the whole prefix, per gap, was quadratic on a long line)
        if re.search(r"(?:^|\s)#{1,6}$", before):
            continue   # '## 第一章': the mark stays with its heading
        if ARTICLE_LABEL.search(before):
            continue   # '第一条 为了…': an article's number and its first sentence are one line
        if UNDERLINE.fullmatch(ta) or UNDERLINE.fullmatch(tb):
            out.append((start, end))
            continue   # a Markdown heading's underline '=====' / '-----' is a line of its own
        if PRINT_COUNTER.fullmatch(ta) and URL.fullmatch(tb) \
                or URL.fullmatch(ta) and PRINT_COUNTER.fullmatch(_token_after(text, end + len(ta) + 1)) \
                or PRINT_COUNTER.fullmatch(tb) and PRINT_STAMP.match(text, end) \
                or not han and ":" in text[max(0, start - 9):start] and PRINT_STAMP_END.search(text[max(0, start - 30):start]) \
                and text[end].isupper() and not MERIDIEM.match(text, end):
            out.append((start, end))
            continue   # (r22flat) a print's frame: '…' | 'http://…' | '1/2' | '11/30/26, 1:01 AM' | 'Fraud Act 2006'
        if MARKER_WORD.fullmatch(tb):
            continue   # 'Article. I.': a marker word and its number
        if han and len(_spaced(tb)) == 1 and len(ta.rstrip("：:")) == 1:
            continue   # '注　　释', '标　　题：', '主 题 词：', '一、综 合': a short word spaced out, one character a piece
        if han and SPACED_TITLE_END.search(before) and SPACED_TAIL.match(text, end):
            out.append((end + 1, end + 1))
            continue   # (r28zhpdf) '报 告 全 文2015 年…': a letter-spaced title's last character glued to the dateline
        if han and "\u3000" in m.group(0) and not _END.search(before):
            continue   # a full-width space inside a line ('第一章　总则'); after a sentence it is a paragraph's indent
        if not han and WIDE_LATIN.fullmatch(m.group(0)) and _END.search(before) \
                and not NUMBER_TOKEN.fullmatch(tb):   # '1.   Introduction
            out.append((start, end))
        elif han and (zh := _zh_gap(text, start, end, depth, tb, ta)) is not None:
            if zh:
                out.append((start, end))
        elif han and _gap_breaks(text, start, end, depth):
            out.append((start, end))
        elif _marker_break(text, start, end):
            out.append((start, end))
    if not han:
        out = _sequenced(text, found, out)
        if inside := _furniture_spans(text):   # (r29oneline) no break inside a page's head and counter
            starts = [s for s, _ in inside]   # in the text's order, apart: the one opening before a break holds it or none
            out = [(a, b) for a, b in out if not ((k := bisect_left(starts, a) - 1) >= 0 and b < inside[k][1])]
    else:
        out = sorted(out + [(at, at) for at in _glued_markers(text, held)])
        if inside := paged_contents(text, found):   # (r30zhpdf) no break inside a contents list whose page numbers
            out = [(a, b) for a, b in out if not any(s < a and b < e for s, e in inside)]   # glued to the next entry
    return out


# (r28zhpdf) a title letter-spaced one character a piece ('2015 年 某 某 市 政 府 工 作 报 告 全 文2015 年 2 月…'):
# a text layer sets its last character against the dateline, a date or a dash with no gap between
SPACED_TITLE_END = re.compile(r"(?:[\u4e00-\u9fff][ \u3000]){2,}[\u4e00-\u9fff]$")
# (r28notitle) the date a year, in figures or in Chinese numerals ('告二〇三一年一月五日在…'): a figure glued to a
# spaced phrase ('总 值2031 亿元') is no dateline, its sentence stays whole
SPACED_TAIL = re.compile(r"[\u4e00-\u9fff](?:\d{4}\s?(?:年|[-./]\d)|[〇零○一二三四五六七八九]{4}年|[—－―─-]{1,2}|[（(]\d)")


# (r26flat) a numbering marker glued to the sentence's end before it, in a Chinese text joined with
# no gap: '…请予审议。一、过去一年…' '…稳中有进。（二）…' '…制定本条例。第二条…' '各位代表：一、…'
GLUED_MARKER = re.compile(
    rf"[。！？：；][”’」』]?(?=[{_ZH_NUM}]{{1,3}}、|[（(][{_ZH_NUM}]{{1,3}}[)）]|第[{_ZH_NUM}\d]{{1,6}}(?:章|节|節|条|條)[^规規的款项項中]"
    rf"|第[{_ZH_NUM}]{{1,3}}部分)")   # (r27docshare) a report's parts: '…提请大会审议。第一部分 2023年…'


def _glued_markers(text: str, held: list[int] | None = None) -> list[int]:
    """(r26flat) Where a line began in a Chinese text joined with no gap at all: after a sentence's
    end that a numbering marker follows at once ('…请予审议。一、2024年工作回顾…', '…增长5.8%。（二）…',
    '…制定本条例。第二条 本市…').

    Phenomenon: a text layer or a preview copies a Chinese report's lines with nothing between them
    (a Chinese line ends without a space), so no gap shows where a line was. A numbering marker right
    after a sentence's end is the start of a heading's or an item's line: inside a paragraph a
    sentence opens with words, and an enumeration inside one reads '一是' '第一，', never '一、' after
    a full stop. An article's number quoted at a sentence's start ('第二条规定的…') stays. Where the
    head glued to its paragraph ends is not read (no mark tells it); the head's line holds both.

    (r44, issue 11) A forwarding notice run together with the document it forwards: after the notice's
    date (`…国务院办公厅二○○一年十一月三日`) the forwarded document's name (`关于…的意见`) and the bracket of
    its issuer and date (`(某部　二○○一年十月十日)`) stand each on a line of their own (FORWARDED_NAME);
    a name inside a sentence (`…于二○○一年十一月三日关于…的意见中提出`, no bracket after it) stays."""
    out = []
    for m in GLUED_MARKER.finditer(text):
        sentence = re.split(r"[。！？]", text[max(0, m.start() - WINDOW):m.start()])[-1] + text[m.start()]
        if text.startswith("一、", m.end()) and ANNOUNCES_PARTS.search(sentence):
            if held is not None:
                held.append(m.end())   # (r27docshare) a line break all the same: counted, not made here
            continue   # '…最后强调三句话。一、认清形势,统一思想今年…': the announced first head (rules_flattened)
        out.append(m.end())
    for m in FORWARDED_NAME.finditer(text):   # (r44) '…二○○一年十一月三日关于…的意见(某部　二○○一年十月十日)近几年来…'
        out += [m.start("name"), m.end("name"), m.end("by")]
    return sorted(set(out))


# (r44) a forwarding notice joined with no gap: its signature's date, then the forwarded document's name
# (`关于…的意见`) and the bracket of its issuer and date, then the document's first sentence. The name is a
# line of its own (the document's title, a heading under the notice), and so is the bracket
_DATE_DIGIT = "〇○零一二三四五六七八九十0-9"
FORWARDED_NAME = re.compile(
    rf"(?<=[{_DATE_DIGIT}]日)(?P<name>关于[^。；：:，,、（()）《》]{{2,60}}?的(?:意见|办法|规定|方案|决定|细则|规划|计划|纲要|报告|要点))"
    rf"(?P<by>[（(][^（()）]{{2,30}}?[{_DATE_DIGIT}]{{4}}\s*年[^（()）]{{1,12}}[)）])(?=\S)")


DECIMAL_HEAD = re.compile(r"(?P<num>\d{1,2}(?:\.\d{1,2}){0,3})\.?\s+(?=[A-Z\"“])")
WORD_HEAD = re.compile(rf"(?P<word>Article|ARTICLE|Section|SECTION|Chapter|CHAPTER|Part|PART)\.?\s+(?P<num>\d{{1,3}}|{_ROMAN})\b")
_ROMAN_VALUE = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}


def _number_of(text: str) -> int:
    """An arabic or roman numeral's value ('12', 'XIV')."""
    if text.isdigit():
        return int(text)
    values = [_ROMAN_VALUE[ch] for ch in text]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))


def _heading_number(text: str, at: int) -> tuple | None:
    """The numbering of a head opening at `at`: ('dec', (3, 1)) for '3.1. Title', ('Article', 5) for
    'Article V' (the word's case folded), else None."""
    if m := WORD_HEAD.match(text, at):
        return (m["word"].lower(), _number_of(m["num"]))
    if m := DECIMAL_HEAD.match(text, at):
        return ("dec", tuple(int(x) for x in m["num"].split(".")))
    return None


def _follows(before: tuple, after: tuple) -> bool:
    """`after` is the next number after `before` in one scheme: 3.1 -> 3.2, 3 -> 3.1, 3.2 -> 4,
    Article IV -> Article V."""
    if before[0] != after[0]:
        return False
    a, b = before[1], after[1]
    if before[0] != "dec":
        return b == a + 1
    if len(b) == len(a):
        return b[:-1] == a[:-1] and b[-1] == a[-1] + 1
    if len(b) == len(a) + 1:
        return b[:-1] == a and b[-1] == 1
    return b[:-1] == a[:len(b) - 1] and b[-1] == a[len(b) - 1] + 1


def _sequenced(text: str, found: list, breaks: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """(r22flat) Add the breaks before numbered heads the sequence confirms: a head whose number
    comes next after the last numbered head the text already broke before ('6. Base 32 Encoding'
    after '5. …', '3.2. Padding…' after '3.1. …', 'Article V' after 'Article IV'), where no sentence's
    end stands before it (a running head's date, a table's last cell: '…October 2006 7. Base 32…').

    Phenomenon: a numbered head's break is read after a sentence's end; one after a page's running
    head, a formula or another head has no such sign, and one match of '7. Title' alone could be a
    number in a sentence. The numbers the text already showed in sequence confirm it: the next one
    in the same scheme is the next head. Not after a lower-case word ('see section 3. Results…')."""
    done = {start for start, _ in breaks}
    numbered = sorted((start, num) for start, end in breaks if (num := _heading_number(text, end)))
    if not numbered:
        return breaks
    last = {}
    out = list(breaks)
    seq = {start: num for start, num in numbered}
    for m in found:
        start, end = m.start(), m.end()
        if start == 0 or end == len(text):
            continue
        num = seq.get(start) if start in done else _heading_number(text, end)
        if not num:
            continue
        if start not in done:
            prev = last.get(num[0])
            before = text[max(0, start - 1)]
            if prev is None or not _follows(prev, num) or before.islower():
                continue
            out.append((start, end))
        last[num[0]] = num
    return sorted(out + _first_heads(text, found, out))


def _first_heads(text: str, found: list, breaks: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """(r29oneline) The break before a scheme's first head that stands after no sentence's end: the
    title (or a page's head) glued to it ('Harbour Authority Annual Report 2031 1 Introduction This
    report…'), where the scheme's second head already starts a line ('…in the annex. 2 Finances').

    Phenomenon: a joined text's first numbered head follows its title or its cover, not a sentence,
    so the marker rule misses it, and `_sequenced` confirms a head only by the one before it. The
    second head confirms the first: the last gap before it followed by the scheme's first number
    (`1`, `1.`, `Article 1`, `PART I`) and a capitalised word, not after a lower-case word
    ('…under section 1 The…' stays)."""
    done = {start for start, _ in breaks}
    second = {}
    for start, end in sorted(breaks):
        num = _heading_number(text, end)
        if num and num[0] not in second and (num[1] == 2 if num[0] != "dec" else num[1] == (2,)):
            second[num[0]] = start
    if not second:
        return []
    out, first = [], {}
    for m in found:
        start, end = m.start(), m.end()
        if start == 0 or end == len(text) or start in done or text[start - 1].islower():
            continue
        num = _heading_number(text, end)
        if num and num[0] in second and start < second[num[0]] and (num[1] == 1 if num[0] != "dec" else num[1] == (1,)):
            first[num[0]] = (start, end)   # the last such gap before the second head
    return list(first.values())


PRINT_STAMP_AT = re.compile(r"(?<!\S)" + STAMP + r"(?=\s)")
PRINT_TITLE_MIN = 8    # characters of the words every page's header repeats after its stamp


def _print_titles(text: str) -> set[int]:
    """(r22flat) Where the page title of a print's header ends, in an English joined text: the
    words every page's stamp is followed by, as far as all the copies agree, end at a gap (the
    start of that gap for each copy).

    Phenomenon: a browser prints its stamp and the page's title at the head of every page
    ('11/29/26, 10:28 PM' / 'Full Law Text - Example Act 2009'); joined onto one line, the title runs
    into the page's first words and nothing tells where it ends but its repetition: after every
    stamp the same words come, then the copies part ('…Act 2009 An Act to provide…', '…Act 2009 (c)
    "child" means…'). Two stamps at least; PRINT_TITLE_MIN characters of agreement at least."""
    stamps = list(PRINT_STAMP_AT.finditer(text))
    if len(stamps) < 2:
        return set()
    afters = [m.end() + len(_GAP.match(text, m.end()).group(0)) for m in stamps if _GAP.match(text, m.end())]
    if len(afters) < 2:
        return set()
    length = 0
    first = afters[0]
    while all(a + length < len(text) and text[a + length] == text[first + length] for a in afters):
        length += 1
    # back to a gap every copy has at that point
    while length > 0 and not all(text[a + length:a + length + 1].isspace() or a + length == len(text) for a in afters):
        length -= 1
    while length > 0 and text[first + length - 1].isspace():
        length -= 1
    if length < PRINT_TITLE_MIN:
        return set()
    return {a + length for a in afters if a + length < len(text) and text[a + length].isspace()}


# (r29oneline) a printed page's counter in its head or foot: 'Page 3 of 12', 'Page 3'
PAGE_COUNTER = re.compile(r"(?<!\S)Page (?P<n>\d{1,4})(?: of (?P<of>\d{1,4}))?(?!\S)")
HEAD_END = re.compile(r"[.!?;:][\"”’)]*$")   # a sentence's last word: a running head holds none


def _page_furniture(text: str) -> set[int]:
    """(r29oneline) The gaps around a print's page furniture (`_furniture_spans`)."""
    out = set()
    for start, end in _furniture_spans(text):
        gap = re.search(r"\s+$", text[max(0, start - 8):start])
        if gap and start - len(gap.group(0)) > 0:
            out.add(start - len(gap.group(0)))
        if end < len(text) and text[end].isspace():
            out.add(end)
    return out


def _without_furniture(pieces: list[str], furniture: set[str]) -> list[str]:
    """(r29oneline) The pieces of a joined text without its page furniture; a sentence the page
    break cut ('…shall send them to' | head and counter | 'every member.') is one piece again."""
    out: list[str] = []
    glue = False
    for piece in pieces:
        if piece in furniture:
            glue = bool(out) and not _END.search(out[-1])
            continue
        if glue and piece[:1].islower():
            out[-1] = out[-1] + " " + piece
        else:
            out.append(piece)
        glue = False
    return out or pieces


def _furniture_spans(text: str) -> list[tuple[int, int]]:
    """(r29oneline) The gaps around a print's page furniture in an English joined text: before the
    running head that every page's counter follows (the words all the copies agree on, back to a
    gap, none a sentence's last word), or before the counter itself, and after the counter.

    Phenomenon: a PDF viewer's or a records system's copy of a printed text joins its pages into
    one line, the head or foot of every page glued between two sentences, or inside one ('…for the
    year. Adopted Minutes of July 9, 2002 Page 2 of 13 PART 2 GENERAL…'). The counter's numbers
    tell it: two counters or more, counting up by one, of the same total when they give one
    ('Page 2 of 13', 'Page 3 of 13'); the head is what the text repeats before every one of them
    (PRINT_TITLE_MIN characters at least, else the counter stands alone). A single 'Page 3 of 12'
    (a cross-reference's, a form's) and a lower-case 'page 3' stay."""
    found = list(PAGE_COUNTER.finditer(text))
    if len(found) < 2:
        return set()
    nums = [int(m["n"]) for m in found]
    totals = {m["of"] for m in found}
    if any(b != a + 1 for a, b in zip(nums, nums[1:])) or len(totals) != 1:
        return set()
    if totals == {None} and len(found) < 3:
        return set()   # 'Page 2' … 'Page 3' without a total: three copies at least
    starts = [m.start() for m in found]
    length = 0
    while all(b - length - 1 >= 0 and text[b - length - 1] == text[starts[0] - length - 1] for b in starts):
        length += 1
    head = text[starts[0] - length:starts[0]]
    words = list(re.finditer(r"\S+", head))
    # the head's first whole word, after any sentence's last word the copies share
    keep = [w for w in words if not (w.start() == 0 and starts[0] - length > 0 and not text[starts[0] - length - 1].isspace())]
    for k in range(len(keep) - 1, -1, -1):
        if HEAD_END.search(keep[k].group(0)):
            keep = keep[k + 1:]
            break
    lead = len(head) - keep[0].start() if keep and len(" ".join(w.group(0) for w in keep)) >= PRINT_TITLE_MIN else 0
    # the next page's head after the foot's counter ('Page 2  NIST SP 800-63-3  Digital Identity Guidelines'):
    # the words every copy has after its counter, back to a gap every copy has there
    ends = [m.end() for m in found]
    ends = ends[:-1] if len(ends) > 2 else ends   # the last page's foot has no next page's head after it
    length = 0
    while all(e + length < len(text) and text[e + length] == text[ends[0] + length] for e in ends):
        length += 1
    while length > 0 and not all(e + length == len(text) or text[e + length].isspace() for e in ends):
        length -= 1
    tail = text[ends[0]:ends[0] + length]
    if len(tail.strip()) < PRINT_TITLE_MIN or any(HEAD_END.search(w) for w in tail.split()):
        length = 0
    # (the first page's head opening the text is the title's line as often: it stays)
    return [(m.start() - lead, m.end() + (length if text[m.end():m.end() + length] == tail else 0)) for m in found]


CAPS_MIN = 6          # capital letters a heading in capitals holds at least ('INVOCATION'; not 'NASA', 'U.S.')
CAPS_WORDS = 12       # words of such a heading, at most
INITIAL = re.compile(r"[A-Z]\.")   # a name's initial ('S. Roger Koontz'): a name follows, not a sentence
_CAPS_PUNCT = "()[]\"'“”‘’,.:;!?-–—&/"


# (r26flat) a statute's section number after its marginal note: '3.' '1.—(1)' '12A' '4.—' '2' (the
# section's text follows: a capitalised word, a subsection's '(1)', a quotation)
SECTION_NO = re.compile(r"(?P<num>\d{1,3})[A-Z]?(?:\.|\.?[—–-]+)?(?:\(\d{1,2}\))?")
SECTION_OPENS = re.compile(r"[A-Z\"“‘(]")
NOTE_END = re.compile(r"(?:[.:;!?]|[—⎯–]+|:-|\.-)[\"”’)\]]*$")   # a sentence's or an enacting formula's end
ENTRY_NO = re.compile(r"\(?\d{1,3}(?:\.\d{1,3})*\.?\)?")   # a bare number: a contents entry's, a page's
NOTE_WORD = re.compile(r"[A-Z][a-z]")   # a note opens with a word in sentence or title case
LEADER = re.compile(r"\.{3,}|…")   # a contents line's dot leader
NOTE_WORDS = 12          # words of a marginal note, at most


def _marginal_notes(tokens: list[str]) -> set[int]:
    """(r26flat) The gaps around a statute's marginal note, in an English joined text: the gap before
    a short run of words that stands after a sentence's end, and the gap between those words and
    the section number that follows them ('…as follows— Short title and commencement 1.—(1) This
    Act may…', '…by the Act. Schedules 5. Every Schedule…', '…this Act. Citation 1 This Act…').

    Phenomenon: an Act printed with its notes beside or above each section (the Commonwealth's
    form) reads, once its lines are joined, as a sentence's end, a few words in sentence case, then
    the section's number and its text; the words are the section's heading, and nothing but the
    number after them sets them apart from a sentence. The numbers confirm it: a candidate counts
    only when another one carries the number just before or just after its own (1, 2, 3…), so a
    year or a count inside a sentence ('…in 2005 Section 3…', '…within 5 Days…') stays. The note
    opens with a capital, holds no sentence's end and no bare number, NOTE_WORDS words at most."""
    found = []   # (number, gap before the note, gap before the number)
    for k in range(1, len(tokens) - 1):
        m = SECTION_NO.fullmatch(tokens[k])
        if not m or not SECTION_OPENS.match(tokens[k + 1]):
            continue
        for j in range(k - 1, max(0, k - 1 - NOTE_WORDS), -1):
            if NOTE_END.search(tokens[j - 1]) if j else True:
                break
        else:
            continue
        note = tokens[j:k]
        if ENTRY_NO.fullmatch(tokens[j - 1]) if j else False:
            continue   # '…1. Short title 2. Membership 3.': a contents list, each title after an entry's number
        if not NOTE_WORD.match(note[0] if note else "") \
                or any(LEADER.search(w) or ENTRY_NO.fullmatch(w) for w in tokens[k + 1:k + 4]) \
                or any(LEADER.search(w) for w in note):
            continue   # 'c. A70 1 The…' (a code, not words); '2. Membership 3.', '…... 3' (a contents entry)
        if not j or not note or not note[0][:1].isupper() or any(NOTE_END.search(w) for w in note[:-1]) \
                or NOTE_END.search(note[-1]) and not _period_note(note) \
                or any(w.isdigit() and not (i and MARKER_WORD.fullmatch(note[i - 1])) for i, w in enumerate(note)) \
                or MARKER_WORD.fullmatch(note[-1]) or note[-1].rstrip(".").lower() == "sec":
            continue   # 'PART 1 ESTABLISHMENT': a part's label and its number (a number only after a
                       # marker word: 'Section 7 amended 2.')
        if NOTE_END.search(note[-1]) and _entry_after(tokens, k + 1):
            continue   # (r29oneline) '3. Objects of the Act. 4. Authority not affected. 5. …': an arrangement's entries
        found.append((int(m["num"]), j - 1, k - 1))
    numbers = {n for n, _, _ in found}
    out = set()
    for n, before, at in found:
        if n - 1 in numbers or n + 1 in numbers:
            out |= {before, at}
    return out


# (r29oneline) a marginal note closed by a period ('Title and commencement.', 'Short title.'): its last
# word ends in one stop; not a sentence's last word (a past tense: 'Motion carried.'), an abbreviation
# or an initial ('Ltd.', 'J.'), not a note an opener or a pronoun starts ('It was agreed.')
PERIOD_NOTE_END = re.compile(r"[A-Za-z]{3,}[\"”’)]?\.[\"”’)]?$")


def _entry_after(tokens: list[str], at: int) -> bool:
    """(r29oneline) The words from `at` close within NOTE_WORDS words and a number follows: a list of
    sections' titles (an arrangement, a contents list), not a section's text."""
    for k in range(at, min(at + NOTE_WORDS, len(tokens) - 1)):
        if NOTE_END.search(tokens[k]):
            return bool(ENTRY_NO.fullmatch(tokens[k + 1]))
    return False


def _period_note(note: list[str]) -> bool:
    """(r29oneline) A statute's marginal note closed by a period, as the Commonwealth's Acts set it
    beside or over each section (`Title and commencement.` / `1. This Act may be cited…`): the note's
    last word ends in a single period after a word, the note opens with no opener or pronoun and its
    last word is no past tense ('Motion carried. 5. The Council…' in minutes is a sentence)."""
    last = note[-1].rstrip("\"”’)")
    return bool(PERIOD_NOTE_END.search(note[-1])) and not last.rstrip(".").lower().endswith("ed") \
        and note[0] not in OPENERS and note[0] not in NOT_NOTE_FIRST


# words that open a sentence and never a marginal note: pronouns, a minute's formula of a motion
NOT_NOTE_FIRST = {"He", "She", "They", "I", "We", "It", "There", "Motion", "Moved", "Carried", "Seconded"}


def _capital(token: str) -> bool:
    """A word set in capitals: letters, none of them lower-case ('ADOPTION', 'AGENDA:', 'MINUTES.')."""
    core = token.strip(_CAPS_PUNCT)
    return any(ch.isalpha() for ch in core) and core == core.upper() and core.isascii()


def _tokens(text: str, found: list) -> list[str]:
    """The words of `text` between its gaps (`found`): token i lies before gap i."""
    spans = [0] + [x for m in found for x in (m.start(), m.end())] + [len(text)]
    return [text[spans[k]:spans[k + 1]] for k in range(0, len(spans), 2)]


def _caps_heads(tokens: list[str]) -> set[int]:
    """(r22flat) The gaps around an unnumbered heading set in capitals in an English joined text:
    the gap before and the gap after a run of words in capitals that stands after a sentence's end
    (or opens the text) and before a capitalised word that opens a sentence ('…the meeting to
    order. INVOCATION The invocation was…', 'THE EXAMPLE CONSTITUTION We the People…').

    Phenomenon: minutes, acts and old books set their heads in capitals with no number; joined onto
    one line (a records viewer's text layer, a flattened paste) the head sits between two
    sentences and only its capitals tell it from them. At least CAPS_MIN capital letters (an
    acronym opening a sentence, 'NASA said', 'U.S. troops', stays), at most CAPS_WORDS words, the
    word after capitalised with a lower-case letter next ('The', 'Mr.'; not another abbreviation, 'No.'), or a numbering marker
    ('PRELIMINARY 1. Short title'). A run a numbering marker opens ('CHAPTER I', 'PART II') is left
    to the marker rules; a sentence set all in capitals ends in a mark and the next run goes on in
    capitals, so it is no head; so does a run that ends in a mark ('…NOT A LAW FIRM.'), and a name's
    initial ('PRESENT S. Roger Koontz') is no word of the head."""
    out: set[int] = set()
    i = 0
    while i < len(tokens):
        if i and not _END.search(tokens[i - 1]) or not _capital(tokens[i]) or MARKER.match(" ".join(tokens[i:i + 3])):
            i += 1
            continue
        j = i
        while j < len(tokens) and j - i < CAPS_WORDS and not INITIAL.fullmatch(tokens[j]) \
                and (_capital(tokens[j]) or j > i and tokens[j].isdigit()):
            j += 1
            if tokens[j - 1][-1:] in ".:;!?,":
                break
        nxt = tokens[j] if j < len(tokens) else ""
        letters = sum(ch.isupper() for t in tokens[i:j] for ch in t)
        opens = len(nxt) > 1 and nxt[0].isupper() and nxt[1].islower() and (not nxt.endswith(".") or nxt[:-1] in ADDRESS) or bool(MARKER.match(" ".join(tokens[j:j + 3])))
        if letters >= CAPS_MIN and opens and j - i < CAPS_WORDS and tokens[j - 1][-1:] not in ".:;!?,":
            if i:
                out.add(i - 1)
            out.add(j - 1)
        i = max(j, i + 1)
    return out


TITLED_WORDS = 6      # words of an unnumbered title-case heading between two sentences, at most


# (r26flat) a head in sentence case ('Structure of the report', 'How information is presented'):
# SENTENCE_HEAD_WORDS words at most; the sentence after it opens with an opener other than these
SENTENCE_HEAD_WORDS = 5
OPENERS_NOT_AFTER_SENTENCE_CASE = {"No", "That", "Those", "Such", "Subject", "Unless", "For", "In", "If", "When", "Where"}


# (r29oneline) an agenda item's number: '4.01)', '4.1', '3)' (a bare '2.' may close a sentence's figure)
ITEM_NUMBER = re.compile(r"\d{1,2}\.\d{1,2}\)?|\d{1,2}\)")


def _titled_heads(tokens: list[str]) -> set[int]:
    """(r22flat) The gaps around an unnumbered heading in title case between two sentences of an
    English joined text: after a sentence's end, one to TITLED_WORDS capitalised words (small words
    between them: 'of', 'and'), no mark among them, then a sentence opened by a determiner or an
    opener and a lower-case word ('…as you so desire. Introduction The philosophy behind…',
    '…Society (2006). Abstract This document describes…').

    Phenomenon: a report's, a licence's or an RFC's unnumbered heads (`Abstract`, `Introduction`,
    `Intellectual Property`) stand on lines of their own; joined onto one line, the head sits
    between two sentences and its capitals and the next sentence's opening tell it. A name opening
    a sentence ('…said. John Smith then left') is followed by no opener; an opener first ('In Paris
    the…') opens a sentence, not a head; a number before the words ('2. Conventions Used…', 'Section
    3. Scope…') is the head's own, and the marker rules set a numbered head apart.

    (r26flat) A head in sentence case too ('…past twelve months. Structure of the report The
    Department's…'): SENTENCE_HEAD_WORDS words at most, the next sentence opened by a determiner or a
    pronoun ('The', 'This', 'Our', 'We'), not by a conjunction or a preposition ('In', 'If', 'When',
    'For': 'Rates fell sharply When…' is more likely one sentence whose clause a copy capitalised)."""
    out: set[int] = set()
    for i in range(1, len(tokens) - 2):
        first = tokens[i]
        if not _END.search(tokens[i - 1]) or NUMBER_TOKEN.fullmatch(tokens[i - 1]) or MARKER_WORD.fullmatch(tokens[i - 2]) \
                or not (first[:1].isupper() and first[1:2].islower()) \
                or first in OPENERS or first.rstrip(".") in ADDRESS or MARKER.match(" ".join(tokens[i:i + 3])):
            continue
        lower = False
        for j in range(i + 1, min(i + TITLED_WORDS, len(tokens) - 1) + 1):
            word, nxt = tokens[j], tokens[j + 1] if j + 1 < len(tokens) else ""
            head = tokens[j - 1]
            if head[-1:] in ".,;:!?)\"”" or not (head[:1].isupper() or head in SMALL or head.isalpha() and head.islower()):
                break   # a mark inside: a sentence, no head
            lower = lower or head.islower() and head not in SMALL
            if lower and j - i > SENTENCE_HEAD_WORDS:
                break   # a lower-case word inside a longer run: a sentence
            if word in OPENERS and nxt[:1].islower() and nxt not in SMALL and head not in SMALL \
                    and not (lower and word in OPENERS_NOT_AFTER_SENTENCE_CASE):
                out.update((i - 1, j - 1))
                break
            if not lower and head not in SMALL and ITEM_NUMBER.fullmatch(word) and nxt[:1].isupper():
                out.update((i - 1, j - 1))   # (r29oneline) an agenda's head over its first numbered item
                break
    return out


def _spaced(token: str) -> str:
    """A token of a word spaced out, without its ':' and a numbering marker before it (flat2 round:
    a statistical bulletin's '一、综 合' spaces its heading's two characters apart, as '注　　释')."""
    token = token.rstrip("：:")
    m = MARK_ONLY.match(token)
    return token[m.end():] if m and m.end() < len(token) else token


def _titled(title: list[str]) -> bool:
    """(flat2 round) Words that may title a heading: not only a determiner, an opener or an address
    ('1. The Bill shall…', '3. As I begin…', '4. Mr Speaker, today…'), and no comma ('2. Sir, I am…'):
    a numbered paragraph opens so, a heading does not."""
    return not any(t.endswith(",") for t in title) \
        and not all(t in OPENERS or t.lower() in SMALL or t.rstrip(".") in ADDRESS for t in title)


def _heading_end(piece: str) -> int:
    """Where an English numbered heading glued to its paragraph ends (0: no heading found).

    '2. Grant of Rights The Licensor grants you…' -> the position before 'The';
    'Article. I. Section 1. All legislative…' -> before 'Section' (a marker numbers one heading)."""
    m = MARKER.match(piece)
    if not m or _HAN.search(piece[:40]) or piece.startswith("#"):
        return 0
    rest = piece[m.end():]
    words = list(re.finditer(r"\S+", rest))[: TITLE_WORDS + 2]
    if not words or words[0].group(0)[:1] in "\"“'(":
        return 0   # '1.1. "Contributor" means …': a definition, not a heading
    if MARKER.match(rest[words[0].start():]) and MARKER_WORD.fullmatch(piece[:m.end()].split()[0]):
        return m.end() + words[0].start()   # 'Article. I. Section 1.': two headings
    if len(words) > 1 and piece[:m.end()].rstrip()[-1:] == "." and words[0].group(0)[:1].isupper() \
            and words[1].group(0)[:1].islower() and words[1].group(0) not in SMALL:
        if not MARKER_WORD.match(piece):
            return 0   # (r29oneline) '2. In every Act the word…': a numbered section's sentence, no label to set apart
        return m.end() + words[0].start()   # 'Section 1. All legislative Powers…': the label alone
    if words[0].group(0) in OPENERS and piece[:m.end()].rstrip().endswith(":"):
        return 0   # 'Clause 2: No Person shall…': the sentence opens right after the number
    if top := re.match(r"(\d{1,2})\.?\s", piece):
        # (r26flat) a numbered clause under its numbered heading: '1. Purpose 1.1 This policy…' ->
        # '1. Purpose' (the heading ends where its first clause's number, its own number and one
        # more, opens a capitalised sentence; the heading may be in sentence case: 'How to complain')
        child = re.compile(re.escape(top.group(1)) + r"\.\d{1,2}\.?")
        for k in range(1, len(words) - 1):
            if _END.search(words[k - 1].group(0)):
                break
            if child.fullmatch(words[k].group(0)) and words[k + 1].group(0)[:1].isupper():
                return m.end() + words[k].start()
    for k in range(1, len(words) - 1):
        w, nxt = words[k].group(0), words[k + 1].group(0)
        title = [x.group(0) for x in words[:k]]
        if not all(t[:1].isupper() or t[:1].isdigit() or t.lower() in SMALL or t[:1] in "(\"“'" for t in title):
            # a lower-case word: the sentence opened at an opener before it whose next word is no
            # lower-case one ('5. Base 64 Encoding with URL The Base 64 encoding is…'; r22flat), else
            # the marker opens a sentence, not a heading
            back = [j for j in range(1, k - 1) if words[j].group(0) in OPENERS and not _END.search(words[j - 1].group(0))
                    and all(x.group(0)[:1].isupper() or x.group(0)[:1].isdigit() or x.group(0).lower() in SMALL for x in words[:j])]
            return m.end() + words[back[0]].start() if back and _titled([x.group(0) for x in words[:back[0]]]) else 0
        if sum(t.count('"') + t.count("“") + t.count("”") for t in title) % 2:
            continue   # never inside a quotation
        if _END.search(title[-1]):
            return m.end() + words[k].start() if (w[:1].isupper() or w[:1] in "\"“(") and _titled(title) else 0
        if w[:1] in "\"“(‘'" or w[:1].isupper() and nxt[:1].islower() and nxt.lower() not in SMALL - {"a", "an", "the"}:
            # the sentence opens at this word, or at a determiner a few words before it
            # ('Rights The Licensor grants', 'Clause 1: The House of Representatives shall')
            back = [j for j in range(1, k + 1) if words[j].group(0) in OPENERS]
            if not back and words[0].group(0) in OPENERS and not DIVISION_LABEL.match(piece):
                # (r29oneline) 'Article 4 The Shipping Exchange shall…': a provision's label opens its text
                # (a chapter's or a part's label opens its name: 'CHAPTER II. The Pool of Tears')
                return 0
            k = back[-1] if back else k
            return m.end() + words[k].start() if _titled([x.group(0) for x in words[:k]]) else 0
    return 0


def _is_han(text: str) -> bool:
    """A Chinese text: Han characters are more than 0.3 of its characters other than spaces."""
    return len(_HAN.findall(text)) > 0.3 * len(text.replace(" ", ""))


def _part_head(piece: str) -> list[str]:
    """A Chinese part's heading run into its paragraph with no gap, set apart: '一、过去一年工作回顾。XX年是…'."""
    m = ZH_PART_HEAD.match(piece)
    return [piece[:m.end()], piece[m.end():]] if m and m.end() < len(piece) else [piece]


def _set_apart(piece: str) -> tuple[list[str], list[str]]:
    """An English numbered heading set apart from its sentence, the space between them cut: the
    piece's parts and the cut spaces ('Article. I.' set apart, then 'Section 1.' from its sentence)."""
    at = _heading_end(piece)
    if not (at and piece[at - 1] == " "):
        return [piece], []
    head, rest = piece[:at - 1], piece[at:]
    at = _heading_end(rest)
    if at and rest[at - 1] == " ":
        return [head, rest[:at - 1], rest[at:]], [" ", " "]
    return [head, rest], [" "]


def joined_lines(page: Page) -> Page:
    """Split a text joined onto one line (or a few) back into lines at the gaps that were line breaks.

    Example: "第一章 总则 第一条 为了…，制定本法。 第二条 …" -> "第一章 总则" / "第一条 为了…，制定本法。" / "第二条 …";
    "…under this License. 2. Grant of Rights The Licensor grants…" -> "…under this License." /
    "2. Grant of Rights" / "The Licensor grants…". A long line among many (a normal file with one
    paragraph a line), `under Section 3 of the Act`, `增长6.5%` and `一是…二是…` are left alone.
    """
    rows = _joined(page)
    split = False
    for i in sorted(rows, reverse=True):
        line = page.lines[i]
        text = line.text
        held: list[int] = []
        gaps = _breaks(text, held)
        # (r27docshare) a speech's first head, set apart later, is one of the text's line breaks too:
        # '…讲三点意见。一、…。二、…。三、…' is a speech flattened whole, its three heads its breaks
        if len(gaps) + len(held) < SPLIT_MIN or not gaps or line.number in page.verbatim:
            continue
        # the pieces, cut in one pass (a cut and a split per gap copied the page's lines per gap:
        # quadratic on a long text flattened onto one line); every break recorded as the space it
        # replaced, the last gap first, as before
        bounds = [0] + [x for gap in gaps for x in gap] + [len(text)]
        pieces = [text[bounds[k]:bounds[k + 1]] for k in range(0, len(bounds), 2)]
        removals = [text[start:end] for start, end in reversed(gaps) if end > start]   # (a glued marker's split cuts nothing)
        # set a heading apart from its paragraph
        pieces = [part for piece in pieces for part in _part_head(piece)]
        out: list[str] = []
        for piece in reversed(pieces):
            parts, cuts = _set_apart(piece)
            out.extend(reversed(parts))
            removals.extend(cuts)
        pieces = out[::-1]
        furniture = set() if _is_han(text) else {text[a:b] for a, b in _furniture_spans(text)}
        dropped = [piece for piece in pieces if piece in furniture]
        if dropped:
            pieces = _without_furniture(pieces, furniture)
        lines = list(page.lines)
        if not _is_han(text):
            # (flat2 round) a text without Han: its paragraphs stood between blank lines, the only
            # paragraph mark English has (without them the pieces are read as one hard-wrapped
            # paragraph and no heading stands alone); a setext underline stays under its heading
            new = [Line(line.number, pieces[0])]
            for piece in pieces[1:]:
                new += [Line(line.number, piece)] if UNDERLINE.fullmatch(piece) else [Line(line.number, ""), Line(line.number, piece)]
        else:
            new = [Line(line.number, piece) for piece in pieces]
        lines[i:i + 1] = new
        page = replace(page, lines=tuple(lines),
                       removed=page.removed + tuple(Removal(line.number, cut, page.rule) for cut in removals)
                       + tuple(Removal(line.number, piece, "running-head") for piece in dropped))
        split = True
    return renumbered(page) if split else page
