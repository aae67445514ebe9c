"""(r33enlegal) The chrome legal information sites print around a judgment or an Act, made up in the
forms several sites use: the download block with blank lines between its links ('Download original files'
/ 'PDF format' / 'RTF format'), the institutes' tool row ('| Noteup | LawCite'), the database bar with the
site's appeal link glued after the collection's name the breadcrumb holds, and the site's or editor's
redaction notice. What must stay: a sentence of the judgment that mentions a PDF, a judge's own note on
redaction, a headline that opens with the trail's item."""
from __future__ import annotations

from pipeline.clean import clean_text

JUDGMENT = """[Court] of Appeal: Civil Division Support [SITE]

You are here:  [SITE] >> Databases >> [Court] of Appeal: Civil Division >> 2021 >> [2021] XXCA 7

| Noteup | LawCite

Okafor v Regional Transport Board (CA 31/2020) [2021] XXCA 7 (3 May 2021)

Download original files

PDF format

RTF format

[SITE] Note: Certain personal/private details of parties or witnesses have been redacted from this document in compliance with the law and [SITE] Policy

IN THE COURT OF APPEAL

[1] The appellant asks us to set aside an order that the board filed in PDF format on the last day allowed, which the court below accepted.

Note: The names of the minor children have been redacted from this judgment at the request of their mother, which we granted.
"""

LII_PAGE = """Lesotho: High Court Support LesLII

You are here: LesLII >> Databases >> Lesotho: High Court >> 2019 >> [2019] LSHC 4

Database Search | Name Search | Noteup | Download | Help

Mokoena v Commissioner of Police [2019] LSHC 4 (12 March 2019)

Editorial note: Certain information has been redacted from this judgment in compliance with the law.

[1] The applicant was dismissed from the police service after a hearing at which he was not present.
"""


def _kept(text: str) -> list[str]:
    return [line.strip() for line in clean_text(text, source_file="t.txt").lines if line.strip()]


def test_download_block_tool_row_db_bar_and_notice_go():
    kept = _kept(JUDGMENT.replace("[SITE]", "ZALII").replace("[Court]", "Court"))
    for chrome in ("Download original files", "PDF format", "RTF format", "| Noteup | LawCite",
                   "Court of Appeal: Civil Division Support ZALII"):
        assert chrome not in kept
    assert not any(line.startswith("ZALII Note:") for line in kept)


def test_judgment_lines_that_look_like_chrome_stay():
    kept = _kept(JUDGMENT.replace("[SITE]", "ZALII").replace("[Court]", "Court"))
    assert any("filed in PDF format on the last day" in line for line in kept)
    assert any(line.startswith("Note: The names of the minor children have been redacted") for line in kept)
    assert "Okafor v Regional Transport Board (CA 31/2020) [2021] XXCA 7 (3 May 2021)" in kept


def test_another_institutes_bar_row_and_editorial_note():
    kept = _kept(LII_PAGE)
    assert "Lesotho: High Court Support LesLII" not in kept
    assert "Database Search | Name Search | Noteup | Download | Help" not in kept
    assert not any(line.startswith("Editorial note:") for line in kept)
    assert "Mokoena v Commissioner of Police [2019] LSHC 4 (12 March 2019)" in kept


def test_headline_opening_with_a_trail_item_stays():
    text = ("Home > News > Court of Appeal rulings > 2021\n\nCourt of Appeal rulings Share the burden of proof\n\n"
            "The court held on Monday that both parties share the burden of proof in a dispute of this kind, "
            "reversing the tribunal.\n")
    assert "Court of Appeal rulings Share the burden of proof" in _kept(text)


# a legislation site's collection label over one provision; a law portal's head over an EU act
SECTION_PAGE = """Singapore legislation

Section 12

of Road Traffic Act 1961

Section 12

Licence to drive

(1)

No person shall drive a motor vehicle of any class on a road unless he is the holder of a licence to drive.
"""

EU_PAGE = """EUR-Lex Access to European Union law

Back to EUR-Lex homepage

This document is an excerpt from the EUR-Lex website

Document 32019R0001

16.1.2019

EN

Official Journal of the European Union

L 13/1

COMMISSION REGULATION (EU) 2019/1

of 10 January 2019

This Regulation shall be published in the Official Journal of the European Union and applies from 1 March 2019.
"""


def test_collection_label_over_a_section_goes():
    kept = _kept(SECTION_PAGE)
    assert "Singapore legislation" not in kept
    assert kept[0] == "Section 12"


def test_collection_label_words_inside_the_text_stay():
    text = ("Victorian Current Acts\n\nA note on the collection\n\n"
            "The Victorian current acts are kept up to date by the Chief Parliamentary Counsel every week.\n")
    kept = _kept("Interpretation of Legislation\n\n" + text)
    assert "Victorian Current Acts" in kept   # not the page's first line: a heading of the text


def test_portal_head_and_gazette_head_go():
    kept = _kept(EU_PAGE)
    for chrome in ("Back to EUR-Lex homepage", "This document is an excerpt from the EUR-Lex website",
                   "16.1.2019", "EN", "Official Journal of the European Union", "L 13/1"):
        assert chrome not in kept
    assert "COMMISSION REGULATION (EU) 2019/1" in kept
    assert any(line.startswith("This Regulation shall be published in the Official Journal") for line in kept)


def test_gazette_head_on_one_line_goes_and_the_name_alone_stays():
    text = ("16.10.2015 EN Official Journal of the European Union L 272/1\n\nREGULATION (EU) 2015/1843\n\n"
            "Official Journal of the European Union\n\nThe journal is published every working day in all official languages.\n")
    kept = _kept(text)
    assert "16.10.2015 EN Official Journal of the European Union L 272/1" not in kept
    assert "Official Journal of the European Union" in kept


def test_brand_over_its_home_link_goes():
    kept = _kept(EU_PAGE)
    assert "EUR-Lex Access to European Union law" not in kept


def test_brand_not_named_by_the_home_link_stays():
    text = ("Harbour Trust Annual Report\n\nBack to Council homepage\n\n"
            "The trust kept the harbour open on every day of the year and finished the new breakwater in May.\n")
    assert "Harbour Trust Annual Report" in _kept(text)


def test_link_labels_over_a_regulation_go_and_a_sentence_stays():
    text = ("B.C. Reg. 12/2020\n\nDeposited January 9, 2020\n\nThis consolidation is current to March 3, 2025.\n\n"
            "Link to consolidated regulation (PDF)\n\nLink to Point in Time\n\nHarbours Regulation\n\n"
            "Link to the register is given in section 4.\n\n1 In this regulation, \"harbour\" means a harbour named in the Schedule.\n")
    kept = _kept(text)
    assert "Link to consolidated regulation (PDF)" not in kept and "Link to Point in Time" not in kept
    assert "Link to the register is given in section 4." in kept


def test_report_titled_like_a_collection_stays():
    text = ("Mining Legislation\n\nThis report reviews the mining laws of the region and the changes proposed in "
            "the last session of the assembly.\n")
    assert "Mining Legislation" in _kept(text)
