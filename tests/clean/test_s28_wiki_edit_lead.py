"""s28 (issue #11): an older MediaWiki (before 2007) and the mirrors that copied it print a section's
edit link BEFORE its heading (`[edit] History`), where today's print it after (`History[edit]`): the
link goes, the heading stays; a sentence that opens with a bracketed `[Edit]` stays whole."""
from __future__ import annotations

from pipeline.clean import clean_text

PAGE = """Lighthouse
From Wikipedia, the free encyclopedia
A lighthouse is a tower that shines a light to help ships find their way at night and in bad weather.
[edit] History
The first lighthouses were fires lit on hilltops, and later on towers built near harbours.
[edit] Types of lighthouses
Some lighthouses stand on land, others on rocks or on piles in the sea, and a few float.
[Edit] The keeper wrote in the log that the lamp was lit at dusk.
"""


def test_the_edit_link_before_a_heading_goes_and_the_heading_stays():
    kept = list(clean_text(PAGE, source_file="t.txt").lines)
    assert "History" in kept and "Types of lighthouses" in kept
    assert not any(line.startswith("[edit]") for line in kept)
    assert "[Edit] The keeper wrote in the log that the lamp was lit at dusk." in kept
