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
