"""Check set 4, Chinese (round7, issue #11): rules WIDENED to the general form of a phenomenon
(a dateline wrapped over two lines is one dateline; a flattened catalogue table goes whole).
Made-up words; every rule with cases it must leave alone."""
from __future__ import annotations

from pipeline.clean import clean_text
from pipeline.structure import structure_document
from pipeline.structure.front import _dateline_rest


class _Block:
    def __init__(self, text: str):
        self.text, self.lines = text, 1

PROSE = "现在，我代表区人民政府向大会报告工作，请予审议，并请区政协委员和其他列席人员提出意见。"
BODY = "\n".join(["各位代表：", PROSE, "一、过去一年工作回顾", PROSE])


def _doc(text: str, name: str = "x.txt"):
    return structure_document(clean_text(text, source_file=name))


def test_a_dateline_wrapped_over_two_lines_is_no_title():
    text = "2025年3月1日在某某区第十九届\n人民代表大会第四次会议上\n某某区人民政府区长 张某某\n" + BODY
    doc = _doc(text)
    assert doc.title not in ("人民代表大会第四次会议上", "某某区人民政府区长 张某某")
    assert "人民代表大会第四次会议上" not in doc.title


def test_a_title_under_a_dateline_is_no_rest_of_it():
    # must not fire: joined, a dateline and a document's name under it are no dateline
    blocks = [_Block("2025年3月1日在某某区第十九届人民代表大会第四次会议上"), _Block("某某区政府工作报告")]
    assert not _dateline_rest(blocks, 1, 1)
    wrapped = [_Block("2025年3月1日在某某区第十九届"), _Block("人民代表大会第四次会议上")]
    assert _dateline_rest(wrapped, 1, 1)
    assert not _dateline_rest(wrapped, 1, 0)   # only under a dateline the lead already took


def test_a_flattened_catalogue_table_goes_whole():
    rows = ["文件名称 | 某某区2025年政府工作报告 | ||", "索引号 | /2025-0000 | 公开目录: | 工作报告 |",
            "公开责任部门 | 公开形式: | 主动公开 | |", "文号 | 成文日期: | 2025年04月15日 | |",
            "有效性 | 有效 | 公开日期: | 2025-04-15 14:43 |"]
    cleaned = clean_text("\n".join(rows + ["", "某某区政府工作报告", "", PROSE]), source_file="x.txt")
    assert not any("|" in line for line in cleaned.lines)


def test_a_data_table_at_the_head_stays():
    # must not fire: '|' rows holding no catalogue field name are a table of the text
    rows = ["指标 | 2024年 | 增长 |", "地区生产总值 | 440亿元 | 5.4% |", "财政收入 | 31亿元 | 6.4% |"]
    cleaned = clean_text("\n".join(["某某区政府工作报告", ""] + rows + ["", PROSE]), source_file="x.txt")
    assert sum("|" in line for line in cleaned.lines) == 3
