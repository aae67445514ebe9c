"""(r45, issue 11) A converter's highlight span that runs over lines. The text is made up.

A judgment saved from a law site's HTML to Markdown keeps a highlight element's tags: the span
opens before the first line's heading mark (`<span style="…"># In re Marsh Hollow Trust`) and
closes inside a later paragraph, where the next one opens (`…</span><span style="…">`). Once an
element is seen to cross lines, every span tag is markup: the tags go, the words stay, and the
heading mark opens its line again (`rules_flattened.crossing_spans`). A text that quotes a span
between backticks, and a `<span>` element opened and closed on one line elsewhere, are other
rules' or the text's own.
"""
from __future__ import annotations

from pipeline.clean import clean_text

JUDGMENT = """<span style="background-color: #FFE0A0"># In re Marsh Hollow Trust

**Court** :County Court of Eastvale

**Decision Date** :3 March 2031

1 The trustees ask the court to approve the sale of the lower meadow, which the trust deed forbids without leave.

2 The beneficiaries object, relying on the settlor's letter of 1990 [Exhibit B]</span><span style="background-color: #FFE0A0"> at page 4, which speaks of keeping the meadow for grazing.

3 I grant leave, for the reasons that follow.
"""

QUOTED = """# Styling notes

To mark a passage, open it with `<span style="color: red">` before its first word.

Close it with `</span>` after its last word, on whatever line that is.
"""


def test_highlight_over_lines_goes():
    kept = clean_text(JUDGMENT, source_file="marsh-hollow.md").lines
    assert kept[0] == "# In re Marsh Hollow Trust"
    assert not any("span" in line for line in kept)
    assert any(line.endswith("[Exhibit B] at page 4, which speaks of keeping the meadow for grazing.") for line in kept)


def test_span_in_code_stays():
    kept = clean_text(QUOTED, source_file="styling.md").lines
    assert any('`<span style="color: red">`' in line for line in kept)
    assert any("`</span>`" in line for line in kept)
