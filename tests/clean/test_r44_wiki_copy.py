"""(r44, issue 11) An encyclopedia article copied from the browser with the site around it. The texts are made up.

- the site's top bar, the contents sidebar and the page's tabs copied line by line over and under the page
  title, the tagline under them (`Jump to content` / … / `Create account` / `Log in` / `Contents hide` / the
  sections / the title / `9 languages` / `Article` / `Talk` / … / `From Wikipedia, the free encyclopedia`):
  all the site's; the title stays (`rules_wiki._tagline_under_bar`, `_bar_over_title`);
- `References` after the last part's sub-heads, in an outline told only by parts standing over their first
  sub-head: a part of the article, not a sub-head of the last part (`headings._back_matter_beside_parts`,
  and for a flat contents list `structure._flat_list_groups`).
"""
from __future__ import annotations

from pipeline.clean import clean_text, rules_wiki
from pipeline.structure import structure_document

from common import outline

NAME = "Old Mill Bridge"
LEAD = ("Old Mill Bridge is a stone bridge of five arches over the river below the town, built in the fifteenth "
        "century to carry the road to the market and still open to walkers and cyclists today.")
PARTS = [("Building", [("The first bridge", "A wooden bridge stood here before the stone one and was carried away by a flood in the spring of 1402."),
                       ("The stone arches", "The five arches were built over eleven summers by masons paid from a toll on every cart.")]),
         ("Later history", [("Repairs", "The middle arch was rebuilt after the great frost of 1740 cracked two of its stones from side to side."),
                            ("Closing to traffic", "Cars were kept off the bridge from 1978, when a new road bridge opened a mile downstream.")])]
BAR = ["Jump to content", "Main menu", "Search", "Donate", "Create account", "Log in", "Personal tools", "Contents hide", "(Top)",
       "Building", "Later history", "References", "Toggle the table of contents"]
TABS = ["9 languages", "Article", "Talk", "Read", "Edit", "View history", "Tools"]


def _article(bar=True, contents=False):
    lines = (BAR if bar else []) + [NAME] + (TABS if bar else []) + ["From Wikipedia, the free encyclopedia", "", LEAD, ""]
    if contents:
        lines += ["Contents", ""] + [t for p, subs in PARTS for t in [p] + [s for s, _ in subs]] + ["References", ""]
    for part, subs in PARTS:
        lines += [part, ""]
        for head, text in subs:
            lines += [head, "", text, ""]
    lines += ["References", "", "^ Brown, A. (2001). Bridges of the Shire. Shire Press. p. 40.", "", "Categories: Stone bridges", ""]
    return "\n".join(lines) + "\n"



def test_the_sites_bar_sidebar_and_tabs_go_and_the_title_stays():
    cleaned = clean_text(_article(), source_file="bridge.txt")
    kept = [line for line in cleaned.lines if line.strip()]
    assert kept[0] == NAME
    for chrome in BAR + TABS:
        if chrome not in ("Building", "Later history", "References"):
            assert chrome not in kept, chrome
    doc = structure_document(cleaned)
    assert doc.title == NAME


def test_a_sentence_over_the_title_keeps_the_bar_to_the_other_rules():
    texts = _article().splitlines()
    assert rules_wiki._tagline_under_bar(texts) is not None
    saved = ["Saved from the web on a rainy afternoon for the reading group."] + texts
    assert rules_wiki._tagline_under_bar(saved) is None   # a saver's note over the title: not this rule's


def test_references_rank_with_the_parts():
    for contents in (False, True):
        doc = structure_document(clean_text(_article(bar=False, contents=contents), source_file="bridge.txt"))
        got = outline(doc.sections)
        assert got[-1] == (1, "References"), (contents, got)
        assert [d for d, _ in got] == [1, 2, 2, 1, 2, 2, 1]
