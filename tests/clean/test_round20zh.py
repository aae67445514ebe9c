"""Check set 16, Chinese (round20zh, issue #11): navigation and site chrome around notices, speeches
and reports. Made-up words; every rule with the cases it must leave alone."""
from __future__ import annotations

from .helpers import PROSE, run_rule

OUTLINE = ["1.总则", "1.1目的", "1.2依据", "2.组织机构", "2.1某某县防汛抗旱指挥部组成及其主", "要职责",
           "2.2办公室", "3.预警", "3.1监测", "3.2发布", "4.附则"]


def test_a_labelled_outline_the_excerpt_never_reaches_goes():
    lines = ["某某县防汛应急预案", "目 录"] + OUTLINE
    kept, removed, _ = run_rule("labelled-outline", lines)
    assert kept == ["某某县防汛应急预案"]
    assert [t for _, t in removed] == ["目 录"] + OUTLINE   # the wrapped end '要职责' too


def test_a_labelled_outline_ends_where_its_sections_begin():
    lines = ["目录"] + OUTLINE + ["1.总则", PROSE]
    kept, _, _ = run_rule("labelled-outline", lines)
    assert kept == ["1.总则", PROSE]


def test_a_label_over_plain_items_or_a_few_entries_stays():
    items = ["苹果", "梨", "香蕉", "葡萄", "橘子", "桃子", "李子", "杏子", "樱桃"]
    assert run_rule("labelled-outline", ["目录"] + items)[0] == ["目录"] + items
    flat = ["1.苹果", "2.梨", "3.香蕉", "4.葡萄", "5.橘子", "6.桃子", "7.李子", "8.杏子"]   # no sub-entries
    assert run_rule("labelled-outline", ["目录"] + flat)[0] == ["目录"] + flat
    few = ["目录", "1.总则", "1.1目的", "1.2依据", PROSE]
    assert run_rule("labelled-outline", few)[0] == few
    back = ["目录", "3.预警", "3.1监测", "3.2发布", "3.3报告", "1.总则", "1.1目的", "1.2依据", "1.3原则"]
    assert run_rule("labelled-outline", back)[0] == back   # numbers going back: no one outline


JUNK = "7 Q2 w& R5 k. m) |. D# ]0 p\" a1"


def test_a_forums_anti_copy_junk_goes_from_its_lines_and_the_headline():
    lines = ["某某区务虚会讲话全文及评析5 [; e K! @2 C! f& ?# \\", "同志们:", JUNK, PROSE,
             "; H) Y4 r. r/ r", PROSE + "& X1 z* ^3 j* ?) v: }", "/ t) S( y8 `) _# M0 P& Q: n+"]
    kept, removed, _ = run_rule("forum-jammer", lines)
    assert kept[0] == "某某区务虚会讲话全文及评析5"
    assert kept[1:] == ["同志们:", PROSE, PROSE + "& X1 z* ^3 j* ?) v: }"]   # a paragraph keeps its glued run


def test_code_a_formula_or_a_single_run_is_no_junk():
    code = ["a = b + c ; d = e * 2", "x1 y2 z3 w4 v5 u6", PROSE, PROSE]
    assert run_rule("forum-jammer", code)[0] == code
    once = [PROSE, JUNK, PROSE, PROSE]   # one run: no engine scatters junk once
    assert run_rule("forum-jammer", once)[0] == once
    latin = ["Some text here.", JUNK, "More text.", JUNK, "And more.", JUNK]   # no Chinese page
    assert run_rule("forum-jammer", latin)[0] == latin


def test_a_sharing_sites_page_labels_and_upload_blurb_go():
    labels = [f"某某村两委换届工作总结 _第{n}页" for n in (1, 2, 3)]
    blurb = "《某某村两委换届工作总结》由会员上传分享,免费在线阅读,更多相关内容在某某资料-某某文库"
    lines = ["某某村两委换届工作总结", ""] + labels + ["文档描述:", "", blurb, "", PROSE]
    kept, removed, _ = run_rule("preview-labels", lines)
    assert [t for t in kept if t] == ["某某村两委换届工作总结", PROSE]


def test_a_single_page_reference_or_labels_out_of_order_stay():
    lines = ["详见第3页", PROSE, "某某方案 第2页", "某某方案 第5页", "文档描述:", PROSE]
    assert run_rule("preview-labels", lines)[0] == lines


def test_a_comment_box_goes_with_its_comments_names_and_buttons():
    lines = [PROSE, "特此通知。", "", "评论回复", "某某", "×", "", "：请主任审阅 ［2019-03-02］", "：同意 [2019-03-02 10:15]",
             "", "提交回复返回", "", "1/1"]
    kept, removed, _ = run_rule("comment-thread", lines)
    assert [t for t in kept if t] == [PROSE, "特此通知。", "1/1"]   # a short line after the box is not the box's


def test_a_comment_heading_over_text_stays_and_the_poster_label_is_meta():
    lines = [PROSE, "评论回复", "某某", PROSE]
    assert run_rule("comment-thread", lines)[0] == lines
    kept, _, _ = run_rule("page-meta", ["发布人：某某", "", "某某县关于某某工作的通知", PROSE, PROSE, PROSE])
    assert kept[0] != "发布人：某某"


NOTICE = "某某县人民政府办公室关于印发某某县防汛应急预案的通知"


def test_a_disclosure_tables_values_without_labels_go_over_the_document():
    box = ["0123456789/2020-00012", "某某县政府", "综合政务", "2020-05-06", NOTICE, "有效", "某政办发〔2020〕5号"]
    lines = box + [NOTICE, "某政办发〔2020〕5号", "各乡镇人民政府:", PROSE]
    kept, _, _ = run_rule("value-box", lines)
    assert kept == [NOTICE, "某政办发〔2020〕5号", "各乡镇人民政府:", PROSE]


def test_values_without_the_numbers_echo_or_with_a_sentence_stay():
    lines = ["0123456789/2020-00012", "某某县政府", "某政办发〔2020〕5号", NOTICE, PROSE]
    assert run_rule("value-box", lines)[0] == lines   # the number does not stand again under the box
    lines = ["0123456789/2020-00012", PROSE, "某政办发〔2020〕5号", "某政办发〔2020〕5号", PROSE]
    assert run_rule("value-box", lines)[0] == lines


def test_part_heads_run_into_a_wrapped_paragraph_stand_alone_again():
    lines = ["某某县关于开展某某检查的通知", "各乡镇人民政府： 现就有关事项通知如下。 一、全面自查 各乡镇要按照检查的",
             "内容和要求，逐项开展自查。 二、重点抽查 县政府将组织力量开展",
             "抽查，及时发现问题。", "特此通知。"]
    kept, _, _ = run_rule("run-in-part-heads", lines)
    assert kept == ["某某县关于开展某某检查的通知", "各乡镇人民政府： 现就有关事项通知如下。", "一、全面自查",
                    "各乡镇要按照检查的内容和要求，逐项开展自查。", "二、重点抽查", "县政府将组织力量开展抽查，及时发现问题。",
                    "特此通知。"]


def test_a_single_item_after_a_sentence_or_heads_out_of_order_stay():
    one = ["工作分两步：一、摸底排查 各村于月底前完成。", PROSE]
    assert run_rule("run-in-part-heads", one)[0] == one
    back = ["如下。 二、重点抽查 县政府将组织。", "如下。 一、全面自查 各乡镇要按照。"]
    assert run_rule("run-in-part-heads", back)[0] == back
