"""Name again what a weak subject leaves unnamed: `rename_weak(text, sentence, q, name) -> str`.

    rename_weak("这一次伟大的人民解放战争，从一九四六年七月开始，到现在，业已三年了。", 0, q, "业已")
    # -> '人民解放战争时长'

Speeches and older reports put the measured noun at the head of the sentence and the number
clauses later, after words that name nothing: an adverb (`业已三年了`, `只有一百五十万人左右了`),
a verb of leading (`率部四万余人起义`), an owner before 有 (`蒋介石还有六十个师`). The general
reading (naming.py) takes the words just before the number, so the row reads `业已`, `只有`,
`率部`, `师数`. Each rule below names one such shape and returns '' when it is absent:

- adverbs or a pronoun only: the topic of the sentence, its first clause that is neither a
  time, a pronoun, a connective nor an ordinal (`残余的国民党军` -> 国民党军), with what the unit
  counts (人数, 时长); none when that clause is a place (`在乡村中`) or holds a figure itself;
- led people: people counted after a verb of leading are named by what they did after it
  (`率部四万余人起义` -> 起义人数);
- headless relative: a sentence opening with `…的，` (`参加这次会议的，包括…二十三个单位，一百三十四人`)
  counts the ones who did it; a demonstrative in it (这次会议) points at the topic of the sentence
  before (`新政治协商会议筹备会，于…召开第一次全体会议。`), which names it in the row when the two share
  a character (参加新政治协商会议筹备会的人数), else the demonstrative goes (参加会议的人数);
- times: a count of times after a verb with 了 whose subject is a pronoun phrase (`我们这个会
  在一个月里开了三次` -> 开会次数);
- need: a duration a need sets (`要彻底地解决这个问题，非有十年八年的长时间不可`) is the time the
  clause before takes (解决问题所需时间);
- only then: a duration after which an act can be done (`还要有两年至三年工夫，才能学会全部的经济工作`)
  is the time that act takes (学会经济工作所需时间); so is a duration said to suffice for it (`只须三个月至
  六个月，就可以打败人民解放军` -> 打败人民解放军所需时间);
- laid out: tables or seats counted after a verb of laying them out alone (`…国宴…登场，席开110桌`) are the
  gathering's the sentence opens with (国宴桌数);
- place only: a share after a place (`完成全区90%路面影像数据的采集`) is of the noun after it
  (全区路面影像数据); a place opening the value's clause is its scope (`全国以各种形式实际使用的国外资金达…`
  -> 实际使用的国外资金; `农民的纯收入，全国平均每人达到…` -> the topic clause, 农民的纯收入);
- present: people after a headless relative and 有 (`出席的有中央委员三十四人`) -> 出席的中央委员人数;
- lasted: a duration between a verb with 了 and 的 + noun (`已经进行了五年的抗日战争`) -> 抗日战争时长;
- aside, degree or hedge alone: a name that is only a bracketed aside (`（以户为单位计算）`), a degree closing
  the clause (`则有大约百分之九十以上这样多`) or a hedge of need (`只须`) says nothing of what is measured: the
  nearest clause before it in the sentence that ends in a measure noun names it (`…的人数（户数）`,
  `地主富农在乡村人口中所占的比例`), else the sentence's topic;
- measure alone: a measure noun with no owner in its clause (`…，总数约计尚有三百六十五万人`) is the
  sentence topic's (国民党军队总数);
- owned count: a one-character counted noun after an owner and 有 (`蒋介石还有六十个师` ->
  蒋介石师数); with no owner in its clause (`国民党的正规军，…，尚有二百八十五个师`), the sentence's topic
  owns it (正规军师数);
- people by what they did: people counted after a headless relative and 有 with no noun
  (`出席会议的有一百三十四人` -> 出席会议的人数), after a relative and a noun for people
  (`参加会议的代表共一百三十四人` -> 参加会议的代表人数), or opening their clause before what they did
  (`一百三十四人参加了会议` -> 参加会议的人数);
- used for an aim: a share of a resource after 用 (`用百分之九十的精力去帮助群众解决…`) is named by
  the aim and the resource (帮助群众解决所用精力);
- restated subject: a subject restated after a dash (`革命文艺运动——这个运动在二十三年中`) is
  the noun before the dash (革命文艺运动时长);
- share of a noun: a share whose subject is a country, a place or a pronoun alone
  (`中国已经有大约百分之十左右的现代性的工业经济`, `我们还有百分之九十左右的经济生活停留在古代`)
  measures the noun phrase after it (现代性的工业经济, 经济生活); a share that opens with 占
  after an ordinal (`第五，占国民经济总产值百分之九十的分散的…农业经济和手工业经济`) is the share
  of that noun's head (农业经济和手工业经济占国民经济总产值).
"""
from __future__ import annotations

import re

from .indicator import CLAUSE_MARKS, RATE_ONLY, cap, clause_start, only_time, subject_before
from .scan import Quantity, scan_quantities

# Words that say only how, when or how much, never what (`业已`, `只有`, `仅仅`, `共已`).
_ADVERBS_ONLY = re.compile(r"(?:业已|已经|已|曾经|曾|仅仅|仅|只有|只|才|也|就|还|共|都|总共|一共|即|又|尚|仍)+")
# A pronoun or a demonstrative alone (`我们`, `这些`, `其`).
_PRONOUN_ONLY = re.compile(r"(?:我们|你们|他们|它们|大家|这些|那些|这个|那个|这|那|其|此|它|他)+")
# A clause that only says when (`截至现时为止`, `到现在`, `从一九四六年七月开始`).
_TIME_CLAUSE = re.compile(r"^(?:截至|截止|到|至|从|自|在)?(?:现时|现在|目前|今天|当时|此时|今年|去年)(?:为止|止|以来)?$"
                          r"|^(?:从|自|由).{0,16}(?:开始|起|以来)$")
# A clause that only links to the sentence before (`可是`, `因此`).
_CONNECTIVE = re.compile(r"(?:可是|但是|但|然而|因此|所以|同时|而且|并且|例如|比如|总之|其次|首先|最后|此外|另外)")
_ORDINAL = re.compile(r"第[一二三四五六七八九十]+|其[一二三四五]|[一二三四五六七八九十]是|首先|其次|最后")
_SUFFIX = {"人": "人数", "年": "时长", "个月": "时长", "天": "时长"}
# A sentence opening with a headless relative (`参加这次会议的，包括…`): the ones who did it are
# what its counts count.
# A copular judgement (`人民是正确的，`) is no relative: its 的 closes `是…的`, not a noun left out.
_HEADLESS = re.compile(r"(?P<who>(?![^，,]*是)[\u4e00-\u9fff]{3,12}的)[，,]")
_COUNTED = {"人": "人数", "名": "人数", "个": "个"}
# A demonstrative inside a name points at the text around it, which a table row does not have.
_DEMONSTRATIVE = re.compile(r"这次|这个|这些|这一|这种|这类|那种|此次|本次|此类|(?<![应活])该")
# A demonstrative before a noun (`参加这次会议的`) points back at what the sentence before names
# first: its topic (`新政治协商会议筹备会，于…召开第一次全体会议。`). A table row has no sentence before
# it, so the topic takes the demonstrative's and the noun's place when the two share a character
# (会: the same kind of thing); otherwise only the demonstrative goes (参加会议的).
_POINTER = re.compile(r"(?:这次|此次|本次|这个|这一|(?<![应活])该)(?P<noun>[\u4e00-\u9fff]{1,4}?)(?=的|$)")
_NOTE_LABEL = re.compile(r"^\s*[〔\[［(（]\d{1,3}[〕\]］)）]\s*")
_MAX_TOPIC = 12
_MAX_NAME = 20
# Times counted after a verb with 了 (`我们这个会在一个月里开了三次`): the act and what did it.
_TIMES = re.compile(r"^(?:我们|你们|他们|大家)?(?:这个|那个|这|那)?(?P<who>[\u4e00-\u9fff]{1,6}?)(?:在[^，,。；;]{1,8}?里)?"
                    r"(?P<verb>[\u4e00-\u9fff])了$")
# A duration a need sets (`要彻底地解决这个问题，非有十年八年的长时间不可`): what it takes to do the
# clause before.
_NEED = re.compile(r"^(?:非有|需要|需|还需要|还需|至少需要|要用|得用)$")
# A duration only after which an act can be done (`还要有两年至三年工夫，才能学会全部的经济工作`): the
# time that act takes.
_ONLY_THEN = re.compile(r"(?:的)?(?:工夫|功夫|时间)?[，,]?(?:才能够|才能|才可以|才可|才)(?P<act>[^，。；,;！？!?]{2,16})")
# A duration said to suffice (`只须三个月至六个月，就可以打败人民解放军`): the act it suffices for.
_ENOUGH = re.compile(r"(?:只须|只需|只要|仅需|只消)$")
_ENOUGH_THEN = re.compile(r"(?:的)?(?:工夫|功夫|时间)?[，,]?(?:就可以|就能够|就能|便可以|便可|即可)(?P<act>[^，。；,;！？!?]{2,16})")
# Names that say nothing of what is measured (see the module doc): a bracketed aside, a degree, a hedge of need.
_ASIDE_ONLY = re.compile(r"[（(][^（）()]*[）)]")
_DEGREE_ONLY = re.compile(r"(?:大约|约)?(?:这样|这么|那样|那么)多|之多")
# A clause ending in a measure noun, with a bracketed gloss after it (`…的人数（户数）`).
_MEASURE_CLAUSE = re.compile(r"(?:比例|比重|人数|户数|总数|数量|数目|总额|总量|份额)(?:[（(][^（）()]{1,8}[）)])?$")
_ACT_OPENER = re.compile(r"^(?:要|必须|应当|就要|才能|能够)?(?:[\u4e00-\u9fff]{1,3}地)?")
_LEADING = re.compile(r"(?:率部|率领|带领|动员|组织)$")
_ACT = re.compile(r"[\u4e00-\u9fff]{2,6}?(?=[，,。；;！？!?、]|$)")
_NOUN = re.compile(r"[\u4e00-\u9fff]{2,12}?(?=的|[，,。；;、]|$)")
# Those present named by a headless relative before 有 (`出席的有中央委员三十四人`).
_PRESENT = re.compile(r"(?P<who>[\u4e00-\u9fff]{2,6}的)有(?P<noun>[\u4e00-\u9fff]{2,8})$")
# A duration between a verb with 了 and 的 + a noun (`已经进行了五年的抗日战争`): how long the noun lasted.
_LASTED = re.compile(r"[\u4e00-\u9fff]了$")
_HAVE_ONLY = re.compile(r"(?:还|共|已|仍|只|尚)*有")              # 有 with no owner in its clause
_OWNER = re.compile(r"(?P<owner>[\u4e00-\u9fff]{2,6}?)(?:还|共|已|仍|只|尚)?有$")
# People named by what they did (see the module doc).
_PRESENT_BARE = re.compile(r"(?P<who>[\u4e00-\u9fff]{2,8}的)(?:共|约|共计)?有$")
_RELATIVE_PEOPLE = re.compile(r"(?P<rel>[\u4e00-\u9fff]{2,8}的[\u4e00-\u9fff]{1,3})(?:共计|共|计|约|达|有|为)+$")
_DID = re.compile(r"(?P<verb>(?!的)[\u4e00-\u9fff]{2})了?(?P<obj>[^\W\d的]{0,8}?)(?=[，,。；;！？!?]|$)")
# A share of a resource used for an aim (`用百分之九十的精力去帮助群众解决…`, `仅仅用百分之十的精力就可以解决
# 救国公粮的问题`): named by the aim and the resource.
_USING = re.compile(r"(?:用|拿出|花)$")
_USED_FOR = re.compile(r"的(?P<noun>[\u4e00-\u9fff]{1,4}?)(?:去|来|就可以|就能|可以|能够|就)"
                       r"(?P<aim>[^，,。；;！？!?的“”\d]{2,10})")
_PRONOUN_TAIL = re.compile(r"(?:他们|我们|你们|它们|自己)$")
# A subject restated after a dash by a demonstrative (`革命文艺运动——这个运动`).
_RESTATED = re.compile(r"(?P<noun>[^——]{2,}?)——(?:这个|这一|这些|那个|此|该|它)")
# The noun a share modifies (`百分之十左右的现代性的工业经济，`), up to its clause's verb.
_SHARE_NOUN = re.compile(r"(?:左右|以上|多)?的(?P<noun>[^，,。；;！？!?、\d了着过]{2,24}?)(?=是|在|停留|处于|为|占|有|[，,。；;！？!?]|$)")
_COUNTRY = re.compile(r"中国|我国|全国|本国|祖国|各国")
_ORDINAL_SHARE = re.compile(rf"^(?:{_ORDINAL.pattern})?占(?P<whole>[\u4e00-\u9fff]{{2,12}})$")


# A measure noun alone (`总数`, `数目`): how much of the sentence's topic (`国民党军队在…，即今年六月底，总数
#约计尚有三百六十五万人` -> 国民党军队总数).
_GENERIC_MEASURES = frozenset({"总数", "数目", "数量", "总额", "总量", "人数"})
# A place alone (`全区`, `我省`): where, not what.
_PLACE_ONLY = re.compile(r"(?:全|我|本|该)(?:国|省|市|区|县|州|镇|乡|村|地区|自治区)")
# Words that only link or time a clause (`以便`, `以后`).
_LINK_ONLY = re.compile(r"(?:以便|以后|之后|以来|然后|从而|因而|于是|为了|可是|但是|因此|所以|而且|并且)")


def weak(name: str) -> bool:
    """The name is empty, one character, or only adverbs, a pronoun, a place or a linking word:
    it says how, who, where or when, never what is measured."""
    return len(name) < 2 or any(p.fullmatch(name) for p in (_ADVERBS_ONLY, _PRONOUN_ONLY, _PLACE_ONLY, _LINK_ONLY))


def _topic(text: str, sentence: int, start: int) -> str:
    at = sentence
    for clause in re.split(f"[{re.escape(CLAUSE_MARKS)}]", text[sentence:start])[:-1]:
        words = clause.strip(" 　")
        at += len(clause) + 1
        if not words or only_time(words) or _TIME_CLAUSE.match(words) or _PRONOUN_ONLY.fullmatch(words) \
                or _CONNECTIVE.fullmatch(words) or _ORDINAL.fullmatch(words):
            continue
        if words.startswith("在") or scan_quantities(words):
            return ""                              # a place, or a clause with a figure of its own: no topic
        named = subject_before(words, 0, len(words))
        named = named.split("包括")[0] if len(named.split("包括")[0]) >= 2 else named   # X包括…在内: an aside
        return "" if weak(named) or any(c.isdigit() for c in named) else named
    return ""


# round figures7 (xxf2): tables or seats counted after a clause that is only a verb of laying them out (`席开110桌`,
# `共摆了30桌`, `设20席`; Traditional script too: 席開, 擺, 設) belong to the gathering the sentence opens with
# (`…国宴今日晚间…登场，席开110桌` -> 国宴桌数): its first clause, cut before the time or the place it gives (今日, 于…).
_LAID_OUT = re.compile(r"(?:席|宴席|酒席|共|共计|一共|总共)?(?:开|開|摆|擺|设|設|办|辦)了?(?:约|近|逾)?")
_GATHERING_UNITS = frozenset({"桌", "席"})
# A news story's dateline opening its first sentence (`【记者…/台北】`, `本报讯（记者…）`): who wrote it, where, not the topic.
_DATELINE = re.compile(r"^[^【】]{0,12}【[^【】]{1,24}】|^本报讯(?:[（(][^）)]{1,24}[）)])?")
_WHEN_OR_WHERE = re.compile(r"(?:今|昨|明|当|本|前|是)(?:[（(]\d{1,2}[)）])?(?:日|天|晚|早|年)|[於于在]|\d|[（(]")


def _gathering(text: str, sentence: int) -> str:
    """The gathering a sentence opens with: its first clause up to a time or a place (see _LAID_OUT), or ''."""
    first = _DATELINE.sub("", re.split(f"[{re.escape(CLAUSE_MARKS)}]", text[sentence:])[0].strip(" 　"))
    cut = _WHEN_OR_WHERE.search(first, 2)
    return subject_before(first, 0, cut.start() if cut else len(first))


def rename_weak(text: str, sentence: int, q: Quantity, name: str, before: str) -> str:
    """A better name for the quantity `q` whose indicator is `name` and whose clause reads
    `before` up to the number, or '' (see the module doc)."""
    if q.unit in _GATHERING_UNITS and _LAID_OUT.fullmatch(before.strip(" 　，,")) \
            and clause_start(text, q.start) > sentence + 1:
        gathering = _gathering(text, sentence)                           # …国宴…登场，席开110桌
        if len(gathering) >= 2 and not weak(gathering):
            return cap(gathering + q.unit + "数")
    if q.unit in ("人", "名"):
        people = _people(text, sentence, q, name, before)
        if people:
            return people
    used = _USED_FOR.match(text, q.end) if q.unit == "%" and _USING.search(before) else None
    if used:                                                             # 用百分之九十的精力去帮助群众
        aim = _PRONOUN_TAIL.sub("", used["aim"])
        if len(aim) >= 2:
            return cap(aim + "所用" + used["noun"])
    restated = _RESTATED.fullmatch(name) or _RESTATED.match(name)
    if restated:                                                         # 革命文艺运动——这个运动
        return cap(restated["noun"] + _SUFFIX.get(q.unit, ""))
    shared = _SHARE_NOUN.match(text, q.end) if q.unit in ("%", "成") else None
    if shared and (weak(name) or _COUNTRY.fullmatch(name)):              # 中国已经有大约百分之十左右的…工业经济
        return cap(shared["noun"])
    opened = _ORDINAL_SHARE.match(name)
    if shared and opened:                                                # 第五，占…总产值百分之九十的…经济
        return cap(shared["noun"].rsplit("的", 1)[-1] + "占" + opened["whole"])
    if q.unit == "人" and _LEADING.search(before):
        act = _ACT.match(text, q.end)
        if act:
            return act.group() + "人数"
    if name in _GENERIC_MEASURES and not before.lstrip(" 　，,").startswith("其"):   # 其数量: the clause before's
        topic = _topic(text, sentence, q.start)
        if topic and topic != name:
            return cap(topic + name)
    owner = _OWNER.search(before)
    if owner and len(name) == 2 and name.endswith("数") and not weak(owner["owner"]) and name not in owner["owner"]:
        return cap(owner["owner"] + name)
    if len(name) == 2 and name.endswith("数") and _HAVE_ONLY.fullmatch(before.strip(" 　，,")):
        topic = _topic(text, sentence, q.start)                          # 国民党的正规军，…，尚有二百八十五个师
        if topic:
            return cap(topic + name)
    times = _TIMES.match(before) if q.unit == "次" else None
    if times:
        who, verb = times["who"], times["verb"]
        return cap((verb + who if len(who) == 1 else who + verb) + "次数")      # 开了三次 -> 开会次数
    then = _ONLY_THEN.match(text, q.end) if q.unit in _SUFFIX and q.unit != "人" else None
    if then is None and q.unit in _SUFFIX and q.unit != "人" and _ENOUGH.search(before.strip(" 　")):
        then = _ENOUGH_THEN.match(text, q.end)                           # 只须三个月至六个月，就可以…
    if then:                                                             # 还要有两年至三年工夫，才能学会…
        act = then["act"]
        act = act[:2] + act[act.rindex("的") + 1:] if "的" in act[2:] else act
        if len(act) >= 2 and not any(c.isdigit() for c in act):
            return cap(act + "所需时间")
    if q.unit in _SUFFIX and q.unit != "人" and _NEED.match(before.strip(" 　")):
        prior = text[sentence:q.start - len(before)].rstrip("，, ")
        act = _DEMONSTRATIVE.sub("", _ACT_OPENER.sub("", prior[prior.rfind("，") + 1:]))
        if 2 <= len(act) <= 14 and not any(c.isdigit() for c in act):
            return act + "所需时间"
    present = _PRESENT.search(before) if q.unit in ("人", "名") else None
    if present:                                                          # 出席的有中央委员三十四人
        return cap(present["who"] + present["noun"] + "人数")
    lasted = _LASTED.search(before) if q.unit in _SUFFIX and q.unit != "人" else None
    noun = _NOUN.match(text, q.end + 1) if lasted and text.startswith("的", q.end) else None
    if noun:                                                             # 已经进行了五年的抗日战争
        return cap(noun.group() + "时长")
    head = _HEADLESS.match(text, sentence)
    if head and head.end() < q.start and _COUNTED.get(q.unit):          # 参加这次会议的，…二十三个单位，一百三十四人
        noun = _COUNTED[q.unit] if q.unit != "个" else (_ACT.match(text, q.end).group() + "数" if _ACT.match(text, q.end) else "")
        if len(noun) >= 2:
            return cap(_referent(text, sentence, head["who"]) + noun)
    if _PLACE_ONLY.fullmatch(name) and before.endswith(name):        # 完成全区90%路面影像数据的采集
        noun = _NOUN.match(text, q.end)
        if noun:
            return cap(name + noun.group())
    if _PLACE_ONLY.fullmatch(name) and before.startswith(name):       # 全国以各种形式实际使用的国外资金达…
        scoped = _scoped(text, sentence, q.start, before[len(name):])   # 农民的纯收入，全国平均每人达到…
        if scoped:
            return scoped
    if _ASIDE_ONLY.fullmatch(name) or _DEGREE_ONLY.fullmatch(name) or _ENOUGH.fullmatch(name):
        topic = _measure_clause(text, sentence, q.start) or _topic(text, sentence, q.start)
        if topic:                                                        # （以户为单位计算）, 这样多
            return cap(topic)
    if _ADVERBS_ONLY.fullmatch(name) or _PRONOUN_ONLY.fullmatch(name):
        topic = _topic(text, sentence, q.start)
        if topic:
            return cap(topic + _SUFFIX.get(q.unit, ""))
    return ""


# round figures6 (b1, twice): a place opening the clause of the value is its scope (`全国`, `全省`), not what is
# measured. The noun phrase after it names the value, past a prepositional phrase of manner (`以各种形式`, `通过多种
# 渠道`) and the verb that gives the value (`达`, `达到`); when only a rate qualifier and that verb are left (`平均每人
# 达到`), the comment names nothing and the topic clause just before it does (`农民的纯收入，全国平均每人达到…`).
_MANNER = re.compile(r"^(?:以|通过|经由|按)[^，。；,;的]{1,8}?(?:形式|方式|渠道|途径|办法|口径)")
_GIVING_VERB = re.compile(r"(?:共计|共|累计|合计|约为|约|达到了|达到|达|为|是|有)+$")


def _scoped(text: str, sentence: int, start: int, rest: str) -> str:
    """The value's noun after a scope word, else the topic clause before it (see above), or ''."""
    rest = _GIVING_VERB.sub("", _MANNER.sub("", rest.strip(" 　")))
    if len(rest) >= 2 and not RATE_ONLY.fullmatch(rest) and not _ADVERBS_ONLY.fullmatch(rest) \
            and not any(c.isdigit() for c in rest):
        return cap(rest)
    if rest and not RATE_ONLY.fullmatch(rest):
        return ""
    floor = clause_start(text, start)
    if floor - 1 <= sentence or text[floor - 1] not in "，,":
        return ""
    topic = text[clause_start(text, floor - 1):floor - 1].strip(" 　")
    if 2 <= len(topic) <= _MAX_TOPIC and not scan_quantities(topic) and not only_time(topic) \
            and not _CONNECTIVE.fullmatch(topic) and not weak(topic):
        return topic
    return ""


def _measure_clause(text: str, sentence: int, start: int) -> str:
    """The subject of the nearest clause before `start` in its sentence that ends in a measure noun
    (`而乡村中能够参加…的人数（户数）`), or ''."""
    clauses = re.split(f"[{re.escape(CLAUSE_MARKS)}]", text[sentence:start])[:-1]
    for clause in reversed(clauses):
        words = clause.strip(" 　")
        if _MEASURE_CLAUSE.search(words) and not scan_quantities(words):
            words = re.sub(r"[（(][^（）()]{1,8}[）)]$", "", words)
            named = subject_before(words, 0, len(words))
            named = named if len(named) >= 4 and _MEASURE_CLAUSE.search(named) else words
            named = re.sub(r"^(?:而|但|则|并且|而且|因此|所以)", "", named)
            while len(named) > _MAX_NAME and (cut := re.search(r"[和、及与]", named[1:])):
                named = named[cut.end() + 1:]                            # …参加和应当参加…的人数: the last conjunct
            return "" if weak(named) or len(named) > _MAX_NAME else named
    return ""


def _referent(text: str, sentence: int, words: str) -> str:
    """`words` with a demonstrative and its noun replaced by the topic of the sentence before, or
    with the demonstrative dropped (see _POINTER)."""
    m = _POINTER.search(words)
    if m and sentence > 1:
        opens = max(text.rfind(c, 0, sentence - 1) for c in "。！？!?\n") + 1
        first = re.split(f"[{re.escape(CLAUSE_MARKS)}]", text[opens:sentence - 1])
        clause = _NOTE_LABEL.sub("", first[0]).strip(" 　") if len(first) > 1 else ""
        topic = subject_before(clause, 0, len(clause)) if clause else ""
        if 2 <= len(topic) <= _MAX_TOPIC and not any(c.isdigit() for c in topic) and set(topic) & set(m["noun"]):
            return words[:m.start()] + topic + words[m.end():]
    return _DEMONSTRATIVE.sub("", words)


def _people(text: str, sentence: int, q: Quantity, name: str, before: str) -> str:
    """People named by what they did, or '' (see the module doc)."""
    bare = _PRESENT_BARE.search(before)
    if bare:                                                             # 出席会议的有一百三十四人
        return cap(_referent(text, sentence, bare["who"]) + "人数")
    relative = _RELATIVE_PEOPLE.search(before)
    if relative and 1 <= len(name) <= 3 and relative["rel"].endswith(name):   # 参加会议的代表共一百三十四人
        return cap(_referent(text, sentence, relative["rel"]) + "人数")
    did = _DID.match(text, q.end)
    if did and not before.strip(" 　，,") and not scan_quantities(did.group()):   # 一百三十四人参加了会议
        return cap(did["verb"] + _referent(text, sentence, did["obj"]) + "的人数")
    return ""
