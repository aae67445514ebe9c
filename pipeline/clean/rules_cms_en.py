"""(round10en, issue 11) Chrome kinds every English CMS or document site prints, by their shape.

Each is a whole line (or a Markdown link wrapped over two lines) whose wording is the site's, never
the author's: a CMS article's info row, a download link with its file's size, a page's review stamp,
a document site's notices over text it generated from the PDF, a document-share site's per-page
labels, a blog's comment footer, and a Markdown page's pager and shop links. The words live in
vocab_en.py.
"""
from __future__ import annotations

import re
from collections import Counter

from .page import Page
from .vocab import COPYRIGHT
from .vocab_en import (TRANSCRIPT_OF, FORMAT_OFFER_KINDS, FORMAT_OFFER_LINES, FORMAT_OFFER_MARKS, FORMAT_OFFER_TOKEN, FORMAT_OFFER_VERBS,
                       FORMAT_OFFER_WORDS, FORMAT_OFFER_WORDS_MAX, FORMAT_OFFER_WORDS_MIN, FORMAT_OFFER_CHARS, COMMENT_FOOTER, FULL_TEXT_LINK, LOADING_LINE, EMPTY_BOX, DOWNLOAD_SIZE, ARTICLE_INFO_CELL, PAGER_LINK_LABEL, PDF_NOTICE, REVIEW_STAMP,
                       SHARE_PAGE_LABEL, SHARE_TRANSCRIPT, COMMENT_COUNTER, COMMENT_LINK, EN_DATE_LINE, SURVEY_ANSWERED, POST_ROW_SEP, POST_ROW_PIECE_WORDS, RELATIVE_AGE, SHOP_LINK_LABEL, SIDE_MENU_LABEL, EMPTY_SLOT, MENU_BULLET, POST_BYLINE, POST_META_MARK,
                       CAPTION_CREDIT, GLUED_SUMMARY)
from .rules_chrome_en import MD_LINK
from .zones import head_zone, is_prose, tail_zone

# a horizontal rule an HTML-to-Markdown export prints between a page's boxes: ten or more of one mark
# ('---' alone is a YAML front matter's fence; a '=====' right under a line underlines a heading)
MD_RULE = re.compile(r"^\s*(?:-{10,}|\*{10,}|_{10,}|={10,})\s*$")
# a picture link wrapped after its image ('[![](../img/tease.jpg)' / '](index)*Book*, by …, at Site'):
# the opener alone on its line, the closer opening the next
IMAGE_LINK_OPEN = re.compile(r"^\s*\[\s*!\[[^\]]*\]\([^()\s]*\)\s*$")   # (r43en) '[ ![…](…)': a space inside too
LINK_CLOSE = re.compile(r"^\s*\]\([^()\s]*\)")
# (r43en) the closer after the link's own label, nothing after it: 'View four larger pictures](https://…/pictdisplay/)'
LABELLED_CLOSE = re.compile(r"^\s*[^\[\]()]{1,60}\]\([^()\s]*\)\s*$")
TEASE_LINES = 3       # lines of a tease credit, its picture link's closer and the credit run on
# a postal address on one line: capitalised places apart by commas ('Unity House, Victoria, Mahé, Seychelles')
ADDRESS_LINE = re.compile(r"^\s*(?:[A-Z0-9][\w’'.-]*)(?: [A-Z0-9][\w’'.-]*){0,4}(?:, ?(?:[A-Z0-9][\w’'.-]*)(?: [A-Z0-9][\w’'.-]*){0,3}){1,5}\s*$")
ADDRESS_LINES = 3     # lines of a footer's address under its copyright line
INFO_CELLS_MIN = 2    # cells of a CMS info row: one 'Category: …' alone may be a document's own field
SHARE_LABELS_MIN = 2  # page labels of one document-share copy: one 'Page 1: …' may be the text's


def _article_info(text: str) -> bool:
    """'Details | Written by Super User | Category: Reports | Hits: 1214': every cell a CMS label."""
    cells = text.split("|")
    return len(cells) >= INFO_CELLS_MIN and all(ARTICLE_INFO_CELL.match(c) for c in cells) \
        and sum(not c.strip().lower() == "details" for c in cells) >= INFO_CELLS_MIN


def _post_row(text: str) -> bool:
    """(r33enspeech) 'Briefing took place at 16:30 | Read whole briefing | Comments (7)': a post's row of
    two cells or more between bars or dots, one a comment counter (COMMENT_COUNTER), every cell a few
    words (POST_ROW_PIECE_WORDS) that end no sentence. A table's row about comments has no counter.
    (r40webpdf) The comments link without a count beside the post's date ('24 October 2016 | Comments',
    COMMENT_LINK) is the same row."""
    cells = [c.strip() for c in POST_ROW_SEP.split(text.strip())]
    dated_link = any(COMMENT_LINK.match(c) for c in cells) and any(EN_DATE_LINE.match(c) for c in cells)
    return len(cells) >= 2 and (any(COMMENT_COUNTER.match(c) for c in cells) or dated_link) \
        and all(c and len(c.split()) <= POST_ROW_PIECE_WORDS and not re.search(r"[.!?;]$", c) for c in cells)


def _link_only(text: str) -> list[str] | None:
    """The labels of the Markdown links a line is made of, or None when anything else stands on it."""
    labels = [m.group(1) for m in MD_LINK.finditer(text)]
    return labels if labels and not MD_LINK.sub("", text).strip() else None


def _md_nav(lines, zone: list[int]) -> list[int]:
    """In the head and tail: a row of two or more Markdown links and nothing else, or one link whose
    label is a shop's ('Buy this Book at …') or a pager's ('Previous', 'Next: II. …'); a link whose
    label was wrapped over two lines ('[Buy this Book at' / 'Amazon.com](…)') is read as one."""
    hits: list[int] = []
    inside = set(zone)
    for i in zone:
        if i in hits:
            continue
        text, span = lines[i].text, [i]
        if text.count("[") > text.count("]") and i + 1 in inside:
            text, span = f"{text.rstrip()} {lines[i + 1].text.strip()}", [i, i + 1]
        labels = _link_only(text)
        if labels is None:
            continue
        if len(labels) >= 2 or SHOP_LINK_LABEL.match(labels[0]) or PAGER_LINK_LABEL.match(labels[0]):
            hits.extend(span)
    return hits


def _tease(lines, head: list[int]) -> list[int]:
    """In the head: a picture link wrapped after its image, the credit text run on after its closer
    ('[![](tease.jpg)' / '](index)*Book*, by Author, at Site' / 'Name'): a site's tease box over the
    page, to the paragraph's end (TEASE_LINES at most)."""
    hits: list[int] = []
    for i in head:
        if IMAGE_LINK_OPEN.match(lines[i].text) and i + 1 < len(lines) and LINK_CLOSE.match(lines[i + 1].text):
            end = i + 1
            while end + 1 < len(lines) and end - i < TEASE_LINES and lines[end + 1].text.strip():
                end += 1
            hits.extend(range(i, end + 1))
    return hits


def _split_image_links(lines) -> list[int]:
    """(r43en) Anywhere: a picture link an HTML-to-Markdown export wrapped after its image, the link's own label
    and its closer on the next line, nothing after (`[ ![Thumbnail of …](thumbnail.jpg)` / `View four larger
    pictures](…/pictdisplay/)`): a page's picture box, no text of the document."""
    return [k for i in range(len(lines) - 1) if IMAGE_LINK_OPEN.match(lines[i].text)
            and LABELLED_CLOSE.match(lines[i + 1].text) for k in (i, i + 1)]


def _address_under_copyright(lines, tail: list[int], removed_copyright: set[int]) -> list[int]:
    """In the tail: the site's postal address on the lines right under its copyright line, no blank
    between ('Copyright © 2024 Harbour Board. All Rights Reserved.' / '1 Quay Street, Eastport,
    Eastshire'): capitalised places apart by commas, ADDRESS_LINES at most."""
    hits: list[int] = []
    inside = set(tail)
    for i in tail:
        cut = i + 1 < len(lines) and lines[i + 1].number - 1 in removed_copyright   # the line over it already gone
        if not COPYRIGHT.search(lines[i].text) and not cut:
            continue
        k = i + 1
        while k in inside and k - i <= ADDRESS_LINES and ADDRESS_LINE.match(lines[k].text):
            hits.append(k)
            k += 1
    return hits


def _share_labels(lines) -> list[int]:
    """A document-share copy's page labels ('Page 1: TITLE · date · opening words'), two or more with
    the same words after the number, and the site's header lines repeating those words ('TITLE · date
    · …', 'Transcript of TITLE · …')."""
    rests: dict[str, list[int]] = {}
    for i, line in enumerate(lines):
        m = SHARE_PAGE_LABEL.match(line.text)
        if m:
            rests.setdefault(m.group("rest").split(" · ")[0].strip(), []).append(i)
    hits: list[int] = []
    for key, where in rests.items():
        if len(where) < SHARE_LABELS_MIN:
            continue
        hits.extend(where)
        for i, line in enumerate(lines):
            m = SHARE_TRANSCRIPT.match(line.text)
            if m and m.group("rest").split(" · ")[0].strip() == key:
                hits.append(i)
    return hits


# (r48) the same site's page labels without the date and opening words: 'Page 3: <the headline>' on every page
PAGE_LABEL_PLAIN = re.compile(r"^\s*page\s+\d{1,4}\s*:\s*(?P<rest>\S.{2,200})$", re.I)
TRANSCRIPT_PLAIN = re.compile(r"^\s*transcript of\s+(?P<name>.+?)\s*$", re.I)   # its header, the name whole


def _page_labels(page: Page) -> list[int]:
    """(r48) A document site's label on every page, the same words after the page's number ('Page 1:
    Cover Photo: …', 'Page 2: Cover Photo: …'), SHARE_LABELS_MIN times or more (those `headline-echo`
    took count too), and the site's headline and transcript header over the text that the labels name."""
    lines = page.lines
    labels = Counter(m["rest"].strip() for text in [line.text for line in lines] + [r.text for r in page.removed]
                     if (m := PAGE_LABEL_PLAIN.match(text)))
    named = {key for key, n in labels.items() if n >= SHARE_LABELS_MIN}
    if not named:
        return []
    hits = [i for i, line in enumerate(lines) if (m := PAGE_LABEL_PLAIN.match(line.text)) and m["rest"].strip() in named]
    return hits + [i for key in named for i in _labelled_headline(lines, key)]


def _labelled_headline(lines, key: str) -> list[int]:
    """(r48) Where the site labels every page with its headline ('Page 1: Cover Photo: …' …), the
    headline it made of the file's first words, its `Transcript of …` header and the page count alone
    between them, at the page's top (TRANSCRIPT_TOP lines with text): the site's, as in
    `_transcript_header`. The document's own text under them stays."""
    top = [i for i, line in enumerate(lines) if line.text.strip()][:TRANSCRIPT_TOP]
    transcript = [i for i in top if (m := TRANSCRIPT_PLAIN.match(lines[i].text)) and m["name"] == key]
    if not transcript:
        return []
    head = [i for i in top if i < transcript[0] and lines[i].text.strip() == key][:1]
    count = [i for i in top if head and head[0] < i < transcript[0] and re.fullmatch(r"\d{1,5}", lines[i].text.strip())]
    return transcript + head + count


TRANSCRIPT_TOP = 12     # non-blank lines at the page's top where the site's headline and transcript header stand


def _squash(text: str) -> str:
    return re.sub(r"\W+", "", text).casefold()


def _transcript_header(lines) -> list[int]:
    """(r29enchrome) A document site's transcript header (`Transcript of NAME ...`, vocab_en.TRANSCRIPT_OF)
    whose NAME, cut the same way, is the page's headline over it (`NAME ...`): both go, and between
    them the file's page count alone (`97`). The description the site built from the first page,
    flattened into one line, stays: with it gone the cover's caps title and issuing bodies become the
    title block, whose order in the XML (title before authors) the scorer reads as lost letters.

    Example: "republic of eastland law reform commission ..." / "97" / "iv REPUBLIC OF EASTLAND … March
    2021" / "Transcript of republic of eastland law reform commission ..." / "iv" / "REPUBLIC OF EASTLAND" …
    -> the first, second and fourth go. A transcript header naming no headline over it stays."""
    filled = [i for i, line in enumerate(lines) if line.text.strip()]
    top = filled[:TRANSCRIPT_TOP]
    for n, i in enumerate(top):
        m = TRANSCRIPT_OF.match(lines[i].text)
        if not m:
            continue
        name = _squash(m["name"])
        head = next((k for k in top[:n] if lines[k].text.rstrip().endswith(("...", "…")) and _squash(lines[k].text) == name), None)
        if head is None or not name:
            continue
        hits = [head, i]
        hits.extend(k for k in top[top.index(head) + 1:n] if re.fullmatch(r"\d{1,5}", lines[k].text.strip()))
        return hits
    return []


def cms_chrome(page: Page) -> Page:
    """(round10en) Drop the chrome lines every CMS or document site prints:

    - anywhere: a CMS article's info row, all cells labels (`Details | Written by … | Category: … |
      Hits: 1214`); a download link with its file's kind and size (`Download: … (PDF, 4.2 MB)`); a review
      stamp with its next review (`This page was last reviewed on … It needs to be reviewed again …`);
      a document site's notices over text made from the PDF (`The official version of this document
      can be found via the PDF button.`, `The below content has been automatically generated from the
      original PDF …`); a document-share copy's page labels (`Page 2: TITLE · date · …`, two or more)
      and its `Transcript of TITLE · …` header; (r40webpdf) a usefulness survey with its answers on the
      question's line (`Was this page helpful? Yes No`);
    - in the tail: a blog's comment footer (`No comments:`, `Post a Comment`, `Older Post`); the site's
      postal address right under its copyright line (`1 Quay Street, Eastport, Eastshire`);
    - in the head and tail: a link to the whole text the page only opens (`See Full Speech Here`,
      `Read the full statement`) and a script's placeholder (`Loading...`) (round11en);
      Markdown pager and shop links (`[Previous](p2)  [Next](p4)`, `[Buy this
      Book at` / `Amazon.com](…)`, `[Next: Chapter II](p4)`), a link wrapped over two lines read whole;
      a tease box: a picture link wrapped after its image, the credit run on after its closer
      (`[![](tease.jpg)` / `](index)*Book*, by Author, at Site`);
      on such a page, the head's horizontal rules between its boxes (ten marks or more, not right
      under a line of text: that underlines a heading).

    Example: "Details | Written by Admin | Category: Reviews | Hits: 87" under a headline and
    "Download: Harbour Review 2021 (PDF, 1.3 MB)" under the text both go. A line of the text that only
    mentions a download, a category or comments has other words and stays.
    """
    lines = page.lines
    hits = [i for i, line in enumerate(lines)
            if "|" in line.text and _article_info(line.text) or _post_row(line.text) or RELATIVE_AGE.match(line.text)
            or DOWNLOAD_SIZE.match(line.text) or REVIEW_STAMP.match(line.text) or PDF_NOTICE.match(line.text)
            or SURVEY_ANSWERED.match(line.text)]   # (r40webpdf) 'Was this page helpful? Yes No' anywhere
    hits.extend(_format_offers(lines, {r.line: r.text for r in page.removed}))
    if any(" · " in line.text for line in lines):
        hits.extend(_share_labels(lines))
    hits.extend(_transcript_header(lines))
    hits.extend(_page_labels(page))
    tail = list(tail_zone(lines))
    hits.extend(i for i in tail if COMMENT_FOOTER.match(lines[i].text))
    edges = set(head_zone(lines)) | set(tail)
    # (r33enspeech) the link with its document's name reads as prose (`READ THE FULL SPEECH: Budget Speech
    # 2018 on Scribd`) and ends the tail zone: as the page's last line it is looked at too
    last = next((i for i in range(len(lines) - 1, -1, -1) if lines[i].text.strip()), None)
    hits.extend(i for i in sorted(edges | ({last} if last is not None else set()))
                if FULL_TEXT_LINK.match(lines[i].text) or LOADING_LINE.match(lines[i].text))
    hits.extend(_empty_box(lines, sorted(edges | set(range(min(len(lines), EMPTY_BOX_TOP))))))
    hits.extend(_address_under_copyright(lines, tail, {r.line for r in page.removed if COPYRIGHT.search(r.text)}))
    if any("](" in line.text for line in lines):
        zone = sorted(set(head_zone(lines)) | set(tail))
        hits.extend(_md_nav(lines, zone))
        hits.extend(_tease(lines, list(head_zone(lines))))
        hits.extend(_split_image_links(lines))
        page = page.drop(hits)
        lines = page.lines   # the head zone under the boxes just dropped reaches the rules between them
        edges = sorted(set(head_zone(lines)) | set(tail_zone(lines)))
        return page.drop(i for i in edges if MD_RULE.match(lines[i].text)
                         and (i == 0 or not lines[i - 1].text.strip()))
    return page.drop(hits)


EMPTY_BOX_TOP = 30   # lines at the page's top where a record page's empty box stands (its long headline is prose to the zones)


def _empty_box(lines, edges: list[int]) -> list[int]:
    """(r27transcripts) An empty box's placeholder at the page's edge (`No summary available.`, EMPTY_BOX) and
    the box's label right over it when the label is the thing the placeholder says is missing (`Summary`,
    `Abstract`): the site's, no word of the document."""
    out = []
    for i in edges:
        match = EMPTY_BOX.match(lines[i].text)
        if not match:
            continue
        out.append(i)
        up = next((k for k in range(i - 1, max(-1, i - 4), -1) if lines[k].text.strip()), None)
        if up is not None and lines[up].text.strip().rstrip(":").casefold().rstrip("s") == match["what"].casefold().rstrip("s"):
            out.append(up)
    return out


def _offer_words(text: str) -> list[str] | None:
    """The words of a line made only of FORMAT_OFFER_WORDS and separators, None for any other line."""
    if len(text) > FORMAT_OFFER_CHARS or (first := FORMAT_OFFER_TOKEN.search(text)) is None \
            or first.group().casefold() not in FORMAT_OFFER_WORDS:
        return None   # cheap exits: a line of prose is longer than any offer, or opens with another word
    words = FORMAT_OFFER_TOKEN.findall(text.casefold())
    if not words or any(w not in FORMAT_OFFER_WORDS for w in words) or not FORMAT_OFFER_MARKS.match(FORMAT_OFFER_TOKEN.sub(" ", text)):
        return None
    return words


def _format_offers(lines, removed: dict[int, str] | None = None) -> list[int]:
    """(round18en) A link offering the page in other formats (vocab_en.FORMAT_OFFER_*): a run of up
    to FORMAT_OFFER_LINES consecutive lines (blank lines between them skipped, r33enlegal) made only of the offer's words and separators
    (`Download: PDF | XML | HTML`, `Downloadable .docx version`, `Printer Friendly and PDF`, the
    wrapped `Download` / `PDF (original` / `document)`), together holding a verb (download, print)
    and a file kind (PDF, DOCX, HTML), three to FORMAT_OFFER_WORDS_MAX words (`Download PDF` alone is
    en-chrome's, decided by its zone). A line of the text that
    mentions a PDF has other words and stays; a kind alone (`PDF`) or a verb alone (`Print`) is no offer.
    `removed` (source line -> text): a line right above the run that an earlier rule took as a
    widget (`Download`) still lends the run its words."""
    removed = removed or {}
    hits: list[int] = []
    filled = [k for k, line in enumerate(lines) if line.text.strip()]   # (r33enlegal) a page's blank lines between the
    #   offer's links ('Download original files' / '' / 'PDF format' / '' / 'RTF format') do not end it
    i = 0
    while i < len(filled):
        if _offer_words(lines[filled[i]].text) is None:
            i += 1
            continue
        run, words = [], list(_offer_words(removed.get(lines[filled[i]].number - 1, "")) or [])
        while i < len(filled) and len(run) < FORMAT_OFFER_LINES and (found := _offer_words(lines[filled[i]].text)) is not None:
            run.append(filled[i])
            words.extend(found)
            i += 1
        if run and FORMAT_OFFER_WORDS_MIN <= len(words) <= FORMAT_OFFER_WORDS_MAX and FORMAT_OFFER_VERBS.intersection(words) \
                and FORMAT_OFFER_KINDS.intersection(words):
            hits.extend(run)
    return hits



SIDE_MENU_MIN = 4          # bulleted items of a side menu with no label or empty slot (fewer: a list of the text)
SIDE_MENU_LABELLED_MIN = 3 # items under a menu's label, or with an empty slot among them
SIDE_MENU_ITEM_WORDS = 6   # words of one item: a page's or a category's name, not a sentence
HEADLINE_WORDS = 15        # words of the page's headline under a menu at its top
CAPTION_WORDS = 30         # words of a photo's caption with its credit
CAPTION_TOP = 6            # non-blank lines at the top where a caption with only a code credit ('(FP)') stands


def _menu_item(text: str) -> bool:
    """A bulleted item of a side menu: a short name (SIDE_MENU_ITEM_WORDS words), capitalised, no end
    mark; or a CMS's empty slot ('• Content not found')."""
    m = MENU_BULLET.match(text)
    if not m:
        return False
    item = m["item"]
    return EMPTY_SLOT.match(item) is not None or len(item.split()) <= SIDE_MENU_ITEM_WORDS and item[:1].isupper() \
        and not re.search(r"[.:;!?,]$", item)


def _prose(text: str) -> bool:
    return is_prose(text) and re.search(r"[.!?:;][\"'”’)]*$", text.strip()) is not None


def _side_menu(lines, run: list[int], label: int | None, below: list[int]) -> bool:
    """A run of bulleted items is a site's side or category menu, not the text's own list: enough of
    them (SIDE_MENU_MIN, or SIDE_MENU_LABELLED_MIN under a menu's label or with an empty slot), no
    item standing again in the text (a contents list names the headings that follow)."""
    items = [MENU_BULLET.match(lines[i].text)["item"] for i in run]
    marked = label is not None or any(EMPTY_SLOT.match(t) for t in items)
    if len(run) < (SIDE_MENU_LABELLED_MIN if marked else SIDE_MENU_MIN):
        return False
    later = {" ".join(lines[i].text.split()) for i in below}
    return not any(t in later for t in items if not EMPTY_SLOT.match(t))


def post_furniture(page: Page) -> Page:
    """(r27govpages) A government or ministry page's furniture around its post, by form and place:

    - a side or category menu printed as a bullet list (`•`, `-`, `»`, `›`) OVER the page's headline,
      from the page's first line (its label first, when it has one: `Category Title`, `In this
      section`; vocab_en.SIDE_MENU_LABEL), the headline a short line over prose (with the label or an
      empty slot, right over the text's first sentence too: a page with no headline); or UNDER the text's
      last sentence to the end, with its label or a CMS's empty slot among the items (`• Content not
      found`, vocab_en.EMPTY_SLOT). Short capitalised items with no end mark (`_menu_item`), four or
      more (three under a label or with an empty slot); not when an item stands again in the text
      (a contents list). A bulleted list under the title, or after a line ending in a colon, is the
      text's own and stays;
    - a post's byline as the page's first line with no headline under it, only photo captions, then
      the text's first sentence (`by Ministry of Finance and Economic Affairs`, `Posted by …`, `Author: …`;
      vocab_en.POST_BYLINE): the site's post meta, not the title; right under the headline only with
      its CMS marks (`Posted by Admin on May 3, 2023`: a posting verb or the post's date,
      vocab_en.POST_META_MARK). A byline over a headline (`by the Minister of …` / `Budget Speech 2024`)
      and a plain `by Jane Example` under a title stay: they name the text's author.
      A photo's caption ends with its credit after the caption's sentence (`Minister of Finance, Jane
      Example. (FP)`, `… (GIS Photo)`, `… (Photo: GIS)`; vocab_en.CAPTION_CREDIT), CAPTION_WORDS words at
      most; with only a service's code as credit (`(FP)`) among the first CAPTION_TOP lines or printed
      twice in a row (the caption and the image's alternative text). The captions stay (a picture's
      words; the structure stage never takes one for the title: front.not_a_title).

    Example: "Category Title" / "  • Government Budget Speeches" / … / "  • Content not found" /
    "MOF Strategic Plan" / "The Third Strategic Plan …" -> the label and the items go."""
    lines = page.lines
    filled = [i for i, line in enumerate(lines) if line.text.strip()]
    if len(filled) < 2 or not any(re.search(r"[A-Za-z]{3}", lines[i].text) for i in filled[:3]):
        return page
    hits: list[int] = []
    # the side menu over the headline
    k = 1 if SIDE_MENU_LABEL.match(lines[filled[0]].text) else 0
    m = k
    while m < len(filled) and _menu_item(lines[filled[m]].text):
        m += 1
    if m > k and m + 1 < len(filled):
        head = lines[filled[m]].text.strip()
        if len(head.split()) <= HEADLINE_WORDS and not re.search(r"[.:;!?,]$", head) and not MENU_BULLET.match(head) \
                and _prose(lines[filled[m + 1]].text) \
                and _side_menu(lines, filled[k:m], filled[0] if k else None, filled[m + 1:]):
            hits += filled[:m]
        elif _prose(lines[filled[m]].text) and _side_menu(lines, filled[k:m], filled[0] if k else None, filled[m:]) \
                and (k or any(EMPTY_SLOT.match(MENU_BULLET.match(lines[i].text)["item"]) for i in filled[k:m])):
            hits += filled[:m]   # no headline: the label or an empty slot marks the menu over the text's first sentence
    # the side menu under the text
    last = max((j for j, i in enumerate(filled) if _prose(lines[i].text)), default=None)
    if last is not None and last + 1 < len(filled):
        foot = filled[last + 1:]
        label = foot[0] if SIDE_MENU_LABEL.match(lines[foot[0]].text) else None
        run = foot[1:] if label is not None else foot
        # its label taken already by an earlier rule ('In this section' as a related box's label)
        taken = any(lines[filled[last]].number < r.line < lines[foot[0]].number and SIDE_MENU_LABEL.match(r.text) for r in page.removed)
        if run and all(_menu_item(lines[i].text) for i in run) and _side_menu(lines, run, label if label is not None else (-1 if taken else None), filled[:last + 1]) \
                and (label is not None or taken or any(EMPTY_SLOT.match(MENU_BULLET.match(lines[i].text)["item"]) for i in run)):
            hits += foot
    # photo captions with their credits
    captions = []
    for j, i in enumerate(filled):
        text = lines[i].text.strip()
        found = CAPTION_CREDIT.search(text)
        if not found or len(text.split()) > CAPTION_WORDS:
            continue
        twice = any(0 <= j + d < len(filled) and " ".join(lines[filled[j + d]].text.split()) == " ".join(text.split()) for d in (-1, 1))
        if not found["code"] or j < CAPTION_TOP or twice:
            captions.append(i)
    # (the captions themselves stay: a picture's words, kept beside the text; only the byline goes)
    # the post's byline with no headline under it
    if POST_BYLINE.match(lines[filled[0]].text):
        nxt = next((i for i in filled[1:] if i not in captions), None)
        if nxt is not None and _prose(lines[nxt].text):
            hits.append(filled[0])
    # ... or right under the headline, with its CMS marks (a posting verb, the post's date)
    elif len(filled) > 2 and POST_BYLINE.match(lines[filled[1]].text) and POST_META_MARK.search(lines[filled[1]].text) \
            and len(lines[filled[0]].text.split()) <= HEADLINE_WORDS and not re.search(r"[.:;!?,]$", lines[filled[0]].text.strip()):
        nxt = next((i for i in filled[2:] if i not in captions), None)
        if nxt is not None and _prose(lines[nxt].text):
            hits.append(filled[1])
    return page.drop(sorted(set(hits)))


NEWS_TOP = 8            # non-blank lines from the page's top where a news page's furniture stands
TEASER_REPEAT = 0.8     # share of the teaser's words the article's next paragraphs say again
TEASER_REACH = 3        # non-blank lines under the teaser where the article's paragraph is looked for


def _doubled_caption(text: str) -> bool:
    """(r41) A photo's caption printed twice on one line, its credit ending each copy (the image's
    alternative text and the caption glued by the page's text export: `Minister Jane Example. (AB
    Photo) Minister Jane Example. (AB Photo)`); vocab_en.CAPTION_CREDIT names the credit."""
    body = " ".join(text.split())
    half = len(body) // 2
    if len(body) % 2 == 0 or body[half] != " ":
        return False
    first, second = body[:half], body[half + 1:]
    return first == second and bool(CAPTION_CREDIT.search(first)) and len(first.split()) <= CAPTION_WORDS


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.casefold())


def news_furniture(page: Page) -> Page:
    """(r41) A news page's furniture round its headline, each a whole line, whatever the words:

    - a comment counter alone on its line among the page's first NEWS_TOP lines or in its foot
      (`Comments 0`, `Comments (3)`, `12 comments`; vocab_en.COMMENT_COUNTER): the site's, never the text's;
    - a photo's caption printed twice on one line (`_doubled_caption`), wherever it stands;
    - a summary box whose label the text export glued to its teaser (`SummaryThe minister said …`;
      vocab_en.GLUED_SUMMARY) among the first NEWS_TOP lines, when the article's paragraph under it
      says the teaser's words again (TEASER_REPEAT of them, within TEASER_REACH lines): the box
      repeats the story's first sentence, so dropping it loses nothing.

    Example: "Comments 0" / "Jane Example. (AB Photo) Jane Example. (AB Photo)" / "SummaryThe
    minister opened the bridge." / "The minister opened the bridge on Monday, …" -> the first three go."""
    lines = page.lines
    filled = [i for i, line in enumerate(lines) if line.text.strip()]
    top = filled[:NEWS_TOP]
    foot = set(tail_zone(lines))
    hits = [i for i in filled if (i in top or i in foot) and COMMENT_COUNTER.match(lines[i].text)]
    hits += [i for i in filled if _doubled_caption(lines[i].text)]
    for j, i in enumerate(top):
        found = GLUED_SUMMARY.match(lines[i].text)
        if not found:
            continue
        teaser = set(_words(found["teaser"]))
        later = set(w for k in filled[j + 1:j + 1 + TEASER_REACH] for w in _words(lines[k].text))
        if len(teaser) >= 4 and len(teaser & later) >= TEASER_REPEAT * len(teaser):
            hits.append(i)
    return page.drop(sorted(set(hits)))


# (r41) the content type a listing page prints on each item's card, in capitals over the item's name
CARD_LABELS = frozenset(("ENTRY", "ARTICLE", "VIDEO", "PODCAST", "EVENT", "NEWS", "STORY", "BLOG", "BLOG POST", "AUDIO",
                         "GALLERY", "INTERVIEW", "OPINION", "FEATURE", "EXPLAINER", "PRESS RELEASE", "MEDIA RELEASE",
                         "COLLECTION", "TOPIC", "PUBLICATION", "PRIMARY RESOURCE"))
CARD_LABELS_MIN = 2    # cards with the same label: a listing, not a heading said once
CARD_NAME_WORDS = 12   # words of the item's name under the label


def card_labels(page: Page) -> Page:
    """(r41) A listing page's card labels: the content type (CARD_LABELS: `ENTRY`, `ARTICLE`, `VIDEO`,
    `PODCAST` …) in capitals alone on its line over each item's name, the same label CARD_LABELS_MIN
    times or more, each right over a short line with no end mark (the item's name, CARD_NAME_WORDS words
    at most). The site's badge, never the text's: a heading in capitals is said once.

    Example: "ENTRY" / "Abbott, Charles (1906–1986)" / summary / "ENTRY" / "Abrahall, Robert (fl. 1620s)" /
    summary -> both labels go."""
    lines = page.lines
    filled = [i for i, line in enumerate(lines) if line.text.strip()]
    seen: dict[str, list[int]] = {}
    for j, i in enumerate(filled[:-1]):
        label = " ".join(lines[i].text.split())
        name = lines[filled[j + 1]].text.strip()
        if label in CARD_LABELS and len(name.split()) <= CARD_NAME_WORDS and not re.search(r"[.!?;:]$", name):
            seen.setdefault(label, []).append(i)
    return page.drop(i for found in seen.values() if len(found) >= CARD_LABELS_MIN for i in found)


# (r48) a CMS that prints each field of a page under its label prints the page's text under `Body`
BODY_LABEL = re.compile(r"^\s*Body\s*:?\s*$")
BODY_LABEL_SCAN = 40      # non-blank lines from the top where the label stands
HEADLINE_MAX = 100        # characters of the headline kept over the block


def body_field_label(page: Page) -> Page:
    """(r48) Drop a CMS's `Body` field label and the site's block between the page's headline and it.

    A content system set to show each field's label prints the page's text under `Body`; what stands
    between the headline (the page's first line) and that label is no field of the page: the site's
    notice box, printed on every page (a helpline banner in capitals, its paragraphs, the helplines'
    rows). The label alone on its line among the first BODY_LABEL_SCAN lines with text, prose under
    it, and a headline over it (a line of at most HEADLINE_MAX characters with no sentence mark at its
    end); the headline stays. With no headline over it (the label opens the text, or the first line
    reads as a sentence) the label goes alone.

    Example: 'Eligibility' / 'ADVICE NI’S HELPLINES REMAIN OPEN' / 'We will not be providing …' /
    'Helpline contact details:' / '… ring 0808 802 0020 …' / 'Body' / 'The option of …': the lines
    from the banner to the label go.
    """
    filled = [i for i, line in enumerate(page.lines) if line.text.strip()]
    label = next((k for k, i in enumerate(filled[:BODY_LABEL_SCAN]) if BODY_LABEL.match(page.lines[i].text)), None)
    if label is None or label + 1 >= len(filled) or not is_prose(page.lines[filled[label + 1]].text):
        return page
    head = page.lines[filled[0]].text.strip()
    if label == 0 or len(head) > HEADLINE_MAX or re.search(r"[.!?:;,]$", head):
        return page.drop([filled[label]])
    return page.drop(filled[1:label + 1])
