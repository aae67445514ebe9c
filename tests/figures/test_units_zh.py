"""Chinese units of issue 14 item 2 on made-up sentences: degrees (temperature, angle,
electricity, `一度` 'once'), per cent written out, ratios in words, 倍/番/成, and spans of
years that name a period (十年内战) — each case a phenomenon, not a document's words."""
from __future__ import annotations

import pytest

from pipeline.figures import extract_figures
from pipeline.model import Document, Paragraph, Section


def rows(text: str) -> list[tuple[str, float, str, str, str]]:
    doc = Document(title="t", lang="zh-CN",
                   sections=[Section(id="s1", title="概况", level=1, paragraphs=[Paragraph(id="p1", text=text)])])
    return [(r.mention, r.value, r.unit, r.indicator, r.change) for r in extract_figures(doc)]


@pytest.mark.parametrize("text, expected", [
    # temperature: 摄氏, 零下, ℃, a minus sign after a Chinese character, 摄氏度 in words
    ("当天最高气温达到摄氏三十五度，最低气温零下五度。",
     [("摄氏三十五度", 35, "℃", "当天最高气温", ""), ("零下五度", -5, "℃", "最低气温", "")]),
    ("最低气温-5℃，最高气温零下3℃。",
     [("-5℃", -5, "℃", "最低气温", ""), ("零下3℃", -3, "℃", "最高气温", "")]),
    ("全县年平均气温为十五点六摄氏度。", [("十五点六摄氏度", 15.6, "℃", "全县年平均气温", "")]),
    ("全年平均气温25度。", [("25度", 25, "℃", "平均气温", "")]),
    ("气温在3-5℃之间。", [("3-5℃", 3, "℃", "气温", "")]),       # a range, not a minus
    # angle
    ("坡度超过二十五度的耕地要退耕还林。", [("二十五度", 25, "°", "坡度", "")]),
    # electricity: a word of electricity, or 万/亿 degrees
    ("全年发电量达到一百二十亿度。", [("一百二十亿度", 1.2e10, "千瓦时", "发电量", "")]),
    ("全厂节约五十万度。", [("五十万度", 5e5, "千瓦时", "全厂节约", "")]),
    # 度 as 'once' or 'times': no figure
    ("他曾一度担任县委书记，全年降水量一度偏少。", []),
    ("他两度访问北京，三度获得冠军。", []),
    # per cent written out
    ("全省农业人口占百分之八十五，工业产值增长百分之十二点五。",
     [("百分之八十五", 85, "%", "全省农业人口", ""), ("百分之十二点五", 12.5, "%", "工业产值", "+12.5%")]),
    # ratios: ∶ in digits, 比 between numbers in words or digits
    ("男女比例为3∶1。", [("3∶1", 3, "比", "男女比例", "")]),
    ("干群比例为一比三十。", [("一比三十", 1, "比", "干群比例", "")]),
    ("配套资金按3比1安排。", [("3比1", 3, "比", "配套资金按", "")]),
    ("今年比去年多。粮食产量比1978年增长一倍。", [("一倍", 1, "倍", "粮食产量", "+1倍")]),
    # 倍, 番 (normalised to the change in 倍 they state), 成, with 半 and 多
    ("工农业年总产值翻两番。", [("翻两番", 3, "倍", "工农业年总产值", "+3倍")]),
    ("国民生产总值翻一番半。", [("翻一番半", 1.83, "倍", "国民生产总值", "+1.83倍")]),
    ("全年工业总产值达到五百亿元，翻了一番。", [("五百亿元", 5e10, "元", "工业总产值", "+1倍")]),
    ("高新技术企业数3年翻一番。", [("翻一番", 1, "倍", "高新技术企业数", "+1倍")]),   # 3年: the span
    ("出口额增长了三倍。", [("三倍", 3, "倍", "出口额", "+3倍")]),
    ("城市居民收入增加三成，农民收入增加两成半。",
     [("三成", 3, "成", "城市居民收入", "+3成"), ("两成半", 2.5, "成", "农民收入", "+2.5成")]),
    ("全年粮食增产三成，棉花减产两成。",
     [("三成", 3, "成", "粮食增产", "+3成"), ("两成", -2, "成", "棉花减产", "-2成")]),
    ("这块地有七成是水田。", [("七成", 7, "成", "这块地", "")]),
    # half a span beside a whole one: an estimate; 上半年 is a half of a year, no figure
    ("只要有决心，半年一年工夫就可以学会。", [("半年一年", 0.5, "年", "学会时间", "")]),
    ("今年上半年，一年的计划完成过半。", []),
    # a span of years that names a period is no figure; one that bounds a task stays
    ("十年内战期间，八年抗战胜利后，三年困难时期，全国人口下降。", []),
    ("经过8年抗战，取得了胜利。", []),
    ("资产总额五年增长64.1%。", [("64.1%", 64.1, "%", "资产总额", "+64.1%")]),
    ("粮食连续五年增产。", [("五年", 5, "年", "粮食连续增产年数", "")]),
])
def test_units(text, expected):
    got = rows(text)
    assert [(m, u, i, c) for m, _, u, i, c in got] == [(m, u, i, c) for m, _, u, i, c in expected]
    assert [v for _, v, *_ in got] == [pytest.approx(v) for _, v, *_ in expected]


def test_ten_years_within_stays_a_figure():
    assert [(m, u) for m, _, u, _, _ in rows("这项工程要在十年内完成。")] == [("十年", "年")]


def test_approximate_multiple():
    doc = Document(title="t", lang="zh-CN", sections=[Section(id="s1", title="概况", level=1, paragraphs=[
        Paragraph(id="p1", text="人均收入提高两倍多。")])])
    (r,) = extract_figures(doc)
    assert (r.mention, r.unit, r.change, r.approximate) == ("两倍", "倍", "+2倍", True)
