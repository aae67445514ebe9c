"""Find quantities in one string: `scan_quantities(text) -> list[Quantity]`.

A quantity is an Arabic number (full-width digits too) with a unit and/or a
magnitude: ``450亿元``, ``4.1万人``, ``5至10个``, ``10多个``, ``6000余万元``,
``3.7%``, ratios ``4.0∶37.7∶58.3`` (and with ASCII colons, ``26:27:47``, unless the run is a time of
day: ``_colon_ratio``). Not quantities: years and dates (``2009年``,
``11月6日``), numbers after 第 or inside names (``H1N1``, ``5G``, ``“1310”``,
``3号线``), bare numbers. Chinese numerals (``五十四万亿元``, ``十八周岁``) are read
by numerals.py, English number words and units by english.py.

The span covers the number(s) through the unit, including an inner 多/余
(``4万多户``) but not a word before or after it (``约``, ``左右``): those only
set `approximate`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..literals import inside, literal_spans
from .units import (APPROX_AFTER, APPROX_BEFORE, CAMPAIGN_AFTER, CAMPAIGN_BEFORE, CHANGE_VERBS, DURATION_UNITS, MAGNITUDES,
                    MEASURED_NOUNS, NOT_APPROX_YUE, PERIOD_AFTER, TIME_REFERENCE_AFTER, TIME_REFERENCE_BEFORE, TRADITIONAL_UNITS, UNITS,
                    WIDTH_MAP)


@dataclass(frozen=True)
class Quantity:
    start: int
    end: int
    value: float        # magnitude and unit multiplier applied; a range gives its lower bound
    unit: str           # base unit ('' for a bare magnitude such as 13亿)
    display: str        # the number as written with its magnitude: "450亿", "5至10"
    approximate: bool
    ratio: bool = False
    generic: bool = False     # a count of a plain plural noun (`four major types`): english.py


def alternation(words) -> str:
    """A regex alternative of `words`, longest first (so 平方公里 wins over 公里)."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_NUM = r"\d+(?:,\d{3})*(?:\.\d+)?"
_QUANTITY = re.compile(
    rf"(?P<n1>{_NUM})"
    rf"(?:(?P<u1>%)?(?P<sep>至|到|~|—|-)(?P<n2>{_NUM}))?"
    rf"(?P<gap> )?"
    rf"(?P<in1>多|余)?(?P<mag>{alternation(MAGNITUDES)})?(?P<in2>多|余)?"
    rf"(?P<unit>{alternation(UNITS)})?")
_RATIO = re.compile(rf"{_NUM}(?:∶{_NUM})+|{_NUM}(?::(?!\d\d(?![\d.])){_NUM})+")
# round figures7 (xxf1): a ratio written with ASCII colons whose parts have two digits (`三次产业比例为26:27:47`)
# was taken for a clock time by _RATIO's guard (`:(?!\d\d)`). A colon run is a time of day only when it can be one
# (an hour up to 24, then two-digit minutes and seconds under 60: `10:30`, `9:05:30`), and not even then right after
# a noun of proportion (`比例为12:30:58`). Any other run is a ratio when it has three parts or more or its parts make 100
# (`40:60`); two parts that are neither (`用时125:30`, a race time) stay out, as before.
_COLON_RUN = re.compile(r"(?<![\d.:])\d+(?:\.\d+)?(?::\d+(?:\.\d+)?)+(?![\d.:])")
_CLOCK = re.compile(r"(?:[01]?\d|2[0-4])(?::[0-5]\d){1,2}")
_RATIO_CUE = re.compile(r"(?:比例|比重|之比|结构|配比|比值|比率|ratio|proportion)\s*(?:为|是|达到|达|调整为|优化为|of|is|was)?\s*$")
_BEFORE = re.compile(rf"(?:{alternation(APPROX_BEFORE).replace('约', NOT_APPROX_YUE)})$")
_AFTER = re.compile(rf"(?:{alternation(APPROX_AFTER)})")
_YEAR = re.compile(r"1[89]\d\d|20\d\d|21\d\d")
_WEIGHTED_UNIT = re.compile(r"dB\([A-Z]\)")
_PERIOD = re.compile(PERIOD_AFTER)
_CHANGE_AFTER = (*CHANGE_VERBS, "翻")

# A unit followed by one of these characters is part of a word, not a unit.
_NOT_UNIT_BEFORE = {"天": "津", "年": "级度", "所": "属有", "名": "单称", "次": "生", "部": "门署",
                    # round figures7: words the new measure words open (桌面, 席位, 篇幅, 颗粒, 瓶颈, 袋鼠)
                    "桌": "子面椅球布", "席": "位卷地次", "篇": "章幅目", "颗": "粒", "瓶": "颈", "袋": "鼠",
                    "幅": "度员", "块": "钱头状",
                    "担": "任心保负当"}      # 担任, 担心: verbs
# Units that are words' first characters as often as units (`5万工人`, `3万工程`): a unit only
# where no Chinese character follows it (`投劳993万工，`).
_UNIT_AT_CLAUSE_END = frozenset({"工", "分"})   # (r45) 分: 分别, 分类, 分局 … open words; a score's points end the clause
# (r45) a score's points are never a clock's minutes (`10时30分`, `10:30分`) nor a duration's (`6分53秒`)
_CLOCK_BEFORE = "时点:："
# A number right after one of these is part of a name or an ordinal.
_NAME_BEFORE = "第“\"《〈'‘"
# figures19 (zs10, xxk4): a PDF's text layer sets a run of digits in Chinese text apart with spaces
# (`规模以上工业产值完成 76.63 亿元`; after cleaning closed the space before it, `固定资产投资7002.85 亿元`). Such a number
# is read with its magnitude or unit across the one space after it (`_QUANTITY`'s `gap`) when it stands in Chinese
# text (a Chinese character or mark right before it, or a space after one) and the word after the gap is a Chinese
# magnitude or unit: `第 3 条` (an ordinal), `2022 年` (a year), `5 kg`, `Rooms 12 345` stay as they were.
def _chinese(ch: str) -> bool:
    """A Chinese character or a Chinese (full-width) mark."""
    return "\u4e00" <= ch <= "\u9fff" or "\u3000" <= ch <= "\u303f" or "\uff01" <= ch <= "\uff1f"


def spaced_out(text: str, m: re.Match) -> bool:
    """The number of `m`, read with its unit across a space (`gap`), stands in Chinese text as a PDF sets a digit
    run (see above): a Chinese character or mark before it, or a space after one, never 第; a Chinese word after."""
    at = m.start()
    before = text[at - 2] if at >= 2 and text[at - 1] == " " else text[at - 1] if at else ""
    return _chinese(before) and before not in _NAME_BEFORE and "\u4e00" <= text[m.end("gap"):m.end("gap") + 1] <= "\u9fff"


def _number(text: str) -> float:
    return float(text.replace(",", ""))


def _is_name(text: str, start: int) -> bool:
    before = text[start - 1] if start else ""
    return bool(before) and (before in _NAME_BEFORE or before.isascii() and (before.isalnum() or before in "._-+/"))


def _quoted(text: str, start: int, end: int) -> bool:
    """The quantity ends a short quoted name: “…<quantity>”."""
    if text[end:end + 1] not in ("”", '"'):
        return False
    opening = text.rfind("“", max(0, start - 8), start)
    return opening >= 0 and "”" not in text[opening:start]


QUOTED_NAME = 12     # the longest quoted phrase read as a name (`“一次挂号管三天”`, `“三年上台阶”`)


def quoted_name(text: str, start: int, end: int) -> bool:
    """The quantity stands inside a short quoted phrase: a slogan's or a programme's name
    (`完成“三年上台阶”任务`, `推广“一次挂号管三天”门诊服务`), not a statistic."""
    opening = text.rfind("“", max(0, start - QUOTED_NAME), start)
    if opening < 0 or "”" in text[opening:start]:
        return False
    closing = text.find("”", end, opening + QUOTED_NAME + 2)
    return closing >= 0 and "“" not in text[end:closing]


def time_reference(text: str, start: int, end: int, unit: str) -> bool:
    """`这五年`, `五年来`, `近3年来`: a duration that only says when, not a figure; and one right
    before a change (`资产总额五年增长64.1%`, `企业数3年翻一番`): the span the change took."""
    if unit not in DURATION_UNITS:
        return False
    return any(text.endswith(w, 0, start) for w in TIME_REFERENCE_BEFORE) \
        and not any(text.startswith(w, end) for w in ("内", "后")) \
        or any(text.startswith(w, end) for w in TIME_REFERENCE_AFTER) \
        or text.startswith(_CHANGE_AFTER, end) and not text.endswith("连续", 0, start)   # 连续五年增产: a count


def drive_slogan(text: str, start: int, unit: str | None) -> bool:
    """`大干150天`, `奋战一百天`: a duration right after a verb of a drive is the drive's slogan, a
    name, not a measured value (`全年施工150天` stays a figure)."""
    return unit in DURATION_UNITS and text.endswith(CAMPAIGN_BEFORE, 0, start)


# A newspaper's note that a photo or a map goes with the article: `（附图片1张）`, `（附照片２张）`.
_PICTURE_NOTE = re.compile(r"附(?:图片|照片|图|表)\s*$")


def _approximate(text: str, start: int, end: int, inner: bool) -> bool:
    return inner or bool(_BEFORE.search(text, 0, start)) or bool(_AFTER.match(text, end))


def _quantity(text: str, m: re.Match) -> Quantity | None:
    unit_text, mag = m["unit"], m["mag"]
    end = m.end()
    if m["gap"] and not spaced_out(text, m):
        return None                                   # `完成76.63 亿元`, `第 3 条`: no PDF spacing (spaced_out)
    if unit_text and end < len(text) and text[end] in _NOT_UNIT_BEFORE.get(unit_text, ""):
        unit_text, end = None, m.start("unit")
    if unit_text in _UNIT_AT_CLAUSE_END and end < len(text) and "\u4e00" <= text[end] <= "\u9fff":
        unit_text, end = None, m.start("unit")
    if unit_text == "分" and (text[m.start() - 1:m.start()] in tuple(_CLOCK_BEFORE) or text[end:end + 1].isdigit()):
        unit_text, end = None, m.start("unit")   # (r45) 10时30分, 6分53秒: a time, no score
    if not unit_text and not mag:
        return None
    if m["u1"] and unit_text != "%":
        return None
    if end < len(text) and text[end].isascii() and text[end].isalpha():
        return None                                   # 5G, 3D, 12MW
    if _quoted(text, m.start(), end) or quoted_name(text, m.start(), end):
        return None                                   # “大干150天”: a slogan's name
    if _PICTURE_NOTE.search(text, 0, m.start()):
        return None                                   # （附图片1张）: a note on the page, not a figure
    if unit_text == "成" and not mag and _number(m["n1"]) > 10:
        return None                                   # 成 counts tenths (三成, 7成): `2022\n成近…` is a year before 成
    if unit_text == "年" and not mag and (_YEAR.fullmatch(m["n1"]) or (m["n2"] and _YEAR.fullmatch(m["n2"]))):
        return None                                   # a year, or a span of years
    if unit_text and time_reference(text, m.start(), end, unit_text):
        return None                                   # 这5年, 5年来
    if unit_text in DURATION_UNITS and any(text.startswith(w, end) for w in CAMPAIGN_AFTER):
        return None                                   # 大干150天活动: a campaign's name
    if drive_slogan(text, m.start(), unit_text):
        return None                                   # 大干150天: a drive's slogan
    if unit_text == "年" and _PERIOD.match(text, end):
        return None                                   # 8年抗战: a period's name
    base, mult = UNITS.get(unit_text, ("", 1)) if unit_text else ("", 1)
    number_end = m.start("unit") if unit_text else end
    display = text[m.start():number_end].replace(" ", "") if m["gap"] else text[m.start():number_end]
    value = _number(m["n1"]) * MAGNITUDES.get(mag, 1) * mult
    inner = bool(m["in1"] or m["in2"])
    return Quantity(m.start(), end, value, base, display, _approximate(text, m.start(), end, inner))


_MEASURED = re.compile(rf"(?:{alternation(MEASURED_NOUNS)})(?:为|是|达到|达|约为|约|降至|升至|提高到|下降到)?"
                       rf"(?P<n>\d+\.\d+|\d+)(?![\d.%‰:∶]|[{''.join(sorted({u[0] for u in UNITS}))}]|[万亿])")


# A count whose noun the clause names before a hedge (`每晚捕食的白蚁多达50000`): the hedge marks
# the bare number as a quantity; a year, a decimal, a number with a unit of its own are not one.
_HEDGED_COUNT = re.compile(rf"(?:多达|高达|约有|大约|约)(?P<n>\d{{1,3}}(?:,\d{{3}})+|\d{{2,}})"
                           rf"(?![\d.%‰:∶]|[{''.join(sorted({u[0] for u in UNITS}))}]|[万亿千百年月日号余多])")


def _measured(plain: str) -> list[Quantity]:
    """`折射率为1.333`, `基尼系数0.465`: a value without a unit after a measured noun; and a hedged
    count whose noun comes before it (`_HEDGED_COUNT`)."""
    return [Quantity(m.start("n"), m.end("n"), _number(m["n"]), "", m["n"], False)
            for m in [*_MEASURED.finditer(plain), *(h for h in _HEDGED_COUNT.finditer(plain)   # a noun before
                                                     if h.start() and "\u4e00" <= plain[h.start() - 1] <= "\u9fff")]
            if not _YEAR.fullmatch(m["n"])]


def _colon_ratio(plain: str, m: re.Match) -> bool:
    """The colon run `m` is a ratio, not a time of day (see _COLON_RUN)."""
    if _RATIO_CUE.search(plain, max(0, m.start() - 12), m.start()):
        return True
    parts = m[0].split(":")
    return not _CLOCK.fullmatch(m[0]) and (len(parts) >= 3 or abs(sum(map(float, parts)) - 100) < 0.5)


@lru_cache(maxsize=1)
def _readers():
    """scan_english, scan_numerals, read_degrees: their modules build on this module's Quantity, so
    they are imported on first use (an import cycle), then kept (an import statement per call cost
    a few microseconds, and this runs twice per paragraph)."""
    from .degrees import read_degrees      # 度: temperature, angle, electricity or times
    from .english import scan_english
    from .numerals import scan_numerals
    return scan_english, scan_numerals, read_degrees


def scan_quantities(text: str) -> list[Quantity]:
    """Every quantity in `text`, in order, spans not overlapping."""
    return list(_scan(text))


@lru_cache(maxsize=4096)
def _scan(text: str) -> tuple[Quantity, ...]:
    """scan_quantities, remembered by text: a pure function of the string (Quantity is frozen), and
    texts repeat (every paragraph's empty lead, a line a page repeats, 100,000 copies of one line)."""
    scan_english, scan_numerals, read_degrees = _readers()
    plain = text.translate(WIDTH_MAP).translate(TRADITIONAL_UNITS)   # 億元 reads as 亿元 (units.py)
    found: list[Quantity] = []
    taken_until = 0
    literals = [(a, b) for a, b in literal_spans(plain)    # URLs, e-mails, file names, code: never statistics
                if not _WEIGHTED_UNIT.fullmatch(plain, a, b)]    # dB(A) reads like a call, but is a unit
    for m in _RATIO.finditer(plain):
        after = plain[m.end():m.end() + 1]
        if not _is_name(plain, m.start()) and not (after.isascii() and after.isalnum()) \
                and not inside(literals, m.start(), m.end()):
            first = _number(re.match(_NUM, m[0])[0])
            english = not any("\u3000" <= c <= "\u9fff" or "\uff00" <= c <= "\uffef"
                              for c in plain[max(0, m.start() - 12):m.end() + 12])
            found.append(Quantity(m.start(), m.end(), first, "ratio" if english else "比", m[0], False, ratio=True))
    taken = [(q.start, q.end) for q in found]
    for m in _COLON_RUN.finditer(plain):          # round figures7: a colon run that is no time of day
        if any(s < m.end() and m.start() < e for s, e in taken) or _is_name(plain, m.start()) \
                or not _colon_ratio(plain, m):
            continue
        after = plain[m.end():m.end() + 1]
        if not (after.isascii() and after.isalnum()) and not inside(literals, m.start(), m.end()):
            english = not any("\u3000" <= c <= "\u9fff" or "\uff00" <= c <= "\uffef"
                              for c in plain[max(0, m.start() - 12):m.end() + 12])
            found.append(Quantity(m.start(), m.end(), _number(m[0].split(":")[0]), "ratio" if english else "比", m[0],
                                  False, ratio=True))
    found.sort(key=lambda q: q.start)
    ratios = [(q.start, q.end) for q in found]
    for m in _QUANTITY.finditer(plain):
        if m.start() < taken_until or any(s <= m.start() < e for s, e in ratios):
            continue
        if _is_name(plain, m.start()):
            continue
        q = _quantity(plain, m)
        if q is not None and not inside(literals, q.start, q.end):
            found.append(q)
            taken_until = q.end
    english = scan_english(plain)
    for q in english:       # an English range (`3.3 – 3.7%`) replaces the reading of its upper end alone
        if "–" in q.display and not inside(literals, q.start, q.end):
            found = [f for f in found if not (q.start <= f.start and f.end <= q.end)]
    for q in scan_numerals(plain) + english + _measured(plain):
        if not inside(literals, q.start, q.end) and all(q.end <= f.start or f.end <= q.start for f in found):
            found.append(q)
    found.sort(key=lambda q: q.start)
    return tuple(_bounded_ranges(plain, read_degrees(plain, found)))


# Bounds written `A以上B以下` (`一倍以上五倍以下的罚款`, `五百元以上五百万元以下的赔偿`, `3年以上10年以下`):
# one range, as `5至10个` is, its value the lower bound; laws state fines, damages and terms so.
_RANGE_OPEN, _RANGE_CLOSE = "以上", ("以下", "以内")


def _bounded_ranges(plain: str, found: list[Quantity]) -> list[Quantity]:
    out: list[Quantity] = []
    for q in found:
        prev = out[-1] if out else None
        if prev is not None and plain[prev.end:q.start] == _RANGE_OPEN and plain.startswith(_RANGE_CLOSE, q.end) \
                and prev.unit == q.unit and not prev.ratio and not q.ratio and prev.value < q.value:
            out[-1] = Quantity(prev.start, q.end, prev.value, q.unit, f"{prev.display}至{q.display}", False)
            continue
        out.append(q)
    return out
