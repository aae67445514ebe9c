"""English (Latin-script) site-chrome vocabulary: the words a web page uses for its own links,
buttons and banners, written once (issue #11). vocab.py holds the Chinese ones.

Why: the same link words were listed three times — rules_widgets.py (skip link, menu button,
feedback link), rules_chrome_en.py (its link words) and structure/title_evidence.py (skip link,
phase banner) — and drifted: `Jump to navigation` was a button to one, a title candidate to
another. Each phrase list below is the one source; the sets and whole-line regexes the rules use
are built from it here, once, at import. The rules keep their SHAPES (where a line stands, what
stands beside it); only the words live here.

    from pipeline.clean.vocab_en import SKIP_LINK, STRONG_LINKS
    SKIP_LINK.match("Skip to main content")   # a skip link, in either script
    "back to top" in STRONG_LINKS             # a link no document's own line is alone on
"""
from __future__ import annotations

import itertools
import re

I = re.IGNORECASE


def alternation(phrases) -> str:
    """'(?:back\\s+to\\s+top|…)': the phrases as one regex group, any run of spaces between words."""
    return "(?:" + "|".join(r"\s+".join(re.escape(w) for w in p.split()) for p in phrases) + ")"


def optional(words) -> str:
    """'(?:main\\s+|primary\\s+)?': the non-empty words of ('', 'main ', 'primary '), each with the space after it."""
    return "(?:" + "|".join(alternation([w]) + r"\s+" for w in words if w.strip()) + ")?"


# A skip link for screen readers ('Skip to main content', 'Jump to navigation', 'Skip over the menu')
SKIP_VERBS = ("skip", "jump")
SKIP_PREPOSITIONS = ("to", "over")
SKIP_ARTICLES = ("", "the ")
# the page's regions a skip link names, as sites name them ('Skip to subnav', 'Skip to the sidebar',
# 'Jump to page content', 'Skip to main navigation'): a region's word, never a topic's
SKIP_QUALIFIERS = ("", "main ", "primary ", "secondary ", "page ", "site ", "local ", "left ", "top ", "sub ")
SKIP_TARGETS = ("content", "navigation", "menu", "search", "accessibility", "footer",   # round19en: accessibility, footer
                "nav", "subnav", "sidebar", "header", "main", "toolbar", "breadcrumb", "links", "results")
SKIP_LINK_PHRASES = frozenset(f"{verb} {prep} {article}{qualifier}{target}" for verb, prep, article, qualifier, target
                              in itertools.product(SKIP_VERBS, SKIP_PREPOSITIONS, SKIP_ARTICLES, SKIP_QUALIFIERS,
                                                   SKIP_TARGETS)) | {"skip navigation"}
SKIP_LINK_EN = (rf"{alternation(SKIP_VERBS)}\s+{alternation(SKIP_PREPOSITIONS)}\s+{optional(SKIP_ARTICLES)}"
                rf"{optional(SKIP_QUALIFIERS)}{alternation(SKIP_TARGETS)}|skip\s+navigation")
# the same link on a Chinese or Taiwanese page ('跳到主要內容區塊', '跳过导航');
# vocab.WIDGET_TOKENS has its common forms too
SKIP_LINK_ZH = (r"(?:跳到|跳至|跳轉|跳转|跳过|跳過|略過|略过)(?:到|至)?(?:主要|主|本頁|本页)?"
                r"(?:內容|内容|導覽|导航|導航|選單|菜单|菜單)(?:區塊|区块|區|区)?")
SKIP_LINK = re.compile(rf"^\s*(?:{SKIP_LINK_EN}|{SKIP_LINK_ZH})\s*$", I)
# (round19en) two or more skip links printed on one line ('Skip to main content Skip to accessibility')
SKIP_LINKS = re.compile(rf"^\s*(?:{SKIP_LINK_EN})(?:\s*[|·•]?\s*(?:{SKIP_LINK_EN}))+\s*$", I)
# (round19en) a portal's warning to an old browser, printed over the page as its first sentence
# ('This website is not compatible with your web browser. You should install a newer browser …')
BROWSER_WARNING = re.compile(r"^\s*(?:(?:this|our)\s+(?:web\s*)?(?:site|page)\s+(?:is\s+not|isn't|may\s+not\s+be)\s+"
                             r"(?:compatible\s+with|supported\s+(?:by|on)|(?:fully\s+)?displayed\s+(?:correctly\s+)?(?:in|by))"
                             r"\s+your\s+(?:web\s+|current\s+|internet\s+)?browser"
                             r"|your\s+(?:web\s+|current\s+|internet\s+)?browser\s+is\s+(?:out\s+of\s+date|outdated|not\s+supported|no\s+longer\s+supported)"
                             r"|you\s+are\s+using\s+an?\s+(?:outdated|old|unsupported|older)\s+(?:web\s+)?browser)\b", I)
# (round19en) the lead of a portal's log-in menu, a list of the services one may sign in to
# ('• Choose the service you want to log in to:', 'Sign in to:'); the services follow as bullets
LOGIN_MENU_LEAD = re.compile(r"^\s*(?:[•·▪*-]\s*)?(?:(?:choose|select|pick)\s+(?:the\s+|a\s+)?(?:service|account|site)\s+"
                             r"(?:you\s+(?:want|wish)\s+to\s+|to\s+)(?:log|sign)\s*(?:in|on)(?:\s+to)?"
                             r"|(?:log|sign)\s*(?:in|on)\s+to)\s*:\s*$", I)
# a view switch beside it ('Normal View', 'Text-only version')
VIEW_SWITCH = re.compile(r"^\s*(?:normal|text[- ]only|high[- ]contrast|accessible) (?:view|version)\s*$", I)

# the link to the site's home page, which leads a menu or a trail ('Home', 'Homepage')
HOME_LINKS = ("home", "homepage")
# a search box's label or button ('Search this site', 'Site search')
SEARCH_LINKS = ("search this site", "site search", "save search", "save this search", "refine search", "modify search", "new search",   # round14en: a record viewer's search toolbar
                "advanced search",   # round20en: a database site's search link over its record
                # (r27enchrome) a search widget's controls over the page: its filter, its label, its results link
                "refine results", "refine your search", "filter results", "search by", "search results", "clear search",
                "clear all filters", "search the site", "search this website", "search website")
# (r27enchrome) a site search's provider credit under its box ('Search by Algolia', 'Powered by Google Custom Search')
SEARCH_CREDIT = re.compile(r"^\s*(?:search(?:es)?|powered|search powered) by (?:algolia|google(?: custom search)?|bing|swiftype|funnelback"
                           r"|coveo|elastic(?:search)?|addsearch|typesense|site ?search 360|lunr|pagefind)\s*$", I)
# (round20en) a subscription site's sales pitch over or under its record, each line short: the call
# ('Subscribe to a … Premium Membership Today!', 'Subscribe Now for only USD$40 per month.', 'Become a
# member today!', 'Upgrade to Premium') and the price ('Only $9.99 per month'); a label of its lost list of
# benefits ('Key Benefits:') goes only beside such a line (SUBSCRIBE_LABEL)
SUBSCRIBE_CALL = (r"(?:subscribe|sign up|join|upgrade|become a (?:premium |paid )?(?:member|subscriber))"
                  r"(?:\s+(?:now|today))?(?:\s+(?:to|for)\s+(?:a|an|our|the)?\s*[\w$ .&'-]{0,50}?"
                  r"\b(?:membership|subscription|premium|plan|account|access))?(?:\s+(?:now|today))?")
SUBSCRIBE_PRICE = (r"(?:for\s+)?(?:only|just)\s+(?:[A-Z]{2,3}\s?)?[$£€]?\s?\d{1,4}(?:[.,]\d{2})?"
                   r"\s*(?:[A-Z]{2,3}\s*)?(?:per|a|/|each)\s*(?:month|year|week|annum|day)")
SUBSCRIBE_PITCH = re.compile(rf"^\s*(?:{SUBSCRIBE_CALL}(?:\s+{SUBSCRIBE_PRICE})?|{SUBSCRIBE_PRICE})\s*[.!]?\s*$", I)
SUBSCRIBE_LABEL = re.compile(r"^\s*(?:key |member(?:ship)? |premium |subscriber )?(?:benefits|features)\s*:\s*$", I)
SUBSCRIBE_PITCH_MAX = 90   # characters: a call or a price, not a sentence of the text
# an in-page jump back up ('Back to top'): chrome wherever it stands
TOP_LINKS = ("back to top", "return to top", "top of page", "go to top", "to the top", "to top")
# the menu button of a page's header ('MENU', '☰ Menu', 'Toggle navigation')
MENU_BUTTONS = ("menu", "main menu", "site menu", "navigation menu", "toggle navigation", "open menu", "close menu")
MENU_BUTTON = re.compile(rf"^\s*(?:☰\s*)?{alternation(MENU_BUTTONS)}\s*$", I)
# (r26) an English page's text-size switch and the page tools beside it ('Text Size a a a Print Print this
# page', 'Font size: A- A A+ | Email | Share'): letters drawn as buttons, the tools' words
PAGE_TOOL_WORDS = frozenset("a a+ a- aa aaa print email e-mail share this page reset increase decrease larger smaller "
                            "normal default".split())
# a feedback link ('Site Feedback', 'Send us feedback')
FEEDBACK_LINKS = ("feedback", "site feedback", "give feedback", "send feedback", "send us feedback",
                  # (r27enchrome) a docs site's feedback and edit links under its page ('Question? Give us feedback →',
                  # 'Edit this page on GitHub →')
                  "give us feedback", "question? give us feedback", "questions? give us feedback", "give feedback about this page",
                  "edit this page", "edit this page on github", "edit this page on gitlab", "edit on github", "suggest an edit",
                  "suggest edits", "improve this page", "improve this doc", "report an issue with this page", "view page source")
FEEDBACK_LINK = re.compile(rf"^\s*{alternation(FEEDBACK_LINKS)}\s*$", I)
# a service's phase tag under its name ('BETA', 'GOV.UK BETA')
PHASE_WORDS = "ALPHA|BETA|PREVIEW|Alpha|Beta"
# a language switch ('中文English', 'English | 中文', '简体 繁體 English')
LANGUAGE_NAMES = "中文|简体|繁體|繁体|简|繁|English|EN|ENGLISH"
# (r22title) a language toggle alone over an English page: the link to the page in ANOTHER language,
# its name written in that language ('Français', 'Español', 'Te Reo Māori'); an English text never
# opens with the bare name of a foreign language as its title
LANGUAGE_TOGGLES = ("français", "francais", "version française", "en français", "español", "espanol", "en español",
                    "deutsch", "italiano", "português", "portugues", "nederlands", "polski", "svenska", "dansk",
                    "norsk", "suomi", "русский", "ελληνικά", "türkçe", "العربية", "عربي", "فارسی", "עברית",
                    "हिन्दी", "ไทย", "tiếng việt", "bahasa melayu", "bahasa malaysia", "bahasa indonesia",
                    "kiswahili", "afrikaans", "isizulu", "isixhosa", "sesotho", "setswana", "te reo māori",
                    "māori", "cymraeg", "gaeilge", "gàidhlig", "samoan", "gagana samoa", "lea faka-tonga",
                    "tok pisin", "kreyòl", "kreyol", "中文", "简体中文", "繁體中文", "日本語", "한국어")
LANGUAGE_TOGGLE = re.compile(rf"^\s*{alternation(LANGUAGE_TOGGLES)}\s*$", I)
LANGUAGE_ROW_SEP = re.compile(r"\s*[|·•/]\s*|\s{2,}")


def language_row(text: str) -> bool:
    """(r27enchrome) A language picker printed as one row: two or more language names (English and the
    others written in their own language, LANGUAGE_TOGGLES), between bars or dots, or one word each apart
    by spaces ('English | Français', 'English Cymraeg', 'EN · Français · Español'); one of them foreign."""
    pieces = [p for p in LANGUAGE_ROW_SEP.split(text.strip()) if p]
    if len(pieces) == 1:
        pieces = text.split()
    return len(pieces) >= 2 and all(p.casefold() in ("english", "en") or LANGUAGE_TOGGLE.match(p) for p in pieces) \
        and any(LANGUAGE_TOGGLE.match(p) for p in pieces)

# A link's words, as sites print them in menus, tool bars and footers (lower case, one phrase each).
# STRONG: a phrase no document's own line is alone on (a skip link, a button); FOOTER_LINK_WORDS: the footer's
# link names, which a page can also carry as its title ('Cookies', 'Accessibility statement'), so
# they count only in a row of two or more links.
# (r25auditen: a council site's accessibility bar, `Accessibility links`, `Turn off more accessible mode`,
# `Listen to this page`, `Increase text size`, are such phrases)
# (round13en: an archived page's `Printable Version`, `Alternate Format(s)` and its pager line
# `Previous Table of Contents Next` are such phrases)
# (r30enpdf) a page's tools named for the item it shows ('Email this report | Print this report', 'Print this
# article', 'Share this story'): a news, speech or report page's tool row, never a document's own line
PAGE_ITEM_TOOLS = frozenset(f"{verb} this {item}" for verb in ("print", "email", "e-mail", "share", "save", "download", "bookmark")
                            for item in ("page", "article", "story", "report", "release", "news", "post", "item", "speech",
                                         "statement", "document")) \
    | frozenset({"get emails about this page", "get email alerts about this page", "sign up for email updates",
                 "subscribe to updates to this page"})   # (r44) the page's offer to mail its changes, beside its print link
STRONG_LINKS = frozenset("""
home page|jump to navigation jump to search|print|print this page|print page|share|share this page
|share this|email this page|sign in|log in|login
|sign up|register|subscribe|follow us|accept all cookies|reject all cookies|accept additional cookies
|reject additional cookies|cookie settings|cookie preferences|manage cookies|hide this message|hide cookie message
|view cookies|change your cookie settings|close|contact us|about us|site map|sitemap|link to homepage|back to homepage
|go to homepage|return to homepage
|download pdf|download original pdf|download as pdf|download the pdf
|printable version|printer-friendly version|printer friendly version|alternate format(s)|alternate formats|alternative formats
|previous table of contents next
|accessibility links|accessibility tools|accessibility options|turn on more accessible mode|turn off more accessible mode
|listen to this page|increase text size|decrease text size|reset text size|change text size
|whole act|whole regulation|whole instrument|print options|historical versions|previous versions|point in time
|my account|your account|sign in or register|log in or register|register or sign in|sign in or create an account
|log in or create an account|create an account|sign in / register|log in / register
""".replace("\n", "").split("|")) | PAGE_ITEM_TOOLS | SKIP_LINK_PHRASES | set(HOME_LINKS) | set(SEARCH_LINKS) | set(TOP_LINKS) | set(MENU_BUTTONS) | set(FEEDBACK_LINKS)
# (r22s18) the footer's legal links: one of them makes a run of link words spaced by single spaces a footer row
FOOTER_LEGAL = frozenset("""privacy|privacy policy|privacy notice|privacy statement|accessibility|accessibility statement
|cookies|cookie policy|terms|terms and conditions|terms of use|terms of service|disclaimer|copyright|freedom of information
|foi""".replace("\n", "").split("|"))
FOOTER_LINK_WORDS = STRONG_LINKS | FOOTER_LEGAL | frozenset("""
contact|about|help|faq|faqs|rss|newsletter|careers|jobs|media|news|facebook|twitter|linkedin|youtube|instagram|x|legal
|complaints|glossary|a-z|a to z|resources|publications|services|events|guidelines|blog|support
""".replace("\n", "").split("|")) | frozenset(("read online", "font size", "font size a- a+", "a- a+", "bookmark",
                                             "next page", "previous page", "night mode", "reading mode",
                                             # (r27enchrome) a legislation site's view tabs ('Full text · Table of contents · Versions · Print')
                                             "full text", "table of contents", "versions", "notes", "history", "related", "pdf",
                                             # (r33enlegal) a legal information institute's tools over a judgment or an Act
                                             # ('| Noteup | LawCite', 'Database Search | Name Search | Noteup | Download | Help')
                                             "noteup", "lawcite", "database search", "name search", "search this act",
                                             "search this database"))
# (round21en) an e-book reader's tool bar, its pieces between dots ('Read online · Font size A- A+ ·
# Bookmark · Next page →'): every piece a reader control, so the row is a link row
# menu items that mark a run of short lines as a site's menu (one of them suffices with `home`)
# (round21en) a site's account links: a document-sharing site's menu bar ('Documents' / 'Resources' /
# 'Upload' / 'Plans & pricing Sign in' / 'Sign Out'); an item may end in one, the bar's last two glued
ACCOUNT_LINKS = ("sign in", "log in", "sign out", "log out", "logout", "sign up", "upload", "plans & pricing", "pricing")
# (r27enchrome) a legislature's menu ('Bill Search' / 'Session Laws' / 'Statutes' / 'Legislators' / 'Committees'):
# its items name the house's services, not a text's parts
LEGISLATURE_MENU = ("bill search", "bills", "session laws", "legislators", "committees", "find your legislator",
                    "bills & resolutions", "bills and resolutions", "calendars", "journals", "hearings", "statutes", "revised statutes")
MENU_MARKS = (*HOME_LINKS, "about", "contact", "contact us", "about us", "site map", "sitemap", "search",
              "help", "faq", "faqs", "menu", *ACCOUNT_LINKS, *LEGISLATURE_MENU)
# a social widget's buttons, one word each, run together with single spaces ('Facebook Twitter Email')
SOCIAL = frozenset("facebook twitter x linkedin youtube instagram email e-mail whatsapp reddit pinterest tiktok weibo wechat "
                   "print rss mastodon bluesky telegram flickr".split())
# a one-word control or link that goes only beside other chrome (alone it may be a title: 'Home')
NEIGHBOUR_WORDS = frozenset("home search print share menu feedback go submit accept reject close login subscribe register "
                            "email tweet ok yes no maybe top".split())   # r26webpages: 'Top' (a back-to-top link) by the footer
# the words a page's action links open with: a glued piece must start with one ('…pageSuggest a
# correction', '…VersionLink to …'), so 'Using JavaScript Safely' is a heading's words, not links
LINK_VERBS = frozenset("""Suggest Link Print Open Copy Report Share Download View Email Cite Save Back Next
Previous Go Jump Skip Show Hide Read Send Add Export Compare Subscribe Follow Close Search Listen""".split())
# (r33enlegal) a site's appeal link for its upkeep ('Support SAFLII', 'Donate now', 'Give'): a link's first word
APPEAL_LINKS = frozenset(("support", "donate", "give", "contribute"))

# the stamp a publication page prints under its headline, in a row of dots ('Annual Report ·
# Published July 14, 2021 · Download PDF'): the verbs it opens with
STAMP_VERBS = ("published", "first published", "posted", "updated", "last updated", "released", "issued")
# a publication site's note that a file it offers is not fully accessible ('This file may not be
# fully accessible.'), a whole line: the objects it speaks of and what it says of them
ACCESS_OBJECTS = ("file", "document", "publication", "pdf", "page", "content")
ACCESS_NOTICE = re.compile(rf"^\s*(?:this|the) {alternation(ACCESS_OBJECTS)} (?:may|might) not be (?:fully |entirely )?accessible\.?\s*$", I)
# a document-sharing site's upload box and viewer labels around an uploaded file's transcript
# ('Upload: someone', 'Post on 19-Jul-2018', '215 views', '0 download', 'Download "<the headline>"',
# 'TRANSCRIPT'): the box's counters and its label words
UPLOAD_COUNTERS = ("views", "view", "downloads", "download", "pages", "likes", "comments")
TRANSCRIPT_LABELS = ("transcript", "transcription", "document transcript", "text of the document")
UPLOAD_BOX = re.compile(rf"^\s*(?:upload(?:ed)?(?: by)?\s*:\s*\S{{1,40}}|post(?:ed)? on\s+\d{{1,2}}[-/ ][A-Za-z]{{3,9}}[-/ ]\d{{2,4}}"
                        rf"|\d{{1,9}}\s+{alternation(UPLOAD_COUNTERS)}|download\s+[\"“].{{3,200}}[\"”])\s*$", I)
TRANSCRIPT_LABEL = re.compile(rf"^\s*{alternation(TRANSCRIPT_LABELS)}\s*:?\s*$", I)
# a government printer's imprint on a statute's or gazette's cover, each a whole line: the price and
# postage ('Price : Rs. 30.00'), where it was printed and is sold, where it can be downloaded
IMPRINT_CURRENCIES = ("rs", "rs.", "$", "£", "€", "ksh", "kshs", "sh", "shs", "n$", "r", "rm", "php", "inr", "usd", "lkr", "tt$", "j$", "ghs", "ngn", "₦", "₹")
IMPRINT = re.compile(r"^\s*(?:(?:price|postage|annual subscription)\s*:?\s*(?:" + "|".join(re.escape(c) for c in IMPRINT_CURRENCIES)
                     + r")?\.?\s*\d[\d,]*(?:\.\d{2})?(?:\s*[a-z]{0,5})?"
                     r"|printed (?:at|by) the (?:department of )?(?:government |state |national )?print(?:ing|er|ers)\b.{0,80}"
                     r"|printed on the order of (?:the )?government|to be purchased (?:at|from) the\b.{0,80}"
                     r"|this (?:act|bill|gazette|document|publication|ordinance) can be downloaded from\s+\S+"
                     # (r29enchrome) the gazette's postal registration ('REGISTERED No. M - 302', 'REGD. NO. D. L.-33004/99')
                     r"|(?:registered|regd\.?)\s+no\.?\s*[a-z0-9][\w.\s\-^/]{0,24})\s*\.?\s*$", I)
# (r29enchrome) the post office's licence code on the line under the registration ('L.-7646', 'L._796')
POSTAL_CODE = re.compile(r"^\s*L\.?\s*[-_.]{1,3}\s*\d{0,6}\s*$")
# (round11en) a gazette's colophon at the foot of its last page: 'Printed and Published by the Government
# Printer, Dar-es-Salaam.', 'Printed by the Government Printing Office, Accra.'
COLOPHON = re.compile(r"^\s*printed(?:\s+and\s+published)?\s+(?:by|at)\s+(?:the\s+)?(?:government|state|national|official|public)\s+"
                      r"print(?:er|ers|ing\s+office|ing\s+department|ing\s+works|ery)\b[^.]{0,60}\.?\s*$", I)
# (round11en) a transcriber's note on what the page shows beside its print, a whole line in brackets:
# '(Handwritten note: “See rule 4.”)', '[Stamp: RECEIVED 3 JAN 1921]', '[Illegible signature]'
TRANSCRIPTION_NOTE_KINDS = ("handwritten note", "handwritten annotation", "handwritten", "manuscript note",
                            "marginal annotation", "pencil note", "stamp", "stamped", "illegible", "illegible signature",
                            "transcriber's note", "transcriber’s note", "transcriber note")
TRANSCRIPTION_NOTE = re.compile(rf"^\s*[\[(]\s*{alternation(TRANSCRIPTION_NOTE_KINDS)}\s*(?:[:.–-]\s*[^\[\]()]{{0,200}}"
                                rf"(?:\([^()]{{0,60}}\)[^\[\]()]{{0,100}})?)?\s*[\])]\s*$", I)
# a court opinion's running head on the pages of one of its parts, the case's name on the facing
# page ('Opinion of the Court', 'Syllabus', 'BREYER, J., dissenting'): the part's label, never the
# page title the heads give the document (round9en, a slip opinion's heads)
COURT_PART_HEADS = ("opinion of the court", "syllabus", "per curiam", "opinion", "judgment of the court")
COURT_PART_HEAD = re.compile(rf"^\s*(?:{alternation(COURT_PART_HEADS)}"
                             r"|[A-Z][A-Za-z'’-]+,\s+(?:C\.\s*)?J\.,\s+(?:dissenting|concurring)\b.{0,40})\s*$", I)
# a cover's bare kind word over the name of what the paper is ('REPORT' / 'SELECT COMMITTEE … ON THE
# … BILL'): the kind alone names no document (round9en, a parliamentary paper's cover)
BARE_KINDS = ("report", "final report", "interim report", "minutes", "memorandum", "statement", "briefing paper",
              "discussion paper", "consultation paper", "white paper", "green paper", "command paper")
BARE_KIND = re.compile(rf"^\s*{alternation(BARE_KINDS)}\s*\.?\s*$", I)
# a pager's arrows alone on a line at a page's top ('<<', '>>', '‹ ›'): a document library's viewer
PAGER_ARROWS = re.compile(r"^\s*(?:[<>«»‹›]{1,3}\s*){1,2}$")
# (r23enleak) a site's link back to the page over this one, the whole line ('Back to Table of
# Contents', '« Back to Constitution of Example'): the words that open it
BACK_LINK = re.compile(r"^\s*(?:[«‹←<]\s*)?(?:back|return|go back) to\s+\S", I)
# (r23enleak) a pager's step link by its word ('Next › 3 Definitions', '‹ Previous Section 4')
STEP_WORDS = ("next", "previous", "prev", "older", "newer")
# a court reporter's standing notices on a slip opinion's first pages ('NOTE: … The syllabus
# constitutes no part of the opinion of the Court …', 'NOTICE: This opinion is subject to formal
# revision before publication …'): the phrases that tell them from a judgment's own note
REPORTER_NOTICE_PHRASES = ("subject to formal revision", "subject to revision before publication",
                           "constitutes no part of the opinion", "prepared by the reporter of decisions",
                           "readers are requested to notify", "before the preliminary print goes to press",
                           # (r33enlegal) a law site's redaction notice over a judgment ('Editorial note: Certain
                           # information has been redacted from this judgment in compliance with the law.', 'SAFLII
                           # Note: Certain personal/private details of parties or witnesses have been redacted …')
                           "redacted from this judgment in compliance with the law",
                           "redacted from this document in compliance with the law")
REPORTER_NOTICE = re.compile(alternation(REPORTER_NOTICE_PHRASES), I)
# (r33enlegal) the notice's label may name who notes: the editor or the site ('Editorial note:', 'SAFLII Note:')
NOTICE_OPEN = re.compile(r"^\s*(?:(?:Editorial|Editor['’]s|[A-Z][A-Za-z]{1,11})\s+)?(?:NOTE|NOTICE|[Nn]ote)\s*:\s+\S")
# (r29reports) a case-law site's or court's line naming which copy of a judgment this is, alone between
# its cover and its text ('HTML VERSION OF JUDGMENT', '… APPROVED', '(APPROVED)', '… REVISED – 22 JULY
# 2019', 'RTF version of judgment'): the copy's label, never the judgment's words
JUDGMENT_COPY = re.compile(r"^\s*(?i:(?:HTML|RTF|PDF|WEB|PRINTABLE|ONLINE)\s+VERSION\s+OF\s+(?:THE\s+)?(?:APPROVED\s+)?"
                           r"(?:JUDGMENT|JUDGEMENT|DECISION|RULING))(?:\s*\(?(?i:APPROVED|REVISED|CORRECTED|AMENDED)\)?)*"
                           r"(?:\s*[–-]?\s*\d{1,2}\s+[A-Za-z]{3,9}\s+\d{4})?\s*$")
# a news release's media contact at its foot ('Media contact: Executive Council Communications',
# 'Media enquiries:' over a name, a phone and an address): the labels (round9en)
MEDIA_CONTACT_LABELS = ("media contact", "media contacts", "media enquiries", "media inquiries", "press contact",
                        "press contacts", "press enquiries", "press inquiries", "for media enquiries",
                        "for media inquiries", "media relations contact",
                        # (r33enspeech) a release's foot: 'For more information: Media Relations, 555-0100'
                        "for more information", "for further information")
MEDIA_CONTACT = re.compile(rf"^\s*{alternation(MEDIA_CONTACT_LABELS)}\s*:\s*(?P<rest>.*)$", I)
# (r33enspeech) a news release's distribution marks: its release line at the head ('FOR IMMEDIATE RELEASE',
# 'For release: 10:00 a.m., March 3, 2031', 'Immediate release'), its contact line with a phone number or
# an e-mail address ('Contact: Jane Roe, (555) 010-0100', 'Press contact: … | jane@example.gov'), its end mark
RELEASE_LINE = re.compile(r"^\s*(?:for\s+immediate\s+release|immediate\s+release|for\s+(?:public\s+)?release\s*(?::|on\b|at\b)"
                          r"[^!?]{0,40}|not\s+for\s+publication\s+before\b[^.!?]{0,40})\s*[.:]?\s*$", I)
RELEASE_CONTACT = re.compile(r"^\s*(?:media\s+|press\s+)?contacts?\s*:\s*[^:]{0,80}(?:\(?\d{3}\)?[\s.-]?\d{3}[\s.-]\d{4}"
                             r"|\+?\d[\d\s().-]{7,}\d|\S+@\S+\.\w{2,})[^:]{0,60}$", I)
RELEASE_END = re.compile(r"^\s*(?:#\s?#\s?#|[-–—]\s?30\s?[-–—]|[-–—]+\s?(?:END|ENDS)\s?[-–—]+|\*\s?\*\s?\*\s?END\s?\*\s?\*\s?\*)\s*$")
# (r49) the word alone, in capitals, bare or in Markdown bold ('ENDS', '**ENDS**'): no text's line, wherever it stands
# (a news site prints its own boxes after the release, so the mark need not be in the tail)
RELEASE_ENDS_WORD = re.compile(r"^\s*(?:\*\*|__)?\s*ENDS\s*(?:\*\*|__)?\s*$")
# a news section's page links at an article's foot ('More World Speeches: Page 1 | Page 2 | Page 3')
SECTION_PAGES = re.compile(r"^\s*(?:[^:|]{1,60}:\s*)?page\s+1(?:\s*[|·,]\s*page\s+\d{1,3}){1,20}\s*$", I)
# words that name a body, a place or a field, never a person: a capitalised line of them under a
# title ('International Financial Centre', a speech's first heading) is no author's name (round9en)
ORG_WORDS = frozenset("""centre center council committee department ministry office association institute institution
university college school bank market markets company corporation board commission authority agency
financial international national government policy development economy economic affairs services service
trust foundation society federation union fund programme program project network group""".split())
# words that name a part of a page or a text, never a person (round15en): a law site's template head
# under the title ('Full Text', 'Plain Summary') is no byline
PAGE_PART_WORDS = frozenset("""text summary overview contents introduction background notes note commentary
annotations""".split())
# a scanning project's credit in a scanned book's OCR text ('Digitized by the Internet Archive' /
# 'in 2016' / 'with funding from …' / the item's address): the scanner's, not the book's (round9en)
SCAN_CREDIT = re.compile(r"^\s*digiti[sz]ed\s+(?:for\s+\S.{0,60}\s+)?by\s+(?:the\s+)?(?:internet\s+archive|google|microsoft(?:\s+corporation)?)\b.{0,40}$", I)
SCAN_CREDIT_MORE = re.compile(r"^\s*(?:in\s+\d{4}(?:\s+with\s+funding\s+from\b.{0,100})?|with\s+funding\s+from\b.{0,100}"
                              r"|\S*archive\.org/details/\S+)\s*$", I)
# a news site's dated source row under a reprinted item's headline ('Tuesday, 3 September 2019 |
# Press Release: UK Government'): the date, a bar, the kind of item and who issued it (round9en)
RELEASE_KINDS = ("press release", "media release", "news release", "speech", "statement", "announcement", "opinion")
RELEASE_ROW = re.compile(r"^\s*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
                         r"(?:\d{1,2}\s+[a-z]+\.?,?\s+\d{4}|[a-z]+\.?\s+\d{1,2},?\s+\d{4}|\d{4}-\d{2}-\d{2})"
                         rf"\s*\|\s*{alternation(RELEASE_KINDS)}\s*:\s*\S[^.!?]{{0,60}}$", I)
# ---- round10en: chrome kinds every CMS or document site prints (issue 11, check set 7) ----
# a CMS article's info row ('Details | Written by … | Category: … | Hits: 1214'): its cells' labels
ARTICLE_INFO_CELL = re.compile(rf"^\s*(?:details|(?:written by|parent category:|category:|published:|created:|last updated:"
                               rf"|published on|created on)\s*\S.{{0,60}}|hits:\s*\d[\d,]*)\s*$", I)
# a download link with its file's kind and size ('Download: Annual report 2019 (PDF, 4.2 MB)')
FILE_KINDS = ("pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "odt", "ods", "rtf", "csv", "zip", "epub", "txt")
DOWNLOAD_SIZE = re.compile(rf"^\s*(?:\[?\s*)?(?:download(?:s| file| the \w+| now)?|attachments?|file)\s*:?\s*\S.{{0,160}}"
                           rf"\(\s*{alternation(FILE_KINDS)}\s*[,;:]?\s*\d+(?:[.,]\d+)?\s*(?:[kmg]b|bytes)\s*\)\s*\]?(?:\(\S*\))?\s*$"
                           # the kind before the bracket, the size alone in it: 'Download PDF (163.5 KB)' (round13en)
                           rf"|^\s*download\s+(?:the\s+)?{alternation(FILE_KINDS)}\s*\(\s*\d+(?:[.,]\d+)?\s*(?:[kmg]b|bytes)\s*\)\s*$"
                           # (r33entitle) the file's kind alone in the bracket ('Download Report (PDF)', 'Download the
                           # plan (PDF)'), or its name with the extension and the size after it ('Download: 2017_18
                           # Budget Speech.pdf (1.2 MB)'): a link line, at most five words before the bracket
                           rf"|^\s*download\s*:?(?:\s+[\w'’-]+){{1,5}}\s*\(\s*{alternation(FILE_KINDS)}\s*\)\s*$"
                           rf"|^\s*download\s*:?\s*\S.{{0,160}}\.{alternation(FILE_KINDS)}\s*\(\s*\d+(?:[.,]\d+)?\s*(?:[kmg]b|bytes)\s*\)\s*$", I)
# (round18en) a link offering the page in other formats, alone on its line or wrapped over two or
# three ('Download: PDF | XML | HTML', 'Downloadable .docx version', 'Printer Friendly and PDF',
# 'Download' / 'PDF (original' / 'document)'): only these words and separators, a verb and a kind
FORMAT_OFFER_VERBS = frozenset("download downloads downloadable print printer printable".split())
FORMAT_OFFER_KINDS = frozenset("pdf doc docx xml html epub rtf odt txt word".split())
FORMAT_OFFER_WORDS = FORMAT_OFFER_VERBS | FORMAT_OFFER_KINDS | frozenset(
    "friendly version versions format formats and or as the this original document file files view here".split())
FORMAT_OFFER_TOKEN = re.compile(r"[^\W\d_]+")
FORMAT_OFFER_MARKS = re.compile(r"^[\s|/:,·()\[\].&-]*$")   # what may stand between the words
FORMAT_OFFER_LINES = 3
FORMAT_OFFER_WORDS_MAX = 8
FORMAT_OFFER_CHARS = 80   # characters of one line of an offer: eight short words and separators
FORMAT_OFFER_WORDS_MIN = 3   # 'Download PDF' alone is a strong link of en-chrome's, decided by its zone
# (round18en) a line that is only a date, the weekday and an ordinal allowed ('Friday, 30th September,
# 2022', 'March 3rd, 2021'): a dateline, printed twice on a debates page, is no title repeated
EN_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
EN_DATE_LINE = re.compile(rf"^\s*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{EN_MONTH},?\s+\d{{4}}"
                          rf"|{EN_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}})\s*$", I)
# (round18en) a gazette's or an ordinance volume's page number with its part's letter, alone on its
# line ('A 866', 'A179': page 866 of Part A), and the words that show the text is such a publication
LETTERED_PAGE = re.compile(r"^\s*[A-Z]\s?\d{2,4}\s*$")
LEGAL_PUBLICATION = re.compile(r"\b(?:be it enacted|enacted by|this (?:act|ordinance) may be cited|ordinance|gazette)\b", I)
# a page's review stamp with its next review ('This page was last reviewed on 2 May 2023. It needs to be
# reviewed again on … by the page owner'): the whole line, however long
REVIEW_STAMP = re.compile(r"^\s*(?:this )?(?:page|content|guidance) (?:was )?last (?:reviewed|updated)(?: on)?\s*:?\s*"
                          r"[\w ,/-]{0,30}\d{4}\.\s+it (?:needs to|is due to|will) be reviewed again\b.{0,120}$", I)
# a document site's notices over text it made from the PDF ('The official version of this document can
# be found via the PDF button.', 'The below content has been automatically generated from the original PDF …')
PDF_NOTICE = re.compile(r"^\s*the (?:official|authoritative|definitive) version of this (?:document|report|page|publication) "
                        r"(?:can be found|is available|is the pdf)\b.{0,80}$"
                        r"|^\s*(?:the )?(?:below|following|above) (?:content|text) (?:has been|was|is) (?:automatically |machine[- ])?"
                        r"(?:generated|extracted|converted) from the (?:original )?pdf\b.{0,240}$", I)
# a blog's comment footer under the post ('No comments:', '3 comments:', 'Post a Comment', 'Newer Post')
COMMENT_FOOTER = re.compile(r"^\s*(?:no comments|\d{1,4} comments?|post a comment|leave a (?:comment|reply)|newer post|older post"
                            r"|subscribe to:?\s*post comments(?: \(atom\))?)\s*:?\s*$", I)
# (round11en) a page's link to the whole text it only opens ('See Full Speech Here', 'Read the full
# statement', 'Click here to read the full report'): the verb, 'full'/'complete', the kind of text
FULL_TEXT_LINK_VERBS = ("see", "read", "view", "download", "watch", "click here for", "click here to read",
                        "click here to view", "click to read")
FULL_TEXT_LINK_KINDS = ("speech", "statement", "text", "article", "story", "report", "address", "remarks",
                        "document", "transcript", "release", "press release", "interview", "judgment", "version")
FULL_TEXT_LINK = re.compile(rf"^\s*{alternation(FULL_TEXT_LINK_VERBS)}\s+(?:the\s+|this\s+)?(?:full|complete|entire)\s+"
                            rf"{alternation(FULL_TEXT_LINK_KINDS)}(?:\s+here)?"
                            # (r33enspeech) the linked document's name after a colon, maybe where it is kept ('READ THE
                            # FULL SPEECH: Budget Speech 2018 on Scribd', '… here: Ministerial Statement (PDF)'):
                            # a name with a capital and no sentence's end (`: it set out …` is the text's)
                            r"(?:\s*:\s*(?-i:[A-Z0-9])[^.!?:;]{0,79}(?<![\s,]))?"
                            r"\s*[.:!»›>]*\s*$", I)
# (r33enspeech) a post's or an item's row under it, a COMMENT COUNTER among its cells between bars or
# dots ('Briefing took place at 16:30 | Read whole briefing | Comments (7)', 'Posted by Admin at 9:02 AM
# | 3 comments | Permalink', 'Filed under Speeches · 12 Comments'): the blog's or archive's, never the text's
# (r41) also the label before its bare count ('Comments 0', a news page's counter under its dateline)
COMMENT_COUNTER = re.compile(r"^\s*(?:comments?\s*(?:\(\s*\d{1,5}\s*\)|:?\s*\d{1,5})|\d{1,5}\s+comments?|no\s+comments?)\s*$", I)
# (r41) a news page's summary box with its label glued to the teaser by the page's text export
# ('SummaryAddressing the nation, …'): the label, then a capital with no space between
GLUED_SUMMARY = re.compile(r"^\s*(?:summary|synopsis|highlights|story highlights|key points|in brief)(?-i:(?=[A-Z][a-z]))(?P<teaser>.+)$", I)
POST_ROW_SEP = re.compile(r"\s+[|·•]\s+")
# (r40webpdf) a SHARE ROW and nothing else: the label, its colon and the services, after the item's date
# or alone ('19 September 2022 Share: Facebook Twitter Email', 'Share: Facebook | LinkedIn | Email')
SHARE_SERVICE = r"(?:facebook|twitter|linkedin|e-?mail|whatsapp|print|reddit|x)"
# (r41) the row may end in the page's own tools after a bar or a dot ('Share: Twitter LinkedIn Email | Download PDF',
# 'Share: Facebook · Print this page'): SHARE_TOOL cells, the row still nothing but chrome
SHARE_TOOL = r"(?:download|print|save)(?:\s+(?:as\s+)?(?:pdf|this page|page|the report|report))?"
SHARE_ROW = re.compile(rf"^\s*(?:(?:\d{{1,2}}\s+{EN_MONTH}\s+\d{{4}}|{EN_MONTH}\s+\d{{1,2}},?\s+\d{{4}})\s+)?share(?: this(?: page)?)?\s*:"
                       rf"(?:\s*[|·,]?\s*{SHARE_SERVICE})+(?:\s*[|·]\s*{SHARE_TOOL})*\s*$", I)
# (r40webpdf) the comments link with no count ('Comments', 'Leave a comment'), as a post's date row under its
# headline sets it ('24 October 2016 | Comments'): a counter only beside a date cell (EN_DATE_LINE)
COMMENT_LINK = re.compile(r"^\s*(?:comments?|leave a (?:comment|reply)|add (?:a )?comment)\s*$", I)
POST_ROW_PIECE_WORDS = 6   # words of one cell ('Posted by Admin at 9:02 AM')
# (r33enspeech) an item's RELATIVE AGE alone on its line, as a debates or news site prints it under the date
# ('(4 years, 2 months ago)', '3 hours ago', 'Updated 2 days ago'): counted in digits, never the text's words
RELATIVE_AGE = re.compile(r"^\s*\(?\s*(?:(?:posted|updated|published|edited)\s+)?"
                          r"\d{1,3}\s+(?:second|minute|min|hour|hr|day|week|month|year)s?"
                          r"(?:,?\s+(?:and\s+)?\d{1,3}\s+(?:second|minute|min|hour|hr|day|week|month|year)s?)?\s+ago\s*\)?\s*$", I)
# (round11en) a news site's imprint line in its footer ('example.gov.za is published by the … Service.',
# 'This website is maintained by the Office of …'): the site names itself and its publisher
SITE_IMPRINT_VERBS = ("published", "produced", "maintained", "managed", "operated", "run", "hosted")
SITE_IMPRINT = re.compile(rf"^\s*(?:[\w-]+(?:\.[\w-]+)*\.[a-z]{{2,6}}|this (?:web)?site|the (?:web)?site)\s+is\s+"
                          rf"{alternation(SITE_IMPRINT_VERBS)}\s+by\s+[^.]{{3,120}}\.?\s*$", I)
# (enprint) a site's credit line in its footer naming what the site is of its maker ('The Example
# Constitution is a project of the School of Law at …', 'Example Laws is a service of the Office of …'):
# a name of at most six words, 'is a project/service/publication/initiative/program of' a maker named
# with a capital, one sentence
SITE_CREDIT_NOUNS = ("project", "service", "publication", "initiative", "program", "programme", "product", "website",
                     "site", "resource")
SITE_CREDIT = re.compile(rf"^\s*(?!(?:It|This|That|He|She|They|What|Which)\s)(?:The\s+)?[A-Z][\w.&'’-]*(?:\s+[\w.&'’-]+){{0,5}}\s+is\s+(?:a|an)\s+(?:free\s+|joint\s+|public\s+)?"
                         rf"{alternation(SITE_CREDIT_NOUNS)}\s+of\s+(?:the\s+)?[A-Z][^.;:!?]{{2,160}}\.?\s*$")
# a related-links box's label under the article ('More articles in South Africa', 'More stories from Politics',
# 'Related articles'): a label of the site's sections, no sentence
MORE_ARTICLES = re.compile(r"^\s*(?:more|other|related|latest)\s+(?:articles|stories|news|posts|items|releases|speeches)"
                           r"(?:\s+(?:in|on|from|about|under)\s+[A-Z][\w&'’ -]{1,40})?\s*:?\s*$", I)
# (r27transcripts) an empty box's placeholder on a record's page ('No summary available.', 'No abstract available.',
# 'No documents found.'): the site says a box has nothing in it; the box's label names the same thing ('Summary')
EMPTY_BOX = re.compile(r"^\s*no\s+(?P<what>summary|abstract|description|details|documents?|files?|attachments?|minutes|transcript|comments?)"
                       r"\s+(?:is\s+|are\s+)?(?:currently\s+)?(?:available|found|provided)\s*\.?\s*$", I)
# a page's placeholder the browser printed before its script filled it in ('Loading...', 'Loading…')
LOADING_LINE = re.compile(r"^\s*(?:loading|please wait|loading,? please wait)\s*(?:\.{3}|…)\s*$", I)
# a Markdown link's label that is a shop's or a pager's ('Buy this Book at Amazon.com', 'Next: II. …', 'Previous')
SHOP_LINK_LABEL = re.compile(r"^\s*(?:buy|order|purchase|shop for)\b.{0,60}\b(?:at|from|on)\b", I)
PAGER_LINK_LABEL = re.compile(r"^\s*(?:next|previous|prev|back|up|index|contents|table of contents)\b(?:\s*[:»›>-].{0,100})?\s*$", I)
# a document-share site's page label over each page's text ('Page 3: ANNUAL REPORT … · 2020. 6. 7. · …')
SHARE_PAGE_LABEL = re.compile(r"^\s*page\s+\d{1,4}\s*:\s*(?P<rest>\S.*\s·\s.*)$", I)
SHARE_TRANSCRIPT = re.compile(r"^\s*(?:transcript of\s+)?(?P<rest>\S.*\s·\s.*)$", I)
# (r29enchrome) the same site's transcript header naming the file by its headline cut short ('Transcript of
# republic of eastland law reform commission ...')
TRANSCRIPT_OF = re.compile(r"^\s*transcript of\s+(?P<name>\S.{2,200}?)\s*(?:\.\.\.|…)\s*$", I)

# (round13en) a blog's or news site's category labels over a reprinted item, the links' words
# glued into one when the page was saved as text ('NewsReports', 'News Reports', 'Blog | Events')
CATEGORY_LABELS = ("news", "reports", "report", "blog", "blogs", "events", "press", "articles", "updates", "features",
                   "analysis", "documents", "publications", "resources", "media", "latest", "stories", "opinion")
CATEGORY_RUN = re.compile(rf"^\s*{alternation(w.capitalize() for w in CATEGORY_LABELS)}(?:\s*[|/»>·,]?\s*"
                          rf"{alternation(w.capitalize() for w in CATEGORY_LABELS)}){{1,3}}\s*$")

# (round14en) a parliamentary record's category label over the item's own title ('Bills' over
# 'Appropriation Bill 2022', 'Questions without notice' over the question's subject): the section
# of the day's record the item sits in, never the item's title
RECORD_CATEGORIES = ("bills", "motions", "petitions", "papers", "committees", "adjournment", "condolences",
                     "questions without notice", "questions on notice", "members statements", "members' statements",
                     "ministers statements", "ministers' statements", "business of the house", "notices of motion",
                     "statements on reports", "grievance debate", "matters of public importance",
                     # (r33enspeech) a debates site's section label over the sitting's date ('House debates' /
                     # 'Wednesday, 9 December 2020' / the debate's heading)
                     "house debates", "senate debates", "lords debates", "commons debates", "written answers",
                     "written statements", "written questions", "westminster hall")
RECORD_CATEGORY = re.compile(rf"^\s*{alternation(RECORD_CATEGORIES)}\s*$", I)

# (round14en) a record viewer's pager row, the whole line: a `next` and a `previous` link, maybe
# with a few more short links, apart by dot leaders, wide gaps or bars ('Next page . . . . Previous
# page . . . . Contents . . . .', 'Previous Fragment    Next Fragment')
PAGER_NOUNS = ("page", "fragment", "item", "record", "document", "section", "speech", "part", "chapter", "article",
               "result", "day", "sitting", "debate", "hit", "entry")
PAGER_SEP = re.compile(r"\s*(?:\.\s*){3,}|\s{3,}|\s*[|·•]\s*")
PAGER_NEXT = re.compile(rf"^(?:next|previous|prev)(?:\s+{alternation(PAGER_NOUNS)})?$", I)
PAGER_ITEM_WORDS = 3
PAGER_ITEMS_MAX = 8
# (round14en) a page locator line, the whole line ('Page: 2438'): a record's page number over its fragment
PAGE_LOCATOR = re.compile(r"^\s*page\s*:\s*\d{1,5}\s*$", I)
# (round14en) a viewer's note about the icon that opens the full document ('Note: Where available,
# the PDF/Word icon below is provided to view the complete and fully formatted document')
ICON_NOTE = re.compile(r"^\s*(?:note\s*:\s*)?.{0,40}\b(?:PDF|Word|HTML|XML|print)\b[\w/ ]{0,12}\bicons?\b.{0,60}"
                       r"\b(?:view|download|open|print)\w*\b.{0,80}$", I)


def pager_row(text: str) -> bool:
    """'Next page . . . . Previous page . . . .', 'Previous Fragment    Next Fragment': a line of a
    few short links apart by dot leaders, gaps or bars, a next and a previous link among them.

    (r27enchrome) Also a record viewer's or a code site's step bar, its pieces between bars or middle
    dots: a step link naming its target or its scope ('Next page: Principal Officials', 'Previous Hit',
    'Next (in doc)', 'Prev Doc') beside the bar's other tools ('Print this page', 'Clear Search', 'CAFR
    1997 Contents') or the trail it ends ('Title 1. General Provisions » Chapter 01.05'): every piece
    one of those, a step link and another tool among them (`step_bar`)."""
    if step_bar(text) or NEIGHBOUR_ROW.match(text):
        return True
    items = [item.strip() for item in PAGER_SEP.split(text.strip()) if item.strip()]
    if not 2 <= len(items) <= PAGER_ITEMS_MAX or any(len(item.split()) > PAGER_ITEM_WORDS for item in items):
        return False
    kinds = {item.split()[0].lower()[:4] for item in items if PAGER_NEXT.match(item)}
    return "next" in kinds and bool(kinds & {"prev"})


# (r27enchrome) a code site's pager: the section shown between its neighbours' numbers and the arrows
# ('44.20.010  <<  44.20.020 >>   44.20.030', '« 12-103 | 12-105 »'): numbers and arrows only
NEIGHBOUR_ROW = re.compile(r"^\s*(?:[\w.:-]*\d[\w.:-]*\s+)?(?:<<|«)\s+[\w.:-]*\d[\w.:-]*\s+(?:>>|»)(?:\s+[\w.:-]*\d[\w.:-]*)?\s*$"
                          r"|^\s*«\s*[\w.:-]*\d[\w.:-]*\s+\|\s+[\w.:-]*\d[\w.:-]*\s*»\s*$")
# (r27enchrome) the pieces of a step bar (pager_row): a step link with its noun, scope or named target
STEP_PIECE = re.compile(rf"^(?:next|previous|prev)(?:\s+{alternation(PAGER_NOUNS + ('doc', 'match'))})?"
                        r"(?:\s*\((?:in|this) (?:doc|document|page|chapter|title)\))?(?:\s*:\s*[^.!?;:]{1,60})?$", I)
# a tool of the same bar: print, download, the search it came from, the collection's contents
BAR_TOOL = re.compile(r"^(?:print(?: this page| page| version)?|download(?: pdf| this page| document)?|e-?mail(?: this page)?"
                      r"|share(?: this page)?|search results|clear search|new search|modify search|back to (?:results|search)"
                      r"|return to (?:results|search)|(?:[\w.&'’-]+\s+){0,4}(?:contents|table of contents|index))$", I)
BAR_SEP = re.compile(r"\s+[|·]\s+")
TRAIL_PIECE = re.compile(r"\S\s+[»›]\s+\S")
STEP_BAR_PIECES = 3   # pieces of a step bar at least: a step link and two more


def step_bar(text: str) -> bool:
    """A step bar (see pager_row): STEP_BAR_PIECES or more pieces between ' | ' or ' · ', each a step
    link (STEP_PIECE), a bar tool (BAR_TOOL) or a trail ('… » …'), one step link and one step link
    or tool more at least. A sentence never splits into such pieces."""
    pieces = [p.strip() for p in BAR_SEP.split(text.strip()) if p.strip()]
    if not STEP_BAR_PIECES <= len(pieces) <= PAGER_ITEMS_MAX:
        return False
    steps = sum(bool(STEP_PIECE.match(p)) for p in pieces)
    tools = sum(bool(BAR_TOOL.match(p)) and not STEP_PIECE.match(p) for p in pieces)
    trails = sum(bool(TRAIL_PIECE.search(p)) and not STEP_PIECE.match(p) and not BAR_TOOL.match(p) for p in pieces)
    return steps >= 1 and steps + tools >= 2 and steps + tools + trails == len(pieces) and trails <= 1

# (round14en) a page's sidebar box of related items, printed among the text's lines (a page printed
# to PDF puts the side column between paragraphs): its label, then its items to a blank line
SIDEBAR_LABEL = re.compile(r"^\s*(?:related|other|recent|latest|more) (?:speeches|media releases|releases|transcripts|news|"
                           r"stories|articles|publications|documents|items|posts)\s*:?\s*$", I)
# (round14en) a teaser's link to the rest of the text, the whole line ('Read more.', 'Continue reading »')
READ_MORE = re.compile(r"^\s*(?:read more|continue reading|read the full (?:speech|article|story|release|transcript))"
                       r"\s*[.…»›>]*\s*$", I)

# (r49) an ad's slot left in a page's text: its label with the reader's prompt ('Advertisement - scroll to continue
# reading', 'Story continues below advertisement'); the bare label ('Advertisement') only where it stands twice or more
AD_PLACEHOLDER = re.compile(r"^\s*(?:advertisement|advertising|sponsored)\s*[-–—:|]\s*(?:scroll|continue|story|article)\b.{0,40}$"
                            r"|^\s*(?:the )?(?:story|article|content|text) continues (?:below|after)(?: (?:this|the))? (?:advertisement|ad)\s*\.?$"
                            r"|^\s*scroll (?:down )?to continue(?: reading| with content)?\s*\.?$", I)
AD_LABEL = re.compile(r"^\s*(?:advertisement|sponsored content)\s*$", I)
AD_LABELS_MIN = 2

# (r48) a document-sharing site's line naming who put the document up, under its headline ('Page created by ×',
# 'Uploaded by jdoe', 'Document shared by …'): the site's, never the document's
UPLOADER_CREDIT = re.compile(r"^\s*(?:page|document|file|presentation|publication)?\s*(?:created|uploaded|shared|submitted|posted)"
                             r"\s+by\s+\S(?:.{0,38}\S)?\s*$", I)
UPLOADER_SCAN = 8   # lines with text from the top where the credit stands

# (round14en) an emblem picture's alt text left as a line at the page's head ('Queensland Crest',
# 'Government of Example logo', 'Coat of Arms'): a few capitalised words ending in the emblem's kind
EMBLEM_ALT = re.compile(r"^\s*(?:[A-Z][\w'’.&-]*\s+(?:of\s+(?:the\s+)?)?){0,4}(?:crest|coat of arms|logo|emblem|insignia"
                        # (r27enchrome) a banner picture's alt text ('Law Handbook banner image', 'Council header image')
                        r"|(?:banner|header|hero|masthead|logo) (?:image|graphic|picture))\s*$"
                        # (r31entitle) the picture's kind as a label before its alt text, as a print view or a
                        # screen reader renders it ('Logo: Example Encyclopedia. Print all pages now.', 'Site
                        # logo: Ministry of Example', 'Crest: Example Council'), at most EMBLEM_LABELLED words
                        r"|^\s*(?:site\s+|header\s+)?(?:logo|crest|emblem|coat of arms)\s*:\s+\S(?:\S*\s+){0,19}\S*\s*$", I)

# (round13en) a site's project credit over the page: 'A Laws.Example project', 'An Example Trust
# initiative', 'A service of the Example Institute': the kind in lower case after a proper name
# (sentence case: a title in title case would write 'Project'), or 'a <kind> of/by' a name
CREDIT_KINDS = ("project", "initiative", "service", "website", "site")
PROJECT_CREDIT = re.compile(rf"^\s*(?:An?\s+(?:[A-Z][\w.&'’-]*\s+){{1,4}}{alternation(CREDIT_KINDS)}"
                            rf"|An?\s+{alternation(CREDIT_KINDS)}\s+(?:of|by|from)\s+(?:the\s+)?[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){{0,5}})\s*$")

# (r26pdfen) a speech's delivery note over its title, as a ministry prints the text it hands out
# ('Check against delivery', 'CHECK AGAINST DELIVERY', '[Check against delivery]', 'As prepared for
# delivery', 'Only the spoken word counts', 'Embargoed until 10:30, 12 June 2024'): an instruction to
# the reader of the handout, never the speech's title
DELIVERY_NOTE = re.compile(r"^\s*[\[(*–—-]?\s*(?:(?:please\s+)?check\s+against\s+(?:delivery|the\s+spoken\s+word)"
                           r"|(?:speech\s+|text\s+)?as\s+(?:prepared\s+for\s+delivery|delivered)"
                           r"|only\s+the\s+spoken\s+word\s+(?:counts|is\s+authoritative)"
                           r"|embargoed\s+(?:until|till)\b[^.!?]{0,60}"
                           # (r33enspeech) a transcript's 'E&OE' (errors and omissions excepted): 'E&OE TRANSCRIPT',
                           # 'E&OE - PROOF ONLY', 'E&OE...........'
                           r"|e\s?&\s?o\.?\s?e\.?(?:\s*[-–—]?\s*(?:transcript|proof(?:\s+only)?))?\s*[.…]*)\s*[\])*–—-]?\s*$", I)

# (round16en) a site search's filter widget printed as text at the page's head: its labels, each a
# whole line ('Generic filters', 'Exact matches only', 'Filter by Chapter', 'Select all'); the
# options it lists under them are the site's sections, never the text
FILTER_WIDGET_LABEL = re.compile(r"^\s*(?:generic filters?|exact matches only|(?:filter|refine|narrow) (?:results )?by(?: \w+){1,2}"
                                 r"|search in (?:title|content|excerpt|tags?)|(?:de)?select all|clear (?:all )?filters?"
                                 r"|apply filters?|hidden label)\s*:?\s*$", I)
# (round16en) a web archive's banner over the copy it preserved ('This snapshot taken on 07/04/2010,
# shows web content selected for preservation by …'), and a page's region labels left as lines
WEB_ARCHIVE_BANNER = re.compile(r"^\s*this (?:snapshot|page|copy|capture) (?:was )?(?:taken|captured|archived|made) on\b"
                                r".{0,80}\b(?:preservation|preserved|archived?|wayback)\b", I)
REGION_LABEL = re.compile(r"^\s*(?:in[- ]section|main|primary|secondary|site|section|local|footer|global|utility|breadcrumb)"
                          r" navigation\s*$", I)
SITE_LINK = re.compile(r"^\s*(?:[A-Z][\w'’&.-]*\s+){1,4}(?:website|web site|site)\s*$")   # 'Cabinet Office website'
# (round16en) a repository's metadata lines over a document exported as text (a bill's XML with its
# tags stripped): a MIME type, an ISO date, a language code, the public-domain note, each a line
MIME_LINE = re.compile(r"^\s*(?:text|application)/(?:xml|html|plain|pdf|xhtml\+xml)\s*$", I)
ISO_DATE_LINE = re.compile(r"^\s*\d{4}-\d{2}-\d{2}\s*$")
LANG_CODE_LINE = re.compile(r"^\s*(?:EN|EN-US|EN-GB|ENG|en|en-US|en-GB|eng)\s*$")
PUBLIC_DOMAIN_NOTE = re.compile(r"\b(?:not subject to copyright(?: protection)?|(?:is|are) in the public domain)\b", I)
# (round16en) a transcript or release site's pager and share row, each a whole line
ITEM_KINDS = ("transcript", "transcripts", "speech", "speeches", "release", "releases", "media release", "media releases",
              "statement", "statements", "article", "articles", "post", "posts", "story", "stories")
ITEM_PAGER = re.compile(rf"^\s*(?:(?:previous|next|browse|all|more) {alternation(ITEM_KINDS)}(?: (?:for|by)\b.{{0,60}})?"
                        rf"|share this {alternation(ITEM_KINDS)}\s*:?(?:\s*[|·,]?\s*(?:facebook|twitter|x|linkedin|email|e-mail|whatsapp|print))*)\s*$", I)
# (round17en) a story platform's reading-time line, the whole line ('23 minute read', '5 min read',
# 'Reading time: 4 minutes'), and a site's section label over an item's page ('Report Details',
# 'Publication details'): the site's words, never the text's title
READING_TIME = re.compile(r"^\s*(?:\d{1,3}\s*[- ]?\s*(?:min|mins|minutes?)\.?\s+read|reading time\s*:?\s*\d{1,3}\s*(?:min|mins|minutes?)\.?"
                          r"|\d{1,3}\s*(?:min|mins|minutes?)\s+(?:to read|reading(?: time)?))\s*$", I)
# (r40enlegal) the same stamp as a row of pieces: a word count before it, the page's path or date after it
# ('81 words·~1 min read·/ca/government-code/71639-3', '12 min read · Mar 5, 2023')
READING_ROW = re.compile(r"^\s*(?:[\d,]{1,7}\s+words?\s*[·•|]\s*)?~?\d{1,3}\s*(?:min|mins|minutes?)\.?\s+read"
                         r"(?:\s*[·•|]\s*\S.{0,80}?)?\s*$", I)
# (r32enpages) widened: a council record system's page-type labels over the item ('Issue details',
# 'Decision details', 'Meeting details', 'Issue - meetings', 'Issue - decisions', 'Issue - history')
DETAILS_LABEL = re.compile(r"^\s*(?:(?:report|publication|document|resource|item|article|file|product|event|project|record"
                           r"|issue|decision|meeting|committee)"
                           r" details|issue\s+[-–—]\s+(?:meetings|decisions|history))\s*:?\s*$", I)
# (round17en) a story platform's link to the next (or previous) article, the whole line
NEXT_ARTICLE = re.compile(r"^\s*(?:next|previous|prev)\s+(?:article|story|post)\s*[:»›>]?\s*$", I)

# (round19en) a PDF's note on how to view it, printed on its cover ('* This PDF is best viewed and
# printed in landscape', 'This document is best viewed in Acrobat Reader'): the whole line
VIEWING_NOTE = re.compile(r"^\s*(?:[*•]\s*)?(?:this|the)\s+(?:pdf|document|file|report|page|publication)\s+is\s+best\s+"
                          r"(?:viewed|printed|read)\b[^.!?]{0,80}\.?\s*$", I)

# (round19en) a usefulness survey's answers printed on the question's line ('Was this page helpful? Yes | No')
SURVEY_ANSWERS = r"(?:\s*(?:yes|no)\s*[|/·]?\s*(?:yes|no))?"
# (r40webpdf) the question WITH its answers on one line ('Was this page helpful? Yes No'): the site's survey
# wherever it stands (a footer's acknowledgement after it ends the tail zone before it)
SURVEY_ANSWERED = re.compile(r"^\s*(?:is|was) this (?:page|information|article|content) (?:useful|helpful)\s*\?\s*"
                             r"(?:yes|no)\s*[|/·]?\s*(?:yes|no)\s*$", I)


# (round20en) a government portal's widgets at the top of a saved page, over the headline:
# the site's tagline naming whose official site it is ('The official website for the States of …')
SITE_TAGLINE = re.compile(r"^\s*(?:the\s+)?official\s+(?:government\s+|public\s+)?(?:web\s?site|site|portal|home\s?page)"
                          r"\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w&'’ .,-]{1,60}$", I)
# a weather widget: the icon's alt text glued to the forecast, the day's high and low, its links
WEATHER_LINE = re.compile(r"^\s*(?:weather\s+icon.{0,80}|(?:high|max)\s*:?\s*-?\d{1,2}\s*°\s*[CF]?\s*(?:low|min)\s*:?\s*-?\d{1,2}\s*°\s*[CF]?"
                          r"|\d{1,2}[- ]day\s+(?:weather\s+)?forecast.{0,40})\s*$", I)
# a contact link that names the service the page belongs to ('Contact Us - Population Management')
CONTACT_SERVICE = re.compile(r"^\s*contact\s+(?:us|the\s+team)\s*[-–—:|]\s*[A-Z][\w&'’ ,-]{2,60}$", I)
# the link under a widget to its full page, and the day label over it
WIDGET_MORE = re.compile(r"^\s*(?:more\s+info(?:rmation)?|more\s+details|see\s+all|view\s+all|find\s+out\s+more)\s*[.…»›>]*\s*$", I)
WIDGET_DAY = re.compile(r"^\s*(?:today|tomorrow|this\s+week)\s*:?\s*$", I)

# (issue 11, echoed-contents) a contents list's label and page column head, and the words a heading's
# number is written with: 'Chapter 1', 'Part One', 'the First Book' (rules_contents.NUMBERING)
CONTENTS_LABEL_EN = r"table\s+of\s+content\s?s|content\s?s|content|index"   # 'Content s': a PDF's stray space (r26contents)
# (r26contents) a legal text's contents list names what it lists: 'ARRANGEMENT OF SECTIONS',
# 'Arrangement of Articles', 'Table of Provisions'
ARRANGEMENT_LABEL_EN = (r"arrangement\s+of\s+(?:sections|articles|clauses|provisions|regulations|rules|parts|chapters)"
                        r"|table\s+of\s+provisions")
PAGE_COLUMN_EN = r"page|pages|pg\.?|p\."
# (r26contents) the column heads over an arrangement's numbers ('Section', 'Articles')
NUMBER_COLUMN_EN = r"sections?|articles?|clauses?|regulations?|rules?|paragraphs?"
SPELLED_NUMBER = (r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
                  r"sixteen|seventeen|eighteen|nineteen|twenty|first|second|third|fourth|fifth|sixth|seventh|"
                  r"eighth|ninth|tenth|the\s+first|the\s+second|the\s+third|the\s+fourth|the\s+fifth|the\s+last")
UNIT_EN = (r"chapter|chap\.|part|section|sect\.|sec\.|article|art\.|book|volume|vol\.|appendix|annex|"
           r"schedule|title|division|subpart|unit|lesson|act|scene|canto|lecture|letter|chapitre|§")


# (r22s18) a law or translation site's notice that its text is for reference only, in the page's
# head or foot ('Legislation is provided for information only and is not an official copy.',
# 'The English translation is provided for reference only. Only the original … texts … have legal
# effect'): its sentences' own wordings, each enough alone
REFERENCE_ONLY_PHRASES = (
    r"(?:is|are) provided (?:for (?:information|informational|reference)(?: purposes)? only"
    r"|solely (?:for|as) (?:information|reference))",
    r"(?:is|are) not an? (?:official|authoritative|authori[sz]ed) (?:copy|version|text|translation)",
    r"only the original [\w ]{0,40}(?:texts?|versions?)\b[\w ,]{0,40}\bha(?:ve|s) legal effect",
    r"(?:translations?|texts?) (?:is|are) to be used solely as reference material",
    # (r23enleak) a law site's status notice on its electronic copy: 'This electronic version of this
    # statute is provided … for your convenience', 'The digital versions of legislation … are UNOFFICIAL',
    # 'This Revised Act is an administrative consolidation of …', 'Disclaimer: While every care …'
    r"\b(?:this|the|these) (?:electronic|digital|online|web|html) (?:versions?|copy|copies|editions?|texts?)\b[\w ,'’-]{0,60}?"
    r"\b(?:is|are) (?:provided|unofficial|not official)",
    r"\b(?:is|are) an? administrative consolidation\b",
    r"^\s*disclaimer\s*:\s+\S",
    # (r26webpages) a legislature's or a code host's note on its online copy: 'X Online is an unofficial
    # copy of …', 'The Code on this site is not the official version', 'may not reflect the most current
    # legislation adopted', 'Printed copies are for information only'
    r"\b(?:is|are) an unofficial (?:copy|version|compilation|consolidation|reproduction)\b",
    r"\b(?:is|are) not the (?:official|authoritative) (?:version|copy|text)\b",
    r"\bmay not reflect the (?:most )?(?:current|recent|latest) (?:legislation|version|law|amendments?)\b",
    r"\b(?:is|are) for (?:information|reference)(?:al)?(?: purposes)? only\b",
    # (r29enchrome) a revised copy's currency statement: 'All Acts up to and including … were considered in
    # the preparation of this Revised Act.'
    r"\b(?:were|have been|are) (?:considered|taken into account|included) in the preparation of this (?:revised|consolidated)"
    r" (?:act|edition|version|text|law|ordinance|statute)\b",
    # (r40enlegal) a law-index site's note that its copy is no advice: 'A research copy — … Not legal advice.',
    # 'A research desk, not legal advice.', '… is not legal advice', 'no attorney–client relationship is formed'
    r"(?:^|[.,;—–]\s*)not (?:legal|tax|financial) advice\b",
    r"\b(?:is|are|does) not (?:constitute |a substitute for )?legal(?:, tax,? or financial)? advice\b",
    r"\bno (?:attorney|lawyer|solicitor)[-–]client relationship\b",
)
REFERENCE_ONLY = re.compile("|".join(REFERENCE_ONLY_PHRASES), I)
REFERENCE_ONLY_WORDS = 60   # words of the notice, its wrapped lines joined


# (r23entitle) a viewer's or a site's action button alone on a line over the document ('Download to read
# offline', 'Save to my library', 'Share this document', 'View full text'): an action verb, at most four
# words, then what the page does with the file. Never a title (structure/title_evidence.chrome_reason)
BUTTON_VERBS = ("download", "save", "share", "print", "email", "export", "read", "view", "open", "embed",
                "order", "request")   # (r33entitle) a publication page's 'Order a copy' under each file
BUTTON_OBJECTS = ("offline", "this page", "this document", "this article", "this file", "this report", "pdf",
                  "my library", "library", "full text", "full screen", "fullscreen", "now",
                  "guide", "this guide", "page",   # (r25auditen) a guidance site's 'Print entire guide'
                  "a copy", "copy", "copies", "printed copy", "print copy", "hard copy")   # (r33entitle)
# (r25auditen) a usefulness survey's answers on the line under its question ('Was this information useful?' / 'Yes | No')
SURVEY_ANSWER_LINE = re.compile(r"^\s*yes\s*[|/·]?\s*no\s*$", I)
BUTTON_LINE = re.compile(rf"^\s*{alternation(BUTTON_VERBS)}(?:\s+[\w'-]+){{0,4}}?\s+{alternation(BUTTON_OBJECTS)}\s*$", I)


# (r26webpages) a pager naming both neighbours on one line ('Previous: Rule 5.02 Personal service | Next:
# Rule 5.04 Proof of service', '« Previous: Part 2 · Next: Part 4 »'): the step words open its two pieces
NAMED_PAGER = re.compile(r"^\s*(?:[«‹←]\s*)?(?:previous|prev)\b\s*:?\s*[^|·]{1,80}?\s[|·]\s+next\b\s*:?\s*[^|·]{1,80}?(?:\s*[»›→])?\s*$", I)
# (r41) the same pager wrapped at the print's measure, the next page's name on the line under it
# ('« Previous: 08 Persuading those who are online … Next:' / 'Annexes »'): the arrow opens it, 'Next:' ends it
WRAPPED_PAGER = re.compile(r"^\s*[«‹←]\s*(?:previous|prev)\s*:\s*[^|·]{1,100}?\s+next\s*:\s*$", I)
# (r26webpages) a page's tool row printed as one line of button words ('Share Link Print Download Email
# Compare'): three words or more, every one a tool's
TOOL_WORDS = frozenset("share link print download email e-mail compare bookmark save export pdf rss subscribe follow "
                       "tweet copy cite citation permalink feedback translate listen".split())
TOOL_ROW_MIN = 3


def tool_row(text: str) -> bool:
    """(r26webpages) A line of tool buttons (TOOL_WORDS), each word capitalised, TOOL_ROW_MIN or more.
    (r41) Or a row of TOOL_ROW_MIN or more tool LINKS worded as phrases, glued on one line by the text
    export (`Print this page Download the strategy (PDF, 1.2MB) Give feedback`): each piece opens with a
    capitalised tool verb (TOOL_PHRASE), TOOL_PHRASE_WORDS words at most, no sentence's end.
    (r42) The row may end on the comments link with its count (`Tweet Share Email Comments (38)`)."""
    words = COMMENT_COUNT.sub("", text).split()   # (r42) 'Tweet Share Email Comments (38)': the comments link and its count close the row
    if len(words) >= TOOL_ROW_MIN and all(w[:1].isupper() and w.casefold() in TOOL_WORDS for w in words):
        return True
    pieces = TOOL_PHRASE_SPLIT.split(text.strip())
    return len(pieces) >= TOOL_ROW_MIN and all(TOOL_PHRASE.match(p) and len(p.split()) <= TOOL_PHRASE_WORDS
                                               and not re.search(r"[.!?;:]$", p) for p in pieces)


# (r42) a news page's comments link with its count at the end of its tool row ('Comments (38)', '12 Comments')
COMMENT_COUNT = re.compile(r"\s+(?:Comments?\s*\(\d{1,5}\)|\d{1,5}\s+Comments?)\s*$")
# (r42) a network's bar over a site: its sister sites' one-word names, then the account links ('Gothamist LAist
# DCist Chicagoist SFist Log In Sign Up'): no sentence, nothing but names and the account's buttons
NETWORK_ACCOUNT = re.compile(r"(?:\s+(?:Log\s?[Ii]n|Sign\s?[Ii]n|Sign\s?[Uu]p|Register|My Account))+\s*$")
NETWORK_NAMES_MIN = 2


def network_bar(text: str) -> bool:
    """(r42) A network bar: NETWORK_NAMES_MIN or more one-word names, each capitalised (camel case too:
    'LAist'), then the account links the bar ends on (NETWORK_ACCOUNT); no word but those."""
    m = NETWORK_ACCOUNT.search(text)
    if not m:
        return False
    names = text[:m.start()].split()
    return len(names) >= NETWORK_NAMES_MIN and all(re.fullmatch(r"[A-Z][A-Za-z]{1,20}", w) for w in names)


TOOL_PHRASE = re.compile(r"^(?-i:Print|Download|Share|E-?mail|Save|Export|Cite|Bookmark|Subscribe|Give feedback|Send feedback|Report a problem)\b")
TOOL_PHRASE_SPLIT = re.compile(r"\s+(?=(?-i:Print|Download|Share|E-?mail|Save|Export|Cite|Bookmark|Subscribe|Give feedback|Send feedback|Report a problem)\b)")
TOOL_PHRASE_WORDS = 7   # words of one tool link ('Download the strategy (PDF, 1.2MB)')


# (r26webpages) a legislature's session selector at the page's top: the session being searched or
# browsed ('Searching 2023-2024 Session', 'Browsing the 2025 Regular Session'), or the selector's label
# alone ('Session:') over its value; a bill's own '2025 Regular Session' line over its title has no verb
SESSION_SELECTOR = re.compile(r"^\s*(?:searching|browsing|viewing|showing|select(?:ed)?|choose|change)\s+(?:the\s+)?"
                              r"\d{4}(?:\s*[-–]\s*\d{2,4})?\s+(?:(?:regular|special|extraordinary|legislative|first|second)\s+)*session\s*$", I)
SELECT_LABEL = re.compile(r"^\s*(?:legislative\s+|tax\s+|select\s+(?:a\s+)?)?(?:session|year|tax year|assembly|term)\s*:\s*$", I)
FIELD_BUTTON = re.compile(r"^\s*(?:go|search|submit|find|view|ok)\s*$", I)
# (r26webpages) a site's account prompt over its menu ('Create a Website Account - Manage notification
# subscriptions, save form progress and more.', 'Sign up for an account to save your searches'): a sentence
# that would end the head zone, the site's and never the document's
ACCOUNT_PROMPT = re.compile(r"^\s*(?:create|open|register|sign up for|set up)\s+(?:a|an|your)\s+(?:free\s+|new\s+|website\s+|online\s+|my\s*\w+\s+)?account\b.{0,120}$", I)
# (r26webpages) a site's maintenance line in its footer ('This site is maintained for the … by the Legislative
# Information System, 705 … Building, …'): the site speaking of itself, a line, no document's sentence
SITE_MAINTAINED = re.compile(r"^\s*this (?:web ?)?(?:site|page|portal) is (?:maintained|operated|managed|hosted|run|published)"
                             r"\s+(?:for|by|on behalf of)\s+(?:the\s+)?[A-Z].{0,200}$", I)



# (r27govpages) a government CMS page's furniture around a post or a page (rules_cms_en.post_furniture)
# a side or category menu's label over its bulleted items ('Category Title', 'In this section')
# (only a menu's own words: 'Publications' or 'Documents' over a list may be the text's last section)
SIDE_MENU_LABEL = re.compile(r"^\s*(?:category title|categories|in this section|more in this section|"
                             r"menu|side menu|section menu|navigation|quick links|related links|related pages|"
                             r"browse(?: by)? (?:topic|category)|related (?:items|articles|documents|content|posts|news|stories|publications)|see also)\s*:?\s*$", I)
# a CMS's empty slot: the text it prints where an item's content is missing ('Content not found')
EMPTY_SLOT = re.compile(r"^\s*(?:content not (?:found|available)|no (?:content|items?|posts?|documents?|records?|entries|"
                        r"results|articles?|pages?) (?:found|available|to display)|nothing found|page not found)\s*\.?\s*$", I)
# one item of a menu printed as a bullet list: a mark, then a short name
MENU_BULLET = re.compile(r"^\s*(?:[•·▪◦‣»›*-]|>>)\s+(?P<item>\S.*?)\s*$")
# a post's byline: who posted it, no headline of its own ('by Ministry of …', 'Posted by Communications Unit',
# 'Author: Ministry of Education'); the name capitalised, no sentence ('By 2025 the Ministry will …' has a
# number, 'By-law No. 12' no space after 'By')
_POST_DATE = (rf"(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+)?"
              rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{EN_MONTH},?\s+\d{{4}}|{EN_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}/\d{{1,2}}/\d{{2,4}})"
              r"(?:\s*(?:[-–—,]|at)?\s*\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?)?")
_POST_NAME = r"(?!(?i:order|authority|command|direction)\b)(?:[Tt]he\s+)?[A-Z][\w.'’&()-]*(?:,?\s+(?:[A-Z][\w.'’&()-]*|of|and|the|for|on(?!\s+\d|\s+[A-Z][a-z]{2,8}\.?,?\s+\d)|in|&)){0,11}"
_POST_VERB = rf"(?i:(?:posted|written|published|authored|submitted|uploaded)(?:\s+on\s+{_POST_DATE})?\s+by\s*:?)"
# ... with the post's date before or after the name ('Posted on 14 March 2023 by Admin', 'By Ministry of Health | 3 May
# 2022', 'by Press Office on July 8, 2021', 'Submitted by admin on Tue, 03/05/2019 - 10:22': a user's handle in lower
# case only after a posting verb); a document's authority line is none ('By Order of …', 'PUBLISHED BY AUTHORITY')
POST_BYLINE = re.compile(rf"^\s*(?:{_POST_VERB}\s+(?P<handle>[a-z][\w.-]{{1,30}})|(?:{_POST_VERB}|(?i:by\s*:?|authors?\s*:))\s+(?P<name>{_POST_NAME}))"
                         rf"(?:\s*(?:[|·•,–—-]|\s+on)\s*{_POST_DATE})?\s*$")
# the byline's CMS marks: a posting verb or the post's date ('Posted by … on May 3, 2023'); a plain 'by Jane
# Example' under a title names its author (front matter) and has neither
POST_META_MARK = re.compile(rf"^\s*(?i:posted|written|submitted|uploaded|authored)\b|{_POST_DATE}")
# a photo's caption ends with its credit in brackets after the caption's sentence: a photo service's code
# ('(FP)': file photo, '(GIS Photo)'), a photographer or a credit ('(Photo: GIS)', '(Photo by J. Example)')
CAPTION_CREDIT = re.compile(r"[.!?]['’\"”]?\s*\((?:(?P<code>[A-Z]{2,6})(?:\s+(?:File\s+)?(?:Photos?|Pic|Image))?|"
                            r"(?:File\s+)?(?:Photo(?:graph)?s?|Image|Picture|Pic)(?:\s+(?:by|credit)\s*:?|\s*:)\s*[^()]{1,40}|"
                            r"(?:Photo\s+)?Credit\s*:\s*[^()]{1,40}|File\s+Photo)\)\s*$")

# -- (r29enchrome) an English document-sharing site's furniture around its viewer of an uploaded file ------
# one a line, the whole line: the viewer's buttons and prompts ('Toggle sidebar', 'Download now', 'Jump to
# page'), its preview notices ('Partial preview of the text', 'This page cannot be seen from the
# preview', 'Do you want full access? Go Premium and unlock all 19 pages'), its vote and report boxes
# ('Did you find this document useful?', '100% found this document useful (1 vote)', 'Flag for
# inappropriate content'), the listing's labelled facts ('Uploaded on 06/05/2021', 'Uploaded by jdoe',
# 'Typology: Essays (university)', 'Academic year: 2020/2021', 'Pages: 23') and its offer ('Download
# TITLE and more Essays Law in PDF only on SITE!', 'Download as PDF, TXT or read online from SITE').
_SHARE_BUTTONS = ("toggle sidebar", "download now", "download to read offline", "download pdf", "download as pdf",
                  "jump to page", "search inside document", "share this document", "save for later",
                  "flag for inappropriate content", "report this document", "report this link", "report document",
                  "partial preview of the text", "preview of the content", "this is a preview",
                  "students also viewed", "often downloaded together", "recently viewed documents",
                  "don't miss anything", "don’t miss anything", "unlock the full document", "view full document")
SHARE_STRONG = re.compile(
    r"^\s*(?:" + alternation(_SHARE_BUTTONS) + r"\s*[:!.]?"
    r"|this\s+page\s+cannot\s+be\s+seen\s+from\s+the\s+preview\.?"
    r"|(?:was\s+this\s+document\s+helpful|did\s+you\s+find\s+this\s+document\s+useful|is\s+this\s+content\s+inappropriate)\s*\??"
    r"|\d{1,3}\s*%\s+found\s+this\s+document\s+(?:not\s+)?useful(?:\s*\(\d+\s+votes?\))?"
    r"|you\s+are\s+on\s+page\s*\d+\s*of\s*\d+"
    r"|do\s+you\s+want\s+full\s+access\?.{0,60}"
    r"|(?:go\s+premium\s+and\s+)?unlock\s+all\s+\d+\s+pages.{0,30}"
    r"|please\s+sign\s+in\s+or\s+register\s+to\s+post\s+comments\.?"
    r"|download\s+as\s+(?:pdf|docx?|txt|pptx?)\b.{0,60}\bread\s+online\b.{0,40}"
    r"|download\s+.{1,150}\s+and\s+more\s+.{1,100}\s+(?:in|as)\s+pdf\s+only\s+on\s+\S.{0,40}!?"
    r"|uploaded\s+(?:on|by)\s*:?(?:\s+\S.{0,40})?"
    r"|(?:typology|academic\s+year|uploaded\s+on|uploaded\s+by|written\s+in|number\s+of\s+pages)\s*:\s*\S.{0,40}"
    r")\s*$", I)
# a viewer's page anchors left as words (an HTML converter's page ids: 'bg1', 'pf3' … 'pf13', 'pfa')
VIEWER_ANCHOR = re.compile(r"^\s*(?:pf|bg)[0-9a-f]{1,3}\s*$")

# (r33entitle) a publication page's document-type label over the headline, as a government portal
# or a press office prints it ('Corporate report', 'Policy paper', 'Press release', 'News story',
# 'Statutory guidance', 'Research and analysis', 'Media release', 'Speech'): the kind of page the
# item is filed as, alone on the line; the headline under it names the document
PUBLICATION_TYPES = ("corporate report", "independent report", "policy paper", "policy statement", "press release",
                     "media release", "news release", "news story", "news article", "guidance", "statutory guidance",
                     "research and analysis", "official statistics", "national statistics", "accredited official statistics",
                     "statistical release", "statistical bulletin", "transparency data", "consultation outcome",
                     "open consultation", "closed consultation", "consultation", "impact assessment", "fact sheet",
                     "factsheet", "case study", "speech", "ministerial statement", "written statement", "oral statement",
                     "correspondence", "notice", "blog post", "announcement", "briefing", "media statement", "joint statement")
PUBLICATION_TYPE = re.compile(rf"^\s*{alternation(PUBLICATION_TYPES)}\s*:?\s*$", I)

# (r33entitle) a site-wide service notice over the page's headline: planned maintenance, an outage,
# a closure, with its time ('Essential maintenance for all online payments from 4pm to 6pm on
# Sunday 12th July', 'Our offices are closed on Monday 26 December', 'Service alert: online forms
# are unavailable until 9am'): the site's banner, never the page's title
NOTICE_WORDS = ("maintenance", "outage", "outages", "unavailable", "downtime", "disruption", "disruptions", "closed",
                "closure", "closures", "offline", "interruption", "service alert", "system upgrade", "will not be available",
                "may be unavailable", "temporarily", "scheduled work", "planned work")
_NOTICE_TIME = (r"\b(?:\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)|(?:mon|tues|wednes|thurs|fri|satur|sun)day"
                r"|january|february|march|april|may|june|july|august|september|october|november|december|today"
                r"|tonight|tomorrow|this weekend|until further notice|\d{1,2}(?:st|nd|rd|th)\b|\d{1,2}[:.]\d{2}\b)")
SERVICE_NOTICE = re.compile(rf"^(?=.*\b{alternation(NOTICE_WORDS)}\b)(?=.*{_NOTICE_TIME}).{{12,200}}$", I)
