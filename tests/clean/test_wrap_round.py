"""The wrap round (issue 11, requirement 4): rules that held on a page but not on its PDF copy
(lines hard-wrapped at the measure, no blank lines between paragraphs). Made-up pages, each rule
in both forms, and what each must leave alone."""
from __future__ import annotations

from .helpers import PROSE, run_rule

BOX = ["索 引 号：\t000123456/2026-00042\t主题分类：\t城乡建设", "发文机关：\t某某省人民政府办公厅\t成文日期：\t2026年03月02日",
       "标　　题：\t某某省人民政府办公厅关于加快推进城镇老旧小区改造工作的通知",
       "发文字号：\t某政办发〔2026〕7号\t发布日期：\t2026年03月05日", "主 题 词："]
TITLE = ["某某省人民政府办公厅关于加快推进", "城镇老旧小区改造工作的通知"]


def test_a_title_wrapped_under_the_box_is_no_value_of_its_empty_last_field():
    for gap in ([""], []):   # with the blank line after the box, and in a copy without blank lines
        kept, removed, _ = run_rule("meta-box", BOX + gap + TITLE + ["某政办发〔2026〕7号", PROSE])
        assert [t for _, t in removed] == BOX
        assert [t for t in kept if t.strip()][:2] == TITLE


def test_a_short_value_that_only_shares_a_name_with_a_field_above_is_still_a_value():
    box = BOX[:4] + ["发布机构："]
    kept, removed, _ = run_rule("meta-box", box + ["某某省人民政府办公厅", PROSE, PROSE])
    assert [t for _, t in removed] == box + ["某某省人民政府办公厅"]


def _wrap_cols(text: str, measure: int = 76) -> list[str]:
    """Hard-wrapped at `measure` columns (a Han character two), as a PDF copy breaks a line."""
    from pipeline.clean.page import _columns
    lines, line = [], ""
    for ch in text:
        if _columns(line + ch) > measure:
            lines.append(line)
            line = ""
        line += ch
    return lines + [line]


BODY = [l for n in range(6) for l in _wrap_cols(PROSE * 2 + "第" + str(n) + "段。") + [""]]
BYLINE = "时间：2026-03-02 10:14 来源：某某网-某某日报 作者：记者某某某 点击：统计 载入中..."
ROW = "索   引   号 20260302-000123 分        类 其他; 某某市人民政府办公室; 某某市政府、某某市政府办公室文件;"


def test_a_byline_a_pdf_copy_wrapped_goes_whole():
    from pipeline.clean.page import _columns
    wrapped = _wrap_cols(BYLINE)
    assert len(wrapped) == 2 and _columns(wrapped[0]) >= 74
    kept, removed, _ = run_rule("page-meta", ["某某工作会议召开", ""] + wrapped + [""] + BODY)
    assert [t for _, t in removed] == wrapped


def test_the_line_under_a_byline_stays_in_a_text_that_is_not_hard_wrapped():
    kept, removed, _ = run_rule("page-meta", ["某某工作会议召开", "", BYLINE[:40], "会议指出要抓好落实", PROSE, "", PROSE])
    assert [t for _, t in removed] == [BYLINE[:40]]


def test_a_catalogue_row_a_pdf_copy_wrapped_goes_whole_and_the_run_goes_on():
    rows = _wrap_cols(ROW) + ["发 布 机 构 某某市人民政府办公室 发 文 日 期 2026-03-01",
                              "文        号 某政办发〔2026〕9号   上 载 日 期 2026-03-02"]
    assert len(rows) == 4
    kept, removed, _ = run_rule("catalogue-run", rows + ["某某市人民政府办公室关于印发某某办法的通知", ""] + BODY)
    assert [t for _, t in removed] == rows


def test_a_label_under_an_empty_label_is_no_value_in_a_copy_without_blank_lines():
    box = ["  • 来源:", "  • 发文机构:", "    某某县人民政府"]
    kept, removed, prov = run_rule("page-meta", ["某某县人民政府工作规则"] + box + [PROSE, PROSE])
    assert prov.origin != "• 发文机构:" and "发文机构" not in (prov.origin or "")


ENTRY = "Harbour Town is a small port on the north coast with a ferry to the islands and a fish market."


def test_a_category_label_under_a_headline_goes_in_a_copy_without_blank_lines():
    page = ["Harbours", "Entries - Entry Category: Harbours", "Harbour Town", ENTRY, ENTRY]
    kept, removed, _ = run_rule("taxonomy-label", page)
    assert [t for _, t in removed] == ["Entries - Entry Category: Harbours"]


def test_an_rfc_header_row_still_keeps_its_category_in_a_copy_without_blank_lines():
    page = ["Network Working Group                              J. Roe", "Request for Comments: 9999",
            "Obsoletes: 9998                                   March 2026", "Category: Standards Track",
            "The Harbour Data Encodings", ENTRY, ENTRY]
    kept, removed, _ = run_rule("taxonomy-label", page)
    assert removed == []
