"""Chinese document kinds the corpus showed (issue #11): laws, parallel headings, topic lines,
an amended text's date. Each case is made of invented words, one phenomenon at a time."""
from __future__ import annotations

from structure.helpers import all_paragraphs
from structure.test_rules import BODY, doc_of, outline

LONG = BODY * 2


def test_law_chapters_sections_and_run_in_articles():
    articles = "".join(f"第{n}条　本法所称的事项按照{n}号规定办理。\n国家保障本条的实施。\n" for n in "一二三四五六")
    text = ("某某法\n序　　言\n" + BODY + "\n第一章　总则\n" + articles + "第二章　机构\n第一节　委员会\n"
            + "第七条　委员会由下列人员组成：\n（一）主任；\n（二）委员若干人。\n第二节　法院\n第八条　法院独立审判。\n")
    doc = doc_of(text)
    assert outline(doc) == [(1, "序　　言"), (1, "第一章　总则"), (1, "第二章　机构"),
                            (2, "第一节　委员会"), (2, "第二节　法院")]
    leads = [p.lead for p in all_paragraphs(doc) if p.lead]
    assert leads == ["第一条", "第二条", "第三条", "第四条", "第五条", "第六条", "第七条", "第八条"]
    assert "国家保障本条的实施。" in [p.text for p in all_paragraphs(doc)]   # a law's clause: not a heading


def test_parallel_clause_headings_then_a_numbered_series_beside_them():
    years = "".join(f"这五年，我们推进{w}，取得新进展。\n{LONG}\n" for w in ("改革", "开放", "创新"))
    numbered = "".join(f"（{n}）{w}稳中有进。\n{LONG}\n" for n, w in zip("一二", ("经济", "产业")))
    doc = doc_of("报告\n一、回顾\n" + years + "各位代表！" + LONG + "\n" + numbered + "二、任务\n" + LONG)
    assert [lvl for lvl, _ in outline(doc)] == [1, 2, 2, 2, 2, 2, 1]


def test_standalone_topic_lines_before_long_paragraphs_are_headings():
    doc = doc_of("报告\n一、回顾\n产业结构持续优化。\n" + LONG + "\n民生福祉不断增进。\n" + LONG)
    assert outline(doc) == [(1, "一、回顾"), (2, "产业结构持续优化。"), (2, "民生福祉不断增进。")]


def test_a_short_sentence_before_a_short_line_is_body():
    doc = doc_of("报告\n一、回顾\n" + LONG + "\n水库、粮库、钱库。\n指三个库。\n二、任务\n" + LONG)
    assert outline(doc) == [(1, "一、回顾"), (1, "二、任务")]


def test_an_amended_text_is_dated_by_its_latest_amendment():
    text = ("某某法\n（1982年12月4日第五届会议通过　1982年12月4日公布施行\n"
            "根据1988年4月12日会议通过的《修正案》和2018年3月11日会议通过的《修正案》修正）\n"
            "第一章　总则\n" + BODY)
    doc = doc_of(text)
    assert doc.date == "2018-03-11"
    assert doc.subtitle.startswith("（1982年12月4日")            # the adoption stays in the front matter
    assert doc.front and "2018年3月11日" in doc.front[0].text


def test_an_adoption_note_without_amendments_keeps_its_date():
    doc = doc_of("某某条例\n（2001年5月1日第三次会议通过）\n第一章　总则\n" + BODY)
    assert doc.date == "2001-05-01"


def test_a_lone_opening_bracket_belongs_to_the_next_line():
    doc = doc_of("报告\n一、回顾\n（一）经济稳中有进\n" + LONG + "\n（\n二）改革持续深化\n" + LONG)
    assert outline(doc) == [(1, "一、回顾"), (2, "（一）经济稳中有进"), (2, "（二）改革持续深化")]


def test_a_stray_question_mark_does_not_change_a_headings_shape():
    doc = doc_of("报告\n一、回顾\n（一）经济稳中向好？\n" + LONG + "\n（二）改革持续深化？\n" + LONG
                 + "\n（三）民生不断改善\n" + LONG + "\n（四）为什么要改革？\n" + LONG)
    assert [lvl for lvl, _ in outline(doc)][:4] == [1, 2, 2, 2]


def test_glossary_entries_are_not_headings():
    entries = "".join(f"{n}.“两{w}”：是指{w}方面的工作。\n" for n, w in zip("123", "重新旧"))
    doc = doc_of("报告\n一、回顾\n" + LONG + "\n名词解释\n" + entries + LONG)
    assert outline(doc) == [(1, "一、回顾"), (1, "名词解释")]


def test_a_lone_one_sentence_intro_is_not_a_topic_heading():
    doc = doc_of("报告\n一、回顾\n今年是关键的一年。\n" + LONG + "\n二、任务\n" + LONG)
    assert outline(doc) == [(1, "一、回顾"), (1, "二、任务")]


def test_topic_lines_nest_under_parallel_clause_headings():
    group = "".join(f"五年来，我们推进{w}，取得新进展。\n{w}持续优化。\n{LONG}\n{w}不断加强。\n{LONG}\n"
                    for w in ("改革", "开放", "创新"))
    doc = doc_of("报告\n一、回顾\n" + LONG + "\n" + group)
    assert [lvl for lvl, _ in outline(doc)] == [1] + [2, 3, 3] * 3


def test_an_inline_highlighted_term_rejoins_its_sentence():
    doc = doc_of("报告\n一、回顾\n" + LONG + "\n全面推行\n揭榜挂帅\n。\n" + LONG)
    assert "全面推行揭榜挂帅。" in [p.text for p in all_paragraphs(doc)]


def test_thematic_subtitle_dateline_and_a_speaker_without_a_space():
    doc = doc_of("1984年政府工作报告\n政府工作报告\n当前的经济形势和今后的任务\n"
                 "——1984年5月15日在第六届全国人民代表大会第二次会议上\n国务院总理某某某\n各位代表：\n" + LONG)
    assert (doc.title, doc.subtitle, doc.date) == ("1984年政府工作报告", "当前的经济形势和今后的任务", "1984-05-15")
    assert [(a.role, a.name) for a in doc.authors] == [("国务院总理", "某某某")]
    assert doc.front[0].text.startswith("——1984年5月15日")
    assert not doc.sections


def test_a_dateline_without_a_dash_with_the_speaker_glued():
    doc = doc_of("2026年某某省政府工作报告\n2026年1月25日在某某省第十四届人民代表大会第五次会议上某某省省长某某\n各位代表：\n" + LONG)
    assert doc.subtitle == "2026年1月25日在某某省第十四届人民代表大会第五次会议上"
    assert doc.date == "2026-01-25" and [(a.role, a.name) for a in doc.authors] == [("某某省省长", "某某")]


def test_a_dateline_with_horizontal_bars_and_an_editors_note():
    doc = doc_of("政府工作报告（文字实录）\n――2020年5月22日在第十三届全国人民代表大会第三次会议上\n"
                 "国务院总理　某某某\n（根据直播整理）\n各位代表：\n" + LONG)
    assert doc.date == "2020-05-22" and doc.authors and not doc.sections
    assert doc.front[0].text == "（根据直播整理）"


def test_dash_leads_come_in_runs():
    run = "".join(f"——{w}。{BODY}\n" for w in ("经济平稳快速增长", "改革开放进一步深化，成效明显"))
    doc = doc_of("报告\n一、回顾\n" + run + "——这是一个独立的破折号段落。" + BODY + "\n二、任务\n" + BODY)
    leads = [p.lead for p in all_paragraphs(doc)]
    assert leads[:2] == ["——经济平稳快速增长。", "——改革开放进一步深化，成效明显。"]


def test_a_lone_dash_paragraph_has_no_lead():
    doc = doc_of("报告\n一、回顾\n" + BODY + "\n——这是一个独立的破折号段落。" + BODY + "\n" + BODY)
    assert not any(p.lead for p in all_paragraphs(doc))


def test_a_numbered_sentence_heading_followed_by_its_topic_lines():
    doc = doc_of("报告\n一、任务\n（一）加快构建现代化产业体系。\n制造业持续升级。\n" + LONG + "\n服务业提质增效。\n" + LONG
                 + "\n（二）着力扩大有效需求。\n" + LONG)
    assert [lvl for lvl, _ in outline(doc)] == [1, 2, 3, 3, 2]


def test_no_title_line_takes_the_first_heading_with_a_warning():
    from pipeline import log
    log.collected.clear()
    doc = doc_of("各位代表：\n" + LONG + "\n一、回顾\n" + LONG)
    assert doc.title == "一、回顾"
    assert any("first heading" in str(w) for w in log.collected)


def test_no_title_and_no_heading_falls_back_to_the_file_name():
    doc = doc_of("各位代表：\n" + LONG + "\n" + LONG)
    assert doc.title == "t"


def test_a_laws_preamble_has_no_run_in_leads():
    articles = "".join(f"第{n}条　本法所称的事项按照{n}号规定办理。\n" for n in "一二三四五")
    preamble = "中国是历史悠久的国家。" + BODY + "\n台湾是神圣领土的一部分。" + BODY + "\n"
    doc = doc_of("某某法\n序　　言\n" + preamble + "第一章　总则\n" + articles)
    assert [p.lead for p in all_paragraphs(doc) if p.lead] == ["第一条", "第二条", "第三条", "第四条", "第五条"]
