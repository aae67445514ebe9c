"""(r43, issue 11) Structure forms of Chinese laws, notices and analyses kept as files. The texts are made up.

- a law's adoption note a Markdown converter split over two marked lines (`## （2015年…常务` / `## 委员会…通过）`):
  one note, front matter (`blocks._marked_lines_bracketed`, `front._note_unmarked`);
- a law's article number alone on its line over its text (`第三条` / `…。`): run in (`blocks._article_numbers_alone`);
- a notice issuing measures with an attached list: the list's `一、`/`（一）` heads are no clauses of the
  measures' articles (`headings._law_annex_start`), and the measures' own title words the name a little
  otherwise than the notice's title (`structure._reworded_name`);
- a series of standalone one-sentence heads, one of them run into its paragraph (`headings._series_head_alone`).
"""
from __future__ import annotations

from pipeline.clean import clean_text
from pipeline.structure import structure_document


def _doc(text: str, name: str = "doc.txt"):
    return structure_document(clean_text(text, source_file=name))


def _outline(sections, depth=1):
    out = []
    for s in sections:
        out.append((depth, s.title))
        out += _outline(s.sections, depth + 1)
    return out


def _leads(sections):
    return [p.lead for s in sections for p in s.paragraphs if p.lead] + [x for s in sections for x in _leads(s.sections)]


LAW = """# 某某市物业管理条例

# 某某市物业管理条例

## （2015年9月25日某某市第十四届人民代表大会常务

## 委员会第二十二次会议通过）

第一章　总则

第一条　为了规范物业管理活动，维护业主和物业服务企业的合法权益，制定本条例。

第二条
本条例适用于本市行政区域内的物业管理活动。

第三条
市住房城乡建设主管部门负责全市物业管理活动的监督管理工作。

第二章　业主和业主大会

第四条
业主依法享有物业共有部分的权利，承担相应的义务。

第五条
业主大会由物业管理区域内全体业主组成。
"""


def test_an_adoption_note_split_over_marked_lines_is_front_matter():
    doc = _doc(LAW, "law.md")
    assert doc.title == "某某市物业管理条例"
    assert _outline(doc.sections) == [(1, "第一章　总则"), (1, "第二章　业主和业主大会")]
    assert any("会议通过" in p.text for p in doc.front)
    assert doc.date == "2015-09-25"


def test_article_numbers_alone_run_in():
    doc = _doc(LAW, "law.md")
    assert _leads(doc.sections) == ["第一条", "第二条", "第三条", "第四条", "第五条"]


def test_two_marked_headings_never_join():
    text = "# 某某工作手册\n\n## 第一部分（试行）\n\n## （一）工作流程\n\n各部门按照流程办理，不得推诿。\n\n## （二）工作要求\n\n各部门要认真落实。\n"
    doc = _doc(text, "manual.md")
    titles = [t for _, t in _outline(doc.sections)]
    assert titles == ["第一部分（试行）", "（一）工作流程", "（二）工作要求"]


NOTICE = """某某市生态环境局关于印发《某某市建设项目环境影响评价分级审批办法》的通知

各区生态环境分局、各有关单位：

《某某市建设项目环境影响评价文件分级审批办法》已经局务会审议通过，现予印发，请遵照执行。

某某市生态环境局

2024年3月1日

某某市建设项目环境影响评价文件分级审批办法

第一条　为了规范建设项目环境影响评价文件的分级审批，制定本办法。

第二条　本办法适用于本市行政区域内建设项目环境影响评价文件的审批。

第三条　市生态环境局负责审批下列建设项目的环境影响评价文件：

（一）跨区的建设项目。

（二）市级审批的建设项目。

第四条　区生态环境分局负责审批本区行政区域内其他建设项目的环境影响评价文件。

第五条　审批部门应当自受理之日起三十日内作出审批决定。

第六条　本办法自2024年4月1日起施行。

附件：某某市建设项目环境影响评价文件审批目录

附件

某某市建设项目环境影响评价文件审批目录

一、市级审批项目

（一）交通运输

跨区的城市道路、轨道交通项目。

（二）水利

跨区的河道整治、水库项目。

二、区级审批项目

（一）社会事业

区属学校、医院、养老机构项目。

（二）农业农村

规模化畜禽养殖场项目。
"""


def test_a_measures_attached_list_keeps_its_heads():
    doc = _doc(NOTICE)
    assert doc.title.startswith("某某市生态环境局关于印发")
    assert _outline(doc.sections) == [
        (1, "某某市建设项目环境影响评价文件分级审批办法"),
        (1, "某某市建设项目环境影响评价文件审批目录"),
        (2, "一、市级审批项目"), (3, "（一）交通运输"), (3, "（二）水利"),
        (2, "二、区级审批项目"), (3, "（一）社会事业"), (3, "（二）农业农村")]


def test_the_articles_own_items_stay_clauses():
    doc = _doc(NOTICE)
    titles = [t for _, t in _outline(doc.sections)]
    assert "（一）跨区的建设项目。" not in titles


ANALYSIS = """某某市一季度经济运行情况分析

一季度，全市经济运行总体平稳，主要指标好于预期。

一、经济运行基本情况

（一）地区生产总值保持平稳增长。

一季度全市实现地区生产总值312.5亿元，同比增长5.1%。

（二）工业生产稳中有升。

一季度规模以上工业增加值同比增长6.3%，增速比上年同期提高1.2个百分点。

二、增长因素分析

（一）项目投资持续发力拉动增长。

一季度固定资产投资同比增长8.2%，拉动经济增长1.3个百分点。

（二）消费市场逐步回暖支撑增长。

一季度社会消费品零售总额同比增长4.6%，比上年同期加快0.8个百分点。

（三）新兴产业加快成长引领增长。新兴产业增加值同比增长12.4%，占规模以上工业的比重提高1.5个百分点。

总的看，一季度全市经济实现良好开局。
"""


def test_a_series_of_standalone_heads_with_one_run_in_stays_heads():
    doc = _doc(ANALYSIS)
    assert _outline(doc.sections) == [
        (1, "一、经济运行基本情况"), (2, "（一）地区生产总值保持平稳增长。"), (2, "（二）工业生产稳中有升。"),
        (1, "二、增长因素分析"), (2, "（一）项目投资持续发力拉动增长。"), (2, "（二）消费市场逐步回暖支撑增长。")]


def test_a_list_of_one_sentence_items_stays_a_list():
    text = """某某镇关于做好防汛工作的通知

各村（社区）：

为做好今年防汛工作，现将有关要求通知如下：

（一）落实防汛责任制。

（二）加强隐患排查。

（三）做好物资储备。各村要储备必要的沙袋、救生衣等防汛物资，确保关键时刻拿得出、用得上。

某某镇人民政府

2024年5月6日
"""
    doc = _doc(text)
    titles = [t for _, t in _outline(doc.sections)]
    assert "（一）落实防汛责任制。" not in titles


CONSULTATION = """关于公开征求《某某市人民代表大会常务委员会讨论决定重大事项规定（修订草案）》意见的公告

为提高立法质量，现将《某某市人民代表大会常务委员会讨论决定重大事项规定（修订草案）》全文公布，征求社会各界意见。

请于2024年12月31日前将意见通过信函方式寄送至市人大常委会法工委。

附件：《某某市人民代表大会常务委员会讨论决定重大事项规定（修订草案）》

某某市人大常委会办公室

2024年12月1日

附件

某某市人民代表大会常务委员会

讨论决定重大事项规定（修订草案）

第一章　总则

第一条　为了规范市人民代表大会常务委员会讨论决定重大事项工作，制定本规定。

第二条　本规定适用于市人民代表大会常务委员会讨论决定本行政区域内的重大事项。

第二章　范围

第三条　市人民代表大会常务委员会讨论决定下列重大事项。

第四条　市人民政府应当及时报告重大事项。

第五条　本规定自公布之日起施行。
"""


def test_an_annexed_name_over_two_lines_heads_the_annex():
    doc = _doc(CONSULTATION)
    assert _outline(doc.sections) == [
        (1, "某某市人民代表大会常务委员会讨论决定重大事项规定（修订草案）"),
        (2, "第一章　总则"), (2, "第二章　范围")]
