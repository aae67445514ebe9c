"""Check set 7, Chinese (round10zh, issue #11): title, speaker and front matter of pages no earlier
set had. Made-up words; every rule with the case it must leave alone."""
from __future__ import annotations

from pipeline.clean import clean_text
from pipeline.structure import structure_document

P1 = "过去一年，我们坚持稳中求进，全力推动经济社会发展，各项工作取得了新的成效。"
P2 = "全年完成地区生产总值一百二十亿元，同比增长百分之八，财政收入稳步增长，民生持续改善。"


def _doc(lines: list[str]):
    return structure_document(clean_text("\n".join(lines) + "\n", source_file="x.txt"))


def test_a_glued_speaker_under_a_wrapped_dateline_is_no_title():
    lines = ["2021年3月2日在某某市某某区", "第五届人民代表大会第一次会议上", "区人民政府区长李某某",
             "各位代表：", "现在，我代表区人民政府向大会作政府工作报告，请予审议。", "一、过去一年工作回顾", P1, P2]
    doc = _doc(lines)
    assert doc.title != "区人民政府区长李某某"
    assert any(a.name == "李某某" for a in doc.authors)


def test_a_glued_role_and_name_with_no_dateline_over_it_is_left_alone():
    lines = ["区人民政府区长李某某", "", P1, P2]
    assert _doc(lines).title == "区人民政府区长李某某"


def test_a_congress_file_label_under_the_title_is_no_author():
    lines = ["政府工作报告", "", "某某市某某区第九届人民代表大会", "", "(03)", "", "政 府 工 作 报 告", "",
             "——2022年1月6日在区第九届人民代表大会第一次会议上", "", "区长  李某某", "", "各位代表：", "",
             "现在，我代表区人民政府向大会报告工作，请予审议。", "", "一、过去一年工作回顾", "", P1, "", P2]
    doc = _doc(lines)
    assert [a.name for a in doc.authors] == ["李某某"]


def test_a_congress_named_alone_is_no_person_called_dahui():
    from pipeline.structure.front import speaker_line
    assert not speaker_line("某某市某某区第九届人民代表大会")
    assert speaker_line("区人民政府区长李某某")


def test_a_masked_author_field_over_the_date_is_no_part_of_the_title():
    text = "某某局档案管理暂行办法\n××\n2019-05-06 10:20:30\n第一章　总　则\n    第一条   " + P1 + "\n    第二条   " + P2 + "\n"
    cleaned = clean_text(text, source_file="x.txt")
    assert "××" not in [line.strip() for line in cleaned.lines]
    assert structure_document(cleaned).title == "某某局档案管理暂行办法"


def test_a_mask_inside_the_text_stays():
    text = "某某局档案管理暂行办法\n\n第一章　总　则\n" + P1 + "\n××\n" + P2 + "\n"
    cleaned = clean_text(text, source_file="x.txt")
    assert "××" in [line.strip() for line in cleaned.lines]


def test_an_occasion_kicker_over_a_news_headline_is_front_matter():
    lines = ["在县政府第12次常务会议上", "县长某某强调 抓好春耕生产 确保粮食安全", "", P1, "", P2]
    doc = _doc(lines)
    assert doc.title.startswith("县长某某强调")


def test_a_speech_title_at_a_meeting_stays_the_title():
    lines = ["在全县春耕生产工作会议上的讲话", "", P1, "", P2]
    assert _doc(lines).title == "在全县春耕生产工作会议上的讲话"


def test_the_print_bars_save_button_goes():
    text = "某某新闻标题在这里\n来源：某某办\n打印\n保存\n收藏\n" + P1 + "\n" + P2 + "\n"
    kept = [line.strip() for line in clean_text(text, source_file="x.txt").lines]
    assert "保存" not in kept and P1 in kept


def test_a_writing_sites_bracketed_cut_for_members_goes():
    text = "某某讲话提纲\n" + P1 + "\n" + P2 + "我代\n……(某某范文网https://example.org省略1200字,正式会员可完整阅读)\n"
    kept = [line.strip() for line in clean_text(text, source_file="x.txt").lines]
    assert not any("会员" in line for line in kept) and any(line.endswith("我代") for line in kept)


def test_a_bracketed_sentence_about_members_stays():
    text = "某某讲话提纲\n" + P1 + "\n（会员代表大会审议通过了章程修正案，省略号不算）\n" + P2 + "\n"
    kept = [line.strip() for line in clean_text(text, source_file="x.txt").lines]
    assert any("会员代表大会" in line for line in kept)


def test_an_issued_list_quoting_a_report_heads_its_annex():
    from .helpers import levels
    lines = ["某府办〔2021〕3号", "关于印发2021年政府工作报告重点工作分工的通知", "各区人民政府，市政府各部门：",
             "现将《2021年〈政府工作报告〉重点工作分工》印发给你们，请认真贯彻执行。", "某某市人民政府办公室",
             "2021年3月1日", "2021年《政府工作报告》重点工作分工", "一、推动经济高质量发展",
             "（一）加快建设先进制造业基地。" + P1, "二、持续改善民生", "（二）办好民生实事。" + P2]
    got = [(lvl, t.replace(" ", "")) for lvl, t in levels(_doc(lines))]
    assert got[:2] == [(1, "2021年《政府工作报告》重点工作分工"), (2, "一、推动经济高质量发展")]


def test_a_report_glued_to_its_dateline_after_a_resolution_heads_the_report():
    from .helpers import levels
    lines = ["某某区人民代表大会关于政府工作报告的决议", "",
             " 某某区第九届人民代表大会第一次会议，听取和审查了区长代表区人民政府所作的政府工作报告。会议决定批准这个报告。", "",
             "  政 府 工 作 报 告 ——2021 年 1 月 6 日在某某区第九届 人民代表大会第一次会议上", "",
             " 某某市某某区人民政府区长", "", " 李某某", "", " 各位代表:", "", " " + P1, "",
             " 一、2020 年工作回顾", "", " " + P2]
    got = [(lvl, t.replace(" ", "")) for lvl, t in levels(_doc(lines))]
    assert [lvl for lvl, _ in got] == [1, 2]
    assert got[0][1].startswith("政府工作报告") and got[1][1] == "一、2020年工作回顾"


def test_a_name_under_an_office_line_over_the_salutation_is_no_heading():
    from .helpers import levels
    lines = ["关于某某工作的报告", "", "某某县人民政府县长", "", "张某某", "", "各位代表：", "", P1, "",
             "一、主要工作", "", P2]
    assert [t for _, t in levels(_doc(lines))] == ["一、主要工作"]
