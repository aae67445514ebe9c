"""Small cases, one rule each: title block, leads, fragments, wrapping, levels, language."""
from __future__ import annotations

from pipeline.model import Cleaned, Provenance
from pipeline.structure import structure_document
from pipeline.structure.front import iso_date, title_case
from structure.helpers import all_paragraphs, all_sections

BODY = "这是一段足够长的正文内容，用来说明这一部分的具体情况和各项工作的进展。"


def doc_of(text: str, **kw):
    lines = tuple(text.split("\n"))
    kw.setdefault("structure", "rules")   # these test the rules; tests/structure/test_labeller.py the labeller
    return structure_document(Cleaned(lines, tuple(range(1, len(lines) + 1)), (), (), Provenance("t.txt")), **kw)


def outline(doc):
    return [(s.level, s.title) for s in all_sections(doc)]


def test_wrapped_dateline_speaker_and_date():
    doc = doc_of("政府工作报告\n——2026年1月26日在某省第十四届\n人民代表大会第五次会议上\n某省省长 王某某\n各位代表：\n" + BODY)
    assert doc.subtitle == "——2026年1月26日在某省第十四届人民代表大会第五次会议上"
    assert doc.date == "2026-01-26"
    assert [(a.name, a.role, a.kind) for a in doc.authors] == [("王某某", "某省省长", "person")]
    assert [p.text for p in doc.front] == ["各位代表：", BODY]


def test_issuing_body_is_an_org_author():
    doc = doc_of("关于某事的报告\n某市人民政府\n" + BODY)
    assert [(a.name, a.kind) for a in doc.authors] == [("某市人民政府", "org")]


def test_iso_dates():
    assert iso_date("——２００９年３月５日在…") == "2009-03-05"
    assert iso_date("（二〇一〇年一月十二日）") == "2010-01-12"  # a day in Chinese numerals is read by value
    assert iso_date("（一九四二年五月二十三日）") == "1942-05-23"
    assert iso_date("十年来，三年间") == ""
    assert iso_date("2010年") == "2010"


def test_title_case_of_an_all_caps_english_title():
    assert title_case("ALICE'S ADVENTURES IN WONDERLAND") == "Alice's Adventures in Wonderland"


def test_numbered_parts_nest_below_unnumbered_parts():
    text = "报告\n第一部分回顾\n" + BODY + "\n一、经济\n" + BODY + "\n二、社会\n" + BODY + "\n第二部分任务\n" + BODY + "\n一、改革\n" + BODY
    text = text.replace("第一部分回顾", "2009年工作回顾").replace("第二部分任务", "2010年工作任务")
    assert outline(doc_of(text)) == [(1, "2009年工作回顾"), (2, "一、经济"), (2, "二、社会"),
                                     (1, "2010年工作任务"), (2, "一、改革")]


def test_standalone_sentence_headings_and_a_later_sibling_series():
    items = "".join(f"{n}是第{n}项工作做得很好。\n{BODY}\n" for n in "一二三")
    parallel = "".join(f"这是{w}的五年。\n{BODY}\n" for w in ("发展很快", "改革深入", "民生改善"))
    doc = doc_of("报告\n一、回顾\n" + BODY + "\n" + items + parallel + "二、任务\n" + BODY)
    levels = [lvl for lvl, _ in outline(doc)]
    assert levels == [1, 2, 2, 2, 2, 2, 2, 1]


def test_conventional_order_of_numbering_styles():
    doc = doc_of("报告\n一、甲\n（一）乙\n" + BODY + "\n1.丙\n" + BODY + "\n（二）丁\n" + BODY + "\n二、戊\n" + BODY)
    assert outline(doc) == [(1, "一、甲"), (2, "（一）乙"), (3, "1.丙"), (2, "（二）丁"), (1, "二、戊")]


def test_markdown_headings():
    doc = doc_of("报告\n# 总则\n" + BODY + "\n## 范围\n" + BODY + "\n# 附则\n" + BODY)
    assert outline(doc) == [(1, "总则"), (2, "范围"), (1, "附则")]   # the marks give the depth, not words


def test_run_in_leads_come_in_runs_and_numbered_ones_stand_alone():
    text = ("报告\n一、回顾\n2008年是极不平凡的一年。" + BODY + "\n"
            "（一）指导思想。" + BODY + "\n"
            "工业增长加快。" + BODY + "\n农业再获丰收。" + BODY + "\n"
            "——国民经济平稳增长。" + BODY)
    leads = [p.lead for p in all_paragraphs(doc_of(text))]
    # (r40) a dashed lead counts alone when its paragraph goes on: the dash marks a report's list item
    # (real reports' gold: tw1, wq8, wu8, xxn2, xxn3, xxz2, zu7, ry3); short leads still come in runs
    assert leads == ["", "（一）指导思想。", "工业增长加快。", "农业再获丰收。", "——国民经济平稳增长。"]


def test_glossary_entries_stay_as_written():
    """Terms and definitions of a glossary appendix are entries, not run-in leads (corpus gold)."""
    doc = doc_of("报告\n附件\n名词解释\n1.“四上”企业：\n指规模以上企业。\n2.“双一流”：\n指一流大学和一流学科。")
    assert outline(doc) == [(1, "附件\u3000名词解释")]
    assert [(p.lead, p.text) for p in all_paragraphs(doc)] == [
        ("", "1.“四上”企业："), ("", "指规模以上企业。"), ("", "2.“双一流”："), ("", "指一流大学和一流学科。")]


def test_a_glossary_term_outside_a_glossary_is_the_lead_of_its_definition():
    doc = doc_of("报告\n一、说明\n1.“四上”企业：\n指规模以上企业。\n2.“双一流”：\n指一流大学和一流学科。")
    assert [(p.lead, p.text) for p in all_paragraphs(doc)] == [
        ("1.“四上”企业：", "指规模以上企业。"), ("2.“双一流”：", "指一流大学和一流学科。")]


def test_fragments_are_glued_back():
    text = "报告\n一、环境\n空气质量改善，以PM\n2.5\n浓度下降为主线。\n今年经济社会发展的\n主要预期目标\n是：增长5%。\n孤立的句号\n。"
    texts = [p.text for p in all_paragraphs(doc_of(text))]
    assert texts == ["空气质量改善，以PM2.5浓度下降为主线。", "今年经济社会发展的主要预期目标是：增长5%。", "孤立的句号。"]


def test_hard_wrapped_chinese_is_joined_without_space():
    body = "甲" * 200 + "。"
    wrapped = "\n".join(body[i:i + 30] for i in range(0, len(body), 30))
    doc = doc_of("报告\n\n" + wrapped + "\n\n" + wrapped)
    assert [p.text for p in all_paragraphs(doc)] == [body, body]


def test_english_chapters_and_wrapped_paragraphs():
    text = ("THE BOOK OF THINGS\n\nJane Doe\n\nCHAPTER I. The Start\n\nIt was a long day, and the\nsun was hot.\n\n"
            "'Yes,' she said.\n\nCHAPTER II. The End\n\nNothing more.")
    doc = doc_of(text)
    assert doc.lang == "en" and doc.title == "The Book of Things"
    assert [a.name for a in doc.authors] == ["Jane Doe"]
    assert outline(doc) == [(1, "CHAPTER I. The Start"), (1, "CHAPTER II. The End")]
    assert doc.sections[0].paragraphs[0].text == "It was a long day, and the sun was hot."
    assert all(not p.lead for p in all_paragraphs(doc))


def test_lang_argument_overrides_detection():
    assert doc_of("报告\n" + BODY).lang == "zh-CN"
    assert doc_of("报告\n" + BODY, lang="zh-TW").lang == "zh-TW"


def test_irregular_indentation_does_not_split_a_level():
    text = "报告\n2009年工作回顾\n" + BODY + "\n 积极应对危机，经济实现发展\n" + BODY + "\n不断提升水平，城市呈现新貌\n" + BODY
    assert [lvl for lvl, _ in outline(doc_of(text))] == [1, 2, 2]


def test_english_title_case_headings_need_body_and_are_not_authors():
    text = ("A Short History\n\nThe Early Years\n\nIt began in a small town, long ago.\n\n"
            "Later Developments\n\nThen it grew.\n\n'Oh, Dear Me,' Said She\n\nShe said.")
    doc = doc_of(text)
    assert doc.authors == []
    assert outline(doc) == [(1, "The Early Years"), (1, "Later Developments")]


def test_english_by_line_is_the_author():
    doc = doc_of("A Short History\n\nby John Smith\n\nCHAPTER 1\n\nText.")
    assert [a.name for a in doc.authors] == ["John Smith"]


def test_traditional_chinese_is_zh_tw():
    assert doc_of("政府工作報告\n我們這個國家的經濟發展進入新時期，各項事業實現新進步。").lang == "zh-TW"


def test_a_long_text_without_headings_warns():
    from pipeline import log
    log.collected.clear()
    doc_of("报告\n" + "\n".join([BODY] * 25))
    assert any("no headings" in w.message and w.location == "t.txt:1" for w in log.collected)
