"""Page furniture at the head or tail: search box, breadcrumbs, menus, font-size and share widgets."""
from __future__ import annotations

import re

from .page import Page, has_any, line_gap, window, wrapped_on
from .vocab import unglossed
from .vocab import (MORE_BOX, MORE_LINK, MORE_INVITE, BRACKETS_ONLY, BREADCRUMB_LABEL, BREADCRUMB_LINE, BREADCRUMB_SEP_LINE, CRUMB_TRAIL, FONT_SIZES,
                    FONT_WIDGET, NAV_TOKENS, SEARCH_PROMPT, SHARE, WIDGET_SPLIT, WIDGET_TOKENS)
from .vocab import (LISTEN_WIDGET, PREVIEW_LABEL, UPLOAD_BLURB, COMMENT_BUTTONS, COMMENT_DATED, COMMENT_DISCLAIMER,
                    COMMENT_HEADS, DESKTOP_SHORTCUT)
from .vocab import BARE_VIEWS, NEWS_CHANNELS, POLYSEMY_NOTE
from .vocab import ACCOUNT_BYLINE, DOWNLOAD_BUTTON, FOLLOW_PROMPT, LAW_DB_NOTE, REPOST_CARD, TIP_PROMPT, UPLOAD_NOTICE
from .vocab_en import SUBSCRIBE_LABEL, SUBSCRIBE_PITCH, SUBSCRIBE_PITCH_MAX
from .vocab_en import PAGE_TOOL_WORDS, SHARE_ROW, COMMENT_COUNT, tool_row
from .vocab_en import CATEGORY_RUN, FEEDBACK_LINK, PROJECT_CREDIT, LINK_VERBS, MENU_BUTTON, SKIP_LINK, TRANSCRIPT_LABEL, UPLOAD_BOX, VIEW_SWITCH
from .zones import edge_zone, head_zone

MORE_LINE_MAX = 200   # characters: a notice, not a paragraph
CRUMB = re.compile(r"^[^。，；！？,;!?]{1,16}$")   # one short breadcrumb item, no sentence punctuation


def search_prompt(page: Page) -> Page:
    """Drop a search box prompt at the head.

    Example: "请输入您要查询的百科知识:".
    """
    return page.drop(i for i in head_zone(page.lines)
                     if len(page.lines[i].text) <= 80 and SEARCH_PROMPT.search(page.lines[i].text.strip()))


def breadcrumb_start(lines) -> int | None:
    """Index of the first breadcrumb line at the head (a trail, or its label), or None."""
    for i in head_zone(lines):
        text = unglossed(lines[i].text.strip())   # pinyin glosses are a converter's (round7)
        if len(text) <= 200 and (BREADCRUMB_LINE.match(text) or BREADCRUMB_LABEL.match(text) or CRUMB_TRAIL.match(text)):
            return i
    return None


COLUMN_NAME_MAX = 16   # characters: a column's name, as a breadcrumb item (CRUMB); a longer last item is a headline
TRAIL_SPLIT = re.compile(r"\s*(?:>>|>|»|›|＞|→)\s*")


def _column_echo(lines, i: int, trail: str, gone: dict[int, str] | None = None) -> int | None:
    """The line under a one-line breadcrumb that is only the trail's last item: the column's name
    the page prints again as its heading ('当前位置：首页 > 党建引领> 学习专栏' over '学习专栏'),
    which would otherwise pass for the headline. The index of that line, or None. A last item
    longer than a column's name is the page's headline, which the line under it prints as the
    title: it stays ('首页 > 法规草案征求意见 > 关于《…》公开征求意见的公告' over that headline; unseen8).
    A short last item over the document's opening (TEXT_OPENING: '第一章 总则', '第一条 …', '各位代表：')
    is the headline too: a column's page lists items, the text never opens under the column's name
    (r27zhportal: '我的位置：首页 > 法律法规 > 某市养犬管理条例' over '某市养犬管理条例' over '第一章 总则')."""
    gone = gone or {}
    last = TRAIL_SPLIT.split(trail)[-1].strip()
    j = next((k for k in range(i + 1, len(lines)) if lines[k].text.strip()), None)
    if j is None or not last or len(TRAIL_SPLIT.split(trail)) < 2:
        return None
    if len(last) > COLUMN_NAME_MAX:
        return None   # a trail that ends in the page's own headline: the line under it is that headline (unseen8)
    if lines[j].text.strip() != last:
        return None
    k = next((k for k in range(j + 1, len(lines)) if lines[k].text.strip()), None)
    until = lines[k].number if k is not None else lines[j].number + 3
    under = [gone[n] for n in range(lines[j].number + 1, until) if n in gone and gone[n].strip()][:1] \
        or ([lines[k].text] if k is not None else [])
    if under and _byline(under[0]):
        return None   # the article's byline under it (kept, or removed by an earlier rule): its short headline (round17zh)
    if k is not None and TEXT_OPENING.match(lines[k].text):
        return None   # (r27zhportal) the text opens under it (a chapter, an article, a salutation): its headline
    return j


# (r27zhportal) a document's text opening right under a line: its first chapter or article ('第一章 总则',
# '第一条 为了…') or a salutation ('各位代表：', '同志们：'). A column's page lists items under its name; a
# law site's trail that ends in a short statute's name ('… > 地方条例 > 某市养犬管理条例') prints that name
# as the headline over the text, and it is the document's title, no column echo
TEXT_OPENING = re.compile(r"^\s*第[一二三四五六七八九十百零〇两\d]{1,5}[章条條节節编編]|^\s*[^\s，。；！？,;!?：:]{2,12}[:：]\s*$")


# an article's byline: its date, then a source, counter or author label ('2008-06-10 08:33:49   来源:   点击:')
BYLINE = re.compile(r"^\s*[0-9０-９]{4}\s*[-/年.．]\s*[0-9０-９]{1,2}.{0,40}?(?:来源|來源|点击|點擊|浏览|瀏覽|阅读|閱讀|作者|编辑|发布)\s*[:：]")


def _byline(text: str) -> bool:
    """The line under a trail's echoed last item is an article's byline (a date and a source,
    counter or author label, round17zh): the echo is then the article's own short headline
    ('首页 > 好词好句 > 市长欢迎词' over '市长欢迎词' over '2008-06-10  来源:  点击:'), never a column's
    heading — a column's page lists its items under its name, it has no byline of its own."""
    return len(text) <= 120 and bool(BYLINE.match(text))


# (r28markdown) a Markdown heading line of two items and one separator: the page's own heading (a
# documentation site's 'Part 8 » General Provisions', a number and its name), no trail, which opens
# from a home page and names three places or more
MARKED_TWO_ITEMS = re.compile(r"^#{1,6}\s+[^»>›]+\s(?:»|>|›)\s[^»>›]+$")


def breadcrumb(page: Page) -> Page:
    """Drop a breadcrumb trail at the head: on one line, or one item per line after its label.

    Example: "当前位置：" "首页" ">" "政务信息" ">" "宁夏要闻" (six lines; the headline after it stays);
    a trail without a label that opens with the site's name: "某某省人民政府 > 信息公开 > 政府工作报告";
    the same without a label, one item per line: "首页" ">" "国务院" ">" "要闻" (at least two
    separator lines between short items, so a lone '>' between two lines does not make a trail).
    and with no separators either: "某某市人民政府" "首页" "政务公开" "政府工作报告" (from the home
    page, at least two short column names), also on one line: "首页 文章 生态文明 生态总论".
    A trail from the site's name needs only two items: "人民网>>时政"; the site's name with its home link
    and no separator is one too: "某某范文网 首页" (r31entitle, SITE_HOME).
    Under a one-line trail, a line that is only its last item is the column's name printed again as
    the page's heading: it goes too ("当前位置：首页 > 党建引领> 学习专栏" over "学习专栏").
    An English trail separated by ' | ' goes when the headline under it begins its last item (unseen7).
    (r28markdown) A first line marked as a Markdown heading, two items about one separator ('# Part 8 »
    General Provisions'), is the page's own heading, no trail.
    """
    lines, hits = page.lines, []
    for i in head_zone(lines):
        text = unglossed(lines[i].text.strip())   # '當(dāng)前位置:首頁(yè) > 新聞' is a trail (round7)
        if len(text) > 200 or i in hits:
            continue
        if SITE_TRAIL.match(text) or SPACED_TRAIL.match(text) or SITE_HOME.match(text) or _glued_headline_trail(lines, i, text):
            hits.append(i)   # '人民网>>时政': two items suffice when the first is the site's name
            continue         # '首页 文章 生态文明 生态总论': the home page and its columns, spaced
        spread = _spread_trail(lines, i) or _bare_trail(lines, i)
        if spread:
            hits.extend(spread)
            continue
        label = BREADCRUMB_LABEL.match(text)
        if BREADCRUMB_LINE.match(text) or (label and label["rest"]) or CRUMB_TRAIL.match(text):
            hits.append(i)
            wrapped = _trail_rest(lines, i)
            if wrapped is not None:   # the trail's rest on the next line, opening with its mark (unseen12)
                hits.append(wrapped)
                i, text = wrapped, lines[wrapped].text.strip()
            echo = _column_echo(lines, i, text, {r.line: r.text for r in page.removed})
            if echo is not None:
                hits.append(echo)   # the column's name printed again under a one-line trail (unseen2)
        elif label:
            j = i + 1
            first = lines[j].text.strip() if j < len(lines) else ""
            followed = j + 1 < len(lines) and BREADCRUMB_SEP_LINE.match(lines[j + 1].text)
            if CRUMB.match(first) and (followed or first in NAV_TOKENS):   # not a headline right after
                while j + 2 < len(lines) and BREADCRUMB_SEP_LINE.match(lines[j + 1].text) \
                        and CRUMB.match(lines[j + 2].text.strip()):
                    j += 2
                if j + 1 < len(lines) and lines[j + 1].text.strip() == lines[j].text.strip():
                    j += 1   # the column's name printed again as the page's heading
                hits.extend(range(i, j + 1))
            else:
                hits.append(i)
    # 'CHINA> Key Reports' over the headline (unseen9): the page's first line a short trail of two
    # or more items between '>' marks, the next line not running on in lower case; an English
    # headline under it ends the head zone, so the first line is looked at by itself
    top = [i for i, line in enumerate(lines[:PIPE_TRAIL_SCAN]) if line.text.strip()][:2]
    if top and top[0] not in hits and FIRST_TRAIL.match(lines[top[0]].text.strip()) \
            and not MARKED_TWO_ITEMS.match(lines[top[0]].text.strip()) \
            and not (len(top) > 1 and lines[top[1]].text.strip()[:1].islower()):
        hits.append(top[0])
    # 'Library/Acts/Section 4' (round15en): the page's first line a trail of three or more short
    # items joined by bare slashes, the first a capitalised word
    if top and top[0] not in hits and SLASH_TRAIL.match(lines[top[0]].text.strip()):
        hits.append(top[0])
    # 'The Treasury | Publications | … | <the headline under it>' (unseen7): the trail's length makes
    # it read as prose, so it is looked for among the first lines, not in the head zone alone
    first = [i for i, line in enumerate(lines[:PIPE_TRAIL_SCAN]) if line.text.strip()][:PIPE_TRAIL_LINES]
    hits.extend(i for i in first if i not in hits and _pipe_trail(lines, i))
    return page.drop(hits)


# the rest of a trail wrapped onto the next line: it opens with the trail's mark ('> 专题专栏 > 人大会议')
TRAIL_REST = re.compile(r"^\s*(?:>>|>|＞|»|›|→)\s*[^\s>＞»›→。，；！？,;!?]{1,16}(?:\s*(?:>>|>|＞|»|›|→)\s*[^\s>＞»›→。，；！？,;!?]{1,16})*\s*$")


def _trail_rest(lines, i: int) -> int | None:
    """The line right under a trail (or its label with the first item, '当前页面:首页') that opens
    with the trail's mark and holds only short items between marks: the trail's rest, wrapped by
    the page width or split by the template ('当前页面:首页' / '> 专题专栏 > 2023两会专题 > 人大会议').
    Its index, or None (unseen12)."""
    j = next((k for k in range(i + 1, len(lines)) if lines[k].text.strip()), None)
    # right under: no blank line between, in the copy's own spacing (robust2)
    return j if j is not None and j - i - 1 <= line_gap(lines) and TRAIL_REST.match(lines[j].text) else None


# (Latin script only: a Chinese two-item trail needs the site's name first, SITE_TRAIL)
FIRST_TRAIL = re.compile(r"^(?=.*[A-Za-z])(?!.*[\u3400-\u9fff])[^<>»›。，；！？,;!?.]{1,30}(?:\s*(?:>>|>|»|›)\s*[^<>»›。，；！？,;!?.]{1,30})+$")
# a slash trail (round15en): 'Library/DV/Section 1', 'Home/Acts/Part 2' — three or more items of at
# most 20 characters joined by slashes with no space around them, the first a capitalised word;
# no dot, colon or digit-only item, so a path, a web address, a date ('12/05/2020'), 'and/or' stay
SLASH_TRAIL = re.compile(r"^[A-Z][A-Za-z]{1,19}(?:/(?=[^/]*[A-Za-z])[A-Za-z0-9][A-Za-z0-9 '&-]{0,19}){2,}$")
PIPE_TRAIL = re.compile(r"^[^|]{1,40}(?:\s+\|\s+[^|]{1,120}){2,}$")   # three or more items between ' | '
ECHO_MIN = 12   # characters of the headline the trail's last item must begin with
PIPE_TRAIL_SCAN, PIPE_TRAIL_LINES = 40, 5   # the trail is among the first non-blank lines


def _pipe_trail(lines, i: int) -> bool:
    """A trail whose items a ' | ' separates ('The Treasury | Publications | Guidance | Preparing
    the Annual Report - …'), as English sites print it, with the page's headline right under it
    beginning the trail's last item (the headline may be wrapped). A '|' also separates a page
    title from the site's name and a table's cells, so without that echo the line stays."""
    text = lines[i].text.strip()
    if not PIPE_TRAIL.match(text):
        return False
    last = " ".join(text.split("|")[-1].split())
    j = next((k for k in range(i + 1, len(lines)) if lines[k].text.strip()), None)
    head = " ".join(lines[j].text.split()) if j is not None else ""
    return len(head) >= ECHO_MIN and last.startswith(head)


def _spread_trail(lines, i: int) -> list[int]:
    """Indices of an unlabelled trail spread one item per line from `i` (item, separator, item,
    separator, item …), or [] when there are fewer than two separator lines."""
    if not CRUMB.match(lines[i].text.strip()) or BREADCRUMB_SEP_LINE.match(lines[i].text):
        return []
    j = i
    while j + 2 < len(lines) and BREADCRUMB_SEP_LINE.match(lines[j + 1].text) \
            and CRUMB.match(lines[j + 2].text.strip()) and not BREADCRUMB_SEP_LINE.match(lines[j + 2].text):
        j += 2
    return list(range(i, j + 1)) if j - i >= 4 else []


HOME = re.compile(r"^(首页|主页|网站首页|home)$", re.I)
# the bare trail on one line, its items separated by spaces only: '首页 文章 生态文明 生态总论'
SPACED_TRAIL = re.compile(r"^\s*(?:首页|主页|网站首页)(?:[ \u3000\xa0]+[^\s。，；！？,;!?：:、（）()《》“”]{2,8}){2,6}\s*$")
BARE_CRUMB = re.compile(r"^[^\s。，；！？,;!?：:、（）()《》“”]{2,8}$")   # a column's name: short, no punctuation
SITE_NAME = re.compile(r"^[^\s。，；！？,;!?：:]{2,16}(人民政府|政府|门户网站|网|厅|局|委员会|办公室)$")
# (r31entitle) the site's name with its home link beside it, spaced, no separator ('某某范文网 首页', '首页 某某市人民政府'):
# the site's header row over the headline, a trail of its first item only
SITE_HOME = re.compile(r"^\s*(?:[^\s>＞»›。，；！？,;!?：:]{1,14}(?:人民政府|政府网|门户网站|网站|网)[ \u3000\xa0]+(?:网站首页|返回首页|首页|主页|首頁)"
                       r"|(?:网站首页|返回首页|首页|主页|首頁)[ \u3000\xa0]+[^\s>＞»›。，；！？,;!?：:]{1,14}(?:人民政府|政府网|门户网站|网站|网))\s*$")
SITE_TRAIL = re.compile(r"^\s*[^\s>＞»›。，；！？,;!?]{1,14}(人民政府|政府网|门户网站|网)\s*(?:>>|>|＞＞|＞|»|›)"
                        r"(?:\s*[^\s>＞»›。，；！？,;!?]{1,16}\s*(?:>>|>|＞＞|＞|»|›)?)+\s*$")
# the spaced trail's columns before a headline glued onto its end: '首页 政策解读 ' + the headline
SPACED_TRAIL_HEAD = re.compile(r"^\s*(?:首页|主页|网站首页|首頁|主頁)(?:[ \u3000\xa0]+[^\s。，；！？,;!?：:、（）()《》“”]{2,8}){1,5}[ \u3000\xa0]+$")
TRAIL_OPENING = re.compile(r"^\s*(?:首页|主页|网站首页|首頁|主頁)[ \u3000\xa0]")
ECHO_REACH = 3   # non-blank lines under the trail where the page prints its headline again


def _glued_headline_trail(lines, i: int, text: str) -> bool:
    """A spaced trail from the home page with the page's headline glued onto its end (round13zh,
    issue 11): '首页 政策解读 关于某某工作的解读' over the headline printed alone a line or two below.
    The whole line is the trail: its headline stays where the page prints it again, as the title."""
    if not TRAIL_OPENING.match(text):
        return False   # only a line opening with the home page is looked under (a blank one is not: huge inputs)
    seen = 0
    for k in range(i + 1, len(lines)):
        below = lines[k].text.strip()
        if not below:
            continue
        seen += 1
        if seen > ECHO_REACH:
            return False
        if len(below) >= 4 and text.endswith(below) and SPACED_TRAIL_HEAD.match(text[:-len(below)]):
            return True
    return False


BARE_TRAIL_MAX = 6    # columns after the home page: a longer run is a menu for nav-menu, or the text's own list


def _bare_trail(lines, i: int) -> list[int]:
    """Indices of a trail with no label and no separators, one item per line: the home page, then
    at least two short column names (the site's name may stand before it). A run of short lines
    that does not start from the home page (a title block, a list) is not one."""
    if not HOME.match(lines[i].text.strip()):
        return []
    j = i
    while j + 1 < len(lines) and j - i < BARE_TRAIL_MAX and BARE_CRUMB.match(lines[j + 1].text.strip()) \
            and not HOME.match(lines[j + 1].text.strip()):
        j += 1
    if j - i < 2:
        return []
    start = i - 1 if i > 0 and SITE_NAME.match(lines[i - 1].text.strip()) else i
    return list(range(start, j + 1))


# (r35) an English switcher's buttons in words ('Decrease font', 'Enlarge font', 'Reset'), compared in lower case
FONT_BUTTONS_EN = frozenset("decrease increase enlarge reduce reset default normal larger smaller bigger font text size a a+ a-".split())


def font_size_widget(page: Page) -> Page:
    """Drop a font-size switcher at the head or tail, also when spread one token per line.

    Example: "【字体：" "小" "中" "大" "】"; without a label, each size in its brackets: "【大】【中】【小】";
    an English page's 'Text Size a a a Print Print this page' (its sizes, then its tools: PAGE_TOOL_WORDS).
    """
    lines = page.lines
    # (r26) 'Text Size a a a Print Print this page': a size switch then the page's tools, wherever it stands
    # (it reads as prose, so it may stand past the head zone under a breadcrumb the later rules remove)
    hits = [i for i, line in enumerate(lines) if _size_and_tools(line.text)]
    for i in edge_zone(page.lines):
        if _unlabelled_sizes(lines[i].text):
            hits.append(i)
            continue
        m = len(lines[i].text) <= 80 and FONT_WIDGET.match(lines[i].text)
        if m and _lost_sizes(m["rest"]):
            hits.append(i)
            continue
        if m and m["rest"].strip() and _all_in(m["rest"].casefold(), FONT_BUTTONS_EN):
            hits.append(i)   # (r35) 'Font size: Decrease font Enlarge font': the buttons named in words
            continue
        if not m or not _all_in(m["rest"], FONT_SIZES):
            continue
        j = i
        while j + 1 < len(lines) and j - i < 6 and lines[j + 1].text.strip() \
                and _all_in(lines[j + 1].text, FONT_SIZES):
            j += 1
        hits.extend(range(i, j + 1))
    return page.drop(sorted(set(hits)))


def _size_and_tools(text: str) -> bool:
    """A size switch labelled in words and followed by letters and tool words only (PAGE_TOOL_WORDS)."""
    m = len(text) <= 80 and FONT_WIDGET.match(text)
    return bool(m) and m["rest"].isascii() and bool(m["rest"].strip()) \
        and all(t.lower() in PAGE_TOOL_WORDS for t in WIDGET_SPLIT.split(m["rest"].strip()) if t)


EMPTY_SIZES = re.compile(r"^\s*[(（]\s*[)）]\s*(?P<rest>.*)$")


def _lost_sizes(rest: str) -> bool:
    """'字体:(     ) 关闭窗口': the switch's sizes were links a copy took without their text (images
    or script), leaving empty brackets; page tools may follow (unseen6, xy1)."""
    m = EMPTY_SIZES.match(rest)
    if not m and rest.strip() and not re.search(r"[。，；！？]", rest):
        # (r28zhpdf) '字体大小: 打印': the sizes gone without even their brackets, only the page's
        # tools after the label (a print of the page drops image buttons whole)
        return _all_in(rest, WIDGET_TOKENS - FONT_SIZES)
    return bool(m) and _all_in(m["rest"], WIDGET_TOKENS | FONT_SIZES)


def share_link(page: Page) -> Page:
    """Drop a short 'share' or 'open on your phone' line at the head or tail.

    Example: "扫一扫在手机打开当前页".
    (r40webpdf) A share row that holds nothing but its label and the services, after the item's
    date or alone ("19 September 2022 Share: Facebook Twitter Email", SHARE_ROW), goes wherever it
    stands: under a headline long enough to end the head zone it is still the page's.
    (r42) So does a news page's tool row that ends on its comments link and count ("Tweet Share Email
    Comments (38)", `vocab_en.tool_row`): the count is a page's, never a document's words.
    """
    edge = edge_zone(page.lines)
    rows = [i for i, line in enumerate(page.lines) if SHARE_ROW.match(line.text)   # (r40webpdf) anywhere: a row of nothing else
            or COMMENT_COUNT.search(line.text) and tool_row(line.text)]   # (r42) 'Tweet Share Email Comments (38)' under a byline
    return page.drop([i for i in edge if len(_visible(page.lines[i].text)) <= 60 and SHARE.search(page.lines[i].text)] + rows)


ANCHORS = re.compile(r"\s*<(?:(?:https?|ftp)://[^<>\s]*)?>")


def _visible(text: str) -> str:
    """The text a reader sees: link addresses and empty anchors ('收藏 <> 赞 <>') left out."""
    return ANCHORS.sub("", text)


def more_link(page: Page) -> Page:
    """Drop a site notice that ends with a 'details' link (a banner or teaser of the site, never a
    document's sentence), anywhere on the page.

    Example: " * 清除历史记录关闭声明：百科词条人人可编辑，…请勿上当受骗。详情>>".
    A link line inviting to more items of the kind goes too, arrow or not ("点击查看更多往年工作报告";
    round12zh): a document never asks its reader to click. So does a sidebar box's header, its name
    and its 'more' button apart ("更多 今日话题", "24小时排行榜 更多"; round22).
    """
    return page.drop(i for i, line in enumerate(page.lines)
                     if len(line.text) <= MORE_LINE_MAX and (any(mark in line.text for mark in ">»›》＞")
                     and MORE_LINK.search(_visible(line.text)) or MORE_INVITE.match(_visible(line.text))
                     or MORE_BOX.match(_visible(line.text))))


def widget(page: Page) -> Page:
    """Drop a line of UI buttons (下载/打印/全屏/字号, 打印本页, 关闭窗口, a close mark ×) or of bare
    brackets at the head or tail; a font switcher may share the line ("【字体：大 中 小】 【打印】 【关闭】").

    Example: "【" "打印本页" "】" "【" "关闭窗口" "】" (six lines).

    Also buttons glued with no gap ("正文复制": a 正文 tab and a 复制 button whose labels the copy
    ran together), and a drop-down whose options were script: its label and arrow alone
    ("选择区域:>>") (unseen3, xj4/xj5).

    (r26zh) A messaging app's prompt to follow the account ("点击蓝字 关注我们"), the article's end
    mark ("- END -"), its byline ("原创 某市发布 某市发布 2024-01-22 18:30 某省") and its collection's tags ("#政府工作报告 6个"); a document-sharing site's
    download buttons ("VIP免费下载") and upload notice ("该文档为用户上传，如有侵权请联系客服删除"); a
    law database's notes on the statute ("本篇法规有1个历史版本", "法规全文下载：TXT | DOC | PDF").
    (r30zhweb) A tipping widget at the foot: its prompt ("如果喜欢本篇内容,请赞赏鼓励哦!", "尚未有人赏赞,
    赶紧来一个吧") and its button ("赏赞", "赞赏支持").

    A converter's pinyin glosses on the buttons are left out before matching, and the bar may be
    labelled and end in a page-jump box: "頁(yè)面功能 【打印】 【關(guān)閉】  跳轉(zhuǎn)到頁(yè)" (round11zh).
    """
    def is_widget(text: str) -> bool:
        text = unglossed(text)   # '【關(guān)閉】': a converter's pinyin glosses on the buttons (round11zh)
        if len(text) > 80:
            return False
        if BRACKETS_ONLY.match(text) or LISTEN_WIDGET.match(text) or SELECTOR.match(text) \
                or _glued_buttons(text.strip()) or ACCESS_KEY.match(text) or DATE_BAR.match(text) \
                or PAGE_COUNTER.match(text) or BACK_TO_LIST.match(text) or BROWSER_NOTICE.match(text) \
                or replacement_garble(text) or GLOSSARY_HINT.match(text) \
                or LANGUAGE_LINK.match(text) or SITE_ROOT.match(text) \
                or POLYSEMY_NOTE.match(text) or BARE_VIEWS.match(text) or DESKTOP_SHORTCUT.match(text) \
                or FOLLOW_PROMPT.match(text) or DOWNLOAD_BUTTON.match(text) or UPLOAD_NOTICE.search(text) \
                or LAW_DB_NOTE.match(text) or ACCOUNT_BYLINE.match(text) or TIP_PROMPT.match(text):
            return True   # (r26zh) a follow prompt, an end mark, a download button, an upload notice, a law database's notes;
            #               (r30zhweb) a tipping widget's prompt
        sizes = FONT_SIZES if FONT_WIDGET.match(text) else frozenset()
        split = re.sub("[:：]", " ", text) if sizes else text
        tokens = [t.rstrip(":：") for t in WIDGET_SPLIT.split(split.strip()) if t]
        return bool(tokens) and all(t.lower() in WIDGET_TOKENS or t in sizes for t in tokens) \
            or text.strip().lower().strip("【】[]") in WIDGET_TOKENS
    return page.drop(i for i in edge_zone(page.lines) if is_widget(page.lines[i].text))


# A news page's link back to its column's list, often behind an arrow ('↖回到列表', '« 返回列表')
# (round5, xxm5); and the notice a page prints where a browser could not show an embedded player
# ('你的瀏覽器不支援此物件', '您的浏览器不支持video标签').
BACK_TO_LIST = re.compile(r"^\s*[↖←↑<«《]*\s*(?:返回|回到|回)(?:列表|列表页|列表頁|上一页|上一頁|上页|上頁)\s*[»>》]*\s*$")
BROWSER_NOTICE = re.compile(r"^\s*(?:您的|你的)?(?:浏览器|瀏覽器)(?:不支持|不支援|暂不支持|暫不支援|无法显示|無法顯示)"
                            r"[\w\s<>/]{0,16}[。.!！]?\s*$")
# a language-learning site's hint over the text: how to look a word up ('(单词翻译:双击或拖选)', '划词翻译')
GLOSSARY_HINT = re.compile(r"^\s*[(（]?\s*(?:单词翻译|單詞翻譯|划词翻译|劃詞翻譯|查词|查詞)\s*[:：]?\s*(?:双击|雙擊|选中|選中|拖选|拖選|或|\s)*[)）]?\s*$")
# UTF-8 bytes of U+FFFD (a character already lost) read as Big5: every lost character shows as
# '嚙踝蕭' or '嚙' + one more. A line made mostly of them says nothing a reader can read (xxm5).
GARBLE_MARK = "嚙"
GARBLE_SHARE = 0.25


def replacement_garble(text: str) -> bool:
    """'嚙踝蕭嚙緬嚙踝蕭': a line where the Big5 reading of lost characters is a quarter or more."""
    bare = "".join(text.split())
    return bare.count(GARBLE_MARK) >= 2 and bare.count(GARBLE_MARK) >= GARBLE_SHARE * len(bare)


# a document viewer's page counter whose current page was an input box: the total alone after its
# slash ('/ 25', '1 / 25'), over a document-sharing site's preview (unseen13)
PAGE_COUNTER = re.compile(r"^\s*(?:\d{1,4}\s*)?/\s*\d{1,4}\s*$")


CARD_LINE_MAX = 30   # characters of the card's account description ('某区人民政府新闻办公室官方账号')
CARD_SCAN = 12       # lines of text from the top where a reposted article's card stands


def repost_card(page: Page) -> Page:
    """(r26zh) Drop a messaging app's card of the account an article is reposted from, at the head:
    '以下文章来源于某区发布，作者某区发布', the account's name alone under it, and the account's
    one-line description under the name (short, no sentence mark). The card is the app's; the
    article's own title and text follow it.

    Example: "以下文章来源于某区发布，作者某区发布" / "某区发布" / "某区人民政府新闻办公室官方账号" -> all
    three go. A line under the card that is not the account's name keeps the card's lines after it."""
    lines = page.lines
    filled = [i for i in range(len(lines)) if lines[i].text.strip()][:CARD_SCAN]
    for n, i in enumerate(filled):
        m = REPOST_CARD.match(lines[i].text)
        if not m:
            continue
        hits = [i]
        rest = filled[n + 1:n + 3]
        if rest and lines[rest[0]].text.strip() == m["account"]:
            hits.append(rest[0])
            if len(rest) > 1:
                desc = lines[rest[1]].text.strip()
                if len(desc) <= CARD_LINE_MAX and not re.search(r"[。，；！？,;!?：:]", desc) \
                        and re.search(r"(?:账号|賬號|公众号|公眾號|平台|官方|发布|發布|服务号|订阅号)$", desc):
                    hits.append(rest[1])
        return page.drop(hits)
    return page


def twice_numbered_notices(page: Page) -> Page:
    """Drop a site's notices to the reader at the head of the page: a run of two or more lines each
    numbered twice, the list's own number and the text's ('1. 1、下载文档前请自行甄别…', '2. 2、…'), that
    speak of the site's service (documents, downloads, previews, refunds, support). A document-sharing
    site prints them over its preview of an uploaded file; the structure stage would read the list as
    the text's first lines (unseen13).

    Example: "1. 1、下载文档前请自行甄别文档内容的完整性…" / "2. 2、…可反馈申请退款…" over the preview.
    A numbered list of the text's own (one number, or no word of the service) stays."""
    lines = page.lines
    head = [i for i in range(window(lines, NOTICE_SCAN)) if lines[i].text.strip()]   # prose: no head zone
    twice = [i for i in head if (m := TWICE_NUMBERED.match(lines[i].text)) and m["a"] == m["b"]]
    runs: list[list[int]] = []
    ends: list[int] = []   # each run's last line: its last notice's, hard-wrapped onto lines of its own (robust2)
    for i in twice:
        if runs and i in head and head.index(i) == head.index(ends[-1]) + 1:
            runs[-1].append(i)
        else:
            runs.append([i])
            ends.append(i)
        rest = [j for j in wrapped_on(page, i) if j in head]
        runs[-1] += rest
        ends[-1] = rest[-1] if rest else i
    hits = [i for run in runs if sum(i in twice for i in run) >= 2 and any(SITE_SERVICE.search(lines[i].text) for i in run)
            for i in run]
    return page.drop(hits)


def share_stats(page: Page) -> Page:
    """Drop a document-sharing site's stat lines over its preview of an uploaded file, one a line
    at the head: the price tag (`VIP专免`, `5 积分`), the upload date, the views (`999+`), the file's
    size (`21.78KB`), its page count (`23 页`) and the buttons (`海报`, `侵权投诉`, `举报`) (round11zh).

    Example: "VIP专免" / "2024-06-10" / "999+" / "21.78KB" / "23 页" / "海报" / "侵权投诉" under the headline.
    Only as a run of STATS_RUN or more such lines next to each other that holds a file size or a
    page count (the signature of a file's preview): a number or a word alone stays."""
    lines = page.lines
    head = [i for i in range(window(lines, STATS_SCAN)) if lines[i].text.strip()]
    hits: list[int] = []
    run: list[int] = []
    for i in head + [None]:
        if i is not None and _share_stat(lines[i].text) and (not run or head.index(i) == head.index(run[-1]) + 1):
            run.append(i)
            continue
        if len(run) >= STATS_RUN and any(_file_stat(lines[j].text) for j in run):
            hits.extend(run)
        run = [i] if i is not None and _share_stat(lines[i].text) else []
    return page.drop(hits)


STATS_SCAN = 16   # lines from the top: the preview's header
STATS_RUN = 3
FILE_STAT = re.compile(r"^\s*(?:\d{1,5}(?:\.\d{1,2})?\s*(?:[KMG]B|[kmg]b|字节)|(?:共\s*)?\d{1,4}\s*页)\s*$")
SHARE_STAT = re.compile(r"^\s*(?:\d{1,5}(?:\.\d{1,2})?\s*(?:[KMG]B|[kmg]b|字节)|(?:共\s*)?\d{1,4}\s*页"
                        r"|\d{1,7}\+?|\d{1,4}(?:\.\d)?[万千w]\+?|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}"
                        r"|(?:VIP|vip)\s*(?:专免|免费|专享)|\d{1,4}\s*(?:积分|金币|下载券)|免费"
                        r"|海报|分享海报|生成海报|侵权投诉|投诉|举报|收藏|分享|下载|评分)\s*$")


# (round19zh) the same stats run together on one line, spaces between ('2024-02-14 999+ 36.72KB 10 页 海报')
_STAT = SHARE_STAT.pattern[len(r"^\s*"):-len(r"\s*$")]
STATS_LINE = re.compile(rf"^\s*(?:{_STAT})(?:\s+(?:{_STAT}))+\s*$")
_FILE = FILE_STAT.pattern[len(r"^\s*"):-len(r"\s*$")]
HAS_FILE_STAT = re.compile(rf"(?:^|\s)(?:{_FILE})(?=\s|$)")


def _share_stat(text: str) -> bool:
    """One stat line of a file's preview, or several stats run together on one line (round19zh:
    a site that sets its listing facts in a row: date, views, size, pages, button)."""
    return bool(SHARE_STAT.match(text) or len(text) <= 80 and STATS_LINE.match(text))


def _file_stat(text: str) -> bool:
    """A file size or page count alone, or among the stats of a one-line row (round19zh)."""
    return bool(FILE_STAT.match(text) or len(text) <= 80 and STATS_LINE.match(text) and HAS_FILE_STAT.search(text))


NOTICE_SCAN = 40   # lines of text (in the copy's spacing): the top of the page, over the preview
TWICE_NUMBERED = re.compile(r"^\s*(?P<a>\d{1,2})\s*[.．]\s*(?P<b>\d{1,2})\s*[、.．]\s*\S")
SITE_SERVICE = re.compile(r"下载|文档|预览|退款|客服|侵权|侵犯您的权益|会员|积分")


# an accessibility anchor (':::', the access key of the header, the content and the footer zones on
# Taiwanese government sites) and a date bar whose date a script wrote ('今天是：', '今天是：2017年1月13日
# 星期五'): page furniture, alone on a line at the edges (unseen12)
ACCESS_KEY = re.compile(r"^\s*:::\s*$")
# a portal's language link alone on a line ('EN', 'English') and the bare address of the site's home
# page ('https://www.example.gov.cn/', a logo link whose image was lost), at the page's edges (round14zh)
LANGUAGE_LINK = re.compile(r"^\s*(?:EN|English|ENGLISH)\s*$")
SITE_ROOT = re.compile(r"^\s*https?://[\w-]+(?:\.[\w-]+)+/?\s*$", re.I)
DATE_BAR = re.compile(r"^\s*今天是\s*[:：]?\s*(?:\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|\d{4}[-/.]\d{1,2}[-/.]\d{1,2})?"
                      r"\s*(?:星期[一二三四五六日天]|周[一二三四五六日])?\s*$"
                      # widened (round6, xxf2): the bar's date without its label, in the forms a calendar
                      # box prints and a document never dates itself with: the month before the year
                      # ('十一月 2024 |', '11月 2024'), or any date set off by the bar's separator
                      # ('2024年11月30日 星期六 |'); a weekday may follow
                      r"|^\s*[|｜]?\s*(?:[一二三四五六七八九十]{1,3}|\d{1,2})\s*月\s*[,，]?\s*\d{4}"
                      r"\s*(?:星期[一二三四五六日天]|周[一二三四五六日])?\s*[|｜]?\s*$"
                      r"|^\s*(?:[|｜]\s*)?(?:\d{4}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?|\d{4}[-/.]\d{1,2}(?:[-/.]\d{1,2})?)"
                      r"\s*(?:星期[一二三四五六日天]|周[一二三四五六日])?\s*[|｜]\s*$")


# a drop-down's label over options the copy lost (they were script): '选择区域:>>', '切换城市：»'
SELECTOR = re.compile(r"^\s*[\u4e00-\u9fff]{2,8}\s*[:：]\s*[>＞»›]{1,3}\s*$")
GLUED_MAX = 12   # characters: two or three buttons' labels, not a phrase


def _glued_buttons(text: str) -> bool:
    """The line is two or more Chinese button labels written with no gap between them ('正文复制',
    '打印关闭'): every cut of it falls on a label of WIDGET_TOKENS."""
    if not 4 <= len(text) <= GLUED_MAX or not all("\u4e00" <= ch <= "\u9fff" for ch in text):
        return False
    ends = {0: 0}   # position -> labels used to reach it
    for i in range(len(text)):
        if i not in ends:
            continue
        for j in range(i + 2, len(text) + 1):
            if text[i:j] in WIDGET_TOKENS:
                ends[j] = max(ends.get(j, 0), ends[i] + 1)
    return ends.get(len(text), 0) >= 2


def nav_menu(page: Page) -> Page:
    """Drop a site menu at the head or tail: a line of >= 3 short items, or a run of >= 3 one-item
    lines, when most items are menu words (首页, 新闻, 政务公开 …).

    Example: "首页 | 新闻中心 | 政务公开 | 互动交流".
    (r40webpdf) A bar of short names with the link home among them is one too (`_home_bar`).
    """
    lines, edge, hits = page.lines, edge_zone(page.lines), set()
    for i in (i for i in edge if len(lines[i].text) <= 200):
        items = [t for t in re.split(r"\s*[|｜·•]\s*|\s{2,}", lines[i].text.strip()) if t]
        if len(items) >= 3 and (_mostly_nav(items) or _channel_bar(lines[i].text, items) or _home_bar(items)):
            hits.add(i)
            continue
        words = lines[i].text.split()   # a link bar with single spaces: '簡體版 英文版 寄給朋友 政府新聞網' (round9zh)
        if len(words) >= 3 and all(len(w) <= SPACED_ITEM_MAX for w in words) and _all_nav(words):
            hits.add(i)
    runs: list[list[int]] = []
    for i in edge:
        if CRUMB.match(lines[i].text.strip()):
            if runs and runs[-1][-1] == i - 1:
                runs[-1].append(i)
            else:
                runs.append([i])
    for run in runs:
        navs = [k for k in run if _mostly_nav([lines[k].text.strip()])]
        span = range(navs[0], navs[-1] + 1) if navs else range(0)
        if len(span) >= 3 and _mostly_nav([lines[k].text.strip() for k in span]):
            hits.update(span)     # from the first menu word to the last: a headline after it stays
    hits.update(_bullet_bar(page.texts()))
    return page.drop(sorted(hits))


HOME_ITEMS = frozenset("首页 主页 网站首页 首頁 主頁 網站首頁 home".split())
BAR_ITEM_MAX = 10   # characters of one item of a bar: a name, never a clause


def _home_bar(items: list[str]) -> bool:
    """(r40webpdf) A bar of short names parted by bars, one of them the link home ('某某法律法规库　｜　首页　｜
    法规检索　｜　帮助中心'): the site's menu, whatever its other items are called (a database's own tools
    are no menu words); a document's line never lists its home page among short names."""
    return any(t.casefold() in HOME_ITEMS for t in items) and all(len(t) <= BAR_ITEM_MAX and not re.search(r"[。，；！？,;!?]", t)
                                                                for t in items)


# one entry of a menu a copy kept as a Markdown bullet list: a bare short name, no sentence ('- 政策解读')
BAR_BULLET = re.compile(r"^\s*[-*•]\s+[\u4e00-\u9fffA-Za-z]{2,6}\s*$")
BAR_MIN = 4   # entries: fewer may be the document's own short list


def _bullet_bar(texts: list[str]) -> list[int]:
    """A page's menu or tool bar kept as a bullet list at the very head (round13zh, issue 11): the
    first lines of the text are >= BAR_MIN bullets, each a bare name of 2-6 characters (channel or
    button labels: '- 设为首页', '- 政策解读'). A document never opens with a bulleted list of bare
    words before its own title or first sentence."""
    i = 0
    while i < len(texts) and not texts[i].strip():
        i += 1
    j = i
    while j < len(texts) and BAR_BULLET.match(texts[j]):
        j += 1
    return list(range(i, j)) if j - i >= BAR_MIN else []


SIZE_BRACKETS = re.compile(r"^\s*(?:[【\[〔]\s*[^【】\[\]〔〕\s]{1,2}\s*[】\]〕]\s*){2,4}$")


def _unlabelled_sizes(text: str) -> bool:
    """A font switch with no label: two to four size words, each in its own brackets
    ('【大】【中】【小】'). A bracketed word that is not a size ('【图】【文】') is not one."""
    if not SIZE_BRACKETS.match(text):
        return False
    words = [t for t in WIDGET_SPLIT.split(text.strip()) if t]
    return len(set(words)) >= 2 and all(w in FONT_SIZES for w in words)


def _all_in(text: str, vocabulary: frozenset[str]) -> bool:
    return all(t in vocabulary for t in WIDGET_SPLIT.split(text.strip()) if t)


def _channel_bar(text: str, items: list[str]) -> bool:
    """(r27) A news site's channel bar: items parted by a separator (`|` `｜` `·` `•`), most of them
    channel names (vocab.NEWS_CHANNELS) or menu words (`新闻网 | 时政 | 国际 | 财经 | 观点 | 视频`)."""
    if not re.search(r"[|｜·•]", text) or len(items) < CHANNEL_BAR_MIN or any(len(t) > CHANNEL_ITEM_MAX for t in items):
        return False   # a headline's phrases parted by dots ('教育·科技·人才：…') are longer or fewer
    return sum(1 for t in items if t in NEWS_CHANNELS or t in NAV_TOKENS or SITE_ITEM.match(t)) * 2 > len(items)


CHANNEL_BAR_MIN = 4    # items of a channel bar
CHANNEL_ITEM_MAX = 6   # characters of one item


def _mostly_nav(items: list[str]) -> bool:
    return sum(1 for t in items if t in NAV_TOKENS or t.lower() in NAV_TOKENS or SITE_ITEM.match(t)) * 2 > len(items)


# a link to another site in a top bar of sister sites ('热门站点| 某某资料网 | 某某网论坛'): a short name
# ending in 网, 网站 or 论坛 is a menu item like 首页 (unseen6, xy10)
SITE_ITEM = re.compile(r"^[\u4e00-\u9fffA-Za-z]{1,10}(?:网|网站|论坛|網|網站|論壇)$")
SPACED_ITEM_MAX = 6   # characters of an item of a link bar with single spaces: link labels, not a phrase


def _all_nav(items: list[str]) -> bool:
    """Every item a menu word or a site's name: a link bar whose items a single space parts (a
    headline's words parted by spaces are not all menu words)."""
    return all(t in NAV_TOKENS or t.lower() in NAV_TOKENS or SITE_ITEM.match(t) for t in items)


# ---- a blog's sidebar and post labels, printed with the page --------------------------------------

# one entry of a list that counts posts: an archive ('► June (29)', '▼ 2011 (380)') or a label
# cloud ('dev (407)', 'programming languages (11)'): a short name, the count in brackets, nothing else
COUNT_ITEM = re.compile(r"^\s*(?:[►▼▶▸▾▿•·]\s*)?[^\s()\[\]][^()\[\]]{0,39}?\s\(\d{1,5}\)\s*$")
COUNT_RUN = 6       # consecutive entries: fewer may be a sentence's list
POST_LABELS = re.compile(r"^\s*(?:Labels|Tags|Tagged(?: with)?|Filed under|Posted in)\s*:\s*"
                         r"[^\s,.;:!?][^,.;:!?]{0,29}(?:,\s*[^\s,.;:!?][^,.;:!?]{0,29})*\s*$", re.I)


def blog_widgets(page: Page) -> Page:
    """Drop the lists a blog's sidebar prints after the post, and the post's label line.

    A sidebar is printed with the page (a web page printed to PDF) after the article, far past
    the tail zone: its archive and label cloud are runs of entries that each end with a post
    count. The post's own labels ('Labels: dev, esnext, javascript') are a list of tags, not text.

    Examples: "► 2013 (55)" / "► June (1)" / …, "dev (407)" / "computers (307)" / …,
    "Labels: dev, esnext, javascript, jslang".
    """
    if not has_any(page, ":)"):
        return page     # a label line needs its ':', an entry its '(count)'
    texts = page.texts()
    hits = {i for i, t in enumerate(texts) if POST_LABELS.match(t)}
    i = 0
    while i < len(texts):
        j = i
        while j < len(texts) and (COUNT_ITEM.match(texts[j]) or not texts[j].strip() and j > i):
            j += 1
        entries = [k for k in range(i, j) if texts[k].strip()]
        if len(entries) >= COUNT_RUN:
            hits.update(entries)
        i = max(j, i + 1)
    return page.drop(hits)


# a blog or news site's taxonomy label over a post: 'Tag: Press Release', 'Categories: News',
# 'Filed under: Policy', '标签：政策解读' (unseen9); short, the label a site's, never the text's words
# (round17en) an archive page's type line names the listing before the label: 'Entries - Entry Category:
# Counties', 'Posts - Post Tag: Harbours' (the listing's kind, a dash, the item kind)
TAXONOMY = re.compile(r"^\s*(?:[A-Z][a-z]{2,20}\s+[-–|]\s+(?:(?:entry|post|article|item|page|product)\s+)?)?"
                      r"(?:tags?|categor(?:y|ies)|filed under|posted in|标签|分类)\s*[:：]\s*\S(?:(?!\s{2}).){0,60}$", re.I)
TAXONOMY_WORDS = 8


def taxonomy_label(page: Page) -> Page:
    """Drop a site's tag or category line at the head or tail of a post.

    Example: "Tag: Press Release" over the post's headline (a politics site reposting a release);
    an archive page's type line "Posts - Post Tag: Harbours" under its headline (round17en).

    It names the site's filing of the page, not the text; at the head it would pass for the title.
    The label stands apart (a blank line or the text's start above it): in a block of header rows
    ('Obsoletes: 3548      October 2006' / 'Category: Standards Track', an RFC's header) or set
    with a wide gap ('Category: Standards Track      J. Roe') it is the document's own, and stays.
    In a copy with no blank line anywhere, a line above that is no header row sets it apart
    (`_no_header_row`, wrap round).
    """
    lines = page.lines
    blank_free = all(line.text.strip() for line in lines)
    return page.drop(i for i in edge_zone(lines)
                     if TAXONOMY.match(lines[i].text) and len(lines[i].text.split()) <= TAXONOMY_WORDS
                     and (i == 0 or not lines[i - 1].text.strip() or blank_free and _no_header_row(lines[i - 1].text)))


def _no_header_row(text: str) -> bool:
    """(wrap round, issue 11) In a copy with no blank line anywhere (a PDF's text, a copy that
    dropped its empty lines) nothing sets the label apart: it stands apart when the line above is
    no header row of the document's own — no wide gap in it (`Obsoletes: 3548      October 2006`)
    and no `Label: value` field of its own (`Request for Comments: 4648`). A headline over it
    (`Counties` / `Entries - Entry Category: Counties`) is no such row."""
    return not re.search(r"\S\s{3,}\S", text.strip()) and not re.match(r"^\s*[A-Z][\w .-]{0,30}:\s", text)


# a legal-information site's bracketed link bars: '[Home] [Databases] [World Law] [Help]' (the
# site's name may stand first), '[New search] [Printable RTF version] [Buy report: [2018] 1 WLR 4068]'
BRACKET_GROUP = re.compile(r"\[[^\[\]]*\]")
BRACKET_ITEMS_MIN = 3
BAR_NAME_WORDS = 3    # words outside the brackets: the site's name before its bar
TOP_LINES = 12        # non-blank lines at the top where the bars and the page's labels are looked for
PARAGRAPH_WORDS = 25  # (r45) words of a paragraph of the text: the bars stand over the first one
PARAGRAPH_END = re.compile(r"[.!?:;。！？][\"'”’)\]]*\s*$")
# the page's own labels a case-law or legislation site prints over a document: a trail after
# 'You are here:' with '>>' or '>' marks, and the page's address after 'URL:'
# (r25auditen) or with spaced slashes, as a government guidance site prints it ('You are here: Home / Business / Tax')
LABELLED_TRAIL = re.compile(r"^\s*you are here\s*:\s*\S.*(?:>>|>|»|›|\s/\s).*$", re.I)
URL_LABEL = re.compile(r"^\s*URL\s*:\s*(?:https?://|www\.)\S+\s*$", re.I)


def _bracket_bar(text: str) -> bool:
    rest, items = text, 0
    while True:
        inner = BRACKET_GROUP.findall(rest)
        if not inner:
            break
        if rest is text:
            items = len(inner)
        rest = BRACKET_GROUP.sub(" ", rest)
    return items >= BRACKET_ITEMS_MIN and "[" not in rest and len(rest.split()) <= BAR_NAME_WORDS


def _over_first_paragraph(lines, top: list[int]) -> list[int]:
    """(r45, issue 11) The top lines over the text's first paragraph (PARAGRAPH_WORDS words or
    more, ending a sentence): a site's bar of bracketed links stands over the text, never under its
    first paragraph. A short text's own bracketed line under a paragraph (a statute's history note
    `\\[ [2003 c 53 § 38](…); [1977 c 2 § 1](…).\\]`, reaching the top lines once a contents list
    over it went) is the text's."""
    for n, i in enumerate(top):
        text = lines[i].text
        if len(text.split()) >= PARAGRAPH_WORDS and PARAGRAPH_END.search(text):
            return top[:n]
    return top


def site_bars(page: Page) -> Page:
    """Drop a site's link bars and page labels at the top: a line of bracketed links, three or
    more with at most the site's name outside them, a labelled trail and the page's address.

    Example: "BAILII [Home] [Databases] [World Law] [Help] [Feedback]", "You are here: BAILII >>
    Databases >> … >> Roe v Doe [2018] EWCA Civ 1 (1 May 2018)", "URL: http://www.example.org/…",
    "[New search] [Context] [Printable RTF version] [Help]" over a judgment. English headlines count
    as prose by their words and end the head zone early, so the first lines are looked at by
    themselves (unseen9); a citation line ('[2018] 1 WLR 4068, [2018] BLR 246') has words outside
    its brackets and stays.
    """
    lines = page.lines
    top = [i for i, line in enumerate(lines) if line.text.strip()][:TOP_LINES]
    over = set(_over_first_paragraph(lines, top))   # (r45) a bar of bracketed links stands over the text
    seen: dict[str, list[int]] = {}
    for i, line in enumerate(lines):
        if _glued_links(line.text.strip()):
            seen.setdefault(line.text.strip(), []).append(i)
    again = [i for found in seen.values() if len(found) >= 2 for i in found]
    return page.drop([i for i in top if i in over and _bracket_bar(lines[i].text.strip())
                      or LABELLED_TRAIL.match(lines[i].text) or URL_LABEL.match(lines[i].text)
                      or PAGE_PATH.match(lines[i].text) or VERSION_NOTICE.match(lines[i].text) or PAST_VERSION.match(lines[i].text)
                      or SKIP_LINK.match(lines[i].text) or VIEW_SWITCH.match(lines[i].text) or _glued_links(lines[i].text.strip())] + again
                     + _name_over_bar(lines, top) + [i for i in top if SHARING_WIDGET.match(lines[i].text)
                                                     or MENU_BUTTON.match(lines[i].text) or EMPTY_META_LABEL.match(lines[i].text) or EMPTY_DATE_LABEL.match(lines[i].text)
                                                     or FULL_TEXT_LINE.match(lines[i].text)
                                                     or CURRENCY_NOTICE.match(lines[i].text) or FEEDBACK_LINK.match(lines[i].text)
                                                     or LEARN_MORE.match(lines[i].text)]
                     + _upload_marks(lines, top) + _upload_box(lines, top)
                     + [i for i in top[:CATEGORY_TOP] if CATEGORY_RUN.match(lines[i].text) or PROJECT_CREDIT.match(lines[i].text)])


# (round13en) a blog's category labels glued into one line over a reprinted item ('NewsReports',
# vocab_en.CATEGORY_RUN), among the page's first lines: two or more labels, never one word alone;
# a site's project credit there too ('A Laws.Example project', vocab_en.PROJECT_CREDIT)
CATEGORY_TOP = 3


UPLOAD_VALUE_WORDS = 3   # words of a box's value under its empty label ('Category:' / 'Documents')


def _upload_box(lines, top: list[int]) -> list[int]:
    """(round8en) A document-sharing site's upload box over the transcript of an uploaded file: two
    or more of its lines (`Upload: someone`, `Post on 19-Jul-2018`, `215 views`, `0 download`,
    `Download "<headline>"`; vocab_en.UPLOAD_BOX), then also the value under an empty label in the
    box (`Category:` / `Documents`) and the transcript's label (`TRANSCRIPT`, `Transcription`).
    One such line alone (a sentence's `215 views` cut off) proves no box."""
    box = [i for i in top if UPLOAD_BOX.match(lines[i].text)]
    if len(box) < 2 and not (box and any(SHARING_WIDGET.match(lines[i].text) for i in top)):
        return []
    found = list(box)
    # over the box: the page's title the site built from the file's name (lower-cased, cut with
    # '...': 'consumer protection act - example.gov20protection... · 2 [no. ] the …') and the
    # file's page count alone on its line ('37'); a headline in capitals stays (the title line)
    first_box = min(box) if box else top[-1]
    for i in top:
        text = lines[i].text.strip()
        if i < first_box and (re.fullmatch(r"\d{1,4}", text) or i == top[0] and "..." in text
                              and not any(ch.isupper() for ch in text) and re.search(r"[a-z]{3}", text)):
            found.append(i)
    for k, i in enumerate(top):
        if TRANSCRIPT_LABEL.match(lines[i].text):
            found.append(i)
        elif EMPTY_META_LABEL.match(lines[i].text) and k + 1 < len(top):
            value = lines[top[k + 1]].text.strip()
            if len(value.split()) <= UPLOAD_VALUE_WORDS and not re.search(r"[.!?:;,]$", value):
                found.extend((i, top[k + 1]))
    return found


# (unseen14) a document-sharing site's viewer around a transcript of an uploaded PDF: its widget
# labels at the top ('Embed Size (px)', 'Citation preview', 'Download as pdf or txt') and, on every
# page of the transcript, the upload's mark: a bullet, the upload date and the file's name, which
# is also the page's headline ('Cms Conv txt English' … '• 7/27/2019 Cms Conv txt English'), then
# the page counter ('1/7')
# (unseen14) an English page's menu button (vocab_en.MENU_BUTTON) and its article box's labels left with no value
# ('MENU', 'author:', 'Page view:'), and a news page's line announcing the text it carries
# ('Following is the full text:', 'The following is the full text of the Report on …', xs2 too)
EMPTY_META_LABEL = re.compile(r"^\s*(?:author|authors|source|editor|page ?views?|views|hits|posted by|posted on"
                              r"|tags?|category|categories)\s*[:：]\s*$", re.I)
# (r35) a publication date's label whose date the copy lost (a script wrote it, or a picture): 'Published
# on', 'Last updated:' alone among the page's first lines; the label is chrome, never a title's kicker
EMPTY_DATE_LABEL = re.compile(r"^\s*(?:(?:first\s+)?published|posted|(?:last\s+)?updated|last\s+modified|created|released|issued)"
                              r"(?:\s+(?:on|at)\s*[:：]?|\s*[:：])\s*$", re.I)
FULL_TEXT_LINE = re.compile(r"^\s*(?:the\s+)?following is the (?:full|complete) text\b[^\n]{0,240}?[.:]\s*$"
                            r"|^\s*(?:full|complete) text\s*[:：]\s*$", re.I)
# (unseen14) a law or regulation site's currency notice over the text ('Displaying title 1, up to
# date as of 6/10/2026. Title 1 was last amended 12/29/2022.', 'Current through May 31, 2024',
# 'Regulations last checked for updates: Nov 27, 2024', 'Verified against … as of June 20, 2026'),
# its feedback link (vocab_en.FEEDBACK_LINK) and a 'Learn more about …' link line
CURRENCY_NOTICE = re.compile(r"^\s*(?:(?:Displaying|Showing|Viewing)\b.{0,60}?\bup to date as of\b|Current through\s+\w"
                             r"|Regulations last checked for updates\s*:|Verified against\b.{0,40}?\bas of\s+\w).{0,160}$", re.I)
LEARN_MORE = re.compile(r"^\s*Learn more about\b[^.!?]{0,100}[.]?\s*$")
SHARING_WIDGET = re.compile(r"^\s*(?:Embed Size \(px\)|Citation preview|Download as (?:pdf|PDF)(?: or (?:txt|TXT))?"
                            r"|You might also like|Start display at page:?|Size:\s*px)\s*$")
UPLOAD_MARK = re.compile(r"^\s*[•·▪]\s*\d{1,2}/\d{1,2}/\d{2,4}\s+(?P<name>\S.{0,100}?)\s*$")
PAGE_OF = re.compile(r"^\s*\d{1,4}\s*/\s*\d{1,4}\s*$")


def _upload_marks(lines, top: list[int]) -> list[int]:
    """The upload marks that name the file the page's first line names, that first line, and the
    counter right under each mark. A dated bullet naming anything else is a list item and stays."""
    if not top:
        return []
    name = " ".join(lines[top[0]].text.split())
    marks = [i for i, line in enumerate(lines)
             if (m := UPLOAD_MARK.match(line.text)) and " ".join(m["name"].split()) == name]
    if not marks:
        return []
    found = marks + [top[0]]
    for i in marks:
        nxt = next((j for j in range(i + 1, len(lines)) if lines[j].text.strip()), None)
        if nxt is not None and PAGE_OF.match(lines[nxt].text):
            found.append(nxt)
    return found


HAN_BAR = re.compile(r"[\u4e00-\u9fff]")   # a bar with Chinese buttons is a portal's tool bar, not a site's link bar
SITE_NAME_WORDS = 6   # words: a site's name set on its own line over its link bar ('HKLII Hong Kong Ordinances')


def _name_over_bar(lines, top: list[int]) -> list[int]:
    """(unseen14) The site's name on the page's first line, right over its bracketed link bar (blank
    lines aside), instead of before it on the same line: a short line ending no sentence. A
    headline that opens the page with no bar under it stays."""
    if len(top) < 2 or not _bracket_bar(lines[top[1]].text.strip()):
        return []
    items = BRACKET_GROUP.findall(lines[top[1]].text)
    if HAN_BAR.search(BRACKET_GROUP.sub(" ", lines[top[1]].text)) or 2 * sum(bool(HAN_BAR.search(t)) for t in items) > len(items):
        return []   # (r25auditzh) a Chinese page's tool bar ('字体：[大] [中] [小]  [打印]  [关闭]') sits under the headline
    name = lines[top[0]].text.strip()
    return [top[0]] if len(name.split()) <= SITE_NAME_WORDS and not re.search(r"[.!?:;,]$", name) \
        and "[" not in name else []


# a link to the site's mobile edition, with the site's name and a list bullet ('• 台灣網移動版',
# '某某网手机版'): a short line that ends in the edition's word (unseen10, xx5)
MOBILE_LINK = re.compile(r"^\s*[•·▪*-]?\s*[^\s，。；！？,;!?]{0,12}(?:移动版|移動版|手机版|手機版|触屏版|觸屏版)\s*$")


def mobile_link(page: Page) -> Page:
    """Drop a link to the site's mobile edition at the head or tail, the site's name before it
    and a list bullet allowed: a menu's item the copy kept as a line, never a title (unseen10).

    Example: "• 某某网移动版", "某某网手机版"; not "某某网推出移动版后，…" (a sentence goes on).
    """
    return page.drop(i for i in edge_zone(page.lines) if MOBILE_LINK.match(page.lines[i].text))


# a content site's notice where the text is cut for members ('此处隐藏5120个字。VIP会员可见',
# '剩余2000字，登录后阅读全文', '开通会员查看全文'): a short line of the site's, not the text's (unseen10, xx7)
PAYWALL = re.compile(
    r"^\s*(?:(?:此处|以下|剩余|余下|还有)\s*(?:内容)?\s*(?:已)?\s*(?:隐藏)?\s*[0-9０-９]+\s*(?:个)?字|"
    r"(?:此处|以下)(?:内容)?(?:已)?隐藏|"
    r"(?:开通|成为|升级)?\s*(?:VIP|vip|会员)\s*(?:可见|可读|专享|免费(?:阅读|查看)|(?:阅读|查看)全文)|"
    r"登录后(?:可)?(?:阅读|查看|下载)(?:全文|完整内容)|"
    r"试读(?:已)?结束|(?:预览|預覽)(?:已)?(?:结束|結束)|(?:开通|成为|升级)\s*(?:VIP|vip|会员)[^。，,;；]{0,6}?(?:无限|免费)?(?:下载|阅读|查看)|"   # a document site's end of preview (round17zh)
    # (round23) what viewing the whole text costs a member: '消耗 1 篇某某文库配额,会员有效期内无限次查看'
    r"(?:消耗|扣除)\s*[0-9０-９]+\s*(?:篇|次|个|份|点)\s*[\u4e00-\u9fff]{0,8}?(?:配额|下载券|积分|额度|点数)|"
    # (r30zhweb) a preview's plea to log in for the rest, often bracketed: '(想阅读完全部图文内容,您需要先登陆!)',
    # '想阅读全文，请先登录', '查看完整内容请先登录' (the whole line the site's: no sentence of the text ends there)
    r"[（(]?\s*(?:想|如需|若要|要)?(?:阅读|閱讀|查看|浏览|瀏覽)完?\s*(?:全部|全文|完整)[\u4e00-\u9fff]{0,6}?[，,]?\s*(?:您|你)?"
    r"(?:需要|需|请|請)\s*先?\s*(?:登录|登陆|登錄|登陸|注册|註冊)[^。]{0,6}?[)）]?\s*$)")
PAYWALL_MAX = 40      # characters: a notice, not a paragraph
# (round10zh, xxw6) a writing site's cut in brackets after an ellipsis, naming the site (and its
# address) and the characters left out for members: '……(某某网https://… 省略959字,正式会员可完整阅读)'
PAYWALL_CUT = re.compile(r"^\s*[…．.]*\s*[（(][^（）()]{0,80}?(?:省略|隐藏|略去)\s*[0-9０-９]+\s*个?字"
                         r"[^（）()]{0,40}?(?:会员|VIP|vip|登录|付费)[^（）()]{0,30}[)）]\s*$")
PAYWALL_CUT_MAX = 120
# a comment box's heading with its counter, empty when the copy lost the number
# ('留言与评论(共有 条评论) |', '网友评论（共 0 条）', '发表评论'): the site's widget (unseen10, xx7)
COMMENT_BOX = re.compile(
    r"^\s*(?:留言与评论|网友评论|读者评论|评论区|全部评论|最新评论|发表评论|我要评论|留言评论|發表評論|網友評論)"
    r"\s*(?:[(（]\s*共有?\s*[0-9]*\s*条(?:评论)?\s*[)）])?\s*[|｜:：]?\s*$")


def paywall_notice(page: Page) -> Page:
    """Drop a content site's members-only notice where it cut the text, and a comment box's
    heading with its (often empty) counter: short lines of the site's, anywhere (the notice
    stands between paragraphs, the comment box after the text and its previous/next links).

    Example: "此处隐藏5120个字。VIP会员可见", "登录后阅读全文", "留言与评论(共有 条评论) |";
    a writing site's bracketed cut "……(某某网 省略959字,正式会员可完整阅读)" (PAYWALL_CUT, round10zh);
    a preview's plea to log in "(想阅读完全部图文内容,您需要先登陆!)" (r30zhweb);
    not "会员代表大会审议通过了…" (a sentence about members).
    """
    return page.drop([i for i, line in enumerate(page.lines)
                      if len(line.text.strip()) <= PAYWALL_MAX
                      and (PAYWALL.match(line.text) or COMMENT_BOX.match(line.text))
                      or len(line.text.strip()) <= PAYWALL_CUT_MAX and PAYWALL_CUT.match(line.text)]
                     + _subscribe_pitch(page.lines))


SUBSCRIBE_WORDS_MIN = 3   # words of a pitch line: 'Subscribe' or 'Join' alone may be a heading's word
SUBSCRIBE_NEAR = 2        # non-blank lines between a benefits label and a pitch line


def _subscribe_pitch(lines) -> list[int]:
    """(round20en) An English subscription site's sales pitch printed over or under the record it
    sells, anywhere: short lines that call to subscribe, join or upgrade to a membership or plan,
    maybe with the price ('Subscribe to a … Premium Membership Today!', 'Subscribe Now for only
    USD$40 per month.', 'Only $9.99 per month'; vocab_en.SUBSCRIBE_PITCH), SUBSCRIBE_WORDS_MIN words
    or more and up to SUBSCRIBE_PITCH_MAX characters; and the label of its list of benefits
    ('Key Benefits:', its list lost) when it stands within SUBSCRIBE_NEAR non-blank lines of such a
    line. The English form of the members-only notice. A 'Benefits:' label elsewhere is the text's."""
    filled = [i for i, line in enumerate(lines) if line.text.strip()]
    pitch = [k for k, i in enumerate(filled)
             if len(lines[i].text.strip()) <= SUBSCRIBE_PITCH_MAX and len(lines[i].text.split()) >= SUBSCRIBE_WORDS_MIN
             and SUBSCRIBE_PITCH.match(lines[i].text)]
    if not pitch:
        return []
    labels = [k for k, i in enumerate(filled) if SUBSCRIBE_LABEL.match(lines[i].text)
              and any(0 < abs(k - m) <= SUBSCRIBE_NEAR for m in pitch)]
    return [filled[k] for k in pitch + labels]


# (unseen11) more of what a legislation or parliament site prints over a text: the page's own path
# as a line (`/akn/sg/act/bill/1987/17`, an Akoma Ntoso identifier), the version notice of a
# consolidated Act (`This is the latest version of this Act.`, `This is the version of this Act as
# it was from … Read the latest available version.`) and the skip link and view switch a screen
# reader's user meets first (`Skip to main content`, `Normal View`: vocab_en.SKIP_LINK, VIEW_SWITCH)
PAGE_PATH = re.compile(r"^\s*/[\w.@-]+(?:/[\w.@:-]+){2,}/?\s*$")
VERSION_NOTICE = re.compile(r"^\s*This is the (?:\w+\s+){0,2}version of this (?:Act|Regulation|Regulations|By-?law|Law|Ordinance|Bill|Code|"
                            r"Statute|Order|Rule|Rules|document|page)\b[^.]{0,80}\.(?:\s+Read the latest (?:available )?version\.)?\s*$", re.I)
# (unseen14) a past version's caution on a legal-information site ('Caution: This is a past version.
# See the current version here.')
PAST_VERSION = re.compile(r"^\s*(?:(?:caution|note|warning|notice)\s*:\s*)?This is (?:a|an|the) (?:past|previous|historical"
                          r"|older?|superseded|repealed|point-in-time) version(?: of this \w+)?\.(?:\s+(?:See|View|Read) the "
                          r"(?:current|latest)(?: available)? version(?: here)?\.)?\s*$", re.I)
# two or more link labels run together with no gap (`Open as pageSuggest a correction`, `Print
# Link to Viewed VersionLink to In-Force Version`): each piece two words or more, the glue a small
# letter right before a capital; a word such as `JavaScript` or `McDonald` is one piece and stays
GLUED_LINK = re.compile(r"(?<=[a-z])(?=[A-Z][a-z])")
GLUED_LINKS_WORDS = 12


def _glued_links(text: str) -> bool:
    if not text or len(text.split()) > GLUED_LINKS_WORDS or any(ch.isdigit() or ch in ",.!?;:" or ord(ch) > 0x24F for ch in text):
        return False   # link labels in a Latin script, no digits and no clause marks
    pieces = GLUED_LINK.split(text)
    return len(pieces) >= 2 and all(len(p.split()) >= 2 for p in pieces) \
        and all(p.split()[0] in LINK_VERBS for p in pieces[1:])


# (unseen11) a legislation site's facts box with each label over its value, one a line:
# `Type` / `Bill` / `Status` / `In force` / `Enacted` / `1987` / `Sections` / `29`
FACT_LABEL = re.compile(r"^[A-Z][a-z]{1,14}$")
FACT_VALUE_WORDS = 4
FACT_PAIRS_MIN = 3
FACT_SCAN = 40   # non-blank lines at the top where a page's facts box stands


def fact_box(page: Page) -> Page:
    """Drop an English page's facts box at the top: a run with no blank line inside, between blank
    lines (or the text's edge), of FACT_PAIRS_MIN or more pairs, each a one-word capitalised label
    (`Status`) over a short value (`In force`, `1987`) with no end mark. It describes the page; a
    title page's short lines have no one-word labels in every other line. The kind of the Chinese
    portal's label-over-value box (xp1, `meta-box`).

    Example: "Type" "Bill" "Status" "In force" "Enacted" "1987" between blank lines over an Act.
    """
    lines = page.lines
    top = [i for i, line in enumerate(lines) if line.text.strip()][:FACT_SCAN]
    blank_free = bool(top) and top[-1] - top[0] == len(top) - 1   # (r30noblank) a copy that dropped its blank lines
    drops: list[int] = []
    k = 0
    while k < len(top):
        start = top[k]
        end = start
        while end + 1 < len(lines) and lines[end + 1].text.strip():
            end += 1
        run = list(range(start, end + 1))
        if (start == 0 or not lines[start - 1].text.strip()) and len(run) >= 2 * FACT_PAIRS_MIN and len(run) % 2 == 0 \
                and all(_fact_pair(lines[a].text.strip(), lines[a + 1].text.strip()) for a in run[::2]):
            drops.extend(run)
        elif blank_free:
            drops.extend(_facts_in_run(lines, run))
        k += len(run)
    return page.drop(drops)


FACT_AFTER = re.compile(r"[.!?:][\"”’)\]]*$")   # a closed line: the box may start under it


def _facts_in_run(lines, run: list[int]) -> list[int]:
    """(r30noblank, issue 11) The facts box of a copy with no blank line at all (a page pasted with its
    empty paragraphs dropped): FACT_PAIRS_MIN or more pairs in a row inside the run, starting at the
    run's top or under a closed line (the page's blurb, `… jump straight to a section.`), and ending
    over a line that is no one-word label (`Quick answer`): the blank lines that set the box apart are
    gone, the pairs still are label over value. A title page's short lines have no one-word label in
    every other line."""
    out: list[int] = []
    n = 0
    while n < len(run):
        if n and not FACT_AFTER.search(lines[run[n - 1]].text.strip()):
            n += 1
            continue
        m = n
        while m + 1 < len(run) and _fact_pair(lines[run[m]].text.strip(), lines[run[m + 1]].text.strip()):
            m += 2
        if (m - n) // 2 >= FACT_PAIRS_MIN and (m >= len(run) or not FACT_LABEL.match(lines[run[m]].text.strip())):
            out.extend(run[n:m])
            n = m
        else:
            n += 1
    return out


def _fact_pair(label: str, value: str) -> bool:
    return bool(FACT_LABEL.match(label)) and 0 < len(value.split()) <= FACT_VALUE_WORDS and not re.search(r"[.,;:!?]$", value)


# (unseen11) a code site's page of ONE section, titled by its citation (`ORS 174.100¹`, `HRS 12.040`)
SECTION_CITATION = re.compile(r"^\s*[A-Z]{2,8}\.?\s+(?:§\s*)?(?P<chapter>\d{1,4}[A-Z]?)\.\d{1,5}[A-Z]?[\W¹²³⁴⁵⁶⁷⁸⁹⁰]{0,2}\s*$")
APPARATUS_MAX = 12   # non-blank lines after the back-link: the site's notes, not more of the law


def code_apparatus(page: Page) -> Page:
    """Drop what a code site prints under ONE section after its text, from the link back to the
    section's chapter on: `Chapter 174` (the number the citation `ORS 174.100` names), then the
    site's `Law Review Citations`, `Notes of Decisions` and the like, and its footnote citing the
    source (`1 Legislative Counsel Committee, … (last accessed …)`). Only on a page whose first line
    is the section's citation, and only APPARATUS_MAX lines or fewer after the link.

    Example: "ORS 174.100" … "Chapter 174" "Law Review Citations" "32 WLR 1 (1996)".
    """
    lines = page.lines
    first = next((line.text for line in lines if line.text.strip()), "")
    match = SECTION_CITATION.match(first)
    if not match:
        return page
    back = f"chapter {match['chapter']}".casefold()
    at = next((i for i in range(len(lines) - 1, 0, -1) if lines[i].text.strip().casefold() == back), None)
    if at is None or sum(1 for line in lines[at + 1:] if line.text.strip()) > APPARATUS_MAX:
        return page
    return page.drop(range(at, len(lines)))


# An advertising box at the page's head: its label ('Advertising', often misspelt 'Advertisting', '广告',
# '廣告') over a column of sponsor links, and the label again under them (round5, xxm5). The links are
# short names without a sentence mark; the box is whatever stands between the two labels.
AD_LABEL = re.compile(r"^\s*(?:advert\w{0,8}|ads?|sponsored(?: links)?|广告|廣告|赞助|贊助)\s*$", re.I)
AD_ITEM_MAX = 24       # characters of one sponsor link
# a category bar whose icons left their alt text before every item ('IMAGES 公益活動 IMAGES 志願服務 …')
ICON_WORD = re.compile(r"(?:^|\s)(?:images?|img|icon|pic|圖片|图片)(?=\s)", re.I)
ICON_BAR_MIN = 3


def ad_box(page: Page) -> Page:
    """Drop an advertising box at the head: an ad label, short link names, the same label again;
    and a category bar whose icon alt text stands before each of its items (ICON_BAR_MIN or more).

    Example: "Advertisting" / "某某廣播公司" / "某某基金會FB" / "交通部" / "Advertisting";
    "IMAGES 公益活動 IMAGES 志願服務 IMAGES 其他". One label alone, or a sentence between, stays."""
    lines = page.lines
    head = [i for i in head_zone(lines) if lines[i].text.strip()]
    hits: list[int] = []
    labels = [i for i in head if AD_LABEL.match(lines[i].text)]
    for a, b in zip(labels, labels[1:]):
        inner = [i for i in head if a < i < b]
        if inner and all(len(lines[i].text.strip()) <= AD_ITEM_MAX and not SENTENCE_MARK.search(lines[i].text) for i in inner) \
                and lines[a].text.strip().lower() == lines[b].text.strip().lower():
            hits += [a, *inner, b]
    hits += [i for i in head if len(ICON_WORD.findall(lines[i].text)) >= ICON_BAR_MIN]
    return page.drop(sorted(set(hits)))


SENTENCE_MARK = re.compile("[。！？；!?;]|[.,]\\s")


# (round8en) a document-sharing site's SUMMARY of an uploaded file: one long line at the top that
# copies the file's first page in the site's order (marginal notes first, the long title, the
# enacting words, a section …, with the words the PDF glued at line ends split again); the
# transcript under it says the same. Compared by letters only, in overlapping pieces, since the
# copy's order and spacing differ.
SUMMARY_TOP = 8          # non-blank lines at the top where the summary stands
SUMMARY_MIN = 300        # characters of the summary line
SUMMARY_PIECE = 20       # letters of a compared piece
SUMMARY_STEP = 5         # letters between two pieces' starts
SUMMARY_SHARE = 0.6      # of the summary's pieces found in the text under it


def _letters(text: str) -> str:
    return re.sub(r"[^a-z]", "", text.casefold())


SUMMARY_MIN_CJK = 80     # ideographs of a Chinese summary line (round19zh)
SUMMARY_PIECE_CJK = 10   # ideographs of a compared piece
SUMMARY_TAIL_SLACK = 5   # (r44) ideographs a summary's last piece may stop short of its end: the word it was cut in
NOT_IDEOGRAPH = re.compile(r"[^\u3400-\u4dbf\u4e00-\u9fff]")


def _ideographs(text: str) -> str:
    return NOT_IDEOGRAPH.sub("", text)


def summary_copy(page: Page) -> Page:
    """Drop a site's one-line summary that copies the text under it: a Latin line of 300 characters
    or more among the first 8 non-blank lines, 60 % of whose 20-letter pieces stand in the text
    below it (letters only: the summary reorders the copy's parts and respaces its words). A long
    first paragraph that the text does not say again stays.

    Example: "Short title. Inter- pretation. An Act to Provide for … BE IT ENACTED … 1. This Act may
    be cited as …" over the transcript "Short title." / "Inter-pretation." / "An Act to Provide …".

    A document-preview page's auto summary in Chinese counts the same (round19zh): the body's first
    hundred-odd characters run together over the text layer, cut mid-word ('2023年某市政府工作报告各位
    代表:现在,…一、2022年工作回顾2022年是…'). A PDF text layer under it moves numbers out of place
    ('年某市政府工作报告 2023', '2022 一、年工作回顾') and respaces it, so ideographs alone are compared
    (SUMMARY_MIN_CJK of them, SUMMARY_PIECE_CJK-ideograph pieces).

    (r44, issue 11; NARROWED) A Chinese summary copies the text up to where it is cut, so its last
    piece stands below too (up to SUMMARY_TAIL_SLACK ideographs short of its end: the word it was cut
    in, or a name the copy below masks). A notice's own paragraph that opens with the same clauses as the issued
    document's preamble (`为促进…，根据《…》等，我局制定了《…》，现印发给你们，请…落实。` over
    `为促进…，根据《…》等，结合本市实际，现就…提出如下意见。`) ends in its own words: it stays.
    """
    top = [i for i, line in enumerate(page.lines) if line.text.strip()][:SUMMARY_TOP]
    return page.drop([i for i in top if is_summary_copy(page, i)])


# (r47) what a reader does not see of a line: a Markdown link's address ('[香港政府](https://zh.wikipedia.org/wiki/…
# "wikilink")'), a bare address; the addresses of a page's links repeat the site's name in every paragraph
LINK_ADDRESS = re.compile(r"(?<=\])\((?:[^()\s]|\([^()\s]*\))*(?:\s+\"[^\"]*\")?\)|https?://\S+")


def _read_text(text: str) -> str:
    return LINK_ADDRESS.sub("", text) if "http" in text or "](" in text else text


def is_summary_copy(page: Page, i: int) -> bool:
    """Line i is a summary that the text under it copies (`summary_copy`'s test, without the
    place: a rule that splits lines asks it first, so a summary is not cut into pieces no longer
    long enough to be read as one; r28zhpdf)."""
    lines = page.lines
    text = _read_text(lines[i].text).strip()
    latin = len(text) >= SUMMARY_MIN and re.search(r"[A-Za-z]{3}", text)
    cjk = not latin and len(_ideographs(text)) >= SUMMARY_MIN_CJK
    if not latin and not cjk:
        return False
    letters, size = (_letters, SUMMARY_PIECE) if latin else (_ideographs, SUMMARY_PIECE_CJK)
    own = letters(text)
    below = letters(_read_text(" ".join(line.text for line in lines[i + 1:])))
    if len(below) * 2 < len(own):
        return False
    pieces = [own[k:k + size] for k in range(0, len(own) - size, SUMMARY_STEP)]
    if cjk and not any(own[len(own) - size - k:len(own) - k] in below for k in range(SUMMARY_TAIL_SLACK + 1)):
        return False   # (r44) its own ending: a paragraph sharing the text's opening clauses, no copy
    return bool(pieces) and sum(p in below for p in pieces) >= SUMMARY_SHARE * len(pieces)


TRAIL_HEAD_LINES = 3   # lines of text at the top: a trail stands over the headline


def spaced_trail(page: Page) -> Page:
    """Drop a location trail whose separators a copy lost, leaving single spaces: three or more
    items, the first a site's name ('美章网', '某某網'), the last the page's headline that the next
    line prints ('美章网 资料文库 镇政府报告范文' over '镇政府报告范文'). Read as text it would be the
    title (round9zh, xxu3). Only among the first TRAIL_HEAD_LINES lines of text; a line with a
    sentence mark, or whose last item the next line does not repeat, stays.

    Example: "某某网 资料文库 工作总结范文" / "工作总结范文" -> the first line goes.
    """
    idx = [i for i, line in enumerate(page.lines) if line.text.strip()][:TRAIL_HEAD_LINES + 1]
    for k, i in enumerate(idx[:-1]):
        words = page.lines[i].text.split()
        if len(words) < 3 or any(mark in page.lines[i].text for mark in "。！？；，,:：") \
                or any(len(w) > COLUMN_NAME_MAX + 8 for w in words) or not SITE_ITEM.match(words[0]):
            continue
        if "".join(page.lines[idx[k + 1]].text.split()) == words[-1]:
            return page.drop([i])
    return page


# a documents site's tag over a text: its domain and the column, in brackets ('【www.guakaob.com--报告】')
SITE_TAG = re.compile(r"^\s*[【\[]\s*(?:https?://)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|cn|net|org|cc|info)"
                      r"(?:\.[a-z]{2})?\s*(?:[-—–_|/:：]+\s*[^【】\[\]]{0,12})?\s*[】\]]\s*$", re.I)
# a category box printed as one table cell: the column's name between pipes ('| 报告 |')
CATEGORY_CELL = re.compile(r"^\s*\|\s*[\u4e00-\u9fffA-Za-z]{1,6}\s*\|\s*$")


def site_tag(page: Page) -> Page:
    """Drop a documents site's tag and its category box at the top: the site's domain with the
    column's name in brackets ('【www.guakaob.com--报告】'), and the column alone in one table cell
    ('| 报告 |'). Only in the head zone (round9zh, xxu8); a domain inside a sentence, a table's row
    of several cells, stay.

    Example: "| 报告 |" / "【www.example.com--报告】" over the text's title."""
    return page.drop(i for i in head_zone(page.lines)
                     if SITE_TAG.match(page.lines[i].text) or CATEGORY_CELL.match(page.lines[i].text))


# -- a document-sharing preview's page labels and upload blurb (round20zh) ------------------------
# the label under each page's thumbnail: the file's name, then the page ('某某工作报告 _第3页',
# '某某总结-第2页', '某某方案 第4页')
THUMB_LABEL = re.compile(r"^\s*(?P<name>\S.{0,59}?)\s*[_\-－—–]?\s*第\s*(?P<n>\d{1,3})\s*页\s*$")
THUMB_RUN = 2          # labels counting up one by one under the same name: one 'X 第3页' may be a text's own
FILE_EXTENSION = re.compile(r"\.(?:pdf|docx?|wps|rtf|odt|xlsx?|pptx?|txt)$", re.I)   # the file's extension in its name


def preview_labels(page: Page) -> Page:
    """(round20zh) Drop a document-sharing site's preview apparatus: the labels of its page
    thumbnails — a run of THUMB_RUN or more lines next to each other, each the same name followed
    by `第N页` (after `_`, a dash or a space), N counting up by one (`某某工作报告 _第1页` /
    `… _第2页` / …); and the upload blurb under the preview (`《某某报告》由会员上传分享,免费在线阅读,
    更多相关内容在…`, `vocab.UPLOAD_BLURB`, one line up to MORE_LINE_MAX characters) with the label
    over it (`资源描述:`, `vocab.PREVIEW_LABEL`) when the blurb is there. A single page reference
    (`详见第3页`) or a list of different names stays.

    (r27docshare) Where the labels open the page and the file's name stands on no other line, the
    first label stays cut to the name: the page's only title (`_named_by_labels`).

    Example: "报告 _第1页" / "报告 _第2页" / "资源描述:" / "《报告》由会员上传分享,免费在线阅读,…" -> all four go.
    """
    lines = page.lines
    texts = [line.text.strip() for line in lines]
    hits: list[int] = []
    filled = [i for i, t in enumerate(texts) if t]
    run: list[int] = []

    def close(run):
        if len(run) >= THUMB_RUN:
            hits.extend(run)

    for i in filled:
        m = THUMB_LABEL.match(texts[i])
        if m and run:
            prev = THUMB_LABEL.match(texts[run[-1]])
            if prev.group("name") == m.group("name") and int(m.group("n")) == int(prev.group("n")) + 1:
                run.append(i)
                continue
        close(run)
        run = [i] if m else []
    close(run)
    named = _named_by_labels(texts, filled, hits)
    if named is not None:
        hits.remove(named)
        name = FILE_EXTENSION.sub("", THUMB_LABEL.match(texts[named]).group("name").rstrip(" _-－—–"))
        page = page.cut(named, lines[named].text.index(name) + len(name), len(lines[named].text))
    blurbs = [i for i in filled if len(texts[i]) <= MORE_LINE_MAX and UPLOAD_BLURB.search(texts[i])]
    for b in blurbs:
        hits.append(b)
        over = [i for i in filled if i < b][-1:]
        if over and PREVIEW_LABEL.match(texts[over[0]]):
            hits.append(over[0])
    return page.drop(sorted(set(hits)))


def _named_by_labels(texts: list[str], filled: list[int], hits: list[int]) -> int | None:
    """(r27docshare) The first thumbnail label when the labels open the page and their file's name
    stands on no other line (the preview's text runs the title into its first sentence, or never
    prints it): the name is then the page's only title, and the label stays cut to it
    (`某镇工作总结_第1页` -> `某镇工作总结`). Else None."""
    if not hits or not filled or hits[0] != filled[0]:
        return None
    name = FILE_EXTENSION.sub("", "".join(THUMB_LABEL.match(texts[hits[0]]).group("name").split()).rstrip("_-－—–"))
    others = ("".join(texts[i].split()) for i in filled if i not in hits)
    return None if any(o == name or o.endswith(name) and len(o) - len(name) <= 4 for o in others) else hits[0]


# -- a comment box under the text, with its comments (round20zh) -------------------------------
COMMENT_LINE_MAX = 200   # characters: a comment, not the text's paragraph
COMMENT_NAME_MAX = 12    # characters: a commenter's name (or its mask '×') a copy set on a line of its own
_BUTTON_RUN = re.compile(rf"^\s*(?:(?:{'|'.join(COMMENT_BUTTONS)})\s*){{2,}}$")
_SENTENCE_MARK = re.compile(r"[。；！？，,;!?]")


def comment_thread(page: Page) -> Page:
    """(round20zh) Drop a comment box under a page's text with what it holds: its heading (`评论回复`,
    `vocab.COMMENT_HEADS`, or a counted box heading `网友评论（共 2 条）`, `COMMENT_BOX`) and the lines
    right under it that are the box's own — comments ending in their bracketed date (`：同意
    ［2016-07-10］`, `vocab.COMMENT_DATED`, ≤ COMMENT_LINE_MAX characters), the commenters' names a
    copy set apart (≤ COMMENT_NAME_MAX characters, no sentence mark, only in a box that holds a dated
    comment) and the form's buttons, two or more run together (`提交回复返回`). The box ends at the
    first other line; a heading over nothing of this kind is left to `paywall-notice`.

    Example: '评论回复' / '×' / '：请审签 ［2016-07-10］' / '提交回复返回' under the notice -> all go.
    """
    lines = page.lines
    texts = [line.text.strip() for line in lines]
    hits: list[int] = []
    for i, text in enumerate(texts):
        if not (COMMENT_HEADS.match(text) or COMMENT_BOX.match(text)):
            continue
        run: list[tuple[int, str]] = []
        for j in range(i + 1, len(texts)):
            t = texts[j]
            if not t:
                continue
            if len(t) <= COMMENT_LINE_MAX and COMMENT_DATED.search(t):
                run.append((j, "comment"))
            elif _BUTTON_RUN.match(t) or len(t) <= COMMENT_LINE_MAX and COMMENT_DISCLAIMER.search(t):
                run.append((j, "buttons"))   # (sitewidgets) the box's disclaimer stands with its form
            elif len(t) <= COMMENT_NAME_MAX and not _SENTENCE_MARK.search(t):
                run.append((j, "name"))
            else:
                break
        while run and run[-1][1] == "name":
            run.pop()   # short lines after the box are the page's, not the box's
        if not any(kind == "comment" for _, kind in run):
            lead = []   # without a comment only the form's buttons right under the heading are the box's
            for j, kind in run:
                if kind != "buttons":
                    break
                lead.append((j, kind))
            run = lead
        if run:
            hits.append(i)
            hits.extend(j for j, _ in run)
    return page.drop(sorted(set(hits)))


# (r41) a content site's member box, printed beside or under the text: the box's title, its login
# form's field labels with their inputs lost (`用户名:` / `密   码:` / `验证码:`), its buttons, and the
# sidebar's list labels whose lists the copy lost (`最近更新`)
LOGIN_FIELD = re.compile(r"^\s*(?:用\s*户\s*名?|帐\s*号|账\s*号|账\s*户|帳\s*號|登\s*录\s*名|会\s*员\s*名|用户账号|手\s*机\s*号(?:码)?"
                         r"|电子邮箱|邮\s*箱|密\s*码|密\s*碼|确认密码|验\s*证\s*码|驗\s*證\s*碼|校\s*验\s*码)\s*[:：]\s*$")
MEMBER_BOX_WORD = re.compile(r"^\s*[【\[]?\s*(?:会员信息|会员登录|会员中心|用户登录|用户中心|账号登录|帐号登录|登录|登陆|注册|免费注册|立即注册"
                             r"|忘记密码[?？]?|找回密码|记住我|记住密码|自动登录|下次自动登录|退出|登录\s*[|｜/]\s*注册"
                             r"|最近更新|最新更新|最新文章|热门文章|推荐文章|相关文章|热门推荐|最新推荐)\s*[】\]]?\s*$")
LOGIN_FIELDS_MIN = 2   # field labels in one box: one '密码:' alone may be a form the text prints
MEMBER_BOX_GAP = 2     # non-blank lines between two pieces of the box


def member_box(page: Page) -> Page:
    """(r41, issue 11) A content site's MEMBER BOX printed with the page: two or more login-form
    field labels whose input boxes the copy lost (`用户名:`, `密   码:`, `验证码:`: a label and its
    colon, nothing after), anywhere, and the box's other pieces next to them, within
    MEMBER_BOX_GAP non-blank lines: its title (`会员信息`, `用户登录`), its buttons (`注册`,
    `忘记密码`, `记住我`) and a sidebar's list labels whose lists the copy lost (`最近更新`,
    `热门文章`). A label with its value (`用户名: 张三`), one field label alone, or a list label away
    from a box stay.

    Example: "会员信息" / "用户名:" / "密   码:" / "验证码:" / "注册" / "最近更新" under a preview's last line."""
    filled = [i for i, line in enumerate(page.lines) if line.text.strip()]
    fields = [k for k, i in enumerate(filled) if LOGIN_FIELD.match(page.lines[i].text)]
    runs, run = [], []
    for k in fields:
        if run and k - run[-1] > MEMBER_BOX_GAP + 1:
            runs.append(run)
            run = []
        run.append(k)
    if run:
        runs.append(run)
    gone: set[int] = set()
    for run in runs:
        if len(run) < LOGIN_FIELDS_MIN:
            continue
        box = set(run) | set(range(run[0], run[-1] + 1))
        box = {k for k in box if LOGIN_FIELD.match(page.lines[filled[k]].text) or MEMBER_BOX_WORD.match(page.lines[filled[k]].text)} | set(run)
        if len(box) != run[-1] - run[0] + 1:
            continue   # something of the text's between the labels: not a box
        for step in (-1, 1):   # the box's title over it, its buttons and list labels under it
            k, miss = (run[0] if step < 0 else run[-1]) + step, 0
            while 0 <= k < len(filled) and miss < MEMBER_BOX_GAP:
                if MEMBER_BOX_WORD.match(page.lines[filled[k]].text):
                    box.add(k)
                    miss = 0
                else:
                    break
                k += step
        gone |= {filled[k] for k in box}
    return page.drop(sorted(gone))


# (r41) a Chinese site's bar of bracketed links on one line: three or more `【…】` items and nothing
# else; the copy may have lost the first item's opening bracket (`相关文章】 【现金奖励投稿】 【…】`)
ZH_LINK_BAR = re.compile(r"^\s*(?:[^【】\s]{1,12}】)?(?:\s*【[^【】。！？!?]{1,20}】){2,}\s*$")
ZH_LINK_BAR_ITEMS = 3


def zh_link_bar(page: Page) -> Page:
    """(r41, issue 11) A Chinese site's LINK BAR of bracketed items on a line of its own, anywhere:
    three or more `【…】` items of at most twenty characters, no sentence end inside, nothing outside
    them (`【打印此页】 【关闭窗口】 【返回顶部】`, a paywalled page's `相关文章】 【现金奖励投稿】
    【扣点券查看全文】【需要:1点券或1Q点】`, whose first `【` the copy lost). A line with words
    outside its brackets, or with one or two bracketed items (`【注释】`, a heading in brackets),
    stays.

    Example: "相关文章】 【现金奖励投稿】 【扣点券查看全文】【需要:1点券或1Q点】" under the headline."""
    return page.drop(i for i, line in enumerate(page.lines)
                     if ZH_LINK_BAR.match(line.text) and line.text.count("】") >= ZH_LINK_BAR_ITEMS)


# (r41) a model-text site's byline bar under the headline with only the uploader's account left: the
# bar's separator and a Latin-letter account name ('| cwl2'); the date and counter fields were script
ACCOUNT_BAR = re.compile(r"^\s*[|｜]\s*(?=[A-Za-z0-9_.@-]*[A-Za-z])[A-Za-z0-9_.@-]{2,24}\s*[|｜]?\s*$")
HAN = re.compile("[\u4e00-\u9fff]")


def account_bar(page: Page) -> Page:
    """(r41, issue 11) A Chinese content site's BYLINE BAR reduced to its uploader: a bar `|` and one
    account name in Latin letters and digits, nothing else (`| cwl2`, `｜ admin`), in the page's head
    (before the first prose line), on a page written in Chinese. The bar's other fields (the date,
    the views) were filled by script and the copy lost them. A bar with words (`| 政策解读`), a
    name without the bar, or such a line in the body stay.

    Example: "某镇2019年工作总结" / "| cwl2" / "某镇2019年工作总结" over the text: the bar goes."""
    if len(HAN.findall("".join(line.text for line in page.lines))) < 50:
        return page   # an English page's table cell or a Markdown fragment is no Chinese site's byline
    return page.drop(i for i in head_zone(page.lines) if ACCOUNT_BAR.match(page.lines[i].text))


# (r41) a model-text page's counter of the items it gathers, alone on its line: '第1篇', '第 2 篇', '篇一:'
ITEM_COUNTER = re.compile(r"^\s*(?:第\s*[0-9０-９]{1,3}\s*篇|篇\s*[一二三四五六七八九十]{1,3})\s*[:：]?\s*$")


def item_counter(page: Page) -> Page:
    """(r41, issue 11) A model-text site's ITEM COUNTER alone on a line, anywhere: the site gathers
    several texts of a kind on one page and numbers them (`第1篇`, `第 2 篇`, `篇一:`), the item's own
    headline under it or, when the item has none, its first heading. The counter is the site's. A
    book's or a plan's part (`第一篇　总论`, `第一篇` in Chinese numerals over its name on the next
    line) and a counter with the item's headline on its line (`第一篇：…`, headline-echo's) stay.

    Example: "第1篇" over "一、总则" at the top of a model-text page: the counter goes."""
    return page.drop(i for i, line in enumerate(page.lines) if ITEM_COUNTER.match(line.text))


# (r44) a messaging account's box of its day's pushes inside or under an article: each headline behind
# its slot in brackets ('【头条】…', '【二条】…', '【次条】…', '【三条】…'), under the box's label ('今日某某：')
SLOT_HEADLINE = re.compile(r"^\s*[【\[](?:头条|頭條|次条|次條|[二三四五六七八]条|[二三四五六七八]條|第[一二三四五六七八]条)[】\]]\s*\S")
SLOT_LABEL = re.compile(r"^\s*[^\s。，；！？,;!?]{2,12}\s*[:：]\s*$")
SLOT_RUN_MIN = 2    # slotted headlines in a row: one '【头条】…' may be a quoted line
SLOT_GAP = 1        # non-blank lines between two of them at most (none in a box)


def slot_headlines(page: Page) -> Page:
    """(r44, issue 11) A messaging account's box of its pushes, copied with the article it sits in (a
    mirror of an account's articles keeps it inside the text and under it): SLOT_RUN_MIN or more lines
    in a row, blank lines between them only, each a headline behind its push slot in brackets
    (`【头条】…`, `【二条】…`, `【次条】…`), and the box's label right over the first (`今日某某：`,
    `昨日某某：`: a short label closed by a colon). The slots are the account's, the headlines other
    articles': no part of the text. A single slotted line, or a label over anything else, stays.

    Example: "今日某某：" / "【头条】某某 | 某某事件追踪" / "【二条】某某：某某的几点看法" -> all three go."""
    lines = page.lines
    filled = [i for i, line in enumerate(lines) if line.text.strip()]
    hits: list[int] = []
    k = 0
    while k < len(filled):
        if not SLOT_HEADLINE.match(lines[filled[k]].text):
            k += 1
            continue
        run = [k]
        while run[-1] + 1 < len(filled) and SLOT_HEADLINE.match(lines[filled[run[-1] + 1]].text):
            run.append(run[-1] + 1)
        if len(run) >= SLOT_RUN_MIN:
            hits += [filled[j] for j in run]
            if run[0] > 0 and SLOT_LABEL.match(lines[filled[run[0] - 1]].text):
                hits.append(filled[run[0] - 1])
        k = run[-1] + 1
    return page.drop(sorted(hits))

