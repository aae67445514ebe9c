"""(r40, issue #11) A portal page printed by a browser: the print header names the page's title, and
what stood above the headline's copy is the site's top bar (printed-top-bar). A document's own label
printed right over its headline (a congress session's file label, an issuer's red header) is the
document's and stays; a site's column named '政府文件' or '规范性文件' still goes (made-up pages)."""
from __future__ import annotations

import pytest

from pipeline.clean import clean_text

BODY = ["各位代表：", "现在，我代表县人民政府向大会报告工作，请予审议，并请各位政协委员和其他列席人员提",
        "出意见。", "一、2020年工作回顾", "过去一年，面对复杂严峻的形势，我们坚持稳中求进工作总基调，统筹推进各项",
        "工作，全县经济社会保持平稳健康发展。", ""]


def printed(above: list[str], title: str = "政府工作报告") -> str:
    head = ["1/12/21, 9:30 AM", "", title, ""] + [x for a in above for x in (a, "")]
    tail = ["http://www.example.gov.cn/zwgk/gzbg/202101/t20210112_1.html", "", "1/1", "", "\f"]
    return "\n".join(head + [title, "", "——2021年1月8日在某县第十七届人民代表大会第五次会议上", "县长 某某"] + BODY + tail)


@pytest.mark.parametrize("label", ["县第十七届人民代表大会第五次会议文件", "某某市人民政府办公室文件", "中共某某县委员会文件"])
def test_a_documents_label_over_its_headline_stays(label):
    kept = clean_text(printed([label]), source_file="t.txt").lines
    assert label in [line.strip() for line in kept]


@pytest.mark.parametrize("menu", ["政府文件", "规范性文件"])
def test_a_sites_column_over_the_headline_still_goes(menu):
    kept = clean_text(printed(["首页", "政务公开", menu]), source_file="t.txt").lines
    assert menu not in [line.strip() for line in kept]


def test_a_label_not_right_over_the_headline_goes_with_the_top_bar():
    kept = clean_text(printed(["县第十七届人民代表大会第五次会议文件", "首页 > 政务公开"]), source_file="t.txt").lines
    assert "县第十七届人民代表大会第五次会议文件" not in [line.strip() for line in kept]
