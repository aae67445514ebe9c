"""More portal furniture: bare timestamps, article pagers, link buttons, and a contents box.

Portal pages print pieces of their template as lines of their own: the publication time with no
label (`2026-02-03 09:02:33`), the previous/next-article pager (`上一篇：…`), a link button
framed by arrow marks (`》》点击图片进入专题《《`), and, on legal texts and encyclopedia pages,
a contents box (`目　　录` and the headings listed again). None of these is the document.
"""
from __future__ import annotations

import re

from .page import Page, has_any, line_gap, window, wrapped_on
from .vocab import CHANNEL_NAMES, DIGIT, EDITOR_BLURB, LOST_MARKS_DATE, PROMULGATES, unglossed
from .vocab_en import APPEAL_LINKS, ARRANGEMENT_LABEL_EN, EN_DATE_LINE, LINK_VERBS, UNIT_EN
from .zones import CJK, edge_zone, head_zone, is_prose

TIMESTAMP = re.compile(
    rf"^\s*{DIGIT}{{4}}\s*[-/.年]\s*{DIGIT}{{1,2}}\s*[-/.月]\s*{DIGIT}{{1,2}}\s*日?"
    rf"(\s+{DIGIT}{{1,2}}[:：]{DIGIT}{{2}}([:：]{DIGIT}{{2}})?)?\s*$")
# (an arrow before the label: '‹ Previous: Summary', '« Previous: …' — unseen5, xv5)
PAGER = re.compile(r"^\s*(?:[【\[]|[‹«<←]\s*)?\s*(上一篇|下一篇|上一条|下一条|上一页|下一页|上篇|下篇|previous|next"
                   r"|上一則|下一則|上一则|下一则|上一條|下一條|上一頁|下一頁)\s*[】\]]?\s*[:：]", re.I)   # (r26zh) Traditional, 则
LINK_BUTTON = re.compile(r"^\s*(》》|>>|»|>)\s*\S.{0,30}?\s*(《《|<<|«|<)\s*$")
CONTENTS_LABEL = re.compile(r"^\s*(?:#{1,6}\s*|[-*]\s+)?(目[\s\u3000?？\ufffd]*[录錄]|content ?s|table of content ?s"
                            rf"|{ARRANGEMENT_LABEL_EN}"
                            # (round20en) an old book's label naming what it lists: 'CONTENTS OF THE CHAPTERS'
                            r"|contents of the (?:chapters|books|parts|sections|volumes?|letters|essays|papers)"
                            r"|directory|on this page|in this article|page contents|contents of this page)\s*[:：]?\s*$", re.I)   # 'Directory': a translated page's 目录 (unseen14)
# ('目? 录': a lossy save's '?' for the spacing between the two characters, round8zh)
# ('On this page', 'In this article': a government page's box of links to its own sections, round5 xxr3)
# a legislation print's contents (unseen2): provisions 'N. Title' grouped under 'PART 1--…' /
# 'Division 2--…' lines; the provisions' titles stand again below as headings, without the number
PROVISION_ENTRY = re.compile(r"^\s*(?P<num>\d{1,4}[A-Z]{0,2})\.?\s+(?P<title>\S.{0,200}?)\s*$")
PROVISION_GROUP = re.compile(r"^\s*(?:part|division|subdivision|chapter|schedule)\s+[\dA-Z]{1,4}[A-Z]?\b.{0,150}$"
                             # an ordinal schedule ('FIRST SCHEDULE - PUBLIC OFFICIALS', unseen5)
                             r"|^\s*(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+schedule\b.{0,150}$", re.I)
# the column label a printed arrangement sets over its numbers ('Sections', 'Section', 'Clauses'):
# part of the contents, skipped when it comes right under the contents label (unseen5)
COLUMN_LABEL = re.compile(r"^\s*(?:sections?|clauses?|articles?|regulations?|rules?|paragraphs?|page)\s*$", re.I)
PROVISIONS_MIN = 3   # entries whose title stands again as a line of its own
EXCERPT_AGAIN_MIN = 2   # an excerpt's: its first provision and one more entry (round6)
GROUP_NAME_MAX = 60     # characters: an unnumbered group line of an arrangement ('Form of Acts and Bills')
# a body's section head with its label and a dash before the number's title ('Section 1—Acts and
# Bills.', 'Sec. 2 - Titles'), compared with the arrangement's '1. Acts and Bills.' (round6 xxg1)
LABELLED_SECTION = re.compile(r"^(?:section|sec\.|article|art\.|regulation|rule|clause)\s+(\d{1,4}[A-Z]{0,2})\s*[—–-]\s*", re.I)
ENTRY_MARK = re.compile(r"^\s*(?:[-*+•▪▶►▸›»■◆●]\s+|#{1,6}\s+)")   # a Markdown bullet or heading mark, or a CSS list glyph (unseen7), before an entry
CONTENTS_ENTRY_MAX = 40       # characters: a contents line is a heading, not prose
CONTENTS_MIN_NUMBERED = 3     # entries: a list of numbered parts ('第一编…', '第一章…') …
CONTENTS_NUMBERED_SHARE = 0.8  # … nearly all numbered, running into the text it lists
NUMBERED_ENTRY = re.compile(r"^\s*(?:第[一二三四五六七八九十百零〇两\d]+(?:分编|编|章|节|部分|篇|卷)"
                            r"|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|附\s*则|序\s*言|总\s*则"
                            # a decimal-numbered plan's parts: '1 总则', '1.1编制目的', '1.5.1市场…' (round8zh)
                            r"|\d{1,2}(?:[.．]\d{1,2}){0,3}(?=[\s\u3000\u4e00-\u9fff]))")
CONTENTS_SCAN = 80            # lines of text (in the copy's spacing): a contents box stands near the top, after any preface note
SPACE = re.compile(r"[\s\u3000\xa0]+")
COMMENT_OPEN = re.compile(r"^\s*<!--")
COMMENT_CLOSE = re.compile(r"-->\s*$")
COMMENT_MAX = 40              # lines: a longer "comment" is more likely text that quotes one
ESCAPE = r"(?:<U\+[0-9A-Fa-f]{4,6}>|&(?:nbsp|ensp|emsp|thinsp|#160|#x0*a0|#12288|#x3000);?)"   # R's <U+00A0>, HTML's &nbsp;
ESCAPES = re.compile(rf"^(?:\s*{ESCAPE})+\s*|\s*(?:{ESCAPE}\s*)+$", re.I)
# Markdown's '![](images/x.jpg)' with no alt text: it says nothing; one with alt text ('![PyPI
# version](…)', a badge over a README) keeps its words, and the structure stage sets it apart
IMAGE_LINE = re.compile(r"^\s*!\[\s*\]\([^()\s]{1,500}\)\s*$")
INNER_ESCAPES = re.compile(rf"[ \t]*(?:{ESCAPE}[ \t]*)+", re.I)
ONE_ESCAPE = re.compile(ESCAPE, re.I)
CODE_POINT = re.compile(r"<U\+([0-9A-Fa-f]{4,6})>", re.I)


def _decoded(run: str) -> str:
    """What a run of escapes inside a line printed: a space for space escapes (`&nbsp;`,
    `<U+00A0>`, `<U+3000>`), the character itself for any other `<U+XXXX>` (R writes every
    character it cannot print so: `<U+2022>` is `•`)."""
    out = []
    for m in ONE_ESCAPE.finditer(run):
        code = CODE_POINT.fullmatch(m.group(0))
        ch = chr(int(code.group(1), 16)) if code and int(code.group(1), 16) <= 0x10FFFF else " "
        out.append(" " if ch.isspace() else ch)
    text = "".join(out)
    return " " if not text.strip() else re.sub(" +", " ", text)
ROLE = "省长|副省长|主席|总理|副总理|市长|县长|区长|州长|书记|主任|部长"
SCENE_CAPTION = re.compile(
    rf"^\s*[\u4e00-\u9fff]{{0,12}}(?:{ROLE})[\u4e00-\u9fff·]{{2,4}}(?:在会上|向大会)?作[\u4e00-\u9fff]{{0,12}}报告。?\s*$")


SIGNING_DATE = re.compile(rf"^\s*{DIGIT}{{4}}\s*年\s*{DIGIT}{{1,2}}\s*月\s*{DIGIT}{{1,2}}\s*日\s*$")


# a byline that is only the publication time and the source's name, no labels:
# '2013-01-21 16:26 互联网', '2020-05-14 09:44 新华社' (the time is what makes it a byline). Widened
# (round6, xxf1/xxf4): the time makes the line a byline whatever short names stand around it and
# whether a bullet sets it as a list item — the site's name before it and its column after it
# ('公文搜 2021-07-27 17:49:30 政府报告'), or the time alone behind a bullet ('  • 2020-11-13 14:42').
# A name is one word of at most 16 characters opening with a Han character or a Latin letter (a
# site's address, 'gongwensou.com'), no sentence mark in it; the date in digits or in words
# ('2021年07月27日 17:49'): the time of day is the proof, a document dates itself without one.
_BYLINE_NAME = r"[A-Za-z\u4e00-\u9fff][^\s。，；！？,;!?：:]{1,15}"
TIMESTAMP_SOURCE = re.compile(
    rf"^\s*(?:[•·▪◦‣]\s*)?(?:{_BYLINE_NAME}\s+)?"
    rf"(?:{DIGIT}{{4}}\s*[-/.]\s*{DIGIT}{{1,2}}\s*[-/.]\s*{DIGIT}{{1,2}}\s+"
    rf"|{DIGIT}{{4}}\s*年\s*{DIGIT}{{1,2}}\s*月\s*{DIGIT}{{1,2}}\s*日\s*)"
    rf"{DIGIT}{{1,2}}[:：]{DIGIT}{{2}}([:：]{DIGIT}{{2}})?"
    rf"(?:\s+{_BYLINE_NAME}){{0,2}}\s*$")
# (round11zh, xxz6) two names after the time, a mirror's host and the source, and the source's name
# with a converter's pinyin glosses ('2010年1月20日 17:19    example.cn    某某網(wǎng)'; matched unglossed)
# (r27zhportal) a news app's or mobile page's post time without its year ('05-09 16:13', '5月9日 16:13',
# '昨天 16:13'): under the headline the time of day makes it the page's stamp; a document never dates
# itself this way (its own date has a year, or is in words without a time)
YEARLESS_TIMESTAMP = re.compile(rf"^\s*(?:{DIGIT}{{1,2}}\s*[-/]\s*{DIGIT}{{1,2}}|{DIGIT}{{1,2}}\s*月\s*{DIGIT}{{1,2}}\s*日|昨天|今天|前天)"
                                rf"\s+{DIGIT}{{1,2}}[:：]{DIGIT}{{2}}([:：]{DIGIT}{{2}})?\s*$")
# a day-first dotted date with its time ('14.01.2018  03:30', as some site templates print it): the time
# makes it a timestamp; a dotted date alone may be a version or a day in a list (newdocs round 2)
DMY_TIMESTAMP = re.compile(rf"^\s*{DIGIT}{{1,2}}\.{DIGIT}{{1,2}}\.{DIGIT}{{4}}\s+{DIGIT}{{1,2}}[:：]{DIGIT}{{2}}([:：]{DIGIT}{{2}})?\s*$")
# the same without the time when the date is written with hyphens or slashes ('2021-02-20 佤邦之音'):
# a document dates itself in words (2018年12月7日), a page's byline in ISO digits (newdocs)
DATE_SOURCE = re.compile(
    rf"^\s*{DIGIT}{{4}}\s*[-/]\s*{DIGIT}{{1,2}}\s*[-/]\s*{DIGIT}{{1,2}}"
    r"\s+[\u4e00-\u9fff][^\s。，；！？,;!?：:]{1,11}\s*$")


# a page's byline set as a bulleted list at the head: its date alone behind the bullet ('  • 2020年01月23日';
# the source and share items went with their own rules). A document's own date under its signature has no
# bullet (round5, xxm6)
BULLET_DATE = re.compile(r"^\s*[•·▪◦‣]\s*\d{4}\s*(?:年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|[-/.]\d{1,2}[-/.]\d{1,2})\s*$")


# a post's date with its view count glued after it, the labels (icons) lost: '2018-08-29 1449' (round6, xxg5);
# (r30zhweb) the post's time between them: '2025-11-08 07:03:52 99' (a speech site's date-and-views line)
DATE_COUNT = re.compile(rf"^\s*{DIGIT}{{4}}-{DIGIT}{{2}}-{DIGIT}{{2}}(?:\s+{DIGIT}{{1,2}}[:：]{DIGIT}{{2}}(?:[:：]{DIGIT}{{2}})?)?"
                        rf"\s+{DIGIT}{{1,7}}\s*$")
DATE_COUNT_LINES = 3   # non-blank lines: the headline, then the post's date line


# (r47) the title an HTML editor gives a page nobody named: FrontPage's 'New Page 1', Dreamweaver's '无标题文档' /
# 'Untitled Document', a word processor's export's 'Untitled'; a copy of the page keeps it as its first line
EDITOR_DEFAULT_TITLE = re.compile(r"^\s*(?:New\s+Page\s+\d{1,3}|Untitled(?:\s+(?:Document|Page))?(?:[-\s]\d{1,3})?|无标题文档|無標題文件|未命名(?:文档|页面)?(?:-?\d{1,3})?)\s*$", re.I)


def editor_default_title(page: Page) -> Page:
    """(r47, issue 11) Drop an HTML editor's default page title left as the text's first line (`New Page 1`,
    `无标题文档`, `Untitled Document`): the page's author never named it, and read as text it is the title.
    Only the first line with text; the same words inside the text stay.

    Example: "New Page 1" over "现在位置: 2006武汉两会>>最新报道>>人大消息>>正文" -> the line goes."""
    first = next((i for i, line in enumerate(page.lines) if line.text.strip()), None)
    return page.drop([first]) if first is not None and EDITOR_DEFAULT_TITLE.match(page.lines[first].text) else page


def bare_timestamp(page: Page) -> Page:
    """Drop a line that is only a date and time at the head or tail (a portal's publication time
    printed without its label). Unlabelled, it is not known to be the publication date, so it
    does not go to provenance. A date in words with no time ('2018年12月7日') is how a document
    dates itself under its signature (落款): it stays.

    Example: "2026-02-03 09:02:33", "2023-05-11"; not "2018年12月7日" (under '某某局' at the end,
    an official document's 落款, or alone: it may be the document's own date, and nothing is lost).
    With the source's name after the time and no labels it is the page's byline too (newdocs):
    "2013-01-21 16:26 互联网", or two names after it, a mirror's host and the source (round11zh):
    "2010年1月20日 17:19  example.cn  某某網(wǎng)"; with an ISO date and no time only at the head, under the headline:
    "2021-02-20 佤邦之音" (at the tail a date and a name are the text's signature: they stay);
    at the head an ISO date with a bare count after it, the post's views (round6): "2018-08-29 1449", with
    the post's time between them too (r30zhweb): "2025-11-08 07:03:52 99";
    a mobile page's post time without its year (r27zhportal): "05-09 16:13", "5月9日 16:13", "昨天 16:13".
    """
    head = set(head_zone(page.lines))
    # a long English headline reads as prose and ends the head zone, yet the post's date and views
    # stand right under it: among the page's first lines a date with a count goes too (round6)
    first = [i for i, line in enumerate(page.lines) if line.text.strip()][:DATE_COUNT_LINES]
    counted = {i for i in first if DATE_COUNT.match(page.lines[i].text)}
    hits = [i for i in sorted(set(edge_zone(page.lines)) | counted) if i in counted or (TIMESTAMP.match(page.lines[i].text)
            or TIMESTAMP_SOURCE.match(unglossed(page.lines[i].text)) or DMY_TIMESTAMP.match(page.lines[i].text)
            or YEARLESS_TIMESTAMP.match(page.lines[i].text)
            or i in head and (DATE_SOURCE.match(page.lines[i].text) or BULLET_DATE.match(page.lines[i].text)))
            and not SIGNING_DATE.match(page.lines[i].text.replace("\xa0", " "))]
    top = [i for i, line in enumerate(page.lines) if line.text.strip()][:FIELD_LINES]
    return page.drop(hits + _source_over_date(page, hits, head, top))


# (round8zh) a record's source field printed alone, without its label: an office's or an outlet's
# short name ('卫健委', '新华社', '某某市人民政府办公室')
SOURCE_NAME = re.compile(r"^[\u4e00-\u9fff]{1,12}(?:委|局|厅|部|办|院|署|会|社|网|站|报|台|中心|政府|办公室|办公厅|公司|集团)$")   # 站: '某某范文站' (r26zh)
# (round10zh, xxw8) the row's author field with the name masked by the export ('××', 'XX', '＊＊'):
# nothing but the mask; over the date it is the field, not a line of the text (glued to the headline
# above as a wrapped title otherwise)
MASKED_FIELD = re.compile(r"^[×XxＸ＊]{2,4}$")   # (not "***": a markdown rule)
FIELD_LINES = 6   # non-blank lines: a row's headline and its few fields
ISO_DAY = re.compile(rf"^\s*{DIGIT}{{4}}\s*[-/.]\s*{DIGIT}{{1,2}}\s*[-/.]\s*{DIGIT}{{1,2}}")


def _source_over_date(page: Page, hits: list[int], head: set[int], first: list[int]) -> list[int]:
    """A CMS row printed one field a line (headline, source, date, summary …): the source's name
    alone on the line right over the bare machine date the rule takes, under the headline
    (round8zh, xxs5: '某某委' over '2022-03-28'). It names who published the page, not a section;
    read as text it becomes a heading over the whole document. Only in the head, never the first
    line (a headline), only an office's or outlet's name (a person's name over a date is a
    byline the title block reads), only over a date in digits with '-', '/' or '.'. The author field
    with its name masked by the export ('××' alone over the date, MASKED_FIELD) goes the same way
    (round10zh)."""
    out = []
    for i in hits:
        if i not in head or i not in first or not ISO_DAY.match(page.lines[i].text):
            continue
        k = first[first.index(i) - 1] if first.index(i) >= 2 else None   # the line with words right over it
        field = page.lines[k].text.strip().replace("\xa0", "") if k is not None else ""
        if k is not None and k in head and (SOURCE_NAME.match(field) or MASKED_FIELD.match(field)):
            out.append(k)
    return out


def pager(page: Page) -> Page:
    """Drop a previous/next-article pager line at the head or tail.

    Example: "上一篇：关于印发…的通知", "下一篇：…".
    """
    return page.drop(i for i in edge_zone(page.lines)
                     if len(page.lines[i].text) <= 120 and PAGER.match(page.lines[i].text))


# a label may carry one digit glued on its outer side: an icon font's arrow glyph saved as text
# (`3上一篇` / `下一篇4`, round11zh); the pair rule below keeps a lone numbered word safe
# (r25auditzh) a Chinese label with its colon and nothing after it, the entry's title on the next line
# ('上一篇：' / '某某县2020年政府工作报告' / '下一篇：' / '…', half- or full-width colon)
PAGER_LABEL = re.compile(r"^\s*(?:[‹«<←]\s*|[1-9](?=上|下))?(previous|next|上一篇|下一篇)\s*(?:[›»>→]\s*|(?<=篇)[1-9]\s*|(?<=篇)[:：]\s*)?$", re.I)
PAGER_ENTRY_MAX = 160   # characters: the linked entry's title, not a paragraph
QUOTED_LINE = re.compile(r"^\s*[\"“].{1,120}[\"”]\s*$")
PAGER_SPAN = 8          # non-blank lines within which the two labels stand


def split_pager(page: Page) -> Page:
    """Drop a previous/next pager whose labels stand alone on their lines, each over the linked
    entry's title (and its quoted tagline), wherever the page prints it (unseen7).

    Example: "Previous" / "150A: Special annual reporting requirements, or" / '"Special rules for
    yearly reports"' / "Next" / "152: …, or" / '"…"', between a section's summary and its text.
    A Chinese label may carry an icon font's arrow saved as a digit: "3上一篇" / "下一篇4" (round11zh).
    Only as a pair (a 'Previous' and a 'Next' label within PAGER_SPAN non-blank lines): a word
    alone is also a heading."""
    lines = page.lines
    filled = [i for i, line in enumerate(lines) if line.text.strip()]
    labels = [k for k, i in enumerate(filled) if PAGER_LABEL.match(lines[i].text)]
    kinds = {k: PAGER_LABEL.match(lines[filled[k]].text)[1].casefold() for k in labels}
    hits = []
    for k in labels:
        partner = [m for m in labels if m != k and abs(m - k) <= PAGER_SPAN and kinds[m] != kinds[k]]
        if not partner:
            continue
        take = [filled[k]]
        if k + 1 < len(filled) and len(lines[filled[k + 1]].text.strip()) <= PAGER_ENTRY_MAX \
                and k + 1 not in labels:
            take.append(filled[k + 1])
            if k + 2 < len(filled) and k + 2 not in labels and QUOTED_LINE.match(lines[filled[k + 2]].text):
                take.append(filled[k + 2])
        hits.extend(take)
    return page.drop(hits)


def link_button(page: Page) -> Page:
    """Drop a link button framed by arrow marks at the head or tail; and, anywhere, a digest's
    links led by one label and an arrow (`_arrow_links`, round6).

    Example: "》》点击图片进入专题《《"; "Details>>Key border development area approved in Guangxi".
    """
    return page.drop([i for i in edge_zone(page.lines) if LINK_BUTTON.match(page.lines[i].text)] + _arrow_links(page.lines))


# a link line led by its label and an arrow, the linked story's headline after it ('Details>>Key border
# development area approved', 'More » Plan released'): a digest's links to the full stories (round6, xxg7)
ARROW_LINK = re.compile(r"^\s*(?P<label>[^\W\d_]{2,12})\s*(?:>>|»|›|》》|＞＞)\s*(?P<rest>\S.{0,120})$")
ARROW_LINKS_MIN = 2


def _arrow_links(lines) -> list[int]:
    """Lines `Label>>Headline` anywhere, when the same label leads ARROW_LINKS_MIN such lines or more
    and no headline ends a sentence: one link per item of a digest, printed under each item's text.
    The label is the link's, whatever its word; a lone arrow line stays (a quotation may open so)."""
    found: dict[str, list[int]] = {}
    for i, line in enumerate(lines):
        match = ARROW_LINK.match(line.text)
        if match and not re.search(r"[.!?。！？]\W*$", match["rest"]):
            found.setdefault(match["label"].casefold(), []).append(i)
    return [i for run in found.values() if len(run) >= ARROW_LINKS_MIN for i in run]


def contents_box(page: Page) -> Page:
    """Drop a contents box: a '目录' label and the short lines after it that the text repeats
    later as headings (a site's or an editor's navigation, regenerated from the real headings).

    Example: "目　　录" "序　言" "第一章　总纲" … when "第一章　总纲" stands again below.
    A double-spaced box (a blank line after each entry) reads on over its blank lines (`_spaced_gap`).
    Entries may carry dot leaders and a page number ('一、总体要求……………1').
    A label whose entries an earlier rule already removed (a page dump's list of anchor links,
    '* 1 基本概念 <…#1>') is dropped alone.
    A book's list ('CONTENTS', then 'Book the First--…' over 'CHAPTER IV     Congratulatory' …)
    runs in groups with blank lines between them and is longer than the excerpt that carries it:
    it is the contents when the text listed begins right after it (an entry stands again), even
    if most chapters it names are not in the file (`_book_contents`). A Chinese code's list of
    numbered parts (`第一编总则` `第一章基本规定` `第一节一般规定` …, the same section title under
    many chapters) is the contents the same way when the text begins with its first entry again
    right after it, though an excerpt holds few of the parts it names.
    A legislation print's 'TABLE OF PROVISIONS' (also '- TABLE OF PROVISIONS', a legal database's
    label, or 'ARRANGEMENT OF SECTIONS') lists numbered provisions under Part/Division lines; it is
    the contents when provisions it lists stand again below, titled without their numbers
    (`_provisions`, unseen2).
    (r42) A plan's outline of numbered chapters and sections (chapter names up to
    LONG_CHAPTER_ENTRY_MAX characters) is the contents too when its first entry stands again below
    and the list ends at a preamble paragraph (an excerpt that holds the first chapter only).
    """
    return _with_label_twin(_contents_box(page), page)


def _with_label_twin(done: Page, page: Page) -> Page:
    """(r33zhprint, issue 11) A box whose label is printed twice, one right over the other (`目录` /
    `目录`: a page's tab and its box title, both kept by the copy): when the lower label went with its
    entries, the upper one, the same words with nothing between, is the box's too. A label over
    anything else stays for the rule's own reading."""
    gone = {r.line for r in done.removed} - {r.line for r in page.removed}
    if not gone:
        return done
    lines = page.lines
    twins = set()
    for k, line in enumerate(lines):
        if line.number in gone and CONTENTS_LABEL.match(line.text):
            above = next((m for m in range(k - 1, -1, -1) if lines[m].text.strip()), None)
            if above is not None and lines[above].number not in gone \
                    and "".join(lines[above].text.split()) == "".join(line.text.split()):
                twins.add(lines[above].number)
    extra = [k for k, line in enumerate(done.lines) if line.number in twins]
    return done.drop(extra) if extra else done


def _contents_box(page: Page) -> Page:
    lines = page.lines
    for i in range(window(lines, CONTENTS_SCAN)):
        if not CONTENTS_LABEL.match(lines[i].text):
            continue
        above = _entries_above(lines, i)
        if above:
            return page.drop(above + [i])
        if (paged := _paged_entries(lines, i)):   # '目录' / 'Contents': a book's CONTENTS reads below (round15en)
            return page.drop([i] + paged)
        if not CJK.search(lines[i].text) and _empty_label(lines, i):
            return page.drop([i])   # 'Contents' straight over the first paragraph: its list was lost (round15en)
        if not CJK.search(lines[i].text) and (tab := _tab_label(lines, i)):
            return page.drop(tab)
        if not CJK.search(lines[i].text):
            # a book's list ends where a line repeats an entry; an arrangement's runs over all its
            # provisions: when both read a list, the longer one (round6 xxg2: `1.   Interpretation.`
            # under `PART I` / `INTERPRETATION.` is the arrangement's first entry, not its text)
            # (r40enlegal) and a list of divisions only, read by its own rule, when it runs further: the
            # book reading stops at a Division named like its Part ('Division 1 - Amendments' under 'AMENDMENTS')
            book = max(_book_contents(lines, i), _provisions(lines, i, _rule_lines(page)), _division_arrangement(lines, i),
                       key=len) or _spaced_divisions(lines, i) \
                or _book_contents(lines, i, BOOK_ENTRY_LONG)
            if book:
                return page.drop([i] + book)
        j, entries, listed, first = i + 1, [], set(), None
        title = _title_key(lines, i)
        while j < len(lines) and (not lines[j].text.strip() and (not entries or _spaced_gap(lines, entries, j)) or
                                  0 < len(lines[j].text.strip()) <= CONTENTS_ENTRY_MAX or _long_chapter_entry(lines[j].text)):
            key = _key(lines[j].text)
            if key == first or key in listed and not _numbered_entry(lines[j].text):
                break   # the first entry again: the text it lists has begun
            if title and _letters(lines[j].text) in title:
                break   # the title again over the body (r26contents): the list ended above it
            if lines[j].text.strip():
                entries.append(j)
                listed.add(key)
                first = first or key
            j += 1
        later = {_key(line.text) for line in lines[j:]}
        repeated = [k for k in entries if _key(lines[k].text) in later]
        nxt = next((k for k in range(j, len(lines)) if lines[k].text.strip()), len(lines))
        ran_into_text = nxt < len(lines) and _key(lines[nxt].text) == first
        numbered = sum(1 for k in entries if _numbered_entry(lines[k].text))
        # (r42) an excerpt's outline: a preamble paragraph stands between the list and its first
        # entry again, and the excerpt ends before most of what the list names
        outline = first in later and nxt < len(lines) and _cjk_prose(lines, nxt)
        if entries and (len(repeated) * 2 > len(entries)
                        or (ran_into_text or outline) and len(entries) >= CONTENTS_MIN_NUMBERED
                        and numbered >= CONTENTS_NUMBERED_SHARE * len(entries)):
            return page.drop([i] + entries)
        if not CJK.search(lines[i].text) and (run := _unechoed_arrangement(lines, i)):
            return page.drop([i] + run)   # 'Contents' over ' 1 Definitions' … ' 44 …': never echoed (round21en)
        if not CJK.search(lines[i].text) and (run := _division_arrangement(lines, i)):
            return page.drop([i] + run)   # 'Arrangement of Provisions' over 'PART I' / 'PRELIMINARY' …, 'Schedule' (partlist)
        if _removed_after(page, i) >= CONTENTS_MIN_REMOVED:
            return page.drop([i])   # its entries were links, already removed: the label is left alone
        if CJK.search(lines[i].text) and len(entries) <= 1 and _cjk_prose(lines, nxt):
            return page.drop([i])   # '目录' over the first heading and its prose: the list was lost (round17zh)
    return page


EMPTY_LABEL_PROSE_CJK = 40   # characters of the CJK paragraph under an empty '目录' label


def _cjk_prose(lines, k: int) -> bool:
    """An empty CJK contents label (round17zh): a regulation's or report's copy keeps its '目录'
    label but lost the list, so the label stands over the text's first heading ('第一章 总则') or
    straight over its first paragraph. Called with at most one short line read as an entry: the
    line after it is a paragraph of CJK prose (EMPTY_LABEL_PROSE_CJK characters or more, a full
    stop in it) — a list runs on in short lines, prose does not. The label goes alone, never the
    title."""
    if k >= len(lines):
        return False
    text = lines[k].text.strip()
    return len(text) >= EMPTY_LABEL_PROSE_CJK and bool(CJK.search(text)) and "。" in text


# a contents entry ending in its page number after a space ('1.某某报告要点之一:工作回顾 2', round14zh)
PAGED_ENTRY = re.compile(r"^\s*(?P<text>\S.{0,%d}?)[\s\u3000]+(?P<page>\d{1,3})\s*$" % 100)
# (r26contents) in a CJK list, a dot leader before the number is a gap too ('第一部分　工作回顾………………1');
# an English list with leaders is the book and echo rules' (an RFC's outline after its abstract stays)
PAGED_ENTRY_LEADER = re.compile(r"^\s*(?P<text>\S.{0,%d}?)[\s\u3000]*(?:[.．…⋯·]\s?){2,}[\s\u3000]*(?P<page>\d{1,3})\s*$" % 100)
PAGED_MIN = 3   # entries


EMPTY_LABEL_PROSE = 120   # characters of the paragraph right under an empty contents label


def _empty_label(lines, label: int) -> bool:
    """A contents label whose list a copy lost (an encyclopedia page's collapsed box: `Contents`
    alone between the lead paragraph and the next): the next non-blank line, within two lines, is
    a paragraph of prose (EMPTY_LABEL_PROSE characters or more, 15 words, a sentence ending in it) — no entry is
    that long. Such a label lists nothing: it goes alone (round15en)."""
    j = label + 1
    while j < len(lines) and j - label <= 2 and not lines[j].text.strip():
        j += 1
    if j >= len(lines) or not lines[j].text.strip():
        return False
    text = lines[j].text.strip()
    return len(text) >= EMPTY_LABEL_PROSE and len(text.split()) >= 15 and bool(re.search(r"[a-z][.!?](?:\s|$)", text))


def _paged_entries(lines, label: int) -> list[int]:
    """A contents box under its label whose every entry ends in a page number after a space, the
    numbers in page order (a `目录` label, CJK; `1.某某要点之一:工作回顾 2` / `2.…之二:思路和目标 6` / …, round14zh):
    the page numbers make it navigation of a printed or paged original even when its entries are
    long (a dash subtitle) and the text below repeats none of them word for word. At least
    PAGED_MIN entries, each with words (CJK or letters) and no sentence end before its number;
    single blank lines may stand between them. Scans forward from the label only, and stops at
    the first line that is not an entry. [] if not.
    An English label (`Contents`) reads the same box (round15en: `Introduction: Scope of this
    Report 1` / `Ministry of … 6` / …), each entry at least two words before its number: a
    book's `Letter 1` / `Chapter 2` list numbers its entries, not their pages (xv3)."""
    entries: list[int] = []
    last = 0
    j = label + 1
    while j < len(lines):
        text = lines[j].text
        if not text.strip():
            if j + 1 < len(lines) and lines[j + 1].text.strip() and entries:
                j += 1
                continue
            if entries or j - label > 2:
                break   # the box starts within two blank lines of its label
            j += 1
            continue
        m = PAGED_ENTRY.match(text)
        if not m and (lead := PAGED_ENTRY_LEADER.match(text)) and CJK.search(lead["text"]):
            m = lead
        if not m or int(m["page"]) < last or not CJK.search(m["text"]) and not re.search(r"[A-Za-z]{3}", m["text"]) \
                or re.search(r"[。！？!?；;，,]\s*$", m["text"]):
            break
        if not CJK.search(m["text"]) and len(m["text"].split()) < 2 and (
                not entries or re.fullmatch(rf"(?:{UNIT_EN})", m["text"].strip(), re.I)):
            # 'Letter 1' / 'Chapter 2': the number is the entry's own label, no page (xv3, round15en);
            # one word among entries of two or more is an entry (`Accounts   12`, r26contents)
            break
        last = int(m["page"])
        entries.append(j)
        j += 1
    return entries if len(entries) >= PAGED_MIN else []


def _title_key(lines, label: int) -> frozenset[str]:
    """(r26contents) The keys of the lines over a contents label (the title block: its lines with
    TITLE_KEY_MIN letters or more, casefolded). A title block printed again over the body (`The
    Charter of …` / `Adopted at …` / its date; an Act's name in capitals) ends the list above it:
    it is no entry."""
    over = [k for k in range(label) if lines[k].text.strip()]
    return frozenset(key for k in over if len(key := _letters(lines[k].text)) >= TITLE_KEY_MIN)


TITLE_KEY_MIN = 8   # letters of a title-block line that ends a contents list when it stands again


def _spaced_gap(lines, entries: list[int], j: int) -> bool:
    """A blank line `j` inside a double-spaced contents box (round12zh: a page copy that sets a blank
    line after every line, `第一章   总   则` / `` / `第二章   自治机关` / …): one blank line between
    two short lines, in a box whose first entry is followed by a blank line too. The run still ends
    at two blank lines, a long line, or the first entry again."""
    if not lines[entries[0] + 1].text.strip() == "" or not lines[j - 1].text.strip():
        return False
    nxt = lines[j + 1].text.strip() if j + 1 < len(lines) else ""
    return 0 < len(nxt) <= CONTENTS_ENTRY_MAX


def _entries_above(lines, label: int) -> list[int]:
    """A contents box whose label a PDF extractor put AFTER its entries (unseen7: a browser-printed
    page's box, 'Table of Contents' read below its '▶ Article I - …' lines): the unbroken run of
    short lines right above the label (blank lines before it skipped), when more than half of them
    stand again below the label as lines of their own. [] if not."""
    entries, j = [], label - 1
    while j >= 0 and (not lines[j].text.strip() and not entries
                      or 0 < len(ENTRY_MARK.sub("", lines[j].text).strip()) <= CONTENTS_ENTRY_MAX):
        if lines[j].text.strip():
            entries.append(j)
        j -= 1
    if len(entries) < CONTENTS_MIN_NUMBERED or not any(ENTRY_MARK.match(lines[k].text) for k in entries):
        return []
    later = {_key(line.text) for line in lines[label + 1:]}
    repeated = sum(1 for k in entries if _key(lines[k].text) in later)
    return sorted(entries) if repeated * 2 > len(entries) else []


# a division named in a site's contents box: `Part II GENERAL PROVISIONS REGARDING WRITTEN LAW`
DIVISION_ENTRY = re.compile(r"^\s*(?:Part|PART|Chapter|CHAPTER|Division|DIVISION|Title|TITLE|Book|BOOK|Schedule|SCHEDULE)"
                            r"\s+(?:[IVXLC]{1,6}|\d{1,3})[A-Z]?\b[.:\s–—-]*\S")
SPACED_DIVISIONS_MIN = 3      # division entries a spaced contents box must name
SPACED_ENTRY_MAX = 80         # characters: a division's label with its name in capitals
ENDS_SENTENCE = re.compile(r"[.!?;:。！？；：][\"'”’)）]*$")


def _spaced_divisions(lines, label: int) -> list[int]:
    """The entries of a legislation site's contents box under `label` ('Contents'), one element a
    line with a blank line between them: `Long Title`, `Part I GENERAL PROVISIONS …` … `Part VI
    MISCELLANEOUS`, `Legislative History`. The page shows ONE division, so most entries never stand
    again; it is the contents when SPACED_DIVISIONS_MIN entries name divisions and one of them stands
    below, its label and name maybe on two lines (`PART II` / `GENERAL PROVISIONS …`) (unseen11)."""
    entries, j = [], label + 1
    while j < len(lines):
        text = lines[j].text.strip()
        if not text:
            if entries and j + 1 < len(lines) and not lines[j + 1].text.strip():
                break   # two blank lines: the box has ended
            j += 1
            continue
        if len(text) > SPACED_ENTRY_MAX or ENDS_SENTENCE.search(text) or entries and lines[j - 1].text.strip():
            break   # a sentence, or two lines with no blank between: the box has ended
        entries.append(j)
        j += 1
    if entries and lines[entries[-1] - 1].text.strip() and len(entries) > 1:
        entries = entries[:-1]
    divisions = [k for k in entries if DIVISION_ENTRY.match(lines[k].text)]
    if len(divisions) < SPACED_DIVISIONS_MIN:
        return []
    later = [SPACE.sub("", line.text).casefold() for line in lines[j:]]
    pairs = set(later) | {a + b for a, b in zip(later, later[1:])}
    if not any(SPACE.sub("", lines[k].text).casefold() in pairs for k in divisions):
        return []
    return entries


PRINTED_RULE = re.compile(r"^[_\-–—=*]{3,}$")


# (round21en) an arrangement the excerpt never echoes: its sections' titles are not set again as
# lines of their own (the body runs '1. This Act may be cited as …' in), or the excerpt stops early
ARRANGED_ENTRY = re.compile(r"^\s*(?P<num>\d{1,3})(?:\.(?P<sub>\d{1,2}))?[A-Z]?\.?\s+(?P<title>[A-Z(“\"'].{0,99}?)\s*$")
ARRANGED_TAIL = re.compile(r"^\s*(?:schedules?|appendix|appendices|annex(?:es)?|forms?)(?:\s+[\dA-Z]{1,4})?\s*$", re.I)
ARRANGED_MIN = 6        # numbered entries in the run: a list of sections, not two or three items
ARRANGED_STEP = 3       # the largest step between two entries' numbers (a repealed section or two left out)
ARRANGED_BLANKS = 2     # blank lines in a row inside the run (a double-spaced print)


def _listed_lines(lines, label: int):
    """(index, text) of each line with text under a contents label, up to the ARRANGED_BLANKS + 1st
    blank line in a row (a double-spaced print's list goes on over one or two)."""
    blanks = 0
    for j in range(label + 1, len(lines)):
        text = lines[j].text
        if text.strip():
            blanks = 0
            yield j, text
        else:
            blanks += 1
            if blanks > ARRANGED_BLANKS:
                return


def _unechoed_arrangement(lines, label: int) -> list[int]:
    """The entries of a contents label ('Contents', 'ARRANGEMENT OF SECTIONS') that the text never
    sets again: a run of ARRANGED_MIN or more numbered section titles (' 1 Definitions', '2.      Interpretation',
    '29.1 Definitions in relation to …'), numbered from 1 upwards without a restart or a jump of more
    than ARRANGED_STEP, each a title (a capital first, at most 100 characters, no end in ';', ':' or
    ','), group lines ('PART II …') and a closing 'Schedule' among them, single or double spaced. The
    run ends at the first other line; the body's own '1. This Act may be cited …' restarts the
    numbering, so it ends there too. A site's statute page that prints only the opening sections, or
    a print whose sections run their text in after the number, leaves such a list unechoed, and the
    echo-seeking rules above miss it (round21en). [] if not."""
    run, last, numbered = [], 0, 0
    for j, text in _listed_lines(lines, label):
        match = ARRANGED_ENTRY.match(text)
        if match and match["title"][-1] not in ";:,":
            number = int(match["num"])
            if not (last < number <= last + ARRANGED_STEP or match["sub"] and number == last) or (not last and number != 1):
                break
            last, numbered = number, numbered + 1
        elif not (numbered and (PROVISION_GROUP.match(text) or ARRANGED_TAIL.match(text))):
            break
        run.append(j)
    if numbered < ARRANGED_MIN:
        return []
    titles = [_arranged_title(lines[k].text) for k in run]
    later = {_arranged_title(line.text) for line in lines[run[-1] + 1:]}
    echoed = sum(1 for t in titles if t and t in later)
    return run if echoed * ARRANGED_ECHOED_SHARE < len(titles) else []   # an echoed list is the outline's to read


DIVISIONS_MIN = 3   # division lines in the list: a contents of parts, not one part's head under a label
DIVISION_NAME_MAX = 100   # characters of a division's name in capitals ('INSPECTORS, TRADE PANELS AND SUBCOMMITTEES')


def _division_arrangement(lines, label: int) -> list[int]:
    """(partlist) The entries of a contents label that lists only the text's divisions: each a
    division line ('PART I', 'Part 2 – Administration', 'CHAPTER III'), its name on the next line
    when set apart ('PRELIMINARY'), and a closing 'Schedule', with at most ARRANGED_BLANKS blank
    lines in a row. A consolidated Act's page prints such an arrangement (its sections are listed
    under each part elsewhere, or not at all); nothing in it is numbered `1.`, so the numbered-
    arrangement rule above misses it, and a site that prints only the opening part echoes too few
    of its entries for the echo rules. It is the contents when it holds DIVISIONS_MIN division lines
    and its first one stands again below (the text begins with it). [] if not.
    (r40enlegal) A name in capitals wrapped onto a second line ('DEFINITIONS AND INTERPRETATION' /
    'OF ACTS', 'APPOINTMENTS,' / 'DUTIES AND POWERS': `_name_wrapped`) and a division line whose
    name wraps onto a line opening in lower case ('Division 1 - Appointment' / 'and powers') are
    one entry each: a print of the arrangement at a narrow measure (a centred column) breaks them."""
    run, divisions, named = [], 0, ""
    for j, text in _listed_lines(lines, label):
        text = text.strip()
        prev = lines[run[-1]].text.strip() if run else ""
        if PROVISION_GROUP.match(text) and len(text) <= (DIVISION_NAME_MAX if divisions else CONTENTS_ENTRY_MAX):
            divisions, named = divisions + 1, ""   # (r40enlegal) a later one may carry its name as long as a name
        elif ARRANGED_TAIL.match(text) and divisions:
            named = "done"
        elif divisions and (not named or named != "done" and _name_wrapped(named, text)) \
                and len(text) <= DIVISION_NAME_MAX and text.upper() == text and sum(ch.isalpha() for ch in text) >= 3:
            named = "done" if named else text   # the division's name in capitals under its label (two lines at most)
        elif divisions and PROVISION_GROUP.match(prev) and _group_rest(prev, text):
            pass   # the division line's name wrapped: its rest
        else:
            break
        run.append(j)
    if divisions < DIVISIONS_MIN:
        return []
    first = _key(lines[run[0]].text)
    return run if any(_key(line.text) == first for line in lines[run[-1] + 1:]) else []


# (r40enlegal) the words a wrapped name's second line may open with ('AND REPEALS', 'OF ACTS')
NAME_JOINER = re.compile(r"^(?:AND|OR|OF|FOR|IN|TO|ON|WITH|BY|THE)\b")
NAME_OPEN_END = frozenset("AND OR OF FOR THE ITS TO IN ON WITH BY A AN".split())   # a name's line cut after these goes on
GROUP_REST_MAX = 40   # characters of a division line's wrapped rest ('and powers', 'and penalties')


def _name_wrapped(first: str, text: str) -> bool:
    """(r40enlegal) `text` goes on with a division's name in capitals begun on the line above: the
    line above ends with a comma or a joining word, or this line opens with one ('AND CITATION')."""
    return first[-1:] == "," or bool(NAME_JOINER.match(text)) or first.split()[-1] in NAME_OPEN_END


def _group_rest(group: str, text: str) -> bool:
    """(r40enlegal) `text` is the rest of a division line wrapped at the measure: short, opening in
    lower case, no sentence mark at its end, under a division line that ends in none either."""
    return len(text) <= GROUP_REST_MAX and text[:1].islower() and not re.search(r"[.;:!?,]$", text) \
        and not re.search(r"[.;:!?,]$", group)


ARRANGED_ECHOED_SHARE = 4   # at most a quarter of the entries may stand again ('Definitions', the first section's)
LEADER_PAGE = re.compile(r"(?:\s*\.{2,}|\s{2,})\s*\d{0,4}\s*$")


def _arranged_title(text: str) -> str:
    """'   3.1. Line Feeds in Encoded Data ......3' -> 'line feeds in encoded data': an entry or a
    line compared without its number, dot leaders and page number, and a heading without the
    Markdown marks a converted copy sets before it ('## 3.1. Line Feeds …')."""
    text = re.sub(r"^\s*(?:#{1,6}\s+)?(?:\d{1,3}(?:\.\d{1,2})*[A-Z]?\.?\s+)?", "", LEADER_PAGE.sub("", text))
    return " ".join(text.split()).casefold()


def _rule_lines(page: Page) -> frozenset[int]:
    """Source line numbers of printed rules ('__________') an earlier rule removed."""
    return frozenset(r.line for r in page.removed if PRINTED_RULE.match(r.text.strip()))


def _provisions(lines, label: int, rules: frozenset[int] = frozenset()) -> list[int]:
    """The entries of a legislation print's contents under `label` ('TABLE OF PROVISIONS'): the run
    of provision lines ('1. Short title', '35. Impacted entity may voluntarily provide …', as long as
    a provision's title is) and group lines ('PART 2--SECURITY…', 'Division 1--Preliminary'), blank
    lines between groups, up to the first other line; it is the contents when at least
    PROVISIONS_MIN provisions' titles stand again below as lines of their own (the sections, which
    the print heads with the title alone). [] if not."""
    entries, titles, groups, numbered = [], [], [], set()
    j = label + 1
    title, at_title = _title_key(lines, label), False
    while j < len(lines):
        text = lines[j].text.strip()
        if text and entries and _letters(text) in title:
            at_title = True   # the Act's title again over its text (r26contents): the list ended above it
            break
        if text and titles and (again := PROVISION_ENTRY.match(text)) and _letters(again["title"]) == titles[0] \
                and _letters(text) == _letters(lines[next(k for k in entries if PROVISION_ENTRY.match(lines[k].text.strip()))].text):
            break   # (r43) the first entry again, as written: the text it lists has begun
        if text and not entries and COLUMN_LABEL.match(text):
            entries.append(j)
            numbered.add(j)
        elif text:
            entry = PROVISION_ENTRY.match(text)
            ruled = PRINTED_RULE.match(text) or any(lines[j - 1].number < n < lines[j].number for n in rules)
            if ruled or not (entry or PROVISION_GROUP.match(text) or _group_name(lines, j, entries)):
                break   # (a printed rule '__________' closes the arrangement: the Act's own page follows, round19en)
            entries.append(j)
            if entry:
                rest = lines[j + 1].text.strip() if j + 1 < len(lines) else ""
                if _entry_rest(text, rest):
                    j += 1   # the entry hard-wrapped (a PDF of the print): its rest is the entry's (robust3)
                    entries.append(j)
                    titles.append(_letters(entry["title"] + " " + rest))
                else:
                    titles.append(_letters(entry["title"]))
            else:
                groups.append(_letters(text))
            if entry or PROVISION_GROUP.match(text) or COLUMN_LABEL.match(text):
                numbered.add(j)
        j += 1
    if at_title and entries and len(lines[entries[-1]].text.split()) <= 2 \
            and PROVISION_GROUP.match(lines[entries[-1]].text.strip()) \
            and all(not lines[k].text.strip() for k in range(entries[-1] + 1, j)):
        j = entries.pop()   # the Act's own label over its name again ('CHAPTER 2' / 'ACTS OF PARLIAMENT ACT.')
    popped = False
    while entries and entries[-1] not in numbered and not at_title:
        j, popped = entries.pop(), True   # unnumbered names with no provision under them: the text's own head lines
    if popped and entries and all(not lines[k].text.strip() for k in range(entries[-1] + 1, j)) \
            and len(lines[entries[-1]].text.split()) <= 2 and PROVISION_GROUP.match(lines[entries[-1]].text.strip()):
        j = entries.pop()   # a bare label over the name just given back ('CHAPTER 2' / 'ACTS OF PARLIAMENT ACT.') goes with it
    body = [ENTRY_MARK.sub("", line.text).strip() for line in lines[j:] if line.text.strip()]   # without a Markdown export's marks
    later = {_letters(text) for text in body}
    # the body may head its sections with the number too ('1. Short title and commencement.'),
    # or with a label and a dash ('Section 1—Acts and Bills.'): the title counts as standing again
    # either way (unseen5; round6 xxg1)
    later |= {_letters(m["title"]) for text in body if (m := PROVISION_ENTRY.match(LABELLED_SECTION.sub(r"\1. ", text)))}
    later |= {_letters(a + b) for a, b in zip(body, body[1:])}
    again = [t for t in titles if t and t in later]
    if len(again) >= PROVISIONS_MIN:
        return entries
    # an excerpt (round6 xxg1, xxg2): the print's first provision stands again below, with one
    # more provision or one of the group names, so the Act's text begins under the arrangement
    first = titles[0] if titles else ""
    groups_again = sum(1 for g in groups if g and g in later)
    return entries if first in again and len(again) + groups_again >= EXCERPT_AGAIN_MIN else []


def _entry_rest(text: str, rest: str) -> bool:
    """The next line carries on a provision's entry a hard wrap broke: the entry ends without a
    stop and the line opens in lower case (or the entry ends on a function word, `_open_end`:
    round19en), no longer than the entry, and is no entry or group of its own ('12.   Original
    copies of Acts … or becoming law' / 'without the assent of the President.')."""
    return bool(rest) and not text.endswith((".", ":", ";")) and (rest[:1].islower() or _open_end(text)) \
        and len(rest) <= len(text) and not PROVISION_ENTRY.match(rest) and not PROVISION_GROUP.match(rest)


# (round19en) words a title never ends with: an entry that ends on one was cut by the wrap, even when
# its rest opens with a capital, a name ('13. Construction of references to … the Laws of' / 'Guyana.')
OPEN_END_WORDS = frozenset("a an and as at by for from in into of on or the to with".split())


def _open_end(text: str) -> bool:
    """(round19en) The entry's last word is an article, a preposition or a conjunction."""
    words = text.split()
    return bool(words) and words[-1].casefold() in OPEN_END_WORDS


def _group_name(lines, j: int, entries: list[int]) -> bool:
    """An arrangement's group line with no number (round6, xxg1/xxg2): a short line in capitals or
    title case that ends no sentence (`Form of Acts and Bills`, `SCHEDULE`, `Forms`), or the name
    under a group label (`PART I` over `INTERPRETATION.`), among the entries already read."""
    text = lines[j].text.strip()
    if not entries or len(text) > GROUP_NAME_MAX or text[0].islower() or text[-1] in ",;:":
        return False
    prev = entries[-1]   # the entry right above, blank lines between aside (a copy spaced with empty lines)
    under_label = all(not lines[k].text.strip() for k in range(prev + 1, j)) \
        and PROVISION_GROUP.match(lines[prev].text.strip()) and len(lines[prev].text.split()) <= 2
    words = re.findall(r"[A-Za-z]+", text)
    if under_label and text.isupper():
        return True
    if text.endswith(".") or not words:
        return False
    capitalised = sum(1 for w in words if w[0].isupper())
    return capitalised * 2 >= len(words) and not any(ch.isdigit() for ch in text)


# (unseen14) a law site's act viewer: its tabs ('Point in Time', 'Arrangement of Sections') stand
# as lines right over the text, the contents tab with no entry under it, the Act's first division next,
# and that division's first section number alone on its line ('PART I – INTRODUCTORY' / '1.')
TAB_DIVISION = re.compile(r"^\s*(?:PART|Part|CHAPTER|Chapter|DIVISION|Division)\s+(?:[IVXLC]+|\d{1,3})[A-Z]?\b")
TAB_SECTION = re.compile(r"^\s*\d{1,3}[A-Z]{0,2}\.\s*$")
TAB_WORDS = 4
TAB_TOP = 5          # non-blank lines: the viewer's tabs open the page


def _tab_label(lines, label: int) -> list[int]:
    """A contents label with no entry under it, the text's first division right after it, among
    the page's first lines: a viewer's tab, with the short tab lines over it in the same run (no
    blank line between). A label over real entries is a contents list (`_book_contents`)."""
    filled = [i for i, line in enumerate(lines) if line.text.strip()]
    if label not in filled[:TAB_TOP]:
        return []
    nxt = next((j for j in range(label + 1, len(lines)) if lines[j].text.strip()), None)
    if nxt is None or not TAB_DIVISION.match(lines[nxt].text):
        return []
    first = next((j for j in range(nxt + 1, len(lines)) if lines[j].text.strip()), None)
    if first is None or not TAB_SECTION.match(lines[first].text):
        return []   # the division's own first section opens the text ('1.' over its note), no list entry ('1. Short title')
    tabs = [label]
    k = label - 1
    while k >= 0 and lines[k].text.strip() and len(lines[k].text.split()) <= TAB_WORDS \
            and not re.search(r"[.,;:!?]$", lines[k].text.strip()):
        tabs.append(k)
        k -= 1
    return tabs


BOOK_ENTRY_MAX = 60        # characters: an English contents entry ('CHAPTER XV   The Footsteps Die Out For Ever')
# a translated law's or white paper's part title runs longer ('Chapter IV The National Flag, the
# National Anthem, the National Emblem and the Capital'): an entry up to this long is a title when
# it does not end as a sentence does (unseen14)
BOOK_ENTRY_LONG = 100
BOOK_ENTRIES_MIN = 3
BOOK_BLANKS_MAX = 10       # blank lines between two groups of entries, or after the list


TITLE_BLOCK_LINES = 8   # lines under the title printed again over the body, searched for an entry again


def _book_contents(lines, label: int, longest: int = BOOK_ENTRY_MAX) -> list[int]:
    """The entries of an English contents list under `label`, if the listed text begins right after
    it: the list runs (across blank lines) until a line repeats an entry, compared by letters and
    digits only (entries up to `longest` characters; the caller tries the longer limit of a translated
    law's part titles last, after the legislation forms), also with the line after it ('CHAPTER I.' + 'The Period') or as its end
    ('ADVENTURE I. A SCANDAL IN BOHEMIA' ends with 'I. A Scandal in Bohemia'). [] if not."""
    entries: list[int] = []
    keys: list[str] = []
    j, blanks, usual, whole = label + 1, 0, None, ""
    title = _title_key(lines, label)
    while j < len(lines):
        text = ENTRY_MARK.sub("", lines[j].text).strip()   # a Markdown export's marks are not the words (round6)
        if not text:
            blanks += 1
            if blanks > BOOK_BLANKS_MAX and entries:
                return []
            j += 1
            continue
        if entries and _letters(text) in title:
            # (r26contents) the title block printed again over the body: the list ended above it, and
            # it is the contents when the body under that block repeats an entry
            after = [ENTRY_MARK.sub("", line.text).strip() for line in lines[j + 1:j + 1 + TITLE_BLOCK_LINES]
                     if line.text.strip()]
            again = any(_lists(keys, a, b) for a, b in zip(after, after[1:] + [""]))
            return entries if again and len(entries) >= BOOK_ENTRIES_MIN else []
        if len(entries) == 1:
            usual = blanks   # the list's own spacing: a copy with a blank line after every line has gaps everywhere
        after_gap, blanks = blanks > (usual or 0), 0
        following = [ENTRY_MARK.sub("", line.text).strip() for line in lines[j + 1:j + 8] if line.text.strip()][:2]
        nxt = following[0] if following else ""
        series = bool(entries) and all(_series(lines[k].text, text) for k in entries[:2])
        # (r23enleak) an entry wrapped at the page's width: its rest opens in lower case under an entry
        # that ends in no mark ('Section 3 Procedures for the Standing Committee' / 'of the Congress'), and
        # ends in none itself (an Act's arrangement, whose entries end in a point, is `_provisions`'); its
        # words may end an earlier entry's, but it repeats none
        rest = bool(entries) and not after_gap and text[:1].islower() and len(text) <= BOOK_ENTRY_MAX \
            and not re.search(r"[.,;:!?]$", text) \
            and not re.search(r"[.,;:!?]$", ENTRY_MARK.sub("", lines[entries[-1]].text).strip())
        if entries and not rest and _lists(keys, text, nxt) and (after_gap or not series or _lists(keys[:1], text, nxt)):
            # (an entry of the series twice in one unbroken run is a typo of the list's, unless it is the
            # list's first entry again: round6 xxg3)
            if len(entries) >= BOOK_ENTRIES_MIN and keys[0] != _letters(text) \
                    and (more := _subject_listed_twice(lines, keys[:2] + [_letters(text)], j, title)):
                # a record's subject under two speakers: the list runs on (r31enheads); its first line, the
                # sitting's date alone, is the record's dateline over its list (front matter), kept
                return [k for k in entries + more if k != entries[0] or not EN_DATE_LINE.match(lines[k].text)]
            return entries if len(entries) >= BOOK_ENTRIES_MIN else []
        if len(entries) >= BOOK_ENTRIES_MIN and after_gap and _series(lines[entries[0]].text, lines[entries[-1]].text) \
                and (NUMBERED_HEAD.match(nxt) or NUMBERED_LEAD.match(nxt)) and _lists(keys, nxt, "".join(following[1:2])) \
                and len(text) <= BOOK_ENTRY_MAX and not _series(lines[entries[0]].text, text):
            # a series' text begins one line higher: a masthead over the repeated entry ('THE
            # FEDERALIST.' over 'No. XLV.' + its title, round6 xxg3) is the text's, not the list's
            return entries if len(entries) >= BOOK_ENTRIES_MIN else []
        wrapped = rest or bool(entries) and _caps_continuation(ENTRY_MARK.sub("", lines[entries[-1]].text).strip(), text)
        if not wrapped and not ((NUMBERED_LEAD.match(text) or BARE_NUMBERED_CAPS.match(text))
                                and _all_caps(text) and len(text) <= BOOK_ENTRY_LONG) \
                and (not series and (len(text) > longest or len(text) > BOOK_ENTRY_MAX and text[-1] in ".:!?")
                     or text[-1] in ",;" or text[0].islower()):
            return []   # prose: not a contents list, or the text began without repeating an entry
        entries.append(j)
        # a wrapped entry's key is its whole title, beside its first line's: its last line alone may end another entry
        whole = whole + _letters(text) if wrapped else _letters(text)
        keys.append(whole)
        j += 1
    return []


# (round19en) an old book's contents in capitals wraps a long entry onto the next lines, which may
# run longer than an entry and end with its full stop ('BOOK I. OF THE CAUSES OF … PRODUCTIVE' /
# 'POWERS OF LABOUR, AND OF THE ORDER … NATURALLY' / 'DISTRIBUTED AMONG … THE PEOPLE.')
CAPS_WRAP_MIN = 8   # letters: a line of capitals, not a numeral or an initial
CAPS_WRAP_PREV = 36   # characters of the line above: a wrap fills the measure ('PART I' over 'INTERPRETATION.' is a label over a name)


def _caps_continuation(prev: str, text: str) -> bool:
    """(round19en) A line that continues a contents entry wrapped in capitals: the entry above is in
    capitals, long enough to have filled the measure (CAPS_WRAP_PREV characters or more) and does not
    end with its full stop (nor any sentence mark), and this line is in capitals
    too (CAPS_WRAP_MIN letters or more, no lower-case letter), up to BOOK_ENTRY_LONG characters. Prose
    is never set in capitals over whole lines, so a long capitals line under an unfinished capitals
    entry is the entry's end, not the text beginning. A numbered head in capitals ('CHAPTER VI. OF
    THE COMPONENT PART OF THE PRICE OF COMMODITIES.') is an entry up to that length too, its full
    stop the title's own (the caller's NUMBERED_LEAD test)."""
    return (_all_caps(text) and len(text) <= BOOK_ENTRY_LONG and len(prev) >= CAPS_WRAP_PREV
            and prev[-1] not in ".:!?" and _all_caps(prev, 1))


def _all_caps(text: str, least: int = CAPS_WRAP_MIN) -> bool:
    """Letters all in capitals, at least `least` of them."""
    letters = [ch for ch in text if ch.isalpha()]
    return len(letters) >= least and all(ch.isupper() for ch in letters)


LISTED_TWICE_STOP = re.compile(r"[.,;:!?]$")   # an entry of a record's contents ends in no sentence mark
EDITION_NOTE = re.compile(r"^\s*[(\[][^()\[\]]{2,40}[)\]]\s*$")   # a note in brackets alone on its line: `(Official Version)`


def _subject_listed_twice(lines, listed: list[str], j: int, title: frozenset[str]) -> list[int]:
    """(r31enheads; WIDENS `_book_contents`'s end) A debate record's or a periodical's contents
    lists one subject several times (`THE BUDGET` over one member's name, then again over the
    next member's), so a line repeating an entry that is not the list's FIRST entry need not be the
    listed text beginning. The list runs on from line `j` when its first entry stands again farther
    down as a line of its own and every non-blank line up to that copy reads as an entry (at most
    BOOK_ENTRY_MAX characters, no sentence mark at its end, opening in no lower-case letter); the
    title block printed again over the text (a masthead's copy, with the edition note in brackets
    over it, `(Official Version)`, EDITION_NOTE) ends it above. The lines from `j`
    to there are the list's; [] when prose comes first (a book's text began with a later chapter).
    `listed`: the first entry's key, the second's and the repeated line's; the text under that end
    must take up the second entry and the repeated one again (the sections listed), so a book of
    short lines (poems: a title, then its lines, then the first title again) is no such list.
    Example: `CONTENTS` / date / `STATEMENTS BY MEMBERS` / `THE BUDGET` / `Hon. A. B.` / … /
    `THE BUDGET` / `Ms. C. D.` / … / masthead / date / the sitting's first line."""
    first = listed[0]
    run: list[int] = []
    for k in range(j, len(lines)):
        text = ENTRY_MARK.sub("", lines[k].text).strip()
        if not text:
            continue
        key = _letters(text)
        if run and (key == first or key in title):
            below = {_letters(line.text) for line in lines[k + 1:]}
            if not all(entry in below for entry in listed[1:]):
                return []
            while run and key in title and EDITION_NOTE.match(lines[run[-1]].text):
                run.pop()   # the masthead's edition note over its copy (`(Official Version)`): the masthead's
            return run
        if len(text) > BOOK_ENTRY_MAX or LISTED_TWICE_STOP.search(text) or text[0].islower():
            return []
        run.append(k)
    return []


def _letters(text: str) -> str:
    return "".join(ch for ch in text.casefold() if ch.isalnum())


def _lists(keys: list[str], text: str, nxt: str) -> bool:
    """Does this line (or it with the next line) repeat a contents entry? Also (round6, xxg3) a
    numbered head with the first line of its title under it ('No. XLV.' / 'The Alleged Danger …')
    that stands inside an entry, which names the series and may word the title's end otherwise
    ('FEDERALIST No. XLV. The Alleged Danger … the State Governments.')."""
    own, pair = _letters(text), _letters(text + nxt)
    run = pair[:HEAD_RUN] if NUMBERED_HEAD.match(text) or NUMBERED_LEAD.match(text) else ""
    return any(key and (own == key or pair == key or (len(key) >= 8 and own.endswith(key))
                        or len(run) >= SERIES_TAIL_MIN and run in key) for key in keys)


# a paper's or chapter's numbered head line ('No. XLV.', 'Chapter 12', 'XLV.'), over its wrapped title
NUMBERED_HEAD = re.compile(r"^(?:(?:no|number|chapter|letter|paper|essay|book|part)\.?\s+)?(?:[IVXLC]{1,8}|\d{1,4})\.?$", re.I)
SERIES_TAIL_MIN = 16   # letters: a head with its title's first line, enough to name one entry
HEAD_RUN = 40          # letters of a head and its title compared: the title's end may be worded otherwise
# the same head with its title after it on the line (a Markdown export joins them: '## No. XLV.The Alleged …')
NUMBERED_LEAD = re.compile(r"^(?:no|number|chapter|letter|paper|essay|book|part)\.?\s+(?:[IVXLC]{1,8}|\d{1,4})\.(?=\s*[A-Z])", re.I)
# (round20en) a chapter's number alone before its title in capitals ('13. OF THE NATURALL CONDITION
# OF MANKIND AS CONCERNING THEIR FELICITY'): an old book's contents entry, whatever its last mark
# (its wrap may break after a comma: '35. OF … KINGDOME OF GOD, OF HOLY,' / 'SACRED, AND SACRAMENT')
BARE_NUMBERED_CAPS = re.compile(r"^\d{1,3}\.\s+[A-Z]")
SERIES_NUMBER = re.compile(r"\b(?:[IVXLC]{1,8}|\d{1,4})\b")


def _series(first: str, text: str) -> bool:
    """Entries of one series (round6, xxg3: `FEDERALIST No. I. General Introduction` …): the same
    first word and a number, so a long entry (120 characters, a full stop at its end) is the list's
    and not prose. An English book's list of numbered papers or letters reads this way."""
    a, b = first.split(), text.split()
    return bool(a and b) and a[0].casefold() == b[0].casefold() and len(a[0]) >= 3 and bool(SERIES_NUMBER.search(text))


CONTENTS_MIN_REMOVED = 3   # removed lines right after a contents label: its list, removed as links


def _removed_after(page: Page, i: int) -> int:
    """How many source lines right after line `i` (blank lines skipped) an earlier rule removed."""
    kept = {line.number: line.text for line in page.lines}
    removed = {r.line for r in page.removed if r.line not in kept}
    number, count = page.lines[i].number + 1, 0
    while number in removed or (number in kept and not kept[number].strip()):
        count += number in removed
        number += 1
    return count


LEADER_PAGE = re.compile(r"(?:[.．·…‥\s]{2,}|…)\s*(?:第\s*)?\d{1,4}\s*(?:页)?\s*$")   # '……………3', ' .... 12'


# (r42) a plan's chapter names two slogans long ('第二章 久久为功推动… 打造…世界级城市群'): an entry
# numbered as a chapter or a part, no sentence mark, up to this many characters
LONG_CHAPTER_ENTRY_MAX = 64
LONG_CHAPTER_ENTRY = re.compile(r"^\s*第[一二三四五六七八九十百零〇两\d]+(?:分编|编|章|节|部分|篇)[\s\u3000]*[^\s。；！？;!?]")


def _long_chapter_entry(text: str) -> bool:
    """(r42) A contents entry longer than CONTENTS_ENTRY_MAX: a five-year plan's or a long report's
    chapter, named by two phrases with a space between ('第二章 久久为功推动粤港澳大湾区建设 打造富有活力
    和国际竞争力的一流湾区和世界级城市群'); numbered '第N章'/'第N节'/'第N部分', no sentence mark, at most
    LONG_CHAPTER_ENTRY_MAX characters. The box's own tests (entries repeated below, or the list running
    into its first entry again) still decide."""
    s = text.strip()
    return len(s) <= LONG_CHAPTER_ENTRY_MAX and bool(LONG_CHAPTER_ENTRY.match(s)) and not re.search(r"[。；！？;!?]", s)


def _numbered_entry(text: str) -> bool:
    """'第一章基本规定', '一、总体要求', '附则': an entry naming a numbered part of the text."""
    return bool(NUMBERED_ENTRY.match(ENTRY_MARK.sub("", text)))


def _key(text: str) -> str:
    """A contents line compared with the heading it repeats: without spaces, dot leaders and page
    number, and without the Markdown marks a converted page puts before both ('- 第一章', '## 第一章')."""
    text = ENTRY_MARK.sub("", text)
    end = text.rstrip()[-1:]
    return SPACE.sub("", LEADER_PAGE.sub("", text) if end.isdigit() or end == "页" else text)


def markup_residue(page: Page) -> Page:
    """Drop what a scraper kept of the page's markup: an HTML comment block (`<!--` … `-->`,
    with the script or style inside it) and lines of literal character escapes; escapes around
    a line's text are cut (they stood for its indentation).

    Example: "<!--" "var a = 1;" "-->"; "<U+00A0><U+00A0><U+00A0>"; "<U+00A0><U+00A0>国务院总理" -> "国务院总理";
    "&nbsp;&nbsp;" (an HTML entity a scraper did not decode) likewise. A run of escapes inside
    the line's text stood for the space it printed between two words: it becomes one space.
    A Markdown image reference alone on its line with no alt text ('![](images/d54e….jpg)', a
    converter's trace of a picture the text cannot show) goes the same way.
    "国务院总理<U+00A0><U+00A0>赵紫阳" -> "国务院总理 赵紫阳"; another escaped character is itself
    ("增长<U+2022>提高" -> "增长•提高").
    """
    if not has_any(page, ("<", "&", "![")):
        return page     # every pattern below needs one: '<!--', '<U+…>', '&nbsp;', '![]('
    lines, hits, i = page.lines, [], 0
    while i < len(lines):
        if COMMENT_OPEN.match(lines[i].text):
            end = next((j for j in range(i, min(len(lines), i + COMMENT_MAX)) if COMMENT_CLOSE.search(lines[j].text)), None)
            if end is not None:
                hits.extend(range(i, end + 1))
                i = end + 1
                continue
        if lines[i].text.strip() and not ESCAPES.sub("", lines[i].text).strip() or IMAGE_LINE.match(lines[i].text):
            hits.append(i)
        i += 1
    page = page.drop(hits)
    for i, line in enumerate(page.lines):
        for match in reversed(list(ESCAPES.finditer(line.text))):
            if match.group(0).strip():
                page = page.cut(i, match.start(), match.end())
                line = page.lines[i]
        for match in reversed(list(INNER_ESCAPES.finditer(line.text))):
            page = page.cut(i, match.start(), match.end(), put=_decoded(match.group(0)))
            line = page.lines[i]
    return page


def scene_caption(page: Page) -> Page:
    """Drop a photo caption without a credit at the head: who delivers the report, as a news
    photo describes the scene (a title trap: it reads like a headline).

    Example: "省长某某作政府工作报告".
    """
    return page.drop(i for i in edge_zone(page.lines) if len(page.lines[i].text) <= 40
                     and SCENE_CAPTION.match(page.lines[i].text))


LINK = re.compile(r"<(?:(?:https?|ftp)://[^<>\s]*)?>")
BULLET = re.compile(r"^\s*[*•·▪]\s+")
SENTENCE_PUNCT = re.compile("[。，；！？,;!?]")
TEXT_MARK = re.compile("[。，；！？,;!?：:《“（]")   # a sentence, a label introducing content, an open quote
EMPTY_ANCHORS = re.compile(r"(?:\s*<>)+\s*$")
CITATION = re.compile(r"\[\d{1,3}\]")
LINK_PIECE_MAX = 12      # characters: a menu item or label between two links
# the site's name may carry its motto after a dash ('_某某网——国家经济门户', round12zh)
PAGE_TITLE = re.compile(r"^\s*(?P<title>\S.{0,40}?)\s*(?P<suffix>[_|｜]\s*\S{0,8}(百科|wiki|Wikipedia|网|[\u4e00-\u9fff]{0,4}(?:门户网站|门户網站|網站|门户网|网站))(?:——|--)?(?:(?<=——|--)\S{1,10}(?:门户|网站|平台))?"
                        r"|\s+[-–—]\s+\S{0,8}(百科|Wikipedia|wiki))\s*$", re.I)
PAGE_TITLE_SCAN = 10     # lines of text (in the copy's spacing): the browser title is printed first


def page_title(page: Page) -> Page:
    """A page dumped as text opens with its browser title ('保险单_百度百科'): the site's name is
    cut from it, and lines above it (text that is not part of the page) are dropped.

    Example: "基于…项目的数据获取部分" "保险单_百度百科" -> "保险单".
    The site's name may carry its motto after a dash ("某某报告_某某新闻网——全国新闻门户"; round12zh).
    """
    for i, line in enumerate(page.lines[:window(page.lines, PAGE_TITLE_SCAN)]):
        match = PAGE_TITLE.match(line.text)
        if match and not SENTENCE_PUNCT.search(match["title"]):
            page = page.drop(range(i))
            return page.cut(0, match.start("suffix"), len(page.lines[0].text))
    return _category_glued(page)


# (r28zhpdf) a model-text or document site's column glued to the headline with no separator, the
# headline itself on the next line: '某某年度述职报告述职报告范文大全' / '某某年度述职报告'
CATEGORY_TAIL = re.compile(r"[\u4e00-\u9fff]{0,6}(?:范文大全|范文精选|范文|大全|模板|精选|汇编|合集|文库)")


def _category_glued(page: Page) -> Page:
    """(r28zhpdf) Drop the page title that is the headline under it with the site's column glued on
    (`CATEGORY_TAIL`: `述职报告范文大全`, `工作总结模板`): the browser title over the file's own title
    line. A first line that adds any other words to the second (`（摘要）`, `解读`) stays.

    Example: "开发区年度述职报告述职报告范文大全" / "开发区年度述职报告" -> the first line goes."""
    texts = [i for i, line in enumerate(page.lines) if line.text.strip()][:2]
    if len(texts) < 2:
        return page
    first, second = (page.lines[i].text.strip() for i in texts)
    if len(second) >= 4 and first.startswith(second) and CATEGORY_TAIL.fullmatch(first[len(second):]) \
            and not SENTENCE_PUNCT.search(first):
        return page.drop([texts[0]])
    return page


# (r26zh) a collection site's year tag after its headline, a space apart, the year the headline names
# already ('2019年某县国民经济和社会发展统计公报 2019'): the site files its pages by year
YEAR_TAG = re.compile(r"(?P<gap>[ \t\u3000]+)(?P<year>(?:19|20)\d\d)\s*$")
YEAR_TAG_SCAN = 3   # lines of text from the top: the headline is the page's first


def year_tag(page: Page) -> Page:
    """(r26zh) Cut a collection site's year tag from the headline: a year alone at the end of the
    first lines of text, a space before it, that the line names already with 年 (`2019年…统计公报 2019`
    -> `2019年…统计公报`). Left there, the headline no longer reads as a whole title and the title
    block runs on into the lines under it. A year the line does not name, or a line that reads as a
    sentence, keeps its number.

    Example: "2019年某县国民经济和社会发展统计公报 2019" -> "2019年某县国民经济和社会发展统计公报";
    "某县统计公报 2022" stays."""
    for i in [k for k, line in enumerate(page.lines) if line.text.strip()][:YEAR_TAG_SCAN]:
        text = page.lines[i].text
        m = YEAR_TAG.search(text)
        if m and f"{m['year']}年" in text[:m.start()] and not SENTENCE_PUNCT.search(text):
            return page.cut(i, m.start(), len(text.rstrip()))
    return page


# (r30zhweb) a model-text or document site's note of the page's length after its headline, in brackets:
# '…的讲话 (本页约4900+字)', '…（全文约3200字）', '…【全文共5600字】', '…(约2000字)': a count of the
# characters (字), maybe approximate (约, +, 余, 多), maybe in 万; a limit on a text's length ('（限2000字）',
# '(1000字以内)') is no count and stays
LENGTH_NOTE = re.compile(r"(?P<gap>[ \t\u3000]*)[（(【\[]\s*(?:本页|本頁|全文|本文|正文)?\s*(?:约|約|共计|共計|共|总计|總計)?\s*"
                         r"[0-9０-９][0-9０-９.．,，]*\s*(?:\+|余|餘|多)?\s*(?:万|萬)?\s*(?:个|個)?字\s*[)）】\]]\s*$")


def length_note(page: Page) -> Page:
    """(r30zhweb) Cut a site's length note from the headline: a bracketed count of the page's
    characters at the end of one of the first lines of text (`LENGTH_NOTE`: `(本页约4900+字)`,
    `（全文约3200字）`). Left there, the note rides in the title and the headline no longer matches
    the text's own title line under it. A line that reads as a sentence, and a limit on a length
    (`（限2000字）`), keep their brackets.

    Example: "在某区推进会上的讲话 (本页约4900+字)" -> "在某区推进会上的讲话";
    "关于举办征文比赛的通知（限2000字）" stays."""
    for i in [k for k, line in enumerate(page.lines) if line.text.strip()][:YEAR_TAG_SCAN]:
        text = page.lines[i].text.rstrip()
        m = LENGTH_NOTE.search(text)
        if m and m.start() >= 4 and not SENTENCE_PUNCT.search(text[:m.start()]):
            return page.cut(i, m.start(), len(text))
    return page


def link_residue(page: Page) -> Page:
    """Drop lines of a page dumped as text that are only links: a menu ('新闻 <https://…> 贴吧
    <https://…>'), a navigation entry ('2.1 声明事项 <https://…#2_1>'), empty anchors (' <>  <> '),
    an edit link ('编辑 <>') — links with short labels and no sentence. A link inside running text
    ('《保险法 <https://…>》规定'), a labelled line introducing content ('…应注意：'), a citation
    ('[1]'), and a single link or URL between two lines of text (wrapped inside a paragraph) stay,
    except before the first or after the last prose line.
    Empty anchors at the end of a line of text are cut ('…的除外。  <>  <>' -> '…的除外。').

    Example: " * 百度首页 <http://www.baidu.com/> 网页 <https://www.baidu.com/> 新闻 ".
    """
    if not has_any(page, "<"):
        return page     # no link ('<…>', '<>') anywhere
    flags = [_link_line(line.text) for line in page.lines]
    edge = set(edge_zone(page.lines))
    hits = []
    for i, flag in enumerate(flags):
        near = [flags[j] for j in (i - 1, i + 1) if 0 <= j < len(flags)]
        if flag == "menu" or flag == "single" and (i in edge or any(f in ("menu", "single") for f in near)):
            hits.append(i)
    page = page.drop(hits)
    for i, line in enumerate(page.lines):
        for match in reversed(list(EMPTY_ANCHORS.finditer(line.text))):
            page = page.cut(i, match.start(), match.end())
    return page


def _link_line(text: str) -> str:
    """'menu' (links with short labels), 'single' (one URL, alone or with one short label),
    or '' (text)."""
    links = list(LINK.finditer(text))
    if not links:
        return ""
    if any(m.end() < len(text) and not text[m.end()].isspace() for m in links):
        return ""    # a link glued to the text after it was inline in a sentence
    pieces = [p.strip() for p in LINK.split(BULLET.sub("", text)) if p.strip()]
    if any(len(p) > LINK_PIECE_MAX or TEXT_MARK.search(p) or CITATION.fullmatch(p) for p in pieces):
        return ""
    urls = [m for m in links if m.group(0) != "<>"]
    return "single" if len(urls) == 1 and len(links) == 1 and len(pieces) <= 1 else "menu"


TEASER_SCAN = 20      # lines of text (in the copy's spacing): a teaser stands with the headline, before the article
TEASER_MIN = 20       # characters: shorter repeats (a short title) are left to the title rules
ELLIPSIS = re.compile(r"(…+|\.{3,}|。{0,1})\s*$")
# (r25auditzh) the summary's link to the article at its end ('…提出意见。[详细]', '…【详情】', '…阅读全文>>')
MORE_MARK = re.compile(r"\s*(?:[\[【［(（]\s*(?:详细|詳細|详情|詳情|全文|阅读全文|閱讀全文|查看全文|更多)\s*[\]】］)）]"
                       r"|(?:详细|詳細|详情|詳情|阅读全文|閱讀全文|查看全文)\s*(?:>>|》》|»|＞＞)?)\s*$")
# a portal's summary box opens with its label: '摘要:根据…', '【内容提要】…', '核心提示：…'
SUMMARY_LABEL = re.compile(r"^\s*[【\[]?\s*(?:摘\s*要|内容摘要|内容提要|提\s*要|导\s*读|核心提示)\s*[】\]]?\s*[:：]?\s*")


def teaser(page: Page) -> Page:
    """Drop a teaser: a prose line near the top that the article repeats later (a portal shows
    the headline again with the article's first sentences as a summary, often cut with '…').

    Example: "现在，我代表省人民政府，向大会报告政府工作…" above the article that opens with it;
    a labelled summary box "摘要:根据…行动计划。" repeating the first paragraph (newdocs).
    Widened (round6, xxf1): the repeat is looked for in the text under the line read as one run
    (each line without its spaces, joined), so a summary that runs several of the article's lines
    together — a title block and its first paragraph hard-wrapped over many lines — is still a
    repeat: "（某省）2020年某县政府工作报告（全文） 政 府 工 作 报 告 2020年6月22日在…" over those lines.
    """
    lines = page.lines
    hits = []
    keys = [_key(line.text) for line in lines]
    # (round22) a teaser stands over the text: once its salutation or first numbered part has come,
    # a paragraph said again later is the text's own (a notice of parallel programmes repeats its
    # eligibility paragraph under each)
    begun = next((k for k, line in enumerate(lines) if _addresses_readers(line.text) or _numbered_entry(line.text)),
                 len(lines))
    for i in range(min(window(lines, TEASER_SCAN), begun)):
        text = lines[i].text.strip()
        if not CJK.search(text):
            continue   # a Chinese portal's summary; English front matter is left to its own rules
        key = _key(ELLIPSIS.sub("", MORE_MARK.sub("", SUMMARY_LABEL.sub("", text))))
        if len(key) < TEASER_MIN:
            continue
        if is_prose(text) and key in "".join(keys[i + 1:]) \
                or len(text.split()) >= TEASER_RUN_LINES and _runs_lines_together(key, keys[i + 1:]) \
                or _cut_summary(lines, keys, i):
            hits.append(i)
    # (r26zh) the pointer to the full text stands over the text's name, before its salutation, but its
    # own sentence may read as one that addresses the readers (`begun` above): looked for in the window
    hits += [i for i in range(window(lines, TEASER_SCAN)) if i not in hits and _full_text_pointer(lines, keys, i)]
    hits += _labelled_box(lines, keys)
    return page.drop(hits + news_intro(lines))


def _labelled_box(lines, keys: list[str]) -> list[int]:
    """(r44, issue 11) A key-points box an account or a site sets over the article: its label alone on
    a line (`【核心提示】`, `【导读】`, `摘要：`: SUMMARY_LABEL and nothing after it) among the first
    TEASER_SCAN lines WITH TEXT (a rendered page leaves runs of empty lines between its boxes), and
    under it a paragraph the text says again later word for word: the label and the quote go. The
    label's own paragraph that the text does not repeat (a summary written for the box) stays."""
    filled = [k for k, line in enumerate(lines) if line.text.strip()][:TEASER_SCAN]
    hits: list[int] = []
    for n, k in enumerate(filled[:-1]):
        match = SUMMARY_LABEL.match(lines[k].text)
        if not match or lines[k].text[match.end():].strip() or not re.search(r"[】\]:：]", lines[k].text):
            continue
        under = filled[n + 1]
        if len(keys[under]) >= TEASER_MIN and is_prose(lines[under].text) and keys[under] in "".join(keys[under + 1:]):
            hits += [k, under]
    return hits


CUT_END = re.compile(r"(?:…{1,3}|\.{3,6})\s*$")   # a summary cut by the site, not a sentence's end
HEADLINE_AGAIN = 6   # non-blank lines under the summary within which the headline stands again


FULL_TEXT_POINTER = re.compile(r"(?:全文|原文|全文實錄|全文实录)[^。！？!?]{0,8}如下\s*[:：]\s*$")
POINTED_NAME_MAX = 40   # characters of the document's name under the pointer


def _full_text_pointer(lines, keys: list[str], i: int) -> bool:
    """(r26zh) A reposting site's news intro over the document: a paragraph that tells the news and
    points to the text ('…市长李某某作政府工作报告。全文如下：'), right over the document's name, which
    the headline above already carries ('…｜某市2024年政府工作报告全文来了' / … / '某市2024年政府工作报告').
    The name under it is the document's; the pointer is the site's."""
    if not FULL_TEXT_POINTER.search(lines[i].text):
        return False
    under = next((k for k in range(i + 1, len(lines)) if keys[k]), None)
    if under is None:
        return False
    name = lines[under].text.strip()
    return 4 <= len(keys[under]) <= POINTED_NAME_MAX and not SENTENCE_PUNCT.search(name) \
        and keys[under] in "".join(keys[:i])


def _cut_summary(lines, keys: list[str], i: int) -> bool:
    """(r26zh) A site's summary of the article between its headline and the headline printed again
    over the article: it opens with the headline's words, ends cut with an ellipsis ('某省物业管理
    条例经…通过，…条例共七章五十条……') and says what the article does not (so the repeat test misses
    it). The headline is the line right above it; its copy stands within HEADLINE_AGAIN lines under."""
    if not CUT_END.search(lines[i].text):
        return False
    above = next((k for k in range(i - 1, -1, -1) if keys[k]), None)
    if above is None or len(keys[above]) < 4 or not keys[i].startswith(keys[above]) or len(keys[i]) <= len(keys[above]):
        return False
    under = [k for k in range(i + 1, len(lines)) if keys[k]][:HEADLINE_AGAIN]
    return any(keys[k] == keys[above] for k in under)


INTRO_TITLE_MIN = 8     # characters of the title the intro cites in 《》: a document's name, not a word
INTRO_TITLE_LINES = 3   # lines the title under the intro may be wrapped over
INTRO_ISSUER_MAX = 20   # characters the title line may add to the cited name (the issuer: '农业农村部')
INTRO_MAX = 400         # characters: a site's intro is one short paragraph, not the document's opening run
INTRO_MARK = re.compile(r"[，。；、！？,;!?]")   # a line of the intro's sentences; a headline has none
BOOK_TITLE = re.compile(r"《([^《》]{%d,120})》" % INTRO_TITLE_MIN)
# a law's article under the paragraph ('第一條* 《…公報》', '第二条 公布'): the law's own text goes
# on, its enacting words over it are no site's intro, whatever the article's title cites (round9zh)
ARTICLE_ENTRY = re.compile(r"^\s*第[一二三四五六七八九十百零〇两\d]+(?:条|條)")


def news_intro(lines) -> list[int]:
    """The site's news intro over a document it reposts (round6, xxf6; the `teaser` kind: the site's
    summary, here of the document's news rather than its first words): a prose paragraph in the top
    window citing in 《》 the name that the title right under it carries ('3月1日，农业农村部发布《关于…
    实施意见》。《意见》指出…' over '农业农村部关于…实施意见' wrapped over two lines; '某某网讯：…《X》…'
    over '关于印发《X》的通知'). Where the line under it is the cited name alone, only the text's first
    paragraph: a notice's own sentence '《某办法》已经…审议通过，现印发你们' under its title, over the
    issued '某办法', stays. Lines are "in a row" in the copy's own spacing (`line_gap`), and where a
    copy has no blank lines at all the intro ends at a sentence's end with the title's lines next."""
    gap = line_gap(lines)
    filled = [i for i, line in enumerate(lines) if line.text.strip()]
    runs: list[list[int]] = []
    for i in filled:
        if runs and lines[i].number - lines[runs[-1][-1]].number <= gap + 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    end, seen = window(lines, TEASER_SCAN), ""
    for n, run in enumerate(runs):
        if run[0] >= end:
            break
        following = [i for later in runs[n + 1:n + 2] for i in later]
        # the intro ends inside the top window: a run that goes on past it (a text without blank
        # lines) is cut at its sentences there only, never at every sentence of the text (linear time)
        cuts = [k + 1 for k in range(len(run) - 1) if run[k] < end and _ends_sentence(lines[run[k]].text)] \
            + ([len(run)] if run[-1] < end else [])
        for cut in cuts:
            under = run[cut:] if cut < len(run) else following
            top = cut - 1   # the paragraph: its last line and the lines of sentences over it (a headline
            while top > 0 and INTRO_MARK.search(lines[run[top - 1]].text):   # over it with no blank line
                top -= 1                                                      # between is not the intro's)
            above = seen + "".join(SPACE.sub("", lines[i].text) for i in run[:top])
            hit = _cites_title_under(lines, run[top:cut], under, gap, above)
            if hit:
                return hit
        seen += "".join(SPACE.sub("", lines[i].text) for i in run)
    return []


def _cites_title_under(lines, para: list[int], under: list[int], gap: int, seen: str) -> list[int]:
    """`para` (its lines' indices) when it cites the title standing in the lines `under` it (`seen`:
    the text above it)."""
    joined = "".join(SPACE.sub("", lines[i].text) for i in para)
    if not CJK.search(joined) or not any(is_prose(lines[i].text) for i in para) or len(joined) > INTRO_MAX \
            or any(_addresses_readers(lines[i].text) for i in para) or PROMULGATES.search(joined):
        return []   # a summary is one short paragraph; a salutation opens the document itself, and
                    # '…通过，现予公布' is the announcement promulgating the text under it (round22)
    title = ""
    for k, i in enumerate(under[:INTRO_TITLE_LINES]):
        if k and lines[i].number - lines[under[k - 1]].number > gap + 1 or _ends_sentence(lines[i].text) \
                or DATE_LINE.match(lines[i].text):
            break   # the title: the next lines in a row, none ending a sentence or a date
        title += SPACE.sub("", lines[i].text)
    if not title or any(mark in title for mark in "，,；;：:") or _numbered_entry(lines[under[0]].text) \
            or ARTICLE_ENTRY.match(ENTRY_MARK.sub("", lines[under[0]].text)):
        return []   # a clause: the text goes on under the paragraph; a numbered part heads the text's own parts
    for name in BOOK_TITLE.findall(joined):
        name = SPACE.sub("", name)
        if name in title and len(title) <= len(name) + INTRO_ISSUER_MAX and (title != name or not seen):
            return list(para)
    return []


def _addresses_readers(text: str) -> bool:
    """'全校各部门、单位:', '各位代表：', '各县(市、区)人民政府,市政府各部门,…单位:': a line ending in a
    colon — a salutation or the recipients, the document's own opening (an intro's '…印发。全文如下:'
    announces what follows and is the intro's)."""
    text = text.strip()
    return text.endswith((":", "：")) and not text.endswith(("如下:", "如下："))


# a date alone on its line (a signing date, 落款): the notice's end, never a title's line
DATE_LINE = re.compile(r"^\s*(?:[\d〇○零oOＯ一二三四五六七八九十]{2,4}\s*年\s*[\d〇○零一二三四五六七八九十]{1,3}\s*月"
                       r"(?:\s*[\d〇○零一二三四五六七八九十]{1,3}\s*日)?|\d{4}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,2}"
                       # (r27zhportal) the date with its 年/月/日 lost in a portal's conversion ('2022128')
                       r"|" + LOST_MARKS_DATE.pattern + r")\s*$")


def _ends_sentence(text: str) -> bool:
    """The line ends a sentence ('。', '！', '？', '；'; an intro's '全文如下：')."""
    text = text.rstrip()
    return text[-1:] in "。！？；.!?;" or text.endswith(("如下：", "如下:"))


TEASER_RUN_LINES = 3   # lines a summary without sentence marks runs together: two are a wrapped headline


def _runs_lines_together(key: str, keys: list[str]) -> bool:
    """A line without a sentence's marks (a site's summary of the title block: headline, letter-
    spaced title, dateline, speaker run together, the pieces apart by spaces; the caller asks for
    TEASER_RUN_LINES pieces) whose words are those of TEASER_RUN_LINES or more of the lines under
    it, read as one run. A headline repeated on one line, or over a red-header block's lines (the
    office's name, the title wrapped over two: one unspaced line), is the title rules' evidence and
    stays."""
    joined = "".join(keys)
    at = joined.find(key)
    if at < 0:
        return False
    spanned, offset = 0, 0
    for k in keys:
        if offset + len(k) > at and offset < at + len(key) and k:
            spanned += 1
        offset += len(k)
    return spanned >= TEASER_RUN_LINES


EDITOR_BLURB_MAX = 160   # characters: the site's one- or two-sentence offer, not a paragraph of the text
# the site speaking to the reader about the page, not the text (unseen4): a browser hint with its
# keyboard shortcut ('设为书签Ctrl+D将本页面保存为书签，…'), or a disclaimer of a text users uploaded
# ('导语：…一文来源于网友上传，不代表本站观点…', Traditional '來源于網友上傳' / '不代表本站觀點')
SITE_HINT = re.compile(r"(?:Ctrl|CTRL|⌘|Cmd)\s*\+\s*[Dd](?![A-Za-z])|设为书签|加入书签|不代表本(?:站|网|網|平台)(?:的)?(?:观点|觀點|立场|立場)"
                       r"|(?:来源于|來源于|来自|來自)(?:网友|網友|用户|用戶|会员|會員)(?:上传|上傳|投稿|分享)"
                       r"|^\s*(?:原标题|原標題)\s*[:：]"   # a repost's note of the original headline
                       # (r44) a news app's offer over the article it reposts ('打开某某新闻APP，阅读体验更佳')
                       r"|^\s*(?:打开|打開|下载|下載)\S{0,12}?(?:APP|App|app|客户端|客戶端)\s*[，,]?\s*(?:阅读体验更佳|閱讀體驗更佳|查看更多|看更多|阅读全文|閱讀全文)?\s*$"
                       # the site's service line in its top bar (round6, xxf2): a hotline label whose number
                       # was an image ('服務專線'), and the hint to call it ('問題諮詢，請撥打以上服務專線。')
                       r"|^\s*(?:服务|服務|客服|咨询|諮詢|投诉|投訴)(?:专线|專線|热线|熱線|电话|電話)\s*[:：]?\s*$"
                       r"|(?:请|請)(?:拨打|撥打|致电|致電)\S{0,6}?(?:专线|專線|热线|熱線|客服电话|客服電話)")


ORIGINAL_HEADLINE = re.compile(r"^\s*(?:原标题|原標題)\s*[:：]\s*\S")


def editor_blurb(page: Page) -> Page:
    """Drop a content site's blurb above the text it reposts: its editor persona offering the
    reader the page ('想知道…吗？下面某某小编给大家分享…，一起看一下吧！'). It is prose, so it would
    end the head zone and stand as the text's first paragraph. Only near the top (TEASER_SCAN lines)
    and short; the same words deeper in a text stay.

    Example: "想知道1983年的时候中国政府工作报告的内容吗?下面学习啦小编给大家分享…一起看一下吧!".
    Also the site's other words to the reader there (`SITE_HINT`, unseen4): a bookmark hint with
    its shortcut, a disclaimer that users uploaded the text, (r44) a news app's offer of itself; and the
    repost's note of the original headline (`原标题：…`) among the credits under the article.
    """
    lines = page.lines
    hits = [i for i in range(window(lines, TEASER_SCAN))
            if len(lines[i].text.strip()) <= EDITOR_BLURB_MAX and CJK.search(lines[i].text)
            and (EDITOR_BLURB.search(lines[i].text) or SITE_HINT.search(_unread(lines[i].text)))]
    # (r44) the repost's note of the original headline under the article, among its credits ('原标题：…' over '来源：…')
    hits += [i for i in range(max(0, len(lines) - TEASER_SCAN), len(lines)) if i not in hits
             and len(lines[i].text.strip()) <= EDITOR_BLURB_MAX and ORIGINAL_HEADLINE.match(_unread(lines[i].text))]
    return page.drop(hits + [j for i in hits for j in wrapped_on(page, i)])   # a blurb hard-wrapped goes whole


def _unread(text: str) -> str:
    """The line without a converter's readings after characters ('原標(biāo)題' -> '原標題')."""
    return re.sub(r"[（(][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüê]{1,7}[）)]", "", text)


SHARE_CARD_SCAN = 12     # lines from the end: the card stands after the article and its footer
SHARE_CARD_TITLE_MAX = 60   # characters: the card's title is the headline, a short line


def share_card(page: Page) -> Page:
    """Drop a page's share card after the article: the summary a share button posts, printed as
    text (hidden on screen, kept by a crawler) — a prose line near the end that repeats a paragraph
    of the article word for word, with the headline just above it when the card has one.

    As prose it would end the tail zone, and hide the QR line, related list and footer above it
    from the tail rules; so it runs early, like `teaser` at the head. A closing paragraph that
    repeats nothing, and a repeat inside the article, stay. The paragraph it repeats may be
    hard-wrapped over several lines (a page printed to PDF; perturb): the earlier text is
    compared joined.
    Example: "王勇在河北检查指导…" (the headline again) then a copy of the second paragraph, last.
    """
    lines = page.lines
    hits: list[int] = []
    start = max(0, len(lines) - SHARE_CARD_SCAN)
    intro = set(news_intro(lines))   # the site's intro over the title repeats the text; the text is not a card (round6)
    first_seen: dict[str, int] | None = None   # each text's first line, built once when needed
    for i in range(start, len(lines)):
        text = lines[i].text.strip()
        if not is_prose(text) or not CJK.search(text):
            continue
        key = SPACE.sub("", text)
        if len(key) < TEASER_MIN:
            continue
        if first_seen is None:
            first_seen = {}
            for k, line in enumerate(lines):
                if k not in intro:
                    first_seen.setdefault(SPACE.sub("", line.text), k)
        if i in hits:
            continue   # the hard-wrapped rest of a card already taken
        earlier = lambda: SPACE.sub("", "".join(line.text for k, line in enumerate(lines[:i]) if k not in intro))
        if first_seen.get(key, i) >= i and key not in earlier():
            continue   # no earlier line says the same, nor earlier lines a PDF's text wrapped (perturb)
        # the card hard-wrapped over lines (robust3): its rest, when the card read whole repeats too,
        # is the card's, not prose after it
        rest = wrapped_on(page, i)
        if rest and key + "".join(SPACE.sub("", lines[k].text) for k in rest) not in earlier():
            rest = []
        if any(is_prose(line.text) for line in lines[(rest[-1] if rest else i) + 1:]):
            continue   # prose after it: the article goes on, this is a repeat inside it
        hits.append(i)
        hits.extend(rest)
        j = i - 1
        while j >= 0 and not lines[j].text.strip():
            j -= 1
        above = lines[j].text.strip() if j >= 0 else ""
        if above and len(above) <= SHARE_CARD_TITLE_MAX and not is_prose(above) \
                and any(line.text.strip() == above for line in lines[:min(j, HEAD_SCAN)]):
            hits.append(j)   # the card's title: the headline printed again
    return page.drop(hits)


HEAD_SCAN = 40   # lines: where the page's headline stands


# A location bar whose '>' marks were images, so the copy runs its items together and ends with the
# page's own item '正文' ('郑州人大人大要闻正文': site, column, 正文); and an electronic bulletin's or
# e-paper's edition line naming the page, the issue or the print date ('2:要闻总第107期 >2013-01-31编印',
# '第A3版：要闻'). Neither has a sentence mark; both stand over the headline (unseen12).
GLUED_LOCATION = re.compile(r"^[^\s。，；！？,;!?《》“”]{4,28}正文$")
EDITION_LINE = re.compile(rf"(?:总第\s*{DIGIT}+\s*期|第\s*{DIGIT}+\s*期|第\s*[A-Z]?{DIGIT}+\s*版|(?<![\w])[A-Z]?{DIGIT}+\s*版(?:\s*[:：]|$)"
                          rf"|{DIGIT}{{4}}[-./年]\s*{DIGIT}{{1,2}}[-./月]\s*{DIGIT}{{1,2}}日?\s*编印)")
LOCATION_SCAN = 3   # non-empty lines at the top of the page: a bar stands over the headline
EDITION_MAX = 40    # characters: a label line, not a sentence


def location_bar(page: Page) -> Page:
    """Drop a glued location bar ('…正文') or an edition line among the first LOCATION_SCAN lines
    of the page: the site's, not the text's. Each would otherwise be read as the title, the real
    headline under it as a section heading.

    Example: "郑州人大人大要闻正文" then the headline; "2:要闻总第107期 >2013-01-31编印" then the
    headline. A headline naming an issue in words ('…第5期培训班开班') has sentence words around
    it and stays: an edition line is short and has no 。，, and only the first lines are read.
    """
    texts = [i for i, line in enumerate(page.lines) if line.text.strip()][:LOCATION_SCAN]
    hits = []
    for i in texts:
        text = page.lines[i].text.strip()
        if GLUED_LOCATION.match(text) or len(text) <= EDITION_MAX and EDITION_LINE.search(text) \
                and not re.search("[。，；！？,;!?]", text) and not text.endswith(("班", "会", "会议")):
            hits.append(i)
    return page.drop(hits)


# the site's section and column names over a dated headline ('新聞與活動' / '總統府新聞' /
# '114年01月13日' / the headline): short labels, words only; the date in the common era or the
# Minguo era of Taiwanese sites (three-digit years) (unseen12)
SECTION_NAME = re.compile(r"^[\u4e00-\u9fff]{2,8}$")
BARE_DAY = re.compile(rf"^\s*(?:{DIGIT}{{4}}|{DIGIT}{{2,3}})\s*年\s*{DIGIT}{{1,2}}\s*月\s*{DIGIT}{{1,2}}\s*日\s*$"
                      rf"|^\s*{DIGIT}{{4}}[-/.]{DIGIT}{{1,2}}[-/.]{DIGIT}{{1,2}}\s*$")
SECTION_NAMES_MAX = 3
HEADLINE_MIN = 10   # characters: a headline is longer than a column's name


def section_names(page: Page) -> Page:
    """Drop the site's section names at the top of the page when a bare date follows them and a
    headline follows the date: one to SECTION_NAMES_MAX lines of 2-8 characters, words only. They
    would be read as the title; the date goes too when its year is in the Minguo era (three digits,
    which no date rule reads), else it stays for the title block (a press release's date).

    Example: "新聞與活動" / "總統府新聞" / "114年01月13日" / "總統接見…" -> the headline leads.
    A short title over its date and a salutation ('政府工作报告' / '2024年1月5日' / '各位代表：')
    stays: no headline follows the date.
    """
    texts = [i for i, line in enumerate(page.lines) if line.text.strip()]
    k = 0
    while k < min(SECTION_NAMES_MAX, len(texts)) and SECTION_NAME.match(page.lines[texts[k]].text.strip()):
        k += 1
    if not k or k + 1 >= len(texts) or not BARE_DAY.match(page.lines[texts[k]].text):
        return page
    headline = page.lines[texts[k + 1]].text.strip()
    if len(headline) < HEADLINE_MIN or re.search(r"[。！？；：:]$", headline):
        return page
    minguo = not re.match(rf"^\s*{DIGIT}{{4}}", page.lines[texts[k]].text)
    return page.drop(texts[:k] + ([texts[k]] if minguo else []))


# (round19zh) the site's name as a body's name: a government, an office, a bureau ('某某区人民政府')
SITE_BODY = re.compile(r"^[\u4e00-\u9fff]{2,16}(?:人民政府|政府|办公室|办公厅|委员会|局|厅|委)$")


def site_channel(page: Page) -> Page:
    """Drop the site's name and its channel over the headline: a portal prints its own name (a
    government's or a department's) and the channel the page is filed in ('政府信息公开', '政务公开')
    above the headline, one a line; the name would be read as the title (an issuer over its
    document) and the channel as a heading (round19zh).

    Only the page's first two lines with words: a body's name (SITE_BODY), then a channel name
    (vocab.CHANNEL_NAMES), then a headline of HEADLINE_MIN characters or more with no sentence mark.
    A red header's issuer over its document number, or a name over a subtitle, stays.

    Example: "某某区人民政府" / "政府信息公开" / "某某区人民政府关于印发…的通知" -> the headline leads.
    The channel alone goes too where the rules before took the site's chrome above it (a menu, a
    breadcrumb): "您的位置: 首页 >> 政务公开 >> 正文" / "政府文件" / the headline (round22).
    """
    texts = [i for i, line in enumerate(page.lines) if line.text.strip()][:3]
    if len(texts) < 3:
        return page
    first, second = (page.lines[i].text.strip() for i in texts[:2])
    if first in CHANNEL_NAMES and _headline(second) \
            and any(r.line < page.lines[texts[0]].number for r in page.removed):
        return page.drop(texts[:1])
    name, channel, headline = (page.lines[i].text.strip() for i in texts)
    if not SITE_BODY.match(name) or channel not in CHANNEL_NAMES or not _headline(headline):
        return page
    return page.drop(texts[:2])


def _headline(text: str) -> bool:
    """A headline under a channel: HEADLINE_MIN characters or more, no sentence mark."""
    return len(text) >= HEADLINE_MIN and not re.search(r"[。！？；：:!?;]", text)


# a byline under a headline: a source, time or date label, or a date (unseen13)
BYLINE_HINT = re.compile(rf"来源|發布|发布|时间|時間|日期|作者|{DIGIT}{{4}}[-/.年]\s*{DIGIT}{{1,2}}")
COLUMN_LABEL_MAX = 8   # characters: a column's name


def column_label(page: Page) -> Page:
    """Drop the column's name printed over the headline when the headline ends in it and a byline
    follows: a portal files each article in a column named for its kind ('政府工作报告', '通知公告'), and
    prints that name at the top of the article ('政府工作报告' / '2011年政府工作报告' / '来源: 发布时间:
    2011-…'). The label would be read as the title and the headline pushed down to a section
    heading (unseen13). (r41) A column named by kinds alone (KINDS_COLUMN: '通知公告', '公示公告') goes
    over any headline that ends in a kind of document, byline or not.

    Example: "政府工作报告" / "2011年政府工作报告" / "来源: 发布时间: 2011-02-14". A short title over its
    own longer form with no byline after (a title repeated in the text) stays: only the page's first
    line, words only, up to COLUMN_LABEL_MAX characters."""
    texts = [i for i, line in enumerate(page.lines) if line.text.strip()][:3]
    if len(texts) < 2:
        return page
    label, headline = (page.lines[i].text.strip() for i in texts[:2])
    byline = page.lines[texts[2]].text.strip() if len(texts) > 2 else ""
    if not SECTION_NAME.match(label) or len(label) > COLUMN_LABEL_MAX or len(headline) <= len(label) \
            or re.search(r"[。！？；：:，,]", headline):
        return page
    if KINDS_COLUMN.match(label) and DOC_KIND_WORD.search(headline):
        return page.drop([texts[0]])   # (r41) a column named by kinds alone ('通知公告') over any document's headline
    if not headline.endswith(label) or not BYLINE_HINT.search(byline):
        return page
    return page.drop([texts[0]])


# (r41) a portal's column named by two or three kinds of item and nothing else ('通知公告', '公示公告', '政策文件',
# '新闻动态'): no document's title, which names its subject; over a headline that ends in a kind of document it is
# the column's label whatever the headline and with or without a byline under it
KINDS_COLUMN = re.compile(r"^(?:通知|公告|公示|通告|文件|政策|法规|规章|解读|动态|新闻|资讯|要闻){2,3}$")


CRUMB_SPLIT = re.compile(r"\s*(?:[/>›»|｜＞]|&gt;)+\s*|\s{2,}")
CRUMB_ECHO_MAX = 12   # characters: a column's or volume's name
CRUMB_ECHO_MAX_LATIN = 60   # characters: a collection's name in words (round8en, xxt5)
HOME_CRUMBS = re.compile(r"^\s*(?:home|homepage)\s*(?:»|›|>>|>|→|(?<=\s)/(?=\s))\s*\S", re.I)   # + a spaced slash (round9en)
SITE_TRAIL = re.compile(r"^\s*(?:you are here|location|current location)\s*:.*(?:>>|›|»)", re.I)


STRANDED_MAX = 4   # characters: a category's word ('政策', '通知公告'), shorter than any document's title


def stranded_label(page: Page) -> Page:
    """Drop a category word left alone between two pieces of removed page chrome at the head: a
    policy database prints its headline, the item's category ('政策', '法规') and the item's field
    box; once the rules took the headline and the box, the word is the head's first line and would
    be read as the title or as a heading over the whole text (round8zh, xxs4).

    Only a word of 2-STRANDED_MAX ideographs, in the head zone, whose nearest lines with words
    above (or the page's start) and below were both removed, with the document's own lines after
    it; never the kind of a document ('通知', '公告', '报告': a title may be that short), never a
    word the next kept line contains (a short title over its longer form), a line a rule cut a
    site's name off (the page's title: '保险单_百度百科'), or a word standing again as a line.

    Example: (removed headline) / "政策" / (removed '发布部门:…' box) / "某某关于印发…的通知"."""
    gone = {r.line for r in page.removed if r.text.strip()}
    texts = [i for i in head_zone(page.lines) if page.lines[i].text.strip()]
    whole = [line.text.strip() for line in page.lines]
    hits = []
    for n, i in enumerate(texts[:-1]):
        word = page.lines[i].text.strip()
        if not SECTION_NAME.match(word) or len(word) > STRANDED_MAX or DOC_KIND_WORD.search(word):
            continue
        if page.lines[i].number in gone or whole.count(word) > 1:
            continue   # what a rule cut a label off ('保险单_百度百科': the page's title), or a word the text repeats
        number, after = page.lines[i].number, page.lines[texts[n + 1]].number
        above = page.lines[texts[n - 1]].number if n else 0
        if word in page.lines[texts[n + 1]].text:
            continue
        if any(above < m < number for m in gone) or not above and any(m < number for m in gone):
            if any(number < m < after for m in gone):
                hits.append(i)
    return page.drop(hits)


DOC_KIND_WORD = re.compile(r"(?:通知|公告|通告|报告|報告|意见|意見|决定|決定|办法|辦法|规定|規定|方案|规划|規劃|纲要|綱要|讲话|講話|条例|條例)$")


def crumb_echo(page: Page) -> Page:
    """Drop a line at the top of the page that repeats an item of the location trail a rule took
    off before, other than its last: the page prints the column (or a yearbook's volume) it stands
    in as a heading over the text ('当前位置:…  /  年鉴  /  2002卷  /  特载' then '2002卷'). It would be
    read as the title (unseen13). The trail's last item may be the page's own headline: it stays
    as the first line; set right under another line and indented deeper (the headline over it, no
    blank line between) it is the release's category the page prints again (round9en: 'Speech
    from the Throne' / '     Executive Council' under '… / 2019 / Executive Council').

    The last item again under the headline with the page's removed date or meta line between is
    the page's channel tag (round16zh: '首页 > 总结 > 年终总结' / headline / date / '年终总结').

    Example: the trail '首页 > 年鉴 > 2002卷 > 特载' removed, then "2002卷" / the report's title."""
    items: list[str] = []
    lasts: list[str] = []   # the trail's last item: an echo only under another line (round9en)
    for removal in page.removed:
        # a labelled trail a site's bars carry ('You are here: Site >> Databases >> Collection >> …')
        # and a trail from `Home` whichever rule took it (a printed page's top bar, round8en)
        if removal.rule == "breadcrumb" or removal.rule == "site-bars" and SITE_TRAIL.match(removal.text) \
                or HOME_CRUMBS.match(removal.text):
            parts = [" ".join(p.split()) for p in CRUMB_SPLIT.split(_unlabelled(removal.text)) if p.strip()]
            items.extend(parts[:-1])
            lasts.extend(parts[-1:])
    if not items and not lasts:
        return page
    texts = [i for i in head_zone(page.lines) if page.lines[i].text.strip()][:3]   # over the text's first prose
    # an English headline of eight words reads as prose and ends the head zone above the echo under
    # it: a Latin echo is looked for among the first three lines whatever the zone (round8en)
    texts += [i for i in [k for k, line in enumerate(page.lines) if line.text.strip()][:3]
              if i not in texts and re.search(r"[A-Za-z]{3}", page.lines[i].text)]
    first = next((k for k, line in enumerate(page.lines) if line.text.strip()), None)
    return page.drop(i for i in texts if _item_and_link(" ".join(page.lines[i].text.split()), items)
                     or len(page.lines[i].text.strip()) <= _echo_max(page.lines[i].text)
                     and (" ".join(page.lines[i].text.split()) in items
                          or i != first and " ".join(page.lines[i].text.split()) in lasts
                          and (_set_under(page.lines, i) or _under_meta(page, first, i))))


ECHO_LINK_WORDS = 3   # words of a link glued after the echoed item ('Support SAFLII', 'Donate now')
ECHO_ITEM_WORDS = 3   # words of the item, at least: a collection's name, not a one-word column a headline may open with


def _item_and_link(text: str, items: list[str]) -> bool:
    """(r33enlegal) The trail's item printed again with one of the bar's links glued after it: a legal
    information institute's database bar ('South Africa: Eastern Cape High Court, Grahamstown Support
    SAFLII' under the trail '… >> South Africa: Eastern Cape High Court, Grahamstown >> 2021 >> …'): the
    item ECHO_ITEM_WORDS words or more, the rest up to ECHO_LINK_WORDS words opening with an action
    link's verb (LINK_VERBS) or an appeal's (APPEAL_LINKS)."""
    for item in items:
        if len(item.split()) >= ECHO_ITEM_WORDS and text.startswith(item + " "):
            rest = text[len(item):].split()
            if len(rest) <= ECHO_LINK_WORDS and (rest[0] in LINK_VERBS or rest[0].casefold() in APPEAL_LINKS):
                return True
    return False


def _under_meta(page: Page, first: int | None, i: int) -> bool:
    """(round16zh) Line `i` stands under the headline (the first line) with a removed date or meta
    line between them (`_META_RULES`; a trail between them is not enough): the trail's last item printed there, on a line of its own,
    is the page's channel tag ('首页 > 总结 > 年终总结' / headline / date / '年终总结'), not a heading."""
    if first is None or i <= first:
        return False
    low, high = page.lines[first].number, page.lines[i].number
    return any(low < r.line < high and r.rule in _META_RULES and r.text.strip() for r in page.removed)


_META_RULES = frozenset({"bare-timestamp", "page-meta", "updated-at", "wire-dateline", "byline-echo"})   # a date or meta line


def _set_under(lines, i: int) -> bool:
    """The line right over line `i` (no blank line between) has words and starts left of it: `i`
    is set under that line like a subtitle ('  Speech from the Throne' / '     Executive Council')."""
    if i == 0 or not lines[i - 1].text.strip():
        return False
    indent = lambda text: len(text) - len(text.lstrip())
    return indent(lines[i].text) > indent(lines[i - 1].text)


def _unlabelled(trail: str) -> str:
    """The trail without its label ('当前位置:', 'You are here:'); a colon after the first
    separator is the headline's own ('Home » News » Get the facts: Response to …')."""
    for colon in (":", "："):
        head, sep, rest = trail.partition(colon)
        if sep and not CRUMB_SPLIT.search(head.strip()):
            return rest
    return trail


def _echo_max(text: str) -> int:
    """A column's name in characters: a Latin one is longer ('Laws of the Guangdong Province')."""
    return CRUMB_ECHO_MAX_LATIN if re.search(r"[A-Za-z]{3}", text) else CRUMB_ECHO_MAX


BULLET_MARK = re.compile(r"^\s*[•·▪●◆■]\s*")
DASHED_DATE = re.compile(rf"^[—－―─-]{{1,3}}\s*{DIGIT}{{4}}\s*年")


def bulleted_title_block(page: Page) -> Page:
    """Take the list bullets off a title block a site set as a list: the title and its dateline as
    the page's first two lines, each behind a bullet ('• 政府工作报告' / '• ——2001年2月16日在…会议上').
    The bullet made the title a list item, and the text took no title (unseen13). Only when the
    second line, without its bullet, is a dashed dateline: a list of links stays a list.

    Example: "  • 政府工作报告" / "  • ——2001年2月16日在某某会议上" -> "政府工作报告" / "——2001年…会议上"."""
    texts = [i for i, line in enumerate(page.lines) if line.text.strip()][:2]
    if len(texts) < 2 or not all(BULLET_MARK.match(page.lines[i].text) for i in texts):
        return page
    second = page.lines[texts[1]].text
    if not DASHED_DATE.match(second[BULLET_MARK.match(second).end():]):
        return page
    for i in texts:
        page = page.cut(i, 0, BULLET_MARK.match(page.lines[i].text).end())
    return page


# a picture's file name standing where the picture was (the CMS wrote it as the image's alt text,
# and a copy keeps it as a line): 'IMG_0231.JPG', '微信图片_20230118183113.jpg', '195A8859.jpg'
IMAGE_FILE = re.compile(r"^\s*[^\s/\\<>。，；！？,;!?]{1,80}\.(?:jpe?g|png|gif|bmp|webp|tiff?)\s*$", re.I)
# the placeholder word a copy prints where a photo was lost, alone on its line ('图片', '【圖片】', round14zh)
IMAGE_PLACEHOLDER = re.compile(r"^\s*[【\[（(]?\s*(?:图片|圖片|图像|圖像)\s*[】\]）)]?\s*$")


def image_file_name(page: Page) -> Page:
    """Drop a line that is only an image's file name, anywhere: it names a file, not the text's
    subject (a caption says what the picture shows; a file name is what the camera or the editor's
    upload called it). A sentence that mentions a file keeps it (spaces, punctuation) (unseen12).

    Example: "微信图片_20230118183113.jpg" and "195A8859.jpg" between a news page's paragraphs.

    Also the word a copy prints where a photo was lost, alone on its line (its alt text or the
    player's label: "图片", "【圖片】", "[图片]") (IMAGE_PLACEHOLDER, round14zh).
    """
    return page.drop(i for i, line in enumerate(page.lines)
                     if IMAGE_FILE.match(line.text) or IMAGE_PLACEHOLDER.match(line.text))


# (r49) a style sheet's rules a page copy kept as a line of text: selectors, then declarations in braces
CSS_BLOCK = re.compile(r"\{[^{}]*\}")
CSS_DECLARATION = re.compile(r"\{\s*[a-z-]{2,40}\s*:\s*[^;{}]+;?")
CSS_SELECTORS = re.compile(r"^[A-Za-z0-9_\s#.,:>+~*\[\]=\"'()@%!-]*$")


def _style_rules(text: str) -> bool:
    """A line that is only CSS: one declaration block or more (`{background:#EC4438!important;}`), nested
    in an `@media` block or not, and between them nothing but selectors and at-rules (`a.supporter:hover`,
    `@media screen and (max-width: 480px)`); no letter of a sentence's."""
    text = text.strip()
    if not text.endswith("}") or not CSS_DECLARATION.search(text):
        return False
    rest, found = CSS_BLOCK.subn(" ", text)
    while found:   # the blocks inside an '@media { … }' first, then the one around them
        rest, found = CSS_BLOCK.subn(" ", rest)
    return "{" not in rest and "}" not in rest and bool(CSS_SELECTORS.match(rest)) and bool(re.search(r"[#.:@]|^\s*[a-z]", rest))


def style_residue(page: Page) -> Page:
    """(r49) Drop a line of CSS a page copy kept as text (a style element inside the article, printed
    by a converter that keeps every text node): `a.supporter:hover {background:#EC4438!important;} @media
    screen and (max-width: 480px) { #byline-block div.byline-block {padding-right:16px;}}`. Only a line
    ending in a closing brace, holding a declaration (`property: value`), with nothing but selectors
    and at-rules outside its braces; fenced code (a listing of CSS) is verbatim and stays.

    Example: 'a.supporter:hover {background:#EC4438!important;}' goes; 'The set {1, 2, 3} has three members.' stays."""
    if not has_any(page, ("{",)):
        return page
    return page.drop(i for i, line in enumerate(page.lines) if "{" in line.text and _style_rules(line.text))
