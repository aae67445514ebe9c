"""(r33enlegal) A judgment as the Commonwealth's courts and the legal information institutes print it:
the site's case headline (parties, case number, neutral citation, date) is the title, however long; the
cover under it (court, division, case number, `In the matter between`, the parties' rows closed by their
roles, `JUDGMENT`, the judge's line) is no heading; the judgment's own heads (`INTRODUCTION`, `Background`)
are, though the judge's line `LOWE J:` ends in a colon. Made-up judgments in four drafting conventions,
and texts whose lines look like a cover's but are not."""
from __future__ import annotations

from .helpers import doc_of, levels

SA_HIGH_COURT = """Mthembu Holdings v Ngqeleni Local Municipality and Others (1187/2022) [2022] ZAECMHC 41 (14 October 2022)

IN THE HIGH COURT OF SOUTH AFRICA

(EASTERN CAPE DIVISION, MTHATHA)

CASE NO: 1187/2022

In the matter between

MTHEMBU HOLDINGS (PTY) LTD                                          Applicant

and

NGQELENI LOCAL MUNICIPALITY                                   First Respondent

THE MUNICIPAL MANAGER                                           Second Respondent

JUDGMENT

DUKADA J:

INTRODUCTION

[1] The applicant seeks an order directing the municipality to restore the supply of water to its premises pending the outcome of a dispute about its account.

THE FACTS

[2] The applicant has operated a bakery on the property since 2011 and has paid its account every month until the dispute arose in March.
"""

NA_HIGH_COURT = """NOT REPORTABLE

CASE NO.: (A) 214/2015

IN THE HIGH COURT OF NAMIBIA

In the matter between:

KAROS FISHING ENTERPRISES CC APPLICANT

and

THE MINISTER OF FISHERIES 1ST RESPONDENT

THE ATTORNEY-GENERAL 2ND RESPONDENT

CORAM: UEITELE, J

JUDGMENT

Ueitele, J

Background

[1] The applicant holds a fishing right which the first respondent declined to renew in a letter written in June of that year.

Conclusion

[2] In the result the decision of the first respondent is reviewed and set aside, and the matter is remitted to him for a fresh decision.
"""

KE_COURT_OF_APPEAL = """IN THE COURT OF APPEAL AT NAIROBI

CIVIL APPEAL NO. 88 OF 2017

BETWEEN

JOSEPH KAMAU NJOROGE ........................................ APPELLANT

AND

MARY WANJIRU GITHINJI ...................................... RESPONDENT

JUDGMENT

Introduction

1. This is an appeal from the judgment of the Environment and Land Court which dismissed the appellant's claim to a parcel of land in Kiambu.

Analysis

2. We have considered the record, the submissions of counsel and the law, and we find that the learned judge erred on two counts.
"""

SCA_COVER = """Fono and Another v Port St Johns Municipality (1271/2022) [2024] ZASCA 161 (22 November 2024)

THE SUPREME COURT OF APPEAL OF SOUTH AFRICA

JUDGMENT

Reportable

Case no: 1271/2022

In the matter between:

LUXOLO FONO                                                           FIRST APPELLANT

and

PORT ST JOHNS MUNICIPALITY                                       RESPONDENT

PONNAN JA (MOCUMIE and SMITH JJA concurring):

Introduction

[1] This appeal concerns a building erected without approved plans on land held under a tribal authority, and the order to demolish it.

Discussion

[2] The full court dealt with the applicability of the Act in a manner that cannot be sustained, and the appeal must succeed in part.
"""


def test_sa_high_court_cover_and_heads():
    doc = doc_of(SA_HIGH_COURT)
    assert doc.title.startswith("Mthembu Holdings v Ngqeleni Local Municipality and Others (1187/2022) [2022] ZAECMHC 41")
    assert levels(doc) == [(1, "INTRODUCTION"), (1, "THE FACTS")]


def test_namibian_cover_with_ordinal_roles_and_judge_line():
    assert [t for _, t in levels(doc_of(NA_HIGH_COURT))] == ["Background", "Conclusion"]


def test_kenyan_appeal_cover_with_dot_leaders():
    assert [t for _, t in levels(doc_of(KE_COURT_OF_APPEAL))] == ["Introduction", "Analysis"]


def test_appeal_court_cover_with_concurring_judges():
    doc = doc_of(SCA_COVER)
    assert doc.title.startswith("Fono and Another v Port St Johns Municipality")
    assert [t for _, t in levels(doc)] == ["Introduction", "Discussion"]


# must stay: a guide's heads that read like a cover's lines, with no court's or case's line at its top
GUIDE = """Applying to the Small Claims Court

This guide explains what the applicant and the respondent must do before the hearing.

THE ROLE OF THE RESPONDENT

The respondent must file a reply within ten days and bring every document the claim refers to, with copies for the court.

Duties of the Applicant

The applicant must serve the claim on the respondent in person or by registered post and keep the proof of service.
"""

REPORT = """Annual Report of the Judiciary 2023

The courts finished more cases this year than in any year before, and the backlog fell in every province.

THE SUPREME COURT OF APPEAL

The court heard 212 appeals and delivered judgment in most of them within three months of the hearing.

JUDGMENT WRITING

Judges wrote shorter judgments this year, following the guidance on style that the judiciary adopted in March.
"""


def test_guide_heads_with_role_words_stay():
    assert [t for _, t in levels(doc_of(GUIDE))] == ["THE ROLE OF THE RESPONDENT", "Duties of the Applicant"]


def test_report_heads_naming_a_court_stay():
    assert [t for _, t in levels(doc_of(REPORT))] == ["THE SUPREME COURT OF APPEAL", "JUDGMENT WRITING"]


def test_case_headline_is_the_title_even_past_a_hundred_characters():
    text = ("Ngcobo and Others v Minister of Police and Another (AR 112/2019; AR 113/2019) [2020] ZAKZPHC 12 (2 March 2020)\n\n"
            "Introduction\n\n[1] The appellant sued the Minister for damages for unlawful arrest and detention "
            "and the court below dismissed the claim with costs.\n")
    assert len(text.split("\n")[0]) > 100
    assert doc_of(text).title.startswith("Ngcobo and Others v Minister of Police and Another (AR 112/2019; AR 113/2019)")


def test_portal_record_number_is_no_heading():
    text = ("Regulation on ship inspection\n\nDocument 32019R0001\n\nArticle 1\n\nSubject matter\n\n"
            "This Regulation lays down the rules for the inspection of ships in the ports of the Member States.\n")
    assert "Document 32019R0001" not in [t for _, t in levels(doc_of(text))]


BYLAW = """BY-LAW NO. 2019-44

BEING A BY-LAW TO REGULATE THE KEEPING OF ANIMALS

WHEREAS the Municipal Act authorizes the council to regulate the keeping of animals;

THEREFORE THE COUNCIL OF THE CORPORATION OF THE TOWNSHIP

OF EXAMPLE ENACTS AS FOLLOWS:

1. THAT no person shall keep more than three dogs on any lot in a residential zone of the township.

READ A FIRST, SECOND AND THIRD TIME AND FINALLY PASSED THIS 4TH

DAY OF JUNE 2019.

DEFINITIONS

2. In this by-law, "dog" means a domestic dog of either sex, and "owner" includes a person who harbours it.
"""


def test_bylaw_formulae_in_capitals_are_no_heads():
    assert [t for _, t in levels(doc_of(BYLAW))] == ["DEFINITIONS"]


def test_act_name_in_capitals_names_a_printed_eu_act():
    from pipeline.clean import clean_text
    from pipeline.structure import structure_document
    text = ("Document 32019R0007\n\nRegulation (EU) 2019/7 of the European Parliament and of the Council of 10 January\n"
            "2019 on the inspection of fishing vessels in the ports of the Member States\n\n"
            "COMMISSION IMPLEMENTING REGULATION (EU) 2019/7\n\nof 10 January 2019\n\n"
            "THE EUROPEAN COMMISSION,\n\nHaving regard to the Treaty on the Functioning of the European Union,\n\nWhereas:\n\n(1)\n\n"
            "Inspections of fishing vessels should follow common rules in every port of the Union, as the Council found.\n")
    doc = structure_document(clean_text(text, source_file="t.txt"))
    assert doc.title.startswith("COMMISSION IMPLEMENTING REGULATION (EU) 2019/7") or doc.title.startswith("Regulation (EU) 2019/7")


def test_case_notes_label_opens_no_cover():
    text = ("§ 12-101. Definitions.\n\nIn this chapter, \"board\" means the state board of health and its delegates.\n\n"
            "CASE NOTES\n\nScope.\n\nThe definition reaches the board's delegates as well as the board itself.\n\n"
            "§ 12-102. Powers of the board.\n\nThe board may make rules for the purposes of this chapter, after a hearing.\n")
    assert "§ 12-102. Powers of the board." in [t for _, t in levels(doc_of(text))]


def test_code_section_head_printed_again_is_one_head():
    text = ("1501.01 - DEFINITIONS.\n\n1501.01 DEFINITIONS.\n\nAs used in this chapter, \"department\" means the "
            "department of natural resources, and \"director\" means its director.\n")
    heads = [t for _, t in levels(doc_of(text))]
    assert "1501.01 DEFINITIONS." not in heads


def test_signature_pair_of_the_same_line_is_not_a_head():
    text = ("Article 2\n\nThis Regulation shall enter into force on the twentieth day following its publication.\n\n"
            "Done at Brussels,\n\nFor the European Parliament\n\nFor the Council\n\nThe President\n\nThe President\n")
    assert "The President" not in [t for _, t in levels(doc_of(text))]


def test_code_section_page_under_a_shelf_label_has_its_head_as_title_only():
    from pipeline.clean import clean_text
    from pipeline.structure import structure_document
    text = ("OHIO STATUTES AND CODES\n\n150.1 - DEFINITIONS.\n\n150.1 DEFINITIONS.\n\nAs used in this chapter unless the "
            "context otherwise requires:\n\n1. \"Department\" means the department of natural resources, its\n"
            "divisions and the offices the director sets up in any county of the state.\n"
            "2. \"Director\" means the director of natural resources or a deputy the director\n"
            "names in writing for the purpose of this chapter.\n3. \"Land\" includes water and the bed of any\n"
            "lake, river or stream, and any interest in land.\n")
    doc = structure_document(clean_text(text, source_file="t.txt"))
    assert doc.title.startswith("150.1") and [t for _, t in levels(doc)] == []
