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


# ---- page text (hard-wrapped, no blank lines) -------------------------------------------------
WRAPPED = ("The harbour board met four times in the year and reviewed the moorings let to",
           "residents of the district, the fees charged for each berth and the repairs made",
           "to the north quay in the spring, with the help of the council's own engineers.")
WRAPPED_TWO = ("For every vessel over twelve metres the board will waive the mooring fee for",
               "the whole of the winter season and the charge for the use of the slipway too.",
               "Owners will still need to pay the insurance levy that funds the lifeboat crew.")


def test_a_mixed_case_line_at_the_measure_over_a_line_in_capitals_ends_there():
    """A title over its number (`… Berths Act` / `BILL NO. 4 OF 2019`): two blocks, not one."""
    assert unwrap._case_over_capitals("A Bill for an Act to amend the Harbour Berths and Moorings Act",
                                      "BILL NO. 4 OF 2019")
    assert not unwrap._case_over_capitals("and the fees are fixed by the board under section 4 of the",
                                          "HARBOUR BERTHS ACT 2019")   # cut before its last words
    lines = ["A Bill for an Act to amend the Harbour Berths and Moorings Act of the District", "BILL NO. 4 OF 2019",
             *WRAPPED, *WRAPPED, *WRAPPED_TWO, *WRAPPED, *WRAPPED_TWO, *WRAPPED, *WRAPPED_TWO]
    texts = _texts(lines)
    assert "BILL NO. 4 OF 2019" in texts


def test_a_head_that_ended_on_purpose_stands_alone_in_page_text():
    """A head past 0.6 of the measure after a closed sentence, over a full line whose first word
    would have fitted on it: a head, not the first line of a paragraph."""
    lines = [*WRAPPED, *WRAPPED_TWO, *WRAPPED, "Mooring fee and slipway charge waivers for winter", *WRAPPED_TWO,
             *WRAPPED, *WRAPPED_TWO, *WRAPPED]
    assert "Mooring fee and slipway charge waivers for winter" in _texts(lines)
    assert unwrap._ended_on_purpose("Mooring fee and slipway charge waivers for winter", WRAPPED_TWO[0], 80)
    assert not unwrap._ended_on_purpose("Mooring fee and slipway charge waivers for the", WRAPPED_TWO[0], 80)


def test_a_line_after_colon_dash_stands_alone_in_page_text():
    assert unwrap.stands_alone("BE IT ENACTED by the Assembly of the Harbour District as follows:—",
                                "Licences for Berths", 80, False, WRAPPED[0])


def test_a_setext_underline_marks_the_line_above_in_a_blank_free_text():
    """`![badge](…)` / `Harbour Tools` / `=====` with no blank line anywhere: a heading."""
    lines = ["![banner](docs/banner.png)", "Harbour Tools", "=============", "![Version](https://example.org/v.svg)",
             "Tools to keep the berth register of a small harbour.", "Installation", "------------",
             "Run the installer and follow the steps it shows."]
    texts = _texts(lines)
    assert "# Harbour Tools" in texts and "## Installation" in texts


def test_a_dashed_rule_under_a_short_line_stays_a_rule():
    from pipeline.structure.blocks import _underlines_line_above
    assert not _underlines_line_above("Signed for the board", "---")
    assert not _underlines_line_above("The repairs are finished.", "=========")
    assert _underlines_line_above("Harbour Tools", "=====")


def test_an_ellipsis_ends_a_teaser_line():
    assert unwrap.ends_paragraph("The harbour at Kell Bay was built in 1841 and served the fishing fleet of …")
    lines = ["Harbours of the District", "Kell Bay", LONG_ONE[:120] + " …", "North Quay", LONG_TWO[:150] + " …"]
    assert "North Quay" in _texts(lines)
