"""Evidence against a line as the document's title, and the title inside a line that carries chrome.

Why: on pages nobody tuned the rules on, the line taken as the title instead of the headline is
always one of a few KINDS, whatever the site (issue #11, check sets xxk/xxq: 4 titles of 15):
- a skip link in any script ('Skip to main content', '跳到主要內容區塊');
- the site's name or its menu: a name ending in 网/网站/门户 or in its first menu item ('… Home'),
  a breadcrumb opening at 'Home'/'首页'/'当前位置', a phase banner ('GOV.UK BETA'), a language
  switch ('中文English');
- keyword spam a hijacked mirror puts where the site's name was: three or more short
  comma-separated keywords on one stem ('xx下载,xx注册,xx宝盈');
- a wiki page's or a file's name ('Page:Some Ordinance 1966.pdf/5'): the name inside is the title
  (`file_title`);
- a column name glued to the headline by a separator ('政务服务丨…的实施意见') or a document-sharing
  site's chunk number ('1、…报告'): the headline is the other side (`unglued`).
A wrong title also shifts every heading level under it, so the title block skips such lines as
front matter (they stay in the text) and reads the title from the line after them. The chrome's
words (skip links, phase tags, language names) are the cleaner's: clean/vocab_en.py.
"""
from __future__ import annotations

import re
from itertools import islice
from typing import Iterator

from ..clean.vocab_en import (BUTTON_LINE, CATEGORY_RUN, DELIVERY_NOTE, RECORD_CATEGORY, LANGUAGE_NAMES, LANGUAGE_TOGGLE, PROJECT_CREDIT,
                              PAGER_ARROWS, PHASE_WORDS, PUBLICATION_TYPE, SERVICE_NOTICE, SKIP_LINK)
from ..clean.rules_chrome_en import doubled_name
from . import signals as sg

# a Chinese site's name: a short unpunctuated line ending in 网/网站/门户 ('中国农业农村信息网')
ZH_SITE = re.compile(r"^[\u4e00-\u9fffA-Za-z0-9·]{2,18}(?:网|網|网站|網站|门户|門戶|门户网站|門戶網站|官网|官網)$")
# the site's name followed by its first menu item ('Legislation Design and Advisory Committee Home')
EN_SITE_HOME = re.compile(r"^(?:(?:[A-Z][\w.&'-]*|and|of|for|the|&)\s+){1,8}Home$")
# a breadcrumb: the trail from the site's home to the page ('Home › Guidelines › …', 'Home China Laws
# 2002 Page 10', '首页 > 专题', '当前位置：…')
BREADCRUMB = re.compile(r"^(?:Home|首页|首頁|主页|主頁)\s*[>›»/|]\s*\S|^(?:首页|首頁|主页|主頁)\s+\S"
                        r"|^(?:当前位置|當前位置|您的位置|您现在的位置|你的位置|所在位置)\s*[:：]")
# the same trail with its separators lost, down to a listing's page: every word capitalised or a
# number, ending in a number ('Home Some Laws 2002 Page 10'; 'Home Rule for Ireland' is a title);
# (r42) not in a year: 'Home Repair Grants Review 2024' is a report's title, its subject a home's
EN_LISTING_TRAIL = re.compile(r"^Home(?:\s+(?:[A-Z][\w.&'-]*|\d+)){2,10}\s+(?!(?:1[5-9]|20)\d\d$)\d{1,5}$")
# a site's menu run together from its first item, the home link, its items glued or spaced
# ('首頁勝利之聲電聲電臺 images 某某平台'; round5, xxm5): no sentence mark, three pieces at least
ZH_MENU = re.compile(r"^(?:首页|首頁|网站首页|網站首頁)(?=\S)[^。，；！？,;!?：:]*?(?:\s+[^\s。，；！？,;!?：:]+){2,}$")
MENU_ITEM_WORDS = 3   # words of a menu item under the site's name ('About us', 'Contact us')
# a phase banner under the site's name ('GOV.UK BETA', 'ALPHA')
PHASE_BANNER = re.compile(rf"^(?:\S{{2,20}}\s+)?(?:{PHASE_WORDS})$")
# a language switch ('中文English', 'English | 中文', '简体 繁體 English')
LANGUAGE_SWITCH = re.compile(rf"^(?:(?:{LANGUAGE_NAMES})\s*[|/·]?\s*){{2,3}}$")
SPAM_ITEMS = 3        # comma-separated keywords at least
SPAM_ITEM_MAX = 12    # characters of one keyword
# a wiki page's or a file's name as the page's heading ('Page:Some Ordinance 1966 (Cap. 1).pdf/5')
FILE_NAME = re.compile(r"^(?:(?:Page|File|Image|Index|页面|頁面|文件|檔案)\s*:\s*)?(?P<name>\S.*?\S)"
                       r"\.(?:pdf|djvu|docx?|txt|html?|tiff?|jpe?g|png)(?:/\d{1,5})?$", re.I)
# a column (or the site) glued to the headline by a separator: '政务服务丨…', '…的通知｜某某网'
COLUMN_SEP = re.compile(r"^(?P<left>[^丨｜|]{1,40}?)\s*[丨｜|]\s*(?P<right>[^丨｜|]{1,120})$")
COLUMN_MAX = 12       # characters of a column's (or a site's) name
# (r49) a browser's page title for a news page: the headline, the picture mark a news site adds to a story with
# photos ('[图]'), then '_' and the site's name, which ends in the word a site's name ends in
SITE_SUFFIX = re.compile(r"^(?P<headline>.+?)\s*(?:\[图\]|【图】|[（(]图[)）]|\[組圖\]|\[组图\])?\s*[_＿]\s*"
                         r"(?P<site>[^_＿\s|｜丨]{1,10}(?:网|網|资讯|資訊|新闻|新聞|在线|在線|频道|頻道|门户|門戶|网站|網站|日报|日報|晚报|晚報|之窗))$")
SITE_HEADLINE_MIN = 8   # characters of the headline before the site's name
# a document-sharing site's chunk number glued to the text's first line: '1、2015年…报告'
CHUNK_NUMBER = re.compile(r"^\d{1,3}、(?P<rest>\S.*)$")
# (s28) a record's field label opening the line taken for the headline, when a portal's metadata rows
# (`标  题: …的通知`, `Title: …`) are the only place the page names itself: the label is no title's word
FIELD_LABEL = re.compile(r"^\s*(?:标\s*题|標\s*題|题\s*目|題\s*目|文件名称|文件名稱)\s*[:：]\s*(?P<rest>\S.*)$")
KIND_END = re.compile(rf"(?:{sg.DOC_KIND_END.pattern.rstrip('$')}|讲话|講話|致辞|致辭|广播|廣播|全文)$")


def keyword_spam(text: str) -> bool:
    """'xx下载,xx注册,xx宝盈': three or more short keywords, comma-separated, on one stem."""
    items = [item.strip() for item in re.split(r"[,，、]", text)]
    if len(items) < SPAM_ITEMS or any(not item or len(item) > SPAM_ITEM_MAX or " " in item for item in items):
        return False
    stem = items[0]
    for item in items[1:]:
        while stem and not item.startswith(stem):
            stem = stem[:-1]
    return len(stem) >= 2


def _menu_item(text: str) -> bool:
    """'About us', 'Guidelines': a short unpunctuated line, not a byline."""
    words = text.split()
    return 0 < len(words) <= MENU_ITEM_WORDS and not sg.terminal(text) and words[0].casefold() != "by"


# a page's byline over the headline: a clock time after a date, with the site's name or column
# around it ('公文搜 2021-07-27 17:49:30 政府报告', '2021年07月27日 17:49 某某网'); a title names no
# time of day (round6, xxf1: the byline became the title when the headline was passed over)
BYLINE_TIME = re.compile(r"(?:^|\s)\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?(?=\s|$)")
BYLINE_PIECES = 4   # space-separated pieces: the site's name, the date, the time, the column


# (domainbar) a site's host name written as its name: 'CT.gov', 'GOV.UK', 'legislation.gov.au', 'Data.gov'
DOMAIN_PIECE = re.compile(r"^(?:www\.)?[A-Za-z][\w-]*(?:\.[A-Za-z][\w-]*)*\.(?:gov|org|com|net|edu|int|mil|info|uk|au|ca|nz|ie|us)"
                          r"(?:\.[a-z]{2})?$", re.I)
BAR_SEPARATOR = re.compile(r"\s+[·|•»›]\s+|\s+[–—-]\s+")


def _domain_bar(text: str) -> bool:
    """(domainbar) A line that is a site's host name, alone or as one piece of a bar ('CT.gov · State of
    Connecticut', 'GOV.UK | Home'): a site names itself by its address; a document's title never holds a
    bare host name as a piece of its own ('Data.gov Annual Report 2031' is one phrase, not a piece)."""
    return any(DOMAIN_PIECE.match(piece.strip()) for piece in BAR_SEPARATOR.split(text.strip()))


def chrome_reason(text: str, english: bool, after: str = "") -> str:
    """What kind of page chrome a line opening the text is ('' when it may be the title). `after`
    is the next line: a site's name ending in its first menu item ('… Committee Home') is told from
    a title ending in 'Home' by the menu item under it."""
    text = text.strip()
    bare = "".join(text.split())
    if SKIP_LINK.match(text) or SKIP_LINK.match(bare):
        return "a skip link"
    if PAGER_ARROWS.match(text):
        return "a pager's arrows"   # '<<' over a document library's page (round9en)
    if BREADCRUMB.match(text) or EN_LISTING_TRAIL.match(text):
        return "a breadcrumb"
    if LANGUAGE_SWITCH.match(text):
        return "a language switch"
    if keyword_spam(text):
        return "keyword spam"
    if FILE_NAME.match(text) and "/" not in text[:FILE_NAME.match(text).start("name")]:
        return ""   # a file's name: file_title reads the name out of it
    if english:
        if doubled_name(text) and after.strip():
            return "the site's name printed twice"
        if EN_SITE_HOME.match(text) and len(text.split()) >= 4 and _menu_item(after):
            return "the site's name and menu"
        if PHASE_BANNER.match(text) and not sg.terminal(text):
            return "a phase banner"
        if CATEGORY_RUN.match(text) and after.strip():
            return "category labels"   # 'NewsReports' over a blog's reprinted item (round13en)
        if SHELF_LABEL.match(text) and after.strip():
            return "a legislation site's section label"   # 'Acts and Regulations' over a regulation's number and name (r28notitle)
        if section_label(text) and len(after.split()) >= 3 and not sg.terminal(after.strip()):
            return "a site's section label"   # (r43) 'SPEECHES AND REMARKS' over the speech's title
        if RECORD_CATEGORY.match(text) and after.strip() and not sg.terminal(after.strip()):
            return "a record's category label"   # 'Bills' over the bill's name in a day's Hansard (round14en)
        if PROJECT_CREDIT.match(text) and after.strip():
            return "a project credit"   # 'A Laws.Example project' over the page (round13en)
        if LANGUAGE_TOGGLE.match(text) and after.strip():
            return "a language toggle"   # 'Español' over an English page: the other language's link (r22title)
        if _language_bar(text) and after.strip():
            return "a language bar"   # 'Québec · Français': the site's name beside the toggle, one bar (round23)
        if label_over_headline(text, after):
            return "a category label"   # 'Charter' over 'The Northern Isles 2031 Charter' (r22title)
        if DELIVERY_NOTE.match(text) and after.strip():
            return "a speech's delivery note"   # 'Check against delivery' over the speech's title (r26pdfen)
        if BUTTON_LINE.match(text) and after.strip():
            return "a site's button"   # 'Download to read offline' over a slide site's document (r23entitle)
        if _domain_bar(text):
            return "the site's domain"   # 'CT.gov · State of Connecticut': the site's bar names its host (domainbar)
        if VIEWER_COUNTER.match(text) and after.strip():
            return "a viewer's page counter"   # '1 of 482' over a slide site's document (r28notitle)
        if PUBLICATION_TYPE.match(text) and _headline_under(after, HEADLINE_UNDER_LABEL_WORDS):
            return "a publication-type label"   # 'Corporate report' over the report's name (r33entitle)
        if SERVICE_NOTICE.match(text) and _headline_under(after, TOP_TITLE_WORDS):
            return "a site notice"   # 'Essential maintenance … from 4pm to 6pm on Sunday' over the page's name (r33entitle)
        return ""
    if ZH_SITE.match(bare) and not KIND_END.search(bare):
        return "the site's name"
    if BYLINE_TIME.search(text) and len(text.split()) <= BYLINE_PIECES and not sg.terminal(text):
        return "a byline with its time"   # '公文搜 2021-07-27 17:49:30 政府报告': never the title (round6)
    if ZH_MENU.match(text):
        return "the site's menu"
    return ""


HEADLINE_UNDER_LABEL_WORDS = 30   # words of a publication's headline under its type label, at most (a portal's names run long)


def _headline_under(after: str, most: int) -> bool:
    """(r33entitle) The line under a label or banner reads as a page's headline: three words or more
    (at most `most`), opening in a capital, no sentence end, no number, not a byline or a date, not
    chrome itself. A banner over a sentence, a date or a byline is the page's own text: a news item's
    headline (`Online payments unavailable on Sunday` / `By …`) stays the title."""
    under = " ".join(after.split())
    words = under.split()
    if not 3 <= len(words) <= most or sg.terminal(under) or sg.numbering(under) or not under[:1].isupper():
        return False
    return not (re.match(r"(?i)by\s", under) or _dated(under) or chrome_reason(under, True))


LABEL_HEADLINE_WORDS = 2   # words the headline has besides the label's, at least
# (r28notitle) a legislation site's section label, two or three shelves joined ('Acts and Regulations',
# 'Statutes & Regulations', 'Acts, Regulations and Bylaws'): the shelf the page sits on, over the
# regulation's number and name; front matter, never the title (the line is kept: it may be a heading)
# (s28) also in capitals and after the jurisdiction's name, a code site's own name ('IOWA STATUTES AND CODES')
_SHELF = r"(?:Acts|Regulations|Statutes|Bylaws|By-laws|Ordinances|Bills|Rules|Orders|Codes|Laws)"
SHELF_LABEL = re.compile(rf"^\s*(?:[A-Z][A-Za-z.]+\s+){{0,2}}{_SHELF}(?:\s*(?:,|&|\band\b)\s*{_SHELF}){{1,2}}\s*$", re.I)
# (r28notitle) a document viewer's page counter over the document it shows ('1 of 482', '1 / 36'): the
# viewer's, never the title; a cover's issuer under it is read as under any chrome
VIEWER_COUNTER = re.compile(r"^\s*(?:page\s+)?\d{1,4}\s*(?:of|/)\s*\d{1,5}\s*$", re.I)


def label_over_headline(text: str, after: str) -> str:
    """(r22title) A site's category label over the page's headline: ONE word alone on the top line
    ('Charter', 'Legislation', 'Speeches') that the title-shaped line under it repeats among
    LABEL_HEADLINE_WORDS more words ('The Northern Isles 2031 Charter'). The section of the site the page
    sits in names the kind; the headline names the document. A one-word title over a subtitle
    that does not repeat it ('Gitanjali' / 'Song Offerings') and a title over its byline stay
    ('' then). Returns the headline when the label stands over it."""
    word, under = text.strip(), " ".join(after.split())
    if not re.fullmatch(r"[A-Z][A-Za-z]{2,20}", word) or not under or sg.terminal(under) or sg.numbering(under):
        return ""
    words = under.split()
    if len(words) < 1 + LABEL_HEADLINE_WORDS or len(words) > TOP_TITLE_WORDS or under.casefold().startswith("by "):
        return ""
    return under if any(w.strip(",:;()").casefold() == word.casefold() for w in words) else ""


def file_title(text: str) -> str:
    """'Page:Some Ordinance 1966 (Cap. 1).pdf/5' -> 'Some Ordinance 1966 (Cap. 1)': a wiki page's or a
    file's name names the document; its namespace, extension and page number do not ('' if not that)."""
    match = FILE_NAME.match(text.strip())
    if not match or "://" in text:
        return ""
    name = match["name"].replace("_", " ").strip()
    return name if sg.has_word(name) and " " in name or re.search(r"[\u4e00-\u9fff]{4}", name) else ""


def unglued(text: str) -> str:
    """The headline without a column name glued to it by 丨/｜/| ('政务服务丨…的实施意见') or a
    document-sharing site's chunk number ('1、…工作报告') or a record's field label (FIELD_LABEL,
    '标题：…的通知'), (r49) or a news site's name after '_' with the picture mark before it
    (`…会议开幕[图]_天天快资讯`: SITE_SUFFIX): only when the headline's side names a
    kind of document and the other side is short, so a title that holds a bar is left whole ('' if
    nothing is glued)."""
    text = text.strip()
    match = COLUMN_SEP.match(text)
    if match:
        left, right = match["left"].strip(), match["right"].strip()
        if len(left) <= COLUMN_MAX and KIND_END.search("".join(right.split())) and not KIND_END.search(left):
            return right
        if len(right) <= COLUMN_MAX and KIND_END.search("".join(left.split())) and not KIND_END.search(right):
            return left
    site = SITE_SUFFIX.match(text)
    if site and len(site["headline"]) >= SITE_HEADLINE_MIN and re.search(r"[\u4e00-\u9fff]", site["headline"]):
        return site["headline"].strip()   # (r49) '…会议开幕[图]_天天快资讯': a browser's page title, the site's name after '_'
    label = FIELD_LABEL.match(text)
    if label and KIND_END.search("".join(label["rest"].split())):
        return label["rest"].strip()   # (s28) '标题：…关于印发…预案的通知'
    chunk = CHUNK_NUMBER.match(text)
    if chunk and re.search(r"[\u4e00-\u9fff]", chunk["rest"]) and KIND_END.search("".join(chunk["rest"].split())):
        return chunk["rest"]
    return ""


# a document site's headline cut from the file's first words: the Act's name, then its contents
# list's label and first entry run on ('THE … ACT, Arrangement of Sections PART I')
CONTENTS_RUN_ON = re.compile(r"^(?P<name>\S.{2,150}?\b(?:act|ordinance|code|regulations|rules|bill|law|order|decree|constitution)"
                             r"(?:,?\s+\d{4})?)\s*[,;:.—–-]?\s+(?:arrangement of (?:sections|clauses|regulations|rules|articles|provisions)"
                             r"|table of contents|contents)\b.*$", re.I)
NAMED_YEAR = r"\s*,?\s+(?P<year>1[89]\d\d|20\d\d)\b"


def contents_cut(text: str, after: list[str]) -> str:
    """(round8en) A headline that runs on from a legal text's name into its contents list's label
    (a document site's headline: the file's first words cut at a length): the name alone, with the
    year the text itself gives that name (`…ACT, 2000 Arrangement of Sections` lower); '' when the
    headline has no such run-on."""
    match = CONTENTS_RUN_ON.match(" ".join(text.split()))
    if not match:
        return ""
    name = match["name"].rstrip(" ,;:")
    if not re.search(r"\b\d{4}$", name):
        pattern = re.compile(re.escape(name) + NAMED_YEAR, re.I)
        year = next((m["year"] for t in after if (m := pattern.search(" ".join(t.split())))), "")
        name = f"{name}, {year}" if year else name
    return name


def _label_over_meeting(lines: list[str]) -> str:
    """A page that opens with a short label and the meeting's dateline under it ('院長提示:' over
    '民國113年6月6日第3907次會議'): the label, its colon dropped, names the remarks (round15zh).
    '' otherwise: a salutation ('各位代表:') never stands over a meeting's dateline."""
    first = [line.strip() for line in lines if line.strip()][:2]
    if len(first) < 2 or not sg.SALUTATION.match(first[0]) or not sg.is_meeting_dateline(first[1]):
        return ""
    return first[0][:-1].strip()


TOP_LINES = 12        # non-empty source lines where a page's headline stands
TOP_TITLE_WORDS = 12  # words of an English title line
TOP_TITLE_ZH = 60     # characters of a Chinese one
TOP_SUBTITLED_WORDS = 20   # words of an English 'Title: subtitle' line, its subtitle in sentence case (round5)


def _title_cased(words: list[str]) -> bool:
    """'Fraud Control in Australian Government Agencies': every word of four letters or more capitalised."""
    long = [w for w in words if sum(ch.isalpha() for ch in w) >= 4]
    return bool(long) and all(w[0].isupper() for w in long) and words[0][0].isupper()


FLAT_ITEM_LABEL = re.compile(r"^(?:[a-z]|[ivxlc]{1,6}|\d{1,2})[.)]\s+\S", re.I)
FLAT_CONTENTS_ITEMS = 6     # items of a contents list flattened onto one line by semicolons
FLAT_HEAD_WORDS = 8         # words of its unlabelled first item, the page's name


def flattened_contents_head(text: str) -> str:
    """(round12en) A page's contents list flattened onto one line, its entries joined by semicolons
    ('Chapter 7; a. Primary Legislation; i. Reading …; ii. …'): when FLAT_CONTENTS_ITEMS entries or
    more follow and nearly all (all but one in five) carry a list label ('a.', 'iv.', '3)'), the
    unlabelled first entry is the root of the contents, the name of the page; '' otherwise."""
    items = [t.strip() for t in text.split(";") if t.strip()]
    if len(items) <= FLAT_CONTENTS_ITEMS:
        return ""
    head, rest = items[0], items[1:]
    labelled = sum(bool(FLAT_ITEM_LABEL.match(t)) for t in rest)
    if FLAT_ITEM_LABEL.match(head) or len(head.split()) > FLAT_HEAD_WORDS or labelled * 5 < len(rest) * 4 \
            or not sg.has_word(head) or sg.terminal(head):
        return ""
    return head


def _dated(text: str) -> bool:
    """A line that is only a date (or a place and date): never a title, however title-cased."""
    from .front import not_a_title   # lazily: front imports this module
    return bool(not_a_title(text, True))


# (r22title) a division's label and number opening a line: 'Chapter I …', 'BOOK II', 'Part A', 'ABC 4 …'
DIVISION_WORDS = ("chapter", "book", "part", "title", "article", "section", "volume", "division", "schedule", "annex",
                  "appendix", "lecture", "lesson", "unit", "canto", "act", "scene", "subpart", "subchapter", "subtitle")
DIVISION_LABEL = re.compile(r"^(?P<word>[A-Za-z]{2,12})\.?\s+(?P<number>\d{1,4}|[IVXLCDM]{1,7}|[ivxlcdm]{1,7}|[A-Z])(?=[\s.:,)—–-]|$)")


def sequence_member(text: str, others: list[str]) -> bool:
    """(r22title) A line that is one member of a numbered sequence of divisions: it opens with a
    division's word (DIVISION_WORDS) or a series' code in capitals and a number ('Chapter I General
    Matters', 'BOOK I', 'ABC 42'), and another line of
    the text opens with the same label and ANOTHER number ('Chapter II …', 'BOOK II', 'ABC 4 …').
    Such a line heads a part of the document, or files one entry of a series: never the title of
    the whole, however title-shaped it is (the text's title stands above the sequence or nowhere)."""
    match = DIVISION_LABEL.match(" ".join(text.split()))
    if not match or not (match["word"].casefold() in DIVISION_WORDS or re.fullmatch(r"[A-Z]{2,6}", match["word"])):
        return False   # a division's word, or a series' code in capitals ('ABC'): 'Release 2.0' over 'Release 1.0' is a title
    word, number = match["word"].casefold(), match["number"].casefold()
    for other in others:
        again = DIVISION_LABEL.match(" ".join(other.split()))
        if again and again["word"].casefold() == word and again["number"].casefold() != number:
            return True
    return False


# (r22title) a contents list's entry, its number in a column of its own ('III   The Right of Way',
# 'XII The Harbour Laws'): one chapter's name, never the book's
CONTENTS_ENTRY = re.compile(r"^(?:[IVXLC]{2,7}\.?\s+|[IVXLC]\.?\s{2,}|\d{1,3}\.?\s{2,})[A-Z]")


def top_lines(lines: list[str]) -> Iterator[str]:
    """The page's top zone: its first TOP_LINES non-empty lines, stripped."""
    return islice((text for text in (line.strip() for line in lines) if text), TOP_LINES)


WORD_CHAR = re.compile(r"[\u4e00-\u9fffA-Za-z0-9]")
ZH_TITLE_WORD_CHARS = 4   # characters of words a headline printed twice holds at least (not a mark with '完' in it)
# (r29reports) a town and its country or state, as a report's cover or imprint prints where it was issued
IMPRINT_PLACE = re.compile(r"^[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2},\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}$")


# (r44) a document's number glued right after its title's kind word: the issuer's short code, the year in
# brackets, the serial ('国发〔1991〕5号', '某政办发[2020]12号')
GLUED_DOC_NUMBER = re.compile(r"[\u4e00-\u9fff]{1,8}[〔\[［(（]\s*(?:19|20)\d{2}\s*[〕\]］)）]\s*第?\s*\d{1,5}\s*[号號]$")


def _glued_number_title(bare: str) -> str:
    """(r44, issue 11) A Chinese title line whose document number the copy glued on after the kind
    (a crawler that ran the page's lines together, a print of its text: `国务院关于…的通知国发〔1991〕5号`):
    the title without the number when what stands before the number ends naming a kind of document
    (KIND_END), '' otherwise. The issuer's code may be one to eight characters; the split is taken where
    the rest ends in a kind word, so `…的通知` is never cut into the code."""
    match = GLUED_DOC_NUMBER.search(bare)
    if not match:
        return ""
    for start in range(match.start(), match.end()):
        head, tail = bare[:start], bare[start:]
        if KIND_END.search(head) and GLUED_DOC_NUMBER.fullmatch(tail) and len(head) >= 4:
            return head
    return ""


def top_line_title(lines: list[str], english: bool) -> str:
    """When no line was read as the title and the file name would stand in for it: the first source
    line in the top zone shaped like a title — a line of its own, worded, unnumbered, no end mark, in
    title case (English) or naming a kind of document (Chinese) — that is no chrome. Lines matter,
    not blocks: a text without blank lines has its headline glued to what follows ('The Tempest'
    over 'ACT I'; a report's name over its blurb). A Chinese line that names no kind of document
    stands for the title when it is printed twice in the top zone (a news page's headline over the
    article's own copy of it: '某某報告:結語' twice; round15zh), after any kind-named line.
    '' when no line has that shape."""
    if not english and (label := _label_over_meeting(lines)):
        return label
    shaped: set[str] = set()   # Chinese title-shaped lines seen so far
    repeated = ""              # the first of them printed twice: a page's headline over its in-body copy
    tops = list(top_lines(lines))
    for k, text in enumerate(tops):
        if english and IMPRINT_PLACE.match(text) and k + 1 < len(tops) and _dated(tops[k + 1]):
            continue   # (r29reports) 'Windhoek, Namibia' over 'March 2021': a cover's place and date of issue
        head = flattened_contents_head(text) if english else ""
        if head:
            return head   # 'Chapter 7; a. …; i. …': the contents' root names the page (round12en)
        if chrome_reason(text, english) or file_title(text) or sg.numbering(text) or sg.terminal(text) \
                or re.match(r"^\d", text) or not sg.has_word(text) or english and CONTENTS_ENTRY.match(text):
            continue
        if english and _dated(text):
            continue   # 'Monday, 24 June 2002': a date dates the page, it names nothing (round14en)
        if english and sg.COPYRIGHT_NOTICE.match(text):
            continue   # (r28ocr) a printed book's copyright notice, kept in its scan: it names the rights' holder
        if text.count(")") > text.count("("):
            continue   # (r28notitle) 'Amendments Proclaimed on December 6, 2008)': a wrapped parenthesis's tail
        if english:
            words = text.split()
            if 2 <= len(words) <= TOP_TITLE_WORDS and _title_cased(words) and not sg.is_all_caps(text):
                return text
            head, colon, _ = text.partition(": ")
            if colon and 2 <= len(head.split()) <= TOP_TITLE_WORDS and len(words) <= TOP_SUBTITLED_WORDS \
                    and _title_cased(head.split()) and not sg.is_all_caps(text):
                return text   # 'Departmental Evaluation Plan: Fiscal years 2022 to …': the subtitle in sentence case
        else:
            bare = "".join(text.split())
            if 4 <= len(bare) <= TOP_TITLE_ZH and KIND_END.search(bare):
                return bare
            if (glued := _glued_number_title(bare)) and len(glued) <= TOP_TITLE_ZH:
                return glued   # (r44) '国务院关于…的通知国发〔1991〕5号': the title, its number glued on
            if 4 <= len(bare) <= TOP_TITLE_ZH and not repeated and bare in shaped and len(WORD_CHAR.findall(bare)) >= ZH_TITLE_WORD_CHARS:
                repeated = bare   # (r28notitle) a mark printed again ('……（完）' after each speech in a host's script) is no headline
            shaped.add(bare)
    return repeated or (caps_kind_title(lines) or flattened_meeting_title(lines) if english else "")


# an English document's kind closing a capitals line, a year or session after it at most
# ('SECOND REPORT 2017', 'ANNUAL REPORT 2019-20', 'HARBOUR ACT 1998', 'TRANSPORT STRATEGY')
CAPS_KIND_END = re.compile(
    r"\b(?:REPORT|ACT|PLAN|STRATEGY|REVIEW|GUIDELINES|POLICY|STATEMENT|BILL|CODE|CHARTER|AGREEMENT"
    r"|REGULATIONS|RULES|HANDBOOK|MANUAL|YEARBOOK|CONSTITUTION|DECLARATION)"
    r"(?:\s+\d{4}(?:\s*[-–/]\s*\d{2,4})?)?$")


# (r22title) a report's name in capitals that opens with its kind and what it is on ('REPORT ON THE
# REVIEW OF …', 'STATEMENT TO THE HOUSE ON …'), the cover's middle line between its issuer and series code
CAPS_KIND_OPEN = re.compile(r"^(?:(?:FINAL|INTERIM|ANNUAL|SPECIAL|FIRST|SECOND|THIRD|ISSUES)\s+)?(?:REPORT|STATEMENT|REVIEW"
                            r"|DISCUSSION PAPER|ISSUES PAPER|WORKING PAPER|WHITE PAPER|GREEN PAPER|INQUIRY|ADDRESS)"
                            r"\s+(?:ON|OF|INTO|TO|FOR|CONCERNING|REGARDING)\s+\S")


def caps_kind_title(lines: list[str]) -> str:
    """The last resort before the file name (round15en): the first capitals line among the top
    lines that ends naming a kind of document, a year after it at most ('SECOND REPORT 2017'
    under a committee's name, over an ISSN block, a page with no blank lines). A capitals line
    that names a body (`STANDING COMMITTEE ON … BILLS`), a sentence, chrome stay out."""
    for text in top_lines(lines):
        if not sg.is_all_caps(text) or not 2 <= len(text.split()) <= TOP_TITLE_WORDS or sg.terminal(text) \
                or sg.numbering(text) or chrome_reason(text, True) or file_title(text):
            continue
        if CAPS_KIND_END.search(text) or CAPS_KIND_OPEN.match(text):
            return text
    return ""


# (round16en) a meeting's name and date at the opening of minutes flattened onto one line (a records
# portal's text layer: 'February 25, 1981 Regular Meeting205 A Regular Meeting of the … Board …',
# '… Adopted Minutes Regular Council Meeting July 9, 2002 Mayor … called …')
_MONTH_NAME = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_MEETING_DATE = rf"(?:{_MONTH_NAME}\s+\d{{1,2}},\s+\d{{4}}|\d{{1,2}}\s+{_MONTH_NAME}\s+\d{{4}})"
_MEETING_KIND = r"(?:Regular|Special|Adjourned|Annual|Called|Joint|Organizational)"
_MEETING_BODY = r"(?:(?:City\s+|County\s+|Town\s+|Village\s+)?(?:Council|Board|Commission|Committee)\s+)"
MEETING_NAME = re.compile(rf"(?P<name>{_MEETING_DATE}\s+{_MEETING_KIND}\s+{_MEETING_BODY}?(?:Meeting|Session)"
                          rf"|{_MEETING_KIND}\s+{_MEETING_BODY}?Meeting\s+(?:of\s+)?{_MEETING_DATE})")
FLATTENED_MIN = 300    # characters: a page flattened onto one line, not a paragraph (r22flat: 1000 -> 300,
                       # the joined text split back at its capitals heads keeps its opening on a shorter line)
MEETING_OPENING = 300  # characters of its opening where the meeting's name stands


BAR_SEP = re.compile(r"\s+[·|•]\s+")
BAR_PIECE_WORDS = 3   # words of a bar's piece: a site's or section's name, a link


def _language_bar(text: str) -> bool:
    """(round23) A top bar of two to four short pieces split by `·`, `|` or `•`, one of them a
    language toggle (`Québec · Français`, `Home | Contact | Español`): the site's bar, never a title."""
    pieces = [p.strip() for p in BAR_SEP.split(text.strip())]
    return 2 <= len(pieces) <= 4 and all(0 < len(p.split()) <= BAR_PIECE_WORDS for p in pieces) \
        and any(LANGUAGE_TOGGLE.match(p) for p in pieces)


def flattened_meeting_title(lines: list[str]) -> str:
    """Minutes flattened onto one line (round16en): the first non-blank line of the top lines at
    least FLATTENED_MIN characters long; in its opening, the meeting's kind and date ('February 25,
    1981 Regular Meeting', 'Regular Council Meeting July 9, 2002') name the text, never the file
    name. The portal's chrome or a page number glued on either side is left out."""
    for line in [line for line in lines if line.strip()][:TOP_LINES]:
        if len(line) < FLATTENED_MIN:
            continue
        found = MEETING_NAME.search(line[:MEETING_OPENING])
        return " ".join(found["name"].split()) if found else ""
    return ""


# (r23entitle) the name a legal text gives itself, its citation clause possibly cut at the line's end
# ('This Act may be cited as the Minor Offences (Amendment) Act,' / a year on another line): the name
# up to its kind, whatever follows
SELF_NAME = re.compile(r"\b(?:may|shall)\s+be\s+(?:cited|called|referred\s+to)\s+as\s+(?:the\s+)?[`\"“‘']{0,2}"
                       r"(?P<name>[A-Z][\w'’-]*(?:\s+[\w'’()-]+){0,10}?\s+(?:Act|Ordinance|Regulations|Rules|Order|Code"
                       r"|Law|Bill|By-?laws?|Decree|Proclamation|Notice))\b")
# what may follow the name on its own line: its year or number ('…, 2023', '… 2009', '… (No. 2) 2009')
NAME_TAIL = re.compile(r"^(?:\s*\(No\.?\s*\d{1,3}\))?(?:,?\s*(?:of\s+)?\d{4})?\.?$")
SELF_NAMED_SEARCH = 60   # paragraphs of the text where its citation clause stands
SELF_NAMED_TOP = 24      # non-empty source lines of the page's top where its name line stands


def self_named_line(title: str, lines: list[str], paragraphs: list[str]) -> str:
    """(r23entitle) A legal text that names itself ('This Act may be cited as the X Act', 'This Order
    may be cited as …') with that name printed on a line of its own at the page's top ('X ACT, 2023'
    under a gazette's masthead and part label, under a jurisdiction's line): the line is the title
    when the title read is not that name (a label over it: 'Part A', the place, the site's name). The
    name recurs in the text; chrome and labels do not. The line may add the name's year or number
    only, in any case. Returns the line, or '' (no clause, no such line, or the title names it already)."""
    found = next((m for text in paragraphs[:SELF_NAMED_SEARCH] for m in [SELF_NAME.search(" ".join(text.split()))] if m), None)
    if not found:
        return ""
    name = found["name"].casefold()
    if name in " ".join(title.split()).casefold():
        return ""
    for line in islice((" ".join(line.split()) for line in lines if line.strip()), SELF_NAMED_TOP):
        bare = re.sub(r"^the\s+", "", line, flags=re.I)   # 'THE … ORDER 2009': the article is the line's
        if bare.casefold().startswith(name) and NAME_TAIL.match(bare[len(name):]):
            return line
    return ""


# (r23entitle) a law site's page title for one provision, kept at the page's top as the print header
# wrote it ('Section 18 - Constitution of Saint Lucia | Site', 'Article 5 – Some Code'): its label and number
PROVISION_PAGE = re.compile(r"^(?:Section|Sec\.|Article|Art\.|Rule|Regulation|Clause)\s+(?P<n>\d{1,4}[A-Z]?)\s*[-–—|:]\s*\S")


def named_provision_head(lines: list[str], heads: list[str]) -> str:
    """(r23entitle) A page that prints one provision of a law: a top line names it by its label and
    number ('Section 18 - The Constitution | The Chambers', the page's <title> kept where the print's
    date and title stood on lines of their own), and a head of the text carries that number ('18.
    Interpretation and savings'): that head is the title, not the site's name or bar over it. The
    number ties the two: a head numbered otherwise, or no head, gives ''."""
    for line in top_lines(lines):
        named = PROVISION_PAGE.match(line)
        if named:
            number = re.compile(rf"^(?:(?:Section|Article|Rule|Regulation|Clause)\s+)?{re.escape(named['n'])}\.?\s+[A-Z(]", re.I)
            return next((" ".join(h.split()) for h in heads if number.match(h.strip()) and not sg.terminal(h.strip())), "")
    return ""


# (r23entitle) a news agency's line that introduces the text it carries ('JACKSON, Miss. (AP) - Here is the
# speech of the 2014 State of the State address as prepared for delivery …:', 'Following is the full text
# of the Governor's Budget Address, delivered …'): the dateline and agency at most before it, then what follows named
WIRE_INTRO = re.compile(r"^(?:[A-Z][\w.' ,-]{0,60}\([A-Z]{2,8}\)\s*[-–—]+\s*)?"
                        r"(?:Here\s+is|Here's|Following\s+is|Below\s+is|The\s+following\s+is)\s+(?:the\s+|a\s+)?"
                        r"(?:full\s+|complete\s+|prepared\s+)?(?:text|transcript|speech|remarks)\s+of\s+(?:the\s+|his\s+|her\s+)?"
                        r"(?P<name>[\w’'.-]+(?:\s+[\w’'.-]+){1,11}?)"
                        r"(?=\s+as\s+(?:prepared|delivered|released|written)\b|\s+(?:delivered|given|made)\b|\s*[:.,;(]|\s+(?:by|on)\s+[A-Z])")
WIRE_INTRO_SEARCH = 3   # paragraphs at the text's top where the intro line stands


def wire_intro_name(paragraphs: list[str]) -> str:
    """(r23entitle) A speech or statement reprinted by a news agency with no headline kept: a line among
    the first paragraphs introduces it ('Here is the speech of the 2014 State of the State address as
    prepared for delivery …', 'Following is the text of …'): the occasion it names is the title, the
    name as the line spells it (its words recur as the text's own subject), else ''. A name that does
    not open with a capital or a number (a plain noun phrase: 'Here is the text of what he said') is none."""
    for text in paragraphs[:WIRE_INTRO_SEARCH]:
        found = WIRE_INTRO.match(" ".join(text.split()))
        if found and re.match(r"[A-Z0-9]", found["name"]) and sg.has_word(found["name"]):
            return found["name"].rstrip(".,")
    return ""


# (r25notitle) A budget speech with no title line: the minister's opening says what is presented and for
# which year ('It is an honour for me to present the Appropriation Bill for the financial year 2031/32
# …', 'I rise to present the Budget for the fiscal year 2031-32'): the speech a legislature hears on
# that occasion is its year's Budget Speech, the name the English analogue of '政府工作报告' named by
# a work report's opening words (front.kind_from_opening).
BUDGET_OPENING = re.compile(r"\b(?:present|presenting|table|tabling|move|moving|introduce|introducing)\s+(?:to\s+this\s+\w+\s+)?(?:the|this|my)\s+"
                            r"(?:(?:\w+\s+)?Appropriation\s+Bill|Budget(?:\s+Estimates)?)\b[^.]{0,80}?\b(?:financial|fiscal)\s+year\s+"
                            r"(?:of\s+)?(?P<year>(?:19|20)\d\d(?:\s*[/-]\s*(?:19|20)?\d\d)?)\b")
BUDGET_SEARCH = 4   # paragraphs at the text's top: the salutation, then the opening
# (r27govpages) the same opening naming the year's statement by its own name, no year written ('… to present
# this year’s Financial Statement and Budgetary Proposals', '… the honour to present this year's Annual Foreign
# Policy Statement'): a capitalised name ending in a kind of statement (BUDGET_NAME_KIND), two words or more
BUDGET_NAME_KIND = r"(?:Statement|Proposals|Budget|Estimates|Speech|Address|Report|Plan|Programme|Program|Review|Outlook|Policy)"
YEAR_NAMED_OPENING = re.compile(r"\b(?:present|presenting|table|tabling|deliver|delivering|introduce|introducing)\s+(?:to\s+this\s+\w+\s+)?"
                                r"this\s+year[’']s\s+(?P<name>[A-Z][\w’'-]*(?:\s+(?:[A-Z][\w’'-]*|and|of|on|the|for|&))*\s+"
                                + BUDGET_NAME_KIND + r")\b")


def budget_speech_name(paragraphs: list[str]) -> str:
    """'Budget Speech <year>' when one of the opening paragraphs presents the Appropriation Bill or
    the Budget for a financial year (BUDGET_OPENING), the year as the sentence writes it; (r27govpages)
    the statement's own name when it presents 'this year's' statement by name (YEAR_NAMED_OPENING); else ''."""
    for text in [t for t in paragraphs if sg.has_word(t)][:BUDGET_SEARCH]:   # a separator line ('-') is no paragraph
        found = BUDGET_OPENING.search(" ".join(text.split()))
        if found:
            return f"Budget Speech {''.join(found['year'].split())}"
        named = YEAR_NAMED_OPENING.search(" ".join(text.split()))
        if named:
            return named["name"]
    return ""


# (r27govpages) A policy page with no headline (its menu and byline gone): the first paragraph opens with the
# document it presents as its subject ('The National Debt Strategy 2022-2025 sets out how …', 'The Third Strategic
# Plan 2021/22 - 2025/26 acknowledges …'): a capitalised name ending in a kind of policy document, its years after
# it, then a verb that says what the document does
POLICY_KIND = r"(?:Strategy|Strategic\s+Plan|Plan|Policy|Report|Statement|Framework|Programme|Program|Budget|Review|Guidelines|Charter|Roadmap|Agenda)"
_YEARS = r"\d{4}(?:/\d{2,4})?(?:\s*[-–—]\s*\d{4}(?:/\d{2,4})?)?"
ADOPTED_VERBS = r"(?:introduced|adopted|approved|launched|prepared|developed|issued|formulated|endorsed|published|released|drafted|enacted)"
OPENING_SUBJECT = re.compile(r"^The\s+(?P<name>(?:[A-Z][\w’'-]*\s+){0,6}" + POLICY_KIND
                             + r"(?:\s+(?:for|of|on)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,4})?"
                             + r"(?:\s+\(?" + _YEARS + r"\)?)?)"
                             r"\s+(?:sets|outlines|describes|presents|provides|acknowledges|aims|builds|covers|establishes|lays|"
                             r"identifies|seeks|summari[sz]es|reviews|focuses|defines|charts|articulates|spells"
                             # (r31entitle) or what was done to it, in the passive ('The National Climate Change
                             # Policy 2019 has been introduced with the objective of …', '… was adopted by …')
                             r"|(?:has\s+been|have\s+been|was|were|is)\s+" + ADOPTED_VERBS + r")\b"
                             # (r28notitle) the opening states the document's purpose: 'The purpose of the Annual
                             # Report of the Auditor General is to report on …', 'The objective of this Review is …'
                             r"|^The\s+(?:purpose|aim|objective|object)\s+of\s+(?:the|this)\s+(?P<purposed>(?:[A-Z][\w’'-]*\s+){0,6}"
                             + POLICY_KIND + r"(?:\s+(?:for|of|on)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,4})?"
                             + r"(?:\s+\(?" + _YEARS + r"\)?)?)\s+(?:is|are|was)\s+to\b")


# (r28markdown) an encyclopedia article's opening: its subject in bold, then what it is ("'''Lake Meridian''' is a
# freshwater lake", "**Albania** (/ælˈbeɪniə/) is a country"): wiki source or its Markdown rendering
BOLD_SUBJECT = re.compile(r"^(?:(?P<article>The|An|A)\s+(?=(?:'''|\*\*)[a-z]))?(?P<mark>'''|\*\*)(?P<name>[A-Za-z0-9][^'*\n]{0,80}?)(?P=mark)(?:\s*\([^()]{0,120}\))?,?"
                          r"\s+(?:is|was|are|were|has\s+been|refers\s+to|may\s+refer\s+to|or\s|also\s)\b")
BOLD_SUBJECT_WORDS = 8   # words of the subject's name
# (r47) the same in Chinese ('**$6,000計劃**（…）是香港政府…', or in the wiki's triple quotes): the name, a gloss
# in brackets, then 是 / 為 / 指 / a comma
BOLD_SUBJECT_ZH = re.compile(r"^(?P<mark>'''|\*\*)(?P<name>[^'*\n]{1,40}?)(?P=mark)\s*(?:[（(][^（）()]{0,120}[）)])?\s*"
                             r"(?:是|為|为|指|係|，|,)")
BOLD_SUBJECT_HAN = 2     # Han characters of a Chinese subject's name at least
LINK_ALONE = re.compile(r"^\s*!?\[[^\[\]]*\]\s*[(（]\S*?(?:\s+\"[^\"]*\")?\s*[)）]\s*$")   # a picture's link alone ('[x.jpg](…/File:x.jpg "fig:…")')


def bold_subject_name(paragraphs: list[str]) -> str:
    """(r28markdown) The subject an encyclopedia article's first paragraph opens with in bold (BOLD_SUBJECT,
    the wiki convention: the article's name in bold in its first sentence), at most
    BOLD_SUBJECT_WORDS words, else ''. Wiki source or a Markdown copy has no title line above it:
    the bold name is the article's title. (r47) A Chinese article's the same way (BOLD_SUBJECT_ZH); an
    image's line or a link alone over the paragraph (the article's picture) is passed over. (r48) A
    common noun's subject opens with its article, the name in lower case ('The **economy of Zimbabwe**
    is …'): the article's name is the phrase with its first letter in capitals ('Economy of Zimbabwe')."""
    for text in [t for t in paragraphs if sg.has_word(t) and not sg.is_image_line(t) and not LINK_ALONE.match(t)][:1]:
        found = BOLD_SUBJECT.match(" ".join(text.split()))
        if found and len(found["name"].split()) <= BOLD_SUBJECT_WORDS and (found["article"] or not found["name"][0].islower()):
            name = found["name"].strip()
            return name[0].upper() + name[1:]   # (r48) 'The **economy of Zimbabwe** is …': the article 'Economy of Zimbabwe'
        found = BOLD_SUBJECT_ZH.match(text.strip())
        if found and sum(map(sg.is_han, found["name"])) >= BOLD_SUBJECT_HAN:
            return found["name"].strip()
    return ""


# (r30enweb, r30enpdf) a judgment's case block: each party's role as a label, the party's name after it on
# its line or alone on the next ('PETITIONER:' / 'Ram Lal' / 'RESPONDENT:' / 'State of …', 'APPELLANT: Jane Doe',
# 'Petitioner(s):'), as a court's judgment system, the portals that copy it and law reports print them
PARTY_LABEL = re.compile(r"^(?P<role>petitioner|appellant|applicant|plaintiff|claimant|respondent|defendant|opposite\s+part(?:y|ies))"
                         r"s?\s*(?:\(s\))?\s*:?\s*(?P<name>(?<=:)\s*\S.*)?$", re.I)
FIRST_PARTY = ("petitioner", "appellant", "applicant", "plaintiff", "claimant")
PARTY_SEARCH = 12      # opening paragraphs where the case block stands
CAPTION_REACH = 20     # lines with text at the top where a printed caption's party fields stand
PARTY_NAME_WORDS = 16  # words of a party's name


def case_parties_name(texts: list[str], reach: int = PARTY_SEARCH) -> str:
    """(r30enweb, r30enpdf) A judgment with no title line names itself by its parties: the case
    block's first party (petitioner, appellant, applicant, plaintiff, claimant) and, after it, its
    respondent or defendant, each by its label (PARTY_LABEL) within the first `reach` texts with
    text, the name on the label's line or the next: `<first> v. <second>`, else ''. A name that is
    another label or ends in a colon, or one party alone, names no case."""
    texts = [" ".join(t.split()) for t in texts if t.strip()][:reach]
    first = second = ""
    for k, label in enumerate(texts):
        match = PARTY_LABEL.match(label)
        if not match:
            continue
        name = (match["name"] or "").strip() or (texts[k + 1] if k + 1 < len(texts) else "")
        if not 0 < len(name.split()) <= PARTY_NAME_WORDS or PARTY_LABEL.match(name) or name.endswith(":"):
            continue
        role = match["role"].casefold()
        if role in FIRST_PARTY and not first:
            first = name
        elif role not in FIRST_PARTY and first and not second:
            second = name
    return f"{first} v. {second}" if first and second else ""


def opening_subject_name(paragraphs: list[str]) -> str:
    """The policy document the text's first paragraph opens with as its subject (OPENING_SUBJECT), two
    words or more, else ''."""
    for text in [t for t in paragraphs if sg.has_word(t)][:1]:
        found = OPENING_SUBJECT.match(" ".join(text.split()))
        name = found and (found["name"] or found["purposed"])
        if name and len(name.split()) >= 2:
            return name
    return ""


# (r28ocr) an encyclopedia or dictionary article printed with its HEADWORD run into its first line
# in capitals, no title line over it: 'ADVERTISEMENT, or Advertising (Fr. avertissement, …), the
# process of …', 'ABBEY, a monastery …', 'BACON, FRANCIS (1561-1626), English philosopher …'
HEADWORD = re.compile(r"^(?P<head>[A-Z][A-Z'’-]+\.?(?:[ -][A-Z][A-Z'’-]*\.?){0,3}(?:, [A-Z][A-Z'’-]+\.?(?: [A-Z][A-Z'’-]+\.?){0,2})?)"
                      r"(?=,? \(|, (?:or |an? |the )?[a-z(])")
HEADWORD_FORMULA = frozenset("""whereas now therefore resolved enacted provided notice witness sir madam mr mrs ms dr
dear ladies gentlemen friends colleagues speaker president chairman chairperson members fellow note warning
""".split())   # a resolution's or an Act's formula, a speech's or letter's address: no headword
HEADWORD_TEXT_MIN = 200   # characters of the paragraph it opens: an article's running prose
HEADWORD_AGAIN = 2        # times the headword's first word (its first six letters) stands again in the text


def run_in_headword(paragraphs: list[str]) -> str:
    """The headword an article's first paragraph opens with in capitals, run into its text and set
    off by a comma or a bracket, when the text names it again (HEADWORD_AGAIN times its stem, in
    any case): an encyclopedia's article as a scanned volume's OCR text or an e-text has no title
    line. A formula or an address in capitals (`WHEREAS, the …`, `MR. SPEAKER, …`), a paragraph
    too short for an article, a headword the text never names again give ''."""
    first = next((t for t in paragraphs if sg.has_word(t)), "")
    text = " ".join(first.split())
    found = HEADWORD.match(text)
    if not found or len(text) < HEADWORD_TEXT_MIN:
        return ""
    head = found["head"].rstrip(",")
    words = re.findall(r"[A-Za-z]+", head.casefold())
    if not words or len(words[0]) < 3 or any(w in HEADWORD_FORMULA for w in words):
        return ""
    stem = words[0][:6]
    rest = " ".join(paragraphs).casefold()[found.end():]
    return head if rest.count(stem) >= HEADWORD_AGAIN else ""


# ---------------------------------------------------------------------------------------------
# Lexical cohesion (r23cohesion): a title names what its text is about, so its content words
# recur in the text under it; a site's chrome over the headline (the site's name or tagline, a
# section of the site, a language toggle, a breadcrumb, a button, a code) names nothing the text
# is about, and its words mostly do not. The measure needs no list of any site's words, so it
# carries to a site nobody tuned on. An issuing office's name may recur (it signs the text): the
# callers combine the measure with the line's shape, never use it alone.

# English function words and the words any page uses (4+ letters: shorter words are no unit)
COHESION_STOP = frozenset("""
about above after again against also among been before being below between both could does doing
down during each from further have having here hers herself himself into itself just more most
once only other ours ourselves over same should some such than that their theirs them themselves
then there these they this those through under until very were what when where which while whom
whose with would your yours yourself shall will upon within without page home menu next back
""".split())
EN_UNIT = re.compile(r"[A-Za-z]{4,}")
HAN_RUN = re.compile(r"[\u4e00-\u9fff]{2,}")


def content_units(text: str, english: bool) -> set[str]:
    """A text's content units: English words of 4+ letters outside COHESION_STOP, case folded, a
    plural's final 's' off; Chinese character bigrams inside runs of Han characters."""
    if english:
        words = (w.casefold() for w in EN_UNIT.findall(text))
        return {w[:-1] if w.endswith("s") and not w.endswith("ss") else w for w in words if w not in COHESION_STOP}
    return {run[i:i + 2] for run in HAN_RUN.findall(text) for i in range(len(run) - 1)}


def cohesion(line: str, body_units: set[str], english: bool) -> float:
    """The share of `line`'s content units found in the text under it (`body_units`: the body's
    content_units, tokenised once per document); -1.0 when the line has no content unit (a code, a
    date, a button of short words: no evidence either way)."""
    units = content_units(line, english)
    if not units:
        return -1.0
    return len(units & body_units) / len(units)


COHESION_LOW = 0.2      # the chosen title's cohesion at most: it names next to nothing of the text
COHESION_HIGH = 0.5     # the naming line's cohesion at least (English words)
COHESION_GAP = 0.4      # and that much more than the chosen line's
# Chinese bigrams recur less: a headline paraphrases its text ('…施政報告，擔憂雙行政中心弊端' over
# a report of the speech holds 4 of its 14 bigrams), where chrome's recur not at all
COHESION_HIGH_ZH = 0.25
COHESION_GAP_ZH = 0.25
COHESION_UNITS = 2      # content units of the naming line at least (one word recurs by chance)
LABEL_WORDS = 4         # (r41) words of a page's control or section label at most
TAGLINE_WORDS = 8       # (r43) words of a site's tagline under its name at most
HEADLINE_WORDS = 5      # (r41) words of the headline under such a label at least (a section's name is shorter)
HEADLINE_RATIO = 1.5    # (r41) and, read as a heading, this many times the words of each of the text's other heads
COHESION_TOP = 8        # blocks of the page's top searched for the naming line
COHESION_EN_WORDS = 20  # words of an English title-shaped line at most
COHESION_ZH_CHARS = 60  # characters of a Chinese one
RUNNING_EN_WORDS = 12   # words of a sentence that opens the running text (English), more than
RUNNING_ZH_CHARS = 20   # characters of one (Chinese), more than
# a Chinese issuing office alone ('某某市统计局'): a signer's name recurs under the text, it names nothing
ZH_OFFICE = re.compile(r"^[\u4e00-\u9fff（）()]{2,30}(?:局|厅|委员会|委|人民政府|政府|办公室|办公厅|部|院|署|会|中心|公司|学校|大学|文件)$")


def _title_shaped(text: str, english: bool) -> bool:
    """A line that could name a document: worded, unnumbered, no sentence end, short, not chrome,
    not a salutation, not an office's name alone."""
    if not sg.has_word(text) or sg.numbering(text) or re.match(r"^\s*[—–-]", text) or sg.terminal(text) or re.match(r"^\d(?!\d{3}(?:年|\s+[A-Za-z]))", text) \
            or chrome_reason(text, english) or file_title(text) or sg.SALUTATION.match(text.strip()):
        return False
    if english:   # a title opens with a capital (a line opening in lower case carries on the line over it)
        return 2 <= len(text.split()) <= COHESION_EN_WORDS and not _dated(text) and not text.lstrip("\"'“‘([_*").islower() \
            and not text.lstrip("\"'“‘([_*")[:1].islower()
    bare = "".join(text.split())
    return 4 <= len(bare) <= COHESION_ZH_CHARS and not ZH_OFFICE.match(bare)


# what a title line that names few of its text's words still shows: a date or number (an issue's,
# a sitting's, a year's name: 'Friday, 30th September, 2022', '每周一学（10月4日—10日）'), the kind
# of document or occasion it is ('… speech …', '…的讲话'), a line cut at a function word (the title
# wrapped: 'Proposal for a' over 'REGULATION OF …')
EN_NAMING_KIND = re.compile(r"\b(?:speech|address|remarks|statement|report|act|bill|debates?|hansard|minutes|proceedings"
                            r"|review|budget|preface|foreword|introduction|summary|message|letter|declaration|charter"
                            r"|constitution)\b", re.I)
CUT_AT_FUNCTION_WORD = re.compile(r"\b(?:a|an|the|of|for|and|to|in|on|by|with|at|from|or)$", re.I)


# (r43) a site's SECTION LABEL naming its kinds of document in the plural ('SPEECHES AND REMARKS', 'Press
# releases', 'News and statements'): a shelf of many documents, never one document's name
SECTION_LABEL_WORDS = frozenset("""speeches remarks statements releases press news media events publications reports
letters addresses transcripts briefings announcements updates notices articles stories opinions columns blogs
posts videos and &""".split())


def section_label(text: str) -> bool:
    """(r43) A line made only of SECTION_LABEL_WORDS, one plural kind at least: a site's section, not a title."""
    words = [w.strip(",.:;").casefold() for w in text.split()]
    return bool(words) and all(w in SECTION_LABEL_WORDS for w in words) \
        and any(w.endswith("s") and w not in ("news", "press") for w in words)   # 'News' alone may name a page


def chrome_shaped(text: str, english: bool) -> bool:
    """A line that may be a page's chrome rather than a title whose words the text happens not to
    repeat: no digit (a date, a year, an issue's number), no kind of document or occasion, not cut
    at a function word. (r43) A site's section label naming kinds in the plural is chrome-shaped."""
    if re.search(r"\d|[〇○零一二三四五六七八九十]+\s*[年月日]", text):
        return False
    if english and section_label(text):
        return True
    if english:
        return not EN_NAMING_KIND.search(text) and not CUT_AT_FUNCTION_WORD.search(text.strip())
    return not KIND_END.search("".join(text.split())) and not re.search(r"讲话|講話|致辞|致辭|报告|報告|发言|發言", text)


def top_zone(texts: list[str], english: bool) -> int:
    """How many of the first texts (blocks) make the page's top: up to COHESION_TOP, ending before
    the first running text (a sentence of some length), salutation or numbered line."""
    for i, text in enumerate(texts[:COHESION_TOP]):
        long = len(text.split()) > RUNNING_EN_WORDS if english else len("".join(text.split())) > RUNNING_ZH_CHARS
        if sg.numbering(text) or sg.SALUTATION.match(text.strip()) or (sg.terminal(text) and long):
            return i
    return min(len(texts), COHESION_TOP)


def _label(text: str) -> bool:
    """(r41) A page's control or section label, as a line: at most LABEL_WORDS words, no end mark, not in
    capitals (English)."""
    text = text.strip()
    return len(text.split()) <= LABEL_WORDS and not re.search(r"[.:;,!?]$", text) and not text.isupper()


def _tagline_shaped(text: str) -> bool:
    """(r43) A site's tagline as a line: a short phrase (TAGLINE_WORDS words at most), no end mark, not in capitals
    (`Working for a greener Northfield`, `Serving the people of Example County`)."""
    text = text.strip()
    return len(text.split()) <= TAGLINE_WORDS and not re.search(r"[.:;,!?]$", text) and not text.isupper()


def cohesive_line(chosen: int, texts: list[str], english: bool, first_heading: int | None = None,
                  read: frozenset[int] = frozenset(), other_heads: tuple[str, ...] = ()) -> int:
    """(r23cohesion) The index of the top line that names the text when the chosen title line
    (`chosen`, an index into `texts`, the document's blocks) names next to nothing of it, else -1.

    Phenomenon: on a page nobody tuned on, the wrong title is nearly always a line from the page's
    top that names nothing the text is about — the site's name or tagline, a section of the site,
    a language toggle, a breadcrumb, an office alone, a button, a code. Rules per form do not carry
    to the next site; lexical cohesion does: a title's content units recur in the text under it
    (`cohesion`), chrome's mostly do not. Only when the chosen line's cohesion is near zero
    (COHESION_LOW; a line with no content unit gives no evidence) and another title-shaped line of
    the top zone (`top_zone`: before the first running text, salutation or numbered line) has at
    least COHESION_UNITS units and clearly higher cohesion (COHESION_HIGH, COHESION_GAP), above
    `first_heading` (the index of the text's first heading: a section's name recurs in its
    section, it does not name the text). The chosen line must look like chrome (`chrome_shaped`):
    a dated line, one naming a kind of document or cut at a function word is a title whose words
    the text need not repeat. Only a line under the chosen one (chrome stands over the headline;
    an issuer or court over it is read by the title block's own rules) and none the title block
    read (`read`: the title's wrapped lines, its subtitle, speaker, date). The body is the text
    under the top zone, tokenised once.

    (r41) A control or section label alone (LABEL_WORDS words at most, no end mark, not in capitals:
    `Subscribe`, `Select language`, `Most popular`) is read with one content unit, and the heading
    right under it may be the headline when it is no peer of the text's other heads (`other_heads`:
    HEADLINE_RATIO times the words of each); read so, the naming line must have a headline's length
    (HEADLINE_WORDS): a short line under a one-word title is its first section's name."""
    zone = top_zone(texts, english)
    # an office alone, not a 公文's headline cut at its line's end ('…办公厅关于加强…学校'); never over
    # another 公文 headline either ('…关于印发…的通知': joint issuers, the title block's own reading)
    office = not english and bool(ZH_OFFICE.match("".join(texts[chosen].split()))) and "关于" not in texts[chosen] \
        and not any("关于" in text for text in texts[chosen + 1:chosen + 3])
    # (r41) a page's control or section label alone over the headline (_label; not in capitals: a cover's status
    # line, `NOT REPORTABLE`, stands over a judgment's own title block)
    label = english and _label(texts[chosen])
    chosen_units = len(content_units(texts[chosen], english))
    # the heading under a label (and under any labels after it) is the headline only when it is no peer of the text's
    # other heads: a headline's length, and clearly longer than each of them
    headline = label and first_heading is not None and chosen < first_heading < len(texts) \
        and all(_label(texts[j]) or j in read or _tagline_shaped(texts[j]) for j in range(chosen + 1, first_heading)) \
        and len(texts[first_heading].split()) >= HEADLINE_WORDS and not sg.numbering(texts[first_heading]) \
        and all(len(texts[first_heading].split()) >= HEADLINE_RATIO * len(h.split()) for h in other_heads)
    # (r43) a site's tagline under its name, read as the text's first heading: right under the chosen line, the
    # headline right under it read as the next heading (the tagline's cohesion is checked with the body's below)
    tagline = english and first_heading is not None and first_heading == chosen + 1 and first_heading + 1 < len(texts) \
        and _title_shaped(texts[first_heading], english) and chrome_shaped(texts[first_heading], english) \
        and texts[first_heading + 1] in other_heads and len(texts[first_heading + 1].split()) >= HEADLINE_WORDS
    if first_heading is not None:   # under an office or a label alone, the heading right under it may be the headline
        zone = min(zone, first_heading + 2 if tagline else first_heading + 1 if headline or office and first_heading == chosen + 1
                   and not sg.numbering(texts[first_heading]) else first_heading)
    if chosen >= zone or not chrome_shaped(texts[chosen], english) \
            or chosen_units < (1 if label else COHESION_UNITS):
        return -1   # one word that does not recur is no evidence ('Interpretation' over '(Jersey) Law 1954')
    # only a label's own reading (one content unit, or the heading under it) asks for a headline's length: a short
    # line under a one-word title is its first section's name ('Reflections' over 'The early years')
    by_label = label and (chosen_units < COHESION_UNITS or headline)
    candidates = [i for i in range(chosen + 1, zone)   # under the chosen line: chrome stands over the headline
                  if i not in read and _title_shaped(texts[i], english) and len(content_units(texts[i], english)) >= COHESION_UNITS
                  and not (tagline and i == first_heading)
                  and not (by_label and len(texts[i].split()) < HEADLINE_WORDS)
                  and not (english and CUT_AT_FUNCTION_WORD.search(texts[i - 1].strip()))]   # the rest of a line cut short
    if not candidates:
        return -1   # the cheap tests first: the body is tokenised only when a line could name the text
    body = content_units("\n".join(texts[zone:]), english)
    if not body:
        return -1
    # an issuing office alone recurs as the text's signer: its shape is the evidence, its cohesion none
    low = 0.0 if office else cohesion(texts[chosen], body, english)
    if not 0 <= low <= COHESION_LOW:
        return -1
    if tagline and first_heading + 1 in candidates and not 0 <= cohesion(texts[first_heading], body, english) <= COHESION_LOW:
        candidates.remove(first_heading + 1)   # the first heading names its text: a section's head, no tagline
    high, gap = (COHESION_HIGH, COHESION_GAP) if english else (COHESION_HIGH_ZH, COHESION_GAP_ZH)
    best, best_score = -1, high
    for i in candidates:
        score = cohesion(texts[i], body, english)
        if score >= best_score and score >= low + gap and (best < 0 or score > best_score):
            best, best_score = i, score
    return best


# (r33enlegal) an instrument's name in capitals with its number, as the act's own title line under a portal's or
# a print's head ('REGULATION (EU) 2015/1843 OF THE EUROPEAN PARLIAMENT AND OF THE COUNCIL', 'COMMISSION
# IMPLEMENTING DECISION (EU) 2019/12', 'BY-LAW NO. 2002-93', 'ACT NO. 12 OF 2010'): up to three words before the
# kind (the issuer's, 'IMPLEMENTING', 'DELEGATED'), a number after it
ACT_NAME_LINE = re.compile(r"^(?:[A-Z][A-Z'’-]+\s+){0,3}(?:REGULATION|DIRECTIVE|DECISION|ACT|ORDINANCE|BY-?LAW|ORDER|RULES|STATUTORY\s+INSTRUMENT)"
                           r"\s+(?:\([A-Z]{2,8}\)\s+)?(?:NO\.?\s*)?\d[\d/.-]*\b[A-Z0-9 ,.()/'’&-]{0,120}$")
ACT_NAME_REACH = 30   # lines with text from the top where the act's title line stands under a portal's blocks


def act_name_line(lines: list[str], reach: int = ACT_NAME_REACH) -> str:
    """(r33enlegal) The act's own title line when no line read as the title: the first of the text's top
    lines (ACT_NAME_REACH with text) that names an instrument in capitals with its number (ACT_NAME_LINE),
    as an EU act printed from a law portal sets it under the portal's information block, else ''."""
    for text in islice((" ".join(t.split()) for t in lines if t.strip()), reach):
        if ACT_NAME_LINE.match(text):
            return text
    return ""

