"""More portal furniture: bare timestamps, article pagers, link buttons, and a contents box.

Portal pages print pieces of their template as lines of their own: the publication time with no
label (`2026-02-03 09:02:33`), the previous/next-article pager (`上一篇：…`), a link button
framed by arrow marks (`》》点击图片进入专题《《`), and, on legal texts and encyclopedia pages,
a contents box (`目　　录` and the headings listed again). None of these is the document.
"""
from __future__ import annotations

import re

from .page import Page
from .vocab import DIGIT
from .zones import edge_zone

TIMESTAMP = re.compile(
    rf"^\s*{DIGIT}{{4}}\s*[-/.年]\s*{DIGIT}{{1,2}}\s*[-/.月]\s*{DIGIT}{{1,2}}\s*日?"
    rf"(\s+{DIGIT}{{1,2}}[:：]{DIGIT}{{2}}([:：]{DIGIT}{{2}})?)?\s*$")
PAGER = re.compile(r"^\s*[【\[]?\s*(上一篇|下一篇|上一条|下一条|上一页|下一页|上篇|下篇|previous|next)\s*[】\]]?\s*[:：]", re.I)
LINK_BUTTON = re.compile(r"^\s*(》》|>>|»|>)\s*\S.{0,30}?\s*(《《|<<|«|<)\s*$")
CONTENTS_LABEL = re.compile(r"^\s*(目\s*录|contents|table of contents)\s*[:：]?\s*$", re.I)
CONTENTS_ENTRY_MAX = 40       # characters: a contents line is a heading, not prose
CONTENTS_SCAN = 80            # lines: a contents box stands near the top, after any preface note
SPACE = re.compile(r"[\s\u3000\xa0]+")


def bare_timestamp(page: Page) -> Page:
    """Drop a line that is only a date and time at the head or tail (a portal's publication time
    printed without its label). Unlabelled, it is not known to be the publication date, so it
    does not go to provenance.

    Example: "2026-02-03 09:02:33".
    """
    return page.drop(i for i in edge_zone(page.lines) if TIMESTAMP.match(page.lines[i].text))


def pager(page: Page) -> Page:
    """Drop a previous/next-article pager line at the head or tail.

    Example: "上一篇：关于印发…的通知", "下一篇：…".
    """
    return page.drop(i for i in edge_zone(page.lines)
                     if len(page.lines[i].text) <= 120 and PAGER.match(page.lines[i].text))


def link_button(page: Page) -> Page:
    """Drop a link button framed by arrow marks at the head or tail.

    Example: "》》点击图片进入专题《《".
    """
    return page.drop(i for i in edge_zone(page.lines) if LINK_BUTTON.match(page.lines[i].text))


def contents_box(page: Page) -> Page:
    """Drop a contents box: a '目录' label and the short lines after it that the text repeats
    later as headings (a site's or an editor's navigation, regenerated from the real headings).

    Example: "目　　录" "序　言" "第一章　总纲" … when "第一章　总纲" stands again below.
    """
    lines = page.lines
    for i in range(min(len(lines), CONTENTS_SCAN)):
        if not CONTENTS_LABEL.match(lines[i].text):
            continue
        j, entries = i + 1, []
        while j < len(lines) and (not lines[j].text.strip() and not entries or
                                  0 < len(lines[j].text.strip()) <= CONTENTS_ENTRY_MAX):
            if lines[j].text.strip():
                entries.append(j)
            j += 1
        later = {_key(line.text) for line in lines[j:]}
        repeated = [k for k in entries if _key(lines[k].text) in later]
        if entries and len(repeated) * 2 > len(entries):
            return page.drop([i] + entries)
    return page


def _key(text: str) -> str:
    return SPACE.sub("", text)
