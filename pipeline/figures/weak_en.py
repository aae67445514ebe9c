"""Name again what an English value's first reading leaves weakly named: `rename_english(text, q, name)`.

    rename_english("Literacy is quite low, with 67.4% of the population over 15 able to read.", q, "population over the age")
    # -> 'Literacy'

The general English reading (english.py, clauses_en.py) takes the words nearest the number. Some
sentence shapes put the measure elsewhere, and the nearest words are then a comparative, a
superlative, a verb of estimating, a preposition's phrase or the wrong noun. Each rule below names
one such shape (the convention is in tests/figures/corpus/README.md) and returns '' when it is absent:

- comparative: a margin (`56% higher than the national average`) is named with its `than` phrase
  (higher than the national average), never by `higher` alone; without one (`Exports were 12% higher in
  2019`) by the sentence's subject;
- superlative: a value the clause calls the highest or largest (`… GDP … was the highest of any
  province in Canada at C$84,390`) measures the sentence's subject (Alberta's per capita GDP);
- estimated: a value after a reduced relative of estimating (`…oil reserves of the rest of the world,
  estimated to be 1.6 trillion barrels`) measures the noun phrase before the comma;
- passive or adjective: a value after a passive verb of estimating (with an infinitive of reaching, `growth is
  expected to reach five percent`) or a predicate adjective taken for its name (`growth has been estimated at 4.8%`, `reserves were put at US$182 billion`, `external debt is
  extremely low at about 2% of GDP`) measures the subject before the auxiliary or copula;
- with-clause: a share in `X is <adjective>, with N% of …` measures X, what the main clause judges
  (`Literacy is quite low, with 67.4% of the population …` -> Literacy);
- source shares: a share in brackets after an item of `<whole> comes from A (30.4%), B (22.3%)…` is
  that item's share of the whole (royalties' share of government revenue);
- share in apposition: `The vast majority of Angola's exports, 92% in 2004, are petroleum products`
  -> petroleum products' share of Angola's exports;
- livestock: a count in `head` names the animals after `of` (`three million head of cattle` -> head
  of cattle);
- change by an amount: a value after a verb of change and `by` (`has been reduced by about $7,000,000,000`,
  `This will reduce the spending level … by more than $12,000,000,000`, `Public spending has increased by
  27%`) is the change of what the verb changes, its object or else its subject, with the change's noun
  (spending level reduction, Public spending increase), never the verb or the bound alone (`reduced`,
  `more than`);
- bare measure: a name that is only a measure noun saying how much but not of what (`an average of`,
  `at the current rate of`, `with a rate of`) measures its clause's subject: `the corporation income tax
  should be kept at the current rate of 52%` -> corporation income tax rate, `Employment grew … by an
  average of 0.4 per cent` -> Employment growth, `Should the GDP remain at an average of 2.2%` -> GDP.

- hedge alone: a name made only of a hedge, a bound or a particle of change (`well` of `well over 40 hours`,
  `was up more than`, `gone` of `has gone down 25 percent`) is the subject of the value's own clause (after
  `;` or `, and`; an apposition's last part), else the noun a count carries (`160 million people`);
- governed share: a share after a preposition or a participle, before `of <whole>` (`relations with
  one-fourth of the world's people who live in China`, `comprising less than 2 percent of our total nuclear
  force of …`) -> share of <whole>;
- money verb: an amount that is the object of a verb of costing, spending, saving, earning or paying
  (`cost us $1 billion a year in carrying charges` -> carrying charges, `will save Americans a total of
  $60 billion` -> savings, `we shall spend nearly a billion dollars more` -> spending, `families earn less
  than $5,000` -> families' earnings);
- doubling time: years in which something doubles (`Enrollments are going to double … in the short space of
  10 years`, `costs that are rising …, doubling every 5 years`) -> time for <it> to double;
- bare ends of a change (also a value named only by its unit, `from about 45 cents an hour`): `… the number of major surplus labor areas has declined from 101 to 60` -> number
  of major surplus labor areas, for both ends; a count by which something changed (`employment has
  increased by more than a million jobs`) is that change (nonagricultural employment increase).

- bound in a relative clause (round c): a value closing a relative clause of bound on a noun (`imprisonment
  for a term which shall not be less than six months but which may extend to three years`, `with fine which
  may extend to one thousand rupees`, `a fine not exceeding five hundred pounds`) is that noun's minimum or
  maximum (minimum term of imprisonment, maximum term of imprisonment, maximum fine), never the modal or the
  conjunction before it (`shall`, `but`) or the money word (`rupees`); `a term of less than six months` names
  the noun alone (term of imprisonment, fine);
- verb of change alone (round c): a name that is only a verb of change before `to` (`Growth is forecast to
  pick up to 5.4 percent`, `… is expected to rise to 3%`) is the subject of the value's clause (Growth);
- unit words alone after `<noun phrase> at` (round c): `continue the Federal gasoline tax at two cents per gallon`
  (named `cents per gallon`) -> Federal gasoline tax;
- check document xc6 (round c): a subject with an aside between spaced dashes (`Japan - the world's second
  largest economy - is only projected to grow 1.7 percent` -> Japan), a name opened by `followed by` (-> the item),
  a subject and a verb of reckoning before the object (`report predicted growth` -> growth);
- a share as a group (round c): a percentage after `the` and a superlative or top/bottom with no noun of its
  own (`improve the lives of the poorest 40 percent`, `the top 1 percent`) is that group (the poorest).

- round xce (xce3, xce5): a passive of expectation or revision with an adverb, a particle or any infinitive
  (`is now expected at`, `are also revised up from`, `are expected to remain at`) or an infinitive alone names
  the clause's subject; a reduced relative's bare measure (`with the rate expected to decelerate further to`)
  the sentence's subject; a subject's apposition opened by an article (`Growth prospects of China, the largest
  economy of the region, are …`) is an aside; a verb before its object (`meet original projections`, `upgraded
  its growth outlook for Asia`) is no part of the name;
- check document xce6: values in brackets after their item (`India (6.2% growth in 2024 and 6.5% in 2025)`)
  are the item's, values after a colon are the clause before it's (`Core inflation is expected to be even
  lower: 2.5% in 2024`), and a verb of pegging or expecting opens no name (`The outlook pegged inflation …`).

- round figures6 (xr9, xr5): one word between a copula and the value is an adverb whatever its spelling (`would be
  ahout three times` -> the copula's subject); a span counted from an end of something (`in the first 2 years of its
  operation`) is that thing's span (operation of the program); a count after a verb of including (`to include more than
  10,000,000 additional persons`) counts its own noun in the including whole.

`tidy_english` (after the rules above, with the name of the value before in the sentence) cuts a clause's
verb or an infinitive off a name's end (`Alberta's 2014 GDP amassed`, `real GDP growth to only average`),
names the value of an existential by what it is in (`there were over $100 billion in oil sands projects`
-> oil sands projects), a bracketed comparison by the value before it and its place (`(compared to
$60,270 in Canada as a whole)` -> … (Canada as a whole)), and a percentage before a compound noun by the
compound (`a 1.9% asset surplus over …` -> asset surplus).
"""
from __future__ import annotations

import re

from .scan import Quantity

_COMPARATIVE = re.compile(r"(?i)(?:higher|lower|greater|larger|smaller|bigger|more|less|fewer|above|below)")
_THAN = re.compile(r"(?i)\s+(?P<cmp>higher|lower|greater|larger|smaller|bigger|more|less|fewer)\s+than\s+(?:the\s+)?"
                   r"(?P<np>[A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*){0,4}?)(?=\s+(?:of|in|at|for|and|by)\b|[,.;:()]|$)")
_SUPERLATIVE = re.compile(r"(?i)(?:the\s+)?(?:highest|lowest|largest|smallest|biggest|greatest|most|least)"
                          r"(?:\s+(?:ever|on\s+record|of\s+all))?")
# The subject of the sentence: its words up to the first finite verb, after an opening time phrase.
_OPENING_TIME = re.compile(r"(?i)^(?:in|by|during|since|as\s+of)\s+(?:early\s+|late\s+|mid-?)?(?:19|20)\d\d,?\s+")
_FINITE = re.compile(r"(?i)\s(?:is|are|was|were|has|have|had|exceeded|reached|rose|fell|grew|stood|remained|"
                     r"became|ranked|totall?ed|amounted|accounted|comes|came)\b")
_ESTIMATED = re.compile(r"(?i)(?:estimated|expected|thought|believed|said|projected|reported|put)\s+(?:to\s+be|at)")
# A passive verb of estimating or a predicate adjective taken for the name (`growth has been estimated at
# 4.8%` -> estimated, `official reserves were put at US$182 billion` -> put, `external debt is extremely low
# at about 2%` -> extremely low): the subject of its clause, before the auxiliary or the copula.
# round c (xc6): with an infinitive of reaching (`growth is expected to reach five percent`) it is the same passive
_PASSIVE_NAME = re.compile(r"(?i)(?:estimated|put|valued|projected|expected|forecast|reported)(?:\s+at|\s+to\s+(?:reach|be|grow|"
                           r"rise|fall|hit|top|exceed|total|average))?")
# round xce (xce3, xce5, and xc6's shape): the same passive with an adverb before it, a verb of revising, a
# particle and any infinitive after it (`Growth in Southeast Asia is now expected at 4.6 per cent`, `Growth
# prospects of China, …, are also revised up from 6.5 percent`, `Growth projections … are expected to remain at
# 4.8 percent`, `is forecast to slow to`), or an infinitive alone (`to expand`): the verb phrase says how the
# value is reckoned, the clause's subject what it measures. With a noun before the participle (a reduced
# relative, `with the rate expected to decelerate further to 3.4 per cent`) that noun is the subject, and a
# bare measure noun (rate, level) is the measure of the sentence's subject (The region's inflation).
_RECKONING_ADVERBS = r"(?:now|also|still|currently|only|again|further)"
_RECKONING_PARTICIPLES = r"(?:estimated|projected|expected|forecast|predicted|anticipated|seen|set|revised|upgraded|downgraded|tipped)"
_RECKONED_PHRASE = re.compile(rf"(?i)(?:(?!(?:{_RECKONING_ADVERBS}|{_RECKONING_PARTICIPLES}|to)\s)(?P<np>[a-z][\w'’-]*)\s+)?"
                              rf"(?:{_RECKONING_ADVERBS}\s+)?(?:{_RECKONING_PARTICIPLES}(?:\s+(?:up|down|upward|downward|higher"
                              r"|lower))?(?P<then>\s+at|\s+to\s+[a-z]+)?"
                              r"|(?P<then2>to\s+(?:expand|grow|reach|remain|rise|fall|slow|ease|decelerate|accelerate|contract|average)))"
                              r"(?:\s+(?:further|slightly|sharply|again|only|just|modestly))?")
_NOT_SUBJECTS = frozenset("it this that they we and or but with as is are was were has have had the a an".split())
_ADJECTIVE_NAME = re.compile(r"(?i)(?:(?:very|extremely|quite|rather|relatively|fairly|still|remarkably)\s+)?"
                             r"(?:low|high|stable|small|large|modest|strong|weak|steady)")
_COPULA_SUBJECT = re.compile(r"(?i)(?:^|[,;:]\s*)(?:the\s+)?(?P<np>[A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*){0,4}?)\s+"
                             r"(?:has\s+been|have\s+been|had\s+been|will\s+be|is|are|was|were|remains|remained|stands|stood)\s+"
                             r"(?:(?:very|extremely|quite|rather|relatively|fairly|still|remarkably|now)\s+)?[a-z]+\b")
_WITH_SHARE = re.compile(r"(?i)(?P<np>[A-Z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,3}?)\s+(?:is|are|was|were|remains|remained)\s+"
                         r"(?:quite\s+|very\s+|rather\s+|relatively\s+|still\s+|extremely\s+)?[a-z]+,\s+with\s+$")
_SOURCES = re.compile(r"(?i)^(?:the\s+)?(?P<whole>[A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*){0,3}?)\s+"
                      r"(?:comes?|came|is\s+derived|derives?)\s+(?:mainly\s+|mostly\s+|largely\s+|chiefly\s+|primarily\s+)?from\s+")
_PREPOSITION = re.compile(r"(?i)^(?:from|of|in|on|at|by|for|with|to)\s+")
_ITEM_HEAD = re.compile(r"(?i)\s+(?:on|of|from|for|in|primarily|mainly)\b.*$")
_APPOSED_SHARE = re.compile(r"(?i),?\s*(?:in\s+(?:19|20)\d\d\s*)?,\s+(?:is|are|was|were)\s+"
                            r"(?P<np>[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,3}?)(?=[.,;]|$)")
_SUBJECT_OF = re.compile(r"(?i)(?:majority|share|part|bulk|most|half|portion)\s+of\s+"
                         r"(?P<np>[A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*){0,3})\s*,\s*$")
_HEAD_OF = re.compile(r"(?i)\s+of\s+(?P<noun>[a-z]+(?:\s+[a-z]+)?)\b")
_ANIMAL_END = re.compile(r"(?i)\s+(?:and|or|in|on|at|for|with|by|that|which)$")


# A measure noun alone (see the module doc), with the adjectives that only say which reading it is.
_BARE_MEASURE = re.compile(r"(?i)(?:(?:current|present|annual|overall|average|same)\s+)?(?P<noun>average|rate|total|level|sum)")
# The verb that ends a clause's subject: a copula, an auxiliary or a modal, or a verb of change or of staying.
_SUBJECT_VERB = re.compile(r"(?i)\s(?:is|are|was|were|has|have|had|will|would|should|shall|can|could|may|might|must|"
                           r"remains?|remained|stands?|stood|(?P<grew>grew|grows|rose|rises|increased|increases|expanded))\b")
_OPENING_MODAL = re.compile(r"(?i)^(?:should|would|will|could|if|when|unless|while)\s+")
_ARTICLES = frozenset("the a an its their our his her this that".split())


def _clause_subject(text: str, start: int) -> tuple[str, bool]:
    """The subject of the sentence before `start` (its words after the last article before the first verb)
    and whether that verb is one of growing; ('', False) when none."""
    sentence = _OPENING_MODAL.sub("", _OPENING_TIME.sub("", text[_sentence_start(text, start):start].lstrip()))
    verb = _SUBJECT_VERB.search(sentence)
    words = sentence[:verb.start()].split() if verb else []
    opened = [i for i, w in enumerate(words) if w.lower() in _ARTICLES]
    words = words[opened[-1] + 1:] if opened else words
    if not 1 <= len(words) <= 6 or any(c.isdigit() for w in words for c in w) or words[0].lower() in ("it", "this", "they"):
        return "", False
    return " ".join(words), bool(verb["grew"])


# A verb of change and `by` before the value (see the module doc), its object between them.
_CHANGE_BY = re.compile(r"(?i)\b(?P<verb>reduced?|reducing|cut|lower(?:ed)?|decreased?|increased?|raised?|rose|rise|grew|grow|"
                        r"expanded?|fell|fall|declined?|dropped|drop)\b(?P<object>[^,;:.\d]{0,60}?)\s+by\s+"
                        r"(?:(?:about|approximately|around|nearly|almost|some|over|more\s+than|less\s+than|only|just|an\s+estimated)\s+)?$")
_CHANGE_NOUN = {"redu": "reduction", "cut": "reduction", "lowe": "reduction", "decr": "reduction", "incr": "increase",
                "rais": "increase", "rose": "growth", "rise": "growth", "grew": "growth", "grow": "growth", "expa": "growth",
                "fell": "decline", "fall": "decline", "decl": "decline", "drop": "decline"}
# What the verb's object or subject names ends before a phrase of time, place or manner or a participle.
_NP_END = re.compile(r"(?i)\s+(?:over|in|during|for|from|since|at|on|to|annually|strongly|sharply|steadily|provided|"
                     r"planned|proposed|set|announced)\b.*$")
_AUXILIARIES = re.compile(r"(?i)(?:\s+(?:has|have|had|will|would|should|shall|can|could|may|might|must|is|are|was|were|"
                          r"be|been|being|to|also|further|again))+$")
_WEAK_EN = re.compile(r"(?i)(?:and\s+|by\s+)?(?:as\s+(?:low|high|much|many|little)\s+as|more\s+than|less\s+than|about|over|nearly|"
                      r"almost|some|around|approximately|up\s+to|at\s+least)|[a-z]+ed|cut|rose|grew|fell")


def _changed(text: str, q: Quantity) -> str:
    """`<what changed> <change>` for a value after a verb of change and `by`, or ''."""
    clause = text[max(_sentence_start(text, q.start), text.rfind(",", 0, q.start) + 1, text.rfind(";", 0, q.start) + 1):q.start]
    change = _CHANGE_BY.search(clause)
    if not change:
        return ""
    noun = _CHANGE_NOUN[change["verb"].lower()[:4]]
    words = _NP_END.sub("", change["object"]).split()
    if not words:                                                   # passive or intransitive: the subject
        words = _NP_END.sub("", _AUXILIARIES.sub("", clause[:change.start()].rstrip())).split()
    opened = [i for i, w in enumerate(words) if w.lower() in _ARTICLES]
    words = words[opened[0] + 1:] if opened else words
    if not 1 <= len(words) <= 5 or any(c.isdigit() for w in words for c in w) or words[0].lower() in ("it", "this", "they", "we"):
        return ""
    np = " ".join(words)
    return f"{noun} of {np}" if " of " in np else f"{np} {noun}"          # reduction of the payroll of …


def _cut_short(name: str, changed: str) -> bool:
    """The name is the first words only of what changed (`Public` of `Public spending increase`): the
    first reading cut the subject; a whole subject (`The temperature rose by 42 degrees` -> temperature)
    stays as it is."""
    words, whole = name.lower().split(), changed.lower().split()[:-1]
    return bool(words) and len(words) < len(whole) and whole[:len(words)] == words


# round figures6 (xr9): a period before a lower-case word closes an abbreviation, not a sentence (`in the year 2000 A.D.
# would be`, `i.e. the`, `U.S. exports`), as sentences open with a capital.
_SENTENCE_END = re.compile(r"[.!?](?:\s+(?![\sa-z])|$)|\n")
_LOOK_BACK = 600                      # characters searched back for a sentence's start (a paragraph may be long)


def _sentence_start(text: str, at: int) -> int:
    floor = max(0, at - _LOOK_BACK)
    ends = [m.end() for m in _SENTENCE_END.finditer(text, floor, at)]
    return ends[-1] if ends else floor


def _subject(text: str, start: int) -> str:
    """The sentence's subject before its first finite verb, or ''."""
    sentence = _OPENING_TIME.sub("", text[_sentence_start(text, start):start])
    first = _FINITE.search(sentence)
    that = sentence.rfind(" that ", 0, first.start() if first else 0)
    sentence = sentence[that + 6:] if that >= 0 else sentence          # `The study found that GDP … was`
    verb = _FINITE.search(sentence)
    words = sentence[:verb.start()].split() if verb else []
    return " ".join(words) if 1 <= len(words) <= 6 and not any(c.isdigit() for c in words[0]) else ""


# A name that ends in the verb of its clause (`Alberta's 2014 GDP amassed`) or an infinitive
# (`real GDP growth to only average`): the verb is no part of it.
_VERB_TAIL = re.compile(r"(?i)\s+(?:amassed|totall?ed|reached|amounted|stood|hit|topped|exceeded|was|were|is|are"
                        r"|to\s+(?:only\s+|just\s+)?(?:average|reach|exceed|total|hit|top|be|stand|grow|rise|fall))$")
# There were N in X (`there were over $100 billion in oil sands projects`): the value is of X.
_THERE_WERE = re.compile(r"(?i)\bthere\s+(?:is|are|was|were|will\s+be)\s+(?:over\s+|about\s+|some\s+|nearly\s+|almost\s+|around\s+)?$")
_IN_NP = re.compile(r"(?i)\s+(?P<prep>in|of|worth\s+of)\s+(?P<np>[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,3}?)"
                    r"(?=\s+(?:under|in|at|for|by|that|which|with|aged)\b|[,.;:()]|$)")
# round xcf (xcf5): a subject given with its abbreviation in brackets (`The Consumer Prices Index including owner occupiers'
# housing costs (CPIH) rose by 6.2%`, `The Consumer Prices Index (CPI) rose by 7.0%`) is named by the abbreviation, the
# head the text goes on to use (the long phrase was cut inside it: `Index including owner occupiers' housing costs`).
_ABBREVIATED = re.compile(r"(?P<np>[A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*){0,8})\s*\((?P<abbr>[A-Z][A-Z0-9&]{1,7})\)\s+"
                          r"(?:[a-z]+\s+){1,3}(?:by\s+)?(?:about\s+|around\s+|nearly\s+)?$")
# round xcf (xcf1): the age group qualifying a name is cut at its numbers (`The employment rate for those aged from 16
# to 64` named `employment rate for those aged`): the dangling `for those aged`/`aged` goes, the measure stays.
_AGE_GROUP_TAIL = re.compile(r"(?i)\s+(?:(?:for|among|of)\s+(?:those|people|persons|adults|workers|men|women)\s+)?aged"
                             r"(?:\s+(?:from|between|over|under))?$")
# A value compared in brackets with another place (`(compared to $60,270 in Canada as a whole)`): the
# measure of the value before it, in that place.
_COMPARED = re.compile(r"(?i)\((?:compared|as\s+against|against|versus|vs\.?)\s+(?:to\s+|with\s+)?$")
_COMPARED_PLACE = re.compile(r"(?i)\s+in\s+(?P<place>[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,4}?)\s*\)")
# A value before a compound noun (`a 1.9% asset surplus over all net debt`): the compound, not its
# first word.
_COMPOUND_AFTER = re.compile(r"\s+(?P<first>[a-z]{3,})\s+(?P<second>[a-z]{3,})(?=\s+(?:over|of|on|in|for|at|to)\b|[,.;:]|$)")


def tidy_english(text: str, q: Quantity, name: str, previous_name: str = "") -> str:
    """The name with a clause's verb cut off its end, or the better name of an existential, a bracketed
    comparison or a compound noun after a percentage; '' when none applies."""
    before = text[_sentence_start(text, q.start):q.start]
    if _THERE_WERE.search(before) and (held := _IN_NP.match(text, q.end)):
        counted = text[q.start:q.end].split()[-1]
        if q.unit and counted.lower() == q.unit.lower() and counted.isalpha():   # round xcf (xcf1): a count's own noun
            return f"{counted} {held['prep']} {held['np']}"                 # There were 29.48 million people in employment
        return held["np"]                                                   # there were $100 billion in …
    if (short := _ABBREVIATED.search(before)) and name and (name.split()[-1] in short["np"].split() or f"({short['abbr']})" in name):
        tail = name.split(f"({short['abbr']})", 1)[1].strip() if f"({short['abbr']})" in name else ""
        return f"{short['abbr']} {tail}".strip()                            # The Consumer Prices Index (CPI) rose by
    if (aged := _AGE_GROUP_TAIL.search(name)) and aged.start() >= 2:
        return name[:aged.start()]                                          # employment rate for those aged (16 to 64)
    if _COMPARED.search(before) and len(previous_name) >= 2 and (place := _COMPARED_PLACE.match(text, q.end)):
        return f"{previous_name} ({place['place']})"                        # (compared to $60,270 in Canada …)
    compound = _COMPOUND_AFTER.match(text, q.end) if q.unit == "%" else None
    if compound and name == compound["first"] and compound["second"] not in ("and", "the", "for", "with", "from"):
        return f"{compound['first']} {compound['second']}"               # 1.9% asset surplus over …
    cut = _VERB_TAIL.sub("", name)
    return cut if cut != name and len(cut) >= 2 else ""


# A name made only of a hedge, a bound, an auxiliary or a particle of change (`well` of `well over 40 hours`,
# `was up more than` of `net farm income, was up more than 25 percent`, `gone` of `has gone down 25 percent`)
# says how the value compares or moves, not what it measures.
_HEDGE_WORDS = frozenset("well was were is are has have had up down gone more less than about nearly almost over under "
                         "some around approximately just only by to at "
                         # round c (xc6): `exports … are still down about 30 percent`
                         "still yet".split())
# round c (xc6): `after` before a participle of change (`…, after contracting about 1 percent in 2009`) is a hedge
# too; `After two weeks, the folds …` is a time, which the rule leaves alone.
# round xcf (xcf4): a noun of change after `after` is the same hedge (`The CPI increased 0.9 percent …, after
# increases of 0.8 percent and 1.0 percent …`): the clause's subject measures the earlier values too.
_AFTER_CHANGING = re.compile(r"(?i)\bafter\s+(?:[a-z]{3,}ing\s+(?:by\s+)?|(?:an?\s+)?(?:increases?|rises?|falls?|declines?|gains?"
                             r"|drops?|decreases?)\s+of\s+(?:[\d.,]+\s*(?:%|percent|per\s+cent)?\s+and\s+)?)"
                             r"(?:about\s+|nearly\s+|some\s+|around\s+|almost\s+)?$")
# A bare end of a change (`… have declined from 60 to 40`): the subject before the verb of change measures both.
_FROM_TO_END = re.compile(r"(?i)\s(?:declined|decreased|fallen|fell|dropped|risen|rose|increased|grown|grew|gone\s+(?:up|down)"
                          r"|climbed|changed)\s+from\s+(?:about\s+|around\s+|some\s+)?(?:\d[\d,]*\s+to\s+(?:about\s+|around\s+|some\s+)?)?$")
_CLAUSE_OPEN = re.compile(r"(?i)(?:;|,\s+(?:and|but|while|whereas)\s|^)")
_CLAUSE_VERB = re.compile(r"(?i)\s(?:is|are|was|were|has|have|had|will|would|should|shall|can|could|may|might|must|"
                          r"remains?|remained|stands?|stood|declined|decreased|fell|dropped|rose|increased|grew|climbed)\b")


def _own_clause_subject(text: str, start: int) -> str:
    """The subject of the clause `start` is in (after `;` or `, and`), up to its verb; an apposition
    (`farm income last year, net farm income,`) gives its last part; '' when none or too long."""
    floor = _sentence_start(text, start)
    opens = [m.end() for m in _CLAUSE_OPEN.finditer(text, floor, start)]
    clause = text[max([floor, *opens]):start]
    verbs = list(_CLAUSE_VERB.finditer(clause))      # the last: `administratively increased stimulants …, the
    if not verbs:                                     # number of … areas has declined`
        return ""
    verb = verbs[-1]
    parts = [p.strip() for p in clause[:verb.start()].split(",") if p.strip()]
    parts = [p for p in parts if not re.match(r"(?i)[a-z]+ing\b", p)] or parts   # `allowing for price changes,`: an aside
    if len(parts) >= 2 and re.match(r"(?i)(?:the|a|an)\s", parts[-1]) and not re.match(r"(?i)(?:the|a|an|in|on|at|by|for|"
                                                                                   r"from|with|after|before|since|during|as)\b", parts[-2]):
        subject = re.sub(r"(?i)^(?:the|a|an)\s+", "", _AUXILIARIES.sub("", parts[-2]))   # round xce: `Growth prospects of
        if 1 <= len(subject.split()) <= 6 and not any(c.isdigit() for c in subject):  # China, the largest economy of the
            return subject                            # region, are …`: an apposition opened by an article is an aside
    words = _AUXILIARIES.sub("", parts[-1]).split() if parts else []
    opened = [i for i, w in enumerate(words) if w.lower() in _ARTICLES]
    words = words[opened[-1] + 1:] if opened else words
    if words and words[0].lower() in ("and", "but"):
        words = words[1:]
    if not 1 <= len(words) <= 6 or any(c.isdigit() for w in words for c in w) \
            or words[0].lower() in ("it", "this", "they", "we", "i", "he", "she"):
        return ""
    return " ".join(words)


# An amount that is the object of a verb of paying, spending, saving, earning or costing (`which cost us $1
# billion a year in carrying charges`, `will save Americans a total of $60 billion`, `we shall spend nearly a
# billion dollars more`, `families earn less than $5,000`): what the amount is, the verb's noun; `in <noun>`
# after a cost names the cost itself (carrying charges).
_MONEY_VERB = re.compile(r"(?i)\b(?P<verb>cost|costs|spend|spends|spent|save|saves|saved|earn|earns|earned|pay|pays|paid)\b"
                         r"(?P<object>(?:\s+[A-Za-z]+){0,2}?)\s+(?:a\s+total\s+of\s+|(?:nearly|almost|about|over|some|only|just"
                         r"|more\s+than|less\s+than|at\s+least)\s+)*$")
_MONEY_NOUN = {"cost": "cost", "spen": "spending", "save": "savings", "earn": "earnings", "pay": "payments", "paid": "payments"}
_COST_IN = re.compile(r"(?i)(?:\s+(?:a|per|each|every)\s+(?:year|month|week|day))?\s+in\s+(?P<np>[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*)?)"
                      r"(?=\s+(?:alone|only|each|every|a|per)\b|[,.;:]|$)")
# A span of years in which something doubles (`Enrollments are going to double … in the short space of 10
# years`, `costs that are rising …, doubling every 5 years`): the time for it to double.
_DOUBLE_SPAN = re.compile(r"(?i)\bdoubl(?:e|es|ed|ing)\b[^.;:]{0,60}?\b(?:in|every|within)\s+(?:the\s+(?:short\s+)?space\s+of\s+)?$")
_DOUBLING_SUBJECT = re.compile(r"(?i)(?:^|[\s,])(?:the\s+|our\s+)?(?P<np>[A-Za-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,3}?)\s+"
                               r"(?:that|which)\s+(?:are|is|were|was)\b")


# A share right before `of <whole>` inside a phrase governed by a preposition or a participle (`our relations
# with one-fourth of the world's people who live in China`, `submarines--comprising less than 2 percent of our
# total nuclear force of …`): the words before it name no measure; it is a share of that whole.
_SHARE_GOVERNED = re.compile(r"(?i)\b(?:with|among|include|includes|included|including|[a-z]{3,}ing)\s+"
                             r"(?:(?:less|more|fewer)\s+than\s+|(?:nearly|almost|about|over|some|only|just|roughly)\s+)?$")
_OF_WHOLE = re.compile(r"\s+of\s+(?P<det>(?:the|our|its|their|all)\s+)?(?P<np>[A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*){0,6}?)"
                       r"(?=\s+of\b|\s*(?:--|—|[,.;:()])|$)")


def _governed_share(text: str, q: Quantity, before: str) -> str:
    """`share of <whole>` for a share governed by a preposition or a participle (see `_SHARE_GOVERNED`), or ''."""
    if not (q.unit == "%" or not q.unit and 0 < q.value < 1) or not _SHARE_GOVERNED.search(before):
        return ""
    whole = _OF_WHOLE.match(text, q.end)
    if not whole or any(c.isdigit() for c in whole["np"]):
        return ""
    return f"share of {whole['np']}"


def _money_object(text: str, q: Quantity, before: str) -> str:
    """The noun of the verb whose object the amount is (see `_MONEY_VERB`), or ''."""
    if not (q.unit in ("dollars", "USD", "euros", "pounds") or text[q.start:q.start + 1] in "$€£"):
        return ""
    m = _MONEY_VERB.search(before)
    if not m:
        return ""
    verb = m["verb"].lower()
    noun = _MONEY_NOUN.get(verb[:4], _MONEY_NOUN.get(verb[:3], ""))
    if noun == "cost":                                            # cost us $1 billion a year in carrying charges;
        held = _COST_IN.match(text, q.end)                        # without `in`, what costs it (the subject) names it
        return held["np"] if held else ""
    if noun == "earnings":
        doer = before[:m.start()].split()
        if doer and doer[-1].isalpha() and doer[-1].lower() not in _ARTICLES | {"we", "they", "i", "you", "who"}:
            owner = doer[-1] + ("'" if doer[-1].endswith("s") else "'s")
            return f"{owner} {noun}"                              # families' earnings
    return noun


def _doubling_time(text: str, q: Quantity, before: str) -> str:
    """`time for <what> to double` for a span in which it doubles, or ''."""
    if q.unit not in ("years", "months", "days", "weeks") or not _DOUBLE_SPAN.search(before):
        return ""
    m = _DOUBLE_SPAN.search(before)
    owner = list(_DOUBLING_SUBJECT.finditer(before[:m.start()]))
    np = owner[-1]["np"] if owner else _own_clause_subject(text, q.start - len(before) + m.start())
    words = np.split()                                    # `act on fuel costs that are`: the noun after the preposition
    cut = max((i for i, w in enumerate(words) if w.lower() in ("on", "of", "in", "to", "for", "with", "at", "from", "by")),
              default=-1)
    np = " ".join(words[cut + 1:])
    return f"time for {np} to double" if np and not any(c.isdigit() for c in np) else ""


# A relative clause (or a reduced one) of bound closing right before the value: `<noun> which shall not be less
# than`, `but which may extend to`, `<noun> not exceeding`. The noun it bounds is what the value measures; `X for a
# term` is the term of X. Not-less bounds give a minimum, extend-to and not-more bounds a maximum.
_BOUND_TAIL = re.compile(r"(?i)(?:\b(?:which|that)\s+(?:shall|may|will|must|would|can|does|do|is|are)?\s*(?P<neg>not\s+)?"
                         r"(?:be\s+)?|\s(?P<reduced>not|of)\s+)(?P<bound>less\s+than|fewer\s+than|more\s+than|extend\s+to|"
                         r"exceed(?:ing)?|to\s+exceed)\s+$")
_BOUNDED_NOUN = re.compile(r"(?i)(?:\b(?P<owner>[a-z]{3,})\s+for\s+(?:a|an)\s+)?(?:\b(?:a|an|the|any)\s+)?\b(?P<noun>[a-z]{3,})"
                           r"\s+(?:(?:which|that)\s|(?:not|of)\s+(?:exceeding|less|more|fewer|to)\b)")
_NOT_BOUNDED = frozenset("but and or with shall may will must which that not".split())


def _bounded(before: str, measure: bool = False) -> str:
    """`minimum|maximum <noun>` for a value closing a relative clause of bound (see `_BOUND_TAIL`), or '';
    `<noun> of less than` only for a `measure` (a term or a sum: never `a town of more than 20,000 people`)."""
    tail = _BOUND_TAIL.search(before)
    if not tail:
        return ""
    bound = tail["bound"].lower()
    negated = bool(tail["neg"] or tail["reduced"] == "not")
    if tail["reduced"] == "of" and not measure:
        return ""
    if tail["reduced"] == "of" and bound.endswith("than"):     # `a term of less than six months`: the noun alone
        nouns = [m for m in _BOUNDED_NOUN.finditer(before[:tail.end()]) if m.end() > tail.start()
                 and m["noun"].lower() not in _NOT_BOUNDED
                 and re.match(r"(?i)(?:\w+\s+for\s+)?(?:a|an)\s", m.group())]   # `a term of`, never `a total
                                                                                 # national budget of`
        if not nouns:
            return ""
        owner = nouns[-1]["owner"]
        return f"{nouns[-1]['noun'].lower()} of {owner.lower()}" if owner else nouns[-1]["noun"].lower()
    if bound.startswith(("less", "fewer")):
        side = "minimum" if negated else ""
    elif bound.startswith("extend") or (negated and bound.startswith("more")) or "exceed" in bound and negated:
        side = "maximum"
    else:
        side = ""
    nouns = [m for m in _BOUNDED_NOUN.finditer(before[:tail.end()]) if m["noun"].lower() not in _NOT_BOUNDED]
    if tail["reduced"]:                           # `a fine not exceeding`: the noun right before `not` (never
        nouns = [m for m in nouns if m.end() > tail.start()]     # `consisting of not less than five judges`)
    if not side or not nouns:
        return ""
    noun = nouns[-1]
    if noun["owner"] and noun["owner"].lower() not in _NOT_BOUNDED:
        return f"{side} {noun['noun'].lower()} of {noun['owner'].lower()}"       # imprisonment for a term
    return f"{side} {noun['noun'].lower()}"


_TERM_OR_MONEY = frozenset(("years", "months", "weeks", "days", "hours", "cents", "dollars", "USD", "euros", "pounds",
                            "rupees"))
_CHANGE_VERB_ALONE = re.compile(r"(?i)(?:pick|picks|picked|rise|rises|rising|climb|climbs|fall|falls|slow|slows|edge|edges|"
                                r"drop|drops|jump|jumps|ease|eases|recover|recovers|rebound|rebounds|accelerate|decelerate)")
_UP_TO = re.compile(r"(?i)\s(?:up\s+|down\s+|back\s+)?to\s+(?:about\s+|around\s+|nearly\s+|some\s+)?$")
_CHANGED_WORD = re.compile(r"(?i)declined|decreased|fallen|fell|dropped|risen|rose|increased|grown|grew|climbed|changed")
# round c: a value named only by its own unit words (`cents per gallon` of `two cents per gallon`) after `<noun
# phrase> at`: the noun phrase is what is kept or set at it (`continue the Federal gasoline tax at two cents per
# gallon` -> Federal gasoline tax).
_NP_AT = re.compile(r"(?i)\b(?:the|a|an|its|our|their|this)\s+(?P<np>[A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*){0,4}?)\s+at\s+$")
# round c (xc6, check document): a subject with an aside between spaced dashes before its verb (`The ASEAN-5 -
# Indonesia, Malaysia, … - will grow four percent`, `Japan - the world's second largest economy - is only projected
# to grow 1.7 percent`): the words before the first dash are the subject, never the aside's last words.
_DASH_ASIDE = re.compile(r"(?:^|[.;:]\s+|\s{2,})(?:[A-Z][a-z]+(?:\s+[a-z]+)?,\s+)?(?:the\s+|The\s+)?(?P<head>[A-Z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*){0,3}?)"
                         r"\s+(?:-|–|—|--)\s+(?P<aside>[^–—]{3,120}?)\s+(?:-|–|—|--)\s+(?:[a-z]+\s+){0,6}$")
# A name opened by a participle of order (`followed by India at 6.4 percent`): the item, not the participle.
_ORDER_OPENING = re.compile(r"(?i)^(?:followed|trailed|preceded|succeeded)\s+by\s+")
# A name made of a subject, a verb of reckoning and its object (`the report predicted growth of 2.5 percent` named
# `report predicted growth`): the object names the value.
# check document xce6: with no subject word kept (`expects global GDP growth of 2.9%`) and the verbs of pegging and
# expecting (`The outlook pegged inflation in G20 countries to decline from 6.6%` named `outlook pegged inflation`)
_RECKONED = re.compile(r"(?i)^(?:[A-Za-z'’-]+\s+){0,4}?(?:predicted|forecast|projected|estimated|expected|expects|sees|saw"
                       r"|puts|put|pegged|pegs)\s+(?!(?:for|of|in|on|at|by|to|from|with|the|a|an|its|their|our|his|her)\b)(?P<np>[a-z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*){0,2})$")
# check document xce6 (the English form of a value in brackets after its item, as 农民（大约百分之二十五）and the
# source shares of xr1): `with India (6.2% growth in 2024 and 6.5% in 2025), Indonesia (5.1% and 5.2%) and China
# (4.7% and 4.2%)`: the item before the bracket names every value in it (with the measure noun written after the
# first value); the bracket holds only values, `and` and times before the value.
_ITEM_BRACKET = re.compile(r"(?:^|[,;:]\s*|\s(?:with|and|for|in|of)\s+)(?P<item>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})\s*\("
                           r"(?P<inside>[^()]*)$")
_BRACKET_FILLER = re.compile(r"(?i)(?:[\d.,]+\s*%?|and|or|in|growth|inflation|(?:19|20)\d\d|\s)*")
_BRACKET_NOUN = re.compile(r"(?i)\s*[\d.,]+\s*%\s+(?P<noun>growth|inflation)\b")
# round xcf (xcf4; widens xce6's bracket and xr1's source shares to items in lower case): a change in brackets after
# an item of a list (`the main upward contributions came from: housing and household utilities (up 3.0 percent),
# alcoholic beverages and tobacco (up 5.3 percent) and …`, `came from higher prices for cigarettes and tobacco (up 13
# percent)`): the item names the value, never the direction word (`up`, `down`) or the sentence's subject. The item
# is the words after the last list mark (`,` `;` `:`, or `and` after the bracket before: an item's own `and` stays,
# `alcoholic beverages and tobacco`), after `from`/`for` in a long clause.
_CHANGE_BRACKET = re.compile(r"(?i)\((?P<inside>\s*(?:up|down|rising|falling|higher|lower)\s+(?:by\s+)?(?:about\s+|around\s+|nearly\s+"
                             r"|almost\s+|some\s+)?)$")
# check document xcf5: the bracket may open with the value itself when the item is a list's (`came from housing and
# household services (1.49 percentage points, principally from …) and transport (1.47 percentage points, …)`); read last,
# after every other shape (xce6's capitalised items, xr1's source shares) had its turn.
_VALUE_BRACKET = re.compile(r"\((?P<inside>\s*(?:about\s+|around\s+|nearly\s+|some\s+)?)$")
_LIST_MARK = re.compile(r"[,;:]\s*(?:and\s+)?|\)\s*and\s+")
# check document xce6: values after a colon (`Core inflation is expected to be even lower: 2.5% in 2024 and 2.1% in
# 2025`): the clause before the colon says what they measure, its subject.
_AFTER_COLON = re.compile(r":\s*(?:about\s+|around\s+|some\s+|nearly\s+)?$")
# round xce (xce3, xce5; xr5's `include … additional persons` is the same reading): a name opened by a verb before
# its object (`upgraded its growth outlook for Asia`, `meet original projections`, `achieve previous growth
# projections`): a verb of attaining, or any word before a possessive determiner, is no part of the name;
# the object is.
_ATTAINED = re.compile(r"(?i)^(?:(?:meet|meets|met|achieve|achieves|achieved|reach|reaches|reached|hit|hits|exceed|exceeds"
                       r"|exceeded|beat|beats|match|matches|matched|miss|missed)\s+(?:the\s+|its\s+|their\s+)?"
                       r"|[a-z]+\s+(?:its|their|our)\s+)(?P<np>[a-z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*){0,5})$")
_GROUP_SHARE = re.compile(r"(?i)\bthe\s+(?P<adj>[a-z]{3,}est|top|bottom)\s+$")


def _bracketed_change_item(before: str, bare: bool = False) -> str:
    """The list item a bracketed change follows (`…: housing and household utilities (up 3.0 percent)`), or ''.
    `bare`: the bracket opens with the value itself (`and transport (1.47 percentage points, …)`)."""
    bracket = (_VALUE_BRACKET if bare else _CHANGE_BRACKET).search(before)
    if not bracket:
        return ""
    head = before[:bracket.start()].rstrip()
    marks = list(_LIST_MARK.finditer(head))
    item = head[marks[-1].end():] if marks else head
    words = item.split()
    if len(words) >= 6 and (cut := [i for i, w in enumerate(words) if w.lower() in ("from", "for")]):
        words = words[cut[-1] + 1:]                      # came from higher prices for cigarettes and tobacco
    while words and words[0].lower() in ("the", "a", "an", "with", "from", "for", "of", "in", "to"):
        words = words[1:]
    item = " ".join(words)
    if not 1 <= len(words) <= 6 or any(c.isdigit() for c in item) or len(item) < 2:
        return ""
    return item


# round figures6 (xr9; widens round o's hedge alone): a single word between a copula and the value (`would be ahout three
# times`, `is approx 5%`, `was circa 40`) is an adverb, whatever its spelling; no noun stands there. The copula's
# subject names the value: its words back to `that`, a clause mark or the sentence's start, without the article.
_COPULA_WORD = re.compile(r"(?i)\b(?:(?:would|will|should|could|may|might|must|can|shall)\s+)?(?:be|is|are|was|were|been)"
                          r"\s+(?P<word>[a-z]+)\s+$")
_COPULA_SUBJECT_OPEN = re.compile(r"(?i)(?:\bthat\s+|[,;:]\s*|^\s*)")


def _copula_subject(before: str, at: int) -> str:
    """The subject of the copula opening at `at` in `before` (see _COPULA_WORD), or ''."""
    opens = [m.end() for m in _COPULA_SUBJECT_OPEN.finditer(before, 0, at)]
    words = before[max(opens, default=0):at].split()
    if words and words[0].lower() in ("the", "a", "an"):
        words = words[1:]
    if not 2 <= len(words) <= 12 or words[0].lower() in _NOT_SUBJECTS or words[0].lower() in ("i", "he", "she", "you"):
        return ""
    return " ".join(words)


# round figures6 (xr5): a count with its own noun after a verb of including (`recommended extension of the social insurance
# system to include more than 10,000,000 additional persons`, `expand the program to cover 2,000,000 children`) counts
# that noun, in the whole that takes them in (additional persons in the social insurance system); never the verb
# phrase before it (`recommended extension`).
_INCLUDING = re.compile(r"(?i)(?:\b(?:of|in)\s+(?:the\s+)?(?P<whole>[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,4}?)\s+)?"
                        r"\bto\s+(?:include|cover|enroll|take\s+in|bring\s+in)\s+(?:(?:more|fewer|less)\s+than\s+|(?:over|about|"
                        r"nearly|almost|some|at\s+least|an\s+additional)\s+)?$")


def _included_count(text: str, q: Quantity, before: str) -> str:
    """`<counted noun> in <whole>` for a count taken in by a verb of including (see _INCLUDING), or ''."""
    m = _INCLUDING.search(before)
    words = text[q.start:q.end].split()[1:]
    if m is None or not words or not all(w.isalpha() for w in words):
        return ""
    counted = " ".join(words)
    return f"{counted} in the {m['whole']}" if m["whole"] else counted


# round figures6 (xr9): a span counted from an end of something (`in the first 2 years of its operation`, `during the last
# three months of the war`) is that thing's span: named by the noun after `of`, a possessive pronoun standing for the
# clause's subject (This program … its operation -> operation of the program); never the words before it (`great
# success in the first`).
_SPAN_OPENING = re.compile(r"(?i)\b(?:in|during|over|for|within|after)\s+the\s+(?:first|last|past|next|initial|final)\s+$")
_SPAN_OF = re.compile(r"\s+of\s+(?:(?P<pron>its|their)\s+|the\s+)?(?P<noun>[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,3}?)"
                      r"(?=\s*[,.;:()]|\s+(?:and|but|was|were|is|are|has|have|had|in|at|by|for)\b|$)")


def _span_of(text: str, q: Quantity, before: str) -> str:
    """`<noun> of the <subject>` for a span counted from an end of something (see _SPAN_OPENING), or ''."""
    if q.unit not in ("years", "year", "months", "month", "weeks", "week", "days", "day") or not _SPAN_OPENING.search(before):
        return ""
    m = _SPAN_OF.match(text, q.end)
    if m is None:
        return ""
    owner = _own_clause_subject(text, q.start) if m["pron"] else ""
    return f"{m['noun']} of the {owner}" if owner else m["noun"]


def rename_english(text: str, q: Quantity, name: str) -> str:
    """A better name for the English value `q` first named `name`, or '' (see the module doc)."""
    renamed = _rename_english(text, q, name)
    before = text[_sentence_start(text, q.start):q.start]
    words = (renamed or name).rstrip(" -–—").split()
    if words and (aside := _DASH_ASIDE.search(before)) and words[-1] in aside["aside"]:
        return aside["head"]                                  # Japan - the world's second largest economy - is …
    return renamed


def _rename_english(text: str, q: Quantity, name: str) -> str:
    after = text[q.end:q.end + 160]
    before = text[_sentence_start(text, q.start):q.start]
    if (spanned := _span_of(text, q, before)):
        return spanned                                        # great success in the first 2 years of its operation
    if (bounded := _bounded(before, q.unit in _TERM_OR_MONEY or text[q.start:q.start + 1] in "$€£")):
        return bounded                                        # a term which may extend to three years
    if _CHANGE_VERB_ALONE.fullmatch(name) and _UP_TO.search(before) and (subject := _own_clause_subject(text, q.start)):
        return subject                                        # Growth is forecast to pick up to 5.4 percent
    if q.unit == "%" and (group := _GROUP_SHARE.search(before)) and not re.match(r"\s+[a-z]", after):
        return f"the {group['adj'].lower()}"                  # the lives of the poorest 40 percent
    if _ORDER_OPENING.match(name) and len(_ORDER_OPENING.sub("", name)) >= 2:
        return _ORDER_OPENING.sub("", name)                   # followed by India at 6.4 percent -> India
    if (changed_item := _bracketed_change_item(before)):
        return changed_item                                   # housing and household utilities (up 3.0 percent)
    if (bracket := _ITEM_BRACKET.search(before)) and _BRACKET_FILLER.fullmatch(bracket["inside"]):
        noun = _BRACKET_NOUN.match(text, before.rfind("(") + (q.start - len(before)) + 1)
        return f"{bracket['item']} {noun['noun'].lower()}" if noun else bracket["item"]   # India (6.2% growth in 2024 …
    if _AFTER_COLON.search(before):
        colon = q.start - len(before) + before.rfind(":")
        subjects = list(_COPULA_SUBJECT.finditer(text[_sentence_start(text, q.start):colon]))
        noun = subjects[-1]["np"] if subjects else _own_clause_subject(text, colon)
        if len(noun) >= 2 and not any(c.isdigit() for c in noun) and noun.lower() not in _NOT_SUBJECTS:
            return noun                                       # Core inflation is expected to be even lower: 2.5% …
    if (reckoned := _RECKONED.match(name)):
        return reckoned["np"]                                 # the report predicted growth of 2.5 percent -> growth
    own = {w.lower() for w in text[q.start:q.end].split()}
    if name and all(w.lower() in own for w in name.split()) and (held := _NP_AT.search(before)) \
            and not any(c.isdigit() for c in held["np"]):
        return held["np"]                                     # the Federal gasoline tax at two cents per gallon
    if q.unit == "head" and (animals := _HEAD_OF.match(after)):
        return "head of " + _ANIMAL_END.sub("", animals["noun"])
    if _COMPARATIVE.fullmatch(name) and (than := _THAN.match(after)):
        return f"{than['cmp'].lower()} than the {than['np']}"
    if (_SUPERLATIVE.fullmatch(name) or _COMPARATIVE.fullmatch(name)) and (subject := _subject(text, q.start)):
        return subject                                        # `Exports were 12% higher in 2019`: Exports
    if _ESTIMATED.fullmatch(name):
        comma = before.rstrip().rfind(",")
        phrase = before[:comma].split(",")[-1].split() if comma > 0 else []
        cut = max((i for i, w in enumerate(phrase) if w.lower() in ("to", "than", "equal", "approximately")), default=-1)
        noun = " ".join(w for w in phrase[cut + 1:] if w.lower() not in ("the", "a", "an"))
        return noun if len(noun) >= 2 else ""
    if (reckoned := _RECKONED_PHRASE.fullmatch(name)) and not _PASSIVE_NAME.fullmatch(name):
        noun = reckoned["np"] or ""
        if noun.lower() in _NOT_SUBJECTS or noun and not (reckoned["then"] or reckoned["then2"]):
            return ""                                         # `previous forecast`: a noun, no participle
        if noun and _BARE_MEASURE.fullmatch(noun):          # with the rate expected to decelerate further to …
            noun, _ = _clause_subject(text, q.start)
        subjects = list(_COPULA_SUBJECT.finditer(before)) if not reckoned["np"] else []
        noun = noun or (subjects[-1]["np"] if subjects else "") or _own_clause_subject(text, q.start)
        if len(noun) >= 2 and not any(c.isdigit() for c in noun) and noun.lower() not in _NOT_SUBJECTS:
            return noun                                       # Growth in Southeast Asia is now expected at 4.6 per cent
    if (attained := _ATTAINED.match(name)) and len(attained["np"]) >= 2:
        return attained["np"]                                 # on track to meet original projections of 7.0 percent
    if _PASSIVE_NAME.fullmatch(name) or _ADJECTIVE_NAME.fullmatch(name):
        subjects = list(_COPULA_SUBJECT.finditer(before))
        noun = subjects[-1]["np"] if subjects else ""
        if len(noun) >= 2 and not any(c.isdigit() for c in noun) and noun.lower() not in ("it", "this", "that", "they"):
            return noun
        if (subject := _own_clause_subject(text, q.start)):   # round c (xc6): `In those nations, growth is expected to
            return subject                                    # reach five percent` -> growth
    if q.unit == "%" and (judged := _WITH_SHARE.search(before)):
        return judged["np"]
    if q.unit == "%" and text[q.start - 1:q.start] == "(" and (sources := _SOURCES.match(before)):
        listed = re.split(r"\)\s*,\s*(?:and\s+)?", before[sources.end():q.start - 1])[-1]   # the item before `(`
        item = _ITEM_HEAD.sub("", _PREPOSITION.sub("", listed.strip()))
        if 2 <= len(item) and not any(c.isdigit() for c in item):
            owner = item + ("'" if item.endswith("s") else "'s")
            return f"{owner} share of {sources['whole'].lower()}"
    if q.unit == "%" and (subject := _SUBJECT_OF.search(before)) and (part := _APPOSED_SHARE.match(after)):
        owner = part["np"] + ("'" if part["np"].endswith("s") else "'s")
        return f"{owner} share of {subject['np']}"
    if (not q.unit or name.lower() == q.unit.lower() or _CHANGED_WORD.fullmatch(name)) and _FROM_TO_END.search(before) \
            and (subject := _own_clause_subject(text, q.start - len(before) + _FROM_TO_END.search(before).start() + 1)):
        return subject                                        # The average hours of work have declined from 60 to 40
    if (share := _governed_share(text, q, before)):
        return share                                          # relations with one-fourth of the world's people …
    if (spent := _money_object(text, q, before)):
        return spent                                          # will save Americans a total of $60 billion -> savings
    if (doubling := _doubling_time(text, q, before)):
        return doubling                                       # doubling every 5 years
    changed = _changed(text, q)
    if changed and (_WEAK_EN.fullmatch(name) or _cut_short(name, changed)
                    or q.unit and name.lower() == q.unit.lower()):   # reduced by about $7,000,000,000; by … a million jobs
        return changed
    if (word := _COPULA_WORD.search(before)) and name == word["word"] and (subject := _copula_subject(before, word.start())):
        return subject                                        # the real income … would be ahout three times what it is
    if (included := _included_count(text, q, before)):
        return included                                       # extension of … system to include … additional persons
    if name and (all(w.lower() in _HEDGE_WORDS for w in name.split())
                 or name.lower() == "after" and _AFTER_CHANGING.search(before)):
        subject = _own_clause_subject(text, q.start)          # well over 40 hours; has gone down 25 percent
        counted = text[q.start:q.end].split()[-1] if q.unit and text[q.start:q.end].split()[-1].lower() == q.unit.lower() else ""
        return subject or counted                             # The well being of our 160 million people -> people
    if (bare := _BARE_MEASURE.fullmatch(name)):                # at the current rate of 52%: whose rate
        subject, grew = _clause_subject(text, q.start)
        noun = bare["noun"].lower()
        if subject and noun in ("rate", "level") and noun not in subject.lower():
            return f"{subject} {noun}"
        if subject:
            return f"{subject} growth" if grew and noun == "average" else subject
    if _PREPOSITION.match(name) and len(_PREPOSITION.sub("", name)) >= 2:
        return _PREPOSITION.sub("", name)                     # from royalties on …: no preposition opens a name
    if re.match(r"\s*[,)]", after) and (item := _bracketed_change_item(before, bare=True)) and item != name:
        return item                                           # and transport (1.47 percentage points, …)
    return ""
