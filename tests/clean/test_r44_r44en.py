"""(r44, branch r44en, issue 11) Rules written when check set 41's English half was opened (made-up texts)."""
from __future__ import annotations

from pipeline.clean import clean_text


def _kept(text: str, name: str = "page.txt") -> list[str]:
    return [t.strip() for t in clean_text(text, source_file=name).lines if t.strip()]


# -- a MediaWiki page converted to Markdown: the tagline and the side menus marked as headings -----------------

WIKI_MD = "\n".join([
    "# Lantern Hill", "", "### From Harbourwiki", "", "Jump to: navigation, search", "",
    "Lantern Hill is a low headland on the north shore of the bay, with a light built in 1871.", "",
    "## Contents", "", "  * 1 Light", "  * 2 Walks", "", "",
    "## Light", "", "The light was kept by two families in turn until it was automated in 1962.", "", "",
    "## Walks", "", "A path runs from the car park to the light and back along the cliff.", "",
    'Retrieved from "<http://harbourwiki.example/index.php/Lantern_Hill>"', "",
    "##### Views", "", "  * [Article](/index.php/Lantern_Hill)", "  * [Discussion](/index.php/Talk:Lantern_Hill)", "",
    "##### Navigation", "", "  * [Main Page](/index.php/Main_Page)", "  * [Recent changes](/index.php/Special:Recentchanges)", "",
    "##### Toolbox", "", "  * [What links here](/index.php/Special:Whatlinkshere)", "",
    "  * This page was last modified 10:12, 3 March 2008 and it has been read by a great many visitors since then.",
    "  * This page has been accessed 1,204 times.", "",
])


def test_markdown_wiki_tagline_contents_and_side_menus_go():
    """rules_wiki.SITE_TAGLINE / CONTENTS / SITE_BOX with a Markdown heading mark (MD_MARK), and the side menus
    under `Retrieved from` (RETRIEVED in `_site_tail`): the page is read as a wiki dump, its chrome goes."""
    kept = _kept(WIKI_MD)
    for gone in ("### From Harbourwiki", "Jump to: navigation, search", "## Contents", "* 1 Light", "##### Views",
                 "##### Navigation", "##### Toolbox", "* [Main Page](/index.php/Main_Page)", "* This page has been accessed 1,204 times."):
        assert gone not in kept, gone
    for stays in ("# Lantern Hill", "## Light", "## Walks", "A path runs from the car park to the light and back along the cliff."):
        assert stays in kept, stays


def test_markdown_section_named_navigation_over_prose_stays():
    """Stays: a Markdown page that is no wiki (no tagline, no `Retrieved from`) keeps its `## Navigation` section."""
    text = "\n".join([
        "# Coastal Pilotage", "", "From the Harbour Office", "",
        "## Navigation", "", "Vessels entering the bay keep the two lights in line until the buoy is abeam.", "",
        "## Contents of the chart", "", "The chart shows soundings in metres at low water springs.", "",
    ])
    kept = _kept(text)
    assert "## Navigation" in kept and "Vessels entering the bay keep the two lights in line until the buoy is abeam." in kept


# -- a page printed by a browser and read back: the foot's long address with its counter -----------------------

SLUG = "https://www.example.gov/en/news/4f2a1-minister-opens-the-new-harbour-ferry-terminal-and-announces-the-winter-timetable/"


def _printed(pages: int, address: str) -> str:
    out = []
    for n in range(1, pages + 1):
        out += ["3/4/25, 9:14 AM example.gov - Minister opens the new harbour ferry terminal", ""]
        for k in range(6):
            out += [f"The terminal's {k + 1}th berth on page {n} takes two ferries an hour and the waiting room",
                    "seats two hundred people, with a café and a ticket office beside the car park.", ""]
        out += [f"{address} {n}/{pages}", ""]
    return "\n".join(out)


def test_long_address_foot_with_its_counter_goes():
    """rules_pages.ADDRESS_FOOT: the browser's foot, the page's address and `n/N`, is a running foot even when
    the address takes the line past MAX_LEN; the body stays."""
    assert len(SLUG) + 5 > 120
    kept = _kept(_printed(4, SLUG))
    assert not any(t.startswith("https://") for t in kept)
    assert "seats two hundred people, with a café and a ticket office beside the car park." in kept


def test_long_address_foot_read_back_by_ocr_goes():
    """The same foot with the scheme's slashes misread by OCR (`https:/Awww…`): still the page's address."""
    kept = _kept(_printed(4, SLUG.replace("https://", "https:/A")))
    assert not any(t.startswith("https:/A") for t in kept)


def test_an_address_with_a_fraction_once_stays():
    """Stays: one line of an address and a fraction in the text (a data table's address and its month) is no
    page's foot: it is not repeated at a page's pace."""
    text = _printed(1, "") .replace(" 1/1", "") + "\n" + SLUG + "data 3/12\n\nThe table is updated every month.\n"
    assert any(t.startswith("https://www.example.gov") for t in _kept(text))


# -- a site's footer menu printed with its links' targets --------------------------------------------------------

STORY = "\n".join([
    "Harbour ferry timetable changes", "",
    "From Monday the ferries leave every half hour between seven in the morning and nine at night, and the last",
    "crossing on Sundays is an hour later than before, the operator said in a statement on Friday.", "",
])


def test_footer_menu_with_site_paths_goes():
    """rules_tail.footer_links / SITE_LINK: three or more `Label (/path/)` lines after the last sentence are the
    site's footer menu, whatever their labels."""
    tail = "\n".join(["Annual returns (/en/returns/)", "", "Harbour notices (/en/notices/)",
                      "Ferry operators (/en/help/ferry-operators/)", "", "Staff directory (/en/people/)", ""])
    kept = _kept(STORY + "\n" + tail)
    assert not any("(/en/" in t for t in kept)
    assert "Harbour ferry timetable changes" in kept


def test_links_to_other_sites_and_a_lone_site_link_stay():
    """Stay: a document's own list of links to other sites (`https://…`), and one site link alone."""
    tail = "\n".join(["Ferry operators' association (https://ferries.example.org/)", "",
                      "Port authority (https://port.example.net/)", "", "Coastguard (https://coastguard.example.com/)", "",
                      "Full timetable (/en/timetables/winter/)", ""])
    kept = _kept(STORY + "\n" + tail)
    assert "Port authority (https://port.example.net/)" in kept and "Full timetable (/en/timetables/winter/)" in kept


# -- a cookie banner's button that does not name cookies ---------------------------------------------------------

def test_manage_preferences_beside_a_cookie_button_goes():
    """rules_chrome_en.COOKIE_BUTTON: `Update preferences` under `Change cookie settings` is the banner's
    second button (`Manage preferences` under `Manage cookie preferences` likewise); each button keeps the other."""
    kept = _kept(STORY + "\nChange cookie settings\n\nUpdate preferences\n")
    assert "Update preferences" not in kept and "Change cookie settings" not in kept


def test_manage_settings_without_a_cookie_button_stays():
    """Stays: `Manage settings` with no cookie button near it (a help page's step or section)."""
    text = "\n".join(["Setting up the ticket app", "", "Manage settings", "",
                      "Open the app and choose the ferries you use most often, then save your choice for next time.", ""])
    assert "Manage settings" in _kept(text)


# -- a book's transcription with its Gutenberg header stripped: the transcriber's notes open the file ------------

def _ad_entry(title: str, author: str, detail: str) -> list[str]:
    return [f"  ={title}.= By {author}, M.A. {detail}", ""]


ADS = "\n".join(
    ["", "", "", "", "                     A SERIES OF COUNTY HISTORIES.", "", "",
     "                          EDITED BY THE", "        Rev. JOHN ASHBY, M.A., and by T. WREN, M.A.", "", ""]
    + _ad_entry("THE SAXON SHORE", "R. HALE", "With 2 Maps.")
    + _ad_entry("THE FENS AND THEIR DRAINAGE", "the Rev. P. CORBY", "With 3 Maps and Plans.")
    + _ad_entry("THE WOOL TOWNS", "MARY STILE", "Fcp. 8vo.")
    + _ad_entry("THE CINQUE PORTS", "A. B. DENNE", "With a Map.")
    + _ad_entry("THE MARCHER LORDS", "E. PRYCE", "With 4 Maps.")
    + ["", "               HOLT, WEBB & CO., 12 Pater Lane,", "            London and Edinburgh.", "", "", "", ""])
BOOK = "\n".join([
    "                                  THE", "                             MARSH COUNTRY", "",
    "                                   BY", "                             HELEN CARVER", "", "", "", "",
    "CHAPTER I.", "", "THE FIRST DRAINING.", "", "",
    "The marsh was drained in three attempts over a hundred and fifty years, and each of them was paid",
    "for by the landowners whose fields lay along the river. The first failed because the sluices were",
    "set too high, and the water stood on the meadows through the winter.", "",
])
KEY_OPENING = "\n".join([
    "", "", "", "", "Transcriber’s Notes: Italic text is enclosed in _underscores_;",
    "boldface text is enclosed in =equals signs=.", "",
    "Sidenotes are set in curly brackets: {sidenote text}.", "", "", "", "",
])


def test_transcriber_notes_opening_the_file_go():
    """rules_gutenberg._transcriber_key(opening=True), TRANSCRIBER_OPENING: the notes that open a copy with no
    Gutenberg header, the first note run into the label, go up to the gap over the book."""
    kept = _kept(KEY_OPENING + BOOK, "book.txt")
    assert not any("Transcriber" in t or "equals signs" in t or "curly brackets" in t for t in kept)
    assert "CHAPTER I." in kept and "MARSH COUNTRY" in kept


def test_transcriber_notes_with_no_gap_under_them_stay():
    """Stays: a note at the top with no gap of blank lines under it (the text's own opening runs on)."""
    text = "Transcriber’s Notes: the spelling of the letters is kept as written.\nDear Sir, I write to you from the marsh.\n\n" \
        + BOOK.replace("\n\n\n\n\n", "\n\n")
    assert "Transcriber’s Notes: the spelling of the letters is kept as written." in _kept(text, "letters.txt")


def test_publisher_ads_before_the_book_go():
    """rules_book.publisher_ads: the series' list of books (`=TITLE.= By AUTHOR … With 2 Maps.`), its editors and
    the publisher's address, before the book's first prose, go; the title page and the chapter stay."""
    kept = _kept(ADS + "\n" + BOOK, "book.txt")
    assert not any("By R. HALE" in t or "A SERIES OF COUNTY HISTORIES." in t or "HOLT, WEBB" in t or "EDITED BY THE" in t for t in kept)
    assert "MARSH COUNTRY" in kept and "HELEN CARVER" in kept and "THE FIRST DRAINING." in kept


def test_a_list_of_works_after_the_prose_stays():
    """Stays: the same list after the book's prose has begun (a chapter's further reading) is the text's."""
    kept = _kept(BOOK + "\n\n\n\n" + ADS, "book.txt")
    assert any("By R. HALE" in t for t in kept)


# -- a news page printed unstyled: the whole menu, one item a line, over the headline ---------------------------

MENU = """Teams Scores Standings Rosters Transfers Injuries Fixtures Tickets Podcasts Videos Galleries Forums Newsletter
Shop Membership Rankings Recruiting Commitments Visits Camps Coaches Stadiums Awards Records History Draft Odds Polls
Leaders Statistics Highlights Interviews Columns Features Opinion Weather Traffic Tides Ferries Harbour Marina Fishing
Sailing Rowing Swimming Diving Racing Regatta Calendar Events Results Photos Archive Support Careers Advertise Feedback
Alerts""".split()
MENU = [f"{a} {b}" for a, b in zip(MENU, MENU[7:] + MENU[:7])]   # two-word links: 'Teams Tickets', 'Scores Podcasts' …


def _unstyled(menu: list[str]) -> str:
    head = ["3/4/25, 9:14 AM", "", "Ferry operator names new harbour master", ""]
    foot = lambda n: ["http://news.example.com/article/ferry-operator-names-new-harbour-master-1234/", "", f"{n}/3", ""]
    story = ["The ferry operator has named its deputy, Ana Lind, as the new harbour master from the first of June, the",
             "company said on Friday after a board meeting in the port.",
             "Lind has run the night crossings for six years and takes over a fleet of four ships and two berths.", ""]
    page1 = head + menu[:30] + [""] + foot(1)
    page2 = head + menu[30:] + ["", "Ferry operator names new harbour", "master", "By Ola Berg Mar 3, 2025", ""] + foot(2)
    page3 = head + story * 3 + foot(3)
    return "\n".join(page1 + page2 + page3)


def test_menu_printed_one_item_a_line_over_the_headline_goes():
    """rules_pages.printed_top_bar, TOP_BAR_MENU_MAX / `_menu_item`: sixty menu lines over the headline the print
    header names (past TOP_BAR_MAX) are the site's top bar: they go, the headline and the story stay (before, the
    menu rule took the headline's first line with the menu)."""
    kept = _kept(_unstyled(MENU), "page.txt")
    assert not any(t in kept for t in MENU)
    assert "Ferry operator names new harbour" in kept and "By Ola Berg Mar 3, 2025" in kept
    assert "company said on Friday after a board meeting in the port." in kept


def test_text_over_the_headline_copy_keeps_it():
    """Stays: when a line of text (a sentence) stands among the lines over the headline's copy, the page's text
    has begun there: nothing over the copy goes past TOP_BAR_MAX."""
    menu = MENU[:20] + ["The harbour office is open every day of the week from seven until late in the evening."] + MENU[20:]
    kept = _kept(_unstyled(menu), "page.txt")
    assert "The harbour office is open every day of the week from seven until late in the evening." in kept


# -- a wiki's message box as html2text writes it: a one-row table under its icon ----------------------------------

BOX_PAGE = "\n".join([
    "# Lantern Hill", "", "### From Harbourwiki", "", "Jump to: navigation, search", "",
    "[![](/media/thumb/2/20/Lamp_icon.gif/40px-", "Lamp_icon.gif)](/index.php/Image:Lamp_icon.gif \"\" )", "",
    "| **Please help [expand this", "article](http://harbourwiki.example/index.php?title=Lantern_Hill&action=edit) with more history.**  ",
    "---|---  ", "  ", "",
    "Lantern Hill is a low headland on the north shore of the bay, with a light built in 1871.", "",
    "| Height | Built | Keeper  ", "---|---|---  ", "| 42 m | 1871 | two families  ", "",
    "## Light", "", "The light was kept by two families in turn until it was automated in 1962.", "",
    "[![](/media/thumb/3/30/Stub_icon.gif/40px-", "Stub_icon.gif)](/index.php/Image:Stub_icon.gif \"\" )", "",
    "|  _This article is a stub. You can help by adding to it._  ", "  ", "---|---  ", "",
    'Retrieved from "<http://harbourwiki.example/index.php/Lantern_Hill>"', "",
])


def test_wiki_message_boxes_and_their_icons_go():
    """rules_wiki._notice_boxes (BOX_RULE, BOX_SELF): a one-row html2text table that speaks of the page itself, closed
    by its `---|---` rule, goes with the icon's image link over it; the article's own data table stays."""
    kept = _kept(BOX_PAGE)
    assert not any("Please help" in t or "is a stub" in t or "Lamp_icon" in t or "Stub_icon" in t for t in kept)
    assert "| 42 m | 1871 | two families" in kept and "## Light" in kept
