"""Lines that say who published the page and when: copyright, update time, page metadata, datelines.
What they state goes to provenance before the line is dropped."""
from __future__ import annotations

import re

from .page import Page, window, wrapped_rest
from .rules_pages import printed_page
from .vocab import unglossed
from .vocab import (COUNTER_LABELS, HOLDER_END, FONT_WIDGET, WIDGET_SPLIT, WIDGET_TOKENS, COPYRIGHT, COPYRIGHT_NOISE, COUNTER_LABEL, DATE_VALUE, META_LABEL, ORIGIN_LABEL,
                    PERSON_LABELS, TIME_LABEL, UPDATED, WIRE_DATELINE)
from .zones import edge_zone, head_zone, is_prose, tail_zone

SHORT = 160   # characters: a footer line, not a paragraph
STAMP_LINES = 5   # non-blank lines at the top where an updated stamp goes whatever the head zone says
# a section heading that names the notice ('Copyright Notice', 'Full Copyright Statement'): no year, no ©
HEADING_WORDS = re.compile(r"(?:[A-Z][a-z]+\s+){0,3}Copyright(?:\s+[A-Z][a-z]+){0,3}")
# a section of the document that IS its notice ('Copyright Notice', '15.  Copying Conditions',
# 'License', 'Full Copyright Statement'): a short heading line, maybe numbered, no separators
NOTICE_HEADING = re.compile(
    r"(?:#{1,6}\s*)?(?:\d+(?:\.\d+)*\.?\s+)?(?:[A-Z][A-Za-z]*\s+){0,3}"
    r"(?:Copyright|Copying|Licen[cs]e|Licensing|Legal|Permissions?)(?:\s+[A-Z][A-Za-z]*){0,3}\s*:?")


# a template's blanks: '<year>', '<name of author>', '[yyyy]', '{year}' — a notice the text shows as
# an example for its reader to fill in (a licence's "How to Apply" section), not the page's own
PLACEHOLDER = re.compile(r"<[a-z][a-z ]{1,30}>|\[(?:yyyy|year|name[^\]]{0,30})\]|\{(?:year|name)[^}]{0,30}\}", re.I)
# what makes a line opening with the word 'Copyright' a notice: a year, ©, (c), reserved rights.
# Without one the word is a term of the text ('Copyright Holder, and derivatives of…', a licence's
# defined party wrapped to a line start) (unseen, xu8)
NOTICE_MARK = re.compile(r"\d{4}|©|\(c\)|all rights reserved|版权|\bby\s+[A-Z]", re.I)
LEADING_WORD = re.compile(r"^\s*copyright\b", re.I)
# (r28ocr) a site's or a file's notice: the sign, reserved rights, an address; a printed book's
# notice has none of them ('Copyright, 1917, by …')
WEB_NOTICE = re.compile(r"©|\(c\)|all rights reserved|https?://|www\.|\.(?:com|org|net|gov)\b|版权|版權", re.I)


def copyright_line(page: Page) -> Page:
    """Drop a short copyright line anywhere (unmistakable); its site name goes to provenance.

    Example: "Copyright © 2004-2023 Cnenc.net All Rights Reserved" -> site "Cnenc.net".

    A copyright line right under a heading that names the notice ('Copyright Notice', 'Copying
    Conditions', 'License') is that section's text, not a page footer: it stays (an RFC's
    `Copyright Notice` / `   Copyright (C) The Internet Society (2006).`).

    Nor is a notice with a template's blanks ('Copyright (C) <year>  <name of author>'): an example
    the text shows its reader (newdocs, xn2).

    Nor is a line that opens with the word but names no year, no ©, no reserved rights: a term of
    the text wrapped to a line start ('Copyright Holder, and derivatives of that collection', a
    licence's defined party; unseen).

    Nor is a line of a hard-wrapped paragraph that goes on with the sentence of the line above
    (that line ends in a comma, or this one opens in lower case after a line with no sentence
    end): 'The law grants the author a' / 'copyright in the work, and …' stays; the wrapped end
    of a dropped copyright line ('Copyright © 2023 Foo and its' / 'licensors. All rights
    reserved.') goes with it.

    Nor (r28ocr) is a scanned printed volume's own notice in its OCR text (the scanning project's
    credit, `scan-credit`, proves the scan): a line with no ©, no reserved rights and no address
    ('Copyright, 1899, by Notman, Boston' under a portrait; 'Copyright 1917' over the publisher).
    """
    hits: list[int] = []
    scanned = any(r.rule == "scan-credit" for r in page.removed)   # (r28ocr) a scanned volume's OCR text
    for i, line in enumerate(page.lines):
        if scanned and not WEB_NOTICE.search(line.text):
            continue   # (r28ocr) the printed volume's own notice ('Copyright, 1899, by Notman, Boston' under a
            #            portrait, 'Copyright 1917' / 'By P. F. Collier & Son' on the title page's back): its text
        if len(line.text) <= SHORT and COPYRIGHT.search(line.text) and "。" not in line.text.rstrip("。") \
                and not PLACEHOLDER.search(line.text) \
                and not (LEADING_WORD.match(line.text) and not NOTICE_MARK.search(line.text)) \
                and not HEADING_WORDS.fullmatch(line.text.strip()) and not _under_notice_heading(page.lines, i) \
                and not (_continues_sentence(page.lines, i) and i - 1 not in hits) \
                and not CLAUSE_C.match(line.text):
            hits.append(i)
    hits += [k for i in list(hits) for k in _split_notice_above(page.lines, i) if k not in hits]
    for i in hits:
        text = page.lines[i].text
        end = HOLDER_END.search(text)
        holder = text[:end.start()] if end and COPYRIGHT_NOISE.sub("", text[:end.start()]).strip() else text
        site = " ".join(COPYRIGHT_NOISE.sub(" ", holder).split()).strip(" .")
        page = page.note(site=site)
    return page.drop(hits)


# (r43en) the opening of a copyright notice a PDF extraction broke over lines: the word alone, or the sign
# alone as the extractor read it ('c', '(c)', '©')
NOTICE_OPENING = re.compile(r"^\s*(?:copyright|©|\(c\))\s*$", re.I)
NOTICE_PIECE = 80    # characters of a piece of such a notice over its last line
NOTICE_PIECES = 4    # pieces at most


def _split_notice_above(lines, i: int) -> list[int]:
    """(r43en) A FIRST PAGE'S COPYRIGHT FOOTNOTE BROKEN OVER LINES: a PDF-to-Markdown extraction sets a paper's
    notice one piece a line (`Copyright` / `c` / `2020, Association for the Advancement of Artificial` /
    `Intelligence (www.aaai.org). All rights reserved.`), often inside a paragraph it cuts. `copyright` takes
    the last line (the reserved rights); the lines over it go too when they run up, blank lines between, to the
    notice's opening word or sign alone (`NOTICE_OPENING`), each short (NOTICE_PIECE) and closing no sentence."""
    found: list[int] = []
    k = i - 1
    while k >= 0 and len(found) < NOTICE_PIECES:
        text = lines[k].text.strip()
        if not text:
            k -= 1
            continue
        if len(text) > NOTICE_PIECE or SENTENCE_END.search(text):
            return []
        found.append(k)
        if NOTICE_OPENING.match(text):
            return found
        k -= 1
    return []


# (r28acts) a clause lettered (c) whose mark an editor's autocorrect made '©' ('© a prison service; or',
# '1. © there is in force …' under '(a)' and '(b)'): the sign, maybe after a list number, then the clause's
# words in small letters, no year and no reserved rights — the text, never a copyright line
CLAUSE_C = re.compile(r"^\s*(?:\d{1,3}\.\s+)?©\s+(?!copyright\b|all\b)[a-z][a-z]*\b(?!.*\b(?:1[89]|20)\d\d\b)(?!.*rights\s+reserved)")
CLAUSE_END = re.compile(r"[，、；,;]$")
SENTENCE_END = re.compile(r"[.!?:。！？：][\"'”’)）]*$")


def _continues_sentence(lines, i: int) -> bool:
    """Line i goes on with the sentence of the line just above it (no blank line between): that
    line ends in a comma or semicolon, or it ends no sentence and line i opens in lower case."""
    if i == 0:
        return False
    above, text = lines[i - 1].text.strip(), lines[i].text.strip()
    if not above or not text:
        return False
    return bool(CLAUSE_END.search(above)) or (text[0].islower() and not SENTENCE_END.search(above))


NOTICE_REACH = 12    # lines: how far above a copyright line its section's heading may stand


def _under_notice_heading(lines, i: int) -> bool:
    """Line i lies in a section headed by a notice's name (see NOTICE_HEADING): walking up at most
    NOTICE_REACH lines, the notice heading (with a blank line or the text's start above it, so not
    a footer's link list 'Legal Notice' / 'Privacy' / '© 2023 …') comes before any other
    standalone short line (another section's heading). A wrapped notice ('Copyright (c) 2018 IETF Trust and the persons
    identified as the' / 'document authors.  All rights reserved.') and a second paragraph of it
    ('Copyright 2026 A. Author') stay with it."""
    for k in range(i - 1, max(-1, i - 1 - NOTICE_REACH), -1):
        text = lines[k].text.strip()
        if not text:
            continue
        if NOTICE_HEADING.fullmatch(text):
            return k == 0 or not lines[k - 1].text.strip()   # a heading opens a block; a footer's link list does not
        if _standalone_short(lines, k):
            return False
    return False


def _standalone_short(lines, k: int) -> bool:
    """A short line with no sentence end, blank (or nothing) above and below: a heading's shape."""
    text = lines[k].text.strip()
    blank = lambda j: j < 0 or j >= len(lines) or not lines[j].text.strip()
    return len(text) <= 60 and not re.search(r"[.!?;:。！？；：]$", text) and blank(k - 1) and blank(k + 1)


def updated_at(page: Page) -> Page:
    """Drop an 'updated at' line at the head or tail; its time goes to provenance.

    Example: "更新时间:2024/12/23 16:47:16" -> updated "2024/12/23 16:47:16".
    """
    hits = []
    # an English headline counts as prose by its words and ends the head zone, yet the page's
    # updated stamp stands right under it: the first lines count too when the value holds a digit
    # ('Updated: 2008-03-19 10:39' under 'Report on … [Full Text]'; unseen9)
    first = [i for i, line in enumerate(page.lines) if line.text.strip()][:STAMP_LINES]
    stamped = [i for i in first if (m := UPDATED.match(page.lines[i].text)) and any(c.isdigit() for c in m["value"])]
    # a page printed by a browser: its top bar went (printed-top-bar), and the date line under the
    # headline is the article's own, as a bare date there is (round8en); a stamp in the foot still goes
    head = set(first) if printed_page(page) else set()
    for i in sorted((set(edge_zone(page.lines)) | set(stamped)) - head):
        m = len(page.lines[i].text) <= SHORT and UPDATED.match(page.lines[i].text)
        if m:
            page = page.note(updated=m["value"])
            hits.append(i)
    return page.drop(hits)


def page_meta(page: Page) -> Page:
    """Drop page metadata at the head or tail: 发表时间/来源/作者/阅读量 labels with their values,
    on one line or with the value alone on the next line, in brackets ('（来源：某某日报）') or after
    the site's name, address and date; times and outlets go to provenance.

    Example: "发表时间：" + "2026-02-09 09:45:30" -> published; "来源：" + "宁夏日报客户端" -> origin.
    Inside the text too, a line that is only such labels, two or more, one of them a dated time
    ("发布时间：2021年09月29日 18:23 来源：新华社 编辑：徐瑶"): the byline of an item a digest page
    reprints under its own headline, in the middle of the page (unseen2). It is dropped, not
    recorded: the page's own byline is the one at the head. A byline a PDF copy hard-wrapped takes
    its wrapped rest with it (`page.wrapped_rest`, wrap round).
    """
    hits: set[int] = set()
    edges = set(edge_zone(page.lines))
    for i, line in enumerate(page.lines):
        text = line.text
        if i in edges or len(text) > SHORT or "。" in text:
            continue
        labels = list(META_LABEL.finditer(text))
        if len(labels) >= 2 and _byline_prefix(text[:labels[0].start()]) and any(
                TIME_LABEL.match(m["label"]) and DATE_VALUE.match(text[m.end():].strip()) for m in labels):
            hits.add(i)
    for i in edges:
        text = unglossed(page.lines[i].text)   # a converter's pinyin glosses inside the labels ('發(fā)布日期:', round8zh)
        labels = list(META_LABEL.finditer(text)) if len(text) <= SHORT else []
        if i in hits or not labels or not _byline_prefix(text[:labels[0].start()]) \
                or len(text) > SHORT or "。" in text:
            continue
        hits.add(i)
        for k, m in enumerate(labels):
            end = labels[k + 1].start() if k + 1 < len(labels) else len(text)
            value = text[m.end():end].strip().rstrip("）)】]").strip()
            if not value and k == len(labels) - 1 and i + 1 < len(page.lines):
                value = _value_line(m["label"], page.lines[i + 1].text)
                if value:
                    hits.add(i + 1)
            page = _record(page, m["label"], value)
    # a byline a PDF copy hard-wrapped goes whole: its rest on the next line ('…点击： 载入' / '中...')
    # is the byline's, not the text's (wrap round); only where the byline filled the copy's measure
    hits |= {j for i in sorted(hits) if i in edges for j in wrapped_rest(page, i)}
    return page.drop(hits | _links_after_editor(page, hits))


PERSON_LABEL = re.compile(rf"^\s*(?:{PERSON_LABELS})\s*[:：]")
LINK_MAX = 40   # characters: a related article's title, not a paragraph


def _links_after_editor(page: Page, hits: set[int]) -> set[int]:
    """The lines after the page's editor line at the tail ('录入者:… 责任编辑:…'), to the end, when
    every one is short and ends no sentence: the related articles the template lists under the
    text without a label (newdocs round 2, xn15). One line that reads as text keeps them all."""
    tail = set(tail_zone(page.lines))
    editor = max((i for i in hits if i in tail and PERSON_LABEL.match(page.lines[i].text)), default=None)
    if editor is None:
        return set()
    rest = [i for i in range(editor + 1, len(page.lines)) if page.lines[i].text.strip()]
    if not rest or any(len(page.lines[i].text.strip()) > LINK_MAX or SENTENCE_END_MARK.search(page.lines[i].text)
                       for i in rest):
        return set()
    return set(rest)


SENTENCE_END_MARK = re.compile(r"[。！？!?；;]\s*$")


BYLINE_PREFIX = re.compile(r"^[\s（(【\[*•·▪]*$|(www\.|https?://|\.(cn|com|org|net)\b|网站|门户|网|\d{4}\s*[-年/.])")


# after a font switch's label, its sizes and the bar's other buttons, each short and in brackets
# ('【大 中 小】 【打印】 【页面调色板 】'): a button's word need not be known, its bracket shows it
FONT_BAR_REST = re.compile(r"^[:：]?\s*(?:[【\[][^【】\[\]。，；！？]{1,8}[】\]]\s*)+$")


# (bracketbar) the page's buttons before its byline, each a short word in 【】 ('【投稿】【收藏】 作者：…'):
# two or more, so one bracketed tag ('【要闻】') is not taken for a bar; the words need not be known
BUTTON_ROW = re.compile(r"^(?:【[^【】。，；！？：:]{1,6}】\s*){2,}$")


def _byline_prefix(prefix: str) -> bool:
    """What may stand before a byline's first label: nothing, an opening bracket ('（来源：…）'),
    or the site's name, address and date ('中央政府门户网站　www.gov.cn　2006年02月16日　来源：…'),
    or the page's buttons ('【我要纠错】 责任编辑：…'), known ones or two or more short words in 【】."""
    stripped = prefix.strip()
    if not stripped or not stripped.strip("（(【[*•·▪◦‣-– "):   # a bullet, a Markdown dash too (round6, xxk6)
        return True
    if stripped.startswith("【") and all(t in WIDGET_TOKENS for t in WIDGET_SPLIT.split(stripped) if t):
        return True
    if (switch := FONT_WIDGET.match(stripped)) and FONT_BAR_REST.match(switch["rest"]):
        return True   # '设置字体大小:【大 中 小】 【打印】 【页面调色板 】': a font switch and its buttons (lead, stop 28)
    if BUTTON_ROW.match(stripped):
        return True   # '【投稿】【收藏】 作者：…': two or more buttons, each a short word in 【】 (bracketbar)
    return len(stripped) <= 60 and not any(p in stripped for p in "。，；！？") and bool(BYLINE_PREFIX.search(stripped))


def _value_line(label: str, text: str) -> str:
    """The next line when it is the label's value: a date for a time, digits for a counter,
    a short phrase for an outlet or a person; '' otherwise."""
    value = text.strip()
    if not value or len(value) > 40 or META_LABEL.match(value) or is_prose(value) or value[-1] in ":：":
        return ""   # (wrap round) a line ending in a colon is a label of its own ('• 发文机构:' under an
        #             empty '• 来源:' when a copy drops the blank lines of a bulleted box), never a value
    if TIME_LABEL.match(label):
        return value if DATE_VALUE.match(value) else ""
    if COUNTER_LABEL.match(label):
        return value if value.replace(",", "").isdigit() else ""
    if DOCUMENT_HEADLINE.search(value):
        return ""   # the document's own headline under an empty source label (round8zh, xxs1)
    return value if not any(p in value for p in "。，；！？【】[]") else ""


# A document's headline, never an outlet's or a person's name: a quoted document name, '关于…',
# or the kind of document at its end ('…的通知'). A portal's byline may END with an empty label
# ('发布日期:2017年03月13日 信息来源:'): the line under it is then the headline, not the value (round8zh)
DOCUMENT_HEADLINE = re.compile(r"[《》]|(?:关于|關於|关於|關于)\S{2,}"
                               r"|的(?:通知|决定|決定|意见|意見|通报|通報|批复|批復|公告|通告|办法|辦法|规定|規定|方案|报告|報告)$")


# a button on the byline's line after its last value ('时间:2013-01-31 01:05   [收藏] [打印] [关闭]'): the
# value ends there (round22)
VALUE_END = re.compile(r"\s*[\[【|｜].*$")


# a counter whose number a script never wrote, without its colon ('阅读 次', '浏览 次'): it ends an outlet's value
EMPTY_COUNTER = re.compile(rf"\s+(?:{COUNTER_LABELS})\s*[0-9０-９]*\s*次.*$")


def _record(page: Page, label: str, value: str) -> Page:
    if TIME_LABEL.match(label):   # '时间: 某某916 分享' (a user name and a share button) dates nothing
        value = VALUE_END.sub("", value)
        return page.note(published=value) if DATE_VALUE.match(value.strip()) else page
    if ORIGIN_LABEL.match(label):   # '来源: 某某日报 阅读 次 【小 中 大】': the outlet ends before a counter or a button
        return page.note(origin=EMPTY_COUNTER.sub("", VALUE_END.sub("", value)).strip())
    return page


def wire_dateline(page: Page) -> Page:
    """Drop a news agency's dateline at the head; outlet and date go to provenance.

    Example: "新华社北京２００９年３月１４日电" -> origin "新华社", published "２００９年３月１４日".
    A titled dispatch ("中新社北京三月五日电题：某某五年") keeps its title on the line (unseen4).
    """
    for i in head_zone(page.lines):
        m = WIRE_DATELINE.match(READINGS.sub("", page.lines[i].text))
        if m:
            return page.note(origin=m["outlet"], published=m["date"]).drop([i])
    for i in range(window(page.lines, WIRE_TITLED_SCAN)):
        m = WIRE_TITLED.match(page.lines[i].text)
        if m:   # '中新社北京三月五日电题:八十分钟浓缩…': a titled dispatch; the title stays, alone (unseen4)
            return page.note(origin=m["outlet"]).cut(i, 0, m.start("title"))
    return page


# a converter's Mandarin readings after characters ('網(wǎng)'): the dateline is read without them (unseen4)
READINGS = re.compile(r"[（(][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüê]{1,7}[）)]")
# A titled dispatch: the agency's dateline, then '题：' and the dispatch's title on the same line (a
# feature or commentary wire; the date in Chinese numerals as the wire writes it)
WIRE_TITLED = re.compile(r"^\s*(?P<outlet>[\u4e00-\u9fff]{1,8}?(?:通讯社|社))[\u4e00-\u9fff]{0,6}?"
                         r"(?:\d{1,4}年)?[\d一二三四五六七八九十〇零]{1,3}月[\d一二三四五六七八九十]{1,3}日\s*(?:电|電)\s*"
                         r"(?:题|題)\s*[:：]\s*(?P<title>[^\s。，；！？,;!?][^。；！？;!?]{1,40})\s*$")
WIRE_TITLED_SCAN = 40   # lines of text (in the copy's spacing): a reposted dispatch's dateline stands under a forum's or page's header


# A label naming an address, then the address alone: a database's or a reposting site's note of where
# the text was taken from ('Original URL: http://…'), or a download link whose target the copy lost
# ('下载地址: 点击此处下载'). Either is the site's, at the head or the tail (unseen6, xy2, xy5).
ADDRESS_LINE = re.compile(
    r"^\s*(?:(?:original|source|page)\s+(?:url|link|address)|permalink|url|原文链接|原文地址|原文网址|本文链接|本文地址"
    r"|文章链接|文章地址|来源网址|来源链接|转载地址|网页地址)\s*[:：]\s*(?:https?://|www\.)\S+\s*$"
    r"|^\s*(?:下载地址|下载链接|附件下载|文件下载)\s*[:：]\s*(?:点击此处下载|点击下载|点此下载|立即下载|下载)\s*$", re.I)


def address_line(page: Page) -> Page:
    """Drop a line that only labels an address at the head or tail: where a database or a repost
    took the text from, or a download link without its target. It is no part of the text; in the
    head it would glue to the title block (a hard-wrapped copy joins the lines around it).

    Example: "Original URL: http://lib.example.cn/bin/mse.exe?K=d1&A=11" under a report's title;
    "下载地址: 点击此处下载" under a law site's byline. A sentence that gives an address stays.
    """
    return page.drop([i for i in edge_zone(page.lines) if ADDRESS_LINE.match(page.lines[i].text)])


# A normative document's registration code standing alone ('HHCR-2023-01005', 'HNPR-2023-01001',
# 'ZJSP01-2023-0001'): the province's register files the text under it; a portal prints it over the
# 文号 without its label (统一登记号) (unseen6, xy4).
REGISTER_CODE = re.compile(r"^\s*[A-Z]{2,6}\d{0,2}-(?:19|20)\d{2}-\d{3,8}\s*$")
# (r44) a law database's citation code, the key its record is filed under, with its label or alone
# ('【法宝引证码】 CLI.12.4792728', '法宝引证码：CLI.1.328519', 'CLI.12.4792728'): the database's, not the text's
CITATION_CODE = re.compile(r"^\s*(?:[【\[［]?\s*(?:北大)?(?:法宝)?引证码\s*[】\]］]?\s*[:：]?\s*)?"
                           r"CLI\.\d{1,3}\.\d{3,10}(?:\([A-Z]{2}\))?\s*$"
                           r"|^\s*[【\[［]\s*(?:北大)?(?:法宝)?引证码\s*[】\]］]\s*[:：]?\s*[A-Za-z0-9][A-Za-z0-9.\-/()]{3,30}\s*$")


def register_code(page: Page) -> Page:
    """Drop a registration code alone on a line in the head zone: it files the document, it is no
    part of its text, and alone it would stay a paragraph over the title block.

    Example: "HHCR-2023-01005" between a portal's byline and "某政办发〔2023〕9号".

    (r44, issue 11; WIDENED) A law database's citation code over its text export files the record the
    same way (CITATION_CODE): `【法宝引证码】 CLI.12.4792728` over `原文链接：…` and the title. Alone it
    stayed over the title as the cover. A sentence citing a code, or any other bracketed field
    (`【发布日期】…`, the record's box: meta_box), stays.
    """
    return page.drop([i for i in head_zone(page.lines)
                      if REGISTER_CODE.match(page.lines[i].text) or CITATION_CODE.match(page.lines[i].text)])


# -- a disclosure table's values without their labels (round20zh) ---------------------------------
# a disclosure page's index number ('113715250043286799/2017-26749960', '014742224A/2023-0043406')
INDEX_NUMBER = re.compile(r"^\s*[0-9A-Z]{8,20}\s*[/-]\s*(?:19|20)\d{2}\s*-\s*\d{3,10}\s*$")
DOC_NUMBER_LINE = re.compile(r"^\s*\S{1,16}[〔\[［(（](?:19|20)\d{2}[〕\]］)）]\s*第?\s*\d{1,4}\s*号\s*$")
VALUE_BOX_TOP = 3       # non-blank lines from the top where the index number opens the box
VALUE_BOX_MAX = 12      # lines: a table's values, not a text
VALUE_ECHO = 3          # non-blank lines under the box where the document prints its number again


def value_box(page: Page) -> Page:
    """(round20zh) Drop a disclosure page's catalogue table whose labels the copy lost, the values
    one a line: it opens with the index number alone (`113715250043286799/2017-26749960`) among the
    first VALUE_BOX_TOP lines and closes with the document number (`冠政办发〔2017〕83号`) within
    VALUE_BOX_MAX lines, every line between short (≤ 60 characters, no `。`: the issuer, the topic,
    dates, the headline, `有效`); and the document itself follows, printing that number again within
    VALUE_ECHO lines under the box (the headline, then the number). Without the number's echo below,
    or with a sentence inside, the lines stay: labelled boxes are `meta-box`'s.

    Example: '0123456789/2020-00012' / '某某县政府' / '2020-05-06' / '关于…的通知' / '有效' /
    '某政办发〔2020〕5号' over '关于…的通知' / '某政办发〔2020〕5号' -> the first six go.
    """
    lines = page.lines
    filled = [i for i, line in enumerate(lines) if line.text.strip()]
    for n, i in enumerate(filled[:VALUE_BOX_TOP]):
        if not INDEX_NUMBER.match(lines[i].text):
            continue
        box = filled[n:n + VALUE_BOX_MAX]
        for m, k in enumerate(box):
            text = lines[k].text.strip()
            if len(text) > 60 or "。" in text:
                break
            if m and DOC_NUMBER_LINE.match(text):
                after = filled[n + m + 1:n + m + 1 + VALUE_ECHO]
                if any(lines[a].text.strip() == text for a in after):
                    return page.drop(box[:m + 1])
        break
    return page


BARE_COUNT = re.compile(r"^\s*\d[\d,]{2,11}\s*$")   # '4874268': a visit counter's number without its label


def bare_counter(page: Page) -> Page:
    """Drop a number standing alone on the line right under the page's byline: the visit counter
    whose label the page drew as an icon, so the copy keeps only its digits. Left in, it glues the
    headline above to the first paragraph (a line without an end mark between them). Only where
    the nearest line above it (blank lines aside) went as page metadata (unseen8: a congress portal's
    '发布时间:…  字体大小:[大][中][小]' over '4874268').

    Example: "发布时间：2018-11-12 17:25" / "4874268" / "…已经两次审议。" -> the number goes.
    """
    meta = {r.line for r in page.removed if r.rule == "page-meta"}
    gone = {r.line for r in page.removed if r.text.strip()}
    hits = []
    for i in head_zone(page.lines):
        line = page.lines[i]
        if not BARE_COUNT.match(line.text):
            continue
        above = [l.number for l in page.lines[:i] if l.text.strip()] + [n for n in gone if n < line.number]
        if above and max(above) in meta:
            hits.append(i)
    return page.drop(hits)


# a full date: year, month, day in any of the usual spellings ('2022年12月06日', '2022-12-6')
FULL_DATE = re.compile(r"(\d{4})\s*[-/年.．]\s*(\d{1,2})\s*[-/月.．]\s*(\d{1,2})\s*日?")


def _day(text: str) -> tuple[int, ...] | None:
    match = FULL_DATE.search(text)
    return tuple(int(g) for g in match.groups()) if match else None


def byline_echo(page: Page) -> Page:
    """Drop a line at the head that only repeats the byline's source and date, unlabelled: a portal
    prints the issuer and the date again under its labelled byline (round12zh). Only when the byline
    went as page metadata and named both; the name must be the recorded source exactly, the date the
    recorded day, and nothing else may stand on the line.

    Example: "时间:2021年03月02日来源:某某市发展改革委" ... "某某市发展改革委 2021年03月02日" -> it goes.
    """
    origin, day = page.provenance.origin.strip(), _day(page.provenance.published or "")
    if not origin or not day or not any(r.rule == "page-meta" for r in page.removed):
        return page
    hits = []
    for i in head_zone(page.lines):
        text = page.lines[i].text.strip()
        match = FULL_DATE.search(text)
        if not match or _day(text) != day:
            continue
        rest = (text[:match.start()] + " " + text[match.end():]).strip()
        if rest == origin:
            hits.append(i)
    return page.drop(hits)
