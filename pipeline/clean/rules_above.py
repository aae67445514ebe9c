"""above-title: a web page's chrome kept ABOVE the document's own title (issue #11, r25above).

WHY: a page copied off a site carries its banner, the site's name, a government bar, menu
remnants and an office line above the document's title ('Republic of Palau · Official Website of
the Government' / 'Republic of Palau' / 'Office of the President · Ministry of Justice' / a menu /
'Home / Laws / …' / the Act's name). The rules remove what they know by form (the menu, the trail);
the lines they do not know stay, and print over the title as its cover. Line evidence alone cannot
tell such a line from a title block's (a site's name and an issuer's look alike: the learned
edge-chrome model found that), but POSITION can: a line that stands above the site chrome the
cleaner already removed, itself above the document's own title, is in the page's chrome band; the
document begins below that band.

WHAT: the title is read as the structure stage reads it (pipeline.structure.analyse, on the top
of the page); only when it is SURE (a title line read, not a heading, a file name or the text's
naming words; not a division page, its title naming a division ('… - Title 34', 'Chapter 3'); within TITLE_REACH kept lines of the top; the title
ranker, if it moved the title, by a clear margin). Then each kept line above it goes when
- a line the web-chrome rules removed (WEB_CHROME) stands between it and the title, and
- no front-matter rule claims it (`claimed`: a date, a document number, an order, a red header,
  a dateline, a speaker or byline, a session or bill line, a label row, a note in brackets, a kind
  word; any digit at all), and
- the line is no paragraph (a sentence mark at its end, or prose that is not a separator-joined bar);
and nothing is taken when a paragraph stands between the removed chrome and the title (the title
read is then more likely wrong than the lines chrome).
The decision's confidence is the rule table's (pipeline/confidence.py: 0.7, by position).

Not: a line under the last removed chrome line (the document's own front matter stands there:
a kicker, a document number, a statute's citation); a page with no web chrome removed above the
title (a printed cover, a bill's cover page, a 公文 with its red header).
"""
from __future__ import annotations

import re

from . import vocab as v
from .page import Page
from .zones import CJK, is_prose

RULE = "above-title"
TITLE_REACH = 24        # kept lines with words above the title at most: a page's top, not a later part
PREFIX_LINES = 200      # kept lines the title is read from (the top of the page; bounded cost)
RANKED_MIN = 0.6        # the title ranker's probability when it moved the title
# rules that remove a web page's own chrome (menus, bars, trails, widgets, site names): their
# removal above the title marks the band of the page that is the site's, not the document's
WEB_CHROME = frozenset("""widget en-chrome site-bars catalogue-run ad-box cms-chrome breadcrumb nav-menu site-name
page-header menu-tree-header title-band portal-top portal-widgets section-menu printed-menu printed-footer site-steward notice-label search-prompt font-size-widget share-link link-list
location-bar section-names site-channel masthead-over-trail archive-banner reader-chrome site-tag spaced-trail
mobile-link link-button crumb-echo stranded-label taxonomy-label more-link meta-box language-switch
markup-residue link-residue page-title forum-chrome blog-widgets pager split-pager related-box site-dialog
image-buttons share-stats preview-labels filter-widget item-pager site-search-label viewer-chrome headline-trail""".split())
SENTENCE_END = re.compile(r"[。！？.!?；;]\s*[”\"’')）]?$")
DIGIT = re.compile(r"[0-9０-９]|[〇○零一二三四五六七八九十百]+\s*[年月日号號]|第\s*\S{1,8}\s*[号號条條章节節]")
LABEL_ROW = re.compile(r"^\s*[^\s:：]{1,12}\s*[:：]\s*\S")   # '索引号：…', 'Category: …'
SALUTATION = re.compile(r"[:：]\s*$")
BYLINE = re.compile(r"^\s*(?:by|from|posted|published|updated|author|written)\b|来源|來源|作者|发布|發布|编辑|編輯|记者|記者", re.I)
KIND_WORD = re.compile(r"(?:公告|通告|通知|决定|決定|意见|意見|命令|令|报告|報告|文件|条例|條例|办法|辦法|规定|規定|决议|決議)$"
                       r"|^(?:an?\s+)?(?:act|bill|report|ordinance|order|decree|proclamation|notice|resolution|regulations?|"
                       r"statute|draft|minutes|memorandum|annex|appendix|schedule)\.?$", re.I)
OPENER = re.compile(r"关于|關於|印发|印發|转发|轉發|批转|批轉|^在.{2,40}上$|^——|^—|^--")
COLUMN_GAP = re.compile(r"\S {3,}\S")
# a division's label in the title ('… - Title 34', 'Chapter 3 …', '第二章 …'): the page of one division of a
# code or a statute, whose lines above name the whole text (its jurisdiction, the code's name)
DIVISION = re.compile(r"\b(?:title|chapter|part|division|article|section|book|schedule|subtitle)\s+(?:\d+|[IVXLC]+)\b"
                      r"|第\s*[\d一二三四五六七八九十百零〇]+\s*[编編章节節条條]", re.I)
BAR = re.compile(r"\s[·•|｜/>»›]\s")   # a bar's items joined by separators: words, not a sentence


def paragraph(text: str) -> bool:
    """A sentence or a paragraph: ends in a sentence mark, or reads as prose and is not a separator-joined bar."""
    s = text.strip()
    return bool(SENTENCE_END.search(s)) or is_prose(s) and not BAR.search(s)


def claimed(text: str) -> str:
    """The front-matter rule that claims the line above a title ('' when none does): the
    document's own lines over its title, never the site's."""
    from ..structure import front, signals as sg   # lazily: the structure stage builds on the cleaner
    s = text.strip()
    if not s:
        return "blank"
    checks = (
        ("digit", lambda: DIGIT.search(s)),                                  # dates, numbers, sessions, page numbers
        ("document number", lambda: sg.DOC_NUMBER.match(s) or sg.DOC_NUMBER_DAMAGED.match(s)),
        ("order", lambda: front.ORDER.match(s) or front.ORDER_HEAD.match(s)),
        ("red header", lambda: v.RED_HEADER.match(s)),
        ("dateline", lambda: front.DATELINE.match(s) or OPENER.search(s)),
        ("speaker", lambda: front.speaker_line(s)),
        ("byline", lambda: BYLINE.search(s)),
        ("label row", lambda: LABEL_ROW.match(s) or front.MEETING_LABEL.match(s)),
        ("salutation", lambda: SALUTATION.search(s)),
        ("note", lambda: front.NOTE.match(s) or front.PAREN_LINE.match(s) or front.BRACKETED.match(s)),
        ("kind", lambda: KIND_WORD.search(s)),
        ("bill", lambda: front.BILL_KIND.match(s) or front.BILL_SESSION.match(s) or front.BILL_COVER.search(s)),
        ("columns", lambda: COLUMN_GAP.search(s) and not CJK.search(s)),   # a printed header's two columns (a CJK menu is letter-spaced)
        ("marked", lambda: s.startswith(("#", "=", "*", "_"))),
        ("sentence", lambda: paragraph(s)),
    )
    return next((name for name, hit in checks if hit()), "")   # lazily: the first claim decides


def _sure_title_line(page: Page) -> int:
    """The source line of the title the structure stage reads from the page's top, when sure; else 0."""
    from ..model import Cleaned, Provenance
    from ..structure import analyse, signals as sg
    from ..structure.language import detect_language
    from . import normalise_line
    kept = page.lines[:PREFIX_LINES]
    lines = tuple(normalise_line(line.text) for line in kept)
    if not any(t.strip() for t in lines):
        return 0
    cleaned = Cleaned(lines=lines, line_numbers=tuple(line.number for line in kept), removed=page.removed,
                      normalised=(), provenance=page.provenance or Provenance())
    language = detect_language(lines)
    try:
        blocks, head, body, headings = analyse(cleaned, language)
    except Exception:   # a prefix the structure reader cannot read: nothing is decided here
        return 0
    if not head.title or not head.title_blocks or head.skipped:
        return 0
    ranked = getattr(head, "ranked", ())
    if ranked and ranked[1] < RANKED_MIN:
        return 0
    first = head.title_blocks[0]
    if sg.numbering(first.text.strip()) or DIVISION.search(head.title):
        return 0      # a division page ('Chapter 3 …', '… - Title 34', '第一章'): a part of a text, not its top
    return first.line


def above_title(page: Page) -> Page:
    """Drop the kept lines of the page's chrome band above a sure title (module docstring).

    Example: 'Republic of X · Official Website' / 'Republic of X' / 'Office of the President · Ministry'
    kept over a menu the rules removed ('Home' / 'News' / 'Contact') over the Act's title: the three
    lines go; a document number or a date in their place stays.
    """
    webbed = sorted(r.line for r in page.removed if r.rule in WEB_CHROME and r.text.strip())
    if not webbed:
        return page
    texts = [i for i, line in enumerate(page.lines[:TITLE_REACH * 3]) if line.text.strip()][:TITLE_REACH + 1]
    if not texts:
        return page
    top = [r for r in webbed if r < page.lines[texts[-1]].number]   # the chrome removed within the page's top
    if not top or not any(page.lines[i].number < top[-1] and not claimed(page.lines[i].text) for i in texts):
        return page   # no unclaimed line kept above the last chrome the rules removed: no title read needed
    title_line = _sure_title_line(page)
    if not title_line:
        return page
    above = [i for i in texts if page.lines[i].number < title_line]
    if not above or len(above) > TITLE_REACH:
        return page
    band = [r for r in webbed if r < title_line]
    if not band:
        return page
    if any(paragraph(page.lines[i].text) for i in above if page.lines[i].number > band[-1]):
        return page   # a paragraph between the chrome and the title: the title read is more likely wrong
    take = [i for i in above if page.lines[i].number < band[-1] and not claimed(page.lines[i].text)]
    return page.drop(take) if take else page
