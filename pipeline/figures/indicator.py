"""Name what a quantity measures: the subject of its clause.

`subject_before(text, floor, start)` reads back from the number to the clause
start (`预计完成区域口径生产总值450亿元` -> 区域口径生产总值); `noun_after(text, end)`
reads the counted noun after a measure word (`6个产业推进办公室` -> 产业推进办公室).

Tried and not kept: trimming a subject to its trailing noun phrase by jieba's part-of-speech
tags. On the hand-checked lists it lowered indicator accuracy (hexi 0.845 -> 0.698,
national-2009 0.443 -> 0.402, ningxia 0.613 -> 0.600) and left the corpus gold unchanged
(189 of 200 Chinese figures named right either way). Tried again (issue 14, item 3) for a
narrower use, dropping a leading verb phrase from a subject (`实施重点项目` -> 重点项目): hexi
0.845 -> 0.759, national-2009 0.582 -> 0.549, ningxia 0.700 -> 0.725; not kept either. The
phenomena it was meant for are read by rules instead: clauses.py (laws, definitions, streaks),
LIST_MEASURE_NOUNS (list subjects), the cue words of units.py, and here a small verb list with
the measured-noun rule: `drop_action_verb` drops a verb of ACTION_VERBS only when its object has
three characters or more (实施重点项目 -> 重点项目, but 开工项目 stays); with `drop_rate_qualifier`
it raised hexi 0.862 -> 0.879 and ningxia 0.775 -> 0.850 where jieba lowered them.
`drop_rate_qualifier` reads per-person and per-period qualifiers (人均, 每人, 平均每斤): after the
measured noun they qualify the value and go, before it they are part of its name and stay.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from .scan import alternation
from .units import (ACTION_VERBS, BARE_VERB_ADVERBS, BARE_VERBS, CHANGE_VERBS, HELD_VERBS, INDICATOR_CUT, INDICATOR_LEADING, INDICATOR_TRAILING,
                    LIST_MEASURE_NOUNS, NOT_APPROX_YUE, NOUN_STOP, PER_UNIT, UNITS)

CLAUSE_MARKS = "，,；;：:。！？!?\n、"
_QUOTES = "“”\"‘’《》〈〉「」 \t<>[]{}|*#_"
_MAX = 20
MAX_INDICATOR = 20          # a noun phrase, never a whole sentence
# Openers that only set the scene: a law's article number (`第三十四条`), a year or
# time adverbial (`1984年`, `2025年底`), web-page residue.
# A year in digits or in Chinese numerals (`1984年`, `一九八四年`, `二〇二五年`).
# figures20 (zu5; xcf2, xxn7, yy3 outside any figures gold): a template's masked year (`20xx年`, `20XX年`, `201x年`,
# `20××年`) is a year too: `比20xx年增加1112万元` is a comparison base (the _BASE cut here, changes.py's filler),
# never a name, and `20XX年，…` opens a sentence like `2020年，…` (_OPENER).
# round21zh (zw1): a model-text site masks the whole year in capitals (`XX年达到3100亿元`, `××年`, `XXXX年`): two
# to four masking letters, no Latin letter before them, and 年 right after (a bare `XX` names a thing: `XX公司`)
YEAR = r"(?:(?:19|20)(?:\d\d|\d[xX×ｘＸ]|[xX×ｘＸ]{2})|[一二][九〇零○][一二三四五六七八九〇零○]{2}|(?<![A-Za-z])[xX×ｘＸ]{2,4}(?=年))"
_OPENER = re.compile(rf"^(?:第[一二三四五六七八九十百千零〇\d]+条|在?{YEAR}年?(?:(?:到|至|—|-){YEAR}年)?"
                     r"(?:底|末|初|以来|度)?的?|[\s　]+)+")
# A comparison base closing a subject: `各项贷款总额比1983年` -> 各项贷款总额
# round21zh (zw3): a copula before the year is the same comparison said as a multiple (`…达到23849.8亿元，是2007年的
# 2.3倍`): `是2007年` is the base the multiple is taken of, never a name
_BASE = re.compile(rf"(?:比|较|同|是|為|为){YEAR}年(?:同期)?$")
# A topic stands before a prepositional phrase (`法律和其他议案由全国人大以…` -> 法律和其他议案).
_PREPOSITION = re.compile(r"(?<=..)(?:由|以(?![上下内及来外后前为])|(?<![所现存正实内])在|从(?![事业严而]))")
# (round16zh) An acting body, then where it acted, then what it did (`郭仓镇在政府门户网站主动公开各类政府信息`
# 53条, `全县在乡镇公开栏公布财务信息`): the body is the subject, not the thing counted; the words after
# the venue (a site, a platform, a board, a meeting) name it. A topic before 在 (`工业增加值在全省…`) is
# no body, so the prepositional cut above still applies to it.
_AGENT_VENUE = re.compile(r"^(?:[\u4e00-\u9fff]{0,12}(?:镇|乡|县|市|区|村|街道|社区|局|委|办|厅|部|政府|公司|中心)|我[镇乡县市区局委]|全[镇乡县市区])"
                          r"在[\u4e00-\u9fff]{1,12}?(?:网站|门户网站|平台|网|栏目|专栏|公开栏|公示栏|会上|会议上)")
_MIN_DONE = 4   # characters of what was done after the venue: a verb and its object
# Examples before 等 and the category after it: the category is the head. Not 高等, 中等, 平等 ….
_EXAMPLES = re.compile(r"(?<=[^高中初平同对相均上优次劣])等(?![级同于])")
# An item already naming its measure keeps its name (`事故起数、死亡人数` -> 事故起数).
_MEASURE_ENDS = ("数", "率", "额", "值", "比重")
_AND = re.compile(r"(?<=..)[和与及](?=..)")
_BRACKETED = re.compile(r"[（(][^（()）]*[)）]$")
# figures19: a name that is only a verb carrying the value (units.BARE_VERBS: `达到`, `累计举行`, `已完成了`) names
# nothing; the term before the verb does. An event closing a subject before a verb of holding it
# (`疫情防控新闻发布会举行`) is what is counted.
VERB_ONLY = re.compile(rf"(?:{alternation(BARE_VERB_ADVERBS)})*(?:{alternation(BARE_VERBS)})了?")
_ADVERBS_ONLY = re.compile(rf"(?:{alternation(BARE_VERB_ADVERBS)})+")
_HELD_TAIL = re.compile(rf"(?<=..)(?:{alternation(BARE_VERB_ADVERBS)})*(?:{alternation(HELD_VERBS)})了?$")


# 其 opening a name is the pronoun (`其…`), but 其他/其它/其余/其次/其实 are words of their own (`其他产值`,
# `其他用品及服务价格`): the leading words never cut them.
_LEADING = re.compile(rf"^(?:(?!其[他它余次实])(?:{alternation(INDICATOR_LEADING)}))+")
_TRAILING = re.compile(rf"(?:{alternation(INDICATOR_TRAILING).replace('约', NOT_APPROX_YUE)})+$")
_CUT = re.compile(rf"(?:{alternation(INDICATOR_CUT)})")
_STOP = re.compile(rf"[{re.escape(CLAUSE_MARKS)}]|{alternation(NOUN_STOP)}|\d")
_AFTER_SKIP = re.compile(r"^(?:多|余|以上|以下|左右|以内|之内|内)?的?")
# A facility counted with the work on it (`2.9万所乡镇卫生院建设任务`): the facility is counted.
_WORK_TAIL = re.compile(r"(?<=..)(?<!加快)(?<!推进)(?<!加强)(?<!推动)(?<!开工)建设(?:任务)?$")
# A rate qualifier closing a subject, with the verb of the value after it (`人均每月新增`).
_RATE_TAIL = re.compile(rf"(?<=..)(?:{alternation(PER_UNIT)})+(?:{alternation([*CHANGE_VERBS, '新增', '发放'])})?$")
# A verb of action opening a subject, with a modal before it and more verbs joined to it
# (`可减轻`, `引进和落地`, `受理办复`), and a determiner after it (`降低各类…`).
_ACTION = re.compile(rf"^(?:可|将|要|再)?(?:{alternation(ACTION_VERBS)})(?:[和及、]?(?:{alternation(ACTION_VERBS)}))*"
                     r"(?:各类|各种)?")
_MIN_OBJECT = 3
_GENERIC_HEADS = ("的人数", "的数量", "的总数", "的比重", "的比例", "的规模", "的总额", "的金额", "的总量")
_KIND = 6                     # 林区, 国家级: the short kinds a counted noun may list
_MODIFIER = 6                 # 一产, 城镇, 先进制造业: list items that modify a shared head
# A share names the part and the whole (`第三产业增加值占地区生产总值的比重`): its 的 is not a head's.
_SHARE_OF = re.compile(r"(?<=..)占[^的]{2,}的(?:比重|比例|份额)$")
# A share's verb with the adverbs before it (`虽然还只占`): the part before it, the whole after it.
_SHARE_VERB = re.compile(r"(?<=..)(?:虽然|虽|还|只|仅仅|仅|已经|已|约|大约)*占(?=..)")
# Specifications between a count and its noun (`22个750千伏和330千伏电网工程`): values with a unit.
_SPEC = re.compile(rf"^(?:[和、及与]?\d+(?:\.\d+)?(?:{alternation(UNITS)}))+")
# A clause that is only a rate qualifier before its number (`，每人每年1500元`, `，人均每年增长10%`).
RATE_ONLY = re.compile(rf"[，,\s]*(?:{alternation(PER_UNIT)})+(?:{alternation([*CHANGE_VERBS, '新增', '发放'])})?了?"
                       r"(?:约|近|达到|达|为|是)?")
# A rate qualifier opening a subject, with the verb that gives the value (`每人每月发放生活补贴`).
_RATE_HEAD = re.compile(r"^(?:平均)?(?:每[人户年月天日])+(?:发放|补助|提供)?")
# Verbs that give or raise what follows them (`向…学生提供助学金`, `继续提高企业退休人员基本养老金`).
_GIVE = re.compile(r"提供|发放|给予|补助|补贴给|安排|提高|增加|增发")


def only_time(words: str) -> bool:
    """The words only say when (`一九四○年的`, `2025年底`): they name no measure."""
    return bool(words) and _OPENER.fullmatch(words) is not None


def clause_start(text: str, start: int, marks: str = CLAUSE_MARKS) -> int:
    """Index just after the last of `marks` (clause marks by default) before `start`."""
    positions = _mark_positions(text, marks)
    k = bisect_left(positions, start)
    return positions[k - 1] + 1 if k else 0


@lru_cache(maxsize=16)
def _mark_positions(text: str, marks: str) -> list[int]:
    """Where `marks` stand in `text`, read once per text: walking back from every value was
    quadratic in a paragraph without them (an English text flattened onto one line)."""
    return [i for i, ch in enumerate(text) if ch in marks]


# A month or a span of months opening a name (`十一月间矿工` of `十月、十一月间矿工三万余人`, `五月份出口额`)
# says when, not what: the words after it name the value (at least two of them).
_LEADING_MONTH = re.compile(r"^[一二三四五六七八九十○〇零\d]{1,3}月(?:[、至到和][一二三四五六七八九十○〇零\d]{1,3}月)*"
                            r"(?:间|份|里|中|底|初)?(?=..)")
# round c: a span named by its events opening a name (`两节、冬奥期间价格`, `春节期间销售额`) says when, too.
_LEADING_SPAN = re.compile(r"^[^，。；：、]{1,6}(?:、[^，。；：、]{1,6})*期间(?=..)")


def _tidy(words: str) -> str:
    words = words.strip(_QUOTES)
    for _ in range(3):
        before = words
        words = _LEADING_SPAN.sub("", _LEADING_MONTH.sub("", _BASE.sub("", _OPENER.sub("", words))))
        words = _TRAILING.sub("", _LEADING.sub("", words)).strip(_QUOTES)
        if len(_BRACKETED.sub("", words)) >= 2:
            words = _BRACKETED.sub("", words)
        if words == before:
            break
    for opening, closing in ("“”", "《》"):        # 三农”投入 -> “三农”投入
        if closing in words and opening not in words[:words.index(closing)]:
            words = opening + words
    return words


def cap(words: str) -> str:
    """At most MAX_INDICATOR characters: the head noun phrase at the end of a long subject,
    cut after a 的, 、 or 和 where one is near, else the last characters."""
    if len(words) <= MAX_INDICATOR:
        return words
    tail = words[-MAX_INDICATOR:]
    for mark in "的、和及与":
        at = tail.find(mark)
        if 0 <= at < MAX_INDICATOR - 2:
            return tail[at + 1:]
    return tail


def drop_rate_qualifier(words: str) -> str:
    """A subject closing with a rate qualifier (`企业退休人员养老金人均每月新增`,
    `稻谷最低收购价平均每斤`, `新标准提高到人均`): the qualifier says the value is per person,
    per unit or per period, the noun before it is what is measured. Before the measured noun
    人均 is part of its name and stays (`城镇居民人均可支配收入`); 每人/每月 opening a subject
    with its verb go (`每人每月发放生活补贴` -> 生活补贴)."""
    if RATE_ONLY.fullmatch(words):
        return ""
    head = _RATE_HEAD.match(words)
    if head and len(words) - head.end() >= 2:          # 每人每月发放生活补贴 -> 生活补贴
        words = words[head.end():]
    m = _RATE_TAIL.search(words)
    return _tidy(words[:m.start()]) if m and len(_tidy(words[:m.start()])) >= 2 else words


def object_before(text: str, floor: int, start: int) -> str:
    """What the clause ending at `start` gives or raises (`向…的学生提供助学金` -> 助学金), else
    its subject: the noun a following clause of only a rate (`每人每年1500元`) is about."""
    words = subject_before(text, floor, start)
    gives = list(_GIVE.finditer(words))
    return words[gives[-1].end():] if gives and len(words) - gives[-1].end() >= 2 else words


def drop_action_verb(words: str) -> str:
    """A subject opening with a verb of action on the thing measured (`实施重点项目`,
    `引进和落地科技成果`, `可减轻企业和居民负担`): the object names it. When the object is a
    bare noun of two characters (`开工项目`, `引进人才`) the verb is part of the name and stays."""
    m = _ACTION.match(words)
    return words[m.end():] if m and len(words) - m.end() >= _MIN_OBJECT else words


def subject_before(text: str, floor: int, start: int) -> str:
    """The cleaned words between `floor` and the number at `start`."""
    words = drop_action_verb(drop_rate_qualifier(_tidy(drop_rate_qualifier(text[floor:start].strip(_QUOTES)))))
    cuts = list(_CUT.finditer(words))
    if cuts and VERB_ONLY.fullmatch(_tidy(words[cuts[-1].end():]) or "-") and len(_tidy(words[:cuts[-1].start()])) >= 2:
        words = _tidy(words[:cuts[-1].start()])          # 疫情防控新闻发布会累计举行: the cut leaves a verb alone
    elif cuts and len(_tidy(words[cuts[-1].end():])) >= 2:
        words = _tidy(words[cuts[-1].end():])
    held = _tidy(_HELD_TAIL.sub("", words)) if _HELD_TAIL.search(words) else ""
    if len(held) >= 2 and not _ADVERBS_ONLY.fullmatch(held):
        words = held                                      # 新闻发布会举行 -> 新闻发布会; not 先后举办 -> 先后
    prep = _PREPOSITION.search(words)
    venue = _AGENT_VENUE.match(words)
    if venue and len(_tidy(words[venue.end():])) >= _MIN_DONE:
        words = _tidy(words[venue.end():])   # 郭仓镇在政府门户网站主动公开各类政府信息 -> 主动公开各类政府信息
    elif prep and len(_tidy(words[:prep.start()])) >= 2:
        words = _tidy(words[:prep.start()])
    examples = list(_EXAMPLES.finditer(words))
    if examples and len(words) - examples[-1].end() >= 2:     # 体育赛事等促消费活动 -> 促消费活动
        words = words[examples[-1].end():]
    share = _SHARE_VERB.search(words)
    if share and "的" in words[:share.start()] and "的" not in words[share.end():]:
        # 中国的现代性工业的产值虽然还只占国民经济总产值: the part and the whole, its possessor and
        # the adverbs before 占 dropped -> 现代性工业的产值占国民经济总产值
        part = words[:share.start()]
        return cap(part[part.index("的") + 1:] + "占" + words[share.end():])
    if "的" in words[:-2] and not _SHARE_OF.search(words) and not words.endswith(_GENERIC_HEADS):
        # the head noun follows its last 的, unless the head is only a measure (新就业的人数)
        words = words[words.rindex("的", 0, len(words) - 2) + 1:]
    if words[:1] in ("（", "(") and not any(c in words for c in "）)"):
        words = words[1:]                       # （每担三百斤）: an opening bracket alone is no part of a name
    return cap(words)


# figures19 (zs9; s03, xu7, xxs8 outside any gold): a bracket right after a count is no counted noun. A gloss of
# the measure word (`100条（个）幸福河湖`, `155.4万套（间）`, `2813.8万辆（艘、架、列）次`, pinyin `30個（gè）縣`) is
# skipped, the noun after it counted; any other bracket (`13件(含新制定5件…)`, `180座（含“渡改桥”工程）`,
# `6个（康乐街办、黄茅镇…）`, one a page break left open) is an aside on the count, returned as it stands for
# weak.py's aside rule; naming.py names a count after it by the subject before it (主动公开市政府规章).
_MEASURE_GLOSS = re.compile(r"[（(](?:[a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜ]{1,6}|[\u4e00-\u9fff](?:、[\u4e00-\u9fff]){0,3})[）)]次?")


# The measure a clause's subject ends in (`地区生产总值再上一个百亿台阶` -> 地区生产总值): term_before.
_TERM_HEADS = alternation((*LIST_MEASURE_NOUNS, "总值", "总额", "增加值", "产值", "收入", "数", "率", "额", "量"))
_TERM = re.compile(rf"^(?P<term>.+?(?:{_TERM_HEADS})(?:{_TERM_HEADS})*)(?=[\u4e00-\u9fff]{{2}})")


def aside(words: str) -> bool:
    """`words` open with a bracket: an aside on a count, never the noun it counts (see _MEASURE_GLOSS)."""
    return words[:1] in ("（", "(")


def term_before(text: str, floor: int, end: int) -> str:
    """The term a clause between `floor` and `end` opens with, when a next clause is only a verb carrying a value
    (`地区生产总值再上一个百亿台阶，达到1519.9亿元` -> 地区生产总值): its subject up to the first measure noun, a
    predicate after it; else the clause's subject when it is a name (no digit, at most MAX_INDICATOR); else ''."""
    clause = _tidy(text[floor:end].strip(_QUOTES))
    if any(c.isdigit() for c in clause):
        return ""
    term = _TERM.match(clause)
    if term and len(_tidy(term["term"])) >= 2:
        return cap(_tidy(term["term"]))
    words = subject_before(text, floor, end)
    return words if 2 <= len(words) <= MAX_INDICATOR and not VERB_ONLY.fullmatch(words) else ""


def noun_after(text: str, end: int) -> str:
    """The noun counted by a measure word ending at `end`, past a gloss of the measure word (_MEASURE_GLOSS)."""
    rest = text[end:]
    rest = rest[_AFTER_SKIP.match(rest).end():]
    if (gloss := _MEASURE_GLOSS.match(rest)) is not None:
        rest = rest[gloss.end():]
    spec = _SPEC.match(rest)                     # 750千伏和330千伏电网工程, 10吨/时以上燃煤锅炉
    if spec:
        rest = rest[spec.end():]
        rest = rest[_AFTER_SKIP.match(rest).end():]
    stop = _STOP.search(rest)
    if stop and stop.start() == 0 and len(stop.group()) == 1 and stop.group() in NOUN_STOP:   # 在校生: a word
        stop = _STOP.search(rest, stop.end())
    first = stop.start() if stop else 0
    while stop and stop.group() == "、" and 0 < first <= _KIND:     # 林区、垦区、煤矿等棚户区居民: one list
        after = _STOP.search(rest, stop.end())
        end = after.start() if after else len(rest)
        if end == stop.end() or end - stop.end() > _KIND + 2 or end > _MAX - 4 or (after and after.group().isdigit()):
            break
        stop = after
    return _WORK_TAIL.sub("", _tidy(rest[:stop.start()] if stop else rest))[:_MAX]


def _shared_head(items: list[str]) -> str:
    """What the last item of a list subject carries for all of them: when the other items
    have one length, the last item beyond that length (`三产增加值` after `一产` -> 增加值,
    `农村居民人均可支配收入` after `城镇` -> 居民人均可支配收入); when that length cuts into a
    measure noun of LIST_MEASURE_NOUNS, or the other items are longer, that noun
    (`二氧化硫排放量` after `化学需氧量` -> 排放量, not 放量). Items longer than a modifier
    (`机构内集中养育`) name a whole noun phrase: no cut by length (not 贴标准)."""
    last = items[-1]
    known = [w for w in LIST_MEASURE_NOUNS if last.endswith(w) and len(last) > len(w)]
    noun_at = len(last) - max(map(len, known)) if known else len(last)
    head = len(items[0])
    if len(last) > head + 1 and all(len(i) == head for i in items[:-1]) and head <= min(noun_at, _MODIFIER):
        return last[head:]
    return last[noun_at:]


def distribute(text: str, floor: int, start: int, n: int) -> list[str]:
    """A list subject shared by `n` values (`一产、二产、三产增加值分别增长3%、5%、7%`):
    one indicator per value (一产增加值, 二产增加值, 三产增加值), or [] when the
    subject is not a list of `n` items. Two items may be joined by 和/与/及
    (`高技术制造业和装备制造业增加值分别增长…`)."""
    items = [_tidy(i) for i in text[floor:start].split("、")]
    if n == 2 and len(items) == 1:
        items = [_tidy(i) for i in _AND.split(items[0], maxsplit=1)]
    if len(items) != n or not all(items):
        return []
    items[-1] = _tidy(subject_before(items[-1], 0, len(items[-1])) or items[-1])
    shared = _shared_head(items)
    named = [i if i.endswith(LIST_MEASURE_NOUNS + _MEASURE_ENDS) else i + shared for i in items[:-1]] + [items[-1]]
    return [cap(i) for i in named] if all(len(i) >= 2 for i in named) else []
