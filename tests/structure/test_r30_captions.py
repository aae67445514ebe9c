"""(r30enpdf) A judgment's caption printed as label and value lines (a JUDIS judgment, a tribunal's
decision, a law report's page printed to PDF): `PETITIONER:` / the name, `RESPONDENT:` / the name,
`CASE NO.:` / the number. A value under its label is a field, never a heading (`english.FIELD_LABEL`);
with no title line the case is named by its parties (`title_evidence.case_parties_name`). A text re-wrapped at a
narrower measure leaves a word or two on lines of their own (`unwrap.ragged_rewrap`): a capitalised
left-over is no heading. Must stay: a strong heading under a label, a head after a paragraph."""
from .helpers import doc_of, levels, texts

JUDIS = """CASE NO.:
Appeal (civil) 1234 of 2001
PETITIONER:
Ramesh Kumar Sharma
RESPONDENT:
State of Rajasthan and others
DATE OF JUDGMENT: 14/03/2003
BENCH:
A.B. RAO & C.D. MENON
JUDGMENT:

This appeal by special leave is directed against the judgment of the High Court which dismissed the
writ petition the appellant filed against the order of his transfer from the district office."""

TRIBUNAL = """APPELLANT: Jane Margaret Doe
RESPONDENT: Commissioner of Revenue
Hearing date:
12 May 2015
Decision date:
30 June 2015

The appellant asks the tribunal to review the Commissioner's decision to refuse her claim for a refund
of the duty she paid on the transfer of the family farm to her daughter."""

FORM = """Application for a market stall

Name of applicant:
Harbour Fish Traders
Stall requested:
Northern Row

The applicant has traded at the market since 2009 and asks for a stall in the northern row, which is
closer to the car park than the stall the applicant holds now."""

RAGGED = """Judgment of the Court

These appeals are directed against the common judgment of the High Court of Judicature in Civil
Appeal Nos. 12 of 1994 and 36 of 1994. By its impugned judgment
and
order a Division Bench of the High Court affirmed the orders of the
learned
trial judge dated November 11, 1993. Their appeal was registered as Civil
Appeal
No.368 of 1994. At the threshold, we may notice that the Notice of
Motion
was taken out for grant of interim orders which were rejected by the court."""

STAYS = """Annual Report of the Board

Members present:
Chapter 1
The Board met eleven times in the year and heard every appeal brought before it within the time the
rules allow, as the table at the end of this report shows for each month.

Background
The Board was set up in 1998 to hear appeals against the decisions of the licensing office."""


def test_caption_values_are_no_headings_and_parties_name_the_case():
    doc = doc_of(JUDIS)
    assert levels(doc) == []
    assert doc.title == "Ramesh Kumar Sharma v. State of Rajasthan and others"


def test_party_fields_on_their_labels_lines_name_the_case():
    doc = doc_of(TRIBUNAL)
    assert doc.title == "Jane Margaret Doe v. Commissioner of Revenue"
    assert levels(doc) == []


def test_form_values_are_no_headings():
    doc = doc_of(FORM)
    assert not any(t in ("Harbour Fish Traders", "Northern Row") for _, t in levels(doc))


def test_ragged_rewrap_left_over_is_no_heading():
    doc = doc_of(RAGGED)
    assert not any(t == "Appeal" for _, t in levels(doc))
    assert any("registered as Civil Appeal No.368" in p for p in texts(doc))


def test_strong_heading_under_a_label_and_a_plain_head_stay():
    doc = doc_of(STAYS)
    titles = [t for _, t in levels(doc)]
    assert "Chapter 1" in titles and "Background" in titles
