"""Text whose line structure a scraper or a database field flattened: paragraphs glued onto one
line, and HTML markup kept as text.

A page saved into one field keeps each paragraph's indent but loses the line break before it
('…开幕。  　　春暖大地，…'); a field holding the page's HTML keeps the tags ('<p style=…>同志们：</p>
<h2>一、…</h2>'). Left so, a whole article is one paragraph, or the reader sees the markup. The
line breaks are put back where the markup or the indent says a paragraph began; the tags go.

    glued_paragraphs(page)   # '…。  　　…' -> two lines
    html_markup(page)        # '<p>同志们：</p><h2>一、…</h2>' -> '同志们：' / '一、…'
"""
from __future__ import annotations

import html
import re

from .page import Page

# a paragraph's indent (two U+3000) after a sentence's end, or after a gap of spaces: a lost break
INDENT_BREAK = re.compile(r"(?:(?<=[。！？!?”」』；])[ \t]*|[ \t]{2,})\u3000\u3000(?=\S)")
BLOCK_TAG = re.compile(r"</?(?:p|div|h[1-6]|li|ul|ol|br|tr|table|section|article|blockquote)\b[^<>]{0,300}/?>", re.I)
ANY_TAG = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]*\b[^<>]{0,300}/?>")
ENTITY = re.compile(r"&(?:[a-zA-Z]{2,8}|#\d{1,6}|#x[0-9a-fA-F]{1,6});")
TAGS_MIN = 2           # tags on a line before it is taken for markup ('a<b' or one '<br>' is text)


def glued_paragraphs(page: Page) -> Page:
    """Break a line where a paragraph's indent follows a sentence end or a gap of spaces.

    Example: "…在人民大会堂开幕。  　　春暖大地，万物勃发。" -> "…在人民大会堂开幕。" + "春暖大地，万物勃发。".
    """
    for i in range(len(page.lines) - 1, -1, -1):
        text = page.lines[i].text
        cuts = [m for m in INDENT_BREAK.finditer(text) if text[:m.start()].strip()]
        for m in reversed(cuts):
            page = page.cut(i, m.start(), m.end())
            page = page.split(i, m.start())
    return page


def html_markup(page: Page) -> Page:
    """A line carrying HTML markup (≥ 2 tags, one of them a block tag): a line per block, tags and
    character entities gone (each tag recorded as removed).

    Example: '<p style="text-indent:2em">同志们：</p><h2>一、2024年工作成效</h2>' -> "同志们：" + "一、2024年工作成效".
    """
    for i in range(len(page.lines) - 1, -1, -1):
        text = page.lines[i].text
        if len(ANY_TAG.findall(text)) < TAGS_MIN or not BLOCK_TAG.search(text):
            continue
        for m in reversed(list(ANY_TAG.finditer(text))):
            page = page.cut(i, m.start(), m.end(), put="\n" if BLOCK_TAG.fullmatch(m.group(0)) else "")
        for m in reversed(list(ENTITY.finditer(page.lines[i].text))):
            page = page.cut(i, m.start(), m.end(), put=html.unescape(m.group(0)))
        while "\n" in page.lines[i].text:
            at = page.lines[i].text.rfind("\n")
            page = page.split(i, at)
            page = page.cut(i + 1, 0, 1)
    return page
