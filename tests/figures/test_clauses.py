"""What a number in a rule or a definition measures (pipeline/figures/clauses.py): one case
per rule, and the shapes each rule must leave to the general reading."""
from __future__ import annotations

import pytest

from pipeline.figures.clauses import clause_indicator
from pipeline.figures.scan import scan_quantities

from .documents import indicator_pairs


@pytest.mark.parametrize("text, mention, indicator", [
    # age: the person after 的, a state's name before it dropped; an office's age
    ("中华人民共和国年满十八周岁的公民，不分民族，都有选举权。", "十八周岁", "公民年龄"),
    ("年满十六周岁的本国居民应当申请领取居民身份证。", "十六周岁", "居民年龄"),
    ("年满四十五周岁的中华人民共和国公民可以被选为主席、副主席。", "四十五周岁", "主席、副主席候选人年龄"),
    # limit: a prohibition bounds what its (list) subject does
    ("委员长、副委员长连续任职不得超过两届。", "两届", "委员长、副委员长连续任职届数上限"),
    ("每班学生人数不得超过四十五人。", "四十五人", "每班学生人数上限"),
    # majority: what is passed, the verb, the body that votes
    ("宪法的修改，由常务委员会提议，并由全国人民代表大会以全体代表的三分之二以上的多数通过。",
     "三分之二", "宪法修改通过所需多数（全体代表）"),
    ("法律和其他议案由全国人民代表大会以全体代表的过半数通过。", "过半数", "法律和其他议案通过所需多数（全体代表）"),
    ("如果遇到非常情况，由常务委员会以全体组成人员的三分之二以上的多数通过，可以推迟选举。",
     "三分之二", "推迟选举通过所需多数（全体组成人员）"),
    # share: a fraction of a body's members who act
    ("或者有五分之一以上的全国人民代表大会代表提议，可以临时召集会议。", "五分之一", "提议代表比例"),
    ("三分之一以上的股东要求时，应当召开临时股东会。", "三分之一", "要求股东比例"),
    # deadline: a duration before 以前/以内/内 bounds the event after it
    ("任期届满的两个月以前，常务委员会必须完成下届代表的选举。", "两个月", "完成选举的期限"),
    ("投保人在起保之日起五日内没有交清保险费的，合同终止。", "五日", "交清保险费的期限"),
    # definition: the term named after 称为; a period's number is its length
    ("从收到保单之日起十天内称为冷静期或犹豫期，允许保户反悔。", "十天", "冷静期或犹豫期长度"),
    ("连续三年以上称为长期，另行计算。", "三年", "长期"),
    # frequency: how often the subject recurs
    ("全国人民代表大会会议每年举行一次，由常务委员会召集。", "每年举行一次", "全国人民代表大会会议频次"),
    # return period: the standard the clause opens with, for each value of a list
    ("防洪标准由最低五年一遇提高到二十年或五十年一遇；", "二十年", "防洪标准"),
    ("防洪标准由最低五年一遇提高到二十年或五十年一遇；", "五十年", "防洪标准"),
    # streak: the years an act ran, its subject before 连续 when there is one
    ("粮食连续五年增产。", "五年", "粮食连续增产年数"),
    ("利用率达94.5%、连续5年保持西北第一。", "5年", "连续保持西北第一年数"),
    ("一是全区经济增长速度连续4年居全国前六（含并列）。", "4年", "全区经济增长速度连续居全国前六年数"),
    ("连续3年召开民营经济高质量发展暨营商环境全方位提升推进大会。", "3年", "连续召开大会年数"),   # verb, head
])
def test_each_rule_names_what_the_number_measures(text, mention, indicator):
    assert (mention, indicator) in indicator_pairs(text), indicator_pairs(text)


@pytest.mark.parametrize("text, mention, indicator", [
    # status age: the status the age confers, a ceiling when written 不满/未满
    ("十四周岁以上的学生为高年级学员。", "十四周岁", "高年级学员年龄"),
    ("不满六周岁的儿童为学龄前儿童。", "六周岁", "学龄前儿童年龄上限"),
    ("十六周岁以上的学徒，以自己的工资为主要生活来源的，视为独立经营人。", "十六周岁", "独立经营人年龄"),
    # a generic person (人): the act the next clause allows, its agent the last of 或其他
    ("未满十四周岁的人，可由其监护人或其他代理人代为办理登记。", "十四周岁", "代理人代为办理登记的年龄上限"),
    # an age range given something: the verb and the head noun, the numbers left out
    ("十八周岁至三十周岁的，发给有效期五年的会员证。", "十八周岁至三十周岁", "发给会员证的年龄"),
    # an age that starts a period: the person before the modal
    ("居民应当自年满十八周岁之日起六个月内登记。", "十八周岁", "居民年龄"),
    # penalty: a bound on the penalty after it; the lower end of a range
    ("由主管部门处五百元以下罚款。", "五百元", "罚款上限"),
    # both bounds are one range (A以上B以下, as 5至10个): its span covers both, its name the penalty's range
    ("处一千元以上五千元以下罚款，或者处十五日以下拘留。", "一千元以上五千元", "罚款幅度"),
    ("处二百元以上罚款。", "二百元", "罚款下限"),
    ("处一千元以上五千元以下罚款，或者处十五日以下拘留。", "十五日", "拘留期限上限"),
    ("处三年以下有期徒刑。", "三年", "刑期上限"),
    # term: a term noun before the value, what it is the term of after 的
    ("发给有效期五年的护照。", "五年", "护照有效期"),
    # relief: a tax or fee relief granted for a term, the term before or after the verb
    ("新设企业三年内免征印花税。", "三年", "免征印花税期限"),
    ("已认定的企业可继续减征两年房产税。", "两年", "减征房产税期限"),
    # a person directly before 的, the ceiling of 未满
    ("未满十四周岁学生的校服费用由学校承担。", "十四周岁", "学生年龄上限"),
    # deadline with the modal before the number: the event without its prepositional opener
    ("企业应当自取得执照之日起三十日内，向所在地的税务机关办理税务登记。", "三十日", "企业办理税务登记的期限"),   # figures6: the party bound
    # a limit on a generic measure named after 的: the words before it
    ("审查可以延长，但延长的期限不得超过六十日。", "六十日", "延长期限上限"),
    ("偏远地区，审批期限可以延长，但延长的期限不得超过十五日。", "十五日", "延长审批期限上限"),   # named earlier
])
def test_law_ages_terms_and_penalties_are_named_by_their_condition(text, mention, indicator):
    assert (mention, indicator) in indicator_pairs(text), indicator_pairs(text)


@pytest.mark.parametrize("text", [
    "65岁以上老年人、高血压患者规范管理率达到66%。",    # a report's population group: no rule's person
    "年满十八周岁，可以报名。",                          # an age without a person after 的
    "罚款五百元。",                                     # a penalty amount without a bound
])
def test_law_rules_leave_report_shapes_alone(text):
    for q in scan_quantities(text):
        assert clause_indicator(text, 0, q) == "", text


@pytest.mark.parametrize("text", [
    "全市生产总值增长7%。",                    # no rule's shape: the general reading
    "三年内建成新校区。",                       # a deadline without a modal: no event to name
    "全国人民代表大会每届任期五年。",            # a term: the subject before it already names it
    "年满十八周岁，可以报名。",                  # an age without a person after 的
])
def test_a_rule_leaves_other_shapes_alone(text):
    for q in scan_quantities(text):
        assert clause_indicator(text, 0, q) == ""


def test_a_bound_is_not_read_as_the_size_of_the_list_before_it():
    """`甲、乙两项` sums up its list (no figure); `甲、乙连续任职不得超过两届` bounds it."""
    assert [m for m, _ in indicator_pairs("委员长、副委员长连续任职不得超过两届。")] == ["两届"]
    assert indicator_pairs("社会管理创新、公正廉洁执法两项重点工作。") == []


def test_a_vague_numeral_is_not_a_figure():
    assert indicator_pairs("人寿保险要管十几年、几十年，甚至一辈子。") == []
    assert [m for m, _ in indicator_pairs("保险期限为二十年。")] == ["二十年"]


@pytest.mark.parametrize("text, expected", [
    # a list's last item carries its measure noun for all items, not a cut of equal length
    ("化学需氧量、二氧化硫排放量分别减少4.42%和5.95%。", [("4.42%", "化学需氧量排放量"), ("5.95%", "二氧化硫排放量")]),
    # two items joined by 和
    ("高技术制造业和装备制造业增加值分别增长13.8%、18.1%。",
     [("13.8%", "高技术制造业增加值"), ("18.1%", "装备制造业增加值")]),
    # equal-length items keep the older reading, which is right when no measure noun is cut
    # an item naming its own measure keeps its name
    ("事故起数、死亡人数分别下降11.5%、18.7%。", [("11.5%", "事故起数"), ("18.7%", "死亡人数")]),
    ("城镇和农村居民人均可支配收入分别增长5%和6%。",
     [("5%", "城镇居民人均可支配收入"), ("6%", "农村居民人均可支配收入")]),
    # the same in Chinese numerals: per cent, tenths (成), amounts after 分别
    ("一产、二产、三产增加值分别增长百分之三、百分之五、百分之七。",
     [("百分之三", "一产增加值"), ("百分之五", "二产增加值"), ("百分之七", "三产增加值")]),
    ("全区粮食、油料、棉花产量分别增长三成、两成和四成。",
     [("三成", "全区粮食产量"), ("两成", "油料产量"), ("四成", "棉花产量")]),
    ("粮食、棉花产量分别达到三亿吨和六百万吨。", [("三亿吨", "粮食产量"), ("六百万吨", "棉花产量")]),
])
def test_a_list_subject_shares_its_measure_noun(text, expected):
    assert indicator_pairs(text) == expected


@pytest.mark.parametrize("text, mention, indicator", [
    ("中央财政安排384亿元救灾款和740亿元恢复重建资金。", "384亿元", "救灾款"),
    ("中央财政今年再安排1300亿元灾后重建资金。", "1300亿元", "灾后重建资金"),
    ("中央财政安排423亿元资金，支持节能工程。", "423亿元", "中央财政资金"),   # a bare fund: who gives it
    ("国家财政安排32.5亿元帮助解决取暖问题。", "32.5亿元", "国家财政安排"),   # no fund noun after it
    ("拟安排中央财政赤字7500亿元。", "7500亿元", "中央财政赤字"),
    ("中央财政拟安排“三农”投入7161亿元。", "7161亿元", "“三农”投入"),
    ("将农村计划生育家庭奖励扶助标准提高到600元。", "600元", "农村计划生育家庭奖励扶助标准"),
    ("城乡居民人均公共卫生服务经费不低于15元。", "15元", "城乡居民人均公共卫生服务经费"),
    ("举办体育赛事等促消费活动500余场次。", "500余场次", "促消费活动"),
    # an increment over a base takes the amount's indicator; a bare transitive verb, its object
    ("中央财政拟投入社会保障资金2930亿元，比上年预计数增加439亿元。", "439亿元", "社会保障资金"),
    ("争取用三年时间，解决750万户城市低收入住房困难家庭的住房问题。", "750万户", "城市低收入住房困难家庭"),
    ("严守18亿亩耕地红线不动摇。", "18亿亩", "耕地红线"),
    # a counted noun ends where its verb begins; a clause that is only a verb of change
    ("天新医药化工等160多个高科技项目投产。", "160多个", "高科技项目"),
    ("三次产业结构进一步优化，调整为8.3∶41.4∶50.3。", "8.3∶41.4∶50.3", "三次产业结构"),
    ("高等教育毛入学率达到60%。", "60%", "高等教育毛入学率"),          # 高等 is not a list's 等
    ("二是全区外送电能力达到2000万千瓦。", "2000万千瓦", "全区外送电能力"),
    ("我区外送电能力达到2000万千瓦。", "2000万千瓦", "外送电能力"),
])
def test_general_reading_drops_plans_bounds_examples_and_enumerators(text, mention, indicator):
    assert (mention, indicator) in indicator_pairs(text), indicator_pairs(text)


@pytest.mark.parametrize("text, mention, indicator", [
    # a deadline whose next clause is a condition: the event is the prohibition after it
    ("合同签订三年内，未经对方同意，任何一方不得转让合同约定的权利。", "三年", "不得转让合同约定的权利的期限"),
    # a causative naming who is made to act: the event is the clause after it
    ("我们必须在三四年内，使全县各乡镇，做到粮食的自给。", "三四年", "做到自给的期限"),
    # a plan before the number; an event listing items
    ("全县决定在三年内，做到煤、电、水的完全自给。", "三年", "做到完全自给的期限"),
    # a multiple the clause awards or imposes
    ("可以在损失数额的二倍以上三倍以下给予赔偿。", "二倍以上三倍", "赔偿倍数"),
    # a range after a verb that awards it: the noun after 的
    ("由法院判决给予一千元以上十万元以下的赔偿。", "一千元以上十万元", "赔偿"),
])
def test_deadlines_multiples_and_awarded_ranges_in_laws(text, mention, indicator):
    assert (mention, indicator) in indicator_pairs(text), indicator_pairs(text)
