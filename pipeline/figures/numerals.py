"""Quantities written in Chinese numerals: `scan_numerals(text) -> list[Quantity]`.

    [q.display for q in scan_numerals("粮食产量达到四亿零七百多万吨，年满十八周岁")]
    # ['4.07亿', '18']

Speeches, laws and older reports write their numbers in words; the value is read
with `cn2an` (strict mode, so `十四五` or `一九八五` are refused, not guessed).
What counts, each a phenomenon, not a word list of one document:

- a numeral with a unit or a magnitude: `五十四万亿元` (display 54万亿), `十八周岁`,
  `两届`, `十天`, `四千二百多万` (多/余 inside: approximate), `二百一十万野战军` and `一万多`
  (a magnitude without a measure word; not a bare `十万`: `十万火急`);
- per cent and fractions: `百分之三十` (30 %), `三分之二以上` (2/3, approximate),
  a majority written out (`过半数`, `半数以上`: 1/2);
- multiples: `三倍`, `七成`, `两成半`, `翻一番` / `翻两番` (a change: +1倍 / +3倍);
- a frequency: `每年举行一次` (the span runs from 每 to 次);
- a range: `十六周岁至二十五周岁`, `七千万至一万万市担` (the first end leaves its unit to the second;
  `万万` is the older 亿), and two numerals side by side as an estimate (`十年八年`, `半年一年`);
  a range of per cent (`百分之十五到二十五`, `百分之十五至百分之二十五`); two neighbouring digits before
  a unit as an estimate (`两三年`, `三四个月`, `七八十人`, and the customary `三五年`: value the lower
  end, approximate); bounds written `A以上B以下` are one range (scan.py, also in digits);
- an amount known only to its magnitude, with its unit: `几千万元`, `几万人` (approximate; the
  value is the magnitude, display 几千万). A vague count without a magnitude of 万 or 亿
  (`几十年`, `十几个`) or without a unit (`几万军队`) is not a figure.

What does not: ordinals (`第三`, `初一`, `周一`), names and slogans without a
unit (`十七大`, `一带一路`, `十四五`), idioms (`一心一意`, `千家万户`: a numeral
must start with a digit word, and a lone 一 needs a magnitude, 番 or a fraction;
a lone 二 is an ordinal: `二次供水`), enumerations (`三个代表`, `五个方面`, `两种倾向`,
`八项条件`: one digit with 个/种/类/项, unless a bound states it), meetings
(`十七届三中全会`, `四次会议`),
years read digit by digit (`一九八五年`), dates (`三月五日`), and time references
(`这五年`, `五年来`: see scan.time_reference).
"""
from __future__ import annotations

import re

from .scan import Quantity, alternation, drive_slogan, quoted_name, time_reference
from .units import APPROX_AFTER, APPROX_BEFORE, CHANGE_VERBS, NOT_APPROX_YUE, PERIOD_AFTER, UNITS

_DIGIT = "零〇○一二两三四五六七八九"          # ○ (a white circle) stands for 〇 in older prints: 一九○五年
_NUMERAL = f"[{_DIGIT}十][{_DIGIT}十百千万亿]*"
# units read after a numeral besides the shared table: ages, days, terms of office
NUMERAL_UNITS: dict[str, tuple[str, float]] = {
    **UNITS, "周岁": ("岁", 1), "日": ("天", 1), "届": ("届", 1),
}
_SKIP_UNITS = ("%", "‰", "期", "分")                 # 二期工程: a phase's name; (r45) 十分重要, 四点三十分: no score
# 十七届三中全会, 十五届人大四次会议, 九届七次全会: a meeting's name, not a count
_MEETING = re.compile(rf"(?:[{_DIGIT}十]+中[、和]?)*(?:[{_DIGIT}十]+次)?(?:全会|全体会议|会议|人大|代表大会|党代会|国民参政会|参政会)")
# 三年行动计划, 五年规划: a plan's name; 以下五项, 如下三个: an enumeration that follows
_PERIOD = re.compile(PERIOD_AFTER)
_PLAN_NAME = re.compile(r"(?:行动|活动|计划|规划|攻坚|专项|会战|大会战|工程)")
_ENUMERATION_BEFORE = ("以下", "如下", "下列", "下面",
                       "这", "那", "上述", "前述")           # 这五项: the list just named, not a figure
# A count after one of these is a bound or a value the clause states, never a list's size.
_BOUND_VERBS = ("超过", "多于", "少于", "低于", "高于", "达到", "达", "为", "是", "满", "任期")
_UNIT = alternation(u for u in NUMERAL_UNITS if u not in _SKIP_UNITS)
_QUANTITY = re.compile(rf"(?P<num>{_NUMERAL})(?P<frac>点[{_DIGIT}]+)?(?P<inner>多|余)?(?P<mag>万亿|亿|万)?(?P<inner2>多|余)?"
                       rf"(?P<unit>{_UNIT})?")
_PERCENT = re.compile(rf"百分之(?P<num>{_NUMERAL}(?:点[{_DIGIT}]+)?)")
# 百分之十五到二十五, 百分之十五至百分之二十五: a range of per cent (the second 百分之 may be left out);
# not when a unit follows the second numeral (it would be another quantity).
_PERCENT_RANGE = re.compile(rf"百分之(?P<a>{_NUMERAL}(?:点[{_DIGIT}]+)?)(?:到|至|—|－|-|~)(?:百分之)?"
                            rf"(?P<b>{_NUMERAL}(?:点[{_DIGIT}]+)?)(?![{_DIGIT}十百千万亿点])")
# Two neighbouring digits before a unit (`两三年`, `三四个月`, `七八十人`, the customary `三五年`): an
# estimate between them, as `十年八年` is; cn2an refuses `二三`, so it is read here.
_PAIRS = {("一", "两"): (1, 2), ("两", "三"): (2, 3), ("二", "三"): (2, 3), ("三", "四"): (3, 4),
          ("四", "五"): (4, 5), ("五", "六"): (5, 6), ("六", "七"): (6, 7), ("七", "八"): (7, 8),
          ("八", "九"): (8, 9), ("三", "五"): (3, 5)}
_PAIR_MAG = {"": 1, "十": 10, "百": 100, "千": 1000, "万": 1e4, "十万": 1e5, "百万": 1e6, "千万": 1e7, "亿": 1e8}
_FRACTION = re.compile(rf"(?P<den>{_NUMERAL})分之(?P<num>{_NUMERAL})")
# 翻一番 doubles, 翻两番 quadruples: normalised to the change it states in 倍, as 增长一倍 is
# (`翻两番` -> +3倍, `翻一番半` -> +1.83倍); changes.py gives it the sign of its own verb 翻.
_DOUBLING = re.compile(r"翻(?:了)?(?P<num>[一两二三四五])番(?P<half>半)?")
_MAJORITY = re.compile(r"过半数|半数以上")
# A ratio said in words (`一比一`, `比例为一比三十`, `按3比1配套`): two numbers joined by 比, the second
# not followed by a unit (`十年比十年好` compares years) nor by another number (`1比上年`: no number).
_UNIT_START = "".join(sorted({u[0] for u in NUMERAL_UNITS}))
_SPOKEN_RATIO = re.compile(rf"(?<![\d.{_DIGIT}十百千万亿第])(?P<a>{_NUMERAL}|\d+(?:\.\d+)?)比"
                           rf"(?P<b>{_NUMERAL}|\d+(?:\.\d+)?)(?![\d.{_DIGIT}十百千万亿{_UNIT_START}])")
# Half a span side by side with a whole one (`半年一年工夫`, `半天一天`): an estimate, as `十年八年` is.
# Not 上半年 / 下半年 (halves of a year) nor a 半年 alone.
# Years and months as one duration (`坚持了一年零四个月`, `两年零八个月`, `三年又两个月`): one span, in months.
_YEARS_MONTHS = re.compile(rf"(?P<y>[{_DIGIT}十两]{{1,3}})年(?:零|又)(?P<m>[{_DIGIT}十两]{{1,2}})个(?:多)?月")
_HALF_SPAN = re.compile(rf"(?<![上下前后每多])半(?P<unit>年|个月|天|小时)(?P<num>[{_DIGIT}十]{{1,3}})(?P=unit)")
_MAGNITUDE_ONLY = re.compile(rf"几(?P<num>[十百千])?(?P<mag>万亿|亿|万)(?P<unit>{_UNIT})")
# A bare 万 or 亿 after a hedge of nearness (`有近万人聚集`, `将近亿元`): about one 万 of the unit; `上万`/`数万`
# stay out (a vague order, like 几万).
_NEAR_MAGNITUDE = re.compile(rf"(?<=近|逾)(?P<num>)(?P<mag>万|亿)(?P<unit>{_UNIT})")
_FREQUENCY = re.compile(rf"每(?:年|月|季度|周|届|天|日)[^，。；、\d]{{0,6}}?(?P<num>{_NUMERAL})次")
_BEFORE_ORDINAL = ("第", "初", "周", "星期", "礼拜", "之")
# A day written in numerals before a time of day or a dateline, or after 到/至/从/于, is a day
# of the month (`二十六日上午八时`, `二十五日下午决定`, `到二十八日`), not a count of days; a count of
# days is followed by 内/后/前 (`十五日内`) and keeps its unit.
_DAY_AFTER = ("上午", "下午", "中午", "晚上", "晚", "凌晨", "早晨", "清晨", "夜", "零时", "电", "讯", "开始", "起")
_DAY_BEFORE = ("到", "至", "从", "于", "截至", "截止")
_DIGITWISE = re.compile(f"[{_DIGIT}]{{2,}}")
# A year typed with a Latin o for 〇 (`二oo四年`, `一九9o年` aside): the numeral after the o's is the
# year's last digit, not a count of years (the structure stage reads these dates too: signals.CN_DATE_DIGIT).
_TYPED_ZERO_YEAR = re.compile(f"[一二][{_DIGIT}oOＯｏ]{{0,2}}[oOＯｏ]+$")
_APPROX_BEFORE = re.compile(rf"(?:{alternation(APPROX_BEFORE).replace('约', NOT_APPROX_YUE)})$")
_APPROX_AFTER = re.compile(rf"(?:{alternation(APPROX_AFTER)})")
_NOT_UNIT_BEFORE = {"天": "津下", "年": "级度代", "所": "属有以", "名": "单称义", "次": "生要产级", "部": "门署分件",
                    "日": "常益报", "届": "时", "成": "为立果功本员绩群", "期": "间待望", "条": "件例",
                    "件": "事", "对": "于此", "起": "来步点", "位": "于置", "项": "目",
                    "担": "任心保负当", "钱": "庄币财款物",
                    # round figures7: the new measure words (units.py), as scan.py keeps them for digits (三块钱: money)
                    "桌": "子面椅球布", "席": "位卷地次话之", "篇": "章幅目", "颗": "粒心", "瓶": "颈", "袋": "鼠烟",
                    "幅": "度员", "块": "钱头状儿",
                    "工": "人程作业厂资农商具"}   # 二十多万工人参加: 工 opens 工人, as scan.py keeps it for digits


def _value(numeral: str) -> float | None:
    import cn2an   # here, not at the top: its import costs ~70 ms, which a text without numerals never needs

    text = numeral.replace("两", "二").replace("〇", "零").replace("○", "零")
    text = text.replace("万万", "亿")   # 一万万, 四万万五千万: the older way to write 亿 (cn2an refuses it)
    try:
        return float(cn2an.cn2an(text, "strict"))
    except (ValueError, KeyError, IndexError, TypeError):
        return None


def compact(value: float) -> str:
    """54e12 -> '54万亿', 4.07e8 -> '4.07亿', 42000 -> '4.2万', 18 -> '18'."""
    for size, name in ((1e12, "万亿"), (1e8, "亿"), (1e4, "万")):
        if abs(value) >= size and value % (size / 100) == 0:
            return f"{value / size:.4f}".rstrip("0").rstrip(".") + name
    return f"{value:.4f}".rstrip("0").rstrip(".")


# A list subject before a verb of change (`粮食、油料、棉花产量分别增长三成`): the value is a change
# of each item, never the size of the list.
_CHANGE_AT_END = re.compile(rf"(?:分别)?(?:{alternation(CHANGE_VERBS)})了?$")


# A one-digit count of kinds, items or points in words names an enumeration the text goes on to
# list or has listed (`两种基本的矛盾`, `三种态度`, `八项条件`), unless a bound or a value
# verb states it (`不得超过两项`). Not 条: it counts things as often (`五条渠道`).
_KIND_UNITS = ("个", "种", "类", "项")


# A span or an age a bound limits (`每日不得超过一小时`, `不超过一年`): a figure even as 一.
_LIMITED_SPANS = ("小时", "天", "日", "年", "个月", "分钟", "岁", "周岁", "个星期")


# round xcf (xcf3; widens round o's bound to a term): a span closed by 内 (`一年内不受理该申请人的…申请`, `一日内`)
# is a term, a figure even as 一; not 一年来 or 一年一度.
_WITHIN_SPAN = re.compile(r"(?:以内|之内|内)(?!容|部|外|地|心|涵|在|需)")


def _bounded(text: str, start: int) -> bool:
    clause = re.split(r"[，。；：！？,;:]", text[:start])[-1]
    return clause.endswith(_BOUND_VERBS) and not clause.endswith(("是", "为"))


def _sums_up_a_list(text: str, start: int, value: float) -> bool:
    """`社会矛盾化解、社会管理创新、公正廉洁执法三项重点工作`: the count of the list just
    before it (value - 1 enumeration commas in the clause), a summary, not a figure. Not when
    the clause ends in a bound or a verb of change, or its items are values themselves
    (`粮食、油料、棉花产量分别增长三成、两成和四成`)."""
    clause = re.split(r"[，。；：！？,;:]", text[:start])[-1]
    if clause.endswith(_BOUND_VERBS) or _CHANGE_AT_END.search(clause):
        return False                                  # 委员长、副委员长连续任职不得超过两届: a bound; 分别增长三成: a change
    if re.search(rf"{_NUMERAL}(?:{_UNIT})", clause.rsplit("、", 1)[-1]):
        return False                                  # 三成、两成和四成: the items are values, not a list's names
    return value >= 2 and clause.count("、") == value - 1


def _approximate(text: str, start: int, end: int) -> bool:
    return bool(_APPROX_BEFORE.search(text, 0, start)) or bool(_APPROX_AFTER.match(text, end))


def _ordinal(text: str, start: int) -> bool:
    return any(text.endswith(w, 0, start) for w in _BEFORE_ORDINAL)


def _bare_magnitude(num: str, m: re.Match) -> bool:
    """`二百一十万野战军`, `就有一万多`: a numeral closing with 万 or 亿 counts the noun after it
    (or the one its clause names) without a measure word, as `13亿` does in digits. A bare
    `十万`/`一万` is left out (`十万火急`): only a longer numeral or one with 多/余 counts."""
    return num.endswith(("万", "亿")) and (len(num) >= 3 or bool(m["inner"] or m["inner2"]))


def _counted(text: str, m: re.Match) -> Quantity | None:
    num, mag, unit = m["num"], m["mag"] or "", m["unit"] or ""
    end = m.end()
    blocked = bool(unit) and bool(text[end:end + 1]) and text[end] in _NOT_UNIT_BEFORE.get(unit, "")
    if blocked:
        unit, end = "", m.start("unit")
    if not unit and not mag and not (blocked and num.endswith(("万", "亿"))) and not _bare_magnitude(num, m):
        return None                                   # 一百五十万人口: a noun after 万
    if text.endswith("几", 0, m.start()) or text.startswith("几", m.end("num")):
        return None                                   # 几十年, 十几个: a vague count, not a figure
    if _DIGITWISE.fullmatch(num) or _ordinal(text, m.start()):
        return None                                   # 一九八五年, 第三, 周一
    if unit == "年" and len(num) <= 2 and _TYPED_ZERO_YEAR.search(text, max(0, m.start() - 3), m.start()):
        return None                                   # 二oo四年: a year typed with o's
    frac = (m["frac"] or "")[1:]                      # 四点七米, 零点七米, 七十一点六三亿元: a decimal
    if frac and not unit and not mag:
        return None                                   # 四点三: a time of day or a list point, no unit
    if num in ("一", "二", "零") and not mag and unit != "倍" and not frac \
            and not (unit in _LIMITED_SPANS and (_bounded(text, m.start()) or _WITHIN_SPAN.match(text, end))):
        return None                                   # 一个, 一批, 二次供水, 零部件: not figures; but a limit
                                                      # (`每日不得超过一小时`) is one
    if len(num) == 1 and unit in _KIND_UNITS and not _bounded(text, m.start()):
        return None                                   # 三个代表, 五个方面, 两种倾向, 八项条件: an enumeration's name
    if len(num) == 1 and not mag and (re.match(rf"[^，,。；;、]{{1,6}}、{num}", text[end:end + 8])
                                      or re.search(rf"{num}[^，,。；;、\d]{{1,6}}、$", text[max(0, m.start() - 9):m.start()])):
        return None                                   # 两种资源、两个市场: a parallel slogan, not counts
    if unit in ("届", "次") and _MEETING.match(text, end):
        return None
    if unit == "年" and _PLAN_NAME.match(text, end) or unit in ("天", "日") and _PLAN_NAME.match(text, end):
        return None                                   # 三年行动计划, 百日攻坚: a plan's name
    if drive_slogan(text, m.start(), unit):
        return None                                   # 大干三百天: a drive's slogan
    if unit == "年" and _PERIOD.match(text, end):
        return None                                   # 十年内战, 三年困难时期: a period's name
    if unit == "日" and text.endswith(("月", "日至", "日到", "日—", "日、"), 0, m.start()):
        return None                                   # 三月五日: a date
    if unit == "日" and (text.startswith(_DAY_AFTER, end) or text.endswith(_DAY_BEFORE, 0, m.start())):
        return None                                   # 二十六日上午八时, 到二十八日: a day of the month
    if unit == "年" and not mag and text[end:end + 1] == "代":
        return None                                   # 八十年代
    if time_reference(text, m.start(), end, unit):
        return None                                   # 这五年, 五年来
    if quoted_name(text, m.start(), end):
        return None                                   # “三年上台阶”: a programme's name
    value = _value(num + mag)                         # 四亿零七百|多|万 -> 四亿零七百万
    if frac:
        whole = _value(num)
        digits = "".join(str(int(_value(c) or 0)) for c in frac)
        value = None if whole is None else float(f"{int(whole)}.{digits}") * {"万亿": 1e12, "亿": 1e8, "万": 1e4}.get(mag, 1)
    if value is None:
        return None
    if any(text.endswith(w, 0, m.start()) for w in _ENUMERATION_BEFORE) or _sums_up_a_list(text, m.start(), value):
        return None                                   # 以下五项, 甲、乙、丙三项工作
    base, mult = NUMERAL_UNITS.get(unit, ("", 1)) if unit else ("", 1)
    inner = bool(m["inner"] or m["inner2"])
    if base in ("年", "个月", "天", "小时", "成", "倍") and text.startswith("半", end):   # 五年半, 两成半
        return Quantity(m.start(), end + 1, (value + 0.5) * mult, base, compact(value + 0.5),
                        inner or _approximate(text, m.start(), end + 1))
    return Quantity(m.start(), end, value * mult, base, compact(value),
                    inner or _approximate(text, m.start(), end))


_NEIGHBOURS = re.compile(rf"(?<![{_DIGIT}十百千万亿第初周之])(?P<a>[一两二三四五六七八])(?P<b>[两二三四五六七八九])"
                         rf"(?P<mag>十万|百万|千万|十|百|千|万|亿)?(?P<unit>{_UNIT})")


def _decimal(numeral: str) -> float | None:
    """`十五`, `十二点五` -> 15.0, 12.5."""
    whole, _, frac = numeral.partition("点")
    value = _value(whole)
    if value is None or not frac:
        return value
    return float(f"{int(value)}.{''.join(str(int(_value(c) or 0)) for c in frac)}")


def _pair(text: str, m: re.Match, pair: tuple[int, int]) -> Quantity | None:
    """The estimate `两三年` (see _PAIRS), or None where the words are no count: a unit a word
    goes on with (`三五成群`), a time reference (`这两三年`), a quoted name."""
    unit, end = m["unit"], m.end()
    if text[end:end + 1] and text[end] in _NOT_UNIT_BEFORE.get(unit, ""):
        return None
    if time_reference(text, m.start(), end, unit) or quoted_name(text, m.start(), end) or _ordinal(text, m.start()):
        return None
    base, mult = NUMERAL_UNITS[unit]
    mag = _PAIR_MAG[m["mag"] or ""]
    lo, hi = pair[0] * mag, pair[1] * mag
    return Quantity(m.start(), end, lo * mult, base, f"{compact(lo)}至{compact(hi)}", True)


def scan_numerals(text: str) -> list[Quantity]:
    """Every quantity written in Chinese numerals in `text` (see the module doc), in order."""
    found: list[Quantity] = []

    def free(start: int, end: int) -> bool:
        return all(end <= q.start or q.end <= start for q in found)

    for m in _FREQUENCY.finditer(text):
        value = _value(m["num"])
        if value is not None:
            found.append(Quantity(m.start(), m.end(), value, "次", compact(value), False))
    for m in _PERCENT_RANGE.finditer(text):
        lo, hi = _decimal(m["a"]), _decimal(m["b"])
        if lo is not None and hi is not None and lo < hi and free(m.start(), m.end()):
            found.append(Quantity(m.start(), m.end(), lo, "%", f"{compact(lo)}至{compact(hi)}",
                                  _approximate(text, m.start(), m.end())))
    for m in _NEIGHBOURS.finditer(text):
        pair = _PAIRS.get((m["a"], m["b"]))
        q = _pair(text, m, pair) if pair else None
        if q is not None and free(q.start, q.end):
            found.append(q)
    for m in _PERCENT.finditer(text):
        whole, _, frac = m["num"].partition("点")
        value = _value(whole)
        if value is not None and free(m.start(), m.end()):
            digits = "".join(str(int(_value(c) or 0)) for c in frac)
            value = float(f"{int(value)}.{digits}") if digits else value
            found.append(Quantity(m.start(), m.end(), value, "%", compact(value),
                                  _approximate(text, m.start(), m.end())))
    for m in _FRACTION.finditer(text):
        den, num = _value(m["den"]), _value(m["num"])
        if den and num is not None and free(m.start(), m.end()):
            found.append(Quantity(m.start(), m.end(), num / den, "", f"{int(num)}/{int(den)}",
                                  _approximate(text, m.start(), m.end()), ratio=True))
    for m in _SPOKEN_RATIO.finditer(text):
        a, b = (float(x) if x[0].isdigit() else _value(x) for x in (m["a"], m["b"]))
        if a is not None and b and free(m.start(), m.end()) and not _DIGITWISE.fullmatch(m["a"]):
            found.append(Quantity(m.start(), m.end(), a, "比", f"{compact(a)}∶{compact(b)}", False, ratio=True))
    for m in _MAJORITY.finditer(text):
        if free(m.start(), m.end()):
            found.append(Quantity(m.start(), m.end(), 0.5, "", "1/2", True, ratio=True))
    for m in _NEAR_MAGNITUDE.finditer(text) if "近" in text or "逾" in text else ():
        unit = m["unit"]
        if free(m.start(), m.end()) and not (text[m.end():m.end() + 1] and text[m.end()] in _NOT_UNIT_BEFORE.get(unit, "")):
            base, mult = NUMERAL_UNITS[unit]
            value = {"亿": 1e8, "万": 1e4}[m["mag"]]
            found.append(Quantity(m.start(), m.end(), value * mult, base, m["mag"], True))
    for m in _MAGNITUDE_ONLY.finditer(text):
        unit = m["unit"]
        if free(m.start(), m.end()) and not (text[m.end():m.end() + 1] and text[m.end()] in _NOT_UNIT_BEFORE.get(unit, "")):
            value = {"十": 10, "百": 100, "千": 1000, None: 1}[m["num"]] * {"万亿": 1e12, "亿": 1e8, "万": 1e4}[m["mag"]]
            base, mult = NUMERAL_UNITS[unit]
            found.append(Quantity(m.start(), m.end(), value * mult, base, "几" + (m["num"] or "") + m["mag"], True))
    for m in _DOUBLING.finditer(text):
        doublings = _value(m["num"])
        if doublings is not None and free(m.start(), m.end()):
            value = round(2 ** (doublings + (0.5 if m["half"] else 0)) - 1, 2)
            found.append(Quantity(m.start(), m.end(), value, "倍", compact(value), False))
    for m in _YEARS_MONTHS.finditer(text) if "个" in text else ():
        years, months = _value(m["y"]), _value(m["m"])
        if years and months is not None and free(m.start(), m.end()):
            found.append(Quantity(m.start(), m.end(), years * 12 + months, "个月", compact(years * 12 + months),
                                  _approximate(text, m.start(), m.end())))
    for m in _HALF_SPAN.finditer(text):
        whole = _value(m["num"])
        if whole and whole > 0.5 and free(m.start(), m.end()):
            found.append(Quantity(m.start(), m.end(), 0.5, NUMERAL_UNITS[m["unit"]][0], f"0.5至{compact(whole)}", True))
    for m in _QUANTITY.finditer(text):
        if not free(m.start(), m.end()):
            continue
        q = _counted(text, m)
        if q is not None and free(q.start, q.end):
            found.append(q)
    found.sort(key=lambda q: q.start)
    return _ranges(text, found)


_RANGE_SEP = ("至", "到", "—", "－", "-", "~", "")


def _ranges(text: str, found: list[Quantity]) -> list[Quantity]:
    """Two numerals of one unit side by side (`十年八年`) or joined by 至/到 (`十六周岁至二十五周岁`)
    are one range, as `5至10个` is in digits: its value is the lower bound, the display both
    ends (`8至10`); side by side they are an estimate (approximate)."""
    out: list[Quantity] = []
    for q in found:
        prev = out[-1] if out else None
        gap = text[prev.end:q.start] if prev else None
        # the first end may leave the unit to the second when a word joins them (`七千万至一万万市担`)
        shared = prev is not None and prev.unit == "" and gap in ("至", "到") and q.unit not in ("", "%", "次") \
            and prev.value < q.value
        if prev is not None and gap in _RANGE_SEP and (prev.unit == q.unit or shared) and q.unit not in ("", "%", "次") \
                and not prev.ratio and not q.ratio and prev.value != q.value:
            lo, hi = sorted((prev.value, q.value))
            out[-1] = Quantity(prev.start, q.end, lo, q.unit, f"{compact(lo)}至{compact(hi)}",
                               prev.approximate or q.approximate or gap == "")
            continue
        floor = max(0, q.start - 12, prev.end if prev is not None else 0)
        bare = _BARE_FIRST_END.search(text, floor, q.start) if q.unit not in ("", "%", "次") and not q.ratio else None
        low = _value(bare["num"]) if bare else None
        if low is not None and 0 < low < q.value and not bare["num"].startswith(("一九", "二〇", "二零")):
            # a bare first end (`二千至三千人`, not a figure alone) leaves the unit to the second, as
            # `七千万至一万万市担` does
            q = Quantity(bare.start(), q.end, low, q.unit, f"{compact(low)}至{compact(q.value)}", True)
        out.append(q)
    return out


# A numeral with no unit right before 至/到 and the second end of a range (`二千至三千人`).
_BARE_FIRST_END = re.compile(rf"(?<![{_DIGIT}十百千万亿第])(?P<num>{_NUMERAL})(?:至|到)$")
