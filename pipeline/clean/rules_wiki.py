"""A wiki page dumped as text (html2text and the like): the site's chrome around the article.

Such a dump writes every heading as a decorated line ('***** History[edit] *****'), and the
site's own boxes with the same decoration but without the edit link ('***** Navigation menu
*****', '**** Personal tools ****'). The article is what sits between the page's access
lines and the first undecorated-by-edit box after the last edit-linked heading; inside it, the
contents box, hatnotes ('Main article: …'), navboxes and category lines are the site's.
The rules act only on a page that shows the wiki's marks (two edit-linked headings, or the
'From Wikipedia' line), never on other text. The forms a later skin leaves with no decoration
(a mojibake language list, the audio widget, wrapped CSS and footer, hatnotes) are found by
their shape in `rules_wiki_late`.

    wiki_chrome(page)
"""
from __future__ import annotations

import re

from .page import Page, worded_span, wrapped_on
from .rules_wiki_late import SENTENCE_CHROME, hatnotes, language_list, late_chrome

U = r"[ _]"   # html2text writes link text with underscores for spaces
EDIT_HEADING = re.compile(r"^\s*[*=#]{2,}\s*.+?\[\s*(?:edit|编辑)\s*\]\s*[*=#]*\s*$", re.I)
DECORATED = re.compile(r"^\s*(?P<mark>[*=]{2,})\s*(?P<text>.+?)\s*(?P=mark)\s*$")
ACCESS = re.compile(
    rf"^\s*(?:[*•-]\s+)?(?:From{U}Wikipedia,?{U}the{U}free{U}encyclopedia|Jump{U}to:?{U}(?:navigation|search)"
    rf"(?:,?{U}*(?:Jump{U}to{U})?search)?|\(Redirected{U}from{U}.*\)|Retrieved{U}from{U}.*|"
    rf"(?:This{U}article|This{U}section).*(?:needs{U}additional{U}citations|verification).*|"
    rf"Coordinates:.*|Listen{U}to{U}this{U}article.*|\[?(?:hide|show)\]?|"
    rf"Revision{U}as{U}of{U}\d{{1,2}}:\d\d,.*|\(diff\){U}*←{U}*Older{U}revision.*|"   # (r27encyc) an old revision's bar
    rf"Toggle{U}(?:the{U})?table{U}of{U}contents|Toggle{U}.{{1,60}}{U}subsection|"   # (r27encyc) the 2022 skin's contents toggles
    rf"(?:Main|Further){U}(?:article|articles|information)s?:.*|See{U}also:.*|For{U}other{U}uses,?{U}see.*|"
    rf"Categories?:.*|Hidden{U}categories:.*|This{U}page{U}was{U}last{U}edited.*|"
    rf"Text{U}is{U}available{U}under{U}the.*|.*Wikimedia{U}Commons{U}has{U}media.*|"
    rf"Look{U}up{U}\S+{U}in{U}Wiktionary.*|(?:Wiki\w+|Wikimedia{U}Commons){U}has{U}.*|"
    rf".*Problems{U}playing{U}th(?:is|ese){U}files?.*|\S*\s*\(help\s*·\s*info\))\s*$", re.I)
# a pronunciation's audio link inside the article's text ('Echo (listen) is …'): cut, the line stays
INLINE_AUDIO = re.compile(r"\s*\((?:help\s*·\s*info|listen|info)\)")
CSS = re.compile(r"^\s*[.#@]?[\w-]+[^{}]*\{[^{}]*:[^{}]*\}")   # leaked style rules '.mw-parser-output …{…}'
# (r44, issue 11) html2text of a MediaWiki page into Markdown marks the boxes as headings ('##### Views',
# '##### Personal tools'): a Markdown heading mark (`#` to `######` and a space) is their decoration too
MD_MARK = r"#{1,6}\s+"
SITE_BOX = re.compile(
    rf"^\s*(?:[*=]{{2,}}\s*|{MD_MARK})?(?:Navigation{U}menu|Personal{U}tools|Namespaces|Variants|Views|Navigation|Not{U}logged{U}in|"
    rf"Interaction|Contribute|Tools|Print/export|In{U}other{U}projects|Languages)\s*(?:[*=]{{2,}})?\s*$", re.I)
# the contents box's title, bare or decorated like the page's boxes ('***** Contents *****')
CONTENTS = re.compile(rf"^\s*(?:(?P<mark>[*=]{{2,}})\s*|{MD_MARK})?Contents(?:\s*\[(?:hide|show)\])?\s*(?(mark)(?P=mark))\s*$", re.I)
CATEGORY_BOX = re.compile(rf"^\s*(?:Hidden{U})?Categories?:\s*$", re.I)      # 'Categories:' over its list
LIST_ITEM = re.compile(r"^\s+[*•o+-]\s+\S")
TOC_ITEM = re.compile(r"^\s*(?:[*•◦▪o+-]\s*)?\d+(?:\.\d+)*[ _]\S")
NAVBOX_MARK = re.compile(r"^\s*(?:[*•]\s*)?v\s*[·•|]?\s*t\s*[·•|]?\s*e\s*$")
BULLET_LETTER = re.compile(r"^\s*(?:[*•]\s*)?([vte])\s*$")


def _navbox_mark(texts: list[str], i: int) -> int:
    """Lines the navbox mark at `i` takes: 'v t e' on one line, or 'v', 't', 'e' on three lines in a
    row (a lone 'v' or 'e' is a variable in the article's maths), else 0."""
    if NAVBOX_MARK.match(texts[i]):
        return 1
    if not BULLET_LETTER.match(texts[i]):
        return 0
    letters = [BULLET_LETTER.match(t) for t in texts[i:i + 3]]
    return 3 if len(letters) == 3 and all(letters) and "".join(m[1] for m in letters) == "vte" else 0


# (r27encyc) a MediaWiki site's tagline under the page title: 'From {site name}' (the software's
# default, which Wikipedia's forks, mirrors and other wikis keep: 'From New World Encyclopedia',
# 'From Citizendium', 'From RationalWiki', 'From the Example Wiki'), the name capitalised, with no
# sentence after it, optionally ', the free …' / ': the …' (the site's motto)
# (r31enheads) the name may open in lower case when a capital follows inside it, as a camel-cased brand does
# ('dKosopedia', 'wikiHow'); 'From here to eternity' has none
# (r44, issue 11) a Markdown conversion marks it as a heading ('### From FIRSTwiki': MD_MARK)
SITE_TAGLINE = re.compile(rf"^\s*(?:{MD_MARK})?From(?:\s+the)?(?P<name>\s+(?:[A-Z][\w'’.-]*|[a-z][a-z'’.-]*[A-Z][\w'’.-]*)(?:\s+(?:(?:of|the|and|for|on|in|to)\s+)?[A-Z][\w'’.-]*){{0,5}})"
                          r"(?P<motto>[,:]\s+the\s+[\w\s-]{1,50})?\s*$")
# a wiki's name says so ('…pedia', '…wiki', 'Encyclopedia', 'Citizendium'): enough alone
WIKI_NAME = re.compile(r"wiki|pedia\b|encyclop(?:a|ae|æ)?edia|dium\b|knowledge\s+core", re.I)
# other marks of a wiki page in its text: a hatnote, an access line, an edit link, a footer line
WIKI_MARK = re.compile(rf"^\s*(?:(?:Main|Further){U}(?:articles?|information):\s*\S|Jump{U}to:?{U}(?:navigation|search)|"
                       rf"\(Redirected{U}from{U}|Retrieved{U}from{U}|Categories?:\s*\S|Revision{U}as{U}of{U}|.*\[\s*edit\s*\]\s*$)", re.I)
TAGLINE_SCAN = 4   # non-blank lines from the top: the page title, the tagline (a banner or the site's name over them)


def site_tagline(texts: list[str]) -> int | None:
    """(r27encyc) Index of a MediaWiki site's 'From {site}' tagline among the first TAGLINE_SCAN non-blank
    lines, under the page title: its name says it is a wiki or an encyclopedia (WIKI_NAME), or the page
    carries another wiki mark (WIKI_MARK: a 'Main article:' hatnote, an access line, an edit link). A
    subtitle 'From Here to Eternity' (lower-case words) or 'From the Archives' on a plain page stays."""
    seen = 0
    for i, text in enumerate(texts):
        if not text.strip():
            continue
        seen += 1
        if seen > TAGLINE_SCAN:
            return None
        match = SITE_TAGLINE.match(text)
        if seen > 1 and match and (WIKI_NAME.search(match["name"]) or match["motto"]
                                   or any(WIKI_MARK.match(t) for k, t in enumerate(texts) if k != i)):
            return i
    return None


# (r27encyc) the edit link a copy keeps glued after an undecorated section heading ('History[edit]',
# 'Early life [ edit ]', 'Plot[edit | edit source]'): the heading's words, then the link, nothing after
EDIT_TAIL = re.compile(r"(?<=\S)\s*\[\s*(?:edit(?:\s*\|\s*edit\s+source)?|edit\s+source|编辑|編輯)\s*\]\s*$", re.I)
EDIT_TAIL_MAX = 100   # characters of a heading with its link: a paragraph ending so is a quotation's
EDIT_TAILS_MIN = 2    # such headings on the page: a wiki's sections, not one line quoting the link


# (s28) an older MediaWiki (before 2007) and its mirrors print the link BEFORE the heading: '[edit] History'
EDIT_LEAD = re.compile(r"^\s*\[\s*(?:edit|编辑|編輯)\s*\]\s*(?=[A-Z\u4e00-\u9fff])", re.I)


def _edit_link(text: str) -> re.Match | None:
    """The edit link of an undecorated section heading, after its words (EDIT_TAIL) or before them
    (EDIT_LEAD, s28): a short line, no sentence's end mark at the heading's end."""
    if len(text.strip()) > EDIT_TAIL_MAX:
        return None
    if (m := EDIT_TAIL.search(text)) and not re.search(r"[.!?;:,]$", text[:m.start()].rstrip()):
        return m
    if (m := EDIT_LEAD.match(text)) and not re.search(r"[.!?;:,]$", text.rstrip()):
        return m
    return None


def _edit_tails(texts: list[str]) -> list[int]:
    """(r27encyc) Lines that are an undecorated section heading with its edit link (`_edit_link`)."""
    return [i for i, t in enumerate(texts) if _edit_link(t)]


# (r27encyc) a hatnote pointing to another article, alone on its line: 'Main article: Scroll',
# 'Further information: Lamp', 'See also: Street light' (a sentence 'See also the …' has no colon)
POINTER_HATNOTE = re.compile(rf"^\s*(?:(?:Main|Further){U}(?:articles?|information)|See{U}also|Further{U}reading{U}on):\s+\S.{{0,150}}$", re.I)
HEAD_SHAPE_WORDS = 10   # words of a section heading over such a hatnote
HATNOTES_MIN = 2        # hatnotes under headings: a page of an encyclopedia that points elsewhere


def _pointer_hatnotes(texts: list[str]) -> int:
    """(r27encyc) Hatnotes standing right under a heading-shaped line (HEAD_SHAPE_WORDS words at most,
    no sentence's end mark): how a reader view or a copy without the site's tagline still shows a
    wiki's sections. Counted, for `is_wiki_dump`."""
    count, prev = 0, ""
    for text in texts:
        if not text.strip():
            continue
        if POINTER_HATNOTE.match(text) and prev and len(prev.split()) <= HEAD_SHAPE_WORDS \
                and not re.search(r"[.!?;:,]$", prev):
            count += 1
        prev = text.strip()
    return count


def is_wiki_dump(texts: list[str]) -> bool:
    return sum(1 for t in texts if EDIT_HEADING.match(t)) >= 2 or len(_edit_tails(texts)) >= EDIT_TAILS_MIN or \
        _pointer_hatnotes(texts) >= HATNOTES_MIN or \
        any(re.match(rf"^\s*From{U}Wikipedia", t, re.I) for t in texts[:40]) or site_tagline(texts) is not None


def _last_edit(texts: list[str]) -> int:
    return max((i for i, t in enumerate(texts) if EDIT_HEADING.match(t)), default=-1)


PROSE_WORDS = 12   # words of a line of the article's prose (a sentence closed by its end mark)
SENTENCE_CLOSE = re.compile(r"[.!?][\"'’”)\]]*\s*$")


def _site_tail(texts: list[str]) -> int:
    """Index of the first decorated box without an edit link after the last edit-linked heading
    ('***** Navigation menu *****'): the site's menus, languages and licence follow it. (r27encyc) A
    box's name written bare ('Tools', 'Navigation', 'Languages') is one only after the article's last
    line of prose (PROSE_WORDS words closed by a sentence's end mark, no chrome sentence): over prose it
    is the article's own section ('Navigation' in an entry on ships), and the text under it stays.
    (r44, issue 11) A box's name under the page's `Retrieved from "…"` line (MediaWiki prints it where the
    article ends, over the side menus) is one too, bare or marked as a Markdown heading (`##### Views`):
    the footer's lines under the menus ('This page was last modified …', the licence) can read as prose."""
    last = _last_edit(texts)
    prose = max((i for i, t in enumerate(texts) if len(t.split()) >= PROSE_WORDS and SENTENCE_CLOSE.search(t)
                 and not ACCESS.match(t) and not SENTENCE_CHROME.match(t)), default=-1)
    retrieved = next((i for i, t in enumerate(texts) if RETRIEVED.match(t)), len(texts))
    return next((i for i in range(last + 1, len(texts))
                 if DECORATED.match(texts[i]) and not EDIT_HEADING.match(texts[i])
                 or SITE_BOX.match(texts[i]) and (i > prose or i > retrieved or re.match(r"^\s*[*=]{2,}", texts[i]))),
                len(texts))


# (r44) MediaWiki's print footer, where the article ends: 'Retrieved from "<http://…>"'
RETRIEVED = re.compile(rf"^\s*Retrieved{U}from{U}[\"“]?<?(?:https?://|/)\S+\s*$", re.I)


def _contents_box(texts: list[str]) -> set[int]:
    out: set[int] = set()
    for i, text in enumerate(texts):
        if CONTENTS.match(text):
            j = i + 1
            items = []
            while j < len(texts) and (TOC_ITEM.match(texts[j]) or not texts[j].strip()):
                if texts[j].strip():
                    items.append(j)
                j += 1
            if len(items) >= 2:
                out.update([i, *items])
    return out


# (r44, issue 11) A WIKI'S MESSAGE BOX AS HTML2TEXT WRITES IT: the maintenance notice ('Please help improve this
# article …', 'This article is currently a stub …') is a one-row table, its cells opened by `|` and the table
# closed by its `---|---` rule, under the box's icon as an image link (`[![](/media/…/Icon.gif)](…)`, wrapped
# over two lines). In a wiki dump, a table of at most BOX_LINES lines that speaks of the page itself (`this
# article`, `this page`, `this section`) goes with the icon over it. A table of the article's data (its rows
# name no page) stays
BOX_RULE = re.compile(r"^\s*-{3,}(?:\s*\|\s*-{3,})+\s*\|?\s*$")
BOX_SELF = re.compile(r"(?<![A-Za-z])this\s+(?:article|page|section|entry)\b", re.I)
BOX_LINES = 15
IMAGE_LINK_OPEN = re.compile(r"^\s*\[!\[[^\]]*\]\(")


def _notice_boxes(texts: list[str]) -> set[int]:
    out: set[int] = set()
    for i, text in enumerate(texts):
        if not text.lstrip().startswith("|") or i in out:
            continue
        end = next((k for k in range(i + 1, min(len(texts), i + BOX_LINES)) if BOX_RULE.match(texts[k])), None)
        if end is None or not BOX_SELF.search(" ".join(texts[i:end])) \
                or any(t.lstrip()[:1] in ("|", "#") for t in texts[i + 1:end]):
            continue   # the box's one row: another row or a heading before the rule is a table or a section of the article
        out.update(range(i, end + 1))
        k = i - 1
        while k >= 0 and not texts[k].strip():
            k -= 1
        for start in (k, k - 1):   # the icon's link, one line or wrapped over two
            if start >= 0 and IMAGE_LINK_OPEN.match(texts[start]) and texts[k].rstrip().endswith(")"):
                out.update(range(start, k + 1))
                break
    return out


def _category_box(texts: list[str]) -> set[int]:
    """The list under a bare 'Categories:' line: html2text writes the category links as a bullet
    list of their own, which no other rule sees as chrome."""
    out: set[int] = set()
    for i, text in enumerate(texts):
        if CATEGORY_BOX.match(text):
            j = i + 1
            while j < len(texts) and LIST_ITEM.match(texts[j]):
                out.add(j)
                j += 1
    return out


def _navboxes(texts: list[str], end: int) -> set[int]:
    """A navbox opens with its 'v t e' marks and runs to the next edit-linked heading."""
    out: set[int] = set()
    i = 0
    while i < end:
        if _navbox_mark(texts, i):
            j = i
            while j < end and not EDIT_HEADING.match(texts[j]):
                j += 1
            out.update(range(i, j))
            i = j
        i += 1
    return out


def _marked_title(texts: list[str]) -> int | None:
    """A decorated line before the first edit-linked heading with more marks than any of them
    ('****** Noise ******' over '***** History[edit] *****'), else None."""
    edits = [i for i, t in enumerate(texts) if EDIT_HEADING.match(t)]
    deepest = max((len(DECORATED.match(texts[i])["mark"]) for i in edits if DECORATED.match(texts[i])), default=0)
    for i in range(edits[0] if edits else 0):
        match = DECORATED.match(texts[i])
        if match and len(match["mark"]) > deepest:
            return i
    return None


def _page_title(texts: list[str]) -> int:
    """The page title: the marked title line (`_marked_title`), else the first line."""
    marked = _marked_title(texts)
    return marked if marked is not None else next((i for i, t in enumerate(texts) if t.strip()), -1)


def _wrapped_prose(texts: list[str], i: int) -> bool:
    """(r26pdfen) A line of the article's prose that a narrow print wrapped before a chrome line's
    word (`categories: tidal stream generators, which work` under `… fall into three main`): in
    lower case, under a line that ends no sentence. The site's own lines open with a capital."""
    text = texts[i].lstrip(" *•-")
    if not text[:1].islower():
        return False
    above = next((t.strip() for t in reversed(texts[:i]) if t.strip()), "")
    return bool(above) and not re.search(r"[.!?:;]$", above)


BAR_LINE_WORDS = 12   # words of a line of the site's top bar or of its contents sidebar ('Create account', 'Early life')
BAR_SCAN = 400        # lines from the top: the top bar, the contents sidebar (a line a section), the title, the tabs
# (r44) the page's tabs and tools between its title and the tagline, one a line in a browser's copy ('12 languages',
# 'Article', 'Talk', 'Read', 'Edit', 'View history', 'Tools')
WIKI_TAB = re.compile(r"^\s*(?:Article|Talk|Discussion|Read|Edit|Edit source|View source|View history|History|Tools|Actions|"
                      r"Watch|Unwatch|More|Add languages|Add links|\d{1,3} languages?)\s*$", re.I)


def _bar_over_title(texts: list[str], tagline: int) -> set[int]:
    """(r44) THE SITE'S TOP BAR OVER A WIKI PAGE'S TITLE: the tagline (`From Wikipedia, …`) stands under the
    page title (the page's tabs between them, WIKI_TAB: `12 languages` / `Article` / `Talk` / `Read` …), so
    every line above the title is the site's, not the article's: menus, the search box, account links
    (`Create account`, `Log in`, `Personal tools`), the contents sidebar (`Contents hide` / `(Top)` / a
    section a line), as a browser's copy of the page keeps them; the tabs are the site's too. Only when
    each line above the title is as short as a bar's (BAR_LINE_WORDS words) and ends no sentence: a
    saver's note or a sentence there is left to the other rules. The lines to drop, or none."""
    tabs = set()
    k = tagline - 1
    while k >= 0 and (not texts[k].strip() or WIKI_TAB.match(texts[k])):
        tabs |= {k} if texts[k].strip() else set()
        k -= 1
    if k < 0:
        return set()
    above = [j for j in range(k) if texts[j].strip()]
    if not above or any(len(texts[j].split()) > BAR_LINE_WORDS or re.search(r"[.!?]\s*$", texts[j]) for j in above):
        return set()
    return set(above) | tabs


def _tagline_under_bar(texts: list[str]) -> int | None:
    """(r44) The tagline of a wiki that names itself (`From Wikipedia, the free encyclopedia`: WIKI_NAME)
    under the page title, further down than TAGLINE_SCAN because the site's top bar came along with the
    copy, line by line (`Jump to content` / `Main menu` / `Search` / `Create account` / `Log in`, the
    contents sidebar, the page's tabs): found where every line over the title is a bar's (`_bar_over_title`)."""
    for i, text in enumerate(texts[:BAR_SCAN]):
        match = SITE_TAGLINE.match(text)
        if match and WIKI_NAME.search(match["name"]):
            return i if _bar_over_title(texts, i) else None
    return None


def wiki_chrome(page: Page) -> Page:
    """Drop a wiki page's chrome: access lines, contents box, hatnotes, navboxes, categories,
    and everything from the first site box after the article (menus, languages, licence);
    when the page title is marked (more marks than any section), every line above it.

    Example: "From Wikipedia, the free encyclopedia", "Jump_to_navigation Jump_to_search",
    "Contents" + "    * 1_History", "Main article: Noise_pollution", "Categories: …",
    "***** Navigation menu *****" and all after it.
    """
    texts = page.texts()
    if not is_wiki_dump(texts):
        return page
    tail = min(_site_tail(texts), language_list(texts, _last_edit(texts)))
    hits = set(range(tail, len(texts)))
    hits |= {i for i in range(tail) if ACCESS.match(texts[i]) and not _wrapped_prose(texts, i) or CSS.match(texts[i])}
    if (tagline := site_tagline(texts)) is not None:
        hits.add(tagline)
    elif (tagline := _tagline_under_bar(texts)) is not None:
        hits |= {tagline} | _bar_over_title(texts, tagline)   # (r44) the top bar, contents sidebar and tabs
    title = _page_title(texts)
    if _marked_title(texts) is not None:
        # above the page's marked title there is only what came before the article: the site's top
        # bar, jump links, a note the saver or a crawler wrote (where and when the page was fetched,
        # under which licence); the article starts at its title
        hits |= set(range(title))
    hits |= {i for i in range(tail) if i != title and DECORATED.match(texts[i]) and not EDIT_HEADING.match(texts[i])}
    hits |= _contents_box(texts[:tail])
    hits |= _notice_boxes(texts[:tail])
    hits |= _category_box(texts[:tail])
    hits |= _navboxes(texts, tail)
    hits |= late_chrome(texts[:tail], _last_edit(texts))
    hits |= hatnotes(texts[:tail], hits, lambda t: bool(DECORATED.match(t) or EDIT_HEADING.match(t)))
    page = page.drop(hits)
    texts = page.texts()
    for index in _edit_tails(texts):
        match = _edit_link(texts[index])
        page = page.cut(index, match.start(), match.end())
    for index, line in enumerate(page.lines):
        if not INLINE_AUDIO.sub("", line.text).strip():
            continue   # the mark alone on its line: the audio widget's, left to `late_chrome`
        for match in reversed(list(INLINE_AUDIO.finditer(line.text))):
            page = page.cut(index, match.start(), match.end())
    return page


# (r47, issue 11) wikitext as the wiki stores it: a section head between equals signs, a link in double brackets, a
# name in triple quotes; a line that is nothing but templates ('{{Use dmy dates|date=April 2016}}', '{{main
# article|Proteomics}}', an '{{Infobox …}}' closed on its line) is markup the wiki renders as a box or nothing
WIKITEXT_HEAD = re.compile(r"^\s*(={2,6})[^=].*?\1\s*$")
WIKITEXT_MARKS = re.compile(r"\[\[[^\[\]]+\]\]|'''[^']+'''")
TEMPLATE_LINE = re.compile(r"^\s*(?:\{\{(?:[^{}]|\{\{[^{}]*\}\})*\}\}\s*)+$")
WIKITEXT_MIN = 2   # head lines or lines with links: the text is wikitext


def wiki_templates(page: Page) -> Page:
    """(r47, issue 11) Drop a line of wiki templates alone in wikitext: a maintenance template over
    the article (`{{Use dmy dates|date=April 2016}}`), a hatnote's (`{{main article|Proteomics}}`).
    The wiki shows them as a box or not at all; read as text, the first stood as the article's title.
    Only in a text WIKITEXT_MIN of whose lines are `==Head==` lines or hold `[[links]]` or bold
    names in triple quotes; a template inside a paragraph (a citation) stays with it.

    Example: "{{Use dmy dates|date=April 2016}}" over "'''Chemical biology''' is …" -> the line goes."""
    texts = page.texts()
    if sum(1 for t in texts if WIKITEXT_HEAD.match(t) or WIKITEXT_MARKS.search(t)) < WIKITEXT_MIN:
        return page
    return page.drop(i for i, t in enumerate(texts) if TEMPLATE_LINE.match(t))


# The Chinese wikis' tagline under the page title ('維基文庫,自由的圖書館', '维基百科，自由的百科全书'): the
# same line as "From Wikipedia, the free encyclopedia", in either script.
ZH_WIKI_TAGLINE = re.compile(r"^\s*(?:维基|維基)(?:文库|文庫|百科|新闻|新聞|教科书|教科書|语录|語錄)\s*[,，]?\s*"
                             r"自由的(?:图书馆|圖書館|百科全书|百科全書|新闻源|新聞源|教科书|教科書|名人名言录|名人名言錄)\s*$")
# a work's header box names the collection it belongs to ('本作品收錄於《…》')
COLLECTION_NOTE = re.compile(r"^\s*本作品(?:收录于|收錄於|收录在|收錄在)")
ZH_EDIT_LINK = re.compile(r"\s*\[\s*(?:编辑|編輯|edit)\s*\]\s*$", re.I)
WORK_HEADER_SCAN = 10   # lines of text (blank ones not counted) under the tagline: the header box of a Wikisource work
SIBLING_TAIL = 4        # characters a neighbouring work's title shares with the work's own ('政府工作報告')
EDIT_LINE_MAX = 40      # characters: a section heading with its edit link, not a paragraph
# the mobile view puts the edit link on a line of its own under the heading ('前言' / '编辑') (newdocs)
ZH_EDIT_ALONE = re.compile(r"^\s*\[?\s*(?:编辑|編輯|edit)\s*\]?\s*$", re.I)
ZH_EDIT_SPACED = re.compile(r"[ \u3000]+(?:编辑|編輯)\s*$")   # the mobile view's edit link after a heading, one space apart
SENTENCE_MARK = re.compile(r"[。！？；：.!?;:]\s*$")


# (r49) a Chinese wiki's note under the page title that the reader came by another name ('(重定向自历阳县)'), and
# the skin's menu labels a copy keeps between the title and it ('外观', 'Appearance')
ZH_REDIRECT = re.compile(r"^\s*[（(]\s*(?:重定向自|重新導向自|重定向自：)\s*\S.{0,40}[)）]\s*$")
ZH_SKIN_LABELS = frozenset("外观 外觀 工具 隐藏 隱藏 目录 目錄 切换目录 切換目錄 条目 條目 讨论 討論 阅读 閱讀 编辑 編輯 查看历史 檢視歷史 "
                           "简体 繁體 大陆简体 臺灣正體 不转换 不轉換".split())
REDIRECT_SCAN = 6   # lines with text from the top where the note stands


def _redirect_note(page: Page, texts: list[str]) -> Page:
    """(r49) Drop a Chinese wiki page's redirect note (`(重定向自历阳县)`) among its first lines, and the
    skin's menu labels alone on their lines between the page title and it (`外观`)."""
    filled = [i for i, t in enumerate(texts) if t][:REDIRECT_SCAN]
    note = next((i for i in filled if ZH_REDIRECT.match(texts[i])), None)
    if note is None:
        return page
    return page.drop([note] + [i for i in filled if 0 < filled.index(i) and i < note and texts[i] in ZH_SKIN_LABELS])


def zh_wiki_header(page: Page) -> Page:
    """Drop a Chinese wiki page's tagline and a Wikisource work's header box, and cut the edit links
    after its section headings.

    A Wikisource copy opens with the page title, the tagline, then the header box flattened to
    lines: the previous work's link glued before the work's own title, the author and date (kept:
    the work's front matter), the next work's link alone, and the note naming the collection. The
    neighbouring works are siblings in one series, so their titles end like the work's own.
    Only under the tagline, within WORK_HEADER_SCAN lines; edit links only on short lines of a page
    that has the tagline.

    (r49) First, an encyclopedia page's redirect note and the skin's labels over it (`_redirect_note`).

    Example: "維基文庫,自由的圖書館" "1983年政府工作報告 1984年…政府工作報告" "國務院總理 趙紫陽" "1984年5月15日"
    "1985年政府工作報告" "本作品收錄於《…" -> the speaker and the date stay; "關於國內建設[編輯]" -> "關於國內建設".
    """
    texts = [line.text.strip() for line in page.lines]
    page = _redirect_note(page, texts)
    texts = [line.text.strip() for line in page.lines]
    tag = next((i for i, t in enumerate(texts[:worded_span(texts, WORK_HEADER_SCAN)]) if ZH_WIKI_TAGLINE.match(t)), None)
    if tag is None:
        return _edit_glued_before(_arrow_header(_mobile_wiki(page, texts)))
    title = next((t for t in texts[:tag] if t), "")
    tail = title[-SIBLING_TAIL:] if len(title) > SIBLING_TAIL else ""
    hits = [tag]
    for i in range(tag + 1, worded_span(texts, WORK_HEADER_SCAN, tag + 1)):
        text = texts[i]
        if COLLECTION_NOTE.match(text):
            hits.append(i)
        elif tail and text != title and text.endswith(tail) and len(text) <= 2 * len(title) + 1 \
                and not any(mark in text for mark in "。，；！？"):
            hits.append(i)   # a neighbouring work's link, alone or glued before the work's own title
    page = page.drop(hits)
    for index, line in enumerate(page.lines):
        match = ZH_EDIT_LINK.search(line.text)
        if match and len(line.text.strip()) <= EDIT_LINE_MAX and match.start() > 0:
            page = page.cut(index, match.start(), len(line.text))
    return page


def _mobile_wiki(page: Page, texts: list[str]) -> Page:
    """A wiki page saved from its mobile view has no tagline; its work header still names the
    collection ('本作品收錄於《…'), and each section heading has its edit link on the next line
    ('前言' / '编辑'). Only where that collection note opens the page (within WORK_HEADER_SCAN
    lines): the note goes, a sibling's link glued before the title on the first line and the next
    sibling's link alone above the note go (a mirror without the page title, unseen4) — and where the
    page title does stand first, the box's line repeating it after the previous work's link goes whole
    (unseen8) — and an edit label alone on a line right under a short line without an
    end mark (a heading) goes too (newdocs: a white paper on mobile Wikisource), or the label glued
    after such a line with a space ('過去一年的主要工作 編輯': cut, the heading stays; unseen8)."""
    note = next((i for i, t in enumerate(texts[:worded_span(texts, WORK_HEADER_SCAN)]) if COLLECTION_NOTE.match(t)), None)
    if note is None:
        return page
    hits = [note]
    for i, text in enumerate(texts):
        if not ZH_EDIT_ALONE.match(text):
            continue
        before = next((t for t in reversed(texts[:i]) if t), "")
        if before and len(before) <= EDIT_LINE_MAX and not SENTENCE_MARK.search(before):
            hits.append(i)
    first = next((i for i in range(note) if texts[i]), None)
    glued = _sibling_glued(texts[first]) if first is not None else None
    if glued is not None:
        # a mirror that copies the header box without the page title (unseen4): the previous work's
        # link glued before the work's own title on the first line goes, the next work's link alone too
        title = texts[first][glued:]
        tail = title[-SIBLING_TAIL:]
        hits += [i for i in range(first + 1, note) if texts[i] != title and texts[i].endswith(tail)
                 and len(texts[i]) <= 2 * len(title) + 1 and not any(mark in texts[i] for mark in "。，；！？")]
        page = page.cut(first, 0, page.lines[first].text.index(title))
    elif first is not None:
        # the page title stands first and the header box repeats it under it, the previous work's
        # link glued before it ('2011年…工作報告 2012年…工作報告'): that line and the next work's
        # link alone are the box's navigation (unseen8: a report on mobile Wikisource)
        title = texts[first]
        box = []
        for i in range(first + 1, note):
            if (at := _sibling_glued(texts[i])) is not None and texts[i][at:] == title:
                box.append(i)
                continue
            rest = wrapped_on(page, i)   # the line hard-wrapped (a PDF of the page): read it joined (robust2)
            for n in range(1, len(rest) + 1):
                joined = texts[i] + "".join(texts[j] for j in rest[:n])
                if (at := _sibling_glued(joined)) is not None and joined[at:] == title:
                    box += [i] + rest[:n]
                    break
        if box:
            tail = title[-SIBLING_TAIL:]
            hits += box + [i for i in range(box[0] + 1, note) if texts[i] != title and texts[i].endswith(tail)
                           and len(texts[i]) <= 2 * len(title) + 1 and not any(m in texts[i] for m in "。，；！？")]
    page = page.drop(hits)
    for index, line in enumerate(page.lines):   # '過去一年的主要工作 編輯': the link glued after a space (unseen8)
        match = ZH_EDIT_SPACED.search(line.text)
        if match and match.start() > 0 and len(line.text.strip()) <= EDIT_LINE_MAX \
                and not any(mark in line.text[:match.start()] for mark in "。！？；：!?;:"):
            page = page.cut(index, match.start(), len(line.text))
    return page


# the work header box flattened onto one line by a mobile view: '← | previous work | title date |' (round9zh)
ARROW_HEADER = re.compile(r"^\s*←\s*\|(?:[^|]+\|){2,}[^|]*$")
# the mobile view's section edit link glued BEFORE the section's first line ('編輯一、…', '編輯* 已更改…')
ZH_EDIT_GLUED = re.compile(r"^\s*(?:编辑|編輯)(?=\S)")
EDIT_GLUED_MIN = 2   # such lines on the page: a page's repeated link, not a sentence opening with the word


def _arrow_header(page: Page) -> Page:
    """A Wikisource work's header box that a mobile view flattened onto one line in the top window:
    the back arrow, then the previous work, the work's own title and date, between pipes
    ('← | 第3/1999號法律 (2009年) | 第3/1999號法律 法規的公佈與格式 2022年1月1日 |'). Navigation, not the
    text: it goes (round9zh). A line with a sentence's end mark stays."""
    texts = [line.text for line in page.lines]
    hits = [i for i in range(worded_span(texts, WORK_HEADER_SCAN))
            if ARROW_HEADER.match(texts[i]) and not any(mark in texts[i] for mark in "。！？；")]
    return page.drop(hits)


def _edit_glued_before(page: Page) -> Page:
    """The mobile view's edit link glued before the first line of each section, right under the
    section's heading ('第二條 公佈' / '編輯一、《公報》包括…'): cut, the line stays (round9zh). Only
    where it happens EDIT_GLUED_MIN times or more, each under a short line with no end mark (a heading):
    a sentence opening with the word ('编辑部…', '编辑出版…') under a paragraph stays."""
    hits = []
    for i, line in enumerate(page.lines):
        if not ZH_EDIT_GLUED.match(line.text):
            continue
        before = next((page.lines[k].text.strip() for k in range(i - 1, -1, -1) if page.lines[k].text.strip()), "")
        if before and len(before) <= EDIT_LINE_MAX and not SENTENCE_MARK.search(before):
            hits.append(i)
    if len(hits) < EDIT_GLUED_MIN:
        return page
    for i in hits:
        match = ZH_EDIT_GLUED.match(page.lines[i].text)
        page = page.cut(i, match.start(), match.end())
    return page


def _sibling_glued(text: str) -> int | None:
    """Where the work's own title starts in a header line that glues the previous work's link
    before it with a space ('1993年政府工作报告 1994年…政府工作报告'): both end in the same words (a
    series); None if the line is not that."""
    parts = text.split()
    if len(parts) != 2 or any(mark in text for mark in "。，；！？,;"):
        return None
    before, title = parts
    if len(title) <= SIBLING_TAIL or before == title or not before.endswith(title[-SIBLING_TAIL:]):
        return None
    return text.index(title, len(before))


# (r44) A CHINESE ENCYCLOPEDIA ENTRY COPIED FROM THE BROWSER: the entry's tool buttons under its name and
# after each section's heading ('播报' reads it aloud, '编辑' edits it, '锁定', '讨论', '上传视频', '收藏'), one a
# line, run together ('播报编辑') or set apart by spaces; the site's bar over the name, one item a line; the
# gallery's labels under the text ('词条图册', '更多图册')
ENTRY_TOOL = re.compile(r"^(?:播报|播報|编辑|編輯|锁定|鎖定|讨论|討論|上传视频|上傳視頻|收藏|查看我的收藏|有用\+1|已投票|分享|纠错|糾錯)$")
ENTRY_TOOLS_LINE = re.compile(r"^\s*(?:(?:播报|播報|编辑|編輯|锁定|鎖定|讨论|討論|上传视频|上傳視頻|收藏|分享|纠错|糾錯)\s*){2,}$")
SECTION_TOOLS_TAIL = re.compile(r"(?<=\S)\s*(?:播报|播報)\s*(?:编辑|編輯)\s*$")
GALLERY_LABEL = re.compile(r"^\s*(?:词条图册|詞條圖冊|更多图册|更多圖冊)\s*$")
ENTRY_SCAN = 80          # lines from the top where the entry's name and its tools stand
ENTRY_BAR_CHARS = 8      # characters of an item of the site's bar over the entry's name
SECTION_HEAD_CHARS = 30  # characters of a section heading with its tools after it
ENTRY_TAILS_MIN = 2      # section headings with tools: an entry's sections, not a line that says '播报编辑'
TOP_BAR_ITEMS = 8        # items of a site's bar one a line at the very top (with no tools under the name to anchor it)
TOP_BAR_CHARS = 4        # characters of such an item ('网页', '百度首页', '个人中心')
TOP_BAR_NAV = 2          # of them a navigation word (vocab.NAV_TOKENS: '首页', '登录', '帮助'): a bar, not a verse


def _tool_line(text: str) -> bool:
    text = text.strip()
    return bool(ENTRY_TOOL.match(text) or ENTRY_TOOLS_LINE.match(text))


def zh_entry_tools(page: Page) -> Page:
    """(r44) Drop a Chinese encyclopedia entry's tools and the site's bar over it, as a browser's copy keeps them.

    The entry's tools stand right under its name (two or more, each a line or on one line: `播报` / `编辑` /
    `锁定` / `讨论` / `上传视频`): they go, and the line over them is the entry's name; every line above the name
    goes too when each is a bar's item (ENTRY_BAR_CHARS characters, no punctuation: `网页` / `新闻` / … /
    `百度首页` / `登录`). Each section's heading carries the same tools after it (`历史沿革播报编辑`,
    `历史沿革 播报 编辑`) or on the lines under it (`播报` / `编辑`): where ENTRY_TAILS_MIN headings or more
    carry them, the tools are cut and the heading stays. The gallery's labels after the text go.

    Example: "网页" … "登录" "白鹭湖" "播报" "编辑" "锁定" … "历史沿革播报编辑" -> "白鹭湖" … "历史沿革"."""
    texts = [line.text.strip() for line in page.lines]
    hits: set[int] = set()
    top = next((i for i in range(min(len(texts), ENTRY_SCAN)) if _tool_line(texts[i])
                and any(_tool_line(texts[j]) for j in range(i + 1, min(len(texts), i + 3)) if texts[j])
                or ENTRY_TOOLS_LINE.match(texts[i])), None)
    if top is not None:
        name = next((k for k in range(top - 1, -1, -1) if texts[k]), None)
        if name is not None and not _tool_line(texts[name]) and len(texts[name]) <= SECTION_HEAD_CHARS:
            end = top
            while end < len(texts) and (not texts[end] or _tool_line(texts[end])):
                end += 1
            hits |= {k for k in range(top, end) if texts[k]}
            above = [k for k in range(name) if texts[k]]
            if above and all(len(texts[k]) <= ENTRY_BAR_CHARS and not re.search(r"[。，；：！？,.;:!?]", texts[k]) for k in above):
                hits |= set(above)
    if not any(k < (top or 0) for k in hits):   # no bar over a name the tools anchor: one at the very top, alone
        hits |= _leading_bar(texts)
    tails = [i for i, t in enumerate(texts) if len(t) <= SECTION_HEAD_CHARS and SECTION_TOOLS_TAIL.search(t)
             and not SECTION_TOOLS_TAIL.fullmatch(t)]
    under = [i for i, t in enumerate(texts) if i not in hits and _tool_line(t) and i > 0
             and (prev := next((k for k in range(i - 1, -1, -1) if texts[k] and not _tool_line(texts[k])), None)) is not None
             and len(texts[prev]) <= SECTION_HEAD_CHARS and not re.search(r"[。！？]$", texts[prev])]
    if len({next(k for k in range(i - 1, -1, -1) if texts[k] and not _tool_line(texts[k])) for i in under}) >= ENTRY_TAILS_MIN:
        hits |= set(under)
    hits |= {i for i, t in enumerate(texts) if GALLERY_LABEL.match(t) and i > len(texts) // 2}
    page = page.drop(hits)
    if len(tails) >= ENTRY_TAILS_MIN:
        texts = [line.text for line in page.lines]
        for i, t in enumerate(texts):
            m = SECTION_TOOLS_TAIL.search(t) if len(t.strip()) <= SECTION_HEAD_CHARS else None
            if m and t[:m.start()].strip():
                page = page.cut(i, m.start(), len(t.rstrip()))
    return page


def _leading_bar(texts: list[str]) -> set[int]:
    """(r44) A site's bar copied one item a line at the very top, closed by a blank line (`网页` / `新闻` /
    `贴吧` / … / `百度首页` / `登录` / `注册`): TOP_BAR_ITEMS items or more, each of TOP_BAR_CHARS
    characters at most with no punctuation, TOP_BAR_NAV of them navigation words. A verse's lines carry
    none of those words; a title over a text is one line."""
    from .vocab import NAV_TOKENS
    run = []
    for i, t in enumerate(texts):
        if not t:
            if run:
                break
            continue
        if len(t) > TOP_BAR_CHARS or re.search(r"[\W\d_]", t):
            return set()
        run.append(i)
    if len(run) < TOP_BAR_ITEMS or sum(texts[i] in NAV_TOKENS for i in run) < TOP_BAR_NAV:
        return set()
    return set(run)
