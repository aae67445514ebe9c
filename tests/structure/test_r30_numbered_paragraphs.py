"""(r30enpdf) Page text of a PDF (pdftotext of a printed speech, report or Act): numbered paragraphs
and sub-sections printed with no blank line between them, each wrapped over several lines; a
salutation alone on its line over the first. Each numbered paragraph opens a paragraph of its own
(`unwrap.numbered_opening`), a salutation does not keep the group from holding paragraphs
(`unwrap.salutation`); a heading between two of them stands alone. Must stay: a sentence wrapped
before a number it names (`… in paragraph` / `3. …`) runs on."""
from .helpers import doc_of, levels, texts

# a budget speech printed from a news page (Letter, pdftotext default mode)
BUDGET = """Budget Speech 2011-12

The following is the text of the speech the Minister of Finance delivered in the National Assembly
on Wednesday when presenting the Budget for the financial year 2011-12 to the House.
Madam Speaker,
1. I rise to present the Budget for 2011-12. The estimates before the House provide for all the
essential expenditure of the Government during the coming financial year and for the debt
service.
The Finance Bill that accompanies them continues the present structure of the taxes for
the present.
2. The economy grew by six per cent last year, the third year of steady growth in a row, and the
deficit fell below four per cent of the national product for the first time in ten years, as
the House knows.
III. Revenue Measures and the Tax Administration
3. The revenue collected in the year was higher than the estimate, and the tax administration has
been made simpler for small traders, who may now file their returns once a year online."""

# an annual report's chapter, pdftotext of an issued file, paragraphs numbered 14., 15., …
REPORT = """Annual Report 2018

14. The Commission received four hundred and twelve complaints in the year under review, of which
three hundred were resolved within ninety days and the rest were carried over into the next
year.
15. Staff numbers remained the same as in the previous year, although two posts of investigator
were vacant for six months while the recruitment was completed.
Outlook for the Coming Year
16. The Commission expects the number of complaints to rise when the new Act comes into force in
July, and has asked the Ministry for two more posts of investigator to meet the demand."""

# an Act's section as a law commission prints it: sub-sections `1)`, `2)` hard-wrapped
ACT = """Cooperatives Act, 2017

Section 12 : Powers of the registrar to inspect the books of a society
1) The registrar may inspect the books of any society at any time during its working hours, and
shall give the society at least seven days notice before the inspection takes place.
2) Where the books are kept at more than one place, the registrar may require that they be brought
to the society's registered office for the purpose of the inspection.
3) The society shall bear the costs of an inspection that finds its accounts were not kept."""

# must stay: a sentence wrapped before the number it names runs on
REFERENCE = """Guidance for Applicants

Applicants who were refused a permit may ask the board to review the decision, as set out in paragraph
3. The board answers every request for review in writing within one month of the day it arrives,
and gives the reasons for its decision when it confirms the refusal of the permit in question."""


def test_budget_speech_numbered_paragraphs_and_roman_head_apart():
    doc = doc_of(BUDGET)
    assert (1, "III. Revenue Measures and the Tax Administration") in levels(doc) or \
        any("Revenue Measures" in t for _, t in levels(doc))
    ps = texts(doc)
    assert any(p.startswith("1. I rise") for p in ps)
    assert any(p.startswith("3. The revenue") for p in ps)
    assert not any("Tax Administration 3." in p for p in ps)


def test_report_numbered_paragraphs_and_plain_head_apart():
    doc = doc_of(REPORT)
    ps = texts(doc)
    assert any(p.startswith("15. Staff") for p in ps)
    assert any(p.startswith("16. The Commission") for p in ps)
    assert any(t == "Outlook for the Coming Year" for _, t in levels(doc))


def test_act_sub_sections_open_paragraphs():
    doc = doc_of(ACT)
    ps = texts(doc)
    assert any(p.startswith("2) Where the books") for p in ps)
    assert any(p.startswith("3) The society") for p in ps)


def test_sentence_before_the_number_it_names_runs_on():
    doc = doc_of(REFERENCE)
    ps = texts(doc)
    assert any("as set out in paragraph 3. The board" in p for p in ps)
