"""Chinese numerals read as quantities (numerals.py) — each case a phenomenon of issue 14."""
from __future__ import annotations

import pytest

from pipeline.figures.numerals import compact
from pipeline.figures.scan import scan_quantities


def found(text: str) -> list[tuple[str, str, float, str, bool]]:
    return [(text[q.start:q.end], q.display, q.value, q.unit, q.approximate) for q in scan_quantities(text)]


@pytest.mark.parametrize("text, expected", [
    ("全年预算五十四万亿元", [("五十四万亿元", "54万亿", 54e12, "元", False)]),
    ("粮食产量达到四亿零七百多万吨", [("四亿零七百多万吨", "4.07亿", 4.07e8, "吨", True)]),
    ("实际使用的国外资金达二十六亿六千万美元", [("二十六亿六千万美元", "26.6亿", 2.66e9, "美元", False)]),
    ("安排了四千二百多万城镇劳动力就业", [("四千二百多万", "4200万", 4.2e7, "", True)]),
    ("年满十八周岁的公民", [("十八周岁", "18", 18, "岁", False)]),
    ("每届任期五年", [("五年", "5", 5, "年", False)]),
    ("连续任职不得超过两届", [("两届", "2", 2, "届", True)]),   # 超过: a bound
    ("从收到保单之日起十天内", [("十天", "10", 10, "天", False)]),
    ("占比达到百分之三十", [("百分之三十", "30", 30, "%", False)]),
    ("百分之二点五", [("百分之二点五", "2.5", 2.5, "%", False)]),
    ("以全体代表的三分之二以上的多数通过", [("三分之二", "2/3", pytest.approx(2 / 3), "", True)]),
    ("由全体代表的过半数通过", [("过半数", "1/2", 0.5, "", True)]),
    ("经济总量翻一番", [("翻一番", "1", 1, "倍", False)]),    # doubled: +1倍, as 增长一倍
    ("比上年增长三倍", [("三倍", "3", 3, "倍", False)]),
    ("会议每年举行一次", [("每年举行一次", "1", 1, "次", False)]),
])
def test_numerals_are_read(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text", [
    "第三条", "党的十七大和十七届三中、四中全会", "推进一带一路建设", "一心一意谋发展",
    "走进千家万户", "“十四五”时期", "一九八五年三月五日", "这五年，我们", "五年来，全省",
    "制定三年行动计划", "一个中心", "三个代表", "二次供水", "汽车零部件", "区十五届人大四次会议",
    "重点抓好以下五项工作", "化解矛盾、创新管理、廉洁执法三项重点工作", "三次产业结构", "八十年代",
])
def test_ordinals_names_idioms_and_time_references_are_not(text):
    assert found(text) == []


def test_arabic_and_numerals_in_one_sentence_do_not_overlap():
    got = found("粮食产量1.2万吨，棉花六百零八万吨")
    assert [g[0] for g in got] == ["1.2万吨", "六百零八万吨"]


def test_compact_display():
    assert [compact(v) for v in (54e12, 4.07e8, 42000, 18, 2.5)] == ["54万亿", "4.07亿", "4.2万", "18", "2.5"]


@pytest.mark.parametrize("text, expected", [
    ("折射率为1.333", [("1.333", "1.333", 1.333, "", False)]),          # measured noun, no unit
    ("基尼系数为0.47，恩格尔系数降至30.1%", [("0.47", "0.47", 0.47, "", False), ("30.1%", "30.1", 30.1, "%", False)]),
    ("最高气温达到42°", [("42°", "42", 42, "°", False)]),
    ("开展大干150天活动", []),                                            # a campaign's name
    ("综合整治，大干150天，高质量完成", []),                              # a drive's slogan
    ("聘请专家，奋战一百天，完成了设计", []),
    ("全年施工150天，完成投资20亿元", [("150天", "150", 150, "天", False), ("20亿元", "20亿", 2e9, "元", False)]),
    ("实施百日攻坚行动", []),
    ("城镇化率为2019年以来最高", []),                                     # a year, not a value
])
def test_units_beyond_the_list_and_campaign_names(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("一九四○年的九万担", [("九万担", "9万", 9e4, "担", False)]),                 # an old measure of grain
    ("只有一百五十万人口", [("一百五十万人", "150万", 1.5e6, "人", False)]),      # named 人口 by extract.py
    ("其数目可以达到几千万元", [("几千万元", "几千万", 1e7, "元", True)]),         # known only to its magnitude
    ("已经支持了五年半", [("五年半", "5.5", 5.5, "年", False)]),                  # the half is the duration's
])
def test_older_reports(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text", [
    "几十年来", "十几个", "几万军队", "这五项，对于我们", "一月二十四日至二十五日作的", "三届二次国民参政会",
    "担任主席", "十万火急",
])
def test_older_reports_vague_counts_references_and_dates_are_not(text):
    assert found(text) == []


@pytest.mark.parametrize("text, expected", [
    ("戗堤推进四点七米", [("四点七米", "4.7", 4.7, "米", False)]),
    ("终于推进零点七米", [("零点七米", "0.7", 0.7, "米", False)]),
    ("存款余额达七十一点六三亿元", [("七十一点六三亿元", "71.63亿", pytest.approx(7.163e9), "元", False)]),
    ("下午四点三十分开会", []),                                   # a time of day: no unit after the decimal
])
def test_a_decimal_in_numerals_keeps_its_fraction(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text", ["二十六日上午八时，大江截流工程发起进占", "截流领导小组二十五日下午决定",
                                  "从今天起到二十八日，大军昼夜奋战", "二十六日开始的连续进占"])
def test_a_day_of_the_month_in_numerals_is_not_a_count_of_days(text):
    assert not any(q.unit == "天" for q in scan_quantities(text))


def test_a_count_of_days_before_a_deadline_word_stays():
    assert [(q.value, q.unit) for q in scan_quantities("应当在十五日内提出申请")] == [(15, "天")]


@pytest.mark.parametrize("text", ["龙口打响攻坚战（附图片１张）", "乔石视察中国气象局（附照片2张）"])
def test_a_note_that_a_photo_goes_with_the_article_is_not_a_figure(text):
    assert scan_quantities(text) == []


def test_a_parallel_slogan_of_one_numeral_is_not_two_counts():
    assert scan_quantities("更好地利用两种资源、两个市场，加快发展") == []
    assert [q.value for q in scan_quantities("建成三座水库、五条渠道")] == [3, 5]      # different counts stay
    assert [q.value for q in scan_quantities("每人不得超过两项")] == [2]                 # a bound, not an enumeration


@pytest.mark.parametrize("text, expected", [
    ("摩擦系数约0.6", [("0.6", "0.6", 0.6, "", False)]),                    # measured noun, hedged
    ("每晚捕食的白蚁多达50000。", [("50000", "50000", 50000, "", False)]),   # hedged count, noun before
    ("观众约有1,500，门票售罄", [("1,500", "1,500", 1500, "", False)]),
    ("约2019年起实施", []),                                               # a year
    ("见第1.2节，版本3.0", []),                                           # a section number, a version
    ("多达3", []),                                                        # one digit, no noun before
    ("多达50000万元", [("50000万元", "50000万", 5e8, "元", False)]),      # its own unit: the unit rule's
])
def test_hedged_counts_and_measured_values_without_a_unit(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a numeral closing with 万/亿 counts the noun after it without a measure word
    ("准备把三百二十万民兵编入后备部队", [("三百二十万", "320万", 3.2e6, "", False)]),
    ("县里能识字的就有两万多。", [("两万多", "2万", 2e4, "", True)]),
    # books and print runs
    ("一部小说初版印了三千册", [("三千册", "3000", 3000, "册", False)]),
    # a range joined by 至, and two numerals side by side as an estimate
    ("十八周岁至三十周岁的，发给证件", [("十八周岁至三十周岁", "18至30", 18, "岁", False)]),
    ("总要三年五年才能见效", [("三年五年", "3至5", 3, "年", True)]),
])
def test_magnitudes_print_runs_and_ranges_in_numerals(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text", [
    "十万火急", "千万不要大意", "一天一天好起来", "第三册", "上册和下册", "一心一意", "十七大",
    "必须反对两种倾向", "存在着两种基本的矛盾", "深入贯彻中央八项规定精神", "落实十项措施",
])
def test_a_bare_magnitude_idiom_an_ordinal_or_an_enumeration_is_not_a_count(text):
    assert found(text) == []


@pytest.mark.parametrize("sentence, mention, indicator, unit", [
    # issue 14 item 2: a unit-less measured value is a figure named by its measured noun
    ("水的折射率为1.33。", "1.33", "折射率", ""),
    ("全国居民人均可支配收入基尼系数0.47。", "0.47", "全国居民人均可支配收入基尼系数", ""),
    ("男女比例为3∶1。", "3∶1", "男女比例", "比"),
    ("城镇居民家庭恩格尔系数30.2%，比上年下降1.2个百分点。", "30.2%", "城镇居民家庭恩格尔系数", "%"),
    ("海水的pH值约为8.1。", "8.1", "pH值", ""),
    ("土壤酸碱度为6.5。", "6.5", "土壤酸碱度", ""),
])
def test_unit_less_measured_values_are_named_by_the_measured_noun(sentence, mention, indicator, unit):
    from pipeline.figures.extract import extract_figures
    from pipeline.model import Document, Paragraph, Section
    doc = Document("t", "zh-CN", sections=[Section("s1", "一", 1, [Paragraph("p1-1", sentence)])])
    named = {r.mention: (r.indicator, r.unit) for r in extract_figures(doc)}
    assert named.get(mention) == (indicator, unit), named


@pytest.mark.parametrize("text, expected", [
    # a range of per cent, the second 百分之 written or left out
    ("可以自给百分之二十到三十。", [("百分之二十到三十", "20至30", 20, "%", False)]),
    ("占百分之十至百分之十五。", [("百分之十至百分之十五", "10至15", 10, "%", False)]),
    # two neighbouring digits before a unit, and the customary 三五: an estimate
    ("大约要在三四年内完成。", [("三四年", "3至4", 3, "年", True)]),
    ("来了七八十人。", [("七八十人", "70至80", 70, "人", True)]),
    ("三五年内可以还清。", [("三五年", "3至5", 3, "年", True)]),
    # bounds written A以上B以下: one range, in numerals and in digits
    ("处二千元以上一万元以下的罚款", [("二千元以上一万元", "2000至1万", 2000, "元", False)]),
    ("处3年以上10年以下有期徒刑", [("3年以上10年", "3至10", 3, "年", False)]),
    # the old weight 钱 and points of a per-mille rate
    ("每人每日菜金三钱", [("三钱", "3", 3, "钱", False)]),
    ("死亡率为6.94‰，上升0.23个千分点", [("6.94‰", "6.94", 6.94, "‰", False), ("0.23个千分点", "0.23", 0.23, "个千分点", False)]),
])
def test_ranges_estimates_and_old_units_in_numerals(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text", ["大家三五成群地走来。", "这两三年来变化很大。", "钱庄三钱庄"])
def test_neighbour_digits_in_an_idiom_or_a_time_reference_are_not(text):
    assert found(text) == []


def test_a_year_typed_with_latin_os_is_no_count_of_years():
    # `二oo四年`: a Latin o typed for 〇 (unseen6); the 四年 after it is the year's last digit
    assert [row[0] for row in found("二oo四年，全市生产总值增长百分之十二。二OO三年产量五十万吨。")] == ["百分之十二", "五十万吨"]
    assert [row[0] for row in found("他在这里工作了四年。")] == ["四年"]
