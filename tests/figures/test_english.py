"""English quantities: number words, units, degrees, per cent, measured values (english.py)."""
from __future__ import annotations

import pytest

from pipeline.figures.english import parse_number_words, scan_english
from pipeline.model import Document, Paragraph, Section
from pipeline.figures.extract import extract_figures


@pytest.mark.parametrize("words, value", [
    ("five", 5), ("twenty-five", 25), ("twenty five", 25), ("one hundred and twelve", 112),
    ("thirty Thousand", 30000), ("two million three hundred thousand", 2_300_000), ("ninety-nine", 99),
    ("five six", None), ("nineteen eighty", None), ("hundred", None), ("twenty thirty", None),
])
def test_parse_number_words(words, value):
    assert parse_number_words(words) == value


def found(text: str) -> list[tuple[str, float, str]]:
    return [(text[q.start:q.end], pytest.approx(q.value), q.unit) for q in scan_english(text)]


@pytest.mark.parametrize("text, expected", [
    ("attained to the Age of twenty five Years", [("twenty five Years", 25, "years")]),
    ("three fifths of all other Persons", [("three fifths", 0.6, "")]),
    ("shall not exceed one for every thirty Thousand", [("thirty Thousand", 30000, "")]),
    ("water boils at 100 degrees and ice at 0°C", [("100 degrees", 100, "°"), ("0°C", 0, "°C")]),
    ("inflation of 12 per cent, then 3.5 percent", [("12 per cent", 12, "%"), ("3.5 percent", 3.5, "%")]),
    ("a refractive index of 1.333", [("1.333", 1.333, "")]),
    ("limit on line length to 76 characters", [("76 characters", 76, "characters")]),
    ("A 65-character subset, enabling 6 bits", [("65-character", 65, "characters"), ("6 bits", 6, "bits")]),
    ("strings of 4 encoded characters", [("4 encoded characters", 4, "characters")]),
    ("four major types: hiss", [("four major types", 4, "types")]),
    ("3.5 million people", [("3.5 million people", 3.5e6, "people")]),
])
def test_quantities_found(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text", [
    "RFC 4648 obsoletes RFC 3548", "see Section 3 and Figure 2", "base 64-encoded data",
    "in 2006 the group met", "the first and second items", "one of them", "at page 5",
    "someone did it", "a one-way street",
])
def test_labels_years_and_ordinals_are_not(text):
    assert found(text) == []


def _records(*texts: str) -> list:
    doc = Document("t", "en", sections=[Section("s1", "One", 1, [
        Paragraph(f"p1-{n}", t) for n, t in enumerate(texts, 1)])])
    return list(extract_figures(doc))


def test_everyday_counts_in_words_need_a_document_with_figures():
    story = ("Alice met three gardeners and two little girls.", "She waited ten minutes by the door.")
    assert _records(*story) == []
    report = tuple(f"Output rose by {n}.5% in the year." for n in range(1, 7))
    kept = _records(*story, *report)
    assert {r.mention for r in kept} >= {"three gardeners", "ten minutes", "1.5%"}


def test_a_count_announcing_as_many_list_items_is_a_figure_in_any_document():
    """`identifies three factors as …:` and three bullet items: the count states what the text
    lists; without the list, with another number of items, or with no colon it stays generic."""
    listed = ("The standard names three sources of error in the survey:", "• Sampling.",
              "• Coverage. • Non-response.", "The rest of the chapter discusses them.")
    assert [r.mention for r in _records(*listed)] == ["three sources"]
    numbered = ("A review may take one of two forms:", "1. A desk review of the files;", "2. A site visit.")
    assert [r.mention for r in _records(*numbered)] == ["two forms"]
    assert _records(listed[0], "• Sampling.", "• Coverage.", listed[3]) == []           # two items, not three
    assert _records("The standard names three sources of error in the survey.", *listed[1:]) == []  # no colon
    assert _records("The mail was waylaid by seven robbers:", "• One.", "• Two.") == []


def test_english_indicators_are_noun_phrases():
    named = {r.mention: r.indicator for r in _records(
        "Normal speaking voices are around 65 dBA.",
        "0 dBA is the softest level that a person can hear.",
        "The limit uses a 3-dB exchange rate.",
        "There are four major types: hiss, rumble, crackle, and hum.",
        "A rock concert can be about 120 dBA.", "Traffic reaches 85 dBA.", "A drill reaches 95 dBA.")}
    assert all(len(name) >= 2 for name in named.values())
    del named["85 dBA"], named["95 dBA"]             # two more figures, so the plain count is kept
    assert named == {"65 dBA": "Normal speaking voices", "0 dBA": "softest level",
                     "3-dB": "exchange rate", "four major types": "major types", "120 dBA": "rock concert"}


@pytest.mark.parametrize("sentence, mention, indicator", [
    # a number opening its own subject: the counted unit with its `of` phrase or its state
    ("For one octet, all six bits of the first symbol are used.", "six bits", "bits of the first symbol"),
    ("Special processing is performed if fewer than 24 bits are available.", "24 bits", "bits available"),
    # a comparison bound and a subordinator are not what is measured
    ("Padding is added when fewer than 40 input bits are available.", "40 input bits", "input bits available"),
    # a predicate relating the number to its subject: the subject
    ("The final quantum of encoding input is an integral multiple of 24 bits.", "24 bits", "final quantum"),
    ("Here the final unit of encoded output will be two characters.", "two characters", "final unit"),
    # a verb before an article: the noun phrase after the article; a preposition keeps it
    ("However, PEM uses a line length of 64 characters.", "64 characters", "line length"),
    ("Each group is used as an index into an array of 64 printable characters.", "64 printable characters",
     "index into an array"),
    # a unit of measure is never its own indicator: the predicate names it
    ("0 dBA is the softest level that a person can hear.", "0 dBA", "softest level"),
])
def test_english_rules_name_what_is_counted_or_measured(sentence, mention, indicator):
    filler = tuple(f"Output rose by {n}.5% in the year." for n in range(1, 7))
    named = {r.mention: r.indicator for r in _records(sentence, *filler)}
    assert named[mention] == indicator, named


@pytest.mark.parametrize("sentence, mention, indicator", [
    # a measured value after `of`: the noun phrase before it, back to a function word or a verb
    ("Workers exposed to sound levels of 85 dBA must wear protection.", "85 dBA", "sound levels"),
    ("Water has a refractive index of 1.333 at room temperature.", "1.333", "refractive index"),
    ("PEM uses a line length of 64 characters.", "64 characters", "line length"),
    # a verb of change: its subject, without a place or time phrase
    ("The temperature rose by 42 degrees in the afternoon.", "42 degrees", "temperature"),
    ("In 2019 the average temperature in the city rose by 2 degrees.", "2 degrees", "average temperature"),
    ("The plant's output fell by 12 per cent last year.", "12 per cent", "plant's output"),
    # left alone: a predicate that names what is measured, a count that opens its subject
    ("Normal speaking voices are around 65 dBA.", "65 dBA", "Normal speaking voices"),
    ("Special processing is performed if fewer than 24 bits are available.", "24 bits", "bits available"),
])
def test_measured_values_and_changes_name_their_noun_phrase(sentence, mention, indicator):
    named = {r.mention: r.indicator for r in _records(sentence)}
    assert named[mention] == indicator, named


def test_a_unit_written_once_after_a_list_of_values_is_each_values_unit():
    assert found("rose by 3, 4 and 5 per cent") == [("3", 3, "%"), ("4", 4, "%"), ("5 per cent", 5, "%")]
    assert found("Chapters 3, 4 and 5 describe it") == []          # no unit: no list of values
    assert [m for m, _, _ in found("He bought 3, 4 and 5 apples")] == ["5 apples"]   # a count: not shared


@pytest.mark.parametrize("sentence, expected", [
    ("Exports, imports and retail sales rose by 3, 4 and 5 per cent respectively.",
     ["Exports", "imports", "retail sales"]),
    ("In 2020 exports, imports and retail sales rose by 3%, 4% and 5%.", ["exports", "imports", "retail sales"]),
    ("Exports and imports fell by 2.5 and 3.1 per cent.", ["Exports", "imports"]),
    # no list subject: every value measures what the first does
    ("The rates were 3, 4 and 5 per cent.", ["rates", "rates", "rates"]),
    ("Coal output rose by 3 per cent and 4 per cent.", ["Coal output", "Coal output"]),
])
def test_a_list_subject_is_distributed_to_its_values(sentence, expected):
    assert [r.indicator for r in _records(sentence)] == expected


def test_values_of_different_units_are_not_one_list():
    named = [(r.mention, r.indicator) for r in _records(
        "The limit is 85 dBA, 8 hours a day.", "There were 1500 workers and 2000 machines.",
        "Output rose by 1.5%.", "Output rose by 2.5%.", "Output rose by 3.5%.")]
    assert dict(named)["85 dBA"] == "limit" and dict(named)["8 hours"] != "limit"
    assert dict(named).get("2000 machines", "machines") == "machines"


@pytest.mark.parametrize("sentence, expected", [
    ("Traffic noise accounts for 30 per cent of complaints.", [("30 per cent", "Traffic noise")]),
    ("The WHO recommends night-time levels below 40 dB outside bedrooms.",
     [("40 dB", "recommends night-time levels")]),               # a bound (below) is not the noun
    ("The human ear can hear frequencies from 20 Hz to 20 kHz.",
     [("20 Hz", "frequencies"), ("20 kHz", "frequencies")]),     # a range's end: its start's; no verb after a modal
    ("Hearing protection reduces noise by 20 to 30 dB.",
     [("20", "protection reduces noise"), ("30 dB", "protection reduces noise")]),
    ("An estimated 22 million workers are exposed to hazardous noise.",
     [("22 million workers", "workers exposed to hazardous noise")]),
])
def test_scales_relations_bounds_and_ranges(sentence, expected):
    assert [(r.mention, r.indicator) for r in _records(sentence)] == expected


def test_a_scale_word_is_not_part_of_a_counted_noun():
    report = tuple(f"Output rose by {n}.5% in the year." for n in range(1, 7))
    named = {r.mention: r.indicator for r in _records("Hearing loss affects about 10 million Americans.", *report)}
    assert named["10 million Americans"] == "Americans"


@pytest.mark.parametrize("sentence, indicator", [
    ("The encoding represents octets as output strings of 2 encoded characters.", "encoded characters"),
    ("PEM uses a line length of 64 characters.", "line length"),      # a measure noun: it is measured
])
def test_a_count_of_units_in_plural_containers_names_the_units(sentence, indicator):
    assert [r.indicator for r in _records(sentence)] == [indicator]


@pytest.mark.parametrize("sentence, indicator", [
    ("Aircraft noise near airports can exceed 100 dBA.", "Aircraft noise near airports"),   # a modal's verb alone
    ("A jackhammer produces about 100 dB.", "jackhammer"),
    ("Noise pollution costs the EU about 40 billion euros a year.", "Noise pollution"),
    ("The device can store 64 bytes.", "device"),
    ("A rock concert can be about 120 dBA.", "rock concert"),
])
def test_the_subject_of_a_verb_that_produces_reaches_or_costs_a_value(sentence, indicator):
    assert [r.indicator for r in _records(sentence)] == [indicator]


@pytest.mark.parametrize("text, expected", [
    # a unit-less value after a measured noun, its `of` phrase, a verb of measuring, a hedge
    ("Eris, with an albedo of 0.96.", [("0.96", 0.96, "")]),
    ("The overall albedo of the Moon is measured to be around 0.136, but", [("0.136", 0.136, "")]),
    ("The coefficient is around 0.136.", [("0.136", 0.136, "")]),
    ("a ratio of 0.6", [("0.6", 0.6, "")]),
    # a hedged count whose noun `number of <plural>` names earlier in its sentence
    ("takes up a number of insects—as many as 50,000 in one night", [("50,000", 50000, "")]),
    ("The number of columns varies, with the largest having about 1,500.", [("1,500", 1500, "")]),
    ("The number of visitors was about 4 million.", [("4 million", 4e6, "")]),
])
def test_measured_values_and_hedged_counts_without_a_unit(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text", [
    "the price index of 2019 rose",                        # a year
    "see Section 1.2 of version 3.0",                      # a section number, a version
    "In about 2019 the number of cats rose",               # a year after a hedge
    "The number of steps: 1. open the lid 2. close it",    # a list's ordinal counts: no hedge
    "The number of pages is given on page 12.",            # a page number
    "where x = 0.5 and the ratio x/y tends to 2",          # a coordinate in a formula
    "It ate as many as 500 in a night. The number of ants is unknown.",   # the noun is in another sentence
])
def test_years_labels_and_unnamed_bare_numbers_are_not_measured_values(text):
    assert found(text) == []


@pytest.mark.parametrize("paragraph, mention, indicator", [
    ("Eris, with an albedo of 0.96, is bright.", "0.96", "albedo"),
    ("The overall albedo of the Moon is measured to be around 0.136, but it is directional.", "0.136",
     "overall albedo"),
    ("It takes up an astonishing number of insects with its long, sticky tongue—as many as 50,000 in one "
     "night have been recorded.", "50,000", "insects in one night"),
    ("The number of columns is dependent on the size of the tooth, with the largest having about 1,500.",
     "1,500", "columns in the largest"),
    # caption runs (a web page's picture captions) glued before a paragraph's first sentence
    ("Aardvark resting Entrance to burrow Aardvarks live for up to 23 years in captivity.", "23 years",
     "Aardvarks live"),
    # left alone: a proper noun after a preposition, a run opening with an article, a later sentence
    ("Exports to China rose by 5 per cent.", "5 per cent", "Exports to China"),
    ("The company Apple sold 5 million phones.", "5 million phones", "phones"),
    ("It rained. Heavy rain Farmers lost 12 per cent of the crop.", "12 per cent", "Heavy rain Farmers lost"),
])
def test_unit_less_values_hedged_counts_and_glued_captions_name_their_noun(paragraph, mention, indicator):
    filler = tuple(f"Output rose by {n}.5% in the year." for n in range(1, 7))
    named = {r.mention: r.indicator for r in _records(paragraph, *filler)}
    assert named[mention] == indicator, named


# --- issue 14, English: dates in words, fractions, plain counts that are statistics ---------------

@pytest.mark.parametrize("text", [
    "in the year one thousand nine hundred and twelve",                   # a year in words: a date
    "the Year of our Lord one thousand eight hundred",                    # after `year`, even round
    "that night in November, one thousand seven hundred and seventy-five",
    "the UN 80 initiative provides support",                              # acronym + number: a name
])
def test_years_in_words_and_names_are_not_quantities(text):
    assert found(text) == []


@pytest.mark.parametrize("text, expected", [
    ("one thousand five hundred soldiers", [("one thousand five hundred soldiers", 1500, "soldiers")]),
    ("an army of two thousand", [("two thousand", 2000, "")]),            # a round count, not a year
    ("ratified by three fourths of the provinces", [("three fourths", 0.75, "")]),
    ("three quarters of the vote", [("three quarters", 0.75, "")]),
    ("MIME limits lines to 76 characters", [("76 characters", 76, "characters")]),
])
def test_round_counts_fractions_and_units_after_an_acronym_stay(text, expected):
    assert found(text) == expected


def _generic(text: str) -> dict[str, bool]:
    return {text[q.start:q.end]: q.generic for q in scan_english(text)}


@pytest.mark.parametrize("text, mention, generic", [
    ("The archive holds 48 resolutions on water.", "48 resolutions", False),        # digits, 10 or more
    ("More than 40,000 letters were sent.", "40,000 letters", False),
    ("The protocol requires two independent keys.", "two independent keys", False),  # a requirement
    ("Using three witnesses is sufficient.", "three witnesses", False),
    ("It appears in 48 resolutions across eight different bodies.", "eight different bodies", False),
    # left alone: a story's counts, a past need, small digits
    ("The mail was waylaid by seven robbers.", "seven robbers", True),
    ("He needed two horses to cross.", "two horses", True),
    ("She required two lanterns that night.", "two lanterns", True),
    ("He kept 3 cats.", "3 cats", True),
])
def test_plain_counts_that_are_statistics_wherever_they_stand(text, mention, generic):
    assert _generic(text)[mention] is generic


def test_a_statistic_count_is_named_by_its_noun_without_sorting_adjectives():
    named = {r.mention: r.indicator for r in _records(
        "The subject appears in 48 resolutions or decisions across eight different bodies.",
        "Some 30 UN entities cited them.")}
    assert named == {"48 resolutions": "resolutions", "eight different bodies": "bodies",
                     "30 UN entities": "UN entities"}


# --- issue 14, English: areas, ranges, signs; shares, extremes, variations, multiples ------------

@pytest.mark.parametrize("text, expected", [
    ("a lake of about 31,500 km² in the north", [("31,500 km²", 31500, "km²")]),
    ("a basin of 2.3 million square kilometres", [("2.3 million square kilometres", 2.3e6, "km²")]),
    ("it holds 23,000\u00a0cubic kilometers of water", [("23,000\u00a0cubic kilometers", 23000, "km³")]),
    ("a reef about 1,200 nmi long", [("1,200 nmi", 1200, "nmi")]),
    ("salinity of 35 parts per thousand", [("35 parts per thousand", 35, "‰")]),
    ("lakes 200–400 m deep", [("200–400 m", 200, "m")]),                     # a range: its lower bound
    ("swings of 3-5 °C a day", [("3-5 °C", 3, "°C")]),
    ("depths ranging from 10 to 40 metres", [("10 to 40 metres", 10, "m")]),
    ("winters reach −40 °C there", [("−40 °C", -40, "°C")]),
    # left alone: a change from one value to another is two values; a dash between years has no unit
    ("exports rose from 3 to 5 per cent", [("3", 3, "%"), ("5 per cent", 5, "%")]),
    ("in 1914-1918 the war", []),
    ("a 10-km run", [("10-km", 10, "km")]),
])
def test_areas_ranges_and_signs(text, expected):
    assert found(text) == expected


def test_a_range_is_shown_as_written_with_an_en_dash():
    (q,) = scan_english("lakes 200–400 m deep")
    assert q.display == "200–400"
    (q,) = scan_english("from 10 to 40 metres")
    assert q.display == "10–40"


@pytest.mark.parametrize("paragraph, mention, indicator", [
    # a share of a whole whose part is a pronoun or unsaid
    ("The lake lies in the north. It covers approximately 4 percent of the country's area and about 9 percent "
     "of its wetlands.", "9 percent", "share of wetlands"),
    ("Covering nearly 12% of the island, the forest is protected.", "12%", "share of island"),
    # the two ends of `X ranges from A to B`, and a range that is one value
    ("Air temperatures, which depend on the season, range from below −30 °C to over 25 °C.", "−30 °C",
     "lowest air temperatures"),
    ("Air temperatures, which depend on the season, range from below −30 °C to over 25 °C.", "25 °C",
     "highest air temperatures"),
    ("The salinity of the lagoon ranges from 5 to 12 parts per thousand.", "5 to 12 parts per thousand",
     "salinity"),
    ("Layers ranging in depth from 2–8 m cover the plain.", "2–8 m", "depth"),
    # an amount after `vary by` is a spread
    ("In the valleys, readings may vary by 4–6 °C.", "4–6 °C", "variation of readings"),
    # a multiple names what it compares
    ("The upper lake is shallow, while the lower lake is five times as deep.", "five times",
     "depth of lower lake"),
    # a position in degrees is a coordinate
    ("The border follows the 49° parallel to the coast.", "49°", "parallel"),
    ("The reef ends at about 12° South latitude.", "12°", "latitude"),
    # a bracketed restatement and an elliptical clause measure what the value before did
    ("The mean depth of the sea, with its bays, is 1,205 m; without them it is 1,480 m.", "1,480 m", "mean depth"),
    ("The mean depth of the sea, with its bays, is 1,205 m; without them it is 1,480 m.", "1,205 m", "mean depth"),
    ("Its salinity is 8 parts per thousand (0.8%) at the surface.", "0.8%", "salinity"),
])
def test_issue_14_measures_of_an_encyclopedia_article(paragraph, mention, indicator):
    filler = tuple(f"Output rose by {n}.5% in the year." for n in range(1, 7))
    named = {r.mention: r.indicator for r in _records(paragraph, *filler)}
    assert named[mention] == indicator, named


@pytest.mark.parametrize("paragraph, mention, not_expected", [
    ("Traffic noise accounts for 30 per cent of complaints.", "30 per cent", "share of"),   # a noun part names it
    ("Prices rose by 4 per cent of the list price.", "4 per cent", "share of"),            # no part-of verb
    ("Sales of 300 m units grew by 7% in May and the rest by 5%.", "5%", "Sales"),          # not elliptical: no pronoun
    ("The ship sailed 200 nmi north of the cape.", "200 nmi", "latitude"),                  # not a degree
])
def test_issue_14_measure_rules_leave_other_shapes_alone(paragraph, mention, not_expected):
    filler = tuple(f"Output rose by {n}.5% in the year." for n in range(1, 7))
    named = {r.mention: r.indicator for r in _records(paragraph, *filler)}
    assert not_expected not in named.get(mention, ""), named


@pytest.mark.parametrize("text", [
    "It would kill two birds with one stone.", "He took forty winks after lunch.", "Just my two cents.",
    "She was in two minds about it.", "A cat has nine lives.", "He sailed the seven seas.",
    "on the first Monday in December",
])
def test_counts_in_idioms_and_ordinals_are_not_quantities(text):
    assert found(text) == []


def test_an_idiom_leaves_the_real_counts_beside_it():
    assert found("Two birds were ringed; it killed two birds with one stone.") == [("Two birds", 2, "birds")]


@pytest.mark.parametrize("paragraph, mention, indicator", [
    ("The cold water sits in basins at depths greater than 3,000 meters.", "3,000 meters", "depths"),
    ("Workers exposed to noise levels above 85 dBA need protection.", "85 dBA", "noise levels"),
    ("The deep current reaches depths of as much as 2,500 m.", "2,500 m", "depths"),
    ("The highest peak, Mount Kosciuszko at 2,228 m, lies in the south.", "2,228 m", "highest peak (Mount Kosciuszko)"),
    # left alone: a bound after a verb or a subordinator keeps the old reading
    ("Special processing is performed if fewer than 24 bits are available.", "24 bits", "bits available"),
    ("Exports rose over 5% in May.", "5%", "Exports"),
])
def test_a_bound_after_a_noun_and_a_superlative_in_apposition(paragraph, mention, indicator):
    filler = tuple(f"Output rose by {n}.5% in the year." for n in range(1, 7))
    named = {r.mention: r.indicator for r in _records(paragraph, *filler)}
    assert named[mention] == indicator, named


@pytest.mark.parametrize("text, expected", [
    ("one in five adults smokes", [("one in five", 0.2, "")]),
    ("1 in 4 households has a car", [("1 in 4", 0.25, "")]),
    ("two out of three voters agreed", [("two out of three", 2 / 3, "")]),
    ("a ratio of 6 millionaires per 1,000 households",                    # `million` is no scale inside a word
     [("6 millionaires", 6, "millionaires"), ("1,000 households", 1000, "households")]),
    # left alone: `in` before a unit is a period, and a phrase
    ("he scored 3 in 5 minutes", [("5 minutes", 5, "minutes")]),
    ("one in a million", []),
])
def test_part_of_a_whole_ratios(text, expected):
    assert found(text) == expected


def test_a_part_of_a_whole_ratio_names_the_whole_and_a_colon_ratio_is_a_ratio_in_english():
    named = {r.mention: (r.indicator, r.unit) for r in _records(
        "In the survey, one in five American adults smokes.", "The engine has a compression ratio of 10:1.",
        *(f"Output rose by {n}.5% in the year." for n in range(1, 7)))}
    assert named["one in five"] == ("share of American adults", "")
    assert named["10:1"] == ("compression ratio", "ratio")


@pytest.mark.parametrize("sentence, mention, indicator, unit", [
    # issue 14 item 2: a unit-less measured value is a figure named by its measured noun
    ("Water has a refractive index of 1.333 at room temperature.", "1.333", "refractive index", ""),
    ("In the mixture, the ratio is 3:1 by volume.", "3:1", "ratio", "ratio"),
    ("Human blood has a pH of 7.4, slightly alkaline.", "7.4", "pH", ""),
    ("Sea water has an average pH of about 8.1.", "8.1", "average pH", ""),
    ("The specific gravity of ice is 0.917.", "0.917", "specific gravity", ""),
    ("The earthquake had a magnitude of 7.8.", "7.8", "magnitude", ""),
    ("The Gini coefficient of the country was 0.47 in 2010.", "0.47", "Gini coefficient", ""),
    # a density with its unit keeps the unit
    ("Crown glass has a density of 2.5 g/cm³.", "2.5 g/cm³", "density", "g/cm³"),
])
def test_unit_less_measured_values_are_named_by_the_measured_noun(sentence, mention, indicator, unit):
    named = {r.mention: (r.indicator, r.unit) for r in _records(sentence)}
    assert named.get(mention) == (indicator, unit), named


def test_a_scale_without_a_value_is_no_measured_value():
    assert _records("The pH scale runs from acid to alkaline.") == []


def test_a_scale_word_after_a_no_break_space():
    """`a total national budget of less than $5\u00a0billion` (wikitext `&nbsp;`): read, never a crash."""
    assert [(q.value, q.unit) for q in scan_english("a total national budget of less than $5\u00a0billion")] == [
        (pytest.approx(5e9), "dollars")]


@pytest.mark.parametrize("item, mention, indicator, unit", [
    # a fact sheet's or infobox's `Label: value` (items joined into one paragraph with ` - `)
    ("- Gini (2013): 34.5 (medium) - HDI (2014): 0.733 (high), 85th", "34.5", "Gini", ""),
    ("- Gini (2013): 34.5 (medium) - HDI (2014): 0.733 (high), 85th", "0.733", "HDI", ""),
    ("- Area: 28,748 km² (11,100 sq mi), 143rd - Water (%): 4.7", "4.7", "Water", "%"),
    ("- Population, 2016 estimate: 2,886,026", "2,886,026", "Population", ""),
    ("- Density: 98/km² (254/sq mi), 63rd", "98/km²", "Density", "/km²"),
    ("- GDP (PPP), 2016 estimate: total $34.282 billion; per capita $12,484", "$12,484", "GDP per capita", "dollars"),
])
def test_a_labelled_value_is_named_by_its_label(item, mention, indicator, unit):
    named = {r.mention: (r.indicator, r.unit) for r in _records(item)}
    assert named.get(mention) == (indicator, unit), named


@pytest.mark.parametrize("text", ["Version: 2.0", "Note: 2011 was dry", "Time: 10:30", "See Section 3: 12"])
def test_a_labels_number_a_year_or_a_time_after_a_colon_is_no_value(text):
    assert found(text) == []


def test_a_year_before_a_singular_noun_or_a_name_is_no_count():
    """`the 2011 census`, `the 2011 Census results`: the year of it (a count takes a plural)."""
    assert found("According to the 2011 Census results, and the 2011 census, 2,000 censuses") == [
        ("2,000 censuses", 2000, "censuses")]


def test_a_year_after_in_is_no_member_of_a_list_of_shares():
    assert [m for m, _, _ in found("predicted 2.6% growth for Albania in 2010 and 3.2% in 2011")] == ["2.6%", "3.2%"]


def test_a_currency_sign_after_the_number_and_two_amounts_on_a_line():
    assert found("the exports per capita ratio currently stands at 1100 $ ) .") == [("1100 $", 1100, "dollars")]
    assert found("It cost $5 and $6.") == [("$5", 5, "dollars"), ("$6", 6, "dollars")]
    assert found("a pressure of $20 µPascal$ at") == []          # a formula, not dollars


def test_a_share_in_brackets_after_a_count_is_a_share_of_what_it_counts():
    named = {r.mention: r.indicator for r in _records(
        "According to the 2011 census the population declared the following ethnic affiliation: Albanians "
        "2,312,356 (82.6% of the total), Greeks 24,243 (0.9%), no declared ethnicity 390,938 (14.0%), and not "
        "relevant 44,144 (1.6%).")}
    assert (named["82.6%"], named["0.9%"], named["14.0%"], named["1.6%"]) == (
        "Albanians", "Greeks", "no declared ethnicity", "not relevant")


@pytest.mark.parametrize("paragraph, mention, indicator", [
    # a relative clause's noun names what it reached
    ("Growth is driven by rising gas output which surpassed 3 million barrels per day in 2009.",
     "3 million barrels per day", "gas output"),
    # money worth something
    ("US$120 million worth of coffee was sold that year.", "US$120 million", "coffee"),
    # a percentage a preposition takes of a whole
    ("Fishing provides the main income for 40% of the population.", "40%", "share of the population"),
    ("Tourism employs 12.5% of the workforce.", "12.5%", "share of the workforce"),
    # a value apposed to the noun it measures, with a time phrase: whose share of what (branch naming,
    # weak_en.py: the complement of the copula after it is the part)
    ("The bulk of Ruritania's imports, 60% in 2010, are machines.", "60%", "machines' share of Ruritania's imports"),
    # a time phrase alone is no name: the clause before the value names it
    ("Most of the grain goes to the capital, 30,000 tons in 2012, and the rest is stored.",
     "30,000 tons", "the grain goes to the capital"),
    # one measure at two times
    ("The mine began producing copper, producing 2.1 million tons in 1960 and 4.5 million tons by 1970.",
     "4.5 million tons", "producing"),
])
def test_issue_14_reached_worth_share_apposed_and_time_phrases(paragraph, mention, indicator):
    doc = Document("t", "en", sections=[Section("s1", "One", 1, [Paragraph("p1-1", paragraph)])])
    named = [(r.mention, r.indicator) for r in extract_figures(doc)]
    assert (mention, indicator) in named, named


@pytest.mark.parametrize("text, expected", [
    ("Exports reached US$1,250,000 in 2004.", [("US$1,250,000", 1250000.0, "dollars")]),
    ("Oil sales generated USD\u00a02.5 billion.", [("USD\u00a02.5 billion", 2.5e9, "USD")]),
    ("It pumps 57,000 bbl/d from Block 14.", [("57,000 bbl/d", 57000.0, "bbl/d")]),
])
def test_country_dollars_currency_codes_and_oil_rates(text, expected):
    from pipeline.figures.scan import scan_quantities
    assert [(text[q.start:q.end], q.value, q.unit) for q in scan_quantities(text)] == expected
