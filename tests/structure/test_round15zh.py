"""Round 15 (zh) title rules: made-up pages of what check set 13's Chinese half showed (issue #11)."""
from __future__ import annotations

from pipeline.structure.title_evidence import top_line_title

PROSE = "今年是本市發展極不平凡的一年，各項工作取得了新的進展，全體市民共同努力，成績來之不易。"


def test_a_headline_printed_twice_at_the_top_names_the_page():
    lines = ["7", "", "市政檢討:展望", "", "市政檢討:展望", "", "【本台】12. " + PROSE]
    assert top_line_title(lines, False) == "市政檢討:展望"


def test_a_line_printed_once_that_names_no_kind_is_no_title():
    assert top_line_title(["市政檢討:展望", "", PROSE], False) == ""


def test_a_kind_named_line_still_comes_first():
    lines = ["市政要闻", "市政要闻", "某某市二〇三一年政府工作报告", PROSE]
    assert top_line_title(lines, False) == "某某市二〇三一年政府工作报告"


def test_a_meeting_dateline_is_no_heading():
    from pipeline.structure import signals as sg
    assert sg.is_meeting_dateline("民國120年3月2日第4001次會議")
    assert sg.is_meeting_dateline("2031年3月2日市政府第12次常务会议")
    assert not sg.is_meeting_dateline("二〇三一年三月二日在某某会议上")   # a speech's dateline: front.py's
    assert not sg.is_meeting_dateline("关于召开第三次会议的通知")


def test_a_label_over_the_meeting_dateline_names_the_remarks():
    lines = ["主席致詞:", "民國120年3月2日第4001次會議", "一、" + PROSE]
    assert top_line_title(lines, False) == "主席致詞"


def test_a_salutation_over_prose_is_no_title():
    assert top_line_title(["各位代表:", PROSE], False) == ""


def _blocks(lines):
    from pipeline.structure.blocks import make_blocks
    return [b.text for b in make_blocks(lines, list(range(1, len(lines) + 1)), "zh")]


def test_a_comma_opened_paragraph_under_a_numbered_heading_stands_apart():
    head = "二、坚持稳中求进,扎实做好全年工作"
    para = ",全市上下克服困难,地区生产总值增长百分之六,城乡居民收入稳步提高,重点项目建设进展顺利,民生保障持续加强,社会大局和谐稳定,为今后发展打下了坚实基础。"
    assert _blocks(["同志们:", PROSE, head, para, PROSE]) == ["同志们:", PROSE, head, para, PROSE]


def test_a_wrapped_numbered_line_still_takes_its_short_comma_rest():
    lines = [PROSE, "三、本条例所称行政机构编制,", ",是指机构的人员数量定额", PROSE]
    assert len(_blocks(lines)) < 4


def test_a_traditional_text_names_its_kind_in_its_own_script():
    """`施政報告`, `…條例`: the kind words a title ends with, in Traditional characters too (the
    Simplified list alone let a Traditional headline fall through to the file name)."""
    from pipeline.structure.title_evidence import top_line_title
    assert top_line_title(["某某特別行政區二〇三一年施政報告", "各位議員："], False) == "某某特別行政區二〇三一年施政報告"
    assert top_line_title(["某某市道路交通管理條例", "第一章 總則"], False) == "某某市道路交通管理條例"
