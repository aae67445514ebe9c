"""Indicator naming rules of pipeline/figures/indicator.py, each with the shapes it must leave alone."""
from __future__ import annotations

import pytest

from pipeline.figures import extract_figures
from pipeline.figures.indicator import drop_action_verb, drop_rate_qualifier, noun_after
from pipeline.model import Document, Paragraph, Section

from .documents import indicators_of


@pytest.mark.parametrize("words, expected", [
    ("企业退休人员养老金人均每月新增", "企业退休人员养老金"),   # after the noun: qualifies the value
    ("稻谷最低收购价平均每斤", "稻谷最低收购价"),
    ("新标准提高到人均", "新标准"),
    ("城镇居民人均可支配收入", "城镇居民人均可支配收入"),        # before the noun: part of its name
    ("人均公共卫生服务经费", "人均公共卫生服务经费"),
    ("农民人均纯收入", "农民人均纯收入"),
    ("每人每年", ""),                                            # only a rate: no subject at all
])
def test_a_rate_qualifier_after_the_measured_noun_is_dropped(words, expected):
    assert drop_rate_qualifier(words) == expected


@pytest.mark.parametrize("words, expected", [
    ("实施重点项目", "重点项目"),
    ("引进和落地科技成果", "科技成果"),
    ("受理办复代表建议", "代表建议"),
    ("降低各类实体经济成本", "实体经济成本"),
    ("可减轻企业和居民负担", "企业和居民负担"),
    ("开工项目", "开工项目"),                  # a two-character object: the verb is part of the name
    ("实施率", "实施率"),
    ("安置退市企业职工", "安置退市企业职工"),  # the act is what is counted: not an action verb of the list
    ("重点项目", "重点项目"),
])
def test_a_leading_action_verb_gives_way_to_its_object(words, expected):
    assert drop_action_verb(words) == expected


def test_a_clause_of_only_a_rate_is_about_what_the_clause_before_gives():
    named = indicators_of("向中等职业学校中来自农村的学生提供助学金，每人每年1500元，惠及90%的在校生。"
                   "今明两年继续提高企业退休人员基本养老金，人均每年增长10%左右。")
    assert named["1500元"] == "助学金"
    assert named["90%"] == "在校生"                 # 在 opening a noun is not a stop
    assert named["10%"] == "企业退休人员基本养老金"


def test_rate_and_action_rules_in_context():
    named = indicators_of("企业退休人员养老金人均每月新增110元。实施重点项目2800多个，引进和落地科技成果600余项。"
                   "城镇居民人均可支配收入15781元。区市县主要领导开展集中办公69场次。开工项目120个。")
    assert named == {"110元": "企业退休人员养老金", "2800多个": "重点项目", "600余项": "科技成果",
                     "15781元": "城镇居民人均可支配收入", "69场次": "集中办公", "120个": "开工项目"}


def test_a_counted_noun_may_open_with_a_stop_word():
    assert noun_after("名在校生参加", 1) == "在校生"
    assert noun_after("个的学生都能在永久性校舍中学习", 1) == "学生"
    assert noun_after("个在", 1) == ""


def test_a_rate_clause_is_about_its_own_clause_before_not_an_earlier_figure():
    named = indicators_of("资助学生超过2000万人；向农村的学生提供助学金，每人每年1500元。")
    assert named["1500元"] == "助学金"


@pytest.mark.parametrize("text, mention, indicator", [
    # a value that modifies the noun after it, with nothing named before it
    ("这里要说明，提出8%左右的国内生产总值增长目标，综合考虑。", "8%", "国内生产总值"),
    ("实施总额4万亿元的两年投资计划。", "4万亿元", "两年投资计划"),
    ("确保今年底95%以上的学生都能在永久性校舍中学习。", "95%", "学生"),
    # left alone: a subject that names the value (总投资), a value of a noun's attribute
    ("推动总投资228亿元的天津国际贸易中心开工。", "228亿元", "总投资"),
    ("实现了35台、供热面积102万平方米的燃煤小锅炉并网。", "102万平方米", "供热面积"),
])
def test_a_value_modifying_a_noun_measures_it_when_nothing_is_named_before(text, mention, indicator):
    assert indicators_of(text)[mention] == indicator


def test_amounts_in_a_row_each_name_their_own_noun():
    named = indicators_of("中央财政安排384亿元救灾款和740亿元恢复重建资金。把中央财政的400亿元补贴资金用好用活。")
    assert (named["384亿元"], named["740亿元"], named["400亿元"]) == ("救灾款", "恢复重建资金", "补贴资金")
    assert indicators_of("把中央财政的400亿元用好。")["400亿元"] == "中央财政"     # no fund noun after it
    assert indicators_of("实施总额4万亿元的两年投资计划。")["两年"] == "投资计划"      # a duration: no fund after 的


def test_specifications_between_a_count_and_its_noun_are_skipped():
    named = indicators_of("新建22个750千伏和330千伏电网工程。完成22台10吨/时以上燃煤锅炉的高效脱硫改造。")
    assert named["22个"] == named["750千伏"] == "电网工程"
    assert named["22台"] == named["10吨/时"] == "燃煤锅炉"
    assert indicators_of("完成6个城乡结合部脏乱点位的治理。")["6个"] == "城乡结合部脏乱点位"   # X的<act>: X


@pytest.mark.parametrize("text, expected", [
    ("把小学、初中学生人均公用经费分别提高到300元和500元。", ["小学学生人均公用经费", "初中学生人均公用经费"]),
    ("城镇职工基本养老保险、基本医疗保险参保人数分别增加1753万和2028万。",
     ["城镇职工基本养老保险参保人数", "基本医疗保险参保人数"]),
    ("今年小麦、稻谷最低收购价平均每斤分别提高0.11元和0.13元。", ["小麦最低收购价", "稻谷最低收购价"]),
    ("出口总额、进口总额分别为580亿元、620亿元。", ["出口总额", "进口总额"]),
    # left alone: amounts without 分别 name themselves
    ("出口总额580亿元，进口总额620亿元。", ["出口总额", "进口总额"]),
])
def test_amounts_after_fenbie_take_the_list_subject_in_turn(text, expected):
    assert list(indicators_of(text).values()) == expected


def test_a_share_names_its_whole_and_its_part():
    named = indicators_of("全国财政赤字合计9500亿元，占国内生产总值比重在3%以内。第三产业增加值占地区生产总值的比重为45%。")
    assert named["3%"] == "全国财政赤字占国内生产总值比重"
    assert named["45%"] == "第三产业增加值占地区生产总值的比重"      # 的 of a share is not a head's


@pytest.mark.parametrize("text, mention, indicator", [
    ("三年内参保率均提高到90%以上。", "90%", "参保率"),          # 内 belongs to the duration before
    ("三年内参保率均提高到90%以上。", "三年", "参保率"),
    ("今年要全面完成规划支持的2.9万所乡镇卫生院建设任务。", "2.9万所", "乡镇卫生院"),
    ("扶贫对象覆盖4007万人。", "4007万人", "扶贫对象"),
    ("全区用户渗透率等5项指标居全国第一。", "5项", "指标"),
    ("为3岁以下婴幼儿做生长发育检查。", "3岁", "婴幼儿"),
    ("内供和外送电量双双超过1000亿度。", "1000亿度", "内供和外送电量"),   # 内 opening a subject stays
])
def test_verbs_and_ends_around_a_counted_or_measured_noun(text, mention, indicator):
    assert indicators_of(text)[mention] == indicator


def test_a_long_list_item_is_not_cut_by_the_length_of_the_others():
    named = list(indicators_of("机构内集中养育和社会散居孤儿津贴标准分别提高510元、440元。").values())
    assert named == ["机构内集中养育", "社会散居孤儿津贴标准"]           # not 机构内集中养育贴标准
    assert list(indicators_of("城镇、农村居民人均可支配收入分别增长8%、9%。").values()) == [
        "城镇居民人均可支配收入", "农村居民人均可支配收入"]


def test_building_work_is_cut_from_a_counted_facility_not_from_an_act():
    assert indicators_of("完成2400所城市社区卫生服务中心建设。")["2400所"] == "城市社区卫生服务中心"
    assert indicators_of("锂电池储能等5个减碳项目加快建设。")["5个"] == "减碳项目加快建设"


@pytest.mark.parametrize("text, mention, indicator", [
    # a year in Chinese numerals opens a clause or is a comparison base, like one in digits
    ("一九八四年工农业总产值达到一万零八百五十亿元，比一九八三年增长百分之十四点二。", "一万零八百五十亿元", "工农业总产值"),
    ("国民收入比一九八三年增长百分之十二。", "百分之十二", "国民收入"),
    ("一九八四年的国民收入为五千六百多亿元。", "五千六百多亿元", "国民收入"),
    ("二〇二五年底，全省常住人口达到4000万人。", "4000万人", "全省常住人口"),
    ("零售物价总指数上涨百分之二点八。", "百分之二点八", "零售物价总指数"),   # any verb of change trails
])
def test_years_in_chinese_numerals_and_verbs_of_change(text, mention, indicator):
    assert indicators_of(text)[mention] == indicator


def test_a_change_after_a_base_year_in_chinese_numerals_is_the_amounts():
    doc = Document("t", "zh-CN", sections=[Section("s1", "一", 1, [Paragraph(
        "p1-1", "一九八四年工农业总产值达到一万零八百五十亿元，比一九八三年增长百分之十四点二。")])])
    (record,) = extract_figures(doc)
    assert record.change == "+14.2%"


@pytest.mark.parametrize("text, mention, indicator", [
    ("全年基本建设投资完成一千一百六十亿元。", "一千一百六十亿元", "基本建设投资"),
    ("今年国民生产总值计划增长百分之七到百分之八。", "百分之七到百分之八", "国民生产总值"),   # a range: one figure
    ("农民人均纯收入由一九七八年的一百三十四元增加到一九八四年的三百五十五元。", "三百五十五元", "农民人均纯收入"),
    ("粮食产量由8000亿斤提高到8146亿斤。", "8146亿斤", "粮食产量"),
    ("收入1500元，支出1200元。", "1200元", "支出"),               # two measures, no change between
])
def test_completion_plans_and_the_end_of_a_change(text, mention, indicator):
    assert indicators_of(text)[mention] == indicator


@pytest.mark.parametrize("text, mention, indicator", [
    ("解决240万户林区、垦区、煤矿等棚户区居民的住房问题。", "240万户", "林区、垦区、煤矿等棚户区居民"),
    ("河北银行等21家金融、新金融机构落户我区。", "21家", "金融、新金融机构"),
    # left alone: counts in a list, each with its own noun
    ("建成5个园区、3个基地。", "5个", "园区"),
    ("建成5个园区、3个基地。", "3个", "基地"),
])
def test_a_counted_noun_runs_through_a_list_of_its_kinds(text, mention, indicator):
    assert indicators_of(text)[mention] == indicator


@pytest.mark.parametrize("text, mention, indicator", [
    ("今年工农业总产值计划比去年增长百分之八。", "百分之八", "工农业总产值"),
    ("全国城镇新就业的人数达七百二十万人。", "七百二十万人", "全国城镇新就业的人数"),   # a bare measure head
    ("参加新型农村合作医疗的人口8.14亿。", "8.14亿", "人口"),                          # a noun head
    ("重点建设项目有一百二十个建成投产。", "一百二十个", "重点建设项目"),   # a verb after the count: no noun
    ("向90%的在校生提供资助。", "90%", "在校生"),
])
def test_bases_measure_heads_and_verbs_after_a_count(text, mention, indicator):
    assert indicators_of(text)[mention] == indicator


def test_a_change_after_qunian_attaches_to_the_amount():
    doc = Document("t", "zh-CN", sections=[Section("s1", "一", 1, [Paragraph(
        "p1-1", "工农业总产值一万零八百亿元，比去年增长百分之十四。")])])
    (record,) = extract_figures(doc)
    assert (record.indicator, record.change) == ("工农业总产值", "+14%")


@pytest.mark.parametrize("text, mention, indicator", [
    ("农民收入较快增长，人均达到4761元。", "4761元", "农民收入"),     # 人均达到 alone: the clause before
    ("每人每月发放生活补贴200元。", "200元", "生活补贴"),             # 每… opening with its verb
    ("每年新增就业100万人。", "100万人", "新增就业"),                 # 新增就业 is a name
    ("城镇居民平均每人可支配收入15781元。", "15781元", "城镇居民平均每人可支配收入"),
    ("人均地区生产总值8.5万元。", "8.5万元", "人均地区生产总值"),
])
def test_per_person_qualifiers_in_every_place(text, mention, indicator):
    assert indicators_of(text)[mention] == indicator


@pytest.mark.parametrize("text, mention, expected", [
    # a value in brackets after a noun qualifies the noun; its short predicate says which ones
    ("不少的一部分农民（大约百分之二十五）缺乏耕牛，也是一个很大的问题。", "百分之二十五", "缺乏耕牛的一部分农民"),
    ("全市农民（约35%）参加了合作医疗。", "35%", "全市农民"),   # a long predicate stays out
    # a one-character noun after a measure word names its count
    ("据江西福建两省十七个县的统计，共有合作社一千四百二十三个。", "十七个", "县数"),
    # buying an issue names it, as issuing does
    ("一九四一年还买了五百万元公债。", "五百万元", "公债"),
    ("只有一百五十万人口。", "一百五十万人", "人口"),
])
def test_older_report_shapes(text, mention, expected):
    assert indicators_of(text)[mention] == expected


def test_a_bracket_holding_a_change_or_a_restatement_is_left_alone():
    assert indicators_of("粮食产量1.2亿吨（2.4亿斤），增长5%。")["2.4亿斤"] == "粮食产量"   # a restatement
    assert indicators_of("地区生产总值450亿元（增长13.5%）。")["450亿元"] == "地区生产总值"


def test_values_by_year_after_a_colon_take_the_noun_before_it():
    named = indicators_of("人民给了我们粮食吃：一九四○年的九万担，一九四一年的二十万担。")
    assert named["九万担"] == named["二十万担"] == "人民给了我们粮食吃"


@pytest.mark.parametrize("text, mention, expected", [
    ("油气在能源生产构成中的比重，已由１９４９年的不到１％上升到１９.１％。", "１％", "油气在能源生产构成中的比重"),
    ("油气在能源生产构成中的比重，已由１９４９年的不到１％上升到１９.１％。", "１９.１％", "油气在能源生产构成中的比重"),
    ("农民人均纯收入由1978年的134元增加到1984年的355元。", "134元", "农民人均纯收入"),   # subject in the clause
])
def test_a_clause_that_only_opens_a_change_takes_the_subject_of_the_clause_before(text, mention, expected):
    assert indicators_of(text)[mention] == expected


@pytest.mark.parametrize("text, mention, expected", [
    ("全省每天有１４０多万人奋战在水利工地上，投入施工的机械达１.７万台。", "１４０多万人", "奋战在水利工地上的人数"),
    ("全国有2000多万人参加了培训。", "2000多万人", "参加培训的人数"),       # the aspect 了 is no part of the act
    ("全省有5000万人口。", "5000万人", "人口"),                  # a population, not people doing something
])
def test_people_counted_after_you_are_named_by_what_they_do(text, mention, expected):
    assert indicators_of(text)[mention] == expected


def test_an_approximation_after_people_counted_is_not_what_they_do():
    assert not indicators_of("全县有10万人以上参加。")["10万人"].startswith("以上")


@pytest.mark.parametrize("text, mention, expected", [
    ("这个投资３９亿多元人民币的国家重点工程，去年启动。", "３９亿多元", "投资"),
    ("这一比例达到35%。", "35%", "比例"),
])
def test_a_demonstrative_opening_an_indicator_is_dropped(text, mention, expected):
    assert indicators_of(text)[mention] == expected


def test_the_end_of_a_growth_from_a_start_value_measures_what_the_start_does():
    named = indicators_of("原油产量从年产１２万吨发展到１亿吨，跨入世界主要产油国家的行列。")
    assert named["１亿吨"] == named["１２万吨"] == "原油产量"


def _docnamed(*texts: str) -> dict[str, str]:
    doc = Document("t", "zh-CN", sections=[Section("s1", "一", 1, [Paragraph(f"p1-{i}", t) for i, t in enumerate(texts, 1)])])
    return {r.mention: r.indicator for r in extract_figures(doc)}


def test_an_editors_note_on_a_run_of_numbers_names_them():
    named = _docnamed("人民给了我们粮食吃：一九四○年的九万担，一九四一年的二十万担，一九四二年的十六万担[2]，保证了军队的食粮。",
                       "[1] 这里指别的事。",
                       "[2] 这里所举的粮食数字，是一九四○年至一九四二年边区农民各年所缴纳的公粮（即农业税）的总数。")
    assert named == {"九万担": "缴纳的公粮", "二十万担": "缴纳的公粮", "十六万担": "缴纳的公粮"}


def test_a_note_that_does_not_say_what_the_numbers_are_changes_nothing():
    named = _docnamed("粮食产量达到四亿零七百多万吨[1]，创历史新高。", "[1] 参见本卷有关文章。")
    assert named["四亿零七百多万吨"] == "粮食产量"
