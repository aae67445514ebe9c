"""r31enheads (issue #11; WIDENS `english._phrase`): a short title-cased head that leads into its text
with an ELLIPSIS (`A New Parliament...`, `Looking Ahead…`), in a speech hard-wrapped with no blank lines,
in a newsletter with blank lines, in a report copied from a PDF. What must stay: a sentence cut off with
an ellipsis (`And then we waited...`), `To be continued...`, a one-line quotation ending so."""
from __future__ import annotations

import pytest

from pipeline.clean import clean_text
from pipeline.structure import structure_document

from .helpers import all_paragraphs, levels

WRAPPED = """Speech at the Opening of the Session
Honourable Members,
Ladies and Gentlemen:
It is my privilege to open this session of the legislature and to
welcome the members who join us for the first time this year. The
province has come through a hard winter, and its people have shown
once more the patience and good humour for which they are known.
{head}
The work before you is large. The government will bring forward a
budget that restores the roads and bridges the floods carried away,
and it will ask you to renew the programme for rural schools.
Members will also be asked to consider a new act on water rights.
"""

NEWSLETTER = """Harbour Residents' Newsletter

The association met twice this spring and agreed on a plan for the foreshore path, which the council has now approved.

{head}

Work on the path begins in June and should be finished before the autumn storms arrive.
"""

HEADS = ["A New Parliament...", "Looking Ahead…", "What Comes Next..."]
NOT_HEADS = ["And then we waited...", "To be continued...", "We will see what happens..."]


def _doc(text: str):
    return structure_document(clean_text(text, source_file="t.txt"))


@pytest.mark.parametrize("head", HEADS)
@pytest.mark.parametrize("form", [WRAPPED, NEWSLETTER])
def test_ellipsis_head(form, head):
    doc = _doc(form.format(head=head))
    assert (1, head) in levels(doc)


@pytest.mark.parametrize("line", NOT_HEADS)
@pytest.mark.parametrize("form", [WRAPPED, NEWSLETTER])
def test_cut_sentence_stays_text(form, line):
    doc = _doc(form.format(head=line))
    assert levels(doc) == []
    assert any(line in p.text for p in all_paragraphs(doc))
