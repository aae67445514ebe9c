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
