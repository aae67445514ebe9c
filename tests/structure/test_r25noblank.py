"""Structure rules of the r25noblank round (issue #11: a copy that lost its blank lines, a PDF
viewer's or a portal editor's copy): made-up variants of each phenomenon, and what each rule
must leave alone."""
from __future__ import annotations

from pipeline.structure import unwrap
from pipeline.structure.blocks import Block, _label_and_title, _name_goes_on, make_blocks
from pipeline.structure.headings import _stacked_field_run

from .helpers import doc_of, levels

# one paragraph a line, no blank line anywhere (a copy that dropped its empty paragraphs)
LONG_ONE = ("The harbour board met four times in the year and reviewed the moorings let to residents of the "
            "district, the fees charged for each berth and the repairs made to the north quay in the spring.")
LONG_TWO = ("The board found that most of the repairs were finished on time and within the budget the council "
            "set for them, and that the fees for the season covered the running costs of the whole harbour.")
LONG_THREE = ("Every berth holder shall renew the licence before the first day of April in each year and shall "
              "pay the fee the board fixes for the class of vessel moored at the berth in that year.")


def _texts(lines):
    return [b.text for b in make_blocks(lines, list(range(1, len(lines) + 1)), "en")]


def test_a_colon_and_a_dash_end_the_enacting_words():
    """`… as follows:—` announces the sections: the next line is no part of its paragraph."""
    assert unwrap.ends_paragraph("BE IT ENACTED by the Assembly of the Harbour District as follows:—")
    assert unwrap.ends_paragraph("In these rules, unless the context otherwise requires:-")
    assert not unwrap.ends_paragraph("the fees charged for each berth - and the repairs")
    lines = [LONG_ONE, LONG_TWO, "NOW THEREFORE be it enacted by the Assembly of the Harbour District as follows:—",
             "Licences for Berths", LONG_THREE, LONG_ONE]
    assert "Licences for Berths" in _texts(lines)


def test_a_section_number_over_its_note_is_one_heading_without_blank_lines():
    """`4.` / `Renewal of licences` inside blank-free text: one numbered heading, the text after it apart."""
    lines = [LONG_ONE, LONG_TWO, "4.", "Renewal of licences", LONG_THREE, LONG_ONE, LONG_TWO]
    texts = _texts(lines)
    assert "4. Renewal of licences" in texts
    assert any(t.startswith("Every berth holder") for t in texts)


def test_a_part_label_over_its_name_in_capitals_wrapped_once_is_one_heading():
    lines = [LONG_ONE, LONG_TWO, "PART THREE", "OFFENCES AGAINST THE MOORINGS AND THE", "HARBOUR WORKS",
             "5. Damage to moorings", LONG_THREE, LONG_ONE, LONG_TWO]
    texts = _texts(lines)
    assert "PART THREE OFFENCES AGAINST THE MOORINGS AND THE HARBOUR WORKS" in texts


def test_a_section_number_over_a_sentence_is_no_number_over_its_note():
    """`4.` over a sentence (an end mark) is the number of a numbered paragraph, not of a heading;
    a label over a line in capitals that ends a sentence takes no such line into its name."""
    assert not _label_and_title([("4.", 3), ("Every licence lapses at the end of March.", 4)])
    assert not _name_goes_on([("PART THREE", 1), ("OFFENCES", 2)], "THE BOARD MAY FINE ANY HOLDER.")
    assert not _name_goes_on([("4.", 1), ("OFFENCES", 2)], "AGAINST MOORINGS")


def _blocks(*texts):
    return [Block(t, k + 1) for k, t in enumerate(texts)]


def test_a_record_of_fields_set_label_over_value_has_no_heading():
    """`Reference:` / `HB 12` / `Status:` / `Current`: the values are fields, not heads."""
    blocks = _blocks("Harbour Berths Act", "Reference:", "HB 12", "Status:", "Current", LONG_ONE)
    assert _stacked_field_run(blocks) == {1, 2, 3, 4}
    blocks = _blocks("Harbour Berths Act", "Reference: HB 12", "Status:", "Current", LONG_ONE)
    assert _stacked_field_run(blocks) == {1, 2, 3}


def test_one_label_over_one_line_is_no_record():
    """`Contents:` over `Introduction`: one label, no record; nothing is taken from the headings."""
    assert _stacked_field_run(_blocks("Contents:", "Introduction", LONG_ONE)) == set()
    doc = doc_of("\n".join(["Harbour Berths Act", "Reference:", "HB 12", "Status:", "Current",
                            LONG_ONE, LONG_TWO]) + "\n")
    assert "Current" not in [t for _, t in levels(doc)]
