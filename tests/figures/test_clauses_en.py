"""English rules and requirements (clauses_en.py), glued units and ordinals of age (english.py):
each case a phenomenon, with the shapes each rule must leave alone."""
from __future__ import annotations

import pytest

from pipeline.figures.extract import _string_hits, extract_figures
from pipeline.figures.scan import scan_quantities
from pipeline.model import Document, Paragraph, Section


def _named(text: str) -> dict[str, str]:
    """Every mention's indicator, generic ones too (a one-sentence document would drop those)."""
    return {text[h.q.start:h.q.end]: h.indicator for h in _string_hits(text)}


def test_generic_counts_still_need_other_figures_in_a_document():
    doc = Document("t", "en", sections=[Section("s1", "One", 1, [Paragraph("p1-1", "He had two little girls.")])])
    assert extract_figures(doc) == ()


def found(text: str) -> list[tuple[str, str]]:
    return [(text[q.start:q.end], q.unit) for q in scan_quantities(text)]


@pytest.mark.parametrize("text, expected", [
    ("Indicator level: 55dB(A).", [("55dB(A)", "dB(A)")]),                  # glued, with its weighting
    ("Evening are weighted 5 dB(A).", [("5 dB(A)", "dB(A)")]),
    ("The microphone requires 0.5mA in listening mode.", [("0.5mA", "mA")]),
    ("The indoor sensor costs 199USD per unit.", [("199USD", "USD")]),
    ("Prices start from €2,000.", [("€2,000", "euros")]),
    ("Every citizen who has reached his thirty-fifth year of age", [("thirty-fifth year", "years")]),
])
def test_units_glued_signs_and_ordinal_ages(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text", [
    "the thirty-fifth anniversary", "a 5G network", "call f(A) twice", "twenty-first century",
    "the threshold of hearing, at $20 uPascal$ relative",                 # a formula, not dollars
])
def test_ordinals_and_names_are_not(text):
    assert found(text) == []


@pytest.mark.parametrize("text, mention, expected", [
    ("The President shall hold office for seven years from the date upon which he enters upon his office.",
     "seven years", "President's term of office"),
    ("The same Dáil Éireann shall not continue for a longer period than seven years from the date of its first meeting.",
     "seven years", "maximum duration of Dáil Éireann"),
    ("2° A general election for members of Dáil Éireann shall take place not later than thirty days after a dissolution.",
     "thirty days", "deadline for general election"),
    ("2° Dáil Éireann shall meet within thirty days from that polling day.", "thirty days",
     "deadline for Dáil Éireann to meet"),
    ("1 Seanad Éireann shall be composed of sixty members, of whom eleven shall be nominated members.",
     "sixty members", "members of Seanad Éireann"),
    ("such incapacity being established to the satisfaction of the Supreme Court consisting of not less than five judges.",
     "five judges", "judges of Supreme Court"),
    ("Every citizen who has reached the age of twenty-one years shall be eligible for membership of Dáil Éireann.",
     "twenty-one years", "minimum age for membership of Dáil Éireann"),
    ("All citizens who have reached the age of eighteen years shall have the right to vote at an election.",
     "eighteen years", "voting age"),
    ("a resolution supported by not less than two-thirds of the total membership thereof.", "two-thirds",
     "required majority"),
    ("Member States publish noise maps and action plans for agglomerations with more than 100,000 inhabitants.",
     "100,000 inhabitants", "size of agglomerations"),
    ("The Directive requires Member States to prepare and publish noise maps every 5 years for agglomerations.",
     "5 years", "interval for noise maps"),
    ("Indicator level: 55dB(A).", "55dB(A)", "Indicator level"),
    ("Taking into account 3% self-discharge per month, the cells last a year.", "3%", "self-discharge"),
    ("An estimated 8 million people experience sleep disturbance.", "8 million people", "people"),
    ("system prices starting from €2,000.", "€2,000", "system prices"),
])
def test_rule_shapes(text, mention, expected):
    assert _named(text)[mention] == expected


@pytest.mark.parametrize("text, mention, not_expected", [
    ("Sales rose 5% last year.", "5%", "last"),                           # an adverb, not a noun after %
    ("The survey lasted seven years.", "seven years", "term of office"),
    ("Wages grew 3% annually.", "3%", "annually"),
])
def test_rules_leave_other_shapes_alone(text, mention, not_expected):
    assert not_expected not in _named(text).get(mention, "")


def _section_names(*paragraphs: str) -> dict[str, str]:
    from pipeline.figures import extract_figures
    from pipeline.model import Document, Paragraph, Section
    figures = "The budget was 2,500 dollars in 2019, 3,100 dollars in 2020, 4,000 dollars in 2021, " \
              "5,200 dollars in 2022 and 6,000 dollars in 2023."   # a document with figures keeps number words
    paras = [Paragraph(f"p1-{i}", t) for i, t in enumerate((figures, *paragraphs), 1)]
    doc = Document("t", "en", sections=[Section("s1", "Article 12", 1, paras)])
    return {r.mention: r.indicator for r in extract_figures(doc)}


def test_a_list_item_split_from_its_governing_clause_is_named_by_that_clause():
    named = _section_names(
        "2° Every candidate for election, not a former or retiring President, must be nominated either by",
        "i      not less than twenty persons, each of whom is at the time a member of one of the Houses, or",
        "ii     by the Councils of not less than four administrative Counties as defined by law.")
    assert named["twenty persons"] == "persons needed to nominate a candidate"
    assert named["four administrative Counties"] == "Councils needed to nominate a candidate"


def test_items_after_a_finished_sentence_or_without_a_mark_keep_their_own_names():
    named = _section_names(
        "Every candidate must be nominated by a party.",
        "i      not less than twenty persons, each of whom is a member.")
    assert "needed to" not in named["twenty persons"]
    named = _section_names(
        "Every candidate must be nominated either by",
        "not less than twenty persons, each of whom is a member.")    # no item mark: not a list item
    assert "needed to" not in named["twenty persons"]


# --- issue 14, English legal shapes (made-up variants of 18th-century constitutional wording) -----

@pytest.mark.parametrize("text, mention, expected", [
    ("No Person shall be a Governor who shall not have attained to the Age of thirty Years.",
     "thirty Years", "minimum age of Governor"),
    ("No Person shall be a Judge who shall not have attained to the Age of forty Years, and been "
     "twelve Years a Citizen of the Province.", "twelve Years", "years of citizenship required for Judge"),
    ("and been five Years a Resident of the Province.", "five Years", "years of residence"),
    ("The Number of Delegates shall not exceed one for every forty Thousand.", "forty Thousand",
     "population per Delegate"),
    ("The Council shall be composed of three Judges from each Circuit.", "three Judges", "Judges from each Circuit"),
    ("The Council shall be composed of three Judges from each Circuit, appointed by the Governor, for nine Years.",
     "nine Years", "Judges' term"),
    ("She shall hold her Office during the Term of five Years.", "five Years", "term of office"),
    ("To keep a Fleet, but no Grant of Land to that Use shall be for a longer Term than ten Years.",
     "ten Years", "maximum duration of Grant"),
    ("The Census shall be taken within every succeeding Term of five Years.", "five Years", "interval for Census"),
    ("If any Petition shall not be answered by the Governor within ten Days (Holidays excepted) after it is filed.",
     "ten Days", "deadline for Petition"),
    ("and if approved by two thirds of the Assembly, it shall become a Law.", "two thirds",
     "majority of Assembly needed to approve"),
    ("whenever three fifths of both Chambers shall deem it necessary", "three fifths", "majority of both Chambers"),
    ("at the Desire of one fifth of those Present", "one fifth", "share of those Present"),
])
def test_legal_shapes_of_issue_14(text, mention, expected):
    assert _named(text)[mention] == expected


@pytest.mark.parametrize("text, mention, not_expected", [
    ("It roams over the southern two-thirds of the African continent.", "two-thirds", "majority of"),
    ("He had been seven years a sailor.", "seven years", "years of"),           # not a legal status
    ("They stayed in the valley for six years.", "six years", "term"),         # no body chosen
    ("The Number of Delegates shall not exceed one for every forty.", "forty", "population per"),
    ("The actual Enumeration (See Note 2) shall be made within three Years after the Meeting.",
     "three Years", "Note"),                                                 # an aside is no subject
])
def test_legal_shapes_leave_other_shapes_alone(text, mention, not_expected):
    assert not_expected not in _named(text).get(mention, "")


@pytest.mark.parametrize("text, mention, expected", [
    ("Some 12 agencies quoted the report 40 times last year.", "40 times", "quotations of report"),
    ("The committee postponed the vote 3 times.", "3 times", "postponements of vote"),
    ("The crew inspected the hull 5 times.", "5 times", "times hull inspected"),          # no noun known: the verb
    ("but a Fee may be charged on such Licence, not exceeding five dollars for each Vessel.", "five dollars",
     "maximum Fee per Vessel"),
    ("so that one half may be renewed every fourth Year", "one half", "share renewed every fourth Year"),
])
def test_counts_of_times_caps_per_unit_and_shares_of_a_passive(text, mention, expected):
    assert _named(text)[mention] == expected


@pytest.mark.parametrize("text, mention, not_expected", [
    ("The noise is 3 times louder at night.", "3 times", "citations"),              # a multiple, not a count of acts
    ("The fee is five dollars for each Vessel.", "five dollars", "maximum"),        # no bound: not a cap
    ("one half of the members present", "one half", "share renewed"),
])
def test_times_caps_and_shares_leave_other_shapes_alone(text, mention, not_expected):
    assert not_expected not in _named(text).get(mention, "")


# A percentage before a comparative and a plural noun is a change in what the noun counts; a number
# of things is named with what it counts (both seen on an ombudsman's annual figures page, where
# the appendix read `more`, `there` and `number`).
@pytest.mark.parametrize("text, mention, expected", [
    ("During the year we received 2% more complaints about public services.", "2%",
     "increase in complaints about public services"),
    ("Whilst that fell, there were 21% more complaints about Welsh Health Boards.", "21%",
     "increase in complaints about Welsh Health Boards"),
    ("The city recorded 12% fewer road deaths in 2023.", "12%", "decrease in road deaths"),
    ("Hospitals reported 7% fewer cases of measles than in 2019.", "7%", "decrease in cases of measles"),
    ("The number of complaints about local councils fell by 11%.", "11%",
     "number of complaints about local councils"),
    ("In 3 out of 4 of these interventions, we proposed actions.", "3 out of 4", "share of these interventions"),
])
def test_changes_named_by_the_noun_after_a_comparative_and_numbers_of_things(text, mention, expected):
    assert _named(text)[mention] == expected


@pytest.mark.parametrize("text, mention, not_expected", [
    ("This is 10% more than last year.", "10%", "increase in"),                 # no noun: a comparison
    ("The new engine is 5% more efficient.", "5%", "increase in efficient"),    # an adjective, not a count
    ("The recommended exposure limit of noise is 85 dBA.", "85 dBA", "limit of noise"),   # of-phrase still cut
])
def test_comparatives_without_a_counted_noun_are_left_alone(text, mention, not_expected):
    assert not _named(text)[mention].startswith(not_expected)
