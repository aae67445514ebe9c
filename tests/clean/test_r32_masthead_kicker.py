"""(r32enpages) A magazine's or newspaper's page printing a speech or statement whole: the
publication's name alone on the first line (`The Spectator`, `New Statesman`, `The Irish Times`)
over the headline opened by the label of a text printed whole (`Full Text: …`, `Full transcript: …`,
`Transcript: …`, `In full: …`). The name is the masthead (masthead-over-trail, widened): it goes and
the headline is the title. Must stay: a short name over a headline without such a label (a book's
title over its subtitle), a first line that is a sentence, and every line under the headline."""
import pytest

from pipeline.clean import clean_text
from pipeline.structure import structure_document

SPEECH = ("It is now almost a year since the people of this country began to put up with rules on their "
          "lives of a kind we have never seen before in peace or war.\n\nAnd you have shown the good sense to follow them.")

MAGAZINE = f"""The Spectator

Full Text: Prime Minister’s statement on the winter plan

Here is the full transcript of the Prime Minister’s address:

{SPEECH}
"""

WEEKLY = f"""New Statesman

Full transcript: the Chancellor's budget speech

{SPEECH}
"""

DAILY = f"""The Irish Times

In full: Taoiseach's address to the nation on the new measures

{SPEECH}
"""

CASES = [(MAGAZINE, "The Spectator"), (WEEKLY, "New Statesman"), (DAILY, "The Irish Times")]


def _run(text):
    cleaned = clean_text(text, source_file="t.txt")
    return cleaned, structure_document(cleaned)


@pytest.mark.parametrize("text,name", CASES)
def test_masthead_over_text_kicker_goes(text, name):
    cleaned, doc = _run(text)
    assert name not in cleaned.lines
    assert doc.title and doc.title != name
    assert "And you have shown the good sense to follow them." in " ".join(cleaned.lines)


BOOK = f"""The Prophet

A poem in prose, with the author's drawings

{SPEECH}
"""

SENTENCE = f"""The council met today.

Full text: the council's statement on the harbour

{SPEECH}
"""


def test_name_over_plain_subtitle_stays():
    cleaned, _ = _run(BOOK)
    assert "The Prophet" in cleaned.lines


def test_sentence_over_kicker_stays():
    cleaned, _ = _run(SENTENCE)
    assert "The council met today." in cleaned.lines
