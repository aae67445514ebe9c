"""(r44, issue 11) A work report reposted by a news app. The texts are made up.

- the app's offer of itself over the article (`打开某某新闻APP，阅读体验更佳`): the site's words, not the
  document's cover (`rules_portal.SITE_HINT`);
- the repost's note of the original headline among the credits under the article (`原标题：…`):
  the site's (`ORIGINAL_HEADLINE`); the same words inside the text stay.
"""
from __future__ import annotations

from pipeline.clean import clean_text
from pipeline.structure import structure_document

TITLE = "2032年白沙镇人民政府工作报告"
BODY = ["——2032年1月8日在白沙镇第九届人民代表大会第三次会议上", "", "各位代表：", "",
        "现在，我代表镇人民政府，向大会报告工作，请予审议。", "", "一、过去一年工作回顾", "",
        "（一）经济运行稳中有进。全镇工业总产值完成32.6亿元，增长7.1%。", "", "二、今年工作安排", "",
        "（一）抓好项目建设。全年实施重点项目15个，完成投资8亿元。", ""]


def _page(top, foot):
    return "\n".join(top + [TITLE, "白沙融媒 2032-01-10 10:05", ""] + BODY + foot) + "\n"


def test_the_apps_offer_and_the_original_headline_go():
    text = _page(["打开白沙新闻客户端，阅读体验更佳", ""], [f"原标题：{TITLE}", "来源：白沙融媒", "编辑：钱某"])
    cleaned = clean_text(text, source_file="report.txt")
    assert not any("客户端" in t or t.startswith("原标题") for t in cleaned.lines)
    doc = structure_document(cleaned)
    assert doc.title == TITLE and not doc.cover
    assert [s.title for s in doc.sections] == ["一、过去一年工作回顾", "二、今年工作安排"]


def test_a_sentence_naming_the_app_in_the_text_stays():
    body = BODY[:-1] + ["", "（二）推进数字政务。群众可下载白沙政务APP办理二十项业务。", ""]
    text = "\n".join([TITLE, ""] + body) + "\n"
    assert any("白沙政务APP" in t for t in clean_text(text, source_file="report.txt").lines)
