"""(r42, issue 11) Chrome and note forms of Chinese pages and repository files. The texts are made up.

- a page whose stylesheet did not load prints its menus one item a line, far above the breadcrumb
  (`menu-tree-header`);
- a collector's note of `label：value` lines over a text he kept (`collector-note`);
- a plan's contents with long chapter names, in an excerpt that holds only the first chapter
  (`contents-box`, `_long_chapter_entry`);
- a portal page's title line, the template's short lines, then the headline again (`title-band`).
"""
from __future__ import annotations

from pipeline.clean import clean_text
from pipeline.structure import structure_document

MENU = ["首页", "学校概况", "学校简介", "历史沿革", "现任领导", "机构设置", "新闻动态", "校园新闻", "通知公告",
        "媒体报道", "教育教学", "课程建设", "教学成果", "教研活动", "德育天地", "班级风采", "主题活动", "心理健康",
        "学生天地", "社团活动", "竞赛获奖", "志愿服务", "党建工作", "支部动态", "理论学习", "廉政建设", "招生信息",
        "招生简章", "录取查询", "联系我们", "校友风采", "校园风光"]
RELATED = ["相关文章", "理论学习（2025年3月3日-3月9日）关于开展某某活动的…[03-03]",
           "理论学习（2025年3月10日-3月16日）深入学习、认真贯彻…[03-10]"]
ARTICLE = """当前位置：首页 > 党建工作 > 理论学习
理论学习
某某市第二中学关于开展读书月活动的通知

各年级组、各处室：

为营造浓厚的读书氛围，学校决定于四月开展读书月活动，现将有关事项通知如下。

一、活动时间

2025年4月1日至4月30日。

二、活动内容

各班级组织好书推荐、读书分享会等活动，由年级组汇总上报。
"""


def test_menus_one_item_a_line_over_a_far_breadcrumb_are_chrome():
    text = "今天是\n" + "\n".join(MENU * 2) + "\n" + "\n".join(RELATED) + "\n" + ARTICLE
    cleaned = clean_text(text, source_file="page.txt")
    gone = {r.text.strip() for r in cleaned.removed if r.rule == "menu-tree-header"}
    assert set(MENU) <= gone and RELATED[1] in gone
    doc = structure_document(cleaned)
    assert doc.title == "某某市第二中学关于开展读书月活动的通知"
    assert [s.title for s in doc.sections] == ["一、活动时间", "二、活动内容"]


def test_a_breadcrumb_under_prose_is_not_a_menu_band():
    prose = "学校召开全体教师大会，部署新学期各项工作，校长就教育教学、安全管理等提出明确要求。"
    text = "\n".join(MENU) + "\n" + prose + "\n" + "\n".join(MENU) + "\n" + ARTICLE
    cleaned = clean_text(text, source_file="page.txt")
    assert not any(r.rule == "menu-tree-header" for r in cleaned.removed)


NOTE = """标题：某某省人民政府关于加快发展林下经济的意见 （2025年6月3日）
发布机构：某某省人民政府
发布日期：2025-06-10（省政府网站发布日）
来源链接：https://www.example.gov.cn/zwgk/content/post_1.html
核对情况：与纸质公报逐字核对，一致。
抄录方式：人工录入，未作删改。
"""
OPINION = """为加快发展林下经济，促进林业增效、农民增收，现提出如下意见。

一、总体要求

坚持生态优先、绿色发展，因地制宜发展林下种植、林下养殖和森林旅游。

二、重点任务

（一）发展林下种植。支持发展林菌、林药等特色产业，建设一批示范基地。

（二）规范林下养殖。科学确定养殖规模，防止破坏林地资源。
"""


def test_a_collectors_note_over_a_kept_text_is_boilerplate_and_names_it():
    cleaned = clean_text(NOTE + "\n" + OPINION, source_file="note.md")
    gone = [r.text for r in cleaned.removed if r.rule == "collector-note"]
    assert len(gone) == 6 and any(t.startswith("核对情况") for t in gone)
    doc = structure_document(cleaned)
    assert doc.title == "某某省人民政府关于加快发展林下经济的意见"   # the note's 标题 without its date
    assert [s.title for s in doc.sections] == ["一、总体要求", "二、重点任务"]


def test_a_collectors_note_in_a_double_spaced_copy():
    spaced = "\n\n".join(l for l in (NOTE + OPINION).splitlines() if l.strip()) + "\n"
    cleaned = clean_text(spaced, source_file="note.md")
    assert sum(r.rule == "collector-note" for r in cleaned.removed) == 6


def test_two_labelled_lines_or_labels_naming_no_source_stay():
    form = "姓名：张某某\n单位：某某公司\n职务：技术员\n\n" + OPINION
    cleaned = clean_text(form, source_file="form.txt")
    assert not any(r.rule == "collector-note" for r in cleaned.removed)


CHAPTERS = ["第一章 坚持创新驱动 加快构建支撑全市高质量发展的现代化产业体系和先进制造业集群",
            "第二章 深化改革开放 着力打造更高水平开放型经济新体制和市场化法治化国际化一流营商环境",
            "第三章 推进城乡融合发展 促进区域协调发展和以人为核心的新型城镇化建设取得更大突破",
            "第四章 加强规划实施保障"]
SECTIONS = ["第一节 发展基础", "第二节 发展环境", "第三节 指导思想"]


def test_a_plans_outline_with_long_chapter_names_is_contents():
    outline = [CHAPTERS[0], *SECTIONS] + [x for c in CHAPTERS[1:] for x in (c, *SECTIONS[:2])]
    text = ("某某市国民经济和社会发展第十五个五年规划纲要\n\n目录\n\n" + "\n\n".join(outline)
            + "\n\n本纲要依据某某市委关于制定第十五个五年规划的建议编制，主要阐明全市发展的指导思想和主要目标，是今后五年的行动纲领。\n\n"
            + CHAPTERS[0] + "\n\n" + SECTIONS[0] + "\n\n过去五年，全市经济总量持续扩大，发展质量稳步提升。\n\n"
            + SECTIONS[1] + "\n\n当前，外部环境复杂多变，机遇和挑战并存。\n")
    cleaned = clean_text(text, source_file="plan.txt")
    gone = {r.text.strip() for r in cleaned.removed if r.rule == "contents-box"}
    assert "目录" in gone and set(CHAPTERS[1:]) <= gone
    doc = structure_document(cleaned)
    assert [s.title.replace(" ", "") for s in doc.sections] == [CHAPTERS[0].replace(" ", "")]


TEMPLATE = ["某某省人民政府办公厅", " 无障碍", "我的收藏", "高级搜索", "搜索位置", "标题", "全文", "排序方式",
            "按时间", "按相关度", "规章", "下载文字版"]
HEADLINE = "某某省人民政府关于印发某某办法的通知"


def test_the_template_between_a_page_title_and_its_headline_goes():
    text = HEADLINE + "\n" + "\n".join(TEMPLATE) + "\n" + HEADLINE + "\n\n" + OPINION
    cleaned = clean_text(text, source_file="page.txt")
    gone = {r.text for r in cleaned.removed if r.rule == "title-band"}
    assert gone == set(TEMPLATE)
    assert structure_document(cleaned).title == HEADLINE


def test_a_title_block_between_two_copies_stays():
    text = HEADLINE + "\n某某省人民政府\n2025年6月3日\n" + HEADLINE + "\n\n" + OPINION
    cleaned = clean_text(text, source_file="page.txt")
    assert not any(r.rule == "title-band" for r in cleaned.removed)
