"""What each value of a sentence measures: its indicator, in Chinese and English prose.

    name_indicators(plain, hits)     # after changes.find_changes/attach_changes/mark_starts
    hits[0].indicator                # '国内生产总值'

The first choice comes from clauses.py (ages, limits, …) or english.py; this module holds what
is left: a clause's subject or counted noun, increments named by their amount, shares, lists
distributed over their values, and the weak names redone by weak.py. Split from extract.py
(issue 14) along the seam between deciding what a value is (changes.py) and naming it. Round 3 of
naming (branch naming) added restated.py (a body counted twice, its share, a body named twice),
topic.py (the topic a defining sentence sets) and weak_en.py (English weak first readings); the
convention they follow is in tests/figures/corpus/README.md. Round figures7 added the wider form of a list
subject: 分别 over the subjects of the clauses before it (`_distribute_over_clauses`).
"""
from __future__ import annotations

import re

from .changes import CHANGE_BEFORE, FROM_TO, Hit
from .clauses import clause_indicator
from .english import english_indicator, same_measure
from .clauses_en import english_clause
from .english_lists import LIST_GAP, distribute_english
from .indicator import (CLAUSE_MARKS, MAX_INDICATOR, RATE_ONLY, VERB_ONLY, YEAR, cap, clause_start, distribute,
                        aside, noun_after, object_before, only_time, subject_before, term_before)
from .scan import Quantity, alternation
from .restated import last_conjunct, restated_count, share_of_count
from .topic import defined_topic, name_in_topic, ration_name
from .weak import rename_weak
from .weak_en import rename_english, tidy_english
from .units import (ALLOCATION_VERBS, APPROX_AFTER, APPROX_BEFORE, BARE_MEASURES, COUNT_UNITS, FUND_NOUNS,
                    OBJECT_VERBS)


# An amount after a comparison with a base (`比上年增加439亿元`) is the increment of the amount
# before it in the sentence, and takes its indicator.
_INCREMENT = re.compile(r"(?:比|较)(?:上年|去年|上年同期|同期)(?:预计数|实际数|实际)?(?:增加|减少|多|少)了?$")
# round21zh: a percentage stated as the share of a base (`为调整预算的98.4%`, `是上年的105%`, `占全省的12%`)
_SHARE_OF_BASE = re.compile(r"^(?:为|為|是|占|佔)")


def _share_of_base(amount, change) -> bool:
    """A percentage that states what share of a base (a plan, a budget, last year) an amount is,
    named from its copula (`为调整预算`), before a growth rate in % of the same sentence: the rate
    is the amount's, not the share's (round21zh)."""
    return amount.q.unit in ("%", "‰") and change.q.unit in ("%", "‰") and bool(_SHARE_OF_BASE.match(amount.indicator))


# A clause that is only a transitive verb before a count: the count's object follows it
# (`解决750万户城市低收入住房困难家庭`, `严守18亿亩耕地红线`).
_OBJECT_VERB = re.compile(rf"[，,\s]*(?:再|可|要|将)?(?:{alternation(OBJECT_VERBS)})$")
# A clause that is only a verb of change before the number: its subject is the previous clause's.
_BARE_VERB = re.compile(r"[，,\s]*(?:进一步|再|又)?(?:调整|优化|提高|提升|降低|下降|上升|增加|减少|扩大|缩小)(?:为|到|至)")
# An amount right after a verb that allocates or issues it names its noun after it
# (`中央财政安排384亿元救灾款`, `地方发行2000亿元债券` -> 救灾款, 债券).
_ALLOCATION = re.compile(rf"(?:{alternation(ALLOCATION_VERBS)})了?(?:{alternation(APPROX_BEFORE)})?$")
# A value that modifies the noun after it (`8%左右的国内生产总值增长目标`, `95%以上的学生`,
# `总额4万亿元的两年投资计划`) measures that noun when the clause before names nothing: no
# subject, a time, a verb that only proposes or sets it, or a measure that says how much but
# not of what.
_OF_NOUN = re.compile(rf"(?:{alternation(APPROX_AFTER)})?的")
_WEAK_SUBJECT = re.compile(rf"(?:提出|确定|实施|原定|原|预定|计划)?(?:今年底?|明年|年底|当年|今后)?"
                           rf"(?:{alternation(BARE_MEASURES)})?")
# A verb that awards or imposes the amount it is followed by (`判决给予五百元以上…的赔偿`, `处…的罚款`):
# the noun after the amount names it, not the verb.
# A name that is only a modal, a negation or a bound (`不得` of `但是每月不得超过三十六小时`) says how the value
# limits, not what: the value before it in the sentence, of the same unit, names the same measure (the
# Chinese side of weak_en.py's hedge alone).
_MODAL_ONLY = re.compile(r"(?:但是|但|而且|并且)?(?:每[日月周年])?(?:不得|不能|不应|不宜|应当|应该|必须|可以|最多|至多|不超过|超过)+")
# Also with a bound and the base of a share between (`支付不低于工资的百分之一百五十的工资报酬`): the noun after
# the share is what is paid.
_AWARDED = re.compile(r"(?:给予|处以|并处|判处|处|支付|发给)(?:不低于|不少于|不超过|不高于|最高|最低)?"
                      r"(?:[\u4e00-\u9fff]{1,6}的)?$")
_TARGET_TAIL = re.compile(r"(?<=..)(?:增长)?目标$")
_DURATIONS = frozenset({"年", "个月", "个星期", "天", "小时"})
# The noun 人民 opens after a count in 人 (`二百万人民解放军` -> 人民解放军): its next characters up to a mark,
# a verb with its aspect (`14亿人民摆脱了…` -> 人民) or 的.
_PEOPLE_NOUN = re.compile(r"解放军|军队|群众|代表|武装|志愿军|战士|警察")
# A clause whose subject is only `其` and a measure noun points back to the noun of the clause
# before it (`可以节省一大批不必要的支出，其数目可以达到几千万元` -> 支出).
_ITS_MEASURE = re.compile(r"其(?:数目|数量|总数|总额|规模|金额|总量)(?:可以|可|将|已经|已)?(?:达到|达|为|约为|约)?")
# A duration right after a verb with 了 whose subject only says where or who (`那里已经支持了五年半`):
# how long the action has run.
_ACTION_DONE = re.compile(r"(?:那里|这里|我们|他们|它们|大家)?(?:已经|已|又|还|共|先后|连续)*"
                          r"(?P<verb>[\u4e00-\u9fff]{2})了")
_WITHIN = re.compile(r"(?:以内|之内|内|中(?![央国心小部西东华外共]))?")
# A clause that only opens a change from a start value (`，已由1949年的不到1%上升到19.1%`): the
# measure is the subject of the clause before it (`油气在能源生产构成中的比重`).
_MONTH = r"(?:[一二三四五六七八九十\d]{1,2}月(?:底|末|份)?)?"
_FROM_START = re.compile(rf"[，,\s]*(?:则|又|也)?(?:已经|已|均|分别)?(?:由|从)(?:{YEAR}年{_MONTH}(?:底|末)?的?)?"
                         rf"(?:{alternation(APPROX_BEFORE)}|不到|不足)?")
# The same body at a later date after a comma (`，增至一九四八年六月的二百八十万人`, `，现在又增至三百余万人`):
# a from-to chain across clauses, whose every value measures what the first does.
_CHAIN = re.compile(rf"[，,]\s*(?:现在|目前|今年|后来)?(?:又|再|已|则)?(?:增至|增加到|增长到|发展到|减至|减少到|降至|上升到|达到)"
                    rf"(?:{YEAR}年{_MONTH}的?)?(?:{alternation(APPROX_BEFORE)})?")
# People counted after 有 whose clause names only where or when (`全省每天有140多万人奋战在水利工地上`):
# what they do, the verb phrase after the count, names them (奋战在水利工地上的人数).
_THERE_ARE = re.compile(rf"[^，,。；;]{{0,8}}(?:共有|约有|已有|有)(?:{alternation(APPROX_BEFORE)})?")
# The aspect 了 after the verb of what people did, and the demonstrative before a topic they did it to.
_ASPECT = re.compile(r"^([\u4e00-\u9fff]{1,2})了")
_DEMONSTRATIVES = re.compile(r"^(?:这次|这个|这些|这一|那次|那个|此次|本次)")
_DOING = re.compile(rf"(?!{alternation(APPROX_AFTER)}|口|次|的|以|之)[\u4e00-\u9fff][^，,。；;！？!?、\d]{{1,14}}")
# The end of a range after its start (`from 20 Hz to 20 kHz`), in English: it measures what the
# start does. (Tried and not kept: naming the time a value holds for `<indicator> duration`
# (`90 dBA for 8 hours`); it lowered d5's indicator score, 0.818 -> 0.636.)
_EN_RANGE = re.compile(r"\s*(?:to|-|–|—)\s*")
_MONEY = frozenset({"元", "美元", "港元", "欧元"})
# The base a change is compared with (`比“十三五”末`, `较上年`), at the end of its subject; not
# a word with 比 in it (占比, 比重, 对比, 相比, 可比价).
_BASE = re.compile(r"(?<![占对相之评无类可])(?:比|较)(?![重例率值较])[^，,。；;]*$")
# The span a change took, at the end of its subject (`资产总额五年增长64.1%`; scan.py drops it).
_SPAN_TAIL = re.compile(r"(?:\d+|[一二两三四五六七八九十]{1,3})(?:个月|年|天)$")
# Amounts in a row, each with its own noun (`安排384亿元救灾款和740亿元恢复重建资金`).
_NOUN_AND = re.compile(r"[^，,。；;、\d]{2,12}[和及与、]")
# An adverb or auxiliary that closes a subject before its verb (`原油产量就从…`, `北京市将有…`,
# `施工大军将二十四小时…`, `一本书一版平常只有两千册`, `三版也才六千册`) is no part of the measure's name. Words that end in the same
# character (成就, 大将) keep it.
_ADVERB_TAIL = re.compile(r"(?:(?<![成造迁])就|(?<![大主])将|将会|已经|(?<![而不])已|也|又|即将|正在|一共|总共"
                          r"|只有|(?<![船])只|(?<![需主重必只纲摘提想首紧])要|也才|(?<![人天奇英口刚方])才|平常|通常|(?<![偿归退送交奉])还|仅仅|剩下|剩余)$")
# A count after 有 of households or people with their noun after it (`北京市将有100.8万户居民`):
# the noun names what is counted.
_HAVE_COUNT = re.compile(r"(?:将|已|共|约)?有(?:" + alternation(APPROX_BEFORE) + ")?$")
# A duration right before what was done in it (`两小时中右上堤头投入填料`, `二十四小时昼夜奋战`):
# how long that took.
_SPAN_OF = re.compile(r"(?:之内|以内|内|中|里)?(?P<done>[\u4e00-\u9fff]{2,12}?)(?=[，,。；;！？\d０-９一二三四五六七八九十两百千万]|$)")
_SPAN_UNITS = frozenset({"小时", "分钟", "天"})
# A duration after a verb of spending time (`经过五年接续奋斗`, `用13年时间基本实现…`, `提前两年完成…`)
# measures how long what follows took, or how early it was done.
_SPENT = re.compile(r"(?P<verb>经过|历经|历时|耗时|用了|用|花了|花|提前)$")
_SPENT_UNITS = frozenset({"年", "个月", "天", "小时", "分钟"})
_SPENT_TIME = re.compile(r"(?:的)?(?:时间|工夫|功夫)")
_REST = ("", "其余", "剩下", "剩余", "余下", "另外", "其他")
# A span with no subject of its own (none, or only `其余`) before what it is for (`其余九个月时间都可以从事训练和作战`).
_SPAN_FOR = re.compile(r"(?:的)?(?:时间|工夫|功夫)(?:都|也|还|就)?(?:可以|可|能够|能|要|用来|用于)?"
                       r"(?P<act>[\u4e00-\u9fff]{2,12}?)的?(?=[，,。；;！？!?]|$)")


def _fallback(text: str, hit: Hit) -> str:
    """Never empty, never one character: for a change or a rate alone in its clause
    (`全年社会商品零售总额，比上年增长17.8%`, `提供助学金，每人每年1500元`) what the clause
    before names or gives; else the raw clause around the number."""
    floor = clause_start(text, hit.q.start)
    if (hit.sign or RATE_ONLY.fullmatch(text, floor, hit.q.start)) and floor > hit.sentence + 1:
        before = object_before(text, clause_start(text, floor - 1), floor - 1)
        if len(before) >= 2 and not any(c.isdigit() for c in before):
            return before
    before = text[floor:hit.q.start].strip(" 　<>（）()")
    if len(before) >= 2:
        return cap(before)
    stop = min([i for i in (text.find(c, hit.q.end) for c in CLAUSE_MARKS) if i >= 0] or [len(text)])
    after = text[hit.q.end:stop].strip(" 　<>")
    if len(after) >= 2:
        return after[:MAX_INDICATOR]
    sentence = text[hit.sentence:hit.q.start].strip(" 　<>，,")
    return cap(sentence) if len(sentence) >= 2 else ""


# A time phrase alone (`in 2006`, `by 1971`, `in late-2005`) says when, never what is measured.
_EN_TIME_ONLY = re.compile(r"(?i)(?:in|by|during|since|until|as\s+of|from)\s+(?:early\s+|late\s+|mid-?)?-?(?:19|20)\d\ds?")
# Two values of one unit with a time phrase between (`1.2 million tons in 1967 and 6.2 million tons by
# 1971`): one measure at two times.
_EN_THEN = re.compile(r"(?i)\s+(?:in|by|during)\s+(?:19|20)\d\ds?\s*,?\s+(?:and|to|but)\s+(?:to\s+|then\s+)?")
# A value then, after a comma, the same measure at another time, reached from or compared with it
# (`Headline inflation was 2.8 per cent over the year to the September quarter, down from 3.8 per cent`,
# `Growth of 3% is expected in 2012, rising to 4.2% in 2013`, `was 4.1 per cent in September, up from the
# trough of 3.5 per cent`): the second value measures what the first does; a turning point (trough, peak)
# before it is kept (trough of …).
# round xcf (xcf5, with xcf4's `after increases of`): the span of the first value may hold its own number (`rose by 6.2%
# in the 12 months to March 2022, up from 5.5% in February`), and a noun of change opens the second (`CPIH rose by 0.9%
# in March 2022, compared with a rise of 0.2% in March 2021`): the same measure at another time.
_EN_ALSO = re.compile(r"(?i)(?:[^,;.:\d]|(?:19|20)\d\d|\d{1,2}[\s-]+(?:months?|years?|weeks?|quarters?)\b){0,80}?,\s+"
                      r"(?:(?:slightly|sharply|well|only|just)\s+)?(?:down|up|rising|falling|increasing|decreasing|declining"
                      r"|dropping|climbing|compared|as\s+against)\s+(?:from|to|with)\s+(?:only\s+|just\s+|about\s+|around\s+"
                      r"|nearly\s+|some\s+|approximately\s+)?(?:the\s+(?P<point>trough|peak|low|high)\s+of\s+"
                      # a reckoning of the same measure (round c): `…, down from its January estimate of 3.2 percent`
                      r"|(?:its|their|the|an?)\s+(?:[A-Za-z]+\s+)?(?:estimate|forecast|projection|figure|reading)\s+of\s+"
                      r"|an?\s+(?:rise|increase|fall|decline|gain|drop|decrease)\s+of\s+)?")
# round xcf (xcf1): a bare change right after the value it changes (`… was 71.0 per cent, up 0.4 on the quarter`,
# `There were 2.56 million unemployed people, down 46,000 on the quarter`; english.py `_CHANGE_AFTER_VALUE`) is the
# change of that value's measure, never its period (`quarter`).
_EN_CHANGE_AFTER = re.compile(r"(?i)[^,;.]{0,80}?,\s+(?:up|down)\s+(?:by\s+)?")
# round xce (xce3: 4 rows, xce5: 2 rows): a name made only of connectives, prepositions and words of time (`and`,
# `and from`, `year` of `… this year and 4.9 per cent next year`, `April` of `from 4.8 per cent in April`) says how
# the value joins the one before it in the sentence, never what it measures: it measures what that one does (a
# coordinated series of one measure). A possessive's reckoning (`revised … its estimate for next year to 4.7 per
# cent`, after `its 2023 growth forecast for developing Asia at 4.8 per cent`) points back to the measure the
# sentence already named.
_EN_CONNECTIVE_ONLY = re.compile(r"(?i)(?:(?:and|or|but|then|from|to|in|for|of|by|this|next|last|year|years|month|quarter"
                                 r"|previously|earlier|January|February|March|April|May|June|July|August|September"
                                 r"|October|November|December|(?:19|20)\d\d)(?:\s+|$))+")
# round figures6 (d5): a wiki page converted to text keeps its links' titles with underscores for spaces
# (`provide a hearing_conservation_program to workers`, `Occupational Safety_and_Health_Administration`); in a name
# they are the spaces they stand for (an identifier such as `max_rate` in code text is no figure's name).
_LINK_UNDERSCORE = re.compile(r"(?<=[A-Za-z])_(?=[A-Za-z])")
_EN_ITS_RECKONING = re.compile(r"(?i)(?:[a-z]+\s+)?(?:its|their)\s+(?:estimate|forecast|projection|outlook)s?\b")
_EN_SENTENCE_END = re.compile(r"[.!?](?=\s)|\n")
_EN_WORDS = 6
_SPACES = re.compile(r"[ 　]*")
# What a value is when nothing around it names what it measures (the last resort of name_indicators).
_LAST_RESORT = {"年": "时长", "个月": "时长", "天": "时长", "小时": "时长", "人": "人数", "%": "比例", "元": "金额"}
# (r43) an English value with no name at all: what kind of value it is, by its unit (else the unit's word itself)
_LAST_RESORT_EN = {"%": "share", "times": "count", "°": "angle", "years": "duration", "months": "duration", "days": "duration",
                   "hours": "duration", "people": "number of people"}


# round figures6 (d5): a level held for a time (`85 dBA for 8 hours`, `i.e. 88 dBA for 4 hours, 91 dBA for 2 hours`,
# `40 °C for 2 hours`) is one reading of two values: the time is how long the level may be or is held, named by the
# sentence's noun of duration (`duration of exposure`, `exposure time`) at that level (duration of exposure at 88 dBA),
# and a level first named by that time alone (`4 hours`, the words after it) is the quantity its unit measures for
# that time (level for 4 hours). Only levels of physical units: `$5 million for 10 years` is a loan's term, not this.
_EN_LEVELS = {"dB": "level", "dBA": "level", "dB(A)": "level", "dBa": "level", "°C": "temperature", "°F": "temperature",
              "mA": "current", "A": "current", "V": "voltage", "kV": "voltage", "W": "power", "kW": "power",
              "mg": "dose", "km/h": "speed", "mph": "speed", "rpm": "speed"}
_EN_SPANS = frozenset({"hours", "hour", "minutes", "minute", "seconds", "second", "days", "day", "weeks", "week"})
_EN_HELD_FOR = re.compile(r"\s+for\s+(?:about\s+|up\s+to\s+|at\s+most\s+)?")
_EN_DURATION_NOUN = re.compile(r"(?i)\b(?:duration|length|time)\s+of\s+(?P<of>[a-z]+)|\b(?P<noun>[a-z]+)\s+(?:time|duration)\b")


def _name_held_level(text: str, level: Hit, span: Hit) -> None:
    """Name the time a level is held for, and the level when its first name is only that time (see above)."""
    said = sorted((m for m in _EN_DURATION_NOUN.finditer(text, max(0, level.q.start - 400), span.q.end + 300)
                   if (m["of"] or m["noun"] or "").lower() not in ("the", "a", "any", "some", "same", "this", "that")),
                  key=lambda m: abs(m.start() - level.q.start))         # the nearest, before or after
    duration = f"duration of {said[0]['of']}" if said and said[0]["of"] else \
        f"{said[0]['noun']} time" if said else "duration"
    span.indicator = f"{duration} at {text[level.q.start:level.q.end]}"
    alone = level.indicator.lower().removeprefix("for ").strip()
    if alone == text[span.q.start:span.q.end].lower() or _EN_CONNECTIVE_ONLY.fullmatch(level.indicator):
        level.indicator = f"{_EN_LEVELS[level.q.unit]} for {text[span.q.start:span.q.end]}"


# round figures6 (xr5): a body named in full and then by its head noun alone (`the Commodity Credit Corporation …; and the
# Corporation's presently authorized borrowing authority`) is that body; a table row has no sentence before it, so a
# name opening with the short form takes the full name said before it in the paragraph.
_BODY_HEADS = r"(?:Corporation|Administration|Agency|Authority|Bank|Board|Bureau|Commission|Committee|Company|Council|" \
              r"Department|Fund|Institute|Office|Organization|Service|Survey)"
_SHORT_BODY = re.compile(rf"^(?P<head>{_BODY_HEADS})(?P<rest>(?:'s|’s)?\s.*)$")


def _full_body_name(text: str, start: int, name: str) -> str:
    """`name` with a body's head noun opening it replaced by the body's full name said before (see above)."""
    short = _SHORT_BODY.match(name)
    if short is None:
        return name
    full = list(re.compile(rf"\b(?:[A-Z][a-z]+\s+){{1,4}}{short['head']}\b").finditer(text, max(0, start - 600), start))
    words = full[-1].group().split() if full else []
    while words and words[0] in ("The", "A", "An", "In", "On", "By", "Of", "For", "And", "But", "Our", "This"):
        words = words[1:]
    return " ".join(words) + short["rest"] if len(words) >= 2 else name


def _english_fallback(text: str, hit: Hit, floor: int) -> str:
    """An English value no rule names: the last words before it in its clause, else the words
    after it up to a mark unless they only say when, else the last words of the clause before it
    (`Nearly all of Angola's oil goes to the United States, 526,000 bbl/d in 2006` -> oil goes to
    the United States). Whole words only, at most six, never across a sentence's end."""
    ends = [m.end() for m in _EN_SENTENCE_END.finditer(text, 0, hit.q.start)]
    sentence = max([hit.sentence, *ends])
    clause = max([sentence, floor] + [i + 1 for i in range(sentence, hit.q.start) if text[i] in ",;:("])

    def words(span: str) -> str:
        kept = [w.strip(",;:()\"'") for w in span.split() if not any(c.isdigit() for c in w)]
        kept = [w for w in kept if w]
        return " ".join(kept[-_EN_WORDS:])
    before = words(text[clause:hit.q.start])
    if len(before) >= 2:
        return before
    stop = re.compile(r"[,;:.!?()\n]").search(text, hit.q.end)
    after = text[hit.q.end:stop.start() if stop else len(text)].strip()
    if len(after) >= 2 and not _EN_TIME_ONLY.fullmatch(after) and any(c.isalpha() for c in after):
        return " ".join(after.split()[:_EN_WORDS])
    last = words(text[max(sentence, floor):clause].rstrip(" ,;:("))
    if len(last) >= 2:
        return last
    whole = words(text[sentence:hit.q.start])     # Total component cost is 84 USD, ~750 NOK: its sentence
    return whole if len(whole) >= 2 else _fallback(text, hit)


def is_english(text: str, q: Quantity) -> bool:
    """The quantity stands in English prose: no CJK character near it."""
    near = text[max(0, q.start - 12):q.end + 12]
    return not any("\u3000" <= c <= "\u9fff" or "\uff00" <= c <= "\uffef" for c in near)


# figures20 (zu2): a count of the places or bodies an area or body governs (`自治县辖4个镇、13个乡`, `全市下辖12个县、
# 3个区`, `本局共辖有5个分局`): what is counted is the governed unit as the governor's, so the name keeps the governor
# and the verb of governing (自治县辖镇数), never the bare unit (镇数) that any area's count would share. The
# counts may stand in a list after one verb; only 辖 (下辖, 共辖, 现辖, 管辖, 所辖, 辖有) governs, so `两省十七个县` stays 县数.
_JURISDICTION = re.compile(r"(?:下|共|现|管|所)?辖有?(?:[\d一二三四五六七八九十两百]+个?[\u4e00-\u9fff]{1,4}[、和及])*$")


def _under_jurisdiction(text: str, hit: Hit, counted: str) -> str:
    """`<governor>辖<counted>数` for a count after a verb of governing in its sentence (see _JURISDICTION), else '';
    the counted noun ends its list item (`、`, `，`, `和`, `。` after it)."""
    after = hit.q.end + len(counted)
    if text[hit.q.end:after] != counted or (after < len(text) and text[after] not in "、，,。；;和及与"):
        return ""                                         # 所辖3个县均已脱贫: the count's noun is not a list item
    verb = _JURISDICTION.search(text, hit.sentence, hit.q.start)
    if verb is None or "辖" not in verb.group():
        return ""
    governor = subject_before(text, clause_start(text, verb.start()), verb.start())
    if not 2 <= len(governor) <= MAX_INDICATOR - len(counted) - 2 or any(c.isdigit() for c in governor):
        return ""
    return f"{governor}辖{counted}数"


def name_indicators(text: str, hits: list[Hit]) -> None:
    previous: Hit | None = None
    for hit in hits:
        if hit.attached:
            previous = hit
            continue
        if hit.follows is not None:
            hit.indicator = hit.follows.indicator
            previous = hit
            continue
        floor = clause_start(text, hit.q.start)
        if previous is not None and previous.sentence == hit.sentence:
            floor = max(floor, previous.q.end)
            if floor == previous.q.end and previous.q.unit in _DURATIONS:      # 三年内参保率: not 内参保率
                floor += len(_WITHIN.match(text, floor).group())
        if is_english(text, hit.q):
            en_floor = max(hit.sentence, previous.q.end if previous and previous.sentence == hit.sentence else 0)
            hit.indicator = english_clause(text, hit.sentence, hit.q) or english_indicator(text, en_floor, hit.q)
            hit.indicator = hit.indicator.rstrip(",;: -–—")        # `applied against our national debt, is`: no comma;
                                                                   # `borrowing authority--$6,750,000,000--`: no dash
            if _EN_TIME_ONLY.fullmatch(hit.indicator):
                hit.indicator = ""                                        # 526,000 bbl/d in 2006: not `in 2006`
            if len(hit.indicator) < 2:
                hit.indicator = _english_fallback(text, hit, en_floor)
            first_reading = hit.indicator
            hit.indicator = rename_english(text, hit.q, hit.indicator) or hit.indicator   # weak_en.py
            hit.indicator = tidy_english(text, hit.q, hit.indicator, previous.indicator if previous is not None
                                         and previous.sentence == hit.sentence else "") or hit.indicator
            hit.indicator = _LINK_UNDERSCORE.sub(" ", hit.indicator)   # round figures6 (d5): hearing_conservation_program
            hit.indicator = _full_body_name(text, hit.q.start, hit.indicator)   # round figures6 (xr5): the Corporation's
            if previous is not None and previous.sentence == hit.sentence and len(previous.indicator) >= 2 \
                    and previous.q.unit == hit.q.unit and (_EN_CONNECTIVE_ONLY.fullmatch(hit.indicator)
                                                           or _EN_ITS_RECKONING.match(first_reading)):
                hit.indicator = previous.indicator       # round xce: … this year and 4.9 per cent next year (`year`)
            if previous is not None and previous.sentence == hit.sentence and len(previous.indicator) >= 2:
                if _EN_RANGE.fullmatch(text, previous.q.end, hit.q.start) \
                        or same_measure(text, previous.q.end, hit.q.start) \
                        or (previous.q.unit == hit.q.unit and _EN_THEN.fullmatch(text, previous.q.end, hit.q.start)):
                    # from 20 Hz to 20 kHz; 1.2 million tons in 1967 and 6.2 million tons by 1971
                    hit.indicator = previous.indicator
                elif not hit.q.unit and previous.q.unit != "years" and _EN_CHANGE_AFTER.fullmatch(text, previous.q.end, hit.q.start):
                    hit.indicator = f"change in {previous.indicator}"   # 71.0 per cent, up 0.4 on the quarter
                elif previous.q.unit == hit.q.unit and (also := _EN_ALSO.fullmatch(text, previous.q.end, hit.q.start)):
                    point = also["point"]                                 # …, down from 3.8 per cent
                    hit.indicator = f"{point.lower()} of {previous.indicator}" if point else previous.indicator
            if previous is not None and previous.q.unit in _EN_LEVELS and hit.q.unit in _EN_SPANS \
                    and _EN_HELD_FOR.fullmatch(text, previous.q.end, hit.q.start):
                _name_held_level(text, previous, hit)                     # 88 dBA for 4 hours
            previous = hit
            continue
        hit.indicator = "" if hit.sign else clause_indicator(text, hit.sentence, hit.q)   # ages, limits, …
        if hit.indicator:
            previous = hit
            continue
        base = _INCREMENT.search(text, hit.sentence, hit.q.start)
        amount = next((h for h in reversed(hits[:hits.index(hit)]) if h.sentence == hit.sentence
                       and not h.sign and len(h.indicator) >= 2), None) if base else None
        if amount is not None and amount.q.unit == hit.q.unit:   # 2930亿元，比上年增加439亿元
            hit.indicator, previous = amount.indicator, hit
            continue
        counts = hit.q.unit in COUNT_UNITS or hit.q.unit == "" \
            or bool(_OBJECT_VERB.match(text, floor, hit.q.start))  # 6个产业推进办公室, 解决750万户…家庭
        counted = noun_after(text, hit.q.end) if counts else _allocated(text, floor, hit.q)
        counted = "" if counts and aside(counted) else counted           # 13件(含新制定5件…): an aside (figures19)
        hit.indicator = (counted if len(counted) >= 2 else "") or subject_before(text, floor, hit.q.start) \
            or ("" if hit.sign else noun_after(text, hit.q.end))     # a growth rate's noun is before it
        if counts and len(counted) == 1 and hit.q.unit in COUNT_UNITS and "\u4e00" <= counted <= "\u9fff":
            hit.indicator = counted + "数"                                 # 十七个县的统计 -> 县数
        if counts and 1 <= len(counted) <= 4 and hit.q.unit in COUNT_UNITS:
            hit.indicator = _under_jurisdiction(text, hit, counted) or hit.indicator   # 全县辖4个镇、13个乡 (figures20)
        if hit.q.unit == "人" and text.startswith("口", hit.q.end):
            hit.indicator = "人口"                                         # 13亿人口, 一百五十万人口: a population
        bracketed = "" if hit.sign else _bracketed_value(text, floor, hit.q)
        hit.indicator = bracketed or hit.indicator                        # 农民（大约百分之二十五）缺乏耕牛
        if _OF_NOUN.match(text, hit.q.end) and _AWARDED.search(text, floor, hit.q.start):
            head = noun_after(text, hit.q.end)
            hit.indicator = head if len(head) >= 2 else hit.indicator     # 判决给予五百元以上五百万元以下的赔偿
        elif _OF_NOUN.match(text, hit.q.end) and _WEAK_SUBJECT.fullmatch(hit.indicator if len(hit.indicator) >= 2 else ""):
            head = _TARGET_TAIL.sub("", noun_after(text, hit.q.end))
            hit.indicator = head if len(head) >= 2 else hit.indicator     # 提出8%左右的国内生产总值增长目标
        if previous is not None and previous.sentence == hit.sentence and _NOUN_AND.fullmatch(text, floor, hit.q.start) \
                and previous.indicator == noun_after(text, previous.q.end) and len(noun_after(text, hit.q.end)) >= 2:
            hit.indicator = noun_after(text, hit.q.end)                   # 384亿元救灾款和740亿元恢复重建资金
        if hit.indicator.startswith(("约占", "大约占")):                   # 约占全部用费的百分之五十: the hedge goes
            hit.indicator = hit.indicator[hit.indicator.index("占"):]
        if hit.indicator.startswith("占") and floor > hit.sentence + 1:   # 赤字合计9500亿元，占…比重在3%以内
            whole = subject_before(text, clause_start(text, floor - 1), floor - 1)
            whole = whole if whole and not any(c.isdigit() for c in whole) else (
                previous.indicator if previous is not None and previous.sentence == hit.sentence else "")
            hit.indicator = cap(whole + hit.indicator) if len(whole) >= 2 else hit.indicator
        if _ITS_MEASURE.fullmatch(text, floor, hit.q.start) and floor > hit.sentence + 1:
            named = object_before(text, clause_start(text, floor - 1), floor - 1)
            if len(named) >= 2 and not any(c.isdigit() for c in named):   # …的支出，其数目可以达到几千万元
                hit.indicator = named
        if hit.q.unit in _DURATIONS:
            action = _ACTION_DONE.fullmatch(text, floor, hit.q.start)
            if action:                                                    # 那里已经支持了五年半 -> 支持时间
                hit.indicator = action["verb"] + "时间"
        if RATE_ONLY.fullmatch(text, floor, hit.q.start) and floor > hit.sentence + 1:
            given = object_before(text, clause_start(text, floor - 1), floor - 1)
            if len(given) >= 2 and not any(c.isdigit() for c in given):   # 提供助学金，每人每年1500元
                hit.indicator = given
        if _FROM_START.fullmatch(text, floor, hit.q.start) and floor > hit.sentence + 1:
            opener = clause_start(text, floor - 1)
            whole = text[opener:floor - 1].strip(" 　")           # a clause that is all subject names it whole
            before = whole if 2 <= len(whole) <= MAX_INDICATOR else subject_before(text, opener, floor - 1)
            if len(before) >= 2 and not any(c.isdigit() for c in before):   # …的比重，已由1949年的不到1%上升到…
                hit.indicator = cap(before)
        if hit.q.unit == "人" and _THERE_ARE.fullmatch(text, floor, hit.q.start):
            doing = _DOING.match(text, hit.q.end)
            if doing and len(doing.group()) >= 2:                         # 全省每天有140多万人奋战在水利工地上
                act = _ASPECT.sub(r"\1", doing.group())                   # 参加了抗洪抢险 -> 参加抗洪抢险
                topic = _DEMONSTRATIVES.sub("", text[floor:hit.q.start]).rstrip("共约已有 　")
                if len(act) <= 2 and 2 <= len(topic) <= 8 and not any(c.isdigit() for c in topic):
                    act += topic                                          # 这次会议有134人参加 -> 参加会议
                hit.indicator = cap(act + "的人数")
        if previous is not None and floor == previous.q.end and previous.sentence == hit.sentence \
                and FROM_TO.fullmatch(text, floor, hit.q.start) and previous.q.unit == hit.q.unit \
                or previous is not None and previous.sentence == hit.sentence and previous.q.unit == hit.q.unit \
                and _CHAIN.fullmatch(text, previous.q.end, hit.q.start) and len(previous.indicator) >= 2:
            hit.indicator = previous.indicator       # 由1978年的134元增加到1984年的355元: the same measure
        if _BARE_VERB.fullmatch(text, floor, hit.q.start) and floor > hit.sentence + 1:
            before = subject_before(text, clause_start(text, floor - 1), floor - 1)
            if len(before) >= 2 and not any(c.isdigit() for c in before):   # 结构进一步优化，调整为8.3∶41.4∶50.3
                hit.indicator = before
        if hit.sign and (base := _BASE.search(hit.indicator)):   # 规模比“十三五”末翻了一番: the base is no part
            hit.indicator = hit.indicator[:base.start()]           # of the measure's name
        if hit.sign and len(cut := _SPAN_TAIL.sub("", hit.indicator)) >= 2:
            hit.indicator = cut                                    # 资产总额五年增长64.1%: the span it took
        if len(hit.indicator) < 2 and hit.sign:        # 比上年增长14.2%: the amount's indicator
            # round21zh (zw4): a share of another quantity between them (`58.7亿元，为调整预算的98.4%，比上年增长1.0%`)
            # is no amount a growth rate in % is of: the rate grows the amount before it (a change in points
            # still takes the share: `占…的比重为23%，提高1.2个百分点`)
            amount = next((h for h in reversed(hits[:hits.index(hit)]) if h.sentence == hit.sentence
                           and not h.sign and len(h.indicator) >= 2 and not _share_of_base(h, hit)), None)
            hit.indicator = amount.indicator if amount else hit.indicator
        if previous is not None and previous.sentence == hit.sentence and not hit.sign:
            restated = restated_count(text, hit.sentence, previous.q.start, previous.q.end, hit.q.start, hit.q.unit) \
                if hit.q.unit not in ("%", "‰") and len(noun_after(text, hit.q.end)) < 2 else ""
            if restated:                                                  # 四十个师团，五十八万人: one body
                if previous.indicator.lstrip("半") == noun_after(text, previous.q.end).lstrip("半"):
                    previous.indicator = cap(restated.removesuffix("人数") + previous.indicator.lstrip("半"))
                hit.indicator = restated
            elif hit.q.unit == "%" and (share := share_of_count(text, floor, hit.q.start, previous.indicator)):
                hit.indicator = share                                     # 三十二万人，占了百分之五十六
        if hit.q.unit in ("人", "名") and (last := last_conjunct(hit.indicator)):
            hit.indicator = last                                          # “解散”新四军和歼灭皖南新四军部队九千余人
        if (len(hit.indicator) < 2 or _MODAL_ONLY.fullmatch(hit.indicator) and previous is not None
                and previous.q.unit == hit.q.unit) and previous is not None and previous.sentence == hit.sentence:
            hit.indicator = previous.indicator       # …每日不得超过三小时，但是每月不得超过三十六小时: the same limit
        if len(hit.indicator) < 2:
            hit.indicator = _shared_noun(text, hits, hit) or _fallback(text, hit)
        if VERB_ONLY.fullmatch(hit.indicator) and floor > hit.sentence + 1:
            # figures19 (zs2; xxk4): `地区生产总值再上一个百亿台阶，达到1519.9亿元`: a verb alone names nothing, the
            # term the clause before opens with does
            # term the clause before opens with does; a verb's object after the count first (`开展3轮爱国卫生行动`)
            counted = noun_after(text, hit.q.end)
            counted = counted if len(counted) >= 2 and not aside(counted) and not VERB_ONLY.fullmatch(counted) else ""
            hit.indicator = counted or term_before(text, clause_start(text, floor - 1), floor - 1) or hit.indicator
        colon = max(text.rfind("：", hit.sentence, floor), text.rfind(":", hit.sentence, floor))
        if only_time(hit.indicator) and colon > hit.sentence:          # 粮食吃：一九四○年的九万担，一九四一年的…
            named = subject_before(text, clause_start(text, colon), colon)
            hit.indicator = named if len(named) >= 2 and not any(c.isdigit() for c in named) else hit.indicator
        previous = hit
    _distribute_list_subjects(text, hits)
    _distribute_respectively(text, hits)
    _distribute_over_clauses(text, hits)
    _distribute_english_lists(text, hits)
    for hit in hits:
        if not is_english(text, hit.q):
            hit.indicator = balanced(hit.indicator)
            hit.indicator = _weak_named(text, hit)
            if hit.q.unit == "人" and text.startswith("民", hit.q.end) and hit.indicator.startswith("民"):
                rest = _PEOPLE_NOUN.match(text, hit.q.end + 1)            # 二百万人民解放军, 14亿人民摆脱了…: the
                hit.indicator = "人民" + (rest.group() if rest else "")   # 人 is 人民's, not the count's unit
            start = _SPACES.match(text, hit.sentence).end()
            hit.indicator = name_in_topic(hit.indicator, defined_topic(text, start)) or hit.indicator   # topic.py
            if len(hit.indicator) < 2:                                    # 四个月内，即…: never empty, never one
                hit.indicator = _LAST_RESORT.get(hit.q.unit, "数量")      # character: what kind of value it is
        elif len(hit.indicator.strip()) < 2:   # (r43) 'It goes forwards (up!) 5 times': no noun before the count either
            hit.indicator = _LAST_RESORT_EN.get(hit.q.unit, hit.q.unit if len(hit.q.unit) >= 2 and hit.q.unit.isalpha() else "value")


# An item's number opening a name (`（4）每战集中…`) and a bracket opened but not closed in it.
_ITEM_NUMBER = re.compile(r"^[（(][\d一二三四五六七八九十]{1,2}[）)]")
_OPENS, _CLOSES = "（(", "）)"


def balanced(name: str) -> str:
    """A Chinese name with its brackets balanced. A name cut inside a bracket (`人口（占人类`, `伪军（包括伪正规军`,
    `“两基”（基本普`) is cut before it: the bracket was an aside; a short unit gloss (`县（市`) is closed
    instead (县（市）) when too little would stay. An item's number opening the name (`（4）`) goes."""
    name = _ITEM_NUMBER.sub("", name) if len(_ITEM_NUMBER.sub("", name)) >= 2 else name
    depth, opened = 0, -1
    for i, c in enumerate(name):
        if c in _OPENS:
            depth, opened = depth + 1, (i if depth == 0 else opened)
        elif c in _CLOSES and depth:
            depth -= 1
    if not depth:
        return name
    if opened >= 2:
        return name[:opened].rstrip("，,、 ")
    if opened > 0 and len(name) - opened <= 3:
        return name + "）" * depth                                        # 县（市 -> 县（市）
    return name


def _strip_adverbs(name: str) -> str:
    while (cut := _ADVERB_TAIL.sub("", name)) != name and len(cut) >= 2:
        name = cut
    return name


def _weak_named(text: str, hit: Hit) -> str:
    """Name again what a subject alone names weakly: drop a closing adverb (`原油产量就` ->
    原油产量), name a span of hours by what was done in it (`二十四小时昼夜奋战` -> 昼夜奋战时长),
    time spent on an act (`花三个月工夫从事生产` -> 从事生产用时) or set aside for one (`其余九个月时间
    都可以从事训练和作战` -> 从事训练和作战时间),
    a count after 有 by its noun (`北京市将有100.8万户居民` -> 北京市居民户数)."""
    name = _strip_adverbs(hit.indicator)
    before = text[clause_start(text, hit.q.start):hit.q.start]
    if hit.q.unit in _SPAN_UNITS and not hit.sign and (not before.strip(" 　，,") or before.endswith(hit.indicator)):
        done = _SPAN_OF.match(text, hit.q.end)
        if done and not done["done"].startswith(("时间", "以上", "以来", "左右", "的")):
            return cap(done["done"] + "时长")
    spent = _SPENT.search(before) if hit.q.unit in _SPENT_UNITS and not hit.sign else None
    if spent:
        after = hit.q.end + len(_SPENT_TIME.match(text, hit.q.end).group() if _SPENT_TIME.match(text, hit.q.end) else "")
        done = _SPAN_OF.match(text, after)
        if done and len(done.group()) == len(done["done"]):
            return cap(done["done"] + ("提前时间" if spent["verb"] == "提前" else "用时"))
    span_for = _SPAN_FOR.match(text, hit.q.end) if hit.q.unit in _SPENT_UNITS and not hit.sign else None
    if span_for and before.strip(" 　，,") in _REST:                     # 其余九个月时间都可以从事训练和作战
        return cap(span_for["act"] + "时间")
    if hit.q.unit in ("户", "人") and _HAVE_COUNT.search(before) and name and before.startswith(name):
        noun = noun_after(text, hit.q.end)
        if 2 <= len(noun) <= 6:
            return cap(name + noun + ("户数" if hit.q.unit == "户" else "人数"))
    return rename_weak(text, hit.sentence, hit.q, name, before) or name


# A second series right after a distributed one, with only a time and `respectively` between (`China and India …
# to expand 5.0 per cent and 6.4 per cent this year, respectively, and 4.5 per cent and 6.7 per cent in 2024`):
# the same list subject, in the same order.
_SERIES_AGAIN = re.compile(r"(?i)(?:\s*,?\s*(?:(?:this|next|last)\s+(?:year|month|quarter)|(?:in|for|by)\s+(?:19|20)\d\d"
                           r"|respectively))*\s*,?\s*(?:and|while|but)\s+")


def _distribute_english_lists(text: str, hits: list[Hit]) -> None:
    """`Exports, imports and retail sales rose by 3, 4 and 5 per cent`: values in a row, joined
    by list commas and `and`, take the items of the list subject before them in turn; without a
    list subject (`The rates were 3, 4 and 5 per cent`) they all measure what the first does."""
    groups: list[list[Hit]] = []
    for hit in hits:
        if not is_english(text, hit.q) or hit.attached or hit.q.generic:    # 1500 workers and 2000 machines
            groups.append([])
            continue
        last = groups[-1][-1] if groups and groups[-1] else None
        if last is not None and last.sentence == hit.sentence and last.q.unit == hit.q.unit \
                and LIST_GAP.fullmatch(text, last.q.end, hit.q.start):          # a list has one unit
            groups[-1].append(hit)
        else:
            groups.append([hit])
    spread: list[Hit] = []
    for group in groups:
        if len(group) >= 2:
            names = distribute_english(text[group[0].sentence:group[0].q.start], len(group))
            if not names and len(spread) == len(group) and spread[0].sentence == group[0].sentence \
                    and _SERIES_AGAIN.fullmatch(text, spread[-1].q.end, group[0].q.start):
                names = [h.indicator for h in spread]      # round xce: …, respectively, and 4.5 and 6.7 per cent in 2024
            for hit, name in zip(group, names or [group[0].indicator] * len(group)):   # no list subject: what the
                hit.indicator, hit.series = name, group[0]                             # first measures
            spread = group if names else []


_CLOSE_PREDICATE = re.compile(rf"[^{re.escape(CLAUSE_MARKS)}\d（()）]{{2,6}}(?=[{re.escape(CLAUSE_MARKS)}])")


def _bracketed_value(text: str, floor: int, q: Quantity) -> str:
    """A value in brackets right after a noun (`一部分农民（大约百分之二十五）缺乏耕牛`) qualifies
    that noun, its share or its count: the noun names it, with what the noun does after the
    bracket when that is short (-> 缺乏耕牛的一部分农民); a ration per person or per day in brackets
    after each item of a list (`如油（每人每日五钱）、盐（每人每日五钱）`) is named by its item and its
    rate (油（每人每日）); '' when the value is not bracketed."""
    at = max(text.rfind("（", floor, q.start), text.rfind("(", floor, q.start))
    if at < 0 or any(c in text[at:q.start] for c in "）)"):
        return ""
    rate = text[at + 1:q.start]
    if rate and RATE_ONLY.fullmatch(rate):         # 其它如油（每人每日五钱）、盐（每人每日五钱）: a ration
        item = re.split(r"[、，,]|(?:例如|比如|如|像|包括)", text[floor:at])[-1].strip(" 　）)")
        if item and not any(c.isdigit() for c in item) and len(item) <= 8:
            return ration_name(item, rate)                         # 油的供给量（每人每日）: topic.py
    noun = subject_before(text, floor, at)
    if len(noun) < 2 or any(c.isdigit() for c in noun):
        return ""
    close = min((i for i in (text.find("）", q.end), text.find(")", q.end)) if 0 <= i <= q.end + 4), default=-1)
    predicate = _CLOSE_PREDICATE.match(text, close + 1) if close >= 0 else None
    return cap(predicate.group() + "的" + noun) if predicate else noun


def _allocated(text: str, floor: int, q: Quantity) -> str:
    """The fund an allocation verb gives (`中央财政安排384亿元救灾款` -> 救灾款), or ''."""
    if text.endswith("的", floor, q.start) and q.unit in _MONEY:   # 把中央财政的400亿元补贴资金: the fund after it
        fund = re.match(rf"^.{{0,6}}(?:{alternation(FUND_NOUNS)})", noun_after(text, q.end))
        return fund.group() if fund else ""
    if not _ALLOCATION.search(text, floor, q.start):
        return ""
    noun = noun_after(text, q.end)
    if noun not in FUND_NOUNS:
        return noun if noun.endswith(FUND_NOUNS) else ""
    funder = subject_before(text, floor, _ALLOCATION.search(text, floor, q.start).start())
    return funder + noun if 2 <= len(funder) <= 4 else noun     # 中央财政安排423亿元资金 -> 中央财政资金


def _shared_noun(text: str, hits: list[Hit], hit: Hit) -> str:
    """`35台、供热面积102万平方米的燃煤小锅炉`: counts in a row share the noun after the last."""
    later = [h for h in hits[hits.index(hit) + 1:] if h.sentence == hit.sentence]
    for h in later:
        gap = text[hit.q.end:h.q.start]
        if any(c in gap for c in "，,；;。"):
            break
        noun = noun_after(text, h.q.end)
        if len(noun) >= 2:
            return noun
    return ""


def _distribute_list_subjects(text: str, hits: list[Hit]) -> None:
    """A list subject before `分别增长a%、b%、c%` names each value in turn."""
    for head in hits:
        group = [head] + [h for h in hits if h.follows is head]
        if len(group) < 2 or head.attached:
            continue
        verb = CHANGE_BEFORE.search(text, head.sentence, head.q.start)
        if verb is None:
            continue
        floor = clause_start(text, verb.start(), CLAUSE_MARKS.replace("、", ""))
        names = distribute(text, floor, verb.start(), len(group))
        for hit, name in zip(group, names):
            hit.indicator, hit.series = name, head


_RESPECTIVELY = re.compile(r"分别(?:[^，,。；;、\d]{0,4})$")
_AND_GAP = re.compile(rf"(?:{alternation(APPROX_AFTER)})?[、,，和及与]")


def _distribute_respectively(text: str, hits: list[Hit]) -> None:
    """Amounts after 分别 (`小学、初中学生人均公用经费分别提高到300元和500元`): the list
    subject before 分别 names each in turn, as for changes (_distribute_list_subjects)."""
    for i, head in enumerate(hits):
        at = _RESPECTIVELY.search(text, head.sentence, head.q.start)
        if at is None or head.follows is not None or head.attached or (i and hits[i - 1].q.end > at.start()):
            continue
        group = [head]
        for h in hits[i + 1:]:
            if h.sentence != head.sentence or h.q.unit != head.q.unit or h.follows is not None \
                    or not _AND_GAP.fullmatch(text, group[-1].q.end, h.q.start):
                break
            group.append(h)
        if len(group) < 2:
            continue
        floor = clause_start(text, at.start(), CLAUSE_MARKS.replace("、", ""))
        for hit, name in zip(group, distribute(text, floor, at.start(), len(group))):
            hit.indicator, hit.series = name, group[0]


# round figures7 (xxf1; issue 14 item 3's list subject in its wider form): 分别 distributes over the subjects of the
# clauses before it, each with its own value (`全县生产总值92.51亿元，规上工业增加值10.74亿元，增速分别为5.1%和15.3%`):
# a clause of values whose words are only 分别 with a verb or a measure noun (增速, 增幅, 占比 …) names each value by
# the subject of the amount before it, in turn, with that measure noun (全县生产总值增速, 规上工业增加值增速). A change
# right after the amounts (`分别比增5.1%和15.3%`, `分别增长…`) is attached to them by changes.attach_changes instead.
_OVER_CLAUSES = re.compile(r"[，,；;\s]*(?P<measure>增速|增幅|增长率|降幅|涨幅|跌幅|占比|比重)?(?:同比|比上年|较上年|比去年)?均?"
                           r"分别(?:为|是|达到|达|比增|比降|比减|增|降|减|增长|下降|提高|上涨|降低)?了?$")


def _distribute_over_clauses(text: str, hits: list[Hit]) -> None:
    """Values after `分别` with no subject of their own take the amounts' subjects of the clauses before (see above)."""
    for i, head in enumerate(hits):
        if head.attached or head.follows is not None:
            continue
        floor = clause_start(text, head.q.start, CLAUSE_MARKS.replace("、", ""))
        said = _OVER_CLAUSES.fullmatch(text, floor, head.q.start)
        if said is None:
            continue
        group = [head] + [h for h in hits[i + 1:] if h.follows is head]
        if len(group) == 1:
            for h in hits[i + 1:]:
                if h.sentence != head.sentence or h.q.unit != head.q.unit \
                        or not _AND_GAP.fullmatch(text, group[-1].q.end, h.q.start):
                    break
                group.append(h)
        owners = [h for h in hits[:i] if h.sentence == head.sentence and not h.attached and not h.sign
                  and h.q.end <= floor][-len(group):]
        if len(group) < 2 or len(owners) != len(group) or any(len(h.indicator) < 2 for h in owners) \
                or len({h.indicator for h in owners}) != len(owners):
            continue
        for hit, owner in zip(group, owners):
            hit.indicator, hit.series = cap(owner.indicator + (said["measure"] or "")), group[0]
