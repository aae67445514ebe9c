"""Structure rules the unseen9 round (issue #11, xs1-xs8: English pages and texts printed to PDF)
prompted: made-up variants of each phenomenon, and what each rule must leave alone."""
from __future__ import annotations

from pipeline.structure import signals as sg
from structure.test_unseen_kinds import doc_of, outline

EN = "The board met four times in the year and reviewed every programme against its stated aims."


def test_speaker_lines_of_a_debate_record_are_no_headings():
    text = "\n\n".join(["Harbour Debate", EN, "Mrs. Jane Roe (Northport)", EN, "Mr. Doe", EN,
                        "Mrs. Jane Roe (Northport)", EN])
    assert outline(doc_of(text)) == []


def test_a_speaker_line_with_a_colon_counts_alone_and_a_bare_name_needs_company():
    text = "\n\n".join(["Harbour Case", EN, "Lady Justice Roe:", EN, "Background", EN])
    assert outline(doc_of(text)) == [(1, "Background")]
    # one bare name with an honorific among real headings: the text shows no debate
    text = "\n\n".join(["Harbour Report", EN, "Dr. Jane Roe", EN, "Findings", EN])
    assert (1, "Dr. Jane Roe") in outline(doc_of(text))


def test_a_date_with_the_issuer_after_a_comma_is_no_heading():
    assert sg.is_signing_date("1998年3月2日，某某省财政厅")
    assert sg.is_signing_date("2004年3月1日,某市人民政府")
    assert not sg.is_signing_date("2004年3月1日，全市财政收入增长百分之十二。")
    text = "\n".join(["某某专项资金管理办法", "某某省财政厅", "1998年3月2日，某某省财政厅",
                      "为了加强专项资金管理，提高资金使用效益，根据有关规定，制定本办法。",
                      "一、关于资金的使用范围", "专项资金用于支持本省重点项目建设，不得挪作他用。",
                      "二、关于资金的拨付", "资金按照项目进度分期拨付，年终结余结转下年使用。"])
    assert [t for _, t in outline(doc_of(text))] == ["一、关于资金的使用范围", "二、关于资金的拨付"]


def test_a_headline_wrapped_over_two_lines_is_the_printed_pages_title():
    from pipeline.model import Cleaned, Provenance, Removal
    from pipeline.structure import structure_document
    lines = ("NOTICE : Harbour Board Opens", "New Moorings [May 2019]", EN, EN)
    removed = (Removal(1, "5/2/19, 9:14 AM", "running-head", ""),
               Removal(1, "NOTICE : Harbour Board Opens New Moorings [May 2019] | Town…", "running-head", ""),
               Removal(9, "1/2", "running-head", ""),
               Removal(10, "NOTICE : Harbour Board Opens New Moorings [May 2019] | Town…", "running-head", ""),
               Removal(20, "2/2", "running-head", ""))
    doc = structure_document(Cleaned(lines, tuple(range(1, 5)), removed, (), Provenance("t.txt")), structure="rules")
    assert doc.title == "NOTICE : Harbour Board Opens New Moorings [May 2019]"
    assert outline(doc) == []


def test_a_short_print_whose_last_block_opens_the_printed_title_does_not_fail():
    # the last block is a prefix of the printed title with no block after it to complete it: no
    # wrapped headline there, and no IndexError (the text on one line met it in `make robustness`)
    from pipeline.model import Cleaned, Provenance, Removal
    from pipeline.structure import structure_document
    lines = (EN, "", "NOTICE : Harbour Board Opens")
    removed = (Removal(1, "5/2/19, 9:14 AM", "running-head", ""),
               Removal(1, "NOTICE : Harbour Board Opens New Moorings", "running-head", ""),
               Removal(9, "1/1", "running-head", ""))
    doc = structure_document(Cleaned(lines, (1, 2, 3), removed, (), Provenance("t.txt")), structure="rules")
    assert doc.title


def test_a_speakers_office_under_the_name_is_no_heading():
    text = "\n\n".join(["Harbour Budget Statement", "Jane Roe", "Minister of the Harbour Board", "Friends,", EN,
                        "I. The Year Past", EN])
    assert outline(doc_of(text)) == [(1, "I. The Year Past")]
    # the office alone (a directory's entry, a section on the office) stays a heading
    text = "\n\n".join(["Harbour Directory", EN, "Director of the Harbour Board", EN, "Harbour Master", EN])
    assert (1, "Director of the Harbour Board") in outline(doc_of(text))


def test_marginal_notes_head_the_provisions_they_were_run_into():
    text = "\n".join(["Harbour Act", "1 This Act may be cited as the Harbour Act.", "Marginal note: Definitions",
                      "In this Act, harbour means the waters inside the north light.", "Marginal note: Dues",
                      "2 Every vessel shall pay the dues the board fixes.", "Marginal note: Lights",
                      "3 The board shall keep the lights of the harbour."])
    assert outline(doc_of(text)) == [(1, "Marginal note: Definitions"), (1, "Marginal note: Dues"), (1, "Marginal note: Lights")]
    # one such line alone (a quoted label in a commentary) is no heading
    text = "\n".join(["Harbour Notes", "Marginal note: Dues", "2 Every vessel shall pay the dues the board fixes.", EN])
    assert outline(doc_of(text)) == []


def test_a_law_sites_page_of_one_article_takes_its_label_as_title():
    text = "\n\n".join(["Article IV", "Article IV.", "Harbour Rights", EN, "Section 1.   Moorings.  " + EN])
    doc = doc_of(text)
    assert doc.title == "Article IV" and outline(doc) == []
    # a text with more articles: its first article stays a heading (the division page rule is off)
    text = "\n\n".join(["Article IV", "Article IV.", "Harbour Rights", EN, "Article V", "Harbour Dues", EN])
    assert (1, "Article IV") in outline(doc_of(text))
