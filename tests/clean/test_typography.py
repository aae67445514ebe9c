"""Typography rules: real examples, and English text left alone."""
from __future__ import annotations

import pytest

from pipeline.clean import clean_text, normalise_line
from pipeline.clean import typography as t


@pytest.mark.parametrize("rule, before, after", [
    (t.fullwidth_alnum, "２００９年３月５日", "2009年3月5日"),
    (t.fullwidth_alnum, "ＧＤＰ增长", "GDP增长"),
    (t.fullwidth_point, "13．65万亿元", "13.65万亿元"),
    (t.fullwidth_point, "发展．", "发展．"),
    (t.fullwidth_percent, "增长９％", "增长９%"),
    (t.cjk_paren_width, "困难的中小企业(商户)贷款", "困难的中小企业（商户）贷款"),
    (t.cjk_paren_width, "社区卫生服务中心(站)10个", "社区卫生服务中心（站）10个"),
    (t.cjk_paren_width, "(see page 3)", "(see page 3)"),
    (t.cjk_punct_width, "增长13.5%,区属口径", "增长13.5%，区属口径"),
    (t.cjk_punct_width, "更新时间:2024/12/23 16:47:16", "更新时间：2024/12/23 16:47:16"),
    (t.cjk_punct_width, "缩小到2.50:1", "缩小到2.50:1"),
    (t.cjk_punct_width, "“十四五”,2025年", "“十四五”，2025年"),
    (t.cjk_punct_width, "各位代表!", "各位代表！"),
    (t.cjk_punct_width, "Well, I never!", "Well, I never!"),
    (t.cjk_stray_space, "区属， 国企", "区属，国企"),
    (t.cjk_stray_space, "推动 高质量发展，建设 现代化", "推动高质量发展，建设现代化"),
    (t.cjk_stray_space, "国务院总理 温家宝", "国务院总理 温家宝"),
    (t.cjk_stray_space, "附录　数据图表，说明", "附录　数据图表，说明"),
    (t.trailing_space, "正文。  ", "正文。"),
    (t.trailing_space, " ", ""),
])
def test_rule(rule, before, after):
    assert rule(before)[0] == after


def test_counts():
    assert t.fullwidth_alnum("２００９年")[1] == 4
    assert t.cjk_punct_width("2009年,是河西区,发展")[1] == 2


def test_whole_chain_on_a_line():
    assert normalise_line("１３．６５万亿元，增长９．２％") == "13.65万亿元，增长9.2%"
    assert normalise_line("  （一）加强宏观调控, 保持增长  ") == "  （一）加强宏观调控，保持增长"


def test_leading_indentation_is_kept():
    assert clean_text(" 积极应对金融危机,区域经济实现新发展\n正文。").lines[0] == " 积极应对金融危机，区域经济实现新发展"


def test_english_text_is_untouched():
    text = ("Alice was beginning to get very tired of sitting by her sister on the bank, and of having\n"
            "nothing to do: once or twice she had peeped into the book (it had no pictures!)\n")
    assert clean_text(text).lines == tuple(text.splitlines())


def test_rules_can_be_switched_off():
    cleaned = clean_text("增长13.5%,区属口径增长。\n", skip=["cjk-punct-width"])
    assert cleaned.lines == ("增长13.5%,区属口径增长。",)
    assert "cjk-punct-width" not in {n.rule for n in cleaned.normalised}
