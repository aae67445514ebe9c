"""Chinese laws and regulations beyond the constitution (issue #11): an act of articles only, its
promulgation notes, article numbers glued to their text. Made-up variants, one rule each, and what
each rule must leave alone. The real documents are tests/corpus/extra/docs/xz4_*.txt, xz5_*.txt."""
from __future__ import annotations

from pipeline.structure import signals as sg
from structure.helpers import all_paragraphs
from structure.test_rules import doc_of, outline

NUMS = "一二三四五六七"


def _leads(doc):
    return [p.lead for p in all_paragraphs(doc) if p.lead]


def test_article_numbers_glued_to_their_text_run_in():
    """A PDF's text layer prints '第一条为了…' without the space: still the article's number."""
    articles = "".join(f"第{n}条某某事项按照规定办理，具体办法另行制定。\n" for n in NUMS)
    doc = doc_of("某某管理条例\n" + articles)
    assert _leads(doc) == [f"第{n}条" for n in NUMS]
    assert outline(doc) == []


def test_a_sentence_opening_with_an_article_reference_is_no_article():
    for text in ("第三条规定的事项，依照本法办理。", "第五条第一款所列人员不得担任。", "第九条中的期限自公布之日起计算。",
                 "第十条所称单位包括企业。", "第五条之一的规定同样适用。"):
        assert not sg.ARTICLE.match(text), text
    for text in ("第一条为了规范某事，制定本办法。", "第十四条中国国籍的取得，必须办理手续。", "第二条　本法适用于全国。"):
        assert sg.ARTICLE.match(text), text


def test_enumerated_conditions_inside_an_act_of_articles_only_are_not_headings():
    """'一、…；' items inside an article of an act without chapters are its clauses."""
    articles = "".join(f"第{n}条 某某事项按照规定办理，具体办法另行制定。\n" for n in NUMS[:5])
    doc = doc_of("某某法\n" + articles + "第六条 具有下列条件之一的，可以申请：\n    一、某某的近亲属；\n"
                 "    二、定居在本地的；\n    三、有其他正当理由。\n第七条 本法自公布之日起施行。")
    assert outline(doc) == []
    assert _leads(doc) == [f"第{n}条" for n in NUMS]


def test_promulgation_notes_under_the_title_are_front_matter_and_date_the_act():
    articles = "".join(f"第{n}条 某某事项按照规定办理，具体办法另行制定。\n" for n in NUMS)
    doc = doc_of("某某条例\n2001年12月11日 国务院令第335号公布\n2002年1月1日起施行\n" + articles)
    assert doc.title == "某某条例"
    assert doc.date == "2001-12-11"
    assert outline(doc) == []
    texts = [p.text for p in all_paragraphs(doc)]
    assert "2001年12月11日 国务院令第335号公布" in texts and texts.index("2001年12月11日 国务院令第335号公布") < 2


def test_a_promulgation_order_over_the_title_block_lines_is_front_matter():
    articles = "".join(f"第{n}条 某某事项按照规定办理，具体办法另行制定。\n" for n in NUMS)
    doc = doc_of("某某法\n中华人民共和国主席令\n（第四十八号）\n2011年6月30日 某某会议通过\n" + articles)
    assert doc.title == "某某法" and outline(doc) == []
    assert doc.date == "2011-06-30"   # the note after the order lines is still read


def test_a_dated_sentence_after_the_title_is_not_a_promulgation_note():
    """A report's first paragraph that opens with a date is its text, not front matter."""
    body = "2025年全省经济运行总体平稳，各项工作取得新的进展，人民生活持续改善，社会大局保持稳定。"
    doc = doc_of("某某工作报告\n" + body + "\n一、回顾\n" + body)
    assert outline(doc) == [(1, "一、回顾")]
    assert not sg.numbering(body)


def test_the_short_title_repeated_as_a_marked_line_is_not_a_part():
    """'## 国籍法' under '# 中华人民共和国国籍法': the act's short title, not a part holding every article."""
    articles = "".join(f"第{n}条 某某事项按照规定办理，具体办法另行制定。\n\n" for n in NUMS)
    doc = doc_of("# 中华人民共和国某某法\n1980年9月10日 全国人民代表大会通过\n## 某某法\n" + articles)
    assert doc.title == "中华人民共和国某某法"
    assert outline(doc) == []
    assert _leads(doc) == [f"第{n}条" for n in NUMS]


def test_a_codes_books_hold_its_chapters_and_sections():
    """第一编 (a book of a code) over 第一章 over 第一节: three levels; a sub-book 第一分编 between."""
    art = iter(f"第{n}条某某事项按照规定办理，具体办法另行制定。" for n in "一二三四五六七八九十")
    text = "\n".join(["某某法典", "第一编总则", "第一章基本规定", next(art), next(art), "第二章主体", "第一节一般规定",
                      next(art), "第二节监护", next(art), "第二编物权", "第一分编通则", "第一章一般规定", next(art), next(art)])
    doc = doc_of(text)
    assert outline(doc) == [(1, "第一编总则"), (2, "第一章基本规定"), (2, "第二章主体"), (3, "第一节一般规定"),
                            (3, "第二节监护"), (1, "第二编物权"), (2, "第一分编通则"), (3, "第一章一般规定")]


def test_a_laws_items_cut_at_a_line_end_are_not_headings():
    """'（三）其他愿意担任的个人或者组织，但是须经' (an item wrapped at the page width, no end mark) is a
    clause of its article, not a heading, in a law."""
    articles = "".join(f"第{n}条　某某事项按照规定办理，具体办法另行制定。\n" for n in NUMS[:5])
    doc = doc_of("某某法\n第一章　总则\n" + articles + "第六条　由下列人员担任：\n（一）配偶；\n（二）其他近亲属\n"
                 "（三）其他愿意担任的个人或者组织，但是须经\n第七条　本法自公布之日起施行。")
    assert outline(doc) == [(1, "第一章　总则")]


def test_an_adoption_note_wrapped_at_the_page_width_is_one_subtitle():
    articles = "".join(f"第{n}条某某事项按照规定办理，具体办法另行制定。\n" for n in NUMS)
    doc = doc_of("某某法典\n（2020年5月28日某某代表大会第三次会议\n通过，2021年1月1日开始施行）\n" + articles)
    assert doc.subtitle == "（2020年5月28日某某代表大会第三次会议通过，2021年1月1日开始施行）"
    assert doc.date == "2020-05-28"
