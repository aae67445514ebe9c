"""(r44, issue 11) An English report's heads set right over their text. The texts are made up.

- a numbered head with its text under it and no blank line anywhere (`1. Who we are` / `The society was …`):
  a head, not the first item of a list whose items run on over the paragraphs (`lists._head_over_text`);
- the first head under the title in Title Case (`Our Members`): a part's head, not the author's name
  (`front.NOT_NAME_WORDS`);
- a copy with no blank line, one paragraph a line, heads numbered `1` / `1.1`: its long lines are paragraphs,
  not a page's printed lines (`unwrap.page_width`), and a part's head right over its first section's head
  takes no tail from it (`blocks._column_heads`);
- an outline's lettered heads under Roman ones (`I. Background` / `A. Who we are` / `B. Money matters`):
  heads one level down (`english._capital_letter_series`), not a phrase read by its case alone.
"""
from __future__ import annotations

from pipeline.clean import clean_text
from pipeline.structure import lists, unwrap
from pipeline.structure import structure_document

from common import outline

HEADS = ["Who we are", "Money matters", "The garden project", "Events this year", "Plans for next year"]
TEXT = [
    "The society was founded by a group of neighbours who wanted to look after the old orchard behind the church hall.",
    "It now has more than two hundred members, and anyone who lives in the parish may join for a small yearly fee.",
    "Most of our income comes from the summer fair and from the sale of apple juice pressed in the autumn each year.",
    "The accounts were checked by an independent examiner, who found them in good order and made no recommendations.",
    "Volunteers planted forty new fruit trees along the northern wall and built a small pond for frogs and newts.",
    "A local school class visited the garden every month and helped to keep the paths clear of weeds and fallen leaves.",
    "The spring walk, the summer fair and the apple day all went ahead, and the apple day drew its largest crowd yet.",
    "A new evening talk on pruning was so popular that a second date was added in November for those who missed it.",
    "Next year the society hopes to restore the orchard's old stone shed and to open the garden on two more weekends.",
    "Members will be asked at the spring meeting to choose between two designs for a new gate at the lane entrance.",
]
TITLE = "Yearly Report of the Old Orchard Society"



def _doc(lines):
    return structure_document(clean_text("\n".join(lines) + "\n", source_file="report.txt"))


def test_numbered_heads_over_their_text_with_no_blank_lines():
    lines = [TITLE, ""]
    for k, head in enumerate(HEADS):
        lines += [f"{k + 1}. {head}", TEXT[2 * k], TEXT[2 * k + 1]]
    doc = _doc(lines)
    assert doc.title == TITLE
    assert [t for _, t in outline(doc.sections)] == [f"{k + 1}. {h}" for k, h in enumerate(HEADS)]


def test_a_wrapped_list_still_runs_on():
    # items whose first lines fill the measure and go on in lower case: one list, each item wrapped
    texts = ["The committee asked for:", "1. a review of the footpath signs along the lane and the",
             "stile by the brook, to be done before the spring walk;", "2. new benches for the orchard and the",
             "pond, paid for out of the fair's takings."]
    assert lists.item_starts(texts) == {1, 3}


def test_short_items_with_sentences_as_items_stay_a_list():
    texts = ["Bring with you:", "1. Gloves", "2. A flask", "3. Sturdy boots", "The walk starts at ten from the hall."]
    assert lists.item_starts(texts) == {1, 2, 3}


def test_title_case_head_under_the_title_is_no_author():
    lines = [TITLE, "", "Our Members", TEXT[0], "", TEXT[1], ""]
    for k, head in enumerate(HEADS[1:]):
        lines += [head.title(), TEXT[2 * k + 2], "", TEXT[2 * k + 3], ""]
    doc = _doc(lines)
    assert not doc.authors
    assert outline(doc.sections)[0] == (1, "Our Members")


def test_a_name_under_the_title_is_still_the_author():
    lines = [TITLE, "", "Margaret Holloway", "", TEXT[0], ""]
    for k, head in enumerate(HEADS[1:]):
        lines += [head.title(), TEXT[2 * k + 2], "", TEXT[2 * k + 3], ""]
    doc = _doc(lines)
    assert [a.name for a in doc.authors] == ["Margaret Holloway"]


PARTS = ["Background", "The year in review", "Finances"]


def _decimal_lines():
    lines, k = [TITLE, ""], 0
    for i, part in enumerate(PARTS):
        lines.append(f"{i + 1} {part}")
        for j in range(2):
            lines += [f"{i + 1}.{j + 1} {HEADS[k % len(HEADS)]}", TEXT[k % len(TEXT)], TEXT[(k + 1) % len(TEXT)]]
            k += 1
    return lines


def test_one_paragraph_a_line_is_no_page_text():
    lines = _decimal_lines()
    assert unwrap.page_width(lines) == 0


def test_decimal_heads_in_a_copy_with_no_blank_lines():
    doc = _doc(_decimal_lines())
    got = outline(doc.sections)
    assert [t for d, t in got if d == 1] == [f"{i + 1} {p}" for i, p in enumerate(PARTS)]
    assert len([t for d, t in got if d == 2]) == 6
    first = doc.sections[0].sections[0]
    assert [p.text for p in first.paragraphs][:2] == [TEXT[0], TEXT[1]]   # two paragraphs, not one


def test_a_printed_page_is_still_page_text():
    import textwrap
    body = " ".join(TEXT * 3)
    lines = textwrap.wrap(body, 150)   # a wide page's lines, stopping mid-sentence
    assert unwrap.page_width(lines) > 0


def _lettered(sub):
    lines, k = [TITLE, ""], 0
    for i, part in enumerate(PARTS):
        lines += [f"{['I', 'II', 'III'][i]}. {part}", ""]
        for j in range(2):
            lines += [sub(j, HEADS[k % len(HEADS)]), "", TEXT[k % len(TEXT)], "", TEXT[(k + 1) % len(TEXT)], ""]
            k += 1
    return lines


def test_lettered_heads_under_roman_parts():
    doc = _doc(_lettered(lambda j, head: f"{'AB'[j]}. {head.replace('we are', 'we are in the wider parish')}"))
    got = outline(doc.sections)
    assert [d for d, _ in got] == [1, 2, 2] * 3
    assert got[1] == (2, "A. Who we are in the wider parish")


def test_lettered_sentences_are_no_heads():
    doc = _doc(_lettered(lambda j, head: f"{'AB'[j]}. {head} must be reported to the board each year."))
    assert [d for d, _ in outline(doc.sections)] == [1, 1, 1]


def test_a_lettered_list_with_nothing_between_is_no_series():
    lines = [TITLE, "", "I. Background", "", TEXT[0], "", "A. Main hall", "B. Small hall", "C. Kitchen", "",
             TEXT[1], "", "II. Money matters", "", TEXT[2], ""]
    doc = _doc(lines)
    assert [t for _, t in outline(doc.sections)] == ["I. Background", "II. Money matters"]


def test_bracketed_small_letter_heads_under_numbered_parts():
    lines, k = [TITLE, ""], 0
    for i, part in enumerate(PARTS):
        lines += [f"{i + 1}. {part}", ""]
        for j in range(2):
            lines += [f"({'ab'[j]}) {HEADS[k % len(HEADS)]}", "", TEXT[k % len(TEXT)], "", TEXT[(k + 1) % len(TEXT)], ""]
            k += 1
    got = outline(_doc(lines).sections)
    assert [d for d, _ in got] == [1, 2, 2] * 3
    assert got[1] == (2, f"(a) {HEADS[0]}")


def test_a_provisions_lettered_clauses_are_no_heads():
    lines = [TITLE, "", "1. Interpretation", "", "In these rules, unless the context otherwise requires,", "",
             "(a) Board means the board of the society;", "", "(b) Member means a member of the society.", "",
             "2. Meetings", "", TEXT[0], ""]
    assert not any(t.startswith("(") for _, t in outline(_doc(lines).sections))
