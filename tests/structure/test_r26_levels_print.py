"""r26 (issue #11): an Article's and a Section's nesting set by the text, and a printed code page
titled by its one division. All texts are made up.

- Articles and Sections nest either way: a US-style constitution's `Article I` holds `Section 1`; a
  civil-law constitution's `Section I` holds `Article 1` … `Article 9`, its Articles numbered on
  across Sections. The style the text uses first is the outer one.
- A printed page of one division of a code (`Part 1 - Preliminary`) carries that division's label and
  name in its print header: the header is no `Title - Site` pair, and the page is titled by it."""
from __future__ import annotations

from pipeline.model import Removal
from pipeline.structure.outline import running_title

from .helpers import doc_of

CLAUSE = "1. The State shall guarantee the rights and freedoms of every person under its jurisdiction."


def _outline(sections, depth=1):
    for s in sections:
        yield depth, s.title
        yield from _outline(s.sections, depth + 1)


def test_sections_holding_articles_when_the_text_opens_with_a_section():
    doc = doc_of("\n".join([
        "Constitution of the Republic of Aldoria", "",
        "Section I", "", "Foundations of the State", "",
        "Article 1", "", CLAUSE, "", "Article 2", "", CLAUSE, "",
        "Section II", "", "Rights of the Person", "",
        "Article 3", "", CLAUSE, "", "Article 4", "", CLAUSE, ""]))
    outline = list(_outline(doc.sections))
    assert [d for d, _ in outline] == [1, 2, 2, 1, 2, 2], outline
    assert outline[0][1].startswith("Section I") and outline[3][1].startswith("Section II")


def test_articles_holding_sections_when_the_text_opens_with_an_article():
    doc = doc_of("\n".join([
        "Charter of the Borough of Eastmere", "",
        "Article I", "", "Section 1.", "", CLAUSE, "", "Section 2.", "", CLAUSE, "",
        "Article II", "", "Section 1.", "", CLAUSE, "", "Section 2.", "", CLAUSE, ""]))
    assert [d for d, _ in _outline(doc.sections)] == [1, 2, 2, 1, 2, 2]


def _heads(*texts):
    return [Removal(line=i + 1, rule="running-head", text=t) for i, t in enumerate(texts)]


def test_a_division_label_and_its_name_in_a_print_header_are_one_title():
    assert running_title(_heads("11/3/26, 9:15 AM", "Part 1 - Preliminary", "1/1")) == "Part 1 - Preliminary"
    assert running_title(_heads("Chapter 4 – Offences", "1/1")) == "Chapter 4 – Offences"
    # a page title and its site's name still part
    assert running_title(_heads("Tidal moorings - Harbour Board", "1/1")) == "Tidal moorings"


def test_a_printed_code_page_is_titled_by_its_one_division():
    text = "\n".join([
        "11/3/26, 9:15 AM", "", "Part 1 - Preliminary", "",
        "Northfield Regional Government", "", "Home", "", "About Us", "", "Contact Us", "",
        "Part 1 - Preliminary", "",
        "Short title", "1.", "This Act may be cited as the Harbour Moorings Act 2031.",
        "Interpretation", "2.", "In this Act, unless the contrary intention appears, mooring means a place to moor a vessel.",
        "", "http://www.example.gov/acts/harbour-moorings/part1-preliminary.html", "", "1/1", ""])
    from pipeline.clean import clean_text
    from pipeline.structure import structure_document
    doc = structure_document(clean_text(text, source_file="t.txt"))
    assert doc.title == "Part 1 - Preliminary"


def test_a_name_wrapped_over_two_lines_is_no_place_over_the_act():
    from pipeline.structure.front import _jurisdiction_over_name
    from pipeline.structure.blocks import Block
    text = ["Eastmere Harbour", "Pilotage Act 2031",
            "This Act is to provide for the establishment of the Eastmere Harbour Pilotage Board and for matters "
            "connected with it. It is hereby enacted as follows:"]
    blocks = [Block(t, i + 1, 0) for i, t in enumerate(text)]
    assert _jurisdiction_over_name(blocks, 0) == -1   # the text reads 'Eastmere Harbour Pilotage …' as one name
    placed = ["Aldoria", "General Interpretation Act",
              "This Act applies to every written law of Aldoria unless the contrary intention appears."]
    blocks = [Block(t, i + 1, 0) for i, t in enumerate(placed)]
    assert _jurisdiction_over_name(blocks, 0) == 1   # a place over the Act's name, named again below


def test_a_print_header_of_page_section_and_site_names_the_page_by_its_first_part():
    head = ("Harbour Regulation 4.210. Mooring permits | Eastmere Administrative Regulations | "
            "Borough Legal Information Service")
    assert running_title(_heads("11/3/26, 9:15 AM", head, "1/1")) == "Harbour Regulation 4.210. Mooring permits"


def test_a_name_wrapped_over_two_lines_is_one_title_when_the_text_cites_it_whole():
    from pipeline.structure.blocks import Block
    from pipeline.structure.front import _name_wrapped_cited
    cited = "This Act provides for the establishment of the Eastmere Harbour Pilotage Board."
    blocks = [Block(t, i + 1, 0) for i, t in enumerate(["Eastmere Harbour", "Pilotage Act 2031", cited])]
    assert _name_wrapped_cited("Eastmere Harbour", blocks, 1)
    # a series line over an Act's name the text never reads on ('Gazette Supplement' / 'Finance Act 2031')
    blocks = [Block(t, i + 1, 0) for i, t in enumerate(["Gazette Supplement", "Finance Act 2031",
                                                       "An Act to make provision for the taxes of the year."])]
    assert not _name_wrapped_cited("Gazette Supplement", blocks, 1)
