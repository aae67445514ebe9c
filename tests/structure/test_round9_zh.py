"""Check set 6, Chinese (round9zh, issue #11): body lines a chrome rule must never take, and the
structure of pages no earlier set had. Made-up words; every rule with the cases it must leave alone."""
from __future__ import annotations

from pipeline.clean import clean_text
from pipeline.structure import structure_document

from .helpers import levels

P1 = "为规范本市公共图书馆的管理，保障读者的合法权益，根据有关法律法规，结合本市实际，制定本办法。"
P3 = "读者应当遵守图书馆的各项规章制度，爱护馆藏文献和设施设备，维护良好的阅读秩序和环境。"
P2 = "本办法适用于本市行政区域内公共图书馆的设立、运行和服务等活动，法律另有规定的从其规定。"


def _doc(lines: list[str]):
    return structure_document(clean_text("\n".join(lines) + "\n", source_file="x.txt"))


def test_the_last_bold_heading_of_a_raw_html_body_is_no_footer_island():
    html = ("<p>各区人民政府：</p><p> 现将《某某市读书月活动方案》印发给你们，请认真组织实施。</p>"
            "<p style=\"text-align: center;\"><strong>某某市读书月活动方案</strong></p><p><br/></p>"
            f"<p> {P1}</p><p><br/></p><p><strong> 一、工作目标</strong></p><p>{P2}</p>"
            "<p><br/></p><p><strong> 二、主要任务</strong></p><p><strong><br/></strong></p>")
    cleaned = clean_text("某某法规库\n发布日期:2020年01月02\n" + html + "\n", source_file="x.txt")
    texts = [line.strip() for line in cleaned.lines]
    assert "二、主要任务" in texts and "一、工作目标" in texts


def test_an_articles_enacting_words_over_it_are_no_site_intro():
    lines = ["第5/2020號法律", "", "立法會根據《某某特別行政區基本法》第七十一條(一)項，制定本法律。",
             "第一條 《某某公報》", "一、" + P1, "第二條 適用範圍", P2]
    cleaned = clean_text("\n".join(lines) + "\n", source_file="x.txt")
    assert any("制定本法律" in line for line in cleaned.lines)


def test_articles_standing_alone_with_their_titles_are_headings():
    lines = ["某某條例", "", "第一條* 目的", P1, "第二條 適用範圍", P2, "第三條 定義*", P3]
    doc = _doc(lines)
    assert [(lvl, title.replace(" ", "")) for lvl, title in levels(doc)] == \
        [(1, "第一條*目的"), (1, "第二條適用範圍"), (1, "第三條定義*")]


def test_articles_that_run_into_their_text_stay_run_in():
    lines = ["某某条例", "", "第一条 " + P1, "第二条 " + P2, "第三条 为了加强管理，制定本条例。", P1]
    assert levels(_doc(lines)) == []


def test_an_article_number_alone_or_with_a_clause_is_no_titled_heading():
    from pipeline.structure.headings import _titled_article
    assert _titled_article("第二條 公佈", P1)
    assert _titled_article("第三条 适用范围*", P2)
    assert not _titled_article("第二条", P1)                    # no title: the number runs in
    assert not _titled_article("第二条 本办法所称图书馆，是指", P1)   # a clause, not a title
    assert not _titled_article("第二條 公佈", "")                # nothing under it
    assert not _titled_article("第二條 公佈", "第三條 範圍")       # a list of article titles (contents)


def test_a_mobile_wikisource_header_on_one_line_and_edit_links_glued_before_sections_go():
    lines = ["第5/2020號法律 (2021年)", "← | 第5/2020號法律 (2015年) | 第5/2020號法律 某某制度 2021年3月1日 |",
             "第一條 目的", "編輯一、" + P1, "第二條 適用範圍", "編輯" + P2, "編輯部的意見如下。"]
    cleaned = clean_text("\n".join(lines) + "\n", source_file="x.txt")
    assert not any(line.startswith("←") for line in cleaned.lines)
    assert "一、" + P1 in cleaned.lines and P2 in cleaned.lines
    assert "編輯部的意見如下。" in cleaned.lines   # under a sentence: the word stays


def test_one_edit_word_opening_a_line_under_a_heading_stays():
    lines = ["某某工作总结", "", "一、工作情况", "编辑部全体同志" + P1, P2]
    cleaned = clean_text("\n".join(lines) + "\n", source_file="x.txt")
    assert "编辑部全体同志" + P1 in cleaned.lines


def test_a_portals_attachment_link_headline_again_page_id_and_friend_links_go_after_the_article():
    head = "某某市文化和旅游局发布《某某市旅游发展规划纲要》"
    lines = ["当前位置: 首页>新闻中心>要闻", "", head, "", "发表时间: 2022-05-06 09:30", "", P1, "", P2, "",
             "某某市旅游发展规划纲要.pdf", "", head, "", "20220506", "", "友情链接"]
    cleaned = clean_text("\n".join(lines) + "\n", source_file="x.txt")
    assert [line for line in cleaned.lines if line.strip()] == [head, P1, P2]


def test_a_file_name_inside_the_text_and_a_number_before_the_last_sentence_stay():
    lines = ["某某工作报告", "", P1, "详见附件某某名单.xlsx", "20220506", P2]
    cleaned = clean_text("\n".join(lines) + "\n", source_file="x.txt")
    assert "详见附件某某名单.xlsx" in cleaned.lines and "20220506" in cleaned.lines


def test_a_headline_cut_inside_its_title_mark_goes_over_the_whole_title_set_on_three_lines():
    lines = ["您的位置:主页 > 公告 > 资讯", "", "《某某省进一步支持民间投资发展实施", "",
             "某某省人民政府办公厅关于印发某某省", "", "进一步支持民间投资发展", "", "实施方案的通知", "",
             "各地级以上市人民政府：", "", "《某某省进一步支持民间投资发展的实施方案》已经省人民政府同意，现印发给你们，请认真组织实施。",
             "", "某某省人民政府办公厅", "2023年3月17日", "", "某某省进一步支持民间投资发展的实施方案", "",
             "一、发挥重大项目牵引作用", "", P1, "", "二、完善要素保障机制", "", P2]
    doc = _doc(lines)
    assert doc.title == "某某省人民政府办公厅关于印发某某省进一步支持民间投资发展实施方案的通知"
    assert levels(doc) == [(1, "某某省进一步支持民间投资发展的实施方案"), (2, "一、发挥重大项目牵引作用"),
                           (2, "二、完善要素保障机制")]


def test_a_headline_whose_name_the_lines_under_it_do_not_hold_stays():
    from dataclasses import replace as _replace
    from pipeline.clean import BOILERPLATE_RULES
    from pipeline.clean.page import Page
    rule = dict(BOILERPLATE_RULES)["cut-headline"]
    page = rule(_replace(Page.from_text("《某某市图书馆管理办法\n" + P1 + "\n" + P2), rule="cut-headline"))
    assert not page.removed


def test_a_traditional_wiki_mirrors_related_entries_go_with_the_footer():
    lines = ["某市某區2010年政府工作報告", "", "現在，我代表區人民政府，向大會作政府工作報告，請予審議，並請各位提出意見。",
             "一、工作回顧", "全年地區生產總值增長百分之十，財政收入穩步增長，民生事業全面進步，社會保持和諧穩定。",
             "相關詞條", "某市某區2009年政府工作報告 某市某區2011年政府工作報告", "本站內容僅供參考 | 關於我們 | 聯繫我們"]
    cleaned = clean_text("\n".join(lines) + "\n", source_file="x.txt")
    assert cleaned.lines[-1].startswith("全年地區生產總值")


def test_a_press_releases_link_bar_with_single_spaces_and_its_asterisk_rule_go():
    lines = ["繁體版 英文版 寄給朋友 某某新聞網", "某某局局長在某某論壇致辭", "*" * 30, "",
             "  今天我很榮幸出席本次論壇，與各位嘉賓一同探討城市發展的新機遇，並分享本局過去一年的工作成果。"]
    cleaned = clean_text("\n".join(lines) + "\n", source_file="x.txt")
    assert [line for line in cleaned.lines if line.strip()][0] == "某某局局長在某某論壇致辭"
    assert not any(line.strip().startswith("***") for line in cleaned.lines)


def test_a_headline_with_single_spaces_and_a_short_markdown_rule_stay():
    lines = ["某某 政府 工作报告", "***", P1, P2]
    cleaned = clean_text("\n".join(lines) + "\n", source_file="x.txt")
    assert "某某 政府 工作报告" in cleaned.lines


def test_an_essay_sites_trail_and_headline_go_and_the_texts_own_title_stays():
    lines = ["某某网 资料文库 村委会工作总结范文", "", "村委会工作总结范文", "", "村委会工作总结", "", "各位村民：", "",
             P1, "", "一、主要工作", "", "——基础设施逐步完善", "", P2 + P3, "", "——公共服务持续改善", "", P3 + P1]
    doc = _doc(lines)
    assert doc.title == "村委会工作总结"
    assert levels(doc) == [(1, "一、主要工作"), (2, "——基础设施逐步完善"), (2, "——公共服务持续改善")]


def test_a_single_dash_line_and_a_dash_dateline_are_no_heads():
    one = _doc(["某某镇政府工作报告", "", "一、主要工作", "", "——基础设施逐步完善", "", P2 + P3])
    assert levels(one) == [(1, "一、主要工作")]
    from pipeline.structure.headings import _dash_head
    from collections import Counter
    series = Counter({("dash",): 3})
    assert _dash_head("——经济持续健康稳步增长", series, P1)
    assert not _dash_head("——在某某镇第三届人民代表大会上", series, P1)
    assert not _dash_head("——经济增长，结构优化", series, P1)   # a clause mark: a sentence's piece
    assert not _dash_head("——经济持续健康稳步增长", Counter({("dash",): 1}), P1)


def test_a_template_sites_tag_category_cell_speaker_placeholder_and_stray_page_number():
    lines = ["村委会，工作报告", "", "| 报告 |", "", "【www.example.com--报告】", "", "XX村村委会工作报告", "",
             "2015年 月 日", "", "主任 XX", "", "各位代表:", "", P1, "", "2014年工作回顾", "", P2, "",
             "一、一年来，我们致力于发展特色产业，基础进一步夯实", "", "1", "",
             "特色产业稳步发展。全年新建蔬菜大棚一百二十座，培育种植大户三十户，带动农户增收明显。"]
    doc = _doc(lines)
    cleaned = clean_text("\n".join(lines) + "\n", source_file="x.txt")
    assert "| 报告 |" not in cleaned.lines and "【www.example.com--报告】" not in cleaned.lines and "1" not in cleaned.lines
    assert [t for _, t in levels(doc)] == ["2014年工作回顾", "一、一年来，我们致力于发展特色产业，基础进一步夯实"]


def test_a_number_in_a_column_or_under_a_label_stays():
    lines = ["某某统计表", "", "项目数量：", "", "12", "", P1, "", "序号", "", "1", "", "2", "", P3]
    cleaned = clean_text("\n".join(lines) + "\n", source_file="x.txt")
    assert "12" in cleaned.lines and "1" in cleaned.lines and "2" in cleaned.lines


def test_an_articles_numbered_paragraphs_are_its_clauses_not_run_in_leads():
    from .helpers import all_paragraphs
    lines = ["某某條例", "", "第一條 目的", "一、本條例旨在規範公共圖書館的管理。讀者的合法權益受本條例保障，任何人不得侵犯。",
             "二、本條例所稱圖書館，是指向公眾開放的圖書館。其設立應經主管部門批准，並公開服務時間。",
             "第二條 適用範圍", P2]
    doc = _doc(lines)
    assert not [p.lead for p in all_paragraphs(doc) if p.lead]
