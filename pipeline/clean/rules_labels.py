"""Labels a site puts around the content: the entry-title label, the 'definition' label, photo credits."""
from __future__ import annotations
import re
from collections import Counter
from difflib import SequenceMatcher

from .page import Page, window
from .vocab import CAPTION_OPENER, DEFINITION_LABELS, ENTRY_LABEL, PHOTO_CREDIT, PHOTO_CREDIT_BARE
from .vocab import RED_HEADER
from .vocab_en import EN_DATE_LINE
from .zones import head_zone

CAPTION_MAX = 150   # characters: longer lines are paragraphs that only end with a credit


def entry_label(page: Page) -> Page:
    """Cut an encyclopedia's entry label off the title line at the head; the title stays.

    Example: "词条 天津市河西区2010年政府工作报告" -> "天津市河西区2010年政府工作报告" (removes "词条 ").
    """
    for i in head_zone(page.lines):
        m = len(page.lines[i].text) <= 200 and ENTRY_LABEL.match(page.lines[i].text)
        if m:
            return page.cut(i, 0, m.end())
    return page


def definition_label(page: Page) -> Page:
    """Drop an encyclopedia's 'definition' label line at the head.

    Example: "释义".
    Also an entry page's section labels around a text it holds in full (unseen4): "發布信息" over
    the publication note, "內容全文" over the text; two or more of them among the first lines, so
    a lone word is never taken.
    """
    hits = [i for i in head_zone(page.lines) if page.lines[i].text.strip() in DEFINITION_LABELS]
    labels = [i for i in range(window(page.lines, ENTRY_SECTION_SCAN)) if page.lines[i].text.strip() in ENTRY_SECTIONS]
    return page.drop(hits + (labels if len(labels) >= 2 else []))


# an encyclopedia entry's section labels when the entry holds a document: its publication data, then
# the document in full (Simplified and Traditional)
ENTRY_SECTIONS = frozenset("发布信息 發布信息 基本信息 文件信息 内容全文 內容全文 文件全文 政策全文 全文 原文 正文内容".split())
ENTRY_SECTION_SCAN = 12   # lines of text (in the copy's spacing): the labels stand around the first paragraph


def photo_caption(page: Page) -> Page:
    """Drop a photo caption, recognised by its credit at the end, anywhere in the text; on a long
    line that only ends with a credit, cut the credit alone.

    Example: "2月3日，宁夏回族自治区第十三届人民代表大会第四次会议在银川开幕。…作政府工作报告。 宁夏日报记者 ×× 摄".
    Also a bare name as the credit after the caption's sentence ("…作政府工作报告。张三 摄"), and a
    short line that opens by saying what the picture shows ("图为…", "上图：…"): a caption even
    without a credit. "图为" inside a sentence, a figure's number ("图1 …") and paragraphs stay;
    so does a figure's caption in the body (`图：2002—2006年国内生产总值及其增长速度`, see
    `figure_caption`): only before the text (the head) is a bare `图：…` the page's photo. (r49) A
    placeholder where a picture stood, alone on its line (`(相关资料图)`, `（资料图）`, `[图片]`), goes too.
    """
    drops = []
    head = head_zone(page.lines)
    for i, line in enumerate(page.lines):
        if PICTURE_PLACEHOLDER.match(line.text):
            drops.append(i)   # (r49) '(相关资料图)': where the picture stood, no words of the text
            continue
        if len(line.text) <= CAPTION_MAX and CAPTION_OPENER.match(line.text):
            if i in head or not _figure_name(line.text):
                drops.append(i)
            continue
        if len(line.text.strip()) <= CREDIT_LABEL_MAX and PHOTO_CREDIT_LABEL.search(line.text):
            drops.append(i)   # '朱某作政府工作报告。作者:毛某': a wire photo's caption credits its author (unseen4)
            continue
        m = PHOTO_CREDIT.search(line.text) or PHOTO_CREDIT_BARE.search(line.text)
        if not m or m.start() == 0 and len(line.text.strip()) > 40:
            continue
        if len(line.text) <= CAPTION_MAX:
            drops.append(i)
            drops.extend(_caption_start(page, i))
        else:
            page = page.cut(i, m.start(), m.end())
    return page.drop(drops)


# (r49) a news page's placeholder where a picture stood, alone on its line: '(相关资料图)', '（资料图）', '[图片]'
PICTURE_PLACEHOLDER = re.compile(r"^\s*[（(\[【]\s*(?:相关)?(?:资料)?(?:图片?|圖片?)(?:\s*来源[^)）\]】]{0,20})?\s*[)）\]】]\s*$")

# a caption's sentence, then its photographer under a label, ending the short line
CREDIT_LABEL_MAX = 40   # characters: a caption's one sentence and its credit, not a paragraph signed by its author
PHOTO_CREDIT_LABEL = re.compile(r"(?<=[。！？])\s*(?:作者|摄影|攝影|图片作者|圖片作者)\s*[:：]\s*[\u4e00-\u9fff×]{2,4}\s*$")


def _caption_start(page: Page, i: int) -> list[int]:
    """The caption's first line when a printed caption wrapped over two lines: the line just
    above the credit line opens a block (a blank line or the text's start above it) and stops
    mid-sentence, so the credit line finishes its sentence."""
    if i == 0 or not page.lines[i - 1].text.strip():
        return []
    above = page.lines[i - 1].text.strip()
    opens = i == 1 or not page.lines[i - 2].text.strip()
    return [i - 1] if opens and not re.search(r"[。！？；：.!?;:]$", above) and len(above) <= CAPTION_MAX else []


# a picture's caption by its own label: `图：…`, `图1 …`, `图为…`, `Figure 3.`, `Fig. 2:`, `Photo:`
FIGURE_LABEL = re.compile(r"^(?:[图圖]\s*\d{0,3}\s*[：:．.]|[图圖]\d{1,3}\s|[图圖]为|(?:Figure|Fig\.)\s*\d{1,3}[.:]|"
                          r"(?:Photo|Image|Picture)(?: credit)?:)", re.I)
# ... of which these name one of the document's own figures (a chart, a diagram), not a photo
FIGURE_NAME = re.compile(r"^\s*(?:[图圖]\s*\d{0,3}\s*[：:．.]|[图圖]\d{1,3}\s|(?:Figure|Fig\.)\s*\d{1,3}[.:])", re.I)
FIGURE_CAPTION_MAX = 60
SENTENCE_END = re.compile(r"[。！？；.!?;][”’\"')）]*$")


def _figure_name(text: str) -> bool:
    """A short caption naming a figure of the document: a figure label and a noun phrase (no
    sentence, no photographer's credit)."""
    text = text.strip()
    return bool(FIGURE_NAME.match(text)) and len(text) <= FIGURE_CAPTION_MAX and not SENTENCE_END.search(text) \
        and not (PHOTO_CREDIT.search(text) or PHOTO_CREDIT_BARE.search(text))


def figure_caption(page: Page) -> Page:
    """Drop a photo's caption that the page printed as a line of its own just above a
    paragraph (text extraction then glues it to that paragraph): a short line that opens with a
    photo label (`图为`, `Photo:`, `Image:`), does not end a sentence, and is followed by a line
    that starts one (not a continuation). A line that ends a sentence (`图为…作报告。` with a
    credit goes by `photo-caption`), or a label inside a sentence, stays.

    A figure's caption (`图：…`, `图1 …`, `Figure 3. …`) names a chart or diagram of the document
    itself: it is the document's text and stays, a paragraph of its own (the structure stage
    never makes it a heading); only a photo's caption is the page's (issue #11: body kept).

    Example: "Photo: the assembly hall" above "The meeting opened…"; not
    "图：2002—2006年国内生产总值及其增长速度" above "一年来的主要工作是：".
    """
    drops = []
    lines = page.lines
    for i, line in enumerate(lines):
        text = line.text.strip()
        if not FIGURE_LABEL.match(text) or len(text) > FIGURE_CAPTION_MAX or SENTENCE_END.search(text) \
                or _figure_name(text):
            continue
        nxt = next((l.text.strip() for l in lines[i + 1:] if l.text.strip()), "")
        if nxt and not nxt[0] in "，、；：,;:)）”’" and not nxt[:1].islower():
            drops.append(i)
    return page.drop(drops)


# what a model-essay site adds to a text's title in its headline ('镇政府报告范文', '…总结范文3篇', '…模板')
ESSAY_SUFFIX = re.compile(r"(?:范文|範文|范本|範本|范例|範例|模板|例文)(?:\d{1,2}篇|[（(]\d{1,2}篇[)）]|大全|精选|精選)?"
                          r"|(?:\d{1,2}篇|大全|精选|精選)"
                          # (r27docshare) a collection's count in brackets: '…述职报告（3篇）', '…总结（精选5篇）', '(通用10篇)'
                          r"|[（(](?:精选|精選|通用|优选|優選|热门|熱門)?\d{1,2}篇[)）]")


def _contents_between(page: Page, first: int, second: int) -> bool:
    """(partlist) The cleaner took a contents list out from between the two lines: a print sets the
    title on its cover, the arrangement, then the title again over the text (`APPRENTICESHIP ACT
    1972` twice); the second copy opens the text, it does not repeat a headline."""
    top, bottom = page.lines[first].number, page.lines[second].number
    return sum(1 for r in page.removed if r.rule == "contents-box" and top < r.line < bottom) >= CONTENTS_BETWEEN


CONTENTS_BETWEEN = 3   # contents lines removed between the two copies: a list, not a stray label


def _only_copy(page: Page, headline: str, title: str) -> bool:
    """(r26zh) The headline printed once more, word for word, and nowhere else, under lines the
    site printed above it (a law database's record of the statute, removed): the page heads the
    statute's text with its name again (front matter of the text, not a short title repeated). A
    name printed a third time is the page's (site header, headline, text); a headline that opens
    the page is a CMS row's, whose copy goes (xxs8)."""
    return headline == title and sum(line.text.strip() == title for line in page.lines) == 2 \
        and any(r.line < page.lines[0].number for r in page.removed) if page.lines else False


# (r28markdown) a Markdown page's own title over the division it holds ('# Part 8 » General Provisions' over
# 'PART VIII General Provisions'): the site's name for the page, marked, no portal's short headline
MD_TITLE_PAGE = re.compile(r"^#{1,6}\s+\S.*\s(?:»|>|›|\||-|–|—|:)\s\S")


# (r30zhweb) a template's masks for the names it leaves out, inside a title: 'XX区', '××县', '**镇', 'ＸＸ市'
TITLE_MASK = re.compile(r"(?<=[\u4e00-\u9fff])(?:[XＸ]{2,3}|[×＊]{2,3}|\*{2,3})(?=[\u4e00-\u9fff])"
                        r"|^(?:[XＸ]{2,3}|[×＊]{2,3})(?=[\u4e00-\u9fff])")


def _unmasked_copy(headline: str, title: str) -> bool:
    """(r30zhweb) The headline is the text's own title line under it with the template's masks left
    out (`在区重点工作推进会上的讲话` over `在XX区重点工作推进会上的讲话`): a speech site prints
    the title without the masks in its headline, the text keeps them. The masks sit between
    Chinese characters (or open the name), never at its ends as Markdown's bold marks do."""
    if not TITLE_MASK.search(title) or TITLE_MASK.search(headline):
        return False
    return "".join(TITLE_MASK.sub("", title).split()) == "".join(headline.split())


# (r30enweb) a section page's headline naming the whole and the part ('Harbour History - Early Years', 'Annual
# Report 2019: Financial Statements'): the part after the last separator, in Latin letters
SECTION_PAGE_HEADLINE = re.compile(r"^(?P<whole>.*[A-Za-z].*?)(?:\s(?:»|›|-|–|—)|\s?:)\s(?P<part>[^»›:–—]*[A-Za-z][^»›:–—]*)$")


def _section_of_headline(headline: str, title: str) -> bool:
    """(r30enweb) The line under a section page's headline names the section, the headline's LAST
    part after a separator (`Harbour History - Early Years` / `Early Years`): the section's own head, the
    first line of the text the page shows, not a copy of the headline; it stays (the structure stage
    reads it as the section's heading). A line repeating the headline's first part (`Annual Report |
    Ministry of X` / `Annual Report`: the headline with the site's name after it) is still a copy."""
    match = SECTION_PAGE_HEADLINE.match(" ".join(headline.split()))
    return bool(match) and match["part"].strip() == " ".join(title.split()) and match["whole"].strip() != match["part"].strip()


# (r31entitle) a line closed by a separator with nothing after it ('Budget Speech 2015Introduction |',
# 'Annual Report » Part 2 ›'): a site's tab row or trail whose next item was cut, the site's label over the
# page, never the text's own title line
DANGLING_SEPARATOR = re.compile(r"\S\s+[|»›>/]\s*$")


def repeated_title(page: Page) -> Page:
    """Drop the document's short title when it repeats the page headline just above it.

    Example: "2026年宁夏回族自治区政府工作报告" then "政府工作报告" -> the second line goes.
    An essay site's headline, the text's title with its own word after it ("镇政府报告范文" over
    "镇政府报告"; `范文`, `范本`, `模板`, `大全`, `N篇`), is the site's: the headline goes and the title
    stays (round9zh, xxu3). The headline that prints the title without the template's masks
    ("在区…的讲话" over "在XX区…的讲话") goes likewise: the text's line is the title (r30zhweb).
    Where the headline is the short form of the body's full name under it, the headline goes and the
    full name stays as the title (see short_form; the structure stage keeps the short form as the
    title's abbreviation; unseen8). (r28markdown) A Markdown page's marked title of two parts
    ('# Part 8 » General Provisions', MD_TITLE_PAGE) over the division heading it holds stays: the
    page's title, the division its first heading. (r31entitle) A headline closed by a dangling
    separator (`Budget Speech 2015Introduction |`, DANGLING_SEPARATOR) is the site's tab row over the
    page's own title block (`2015` / `Budget Speech` / …): the row goes, the block stays.
    (r40webpdf) A headline wrapped at a print's measure whose last word stands alone under it is no
    copy: the two lines stand together in the browser's printed page title (_wrapped_in_print_head).
    """
    first = [i for i, line in enumerate(page.lines) if line.text.strip()][:2]
    if len(first) < 2:
        return page
    headline, title = (page.lines[i].text.strip() for i in first)
    if _contents_between(page, *first):
        return page   # (partlist) the Act's name again over its text, after the contents between them: front matter
    titlelike = len(headline) <= 60 and not any(mark in headline + title for mark in "。！？；!?;")
    split = _split_copy(page, first[1], headline)
    if titlelike and _unmasked_copy(headline, title):
        return page.drop([first[0]])   # the site's copy of the title with its masks left out (r30zhweb)
    if titlelike and ESSAY_SUFFIX.fullmatch(headline[len(title):] if headline.startswith(title) else "x"):
        return page.drop([first[0]])   # an essay site's headline: the text's title and '范文' (round9zh)
    if titlelike and 2 <= len(title) <= 30 and title in headline and DANGLING_SEPARATOR.search(headline):
        return page.drop([first[0]])   # (r31entitle) a site's tab row cut after its separator: the page's own block stays
    if titlelike and 2 <= len(title) <= 30 and title in headline and not split and not EN_DATE_LINE.match(headline) \
            and not _year_moved(page, first[1], headline) and not _only_copy(page, headline, title) \
            and not _section_of_headline(headline, title) and not _wrapped_in_print_head(page, *first):
        return page.drop([first[1]])   # a date printed twice is a dateline, no title repeated (round18en)
    if titlelike and len(title) <= 60 and short_form(headline, title) and not MD_TITLE_PAGE.match(headline):
        return page.drop([first[0]])   # the headline's short form over the text's full name: the full
        #                                name is the title, the short one its abbreviation (unseen8)
    return page


def title_block_copy(page: Page) -> Page:
    """Drop a title block's dateline printed a second time before the text begins, with the lines
    that follow it as they followed the first copy (the speaker): a page template that fills a
    subtitle field with the dateline and the speaker, then prints them again from the body
    (unseen10, xx3). Only in the head of the page — the lines before the first one that ends a
    sentence or addresses the audience (`各位代表:`) — and only from a dash dateline
    (`——2022年1月18日在…会议上`) on: other repeated short lines there (an issuer's name under each
    copy of a law site's title) are left to the rules that know those pages.

    Example: "某某工作报告" "——2022年1月18日在…会议上" "某某院长 张三" "——2022年1月18日在…会议上"
    "某某院长 张三" "各位代表:" -> the second dateline and speaker go. A line repeated after the text
    has begun (a law's title again after its promulgation order) stays.
    """
    idx = [i for i, line in enumerate(page.lines) if line.text.strip()]
    head: list[str] = []
    for i in idx[:TITLE_BLOCK_LINES]:
        text = "".join(page.lines[i].text.split())
        if SENTENCE_MARK.search(text) or text.endswith((":", "：")) or len(text) > HEADLINE_MAX:
            break
        head.append(text)
    for n, text in enumerate(head):
        if not DASH_DATELINE.match(text) or text not in head[:n]:
            continue
        first = head.index(text)
        k = 0
        while n + k < len(head) and first + k < n and head[n + k] == head[first + k]:
            k += 1
        return page.drop(idx[n:n + k])
    return page


DASH_DATELINE = re.compile(r"^[—－-]{1,2}.{0,40}(?:会议|會議|大会|大會)上?$")


TITLE_BLOCK_LINES = 12   # non-empty lines at the top where the title block stands


def _split_copy(page: Page, i: int, headline: str) -> bool:
    """The line at `i` and the next non-empty one spell the headline together (spaces aside): the
    text's own title set over two lines under the page's headline ('某局2018年度整体支出' /
    '绩效评价报告' under '某局2018年度整体支出 绩效评价报告'), not its short form; both stay for
    the title block, which reads them as the title again (unseen12).

    Three or four lines count the same (round19zh): a long plan report's title that the body wraps
    over three lines ('某区2020年国民经济和社会' / '发展计划执行情况与2021年' / '计划草案的报告')."""
    rest = [k for k in range(i + 1, len(page.lines)) if page.lines[k].text.strip()][:SPLIT_COPY_LINES - 1]
    bare = "".join(headline.split())
    joined = "".join(page.lines[i].text.split())
    for k in rest:
        joined += "".join(page.lines[k].text.split())
        if joined == bare:
            return True
        if not bare.startswith(joined):
            return False
    return False


SPLIT_COPY_LINES = 4   # lines a title set under its headline may wrap over


def _wrapped_in_print_head(page: Page, i: int, j: int) -> bool:
    """(r40webpdf) The headline's own second line, not its short copy: the two lines together (spaces
    aside) stand in the page title a browser printed in its running head, which the page-furniture
    rule took out (`Road Works - Smith Street and Jones` / `Street` under the head `… Smith Street and
    Jones Street - City of …`): a word of the headline wrapped onto a line of its own."""
    joined = "".join((page.lines[i].text + page.lines[j].text).split())
    return any(joined in "".join(r.text.split()) for r in page.removed if r.rule == "running-head")
BARE_NUMBER = re.compile(r"^\s*\d{1,4}\s*$")


def _year_moved(page: Page, i: int, headline: str) -> bool:
    """(round19zh) The line at `i` is the text's own title whose year a PDF text layer moved out of
    it onto the next line ('年某市政府工作报告' / '2023' under '2023年某市政府工作报告'): the year put
    back, the two spell the headline's words; the copy is the title block's front matter, not the
    headline's short form, and stays as `_split_copy`'s lines do."""
    rest = [k for k in range(i + 1, len(page.lines)) if page.lines[k].text.strip()][:1]
    if not rest or not BARE_NUMBER.match(page.lines[rest[0]].text):
        return False
    year, title = page.lines[rest[0]].text.strip(), "".join(page.lines[i].text.split())
    return (year + title) in "".join(headline.split())


SHORT_FORM_TAIL = 8   # characters the two names must end alike in, at least


def short_form(headline: str, title: str) -> bool:
    """'政协全国委员会常务委员会工作报告' over '中国人民政治协商会议全国委员会常务委员会工作报告':
    a portal headline gives the body's name in a short form (an abbreviated issuer) and the
    body repeats it in full. The two end in the same words — the kind of document and whose it
    is — over two thirds of the shorter and SHORT_FORM_TAIL characters at least, and the second
    is the longer: the same title again, not a subtitle (which adds words after, not before)."""
    a, b = "".join(headline.split()), "".join(title.split())
    if len(b) <= len(a):
        return False
    tail = 0
    while tail < len(a) and a[-1 - tail] == b[-1 - tail]:
        tail += 1
    return tail >= SHORT_FORM_TAIL and tail * 3 >= 2 * len(a) and tail < len(a)


ECHO_MIN = 3          # the headline this many times in all: the page repeats it (SEO, teaser boxes)
_MD_MARK = re.compile(r"^#{1,6}\s+|\s+#{1,6}$")


def _bare(text: str) -> str:
    return _MD_MARK.sub("", text.strip()).strip()


# (r42) a page's title line over the site's template, the headline again under it
BAND_MIN = 8          # short lines between the two: fewer is a title block (issuer, date, author)
BAND_LINE_MAX = 20    # characters of a template line (a menu item, a widget's word, the office's name)
BAND_REACH = 120      # lines with words from the title line to its copy at most


def title_band(page: Page) -> Page:
    """(r42) Drop the site's template between a page's title line and its headline: a portal page
    saved as text opens with the page's own title (the `<title>`, the headline's words), then the
    template's short lines — the office's name, accessibility links, a search widget one word a
    line ('搜索位置' / '标题' / '全文' / '按时间' …), download buttons — then the headline again alone
    over the text. Every line between is short (BAND_LINE_MAX), with no sentence mark, and there
    are BAND_MIN or more of them; the title line and its copy stay (headline_echo and the title
    block read them).

    Example: '2022年某省政府工作报告' / '某省人民政府办公厅' / ' 无障碍' / '高级搜索' / '标题' / '全文' / … /
    '下载文字版' / '2022年某省政府工作报告' / the text."""
    texts = [i for i, line in enumerate(page.lines) if line.text.strip()]
    if len(texts) < BAND_MIN + 2:
        return page
    headline = _bare(page.lines[texts[0]].text)
    if not 6 <= len(headline) <= 60 or any(mark in headline for mark in "。！？；!?;"):
        return page
    band = []
    for i in texts[1:BAND_REACH]:
        text = _bare(page.lines[i].text)
        if text == headline:
            return page.drop(band) if len(band) >= BAND_MIN else page
        if len(text) > BAND_LINE_MAX or any(mark in text for mark in "。！？；!?;，,"):
            return page
        band.append(i)
    return page


def headline_echo(page: Page) -> Page:
    """Drop the later copies of the page headline when it stands alone ECHO_MIN or more times.

    A page tuned for search engines, or one with teaser boxes, repeats its headline over the text
    several times; each copy would read as a section heading. The first line (the title) stays.
    A headline printed twice (a law's title again after its promulgation order), or a line that
    only contains the headline's words, stays.

    Example: "某某省召开全省经济工作会议" as line 1, then again alone at lines 5, 9 and 14.
    A channel's name between the headline and its copy right under it ("本地事") goes (r27zhportal).
    A copy under a content site's item label ("第一篇：" + the headline) goes even once, and so does a
    copy of a headline that is an issuer's red header ("某某人民政府办公厅文件") (unseen4).
    """
    texts = [i for i, line in enumerate(page.lines) if line.text.strip()]
    if not texts:
        return page
    headline = _bare(page.lines[texts[0]].text)
    if not 2 <= len(headline) <= 60 or any(mark in headline for mark in "。！？；!?;"):
        return page
    copies = [i for i in texts[1:] if _bare(page.lines[i].text) == headline]
    # a content site that gathers several texts under one headline labels each copy of it
    # ('第一篇:湖南省人民政府办公厅文件'): a labelled copy is the site's, however often it stands (unseen4)
    labelled = [i for i in texts[1:] if (m := ITEM_LABEL.match(page.lines[i].text)) and _bare(m["rest"]) == headline]
    # a chrome line that names the page after a short label ending in ':' or '|' ('10-28 | 移动端:' +
    # the headline: a date and a link to the mobile page) is the site's, even once (unseen6, xy6)
    labelled += [i for i in texts[1:] if _labelled_copy(_bare(page.lines[i].text), headline)]
    labelled += _channel_between(page, texts, headline)   # a channel's name between the headline and its copy (r27zhportal)
    if RED_HEADER.match(headline):
        return page.drop(copies + labelled)   # an issuer's red header as the site's headline: its copy over the
        #                                       document is the same words once more (unseen4)
    return page.drop(copies + labelled) if len(copies) + 1 >= ECHO_MIN else page.drop(labelled)



CHANNEL_MAX = 8   # characters of a site's channel (column) name
CHANNEL_NAME = re.compile(r"^[\u4e00-\u9fffA-Za-z]{2,%d}$" % CHANNEL_MAX)
# an issuing body's name ends in its kind ('某省人大常委会', '某市人民政府', '某某局'), an instrument's in
# its kind ('主席令', '公告', '决定'): a law site prints the issuer or the promulgating instrument between the
# statute's headline and its copy, and that line is the document's, not the site's
ISSUER_END = re.compile(r"(?:会|委|局|厅|廳|部|院|署|办|辦|室|政府|人大|政协|政協|党组|黨組|中心|公司|集团|集團|法院|处|所|社|站"
                        r"|令|公告|通告|决定|決定|决议|決議|文件|通知|批复|批復|函|号|號)$")


def _channel_between(page: Page, texts: list[int], headline: str) -> list[int]:
    """(r27zhportal) A reprint or news site prints its headline, the name of the channel the item is
    filed under ('本地事', '政务要闻', '时政'), then the headline again over the text: a short name of
    letters only (no digit, no mark, CHANNEL_MAX characters at most) standing between the headline and
    its word-for-word copy right under it is the site's label, never the document's (a subtitle or a
    kind line stands under the copy, not between two copies). An issuer's or an instrument's name there
    (ending in its kind, ISSUER_END: '某省人大常委会', '主席令') is the document's and stays. Nothing else moves."""
    if len(texts) < 3:
        return []
    label, copy = texts[1], texts[2]
    if _bare(page.lines[copy].text) == headline and CHANNEL_NAME.match(page.lines[label].text.strip()) \
            and page.lines[label].text.strip() not in headline \
            and not ISSUER_END.search(page.lines[label].text.strip()):
        return [label]
    return []


# (round8zh) a headline with the page's counter glued to its end: the words, then 1-7 digits and
# nothing between ('…关于印发某某应急预案的通知0', '…工作方案的通知 1523'); a policy database prints
# its view counter right after the headline, and a copy keeps the digits on the headline's line
GLUED_COUNTER = re.compile(r"^(?P<words>.*[\u4e00-\u9fff》）)])[ \u3000]?(?P<count>\d{1,7})\s*$")
# the kinds a document's title ends with: a number glued after one is no part of the title
TITLE_KIND_END = re.compile(r"(?:通知|决定|決定|意见|意見|通报|通報|批复|批復|公告|通告|办法|辦法|规定|規定|方案|预案|預案"
                            r"|规划|規劃|报告|報告|条例|條例|细则|細則|纲要|綱要|要点|要點|函|讲话|講話)$")
COUNTED_SCAN = 12   # lines of text: the document's own title line stands under the site's few label lines
# (r42) a report's or a plan's year set after its kind, as a series names its volumes ('中国数字经济发展报告2023',
# '某市国土空间规划2035'): the title's own year, no counter
TITLE_YEAR = re.compile(r"^(?:19|20)\d\d$")
REPORT_KIND_END = re.compile(r"(?:报告|報告|规划|規劃|纲要|綱要|白皮书|白皮書|蓝皮书|藍皮書)$")


def counted_headline(page: Page) -> Page:
    """A site's headline with its view counter glued to the end (a policy database's page: the
    headline, then '0' or '1523' in the counter's place, the copy losing the gap between them).

    When the headline's words stand again alone within the next COUNTED_SCAN lines (the document's
    own title line under the site's label lines), the first line is the site's and goes whole;
    otherwise only the digits go, when the words end with the kind of a document ('…的通知0'):
    no title ends in a number glued after its kind. A headline that ends in a number of its own
    ('某某县2023年', '第5号') keeps it, and so does a report's or a plan's series year after its kind
    ('…发展报告2023', '…规划2035', r42).

    Example: "某市政府办公室关于印发某某预案的通知0" / "政策" / "发布时间:…" / "某市政府办公室关于印发
    某某预案的通知" -> the first line goes; "某某局关于某某工作的通知 128" alone -> " 128" is cut.
    """
    texts = [i for i, line in enumerate(page.lines) if line.text.strip()]
    if not texts:
        return page
    first = texts[0]
    match = GLUED_COUNTER.match(page.lines[first].text.strip())
    if not match or len(match["words"]) < 6 or any(m in match["words"] for m in "。！？；!?;"):
        return page
    words = _bare(match["words"])
    if any(_bare(page.lines[i].text) == words for i in texts[1:COUNTED_SCAN]):
        return page.drop([first])
    if TITLE_KIND_END.search(words) and not (TITLE_YEAR.match(match["count"]) and REPORT_KIND_END.search(words)):
        start = page.lines[first].text.rindex(match["count"])
        while start and page.lines[first].text[start - 1] in " \u3000":
            start -= 1
        return page.cut(first, start, len(page.lines[first].text.rstrip()))
    return page


ITEM_LABEL = re.compile(r"^\s*第[一二三四五六七八九十\d]{1,3}篇\s*[:：]\s*(?P<rest>\S.*)$")
LABEL_MAX = 16   # characters of a label before a copy of the headline ('10-28 | 移动端:')


def _labelled_copy(text: str, headline: str) -> bool:
    """'10-28 | 移动端:某某在某会议上的讲话': the whole headline after a short label that ends in ':'
    or '|' and holds no sentence: a site's line naming the page (a date, a link to its mobile copy),
    not a heading. A line that goes on after the headline, or a long lead-in, is text."""
    if len(headline) < HEADLINE_LABELLED_MIN or not text.endswith(headline) or text == headline:
        return False
    label = text[:-len(headline)].rstrip()
    return 0 < len(label) <= LABEL_MAX and label[-1] in ":：|｜" and not SENTENCE_MARK.search(label)


HEADLINE_LABELLED_MIN = 6   # characters: a headline long enough that its copy is no chance match


TWICE_MIN = 2        # paragraphs after the repeated headline that copy those after the first one
HEADLINE_MAX = 60    # characters: a headline, not a paragraph
SENTENCE_MARK = re.compile(r"[。！？.!?]")
HEADLINE_LINES = 3   # lines of words at the top where the headline may stand (a button bar above it)


def page_twice(page: Page) -> Page:
    """Drop the second copy of a page's text: the headline again, then the same paragraphs in the
    same order as under its first copy (a template that prints the article in a summary box and
    again as the article, or a copy that took the text twice; unseen3, xj5).

    Example: "在…大会上的讲话" "同志们：…" "下面，我先讲三点意见。" "在…大会上的讲话" "同志们：…"
    "下面，我先讲三点意见。" -> the last three lines go (with TWICE_MIN = 2 paragraphs or more copied).
    A headline printed again over different text (a law's title after its promulgation order), a
    single paragraph repeated (a teaser; see `teaser`), or a title page's lines set again (names,
    no sentences; newdocs xn14) is not this.
    """
    idx = [i for i, line in enumerate(page.lines) if line.text.strip()]
    texts = [_bare(page.lines[i].text) for i in idx]   # '# 讲话' is the headline '讲话' marked (a Markdown export)
    # the headline stands among the page's first lines of words (chrome may come first): only
    # those are tried, so the rule stays linear in the page's length
    for a, head in enumerate(texts[:HEADLINE_LINES]):
        if len(head) > HEADLINE_MAX or any(m in head for m in "。！？!?；;"):
            continue
        b = a + 1
        while b < len(texts):
            if texts[b] != head:
                b += 1
                continue
            run = 0
            while b + 1 + run < len(texts) and a + 1 + run < b and texts[a + 1 + run] == texts[b + 1 + run]:
                run += 1
            prose = sum(1 for t in texts[b + 1:b + 1 + run] if SENTENCE_MARK.search(t))
            if prose >= TWICE_MIN:   # paragraphs, not a title page's names set again (xn14)
                return page.drop(idx[b:b + 1 + run])
            b += run + 1   # a later copy starts after this one's run: each line is compared once
    return _copied_run(page)


COPY_RUN_MIN = 8        # lines of the first copy matched again, in order: a page's text, not a refrain
COPY_KEY_MIN = 12       # characters of a line that opens a copy: no short label or number
COPY_SIMILAR = 0.85     # likeness of two lines that are one line read twice (OCR residues: 'M^ -^302')
COPY_SHORT = 8          # characters: a short line one copy has and the other lost or misread ('L._796' / 'L._')
COPY_TAIL = 3           # non-blank lines after the second copy: it closes the text (a preview after the document)
COPY_STEPS = 20000      # line pairs compared in all: a bound on the rule's time
COPY_RESIDUE = re.compile(r"[\s^`~]+")


def _copy_key(text: str) -> str:
    return COPY_RESIDUE.sub("", text).casefold()


def _alike(a: str, b: str) -> bool:
    return a == b or min(len(a), len(b)) >= COPY_SHORT and SequenceMatcher(None, a, b, autojunk=False).ratio() >= COPY_SIMILAR


def _copied_run(page: Page) -> Page:
    """(r28ocr; WIDENS `page-twice` to a copy with no headline) the same page's text twice, the
    second read again with its own small differences: a sharing site's text preview after the
    document's OCR text (`^` residues, one blank line after every line, a short line lost or read
    otherwise: `L._796` / `L._`, `2OI8` / `2OI`). From a line of COPY_KEY_MIN characters or more
    that stands again later, the two copies are walked in order, line by line alike (COPY_SIMILAR),
    a short line (< COPY_SHORT) one copy has and the other has not skipped; COPY_RUN_MIN lines or
    more alike (as many different lines, each said exactly twice in the text), TWICE_MIN of them with a sentence mark, the second copy
    closing the text (COPY_TAIL lines after it at most): the second copy goes. A law's penalty
    clause or a list said again inside the text stays. A refrain, a formula, a row of the same line or a short quotation said again stays.

    Example: the gazette page's 23 OCR lines, then the preview's copy of them with `^` residues -> the copy goes."""
    idx = [i for i, line in enumerate(page.lines) if line.text.strip()]
    keys = [_copy_key(page.lines[i].text) for i in idx]
    times = Counter(keys)   # a page read twice says each of its lines twice; a body repeated under every article, more
    first: dict[str, int] = {}
    steps = 0   # line pairs compared, all walks together: the rule stays linear on a long text
    for k, key in enumerate(keys):
        if len(key) < COPY_KEY_MIN:
            continue
        if key not in first:
            first[key] = k
            continue
        if times[key] != 2:
            continue
        a, b, start, matched, prose, last = first[key], k, k, 0, 0, k
        distinct: set[str] = set()
        while a < start and b < len(keys) and steps < COPY_STEPS:
            steps += 1
            if _alike(keys[a], keys[b]):
                matched += 1
                if times[keys[a]] == 2:
                    distinct.add(keys[a])
                prose += bool(SENTENCE_MARK.search(page.lines[idx[b]].text))
                last = b
                a, b = a + 1, b + 1
            elif len(keys[a]) < COPY_SHORT:
                a += 1
            elif len(keys[b]) < COPY_SHORT:
                b += 1
            else:
                break
        if matched >= COPY_RUN_MIN and len(distinct) >= COPY_RUN_MIN and prose >= TWICE_MIN and last >= len(keys) - COPY_TAIL:
            return page.drop(idx[start:last + 1])
    return page


CUT_HEADLINE_SCAN = 8     # lines of text under the cut headline: the document's title block
CUT_HEADLINE_MIN = 8      # characters inside the open mark: a name, not a word


def cut_headline(page: Page) -> Page:
    """Drop a site's headline cut at a fixed length inside its title mark, over the document's own
    title: the first line of text opens `《` and never closes it, has no sentence mark, and its words
    after the mark stand inside the lines under it read as one run (the title set over several
    lines, blank lines between). The CMS cut the name; the title under it is whole (round9zh, xxu5).

    Example: "《某某省进一步支持民间投资发展实施" over "某某省人民政府办公厅关于印发某某省" /
    "进一步支持民间投资发展" / "实施方案的通知" -> the first line goes. A headline whose name
    closes, or whose words the lines under it do not hold, stays (front._name_open joins a
    headline wrapped inside its mark).
    """
    idx = [i for i, line in enumerate(page.lines) if line.text.strip()]
    if len(idx) < 2:
        return page
    first = "".join(page.lines[idx[0]].text.split())
    if not first.startswith("《") or "》" in first or any(mark in first for mark in "。！？；，,"):
        return page
    name = first[1:]
    if len(name) < CUT_HEADLINE_MIN:
        return page
    below = "".join("".join(page.lines[i].text.split()) for i in idx[1:1 + CUT_HEADLINE_SCAN])
    if name in below and not below.startswith(name):
        return page.drop([idx[0]])
    return page
