"""Issue #11 item 4: a line that only dates or places the text, or names its speaker, is never its
title; the title is the next title-shaped line, else the chain's next source (a heading that names
the document, a government work report's opening words, the first heading, the file name), and
the decision says which and why. Made-up variants, beside the titles that contain a date and stay.
The real document is tests/corpus/extra/docs/xk7 (a reprint that opens with its dateline)."""
from __future__ import annotations

import pytest

from pipeline import log
from pipeline.structure.front import en_date, kind_from_opening, naming_heading, not_a_title
from structure.test_rules import doc_of, outline

LONG = "这是一段足够长的正文内容，用来说明这一部分的具体情况和各项工作的进展，并且交代了原因。"
OPENING = "现在，我代表国务院，向大会作政府工作报告，请予审议。"
EN = ("The work of the past year was carried out under difficult conditions, and this report "
      "sets out what was done and what remains to be done in the year ahead.")


# -- what the opening line is ---------------------------------------------------------------------

@pytest.mark.parametrize("line, kind", [
    ("1998年3月5日", "a date"),
    ("1 9 9 8 年3 月5 日", "a date"),                 # letter-spaced digits
    ("（一九八四年五月十五日）", "a date"),
    ("北京，1998年3月5日", "a place and date"),
    ("——1998年3月5日在第九届全国人民代表大会第一次会议上", "a dateline"),
    ("——1 9 9 8 年3 月5 日在第九屆全國人民代表大會第一次會議上", "a dateline"),
    ("国务院总理 某某某", "a speaker line"),
    ("（國務院總理 某某某）", "a speaker line"),
])
def test_a_date_dateline_or_speaker_is_not_a_title_zh(line, kind):
    assert not_a_title(line, english=False) == kind


@pytest.mark.parametrize("line, kind, iso", [
    ("March 5, 1998", "a date", "1998-03-05"),
    ("5 March 1998", "a date", "1998-03-05"),
    ("Beijing, 5 March 1998", "a place and date", "1998-03-05"),
    ("New York, March 5th, 1998", "a place and date", "1998-03-05"),
    ("Thursday, March 5, 1998", "a date", "1998-03-05"),
    ("May 1998", "a date", "1998-05"),
])
def test_a_date_or_place_and_date_is_not_a_title_en(line, kind, iso):
    assert not_a_title(line, english=True) == kind
    assert en_date(line) == iso


@pytest.mark.parametrize("line, english", [
    ("2026年政府工作报告", False), ("1982年政府工作报告", False), ("论人民代表大会", False),
    ("关于1998年国民经济和社会发展计划执行情况的报告", False),
    ("2004年3月4日在某某会议上的讲话", False), ("——在全省经济工作会议上的讲话", False),
    ("The Budget of 1998", True), ("March of the Penguins", True), ("Report on the Work of the Government", True),
])
def test_a_title_that_holds_a_date_is_still_a_title(line, english):
    assert not_a_title(line, english) == ""


# -- the document ---------------------------------------------------------------------------------

def test_a_date_over_the_title_dates_it_and_the_next_line_is_the_title():
    doc = doc_of("（一九八四年五月十五日）\n关于某某工作的报告\n各位代表：\n" + LONG)
    assert doc.title == "关于某某工作的报告"
    assert doc.date == "1984-05-15"
    assert doc.decisions[0].reason.endswith("line 1 is a date, never a title")


def test_a_dateline_and_speaker_without_a_title_line_the_opening_words_name_the_report():
    log.collected.clear()
    doc = doc_of("——1998年3月5日在第九届全国人民代表大会第一次会议上\n国务院总理 某某某\n各位代表：\n"
                 + OPENING + LONG + "\n一、过去五年的工作\n" + LONG)
    assert doc.title == "政府工作报告"
    assert doc.subtitle == "——1998年3月5日在第九届全国人民代表大会第一次会议上"
    assert [(a.role, a.name) for a in doc.authors] == [("国务院总理", "某某某")]
    assert doc.date == "1998-03-05"
    assert outline(doc) == [(1, "一、过去五年的工作")]
    title = doc.decisions[0]
    assert (title.reason, title.confidence) == ("named by the text; line 1 is a dateline, never a title", 0.6)
    assert any("no title line" in w.message and "dateline" in w.message for w in log.collected)


def test_traditional_script_names_the_report_in_its_own_script():
    doc = doc_of("——1 9 9 8 年3 月5 日在第九屆全國人民代表大會第一次會議上\n國務院總理 某某某\n各位代表:\n"
                 "本屆政府任期即將結束。我代表國務院向大會報告過去五年的工作，請予審議。\n一、關於過去五年的政府工作\n" + LONG)
    assert doc.title == "政府工作報告"
    assert doc.date == "1998-03-05"


def test_a_heading_that_names_the_document_comes_before_the_first_heading():
    doc = doc_of("1987年3月25日\n各位代表：\n" + LONG + "\n一、过去一年的工作\n" + LONG
                 + "\n附：关于某某计划执行情况的报告\n" + LONG)
    assert doc.title == "附：关于某某计划执行情况的报告"
    assert doc.decisions[0].reason.startswith("naming heading")


def test_without_any_name_the_first_heading_titles_it_never_the_date():
    doc = doc_of("北京，1998年3月5日\n各位代表：\n" + LONG + "\n一、过去一年的工作\n" + LONG)
    assert doc.title == "一、过去一年的工作"
    assert doc.date == "1998-03-05"
    assert doc.decisions[0].reason == "first heading; line 1 is a place and date, never a title"


def test_a_real_title_with_a_date_stays_the_title():
    doc = doc_of("2026年政府工作报告\n——2026年1月26日在某省人民代表大会上\n某省省长 王某某\n各位代表：\n" + LONG)
    assert doc.title == "2026年政府工作报告"
    assert doc.decisions[0].reason == "title block"


def test_english_date_over_the_title():
    doc = doc_of("March 5, 1998\n\nThe Budget of 1998\n\n" + EN)
    assert doc.title == "The Budget of 1998"
    assert doc.date == "1998-03-05"


def test_english_place_and_date_without_a_title_line_a_report_heading_names_it():
    doc = doc_of("Beijing, 5 March 1998\n\nFellow delegates,\n\n" + EN + "\n\nReport on the Work of the Government\n\n"
                 + EN + "\n\nThe Tasks Ahead\n\n" + EN)
    assert doc.title == "Report on the Work of the Government"
    assert doc.date == "1998-03-05"
    assert "line 1 is a place and date" in doc.decisions[0].reason


def test_english_real_title_first_stays():
    doc = doc_of("The Budget of 1998\n\nMarch 5, 1998\n\n" + EN)
    assert doc.title == "The Budget of 1998"


def test_naming_sources_alone():
    assert naming_heading(["一、过去的工作", "关于某某的报告"]) == "关于某某的报告"
    assert naming_heading(["一、关于某某的报告"]) == ""           # a numbered part, not the document
    assert kind_from_opening(["各位代表：", OPENING]) == "政府工作报告"
    assert kind_from_opening(["我代表某某省人民政府，向大会报告工作，请予审议。"]) == "政府工作报告"
    assert kind_from_opening(["我代表全体同志向大会表示祝贺。"]) == ""


# -- a README named only by its logo or first link (through the real cleaner) ---------------------

def _readme(text: str):
    from pipeline.clean import clean_text
    from pipeline.structure import structure_document
    return structure_document(clean_text(text, source_file="README.md"))


README_BODY = ("\n## 简介\n\n在浏览器中运行的点云库，安装后即可使用。\n\n## 安装\n\n```bash\nnpm install pcl.js\n```\n\n"
               "## 使用\n\n导入 pcl.js 之后调用初始化函数，然后读取点云文件并处理其中的数据。\n")


def test_a_readme_named_only_by_its_logo_title_attribute():
    log.collected.clear()
    doc = _readme('<p align="center">\n  <a href="https://example.org"><img src="./logo.svg" title="pcl.js" alt="logo"></a>\n'
                  "</p>\n" + README_BODY)
    assert doc.title == "pcl.js"
    assert (doc.decisions[0].line, doc.decisions[0].reason, doc.decisions[0].confidence) == (2, "logo or link", 0.5)
    assert any("logo or first link" in w.message for w in log.collected)


def test_a_readme_named_by_a_markdown_logo_alt():
    doc = _readme("![pcl.js logo](docs/logo.png)\n" + README_BODY)
    assert doc.title == "pcl.js"


def test_badges_and_names_the_text_never_uses_do_not_title_a_readme():
    badges = _readme("[![Build Status](https://img.shields.io/badge/build-passing-green.svg)](https://ci.example.org)\n"
                     "[![npm](https://img.shields.io/npm/v/pcl.js.svg)](https://npmjs.com/package/pcl.js)\n" + README_BODY)
    assert badges.title == "简介"   # the chain's next source: the first heading
    unnamed = _readme('<img src="./logo.svg" alt="Point Cloud Toolkit">\n' + README_BODY)
    assert unnamed.title == "简介"  # the alt is not in the text: a caption, not the name


def test_a_real_title_line_wins_over_the_logo():
    doc = _readme('<img src="./logo.svg" title="pcl.js">\n\n# 点云库\n' + README_BODY.replace("## ", "## "))
    assert doc.title == "点云库"
