"""Evidence against a line as the title (round5, issue #11): a site's menu run together from its home
link. Made-up words."""
from __future__ import annotations

import pytest

from pipeline.structure.title_evidence import chrome_reason


@pytest.mark.parametrize("text, reason", [
    ("首頁某某之聲電臺某某基金會 images 某某平台", "the site's menu"),
    ("首页 新闻中心 政务公开 办事服务", "a breadcrumb"),           # spaced: the trail's own rule
    ("首页设计规范", ""),                                          # one piece: a title may open so
    ("首页改版工作方案 征求意见稿", ""),                           # two pieces
    ("首頁某某之聲，歡迎收聽 本台節目 每日更新", ""),               # a sentence mark
])
def test_glued_menu_from_the_home_link(text, reason):
    assert chrome_reason(text, english=False) == reason


from pipeline.structure.title_evidence import top_line_title  # noqa: E402


def test_a_title_with_a_sentence_case_subtitle_after_its_colon():
    lines = ["Regional Water Plan: Fiscal years 2022 to 2023 until 2026 to 2027", "Department of Harbours and Rivers",
             "The plan sets out what the department will evaluate and when it will do so."]
    assert top_line_title(lines, english=True) == lines[0]


def test_a_label_with_a_colon_or_a_long_sentence_is_no_title():
    assert top_line_title(["Note: this page is under review", "Department of Harbours and Rivers"], english=True) \
        == "Department of Harbours and Rivers"   # one word before the colon
    long = "Regional Water Plan: " + " ".join(["words"] * 20)
    assert top_line_title([long, "Department of Harbours and Rivers"], english=True) == "Department of Harbours and Rivers"


from pipeline.clean import clean_text  # noqa: E402
from pipeline.structure import structure_document  # noqa: E402

ZH_PROSE = "为进一步规范行政执法行为，依法保障行政相对人合法权益，市政府决定在全市推行说理性文书，请认真贯彻执行。"


def _title(text: str) -> str:
    return structure_document(clean_text(text, source_file="x.txt")).title


@pytest.mark.parametrize("headline, title", [
    ("某政办(2011)129号 转发某某市推行某某文书指导意见的通知", "转发某某市推行某某文书指导意见的通知"),
    ("某政办〔2020〕1号 关于印发某某工作方案的通知", "关于印发某某工作方案的通知"),
    ("某政办〔2020〕1号 某某工作会议纪要摘编", "某政办〔2020〕1号某某工作会议纪要摘编"),   # no kind of document at its end
])
def test_a_headline_filed_under_its_number(headline, title):
    assert _title(f"{headline}\n\n市政府直属各单位：\n\n{ZH_PROSE}\n") == title


def test_a_headline_glued_to_its_dateline_by_lost_indents():
    doc = structure_document(clean_text("关于某某市政府工作报告\n??2017年1月5日在某某市第十五届人民代表大会第一次会议上\n"
                                        "市长某某某\n各位代表:\n" + ZH_PROSE + "\n", source_file="x.txt"))
    assert doc.title == "关于某某市政府工作报告"
    assert doc.subtitle.startswith("2017年1月5日在")


def test_a_question_in_a_headline_is_no_lost_indent():
    assert _title("某某问题怎么办?\n\n市政府直属各单位：\n\n" + ZH_PROSE + "\n").startswith("某某问题怎么办")


EN_BODY = ("The Harbour Law of the People's Republic of China, adopted on March 15, 2000, is hereby promulgated "
           "and shall go into effect as of July 1, 2000.")


def _en_doc(headline: str):
    return structure_document(clean_text(f"{headline}\n\n{EN_BODY}\n\n{EN_BODY}\n", source_file="x.txt"))


def test_a_bilingual_headline_cut_mid_word_gives_its_chinese_half():
    doc = _en_doc("中华人民共和国港口法 Harbour Law of the People's Republ")
    assert doc.title == "中华人民共和国港口法"
    assert doc.subtitle == "Harbour Law of the People's Republ"   # the cut half stays for the reader


def test_a_whole_bilingual_headline_stays_whole():
    assert _en_doc("中华人民共和国港口法 Harbour Law of the People's Republic").title \
        == "中华人民共和国港口法 Harbour Law of the People's Republic"


LONG = ("Harbour Act No. 101 - AN ACT DEFINING THE USE AND PROTECTION OF THE HARBOURS OF THE ISLANDS, "
        "PROVIDING PENALTIES FOR VIOLATIONS THEREOF AND FOR OTHER PURPOSES")


def test_a_page_title_written_again_as_the_headline_is_the_title_and_the_tagline_between_is_front_matter():
    doc = _en_doc(f"{LONG}\n\nISLAND LAWS, STATUTES & CODES\n\n{LONG}")
    assert doc.title.startswith("Harbour Act No. 101")
    assert any("ISLAND LAWS" in p.text for p in doc.front)
    assert not any("ISLAND LAWS" in s.title for s in doc.sections)


def test_a_long_first_line_not_repeated_is_no_title():
    assert not _en_doc(f"{LONG}\n\nISLAND LAWS, STATUTES & CODES").title.startswith("Harbour Act No. 101")
