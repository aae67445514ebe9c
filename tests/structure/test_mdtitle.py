"""(mdtitle, issue #11) A Markdown export's one `#` line is its title even with a page's lines above
it; its `##` sections are then the top level. Made-up lines, and what the rule leaves alone."""
from __future__ import annotations

from structure.helpers import all_sections, doc_of

TEXT = "\n".join([
    "Northland Council online",
    "",
    "We use cookies to make this site work. You can accept them or read how we use them.",
    "",
    "# Mooring Fees for Residents",
    "The board sets the fees for a berth in the north basin each year.",
    "",
    "## Weekly rate",
    "A vessel that stays longer than a week pays the weekly rate for every day it stays.",
    "",
    "## Exemptions",
    "A lifeboat and a vessel of the board pay no dues.",
    "",
])


def test_the_one_hash_line_is_the_title_and_its_sections_rank_first():
    doc = doc_of(TEXT, lang="en")
    assert doc.title == "Mooring Fees for Residents"
    assert [s.title for s in doc.sections] == ["Weekly rate", "Exemptions"]


def test_two_hash_lines_are_two_sections_not_a_title():
    doc = doc_of(TEXT.replace("## Exemptions", "# Exemptions"), lang="en")
    assert "Exemptions" in [s.title for s in all_sections(doc)]
    assert doc.title != "Exemptions"
