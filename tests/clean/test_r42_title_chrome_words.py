"""(r42, issue 11) A document's title made of words a site's chrome uses too.

73 made-up titles that open with or hold a chrome word (`Menu`, `Skip`, `Share`, `Print`, `Home`;
`分享`, `关闭`, `在线`, `下载`, `首页`) were set over a plain made-up document. Two were lost by the
cleaner: `在线服务管理规定` as a forum poster's status (`在线admin`), and the year of
`分享经济发展报告2023` as a view counter glued to the headline. A poster's name never ends in a
document's kind; a report's or a plan's series year after its kind is its own. The texts are made up.
"""
from __future__ import annotations

import pytest

from pipeline.clean import clean_text
from pipeline.structure import structure_document

BODY = """

一、总体要求

坚持以人民为中心的发展思想，全面贯彻新发展理念，推动各项工作落到实处，确保取得实效。

二、主要任务

加强组织领导，健全工作机制，压实各方责任，形成工作合力，确保各项任务按期完成。
"""


@pytest.mark.parametrize("title", ["在线服务管理规定", "在线教育发展报告", "离线支付业务管理办法",
                                   "分享经济发展报告2023", "某市国土空间总体规划2035", "中国数字经济白皮书2024"])
def test_the_title_stays_whole(title):
    cleaned = clean_text(title + BODY, source_file="doc.txt")
    assert cleaned.lines[0] == title
    assert structure_document(cleaned).title == title


@pytest.mark.parametrize("line", ["在线admin", "离线 张三", "在线用户123"])
def test_a_posters_status_still_goes(line):
    cleaned = clean_text(line + "\n\n某某同志在全市工作会议上的讲话\n" + BODY, source_file="post.txt")
    assert line not in cleaned.lines


def test_a_counter_after_a_notice_still_goes():
    cleaned = clean_text("某市人民政府办公室关于印发某某应急预案的通知1523" + BODY, source_file="notice.txt")
    assert cleaned.lines[0] == "某市人民政府办公室关于印发某某应急预案的通知"
