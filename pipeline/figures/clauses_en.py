"""What a number in an English rule, requirement or label measures: `english_clause(text, floor, q)`.

    english_clause("The President shall hold office for seven years", 0, q)   # -> "President's term of office"

Acts, constitutions and technical requirements state numbers whose noun is implied by the
shape of the sentence: the number is a term, a bound on a duration, a deadline, the size
of a body, an age, a required majority, an interval, or the value of a label. The general
reading of english.py (the words before the number in its clause) gets `President shall hold
office`, `continue for a longer period`, `members`, `composed`. Each rule below names one such
phenomenon and returns '' when its shape is absent, so the general reading still applies
(the English counterpart of clauses.py). Asides (`(See Note 3)`, `(Sundays excepted)`) are read
as blanks, so an editor's cross-reference never becomes a subject or cuts a shape apart:

- term: `X shall hold office for seven years`, `He shall hold his Office during the Term of four
  Years` -> X's term of office (a pronoun subject: term of office); `two Senators from each State,
  chosen by the Legislature thereof, for six Years` -> Senators' term (a body chosen for a time);
- maximum duration: `X shall not continue for a longer period than seven years`,
  `for a period not exceeding`, `no Appropriation … shall be for a longer Term than two Years`
  -> maximum duration of X;
- deadline: `X shall take place not later than thirty days after …`, `within sixty days
  after`, `shall meet within thirty days from` -> deadline for X (to meet);
- composition: `X shall be composed of sixty members`, `a Court consisting of not less
  than five judges` -> members of X, judges of Court; a share per unit as written: `composed of
  two Senators from each State` -> Senators from each State;
- age: `who has reached the age of twenty-one years … shall be eligible for membership of
  X` -> minimum age for membership of X; `No Person shall be a Senator who shall not have
  attained to the Age of thirty Years` (the office named before) -> minimum age of Senator;
  `the right to vote` -> voting age; else age;
- qualifying time: `and been seven Years a Citizen`, `fourteen Years a Resident` -> years of
  citizenship / residence (required for the office named before, as for ages);
- ratio: `shall not exceed one for every thirty Thousand` -> population per Representative (the
  counted noun of the subject, one of them per so many people);
- majority: `supported by not less than two-thirds of the total membership` -> required
  majority (a fraction of a body's membership or votes); a fraction of a named body: `ratified by
  the Legislatures of three fourths of the several States` -> majority of States needed to ratify,
  `one fifth of those Present` -> share of those Present;
- size: `agglomerations with more than 100,000 inhabitants` -> size of agglomerations (a bound
  on what a plural noun has sets its size);
- interval: `to prepare and publish noise maps … every 5 years` -> interval for noise maps …;
  `The actual Enumeration shall be made … within every subsequent Term of ten Years` -> interval
  for actual Enumeration (a passive: its subject is what recurs);
- label: `Indicator level: 55dB(A)` -> Indicator level (the label before a colon);
- share of a noun: `3% self-discharge per month` -> self-discharge (a percentage right
  before a noun modifies that noun);
- share of a whole: `it covers approximately 20 percent of the Earth's surface`, `Covering
  approximately 22% of Earth's surface` -> share of Earth's surface (a percentage of a whole after
  a verb that relates a part to it — cover, constitute, make up, account for… — whose part is a
  pronoun or unsaid; a noun part names it: `Traffic noise accounts for 30 per cent`);
- extremes of a range: `Surface water temperatures, which vary …, range from below −2 °C to over
  30 °C` -> lowest / highest surface water temperatures; one value for the whole range
  (`salinity … ranges from 33 to 37 parts per thousand`) -> surface water salinity; a range of one
  dimension (`ranging in thickness from 60–3,300 m`) -> thickness;
- variation: `values may vary by 7–8 °C` -> variation of values (an amount after `vary by` is
  a spread, not the level of its subject);
- multiple: `the bottom of the ridge is three times as deep`, `The land that drains into the
  Atlantic covers four times that of either the Pacific or Indian oceans` -> depth of bottom of
  the ridge, land that drains into the Atlantic (a ratio names what it compares);
- frequency: `30 UN entities cited these sources 128 times` -> citations of sources (a count of
  times names the action done, as a noun, and what it was done to);
- cap per unit: `a Tax or duty may be imposed on such Importation, not exceeding ten dollars for
  each Person` -> maximum Tax or duty per Person;
- share chosen: `so that one third may be chosen every second Year` -> share chosen every second
  Year (a fraction as the subject of a passive verb is the share the verb acts on);
- superlative in apposition: `The greatest depth, Milwaukee Deep with 8,380 m` -> greatest depth
  (Milwaukee Deep) (the name between names the place, the superlative what is measured);
- part of a whole: `one in five adults smokes` -> share of adults (the plural after the ratio is
  the whole the part is taken from);
- share beside a count: `Albanians 2,312,356 (82.6% of the total)`, `Greeks 24,243 (0.9%)` -> Albanians,
  Greeks (a share in brackets right after a count is a share of what the count counts);
- coordinate: `58° South latitude`, `the 20° East meridian`, `at about 25° north` -> latitude /
  meridian (a position in degrees is a coordinate, not an amount of what comes before it).

Read first, around the value itself (issue 14, branch figures):
- reached: `rising oil production which surpassed 1.4 million barrels per day` -> oil production
  (a relative clause's noun, not its verb; an -ing word before it goes);
- worth: `US$785 million worth of diamonds` -> diamonds (what an amount of money is worth);
- share for: `the main livelihood for 85% of the population`, `Agriculture in Albania employs 47.8% of
  the population` -> share of the population (a percentage a preposition or a verb of providing for
  people takes, of a whole);
- apposed: `The vast majority of Angola's exports, 92% in 2004, are petroleum products` -> share
  of Angola's exports (a value between commas after the noun phrase it measures).

Read first too (issue 14, branch figures, round 2: a country's demographics, an annual message's budget):
- measure subject: `The infant mortality rate is 184.44 deaths`, `a population of 24.3 million
  inhabitants`, `The debt with which we are now confronted is about 290 billion dollars` -> infant
  mortality rate, population, debt (a rate, population, debt, deficit or surplus as the subject of a
  copula or the noun before `of`, right before the value, names it, not the unit's counted noun);
- time since: `Our basic farm laws were written 27 years ago` -> time since basic farm laws were
  written (a duration before `ago` dates an event);
- described as: `The amount of income over outgo, described in the budget as a Surplus, …, is 4 billion
  2 hundred million` -> Surplus (the name an aside gives the subject).
"""
from __future__ import annotations

import re

from .scan import Quantity

_MODAL = r"(?:shall|must|will|may|should|can|is\s+to|are\s+to)"
_BOUND = r"(?:not\s+(?:less|more|fewer)\s+than\s+|no\s+(?:less|more|fewer)\s+than\s+|at\s+(?:least|most)\s+)?"
_TERM = re.compile(r"(?i)\b(?:hold|holds|held|serve|serves)\s+(?:office|(?:his|her|its|their)\s+office|in\s+office)"
                   r"\s+(?:for\s+(?:a\s+(?:term|period)\s+of\s+)?|during\s+the\s+(?:term|period)\s+of\s+)$")
# `two Senators from each State, chosen by the Legislature thereof, for six Years`: the plural noun
# before the participle (past a distributive `from each State`) is chosen for a term.
_CHOSEN_FOR = re.compile(r"(?P<noun>[A-Za-z]{3,}s)(?:\s+(?:from|of|in)\s+(?:each|every|the)\s+[A-Za-z]+)?\s*,?\s+"
                         r"(?:chosen|elected|appointed)\b[^.;]{0,80}?\bfor\s+$")
_PRONOUNS = frozenset("he she it they".split())
_LONGEST = re.compile(rf"(?i)\b{_MODAL}\s+not\s+(?:continue|last|remain|sit|run|exist|be\s+in\s+force)\s+for\s+"
                      r"(?:a\s+)?longer\s+(?:period\s+)?than\s+$|\bfor\s+a\s+period\s+not\s+exceeding\s+$"
                      r"|\bfor\s+a\s+longer\s+(?:term|period)\s+than\s+$")
_DEADLINE = re.compile(r"(?i)\b(?:not\s+later\s+than|no\s+later\s+than|within)\s+$")
_DEADLINE_AFTER = re.compile(r"(?i)\s+(?:after|from|of|before|following)\b")
_COMPOSED = re.compile(rf"(?i)\b(?:composed|made\s+up|consisting|consist|consists)\s+of\s+{_BOUND}$")
_AGE_BEFORE = re.compile(r"(?i)\b(?:reached|attained|reach|attain)(?:\s+to)?\s+(?:the\s+age\s+of\s+|(?:his|her|their)\s+)$")
# The office a qualification is for, named before it in its sentence: `No Person shall be a
# Senator who …`, `shall be eligible to the Office of President; neither shall any Person …`.
_OFFICE_BEFORE = re.compile(r"\b(?:[Bb]e\s+(?:a|an)\s+(?P<person>[A-Z][a-z]+)\s+who\b"
                            r"|eligible\s+to\s+the\s+[Oo]ffice\s+of\s+(?P<office>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?))")
# `and been seven Years a Citizen`, `fourteen Years a Resident within`: time in a status.
_STATUS_AFTER = re.compile(r"(?i)\s+(?:a|an|as\s+a|as\s+an)\s+(?P<status>citizen|resident|inhabitant)\b")
_STATUS_NOUN = {"citizen": "citizenship", "resident": "residence", "inhabitant": "residence"}
# `The Number of Representatives shall not exceed one for every thirty Thousand`.
_RATIO = re.compile(r"(?i)\b(?P<noun>[a-z]{3,}?)s?\s+(?:shall|must|may|is\s+to)\s+not\s+exceed\s+one\s+for\s+(?:every|each)\s+$"
                    r"|\bone\s+(?P<per>[a-z]{3,})\s+for\s+(?:every|each)\s+$")
# A fraction of a named body: `of the several States`, `of that House`, `of those Present`.
# The body is named by a plural (`States`, `Senators`), a deliberative body's noun, or `present`: a
# place (`two-thirds of the African continent`) is no body.
_OF_BODY = re.compile(r"\s+of\s+(?:(?:the|that|this|several)\s+)*(?P<body>(?:(?:both|those|all)\s+)?"
                      r"(?:[A-Z][a-z]+\s+(?:and\s+)?){0,3}(?:[A-Z][a-z]+s|House|Senate|Congress|Assembly|Council"
                      r"|Parliament|Chamber|Present)(?:\s+present)?)(?![\w-])")
_PASSED_BY = re.compile(r"(?i)\b(?P<verb>[a-z]{3,}ed)\s+by\s+(?:the\s+[A-Za-z]+\s+of\s+)?$")
_AGE_AFTER = re.compile(r"(?i)\s+of\s+age\b")
_ELIGIBLE = re.compile(r"(?i)\beligible\s+(?:for|to)\s+(?:election\s+to\s+)?"
                       r"(?:the\s+office\s+of\s+)?(?P<what>[^,;.:]{2,60})")
_VOTE = re.compile(r"(?i)\bright\s+to\s+vote\b")
_OF_MEMBERSHIP = re.compile(r"(?i)\s+of\s+(?:the\s+)?(?:total\s+)?(?:membership|members|votes)\b")
_SIZE = re.compile(r"(?i)\b(?P<noun>[a-z][a-z-]{2,}s)\s+with\s+(?:(?:more|fewer|less)\s+than|over|at\s+least|up\s+to)\s+$")
_EVERY = re.compile(r"(?i)\b(?:(?:at\s+least\s+)?once\s+)?(?:in\s+)?every\s+(?:(?:subsequent\s+|succeeding\s+)?"
                    r"(?:term|period)\s+of\s+)?$")
_OBJECT = re.compile(rf"(?i)\b(?:{_MODAL}|to)\s+\w+(?:\s+and\s+\w+)?\s+(?P<obj>.+?)\s*"
                     r"(?:(?:at\s+least\s+)?once\s+)?(?:in\s+)?$")
_LABEL = re.compile(r"\s*(?P<label>[A-Za-z][A-Za-z -]{1,40}):\s*$")
_SHARE_BESIDE_COUNT = re.compile(r"(?:^|[,:;]\s*|\band\s+)(?!(?:and|or)\s)(?P<name>[A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*){0,3})"
                                 r"\s+\d[\d,.]*\s*\(\s*$")
_SUBJECT_CUT = re.compile(r"(?i)\s+(?:of|for|to|in|on|at|by|from|with|who|which|that)\s+")
_ARTICLE = re.compile(r"(?i)^(?:(?:if|when|unless|whenever|but|and|or)\s+)?(?:the|a|an|every|each|any|such|this|that|no)\s+(?:same\s+)?")
_ASIDE = re.compile(r"\([^()]*\)")
# Section and item marks opening a provision: `3 1°`, `2°`, `ii`, `(a)`.
_MARKS = re.compile(r"^(?:\s*(?:\d+°?|[ivx]{1,4}|\([a-z0-9]{1,3}\)|[a-z]\))(?=\s))+\s*")
_DURATIONS = frozenset({"days", "weeks", "months", "years", "hours", "minutes"})
_OCCUR = frozenset("be take occur happen".split())
_FUNCTION = frozenset("a an the of in on at to for by per with from and or than as is are was were be "
                      "this that these those last next each every year years month months week weeks day "
                      "days annually yearly".split())
_MAX_WORDS = 8
# Words after a percentage that open a phrase of time, place or comparison (`2.8 per cent over the year to
# the September quarter`, `21.5% among the 15–24 age group`, `0.4 per cent per month`): never the noun the
# percentage qualifies (`a 2.5 per cent midpoint`), so never its name.
# (A comparative such as `above` stays: weak_en names it by its `than` phrase or the subject.)
_NOT_NOUNS = frozenset("over under among since until through throughout during between after before against "
                       "across within versus ahead behind around about near beyond toward towards into onto upon "
                       "via per".split())
# A percentage before a comparative and a plural noun (`we received 2% more complaints about public
# services`, `12% fewer road deaths`): the value is a change in what the noun counts, so it is named
# `increase in` / `decrease in` the noun with one short phrase after it (`about …`, `of …`), never the
# comparative alone (`more`) nor the clause's subject (`there`, `we received`).
_MORE = frozenset("more higher greater larger".split())
_COMPARED_NOUN = re.compile(r"\s+(?P<dir>more|fewer|less|higher|lower|greater|larger|smaller)\s+"
                            r"(?P<noun>(?!than\b)[a-z][a-z-]+(?:\s+[a-z][a-z-]+)?s"
                            r"(?:\s+(?:about|of|for|from|on|against)\s+(?:the\s+)?(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}"
                            r"|[a-z][a-z-]+(?:\s+[a-z][a-z-]+)?s))?)\b")
_PART_OF = re.compile(r"(?i)\b(?:cover|covers|covered|covering|constitute|constitutes|constituted|constituting"
                      r"|make\s+up|makes\s+up|made\s+up|making\s+up|account\s+for|accounts\s+for|accounted\s+for"
                      r"|accounting\s+for|occupy|occupies|occupied|occupying|represent|represents|represented"
                      r"|representing|comprise|comprises|comprised)\b")
_OF_WHOLE = re.compile(r"\s+of\s+(?:(?:the|its|their|his|her|our|all)\s+)?(?P<whole>[^,;:.()]+)")
_WHOLE_END = re.compile(r"(?i)\s(?:and|or|with|in|for|by|from|than|on|at|which|that|while|where|as|to)\s")
_RANGE_FROM = re.compile(r"(?i)\b(?:range|ranges|ranged|ranging|vary|varies|varied|varying)"
                         r"(?:\s+in\s+(?P<dim>[a-z]{3,}))?\s+from\s+")
_VARY_BY = re.compile(r"(?i)\b(?:may\s+|can\s+|could\s+|will\s+)?(?:vary|varies|varied|fluctuate|fluctuates|fluctuated"
                      r"|differ|differs|differed)\s+by\s+(?:up\s+to\s+|about\s+|around\s+|as\s+much\s+as\s+)?$")
_MULTIPLE = re.compile(r"(?i)\s+(?:as\s+(?P<adj>[a-z]+)\b|(?:that|those)\s+of\s+(?:either\s+)?(?P<other>[^,;:.()]+))")
_DIMENSION = {"deep": "depth", "high": "height", "tall": "height", "long": "length", "wide": "width", "large": "size",
              "big": "size", "heavy": "weight", "fast": "speed", "old": "age", "thick": "thickness", "far": "distance",
              "much": "amount", "many": "number"}
# `cited these sources 128 times`: the verb (as its noun) and its object before a count of times
_DONE_TIMES = re.compile(r"(?i)\b(?P<verb>[a-z]{3,}ed)\s+(?P<obj>(?:[A-Za-z'-]+\s+){0,4}?)$")
_ACTION_NOUN = {"cited": "citations", "mentioned": "mentions", "visited": "visits", "used": "uses", "called": "calls",
                "repeated": "repetitions", "viewed": "views", "downloaded": "downloads", "quoted": "quotations",
                "referenced": "references", "invoked": "invocations", "amended": "amendments", "revised": "revisions",
                "postponed": "postponements", "reported": "reports", "requested": "requests"}
_CAP_PER = re.compile(r"(?i)\b(?:not\s+exceeding|no\s+more\s+than|not\s+more\s+than|up\s+to|at\s+most)\s+$")
_PER_UNIT = re.compile(r"\s+(?:for\s+each|for\s+every|per|a|each)\s+(?P<unit>[A-Za-z]{3,})\b")
_SHARE_PASSIVE = re.compile(r"\s+(?:may|shall|must|will|can|is\s+to|are\s+to)\s+be\s+(?P<verb>[a-z]+(?:ed|en))\b"
                            r"(?P<rest>[^,;:.()]{0,40})")
_APPOSITION = re.compile(r"\b[Tt]he\s+(?P<head>(?:[a-z]{2,}est|most\s+[a-z]+)\s+[a-z]{3,})\s*,\s*"
                         r"(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})\s+(?:with|at|of|reaching|measuring)\s+"
                         r"(?:about\s+|around\s+|some\s+|nearly\s+)?$")
_COORDINATE = re.compile(r"(?i)\s*(?:north|south|east|west|[NSEW])?\b\s*(?P<kind>latitude|longitude|meridian|parallel)\b"
                         r"|\s*(?P<ns>north|south)\b|\s*(?P<ew>east|west)\b")
_RELATIVE = re.compile(r",\s+(?:which|who|that)\b.*$")


SENTENCE_REACH = 2000   # characters back a sentence's start is looked for (a whole text on one line has few marks)


def _sentence_start(text: str, start: int) -> int:
    floor = max(0, start - SENTENCE_REACH)
    ends = [text.rfind(m, floor, start) for m in (". ", "; ", ".\n", ";\n", ": ", ":\n")]
    return max(ends) + 2 if max(ends) >= 0 else floor


def _short(words: str, limit: int = _MAX_WORDS) -> str:
    words = _ARTICLE.sub("", _MARKS.sub("", " ".join(words.split()).strip(" ,;:\"'")))
    return " ".join(words.split()[:limit])


def _subject(text: str, start: int, floor: int) -> tuple[str, str]:
    """The subject before the modal of the sentence holding `start`, cut at its first
    preposition or relative (`A general election for members of …` -> general election), and
    the verb after the modal; ('', '') without a modal."""
    begin = max(floor, _sentence_start(text, start))
    m = None
    for m in re.finditer(rf"(?i)\s{_MODAL}\s+(?:not\s+)?(?P<be>be\s+)?(?P<verb>\w+)", text[begin:start]):
        break
    if m is None:
        return "", ""
    subject = text[begin:begin + m.start()]
    subject = re.split(r",\s+but\s+", subject)[-1]     # `To raise Armies, but no Appropriation … shall`
    cut = _SUBJECT_CUT.search(subject, 1)
    subject = subject[:cut.start()] if cut else subject
    return _short(subject, 5), "" if m["be"] else m["verb"].lower()     # shall be held: no verb of its own


def _noun_phrase_before(text: str, at: int) -> str:
    """The noun phrase right before `at` (`…satisfaction of the Supreme Court` -> Supreme Court)."""
    words = text[max(0, at - 80):at].split()
    phrase: list[str] = []
    for w in reversed(words):
        if w.lower() in _FUNCTION or not w[:1].isalpha() or len(phrase) == 4:
            break
        phrase.insert(0, w.strip(",;:"))
    return " ".join(phrase)


def _share_of_whole(text: str, q: Quantity, floor: int, before: str, after: str) -> str:
    """`share of Earth's surface` for a percentage of a whole after a verb relating a part to it
    (_PART_OF, in its sentence: `it covers 20 percent of the Earth's surface and about 29 percent
    of its water surface area` shares one verb) when the part is no noun of its own (a pronoun,
    or a participle opening the sentence: `Covering approximately 22% of Earth's surface`), or ''
    (`Traffic noise accounts for 30 per cent of complaints`: the part, Traffic noise, names it)."""
    if q.unit != "%":
        return ""
    whole = _OF_WHOLE.match(after)
    verbs = list(_PART_OF.finditer(text, max(floor, _sentence_start(text, q.start)), q.start)) if whole else []
    if not verbs:
        return ""
    subject = re.split(r"[,;:(]", text[max(floor, _sentence_start(text, q.start)):verbs[-1].start()])[-1].split()
    if subject and subject[-1].lower() not in ("it", "they", "this", "these", "which", "that"):
        return ""             # Traffic noise accounts for 30 per cent of complaints: the part names it
    words = _WHOLE_END.split(f" {whole['whole']} ")[0].split()
    return f"share of {' '.join(words[:5])}" if words and len(" ".join(words)) >= 2 else ""


def _multiple(text: str, q: Quantity, floor: int, multiple: re.Match) -> str:
    """What a multiple (`three times as deep`, `four times that of X`) compares: the subject of its
    clause (its verb dropped; a restrictive `that` clause kept, it says which land), as the
    dimension the adjective names, or relative to X when that stays short; '' without a subject."""
    begin = max([floor, _sentence_start(text, q.start)] + [m.end() for m in re.finditer(r"[,;:]\s|\bwhile\s|\bwhereas\s",
                                                                                         text[:q.start])])
    words = text[begin:q.start].split()[:-1]                    # the verb before the number goes
    if words and words[-1].lower() in ("is", "are", "was", "were", "be", "been"):
        words = words[:-1]
    subject = _short(" ".join(words), 6)       # a restrictive `that` clause stays: `land that drains into …`
    if len(subject) < 2:
        return ""
    if multiple["adj"]:
        dimension = _DIMENSION.get(multiple["adj"].lower())
        return f"{dimension} of {subject}" if dimension else subject
    return f"{subject} relative to {_short(multiple['other'], 5)}" if len(subject.split()) <= 3 else subject


# How the two ends of `X ranges from A to B` are named: summary.py knows them by it (an end of a
# range is no headline figure alone).
RANGE_ENDS = ("lowest ", "highest ")


def _range_extreme(text: str, q: Quantity, floor: int) -> str:
    """The subject of `X range(s) from A to B` named for each end (lowest X, highest X), or for a
    value that is the range itself (X); '' without that verb in the clause before `q`."""
    begin = max(floor, _sentence_start(text, q.start))
    verb = None
    for verb in _RANGE_FROM.finditer(text, begin, q.start):
        pass
    if verb is None or re.search(r"[;.]\s", text[verb.end():q.start]):
        return ""
    if verb["dim"]:                                              # ranging in thickness from
        return verb["dim"].lower()
    subject = _RELATIVE.sub("", text[begin:verb.start()].rstrip(" ,"))     # `, which vary with …,`
    subject = re.split(r",\s+", subject)[-1] if "," in subject else subject
    cut = _SUBJECT_CUT.search(subject, 1)
    subject = _short(subject[:cut.start()] if cut else subject, 5)
    if len(subject) < 2:
        return ""
    if subject[:1].isupper() and subject[1:2].islower():
        subject = subject[0].lower() + subject[1:]
    if "–" in q.display or not re.search(r"\bto\s+(?:over\s+|above\s+|below\s+|under\s+|about\s+)?$", text[verb.end():q.start]):
        return subject if "–" in q.display else f"{RANGE_ENDS[0]}{subject}"
    return f"{RANGE_ENDS[1]}{subject}"


_ITEM = re.compile(r"\s*(?:[-*•]\s+)?(?P<label>[A-Z][\w ,()%'’-]{0,40}?)\s*:\s*(?P<rest>[^:]*)$")
_LABEL_YEAR = re.compile(r",?\s*(?:\(\s*(?:1[89]|20)\d\d\s*\)|\b(?:1[89]|20)\d\d\s+(?:estimate|census|figure)s?\b)|\s*\(%\)")


def _item_label(raw: str, at: int, floor: int) -> str:
    """The label of the line or list item a value opens (`- Gini (2013): 34.5` -> Gini), with the
    short sub-label before the value (`GDP (PPP), 2016 estimate: total $34.282 billion; per capita
    $12,484` -> GDP (PPP) total, GDP (PPP) per capita); a year or `(%)` in the label is dropped
    (the year is when, the per cent the unit). A joined list's items are cut at ` - `."""
    line = max(floor, raw.rfind("\n", floor, at) + 1)
    dash = raw.rfind(" - ", line, at)
    start = dash + 3 if dash >= 0 else line
    if at - start > 80:
        return ""
    m = _ITEM.match(raw, start, at)
    if m is None:
        return ""
    sub = re.split(r";\s*", m["rest"])[-1].strip()
    if sub and not re.fullmatch(r"[a-z][a-z ]{0,20}", sub):
        return ""                                  # something else stands between label and value
    label = _LABEL_YEAR.sub("", m["label"]).strip(" ,")
    return f"{label} {sub}".strip() if len(label) >= 2 else ""


def _office_before(text: str, at: int, floor: int) -> str:
    """The office a qualification is for (see _OFFICE_BEFORE), in the sentence before `at`."""
    begin = max(floor, text.rfind(". ", 0, at) + 2 if text.rfind(". ", 0, at) >= 0 else 0)
    found = list(_OFFICE_BEFORE.finditer(text, begin, at))
    return (found[-1]["person"] or found[-1]["office"]) if found else ""


def _counted(text: str, q: Quantity) -> str:
    return text[q.start:q.end].split()[-1].lower() if q.unit else ""


# A value a relative clause says its noun reached (`rising oil production which surpassed 1.4 million
# barrels per day`): the noun before `which`, not the verb after it.
_REACHED = re.compile(r"(?i)(?P<np>(?:[A-Za-z'-]+\s+){0,3}[A-Za-z'-]+)\s+(?:which|that)\s+(?:has\s+|had\s+)?"
                      r"(?:surpassed|reached|exceeded|topped|totall?ed|amounted\s+to|stood\s+at)"
                      r"(?:\s+(?:about|around|nearly|over|some|almost))?\s+$")
# An amount of money worth something (`US$785 million worth of diamonds`): the things it is worth.
_WORTH_OF = re.compile(r"(?i)\s+worth\s+of\s+(?P<np>(?:[A-Za-z'-]+\s+){0,2}?[A-Za-z'-]{3,})(?=[\s,.;:]|$)")
# A percentage a preposition or a verb of providing for people takes, of a whole (`provides the main
# livelihood for 85% of the population`, `Agriculture employs 47.8% of the population`): a share of that whole.
_FOR_SHARE = re.compile(r"(?i)\b(?:for|among|to|employs?|employed|employing|houses?|feeds?|supports?|serves?)\s+"
                        r"(?:about\s+|around\s+|nearly\s+|over\s+|some\s+|almost\s+)?$")
_OF_THE_WHOLE = re.compile(r"\s+of\s+(?P<whole>(?:the|its|their)\s+[a-z]+(?:\s+[a-z]+)?)(?=[\s,.;:]|$)")
# A value set between commas after the noun it measures, a time phrase with it (`The vast majority of
# Angola's exports, 92% in 2004, are petroleum products`): that noun phrase, a share of it for a %.
_APPOSED_AFTER = re.compile(r"(?:\s+(?:in|by|during|as\s+of)\s+(?:19|20)\d\d)?\s*,\s+(?:are|is|were|was|go|went|come|came)\b")
_OPENING_NP = re.compile(r"(?i)(?:the\s+)?(?:(?:vast\s+|great\s+)?(?:majority|bulk|most|share|part)\s+of\s+)?"
                         r"(?P<np>(?:[A-Za-z'-]+\s+){0,3}[A-Za-z'-]+)\s*,\s*$")


# A measure as the subject of a copula or the noun before `of`, right before its value (`The infant
# mortality rate is 184.44 deaths`, `a Portuguese population of over 200,000`, `a population of 24.3
# million inhabitants`, `The debt with which we are now confronted is about 290 billion dollars`): the
# measure names the value, not the unit's counted noun (deaths, inhabitants) nor a relative clause
# between (`with which we are now confronted`). Its words run back to an article or a determiner.
_MEASURE_HEADS = r"(?:rate|population|expectancy|debt|deficit|surplus)s?"
_MEASURE_SUBJECT = re.compile(rf"(?i)(?P<np>(?:[A-Za-z'’-]+\s+){{0,4}}?{_MEASURE_HEADS})"
                              r"(?:\s+(?:(?:with|in|of|to|for|by|on|at)\s+)?(?:which|whom)\s+[^,;:.()]{1,50}?)?"
                              r"\s+(?:of|is|was|are|were|stood\s+at|reached|amounted\s+to|totall?ed)\s+"
                              r"(?:(?:about|approximately|around|roughly|nearly|over|more\s+than|some|only|just|almost)\s+)?$")
_NP_OPENERS = frozenset("the a an its their our his her this that these those of to in for by with".split())


def _measure_subject(before: str) -> str:
    """The measure whose value follows (see `_MEASURE_SUBJECT`), or ''."""
    m = _MEASURE_SUBJECT.search(before)
    if not m:
        return ""
    words = m["np"].split()
    opened = [i for i, w in enumerate(words) if w.lower() in _NP_OPENERS]
    return " ".join(words[opened[-1] + 1:] if opened else words)


# A time back from now (`Our basic farm laws were written 27 years ago`): the duration is the time since
# an event, named by the event (its subject and passive verb), never by the verb alone (`written`).
_AGO = re.compile(r"(?i)\s+ago\b")
_SINCE_EVENT = re.compile(r"(?i)(?P<np>(?:[A-Za-z'’-]+\s+){0,4}?[A-Za-z'’-]{3,})\s+(?P<aux>was|were|has\s+been|had\s+been|have\s+been)\s+"
                          r"(?P<verb>[a-z]+(?:ed|en|wn|ght|lt|nt|ut|et|ne|de|un|ng))\s+(?:(?:about|some|nearly|only|just|almost|over)\s+)?$")


def _time_since(before: str, after: str, q: Quantity) -> str:
    """`time since <event>` for a duration before `ago` (see `_AGO`), or ''."""
    event = _SINCE_EVENT.search(before) if q.unit in _DURATIONS and _AGO.match(after) else None
    if not event:
        return ""
    words = event["np"].split()
    opened = [i for i, w in enumerate(words) if w.lower() in _NP_OPENERS | {"our", "my", "your"}]
    np = " ".join(words[opened[-1] + 1:] if opened else words)
    return f"time since {np} {event['aux'].split()[0] if ' ' not in event['aux'] else event['aux']} {event['verb']}" if np else ""


# A subject given its name in an aside (`The amount of income over outgo, described in the budget as a
# Surplus, to be applied against our national debt, is 4 billion 2 hundred million`, `the fund, known as
# the reserve, is $5 billion`): the name the aside gives is what the value is; the asides around it say
# what it is for.
_DESCRIBED_AS = re.compile(r"(?i),\s+(?:described|known|referred\s+to|designated|called)\b[^,.;]{0,40}?\bas\s+(?:a\s+|an\s+|the\s+)?"
                           r"(?P<name>[A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*)?)\s*,(?:[^,.;]{0,80},)?"
                           r"\s+(?:is|was|are|were|will\s+be)\s+(?:(?:about|approximately|around|roughly|nearly|some|only|just|almost)\s+)?$")


def _noun_words(np: str) -> str:
    words = [w for w in np.split() if w.lower() not in _FUNCTION]
    while words and words[0].lower().endswith("ing") and len(words[0]) > 5:
        words = words[1:]                         # rising oil production -> oil production
    return " ".join(words)


def _first_reading(text: str, floor: int, q: Quantity, before: str, after: str) -> str:
    """The rules above that read the words right around the value (measure subject, reached, worth,
    share for, apposed), or ''."""
    measure = _measure_subject(before)
    if measure:
        return measure
    since = _time_since(before, after, q)
    if since:
        return since
    described = _DESCRIBED_AS.search(text, _sentence_start(text, q.start), q.start)
    if described:
        return described["name"]
    reached = _REACHED.search(before)
    if reached and len(_noun_words(reached["np"])) >= 2:
        return _noun_words(reached["np"])
    worth = _WORTH_OF.match(after) if q.unit in ("dollars", "USD", "euros", "pounds", "yuan") else None
    if worth:
        return _noun_words(worth["np"])
    whole = _OF_THE_WHOLE.match(after) if q.unit == "%" and _FOR_SHARE.search(before) else None
    if whole:
        return "share of " + whole["whole"]
    apposed = _OPENING_NP.match(text, _sentence_start(text, q.start), q.start) if _APPOSED_AFTER.match(after) else None
    if apposed and len(_noun_words(apposed["np"])) >= 2:
        return ("share of " if q.unit == "%" else "") + _noun_words(apposed["np"])
    return ""


def english_clause(text: str, floor: int, q: Quantity) -> str:
    """The indicator one of the module's rules reads, or ''."""
    text = _ASIDE.sub(lambda m: m.group() if m.start() <= q.start < m.end() else " " * len(m.group()), text)
    raw, text = text, text.replace("\n", " ")
    before = text[max(floor, q.start - 160):q.start]
    after = text[q.end:q.end + 200]
    first = _first_reading(text, floor, q, before, after)
    if first:
        return first
    share = _SHARE_BESIDE_COUNT.search(before) if q.unit == "%" else None
    if share:                                        # Albanians 2,312,356 (82.6% of the total)
        return share["name"]
    if _TERM.search(before):
        subject, _ = _subject(text, q.start, floor)
        return f"{subject}'s term of office" if subject and subject.lower() not in _PRONOUNS else "term of office"
    chosen = _CHOSEN_FOR.search(before) if q.unit == "years" else None
    if chosen:
        return f"{chosen['noun']}' term"
    if _LONGEST.search(before):
        subject, _ = _subject(text, q.start, floor)
        return f"maximum duration of {subject}" if subject else "maximum duration"
    if q.unit in _DURATIONS and _DEADLINE.search(before) and _DEADLINE_AFTER.match(after):
        subject, verb = _subject(text, q.start, floor)
        if subject:
            return f"deadline for {subject}" + ("" if not verb or verb in _OCCUR else f" to {verb}")
    composed = _COMPOSED.search(before)
    if composed and q.unit:
        noun = _counted(text, q)
        subject, _ = _subject(text, q.start, floor)
        if composed.group().lower().startswith("consisting"):
            subject = _noun_phrase_before(before, composed.start())
        each = re.match(r"\s+(?P<each>(?:from|for|in)\s+(?:each|every)\s+[A-Za-z]+)", after)
        if noun and each:                            # two Senators from each State
            return f"{text[q.start:q.end].split()[-1]} {each['each']}"
        if noun and subject:
            return f"{noun} of {subject}"
    if q.unit == "years" and (_AGE_BEFORE.search(before) or _AGE_AFTER.match(after)):
        rest = text[q.end:q.end + 400].split(". ")[0]
        eligible = _ELIGIBLE.search(rest)
        if eligible:
            return f"minimum age for {_short(eligible['what'], 5)}"
        office = _office_before(text, q.start, floor)
        if office:
            return f"minimum age of {office}"
        return "voting age" if _VOTE.search(rest) else "age"
    status = _STATUS_AFTER.match(after) if q.unit == "years" and re.search(r"(?i)\bbeen\s+$", before) else None
    if status:
        office = _office_before(text, q.start, floor)
        name = f"years of {_STATUS_NOUN[status['status'].lower()]}"
        return f"{name} required for {office}" if office else name
    ratio = _RATIO.search(before) if q.unit == "" and q.value >= 100 else None
    if ratio:
        return f"population per {ratio['per'] or ratio['noun']}"
    if q.unit == "" and q.value < 1 and _OF_MEMBERSHIP.match(after):
        return "required majority"
    body = _OF_BODY.match(after) if q.unit == "" and q.value < 1 else None
    if body:
        share = "majority" if q.value > 0.5 else "share"
        passed = _PASSED_BY.search(before)
        verb = f" needed to {_infinitive(passed['verb'])}" if passed else ""
        return f"{share} of {body['body']}{verb}"
    size = _SIZE.search(before)
    if size and q.unit and q.unit not in _DURATIONS and q.unit != "%":
        return f"size of {size['noun']}"
    if q.unit in _DURATIONS and _EVERY.search(before):
        subject, verb = _subject(text, q.start, floor)
        if subject and not verb:                     # The actual Enumeration shall be made … every
            return f"interval for {subject}"
        obj = _OBJECT.search(text, max(floor, _sentence_start(text, q.start)), q.start - len(_EVERY.search(before).group()))
        if obj:
            return f"interval for {_short(obj['obj'])}"
    line = max([floor, raw.rfind("\n", floor, q.start) + 1] + [raw.rfind(m, floor, q.start) + 2 for m in (". ", "; ")
                                                                if raw.rfind(m, floor, q.start) >= 0])
    label = _LABEL.match(raw, line, q.start) if q.start - line <= 45 else None
    if label:                                        # a label opening its line
        return label["label"].strip()
    item = _item_label(raw, q.start, floor)
    if item:
        return item
    whole = _share_of_whole(text, q, floor, before, after)
    if whole:
        return whole
    extreme = _range_extreme(text, q, floor)
    if extreme:
        return extreme
    if q.unit and _VARY_BY.search(before):
        words = [w for w in re.split(r"[,;:]", before[:_VARY_BY.search(before).start()])[-1].split()
                 if w.lower() not in _FUNCTION]
        if words:
            return f"variation of {' '.join(words[-4:])}"
    multiple = _MULTIPLE.match(after) if q.unit == "times" else None
    if multiple:
        return _multiple(text, q, floor, multiple)
    done = _DONE_TIMES.search(before) if q.unit == "times" else None
    if done:
        obj = [w for w in done["obj"].split() if w.lower() not in _FUNCTION | {"these", "those", "its", "their", "his", "her"}]
        noun = _ACTION_NOUN.get(done["verb"].lower())
        if noun:
            return f"{noun} of {' '.join(obj)}" if obj else noun
        return f"times {' '.join(obj)} {done['verb'].lower()}".replace("  ", " ") if obj else f"times {done['verb'].lower()}"
    per = _PER_UNIT.match(after) if q.unit in ("dollars", "pounds", "euros", "yuan") and _CAP_PER.search(before) else None
    if per:
        buts = [m.end() for m in re.finditer(r",\s+but\s+", text[:q.start])]       # the clause the cap is in
        subject, _ = _subject(text, q.start, max([floor] + buts))
        if subject:
            return f"maximum {subject} per {per['unit']}"
    share = _SHARE_PASSIVE.match(after) if q.unit == "" and q.value < 1 else None
    if share:
        return _short(f"share {share['verb']}{share['rest']}", 6)
    if q.ratio and " in " in q.display:
        whole = re.match(r"\s+(?:of\s+)?((?:[A-Za-z-]+\s+){0,2}?[a-z]{3,}s)\b", after)   # 3 out of 4 (of) these cases
        if whole:
            return f"share of {whole.group(1)}"
    apposition = _APPOSITION.search(before) if q.unit else None
    if apposition:
        return f"{apposition['head']} ({apposition['name']})"
    coordinate = _COORDINATE.match(after) if q.unit == "°" else None
    if coordinate:
        return (coordinate["kind"] or ("latitude" if coordinate["ns"] else "longitude")).lower()
    if q.unit == "%":
        compared = _COMPARED_NOUN.match(after)
        if compared:                                 # 21% more complaints about the health boards
            direction = "increase" if compared["dir"].lower() in _MORE else "decrease"
            return f"{direction} in {' '.join(compared['noun'].split())}"
        noun = re.match(r"\s+(?P<noun>[a-z][a-z-]{2,})\b", after)
        if noun and noun["noun"] not in _FUNCTION | _NOT_NOUNS and not noun["noun"].endswith(("ed", "ly")):
            return noun["noun"]
    return ""


# A list item split from the clause that governs it (`… must be nominated either by` / `i not less
# than twenty persons, …` / `ii by the Councils of not less than four administrative Counties`):
# the item has no verb of its own, so the counted noun is what the governing clause needs to act.
ITEM_MARK = re.compile(r"(?i)^\s*(?:\(?(?:[ivx]{1,4}|[a-h]|\d{1,2})[.)]|[ivx]{1,4}|[a-h])(?=\s)")
UNFINISHED = re.compile(rf"(?i)^(?:\S*°\s+)?(?P<subject>[^,;.]+),?.*?\b{_MODAL}\s+(?:not\s+)?be\s+"
                         r"(?P<verb>[a-z]+ed)\b(?:\s+(?:either|only|jointly))?\s+(?:by|from)\s*:?\s*$")
_ITEM_HEAD = re.compile(r"(?i)\s*(?:or\s+|and\s+)?(?:by|from)?\s*(?:the\s+)?(?:(?P<body>[A-Za-z]+)\s+of\s+)?"
                        + _BOUND)
_DETERMINERS = frozenset("every each any a an the no".split())
_OPEN_END = re.compile(r"(?i)\b(?:by|from)\s*:?\s*$")


def governs(text: str) -> bool:
    """`text` is a clause left unfinished for a list to complete (`… must be nominated either by`).
    The cheap test of its end first: most paragraphs end otherwise, and the full pattern
    backtracks over a long one."""
    return bool(_OPEN_END.search(text[-12:])) and bool(UNFINISHED.match(text.strip()))


def _infinitive(participle: str) -> str:
    """nominated -> nominate, signed -> sign, approved -> approve, certified -> certify."""
    w = participle.lower()
    if w.endswith("ied"):
        return w[:-3] + "y"
    if w.endswith(("ated", "ised", "ized", "oved", "ired", "uced", "ured")):
        return w[:-1]
    return w[:-2]


def governed_item(governing: str, item: str, q: Quantity) -> str:
    """`persons needed to nominate a candidate` for a count in a list item (`item`) whose verb is
    in the unfinished clause before the list (`governing`); '' when either shape is absent."""
    clause = UNFINISHED.match(governing.strip())
    mark = ITEM_MARK.match(item)
    if not clause or not mark:
        return ""
    head = _ITEM_HEAD.fullmatch(item, mark.end(), q.start)
    if not head:
        return ""
    words = [w for w in clause["subject"].split() if w.lower() not in _DETERMINERS]
    counted = head["body"] or " ".join(item[q.start:q.end].split()[1:])
    if not words or not counted:
        return ""
    return f"{counted} needed to {_infinitive(clause['verb'])} a {words[0]}"
