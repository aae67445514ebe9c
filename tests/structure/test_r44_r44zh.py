"""(r44, issue 11) Structure forms of Chinese notices, opinions and schemes kept as files. The texts are made up.

- a plan's numbered measures counting on across its `（一）` heads, each opening with a short topic sentence
  (`1.加快…。…`): run-in leads, not an address's paragraph numbers (`headings._topic_headed`);
- a curly opening quote closed by a straight one (`深化“一网通办"（2分）`) closes (`signals.unclosed`);
- a score formula on its own line heads nothing (`signals.is_formula`);
- the attachment note set over two lines (`附件：` / name) names the annex: the name under the bare label
  heads it, the name in the note heads nothing (`headings._note_over_name`, `structure._annex_note_name`);
- a title line with its document number glued on (`…的通知某政发〔1998〕7号`) gives the title
  (`title_evidence._glued_number_title`).
"""
from __future__ import annotations

from pipeline.clean import clean_text
from pipeline.structure import structure_document
from pipeline.structure import signals as sg

from common import outline as _outline


def _doc(text: str, name: str = "doc.txt"):
    return structure_document(clean_text(text, source_file=name))


def _leads(sections):
    return [p.lead for s in sections for p in s.paragraphs if p.lead] + [x for s in sections for x in _leads(s.sections)]


MEASURES = """某省关于推进农产品冷链物流发展的实施意见

一、总体目标

到2025年，全省冷链物流体系基本建成。

二、重点任务

（一）完善冷链设施网络

1.建设产地冷藏保鲜设施。支持农民合作社建设一批产地冷库，提升农产品商品化处理能力。

2.布局区域冷链集散中心。依托重要交通枢纽，建设一批区域性冷链物流集散中心。

（二）提升冷链运输能力

3.推广冷藏运输车辆。鼓励企业更新冷藏车辆，提高新能源冷藏车比例。

4.发展多式联运。推动铁路冷链班列常态化运行，降低综合运输成本。

（三）强化冷链监管

5.健全追溯体系。建立全省冷链食品追溯平台，实现来源可查、去向可追。
"""


def test_measures_numbered_on_across_heads_with_topic_sentences_run_in():
    doc = _doc(MEASURES)
    leads = _leads(doc.sections)
    assert "1.建设产地冷藏保鲜设施。" in leads
    assert "3.推广冷藏运输车辆。" in leads
    assert "5.健全追溯体系。" in leads


ADDRESS = """某特别行政区行政长官施政报告

一、引言

1. 主席女士，各位议员，今天我向大会发表任内的施政报告，阐述政府未来一年的工作重点。

2. 过去一年，本地经济在外围环境不明朗的情况下仍保持增长，失业率维持在较低水平。

二、经济发展

3. 政府会继续投资基础设施，并且推动创新科技产业的发展，为年轻人创造更多优质就业机会。

4. 我们会检视现行的土地政策，增加房屋供应，回应市民对住屋的殷切期望。

5. 在金融方面，我们会巩固本地作为国际金融中心的地位，并且拓展与内地的合作。
"""


def test_an_addresss_numbered_prose_paragraphs_keep_no_leads():
    doc = _doc(ADDRESS)
    assert not [x for x in _leads(doc.sections) if x[:1].isdigit()]


def test_a_curly_quote_closed_by_a_straight_one_is_closed():
    assert not sg.unclosed('（六）深化“一网通办"（2分）')
    assert not sg.unclosed('推进政务服务“就近办"')
    assert sg.unclosed('关于开展“清洁家园')   # no closer of either kind
    assert sg.unclosed('根据《某某条例')


SCHEME = """某市2023年营商环境考核办法

一、考核对象

各区人民政府，市级有关部门。

二、考核方式

（一）考核采取日常监测和年终评估相结合的方式进行。

日常监测：根据工作进展情况，按季度汇总各单位的完成情况。

季度得分=任务完成数÷任务总数×100

年度得分=（上半年得分+下半年得分）÷2

（二）实行百分制。各牵头单位按照指标分值进行评分。

三、结果运用

考核结果在全市范围内通报。

附件：

某市2023年营商环境考核指标

附件

某市2023年营商环境考核指标

一、政务服务“一网通办"（40分）

（一）网上办事深度（10分）

1．实现高频事项全程网办。

（二）推进服务“跨省通办"（5分）

2．扩大跨省通办事项范围。
"""


def test_score_formulas_head_nothing_and_straight_closed_quotes_head():
    doc = _doc(SCHEME)
    titles = [t for _, t in _outline(doc.sections)]
    assert not any("=" in t for t in titles)
    assert "三、结果运用" in titles
    assert '一、政务服务“一网通办"（40分）' in titles
    assert '（二）推进服务“跨省通办"（5分）' in titles


def test_the_annex_named_by_a_note_over_two_lines_is_headed_by_its_name():
    doc = _doc(SCHEME)
    outline = _outline(doc.sections)
    names = [(d, t) for d, t in outline if "考核指标" in t]
    assert names == [(1, "某市2023年营商环境考核指标")]
    levels = dict((t, d) for d, t in outline)
    assert levels["三、结果运用"] == levels["一、考核对象"]   # the note's name opened no part of its own


def test_a_formula_like_line_without_arithmetic_may_still_head():
    assert not sg.is_formula("三、考核结果运用")
    assert not sg.is_formula("说明=见附表")
    assert sg.is_formula("综合得分 = 完成数 / 任务数 × 100")


PRINTED = """国务院关于加强某某矿产资源保护的通知国发〔1998〕7号
各省、自治区、直辖市人民政府，国务院各部委、各直属机构：某某矿产是我国的优势矿产，近年来
乱采滥挖的现象时有发生，造成资源的严重浪费。为保护国家资源，现就有关问题通知如下：一、各地
要加强对矿产资源开采的管理。二、有关部门要加强监督检查。
国务院
一九九八年三月二日
"""


def test_a_title_line_with_its_document_number_glued_on_gives_the_title():
    doc = _doc(PRINTED)
    assert doc.title == "国务院关于加强某某矿产资源保护的通知"
    first = doc.front[0].text if doc.front else doc.sections[0].paragraphs[0].text
    assert first.startswith("国发〔1998〕7号")   # the title once, the number kept


def test_a_line_ending_in_a_number_but_naming_no_kind_gives_no_title():
    from pipeline.structure.title_evidence import _glued_number_title
    assert _glued_number_title("国务院关于加强某某矿产资源保护的通知国发〔1998〕7号") == "国务院关于加强某某矿产资源保护的通知"
    assert _glued_number_title("根据某政发〔1998〕7号") == ""
    assert _glued_number_title("某某矿产资源保护国发〔1998〕7号") == ""
