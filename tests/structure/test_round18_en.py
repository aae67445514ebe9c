"""Round 18en (issue #11): English legal text and pages printed to PDF, phenomena seen in two or more
documents of different check sets, one general rule each. All texts are made up."""
from __future__ import annotations

from pipeline.structure import _title_designation_again
from pipeline.structure.blocks import Block
from pipeline.structure.headings import Heading

from .helpers import doc_of


GLUED_ACT = ("Harbour Moorings Act 2031\n"
             "An Act to make provision about moorings in the harbours of the Northern Isles.\n"
             "PART 1 MOORINGS IN THE HARBOURS\n"
             "1Duty to keep a register of moorings\n"
             "(1)\n"
             "The harbour authority must keep a register of every mooring it has granted in the harbour.\n"
             "(2)\n"
             "The register must be open to inspection by the public at the authority's office.\n"
             "2Fees for moorings granted by the authority\n"
             "(1)\n"
             "The authority may charge a fee for each mooring it grants under this Part.\n")


def test_a_section_number_glued_to_its_title_is_a_section_heading():
    """(round18en) `1Duty to keep …` over `(1)`: the copy lost the space between the section's
    number and its title; the line heads the section under the Part, two sections are enough."""
    doc = doc_of(GLUED_ACT)
    assert [s.title for s in doc.sections] == ["PART 1 MOORINGS IN THE HARBOURS"]
    assert [s.title.replace(" ", "")[:8] for s in doc.sections[0].sections] == ["1Dutytok", "2Feesfor"]


def test_a_glued_number_heads_a_section_over_a_numbered_subsection_after_a_blank_line():
    doc = doc_of("Harbour Moorings Act 2031\n\nPart 2 Records kept by the authority\n\n"
                 "14Form of the register of moorings\n\n"
                 "  1. The register must give the name of the holder of each mooring and the place of the mooring.\n")
    assert [s.title for s in doc.sections] == ["Part 2 Records kept by the authority"]
    assert [s.title for s in doc.sections[0].sections] == ["14Form of the register of moorings"]


def test_a_glued_number_over_no_section_text_or_repeated_is_no_heading():
    """A line opening with a glued count over a list item, or repeated on every page (a running
    head with its page number glued on), heads nothing."""
    doc = doc_of("Harbour Report\n\nPART 1 BOATS\n\nThe authority counted the boats in the harbour at the end of each month of the year.\n\n"
                 "12Boats on the eastern quay\n- most of them small fishing boats\n\n"
                 "The figures for the western quay were lower than in the year before.\n")
    assert not any(s.title.startswith("12") for s in doc.sections)
    doc = doc_of("Harbour Report\n\nThe authority counted the boats in the harbour at the end of each month of the year.\n\n"
                 "12Boats counted on the eastern quay\nThe figures for the western quay were lower than in the year before.\n")
    assert not any(s.title.startswith("12") for s in doc.sections)   # no Part or Chapter: a glued footnote's shape
    page = "3Harbour Moorings Act 2031\nThe authority must keep a register of every mooring it has granted there.\n"
    doc = doc_of("Harbour Moorings Act 2031\n\nPART 1 MOORINGS\n\n" + page * 3)
    assert not any("Harbour Moorings" in s.title for s in doc.sections)



def _designation_kept(title: str, lines: list[tuple[str, bool]]) -> list[str]:
    """The texts of the headings `_title_designation_again` keeps; lines: (text, strong)."""
    body = [Block(text, k + 1, 0) for k, (text, _) in enumerate(lines)]
    headings = [Heading(k, "caps|", "", strong) for k, (_, strong) in enumerate(lines)]
    return [body[h.index].text for h in _title_designation_again(title, body, headings)]


def test_the_acts_designation_printed_again_under_its_full_name_heads_nothing():
    """(round18en) The title `Act No. 77 of 2031 - An Act to …`, then the cover's `ACT NO. 77 OF
    2031` alone: the title's opening words, with a number, before the first Part: no section."""
    title = "Act No. 77 of 2031 - An Act to Regulate the Moorings of the Northern Harbours"
    assert _designation_kept(title, [("ACTS OF THE ASSEMBLY", False), ("ACT NO. 77 OF 2031", False),
                                     ("PART I PRELIMINARY", True)]) == ["ACTS OF THE ASSEMBLY", "PART I PRELIMINARY"]


def test_a_line_that_only_shares_the_titles_first_words_stays():
    title = "Act No. 77 of 2031 - An Act to Regulate the Moorings of the Northern Harbours"
    kept = [("ACT NO. 7", False), ("ACT NO. 78 OF 2031", False), ("Act No", False), ("PART I PRELIMINARY", True),
            ("Act No. 77 of 2031", False)]
    assert _designation_kept(title, kept) == [t for t, _ in kept]   # mid-word, another number, no number, after the Part
