"""(r43, issue 11) Collectors' and converters' forms over Chinese documents kept as files. The texts are made up.

- a YAML header whose keys a Chinese collector wrote in Chinese (`标题: …` / `文号: …`: `front-matter-block`);
- a collector's note quoted (`> …`) between the header and the `#` title (`quoted-note`);
- an empty Markdown heading, its marks alone on the line (`## `: `markup-only-lines`);
- a record's values one a line with their labels lost, under the title and byline (`record-values`).
"""
from __future__ import annotations

from pipeline.clean import clean_text
from pipeline.structure import structure_document

NOTICE = """---
标题: 关于印发《某某县农村公路养护管理办法》的通知
文号: 某交规〔2024〕3号
发布单位: 某某县交通运输局
发布日期: 2024-05-08
状态: 有效
---

> 本文由整理脚本自某某县政府网站公开页面提取，仅供学习参考；以[原文链接](https://www.example.gov.cn/a/1.html)为准。
> 依著作权法第五条，法律法规和国家机关的决议、决定、命令不适用该法。

# 关于印发《某某县农村公路养护管理办法》的通知

各乡镇人民政府，县直有关单位:

《某某县农村公路养护管理办法》已经局务会研究通过，现印发给你们，请认真贯彻执行。

某某县交通运输局

2024年5月8日
"""


def test_a_yaml_header_with_chinese_keys_goes_whole():
    cleaned = clean_text(NOTICE, source_file="notice.md")
    gone = [r for r in cleaned.removed if r.rule == "front-matter-block"]
    assert [r.line for r in gone] == [1, 2, 3, 4, 5, 6, 7]   # both fences with the fields
    assert "---" not in cleaned.lines


def test_a_quoted_collector_note_over_the_title_goes():
    cleaned = clean_text(NOTICE, source_file="notice.md")
    gone = {r.line for r in cleaned.removed if r.rule == "quoted-note"}
    assert gone == {9, 10}
    doc = structure_document(cleaned)
    assert doc.title == "关于印发《某某县农村公路养护管理办法》的通知"
    assert not any("提取" in p.text or "著作权" in p.text for p in doc.front)


def test_a_quote_under_the_title_or_without_a_source_stays():
    under = "# 某某市养犬管理条例\n\n> 2019年6月28日某某市人民代表大会常务委员会通过\n\n第一条　为了规范养犬行为，制定本条例。\n"
    cleaned = clean_text(under, source_file="law.md")
    assert not any(r.rule == "quoted-note" for r in cleaned.removed)
    epigraph = "> 路漫漫其修远兮，吾将上下而求索。\n\n# 某某中学校史\n\n学校创办于1952年。\n"
    cleaned = clean_text(epigraph, source_file="history.md")
    assert not any(r.rule == "quoted-note" for r in cleaned.removed)


LAW = """# 某某市物业管理条例

## 

## （2015年9月25日某某市第十四届人民代表大会常务

## 委员会第二十二次会议通过）

第一章　总则

第一条　为了规范物业管理活动，维护业主和物业服务企业的合法权益，制定本条例。

第二条　本条例适用于本市行政区域内的物业管理活动。

第二章　业主和业主大会

第三条　业主依法享有物业共有部分的权利，承担相应的义务。
"""


def test_an_empty_markdown_heading_is_residue():
    cleaned = clean_text(LAW, source_file="law.md")
    assert any(r.rule == "markup-only-lines" and r.line == 3 for r in cleaned.removed)


def test_a_lone_hash_in_plain_text_stays():
    cleaned = clean_text("某某村村规民约\n\n#\n\n第一条　村民应当遵守法律法规。\n", source_file="plain.txt")
    assert not any(r.rule == "markup-only-lines" for r in cleaned.removed)


RECORD = """
	关于做好秋冬季农业生产的几点意见（1983年9月2日）
	某某某
	农村工作通讯
	1983·9
	207
	农业
	12
	14
	　　同志们：
　　今年秋冬季农业生产任务很重，各地要早做安排。
　　一
　　秋收秋种要抓紧。各地要组织好劳力和机具，做到颗粒归仓。
　　二
　　冬季农田水利建设要早动手。各地要把水利建设和积肥造肥结合起来。
"""


def test_a_records_values_without_labels_go():
    cleaned = clean_text(RECORD, source_file="record.txt")
    gone = [r.text.strip() for r in cleaned.removed if r.rule == "record-values"]
    assert gone == ["农村工作通讯", "1983·9", "207", "农业", "12", "14"]
    doc = structure_document(cleaned)
    assert [s.title for s in doc.sections] == ["一", "二"]


def test_an_issue_line_without_a_publication_over_it_stays():
    cover = "某某县统计年鉴编辑说明\n某某县统计局\n2023·6\n12\n\n本年鉴收录全县国民经济和社会发展主要统计数据。\n"
    cleaned = clean_text(cover, source_file="cover.txt")
    assert not any(r.rule == "record-values" for r in cleaned.removed)


OUTLINE_ENTRIES = ["1 总则", "1.1 编制目的", "1.2 编制依据", "1.3 适用范围", "2 组织体系", "2.1 指挥机构", "2.2 办事机构",
                   "2.3 成员单位", "3 预防预警", "3.1 监测", "3.2 预警", "4 应急响应", "4.1 分级响应", "4.2 响应措施",
                   "5 后期处置", "5.1 善后处置", "5.2 调查评估", "6 附则"]
PLAN_NOTICE = """某某县人民政府办公室关于印发某某县森林火灾应急预案的通知

各乡镇人民政府，县直各单位：

《某某县森林火灾应急预案》已经县政府同意，现印发给你们，请认真组织实施。

某某县人民政府办公室

2023年2月10日

某某县森林火灾应急预案

  录

""" + "\n\n".join(OUTLINE_ENTRIES) + "\n"


def test_an_outline_that_ends_the_excerpt_is_its_contents():
    cleaned = clean_text(PLAN_NOTICE, source_file="plan.txt")
    gone = {r.text.strip() for r in cleaned.removed if r.rule == "labelled-outline"}
    assert set(OUTLINE_ENTRIES) <= gone and "录" in gone
    doc = structure_document(cleaned)
    assert [s.title for s in doc.sections] == ["某某县森林火灾应急预案"]


def test_sections_with_their_text_stay():
    body = "\n\n".join(f"{e}\n\n本节规定{e.split()[1]}的有关要求，各单位应当遵照执行。" for e in OUTLINE_ENTRIES)
    cleaned = clean_text("某某县森林火灾应急预案\n\n" + body + "\n", source_file="plan.txt")
    assert not any(r.rule == "labelled-outline" for r in cleaned.removed)
