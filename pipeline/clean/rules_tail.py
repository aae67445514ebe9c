"""The page's foot: the site's self-description, footer links and related-article lists."""
from __future__ import annotations

import bisect
import re

from .page import Page

from .vocab import FOOTER_BLURB, FOOTER_LINKS, LOST_MARKS_DATE, RELATED_MARKERS, SIDEBAR_MARKERS
from .vocab_en import MEDIA_CONTACT, SECTION_PAGES, TOP_LINKS, alternation
from .zones import LINK_TARGET, is_prose, tail_zone

ISLAND_MAX = 12   # characters outside links: a footer box's title, not a closing line of the text
# a link's label in a Latin script takes about twice the characters: up to three words, 24
# characters ('Accessibility', 'Terms of use') (unseen5, xv5)
LATIN_LINK = re.compile(r"^(?=.{1,24}$)[A-Za-z][A-Za-z&'’-]*(?:\s+[A-Za-z&'’-]+){0,2}$")
# a site footer's contact line ('地址：某市某路1号 电话&传真：0575-…'): longer than a box title,
# but its labels say what it is (unseen2)
CONTACT_LINE = re.compile(r"^\s*(?:地\s*址|电\s*话|传\s*真|邮\s*编|邮\s*箱|联系电话|联系方式|Tel|Fax|E-?mail|Address)\s*[:：]", re.I)
CONTACT_MAX = 80
SENTENCE = re.compile(r"[。！？；，,;!?]")
# (r26pdfen) a sentence's last words carried over a page break onto the last page ('again.' over the
# page's number): lower case, closed by a full stop; a footer box's title opens with a capital
SENTENCE_TAIL = re.compile(r"^[a-z][a-z'’-]*(?:\s+[a-z][a-z'’-]*){0,3}[.!?][\"”’)]?$")
MD_HEADING = re.compile(r"^ {0,3}#{1,6}\s+\S")   # '## 协议': the text's own section, written by its author


def footer_blurb(page: Page) -> Page:
    """Drop the site's description of itself at the tail.

    Example: "百科全书收录4421916条中文百科知识,基本涵盖了大多数领域的百科知识,是一部内容开放、自由的电子版百科全书。"
    """
    return page.drop(i for i in tail_zone(page.lines)
                     if len(page.lines[i].text) <= 200 and FOOTER_BLURB.search(page.lines[i].text))


def footer_links(page: Page) -> Page:
    """Drop a short footer line of site links or registration numbers at the tail.

    Example: "关于我们 | 联系我们 | 网站地图", "京ICP备05070218号".

    (r44, issue 11) A SITE'S FOOTER MENU PRINTED WITH ITS LINKS' TARGETS: a page printed (or converted) with
    each link's address after its words, one link a line (`Publications (/en/publications/)`, `Who does what
    (/en/help/who-does-what/)`). A target that is a path on the site itself (opening with `/`) is the site's
    own navigation; SITE_LINKS_MIN such lines after the text's last sentence are its footer, whatever the
    labels. A document's own list of links points to other sites (`https://…`) and stays, and so does one
    such line alone (a pointer to the full report).
    """
    tail = tail_zone(page.lines)
    site_links = [i for i in tail if SITE_LINK.match(page.lines[i].text)]
    return page.drop([i for i in tail
                      if len(page.lines[i].text) <= 80 and FOOTER_LINKS.search(page.lines[i].text)
                      and not OWN_NUMBERED.match(page.lines[i].text)]
                     + (site_links if len(site_links) >= SITE_LINKS_MIN else []))


# (r44) a link printed with its target, the target a path on the same site: 'Consultations (/en/consultations/)'
SITE_LINK = re.compile(r"^\s*[^\s()][^()]{0,60}?\s+\(/[^\s()]*\)\s*$")
SITE_LINKS_MIN = 3


# (r31body) a line under the text's own numbering ('（三）技术支持：', '四、联系我们') heads the notice's
# last section (its contacts); a site's footer never numbers its links
OWN_NUMBERED = re.compile(r"^\s*(?:[（(](?:[一二三四五六七八九十]{1,3}|\d{1,2})[）)]|[一二三四五六七八九十]{1,3}、|\d{1,2}[.．、](?!\d))\s*\S")


def related_list(page: Page) -> Page:
    """Drop a related-articles heading at the tail and everything after it (the list).

    The heading must come after the last prose line, so a list that reads like prose is kept.
    Example: "随便看" and the lines after it.

    (r44, issue 11; WIDENED) A list of dated headlines (`2016-05-01    某某 | 某某事件，某某追踪`) may hold
    items long enough, with a comma, to read as prose: the marker over a run of dated items that
    reaches the tail zone heads the list all the same; and the marker may follow the account's or
    site's short name (`某某 最新文章:`).
    """
    tail = tail_zone(page.lines)
    for i in tail:
        if _marker(page.lines[i].text) in RELATED_MARKERS:
            return page.drop(range(i, len(page.lines)))
    # (r44) the list's items are dated headlines ('2016-05-01    某某 | 某某事件追踪'), some long enough with a comma
    # to read as prose and end the tail zone there: over them, up to the marker, the list goes on
    i = tail.start - 1
    while i >= 0 and (not page.lines[i].text.strip() or DATED_ITEM.match(page.lines[i].text)):
        i -= 1
    if 0 <= i < tail.start - 1 and _marker(page.lines[i].text) in RELATED_MARKERS:
        return page.drop(range(i, len(page.lines)))
    return page


# (r44) an item of a list of articles: its date, a wide gap, its headline ('2016-05-01    某某 | …')
DATED_ITEM = re.compile(r"^\s*(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s{2,}|\t|\u3000|\xa0)\s*\S")


def _marker(text: str) -> str:
    """The marker a line holds: the line itself without brackets and colons ('【相关阅读】' -> '相关阅读');
    (r44, issue 11) after a site's or an account's short name, when the rest is a marker ('某某 最新文章:':
    a mirror's list of the account's latest posts under the article)."""
    bare = text.strip().strip("【】[]：:>»》 ").lower()
    name, _, rest = bare.rpartition(" ")
    if name and rest in RELATED_MARKERS and len(name) <= MARKER_NAME_MAX and not SENTENCE.search(name):
        return rest
    return bare


MARKER_NAME_MAX = 12   # characters of the name before a related list's marker


def _same_line_beside(lines, index: int, step: int) -> bool:
    """The nearest line with text beside lines[index] (before: step -1, after: +1) is a kept piece
    of the same source line (a line a rule split into several)."""
    number = lines[index].number
    k = index + step
    while 0 <= k < len(lines) and not lines[k].text.strip():
        k += step
    return 0 <= k < len(lines) and lines[k].number == number


# (r45) a footer table's cells read as one line: three or more short names apart by a TAB or a wide gap
CELL_GAP = re.compile(r"\t+|[ \u3000\xa0]{2,}")
CELL_MAX = 16      # characters of one cell: a site's or an institution's name
CELLS_MIN = 3
# (r45) the company or body that runs the site, alone on its line: a name ending in a kind of firm or body
OWNER_END = re.compile(r"(?:有限责任公司|股份有限公司|有限公司|公司|集团|研究会|协会|学会|基金会|中心|工作室)$")
OWNER_MAX = 30


def link_cells(text: str) -> bool:
    """(r45, issue 11) A row of a footer's link table read as one line (`某某纪念馆<TAB>某某研究会<TAB>某某网`):
    three or more cells apart by TABs or wide gaps, each a short name with no sentence mark or digit.
    A table of the text's own figures has digits; a sentence has marks."""
    cells = [c for c in CELL_GAP.split(text.strip()) if c]
    return len(cells) >= CELLS_MIN and len(CELL_GAP.findall(text.strip())) >= CELLS_MIN - 1 \
        and all(len(c) <= CELL_MAX and not SENTENCE.search(c) and not re.search(r"[0-9０-９]", c) for c in cells)


def owner_name(text: str) -> bool:
    """(r45, issue 11) The name of the company or body that runs the site, alone on its line at the
    foot (`某某文化传播(北京)有限公司`, `某某研究会`): no sentence mark, no space, at most OWNER_MAX characters.
    Only an island between removed footer lines goes (`footer_island`): a signature under the text
    (an issuing body over the date) is bounded by the date, which stays."""
    body = text.strip()
    return 4 <= len(body) <= OWNER_MAX and not SENTENCE.search(body) and not re.search(r"\s", body) \
        and OWNER_END.search(body) is not None


def footer_island(page: Page) -> Page:
    """Drop short label lines and link-only lines at the tail that stand between lines already
    removed (or the end of the text): a footer box's title left between its dropped links.

    Example: "突出贡献榜" between a removed '浏览次数' line and removed user links; a contact line
    ("地址：某市某路1号 电话&传真：0575-…") between a removed copyright line and a removed ICP line.

    A markdown heading ('## 协议', '## License') is the text's own last section, not a footer
    box's title: it stays, and so does the link under it ('[MIT](…/LICENSE)'), which it now
    bounds (issue #11: body kept).

    A piece of a source line that another rule split into lines (raw HTML read as its blocks,
    `html-markup`) is bounded by the pieces beside it, not by the source lines around: a kept
    piece of the same source line right before or after it is its text's neighbour, so the last
    bold heading of an HTML body on one line ('…</p><p><strong>二、总体目标</strong></p>') is no
    island between the lines above and the end of the text (round9zh: body kept).
    """
    lines = page.lines
    kept = {line.number: line.text for line in lines}
    removed = {r.line for r in page.removed if r.line not in kept}
    # a blank line another rule dropped (`double-spaced`: a copy's spacing) bounds nothing: step over
    # it as over a kept blank line, or a text's last line would be an island between blanks (perturb)
    # (a line whose every removal is blank: a cut indent before a removed line's words is no blank line)
    blank = {r.line for r in page.removed if not r.text.strip()} - set(kept) - {r.line for r in page.removed if r.text.strip()}

    def bounded(number: int, step: int) -> bool:
        while number in kept and not kept[number].strip() or number in blank:
            number += step
        return number not in kept and (number in removed or number < 1 or number > max(kept))

    def island(text: str) -> bool:
        visible = LINK_TARGET.sub("", text).strip()
        if CONTACT_LINE.match(visible) and len(visible) <= CONTACT_MAX and "。" not in visible:
            return True   # the footer's address / telephone line
        if link_cells(visible) or owner_name(visible):
            return True   # (r45) a footer table's row of link cells, the site owner's name
        short = len(visible) <= ISLAND_MAX or LATIN_LINK.match(visible) is not None
        return bool(text.strip()) and short and not SENTENCE.search(visible) and not MD_HEADING.match(text) \
            and not SENTENCE_TAIL.match(visible)

    hits: list[int] = []
    tail = tail_zone(lines)
    i = tail.start
    while i < len(lines):
        if not island(lines[i].text):
            i += 1
            continue
        j = i
        while j < len(lines) and (island(lines[j].text) or not lines[j].text.strip()):
            j += 1
        if bounded(lines[i].number - 1, -1) and bounded(lines[j - 1].number + 1, 1) \
                and not _same_line_beside(lines, i, -1) and not _same_line_beside(lines, j - 1, 1):
            hits += [k for k in range(i, j) if lines[k].text.strip()]
        i = j
    return page.drop(hits)


# an attachment's link as the page shows it: the file's name with a document's extension, alone
# ('某某纲要.pdf', '附件：名单.xlsx')
ATTACHMENT_FILE = re.compile(r"^\s*(?:附件\s*\d*\s*[:：]?\s*)?[^\s。！？；，]{2,80}\.(?:pdf|docx?|xlsx?|wps|et|ofd|zip|rar|7z|pptx?|txt)\s*$", re.I)
PAGE_ID = re.compile(r"^\s*\d{6,12}\s*$")   # a CMS's bare article id printed under the article ('15074286')
# (r30zhpdf) a table's figure cell alone on its line, as a print or a PDF text layer reads a table cell by cell
FIGURE_CELL = re.compile(r"^\s*[-+]?\d[\d,，.]*\s*[%％‰]?\s*$")
CELL_NEAR = 2   # non-blank lines either side where a cell's column neighbour stands
HEADLINE_MIN = 8      # characters: the headline printed again, not a short word the text may end with
DOC_DATE = re.compile(r"^\s*(?:(?:19|20)\d\d|[〇○零一二三四五六七八九]{4})\s*年\s*[\d一二三四五六七八九十]{1,2}\s*月\s*[\d一二三四五六七八九十]{1,3}\s*日\s*$")


# (r41) an English page's calls to action and counters after the story, alone on their lines: no sentence of the text
CALL_TO_ACTION = re.compile(r"^\s*(?:(?:Subscribe|Sign up|Register)(?:\s+(?:now|today|for\b.{0,40}))?|Download (?:the|our) app\b.{0,30}"
                            r"|Report an? (?:error|issue|inaccuracy|typo|problem)|Listen to (?:this|the) (?:story|article|episode|report)"
                            r"|Comments?\s*\(\d+\)|\d+\s+Comments?|Advertisement|Sponsored(?: content)?"
                            r"|(?:Next|Previous) (?:article|story|post)\b.{0,100}|More from\s+\S.{0,40})\s*$", re.I)


def tail_leftovers(page: Page) -> Page:
    """Drop what a portal prints after the article, below its last sentence: the attachment's link
    (a file name with a document's extension alone on its line: '某某纲要.pdf'), the article's
    headline a second time (the line equal to the page's first line of text, ≥ HEADLINE_MIN
    characters: a share box or the next block's caption), and the CMS's bare article id (6 to 12
    digits alone: '15074286'). Only in the tail zone, after the last prose line (round9zh, xxu7):
    a file name or a number inside the text, and a closing line with a sentence, stay; and so does
    an official document's attachment note above the document's date (r27docshare: `附件：1.….doc`
    over the issuing office and `2024年5月20日` is the text's, the portal's link stands after it).
    (r30zhpdf) Six digits alone with another figure alone within CELL_NEAR lines are a cell of a
    table read one cell a line (`粮食` / `143972` / `#稻谷` / `118787`): the table's, they stay.

    (r41) An English page's calls to action and counters after the story (CALL_TO_ACTION: `Subscribe`,
    `Sign up for our newsletter`, `Download the app`, `Report an error`, `Listen to this story`,
    `Comments (3)`, `Advertisement`, `Next article: …`, `More from Local news`) go the same way.

    Example: "某某纲要.pdf" / "《某某纲要》正式发布" (the headline again) / "15074286" after the last paragraph.
    """
    lines = page.lines
    filled = [line.text.strip() for line in lines if line.text.strip()]
    if len(filled) < 3:
        return page
    headline = "".join(filled[0].split())
    tail = tail_zone(lines)
    # below the text's last sentence as the source has it: a prose line another rule removed (a share
    # card's copy) still ends the text there, and what stands above it is the text's
    last_prose = max((r.line for r in page.removed if is_prose(r.text)), default=0)
    # (r27docshare) an official document's attachment note stands above its date: the document's own
    # ('附件：1.某某申报表.doc' / '2.汇总表.xls' over '某某办公室' / '2024年5月20日')
    dated = max((i for i in tail if DOC_DATE.match(lines[i].text)), default=-1)
    nonblank = [k for k, line in enumerate(lines) if line.text.strip()]
    hits = []
    for i in tail:
        text = lines[i].text.strip()
        if not text or lines[i].number < last_prose or i < dated and ATTACHMENT_FILE.match(text):
            continue
        if PAGE_ID.match(text) and LOST_MARKS_DATE.fullmatch(text) and _text_goes_on(lines, i):
            continue   # (r27zhportal) a signing date whose marks were lost ('2022128') with the text going on under it
        if PAGE_ID.match(text) and _figure_column(lines, i, nonblank):
            continue   # (r30zhpdf) a table read one cell a line: '粮食' / '143972' / '#稻谷' / '118787'
        if ATTACHMENT_FILE.match(text) or PAGE_ID.match(text) or CALL_TO_ACTION.match(text) \
                or len(headline) >= HEADLINE_MIN and "".join(text.split()) == headline and i > 0 and tail.start > 0:
            hits.append(i)
    return page.drop(hits)


def _figure_column(lines, i: int, filled: list[int]) -> bool:
    """(r30zhpdf) Another figure alone on its line stands within CELL_NEAR non-blank lines of line
    `i`: the six digits are a cell of a table read one cell a line (a browser's print, a PDF text
    layer: `粮食` / `143972` / `#稻谷` / `118787`, or a column of figures under its label), not a
    CMS's article id, which stands alone under the article."""
    at = bisect.bisect_left(filled, i)
    near = filled[max(0, at - CELL_NEAR):at] + filled[at + 1:at + 1 + CELL_NEAR]
    return any(FIGURE_CELL.match(lines[k].text) for k in near)


def _text_goes_on(lines, i: int) -> bool:
    """A line with words (no id, no file link) stands under line `i`: the text is not over yet."""
    return any(line.text.strip() and not PAGE_ID.match(line.text) and not ATTACHMENT_FILE.match(line.text)
               for line in lines[i + 1:])


CONTACT_BLOCK_LINES = 4   # lines under a bare 'Media enquiries:' label: a name, an office, a phone, an address
CONTACT_LINE_MAX = 120    # characters of one such line
FOOT_LINES = 8            # last non-blank lines searched for a section's page links


def media_contact(page: Page) -> Page:
    """(round9en) Drop a news release's media contact and a news section's page links at the page's
    foot (the tail zone): a line opening with a media contact label (`vocab_en.MEDIA_CONTACT_LABELS`:
    'Media contact: Executive Council Communications'); a bare label ('Media enquiries:') with the
    short lines under it up to a blank line (4 at most: name, office, phone, address); and
    'More World Speeches: Page 1 | Page 2 | Page 3' (`vocab_en.SECTION_PAGES`). None is the
    release's text. A label inside the text (a sentence naming a media contact) is prose and stays.

    Example: "… this province." / "" / "Media contact: Harbour Board Communications" -> the last goes.
    """
    lines = page.lines
    foot = [i for i, line in enumerate(lines) if line.text.strip()][-FOOT_LINES:]
    links = [i for i in foot if len(lines[i].text) <= CONTACT_LINE_MAX and SECTION_PAGES.match(lines[i].text)]
    page = page.drop(links)   # (the page links read as prose to the zone: the last lines are searched)
    lines, hits = page.lines, []
    for i in tail_zone(lines):
        text = lines[i].text
        if len(text) > CONTACT_LINE_MAX or i in hits:
            continue
        match = MEDIA_CONTACT.match(text)
        if not match:
            continue
        hits.append(i)
        if not match["rest"].strip():   # the label alone: its contact lines under it
            j = i + 1
            while j < len(lines) and j - i <= CONTACT_BLOCK_LINES and lines[j].text.strip() \
                    and len(lines[j].text) <= CONTACT_LINE_MAX:
                hits.append(j)
                j += 1
    return page.drop(hits)


SIDEBAR_ITEM_MAX = 30    # characters of a sidebar box's link line
SIDEBAR_ITEMS_MIN = 2    # link lines under a label that make it a box
SIDEBAR_END = re.compile(r"[。！？；，,;!?：:]$")


def sidebar_box(page: Page) -> Page:
    """Drop a portal's sidebar boxes printed ANYWHERE in the page (round15zh, issue 11): a box
    label alone on its line (vocab.SIDEBAR_MARKERS: `相關新聞`, `熱門服務`, Simplified or
    Traditional) with two or more short link lines right under it (each at most 30 characters,
    no clause mark and no end mark but a dash — a headline cut by the box's width, `…施政報告—`),
    up to the first line that is not such a link; a box right after another is taken with it.
    A print of the whole page to PDF sets the sidebar between a heading and its text.

    Example: "相關新聞" "某某市施政報告—" "前言" "熱門服務" "政府招聘" "法例查詢" then prose -> the six
    lines go. A label over prose or over one line only (`相關新聞` / `本市今日舉行…。`) stays.
    """
    lines, drop = page.lines, []
    i = 0
    while i < len(lines):
        if _marker(lines[i].text) not in SIDEBAR_MARKERS:
            i += 1
            continue
        j = i + 1
        while j < len(lines) and lines[j].text.strip() and _sidebar_item(lines[j].text):
            j += 1
        if j - i - 1 >= SIDEBAR_ITEMS_MIN:
            drop.extend(range(i, j))
        i = j
    return page.drop(drop)


# (r26zh) a link's article id after its title ('（ID：202103051234）', '[ID:1234]'): the site's, not the title's length
ITEM_ID = re.compile(r"\s*[（(\[［]\s*(?:ID|id|编号|編號)\s*[:：]?\s*[0-9A-Za-z_-]{3,24}\s*[）)\]］]\s*$")


def _sidebar_item(text: str) -> bool:
    s = ITEM_ID.sub("", text.strip())
    return len(s) <= SIDEBAR_ITEM_MAX and not SENTENCE.search(s.rstrip("—－-")) and not SIDEBAR_END.search(s) \
        and _marker(s) not in SIDEBAR_MARKERS


NAV_BOX_ITEMS = 3       # links of a sidebar's list around the current page's entry
NAV_BOX_ITEM_MAX = 40   # characters: a page's name in a sidebar
NAV_BOX_HEADLINE_MAX = 60
NAV_BOX_COPIES_MAX = 8   # the headline again: a page's print head and its sidebar, not every line


def title_nav_box(page: Page) -> Page:
    """(round20en) A site's sidebar list of the section's pages printed after the text (a page printed
    to PDF): the section's name and its pages one a line, the CURRENT page's entry among them being
    the page's headline again (`Scholarship Checklist` / `Before you apply` / `Application Process` /
    `After you apply` / `Frequently asked questions`). The headline's copy (kept, or taken by an
    earlier rule as a repeated title) and the short lines right around it (consecutive lines, no blank, each up to
    NAV_BOX_ITEM_MAX characters with no sentence end, a capital first), NAV_BOX_ITEMS or more, go
    when the run ends at the page's end or at a line an earlier rule removed (the share line, the
    footer links): a list of the text ends at a paragraph instead.

    Example: "Mooring Guide" / "Before you book" / "Harbour Permits" (the headline) / "After you book" over
    "Share this page: Facebook · X · Email" -> the four lines go."""
    lines = page.lines
    filled = [k for k, line in enumerate(lines) if line.text.strip()]
    if len(filled) < 2:
        return page
    headline = lines[filled[0]].text.strip()
    if len(headline) > NAV_BOX_HEADLINE_MAX:
        return page
    by_number = {line.number: k for k, line in enumerate(lines)}
    removed = {r.line: r.text.strip() for r in page.removed}
    copies = [n for n, text in removed.items() if text == headline and n > lines[filled[0]].number] \
        + [lines[k].number for k in filled[1:] if lines[k].text.strip() == headline]
    if len(copies) > NAV_BOX_COPIES_MAX:
        return page   # the headline's words everywhere: a line of the text, no page's entry
    copies = copies[:NAV_BOX_COPIES_MAX]
    for n in copies:
        run = [by_number[n]] if n in by_number else []
        m = n - 1
        while m in by_number and _nav_item(lines[by_number[m]].text):
            run.append(by_number[m])
            m -= 1
        m = n + 1
        while m in by_number and _nav_item(lines[by_number[m]].text):
            run.append(by_number[m])
            m += 1
        if len(run) - (n in by_number) >= NAV_BOX_ITEMS and (bool(removed.get(m)) or max(run) >= filled[-1]):
            return page.drop(run)
    return page


def _nav_item(text: str) -> bool:
    s = text.strip()
    return 0 < len(s) <= NAV_BOX_ITEM_MAX and s[0].isupper() and not re.search(r"[.!?;:,]\W*$", s)


# (r45, issue 11) a page's jump back up alone on its line: 'Return to top', '↑ Back to top'
TOP_LINK_LINE = re.compile(rf"^\s*(?:[↑▲^]\s*)?(?:{alternation(TOP_LINKS)})\s*(?:[↑▲^])?\s*$", re.I)


def foot_under_top_link(page: Page) -> Page:
    """(r45, issue 11) A page's `Return to top` link after its last paragraph closes the article:
    the lines under it, none of them prose (the tail zone), are the site's footer, whatever their
    words (a seal's alt text `Great Seal of …`, the site's name wrapped over two lines, `Contact us`,
    an e-mail address, the footer's links). The rule needs the top link (removed by `en-chrome`)
    to stand after the text's last line of prose: a `Back to top` between two sections, prose
    under it, leaves everything as it is; a page with no prose at all is left to the other rules.

    Example: '… the response that resulted.' / 'Return to top' / 'Great Seal of the Harbour Trust' /
    'The Harbour Trust' / 'Contact us' / 'info@trust.example.org': the four lines under the link go.
    """
    tops = [r.line for r in page.removed if TOP_LINK_LINE.match(r.text)]
    if not tops:
        return page
    lines = page.lines
    tail = tail_zone(lines)
    if tail.start == 0 or not is_prose(lines[tail.start - 1].text):
        return page   # no paragraph closes the text (or the tail zone ran out): no article to close
    last_prose = lines[tail.start - 1].number
    under = [t for t in tops if t > last_prose]
    if not under:
        return page
    return page.drop([i for i in tail if lines[i].number > min(under)])


# (r49) an article's own pager at its foot, a news page's long story cut over pages: page numbers and the
# pager's words, nothing else ('1 2 下一页 全文阅读', '上一页 1 2 3 下一页', '1 2 3 Next')
PAGER_WORDS = frozenset("上一页 下一页 首页 末页 尾页 全文阅读 阅读全文 单页阅读 上页 下页 上一頁 下一頁 全文閱讀 閱讀全文 "
                        "Next Previous Prev » « › ‹ >> <<".split())


def article_pager(page: Page) -> Page:
    """(r49) Drop a story's pager after its last paragraph: a line of page numbers and pager words
    only (`1 2 下一页 全文阅读`), a number and a word at least, in the tail zone. The text's own numbers
    never stand so, with a pager's word beside them and nothing else.

    Example: '1 2 下一页 全文阅读' under a news story's last paragraph goes; '全年增长 2 个百分点' stays."""
    lines = page.lines
    hits = []
    for i in tail_zone(lines):
        tokens = lines[i].text.split()
        if tokens and any(t.isdigit() for t in tokens) and any(t in PAGER_WORDS for t in tokens) \
                and all(t.isdigit() and len(t) <= 3 or t in PAGER_WORDS for t in tokens):
            hits.append(i)
    return page.drop(hits)

