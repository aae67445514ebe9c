"""English (and other Latin-script) site chrome, by kind, at the page's edges only (issue #11).

Why: Chinese chrome is caught by a large vocabulary (vocab.py); English pages were caught by a
handful of per-site shapes, and every English round leaked 30-57 lines of the same few kinds: a
site's MENU one item a line under its NAME, a trail from `Home`, skip links and buttons, rows of
footer links (`Privacy · Accessibility · Site map`), a licence line under the text, a related-
links box (`In this chapter`), a form's controls (`( ) Yes`, `[ Save … ]`). Each kind is judged by
its shape and a small vocabulary of LINK WORDS, and only in the page's edge zones: the head (over
the first prose line that is not itself chrome) and the tail (after the last prose line). Short
lines inside the text — a law's defined terms, a table of contents, a poem, a play's speakers —
have no link word and stand among prose, so they stay. The link words live in vocab_en.py.
"""
from __future__ import annotations

import re
from bisect import bisect_left

from .page import Page
from .vocab import COPYRIGHT
from .vocab_en import PAGE_ITEM_TOOLS, NAMED_PAGER, WRAPPED_PAGER, ACCOUNT_PROMPT, SITE_MAINTAINED, tool_row, network_bar, SESSION_SELECTOR, SELECT_LABEL, FIELD_BUTTON
from .vocab_en import SERVICE_NOTICE, SEARCH_CREDIT, language_row, BUTTON_LINE, SURVEY_ANSWER_LINE, SITE_TAGLINE, WEATHER_LINE, CONTACT_SERVICE, WIDGET_MORE, WIDGET_DAY
from .vocab_en import (BACK_LINK, SITE_CREDIT, LANGUAGE_TOGGLE, STEP_WORDS, FOOTER_LEGAL, REFERENCE_ONLY, REFERENCE_ONLY_WORDS, ACCOUNT_LINKS, EMBLEM_ALT, READ_MORE, UPLOADER_CREDIT, UPLOADER_SCAN, AD_PLACEHOLDER, AD_LABEL, AD_LABELS_MIN, SIDEBAR_LABEL, ICON_NOTE, PAGE_LOCATOR, pager_row, ACCESS_NOTICE, MORE_ARTICLES, SITE_IMPRINT, RELEASE_ROW, FOOTER_LINK_WORDS, HOME_LINKS, MENU_MARKS, NEIGHBOUR_WORDS, PHASE_WORDS, SEARCH_LINKS, SKIP_LINK_EN,
                       SOCIAL, STAMP_VERBS, STRONG_LINKS, TOP_LINKS, alternation, PAGER_ARROWS, SKIP_LINK, SKIP_LINKS, BROWSER_WARNING, LOGIN_MENU_LEAD, SURVEY_ANSWERS)
from .zones import HEAD_MAX, TAIL_MAX, head_zone, is_prose
from .rules_above import WEB_CHROME

ROW_LABEL = re.compile(r"^\s*(?:support links|useful links|quick links|footer links|follow us(?: on)?|share(?: this(?: page| article| story)?)?"
                       r"|connect with us|find us on|more)\s*:\s*", re.I)
# the page's last-updated stamp in any of its wordings ('This page was last updated on', 'Page last reviewed: …')
LAST_UPDATED = re.compile(r"^\s*(?:this )?(?:page|content|article) (?:was |is )?last (?:updated|reviewed|modified|changed)\b.{0,40}$"
                          r"|^\s*last (?:updated|update|reviewed|modified)(?: on)?\s*:?\s*(?:\d.{0,30}|[A-Z][a-z]+ \d.{0,30})?$"
                          # (r27enchrome) the stamp's siblings, a date after them: a health site's next review, a federal
                          # site's 'Date modified: 2023-04-05'
                          r"|^\s*(?:next review due|next review date|review date|date modified|date last (?:modified|updated|reviewed)"
                          r"|page (?:updated|reviewed|modified)(?: on)?)\s*:?\s*(?:\d.{0,30}|[A-Z][a-z]+ \d.{0,30})$"
                          # (r43en) the label alone, its date on the next line as an unstyled page prints them
                          # ('Date modified:' / '2025-08-15')
                          r"|^\s*(?:date modified|date last (?:modified|updated|reviewed)|last (?:updated|modified|reviewed)"
                          r"|page (?:last )?(?:updated|reviewed|modified))\s*:\s*$", re.I)
# a cookie banner's text: it goes when a cookie button stands beside it
COOKIE_BANNER = re.compile(r"\b(?:we use (?:some )?(?:essential |necessary |analytics )?cookies|this (?:web)?site uses cookies"
                           r"|you have (?:accepted|rejected) (?:additional |analytics |optional |all )?cookies|your cookie settings were saved"
                           r"|we[’']d like to set additional cookies)\b|^\s*cookies on (?:the |this )?[\w.-]+(?: [\w.-]+){0,5}\s*$", re.I)
COOKIE_NEAR = 6   # lines: a banner's buttons stand within this distance of its text
# (r43) the banner's buttons printed at the end of its own line, after its sentence ('… your experience. Accept all
# cookies   Reject cookies', '… on this site. Accept  Decline')
GLUED_COOKIE_BUTTONS = re.compile(r"[.!]\s+(?:\[?\s*(?:accept|reject|allow|decline|manage|refuse|customi[sz]e)\b[\w ]{0,30}?\s*\]?\s*[|·/]?\s*){1,3}$", re.I)
# a page-usefulness survey under the text, with its answers ('Is this page useful?' / 'Yes' / 'No')
SURVEY = re.compile(r"^\s*(?:(?:is|was) this (?:page|information|article|content) (?:useful|helpful)\??" + SURVEY_ANSWERS +
                    r"|did you find what you (?:were|are) looking for\??" + SURVEY_ANSWERS + r"|thank you for your feedback\.?"
                    # (r27enchrome) the question in other wordings ('Did this page help you?', 'How useful was this page?')
                    r"|did (?:this|the) (?:page|information|article) (?:help(?: you)?|answer your question)\??" + SURVEY_ANSWERS +
                    r"|how (?:useful|helpful) (?:was|is) this (?:page|information|article)\??"
                    # (r30enweb) asked with 'find' ('Did you find this content useful?', 'Did you find this page helpful?')
                    r"|did you find (?:this|the) (?:page|information|article|content|guidance) (?:useful|helpful)\??" + SURVEY_ANSWERS +
                    # (r26webpages) an answer button worded whole ('Yes this page is useful', 'No this page is not useful')
                    r"|(?:yes|no),? this (?:page|information|article|content) (?:is|was) (?:not )?(?:useful|helpful)"
                    r"|help us improve [\w. ]{1,40}|report an? (?:problem|issue|error|mistake)(?: or (?:a )?(?:problem|issue|error|mistake))? (?:with|on) this page\.?|rate this page:?)\s*$", re.I)
# (r25auditen) the banner's two buttons printed on one line ('Accept additional cookies Reject additional cookies')
COOKIE_BUTTON = re.compile(r"^\s*(?:\[?\s*(?:accept|reject|allow|decline|manage|view|change)\b[\w ]{0,30}?\bcookies?\b\s*\]?\s*[|·/]?\s*){1,3}$"
                           r"|^\s*\[?\s*(?:accept|reject|allow|decline|manage|view|change)\b[\w ]{0,30}\bcookies?\b[\w ]{0,12}\]?\s*$"
                           r"|^\s*\[?\s*(?:accept|reject|ok|got it|i agree|agree|allow all|decline"
                           # (r44) the banner's button that opens its choices, not naming cookies ('Manage preferences'):
                           # a button only beside another cookie button (`_cookie_near`)
                           r"|(?:manage|save|update) (?:my |your )?(?:preferences|settings|choices))\s*\]?\s*$", re.I)
ROW_SEP = re.compile(r"\s+[·•|¦/]\s+|\s{3,}|\s*[·•|]\s*(?=[A-Z])|\s+→\s+(?=\S)")   # (r27enchrome) links after an arrow each
# a Markdown link (an html2text or docs-site export keeps the chrome as links): judged by its label
MD_LINK = re.compile(r"!?\[([^\]]*)\]\((?:[^()\s]|\([^()]*\))*(?:\s+\"[^\"]*\")?\)")
BULLET = re.compile(r"^\s*[-*+•·▪]\s+")   # a list item's mark: a menu printed as a list
# (r27enchrome) a social link worded as an invitation, the services after it ('Follow us on Twitter')
FOLLOW_US = re.compile(r"^\s*(?:follow|find|like|join|connect with|watch) us on\s+(?P<rest>.+?)\s*$", re.I)
# (r27enchrome) a link's note to screen readers, printed after its label: it says the line is a link
NEW_WINDOW = re.compile(r"\s*\((?:this link )?opens in (?:a )?new (?:window|tab)\)\s*$", re.I)
MD_BULLET = re.compile(r"^\s*(?:[-*+]|\d+\.)\s+")
# a line that is only a link to a place on the same page ('- [Behavior](https://…/page/#behavior)'):
# the page's own 'On this page' contents, which a docs-site export prints after the text
ANCHOR_LINK = re.compile(r"^\s*(?:[-*+]\s+)?\[[^\]]+\]\(\S*#[\w-]+\)\s*$")
# a docs page's label for its contents box, alone on a line at the head
BOX_LABEL = re.compile(r"^\s*(?:on this page|in this page|in this article|in this section|jump to:?|contents of this page"
                       r"|article index)\s*(?:…|\.{3})?\s*$", re.I)   # (r27enchrome) 'On this page...', a CMS's 'Article Index' box
BOX_AFTER = 4   # non-blank lines under the head where a contents box's label still stands (round8en)
# a search box's placeholder and label ('Search this site…', 'Enter search terms', 'Search for:')
SEARCH_BOX = re.compile(r"^\s*(?:search(?: this site| the site| our site| [A-Za-z.]+)?\s*(?:…|\.{3})|enter (?:your )?search "
                        rf"(?:terms?|keywords?)(?: here)?\s*(?:…|\.{{3}})?|search for\s*:|{alternation(SEARCH_LINKS)})\s*$", re.I)
# an in-page jump, the whole line: chrome wherever it stands (between a long page's sections too)
JUMP_LINK = re.compile(rf"^\s*(?:[↑▲^]\s*)?(?:{alternation(TOP_LINKS)}|{SKIP_LINK_EN})\s*(?:[↑▲^])?\s*$", re.I)
# the web page speaking of itself, a whole line: its stamp ('This page was last updated on', the date
# maybe lost) or a pointer from it to its source ('View the original legislation for this page at https://…'):
# chrome wherever it stands, a page of two parts (a summary, then the Act) printing it between them
PAGE_STAMP = re.compile(r"^\s*(?:this )?page (?:was )?last (?:updated|reviewed|modified)(?: on)?\s*:?\s*"
                        r"(?:\d{1,2} [A-Z][a-z]+ \d{4}|[A-Z][a-z]+ \d{1,2},? \d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{2,4})?\.?\s*$"
                        r"|^\s*(?:view|see|read|find) the (?:original|full|official|source) [\w ]{0,30}\bfor this page\b.{0,20}"
                        r"(?:https?://\S+|www\.\S+)\s*$", re.I)
GLUE = re.compile(r"(?<=[a-z])(?=[A-Z])")
HOME_TRAIL = re.compile(r"^\s*(?:home|homepage)\s*(?:>>|›|»|>|→|/)\s*\S", re.I)
END_MARK = re.compile(r"[.:;!?,。；！？]\s*$")
NUMBERING = re.compile(r"\d|^(?:part|chapter|section|article|book|act|scene|letter|schedule|title|appendix|annex)\b", re.I)
MENU_ITEM = re.compile(r"^[A-Z][\w’'&-]*(?:\s+[\w’'&-]+){0,3}$")
TOP_BAR_WORDS = 3   # words of a utility bar's piece over the site's name ('App', '中文 |', 'Log in')
# the site's name led by its domain, as a page's logo line prints it ('english.example.cn The State Council · …')
DOMAIN_NAME = re.compile(r"^\s*(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:gov|com|org|net|edu|int|[a-z]{2})(?:\.[a-z]{2})?\s+[A-Z][^.!?]{0,80}$")
SITE_NAME = re.compile(r"^[A-Z][\w’'&.,-]*(?:\s+[\w’'&.,()-]+){0,8}$")
# a licence or terms line under the text: the site's content statement, not the document's
LICENCE = re.compile(r"\b(?:licen[cs]ed under|is available under|available under the|creative commons|"
                     r"open government licen[cs]e|all content is available)\b", re.I)
# form controls flattened to text: a radio button or check box with its label, a button in brackets
CONTROL = re.compile(r"^\s*(?:\(\s?[x•*o●]?\s?\)|\[\s?[x✓]?\s?\])\s+\S.{0,60}$|^\s*\[\s+[A-Z][^\[\]]{0,40}\s+\]\s*$", re.I)
BUTTON = re.compile(r"^\s*\[\s+[A-Z][^\[\]]{0,40}\s+\]\s*$")   # '[ Save cookie settings ]': padded inside its brackets
# a related-links box's label, under the text (its items follow, one a line, to a blank line)
RELATED_LABEL = re.compile(r"^\s*(?:in this (?:chapter|section|guide|part)|on this page|related (?:links|pages|content|"
                           r"articles|topics|information|guidance|stories|news|posts|items|publications|reports)|more in this section|you may also like|"
                           # (r30enweb) the box's label addressing the reader ('You might be interested in', 'You may also be interested in')
                           r"you (?:might|may) (?:also )?(?:be interested in|like)|"
                           # (s28) a news site's box under the story ('Related stories', 'More stories', 'Most read')
                           r"more (?:stories|news|headlines)|most (?:read|popular|viewed)|recommended (?:stories|for you|reading)|"
                           r"explore the topic)\s*:?\s*$", re.I)
SCAN = 40   # non-blank lines looked at from the top
# a wiki family's tagline and a proofreading wiki's page status, under the page's name
WIKI_TAGLINE = re.compile(r"^\s*From Wiki[a-z]+(?:, the free [a-z ]+)?\s*$|^\s*This page (?:has been|has not been|needs to be|does not need to be) "
                          r"(?:proofread|validated)\b.{0,60}$")
# the site's blurb for its section, addressing the reader, as the page's first line
SITE_BLURB = re.compile(r"^\s*(?:Browse|Explore|Discover|Search) (?:our|all our|the full range of)\b|^\s*Welcome to (?:the |our )?[A-Z]")
# a wiki page's name with its namespace ('Page:….pdf/5', 'File:…'), the line over the tagline
WIKI_PAGE_NAME = re.compile(r"^\s*(?:Page|File|Index|Author|Category|Template|Portal|Help|Special|Talk|User):\S")
BLURB_LINES = 2
# (r30enweb) a legal or document portal's view tab, the page's first line ('Full Judgment Text', 'Full Text',
# 'Judgment Text', 'Complete Decision'): the tab the reader is on, over the text it shows, names no document
VIEW_TAB = re.compile(r"^\s*(?:(?:full|complete|whole)\s+(?:text|judgment|judgement|decision|order|document|case)(?:\s+text)?"
                      r"|(?:judgment|judgement|decision|order|case)\s+text)\s*$", re.I)
# (r33enlegal) a legislation site's collection label, the page's first line over one provision or Act
# ('Malaysia legislation', 'Singapore legislation', 'Commonwealth Consolidated Acts'; a code site's 'IOWA STATUTES
# AND CODES' stays in the text, test_r28_notitle's call):
# the shelf the page stands on, never the text's name; only right over a provision's label or number
# (PROVISION_LABEL), so a report titled 'Mining Legislation' over its text keeps its title
COLLECTION_LABEL = re.compile(r"^\s*(?:[A-Z][\w'’.-]*\s+){1,3}(?:legislation|LEGISLATION"
                              r"|(?i:(?:consolidated|current|numbered|sessional|repealed|historical|point[- ]in[- ]time)"
                              r"\s+(?:acts|legislation|regulations|bills|ordinances|statutes)))"
                              # (r40enlegal) the collection's year and the bar's separator left open after it
                              # ('Samoa Consolidated Legislation 2020 |', a legal information institute's database line)
                              r"(?:\s+\d{4})?(?P<open>\s*\|)?\s*$")
COLLECTION_TOP = 3   # head lines: a collection label with its bar's separator open stands among the first ones
PROVISION_LABEL = re.compile(r"^\s*(?:(?:Section|SECTION|Clause|CLAUSE|Article|ARTICLE|Regulation|Rule|Part|PART|Chapter|CHAPTER|Schedule|SCHEDULE|§)\s*\d"
                             r"|\d{1,4}(?:\.\d{1,4})*[A-Z]?\s*[-–—.]?\s+[A-Z])")
# (r33enlegal) a portal's link back to its home page, the site's name in it ('Back to EUR-Lex homepage', 'Return
# to the Council home page'): chrome at the page's head
HOME_BACK_LINK = re.compile(r"^\s*(?:[«‹←<]\s*)?(?:back|return|go back) to (?:the\s+)?(?P<site>(?:[\w.'’-]+\s+){0,3})(?:home\s?page|home)\s*$", re.I)
BRAND_WORDS = 8   # words of a portal's brand line with its tagline ('EUR-Lex Access to European Union law')
# (r33enlegal) a link's text that names itself a link, a legislation site's links over an Act ('Link to consolidated
# regulation (PDF)', 'Link to Point in Time'): chrome at the page's head
LINK_LABEL = re.compile(r"^\s*link to\s+\S", re.I)
LINK_LABEL_WORDS = 6
LINK_LABEL_REACH = 12   # non-blank lines at the page's top where such links stand (under a deposit block's sentence too)


def _brand_over_home_link(lines, head: list[int], i: int, site: str) -> list[int]:
    """(r33enlegal) The portal's brand line over its link back home, the home link naming the site the
    brand opens with ('EUR-Lex Access to European Union law' over 'Back to EUR-Lex homepage'): the
    first line of the head, BRAND_WORDS words at most, no sentence."""
    site = " ".join(site.split())
    first = head[0] if head else None
    if not site or first is None or first >= i:
        return []
    text = " ".join(lines[first].text.split())
    return [first] if text.startswith(site) and len(text.split()) <= BRAND_WORDS and not END_MARK.search(text) else []
# the site speaking to the reader about the page or service itself, over the text: a phase
# banner and its tag, a note that the page shows one section, a navigation blurb
SITE_NOTICE = re.compile(r"\byour feedback will help\b|\b(?:read|view|see) the full (?:chapter|text|document|report|act|guide)"
                         r" here\b|\bthis is a (?:new|beta|trial|single) (?:service|section|page)\b|\bjump straight to\b"
                         r"|\bstructured for quick navigation\b"
                         # (r30enweb) the page's keyboard help ('↑↓ Move · Click section badges to collapse · Press ? for help')
                         r"|\bpress\s+\S{1,5}\s+(?:for|to\s+(?:open|show|see))\s+(?:help|keyboard\s+shortcuts|shortcuts)\b"
                         r"|\bclick\s+[\w ]{1,30}?\s+to\s+(?:collapse|expand)(?:\s+or\s+(?:collapse|expand))?\s*(?:[·|•]|$)"
                         # (r40enlegal) its annotation tool's hint ('Tap any paragraph to write a margin note. …')
                         r"|^\s*(?:tap|click|select|double-click|long-press)\s+(?:on\s+)?(?:any|a|the)\s+(?:paragraph|passage|sentence|line|section)"
                         r"\s+to\s+(?:write|add|leave|make|save)\s+(?:a\s+)?(?:margin\s+|private\s+)?(?:note|comment|highlight|bookmark|annotation)s?\b"
                         # (r40enlegal) a code site's selection tool ('This section is included in your selections.')
                         r"|^\s*this (?:section|article|chapter|part|page) is (?:included|selected) in your selections?\W*$"
                         # the page placing itself in a collection (round6, xxg4: 'This document is part of a collection')
                         r"|^\s*this (?:page|document|publication|section|chapter) is (?:a )?part of (?:a|the|this) (?:collection|series|publication|document)\b\W*$|\bthis (?:page|text) (?:is|was|has been) automatically generated\b"
                         # a legislation site's note on the version it shows
                         r"|\byou requested the version\b|\bthe closest version (?:currently )?available\b"
                         # (r33enlegal) a law portal's note that the page shows part of its record ('This document is an
                         # excerpt from the EUR-Lex website')
                         r"|^\s*this (?:document|page|text) is an excerpt from the\s+\S.{0,40}\s(?:website|site|portal|database)\W*$"
                         # (r27enchrome) its note that parts of the version shown are not in force
                         r"|\b(?:act|regulation|version) (?:has|contains) \W?not in force\W? (?:sections|provisions)\b"
                         # the browser notice a page prints for a reader without scripts or with an old browser
                         r"|\bjavascript is (?:not enabled|disabled|turned off|not running)\b|\b(?:enable|turn on|turning on) javascript\b"
                         r"|\bthis (?:web)?site uses javascript\b|\byou are using an? (?:outdated|old|unsupported) browser\b"
                         r"|\byour browser (?:is out of date|is not supported|does not support)\b"
                         # (s28) its terse forms ('No Support JavaScript', 'JavaScript is required', 'JavaScript not supported')
                         r"|^\W*no (?:support )?javascript\W*$|\bjavascript (?:is )?(?:required|not supported|unsupported)\b"
                         # (s28) a content system's message region and the error it prints into the page ('Error message',
                         # 'User warning: The following module is missing … in _drupal_…() (line 1156 of /var/www/…)',
                         # 'Warning: Undefined variable $x in /var/www/… on line 12'): the server talking, no text's words
                         r"|^\s*(?:error|warning|status) messages?\s*$"
                         r"|^\s*(?:user |php )?(?:warning|notice|deprecated|fatal error|strict warning|parse error)\s*:.*"
                         r"(?:\(line \d+ of /|\bin /\S+ on line \d+|\bin _?\w+\(\))",
                         re.I)
PHASE_TAG = re.compile(rf"^\s*(?:{PHASE_WORDS})\s*$")
NOTICE_MAX = 40   # words: a notice is one or two sentences
NOTICE_AFTER = 2   # lines under the head's end looked at for a notice
# a trail from `Home` whose marks were pictures: capitalised items and numbers only ('Home China Laws 2002 Page 10')
BARE_TRAIL = re.compile(r"^\s*Home(?:\s+(?:[A-Z][\w.&'’-]*|\d[\w.-]*)){2,9}\s*$")
# a record's fields in a row, label then value after a wide gap or a colon, as law and catalogue
# sites print them over the text ('Category  COMMUNICATIONS … Status of Effect  In Force')
FIELD_LABELS = ("category", "organ of promulgation", "status of effect", "date of promulgation", "effective date",
                "promulgation date", "issuing authority", "issuing department", "issued by", "document number",
                "document no.", "date of issue", "date issued", "validity", "release date", "publish date",
                "date published", "file number", "reference number", "level of authority", "subject")
FIELD = re.compile(r"(?:^|\s)(" + "|".join(re.escape(x) for x in FIELD_LABELS) + r")(?:\s{2,}|\s*:\s*)\S", re.I)
# (r27enchrome) a record list's column label left alone at the page's top, its list gone: an abbreviation
# and a field's word ('Qp Date', 'Pub Date', 'Doc Type', 'Eff Date'); a title of two words has a longer first word
COLUMN_LABEL = re.compile(r"^(?:[A-Z][A-Za-z]{0,2}\.?\s+)(?:Date|Type|Status|No\.?|Number|Ref)$")
COLUMN_LABEL_TOP = 3   # non-blank lines from the top where it stands
# a layout picture's alt text left as a line ('Slider', 'Left Corner', 'Logo', 'Banner image'): every
# word names a piece of the page's frame, never a subject
LAYOUT_WORDS = frozenset("slider banner logo spacer corner left right top bottom header footer image img icon "
                         "divider separator shadow background carousel".split())   # the blurb is among the first non-blank lines, a headline under it


def visible(text: str) -> str:
    """The line as a reader sees it: Markdown links by their labels, a list bullet dropped."""
    if "](" in text:
        text = MD_BULLET.sub("", MD_LINK.sub(lambda m: m.group(1), text))
    return BULLET.sub("", text)


def _norm(piece: str) -> str:
    s = re.sub(r"\s+", " ", piece.strip(" \t[]()→›»·•|").lower())
    # (r27enchrome) a word's optional plural keeps its bracket: 'Alternate Format(s)'
    return s + ")" if PLURAL_OPEN.search(s) else s


PLURAL_OPEN = re.compile(r"\w\((?:s|es)$")


def link_row(text: str, continuation: str = "") -> bool:
    """A row of link words (a footer's or tool bar's), maybe after a label ('Support links:'):
    every piece a link word, two or more pieces; one piece suffices if it is a STRONG link
    (a skip link, `Back to top`). `continuation`: the wrapped row's next line ('conditions')."""
    text = visible(text)
    body = ROW_LABEL.sub("", text.strip())
    labelled = body != text.strip()
    if NEW_WINDOW.search(body):
        body = NEW_WINDOW.sub("", body)   # (r27enchrome) 'Print (opens in a new window)': a link's note for screen readers
        labelled = True
    if continuation:
        body = f"{body} {continuation.strip()}"
    words = re.sub(r"[,·•|]", " ", body.lower()).split()
    if len(words) >= 2 and all(w in SOCIAL for w in words):
        return True   # 'Facebook Twitter LinkedIn Email'
    follow = FOLLOW_US.match(body)
    if follow and follow["rest"] and all(w in SOCIAL or w in ("and", "&") for w in re.sub(r"[,·•|]", " ", follow["rest"].lower()).split()):
        return True   # (r27enchrome) 'Follow us on Twitter', 'Find us on Facebook and Instagram'
    pieces = [_norm(p) for p in ROW_SEP.split(body) if p.strip(" ·•|")]
    if not pieces or any(not p for p in pieces):
        return False
    if len(pieces) >= 3 and IMPRINT_PIECE.match(pieces[0]) and all(p in FOOTER_LINK_WORDS for p in pieces[1:]):
        return True   # (r22s18) the site's one-sentence imprint, then its links ('X is a project of … · Terms of use · Privacy ·')
    if len(pieces) == 1 and len(spaced := _spaced_links(body)) >= SPACED_LINKS_MIN and any(p in FOOTER_LEGAL for p in spaced):
        return True   # (r22s18) footer links whose separators were pictures: 'Accessibility Cookies Privacy Terms and conditions'
    if len(pieces) == 1:
        glued = [g.strip() for g in GLUE.split(body) if g.strip()]
        if len(glued) >= 3 and all(_menu_item(g) for g in glued) \
                and (_norm(glued[0]) in HOME_LINKS or sum(_norm(g) in FOOTER_LINK_WORDS for g in glued) >= 2):
            return True   # a menu run together, its items' gaps lost: 'HomeAbout UsNewsContact Us'
        # one word alone ('Home', 'Print', 'Feedback') may be a poem's or a page's title: a link
        # alone needs two words ('Back to top') or its row's label
        return pieces[0] in STRONG_LINKS and " " in pieces[0] or (labelled and pieces[0] in FOOTER_LINK_WORDS)
    if all(p in FOOTER_LINK_WORDS or p in SOCIAL for p in pieces):
        return True
    # a site's menu bar on one line: four or more short pieces, `Home` first or two link words
    raw = [p.strip(" ·•|") for p in ROW_SEP.split(body) if p.strip(" ·•|")]
    if any(p in STRONG_LINKS and " " in p for p in pieces) and all(_menu_item(p) for p in raw):
        return True   # a tool bar holding a skip link, its other pieces short items ('… | Search'; round7, xxi6)
    if len(raw) >= PIPE_MENU_MIN and len(PIPE.findall(body)) == len(raw) - 1 and all(_menu_item(p) for p in raw):
        return True   # a library's or a site's menu bar, its items between ' | ' (round5: xxr2)
    if len(raw) >= PIPE_MENU_MIN and len(SLASH.findall(body)) == len(raw) - 1 and all(_menu_item(p) for p in raw) \
            and _norm(raw[0]) not in HOME_LINKS:
        return True   # (r26webpages) the same bar between ' / ' (a trail from Home is the breadcrumb rule's)
    return len(pieces) >= 4 and all(_menu_item(p) or p.isupper() and len(p) <= 12 for p in raw) \
        and (pieces[0] in HOME_LINKS or sum(p in FOOTER_LINK_WORDS for p in pieces) >= 2)


# (r22s18) a footer's row that opens with the site's imprint, one sentence ('LesothoLII is a project
# of the Judiciary of Lesotho, with support from Laws.Africa.'), then its links
IMPRINT_PIECE = re.compile(r"^[\w.&'’ -]{2,60} is (?:a project|an initiative|a service|run|operated|maintained|published|managed)"
                           r"\b(?:[^.!?]|\.(?=\w)){0,160}\.$")
SPACED_LINKS_MIN = 3   # footer links run together with single spaces, three at least
SPACED_PHRASE_WORDS = 4   # words of the longest link phrase ('terms and conditions of use')


RUN_MENU_LINKS = 3      # link phrases of a menu bar run together with single spaces
RUN_MENU_SHARE = 0.5    # of its words, at least, in those phrases (the rest: the site's own items)
RUN_MENU_WORDS = 14


LAYOUT_CELLS_MIN = 4   # cells of a menu bar kept in its layout ('Office Home   Digital   Strategy   Research')
LAYOUT_CELL_WORDS = 4  # words of one cell


def layout_menu(text: str) -> bool:
    """(r41) A site's menu bar kept in its layout by a print's text export (`pdftotext -layout`): LAYOUT_CELLS_MIN
    cells or more apart by runs of three spaces or more, each a short capitalised label (LAYOUT_CELL_WORDS
    words at most, no digit, no end mark), one of them the site's home link (`Home`, or the site's name
    before it: `Cabinet Office Home`). The items are the site's sections, whatever their words; a table's
    header row holds no home link."""
    cells = re.split(r"\s{3,}", text.strip())
    return len(cells) >= LAYOUT_CELLS_MIN \
        and all(c[:1].isupper() and len(c.split()) <= LAYOUT_CELL_WORDS and not re.search(r"\d", c) and not END_MARK.search(c) for c in cells) \
        and any(re.search(r"(?:^|\s)Home$|^Home\b", c) for c in cells)


def run_menu(text: str) -> bool:
    """(r23enleak) A site's menu bar printed as one line of capitalised items with single spaces
    (`Français Contact Us Help Search Canada Site`, `What's New About Us Policies Site Map Home`):
    three link phrases or more (FOOTER_LINK_WORDS, MENU_MARKS, a language toggle) make half its
    words or more, the rest the site's own items; ≤ 14 words, no end mark. A heading or a sentence
    holds few link words, and lower-case ones."""
    words = text.split()
    if not words or len(words) > RUN_MENU_WORDS or END_MARK.search(text.strip()):
        return False
    covered = links = k = 0
    while k < len(words):
        for n in range(min(SPACED_PHRASE_WORDS, len(words) - k), 0, -1):
            phrase = " ".join(words[k:k + n]).lower()
            if words[k][:1].isupper() and (phrase in FOOTER_LINK_WORDS or phrase in MENU_MARKS or LANGUAGE_TOGGLE.match(phrase)):
                covered, links, k = covered + n, links + 1, k + n
                break
        else:
            k += 1
    return links >= RUN_MENU_LINKS and covered >= RUN_MENU_SHARE * len(words)


def _spaced_links(text: str) -> list[str]:
    """(r22s18) The link phrases a line is made of when its words run together with single
    spaces, each link capitalised (`Accessibility Cookies Privacy Terms and conditions Freedom of
    information`), longest phrase first; [] when a word is left over or one link opens in lower
    case. A heading's or sentence's words never all split into footer links."""
    words = text.split()
    out, k = [], 0
    while k < len(words):
        for n in range(min(SPACED_PHRASE_WORDS, len(words) - k), 0, -1):
            phrase = " ".join(words[k:k + n]).lower()
            if phrase in FOOTER_LINK_WORDS and words[k][:1].isupper():
                out.append(phrase)
                k += n
                break
        else:
            return []
    return out


# A menu bar whose items stand between explicit bars ('Site Home | Databases | Search | Feedback'):
# the bars say "links" where spaces alone do not, so no link word is needed; five items at least,
# each a short capitalised menu item (no number, no end mark), and a bar between every two.
PIPE = re.compile(r"\s\|\s")
SLASH = re.compile(r"\s/\s")   # (r26webpages) a legislature's menu bar with slashes: 'Legislators / Committees / Bills & Resolutions / …' 
PIPE_MENU_MIN = 5


def _menu_item(text: str) -> bool:
    s = visible(text).strip()
    return bool(s) and len(s) <= 30 and MENU_ITEM.match(s) is not None and not END_MARK.search(s) \
        and not NUMBERING.search(s)


def _site_name(text: str) -> bool:
    s = text.strip()
    return len(s.split()) <= 6 and SITE_NAME.match(s) is not None and not END_MARK.search(s)


def _menu_runs(lines, head: list[int], gone_home: frozenset[int] = frozenset()) -> list[int]:
    """Runs of three or more menu items (blank lines between them allowed) with a link word that
    marks a menu (`Home` first, or two of `About …`, `Contact …`, `Search` …), and the site's name
    on the line right over the run when it opens the page. `gone_home`: the numbers of removed
    `Home` lines (an earlier rule's: a breadcrumb's echo), which open the run as well."""
    hits: list[int] = []
    k = 0
    while k < len(head):
        if not _menu_item(lines[head[k]].text):
            k += 1
            continue
        m, seen = k, set()
        while m < len(head) and (_menu_item(lines[head[m]].text) or _account_glued(lines[head[m]].text)) \
                and _norm(visible(lines[head[m]].text)) not in seen:
            seen.add(_norm(visible(lines[head[m]].text)))   # a menu names each item once: a line again is the page's (round21en)
            m += 1
        run = head[k:m]
        if len(run) > 3 and m == len(head) and run[-1] + 1 < len(lines) and _headline_over_text(lines, run[-1]):
            run = run[:-1]   # (r26webpages) the head's last line over the first paragraph: the page's headline, not an item
        words = [_norm(visible(lines[i].text)) for i in run]
        marks = sum(w in MENU_MARKS or w.split(" ")[0] in ("about", "contact")
                    or " " in w and w.endswith(tuple(" " + a for a in ACCOUNT_LINKS)) for w in words)   # '… Sign in' (round21en)
        # (r43) the menu's 'Home' may be gone already, taken as the breadcrumb's echo, right over the rest of the menu
        home_gone = bool(run) and any(_blank_between(lines, run[0], n) for n in gone_home)
        if len(run) >= 3 and (words[0] in HOME_LINKS or home_gone or marks >= 2):
            hits += run
            if k >= 1 and all(h in hits for h in head[:k - 1]):   # nothing kept over the name
                above = head[k - 1]
                name = lines[above].text.strip()
                if above == run[0] - 1 and SITE_NAME.match(name) and not END_MARK.search(name):
                    hits.append(above)   # the site's name, right over its menu
        k = m
    return hits


def _blank_between(lines, i: int, number: int) -> bool:
    """(r43) Line `number` (removed) stood right over line i: only blank kept lines between them."""
    k, seen = i - 1, lines[i].number - 1
    while k >= 0 and lines[k].number == seen and not lines[k].text.strip():
        k, seen = k - 1, seen - 1
    return seen == number and (k < 0 or lines[k].number != number)


def _headline_over_text(lines, i: int) -> bool:
    """(r26webpages) The next non-blank line under line i is a sentence of the text (`_sentence`):
    line i, the last of the head, is the page's headline over its first paragraph."""
    k = _next_filled(lines, i)
    if k is None:
        return False
    after = lines[k + 1].text if k + 1 < len(lines) else ""
    return _sentence(lines[k].text, after)


def _account_glued(text: str) -> bool:
    """'Plans & pricing Sign in': a menu item with the bar's account link glued after it (a sharing
    site's menu copied as text loses the gap between its last two items; round21en)."""
    s = " ".join(visible(text).split())
    link = next((a for a in ACCOUNT_LINKS if s.casefold().endswith(" " + a)), None)
    return link is not None and _menu_item(s[:len(s) - len(link) - 1])


def _sentence(text: str, after: str = "") -> bool:
    """A line of the page's text: prose (zones.is_prose: 8 words) that ends a sentence, is long,
    or runs on into the next line in lower case (a hard-wrapped paragraph). A headline or a
    page's name of 8 words (`Page:… Ordinance 1966 (Cap. 1).pdf/5`) does not end the head, so
    the chrome under it is still looked at."""
    return is_prose(text) and (END_MARK.search(text.rstrip('"”’)')) is not None or len(text.split()) >= 20 and not text.isupper()
                               or after.strip()[:1].islower())


NOTICE_TOP = 0          # (r43) head lines over a site's notice at most: it opens the page
NOTICE_SENTENCE = 25    # words of the notice: one sentence


def _notice_over_chrome(lines, i: int) -> bool:
    """(r43) A site's notice opening the page (`Bin collections are delayed this week because of the bank
    holiday.`): one sentence of at most NOTICE_SENTENCE words alone on its line, the next two lines with text
    no sentences and closed by no stop (the site's name, its menu, a language row: the head goes on under it)."""
    flat = " ".join(lines[i].text.split())
    if len(flat.split()) > NOTICE_SENTENCE or not END_MARK.search(flat) or re.search(r"[.!?]\s+[A-Z]", flat[:-1]):
        return False
    k, seen = i, 0
    while seen < 2:
        k = _next_filled(lines, k)
        if k is None or END_MARK.search(lines[k].text.strip()) or _sentence(lines[k].text, lines[k + 1].text if k + 1 < len(lines) else ""):
            return False
        seen += 1
    return True


def _head(lines) -> list[int]:
    """Non-blank indices over the first prose line that is not itself chrome (a long trail from
    `Home` or a link row reads as prose by its word count)."""
    out: list[int] = []
    for i, line in enumerate(lines[:HEAD_MAX]):
        text = line.text.strip()
        if not text:
            continue
        after = lines[i + 1].text if i + 1 < len(lines) else ""
        if _sentence(text, after) and not SITE_NOTICE.search(text) and not COOKIE_BANNER.search(text) and not ACCOUNT_PROMPT.match(text) \
                and not HOME_TRAIL.match(text) and not link_row(text) and not WIKI_TAGLINE.match(text) \
                and not (len(out) < BLURB_LINES and SITE_BLURB.match(text)) and not EMBLEM_ALT.match(text) \
                and not (len(out) <= NOTICE_TOP and _notice_over_chrome(lines, i)):
            break
        out.append(i)
        if len(out) >= SCAN:
            break
    return out


BAR_REST = re.compile(r"^\s*[|·•›»]\s*\S")   # a link bar's wrapped rest: '| Help | PLUS'


DOUBLED_MIN_WORDS = 3


def _link_heading(lines, head: list[int], i: int) -> bool:
    """(r27enchrome) One link phrase alone as the head's last line, right over the text's first sentence
    (`Contact us` over `The Department welcomes comments on this report. …`): the heading of that
    paragraph, not a menu's item. A menu's item stands among other chrome; a skip or top link goes by
    JUMP_LINK wherever it stands."""
    return i == head[-1] and len(ROW_SEP.split(visible(lines[i].text).strip())) == 1 and _headline_over_text(lines, i) \
        and not (len(head) >= 2 and link_row(lines[head[-2]].text))


# (r27enchrome) the tools and view tabs of the page shown, not the site's menu: a line of them under a
# headline is the page's own bar, and the line over it is the page's name, not the site's
VIEW_TOOL_WORDS = frozenset(("print", "pdf", "share", "email", "e-mail", "download", "download pdf", "full text",
                             "table of contents", "contents", "versions", "historical versions", "previous versions",
                             "whole act", "whole regulation", "print options", "notes", "history", "related",
                             "point in time", "print this page", "cite", "citation", "rss", "export", "save"))


def view_tools(text: str) -> bool:
    """(r27enchrome) A line made only of the page's tools and view tabs (VIEW_TOOL_WORDS), between
    separators or run together (`Full text · Table of contents · Versions · Print`, `Historical versions
    PDF Print`): longest phrase first, every word covered."""
    words = [w for w in re.split(r"[\s·•|/]+", visible(text).strip().casefold()) if w]
    k = 0
    while k < len(words):
        for n in range(min(3, len(words) - k), 0, -1):
            if " ".join(words[k:k + n]) in VIEW_TOOL_WORDS:
                k += n
                break
        else:
            return False
    return bool(words)


def doubled_name(text: str) -> bool:
    """A line that is one name written twice over ('Harbour Trust (HT) Harbour Trust (HT)'): a
    site's logo text and its heading flattened onto one line, page chrome over the document's own
    title (round12en). A name of fewer than DOUBLED_MIN_WORDS words ('Bye bye') is not taken."""
    words = text.split()
    half = len(words) // 2
    return len(words) % 2 == 0 and half >= DOUBLED_MIN_WORDS and words[:half] == words[half:]


# (s28) a record page's fields printed one a line in a column, label then a wide gap or a tab then the
# value ('Plan Type:                     Vision', 'Coverage Period:               -'): the portal's
# catalogue card over the document it lists, no words of the document
FIELD_COLUMN = re.compile(r"^\s*[A-Z][A-Za-z]+(?:[ /-][A-Za-z]+){0,3}:(?:[ \t]{2,}\S.{0,80}|\s*-?\s*)$")
FIELD_COLUMN_MIN = 3    # rows in a column (blank lines between them allowed)
FIELD_COLUMN_WORDS = 14
# a memo's or letter's own header fields name its writer and subject: front matter, never a card
MEMO_LABEL = re.compile(r"^\s*(?:to|from|date|subject|re|cc|bcc|attention|attn|memo|memorandum|ref|reference|our ref|your ref)\s*:", re.I)


def _field_column(lines, head: list[int]) -> set[int]:
    """(s28) Runs of FIELD_COLUMN_MIN or more head lines that are each one record field
    (FIELD_COLUMN), with only blank lines between them; a run holding a memo's field (MEMO_LABEL:
    `To:`, `From:`, `Subject:`) is the document's own header and stays."""
    out: set[int] = set()
    run: list[int] = []
    for i in head + [-1]:   # the head's lines in order, only blank lines between neighbours
        if i >= 0 and FIELD_COLUMN.match(lines[i].text) and len(lines[i].text.split()) <= FIELD_COLUMN_WORDS:
            run.append(i)
            continue
        if len(run) >= FIELD_COLUMN_MIN and not any(MEMO_LABEL.match(lines[j].text) for j in run):
            out.update(run)
        run = []
    return out


def en_chrome(page: Page) -> Page:
    """Drop English page chrome at the edges: menus, the site's name over its menu, a trail from
    `Home`, skip links and buttons, footer link rows, licence lines, form controls, and a
    related-links box under the text.

    Example (head): "Legislation Design and Advisory Committee" / "Home" / "About LDAC" /
    "Guidelines" / "Contact us" / "Home › Guidelines › Chapter 13"; (tail): "In this chapter" /
    "Part 1 – Introduction"; "( ) Yes" / "[ Save cookie settings ]"; "Support links:
    Accessibility statement · Cookies · Privacy notice · Terms and" / "conditions"; "All content is
    available under the Open Government Licence v3.0, except" / "where otherwise stated".
    Also site notices and phase banners, cookie banners with their buttons, browser notices,
    search boxes, social rows, tool bars, usefulness surveys, last-updated stamps, a wiki's
    tagline, a bare trail with its echo, a record's field rows (docs/cleaning.md, `en-chrome`).
    A text with no Latin word at its head is not looked at (vocab.py has the Chinese words); a
    line between the edges never is, but for a whole-line jump link (`Back to top`).
    """
    lines = page.lines
    if not any(re.search(r"[A-Za-z]{3}", line.text) for line in lines[:HEAD_MAX]):
        return page
    hits: set[int] = set()
    head = _head(lines)
    hits |= _field_column(lines, head)
    gone_home = frozenset(r.line for r in page.removed if _norm(visible(r.text)) in HOME_LINKS)
    nav = set(_menu_runs(lines, head, gone_home))   # navigation: what a site's name stands over
    hits.update(nav)
    top = [k for k, line in enumerate(lines[:HEAD_MAX]) if line.text.strip()][:LINK_LABEL_REACH]
    hits.update(k for k in top if LINK_LABEL.match(lines[k].text) and len(lines[k].text.split()) <= LINK_LABEL_WORDS
                and not END_MARK.search(lines[k].text.strip()))   # (r33enlegal) 'Link to Point in Time' over an Act
    for i in head:
        text = lines[i].text
        if HOME_TRAIL.match(text) and not END_MARK.search(text) or link_row(text) and not _link_heading(lines, head, i) \
                or PHASE_TAG.match(text) or run_menu(text) or layout_menu(text):
            hits.add(i)
            nav.add(i)
            rest = lines[i + 1].text if i + 1 < len(lines) else ""
            if BAR_REST.match(rest) and len(rest.strip()) <= len(text.strip()) and link_row(text, rest):
                hits.add(i + 1)   # the bar hard-wrapped (a PDF of the page): its rest opens with the bar's separator (robust3)
                nav.add(i + 1)
        elif COLUMN_LABEL.match(text.strip()) and head.index(i) < COLUMN_LABEL_TOP:
            hits.add(i)   # (r27enchrome) a record list's column label alone at the page's top ('Qp Date')
        elif LANGUAGE_TOGGLE.match(text) or language_row(text):
            hits.add(i)   # (r23enleak) the link to the page in the other language, alone on a line at the head ('Français')
        elif BUTTON_LINE.match(text) or SPACED_TRAIL_EN.match(text) and _capitalised_crumbs(text) or tool_row(text) or network_bar(text) \
                or head.index(i) < DOT_TRAIL_TOP and head.index(i) + 1 < len(head) and _dot_crumbs(text):
            hits.add(i)   # (r25auditen) 'Print entire guide' under the headline; 'Services  >  Environment  >  Waste and recycling'
        elif WIKI_TAGLINE.match(text) or BOX_LABEL.match(text) or SEARCH_BOX.match(visible(text)) or SEARCH_CREDIT.match(text) or meta_row(text) \
                or RELEASE_ROW.match(text):   # 'Tuesday, 3 September 2019 | Press Release: UK Government' (round9en)
            hits.add(i)
        elif 0 < len(text.split()) <= 3 and all(w in LAYOUT_WORDS for w in text.lower().split()) \
                and any(w in ("slider", "banner", "logo", "spacer", "corner", "carousel", "image", "img", "icon") for w in text.lower().split()):
            hits.add(i)
        elif SITE_NOTICE.search(text) and len(text.split()) <= NOTICE_MAX or ACCOUNT_PROMPT.match(text):
            hits.add(i)
        elif EMBLEM_ALT.match(text) and text.strip()[:1].isupper():
            hits.add(i)   # an emblem's alt text at the head ('Queensland Crest', round14en)
        elif SITE_BLURB.match(text) and head.index(i) < BLURB_LINES and head.index(i) + 1 < len(head):
            hits.add(i)
        elif (home := HOME_BACK_LINK.match(text)) and head.index(i) + 1 < len(head):
            hits.add(i)   # (r33enlegal) a portal's link back to its home page over the text ('Back to EUR-Lex homepage')
            hits.update(_brand_over_home_link(lines, head, i, home["site"]))
        elif head.index(i) == 0 and len(head) > 1 \
                and (VIEW_TAB.match(text) or COLLECTION_LABEL.match(text) and PROVISION_LABEL.match(lines[head[1]].text)) \
                or head.index(i) < COLLECTION_TOP and (label := COLLECTION_LABEL.match(text)) and label["open"]:
            hits.add(i)   # (r30enweb) a legal portal's view tab alone over the text it shows ('Full Judgment Text');
            #               (r33enlegal) a legislation site's collection label ('Malaysia legislation')
        elif LAST_UPDATED.match(text) or SURVEY.match(text) or COOKIE_BUTTON.match(text) and _cookie_near(lines, i):
            hits.add(i)
        elif COOKIE_BANNER.search(text) and len(text.split()) <= NOTICE_MAX and (_cookie_near(lines, i) or GLUED_COOKIE_BUTTONS.search(text)):
            hits.add(i)   # (r43) the buttons may close the banner's own line: '… experience. Accept all cookies  Reject cookies'
        elif len({m.lower() for m in FIELD.findall(text)}) >= 2 or field_pieces(text):
            hits.add(i)   # a record's field row over the text
            # its second row may hold the rest of the pairs, one label left ('Date of Promulgation  1996-10-03 …')
            j = i + 1
            if j < len(lines) and FIELD.search(lines[j].text) and not END_MARK.search(lines[j].text.strip()):
                hits.add(j)
        elif head.index(i) == 0 and BARE_TRAIL.match(text) and (echo := _trail_echo(lines, head, text)) is not None:
            hits.update((i, echo))
        elif (echo := _menu_echo(lines, head, i)) is not None:
            # a menu bar whose section the page names again under it (round6, xxg6), its label over it
            hits.update((i, echo))
            nav.update((i, echo))
            k = head.index(i)
            if k > 0 and len(lines[head[k - 1]].text.split()) <= MENU_LABEL_WORDS and not END_MARK.search(lines[head[k - 1]].text.strip()) \
                    and _site_name(lines[head[k - 1]].text):
                hits.add(head[k - 1])
                nav.add(head[k - 1])
        elif BARE_TRAIL.match(text) and _menu_over_trail(lines, head, i):
            hits.add(i)   # a menu bar with its marks lost, over the trail it leads to (round6, xxg7)
            nav.add(i)
    # a phase banner's tag and notice around the service's name ('BETA' / 'Check your flood risk' / 'This is a new service …')
    for a, b, c in zip(head, head[1:], head[2:]):
        if PHASE_TAG.match(lines[a].text) and SITE_NOTICE.search(lines[c].text) and _site_name(lines[b].text):
            hits.add(b)
    first = head[0] if head else None
    if first is not None and len(head) > 1 and doubled_name(lines[first].text):
        hits.add(first)   # the site's name printed twice on one line over the page (round12en)
    if first is not None and first not in hits and len(head) > 1 and head[1] in nav and _site_name(lines[first].text) \
            and not view_tools(lines[head[1]].text):
        hits.add(first)   # the site's name over its chrome: 'Singapore Government' / 'Link to Homepage'
        #                   (r27enchrome) not the headline over the page's own view tabs ('Historical versions PDF Print')
    for a, b in zip(head, head[1:]):
        if b in nav and a not in hits and DOMAIN_NAME.match(lines[a].text):
            hits.add(a)   # the site's domain and name right over its menu ('example.gov.cn The Council · …', round6 xxg7)
            # over the site's name only its utility bar stands: short pieces with no end mark ('App', '中文 |')
            hits.update(k for k in head[:head.index(a)] if len(lines[k].text.split()) <= TOP_BAR_WORDS
                        and not END_MARK.search(lines[k].text.strip()))
    for a, b, c in zip(head, head[1:], head[2:]):
        if a in nav and c in nav and b not in hits and _site_name(lines[b].text) and not HOME_TRAIL.match(lines[a].text) \
                and not _print_header_names(page, lines[b].text):
            hits.add(b)   # a site's or a database's name between two menu bars (round5: xxr2); (r27enchrome) not the
            #              headline under the trail that ends at it, over the page's view tabs, nor the line the print header names
    if first is not None and len(head) > 1 and WIKI_PAGE_NAME.match(lines[first].text) and WIKI_TAGLINE.match(lines[head[1]].text):
        hits.add(first)   # the wiki page's name over 'From Wikisource'
    # a notice right under the headline, where the text's first sentence ended the head
    after = [i for i in range((head[-1] + 1) if head else 0, min(len(lines), HEAD_MAX)) if lines[i].text.strip()][:NOTICE_AFTER]
    # a publication's page with no blank lines: its summary ends the head, and the site's notice
    # and the in-page box's label stand under it (round8en: 'This file may not be fully accessible.'
    # / 'In this page'); the label only over a short line (its entry or the first heading)
    below = [i for i in range((head[-1] + 1) if head else 0, min(len(lines), HEAD_MAX)) if lines[i].text.strip()][:BOX_AFTER + 1]
    hits.update(i for i in below if ACCESS_NOTICE.match(lines[i].text))
    hits.update(a for a, b in zip(below, below[1:]) if BOX_LABEL.match(lines[a].text)
                and len(lines[b].text.split()) <= MENU_LABEL_WORDS * 5 and not END_MARK.search(lines[b].text.strip()))
    for a, b in zip(after, after[1:]):   # (r26webpages) the notice under the page's first sentence ('NOTE: X Online is an unofficial copy …')
        if END_MARK.search(lines[a].text.strip()) and (notice := _reference_notice(lines, b)):
            hits.update(notice)
            hits.update(_notices_under(lines, notice))
    if after and (notice := _reference_notice(lines, after[0])):
        hits.update(notice)   # (r22s18) a reference-only notice under the page's head, and the row of tools under it
        notice = notice + _notices_under(lines, notice)
        hits.update(notice)
        k = next((j for j in range(notice[-1] + 1, min(len(lines), notice[-1] + 3)) if lines[j].text.strip()), None)
        if k is not None and (dot_row(lines[k].text) or link_row(lines[k].text)):
            hits.add(k)
    hits.update(i for i in after if SITE_NOTICE.search(lines[i].text) and len(lines[i].text.split()) <= NOTICE_MAX
                or dot_row(lines[i].text, labelled=True) or meta_row(lines[i].text))   # a labelled row under the standfirst ('Share: Facebook · …', round6)
    hits.update(i for i, line in enumerate(lines) if JUMP_LINK.match(visible(line.text)) or PAGE_STAMP.match(line.text)
                or _norm(visible(line.text)) in PAGE_ITEM_TOOLS   # (r44) 'Print this page' alone, under the headline too
                or PAGE_LOCATOR.match(line.text) or ICON_NOTE.match(line.text) or pager_row(line.text))   # a viewer's pager row and page locator (round14en)
    hits.update(i for i, line in enumerate(lines) if READ_MORE.match(line.text))   # a teaser's link, the whole line (round14en)
    hits.update(i for i in [k for k, line in enumerate(lines) if line.text.strip()][:UPLOADER_SCAN]
                if UPLOADER_CREDIT.match(lines[i].text))   # (r48) 'Page created by ×' under a shared document's headline
    hits.update(i for i, line in enumerate(lines) if AD_PLACEHOLDER.match(line.text))   # (r49) 'Advertisement - scroll to …'
    labels = [i for i, line in enumerate(lines) if AD_LABEL.match(line.text)]
    hits.update(labels if len(labels) >= AD_LABELS_MIN else [])   # (r49) the bare label where it stands twice or more
    for i in [i for i, line in enumerate(lines) if SIDEBAR_LABEL.match(line.text)]:
        hits.update(_sidebar_box(lines, i))
    hits.update(_banner_over_designation(lines))
    hits.update(_notice_banner(lines))
    hits.update(_summary_box(lines))
    hits.update(_scan_page_head(page))
    hits.update(_repeated_buttons(lines))
    tail, start = _tail_chrome(lines)
    hits.update(tail)
    # the footer's menu columns, one link a line ('About us' / 'Careers' / 'Contact us' / 'Help')
    hits.update(i for i in _menu_runs(lines, [k for k in range(start, len(lines)) if lines[k].text.strip()])
                if _menu_item(lines[i].text))
    hits.update(_neighbours(lines, hits, set(head) | set(range(start, len(lines)))))
    return page.drop(sorted(hits))


MENU_BAR_MIN = 4       # items of a menu bar printed as one line of capitalised words
MENU_FUNCTION_WORDS = frozenset("a an and as at by for from in into of on or the to with".split())
MENU_LABEL_WORDS = 2   # words of a menu's label over it ('Main Navigation')
ECHO_WORDS = 4         # words of the section name the page prints under its menu


def _repeated_buttons(lines) -> list[int]:
    """(r33entitle) An action button printed once per item anywhere on the page ('Order a copy' under
    each of a publication page's files, 'Download this file' under each attachment): a whole line
    vocab_en.BUTTON_LINE names, its text found on REPEATED_BUTTON lines or more. Said once between
    the edges, such a line is left to the edge rules (it may be the text's own instruction)."""
    seen: dict[str, list[int]] = {}
    for i, line in enumerate(lines):
        text = " ".join(line.text.split())
        if text and len(text) <= BUTTON_CHARS and BUTTON_LINE.match(text):
            seen.setdefault(text.casefold(), []).append(i)
    return [i for found in seen.values() if len(found) >= REPEATED_BUTTON for i in found]


REPEATED_BUTTON = 2   # lines with the same button's text
BUTTON_CHARS = 60     # characters of a button's line at most


def _menu_echo(lines, head: list[int], i: int) -> int | None:
    """A menu bar printed as one line of capitalised words with no mark (`News Research Faculty &
    Staff Students Campus Events Newsletters`) when one of the two head lines under it repeats a run
    of its words (`Faculty & Staff`: the section the page is filed in, over its headline). The
    echo's index, or None (round6, xxg6; a bar's shape and its echo, whatever the words)."""
    words = lines[i].text.split()
    if len(words) < MENU_BAR_MIN or END_MARK.search(lines[i].text.strip()) or any(ch.isdigit() for ch in lines[i].text) \
            or not all(w[:1].isupper() or w == "&" for w in words) or any(w.casefold() in MENU_FUNCTION_WORDS for w in words):
        return None   # a title in capitals ('THE ADVENTURES OF …') holds function words; a menu's items do not
    k = head.index(i)
    runs = {" ".join(words[a:b]) for a in range(len(words)) for b in range(a + 1, min(len(words), a + ECHO_WORDS) + 1)}
    return next((j for j in head[k + 1:k + 3] if lines[j].text.strip() in runs and lines[j].text.strip() != lines[i].text.strip()), None)


DOT_SEP = re.compile(r"\s+[·•]\s+")   # middle dots, not bars: a row of bars may be a table's
DOT_LABEL = re.compile(r"^(?P<label>[A-Z][A-Za-z]{1,15}(?: [a-z]{1,10})?):\s*(?P<rest>\S.*)$")
DOT_PIECE_WORDS = 8   # words of one piece of a row ('201 Presidents Circle, Salt Lake City, UT 84112')
DOT_PIECES_MIN = 3    # pieces of an unlabelled row


def dot_row(text: str, labelled: bool = False) -> bool:
    """A row of short pieces between middle dots, whatever their words (round6, xxg6): a
    labelled row of two pieces or more (`Share: Facebook · Twitter · Email`, `Related: Research ·
    Science · Year in review`) or, unless `labelled` is asked for, an unlabelled row of three or more
    (a footer's `Site · Office · 201 Some Street, Town, ST 84112`). No piece ends a sentence."""
    body = text.strip()
    match = DOT_LABEL.match(body)
    if match:
        body = match["rest"]
    elif labelled:
        return False
    pieces = [p.strip() for p in DOT_SEP.split(body)]
    return len(pieces) >= (2 if match else DOT_PIECES_MIN) \
        and all(p and len(p.split()) <= DOT_PIECE_WORDS and not re.search(r"[.!?;]$", p) for p in pieces)


def field_pieces(text: str) -> bool:
    """(r27enchrome) A record's fields as a row, each piece its own label and value between middle dots
    or bars (`Resource type: Constitutional texts · Country: Myanmar`, `Jurisdiction: Federal | Status:
    In force`): two pieces or more, every one `Label: value` (DOT_LABEL), none ending a sentence."""
    pieces = [p.strip() for p in re.split(r"\s+[·|]\s+", text.strip())]
    return len(pieces) >= 2 and all((m := DOT_LABEL.match(p)) and len(m["rest"].split()) <= DOT_PIECE_WORDS
                                    and not re.search(r"[.!?;]$", p) for p in pieces)


STAMP_PIECE = re.compile(rf"^(?:{alternation(STAMP_VERBS)})(?:\s+on)?\s*:?\s+(?:[A-Z][a-z]+\.?\s+\d{{1,2}},?\s+\d{{4}}"
                         r"|\d{1,2}\s+[A-Z][a-z]+\.?\s+\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{2,4})$", re.I)
META_PIECE_WORDS = 4   # words of a row's other pieces: the page's kind, a link ('Annual Report', 'Download PDF')


def meta_row(text: str) -> bool:
    """A publication page's stamp row under its headline (round8en): pieces between middle dots,
    one of them a dated stamp (`Published July 14, 2021`), the others a few words each (the
    page's kind, `Download PDF`). The date alone, a sentence or a longer piece is no such row."""
    pieces = [p.strip() for p in DOT_SEP.split(text.strip())]
    return len(pieces) >= 2 and any(STAMP_PIECE.match(p) for p in pieces) \
        and all(STAMP_PIECE.match(p) or p and len(p.split()) <= META_PIECE_WORDS and not END_MARK.search(p) for p in pieces)


BANNER_SCAN = 12        # non-blank lines at the page's top where an Act's designation stands
BANNER_WORDS = 12       # words of a banner line (a compiler's name, tagline, features, collection)
RESTATE_SCAN = 120      # lines under the designation where the Act's head names it again
DESIGNATION = re.compile(r"\s*[(\[][^()\[\]]{1,20}[)\]]\s*$")   # '(CA 7)', '[Cap. 2]'


def _act_key(text: str) -> str:
    text = DESIGNATION.sub("", text.strip())
    return "".join(ch for ch in re.sub(r"^the\s+", "", text, flags=re.I).casefold() if ch.isalnum())


def _banner_over_designation(lines) -> list[int]:
    """(round6, xxg1) A law compilation's banner over an Act: the compiler's name, tagline and
    features line, the collection's labels (`GHANA LAW FINDER` / `Self help guide to the Law` / … /
    `ACTS OF GHANA` / `FIRST REPUBLIC`) over the Act's designation with its number in brackets
    (`ACTS OF PARLIAMENT ACT, 1960 (CA 7)`), which the Act's own head names again lower with `The`
    (`THE ACTS OF PARLIAMENT ACT, 1960`). The lines over the designation go when each is short and
    ends no sentence; the structure stage takes the designation as the title by the same evidence."""
    filled = [i for i, line in enumerate(lines) if line.text.strip()][:BANNER_SCAN]
    for k, i in enumerate(filled):
        text = lines[i].text.strip()
        key = _act_key(text)
        if k == 0 or len(key) < 12 or not (designation := DESIGNATION.search(text)) or not re.search(r"\d", designation.group()):
            continue   # (r27transcripts) the designation numbers the Act ('(CA 7)'): a debate's speaker line
            #            'The Financial Secretary to the Treasury (Victoria Atkins)', said again lower, is none
        again = any(re.match(r"the\s", line.text.strip(), re.I) and _act_key(line.text) == key
                    for line in lines[i + 1:i + RESTATE_SCAN])
        above = filled[:k]
        if again and all(len(lines[j].text.split()) <= BANNER_WORDS and not END_MARK.search(lines[j].text.strip())
                         for j in above):
            return above
        return []
    return []


def _menu_over_trail(lines, head: list[int], i: int) -> bool:
    """A menu bar printed without its marks (`Home News Premier State Council Policies Services
    Archive`), anywhere in the head, when the line right under it is a breadcrumb from `Home` that
    names one of its items (`Home > Policies > Policy Watch`): the page's menu over its place in it
    (round6, xxg7; the first-line bare trail widened — `Home Rule for Ireland` over text stays)."""
    k = head.index(i)
    if k + 1 >= len(head) or not HOME_TRAIL.match(lines[head[k + 1]].text):
        return False
    items = set(lines[i].text.split()[1:])
    crumbs = {w for piece in re.split(r">>|›|»|>|→|/", lines[head[k + 1]].text)[1:] for w in piece.split()}
    return bool(items & crumbs)


def _trail_echo(lines, head: list[int], trail: str) -> int | None:
    """One of the two lines under a bare trail repeats one of its items (the listing's year, the
    column's name): the page printing where it is, as a trail's last item is echoed (crumb-echo).
    The echo's index, or None."""
    words = trail.split()[1:]
    items = {" ".join(words[a:b]) for a in range(len(words)) for b in range(a + 1, len(words) + 1)}
    return next((k for k in head[1:3] if lines[k].text.strip() in items), None)


def _submitted(lines, i: int) -> bool:
    """A form control in a run of controls that ends in a button ('( ) Yes' / '( ) No' / '[ Save … ]'):
    a form of the site's. Check boxes with no button are a checklist, the text's own."""
    k = i
    while k < len(lines) and CONTROL.match(lines[k].text):
        if BUTTON.match(lines[k].text):
            return True
        k += 1
    return False


def _next_filled(lines, i: int) -> int | None:
    return next((k for k in range(i + 1, len(lines)) if lines[k].text.strip()), None)


# (r25auditen) a trail with no 'Home' and no label, its crumbs between spaced '>' marks
SPACED_TRAIL_EN = re.compile(r"^\s*[^<>›»]{2,60}?(?:\s+[>›»]\s+[^<>›»]{2,60}?){2,}\s*$")   # r26webpages: '›' and '»' marks too
CRUMB_WORDS = 6


def _capitalised_crumbs(text: str) -> bool:
    """Each piece between the spaced '>' marks a section's name: capital first, at most CRUMB_WORDS
    words, no end mark, not a number (so 'x > 5 > y' or a sentence with '>' in it is no trail)."""
    pieces = [p.strip() for p in re.split(r"\s+[>›»]\s+", text.strip())]
    return len(pieces) >= 3 and all(p[:1].isupper() and len(p.split()) <= CRUMB_WORDS and not END_MARK.search(p)
                                    and not p.replace(".", "").isdigit() for p in pieces)


DOT_TRAIL_TOP = 4   # head lines: a trail between middle dots stands among the page's first ones


def _dot_crumbs(text: str) -> bool:
    """(r40enlegal) A site's trail between spaced middle dots over the headline ('Code · California ·
    Government Code'): three pieces or more, each a section's name (capital first, at most CRUMB_WORDS
    words, no end mark, not a number). Bullets ('•') are a list's, not a trail's."""
    pieces = [p.strip() for p in re.split(r"\s+·\s+", text.strip())]
    return len(pieces) >= 3 and all(p[:1].isupper() and len(p.split()) <= CRUMB_WORDS and not END_MARK.search(p)
                                    and not p.replace(".", "").isdigit() for p in pieces)


def _cookie_near(lines, i: int) -> bool:
    """A cookie button within COOKIE_NEAR lines of line `i` (the banner's own buttons). For a
    button line, the banner's text there does as well (r25auditen: both buttons printed on one
    line under 'Cookies on this site' / 'We use some essential cookies …' have no other button
    near them)."""
    near = range(max(0, i - COOKIE_NEAR), min(len(lines), i + COOKIE_NEAR + 1))
    button = bool(COOKIE_BUTTON.match(lines[i].text))
    return any(k != i and (COOKIE_BUTTON.match(lines[k].text) or button and COOKIE_BANNER.search(lines[k].text)) for k in near)


def _neighbours(lines, hits: set[int], zone: set[int]) -> set[int]:
    """One-word controls and links ('Search', 'Print', 'Go') right beside chrome already found,
    within the edge zones: a tool bar printed one button a line. Alone they stay."""
    found: set[int] = set()
    # a tool bar with nothing else beside it: three or more one-word buttons in a row ('Print' / 'Email' / 'Share')
    run: list[int] = []
    for i in sorted(zone) + [-1]:
        if i >= 0 and lines[i].text.strip() and _norm(lines[i].text) in NEIGHBOUR_WORDS | SOCIAL and (not run or _next_filled(lines, run[-1]) == i):
            run.append(i)
            continue
        if len(run) >= 3:
            found.update(run)
        run = [i] if i >= 0 and lines[i].text.strip() and _norm(lines[i].text) in NEIGHBOUR_WORDS | SOCIAL else []
    grew = True
    while grew:
        grew = False
        for i in sorted(zone - hits - found):
            if _norm(lines[i].text) not in NEIGHBOUR_WORDS:
                continue
            up = next((k for k in range(i - 1, -1, -1) if lines[k].text.strip()), None)
            if up is not None and lines[up].text.strip().endswith(":"):
                continue   # (r23enleak) a field's value under its label ('In force:' / 'Yes'), no button
            down = next((k for k in range(i + 1, len(lines)) if lines[k].text.strip()), None)
            if up in hits or up in found or down in hits or down in found:
                found.add(i)
                grew = True
    return found


BOX_MAX = 12   # items of a related-links box


SIDEBAR_ITEM_WORDS = 6   # words of one line of a sidebar item (its title wrapped over lines)


# (r29enchrome) a site-wide notice banner printed between the page's headline and its copy: a
# paragraph that opens with the notice's label ('Government Notice: Please be advised that …',
# 'Important notice:', 'Service alert:', 'COVID-19 update:')
NOTICE_BANNER = re.compile(r"^\s*(?:[A-Z][\w-]*\s+){0,2}(?:notice|alert|advisory|announcement|update)\s*:\s*\S", re.I)
BANNER_LINES = 10   # lines of a banner's paragraph, at most
BANNER_TOP = 60     # lines at the page's top where the banner stands


def _notice_banner(lines) -> list[int]:
    """(r29enchrome) A site-wide notice banner a printed page shows between its headline and the
    headline again (the hero's title, the banner, the article's h1): a paragraph of BANNER_LINES
    lines at most, its first line opening with a notice's label (NOTICE_BANNER), the same short line
    right over it and right under it. A notice in the text has no headline copy under it and stays.

    Example: "Apply for a Permit" / "Government Notice: Please be advised that the Department is
    currently …" / "… services." / "Apply for a Permit" -> the banner's lines go."""
    hits: list[int] = []
    top = min(len(lines), BANNER_TOP)
    for i in range(top):
        if not NOTICE_BANNER.match(lines[i].text):
            continue
        end = i
        while end + 1 < len(lines) and lines[end + 1].text.strip() and end - i < BANNER_LINES:
            end += 1
        above = next((k for k in range(i - 1, -1, -1) if lines[k].text.strip()), None)
        below = next((k for k in range(end + 1, min(len(lines), end + 4)) if lines[k].text.strip()), None)
        if above is None or below is None:
            continue
        head = " ".join(lines[above].text.split())
        if head and head == " ".join(lines[below].text.split()) and len(head.split()) <= MENU_LABEL_WORDS * 3 \
                and not END_MARK.search(head):
            hits.extend(range(i, end + 1))
    return hits


# (r29enchrome) a legislation or record site's generated summary box over the text: its labels, whole
# lines ('Quick answer', 'About this bill', 'At a glance', 'Key facts', 'In brief')
SUMMARY_LABEL = re.compile(r"^\s*(?:quick answer|at a glance|key facts|in brief|in short|tl;\s*dr|about this (?:bill|act|law|regulation|"
                           r"ordinance|statute|decree|order|instrument|document|judgment|judgement|case|page|report|policy))\s*:?\s*$", re.I)
SUMMARY_TOP = 40     # non-blank lines at the page's top where the box stands
SUMMARY_LINES = 3    # lines of the generated sentence(s) under the labels
SUMMARY_CLOSED = re.compile(r"[.!?][\"”’)\]]*$")   # a line that closes the generated sentence


def _summary_box(lines) -> list[int]:
    """(r29enchrome) A site's generated summary box at the page's top: one or more of its labels
    (SUMMARY_LABEL) over a paragraph that restates the page's headline as its subject (`<headline>
    is …`, `<headline> was …`): the site's sentence about the document, none of the document. A label
    with no such sentence under it stays (a heading `In brief` over the text's own words).

    Example: "Harbour Dues Bill" / … / "Quick answer" / "About this bill" / "Harbour Dues Bill is a
    Bill, cited as Bill 17 2031, currently marked in force." -> the last three go."""
    filled = [i for i, line in enumerate(lines) if line.text.strip()][:SUMMARY_TOP]
    hits: list[int] = []
    for n, i in enumerate(filled):
        if not SUMMARY_LABEL.match(lines[i].text) or (n and SUMMARY_LABEL.match(lines[filled[n - 1]].text)):
            continue
        labels = [i]
        k = n + 1
        while k < len(filled) and SUMMARY_LABEL.match(lines[filled[k]].text):
            labels.append(filled[k])
            k += 1
        if k >= len(filled):
            continue
        para = [filled[k]]
        while para[-1] + 1 < len(lines) and lines[para[-1] + 1].text.strip() and len(para) < SUMMARY_LINES \
                and not SUMMARY_CLOSED.search(lines[para[-1]].text.strip()):
            para.append(para[-1] + 1)   # (r30noblank) the site's sentence ends where it closes: in a copy with
            #                             no blank lines the text's `Part I` / `PRELIMINARY` follow right under it
        first = " ".join(lines[filled[k]].text.split())
        heads = {" ".join(lines[j].text.split()) for j in filled[:n]}
        if any(h and len(h.split()) <= 20 and re.match(re.escape(h) + r"\s+(?:is|was|are|were)\s", first) for h in heads):
            hits.extend(labels + para)
    return hits


# (r29enchrome) a proofreading wiki's scan page: the page's running head in the header field, over the text
PROOF_STATUS = re.compile(r"^\s*This page (?:has been|has not been|needs to be|does not need to be) (?:proofread|validated)\b.{0,60}$")
FOLIO = re.compile(r"^\s*[A-Z]{0,2}\s?\d{1,4}\s*$")
SCAN_HEAD_LINES = 4   # lines of a scan page's running head
SCAN_HEAD_WORDS = 8   # words of one of its lines


def _scan_page_head(page: Page) -> list[int]:
    """(r29enchrome) A proofreading wiki's scan page (`This page has been proofread …`: PROOF_STATUS) shows
    the printed page's running head in its header field, right under the status line and over a blank
    line: the short lines there (SCAN_HEAD_LINES, SCAN_HEAD_WORDS each, no sentence end) go when the
    page's folio stands among them (`A179`, here or already removed as a page number): the running
    head of the scanned page (`INTERPRETATION AND GENERAL CLAUSES` / `Ord. No. 31/66` / `A179`). Lines
    under the status with no folio among them are the page's text and stay."""
    lines = page.lines
    status = next((i for i, line in enumerate(lines[:SCAN]) if PROOF_STATUS.match(line.text)), None)
    if status is None:
        return []
    block, k = [], status + 1
    while k < len(lines) and lines[k].text.strip() and len(block) < SCAN_HEAD_LINES + 1:
        block.append(k)
        k += 1
    if not block or len(block) > SCAN_HEAD_LINES:
        return []
    first, last = lines[status].number, lines[k].number if k < len(lines) else 10 ** 9
    folio = any(FOLIO.match(lines[i].text) for i in block) or any(
        first < r.line < last and FOLIO.match(r.text) for r in page.removed)
    if not folio or any(len(lines[i].text.split()) > SCAN_HEAD_WORDS or re.search(r"[.;!?:]$", lines[i].text.strip())
                        and not FOLIO.match(lines[i].text) and not re.search(r"\d$", lines[i].text.strip()) for i in block):
        return []
    return block


def _sidebar_box(lines, i: int) -> list[int]:
    """A sidebar box printed among the text's lines (round14en): the label at `i` ('Related
    speeches') and the short lines under it, none ending a sentence, to the next blank line
    (BOX_MAX lines at most, looked at from the label only). [] when a line under the label is
    prose: then the label heads text of the document's own."""
    box = [i]
    for k in range(i + 1, min(len(lines), i + 1 + BOX_MAX)):
        text = lines[k].text.strip()
        if not text:
            return box if len(box) > 1 else []
        if len(text.split()) > SIDEBAR_ITEM_WORDS or END_MARK.search(text):
            return []
        box.append(k)
    return box if len(box) > 1 and (i + len(box) >= len(lines) or not lines[i + len(box)].text.strip()) else []


def _related_box(lines, i: int) -> int | None:
    """The index of a related-links box's label over line `i`, no blank line between, or None.
    (r26webpages) Every line under the label is a link's name: short, no sentence's end; a
    statute's `In this chapter:` over its definitions (a print with no blank lines) is no box."""
    for k in range(i, max(-1, i - BOX_MAX - 1), -1):
        text = lines[k].text
        if not text.strip():
            return None
        if RELATED_LABEL.match(text):
            return k
        if len(text.split()) > BOX_ITEM_WORDS or re.search(r"[.;]\s*$", text.strip()):
            return None   # a sentence's end: the text's own lines (an entry may be a question: 'Part 2 – Have … considered?')
    return None


BOX_ITEM_WORDS = 25   # words of one entry of a related-links box (a page's name, maybe a long question)


NOTICE_LINES = 6   # lines a reference-only notice wraps over
# (r26webpages) words of a wrapped paragraph's inner line: a short line over the notice with no end mark
# is a line of its own (a signature's name and office over a gazette's note), not the notice's start
WRAPPED_LINE_WORDS = 6


def _reference_notice(lines, i: int, up: bool = False) -> list[int]:
    """(r22s18) A law or translation site's reference-only notice (vocab_en.REFERENCE_ONLY: `The
    English translation is provided for reference only. Only the original … texts … have legal
    effect …`, `Legislation is provided for information only and is not an official copy.`): the
    paragraph from line `i` down to the line that ends a sentence (`up`: the paragraph that line `i`
    ends, up to the line after the last sentence's end above it), at most NOTICE_LINES lines and
    REFERENCE_ONLY_WORDS words, when its joined text holds one of the notice's wordings. []
    otherwise."""
    if not lines[i].text.strip():
        return []
    par = [i]
    if up:
        while len(par) < NOTICE_LINES and par[0] > 0 and lines[par[0] - 1].text.strip() \
                and not END_MARK.search(lines[par[0] - 1].text.strip()) \
                and len(lines[par[0] - 1].text.split()) >= WRAPPED_LINE_WORDS:
            par.insert(0, par[0] - 1)
        if par[0] > 0 and lines[par[0] - 1].text.strip() and not END_MARK.search(lines[par[0] - 1].text.strip()) \
                and len(lines[par[0] - 1].text.split()) >= WRAPPED_LINE_WORDS:
            return []   # the paragraph runs on above: a sentence of the text
    else:
        while len(par) < NOTICE_LINES and not END_MARK.search(lines[par[-1]].text.strip()) \
                and par[-1] + 1 < len(lines) and lines[par[-1] + 1].text.strip():
            par.append(par[-1] + 1)
    if not END_MARK.search(lines[par[-1]].text.strip()) \
            and (up or len(par) >= NOTICE_LINES or par[-1] + 1 < len(lines) and lines[par[-1] + 1].text.strip()):
        return []   # r23enleak: going down, a paragraph a blank line ends is whole too (a notice cut in its last sentence)
    text = " ".join(lines[k].text.strip() for k in par)
    found = REFERENCE_ONLY.search(text) if len(text.split()) <= REFERENCE_ONLY_WORDS else None
    if found and not END_MARK.search(text):
        # (r23enleak) a paragraph cut in its last sentence is a notice only when it opens with the
        # notice's wording (`EDITORS' NOTE: The digital versions … are UNOFFICIAL …`), not when the
        # wording closes a cover's blob of other lines (`… Warning—This reprint is not an authorised`)
        return par if len(text[:found.start()].split()) <= NOTICE_OPEN_WORDS else []
    return par if found else []


DISCLAIMER_OPEN = re.compile(r"^\s*disclaimer\s*:\s+\S", re.I)
DISCLAIMER_WORDS = 120    # words of a site's disclaimer on one line under its other notices
NOTICE_RUN = 4            # notices in a row under the first (a revised copy's status, currency, disclaimer)
NOTICE_TAIL_WORDS = 3     # words of a notice's last line wrapped after a blank line (the address it ends with)


def _notices_under(lines, notice: list[int]) -> list[int]:
    """(r29enchrome) The site's notices right under a reference-only notice, paragraph after paragraph
    (NOTICE_RUN at most): each one of the notice's wordings (a revised copy's currency statement `All
    Acts up to and including … were considered in the preparation of this Revised Act.`, its
    `Disclaimer: …`); a notice cut before its last words takes the short line after the blank line
    that ends them (`revisedacts@example.org.`: NOTICE_TAIL_WORDS). The first paragraph that is no
    notice ends the run and stays."""
    out: list[int] = []
    last = notice[-1]
    for _ in range(NOTICE_RUN):
        k = next((j for j in range(last + 1, min(len(lines), last + 4)) if lines[j].text.strip()), None)
        if k is None:
            break
        text = lines[last].text.strip()
        if not END_MARK.search(text) and len(lines[k].text.split()) <= NOTICE_TAIL_WORDS and END_MARK.search(lines[k].text.strip()):
            out.append(k)   # the notice's last words wrapped after a blank line
            last = k
            continue
        more = _reference_notice(lines, k)
        if not more and DISCLAIMER_OPEN.match(lines[k].text) and len(lines[k].text.split()) <= DISCLAIMER_WORDS:
            more = [k]   # a long disclaimer on one line, under the notices already found
        if not more:
            break
        out.extend(more)
        last = more[-1]
    return out


NOTICE_OPEN_WORDS = 8     # words before a cut notice's wording ('EDITORS' NOTE: The digital versions of legislation')
FOOT_LINK_WORDS = 10      # words of a pager's or back link's line ('« Section 17 | Section 19 »')
IMPRINT_PIECE_WORDS = 16  # words of one piece of a site's imprint row ('X is published by the … Office')
STEP_LINK = re.compile(rf"^\s*(?:[«‹←<]\s*)?{alternation(STEP_WORDS)}\s*[»›→>]\s*\S|^\s*[«‹←]\s*{alternation(STEP_WORDS)}\b"
                       # (enprint) the step word with a colon over the neighbour's name ('Next: Article I - Compact … →')
                       rf"|^\s*{alternation(STEP_WORDS)}\s*:\s*\S", re.I)


MIDDLE_DOT = re.compile(r"\s+·\s+")
FOOT_NOTE_LINES = 1       # a footer's notice under its dotted row: the page's last line only


def _above(lines, i: int) -> int | None:
    """The nearest non-blank line over line i, or None."""
    return next((k for k in range(i - 1, -1, -1) if lines[k].text.strip()), None)


def foot_link(text: str) -> bool:
    """(r23enleak) A site's navigation link printed as a line of its own at the page's foot: a pager
    between neighbouring pages, a guillemet at an edge (`« Section 17 | Section 19 »`, `Next › 3
    Definitions`, `‹ Previous`; not `←`/`→`, which a diagram's or a formula's line may end in), or a link back up (`Back to Table of Contents`). Short, no
    sentence's end: the link's shape, whatever the page's words."""
    body = text.strip()
    if NAMED_PAGER.match(body) or WRAPPED_PAGER.match(body):
        return True   # (r26webpages) 'Previous: Rule 5.02 Personal service | Next: Rule 5.04 Proof of service'
    if not body or sum(any(ch.isalnum() for ch in w) for w in body.split()) > FOOT_LINK_WORDS or END_MARK.search(body):
        return False
    return bool(re.match(r"^[«‹]\s*\S", body) or re.search(r"\S\s*[»›]$", body)
                or STEP_LINK.match(body) or BACK_LINK.match(body))


ARROW_NEXT = re.compile(r"^[^←→]*\S\s*→$")
ARROW_PREV = re.compile(r"^←\s*\S[^←→]*$")


def _arrow_pair(lines, i: int) -> int | None:
    """(r27enchrome) A docs site's pager at the page's foot, two lines: the previous page's name after
    a left arrow over the next page's name before a right arrow (`← Proclamation No. 923/2016` /
    `Proclamation No. 487/2022 →`), each short and no sentence. A lone arrow (a diagram's line) is no
    pager: the pair is. Returns the upper line's index."""
    above = _above(lines, i)
    if above is None:
        return None
    a, b = lines[above].text.strip(), lines[i].text.strip()
    if not (ARROW_PREV.match(a) and ARROW_NEXT.match(b)):
        return None
    if any(len(t.split()) > FOOT_LINK_WORDS or END_MARK.search(t.strip("←→ ")) for t in (a, b)):
        return None
    return above


def imprint_row(text: str) -> bool:
    """(r23enleak) A site's footer row at the page's foot: pieces between middle dots, the first
    maybe a sentence-long imprint (`Example Legislation is published by the Counsel's Office ·
    Copyright · Disclaimer ·`, `Example News · Reprinted from the Office's workshop materials`), no
    piece ending a sentence; a row the page's width wrapped ends in its dot. The dots and the
    place decide (the tail walk only), not the words."""
    body = text.strip()
    if re.search(r"[\u3400-\u9fff\[\]]", body):
        return False   # a Chinese line, or a reference list's entry ('Title · Source [cited 2016]'): not a Latin site's footer
    wrapped = bool(re.search(r"\s·$", body))
    pieces = [p.strip() for p in MIDDLE_DOT.split(body.rstrip("· "))]   # middle dots: a bullet `•` may be a table's or a list's
    return (len(pieces) >= 2 or wrapped) and all(p and len(p.split()) <= IMPRINT_PIECE_WORDS
                                                 and not re.search(r"[.!?;:]$", p) for p in pieces)


# (r41) an organisation's statement of its legal registration, as its site's footer prints it ('… is a
# registered charity (SC012345)', '… a company limited by guarantee', 'Registered in England and Wales
# No. 1234567', 'Registered office: …', 'Charity number 123456'): the registration's own words
REGISTRATION = re.compile(r"\b(?:registered charity|charity registered|company limited by guarantee|registered in (?:england|scotland|"
                          r"wales|northern ireland|the uk|the united kingdom|ireland)|registered office\s*:|(?:charity|company|registration)"
                          r"\s+(?:no\.?|number)\s*:?\s*[A-Z]{0,3}\d)", re.I)
REGISTRATION_WORDS = 40   # words of the notice's line: a footer's sentence, not a paragraph


def _registration_notice(lines, i: int) -> list[int] | None:
    """(r41) In the page's foot: an organisation's REGISTRATION notice (a charity's or a company's number,
    its registered office), a line of REGISTRATION_WORDS words at most, with the postal address printed
    right over it (no blank line between; one line of capitalised places apart by commas and a
    postcode's digits, `Coalition Name, 11 Some Gardens, Glasgow G12 8QQ`). The footer's legal
    notice, not the text's: met on the walk up from the page's end, so a text's own paragraph about
    the body (`About us` / `X is a registered charity …` above more of the text) stays. The lines
    to drop, first to last, or None."""
    text = lines[i].text.strip()
    if not REGISTRATION.search(text) or len(text.split()) > REGISTRATION_WORDS:
        return None
    out = [i]
    if i > 0 and FOOT_ADDRESS.match(lines[i - 1].text) and re.search(r"\d", lines[i - 1].text):
        out.insert(0, i - 1)
    return out


FOOT_ADDRESS = re.compile(r"^\s*(?:[A-Z0-9][\w’'.-]*)(?: [A-Z0-9][\w’'.-]*){0,4}(?:, ?(?:[A-Z0-9][\w’'.-]*)(?: [A-Z0-9][\w’'.-]*){0,3}){1,5}\s*$")


def _tail_chrome(lines) -> tuple[list[int], int]:
    """Walk up from the end over the page's foot: blank lines, short non-prose lines, and the
    chrome kinds (link rows, a wrapped row's rest, licence and copyright lines and their wrapped
    rest, form controls, a related-links box, the site's imprint line `example.gov.za is published by
    …` and a related box's label `More articles in …`, round11en); stop at the first prose line that is none of
    them. A licence or link row reads as prose by its word count, so zones.tail_zone would stop
    on it; this walk steps over it. Returns the lines to drop and the index the walk stopped
    under (the tail's start)."""
    hits: list[int] = []
    passed: list[int] = []   # short lines stepped over, not judged
    counted = 0
    i = len(lines) - 1
    while i >= 0 and counted < TAIL_MAX:
        text = lines[i].text.strip()
        if not text:
            i -= 1
            continue
        counted += 1
        prev = lines[i - 1].text.strip() if i > 0 else ""
        box = _related_box(lines, i)
        if box is not None:
            hits += [k for k in range(box, i + 1)]
            # (r30enweb) the box's items the walk stepped over under it, a blank line between each
            # ('You may also be interested in' / '' / 'Other reports of the Board'): short, no end mark
            hits += [k for k in passed if k > i and not END_MARK.search(lines[k].text.strip())
                     and len(lines[k].text.split()) <= BOX_ITEM_WORDS]
            passed = []
            i = box - 1
        elif link_row(text) or dot_row(text) or SEARCH_BOX.match(visible(text)) or SEARCH_CREDIT.match(text) or CONTROL.match(text) and _submitted(lines, i) or LAST_UPDATED.match(text) or SURVEY.match(text) or ANCHOR_LINK.match(text) or COOKIE_BUTTON.match(text) and _cookie_near(lines, i) \
                or COOKIE_BANNER.search(text) and len(text.split()) <= NOTICE_MAX and _cookie_near(lines, i) \
                or SITE_IMPRINT.match(text) or SITE_CREDIT.match(text) or MORE_ARTICLES.match(text) \
                or foot_link(text) or imprint_row(text) \
                or STAMP_PIECE.match(text) or BUTTON_LINE.match(text) \
                or SURVEY_ANSWER_LINE.match(text) and SURVEY.match(prev):   # round11en: the site's imprint, a related box's label; r23enleak: a pager, a back link, a dotted footer row
            # (r25auditen) and, in the foot, the page's bare date stamp ('Updated 5 January 2025') and an
            # action button alone on its line ('Print or save this page', vocab_en.BUTTON_LINE)
            hits.append(i)
            i -= 1
        elif (pair := _arrow_pair(lines, i)) is not None:
            hits += [pair, i]   # (r27enchrome) a docs site's pager: '← Part 3' over 'Part 5 →'
            i = pair - 1
        elif counted <= FOOT_NOTE_LINES and (above := _above(lines, i)) is not None and imprint_row(lines[above].text) \
                and len(text.split()) <= NOTICE_MAX:
            hits.append(i)   # (r23enleak) a page footer's standing notice under its dotted address row, the page's last line
            i -= 1
        elif (notice := _reference_notice(lines, i, up=True)):
            hits += notice   # (r22s18) 'Legislation is provided for information only and is not an official copy.'
            i = notice[0] - 1
        elif prev and text[:1].islower() and len(text.split()) <= 6 and not END_MARK.search(prev) \
                and (LICENCE.search(prev) and len(prev.split()) <= 40 or link_row(prev, text)):
            hits += [i - 1, i]   # a licence or link row wrapped by the page width: '… except' / 'where otherwise stated'
            i -= 2
        elif LICENCE.search(text) and len(text.split()) <= 40:
            hits.append(i)
            i -= 1
        elif (reg := _registration_notice(lines, i)) is not None:
            hits += reg   # (r41) the organisation's registration notice in its footer, the address line over it
            i = reg[0] - 1
        elif COPYRIGHT.search(text) and len(text) <= 300 or not is_prose(text):
            passed.append(i)
            i -= 1   # left to the copyright rule / a short line: not judged here, but the walk goes on
        else:
            break
    return hits, i + 1


# -- a government portal's top chrome (round19en) ---------------------------------------------
TOP_RUN_MAX = 4          # non-blank lines of skip links, browser warning and glued site name at the top
TOP_SCAN = 30            # non-blank lines from the top where a log-in menu stands
LOGIN_ITEM_WORDS = 4     # words of a service's name in the menu ('one.gov.je', 'Talentlink')
LOGIN_NOTE_WORDS = 12    # words of the description under it ('Update your notification preferences')
LOGIN_ITEMS_MIN = 2
TAGLINE_LINES = 3        # short lines between the top run and the log-in menu: a tagline and its translations
LOGIN_BULLET = re.compile(r"^\s*[•·▪*-]\s+(?P<name>\S.*)$")
# the portal's name with its domain glued on, no space ('Government of Northlandgov.nl'), as a
# copy prints a logo's text beside its address
GLUED_DOMAIN = re.compile(r"^\s*[A-Z][A-Za-z'’&\- ]{2,60}[a-z](?:[a-z0-9-]+\.)+[a-z]{2,6}\s*$")


def portal_top(page: Page) -> Page:
    """(round19en) A government portal's chrome at the very top of a saved page, before any rule's
    head zone (the browser warning reads as prose and would end it): the run of the first non-blank
    lines made of skip links — also several on one line, `Skip to main content Skip to
    accessibility` (vocab_en.SKIP_LINKS) —, an old-browser warning sentence (`This website is not
    compatible with your web browser. …`, vocab_en.BROWSER_WARNING) and, right under such a line,
    the portal's name glued to its domain (`Government of Northlandgov.nl`), and (r30zhpdf) a
    document library's back or page-turn arrows alone on a line (`<<`, `»`: vocab_en.PAGER_ARROWS,
    which the title evidence already reads as no title); and, among the first
    TOP_SCAN lines, a log-in menu: its lead (`• Choose the service you want to log in to:`,
    vocab_en.LOGIN_MENU_LEAD) and the services under it, each a short bullet (≤ 4 words) with at
    most one description line under it (≤ 12 words, no full stop), two services at least. A lead
    alone, or a bullet list of sentences under it, stays. When both stand, up to TAGLINE_LINES short
    lines between them (≤ 12 words, no end mark) are the portal's tagline and its translation
    (`Information and public services for the Island of …` and the same in the island's language):
    still the portal's banner, never the title. (r33entitle) A site-wide service notice in that run
    (`Essential maintenance for all online payments from 4pm to 6pm on Sunday 12th July`:
    vocab_en.SERVICE_NOTICE, a notice word and its time) goes too when a headline-shaped line
    (`_headline_line`) stands under it.

    Example: "Skip to main content Skip to accessibility" / "This website is not compatible with
    your web browser. …" / "Government of Northlandgov.nl" / tagline / "• Choose the service you want to log in
    to:" / "• gov.nl" / "  Change your email alerts" … over the report's name: all but the name go.
    """
    lines = page.lines
    filled = [i for i, line in enumerate(lines) if line.text.strip()][:TOP_SCAN]
    hits: list[int] = []
    for n, i in enumerate(filled[:TOP_RUN_MAX]):
        text = lines[i].text.strip()
        if SKIP_LINKS.match(text) or SKIP_LINK.match(text) or BROWSER_WARNING.match(text) \
                or hits and GLUED_DOMAIN.match(text) or PAGER_ARROWS.match(text) \
                or SERVICE_NOTICE.match(text) and n + 1 < len(filled) and _headline_line(lines[filled[n + 1]].text):
            hits.append(i)   # (r30zhpdf) a viewer's '<<' back arrow; (r33entitle) a site notice over the headline
        else:
            break
    for k, i in enumerate(filled):
        if LOGIN_MENU_LEAD.match(lines[i].text):
            menu = _login_menu(lines, filled, k)
            between = [j for j in filled if hits and menu and hits[-1] < j < menu[0]]
            if len(between) <= TAGLINE_LINES and all(len(lines[j].text.split()) <= LOGIN_NOTE_WORDS
                                                     and not END_MARK.search(lines[j].text.strip()) for j in between):
                hits.extend(between)   # the portal's tagline (and its translation) between its name and the menu
            hits.extend(menu)
            break
    return page.drop(hits)


def _headline_line(text: str) -> bool:
    """(r33entitle) A page's headline under a site notice: three to LOGIN_NOTE_WORDS words opening in a
    capital, no end mark, not a byline ('By …') and no digit (a date line): a news item's own
    headline about an outage has a byline, a date or its lead under it instead."""
    text = " ".join(text.split())
    return 3 <= len(text.split()) <= LOGIN_NOTE_WORDS and text[:1].isupper() and not END_MARK.search(text) \
        and not re.match(r"(?i)by\s", text) and not re.search(r"\d", text)


def _login_menu(lines, filled: list[int], k: int) -> list[int]:
    """The log-in menu's lead at filled[k] and its services under it, or [] when fewer than
    LOGIN_ITEMS_MIN services follow."""
    take, items, m = [filled[k]], 0, k + 1
    while m < len(filled):
        bullet = LOGIN_BULLET.match(lines[filled[m]].text)
        if not bullet or len(bullet["name"].split()) > LOGIN_ITEM_WORDS or END_MARK.search(bullet["name"].strip()):
            break
        take.append(filled[m])
        items += 1
        m += 1
        if m < len(filled) and not LOGIN_BULLET.match(lines[filled[m]].text):
            note = lines[filled[m]].text.strip()
            if len(note.split()) <= LOGIN_NOTE_WORDS and not note.endswith(".") and lines[filled[m]].text[:1].isspace():
                take.append(filled[m])
                m += 1
    return take if items >= LOGIN_ITEMS_MIN else []


SECTION_MENU_TOP = 30       # non-blank lines from the top where a site's menu and its section label stand
SECTION_MENU_ITEMS = 4      # menu items between the label's two copies
SECTION_MENU_ITEM_MAX = 60  # characters: a menu item is a name, not a sentence
SECTION_MENU_FIRST = 3      # non-blank lines: the menu opens the page (its first item there)
MENU_ITEM_NOT = re.compile(r"[\d#*|>\[\]]")   # a number, a date or markup: a field, a byline, a heading of the text


def section_menu(page: Page) -> Page:
    """(round20en) A site's menu printed one item a line at the top of a page, the CURRENT section's
    name among its items and again, alone, right over the page's headline: `Financial Information
    and News` / `Teaberry Express` / `Falklands Focus` / … / `Financial Information and News` /
    `The Governor's Address …`. The name's first copy, the items after it and its last copy go;
    so does the page's first line when it is the section's name with the site's name glued after it
    (`Financial Information and News Falkland Islands News Network`). English pages only, within
    SECTION_MENU_TOP non-blank lines; SECTION_MENU_ITEMS items or more between the copies, each a
    short line (SECTION_MENU_ITEM_MAX characters, no sentence end, a capital first, no digit and no
    markup: MENU_ITEM_NOT), the name's first copy among the first SECTION_MENU_FIRST lines; a headline
    must follow the last copy. Not when an item stands again below the last copy (a contents list
    between a title and its copy names the headings that follow; a menu's items are other pages).

    Example: "Harbour News" / "The Tide Table" / "Island Gazette" / "Ferry Times" / "North Sound Radio" /
    "Harbour News" / "The Harbour Master's Report for 2019" -> the six lines over the headline go."""
    lines = page.lines
    filled = [i for i, line in enumerate(lines) if line.text.strip()]
    top = filled[:SECTION_MENU_TOP]
    if not top or not any(re.search(r"[A-Za-z]{3}", lines[i].text) for i in top[:3]):
        return page
    texts = [lines[i].text.strip() for i in top]
    for a, label in enumerate(texts[:SECTION_MENU_FIRST]):
        if len(label) > SECTION_MENU_ITEM_MAX or not re.search(r"[A-Za-z]{3}", label) or MENU_ITEM_NOT.search(label):
            continue
        b = max((k for k in range(a + 1, len(texts)) if texts[k] == label), default=None)
        gone = False
        if b is None:   # (r29enchrome) the copy over the headline already gone (`en-chrome`'s menu echo): where it stood
            b, gone = _removed_copy(page, top, a, label), True
        if b is None or b - a - 1 < SECTION_MENU_ITEMS or b + 1 >= len(filled):
            continue
        items = texts[a + 1:b]
        if not all(len(t) <= SECTION_MENU_ITEM_MAX and t[0].isupper() and not MENU_ITEM_NOT.search(t)
                   and not re.search(r"[!?;:]$|[a-z]{2}\.$", t) for t in items):
            continue
        later = {lines[i].text.strip() for i in filled[b + 1:]}
        if any(t in later for t in items + [label]):
            continue
        drop = top[a:b + 1]
        if gone:
            return page.drop(top[a + 1:b])   # the label's one copy left is the page's headline: only the items go
        if _print_header_names(page, label) or _no_headline_after(lines, filled, b):
            drop = drop[:-1]   # (r26webpages) the print header names the page by it: the last copy is the page's headline
            #                    (r29enchrome) so is it when a pager or the first numbered section follows it
        if a > 0 and texts[0].startswith(label + " ") and a <= 2:
            drop.append(top[0])
        return page.drop(drop)
    return page


PAGER_WORDS = frozenset("previous prev next contents table of index top up home page".split())
NUMBERED_SECTION = re.compile(r"^\s*(?:\d{1,3}(?:\.\d{1,3})*\.?|[IVXL]{1,5}\.)\s+[A-Z]")


def _no_headline_after(lines, filled: list[int], b: int) -> bool:
    """(r29enchrome) The line under a menu's last copy of its first item is no headline of another
    page: a pager (`Previous Table of Contents Next`, `< Previous | Contents | Next >`) or the text's
    first numbered section (`1. Purpose …`) — the copy is the page's own headline."""
    k = next((n for n in range(b + 1, len(filled))), None)
    if k is None:
        return False
    text = lines[filled[k]].text.strip()
    words = re.findall(r"[A-Za-z]+", text.casefold())
    return bool(words) and set(words) <= PAGER_WORDS and {"previous", "prev", "next"} & set(words) \
        or bool(NUMBERED_SECTION.match(text))


def _removed_copy(page: Page, top: list[int], a: int, label: str) -> int | None:
    """(r29enchrome) Where the section's name stood again under a menu's items when an earlier rule
    removed that copy (within SECTION_MENU_GAP lines of the last item): the index in `top` of the first
    line below it, or None."""
    lines = page.lines
    key = " ".join(label.split())
    start = lines[top[a]].number
    for r in page.removed:
        if r.line > start and " ".join(r.text.split()) == key:
            b = next((k for k in range(a + 1, len(top)) if lines[top[k]].number > r.line), None)
            if b is not None and r.line - lines[top[b - 1]].number <= SECTION_MENU_GAP:
                return b
    return None


SECTION_MENU_GAP = 4   # lines between a menu's last item and the removed copy of its section's name (tools between)


def _print_header_names(page: Page, text: str) -> bool:
    """(r26webpages) The browser's print header (removed as a running head) gives the page's title
    as this line, alone or before the site's name ('Boil Water Notices - Harlan County …')."""
    key = " ".join(text.split()).casefold()
    for r in page.removed:
        head = " ".join(r.text.split()).casefold()
        if r.rule == "running-head" and (head == key or re.match(re.escape(key) + r"\s+[-–—|·:]\s+\S", head)):
            return True
    return False


WIDGET_ROWS_MIN = 3      # lines of a widget's group repeated for each place
WIDGET_ROW_MAX = 30      # characters: a row's name ('Clear Bag', 'Food Waste')
WIDGET_TOP = 40          # lines from the top where portal widgets stand


def portal_widgets(page: Page) -> Page:
    """(round20en) A government portal's widgets saved over the page's headline, English pages only,
    within WIDGET_TOP lines of the top and before the first prose line:
    the site's tagline as the first line (`The official website for the States of …`, vocab_en.SITE_TAGLINE);
    a weather widget (`weather iconRather cloudy …`, `High13°CLow7°C`, `5 day forecast…`: WEATHER_LINE);
    a contact link naming the service (`Contact Us - Population Management`: CONTACT_SERVICE);
    and a widget that lists the SAME rows for each of several places (a collection calendar's
    `Blue Bag` / `Clear Bag` / `Food Waste` … under each parish's name): two runs of WIDGET_ROWS_MIN
    or more short lines (WIDGET_ROW_MAX characters) with the same texts in the same order go, each
    with the place's name right over it, the widget's day label over the first (`Today`:
    WIDGET_DAY) and its link after the last (`More Information`: WIDGET_MORE). One run alone is a list.

    Example: "Today" / "North Harbour" / "Paper Sack" / "Green Bin" / "Garden Waste" / "South Villages" /
    "Paper Sack" / "Green Bin" / "Garden Waste" / "More Information" over the headline -> all go."""
    lines = page.lines
    top = []
    for i, line in enumerate(lines[:WIDGET_TOP]):
        text = line.text.strip()
        if not text:
            continue
        if is_prose(text) and not WEATHER_LINE.match(text) and not (not top and SITE_TAGLINE.match(text)):
            break
        top.append(i)
    if not top or not re.search(r"[A-Za-z]{3}", lines[top[0]].text):
        return page
    hits = [i for i in top if WEATHER_LINE.match(lines[i].text) or CONTACT_SERVICE.match(lines[i].text)]
    if SITE_TAGLINE.match(lines[top[0]].text):
        hits.append(top[0])
    hits += _repeated_rows(lines, top)
    return page.drop(hits)


def _repeated_rows(lines, top: list[int]) -> list[int]:
    """Two runs (no blank line inside) of the same short rows in `top`, with their labels: see portal_widgets."""
    runs, run = [], []
    for i in top:
        text = lines[i].text.strip()
        if run and i == run[-1] + 1 and len(text) <= WIDGET_ROW_MAX and not re.search(r"[.!?;:,]$", text):
            run.append(i)
            continue
        if len(run) >= WIDGET_ROWS_MIN:
            runs.append(run)
        run = [i] if len(text) <= WIDGET_ROW_MAX else []
    if len(run) >= WIDGET_ROWS_MIN:
        runs.append(run)
    # a run starts with its place's name: compare the rows after it
    for a, first in enumerate(runs):
        for second in runs[a + 1:]:
            rows_a = [lines[i].text.strip() for i in first[1:]]
            rows_b = [lines[i].text.strip() for i in second[1:]]
            n = min(len(rows_a), len(rows_b))
            if n >= WIDGET_ROWS_MIN and rows_a[:n] == rows_b[:n]:
                hits = first[:n + 1] + second[:n + 1]
                after = second[n + 1] if len(second) > n + 1 else None
                if after is not None and WIDGET_MORE.match(lines[after].text):
                    hits.append(after)
                before = [i for i in top if i < first[0]][-1:]
                if before and WIDGET_DAY.match(lines[before[0]].text):
                    hits.append(before[0])
                return hits
    return []


# -- a page printed from a browser: its menus one item a line, its footer's address (r26webpages) ----------
PRINT_URL = re.compile(r"^\s*(?:https?://|www\.)\S+\s*$")
PRINTED_MENU_MIN = 4          # items of a menu printed one a line (blank lines between them allowed)
PRINTED_ITEM_WORDS = 5        # words of one item ('Find Your Legislator', 'Rules & Practice Directions')
PRINTED_ITEM_CHARS = 40
FOOT_ROW_SEP = re.compile(r"\s+[|·•]\s+")
FOOT_ROW_MIN = 3              # items of a footer's link row under the text
FOOT_ROW_WRAP = re.compile(r"\s+[|·•]\s*$")   # (r31enheads) a bar ending the line: the row wrapped after it
PRINTED_TOP_KEPT = 2          # kept lines over a menu at the page's top (the site's name, a session selector)
SANDWICH_WORDS = 6            # words of a line between two menus (a search box's hint)
PRINTED_MENU_AGAIN = 2        # items standing again below the head: a contents list naming the text's headings
PRINTED_ITEM = re.compile(r"^[A-Z][\w’'&.-]*(?:\s+(?:[\w’'&.-]+|&)){0,4}$")
PRINTED_LABEL = re.compile(r"^(?i:title|chapter|part|division|article)\s+\d+[A-Za-z]?\s+(?=[A-Z])")   # 'Title 5 ' of 'Title 5 Chapters'
PRINTED_NUMBERING = re.compile(r"^(?:(?:part|chapter|section|article|title|rule|schedule|division|subchapter|sec)\b|§|\d)"
                               r"|^[IVXLC]+(?:\.|\s*$)", re.I)


def browser_print(page: Page) -> bool:
    """The page is a web page a browser printed to PDF: the page's address was removed as its
    running foot (the running-head rule takes the date, the <title> and the URL with its `n/m`)."""
    return any(r.rule == "running-head" and PRINT_URL.match(r.text) for r in page.removed)


def _printed_item(text: str) -> bool:
    """One item of a site's menu as a line: a capital first, at most PRINTED_ITEM_WORDS words and
    PRINTED_ITEM_CHARS characters, no end mark, no comma, no division label or number first."""
    s = text.strip()
    return bool(s) and len(s) <= PRINTED_ITEM_CHARS and PRINTED_ITEM.match(s) is not None \
        and not END_MARK.search(s) and not PRINTED_NUMBERING.match(s) and not (s.isupper() and len(s) > 4)


def _printed_runs(lines, zone: list[int], foot: bool = False) -> list[list[int]]:
    """Runs of consecutive menu items among `zone` (non-blank indices in order). An item holding
    a digit ('Minimum wage rates 2025': the current page, a year in its name) is taken only
    between two items without one. `foot`: under the text's last sentence, an item may open with
    a division's label ('Title 5 Chapters', 'Chapter 3 Sections': a code site's browse links)."""
    runs, run = [], []
    for k, i in enumerate(zone):
        text = lines[i].text
        if run and text.strip() in {lines[j].text.strip() for j in run}:
            runs.append(run)   # a menu names each item once: an item again starts another run (a title printed twice)
            run = []
        item = _printed_item(text) or foot and _printed_item(PRINTED_LABEL.sub("", text.strip()))
        ok = item and (not re.search(r"\d", text) or foot and PRINTED_LABEL.match(text.strip())
                                      or 0 < k < len(zone) - 1 and run and not re.search(r"\d", lines[run[-1]].text)
                                      and _printed_item(lines[zone[k + 1]].text) and not re.search(r"\d", lines[zone[k + 1]].text))
        if ok:
            run.append(i)
            continue
        runs.append(run)
        run = []
    runs.append(run)
    return [r for r in runs if r]


def printed_menu(page: Page) -> Page:
    """(r26webpages) A site's menus printed one item a line — a side menu, a section's pages, a
    site's top menu with no link word (`Legislators` / `Committees` / `Bills & Resolutions` /
    `Statutes` / `Journals`) — in a page a browser printed to PDF (`browser_print`), at its head
    (over the first prose line) or its foot (under the last): a run of PRINTED_MENU_MIN or more
    short capitalised items with no sentence. By form and place, not by words. What stays:
    - the head's last line right over the first paragraph (the page's own headline, even when the
      menu names it too: a menu marks the page it shows);
    - a contents list: PRINTED_MENU_AGAIN or more of its items stand again below the head (the
      headings it names);
    - a short list inside the text (prose above and below it: neither edge);
    - at the foot, a run with a prose line under it, and any run of a page that is no print.

    Example (head): "Ridgeland Legislature" / "Legislators" / "Committees" / "Bills & Resolutions" /
    "Statutes" / "Journals" / "Home" / "Ridgeland Statutes Online" / "The statutes below include …"
    -> the first seven go. (foot): "Customers" / "Your bill" / "Meter readings" / "Hardship support"
    after the last answer of a FAQ, over the footer -> they go."""
    lines = page.lines
    if not browser_print(page) or not any(re.search(r"[A-Za-z]{3}", line.text) for line in lines[:HEAD_MAX]):
        return page
    filled = [i for i, line in enumerate(lines) if line.text.strip()]
    if not filled:
        return page
    head: list[int] = []
    for k, i in enumerate(filled[:HEAD_MAX]):
        after = lines[filled[k + 1]].text if k + 1 < len(filled) else ""
        if _sentence(lines[i].text, after):
            break
        head.append(i)
    prose_below = head[-1] + 1 if head else 0
    later = {lines[i].text.strip() for i in filled if i > (head[-1] if head else -1)}
    hits: list[int] = []
    gone = {r.line for r in page.removed if r.text.strip()}
    for run in _printed_runs(lines, head):
        if head and run[-1] == head[-1] and len(head) < len(filled):
            run = run[:-1]   # the headline over the first paragraph stays
        if len(run) < PRINTED_MENU_MIN:
            continue
        if sum(lines[i].text.strip() in later for i in run) >= PRINTED_MENU_AGAIN:
            continue   # a contents list: its entries head the text below
        if not (_beside_chrome(lines, filled, run, gone) or _after_taken(lines, filled, run, hits)) \
                or _labels_over_values(lines, filled, run):
            continue   # a list among the document's own lines (a meeting's members, a table's labels)
        hits += run
    # a selector's or a search field's controls in the head: the session searched ('Searching 2023-2024
    # Session'); a label alone with its value under it ('Session:' / '2025 Regular Session', 'Tax year:' /
    # '2024'); a field's label over its button ('Bill Number:' / 'Go')
    for k, i in enumerate(head):
        text = lines[i].text.strip()
        nxt = head[k + 1] if k + 1 < len(head) else None
        if SESSION_SELECTOR.match(text):
            hits.append(i)
        elif nxt is not None and SELECT_LABEL.match(text) and len(lines[nxt].text.split()) <= 4 \
                and not END_MARK.search(lines[nxt].text.strip()):
            hits += [i, nxt]
        elif nxt is not None and re.match(r"^[A-Z][\w ]{0,30}:$", text) and len(text.split()) <= 3 and FIELD_BUTTON.match(lines[nxt].text):
            hits += [i, nxt]
    # a short line between two menus of the head (a search box's hint, '(example: 12-104)'): chrome by place
    for a, b, c in zip(head, head[1:], head[2:]):
        if a in hits and c in hits and b not in hits and len(lines[b].text.split()) <= SANDWICH_WORDS \
                and not END_MARK.search(lines[b].text.strip()):
            hits.append(b)
    menus = {r.line for r in page.removed if r.text.strip() and (r.rule in WEB_CHROME or r.rule == "printed-top-bar")}
    hits += _between_removed(page, filled, head, set(hits), menus)
    hits += _top_band(page, filled, set(hits), menus)
    # the foot: under the last prose line
    last = max((i for i in filled if is_prose(lines[i].text) and not SITE_STEWARD.match(lines[i].text)), default=None)
    if last is not None and last >= prose_below:
        foot = [i for i in filled if i > last]
        runs = _printed_runs(lines, foot, foot=True)
        hits += [i for run in runs if len(run) >= PRINTED_MENU_MIN and _beside_chrome(lines, filled, run, gone) for i in run]
        # a footer's row of three or more short items between bars or dots ('Accessibility | Privacy | Site Policies');
        # (r31enheads) a row the print wrapped after a bar ('Website Policies | Help | Contact Us | Feedback |' / 'Sitemap'):
        # the bar ends the line, and the next line's items are the row's rest
        for k, i in enumerate(foot):
            text = lines[i].text.strip()
            wrapped = bool(FOOT_ROW_WRAP.search(text))
            pieces = [p.strip() for p in FOOT_ROW_SEP.split(FOOT_ROW_WRAP.sub("", text))]
            if len(pieces) + wrapped >= FOOT_ROW_MIN and all(_printed_item(p) for p in pieces):
                hits.append(i)
                rest = foot[k + 1] if wrapped and k + 1 < len(foot) and foot[k + 1] == i + 1 else None
                if rest is not None and all(_printed_item(p.strip()) for p in FOOT_ROW_SEP.split(lines[rest].text.strip())):
                    hits.append(rest)
    return page.drop(hits)


def _between_removed(page: Page, filled: list[int], head: list[int], hits: set[int], menus: set[int]) -> list[int]:
    """(r27enchrome; WIDENS the short line between two menus above) the same short line (≤ SANDWICH_WORDS
    words, no end mark, no division label) when the menus on both sides of it were taken by an earlier
    web-chrome rule (`en-chrome` takes a legislature's menu by its words): its nearest lines with text
    above and below, kept or removed, are both such removed chrome (`(example: 12-104)` between
    `Search Statutes` and `Search Tips`)."""
    lines = page.lines
    removed = {r.line: r.text for r in page.removed if r.text.strip()}
    around = sorted({lines[i].number for i in filled} | set(removed))
    out = []
    for i in head:
        text = lines[i].text.strip()
        if i in hits or len(text.split()) > SANDWICH_WORDS or END_MARK.search(text) or PRINTED_NUMBERING.match(text) \
                or _print_header_names(page, text):
            continue   # the line the print header names is the page's headline, whatever stands around it
        k = bisect_left(around, lines[i].number)
        if 0 < k < len(around) - 1 and around[k - 1] in menus and around[k + 1] in menus \
                and not HOME_TRAIL.match(removed.get(around[k - 1], "")):   # under the trail that ends at it: the headline
            out.append(i)
    return out


TOP_BAND_MAX = 3   # lines of a site's bars over its menu (a government bar, the agency's name)


def _top_band(page: Page, filled: list[int], hits: set[int], gone: set[int]) -> list[int]:
    """The site's bars at the very top of a print (`Government of Western Australia` / `Constitutional
    Centre of Western Australia` over a menu a rule removed): the first kept lines, at most
    TOP_BAND_MAX, each a short name with no digit and no end mark (`_site_name`) that the print
    header does not name, when the lines right under the last of them were removed, TOP_BAND_MENU
    or more (a menu, a trail: a page's headline over one removed tool row stays), and kept text
    follows. By place: between the removed print header and removed chrome."""
    lines = page.lines
    kept = [i for i in filled if i not in hits]
    band: list[int] = []
    for i in kept[:TOP_BAND_MAX]:
        text = lines[i].text.strip()
        if not _name_row(text) or re.search(r"\d", text) or _print_header_names(page, text):
            break
        band.append(i)
    bars = {r.line for r in page.removed if r.line in gone and _home_bar(r.text)}
    while band:
        last = lines[band[-1]].number
        nxt = next((k for k in filled if k > band[-1] and k not in hits), None)   # the next kept line
        if nxt is not None:
            upto = lines[nxt].number
            menu = sum(1 for k in filled if k in hits and last < lines[k].number < upto) \
                + sum(TOP_BAND_MENU if n in bars else 1 for n in gone if last < n < upto)
            if menu >= TOP_BAND_MENU and (next((k for k in filled if k > band[-1]), None) in hits
                                          or any(last < n < lines[band[-1] + 1].number + 1 for n in gone)):
                return band
        band.pop()
    return []


TOP_BAND_MENU = 3   # removed lines under the bars: a menu or a trail, not one tool row


def _name_row(text: str) -> bool:
    """(r27enchrome) A line of the site's bars: one short name (`_site_name`) or a row of them between
    middle dots or bars (`CT.gov · State of Connecticut`, `Office of the President · Ministry of Justice`,
    `Alaska State Legislature · Infobases`): a government bar names the state and its agencies so."""
    pieces = [p.strip() for p in NAME_ROW_SEP.split(text.strip())]
    return all(p and _site_name(p) for p in pieces)


NAME_ROW_SEP = re.compile(r"\s+[·|]\s+")


def _home_bar(text: str) -> bool:
    """(r27enchrome) A removed line that is a whole menu bar opening with `Home` (`Home | Bills | Laws |
    Committees`): a menu, as many items as a menu printed one a line, not a page's tool row."""
    pieces = [_norm(p) for p in ROW_SEP.split(visible(text).strip()) if p.strip(" ·•|")]
    return len(pieces) >= PIPE_MENU_MIN - 1 and pieces[0] in HOME_LINKS


def _beside_chrome(lines, filled: list[int], run: list[int], gone: set[int]) -> bool:
    """The run stands at the page's edge or next to chrome already removed: at most PRINTED_TOP_KEPT
    kept lines over it (or none under it), or a removed line between it and the kept line over it
    (or under it)."""
    k, m = filled.index(run[0]), filled.index(run[-1])
    if k <= PRINTED_TOP_KEPT or m == len(filled) - 1:
        return True
    up, down = lines[filled[k - 1]].number, lines[filled[m + 1]].number
    return any(up < n < lines[run[0]].number for n in gone) or any(lines[run[-1]].number < n < down for n in gone)


def _labels_over_values(lines, filled: list[int], run: list[int]) -> bool:
    """A record's field labels one a line with their values under them (`Release date` / `Release
    type` / … over `02/03/2002` / `Speech` / …): for some first part of the run (three items or
    more: the labels), the lines after that part, as many as its labels less one, are short values,
    two or more and half of them or more holding a digit (the first value may have joined the run)."""
    m = filled.index(run[0])
    for n in range(3, len(run) + 1):
        if len(run) - n > 1:
            continue   # at most the first value joined the run: more of the run under the labels are items, not values
        values = [lines[i].text.strip() for i in filled[m + n:m + n + n - 1]]
        digits = sum(bool(re.search(r"\d", v)) for v in values)
        if len(values) == n - 1 and all(len(v.split()) <= 4 for v in values) and digits >= 2 and digits * 2 >= len(values):
            return True
    return False


def _after_taken(lines, filled: list[int], run: list[int], hits: list[int]) -> bool:
    """The run follows a menu already taken, at most one short line between them (a search box's hint)."""
    k = filled.index(run[0])
    return k >= 1 and filled[k - 1] in hits or k >= 2 and filled[k - 2] in hits and len(lines[filled[k - 1]].text.split()) <= SANDWICH_WORDS


# a footer's postal address or telephone line: a street number and a street word, a post box, or a
# telephone number with or without its label
STREET = re.compile(r"\b\d{1,5}[A-Za-z]?\s+(?:[A-Z][\w'’.-]*\s+){1,4}(?:Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Place|Pl|Terrace|"
                    r"Square|Sq|Boulevard|Blvd|Drive|Dr|Way|Parade|Highway|Hwy|Court|Ct|Quay|Row|Circle|Plaza)\b\.?")
PO_BOX = re.compile(r"\b(?:PO|P\.O\.|GPO|Private)\s*Box\s+\d+", re.I)
PHONE = re.compile(r"(?:^|[\s(:])(?:\+\d{1,3}[\s-]?)?(?:\(\d{2,5}\)\s?|\d{2,5}[\s.-])\d{3,4}[\s.-]\d{3,4}\b")
POSTCODE = re.compile(r"\b(?:[A-Z]{2,3}\.?|(?!(?:January|February|March|April|June|July|August|September|October|November|December)\b)[A-Z][a-z]{3,})\s+\d{4,5}(?:-\d{4})?\s*(?:$|[·|])"   # 'Westmarch WM 5000', 'Harlan, KY 40831', 'Springfield, Illinois 62706'
                      # (r27enchrome) a British or a Canadian postcode closing the address ('Belfast BT2 7EG', 'Ottawa ON K1A 0B1')
                      r"|\b(?:[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}|[A-Z]\d[A-Z]\s\d[A-Z]\d)\s*(?:$|[·|])")
PHONE_LABEL = re.compile(r"^\s*(?:phone|telephone|tel|fax|toll[- ]free|call us)\s*[:.]?\s*[\d(+]", re.I)
ADDRESS_WORDS = 30


def footer_address(text: str) -> bool:
    """A site footer's address or telephone line: a street address, a post box or a telephone
    number, no sentence's end, at most ADDRESS_WORDS words ('Office of X, State Capitol Room 14,
    Northfield City, NF 40210 · (555) 014-2200', 'Phone: (555) 8237 9100', '0800 555 200')."""
    s = text.strip()
    if not s or len(s.split()) > ADDRESS_WORDS or re.search(r"[!?;:]$|[a-z]{2,}\.$", s):
        return False   # a sentence's end ('p.m.' ends an opening-hours piece, not a sentence)
    bare = re.sub(r"[\d\s()+.-]", "", s)
    return bool(STREET.search(s) or PO_BOX.search(s) or POSTCODE.search(s) and "," in s or PHONE_LABEL.match(s) or PHONE.search(s) and len(s.split()) <= 12
                or not bare and sum(ch.isdigit() for ch in s) >= 7)


def printed_footer(page: Page) -> Page:
    """(r26webpages) A printed web page's footer address: walking up from the page's end over
    blank lines, short lines and a site's standing notice (`_reference_notice`, which en-chrome
    takes), the lines that give the site's postal address or telephone (`footer_address`) go.
    Stops at the first prose line that is neither. Only
    in a page a browser printed (`browser_print`): a letter's or a notice's own address under its
    signature is the document's.

    Example: "… the Help page." / "Is this page useful?" / "Ministry of Transport and Infrastructure,
    PO Box 12, Port Kestrel" / "Accessibility Policy · Privacy Policy" -> the address line goes, and
    en-chrome's walk then reaches the survey over it."""
    lines = page.lines
    if not browser_print(page):
        return page
    hits: list[int] = []
    i = len(lines) - 1
    counted = 0
    while i >= 0 and counted < TAIL_MAX:
        text = lines[i].text.strip()
        if not text:
            i -= 1
            continue
        counted += 1
        if footer_address(text) or SITE_MAINTAINED.match(text):
            hits.append(i)   # the footer's address, telephone, or the site's maintenance line
            i -= 1
            continue
        if is_prose(text):
            notice = _reference_notice(lines, i, up=True)
            if not notice:
                break
            i = notice[0] - 1   # a site's standing notice at the foot (en-chrome's tail walk takes it)
            continue
        i -= 1
    return page.drop(hits)


# the site naming who keeps its content, a line over the page's text ('Information maintained by the
# Legislative Reference Bureau', 'Content managed by the Office of …')
SITE_STEWARD = re.compile(r"^\s*(?i:information|content|this (?:page|site|website|database)(?: is)?|page|site|website|database)\s+"
                          r"(?i:maintained|provided|published|compiled|managed|updated|owned)\s+by\s+(?:the\s+)?[A-Z][\w .,&'’()-]{2,90}$")
# (r31enheads) the same line at a government site's foot ('Content Owned by Ministry of …, Government of India'),
# wrapped by the print: its rest on the next line, no end mark ('Climate Change, Government of India')
STEWARD_REST_WORDS = 8
STEWARD_BLOCK_LINES = 12   # lines of the standing notes under the steward's line, to a blank line
SITE_SELF = re.compile(r"\b(?:this (?:site|web ?site|page|database)|on this (?:site|web ?site)|the (?:\w+ )?database|online)\b", re.I)


def site_steward(page: Page) -> Page:
    """(r26webpages) A legislature's or an agency's line naming who keeps the site's content, at
    the page's head (`Information maintained by the Legislative Reference Bureau`: the site's
    masthead note, never the document's), and, in a page a browser printed, the standing notes
    printed under it to the next blank line — at most STEWARD_BLOCK_LINES lines — when they speak
    of the site itself (`this site`, `the … database`, `online`: SITE_SELF) and the block is
    followed by more text. A document's own paragraph does not open under such a line.

    Example: "Information maintained by the Office of Legislative Services" / "The statutes on
    this site are updated after each session. …" / "" / the section -> the line and its notes go."""
    lines = page.lines
    filled = [i for i, line in enumerate(lines) if line.text.strip()][:HEAD_MAX]
    hits: list[int] = []
    for i in filled:
        text = lines[i].text.strip()
        if not SITE_STEWARD.match(text) or END_MARK.search(text):
            continue
        hits.append(i)
        block = []
        for k in range(i + 1, min(len(lines), i + 1 + STEWARD_BLOCK_LINES + 1)):
            if not lines[k].text.strip():
                break
            block.append(k)
        else:
            block = []   # no blank line ends it within reach: the text's own lines
        body = " ".join(lines[k].text.strip() for k in block)
        if block and len(block) <= STEWARD_BLOCK_LINES and browser_print(page) and SITE_SELF.search(body) \
                and END_MARK.search(lines[block[-1]].text.strip()) and any(lines[k].text.strip() for k in range(block[-1] + 1, len(lines))):
            hits += block
        break
    hits += _foot_steward(lines)
    return page.drop(hits)


def _foot_steward(lines) -> list[int]:
    """(r31enheads; WIDENS `site_steward` to the foot) The steward's line among the page's last TAIL_MAX
    lines with text, with no end mark ('Content Owned by Ministry of Environment, Forest and'), and its
    rest the print wrapped onto the next line (STEWARD_REST_WORDS words at most, no end mark: 'Climate
    Change, Government of India'): the site's footer, never the text."""
    filled = [i for i, line in enumerate(lines) if line.text.strip()][-TAIL_MAX:]
    for k, i in enumerate(filled):
        text = lines[i].text.strip()
        if not SITE_STEWARD.match(text) or END_MARK.search(text):
            continue
        nxt = filled[k + 1] if k + 1 < len(filled) and filled[k + 1] == i + 1 else None
        rest = nxt is not None and len(lines[nxt].text.split()) <= STEWARD_REST_WORDS \
            and not END_MARK.search(lines[nxt].text.strip()) and lines[nxt].text.strip()[:1].isupper() \
            and text.split()[-1].casefold() in ("and", "of", "for", "the", "&", ",")
        return [i] + ([nxt] if rest else [])
    return []


NOTICE_LABEL = re.compile(r"^\s*(?:disclaimer|important notice|legal notice|notice|note|please note)\s*:?\s*$", re.I)


def notice_label(page: Page) -> Page:
    """(r26webpages) A notice's label left alone (`Disclaimer:`) where a site's standing notice
    under it was removed: the line right under the label was removed by a rule and nothing kept
    follows that notice but chrome (the label is the last kept line with words). A label over
    the document's own text stays.

    Example: "… Sec. 9-12. - Fee." / "The fee … council." / "Disclaimer:" / (removed: "This Code of
    Ordinances … may not reflect" / "the most current legislation …") -> "Disclaimer:" goes."""
    lines = page.lines
    gone = {r.line: r for r in page.removed if r.text.strip()}
    filled = [i for i, line in enumerate(lines) if line.text.strip()]
    hits = []
    for k, i in enumerate(filled):
        if not NOTICE_LABEL.match(lines[i].text):
            continue
        n = lines[i].number
        nxt = lines[filled[k + 1]].number if k + 1 < len(filled) else None
        under = next((m for m in range(n + 1, n + 3) if m in gone), None)
        if under is not None and gone[under].rule in ("en-chrome", "site-steward") and (nxt is None or k + 1 == len(filled)):
            hits.append(i)
    return page.drop(hits)


# (r28acts) a site search box's label naming the site ('Search ExploreNorth', 'Search the Arctic Library'):
# the site's own name after `Search`, that name written again on another line of the page's top (the
# site's tagline, its menu row)
SITE_SEARCH = re.compile(r"^\s*Search\s+(?:the\s+)?(?P<name>[A-Z][\w&'’-]{2,}(?:\s+[A-Z][\w&'’-]*){0,2})\s*$")
SITE_SEARCH_TOP = 8   # non-blank lines at the page's top


def site_search_label(page: Page) -> Page:
    """(r28acts) Drop a site search box's label at the page's top (SITE_SEARCH, among the first
    SITE_SEARCH_TOP non-blank lines) when the name it searches stands on another of those lines: the
    site names itself in its tagline or menu, the label names the site. A heading `Search Engines` or
    `Search and Seizure` whose words no other top line repeats stays.

    Example: 'ExploreNorth, your resource center …' / 'Search ExploreNorth': the second goes.
    """
    top = [i for i, line in enumerate(page.lines) if line.text.strip()][:SITE_SEARCH_TOP]
    hits = []
    for i in top:
        match = SITE_SEARCH.match(page.lines[i].text)
        if match and any(match["name"] in page.lines[j].text for j in top if j != i):
            hits.append(i)
    return page.drop(hits)


# (r33entitle) a web player's or widget's script left as text where the page was copied: JavaScript
# statements, its string literal broken at the HTML it wrote ('"); jQuery("#212 h3").html("', '"); jQuery(document)
# .ready(function() { jwplayer.key=…; … }); });'). Code tokens, at least SCRIPT_TOKENS of them on the line
SCRIPT_TOKEN = re.compile(r"\bjQuery\s*\(|\$\(\s*[\"'#.\w]|\bfunction\s*\(|\}\s*\)\s*;|\.(?:html|ready|setup|on|click|append|attr|css)\s*\("
                          r"|\bvar\s+\w+\s*=|\b(?:document|window|navigator|location)\.\w+|\)\s*;")
SCRIPT_OPENING = re.compile(r"^(?:[\"')\]}]+\s*;|jQuery\b|\$\(|var\s|function\b|document\.|window\.|\(function\b)")
SCRIPT_TOKENS = 2


def script_residue(page: Page) -> Page:
    """(r33entitle) A script's text left as lines in the page's head zone (the first HEAD_MAX lines with
    words): a line, not indented, that opens as code does (a broken string's `");`, `jQuery`, `$(`,
    `var`, `function`, `document.`) and holds SCRIPT_TOKENS code tokens or more, one a statement's
    `;` at least. A news page's audio player leaves it between the headline and the time stamp; it
    is never text. An indented code sample in a tutorial and fenced code (verbatim) stay.

    Example: "'Headline'" / '"); jQuery("#212 h3").html("' / '"); jQuery(document).ready(function() {
    … }); });' / '2020-07-27 HKT 13:42': the two script lines go.
    """
    lines = page.lines
    filled = [i for i, line in enumerate(lines) if line.text.strip()][:HEAD_MAX]
    hits = [i for i in filled if not lines[i].text[:1].isspace() and SCRIPT_OPENING.match(lines[i].text)
            and ";" in lines[i].text and len(SCRIPT_TOKEN.findall(lines[i].text)) >= SCRIPT_TOKENS]
    return page.drop(hits)


# (r41) a book or document site's navigation labels, as its link bar prints them
NAV_LABEL = r"(?:previous|prev|next|contents|index|home|top|up|bibliographic\s*record|search|help)"
# the bar's labels in a row, glued by the text export with no space between ('PREVIOUSNEXT') or apart by
# spaces, middle dots, bars or slashes ('CONTENTS · BIBLIOGRAPHIC RECORD', 'Previous | Next'): two or more
NAV_BAR = re.compile(rf"^\s*{NAV_LABEL}(?:\s*[·|•/]?\s*{NAV_LABEL})+\s*$", re.I)


def glued_nav_bar(page: Page) -> Page:
    """(r41) A site's navigation bar at the page's head (before its first prose line), each label a
    navigation word (NAV_LABEL: `Previous`, `Next`, `Contents`, `Index`, `Home`, `Bibliographic Record`
    …) and nothing else, two or more of them, glued by the page's text export (`PREVIOUSNEXT`) or
    apart by dots or bars (`CONTENTS · BIBLIOGRAPHIC RECORD`): the site's links, never the text's words
    (no title or heading is made of two link labels). A lone `Contents` is a contents list's label and
    is left to the contents rules.

    Example: "  PREVIOUSNEXT  " / "CONTENTS · BIBLIOGRAPHIC RECORD" over a book's chapter -> both go.

    (r47, issue 11) A small site's menu glued the same way, its items set in capitals by the style sheet
    (`ABOUTBLOGMUSICRESEARCHSCRATCH` over a post's headline): one capitals token of GLUED_MENU_MIN letters
    or more that opens with a menu item and is made, for GLUED_MENU_SHARE of its letters, of
    GLUED_MENU_ITEMS or more menu items (GLUED_MENU_WORDS; an item the list does not know may stand
    between them). No word of a title is so long; a caps title keeps its spaces."""
    return page.drop(i for i in head_zone(page.lines) if NAV_BAR.match(page.lines[i].text) or _glued_menu(page.lines[i].text))


# (r47) a small site's menu items ('About', 'Blog', 'Research', 'Contact' …), as its bar prints them
GLUED_MENU_WORDS = tuple(sorted("""about home blog posts post news contact projects publications papers research music
photos photography gallery portfolio archive archives tags categories talks teaching notes writing links search
events team people services shop store work resume cv now uses press media courses books podcast videos
""".split(), key=len, reverse=True))
GLUED_MENU_MIN = 12      # letters of the glued token
GLUED_MENU_SHARE = 0.6   # of its letters in known items
GLUED_MENU_ITEMS = 3     # known items at least
GLUED_TOKEN = re.compile(r"^\s*[A-Z]{%d,}\s*$" % GLUED_MENU_MIN)


def _glued_menu(text: str) -> bool:
    if not GLUED_TOKEN.match(text):
        return False
    token, at, covered, items = text.strip().casefold(), 0, 0, 0
    if not token.startswith(GLUED_MENU_WORDS):
        return False
    while at < len(token):
        word = next((w for w in GLUED_MENU_WORDS if token.startswith(w, at)), "")
        at, covered, items = (at + len(word), covered + len(word), items + 1) if word else (at + 1, covered, items)
    return items >= GLUED_MENU_ITEMS and covered >= GLUED_MENU_SHARE * len(token)


ARROW_LINK = re.compile(r"^\s*(?P<label>[A-Z][^.!?;:»›]{2,100}?)\s*[»›]\s*$")   # a link's label and its arrow, nothing after
ARROW_LINK_WORDS = 12     # words of such a link's label ('Read how departments are responding to this action')
ARROW_LINK_REPEATS = 2    # lines with the same link: a per-item link, not a sentence of the text


def repeated_arrow_link(page: Page) -> Page:
    """(r41) A link the page prints under each item, its label ending in a guillemet arrow (`Read how
    departments are responding to this action »`, `See the full list of projects ›`): a whole line of
    ARROW_LINK_WORDS words at most, no sentence's end before the arrow, the same line ARROW_LINK_REPEATS
    times or more wherever it stands. The arrow marks a link, and the text never repeats a line of its own
    word for word; said once between the edges, such a line is left to the edge rules.

    Example: "Read how departments are responding to this action »" under each of four actions -> all four go."""
    seen: dict[str, list[int]] = {}
    for i, line in enumerate(page.lines):
        found = ARROW_LINK.match(line.text)
        if found and len(found["label"].split()) <= ARROW_LINK_WORDS:
            seen.setdefault(" ".join(line.text.split()).casefold(), []).append(i)
    return page.drop(i for found in seen.values() if len(found) >= ARROW_LINK_REPEATS for i in found)


# (r45, issue 11) a report site's menu bar printed flat under the page: the site's title, then its
# sections' names run on one or two lines with no punctuation
FLAT_MENU_TOP = 6        # non-blank lines at the page's top looked at
FLAT_MENU_WORDS = 16     # words of one line of the bar
FLAT_MENU_LINES = 2      # lines the bar wraps onto
FLAT_ITEM_WORDS = 4      # words of a section's head that the bar names
CELL_GAP = re.compile(r"\s{3,}")


def _printed_titles(page: Page) -> set[str]:
    """The page titles a browser printed beside its date stamp in the running heads the cleaner
    removed (`12/2/31, 4:58 PM    Harbour Trust 2031 Year in Review` -> the title): the stamp
    shows the page is a browser's print."""
    from .rules_pages import PRINT_STAMP
    out = set()
    for r in page.removed:
        if r.rule != "running-head":
            continue
        text = r.text.replace("\f", "").strip()
        stamp = PRINT_STAMP.match(text)
        if not stamp:
            continue
        for cell in CELL_GAP.split(text[stamp.end():].strip()):
            if len(cell.split()) >= 2 and not PRINT_URL.match(cell):
                out.add(" ".join(cell.split()))
    return out


def _bar_shaped(text: str) -> bool:
    words = text.split()
    return 0 < len(words) <= FLAT_MENU_WORDS and not re.search(r"[.,;:!?]", text)


def _names_a_head_below(rest: str, lines, after: int) -> bool:
    """A short line below (a section's head, FLAT_ITEM_WORDS words at most) is a run of the bar's words."""
    bar = f" {' '.join(rest.split())} "
    return any(0 < len(line.text.split()) <= FLAT_ITEM_WORDS and f" {' '.join(line.text.split())} " in bar
               for line in lines[after + 1:])


def flat_menu_bar(page: Page) -> Page:
    """(r45, issue 11) A report site's menu bar that a browser printed flat over the page: the
    site's title as the running head prints it, then its sections' names run on (`Harbour Trust 2031
    Year in Review Foreword Shipments Our Numbers Operations` / `Partners Training Behind the
    scenes`), no punctuation, one of the names heading a section below (`Foreword`). The title's
    line and the bar's next lines of the same shape (FLAT_MENU_LINES) go. A line that is the title
    alone, a title line followed by a subtitle with punctuation, and a bar none of whose names
    heads a section below, stay.

    Example: running head `12/2/31, 4:58 PM    Harbour Trust 2031 Year in Review`; at the top
    'Harbour Trust 2031 Year in Review Foreword Cargo Figures Berths' / 'Partners Behind the scenes'
    over 'Foreword' / its text: both bar lines go."""
    titles = _printed_titles(page)
    if not titles:
        return page
    lines = page.lines
    filled = [i for i, line in enumerate(lines) if line.text.strip()][:FLAT_MENU_TOP]
    for k, i in enumerate(filled):
        text = " ".join(lines[i].text.split())
        rest = next((text[len(t):] for t in titles if text.startswith(t + " ")), "")
        if not _bar_shaped(rest) or len(rest.split()) < 3 or not _names_a_head_below(rest, lines, i):
            continue
        drop = [i]
        for j in range(i + 1, min(i + 1 + FLAT_MENU_LINES - 1, len(lines))):
            if not _bar_shaped(lines[j].text):
                break
            drop.append(j)
        return page.drop(drop)
    return page
