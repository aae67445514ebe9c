"""Structure rules the round16-en round (issue #11, check set 14's English half) prompted: made-up
variants of each phenomenon, and what each rule must leave alone."""
from __future__ import annotations

from pipeline.structure.front import act_under_masthead, short_title

EN = "The harbour board charges a fee for each berth in the inner basin, and it publishes the fees each spring."


def test_a_short_title_clause_with_the_year_after_of():
    assert short_title(["This Act may be cited as the Berth Fees Transparency Act of 2031."]) == \
        "Berth Fees Transparency Act of 2031"


def test_a_short_title_clause_broken_after_its_verb_reads_on():
    assert short_title(["1.Short titleThis Act may be cited as the", "Berth Fees Act of 2031. 2.Fees (a) In general"]) \
        == "Berth Fees Act of 2031"
    assert short_title(["The clerk said it may be cited as the", "usual way."]) == ""


def test_a_bills_cover_lines_give_way_to_its_short_title():
    paragraphs = ["A BILL To amend the harbour code.", "1.Short titleThis Act may be cited as the Berth Fees Act of 2031."]
    assert act_under_masthead("I 140th CONGRESS 2d Session H. R. 77 IN THE HOUSE OF REPRESENTATIVES", paragraphs) \
        == "Berth Fees Act of 2031"
    assert act_under_masthead("Berth Fees Report", paragraphs) == ""


def test_a_bill_named_by_its_short_title_keeps_its_cover_lines():
    from pipeline.clean import clean_text
    from pipeline.structure import structure_document

    text = "\n".join(["140th CONGRESS", "2d Session", "H. R. 77", "IN THE HOUSE OF REPRESENTATIVES", "",
                      "A BILL To amend the harbour code.", "",
                      "1.Short titleThis Act may be cited as the Berth Fees Act of 2031.", "", EN])
    doc = structure_document(clean_text(text, source_file="zz_bill.txt"), structure="rules")
    assert doc.title == "Berth Fees Act of 2031"
    assert any("CONGRESS" in p.text for p in doc.front)


def test_a_code_section_line_with_a_sentence_case_caption_is_a_heading():
    from pipeline.structure.english import _code_section_head

    assert _code_section_head("§ 7.2-1 Fees for berths in the inner basin.")
    assert _code_section_head("§ 7.2-4 Mooring permits; renewal and transfer.")
    assert not _code_section_head("§ 7.2-1 shall apply to every berth.")
    assert not _code_section_head("§ 7.2-1 The fees are set each spring.")


def test_a_code_article_over_its_sections_names_the_page():
    from pipeline.clean import clean_text
    from pipeline.structure import structure_document

    text = "\n".join(["Article II – Harbour Board", "", "§ 7.2-1 Fees for berths in the inner basin.", "", EN, "",
                      "§ 7.2-2 Mooring permits; renewal and transfer.", "", EN, "", "§ 7.2-3 Penalties.", "", EN])
    doc = structure_document(clean_text(text, source_file="zz_code.txt"), structure="rules")
    assert doc.title == "Article II – Harbour Board"
    assert [s.title for s in doc.sections] == ["§ 7.2-1 Fees for berths in the inner basin.",
                                               "§ 7.2-2 Mooring permits; renewal and transfer.", "§ 7.2-3 Penalties."]


def test_a_speech_title_wrapped_with_its_date_is_one_title():
    from pipeline.clean import clean_text
    from pipeline.structure import structure_document

    import textwrap
    body = textwrap.wrap(" ".join([EN + " Boats under ten metres pay half the fee, and the board reviews it."] * 12), 55)
    text = "\n".join(["Address on the Occasion of the Opening", "Ceremony of the Harbour Works, 4 May 2031", "Madame Chair,",
                      "Honourable Members,", "Fellow Citizens:", *body])   # hard-wrapped, no blank line
    doc = structure_document(clean_text(text, source_file="zz_speech.txt"), structure="rules")
    assert doc.title == "Address on the Occasion of the Opening Ceremony of the Harbour Works, 4 May 2031"


def test_a_speaker_or_place_line_under_a_speech_title_is_not_its_rest():
    from types import SimpleNamespace
    from pipeline.structure.front import _occasion_wrapped

    title = "Address on the Occasion of the Opening"
    assert _occasion_wrapped(title, SimpleNamespace(text="Ceremony of the Harbour Works, 4 May 2031", lines=1))
    for line in ("Minister of Finance, 4 May 2031", "Cape Town, 4 May 2031", "Ceremony of the Works"):
        assert not _occasion_wrapped(title, SimpleNamespace(text=line, lines=1))
    assert not _occasion_wrapped("The Harbour Works", SimpleNamespace(text="Ceremony of the Works, 4 May 2031", lines=1))


def test_minutes_flattened_onto_one_line_are_named_by_their_meeting():
    from pipeline.structure.title_evidence import flattened_meeting_title

    flat = ("Loading...", "PortalMenuMarch 3, 2031 Special Meeting41 A Special Meeting of the Harbour Board was held. " + EN * 10)
    assert flattened_meeting_title(list(flat)) == "March 3, 2031 Special Meeting"
    flat2 = ("Minutes 03-03-2031Adopted Minutes Regular Board Meeting March 3, 2031 The Chair called the meeting. " + EN * 10,)
    assert flattened_meeting_title(list(flat2)) == "Regular Board Meeting March 3, 2031"
    # a short paragraph that mentions a meeting names nothing
    assert flattened_meeting_title(["At the Regular Meeting of March 3, 2031 the board set the fees.", EN]) == ""
