"""(r43, issue 11) A speech page's section label over its title, and a transcript's venue lines.

Made-up transcripts of a mayor's remarks. (1) A site's section label naming its kinds in the plural
(`SPEECHES AND REMARKS`, `Press releases`) over the speech's title was read as the title: such a line
names a shelf of documents (title_evidence.section_label). (2) The venue lines under the title, closed
by the time it was given (`Central Library` / `Northfield` / `10:21 A.M. EST`), left `Northfield` as a
heading: they are front matter (front._venue_lines), unless the text times its parts throughout (a
record's `9:31 am` over each speech, whose heads stand over the times). Found by probing English speech
transcripts with made-up text; no corpus document changes. The texts are made up.
"""
from __future__ import annotations

import pytest

from pipeline.clean import clean_text
from pipeline.structure import structure_document

TITLE = "Remarks by the Mayor at the Reopening of the Central Library"
SPEECH = """Thank you all for coming this morning, and thank you to the staff of the library who made today possible.

When this building opened in 1962, the town had no college, no hospital and no road to the coast that stayed open in winter.

(Applause.)

We have asked a great deal of the people who work here, and they have given more than we had any right to expect.

Thank you.
"""


@pytest.mark.parametrize("label", ["SPEECHES AND REMARKS", "Press releases", "News and statements"])
def test_a_section_label_over_the_title_is_no_title(label):
    doc = structure_document(clean_text(f"{label}\n\n{TITLE}\n\nMarch 4, 2024\n\n{SPEECH}", source_file="speech.txt"))
    assert doc.title == TITLE
    assert doc.sections == []


@pytest.mark.parametrize("venue", ["Central Library\n\nNorthfield\n\n10:21 A.M. EST", "East Room\n\n10:21 A.M. EST",
                                   "Town Hall, Northfield\n\nMarch 4, 2024"])
def test_venue_lines_closed_by_the_time_are_front_matter(venue):
    doc = structure_document(clean_text(f"{TITLE}\n\n{venue}\n\n{SPEECH}\nEND\n\n10:42 A.M. EST\n", source_file="speech.txt"))
    assert doc.title == TITLE
    assert doc.sections == []
