"""A printed book's apparatus in a transcription (issue #11, newdocs): page-numbered lists and the
transcriber's picture markers. Made-up variants, and what each rule must leave alone."""
from __future__ import annotations

from .helpers import run_rule

PROSE = ["The house stood at the end of the lane, and nobody in the village could say",
         "when it had last been let, or to whom."]


def entries(pairs):
    out = []
    for text, page in pairs:
        out += [text + " " * (72 - len(text) - len(page)) + page, ""]
    return out


LIST = [("Frontispiece", "ii"), ("Title-page", "iii"), ("Heading to Chapter I.", "1"),
        ("“The lane in winter”", "4"), ("Heading to Chapter II.", "9"), ("The Old House", "12"),
        ("Heading to Chapter III.", "20")]


def test_list_of_illustrations_with_its_label_and_column_head_is_dropped():
    lines = ["A NOVEL", "", "[Picture: A List of the Plates.]", "", " " * 68 + "PAGE", ""] + entries(LIST) + PROSE
    kept, removed, _ = run_rule("book-lists", lines)
    assert [t.strip() for _, t in removed if t.strip()][:2] == ["[Picture: A List of the Plates.]", "PAGE"]
    assert sum(1 for _, t in removed if t.strip()) == 2 + len(LIST)
    assert kept[0] == "A NOVEL" and kept[-1] == PROSE[-1]


def test_a_short_unlabelled_table_of_numbers_is_left_alone():
    rows = [("Wheat", "120"), ("Barley", "95"), ("Oats", "140"), ("Rye", "80"), ("Maize", "60")]
    kept, removed, _ = run_rule("book-lists", ["Harvest by crop", ""] + entries(rows) + PROSE)
    assert removed == []


def test_numbers_out_of_page_order_are_no_list():
    rows = [("Wheat", "120"), ("Barley", "95"), ("Oats", "140"), ("Rye", "80"), ("Maize", "60"), ("Peas", "7")]
    kept, removed, _ = run_rule("book-lists", ["Tables of the harvest", ""] + entries(rows) + PROSE)
    assert removed == []


def test_picture_markers_dropped_and_a_plate_closer_cut_from_its_last_line():
    lines = ["[Illustration: ·A NOVEL·", "", "Chapter IV.]", ""] + PROSE + ["", "[Illustration:", "", "   THE PUBLISHER", "", "]", "", "[Illustration]"]
    kept, removed, _ = run_rule("plate-markers", lines)
    assert "Chapter IV." in kept and "   THE PUBLISHER" in kept
    assert [t for _, t in removed] == ["]", "[Illustration:", "]", "[Illustration]"]


def test_a_bracket_alone_without_any_plate_is_left_alone():
    kept, removed, _ = run_rule("plate-markers", ["x = [", "  1, 2,", "]"] + PROSE)
    assert removed == []


ZH_LINE = "海事管理机构行使国家赋予的水上交通安全监管职能，集中概括了基本职责。"


def test_dashed_page_numbers_of_an_official_document_are_page_furniture():
    lines = []
    for page in range(1, 5):
        lines += [ZH_LINE] * 25 + ["", "—%d—" % page if page % 2 else "－ %d －" % page, "", "\f"]
    kept, removed, _ = run_rule("running-head", lines)
    assert [t for _, t in removed if t.strip()] == ["—1—", "－ 2 －", "—3—", "－ 4 －"]


def test_a_dashed_number_once_in_a_text_stays():
    lines = [ZH_LINE] * 30 + ["— 7 —"] + [ZH_LINE] * 30
    kept, removed, _ = run_rule("running-head", lines)
    assert removed == []


BOX = ["*" * 40, "*" + " " * 38 + "*", "*  9. No Promise of Fitness" + " " * 12 + "*", "*  " + "-" * 24 + " " * 12 + "*",
       "*" + " " * 38 + "*", "*  The record is given as it is, and     *", "*  nobody promises anything about it.   *",
       "*" + " " * 38 + "*", "*" * 40]


def test_a_boxed_passage_loses_its_frame_and_keeps_its_text():
    kept, removed, _ = run_rule("box-frame", PROSE + [""] + BOX + ["", "10. Next"])
    assert "9. No Promise of Fitness" in kept and "-" * 24 in kept
    assert "The record is given as it is, and" in kept and "nobody promises anything about it." in kept
    assert not any("*" in line for line in kept)


def test_a_row_of_stars_without_a_framed_box_stays():
    lines = PROSE + ["*" * 40] + PROSE
    assert run_rule("box-frame", lines)[1] == []


def test_contents_flattened_into_one_comma_separated_line_is_dropped():
    lines = ["某詞條", "", "某詞條是一種說明文字，用以指出某物的基本性質。", "",
             "基本結構,收錄範圍,創建方法,參考資料,編輯權限,", "", "基本結構", "", "某詞條分為概述和正文兩部分。"]
    kept, removed, _ = run_rule("contents-line", lines)
    assert [t for _, t in removed] == ["基本結構,收錄範圍,創建方法,參考資料,編輯權限,"]


def test_a_list_of_names_that_no_line_repeats_stays():
    lines = ["某詞條", "北京,上海,廣州,深圳,", "某詞條分為概述和正文兩部分。"]
    assert run_rule("contents-line", lines)[1] == []
