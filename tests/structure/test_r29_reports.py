"""r29reports (issue #11): reports and rulings, made-up in several drafting conventions
(tests/fixtures/r29reports), through the real clean -> structure chain: a procedure guide's or a
handbook's heads lettered in small letters (`a. Primary Legislation`, `b) Written Questions`) under
numbered ones; a case-law site's judgment page, its heads set one step deeper than its numbered
paragraphs (`    Introduction` over `  1. This is an appeal …`), under the judge's name label
(`Lady Justice Merritt:`), its copy label (`HTML VERSION OF JUDGMENT APPROVED`) dropped; a report
whose whole-number paragraphs (`1. The review covers …`) sit under unnumbered sentence-case heads;
an EU proposal's numbers glued to their heads (`1.CONTEXT OF THE PROPOSAL`, `1.1.Reasons for …`); a report's
cover with its folio over its period line (`1` / `FOR THE YEAR ENDED 30 JUNE 2031`) and names with
post-nominal letters (`Mary K. Otieno, CPA, CFE`, `JANE DOE, MPP`), none of them heads; a commission's
publication list whose entries cite an ISBN (`ELC 1 Report on Succession (ISBN …)`: entries, no heads; the
series over them named with its ISSN stays a head), its cover's place over the date (`Porto Vale, Eldoria`
over `June 2031`: no title).
What must stay: a list of small-lettered sentences or clauses or short items after a colon, a statute's lettered items, a quoted
provision's caption inside a judgment, a quotation's source under it (`Clause 7, Schedule 2`, `Lord Denning MR`), short numbered items under a label, a letter's signature by
initial and surname (`J. Smith`), a sentence naming a
judgment's HTML version, numbered sentences glued to their numbers, a record's stacked fields; every line of body text."""
from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.clean import clean_text
from pipeline.structure import structure_document

from .helpers import all_paragraphs, levels

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "r29reports"

# name: headings (level, text) expected
EXPECT = {
    "guide_small_letters": [(1, "a. Primary Legislation"), (1, "b. Secondary Legislation"), (1, "c. Codes of Practice")],
    "handbook_numbers_over_letters": [(1, "1. Questions"), (2, "a) Oral Questions"), (2, "b) Written Questions"), (1, "2. Motions")],
    "list_small_letters_sentences": [],
    "list_small_letters_short_items": [],
    "statute_items_small_letters": [],
    "judgment_site_one_paragraph": [(1, "Introduction")],
    "judgment_site_caps_heads": [(1, "INTRODUCTION"), (1, "THE FACTS")],
    "judgment_quote_stays": [(1, "Background")],
    "judgment_quote_source_stays": [],
    "report_whole_number_paragraphs": [(1, "Scope of the review"), (1, "Findings on eligibility")],
    "minutes_short_numbered_items": [],
    "judgment_version_sentence_stays": [],
    "record_stacked_fields_stay": [(1, "Short title")],
    "memo_capital_letters": [(1, "A. Background"), (1, "B. Consultation")],
    "report_single_word_letters": [(1, "A. Background"), (1, "B. Findings"), (1, "C. Recommendations")],
    "letter_initial_signature_stays": [],
    "eu_proposal_glued_numbers": [(1, "EXPLANATORY MEMORANDUM"), (2, "1.CONTEXT OF THE PROPOSAL"),
                                  (3, "1.1.Reasons for and objectives of the proposal"),
                                  (3, "1.2.Consistency with existing policy provisions"),
                                  (2, "2.LEGAL BASIS, SUBSIDIARITY AND PROPORTIONALITY")],
    "minutes_glued_number_sentences": [],
    "audit_report_cover_folio_period": [(1, "1. Introduction"), (1, "2. Audit Findings")],
    "committee_members_credentials": [(1, "Committee Membership"), (1, "Introduction")],
    "commission_cover_publication_list": [(1, "Law Commission of Eldoria publications"), (2, "Annual Reports (ISSN 2044-1200)"),
                                          (2, "Other publications (ISSN 2044-1234)")],
}


def _doc(name: str):
    text = (FIXTURES / f"{name}.txt").read_text(encoding="utf-8")
    cleaned = clean_text(text, source_file=f"{name}.txt")
    return text, cleaned, structure_document(cleaned)


@pytest.mark.parametrize("name", sorted(EXPECT))
def test_heads(name):
    _, _, doc = _doc(name)
    assert levels(doc) == EXPECT[name]


@pytest.mark.parametrize("name", sorted(EXPECT))
def test_body_kept(name):
    """Every body word is somewhere in the document (title, front, headings, paragraphs)."""
    text, cleaned, doc = _doc(name)
    gone = {r.text.strip() for r in cleaned.removed}
    have = " ".join([doc.title or "", doc.subtitle or ""] + [a.name for a in doc.authors] + list(doc.cover)
                    + [t for _, t in levels(doc)] + [p.text for p in all_paragraphs(doc)])
    have_words = set(have.casefold().split())   # a title in capitals is given in title case
    for line in text.splitlines():
        if line.strip() and line.strip() not in gone:
            assert set(line.casefold().split()) <= have_words, line


def test_cover_place_is_no_title():
    _, _, doc = _doc("commission_cover_publication_list")
    assert doc.title.casefold() == "report on the reform of tenancy law"


def test_judgment_copy_label_dropped():
    _, cleaned, doc = _doc("judgment_site_one_paragraph")
    assert "HTML VERSION OF JUDGMENT APPROVED" in {r.text.strip() for r in cleaned.removed}
    assert "Lady Justice Merritt:" not in [t for _, t in levels(doc)]


def test_judgment_version_sentence_stays():
    _, cleaned, _ = _doc("judgment_version_sentence_stays")
    assert not [r for r in cleaned.removed if "HTML version" in r.text]
