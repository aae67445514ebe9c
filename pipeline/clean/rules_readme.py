"""HTML inside a Markdown text (a README): table rows with `<br/>`, banner blocks, language bars.

GitHub renders HTML inside Markdown, so a README mixes the two: a centred banner
(`<p align="center">` / `<a href=…><img src=… alt="npm version"></a>` / `</p>`), a language bar
(`English | [简体中文](README.zh-CN.md)`), a table whose header cells are `<img …><br/>Edge`.
As text the reader would see the tags. The html-markup rule takes markup apart at its block
tags, which is right for a page's field of HTML but wrong in two places, and misses a third:

    table_row_breaks(page)   # '| <img … alt="Edge"/><br/> Edge | …' -> '| Edge | …' (one row, not six lines)
    markup_only_lines(page)  # '<p align="center">', '<img src=… alt="Downloads" />', '</p>' -> gone
    inline_image_markup(page)  # '# Omi <a href=…><img … alt="Version"></a>' -> '# Omi'
    language_switch(page)    # '<a href="./README.md">English</a> | 简体中文' -> gone

What a reader needs stays: a tag's text content is never dropped (a line with words outside its
tags is not markup-only), an image's alt text is not body except where it is all a table cell
holds (it then stands for the picture), and a language bar is only names of languages.
"""
from __future__ import annotations

import html
import re

from .page import Page, has_any
from .rules_flattened import ANY_TAG, BLOCK_TAG, ENTITY

# a Markdown table row: starts (after ≤ 3 spaces) with '|' and has at least two more cells
TABLE_ROW = re.compile(r"^ {0,3}\|(?:[^|]*\|){2,}")
IMG_ALT = re.compile(r"""\balt\s*=\s*(?:"([^"]*)"|'([^']*)')""", re.I)
IMG_TAG = re.compile(r"<img\b[^<>]*>", re.I)
IMG_TITLE = re.compile(r"\btitle\s*=", re.I)   # a logo named by its title attribute is described too
# markup, not a tag name quoted in prose ('<p>' alone): a closing tag or a tag with attributes
MARKUP_TAG = re.compile(r"</[a-zA-Z][a-zA-Z0-9]*\s*>|<[a-zA-Z][a-zA-Z0-9]*\s+[^<>]*=[^<>]*/?>")
# a tag that is only markup ('<p align="center">', '<img … alt="x" />', '</a>'); its attributes
# may hold a stray quote ('alt="title="pcl.js"')
WHOLE_TAG = re.compile(r"<!--.*?-->|</?[a-zA-Z][a-zA-Z0-9]*\b[^<>]*/?>")

LANGUAGE_NAMES = {
    "english", "简体中文", "繁體中文", "繁体中文", "中文", "汉语", "漢語", "中文简体", "中文繁體", "正體中文",
    "chinese", "simplified chinese", "traditional chinese", "日本語", "japanese", "한국어", "korean",
    "español", "spanish", "français", "french", "deutsch", "german", "русский", "russian",
    "português", "portuguese", "português (brasil)", "italiano", "italian", "tiếng việt", "vietnamese",
    "türkçe", "turkish", "العربية", "arabic", "bahasa indonesia", "indonesian", "polski", "polish",
    "nederlands", "dutch", "українська", "ukrainian", "ไทย", "thai", "فارسی", "हिन्दी", "hindi",
    "en", "zh", "zh-cn", "zh-tw", "zh-hans", "zh-hant", "ja", "ko", "es", "fr", "de", "ru", "pt",
}
LANGUAGE_SEPARATOR = re.compile(r"\s*(?:\||｜|·|•|/|丨)\s*")
SEPARATOR_CHARS = "|｜·•/丨"   # LANGUAGE_SEPARATOR's characters
# a label before the bar: 'Languages:', 'Read this in other languages:', '使用其他语言阅读：', '語言：'
LANGUAGE_LABEL = re.compile(r"^[^|:：\[\]<>]{0,24}(?:language|语言|語言|阅读|閱讀)[^|:：\[\]<>]{0,12}[:：]\s*", re.I)
MD_LINK = re.compile(r"\[([^\]]*)\]\([^()\s]*\)")
DECORATION = re.compile(r"[*_`\s]+|[\U0001F1E6-\U0001F1FF\U0001F300-\U0001FAFF\u2600-\u27BF\uFE0F]+")
HEAD_LINES = 12        # a bar without links counts only among the first non-blank lines of the text


def table_row_breaks(page: Page) -> Page:
    """In a Markdown table row, a `<br>` (or another block tag) is a break inside a cell: it
    becomes a space, never a new line, and the row's other tags go (an `<img>` alone in its
    cell leaves its alt text, the cell's only words).

    Example: '| <img src="e.png" alt="Edge" /><br/> Edge | <img src="f.png" alt="Firefox" /><br/>Firefox |'
    -> '| Edge | Firefox |'.
    """
    for i, line in enumerate(page.lines):
        text = line.text
        if not TABLE_ROW.match(text) or not ANY_TAG.search(text) or not MARKUP_TAG.search(text):
            continue
        cells = _cell_spans(text)
        for m in reversed(list(ANY_TAG.finditer(page.lines[i].text))):
            tag, now, end = m.group(0), page.lines[i].text, m.end()
            before, after = now[m.start() - 1:m.start()].isspace(), now[end:end + 1].isspace()
            put = " " if BLOCK_TAG.fullmatch(tag) and not (before or after) else ""
            end += bool(BLOCK_TAG.fullmatch(tag)) and before and after   # "a <br/> b" -> "a b"
            if tag[1:4].lower() == "img":
                left, right = next(((a, b) for a, b in cells if a <= m.start() < b), (m.start(), m.end()))
                cell = page.lines[i].text[left + 1:right]
                if not ANY_TAG.sub("", cell).strip():
                    alt = IMG_ALT.search(tag)
                    put = (alt.group(1) or alt.group(2) or "") if alt else ""
            page = page.cut(i, m.start(), end, put=put)
        for m in reversed(list(ENTITY.finditer(page.lines[i].text))):
            page = page.cut(i, m.start(), m.end(), put=html.unescape(m.group(0)))
    return page


def _cell_spans(text: str) -> list[tuple[int, int]]:
    bars = [k for k, ch in enumerate(text) if ch == "|"]
    return list(zip(bars, bars[1:] + [len(text)]))


def markup_only_lines(page: Page) -> Page:
    """Drop a line that is only HTML tags (and spaces), one of them markup for sure (a closing
    tag, or a tag with attributes): a README banner's wrapper, link and badge lines. Their
    attributes (an image's alt text, a link's address) are not the text a reader reads.

    Example: '<p align="center">', '  <a href="https://…/LICENSE">', '    <img src="…badge…"
    alt="License: MIT">', '</p>' -> gone; '<p align="center">在浏览器运行的…</p>' stays (words).
    Only a banner's tags (BANNER_TAGS) and described or linked images: a plain text that quotes
    other markup on a line of its own ('<iframe src=…></iframe>', '<img src="file:///…">') keeps it.

    An element of a page's head left among the first lines of an export ('<meta http-equiv=…
    charset=utf-8 />', '<!DOCTYPE html>') goes too (unseen).

    A collapsible block's wrapper goes too (unseen7): '<details>' / '</details>' alone on their
    lines and the toggle's label '<summary>Show the text</summary>' (a button's caption, not the
    text), when the text both opens and closes such a block; the block's contents stay.

    And a line of one or two backticks alone (round6): an empty inline-code mark an editor left.
    """
    only_tags = [i for i, line in enumerate(page.lines)
                 if line.text.strip() and MARKUP_TAG.search(line.text) and not WHOLE_TAG.sub("", line.text).strip()]
    banner = [i for i in only_tags if _banner_markup(page.lines[i].text)]
    if banner:   # a README with a banner: its undescribed pictures (a demo GIF) are markup too
        banner = [i for i in only_tags if _banner_markup(page.lines[i].text, readme=True)]
    residue = [i for i, line in enumerate(page.lines) if BACKTICK_RESIDUE.match(line.text)]
    return page.drop(banner + _page_head_tags(page) + _disclosure_lines(page) + residue + _empty_elements(page)
                     + _empty_heading_marks(page))


# (r43) an ATX heading's marks with no words after them ('## '): a converter's empty heading paragraph
EMPTY_HEADING_MARK = re.compile(r"^\s{0,3}#{1,6}\s*$")
WORDED_HEADING_MARK = re.compile(r"^\s{0,3}#{1,6}\s+\S")


def _empty_heading_marks(page: Page) -> list[int]:
    """(r43) A Markdown export's empty heading: the marks alone on their line ('## '), left where the
    converter met an empty paragraph in a heading's style (a law database's Word file turned into
    Markdown). Conversion residue with no words; only in a text with worded ATX headings of its own,
    so a plain text's lone '#' stays."""
    empty = [i for i, line in enumerate(page.lines) if EMPTY_HEADING_MARK.match(line.text)]
    return empty if empty and any(WORDED_HEADING_MARK.match(line.text) for line in page.lines) else []


# (r35markup) an element with nothing inside, its tags nested ('<kbd id="x"><form id="x"></form></kbd>'),
# a list number before it at most ('1. <th id="x"><progress id="x"></progress></th>')
EMPTY_ELEMENTS = re.compile(r"^\s*(?:\d{1,3}[.、]\s*)?(?:<[a-zA-Z][a-zA-Z0-9]*\b[^<>]*>)+(?:</[a-zA-Z][a-zA-Z0-9]*\s*>)+\s*$")
EMPTY_ELEMENT_LINES = 3   # such lines in a text: a template's residue, not markup a text quotes once


def _empty_elements(page: Page) -> list[int]:
    """(r35markup) Lines of empty HTML elements left by a broken page template (a mirror site's
    `<strong id="afajh"><dl id="afajh"></dl></strong>` lines over its copy): nothing a reader
    reads, no address, no alt text. EMPTY_ELEMENT_LINES of them at least, so one quoted tag stays."""
    found = [i for i, line in enumerate(page.lines) if EMPTY_ELEMENTS.match(line.text)]
    return found if len(found) >= EMPTY_ELEMENT_LINES else []


# an editor's inline-code marks left with nothing between them, alone on a line ('``', round6, xxm4):
# markup residue, no text; a fence (three or more) opens a listing and is `fences.py`'s
BACKTICK_RESIDUE = re.compile(r"^\s*`{1,2}\s*$")


DISCLOSURE_TAG = re.compile(r"\s*</?details\b[^<>]*>\s*", re.I)
DISCLOSURE_LABEL = re.compile(r"\s*<summary\b[^<>]*>[^<>]*</summary>\s*", re.I)


def _disclosure_lines(page: Page) -> list[int]:
    """A `<details>` block's opening and closing tag lines and its `<summary>` label line, when
    the text has both an opening and a closing tag line (markup for sure, not a tag quoted once)."""
    tags = [i for i, line in enumerate(page.lines) if DISCLOSURE_TAG.fullmatch(line.text)]
    kinds = {page.lines[i].text.strip()[:2] == "</" for i in tags}
    if kinds != {True, False}:
        return []
    return tags + [i for i, line in enumerate(page.lines) if DISCLOSURE_LABEL.fullmatch(line.text)]


# an element of an HTML page's head ('<meta http-equiv=… charset=utf-8 />', '<!DOCTYPE html>',
# '<link rel=…>'), alone on a line: an export that kept its page's head (unseen, xu9)
HEAD_ELEMENT = re.compile(r"(?:\s*(?:<meta\b[^<>]*>|<link\b[^<>]*>|<base\b[^<>]*>|<!DOCTYPE\b[^<>]*>))+\s*", re.I)
HEAD_ELEMENT_LINES = 5   # non-blank lines at the top where a page's head may be left


def _page_head_tags(page: Page) -> list[int]:
    """The head elements an export left among the first non-blank lines; markup quoted further
    down the text stays."""
    found, seen = [], 0
    for i, line in enumerate(page.lines):
        if not line.text.strip():
            continue
        seen += 1
        if seen > HEAD_ELEMENT_LINES:
            break
        if HEAD_ELEMENT.fullmatch(line.text):
            found.append(i)
    return found


# the presentational HTML a README's banner is made of; other tags (iframe, object, link, style,
# xi:include, svg, video…) on a line of their own are markup quoted as text, which stays text
BANNER_TAGS = frozenset("p div center a img picture source span br h1 h2 h3 h4 h5 h6 b i strong em sub sup".split())
TAG_NAME = re.compile(r"<!--|</?([a-zA-Z][a-zA-Z0-9:]*)")


def _banner_markup(text: str, readme: bool = False) -> bool:
    """Every tag of the line is a README banner's, and every image in it is described (alt or
    title text) or linked: an undescribed, unlinked `<img src=…>` is not a badge or a logo a README shows —
    unless the text has shown it is a README (`readme`: another line is such a banner)."""
    names = [m.group(1).lower() for m in TAG_NAME.finditer(text) if m.group(1)]
    if not names or any(name not in BANNER_TAGS for name in names):
        return False
    if readme:
        return True
    return "a" in names or all(IMG_ALT.search(tag) or IMG_TITLE.search(tag) for tag in IMG_TAG.findall(text))


# an image tag with the link tags around it and nothing but spaces between: a badge, a logo
IMAGE_RUN = re.compile(r"(?:\s*</?a\b[^<>]*>)*\s*<img\b[^<>]*>(?:\s*</?a\b[^<>]*>)*", re.I)


def inline_image_markup(page: Page) -> Page:
    """Cut an HTML image (with the link around it) out of a line that has words besides it: a
    badge glued to a README's title, at the line's start or end, goes with its alt text (the
    picture's, not the line's); an image inside a sentence stands for a word: its alt text stays.

    Example: '# Omi <a href="https://www.npmjs.com/package/omi"><img src="…/omi.svg" alt="Version"></a>'
    -> '# Omi'. A line that is only the image is markup-only-lines' (it goes whole); a table
    row's images are table-row-breaks'. An image with no link around it and no alt text is
    neither a badge nor a picture a README describes: it stays as the text it is
    ('第4段落包含<img src="file:///etc/passwd">作为文字。', a plain text quoting markup).
    """
    for i, line in enumerate(page.lines):
        text = line.text
        if "<img" not in text.lower() or TABLE_ROW.match(text) or not WHOLE_TAG.sub("", text).strip():
            continue
        for m in reversed(list(IMAGE_RUN.finditer(text))):
            run = m.group(0)
            if run.count("<a") != run.count("</a"):   # whole links only
                continue
            edge = not text[:m.start()].strip() or not text[m.end():].strip()
            alt = IMG_ALT.search(run)
            words = (alt.group(1) or alt.group(2) or "") if alt else ""
            if not alt and "<a" not in run.lower():
                continue   # neither a badge (linked) nor a described picture: the source's text
            put = "" if edge or not words else (" " if run[:1].isspace() else "") + words
            page = page.cut(i, m.start(), m.end(), put=put)
        now = page.lines[i].text
        if now != text and now != now.rstrip():
            page = page.cut(i, len(now.rstrip()), len(now))
    return page


def language_switch(page: Page) -> Page:
    """Drop a language bar: a line of ≥ 2 language names and nothing else, between `|` (or `·`,
    `/`), linked ones (a Markdown link, an HTML anchor) to the other translations of the text.
    Not a table row. A bar with no link left (copied as plain text) counts among the text's
    first HEAD_LINES lines, where such bars stand.

    Example: '<a href="./README.md">English</a> | 简体中文'; 'English | [中文](README_zh.md)';
    '**简体中文** · [English](README.en.md) · [日本語](README.ja.md)'.
    """
    if not has_any(page, SEPARATOR_CHARS):
        return page     # no bar without a separator
    hits, seen = [], 0
    for i, line in enumerate(page.lines):
        text = line.text.strip()
        if not text:
            continue
        seen += 1
        if text.startswith("|") or not any(sep in text for sep in SEPARATOR_CHARS):
            continue   # a table row; or no separator: one item at most, no bar (and five regexes spared)
        linked = bool(MD_LINK.search(text) or re.search(r"<a\b[^<>]*>", text, re.I))
        plain = LANGUAGE_LABEL.sub("", WHOLE_TAG.sub("", MD_LINK.sub(r"\1", text)))
        items = [DECORATION.sub(" ", item).strip().lower() for item in LANGUAGE_SEPARATOR.split(plain)]
        items = [item for item in items if item]
        if len(items) >= 2 and all(item in LANGUAGE_NAMES for item in items) and (linked or seen <= HEAD_LINES):
            hits.append(i)
    return page.drop(hits)


# kramdown's comment extension and Liquid's comment tag: a block the site generator leaves out of
# the page (`{::comment}` … `{:/comment}`, `{% comment %}` … `{% endcomment %}`), each mark on a
# line of its own
COMMENT_OPEN = re.compile(r"^\s*(?:\{::comment\}|\{%-?\s*comment\s*-?%\})\s*$")
COMMENT_CLOSE = re.compile(r"^\s*(?:\{:/comment\}|\{:/\}|\{%-?\s*endcomment\s*-?%\})\s*$")
# an empty HTML anchor, a link target with no text (`<a name="sec1"></a>`, `<a id="intro"></a>`)
EMPTY_ANCHOR = re.compile(r"""<a\s+(?:name|id)\s*=\s*(?:"[^"]*"|'[^']*')\s*>\s*</a>""", re.I)


def generator_comments(page: Page) -> Page:
    """Drop a Markdown source's comment blocks and empty anchors: what the site generator renders
    as nothing (newdocs round 2, a US government guideline in kramdown).

    Example: '{::comment}' 'This publication is available free of charge from:' 'http://…' '{:/comment}'
    -> all gone, also when the block holds headings ('### Note to Reviewers'); '# <a name="sp"></a>DRAFT
    Special Publication' -> '# DRAFT Special Publication'. An opening mark with no closing one is
    left alone (a text that quotes the syntax), and so is an anchor with words inside.
    """
    hits: list[int] = []
    start = None
    for i, line in enumerate(page.lines):
        if start is None and COMMENT_OPEN.match(line.text):
            start = i
        elif start is not None and COMMENT_CLOSE.match(line.text):
            hits.extend(range(start, i + 1))
            start = None
    page = page.drop(hits)
    for i, line in enumerate(page.lines):
        for m in reversed(list(EMPTY_ANCHOR.finditer(line.text))):
            page = page.cut(i, m.start(), m.end())
    return page


# a YAML front-matter block (newdocs round 3): '---' as the text's first line, `key: value` lines,
# '---' (or '...') closing it within a few dozen lines
YAML_FENCE = re.compile(r"^---\s*$")
YAML_END = re.compile(r"^(?:---|\.\.\.)\s*$")
# (r28markdown) Hugo's TOML front matter: '+++' fences, `key = value` lines, `[table]` headers
TOML_FENCE = re.compile(r"^\+\+\+\s*$")
TOML_KEY = re.compile(r"^(?P<key>[A-Za-z_][\w-]*)\s*=\s*(?P<value>\S.*?)?\s*$|^\[{1,2}[\w.-]+\]{1,2}\s*$")
YAML_KEY = re.compile(r"^(?P<key>[A-Za-z_][\w-]*)\s*:(?:\s+(?P<value>.*?))?\s*$")
# (r43) a Chinese collector's YAML header writes its keys in Chinese ('标题: …' / '文号: …' / '发布单位: …'): a key of
# two to eight Han characters, the same metadata (a Han key before a full-width colon is a text's field line, not YAML)
YAML_HAN_KEY = re.compile(r"^(?P<key>[\u4e00-\u9fff]{2,8}(?:[\w-]{0,8}))\s*:(?:\s+(?P<value>.*?))?\s*$")
# (round7, xxi2) a bill tracker's export writes its keys as words and glues values to the colon:
# 'Download URL: https://…', 'First reading:03/07/2019', 'Presented by:YB …' — the same metadata
TRACKER_KEY = re.compile(r"^(?P<key>[A-Z][A-Za-z]*(?: [A-Za-z]+){0,3})\s*:(?P<value>(?!//)(?![^\n]*[,;]\s+[a-z])[^\n]*?)\s*$")
#   (never a clause: 'The committee met: it agreed the plan, and then …' is prose)
VALUE_LINE = re.compile(r"^(?=.{1,40}$)\S+(?: \S+){0,2}$")   # a key's value alone on the next line ('Reading:' / 'D.R.16/2019')
YAML_MORE = re.compile(r"^(?:\s+\S|-\s)")   # an indented continuation or a list item of the value above
YAML_MAX = 40   # lines: a front-matter block is a page's metadata, not a document
METADATA_COMMENT = re.compile(r"^\s*#(?:\s|$)")   # a comment line in YAML or TOML ('# date: 1899-01-19')


KEEPER_NOTE_LINES = 6   # lines of a keeper's note over a Markdown title: a short paragraph
# the keeper's own voice: the first person singular ('Emphasis my own.', 'I don't claim …')
FIRST_PERSON = re.compile(r"\b(?:I|my|me|mine|myself)\b")
H1_LINE = re.compile(r"^# \S")


def _keeper_note(lines, start: int) -> list[int]:
    """(r43en) A KEEPER'S NOTE OVER A MARKDOWN DOCUMENT'S TITLE: a repository that keeps someone else's text
    (a speech, a statement, a letter) as Markdown puts its own note above the `#` title: one short paragraph
    (KEEPER_NOTE_LINES lines at most, no mark, no link) in the keeper's first person (`Emphasis my own.  I don't
    claim …`), a blank line, then `# Statement of …`, the text's only `#` line. The note is the keeper's, not
    the document's. A paragraph with no first person, a longer one, or one under no `#` title stays."""
    end = start
    while end < len(lines) and lines[end].text.strip():
        end += 1
    block = list(range(start, end))
    title = next((k for k in range(end, len(lines)) if lines[k].text.strip()), None)
    if title is None or not H1_LINE.match(lines[title].text) or len(block) > KEEPER_NOTE_LINES \
            or sum(1 for line in lines if H1_LINE.match(line.text)) != 1:
        return []
    texts = [lines[k].text.strip() for k in block]
    if any(t[:1] in "#>*-|[!<{`=" or "](" in t or "://" in t for t in texts):
        return []
    joined = " ".join(texts)
    return block if FIRST_PERSON.search(joined) and re.search(r"[.!?]$", joined) else []


def front_matter_block(page: Page) -> Page:
    """Drop the YAML front matter a static-site or scraper export puts over a Markdown text; its
    `title:` value stays as the text's first line (newdocs round 3, a transcript saved with one).

    Example: '---' / "date: '2025-03-06'" / 'source_url: https://…' / 'title: Remarks by …' / '---'
    -> 'Remarks by …' alone. Only at the very top (blank lines aside), only when the block is
    closed within YAML_MAX lines and every line inside is a `key: value` pair, its continuation or
    a list item: a thematic break '---' over prose, or a setext underline, is left alone.
    (round7, xxi2; WIDENED) A tracker's keys may be words with the value glued to the colon
    ('Download URL: …', 'First reading:03/07/2019'), a key's value may stand alone on the next line
    ('Reading:' / 'D.R.16/2019'), and a second block may follow right under the first ('---' /
    '---'): it goes too, its title key then dropped with it (the first block's title stays).
    (r28markdown; WIDENED) Hugo's TOML front matter ('+++' / 'title = "Privacy Notice"' / '+++')
    is the same metadata; a title's template pieces go (`yaml_title`).
    (r42; WIDENED) A fetch record's plain header without fences ('Title: …' / 'Source: …' / 'URL: …' /
    'License: …' / 'Fetched-At: …', `_fetch_record`): the title's value stays, the fields go.
    """
    lines = page.lines
    start = next((i for i, line in enumerate(lines) if line.text.strip()), None)
    if start is not None and (note := _keeper_note(lines, start)):
        return page.drop(note)   # (r43en) the keeper's own note over the document's '# …' title
    if start is not None and MARKED_TITLE.match(lines[start].text) and (bold := _bold_key_block(lines, start)):
        return page.drop(bold)   # '# Title' over '**Date:** …' / '**Speakers:** …' / '---' (r31enheads)
    if start is not None and (record := _fetch_record(lines, start)):
        return page.cut(record[0], 0, len(lines[record[0]].text), put=record[1]).drop(record[2])   # (r42)
    if start is None or not (YAML_FENCE.match(lines[start].text) or TOML_FENCE.match(lines[start].text)):
        return page
    found = _yaml_block(lines, start)
    if found is None:
        return page
    hits, title, end = found
    nxt = next((i for i in range(end + 1, len(lines)) if lines[i].text.strip()), None)
    if nxt is not None and YAML_FENCE.match(lines[nxt].text) and (second := _yaml_block(lines, nxt)):
        hits += list(range(nxt, second[2] + 1))   # the next record's block, whole
    if title is not None:
        value = title[1]
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
            value = value[1:-1].replace("\\_", " ") if value[0] == '"' else value[1:-1].replace("''", "'")
        value = yaml_title(value)
        if value:
            page = page.cut(title[0], 0, len(lines[title[0]].text), put=value)
        else:
            hits = sorted(hits + [title[0]])   # the value is the template's placeholder alone: no title
    return page.drop(hits)


# (r42) a fetch record's header: a scraper or a corpus builder writes the fetched page's fields as plain
# `Key: value` lines over its text, no fences ('Title: …' / 'Source: …' / 'URL: …' / 'License: …' /
# 'Fetched-At: …'), often the page's address again alone under them
FETCH_KEY = re.compile(r"^(?P<key>[A-Z][A-Za-z]*(?:[- ][A-Za-z]+){0,2})\s*:\s+(?P<value>\S.*?)\s*$")
FETCH_FIELDS = frozenset("source url link address licence license rights fetched fetched-at fetched at retrieved retrieved-at "
                         "accessed accessed-at crawled crawled-at scraped scraped-at downloaded downloaded-at".split())
FETCH_FIELDS_MIN = 2   # provenance fields beside the title: one alone may be a document's own line
FETCH_URL = re.compile(r"^(?:https?://|www\.)\S+$")


def _fetch_record(lines, start: int) -> tuple[int, str, list[int]] | None:
    """(r42; WIDENS `front_matter_block`) A fetch record's header without fences: from the text's first
    line, `Key: value` lines up to a blank line, one of them `Title:`, FETCH_FIELDS_MIN or more of them
    provenance fields (FETCH_FIELDS: source, address, licence, fetch time), every other key one of
    those too. The title's value stays as the text's first line, the other fields go, and so does the
    page's address again alone on the first line under the header. (title line, title, dropped) or None."""
    title, fields, i = None, [], start
    while i < len(lines) and lines[i].text.strip():
        m = FETCH_KEY.match(lines[i].text.strip())
        if not m:
            return None
        key = m["key"].casefold()
        if key == "title" and title is None:
            title = (i, m["value"])
        elif key in FETCH_FIELDS:
            fields.append(i)
        else:
            return None
        i += 1
    if title is None or len(fields) < FETCH_FIELDS_MIN:
        return None
    urls = {FETCH_KEY.match(lines[k].text.strip())["value"] for k in fields}
    after = next((k for k in range(i, len(lines)) if lines[k].text.strip()), None)
    if after is not None and FETCH_URL.match(lines[after].text.strip()) and lines[after].text.strip() in urls:
        fields.append(after)
    return title[0], title[1], fields


# (r31enheads) a dataset's Markdown export writes its record's fields in bold under the record's `#` title
# and closes them with a thematic break: '# Budget Speech' / '**Date:** 1988-03-04' / '**Title:** …' / '---'
MARKED_TITLE = re.compile(r"^#\s+\S")
BOLD_KEY = re.compile(r"^\*\*[A-Z][A-Za-z]*(?: [A-Za-z]+){0,3}:\*\*(?:\s+\S.*)?$")
BOLD_KEYS_MIN = 2


def _bold_key_block(lines, title: int) -> list[int]:
    """(r31enheads; WIDENS `front_matter_block`) The fields a dataset's Markdown export writes under the
    record's `# title`: BOLD_KEYS_MIN or more `**Key:** value` lines (blank lines between), then a
    thematic break `---`, within YAML_MAX lines; the key lines and the break go (metadata, as a YAML
    block's), the `#` title stays. A bold label in the text (`**Note:** …` over prose) is no such block:
    any other line before the break, or no break, and nothing goes. [] if not."""
    keys: list[int] = []
    for i in range(title + 1, min(len(lines), title + 1 + YAML_MAX)):
        text = lines[i].text.strip()
        if not text:
            continue
        if BOLD_KEY.match(text):
            keys.append(i)
            continue
        return keys + [i] if YAML_FENCE.match(text) and len(keys) >= BOLD_KEYS_MIN else []
    return []


MARKED_LINE = re.compile(r"^#{1,6}\s+(?P<words>\S.*?)\s*#*\s*$")


def marked_copy(page: Page) -> Page:
    """(r31enheads) Drop the Markdown copies a converter writes of a line it then writes again plain:
    a dataset's export of a record turns each procedural line into a heading AND a paragraph ('## Sitting
    resumed at 3.30 pm' / '## Sitting resumed at 3.30 pm' / 'Sitting resumed at 3.30 pm'). A marked
    line whose words stand again as the next line with text, unmarked (only blank lines and marked
    copies of the same words between), is the copy: the marked lines go, the plain line stays. A
    heading over its own text (other words under it) stays.

    Example: '## [Mr Deputy Speaker in the Chair]' / '' / '[Mr Deputy Speaker in the Chair]' -> the plain line."""
    lines = page.lines
    hits: list[int] = []
    i = 0
    while i < len(lines):
        match = MARKED_LINE.match(lines[i].text.strip())
        if not match:
            i += 1
            continue
        words, marked, j = match["words"], [i], i + 1
        while j < len(lines):
            text = lines[j].text.strip()
            again = MARKED_LINE.match(text)
            if not text or again and again["words"] == words:
                marked += [j] if text else []
                j += 1
                continue
            break
        if j < len(lines) and lines[j].text.strip() == words:
            hits.extend(marked)
        i = max(j, i + 1)
    return page.drop(hits)


# (r43) a collector's note set as a Markdown block quote over the `#` title: it says where the text was taken
# from and what holds ('本文正文由脚本自…页面提取，仅供检索查阅；以[官方链接](…)发布版本为准。', a copyright note,
# 'Extracted from the official site; the official version prevails.')
QUOTE_LINE = re.compile(r"^>(?:\s|$)")
QUOTE_NOTE_WORDS = re.compile(
    r"https?://|\]\(|提取|摘录|摘自|转载|转自|来源|出处|原文|官方|链接|网址|仅供|为准|著作权|版权|收录|采集|抓取|整理"
    r"|\b(?:source|retrieved|extracted|scraped|copied|official|licen[cs]ed?|copyright|for reference)\b", re.I)
QUOTE_NOTE_MAX = 6   # lines of the note: a longer quote over the title is an epigraph or an abstract


def quoted_note(page: Page) -> Page:
    """(r43) Drop a collector's note a Markdown export sets as a block quote between its front matter
    (or the file's top) and its `#` title line: a document index or a corpus keeps the official text
    under a quoted line or two on where it was taken from and which version holds. The quote must be
    the text's first lines, QUOTE_NOTE_MAX lines at most, right over the `#` title (blank lines aside),
    and speak of the copy (QUOTE_NOTE_WORDS: a link, `提取`, `来源`, `仅供`, `为准`, `著作权`, `source`,
    `official` …). A quote under the title (a law's adoption note `> 1984年…通过`), a quote with no
    such words, or one over no `#` line stays.

    Example: '> 本文由脚本自某市官方页面提取，仅供查阅；以[官方链接](https://…)为准。' / '' / '# 关于…的通知'
    -> the title line first."""
    lines = page.lines
    start = next((i for i, line in enumerate(lines) if line.text.strip()), None)
    if start is None or not QUOTE_LINE.match(lines[start].text.strip()):
        return page
    quote, i = [], start
    while i < len(lines) and (QUOTE_LINE.match(lines[i].text.strip()) or not lines[i].text.strip()):
        quote += [i] if lines[i].text.strip() else []
        i += 1
    if len(quote) > QUOTE_NOTE_MAX or i >= len(lines) or not MARKED_TITLE.match(lines[i].text.strip()):
        return page
    if not any(QUOTE_NOTE_WORDS.search(lines[q].text) for q in quote):
        return page
    return page.drop(quote)


# (r28markdown) a site generator's template pieces left in a front-matter title: a template tag
# ('{{ site.title }}', '{% … %}'), the separator the page template puts between the page's title and
# the site's name ('Policy | Site name'), and the placeholders a page template ships with
TEMPLATE_TAG = re.compile(r"\{\{.*?\}\}|\{%.*?%\}")
TITLE_SEPARATOR = re.compile(r"(?:^|\s+)[|｜·•](?:\s+|$)")
TITLE_PLACEHOLDER = re.compile(
    r"^(?:(?:the\s+)?title\s+of\s+(?:the|this|your)\s+(?:page|post|site|document)|(?:page|post|site|document)\s+title"
    r"|(?:your|my|enter|add)\s+(?:a\s+)?(?:page\s+|post\s+)?title(?:\s+here)?|title(?:\s+here|\s+goes\s+here)?"
    r"|untitled(?:\s+(?:page|post|document))?|site\s+name|(?:your|my)\s+site(?:\s+name)?|lorem\s+ipsum.*|todo|tbd|placeholder)[.!]?$",
    re.I)


def yaml_title(value: str) -> str:
    """(r28markdown) A front matter's `title:` value without its site template's pieces: the page's
    title before the separator the template writes between it and the site's name, template tags
    out, a template's placeholder never ('GSA Open Source Software Policy | Title of the page' ->
    'GSA Open Source Software Policy'; 'Title of the page' alone -> ''). A title with no separator
    keeps every word ('Part 8 » General Provisions', 'Chapter XII - Penalties')."""
    value = " ".join(TEMPLATE_TAG.sub(" ", value).split())
    parts = [p.strip(" -–—:") for p in TITLE_SEPARATOR.split(value)]
    kept = [p for p in parts if p and not TITLE_PLACEHOLDER.match(p)]
    return kept[0] if kept else ""


def _yaml_block(lines, start: int):
    """(the block's lines but its title's, (title line, value) or None, closing line) of the
    metadata block opening at `start`, or None when it is no metadata block."""
    keys, title, end, empty_key = 0, None, None, False
    toml = bool(TOML_FENCE.match(lines[start].text))
    for i in range(start + 1, min(len(lines), start + 1 + YAML_MAX)):
        text = lines[i].text
        if (TOML_FENCE if toml else YAML_END).match(text):
            end = i
            break
        if METADATA_COMMENT.match(text):
            continue   # (r39) '# date: 1899-01-19': a key commented out, as YAML and TOML write comments
        match = TOML_KEY.match(text) if toml else YAML_KEY.match(text) or TRACKER_KEY.match(text) or YAML_HAN_KEY.match(text)
        if match:
            keys += 1
            if (match["key"] or "").casefold() == "title" and match["value"] and title is None:
                title = (i, match["value"].strip())
        elif text.strip() and not (keys and YAML_MORE.match(text)) and not (empty_key and VALUE_LINE.match(text.strip())):
            return None   # prose inside: not metadata
        empty_key = bool(match and not (match["value"] or "").strip())
    if end is None or not keys:
        return None
    return [i for i in range(start, end + 1) if title is None or i != title[0]], title, end


# (r28markdown) an AsciiDoc document header: the title line '= Title' (one '=', no closing marks), then
# under it with no blank line an author line, a revision line and attribute entries ':toc:',
# ':sectnums:', ':source-highlighter: rouge', ':!example-caption:'
ASCIIDOC_TITLE = re.compile(r"^=\s+\S(?!.*\s=\s*$).*$")
ASCIIDOC_ATTRIBUTE = re.compile(r"^:!?[A-Za-z0-9_][\w-]*!?:(?:\s+\S.*)?$")
ASCIIDOC_HEADER_MAX = 30   # lines of a document header


def asciidoc_header(page: Page) -> Page:
    """(r28markdown) Drop the attribute entries of an AsciiDoc document's header: settings for the
    processor (a contents list, section numbers, the icons), no words of the text.

    Example: '= Incident Response Plan' / ':toc:' / ':sectnums:' / '' / 'This plan …' -> the title
    line and the text stay, the two entries go. Only in the header: under a '= Title' line that
    is the text's first line, in the run of lines that follows it with no blank line (an author
    line, a revision line stay). A line like ':toc:' in the body, or in a text with no such title,
    is left alone."""
    lines = page.lines
    start = next((i for i, line in enumerate(lines) if line.text.strip()), None)
    if start is None or not ASCIIDOC_TITLE.match(lines[start].text.strip()):
        return page
    hits = []
    for i in range(start + 1, min(len(lines), start + 1 + ASCIIDOC_HEADER_MAX)):
        text = lines[i].text.strip()
        if not text:
            break
        if ASCIIDOC_ATTRIBUTE.match(text):
            hits.append(i)
    return page.drop(hits)



# (r41) a video or audio host's address: what an embedded player links to
MEDIA_HOST = re.compile(r"https?://(?:www\.|m\.)?(?:youtube\.com|youtu\.be|vimeo\.com|player\.vimeo\.com|soundcloud\.com"
                        r"|dailymotion\.com|brightcove\.net|ted\.com/talks)/", re.I)
BLOCK_OPEN = re.compile(r"^\s*<(?P<tag>div|figure|section|aside)\b[^<>]*>\s*$", re.I)
MD_LINK_LINE = re.compile(r"^\s*\[[^\]]{1,200}\]\((?P<url>[^()\s]+)\)\s*$")
HTML_LINK = re.compile(r"<a\b[^<>]*\bhref\s*=\s*[\"']?(?P<url>[^\"'\s>]+)[^<>]*>[^<>]{0,120}</a>", re.I)
EMBED_LINES = 30   # lines of a player's block at most


def media_embed(page: Page) -> Page:
    """(r41) A page's embedded video or audio player left as raw HTML in a Markdown text: a block opened
    by a `<div …>` (or `<figure>`, `<section>`, `<aside>`) line alone and closed by its own closing tag
    alone, EMBED_LINES lines at most, every line in it a tag and nothing else or a link to a video or
    audio host (MEDIA_HOST; a Markdown link `[Watch a … version](https://www.youtube.com/…)` or `<p><a
    href="…youtube…">Watch on YouTube</a></p>`), at least one such link. The player and its links go
    whole: the link's words are the player's button, not the text's. A block with any other words stays.

    Example: '<div class="show-hide">' / '[Watch this summary](http://www.youtube.com/watch?v=x)' /
    '<figure class="media-player">' / '<p><a href="http://www.youtube.com/watch?v=x">Watch on YouTube</a></p>'
    / '</figure>' / '</div>' -> all go."""
    lines = page.lines
    hits: list[int] = []
    i = 0
    while i < len(lines):
        opened = BLOCK_OPEN.match(lines[i].text)
        if not opened:
            i += 1
            continue
        tag = opened["tag"].lower()
        depth, end = 0, None
        for k in range(i, min(len(lines), i + EMBED_LINES)):
            text = lines[k].text
            depth += len(re.findall(rf"<{tag}\b", text, re.I)) - len(re.findall(rf"</{tag}\s*>", text, re.I))
            if depth <= 0:
                end = k
                break
        if end is None:
            i += 1
            continue
        media, other = 0, False
        for k in range(i, end + 1):
            text = lines[k].text.strip()
            if not text:
                continue
            link = MD_LINK_LINE.match(text) or (HTML_LINK.search(text) if not WHOLE_TAG.sub("", HTML_LINK.sub("", text)).strip() else None)
            if link and MEDIA_HOST.match(link["url"]):
                media += 1
            elif WHOLE_TAG.sub("", text).strip():
                other = True
                break
        if media and not other:
            hits.extend(range(i, end + 1))
            i = end + 1
        else:
            i += 1
    return page.drop(hits)
