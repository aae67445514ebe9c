"""A portal page's header and information boxes: what stands above the breadcrumb, a metadata box
of labels and values, a related-documents box between the headline and the text, a 'leaving this
site' dialog, image buttons.

Government portals print the same template around every document: the site's name, its menus and
accessibility links, then the breadcrumb, then (on 信息公开 pages) a box of catalogue fields
(索引号, 生成日期, 公开方式, 发文字号 …) laid out as a table or as label/value lines, then the headline.
A browser copy flattens all of it to lines. None of it is the document.
"""
from __future__ import annotations

import re

from .page import Page, line_gap, wrapped_on, wrapped_rest
from .rules_widgets import breadcrumb_start
from .vocab import BREADCRUMB_LABEL, BREADCRUMB_LINE, CRUMB_TRAIL, CATALOGUE_FIELDS, META_BOX_LABEL, RELATED_MARKERS, SITE_DIALOG
from .vocab import LOST_CHAR, WIDGET_TOKENS, unglossed
from .zones import edge_zone, head_zone, is_prose

HEADER_MAX = 40        # lines: a breadcrumb further down is not the page template's
META_BOX_MIN = 3       # labels: fewer is a byline or a salutation, not a catalogue box
META_VALUE_MAX = 40    # characters: a field's value, not a paragraph
CELL_SPLIT = re.compile(r"\t+|\s*\|\s*| {2,}")   # not U+3000: it letter-spaces a label ("标　　题：")
EMPHASIS = re.compile(r"\*\*|__")                  # a markdown dump's bold labels: '**索 引 号：**|  …'
TABLE_RULER = re.compile(r"^[\s|:]*-{3,}[\s|:-]*$")  # '---|---|---|---' under a markdown table's first row
SENTENCE_END = re.compile("[。！？；!?;]")
DATED = re.compile(r"(?:\d{4}\s*[-/.年]\s*\d{1,2}(?:\s*[-/.月]\s*\d{1,2}\s*日?)?|\d{1,2}[-/]\d{1,2}|\[\d{3,}\]|\d{5,})\s*[)）\]]?\s*$")
ITEM_ID = re.compile(r"^\s*[\[【(（]?\d{3,}[\]】)）]?\s")   # '[12345] 某某会议召开'
RELATED_ITEMS_MAX = 12
MD_IMAGE = re.compile(r"^\s*(?:\[?!\[[^\]]{0,40}\]\([^()\s]*\)\]?(?:\([^()\s]*\))?\s*)+$")   # '[![](save.gif)](…#)'
# an image without alt text as a text converter writes it: its file name in brackets, several on a
# line for a row of buttons ('[sendmail.gif] [save.gif] [openpage.gif] [close.gif]', html2text; unseen)
BRACKETED_IMAGES = re.compile(r"^\s*(?:\[[^\[\]\s]{1,60}\.(?:gif|png|jpe?g|svg|webp|bmp)\]\s*)+$", re.I)


def page_header(page: Page) -> Page:
    """Drop every line above the breadcrumb at the head: the site's name, menus, accessibility
    links and share boxes of the page template (the document only starts below its breadcrumb).

    Example: "万载县人民政府-" "统计局" "网站无障碍关怀版" above "您当前所在位置： 首页>政务公开>…".
    """
    start = breadcrumb_start(page.lines)
    # in the copy's own spacing (round6, perturb); lines split out of one source line share its number
    if start is None or start > HEADER_MAX * (max(line_gap(page), 0) + 1):
        return page
    return page.drop(i for i in range(start) if page.lines[i].text.strip())


# A site's name over its headline: a short name ending in 网/网站, with its description after a
# separator ('法搜网--中国法律信息搜索网', '某某网 | 新闻门户'). A bare name needs the separator form or
# SITE_NAME_BARE characters at most, so a headline that ends in 网 ('…农村电网') is no site name.
SITE_NAME = re.compile(r"^(?P<name>[^\s。，；：！？,;:!?]{2,16}?(?:网|网站))"
                       r"(?:\s*(?:-{1,2}|—{1,2}|_|\||｜)\s*(?P<desc>[^\s。，；！？,;!?]{2,24}?(?:网|网站|门户|平台)))?$")
SITE_NAME_BARE = 6


# the site's greeting as its first line: '某某信息库欢迎您！', '欢迎访问某某网！', '您好！欢迎光临某某网'
WELCOME = re.compile(r"^(?:您好[!！，,]?\s*)?(?:欢迎(?:您)?(?:访问|光临|来到)[^\s。，；,;!！]{2,20}|[^\s。，；,;!！]{2,20}欢迎(?:您|你)(?:的到来|光临|访问)?)[!！。.]?$")


def site_name(page: Page) -> Page:
    """Drop the site's name when it is the page's first line and a headline follows it: older
    portals print it as a text banner that a copy keeps on a line of its own, and the headline
    under it would otherwise take it in as the title's first line.

    A first line greeting the visitor is the site's banner too: "中国改革信息库欢迎您!".

    A slogan set as a couplet right under the name goes with it (see _slogan_couplet; unseen8).

    Example: "法搜网--中国法律信息搜索网" over "中华人民共和国…政府工作报告"; "中国政府网" alone
    (a name of at most six characters). "关于加快农村电网" over its second line stays (no separator,
    too long for a bare name).
    """
    texts = [i for i, line in enumerate(page.lines) if line.text.strip()]
    if len(texts) < 2:
        return page
    if WELCOME.match(page.lines[texts[0]].text.strip()):
        return page.drop([texts[0]])   # the site greeting its visitor: '中国改革信息库欢迎您!' (newdocs)
    match = SITE_NAME.match(page.lines[texts[0]].text.strip())
    if match and (match["desc"] or len(match["name"]) <= SITE_NAME_BARE):
        return page.drop([texts[0]] + _slogan_couplet(page, texts[1:3]))
    return page


SLOGAN = re.compile(r"^[\u4e00-\u9fff]{4,12}$")   # a slogan's half: words only, no mark, no digit


def _slogan_couplet(page: Page, after: list[int]) -> list[int]:
    """The site's slogan under its name, set as a couplet: two lines in a row (no blank line
    between, in the copy's own spacing: page.line_gap), of the same length, words only ('汇聚全球精彩分享' / '领您探索未知国度'). A headline
    is one line, or two of unequal lengths; a couplet under a site's name is the banner's (unseen8)."""
    if len(after) < 2:
        return []
    a, b = (page.lines[i] for i in after)
    ta, tb = a.text.strip(), b.text.strip()
    if b.number - a.number - 1 <= line_gap(page) and len(ta) == len(tb) and SLOGAN.match(ta) and SLOGAN.match(tb):
        return list(after)
    return []


# (r26zh) a field's label in lenticular brackets before its value, a law database's record of a statute
# ('【发布部门】某某常委会' / '【效力级别】地方性法规' / '【法宝引证码】…'): read as 'label：value'. A
# bracketed word before another bracket is a button row ('【打印】 【关闭】'), not a field.
BRACKETED_LABEL = re.compile(r"^【([^【】:：\s](?:[^【】:：]{0,8})[^【】:：\s])】(?![\s\u3000]*【)")   # '【標　　題】' too


# (r42) a collector's note over a text he keeps: 'label：value' lines at the file's very top, the
# labels his own words ('标题：', '发布日期：', '来源链接1：', '取法：', '两来源是否一致：')
NOTE_FIELD = re.compile(r"^\s*(?P<label>[\u4e00-\u9fffA-Za-z0-9]{2,12})\s*[:：]\s*\S")
# the labels that say where a text was taken from: two or more make the run a note on the source
NOTE_SOURCE_LABEL = re.compile(r"标题|来源|出处|链接|网址|发布|刊发|取法|原文|采集|抓取")
NOTE_MIN = 3           # lines of the note: two are a byline ('来源：… 发布时间：…')
NOTE_SOURCE_MIN = 2    # of them with a source's label


def collector_note(page: Page) -> Page:
    """(r42) Drop a collector's note over a text kept in a repository or a scraper's snapshot: the
    file opens, with no blank line between them, on three or more 'label：value' lines whose labels
    are short words of the collector's own (no fixed vocabulary: '媒体或发布机构：', '是全文还是新闻报道：',
    '两来源是否一致：'), two or more of them naming the source ('标题', '来源', '链接', '发布', '取法', …),
    then a blank line and the text (in a copy with an empty line after every line, the first line
    that is no field). The values may hold sentences ('两来源是否一致：无来源2可比对。'),
    which the catalogue box's rules (meta_box) refuse; the note is the collector's, every line of it.
    Its `标题：` line stays readable among the removed lines (structure.catalogue_name names a text
    without a title line of its own from it).

    Example: '标题：某某省关于…的意见' / '发布日期：2026-08-13（…发布日）' / '来源链接1：https://…' /
    '取法：curl（…）' / '' / the text."""
    lines = page.lines
    first = next((i for i, line in enumerate(lines) if line.text.strip()), None)
    if first is None or lines[first].number > 2:
        return page   # only at the file's top
    run, sources, step = [], 0, 0
    for i in range(first, len(lines)):
        match = NOTE_FIELD.match(lines[i].text)
        gap = lines[i].number - lines[run[-1]].number if run else 0
        if not match or run and (gap not in (1, 2) or step and gap != step):
            break
        step = step or gap
        run.append(i)
        sources += bool(NOTE_SOURCE_LABEL.search(match["label"]))
    if len(run) < NOTE_MIN:
        return page
    end = run[-1] + 1
    # the note ends at a blank line; in a copy with an empty line after every line (its blank lines
    # removed by double_spaced) at the first line that is no field
    closed = end >= len(lines) or not lines[end].text.strip() or step == 2 \
        or lines[end].number > lines[run[-1]].number + 1   # its blank line taken already
    if sources < NOTE_SOURCE_MIN or not closed:
        return page
    return page.drop(run)


# (r42) an unstyled page's menus one item a line: the template's menus and side lists run far past
# HEADER_MAX lines before the breadcrumb, but every line of them is a short link's words
MENU_HEADER_MAX = 200   # lines with words above the breadcrumb at most (a whole site's menu tree)
MENU_ITEM_MAX = 12      # characters of a menu item ('正高特级教师')
MENU_ITEMS_MIN = 30     # menu items above the breadcrumb at least: fewer is page_header's (HEADER_MAX)
MENU_LINE_MAX = 80      # characters of any other line of the band (a link bar, a related item with its date)
# a related list's item: an article's title (cut short) with its date in brackets at the end ('…开…[04-27]')
DATED_ITEM = re.compile(r"[\[【(（]\s*(?:\d{4}[-/.])?\d{1,2}[-/.]\d{1,2}\s*[\]】)）]\s*$")


def menu_tree_header(page: Page) -> Page:
    """(r42) Drop an unstyled page's menus printed or copied one item a line above a breadcrumb
    that stands further down than HEADER_MAX: a school's or an office's site whose stylesheet did
    not load (a select-all copy, a page printed to PDF) sets its navigation bar with every
    sub-menu, its side menu and its related list as one short item a line, 60 to 100 lines, and
    only then the trail ('当前位置：首页 > 栏目 > 子栏目') over the document. Every line above the
    trail is a link's words: short, no sentence mark, no prose; at least MENU_ITEMS_MIN of them are
    menu items (a few characters). Lines after the trail are left to the breadcrumb's rules.

    Example: '今天是' / '首页' / '新闻中心' / '学校公告' / … (70 items) / '推荐阅读' / '某某…[06-11]' /
    '当前位置：首页 > 党建引领> 学习专栏'."""
    lines = page.lines
    start, counted = None, 0
    for i, line in enumerate(lines):
        text = unglossed(line.text.strip())
        if not text:
            continue
        if len(text) <= 200 and (BREADCRUMB_LINE.match(text) or BREADCRUMB_LABEL.match(text) or CRUMB_TRAIL.match(text)):
            start = i
            break
        counted += 1
        if counted > MENU_HEADER_MAX or len(text) > MENU_LINE_MAX or SENTENCE_END.search(text) \
                or is_prose(text) and not DATED_ITEM.search(text):
            return page
    if start is None:
        return page
    above = [i for i in range(start) if lines[i].text.strip()]
    items = sum(1 for i in above if len(lines[i].text.strip()) <= MENU_ITEM_MAX)
    if items < MENU_ITEMS_MIN or 3 * items < 2 * len(above):
        return page
    return page.drop(above)


def meta_box(page: Page) -> Page:
    """Drop a catalogue box at the head: a run of >= 3 field labels ('索 引 号：'), each with its
    value on the same line after a tab or spaces, on the next line, or none (its value was removed
    already), also several fields on one table row ('发文字号：⇥国办发〔2018〕123号⇥发布日期：⇥…').
    A box exported as a bulleted list counts the same: '  • 索引号:', a blank line, then the value
    indented on its own line; a value line that repeats the headline is the in-body title, not a
    value (the box's last label '内容概述:' is empty; unseen3).

    Example: "索 引 号：" "014742224A/2023-0043406" "生成日期：" "公开方式：" "主动公开" …;
    a law database's "【发布部门】某某常委会" / "【效力级别】地方性法规" … (r26zh: BRACKETED_LABEL);
    a markdown dump's table: "**索 引 号：**|  000014349/2018-00220| **主题分类：**|  …" "---|---|---|---" ….

    Labels cut short count too (issue #11, unseen): a page printed with narrow label cells wraps
    each label, leaving its head glued to the value and its tail alone ('发文机 国务院办公厅' / '关：');
    a converter that cuts cells at a column width leaves '索 引000014349/…', '发文\ufffd国务院办公厅'.

    A machine-converted copy's pinyin glosses inside the labels ('索 引 號(hào): | 信息分類(lèi): | ||')
    are left out before reading them (`vocab.unglossed`; round21zh): the labels are the box's all
    the same.

    A library's catalogue record (unseen4) holds a button among its fields ('查看原文') and a
    summary field of whole sentences ('摘要: 这是一篇…。'): both stay in the run; the label '内容'
    alone under the box (the text follows) goes with it.
    """
    lines, head, hits = page.lines, _record_zone(page), []
    gap = line_gap(page)
    value_gap = VALUE_GAP * (gap + 1) + gap   # in a copy spaced with an empty line after each line, the
    #                                           label's one blank line is three (robust2)
    run: list[int] = []
    labels = 0
    byline = {r.line for r in page.removed if r.rule == "page-meta"}
    i = 0
    while i < len(head):
        k = head[i]
        text = unglossed(_unbullet(EMPHASIS.sub("", lines[k].text))).strip()   # '索 引 號(hào):' (round21zh)
        text = BRACKETED_LABEL.sub(r"\1：", text, count=1)   # '【效力级别】地方性法规' (r26zh)
        cells = _row_labels(text) or _cut_label(text)
        if run and TABLE_RULER.match(text):
            run.append(k)
        elif run and (text in WIDGET_TOKENS or SUMMARY_FIELD.match(text)):
            run.append(k)      # a button among the fields ('查看原文'), a summary field holding sentences (unseen4)
            if SUMMARY_FIELD.match(text):
                labels += 1
                rest = [j for j in wrapped_on(page, k) if j in head[i + 1:]]   # its sentences hard-wrapped (robust3)
                run.extend(rest)
                i += len(rest)
        elif run and _label_fragment(text):
            run.append(k)      # the first half of a label the cell wrapped ('标' over '题： …')
        elif cells:
            if run:   # a byline field page-meta took from between two of the box's fields was one of
                #       them ('发布部门:…' / '发布时间:…' / '有效性:…', round8zh)
                labels += sum(1 for n in byline if lines[run[-1]].number < n < lines[k].number)
            run.append(k)
            labels += cells
            if _bare_label(text):
                j = i + 1
                limit = value_gap if BULLET.match(lines[k].text) else gap   # the copy's own spacing (robust2)
                while j < len(head) and j <= i + limit and not lines[head[j]].text.strip():
                    j += 1     # a list export puts a blank line between a bulleted label and its value
                if j < len(head) and _value(_unbullet(EMPHASIS.sub("", lines[head[j]].text))) \
                        and not _repeats_above(lines, head[j]):
                    run.extend(head[i + 1:j + 1])
                    i = j
        elif not text and run:
            pass
        else:
            if labels >= META_BOX_MIN and not _memo_header(lines, run):
                hits += run
            run, labels = [], 0
        i += 1
    if labels >= META_BOX_MIN and not _memo_header(lines, run):
        hits += run
    hits += _bulleted_fields(lines)
    if hits:
        k = next((j for j in range(max(hits) + 1, len(lines)) if lines[j].text.strip()), None)
        if k is not None and TEXT_LABEL.match(lines[k].text):
            hits.append(k)     # '内容' / '正文' under the box: the label of the text that follows (unseen4)
    return page.drop(sorted(set(hits)))


# (s28) a memo's or a letter's own header: whom it goes to and who sends it ('To:' / 'From:'), the
# document's words (front matter), never a site's catalogue box
MEMO_FIELD = re.compile(r"^\s*(?:to|from)\s*:", re.I)


def _memo_header(lines, run: list[int]) -> bool:
    """A run of fields holding both a `To:` and a `From:` row (MEMO_FIELD): a memo's header."""
    found = {m.group(0).strip(" :").casefold() for k in run if (m := MEMO_FIELD.match(lines[k].text))}
    return found == {"to", "from"}


def _record_zone(page: Page) -> list[int]:
    """The head zone, going on past a summary field: its sentences are the first prose line, which
    ends the zone, but the record's other fields follow it (unseen4); in a hard-wrapped copy (a PDF
    of the page) the field's wrapped rest goes with it (`page.wrapped_on`, robust3)."""
    lines = page.lines
    zone = list(head_zone(lines))
    end = len(zone)
    while end < len(lines) and zone == list(range(end)) and SUMMARY_FIELD.match(lines[end].text):
        rest = wrapped_on(page, end)
        after = end + 1 + len(rest)
        more = head_zone(lines[after:])
        zone += [end] + rest + [after + j for j in more]
        end = len(zone)
    return zone


# A catalogue record's summary field: its value is a cataloguer's sentences ('摘要: 这是一篇关于…的
#讲话。…'), which would end a field run, but it stands among the fields (unseen4, a library's record)
SUMMARY_FIELD = re.compile(r"^\s*(?:内容)?(?:摘\s*要|提\s*要|简\s*介|簡\s*介|概\s*述)\s*[:：]\s*\S")
# the label a record or a page puts over the text itself, alone on its line
TEXT_LABEL = re.compile(r"^\s*(?:内容|內容|正文|全文|原文|内容全文|內容全文|文章内容|正文内容)\s*[:：]?\s*$")


VALUE_GAP = 2          # blank lines a list export leaves between a field's label and its value
BULLET = re.compile(r"^\s*(?:[•·▪◦‣]\s*|-\s+(?=\S{1,6}\s*[:：]))")   # a box exported as a list: '  • 索引号:' / '    6107280000/…';
#   a Markdown list's '- ' before a label (a document-sharing page's box: '- 文档编号:…' / '- 上传时间:…', r22print)


def _repeats_above(lines, k: int) -> bool:
    """Line k says what a line above it already said: the headline repeated as the in-body title
    under the box, not a field's value. Also wrapped (wrap round, issue 11): line k and the line
    right under it together say what a line above said (`国务院办公厅关于推进` /
    `政务新媒体健康有序发展的意见` under `标　　题：⇥国务院办公厅关于推进政务新媒体…的意见`): a PDF
    copy sets the in-body title on two lines with no blank line after the box's empty last field
    (`主 题 词：`), and the title's first line is no value of that field."""
    text = lines[k].text.strip()
    if any(lines[j].text.strip() == text for j in range(k)):
        return True
    if k + 1 >= len(lines) or lines[k + 1].number != lines[k].number + 1 or not lines[k + 1].text.strip():
        return False
    joined = "".join((text + lines[k + 1].text).split())
    return len(joined) >= WRAPPED_REPEAT_MIN and any(joined in "".join(lines[j].text.split()) for j in range(k))


WRAPPED_REPEAT_MIN = 12   # characters: a headline, not a name that two fields share


def _unbullet(text: str) -> str:
    """A catalogue box a text converter wrote as a bulleted list ('  • 索引号:', the value on an
    indented line below, a blank line between; unseen3, xj2): the bullet is the converter's, the
    field is the same."""
    return BULLET.sub("", text, count=1)


def _row_labels(text: str) -> int:
    """How many field labels a line holds: a label alone ('生成日期：'), a label and its value
    ('标　　题：⇥…'), or a table row of several, each label followed by at most one value cell;
    0 if the line is not a field line (it opens with a value, or holds a sentence). A converter's
    lost character printed '?' inside a word ('治理?xiàng)l例', a gloss after it) ends no sentence (round21zh)."""
    if not text or len(text) > 120 or SENTENCE_END.search(LOST_CHAR.sub("", text)) or BREADCRUMB_LABEL.match(text) \
            or BREADCRUMB_LINE.match(text):
        return 0       # '当前位置: 首页 >> …' is the trail the page header ends with, not a field
    count, after_value = 0, True
    for cell in (c.strip() for c in CELL_SPLIT.split(text) if c.strip()):
        match = META_BOX_LABEL.match(cell)
        if match:
            count += 1
            after_value = bool(match["rest"].strip())
        elif after_value:
            return 0       # a value without its label: not a field row
        else:
            after_value = True
    return count


# an English record's field ('Document Number:No. 21 …', 'Area of Law: Government Affairs', 'Date
# issued:06-25-2018'): one to four words, the first capitalised, before a colon (round6, xxg5: a law
# firm's page over a translated notice); the box rule still needs three in a run at the head
EN_FIELD = re.compile(r"^(?P<label>[A-Z][a-z]{1,14}(?:\s+[A-Za-z][a-z]{0,14}){0,3})\s*:(?!//)(?P<rest>.*)$")


FIELD_SCAN = 15   # non-blank lines at the page's top where a bulleted record box stands


def _bulleted_fields(lines) -> list[int]:
    """(round6, xxg5) A record box as a bulleted list of English fields at the page's top (`· Document
    Number:No. 21 [2018] …`, `· Area of Law: Government Affairs`, `· Status: Effective`): three or
    more bulleted `Label: value` lines in a row. The head zone may end before it (a long English
    headline reads as prose), so the first FIELD_SCAN lines are looked at; bullets and colons
    together, three in a row, are a box's, not a list in the text."""
    filled = [i for i, line in enumerate(lines) if line.text.strip()][:FIELD_SCAN]
    runs, run = [], []
    for i in filled + [-1]:
        if i >= 0 and BULLET.match(lines[i].text) and EN_FIELD.match(_unbullet(lines[i].text).strip()) \
                and len(lines[i].text) <= 120 and (not run or filled.index(i) == filled.index(run[-1]) + 1):
            run.append(i)
            continue
        if len(run) >= META_BOX_MIN:
            runs += run
        run = [i] if i >= 0 and BULLET.match(lines[i].text) and EN_FIELD.match(_unbullet(lines[i].text).strip()) else []
    return runs


LABEL_GAP = " \u3000\xa0"     # letter spacing inside a label ('索 引 号', '标　　题')
CUT = LABEL_GAP + "\ufffd"     # where a cut label stops: a gap, or a character cut in half


def _label_prefix(text: str) -> tuple[int, int]:
    """How many characters of a catalogue field name the line opens with (letter spacing
    allowed), and where in the line that prefix ends: (0, 0) if none."""
    s, best = text.lstrip(LABEL_GAP), (0, 0)
    lead = len(text) - len(s)
    for field in CATALOGUE_FIELDS:
        matched = pos = end = 0
        while matched < len(field) and pos < len(s):
            if s[pos] == field[matched]:
                matched, pos = matched + 1, pos + 1
                end = pos
            elif matched and s[pos] in LABEL_GAP:
                pos += 1
            else:
                break
        if matched < len(field) and matched > best[0]:
            best = (matched, lead + end)
    return best


def _cut_label(text: str) -> int:
    """1 if the line is a catalogue field whose label a narrow cell or a converter's column cut
    short, with the value after it: 'N characters of a field name' then a gap, a U+FFFD (a
    character cut in half) or a digit, then the value ('主题分 其他', '索 引000014349/…',
    '发文\ufffd国务院办公厅'); a line that goes on with words ('主题教育活动') is no field."""
    s = text.strip()
    if not s or len(s) > 120 or SENTENCE_END.search(s):
        return 0
    matched, end = _label_prefix(s)
    rest = s[end:]
    if not matched or not rest.strip(CUT):
        return 0
    cut_here = rest[0] in CUT or rest[0].isdigit()
    return int(cut_here and (matched >= 2 or rest[0] in CUT))


def _label_fragment(text: str) -> bool:
    """A line holding only the first characters of a field name ('标' of '标　　题：' whose cell
    wrapped the rest onto the next line)."""
    s = text.strip()
    matched, end = _label_prefix(s)
    return bool(s) and matched >= 1 and end == len(s)


def _bare_label(text: str) -> bool:
    match = META_BOX_LABEL.match(text)
    return bool(match) and not match["rest"].strip()


def _value(text: str) -> bool:
    """A field's value on its own line: short, no sentence, not another label."""
    value = text.strip()
    return bool(value) and len(value) <= META_VALUE_MAX and not SENTENCE_END.search(value) \
        and not META_BOX_LABEL.match(value)


def related_box(page: Page) -> Page:
    """Drop a related-documents box at the head: its label ('关联稿件：') and the items under it,
    each dated or opened by its id (the headline above and the byline below stay).

    Example: "关联稿件：" "图文解读：《万载县2022年国民经济和社会发展统计公报》 2023-07-12".
    """
    lines, head = page.lines, head_zone(page.lines)
    for i in head:
        if lines[i].text.strip().strip("【】[]：:>»》 ").lower() not in RELATED_MARKERS:
            continue
        j = i + 1
        while j < len(lines) and j - i <= RELATED_ITEMS_MAX and (
                not lines[j].text.strip() or len(lines[j].text) <= 120 and _item(lines[j].text)):
            j += 1
        return page.drop(k for k in range(i, j) if lines[k].text.strip())
    return page


def _item(text: str) -> bool:
    """A related-documents item: a dated title or one opened by its id, not a sentence."""
    return bool(DATED.search(text) or ITEM_ID.match(text)) and not SENTENCE_END.search(text.rstrip()[-1:])


def site_dialog(page: Page) -> Page:
    """Drop the text of a 'you are leaving this site' dialog at the head or tail.

    Example: "您访问的链接即将离开'万载县人民政府网站'是否继续？".
    """
    return page.drop(i for i in edge_zone(page.lines)
                     if len(page.lines[i].text) <= 80 and SITE_DIALOG.search(page.lines[i].text))


# (round12en) an image's bare site path left where a copy dropped the picture ('/images/seal',
# 'img/crest.png'): a path with no space, in an images folder or ending in an image file's extension
IMAGE_PATH = re.compile(r"^/?(?:[\w.-]+/)*(?:(?:images?|img|icons?|pics?)/[\w.-]+|[\w.-]+\.(?:png|jpe?g|gif|svg|webp|bmp))$", re.I)


def image_buttons(page: Page) -> Page:
    """Drop lines that are only images, or images wrapped in links, at the head or tail: a page's
    image buttons (print, save, close, share icons) as a markdown dump writes them.

    Example: "[![](http://www.gov.cn/zhengce/130.files/save.gif)](/zhengce/content/2018-12/25/content_5352010.htm#)";
    html2text's "[sendmail.gif] [save.gif] [openpage.gif] [close.gif]" (images without alt text: their
    file names in brackets; unseen); an image's bare path alone on its line, "/images/crest" (IMAGE_PATH,
    round12en).
    """
    return page.drop(i for i in edge_zone(page.lines)
                     if MD_IMAGE.match(page.lines[i].text) or BRACKETED_IMAGES.match(page.lines[i].text)
                     or IMAGE_PATH.match(page.lines[i].text.strip()))


# A catalogue box whose labels lost their colons (issue #11, second check set): a portal's table
# flattened to lines of label/value pairs run together ('索引号 0010/2011-204477 主题分类 综合类'), the
# labels glued to their values ('发文机关中共某某厅党组', '發文機構某某辦公廳發文字號某辦〔2020〕1號', a
# Traditional copy), or the box exported as dash bullets ('- 索引号:dqxs/2021-00016'). meta_box
# needs a colon to tell a label from a word; here a RUN of the box's own field names is the
# evidence: the line opens with one and the run holds CATALOGUE_RUN_MIN of them.
CATALOGUE_WORDS = CATALOGUE_FIELDS + ("发文机构", "效力级别", "时效性", "施行日期", "实施日期", "公文种类", "名称",
                                      "颁布日期", "颁布单位", "组配分类", "体裁分类", "服务对象",
                                      # (round19zh) a district portal's box: the file's type, issuing unit and force
                                      "文件类型", "发文单位", "效力状态",
                                      # (r26zh) a law database's record of a statute: issuing body, its
                                      # number, class, force and dates, the source and the citation code
                                      "发布部门", "发布单位", "发布文号", "法规类别", "所属类别", "生效日期",
                                      "失效日期", "文件来源", "法宝引证码",
                                      # (r27zhportal) the 信息公开 catalogue's other field names as portals print
                                      # them (the disclosure rules' own list): the file's number, the time and
                                      # origin of the record, its disclosure class and attribute, its catalogue class
                                      "文件编号", "发布时间", "产生日期", "成文时间", "发文时间", "生成时间",
                                      "公开类别", "公开属性", "涉密状态", "目录分类", "扩展分类", "信息分类",
                                      "信息类别", "信息名称", "内容概述",
                                      # (r28zhpdf) a government gazette's issue fields over a gazetted text
                                      "年度期数", "总期刊数", "公报期数", "总期数",
                                      # (r30zhweb) a law library's record of a statute: its class, issue date,
                                      # region and trade ('类 别:…文 号:颁发日期:…' / '地 区:…行 业:…时效性:有效')
                                      "类别", "颁发日期", "地区", "行业")
# Traditional forms of the characters those names use: a Traditional copy prints the same box
TRAD_FOLD = str.maketrans("號題類關發機構佈開時責門鍵詞來級別稱實頒單範圍態現種組編擴涉屬間錄區業",
                          "号题类关发机构布开时责门键词来级别称实颁单范围态现种组编扩涉属间录区业")
CATALOGUE_RUN_MIN = 3   # field names: two is a byline ('发布日期 … 来源 …')
GLUED_MIN = 3           # characters of a name glued to its value: '文号'/'名称' glued could be a word
DASH_BULLET = re.compile(r"^\s*[-–•·*]\s+")
_NAMES = sorted(CATALOGUE_WORDS, key=len, reverse=True)
CATALOGUE_NAME = re.compile("|".join("[ \u3000]*".join(map(re.escape, name)) for name in _NAMES))


VALUE_ITEM_MAX = 20   # characters of one item of a field's value list ('其他; 市人民政府办公室; …')


def _value_list(text: str) -> str:
    """(round7, xxh1) The line with the semicolons of a field's value LIST taken out: a portal's
    catalogue writes a field of several values as short items each closed by ';' ('分 类 其他;
    某某办公室; 某某文件;'), which is no sentence. WIDENS the box's no-sentence test (a semicolon
    ended a run at once) to items: every ';'-closed piece is short and holds no other mark; a long
    clause before a semicolon is still a sentence."""
    pieces = re.split(r"[;；]", text)
    if len(pieces) > 1 and all(len(p.strip()) <= VALUE_ITEM_MAX and not SENTENCE_END.search(p) for p in pieces[1:]) \
            and not SENTENCE_END.search(pieces[0]):
        return "".join(pieces)
    return text


# (r26zh) a field name in lenticular brackets opening its row ('【发布日期】2007-08-30', a law
# database's record over the statute), and a table row's opening cell mark ('| 发布部门 | 某某 |')
# (r48) or in square brackets with spaces inside, as a district portal prints its disclosure box: '[ 索引号 ] …'
BRACKETED_NAME = re.compile(r"^(?:【([^【】]{2,10})】|[\[［]\s*([^\[\]［］]{2,10}?)\s*[\]］])")
ROW_MARK = re.compile(r"^[|｜]\s*")


def _catalogue_names(text: str) -> int:
    """How many catalogue field names a line of the flattened box holds (0: not such a line). It
    opens with a name, followed by a colon, a space or (a name of GLUED_MIN characters or more)
    its value; no sentence mark. (r26zh) The name may stand in lenticular brackets
    ('【效力级别】地方性法规'), (r48) in square brackets ('[ 索引号 ] 1150…/2023-00005') or in a table's
    first cell ('| 效力级别 | 地方性法规 |')."""
    text = unglossed(DASH_BULLET.sub("", text, count=1)).strip().translate(TRAD_FOLD)   # (r30zhweb) '類 別' in a
    #   converter's glossed copy: '頒發(fā)日期' is '颁发日期' once the reading is out
    text = ROW_MARK.sub("", BRACKETED_NAME.sub(lambda m: (m[1] or m[2]) + "：", text, count=1), count=1)
    if not text or len(text) > 120 or SENTENCE_END.search(_value_list(text)):
        return 0
    first = CATALOGUE_NAME.match(text)
    if not first:
        return 0
    rest = text[first.end():]
    name = "".join(first.group().split())
    if rest and not re.match(r"[\s:：|｜]", rest) and len(name) < GLUED_MIN:
        return 0
    return len(CATALOGUE_NAME.findall(text))


CELL_ROW = re.compile(r"\s*\|\s*")
CELL_ROW_MIN = 2   # cell marks: 'label | value |'


def _cell_row(text: str) -> bool:
    """(round7, xxh2) A row of a table flattened to '|'-separated cells with no sentence mark
    ('文件名称 | 某某区2025年政府工作报告 | ||', '公开责任部门 | 公开形式: | 主动公开 | |'): the box's
    rows whose labels the field names do not list ('文件名称', '公开目录') or whose cells shifted.
    WIDENS catalogue_run from lines that open with a known name to the whole table the named rows
    are in; a table holds no names of its own, so alone (a data table at the head) it never goes."""
    return len(CELL_ROW.findall(text)) >= CELL_ROW_MIN and len(text) <= 120 and not SENTENCE_END.search(_value_list(text))


def _bare_name_value(page: Page, k: int) -> list[int]:
    """(round19zh) A field name ALONE on its line takes the next line with words as its value: a
    portal's box of label and value cells that a copy put one cell a line ('索引号' / '011437144/
    2023-06550' / '文件类型' / '政府文件' …). WIDENS catalogue_run, which ended the run at the value
    line (it opens with no field name). The value is short, holds no sentence mark and is no field
    name itself; the run still needs CATALOGUE_RUN_MIN names, so a lone '名称' over a line stays."""
    lines = page.lines
    name = DASH_BULLET.sub("", lines[k].text, count=1).strip().translate(TRAD_FOLD)
    if not CATALOGUE_NAME.fullmatch(name):
        return []
    j = next((j for j in range(k + 1, len(lines)) if lines[j].text.strip()), None)
    if j is None or lines[j].number - lines[k].number - 1 > line_gap(page):
        return []
    value = lines[j].text.strip()
    if _value(value) and not _catalogue_names(value) and not is_prose(value):
        return [j]
    return []


def catalogue_run(page: Page) -> Page:
    """Drop a catalogue box at the head written without colons or as dash bullets: consecutive
    lines (blank lines between allowed) each opening with a field name, CATALOGUE_RUN_MIN names
    in all. The box is the portal's front matter, never the title (issue #11).

    Example: "索引号 001/2011-204477 主题分类 综合类" / "文号 某政办〔2011〕1号 发布机构 某某局" /
    "成文日期 2011-09-01 有效性"; "发文机关中共某某厅党组" / "发文日期2021年12月21日" / "时效性现行有效".
    A headline that opens with a word like '名称' or a byline with two fields stays. A row a PDF
    copy hard-wrapped at its measure takes its rest with it (`page.wrapped_rest`, wrap round):
    '索 引 号 … 分 类 其他; 市政府、市' / '政府办公室文件;' is one row, and the run goes on under it.
    (r30zhpdf) A button row of the box alone on its line (`文件下载`, `附件下载`: vocab.WIDGET_TOKENS)
    goes with the run and does not end it: the fields under it (`内容概述 …`) are the box's too; it
    names no field, so it does not count towards CATALOGUE_RUN_MIN.
    """
    lines, hits, run, names = page.lines, [], [], 0
    taken: set[int] = set()
    for k in head_zone(lines):
        text = lines[k].text
        if not text.strip():
            continue
        if run and k in taken:
            continue   # a row's hard-wrapped rest, taken with it
        if run and text.strip() in WIDGET_TOKENS:
            run.append(k)   # (r30zhpdf) the box's button row between its fields ('文件下载'), no field name
            continue
        count = _catalogue_names(text)
        if count or _cell_row(text):   # a flattened table's other rows go with it (round7)
            run.append(k)
            names += count
            rest = wrapped_rest(page, k)   # a row a PDF copy hard-wrapped: its rest is the row's (wrap round)
            if count == 1 and not rest:
                rest = _bare_name_value(page, k)   # '索引号' / '011437/2023-1' on two lines (round19zh)
            run.extend(rest)
            taken.update(rest)
            continue
        if names >= CATALOGUE_RUN_MIN:
            hits += run
        run, names = [], 0
    if names >= CATALOGUE_RUN_MIN:
        hits += run
    return page.drop(hits)


# (round19zh) a portal's box of links to other sites, exported as a bulleted list at the page's head or
# tail: the governments of the province ('- 广州市人民政府' / '- 深圳市人民政府' …), its departments, sister
# sites. One short name an item, no mark in it, and the items share their ending (the kind of body
# they all are): a list in the text holds phrases with their own endings, or sentences.
LINK_ITEM = re.compile(r"^\s*[-–•·*▪◦]\s*(?P<name>[^\s。，；：！？,;:!?、（）()“”]{2,20})\s*$")
LINK_LIST_MIN = 5      # items: fewer is a short list in the text
SHARED_ENDING = 2      # characters every item ends with ('政府', '网站', '人民政府')


def _shared_ending(names: list[str]) -> int:
    """How many final characters all the names share."""
    n = 0
    while all(len(name) > n for name in names) and len({name[-1 - n] for name in names}) == 1:
        n += 1
    return n


def link_list(page: Page) -> Page:
    """Drop a list of links to other sites at the head or tail: LINK_LIST_MIN or more bulleted items
    in a row (blank lines between allowed), each a short name with no mark, all distinct and all
    ending in the same SHARED_ENDING characters or more (round19zh).

    Example: "- 广州市人民政府" / "- 深圳市人民政府" / "- 珠海市人民政府" / … over the headline (a portal's
    list of the province's governments); "- 某某区统计局" five times over at the page's foot.
    A bulleted list of tasks ('- 抓好春耕生产' …) shares no ending and stays.
    """
    lines = page.lines
    hits: list[int] = []
    run: list[int] = []
    zone = list(edge_zone(lines))
    for i in zone + [None]:
        match = LINK_ITEM.match(lines[i].text) if i is not None else None
        if match and (not run or i == run[-1] + 1 or not any(lines[j].text.strip() for j in range(run[-1] + 1, i))):
            run.append(i)
            continue
        if i is not None and not lines[i].text.strip() and run:
            continue
        names = [LINK_ITEM.match(lines[j].text)["name"] for j in run]
        if len(run) >= LINK_LIST_MIN and len(set(names)) == len(names) and _shared_ending(names) >= SHARED_ENDING:
            hits.extend(run)
        run = [i] if match else []
    return page.drop(hits)


# (r22print) a shared or attached document's file name alone on its line: a name, a dot, an office
# document's extension ('园林局城市绿化讲话全文.docx', 'Age of Majority Act 2001.pdf'); no address
# (r27govpages) a download link's label before the file's name ('Download: ', 'Attachment: ', 'Click here to download ')
FILE_LINK_LABEL = re.compile(r"^\s*(?:download(?:\s+(?:the\s+)?(?:file|document|pdf))?|click\s+(?:here\s+)?to\s+(?:download|view)|view|attachments?|attached\s+files?)"
                             r"\s*(?::|\s[-–—]|-)?\s+", re.I)
FILE_NAME_LINE = re.compile(r"^\s*(?!(?:https?://|www\.))[^/\\<>|]{2,120}?\.(?:pdf|docx?|wps|rtf|odt|xlsx?|pptx?)\s*$", re.I)


def file_name_line(page: Page) -> Page:
    """Drop the file name a document-sharing or law-aggregator page prints over the document it
    shows: `园林局城市绿化讲话全文.docx` over the fields box and the text, `Age of Majority Act
    2001.pdf` over the Act's cover. The name of the uploaded or attached file, with its extension,
    alone on a line in the head zone (before the first prose line), is the page's label for the
    download, not the document's title nor a heading; the title line under it (without the
    extension) stays. A sentence naming a file (`… see the attached form.pdf`) is prose and ends
    the zone; an address (`https://…/x.pdf`) is a link line for other rules.

    (r27docshare) Where the name stands nowhere else on a line of its own (the preview's text runs the
    title into its first sentence, `1-某某讲话同志们：…`, or never prints it), the file's name is the
    only title the page shows: the first such line stays, its extension cut (`某某讲话.doc` -> `某某讲话`).

    (r27govpages) The kept name loses the download link's label before it too (`Download: Health Sector
    Strategic Plan 2021-2026.pdf` -> `Health Sector Strategic Plan 2021-2026`; FILE_LINK_LABEL).

    Example: "某某讲话全文.docx" / "- 文档编号:…" / … / "某某讲话全文" / "同志们:" -> the first line goes."""
    hits = [i for i in head_zone(page.lines) if FILE_NAME_LINE.match(page.lines[i].text)]
    if not hits:
        return page
    first = hits[0]
    name = _file_stem(page.lines[first].text)
    others = {"".join(line.text.split()).casefold() for k, line in enumerate(page.lines) if k not in hits}
    if len(name) >= TITLE_STEM_MIN and not any(len(o) >= TITLE_STEM_MIN and name.endswith(o) for o in others):
        cut = page.lines[first].text.rstrip()
        page = page.cut(first, len(cut) - len(cut.rsplit(".", 1)[1]) - 1, len(page.lines[first].text))
        label = FILE_LINK_LABEL.match(page.lines[first].text)
        if label and page.lines[first].text[label.end():].strip():
            page = page.cut(first, 0, label.end())   # (r27govpages) the link's label: 'Download: … Strategic Plan 2021-2026.pdf'
        hits = hits[1:]
    return page.drop(hits)


TITLE_STEM_MIN = 4   # characters of a file's name that may title the text (not 'a.pdf')


def _file_stem(text: str) -> str:
    """A file name's words without its extension and spaces, case folded: '某某讲话 .docx' -> '某某讲话'."""
    return "".join(text.strip().rsplit(".", 1)[0].split()).casefold()


# (r43) a record's values one a line with their labels lost (an archive's XML record with its tags taken
# out): the publication's name, its issue, a running number, a category, page numbers
RECORD_ISSUE = re.compile(r"^(?:\d{4}\s*[·・.／/-]\s*\d{1,2}|\d{4}\s*年\s*第\s*\d{1,3}\s*期|第\s*\d{1,3}\s*期)$")
RECORD_NUMBER = re.compile(r"^\d{1,5}$")
RECORD_WORD = re.compile(r"^[\u4e00-\u9fff]{2,4}$")   # a category's name ('政治', '经济')
RECORD_PUBLICATION = re.compile(r"^[\u4e00-\u9fff]{2,10}(?:报|刊|志|鉴|摘|学报|文选|论坛|通讯|参考|动态|月谈)$")
RECORD_SCAN = 12      # non-blank lines from the top where the issue may stand
RECORD_VALUES_MIN = 3  # values from the publication to the last one: a name and an issue alone may be a citation


def record_values(page: Page) -> Page:
    """(r43) Drop a record's metadata values that a flattened database or XML record leaves one a
    line between its title (or byline) and its text, their labels lost: a magazine archive's record
    prints the publication's name, its issue (`1987·7`, `2020年第3期`, `第12期`), a running number, a
    category and page numbers (`新华月报` / `1987·7` / `513` / `政治` / `5` / `7`). Anchored on the
    issue line among the first RECORD_SCAN lines: the publication's name right over it (a word
    ending as a periodical's name does: `…报`, `…刊`, `…志`), then under it the bare numbers and
    short words (two to four ideographs) up to the first other line. RECORD_VALUES_MIN values in
    all, at least one number under the issue. A heading's numeral (`一`) or a salutation is no value;
    an issue line without the name over it stays (a cover's date).

    Example: '党和国家领导制度的改革（1980年8月18日）' / '邓小平' / '新华月报' / '1987·7' / '513' / '政治' / '5' / '7' /
    '同志们：' -> the title, the author and the salutation stay."""
    lines = page.lines
    filled = [i for i, line in enumerate(lines) if line.text.strip()][:RECORD_SCAN]
    for pos, i in enumerate(filled):
        if not RECORD_ISSUE.match(lines[i].text.strip()) or not pos:
            continue
        above = filled[pos - 1]
        if not RECORD_PUBLICATION.match(lines[above].text.strip()):
            continue
        run, numbers = [above, i], 0
        for k in range(i + 1, len(lines)):
            text = lines[k].text.strip()
            if not text:
                continue
            if RECORD_NUMBER.match(text):
                numbers += 1
            elif not RECORD_WORD.match(text) or NUMERAL_ALONE.match(text):
                break
            run.append(k)
        if numbers and len(run) >= RECORD_VALUES_MIN:
            return page.drop(run)
    return page


NUMERAL_ALONE = re.compile(r"^[一二三四五六七八九十百零〇]+$")   # a part's bare numeral ('一', '十二')
