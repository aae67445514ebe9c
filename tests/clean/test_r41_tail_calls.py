"""(r41, issue 11) An English page's calls to action after the story are chrome.

A news or government page copied whole ends with the site's own lines under the story, each alone
on its line: a subscription box, an app link, a report-an-error link, an audio player's label, a
comment counter, an advertisement's label, a pager to the next article, a `More from …` box. They
are no sentence of the text, and a text never ends on them. The story below is made up.
"""
from __future__ import annotations

import pytest

from pipeline.clean import clean_text

STORY = """Minister opens the new bridge over the northern river

The Minister of Works today opened the new bridge over the northern river, a crossing that residents have asked for since the old ferry stopped running.

Why the bridge matters

The northern river divides the district, and the bridge halves the journey to the hospital for the villages on its far bank.
"""


@pytest.mark.parametrize("line", ["Subscribe", "Sign up for our newsletter", "Download the app", "Report an error",
                                  "Listen to this story", "Comments (3)", "12 comments", "Advertisement",
                                  "Next article: Council approves new budget", "More from Local news"])
def test_a_call_to_action_after_the_story_goes(line):
    cleaned = clean_text(f"{STORY}\n{line}\n", source_file="story.txt")
    assert line not in cleaned.lines
    assert any(r.text.strip() == line for r in cleaned.removed)


def test_the_same_words_inside_the_text_stay():
    text = STORY + "\nSubscribers to the ferry service will get a refund, the minister said. Sign up for the refund at the council office.\n"
    cleaned = clean_text(text, source_file="story.txt")
    assert any("Sign up for the refund at the council office." in l for l in cleaned.lines)
