"""Quantities in English: `scan_english(text) -> list[Quantity]`, `parse_number_words(words)`.

    [(q.display, q.unit) for q in scan_english("about twenty-five years and 42 degrees")]
    # [('25', 'years'), ('42', '°')]

English writes figures as digits or as words, with a unit after them. What counts:

- a number (digits, or number words: `twenty five`, `twenty-five`, `one hundred
  and twelve`, `thirty thousand`; fractions `three fifths`, `a half`) with
  - per cent: `%`, `per cent`, `percent`;
  - degrees: `°`, `degrees` (`42 degrees`, `10°C`);
  - money with a sign, a country's dollar or a code before it (`$375 million`, `US$785 million`,
    `USD 1.71 billion`: the prefix is the amount's, never its indicator's);
  - an oil rate (`526,000 bbl/d`, `1.4 million barrels per day`);
  - a unit of `UNITS_EN` (`76 characters`, `6 bits`, `65 dBA`, `8 hours`), also as a
    hyphenated adjective (`24-bit`, `65-character`, `3-dB`), with at most one
    adjective between (`4 encoded characters`);
  - or, for two and more, a counted plural noun (`four major types`);
  the counted nouns, and number words with units a story uses as much as a report
  (`ten minutes`), are `generic`: extract.py keeps them only in a document with more
  figures of other kinds, so a novel's `two little girls` never makes an appendix;
- a measured value without a unit after a measured noun (`a refractive index of 1.333`, `an
  albedo of 0.96`, also past the noun's `of` phrase and a verb of measuring: `The overall albedo
  of the Moon is measured to be around 0.136`);
- a bare count after a hedge (`as many as 50,000`, `about 1,500`) when its sentence names the
  noun it counts (`number of insects`): the hedge says it is a quantity, the sentence what of.
- a bare count after a noun of population and its verb or `of` (`a Portuguese population of over
  200,000`, `the total population was 19 082 000`; thousands grouped by commas or spaces);
- the bare ends of a change of a measured subject (`the number of … areas has declined from 101 to
  60`, `The average hours of work have declined from 60 to 40 a week`);
- `a million`/`a billion` after a bound or a hedge (`by more than a million jobs`, `nearly a billion
  dollars`): one million, one billion;
- an amount in digits and scale words in turn, as older texts write them (`79 billion 8 hundred
  million`, `2 hundred million dollars`, `$9 1/2 billions`): one amount.

What does not: a number after a label (`RFC 4648`, `Section 3`, `base 64`, `Page 5`,
`version 2`) or an acronym (`the UN 80 initiative`), years and bare numbers, years written in
words (`the Year one thousand eight hundred and eight`), ordinals (`first`, `second`, `the first
Monday`), counts in idioms (`kill two birds with one stone`).
"""
from __future__ import annotations

import re
from dataclasses import replace

from .english_lists import list_members
from .scan import Quantity
from .units import CHANGE_VERBS_EN

_SMALL = {w: n for n, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen".split())}
_TENS = {w: 10 * n for n, w in enumerate("_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()) if n >= 2}
# lakh and crore: the Indian scale words (`two lakh rupees` = 200,000, `five crore` = 50,000,000), written
# in words or after digits like thousand and million
_SCALES = {"hundred": 100, "thousand": 1e3, "lakh": 1e5, "million": 1e6, "crore": 1e7, "billion": 1e9, "trillion": 1e12}
_DENOMINATORS = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fourth": 4,
                 "fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "seventh": 7, "sevenths": 7,
                 "eighth": 8, "eighths": 8, "ninth": 9, "ninths": 9, "tenth": 10, "tenths": 10}
# `his thirty-fifth year of age`: an ordinal year of age is an age (35).
_ORDINALS = {"third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9}
_OF_AGE = re.compile(r"\s+of\s+age\b", re.I)
_WORD = "|".join(sorted([*_SMALL, *_TENS, *_SCALES], key=len, reverse=True))
# ends at a word's end: `three fourths` is 3/4, never the number `three four` and a stray `ths`
_WORDS = rf"(?:{_WORD})(?:(?:[\s-]+|\s+and\s+)(?:{_WORD}))*\b"
_DIGITS = r"\d+(?:,\d{3})*(?:\.\d+)?"

#: unit as written (lower case, singular) -> unit shown in the table
UNITS_EN: dict[str, str] = {
    "%": "%", "per cent": "%", "percent": "%", "percentage point": "percentage points",
    "°": "°", "°c": "°C", "°f": "°F", "degree": "°", "degrees": "°",
    "year": "years", "month": "months", "week": "weeks", "day": "days", "hour": "hours",
    "minute": "minutes", "second": "seconds", "decade": "decades", "century": "centuries",
    "bit": "bits", "byte": "bytes", "character": "characters", "octet": "octets", "kb": "KB",
    "mb": "MB", "gb": "GB", "db": "dB", "dba": "dBA", "hz": "Hz", "khz": "kHz", "mhz": "MHz",
    "km": "km", "kilometre": "km", "kilometer": "km", "mile": "miles", "metre": "m", "meter": "m",
    "m": "m", "cm": "cm", "mm": "mm", "kg": "kg", "kilogram": "kg", "tonne": "tonnes", "ton": "tons",
    "litre": "litres", "liter": "litres", "acre": "acres", "hectare": "hectares",
    "dollar": "dollars", "pound": "pounds", "euro": "euros", "yuan": "yuan",
    "person": "people", "people": "people", "worker": "workers", "member": "members",
    "time": "times", "fold": "times",
    "db(a)": "dB(A)", "ma": "mA", "mah": "mAh", "kw": "kW", "kwh": "kWh", "mw": "MW", "mv": "mV", "ghz": "GHz",
    "usd": "USD", "nok": "NOK", "eur": "EUR", "gbp": "GBP",
    # areas and volumes (a square or cubic unit is not its length unit), nautical miles, per mille
    "km²": "km²", "km2": "km²", "square kilometre": "km²", "square kilometer": "km²", "sq km": "km²",
    "m²": "m²", "square metre": "m²", "square meter": "m²", "square mile": "sq mi", "sq mi": "sq mi",
    "km³": "km³", "cubic kilometre": "km³", "cubic kilometer": "km³", "m³": "m³", "cubic metre": "m³",
    "cubic meter": "m³", "nmi": "nmi", "nautical mile": "nmi",
    "‰": "‰", "per mille": "‰", "parts per thousand": "‰", "parts per million": "ppm", "ppm": "ppm",
    "/km²": "/km²", "/sq mi": "/sq mi", "per km²": "/km²",
    # densities: a density with its unit is an amount, not a bare measured value
    "g/cm³": "g/cm³", "g/cm3": "g/cm³", "kg/m³": "kg/m³", "kg/m3": "kg/m³", "g/l": "g/L",
    # oil: a rate in barrels per day (`526,000 bbl/d`, `1.4 million barrels per day`) and barrels
    "bbl/d": "bbl/d", "barrels per day": "bbl/d", "barrel per day": "bbl/d", "bpd": "bbl/d",
    "bbl": "barrels", "barrel": "barrels",
    # livestock counted by the head (`three million head of cattle`)
    "head": "head",
}
# longest first (an alternation takes the first that matches); ties by text, so the pattern's
# text is the same in every process (a set's order is not) and the regex table can hold it
_UNIT_ALT = "|".join(re.escape(u) for u in sorted(
    {*UNITS_EN, *(u + "s" for u in UNITS_EN if u[-1].isalpha() and len(u) > 2)}, key=lambda u: (-len(u), u)))
_NOT_NOUN = frozenset(
    "this was has does his its always perhaps across unless whereas thus yes less is us as was "
    "times various previous serious famous during news series means whereas towards afterwards "
    "besides sometimes".split())
_FUNCTION = frozenset(
    "a an the to of at by is are was were be been being about around approximately nearly over under "
    "than and or for with from in on can could would should will may might must some only just also "
    "its their his her our your that which who whom whose as i.e. e.g. etc roughly almost up down "
    "exactly least most more less into per each every this these those such has have had it they we "
    "there here then so not no".split())
# A number right after one of these is a label's: RFC 4648, Section 3, base 64
_LABELS = frozenset(
    "rfc section sections figure fig table page pages article chapter version v appendix step "
    "item no number base iso bcp std part clause paragraph annex line lines".split())
# A measured noun (a quantity with no unit of its own) and what joins it to its value: `of`, `is`,
# `=`, also after its own `of` phrase and a verb of measuring (`The overall albedo of the Moon is
# measured to be around 0.136`); a hedge may come before the value.
_MEASURED_NOUNS = (r"index|ratio|coefficient|constant|factor|rate|density|level|albedo|reflectance|emissivity|eccentricity"
                   r"|pH|gravity|magnitude|permittivity|porosity")   # pH, specific gravity, an earthquake's magnitude
_HEDGE = r"(?:about|approximately|around|roughly|nearly|some|only|just)\s+"
_MEASURED = re.compile(rf"(?i)\b(?:{_MEASURED_NOUNS})s?(?:\s+of\s+(?:the\s+|a\s+|an\s+)?[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*)?"
                       r"(?=\s+(?:is|was|are|were)\b))?"
                       r"\s+(?:of|is|was|are|were|=)\s+"
                       r"(?:(?:measured|estimated|calculated|found|thought|believed|reported|known|said)\s+to\s+be\s+)?"
                       rf"(?:{_HEDGE})?(?P<n>{_DIGITS})(?![\d%-]|\.\d)")
# A bare value right after the label of its line or list item (`Gini (2013): 34.5`, `HDI (2014): 0.733`,
# `Population, 2016 estimate: 2,886,026`; an infobox or a fact sheet): the label names it; `(%)` in the
# label is its unit (`Water (%): 4.7`). A year, a time (`10:30`) or a number with a unit is not one.
_LABELLED = re.compile(r"(?:^|\n|\s-\s|;\s)[-*•]?\s*(?P<label>[A-Z][\w ,'’-]{0,30}?)(?:\s\((?P<q>[^()\n]{1,12})\))?:\s+"
                       rf"(?P<n>{_DIGITS})(?![\d%‰:/°]|\.\d|\s*(?:{_UNIT_ALT})\b|\s?[$€£])")
# the hedges that mark a bare number as a count (`as many as 50,000`), before it or in a scan
_COUNT_HEDGE_WORDS = r"(?:as\s+many\s+as|about|around|approximately|roughly|nearly|up\s+to|some)\s+"
# A count whose noun is elided but named earlier in its sentence (`an astonishing number of
# insects … as many as 50,000 in one night`, `The number of columns … with the largest having
# about 1,500`): a hedge marks the bare number as a quantity, `number of <plural>` names it.
_COUNT_HEDGE = re.compile(rf"(?i)\b{_COUNT_HEDGE_WORDS}"
                          rf"(?P<n>\d{{1,3}}(?:,\d{{3}})+|\d+)(?P<scale>\s+(?:thousand|lakh|crore|million|billion|trillion)\b)?"
                          r"(?![\d.,%]\d|\.\d|[\w%°-])")
_NUMBER_OF = re.compile(r"\b(?:[Nn]umbers?|[Cc]ount|[Tt]otal)\s+of\s+(?P<noun>[a-z]{3,}s)\b")
# A bare count right after a noun of population and its verb or `of` (`a Portuguese population of over
# 200,000`, `the total population was 19 082 000 in 2010`): the noun says it counts people. Thousands may
# be grouped by commas or, as statistical tables print them, by spaces (`19 082 000`).
_POPULATION_COUNT = re.compile(r"(?i)\b(?:population|inhabitants|residents)\s+(?:of|was|is|were|stood\s+at|reached|numbered|totall?ed)\s+"
                               r"(?:(?:only|about|approximately|around|roughly|nearly|over|more\s+than|some|just|almost)\s+)?"
                               r"(?P<n>\d{1,3}(?:,\d{3})+|\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+)"
                               r"(?![\d.,%]\d|\.\d|[\w%°‰-]|\s+(?:hundred|thousand|lakh|crore|million|billion|trillion)\b)")
_PERIOD_AFTER = re.compile(r"\s+(?:in|per|a|each)\s+(?:one\s+|a\s+|single\s+)?(?:night|day|week|month|year|hour|minute|season)\b",
                           re.I)
# Units written without a space after the number (`55dB(A)`, `0.5mA`, `199USD`), and currency
# signs before it (`€2,000`).
_GLUED = r"dB\(A\)|dBA|dB|mAh|mA|kHz|MHz|GHz|Hz|kWh|kW|MW|mV|/km²|/sq mi|km|kg|mm|cm|USD|NOK|EUR|GBP"
_CURRENCY = {"€": "euros", "$": "dollars", "£": "pounds"}
# A country's dollar (`US$785 million`, `HK$3`) and a code before the number (`USD 1.71 billion`): the
# prefix is part of the amount, never a word of its indicator.
_CURRENCY.update({f"{c}$": "dollars" for c in ("US", "HK", "NZ", "A", "C")})
_CURRENCY.update({"USD ": "USD", "USD\u00a0": "USD"})
# issue 11 (branch figures15): other codes and the rupee's `Rs` before the number (`EUR 35 000 000`, a
# regulation's fine; `Rs 1,753-5 million`, a report's amount): the prefix is the amount's currency.
_CURRENCY.update({f"{c}{s}": c for c in ("EUR", "GBP") for s in (" ", "\u00a0")})
_CURRENCY.update({f"Rs{d}{s}": "rupees" for d in ("", ".") for s in (" ", "\u00a0")})
# Digits with scale words: `3.5 million`, and as an older style writes whole amounts, digits and scale
# words in turn with a fraction or a plural scale (`79 billion 8 hundred million`, `2 hundred million
# dollars`, `$9 1/2 billions`): one amount, read by `_number`. A fraction or `hundred` needs a larger
# scale word after it, so `1/2 of` and `5 hundred` stay what they were.
_BIG = r"(?:thousand|lakh|crore|million|billion|trillion)"
_SCALE_RUN = (rf"(?:\s+\d/\d{{1,2}}(?=\s+{_BIG}s\b|\s+{_BIG}\b))?(?:\s+hundred)?\s+{_BIG}(?:s(?=\s+(?:of\s+)?(?:dollars|pounds|euros)\b|[\s.,;]|$))?\b"
              rf"(?:\s+\d{{1,3}}(?:\s+hundred)?\s+{_BIG}\b)*|\s+hundred\b(?!\s+(?:and\s+)?(?:{_WORD}))")
# After a currency code or sign only (issue 11, branch figures15), two more ways of writing the digits:
# - thousands grouped by spaces, as EU and ISO texts print amounts (`EUR 35 000 000`, `€ 7 500 000`);
# - an OCR'd decimal point read as a hyphen (`Rs 1,753-5 million`, `Rs 16-1 million`): one digit after the
#   hyphen, a scale word after it, and a `range` that would descend or stand still (16 to 1) -- no range runs
#   that way, so it is the decimal point (`$1-2 million` stays a range: _ocr_decimal).
_AFTER_CURRENCY = r"(?:(?<=[€$£])|(?<=(?-i:USD|EUR|GBP)[\s\u00a0])|(?<=(?-i:Rs)[\s\u00a0])|(?<=(?-i:Rs)\.[\s\u00a0]))"
_SPACE_GROUPED = rf"{_AFTER_CURRENCY}\d{{1,3}}(?:[ \u00a0\u202f]\d{{3}})+(?![\d,.]\d)"
_OCR_DECIMAL = rf"{_AFTER_CURRENCY}\d{{1,3}}(?:,\d{{3}})*-\d(?=\s+{_BIG}\b)"
# (r44) words that never stand between a number and its unit or noun: `up from 28,100 the year before` counts no years
_NO_ADJ = "the|and|than|from|for|with|into|its|their|our|his|her"
_QUANTITY = re.compile(
    rf"(?i)(?<![\w.,])(?<!(?<!-)-)(?P<cur>(?:US|HK|NZ|A|C)?[€$£]|(?-i:USD|EUR|GBP)[\s\u00a0]|(?-i:Rs)\.?[\s\u00a0])?"
    rf"(?P<num>(?:{_SPACE_GROUPED}|{_OCR_DECIMAL}|{_DIGITS})(?P<scale>{_SCALE_RUN})?|{_WORDS})"
    rf"(?:(?P<frac>[\s-]+(?:{'|'.join(_DENOMINATORS)}))\b)?"
    rf"(?:(?P<sym>\s?%|\s?‰|\s?°[CF]?|\s[$€£](?=[\s).,;]|$))"
    rf"|(?<=\d)(?P<glued>{_GLUED})(?![A-Za-z])"
    rf"|-(?P<hyph>[A-Za-z]+)\b"
    rf"|\s+(?P<adj>(?!(?:cubic|square|sq|nautical|parts|per|this|that|next|last|each|every|{_NO_ADJ})\s)[a-z][a-z-]{{2,}}\s+)?(?P<unit>{_UNIT_ALT})(?:\b|(?<=\))|(?<=[²³‰]))"
    rf"|\s+(?P<adj2>(?!(?:{_NO_ADJ})\s)(?:[a-z][a-z-]{{2,}}|[A-Z]{{2,5}})\s+)?(?P<noun>[a-z]{{3,}}s)\b)?")


def parse_number_words(words: str) -> float | None:
    """'twenty-five' -> 25, 'one hundred and twelve' -> 112, 'thirty thousand' -> 30000;
    None when the words are not one number ('five six')."""
    total, current, last = 0.0, 0.0, None
    for word in re.split(r"[\s-]+", words.lower().strip()):
        if word == "and":
            continue
        if word in _SMALL:
            if last in ("small", "teen"):
                return None
            current += _SMALL[word]
            last = "teen" if _SMALL[word] >= 10 else "small"
        elif word in _TENS:
            if last in ("small", "teen", "tens"):
                return None
            current += _TENS[word]
            last = "tens"
        elif word in _SCALES:
            if last is None or last == "scale" and _SCALES[word] < 1000:
                return None
            if _SCALES[word] == 100:
                current *= 100
            else:
                total += current * _SCALES[word]
                current = 0
            last = "scale"
        else:
            return None
    return total + current


_GROUPED_DIGITS = re.compile(r"^\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?!\d)")
_OCR_POINT = re.compile(r"^(\d[\d,]*)-(\d)(?=\s)")


def _ocr_decimal(text: str) -> str:
    """`1,753-5 million` -> `1,753.5 million` when the hyphen cannot open a range (the one digit after it is
    not above the number before it: 16-1, 1-1, 462-4); `1-2 million` is left a range."""
    m = _OCR_POINT.match(text)
    if m and int(m[2]) <= float(m[1].replace(",", "")):
        return f"{m[1]}.{m[2]}{text[m.end():]}"
    return text


def _number(text: str) -> float | None:
    grouped = _GROUPED_DIGITS.match(text)          # `35 000 000`: one number, its groups joined
    if grouped:
        text = re.sub(r"[ \u00a0\u202f]", "", grouped[0]) + text[grouped.end():]
    text = _ocr_decimal(text)
    if re.match(r"\d[\d,]*-", text):             # `1-2 million` after a currency: a range, not one amount
        return None
    if text[0].isdigit():
        tokens = text.replace("\u00a0", " ").split()   # `$5\u00a0billion`: a no-break space
        total = current = 0.0                     # 3.5 million, 79 billion 8 hundred million, 9 1/2 billions
        for token in tokens:
            word = token.lower()
            word = word[:-1] if word[:-1] in _SCALES else word
            if "/" in token:
                numerator, denominator = token.split("/")
                current += int(numerator) / int(denominator)
            elif token[0].isdigit():
                current += float(token.replace(",", ""))
            elif word == "hundred":
                current *= 100
            else:
                total, current = total + current * _SCALES[word], 0.0
        return total + current
    return parse_number_words(text)


def _labelled(text: str, start: int) -> bool:
    before = re.search(r"([A-Za-z][\w.]*)\s*$", text[max(0, start - 20):start])
    return bool(before) and before.group(1).lower().rstrip(".") in _LABELS


def _after_acronym(text: str, start: int) -> bool:
    """`the UN 80 initiative provides`: a number between an acronym and a noun is part of a name,
    not a count of the noun (checked for plain counts only: `MIME 76 characters` keeps its unit)."""
    return re.search(r"(?<![\w.])[A-Z]{2,5}\s+$", text[max(0, start - 8):start]) is not None


def _display(value: float) -> str:
    return f"{value:,.4f}".rstrip("0").rstrip(".")


def _month_year(m: re.Match) -> bool:
    """round xcf (xcf4): a year after a month's name (`the December 2012 quarter`, `the September 2012 and June 2012
    quarters`) is a date, never a count of the noun or unit after it, nor a fraction (it was read as 2012/4 = 503)."""
    return bool(re.fullmatch(r"1[89]\d\d|20\d\d", m["num"]) and re.search(
        r"(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+$",
        m.string[max(0, m.start() - 12):m.start()]))


def _year_before_noun(m: re.Match) -> bool:
    """`In 2020 exports rose`: a year after a preposition of time, not a count of exports."""
    before = m.string[max(0, m.start() - 8):m.start()]
    if not re.fullmatch(r"1[89]\d\d|20\d\d", m["num"]):
        return False
    if re.search(r"(?:^|[.!?]\s+|\n)$", m.string[max(0, m.start() - 3):m.start()]) \
            and re.match(r"\s+(?:to|will|would|may|might|could|should)\s", m.string[m.end():]):
        return True        # `1960 promises to be the most prosperous year`: a year opening a sentence, its verb after
    if _month_year(m):
        return True
    return bool(re.search(r"(?i)\b(?:in|since|until|by|during|from|to|of)\s+$", before))


def _year_names(m: re.Match) -> bool:
    """`the 2011 census`, `2011 Census results`: a year before a singular noun (-us, -is) or a
    name is the year of it, not a count (a count takes a plural: `2011 censuses`)."""
    if not re.fullmatch(r"1[89]\d\d|20\d\d", m["num"]):
        return False
    first = (m["adj2"] or m["noun"]).strip()
    return first[:1].isupper() or first.lower().endswith(("us", "is"))


def _unit(m: re.Match, value: float, words: bool) -> str | None:
    """The unit the match gives its number, '' for a bare scaled number or fraction, None
    when the match is not a quantity."""
    if m["sym"]:
        sym = m["sym"].strip()
        return UNITS_EN.get(sym.lower(), _CURRENCY.get(sym, sym))      # `1100 $`: a sign after the number
    if m["glued"]:
        return UNITS_EN.get(m["glued"].lower(), m["glued"])
    if m["hyph"]:
        word = m["hyph"].lower()
        if word not in UNITS_EN and (word.endswith(("ed", "ing", "ly", "able")) or len(word) < 3 or words):
            return None                                # base64-encoded, one-way
        return UNITS_EN.get(word, word)
    if m["unit"]:
        unit = m["unit"].lower()
        if _month_year(m):
            return None                                # the December 2012 quarter: a date, not 2012 quarters
        return UNITS_EN.get(unit, UNITS_EN.get(unit[:-1] if unit.endswith("s") else unit, m["unit"]))
    if m["noun"]:
        noun = m["noun"].lower()
        adjective = (m["adj2"] or "").strip().lower()
        if noun in _NOT_NOUN or noun.endswith("ss") or value < 2 or adjective in _FUNCTION \
                or _year_before_noun(m) or _year_names(m) or _after_acronym(m.string, m.start()) \
                or _code_citation(m):   # In 2020 exports rose: a year; '410 ILCS 525/5': a citation

            return None
        return noun
    if m["frac"] or m["scale"] or words and value >= 1000:
        return _CURRENCY.get(m["cur"] or "", "")       # three fifths, 3.5 million, thirty thousand
    if (m["cur"] or "").endswith("$") and re.search(r"\S\$(?!\d)", m.string[m.end():m.string.find("\n", m.end()) % (len(m.string) + 1)]):
        return None                                    # $20 µPascal$: a formula, not dollars (`… $12.2` is a second amount)
    return _CURRENCY.get(m["cur"]) if m["cur"] else None      # €2,000


_CITED_SECTION = re.compile(r"\s+\d")


def _code_citation(m: re.Match) -> bool:
    """(r26) A number before a code's abbreviation in capitals and a section number ('410 ILCS 525/5',
    '42 USC 677', '922 KAR 1:500'): a citation of a statute's title and section, never a count of ILCSs."""
    noun = m["noun"]
    return len(noun) >= 2 and noun.isupper() and bool(_CITED_SECTION.match(m.string, m.end("noun")))


_STATISTICAL = frozenset({"%", "", "°", "°C", "°F", "dollars", "pounds", "euros", "yuan", "percentage points"})
_AGE_OR_TERM = re.compile(r"(?i)\b(?:age|aged|term|terms|period|residence|citizen|service)\b")


def _narrative(text: str, start: int, unit: str) -> bool:
    """A number word with a unit a story uses as much as a report (`ten minutes`, `three
    inches`): kept only in a document with more figures in digits (extract.py). Per cent,
    fractions, large numbers, degrees and money are statistics in any document, and so are
    years of an age or a term (`the Age of twenty five Years`)."""
    if unit in _STATISTICAL:
        return False
    if unit == "years":
        clause = re.split(r"[.;:!?]", text[max(0, start - 80):start])[-1]
        return not _AGE_OR_TERM.search(clause)
    return True


def _year_like(digits: str) -> bool:
    return bool(re.fullmatch(r"1[5-9]\d\d|20\d\d", digits))


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence holding `at` starts: after the last `. ` / `! ` / `? ` or blank line."""
    ends = [m.end() for m in re.finditer(r"[.!?][\"”')\]]*(?:\[\d+\])*,?\s+(?=[A-Za-z\"“])|\n\s*\n",
                                         text[max(0, at - 400):at])]
    return max(0, at - 400) + ends[-1] if ends else max(0, at - 400)


# A year written out in words (`the Year one thousand eight hundred and eight`, `November, one
# thousand seven hundred and seventy-five`): a date, not a quantity. Counts in words are round
# (`one thousand`, `thirty thousand`); a non-round number of the years 1000-2099, or any number right
# after `year` / `in the Year of our Lord`, is a year.
_YEAR_BEFORE = re.compile(r"(?i)\b(?:year|year\s+of\s+our\s+lord|anno\s+domini)\s*,?\s*$")


def _year_in_words(text: str, start: int, value: float) -> bool:
    """`one thousand seven hundred and seventy-five`: see _YEAR_BEFORE."""
    if not (value == int(value) and 1000 <= value < 2100):
        return False
    return value % 100 != 0 or bool(_YEAR_BEFORE.search(text, max(0, start - 24), start))


# A count stated as a requirement (`AAL2 requires two authentication factors`, `using two factors
# is adequate`) is a rule's quantity, like a law's ages and terms: a figure in any document. Only
# the present tense of `require` and a copula with an adjective of sufficiency: a story's past
# `needed two men` / `required two horses` is narrative.
_REQUIRED_BEFORE = re.compile(r"(?i)\b(?:requires?|requiring)\s+(?:at\s+least\s+|only\s+)?$")
_REQUIRED_AFTER = re.compile(r"(?i)\s+(?:is|are)\s+(?:adequate|sufficient|required|needed|mandatory)\b")


def _plain_count_is_statistic(text: str, m: re.Match, value: float) -> bool:
    """A count of a plain plural noun that is a statistic wherever it stands (not `generic`):
    written in digits and ten or more (`48 resolutions`, `more than 40,000 resolutions`: stories
    write their small counts in words, and a number in digits that large is data), or a
    requirement (see _REQUIRED_BEFORE)."""
    if m["num"][0].isdigit() and value >= 10:
        return True
    return bool(_REQUIRED_BEFORE.search(text, max(0, m.start() - 30), m.start())
                or _REQUIRED_AFTER.match(text, m.end()))


def _sentence_end(text: str, at: int) -> int:
    m = re.compile(r"[.!?](?=\s)|\n\s*\n").search(text, at)
    return m.end() if m else len(text)


# A range written with a dash or `from … to` before a value with a unit (`3,700–5,500 m`, `7–8 °C`,
# `ranges from 33 to 37 parts per thousand`): one figure, its value the lower bound (as scan.py's
# ranges), shown `3,700–5,500`. `rose from 3 to 5 per cent` is a change, not a range: a verb of
# change before `from` leaves the two numbers apart.
_RANGE_BEFORE = re.compile(rf"(?:(?<![\w.,-])(?P<lo>[−-]?{_DIGITS})\s*[–—-]\s*"
                           rf"|\b(?P<verb>\w+\s+)?(?P<pre>from|between)\s+(?P<lo2>[−-]?{_DIGITS})\s+(?:to|and)\s+)$")
# A minus sign glued to the number (`below −2 °C`): U+2212, or a hyphen after a space.
_MINUS = re.compile(r"(?:(?<=[\s(])|^)[−-]$")


def _ranges_and_signs(text: str, found: list[Quantity]) -> list[Quantity]:
    """Ranges and negative values (see _RANGE_BEFORE, _MINUS) of quantities with a unit."""
    out = []
    for q in found:
        if q.unit:
            m = _RANGE_BEFORE.search(text, max(0, q.start - 40), q.start)
            if m and not (m["verb"] and m["verb"].strip().lower() in CHANGE_VERBS_EN):
                lo = m["lo"] or m["lo2"]
                value = float(lo.replace("−", "-").replace(",", ""))
                q = replace(q, start=m.start("lo") if m["lo"] else m.start("lo2"), value=value,
                            display=f"{lo.replace('-', '−')}–{q.display}")
            elif _MINUS.search(text, max(0, q.start - 2), q.start):
                q = replace(q, start=q.start - 1, value=-q.value, display=f"−{q.display}")
        out.append(q)
    return out


# A count in number words of ten or more with two modifiers before its plural noun (`In fourteen recent
# test launchings`): the scan above lets one word between a number word and its noun, so a story's `two
# little girls` stays out; a count of ten or more with two modifiers is a report's count. Generic, so a
# novel (few other figures) still drops it.
_WORDS_TWO_MODIFIERS = re.compile(rf"(?i)(?<![\w.,-])(?P<num>{_WORDS})\s+(?P<m1>[a-z]{{3,}})\s+(?P<m2>[a-z]{{3,}})\s+(?P<noun>[a-z]{{3,}}s)\b")


# Where such a count may start: a number word of ten or more (a cheap scan before the long pattern).
_TEN_OR_MORE = re.compile(r"\b(?:[Tt](?:en|welve|hirt|wenty)|[Ee](?:leven|ight)|[Ff](?:ourteen|ifteen|ort|ift)"
                          r"|[Ss](?:ix|even)t|[Nn]inet)")       # case-sensitive prefixes: the cheapest scan measured


def _counts_with_two_modifiers(text: str, found: list[Quantity]) -> list[Quantity]:
    added = []
    for start in _TEN_OR_MORE.finditer(text):
        m = _WORDS_TWO_MODIFIERS.match(text, start.start())
        if m is None:
            continue
        value = _number(m["num"])
        words = {m["m1"].lower(), m["m2"].lower(), m["noun"].lower()}
        if value is None or value < 10 or words & (_FUNCTION | _NOT_NOUN) or m["noun"].lower().endswith("ss") \
                or any(not (q.end <= m.start() or q.start >= m.end()) for q in found):
            continue
        added.append(Quantity(m.start(), m.end(), value, m["noun"].lower(), _display(value), False, generic=True))
    return sorted(found + added, key=lambda q: q.start) if added else found


def _counts_beside_statistics(text: str, found: list[Quantity]) -> list[Quantity]:
    """A generic count in the sentence of a figure that is not (`appears in 48 resolutions or
    decisions across eight different bodies`): one statistical statement, so the count is a
    statistic too. A story's `seven robbers` has no such neighbour."""
    firm = [q for q in found if not q.generic]
    if not firm:
        return found
    out = []
    for q in found:
        if q.generic:
            start, end = _sentence_start(text, q.start), _sentence_end(text, q.end)
            if any(start <= f.start < end for f in firm):
                q = replace(q, generic=False)
        out.append(q)
    return out


# Counts in idioms say nothing about a quantity (`kill two birds with one stone`, `forty winks`,
# `my two cents`, `in two minds`, `nine lives`, `the seven seas`): never figures, in any document;
# `two cents per gallon` is a rate, no idiom.
_IDIOM = re.compile(r"(?i)\b(?:kill(?:s|ed|ing)?\s+two\s+birds|forty\s+winks|nine\s+lives|(?:in|of)\s+two\s+minds"
                    r"|two\s+cents(?:'\s+worth)?(?!\s+(?:per|a|an|each)\s)|seven\s+seas|two\s+left\s+feet|two\s+heads\s+are|six\s+feet\s+under"
                    r"|at\s+sixes\s+and\s+sevens|two\s+peas|two\s+sides\s+of\s+the\s+same\s+coin|in\s+two\s+shakes"
                    r"|two\s+wrongs|a\s+hundred\s+and\s+ten\s+per\s*cent|one\s+hundred\s+(?:and\s+ten\s+)?per\s*cent\s+sure)\b")


# `one in five adults`, `1 in 4 households`, `two out of three voters`: a ratio of a part to a whole
# (its value the fraction), not a count of the noun after it; never before a unit (`3 in 5 years`).
_ONE_IN = re.compile(rf"(?i)(?<![\w.,-])(?P<a>one|two|three|four|five|[1-9])\s+(?:in|out\s+of)\s+"
                     rf"(?P<b>{_WORDS}|\d+(?:,\d{{3}})*)(?![\w.,-])(?!\s+(?:{_UNIT_ALT})\b)")


def _one_in(text: str, found: list[Quantity]) -> list[Quantity]:
    """The ratios of _ONE_IN; the quantities they hold (`five adults`) give way to them."""
    out = list(found)
    for m in _ONE_IN.finditer(text):
        a, b = _number(m["a"]), _number(m["b"])
        if a is None or b is None or b <= a:
            continue
        out = [q for q in out if q.end <= m.start() or q.start >= m.end()]
        out.append(Quantity(m.start(), m.end(), a / b, "", f"{_display(a)} in {_display(b)}", False, ratio=True))
    return out


def _in_idiom(text: str, q: Quantity) -> bool:
    """`q` stands in an idiom (_IDIOM): searched near `q` only, most paragraphs have no quantity."""
    m = _IDIOM.search(text, max(0, q.start - 12), min(len(text), q.end + 40))
    return m is not None and m.start() <= q.start < m.end()


# `3-5 °C`: a hyphen between two numbers before a unit of measure is a range's dash.
_HYPHEN_RANGE = re.compile(rf"(?<=\d)-(?=\d[\d,.]*\s?(?:%|°|‰|(?:{_UNIT_ALT})\b))")


# `a million` after a bound or a hedge (`by more than a million jobs`, `nearly a billion dollars more`): the
# article is the number one of a scaled amount, read as the digit (same length, so positions hold). Without
# the bound (`a million thanks`) it stays an idiom's article.
_A_SCALE = re.compile(r"(?i)(?P<pre>\b(?:than|nearly|almost|about|over|some|around|approximately|roughly)\s+)a"
                      r"(?=\s+(?:million|billion|trillion)\s+(?:dollars\b|[a-z]{3,}s\b))")
# A change from one bare number to another after a verb of change (`The average hours of work have declined
# from 60 to 40 a week`, `the number of major surplus labor areas has declined from 101 to 60`): both are
# values when the clause's subject is a measure (number, average, total, count, level); years are not.
_FROM_TO_BARE = re.compile(r"(?i)\b(?:declined|decreased|fallen|fell|dropped|risen|rose|increased|grown|grew|gone\s+(?:up|down)"
                           r"|climbed|changed)\s+from\s+(?:about\s+|around\s+|some\s+)?(?P<a>\d{1,3}(?:,\d{3})+|\d+)\s+to\s+"
                           r"(?:about\s+|around\s+|some\s+)?(?P<b>\d{1,3}(?:,\d{3})+|\d+)"
                           r"(?![\d.,%]\d|\.\d|[\w%°‰$-]|\s+(?:hundred|thousand|lakh|crore|million|billion|trillion|per|percent)\b|\s*(?:%|°))")
_MEASURE_SUBJECT = re.compile(r"(?i)\b(?:number|numbers|average|total|count|level|index)\b")


def _from_to_bare(text: str, found: list[Quantity]) -> list[Quantity]:
    """The bare ends of a change of a measured subject (see `_FROM_TO_BARE`)."""
    for m in _FROM_TO_BARE.finditer(text):
        clause = text[max(_sentence_start(text, m.start()), text.rfind(";", 0, m.start()) + 1):m.start()]
        if not _MEASURE_SUBJECT.search(clause) or _year_like(m["a"]) or _year_like(m["b"]):
            continue
        for g in ("a", "b"):
            start, end = m.start(g), m.end(g)
            if all(q.end <= start or q.start >= end for q in found):
                found.append(Quantity(start, end, float(m[g].replace(",", "")), "", m[g], False))
    return found


# round xcf (xcf1; the bare change of round o's `from 60 to 40`, after a value instead of a verb): a bare number after
# `, up` or `, down` that follows a value of the same clause and is followed by the period or base of the change
# (`The employment rate … was 71.0 per cent, up 0.4 on the quarter`, `There were 29.48 million people …, up 201,000
# on the quarter`) is that value's change, a value too; years are not. Without the value before (`turn it up 2
# notches`) or the period after it stays a bare number.
_CHANGE_AFTER_VALUE = re.compile(r"(?i),\s+(?:up|down)\s+(?:by\s+)?(?P<n>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)"
                                 r"(?=\s+(?:on|from|compared|since|over|than)\s+(?:the|a|an|its|last)\b)")


def _changes_after_values(text: str, found: list[Quantity]) -> list[Quantity]:
    """The bare change after a value of its clause (see `_CHANGE_AFTER_VALUE`)."""
    for m in _CHANGE_AFTER_VALUE.finditer(text):
        start, end = m.start("n"), m.end("n")
        floor = max(_sentence_start(text, m.start()), text.rfind(";", 0, m.start()) + 1)
        if _year_like(m["n"]) or not any(floor <= q.start and q.end <= m.start() for q in found):
            continue
        if all(q.end <= start or q.start >= end for q in found):
            found.append(Quantity(start, end, float(m["n"].replace(",", "")), "", m["n"], False))
    return found


# round c: money per unit of a good, of work or of a person is a rate, one value (`the Federal gasoline tax at two
# cents per gallon`, `from about 45 cents an hour`): the phrase holds the `per <unit>`, so the figure reads as the
# rate it is. Money a day, week, month or year stays an amount whose period qualifies it (`cost us $3 billion a
# year in storage fees`), and `per unit` a price.
_RATE_MONEY = frozenset(("cents", "dollars", "USD", "euros", "pounds", "rupees"))
_PER_UNIT = re.compile(r"\s+(?:per|a|an)\s+(?:gallon|litre|liter|barrel|ton|tonne|pound|kilogram|kilo|bushel|hour"
                       r"|head|capita|person|mile|kilowatt-hour|kWh)\b")


def _money_rates(text: str, found: list[Quantity]) -> list[Quantity]:
    """Each money amount followed by `per|a|an <unit>` (see `_PER_UNIT`) widened over it."""
    out = []
    for q in found:
        per = _PER_UNIT.match(text, q.end) if q.unit in _RATE_MONEY else None
        out.append(replace(q, end=per.end()) if per and all(o.end <= q.end or o.start >= per.end()
                                                                          for o in found if o is not q) else q)
    return out


# round xcf (xcf1, xcf5): the period a statistic is reckoned over (`rose by 6.2% in the 12 months to March 2022`, `up 0.1
# on the three months to May 2012`, `the CPIH 12-month inflation rate`) says when, not how much: a span after `the` and
# before `to`/`ending`/`ended` and a month or a year, or a `N-month` before a rate, is no figure.
_RECKONING_PERIOD = re.compile(r"(?i)(?:\bthe\s+(?:latest\s+|last\s+|past\s+)?$)")
_PERIOD_TO = re.compile(r"(?i)\s+(?:to|ending|ended)\s+(?:the\s+end\s+of\s+)?(?:January|February|March|April|May|June|July|August"
                        r"|September|October|November|December|(?:19|20)\d\d)\b")
_SPAN_BEFORE_RATE = re.compile(r"(?i)-(?:month|year|week|quarter)\s+(?:[a-z]+\s+)?(?:rate|growth|change|average)\b")


def _reckoning_period(text: str, q: Quantity) -> bool:
    if q.unit not in ("months", "years", "weeks", "quarters", "month", "year", "week", "quarter"):
        return False
    if _SPAN_BEFORE_RATE.match(text, q.end - len(text[q.start:q.end].split("-")[-1]) - 1) and "-" in text[q.start:q.end]:
        return True                                                      # the CPIH 12-month inflation rate
    return bool(_RECKONING_PERIOD.search(text, max(0, q.start - 20), q.start) and _PERIOD_TO.match(text, q.end))


def scan_english(text: str) -> list[Quantity]:
    """Every English quantity in `text` (see the module doc), in order."""
    found: list[Quantity] = []
    original, text = text, _HYPHEN_RANGE.sub("–", text) if "-" in text else text    # same length
    text = _A_SCALE.sub(r"\g<pre>1", text) if "a " in text else text                          # same length
    for m in _QUANTITY.finditer(text):
        if m["noun"] and m["adj2"] and m["noun"].lower() in _NOT_NOUN and re.fullmatch(r"[a-z]{3,}s", m["adj2"].strip()):
            # `48 resolutions across`: the plural before a word that only looks plural is the noun
            m = _QUANTITY.match(text[:m.start("adj2") + len(m["adj2"].rstrip())], m.start())
        elif m["noun"] and not m["adj2"] and m["noun"].lower() in _NOT_NOUN and m["scale"]:
            # `61 billion 3 hundred million this year`: a scaled amount before a word that only looks
            # plural is an amount without a unit
            m = _QUANTITY.match(text[:m.start("noun")].rstrip(), m.start())
        value = _number(m["num"])
        if value is None or _labelled(text, m.start()):
            continue
        words = not m["num"][0].isdigit()
        if m["frac"] and m["frac"].startswith("-") and m["num"].lower() in _TENS:
            ordinal = _ORDINALS.get(m["frac"].strip(" -").lower())    # thirty-fifth: an ordinal, not 30/5
            if ordinal and m["unit"] and m["unit"].lower() == "year" and _OF_AGE.match(text, m.end()):
                found.append(Quantity(m.start(), m.end(), value + ordinal, "years", _display(value + ordinal), False))
            continue
        if m["frac"] and _month_year(m):
            continue                                  # the December 2012 quarter: a date, not 2012/4
        if m["frac"]:
            value = value / _DENOMINATORS[m["frac"].strip(" -").lower()]
        unit = _unit(m, value, words)
        if unit is None or words and unit == "" and not m["frac"] and _year_in_words(text, m.start(), value):
            continue
        generic = bool(m["noun"]) and not _plain_count_is_statistic(text, m, value) \
            or words and not m["noun"] and _narrative(text, m.start(), unit)
        found.append(Quantity(m.start(), m.end(), value, unit, _display(value), False, generic=generic))
    found = _ranges_and_signs(text, found)
    for q in list(found):
        found += [m for m in list_members(text, q) if all(o.end <= m.start or o.start >= m.end for o in found)]
    for m in _MEASURED.finditer(text):
        start = m.start("n")
        if all(q.end <= start or q.start >= m.end("n") for q in found) and not _year_like(m["n"]):
            found.append(Quantity(start, m.end("n"), float(m["n"].replace(",", "")), "", m["n"], False))
    for m in _LABELLED.finditer(text) if ": " in text else ():
        start = m.start("n")
        enumeration = "." not in m["n"] and re.match(r"\.(?:\s|$)|\)", text[m.end("n"):m.end("n") + 2])
        if all(q.end <= start or q.start >= m.end("n") for q in found) and not _year_like(m["n"]) \
                and not enumeration and not _LABELS & {w.lower() for w in m["label"].split()}:   # `Version: 2.0`, `Section 3: 12`
            found.append(Quantity(start, m.end("n"), float(m["n"].replace(",", "")), "%" if m["q"] == "%" else "",
                                  m["n"], False))
    named_nouns = _NUMBER_OF.finditer(text) if any(k in text for k in ("umber of", "umbers of", "ount of", "otal of")) else ()
    hedged = {m.start(): m for named in named_nouns      # the noun first: it is rare (a plain `in` test is cheap)
              for m in _COUNT_HEDGE.finditer(text, named.end(), named.end() + 400)}
    for m in hedged.values():
        start, end = m.start("n"), m.end()
        if any(not (q.end <= start or q.start >= end) for q in found) or _year_like(m["n"]):
            continue
        if _NUMBER_OF.search(text, _sentence_start(text, start), start):      # in the same sentence
            value = _number(text[start:end])
            found.append(Quantity(start, end, value, "", _display(value) if m["scale"] else m["n"], False))
    for m in _POPULATION_COUNT.finditer(text) if "opulation" in text or "nhabitants" in text or "esidents" in text else ():
        start, end = m.start("n"), m.end("n")
        if all(q.end <= start or q.start >= end for q in found) and not _year_like(m["n"]):
            found.append(Quantity(start, end, float(re.sub(r"[,\s]", "", m["n"])), "", m["n"], False))
    if " from " in text:
        found = _from_to_bare(text, found)
    if ", up " in text or ", down " in text:
        found = _changes_after_values(text, found)
    if " in " in text or " out of " in text:
        found = _one_in(text, found)
    found.sort(key=lambda q: q.start)
    found = [q for q in found if not _in_idiom(original, q)]
    found = _counts_with_two_modifiers(original, found) if " " in original else found
    found = [q for q in found if not _reckoning_period(original, q)]
    return _money_rates(original, _counts_beside_statistics(original, found))


_ASIDE = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")
_CLAUSE = re.compile(r"[,;:.!?()\[\]\n]|\s(?:i\.e\.|e\.g\.)|\b(?i:if|when|while|because|unless|although|whereas)\s")
_VERBISH = re.compile(r"^(?:is|are|was|were|be|been|can|could|would|should|will|may|must|has|have|had"
                      r"|that|which|who|as|when|where|while|because|if|than)$", re.I)
_MAX_WORDS = 6
# A comparison bound before the number says how it compares, not what it measures.
# `as many as` is a bound too: its `many` is no noun (`might include as many as 300,000 persons`).
_BOUND = re.compile(r"(?i)\b(?:(?:no\s+)?(?:fewer|more|less|greater|higher|lower|larger|smaller)\s+than|at\s+(?:least|most)|up\s+to"
                    r"|as\s+(?:many|much|few|little|high|low)\s+as"
                    r"|below|above|under|over|exceeding|beyond|within)\s*$")
_PREPOSITIONS = frozenset("of in into on at for with from by to as per over under about along".split())
_DETERMINERS = _FUNCTION | frozenset("all first last next both but then any each every these those only if when "
                                     "estimated".split())
_SCALE_WORDS = frozenset(_SCALES)
_MODALS = frozenset("can could may might must should will would".split())
# Units that are the things counted (`six bits of the first symbol`), unlike units of
# measure (`85 dBA`, `8 hours`), which say how much but not of what.
_COUNTED_UNITS = frozenset({"bits", "bytes", "characters", "octets", "people", "workers", "members"})
_RELATIONS = frozenset("multiple multiples fraction total sum maximum minimum average".split())
_STATES = frozenset("available required needed left remaining missing allowed used".split())


# A place or time phrase closing a subject (`the average temperature in the city`).
_PLACE_PREPOSITIONS = frozenset("in at on during across within throughout along".split())
_MEASURE_OF = re.compile(r"(?i)\bof\s+(?:about\s+|approximately\s+|around\s+|nearly\s+|some\s+|up\s+to\s+"
                         r"|as\s+(?:much|little|high|low|many|few)\s+as\s+)?$")


def _measured_of(opening: list[str]) -> list[str]:
    """`sound levels of`, `a refractive index of`: the noun phrase right before `of`, back to a
    function word, a preposition or a verb (`Workers exposed to sound levels of 85 dBA` ->
    sound levels)."""
    phrase: list[str] = []
    for w in reversed(opening):
        low = w.lower().strip("\"'")
        if low in _FUNCTION or low in _PREPOSITIONS or _VERBISH.match(low) or low in CHANGE_VERBS_EN \
                or any(c.isdigit() for c in low) or len(phrase) == 4:
            break
        phrase.insert(0, w)
    return phrase


def _before_place(words: list[str]) -> list[str]:
    """`average temperature in the city` -> average temperature."""
    at = next((i for i, w in enumerate(words) if i and w.lower() in _PLACE_PREPOSITIONS), None)
    return words[:at] if at else words


def _words(text: str) -> list[str]:
    return [w for w in re.split(r"\s+", text.strip()) if w]


def _trim(words: list[str]) -> list[str]:
    """Drop function words and -ing verbs (`enabling`, `setting`) from both ends."""
    def weak(w: str) -> bool:
        low = w.lower().strip("\"'")
        return low in _FUNCTION or (low.endswith("ing") and len(low) > 5) or not any(c.isalpha() for c in low)
    while words and weak(words[-1]):
        words = words[:-1]
    while words and weak(words[0]):
        words = words[1:]
    return words


def _blank_asides(text: str, q: Quantity) -> str:
    """(REL), [26]: asides become spaces (same length), except one holding the quantity."""
    return _ASIDE.sub(lambda m: m.group() if m.start() <= q.start < m.end() else " " * len(m.group()), text)


# Nouns that only say how much of something there is: before `of` they name nothing alone.
_AMOUNT_NOUNS = frozenset("number numbers share proportion percentage amount total count volume quantity".split())


def _head(words: list[str]) -> list[str]:
    """The noun phrase of a phrase: the words before its first `of` (`the recommended exposure
    limit of noise` -> recommended exposure limit) unless they only say how much (`the number of
    complaints about councils fell by 11%` -> number of complaints about councils), after its last inner article (`PEM uses a
    line length` -> line length)."""
    window = words[-9:]
    if "of" in window[1:] and window[window.index("of", 1) - 1].lower() not in _AMOUNT_NOUNS:
        window = _trim(window[:window.index("of", 1)])
    articles = [i for i, w in enumerate(window) if w.lower() in ("a", "an", "the") and i > 0
                and window[i - 1].lower() not in _PREPOSITIONS]      # not: index into an array
    if articles and _trim(window[articles[-1] + 1:]):
        window = _trim(window[articles[-1] + 1:])
    return window or words


def _relation(words: list[str]) -> bool:
    """`an integral multiple`, `the total`: a predicate that relates the number to its
    subject, so the subject is what is measured."""
    head = [w.lower() for w in words]
    if "of" in head[1:]:
        head = head[:head.index("of", 1)]
    return bool(head) and head[-1] in _RELATIONS


def _counted_subject(text: str, q: Quantity) -> str:
    """A number opening its own subject (`These 24 bits are then treated…`, `all six bits of the
    first symbol are used`, `if fewer than 24 bits are available`): the unit as written, with
    its `of` phrase or the state it is in."""
    unit = " ".join(w for w in _words(text[q.start:q.end])[1:] if w.lower() not in _SCALE_WORDS)
    after = _words(text[q.end:q.end + 80])
    if after[:1] == ["of"]:
        phrase = []
        for w in after[1:]:
            bare = w.rstrip(",.;:")
            if _VERBISH.match(bare) or any(c.isdigit() for c in bare):
                break
            phrase.append(bare)
            if bare != w:
                break
        while phrase and phrase[-1].lower() in _FUNCTION:
            phrase.pop()
        phrase = phrase[:4]
        if phrase:
            return f"{unit} of {' '.join(phrase)}"
    lead = 2 if [w.lower() for w in after[:2]] == ["to", "be"] else 1
    state = after[lead].rstrip(",.;:") if len(after) > lead else ""
    if after[:1] and after[0].lower() in ("is", "are", "to") and state.lower() in _STATES:
        return f"{unit} {state}"                  # 24 bits are available -> bits available
    if len(after) > lead and after[0].lower() in ("is", "are", "to") and after[lead].lower().endswith("ed"):
        phrase = []                               # 6 bits to be represented per printable character
        for w in after[lead:lead + 5]:
            phrase.append(w.rstrip(",.;:"))
            if w != phrase[-1] or _VERBISH.match(w):
                break
        return f"{unit} {' '.join(_trim(phrase))}"
    return unit


# A verb of measuring between a subject and its value (`is measured to be around`): the subject
# is what is measured, the verb names nothing.
_MEASURED_AS = re.compile(r"(?i)\s(?:measured|estimated|calculated|found|thought|believed|reported|known|said)"
                          rf"\s+to\s+be\s+(?:{_HEDGE})?$")
_HEDGE_BEFORE = re.compile(rf"(?i)\b{_COUNT_HEDGE_WORDS}$")
_SUPERLATIVE_SUBJECT = re.compile(r"(?i)\bthe\s+(?P<sup>[a-z]{3,}est|most|fewest|least)\s+(?:having|has|had|with|holding|holds)"
                                  r"\s+\S+(?:\s+\S+\s+\S+)?\s*$")
# A short run of words with no closing mark, then a capitalised word opening a sentence, at the
# start of a paragraph: a picture's caption that a web page printed to PDF glued before the
# paragraph's first sentence (`Aardvark resting Entrance to burrow Aardvarks live for up to 23
# years`). The run ends in a lowercase word that no article or preposition governs, so a proper
# noun inside a clause (`the population of China`) never cuts it.
_CAPTION_RUN = re.compile(r"[A-Z][a-z]+(?:\s+[a-z]+){1,4}\s+(?=[A-Z][a-z]+\s+[a-z])")


def _after_caption(text: str, floor: int, at: int) -> int:
    """The clause floor moved past caption-like runs glued before a paragraph's first sentence."""
    if floor and text[floor - 1] != "\n":
        return floor
    while (m := _CAPTION_RUN.match(text, floor, at)):
        words = m.group().split()
        if words[-1] in _FUNCTION or words[0].lower() in ("a", "an", "the") \
                or any(_VERBISH.match(w) or w in _MODALS for w in words):
            break
        floor = m.end()
    return floor


def _elided_count(text: str, q: Quantity) -> str:
    """A hedged bare count whose noun is named by `number of <plural>` earlier in its sentence
    (see `_COUNT_HEDGE`): that noun, with the superlative that is its subject (`the largest
    having about 1,500` -> columns in the largest) or the period after it (`in one night`)."""
    if q.unit or not _HEDGE_BEFORE.search(text, max(0, q.start - 16), q.start):
        return ""
    start = _sentence_start(text, q.start)
    named = list(_NUMBER_OF.finditer(text, start, q.start))
    if not named:
        return ""
    noun = named[-1]["noun"]
    sup = _SUPERLATIVE_SUBJECT.search(text, start, q.start)
    period = _PERIOD_AFTER.match(text, q.end)
    return " ".join([noun] + ([f"in the {sup['sup']}"] if sup else []) + ([" ".join(period.group().split())] if period else []))


# Adjectives that only say the counted things are told apart (`eight different bodies` are eight
# bodies): they name no kind, so the count's noun goes without them.
_SORTING = frozenset("different separate distinct individual various several".split())


def _plain_count(text: str, q: Quantity) -> bool:
    """A count of a plain plural noun (`48 resolutions`, `30 UN entities`), generic or not."""
    words = text[q.start:q.end].split()
    return len(words) >= 2 and bool(q.unit) and words[-1].lower() == q.unit


_ELLIPSIS = frozenset("and or but while whereas without with them it they is are was were has have had about "
                      "approximately nearly some around".split())


def same_measure(text: str, previous_end: int, start: int) -> bool:
    """The value measures what the value before it in its sentence measures: it restates it in
    brackets (`33 to 37 parts per thousand (3.3 – 3.7%)`), or its clause is elliptical, a pronoun
    standing for the first clause's subject (`The average depth … is 3,339 m; without them it is
    3,926 m`, `… 354,700,000 cubic kilometers (…) and without them 323,600,000 cubic kilometres`)."""
    between = text[previous_end:start]
    if re.fullmatch(r"\s*\(\s*", between):
        return True
    words = re.findall(r"[A-Za-z]+", _ASIDE.sub(" ", between))
    return bool(words) and re.fullmatch(r"[\s(),;a-zA-Z]*", _ASIDE.sub(" ", between)) is not None \
        and all(w.lower() in _ELLIPSIS for w in words) and any(w.lower() in ("it", "they", "them") for w in words)


def english_indicator(text: str, floor: int, q: Quantity) -> str:
    """The noun phrase an English quantity measures: the counted noun of a plain count
    (`four major types` -> major types), the noun after a hyphenated unit (`a 3-dB
    exchange rate` -> exchange rate), the counted unit when the number opens its own
    subject (`all six bits of the first symbol` -> bits of the first symbol), else the words
    before it in its clause (`Normal speaking voices are around 65 dBA`; a bound such as
    `fewer than` dropped; the subject when the predicate only relates the number to it:
    `the final quantum is an integral multiple of 24 bits` -> final quantum; the noun phrase
    after a verb's article: `PEM uses a line length of` -> line length), else the words after
    it up to a verb or mark (`0 dBA is the softest level that…` -> softest level). A bound right
    after a noun says that noun is what is measured (`at depths greater than 4,000 meters` ->
    depths, `noise levels above 85 dBA` -> noise levels)."""
    if (q.generic or _plain_count(text, q)) and not q.unit in UNITS_EN.values():  # a plain count: its noun (10 million Americans)
        noun = [w for w in _words(text[q.start:q.end])[1:] if w.lower() not in _SCALE_WORDS]
        return " ".join([w for w in noun if w.lower() not in _SORTING] or noun)
    elided = _elided_count(text, q)
    if elided:
        return elided
    floor = _after_caption(text, floor, q.start)
    text = text.replace("\n", " ")                # a hard-wrapped line is one line of prose
    text = _blank_asides(text, q)
    clause_start = max([floor] + [m.end() for m in _CLAUSE.finditer(text, floor, q.start)])
    gap = _words(text[clause_start:q.start])
    if clause_start > floor and text[clause_start - 1] == "," and gap \
            and re.fullmatch(r"(?i)is|are|was|were", gap[-1]) and all(_VERBISH.match(w) or w.lower() in _FUNCTION for w in gap):
        # `The average depth of the Atlantic with its adjacent seas, is 3,339 m`: a comma before the
        # verb leaves the clause no subject; the subject is the clause before the comma
        clause_start = max([floor] + [m.end() for m in _CLAUSE.finditer(text, floor, clause_start - 1)])
        for _ in range(2):                     # `The mean depth of the sea, with its bays, is`: past the aside,
            first = _words(text[clause_start:clause_start + 40])[:1]     # also a relative clause's (`, which …,`)
            if clause_start <= floor or text[clause_start - 1] != "," or not first \
                    or first[0].lower() not in _PREPOSITIONS | {"without", "which", "who", "whom", "whose"}:
                break
            clause_start = max([floor] + [m.end() for m in _CLAUSE.finditer(text, floor, clause_start - 1)])
    stop = _CLAUSE.search(text, q.end)
    after = _words(text[q.end:stop.start() if stop else len(text)])
    if re.search(r"\d-[A-Za-z]+$", text[q.start:q.end]):           # a 3-dB exchange rate
        noun = []
        for w in after:
            if _VERBISH.match(w) or w.lower() in ("of", "as", "for", "to", "in", "on", "by") or any(c.isdigit() for c in w):
                break
            noun.append(w)
        if _trim(noun):
            return " ".join(_trim(noun)[:_MAX_WORDS])
    opening = _words(_BOUND.sub("", _MEASURED_AS.sub("", text[clause_start:q.start])))
    bound = _BOUND.search(text, clause_start, q.start) if q.unit not in _COUNTED_UNITS else None
    head = _words(text[clause_start:bound.start()]) if bound else []
    if head and not _VERBISH.match(head[-1]) and head[-1].lower() not in _FUNCTION | _PREPOSITIONS \
            and head[-1].lower() not in CHANGE_VERBS_EN and head[-1][:1].islower():
        measured = _measured_of(head)             # at depths greater than 4,000 meters: the noun the bound follows
        if measured and len(" ".join(measured)) >= 2:
            return " ".join(measured)
    if _MEASURE_OF.search(text, clause_start, q.start) and q.unit in _COUNTED_UNITS \
            and re.search(r"(?i)[a-z]{3,}s\s+of\s+$", text[clause_start:q.start]):
        return " ".join(_words(text[q.start:q.end])[1:])     # strings of 4 encoded characters: what each holds
    if _MEASURE_OF.search(text, clause_start, q.start) and q.unit not in _COUNTED_UNITS:
        measured = _measured_of(opening[:-1] if opening and opening[-1].lower() == "of" else
                                opening[:max(i for i, w in enumerate(opening) if w.lower() == "of")])
        if measured and len(" ".join(measured)) >= 2:     # sound levels of 85 dBA
            return " ".join(measured)
    if all(w.lower().strip("\"'“‘") in _DETERMINERS for w in opening) and q.unit in _COUNTED_UNITS \
            and not re.match(r"(?i)\s*(?:is|are|was|were)\s+(?:the|a|an)\s", text[q.end:]):
        return _counted_subject(text, q)         # (0 dBA is the softest level: the predicate names it)
    before = _trim(opening)
    change = [i for i, w in enumerate(before) if w.lower() in CHANGE_VERBS_EN and i]
    if change and _trim(before[:change[-1]]):     # the temperature rose by 42 degrees
        before = _before_place(_trim(before[:change[-1]]))
    cut = [i for i, w in enumerate(before) if _VERBISH.match(w)]
    predicate = _trim(before[cut[-1] + 1:]) if cut else []
    if cut and before[cut[-1]].lower() in _MODALS:
        predicate = _trim(predicate[1:])          # can hear frequencies: the verb after a modal goes,
        #                                          and a verb alone (can exceed) leaves the subject
    if cut and before[cut[-1]].lower() in ("which", "who", "whom") and cut[-1] and before[cut[-1] - 1].endswith(","):
        predicate = []                            # `The fund, which the state set up, is`: an aside, not the predicate
    subject = _trim(before[:cut[0]]) if cut else []
    if predicate and not (subject and _relation(predicate)):
        before = predicate
    elif subject and not any(c.isdigit() for w in subject for c in w):
        before = subject                          # the final quantum … is an integral multiple of 24 bits
    before = _head(before)
    withs = [i for i, w in enumerate(before[:-1]) if w.lower() == "with" and i]
    if withs and _trim(before[withs[-1] + 1:]):      # monitoring with system prices (starting from €2,000)
        before = _trim(before[withs[-1] + 1:])
    if before and len(" ".join(before[-_MAX_WORDS:])) >= 2:
        return " ".join(_trim(before[-_MAX_WORDS:]))
    following = []
    for w in after:
        if any(c.isdigit() for c in w):
            break
        if _VERBISH.match(w) and _trim(following):
            break
        following.append(w)
    return " ".join(_trim(following)[:_MAX_WORDS])
