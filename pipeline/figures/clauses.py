"""What a number in a rule or a definition measures: `clause_indicator(text, sentence, q)`.

    clause_indicator("年满十八周岁的公民有选举权", 0, q)      # -> '公民年龄'

Laws and definitions state numbers whose noun is implied: the clause names a person, a body
or an event, and the number is its age, limit, majority, share or deadline. The general
reading of naming.py (the subject before the number, the noun after a measure word) gets
`中华人民年龄`, `多数`, `连续任职不得`. Each rule below names one such phenomenon and
returns '' when its shape is absent, so the general reading still applies:

- age: `年满十八周岁的公民` -> 公民年龄 (the person after 的; a state's name before a
  person is a modifier: `中华人民共和国公民` -> 公民); when the person is only `人`/`者`, the
  act the next clause lets them do names it (`未满十八周岁的人，可由其父母或其他法定代理人代为
  办理申请` -> 法定代理人代为办理申请的年龄上限: 未满/不满 sets an upper bound);
- age that defines a status: `十八周岁以上的自然人为成年人`, `十六周岁以上的未成年人，以…为主要
  生活来源的，视为完全民事行为能力人` -> 成年人年龄, 完全民事行为能力人年龄 (the status the
  age confers, not the person who has it; `不满…` -> …年龄上限);
- penalty: `处二百元以下罚款`, `十日以下拘留` -> 罚款上限, 拘留期限上限 (a bound on the penalty
  named after it; `二百元以上` -> 罚款下限; both bounds `一千元以上五千元以下罚款`, one range -> 罚款幅度);
- term: `发给有效期十年的居民身份证` -> 居民身份证有效期 (a term noun before the value, the
  thing it is the term of after 的);
- relief: `五年内免征企业所得税`, `可继续免征五年房产税` -> 免征企业所得税期限 (a tax or fee relief
  granted for a term: the relief, not the words before the number);
- limit: `委员长、副委员长连续任职不得超过两届` -> 委员长、副委员长连续任职届数上限
  (a prohibition 不得超过/不得少于 bounds what its subject does);
- majority: `宪法的修改，…并由全国人民代表大会以全体代表的三分之二以上的多数通过` ->
  宪法修改通过所需多数（全体代表） (what is passed, the verb, the body that votes);
- share: `五分之一以上的全国人民代表大会代表提议` -> 提议代表比例 (a fraction of the
  members of a body who act);
- deadline: `任期届满的两个月以前，常务委员会必须完成下届代表的选举` -> 完成选举的期限
  (a duration before 以前/以内/内 bounds the event that follows it); when the modal stands
  before the number (`公民应当自…之日起三个月内，向…公安机关申请领取居民身份证`), the event
  is the clause after it without its opening prepositional phrase -> 申请领取居民身份证的期限;
  a condition or a causative clause after the number is not the event (`作品完成两年内，未经单位同意，
  作者不得许可第三人…` -> 不得许可第三人的期限, a prohibition named as such; `必须在两三年内，使…各解放区，
  做到…的自给` -> 做到自给的期限), a plan before the number works as a modal (`决定在两年内，做到…
  的完全自给` -> 做到完全自给的期限), and an event may list items (`花、纱、布…的完全自给`); a term set for a
  party names the party (`经营者应当自…之日起七日内返还…` -> 经营者返还商品价款的期限; `该部门` is the body named
  before it), without a light verb (予以), a bare act of handling taking the filing received (处理投诉);
- multiple: `一倍以上五倍以下给予赔偿` -> 赔偿倍数 (a multiple the clause then awards or imposes);
- definition: `收到保单之日起十天内称为冷静期` -> 冷静期长度 (the number defines the term
  named after 称为; a period's number is its length);
- frequency: `全国人民代表大会会议每年举行一次` -> 全国人民代表大会会议频次 (how often);
- return period: `防洪标准由五年一遇提高到二十年一遇` -> 防洪标准 (the standard the clause
  opens with, not the words since the last number);
- streak: `粮食连续五年增产` -> 粮食连续增产年数 (the number counts the years an act ran;
  the act after the number, its subject before 连续 when there is one).
"""
from __future__ import annotations

import re

from .indicator import CLAUSE_MARKS, cap, clause_start, subject_before
from .scan import Quantity
from .units import DURATION_UNITS

_CLAUSE_END = re.compile(rf"[{re.escape(CLAUSE_MARKS)}]")
_LIST_CLAUSE_END = re.compile(rf"[{re.escape(CLAUSE_MARKS.replace('、', ''))}]")
# Where a person's noun phrase ends: a modal or the verb of the clause.
_PERSON_END = re.compile(r"不能|可以|可|有权|享有|有|都|均|应当|应|必须|不得|得|是|为")
# A state's name before a person is a modifier: 中华人民共和国公民 -> 公民.
_STATE = re.compile(r"^(?:[\u4e00-\u9fff]{0,8}(?:共和国|王国|联邦)|中国|本国|外国)")
# An age for an office: `年满四十五周岁的公民可以被选为主席`.
_OFFICE = re.compile(r"(?:可以|可|得|才能|方可)?(?:被选为|被选举为|当选为|被任命为|担任)(?P<office>[^，。；,;]{2,20})")
# A prohibition bounding what its subject does, and which bound it sets.
_LIMIT = re.compile(r"(?P<upper>不得超过|不得多于|不得高于)$|(?P<lower>不得少于|不得低于|不得短于)$")
# What a limit counts, by unit: 两届 -> 届数.
_MEASURE_NOUN = {"届": "届数", "次": "次数", "人": "人数", "名": "人数", "年": "年限", "天": "天数",
                 "个月": "期限", "岁": "年龄", "%": "比例"}
_MAJORITY_AFTER = re.compile(r"(?:以上)?的?多数(?P<verb>通过|选出|选举|同意|批准|决定|罢免)")
_MAJORITY_VERB = re.compile(r"(?:以上)?(?P<verb>通过|选出|选举|同意|批准|决定|罢免)")
_BODY_BEFORE = re.compile(r"以(?P<body>[^，。；、\d]{2,10}?)的$")
_TOPIC_CUT = re.compile(r"(?<=..)(?:由|以|经)")
# A topic `<noun>的<verb>` (宪法的修改) names the act on the noun: 宪法修改.
_BARE_HEAD = re.compile(r"(?P<noun>[\u4e00-\u9fff]{2,8})的(?P<head>[\u4e00-\u9fff]{1,2})$")
_CONDITION = re.compile(r"如果|假如|若|遇到|凡|当(?![年前地天日月时])")
_CONJUNCTION = re.compile(r"^(?:并且|并|而且|而|且|或者|和|同时|但是|但)")
# The members of a body: a fraction of them acts (`五分之一以上的…代表提议`).
MEMBER_NOUNS = ("代表", "委员", "成员", "公民", "股东", "会员", "职工", "人员", "选民", "议员",
                "董事", "党员", "居民", "村民")
_SHARE_AFTER = re.compile(r"(?:以上|以下)?的")
_DEADLINE_AFTER = re.compile(r"(?:以前|之前|以内|之内|内|前)(?!年|期)")
_MODAL = re.compile(r"必须|应当|应该|须|需要|没有|未|不再|可以")
_DEFINES = re.compile(r"(?:以内|之内|内|以上|以下)?(?:称为|称作|叫做|叫作|简称|统称)(?P<term>[^，。；、,;]{2,12})")
# A streak (`粮食连续五年增产`) counts the years, terms or times the act after it ran.
_STREAK_NOUN = {"年": "年数", "届": "届数", "次": "次数", "个月": "月数"}
# `二十年一遇`, `二十年或五十年一遇`: a return period, alone or in a list
_RETURN_PERIOD = re.compile(r"(?:[或和、至到][一二两三四五六七八九十百千\d]{1,4}年)?一遇")
_DURATIONS = frozenset(DURATION_UNITS) | {"小时", "分钟", "周", "个工作日"}   # 个工作日: check document xce7


def _clause_after(text: str, start: int, stop_at: re.Pattern = _CLAUSE_END) -> str:
    stop = stop_at.search(text, start)
    return text[start:stop.start() if stop else len(text)]


def _age(text: str, sentence: int, q: Quantity) -> str:
    if q.unit != "岁":
        return ""
    after = _AGE_OF.match(text, q.end)
    if after is None:
        return _age_from(text, sentence, q)
    clause = _clause_after(text, after.end(), _LIST_CLAUSE_END)      # 主席、副主席 is one office
    end = _PERSON_END.search(clause)
    person = _without_state((clause[:end.start()] if end else clause).split("的")[0])   # 公民的居民身份证: 公民
    office = _OFFICE.match(clause, end.start()) if end else None
    if office:                                    # 年满四十五周岁的公民可以被选为主席: the office's age
        return cap(_without_state(office["office"]) + "候选人年龄")
    if person in _GENERIC_PERSONS:                # 未满十八周岁的人，可由其父母…代为办理申请: the act
        return _allowed_act(text, q, after.end() + len(clause))
    banned = _BANNED_HIRE.search(text, clause_start(text, q.start), q.start)
    if banned:                                    # 禁止用人单位招用未满十六周岁的未成年人 -> 用人单位招用的最低年龄
        return cap(banned["agent"] + banned["verb"] + "的最低年龄")
    return cap(person + "年龄" + _bound(text, q)) if len(person) >= 2 else ""


# What stands between an age and its person: `的`, `以上的`, or `以上` or nothing before a person and
# its 的 (`十六周岁以上公民的…`, `未满十六周岁公民的…`); a report's `65岁以上老年人、…` names a group.
_AGE_OF = re.compile(r"的|以[上下]的|(?:以[上下])?(?=[\u4e00-\u9fff]{2,4}的)")
# An age that starts a period (`公民应当自年满十六周岁之日起三个月内`): the person before the modal.
_AGE_FROM = re.compile(r"(?P<person>[\u4e00-\u9fff]{2,8}?)(?:应当|应|必须|可以|可)(?:自|从)(?:年满|满)$")


def _age_from(text: str, sentence: int, q: Quantity) -> str:
    m = _AGE_FROM.search(text, clause_start(text, q.start), q.start)
    return cap(_without_state(m["person"]) + "年龄") if m and text.startswith("之日", q.end) else ""


# round xo1's miss, seen again as xcf3's `不得利用不满十周岁的未成年人`: a ban on an agent's taking on people under an age
# (`禁止用人单位招用未满十六周岁的未成年人`) makes the age the least one the agent may take on: <agent><verb>的最低年龄,
# not the person's 年龄上限. Only with the agent named (xcf3's agentless ban keeps the role after 作为).
_BANNED_HIRE = re.compile(r"(?:禁止|不得|严禁)(?P<agent>[\u4e00-\u9fff]{2,8}?)(?P<verb>招用|招收|雇用|录用|聘用|使用|利用)"
                          r"(?:未满|不满)$")
# A person named only as `人` or `者`: the clause after the age says what the age allows.
_GENERIC_PERSONS = ("人", "者", "")
_UNDER = re.compile(r"(?:未满|不满|不足|未达到)$")
# The clause an age allows: a modal, an agent introduced by 由 (the last of `父母或其他法定代理人`).
_ALLOWED = re.compile(r"[，,](?:可以|可|得|应当|应|须)?(?:由(?:其|本人的)?(?:[^，。；,;]*?(?:或者?其他|或|和))?"
                      r"(?P<agent>[^，。；,;或和]{2,8}?))?(?P<act>代为[^，。；,;]{2,10}|(?:申请|办理)[^，。；,;]{1,10})(?=[，。；,;]|$)")


# What an age range is given (`…的，发给有效期十年的居民身份证` -> 发给居民身份证的年龄): the verb
# and the head noun after its last 的, the modifiers with their numbers left out.
_GIVEN = re.compile(r"[，,](?P<verb>发给|发放|颁发|授予|适用|给予)[^，。；,;]*的(?P<noun>[^，。；,;的]{2,10})(?=[，。；,;]|$)")


def _bound(text: str, q: Quantity) -> str:
    """`上限` for an age written as a ceiling (`未满十八周岁`, `十四周岁以下`), else ''."""
    return "上限" if _UNDER.search(text, max(0, q.start - 3), q.start) or text.startswith("以下", q.end) else ""


def _allowed_act(text: str, q: Quantity, at: int) -> str:
    m = _ALLOWED.match(text, at)
    if m is None:                                  # 十六周岁至二十五周岁的，发给有效期十年的居民身份证
        given = _GIVEN.match(text, at)
        return cap(given["verb"] + given["noun"] + "的年龄" + _bound(text, q)) if given else ""
    named = f"{m['agent'] or ''}{m['act']}的年龄{_bound(text, q)}"
    return named if len(named) <= 20 else f"{m['act']}的年龄{_bound(text, q)}"


# An age that confers a status: `十八周岁以上的自然人为成年人`, `…的未成年人，以…为主要生活来源的，
# 视为完全民事行为能力人`.
_STATUS = re.compile(r"(?:以上|以下)?的(?P<person>[^，。；,;的]{1,8}?)(?:为|是)(?P<status>[^，。；,;\d]{2,12})(?=[，。；,;]|$)")
_DEEMED = re.compile(r"(?:以上|以下)?的[^。；;]{2,40}?[，,]视为(?P<status>[^，。；,;\d]{2,12})(?=[，。；,;]|$)")


def _status_age(text: str, sentence: int, q: Quantity) -> str:
    if q.unit != "岁":
        return ""
    m = _STATUS.match(text, q.end) or _DEEMED.match(text, q.end)
    return cap(m["status"] + "年龄" + _bound(text, q)) if m else ""


# A bound on a penalty: `处二百元以下罚款`, `十日以下拘留`, `三年以下有期徒刑`.
_PENALTY = re.compile(r"(?P<bound>以下|以上)(?:的)?(?P<penalty>罚款|罚金|拘留|有期徒刑|徒刑)")
_PENALTY_NAME = {"罚款": "罚款", "罚金": "罚金", "拘留": "拘留期限", "有期徒刑": "刑期", "徒刑": "刑期"}
_RANGE_END = re.compile(r"以上[一二两三四五六七八九十百千万\d]+[^，。；,;以]{0,3}以下")


def _penalty(text: str, sentence: int, q: Quantity) -> str:
    m = _PENALTY.match(text, q.end)
    if m is None:
        lower = _RANGE_END.match(text, q.end)      # 二百元以上一千元以下罚款: the range's lower end
        m = _PENALTY.match(text, lower.end() - 2) if lower else None
        if m is None:
            return ""
        return _PENALTY_NAME[m["penalty"]] + "下限"
    if "至" in q.display:                          # 一千元以上五千元以下罚款: one range (scan.py), both bounds
        return _PENALTY_NAME[m["penalty"]] + "幅度"
    return _PENALTY_NAME[m["penalty"]] + ("上限" if m["bound"] == "以下" else "下限")


# A term before its value, the thing it is the term of after 的: `有效期十年的居民身份证`.
_TERM_NOUNS = ("有效期", "保质期", "保修期", "任期", "期限", "年限")
_TERM_OF = re.compile(r"的(?P<noun>[^，。；,;的\d]{2,10}?)(?=[，。；,;]|$)")


# A relief granted for a term (`五年内免征企业所得税`, `可继续免征五年房产税`): the relief names it.
_RELIEF = "免征|减征|减半征收|免收|减收|免除|减免|免缴|缓缴"
_RELIEF_AFTER = re.compile(rf"(?:以内|之内|内)(?P<verb>{_RELIEF})(?P<noun>[^，。；,;\d]{{2,10}}?)(?=[，。；,;]|$)")
_RELIEF_BEFORE = re.compile(rf"(?P<verb>{_RELIEF})$")


def _relief(text: str, sentence: int, q: Quantity) -> str:
    if q.unit not in _DURATIONS:
        return ""
    m = _RELIEF_AFTER.match(text, q.end)
    if m:
        return cap(m["verb"] + m["noun"] + "期限")
    verb = _RELIEF_BEFORE.search(text, sentence, q.start)
    noun = _TERM_OF_NOUN.match(text, q.end) if verb else None
    return cap(verb["verb"] + noun.group() + "期限") if noun else ""


_TERM_OF_NOUN = re.compile(r"[^，。；,;的\d]{2,10}?(?=[，。；,;]|$)")


def _term(text: str, sentence: int, q: Quantity) -> str:
    if q.unit not in _DURATIONS:
        return ""
    noun = next((n for n in _TERM_NOUNS if text.endswith(n, sentence, q.start)), "")
    m = _TERM_OF.match(text, q.end) if noun else None
    return cap(m["noun"] + noun) if m else ""


def _without_state(words: str) -> str:
    state = _STATE.match(words)
    return words[state.end():] if state and len(words) - state.end() >= 2 else words


# A bounded measure named only by a generic noun after 的 (`延长的时间`): the words before 的 say
# which one, and the same noun named in full earlier in the sentence (`办理时间`) says whose.
_GENERIC_MEASURE = re.compile(r"(?P<what>[\u4e00-\u9fff]{2,4})的(?P<measure>时间|期限|年限|数额|金额|人数|次数|天数)$")


# A limit's subject that is only an adverb of generality (`一般每日不得超过一小时`) names nothing: what the
# clause before allows (延长工作时间) is limited.
_HEDGE_SUBJECTS = frozenset({"一般", "通常", "原则上", "一般情况下", "正常情况下"})
_ALLOWED_ACT = re.compile(r"(?:可以|可|应当|应|能够|能|得以)(?P<act>[\u4e00-\u9fff]{2,10})[，,]?$")


def _limit(text: str, sentence: int, q: Quantity) -> str:
    m = _LIMIT.search(text, sentence, q.start)
    if m is None:
        return ""
    floor = max(sentence, clause_start(text, m.start(), CLAUSE_MARKS.replace("、", "")))
    subject = subject_before(text, floor, m.start())
    generic = _GENERIC_MEASURE.search(text, floor, m.start())
    if generic:                                    # 延长的时间不得超过三十日: 延长时间, not 时间
        named = re.findall(rf"[\u4e00-\u9fff]{{2}}{generic['measure']}", text[sentence:floor])
        measure = named[-1] if named else generic["measure"]   # 办理时间可以适当延长，但延长的时间…
        subject = _CONJUNCTION.sub("", generic["what"]) + measure
    if subject in _HEDGE_SUBJECTS and floor > sentence + 1:   # 可以延长工作时间，一般每日不得超过一小时: the
        allowed = _ALLOWED_ACT.search(text, clause_start(text, floor - 1), floor - 1)   # clause before names it
        subject = allowed["act"] if allowed else subject
    if len(subject) < 2:
        return ""
    noun = "" if generic else _MEASURE_NOUN.get(q.unit, "")
    suffix = ("" if subject.endswith(noun) else noun) + ("上限" if m["upper"] else "下限")
    return cap(subject)[-(20 - len(suffix)):] + suffix


def _topic(text: str, sentence: int, floor: int, start: int, end: int) -> str:
    """The subject of a clause before its prepositional phrase (`法律和其他议案由…`), or
    when the clause opens with one (`并由…`), the sentence's first clause (`宪法的修改`);
    when that clause is a condition (`如果遇到…，由…通过，可以推迟选举`), the act of the
    clause after the vote (推迟选举)."""
    words = _CONJUNCTION.sub("", text[floor:start])
    if words.startswith(("由", "以", "经")):        # 并由…: the clause has no subject of its own
        words = ""
    cut = _TOPIC_CUT.search(words)
    topic = subject_before(words, 0, cut.start()) if cut else ""
    if len(topic) >= 2 or floor <= sentence:
        return topic
    head = _clause_after(text, sentence)
    if _CONDITION.match(head) and text[end:end + 1] in "，,":
        act = _clause_after(text, end + 1)
        modal = _MODAL.match(act)
        return act[modal.end():] if modal else ""
    bare = _BARE_HEAD.search(head)                 # 宪法的修改 -> 宪法修改
    if bare:
        head = head[:bare.start()] + bare["noun"] + bare["head"]
    return subject_before(head, 0, len(head))


def _majority(text: str, sentence: int, q: Quantity) -> str:
    if not q.ratio or q.unit:
        return ""
    m = (_MAJORITY_VERB if text[q.start:q.end] in ("过半数", "半数以上") else _MAJORITY_AFTER).match(text, q.end)
    if m is None:
        return ""
    floor = clause_start(text, q.start, CLAUSE_MARKS.replace("、", ""))
    topic = _topic(text, sentence, floor, q.start, m.end())
    if len(topic) < 2:
        return ""
    body = _BODY_BEFORE.search(text, floor, q.start)
    named = f"{cap(topic)[-12:]}{m['verb']}所需多数"
    return named + f"（{body['body']}）" if body and len(named) + len(body["body"]) <= 18 else named


def _share(text: str, sentence: int, q: Quantity) -> str:
    if not q.ratio or q.unit or "/" not in q.display:
        return ""
    m = _SHARE_AFTER.match(text, q.end)
    if m is None or _MAJORITY_AFTER.match(text, q.end):
        return ""
    group = _clause_after(text, m.end())
    at = max((group.rfind(n), n) for n in MEMBER_NOUNS)
    if at[0] < 0:
        return ""
    verb = group[at[0] + len(at[1]):][:2]
    return verb + at[1] + "比例"


# A prepositional phrase opening an event clause (`向常住户口所在地的公安机关申请…`): where or to whom.
_EVENT_PLACE = re.compile(r"^(?:向|到|在|对|经)[^，。；,;]{1,24}?(?:机关|部门|机构|法院|检察院|政府|单位|委员会|组织|当事人|本人)")


# Clauses between a deadline and its event that are not the event: a condition (`未经单位同意`) and
# a causative naming who is made to act (`使陕甘宁边区和敌后各解放区，做到…`).
_NOT_EVENT = re.compile(r"(?:未经|非经|经)[^，。；,;]{1,12}(?:同意|许可|批准|授权)|使[^，。；,;]{2,16}")
# A plan or a decision before the number makes the clause after it the event (`决定在两年内，做到…`).
_PLAN_BEFORE = re.compile(r"决定|计划|争取|力争|要求")
# An adverb of degree or a causative opening the event says how or through whom, not what is done
# (`基本完成原定三年的目标任务` -> 完成目标任务, `让全部废弃矿山复绿焕新` -> 全部废弃矿山复绿焕新).
_EVENT_OPENER = re.compile(r"^(?:基本上|基本|全面|初步|逐步|逐渐地|逐渐|彻底|尽快|让|使)+")
# A prohibition as the event: what may not be done, up to its manner (`不得许可第三人以…方式使用`).
_PROHIBITION = re.compile(r"不得(?P<act>[^，。；,;以按依用在]{2,12})")
# round xcf (xcf3): a plain negation after the term is a ban for it too (`三年内不受理该申请人的广告审查申请`, `一年内不予
# 登记`): the negated act up to its 的 names the term; not a bound or an adverb (不足, 不少于, 不断, 不同).
_NEGATED = re.compile(r"(?P<neg>不予|不再|不)(?![得足少低超高多同仅但是到断久])(?P<act>[^，。；,;以按依用在的]{2,10})")


def _deadline(text: str, sentence: int, q: Quantity) -> str:
    if q.unit not in _DURATIONS:
        return ""
    m = _DEADLINE_AFTER.match(text, q.end)
    if m is None:
        return ""
    at = m.end()
    event = _clause_after(text, at, _LIST_CLAUSE_END)
    if not event.strip() and at < len(text) and text[at] in "，,":
        at += 1
        event = _clause_after(text, at, _LIST_CLAUSE_END)
    while _NOT_EVENT.fullmatch(event) and at + len(event) < len(text) and text[at + len(event)] in "，,":
        at += len(event) + 1                     # 未经单位同意，作者不得许可…: the event is the next clause
        event = _clause_after(text, at, _LIST_CLAUSE_END)
    banned = _PROHIBITION.search(event)
    if banned:                                   # 作者不得许可第三人以…方式使用该作品 -> 不得许可第三人的期限
        return cap("不得" + banned["act"] + "的期限")
    negated = _NEGATED.match(event)
    if negated:                                  # 三年内不受理该申请人的广告审查申请 -> 不受理该申请人的期限
        return cap(negated["neg"] + negated["act"] + "的期限")
    modal = [x.end() for x in _MODAL.finditer(event)]
    if not modal and (_MODAL.search(text, sentence, q.start) or _PLAN_BEFORE.search(text, sentence, q.start)
                      or text.endswith("之日起", sentence, q.start)):   # check document xce7: `自接受商品或者服务之日起六个月内
                                                                        # 发现瑕疵`: the term opens at an event, the act in it is named
        place = _EVENT_PLACE.match(event)        # 公民应当自…之日起三个月内，向…申请; 决定在两年内，做到…
        modal = [place.end() if place else 0]
    if not modal:
        return ""
    event = _EVENT_OPENER.sub("", event[modal[-1]:]).rstrip("的")
    if "的" in event[2:]:                          # 完成下届代表的选举 -> 完成选举
        event = event[:2] + event[event.rindex("的") + 1:]
    event = _LIGHT_VERB.sub("", event) if len(_LIGHT_VERB.sub("", event)) >= 2 else event   # 予以处理 -> 处理
    received = _RECEIVED.search(text, sentence, q.start)
    bare = _BARE_ACT.fullmatch(event)
    if received and bare and received["what"] not in event:   # 自收到投诉之日起…予以处理并告知消费者 -> 处理投诉并告知…
        event = bare["verb"] + received["what"] + (bare["rest"] or "")
    agent = _agent(text, sentence, q)
    if agent and agent not in event and len(agent) + len(event) + 3 <= MAX_TERM_NAME:
        return cap(agent + event + ("期限" if len(event) == 2 else "的期限"))   # 经营者返还商品价款的期限
    # a two-character act joins 期限 as one compound (退货期限, 发表期限, as 保护期), a longer one takes 的
    # (申请领取居民身份证的期限), and so does a verb of attaining whose object is left out (做到的期限: topic.py
    # fills it in); check document xce7
    joined = len(event) == 2 and event not in ("做到", "达到", "实现", "办到", "完成")
    return cap(event + ("期限" if joined else "的期限")) if len(event) >= 2 else ""


# round figures6 (xce7's last miss, and the law golds' convention: 经营者返还商品价款的期限, 用人单位解除劳动合同的提前通知
# 期限): a term a law sets for a party to act (`该部门应当自收到投诉之日起七个工作日内，予以处理并告知消费者`) is named
# with that party, the subject before the modal; a demonstrative subject (`该部门`) is the body the sentence named
# before it (`消费者向有关行政部门投诉的，…` -> 有关行政部门). A light verb (`予以`, `加以`) opening the act carries no
# meaning of its own, and a bare act whose object the term's start names (`自收到投诉之日起…处理`) acts on that object.
MAX_TERM_NAME = 20
_LIGHT_VERB = re.compile(r"^(?:予以|加以)")
_RECEIVED = re.compile(r"(?:自|从)收到(?P<what>[\u4e00-\u9fff]{2,6})之日起$")
# the verbs of handling what was received (a filing, a complaint, an application), which take it as their object
_BARE_ACT = re.compile(r"(?P<verb>处理|答复|回复|审查|审核|受理|办理|核实|核查|调查|处置|审批)(?P<rest>(?:并|和|及)[^，。；,;]{2,10})?")
_AGENT = re.compile(r"(?P<agent>[\u4e00-\u9fff]{2,10}?)(?:应当|应|必须|可以|有权|须)(?:自|从)[^，。；,;]{2,30}之日起$")
_NOT_AGENTS = frozenset({"一方", "双方", "各方", "对方", "本人", "其"})


def _agent(text: str, sentence: int, q: Quantity) -> str:
    """The party a term binds: the subject before the modal of `<party>应当自…之日起<N>内`, or ''."""
    floor = max(sentence, clause_start(text, q.start, CLAUSE_MARKS.replace("、", "")))
    m = _AGENT.search(text, floor, q.start)           # `第十条 承运人应当…`: after the article's number
    if m is None:
        return ""
    agent = subject_before(m["agent"], 0, len(m["agent"]))
    if agent[:1] in ("该", "本", "此") and len(agent) >= 3:   # 该部门: the 部门 named before it in the sentence
        head = agent[1:]
        at = text.rfind(head, sentence, floor)
        opened = max(text.rfind(c, sentence, at) for c in "向对由经被和与、，,的") + 1 if at > sentence else -1
        agent = text[opened:at + len(head)] if at > sentence and 2 <= at + len(head) - opened <= 8 else ""
    if len(agent) < 2 or agent in _NOT_AGENTS or any(c.isdigit() for c in agent):
        return ""
    return agent


# A multiple the clause then awards or imposes (`确定数额的一倍以上五倍以下给予赔偿`): a multiple of what.
# check document xce7: also a multiple bounding the noun after 的 (`有权要求所受损失二倍以下的惩罚性赔偿`, like round o's
# `不低于工资的百分之一百五十的工资报酬` and round c's `a fine not exceeding …`): the noun it bounds.
_MULTIPLE_OF = re.compile(r"(?:以上|以下|以内)?(?:的?(?:给予|处以|并处|处|支付|计算)|的)"
                          r"(?P<noun>惩罚性赔偿|赔偿金|赔偿|罚款|罚金|补偿金|补偿|奖励)")
# check document xce7: a multiple stated by a copula and its base (`增加赔偿的金额为…接受服务的费用的三倍`): the
# subject before the copula is what the multiple sizes, never the base's last noun (费用).
_MULTIPLE_STATED = re.compile(r"(?P<subject>[^，。；：,;:为是]{2,12}?)(?:为|是|相当于)[^，。；：,;:]{2,40}的$")


def _multiple(text: str, sentence: int, q: Quantity) -> str:
    m = _MULTIPLE_OF.match(text, q.end) if q.unit == "倍" else None
    if m:
        return m["noun"] + "倍数"
    floor = max([sentence] + [i + 1 for i in range(sentence, q.start) if text[i] in "，。；：,;:"])
    stated = _MULTIPLE_STATED.match(text, floor, q.start) if q.unit == "倍" else None
    return cap(stated["subject"]) if stated else ""


def _definition(text: str, sentence: int, q: Quantity) -> str:
    m = _DEFINES.match(text, q.end)
    if m is None:
        return ""
    term = m["term"]
    period = q.unit in _DURATIONS and term.endswith("期") and len(term) >= 3     # 犹豫期, not 长期
    return cap(term + ("长度" if period else ""))


def _streak(text: str, sentence: int, q: Quantity) -> str:
    if q.unit not in _STREAK_NOUN or not text.endswith("连续", sentence, q.start):
        return ""
    floor = max(sentence, clause_start(text, q.start - 2))
    subject = subject_before(text, floor, q.start - 2) if q.start - 2 > floor else ""
    act = re.sub(r"[（(][^（()）]*[)）]", "", _clause_after(text, q.end))     # 居全国前六（含并列）
    noun = _STREAK_NOUN[q.unit]
    if len(act) > 20 - 2 - len(noun):             # 召开…推进大会: its verb and head noun
        act = act[:2] + act[-2:]
    if len(act) < 2 and len(subject) < 2:
        return ""
    named = f"{subject}连续{act}{noun}"
    return named if len(named) <= 20 else f"连续{act}{noun}"


def _frequency(text: str, sentence: int, q: Quantity) -> str:
    if q.unit != "次" or not text.startswith("每", q.start):
        return ""
    subject = subject_before(text, clause_start(text, q.start), q.start)
    return cap(subject)[-16:] + "频次" if len(subject) >= 2 and not subject.endswith(("次数", "频次")) else ""


def _return_period(text: str, sentence: int, q: Quantity) -> str:
    if q.unit != "年" or not _RETURN_PERIOD.match(text, q.end):
        return ""
    return subject_before(text, clause_start(text, q.start), q.start)


RULES = (("status age", _status_age), ("age", _age), ("penalty", _penalty), ("term", _term), ("relief", _relief), ("limit", _limit), ("majority", _majority), ("share", _share),
         ("definition", _definition), ("deadline", _deadline), ("multiple", _multiple), ("streak", _streak),
         ("frequency", _frequency), ("return period", _return_period))


def clause_indicator(text: str, sentence: int, q: Quantity) -> str:
    """The indicator the first matching rule of RULES names for `q`, or ''."""
    for _, rule in RULES:
        named = rule(text, sentence, q)
        if len(named) >= 2:
            return named
    return ""
