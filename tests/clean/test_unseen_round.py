"""Issue #11, the unseen measure: the phenomena of new documents nobody tuned on, each with a
made-up example (never a document's words) and a case the rule must leave alone."""
from __future__ import annotations

from pipeline.clean.rules_pages import running_lines
from .helpers import PROSE, run_rule

HEADLINE = "某某市关于推进某项工作的通知"
BODY = "This is one line of body text that goes on long enough to be a real sentence here"


# --- meta-box: catalogue labels cut short by narrow cells or a converter's column width -------

def test_labels_wrapped_in_narrow_print_cells_go_with_their_tails():
    lines = ["索 引 12345/2020-001", "主题分 综合", "号：", "类：", "发文机 某某办公室", "成文日 2020年01月02日",
             "关：", "期：", "标", "题： 某某办公室关于某事的函", "主 题 某某　措施", "词：", "", "某某办公室", HEADLINE, PROSE]
    kept, removed, _ = run_rule("meta-box", lines)
    assert kept == ["", "某某办公室", HEADLINE, PROSE]
    assert len(removed) == 12


def test_labels_cut_by_a_converter_glued_to_their_values():
    lines = ["索 引12345/2020-002 主题综合\\其他", "发文\ufffd某某办公室   成文2020年01月02日",
             "标\u3000\ufffd某某办公室关于某事的复函", "发文\ufffd某办函〔2020〕3发布2020年01月05日", "主 题 词：", "",
             HEADLINE, PROSE]
    kept, removed, _ = run_rule("meta-box", lines)
    assert kept == ["", HEADLINE, PROSE]


def test_a_line_that_merely_starts_with_a_field_word_stays():
    lines = ["主题教育活动推进会召开", "标准化工作要点", "发布会在某地举行", HEADLINE, PROSE]
    kept, removed, _ = run_rule("meta-box", lines)
    assert removed == []


def test_two_cut_labels_are_no_catalogue_box():
    lines = ["发文机 某某办公室", "号：", HEADLINE, PROSE]
    kept, removed, _ = run_rule("meta-box", lines)
    assert removed == []


# --- running-head: a three-sheet print whose last page is short --------------------------------

def _printed(pages: list[int], title: str, url: str, body_first: list[str] | None = None) -> list[str]:
    lines: list[str] = []
    total = len(pages)
    for n, size in enumerate(pages, 1):
        lines += ["1/2/30, 9:00 AM", "", title, ""]
        if n == 1 and body_first:
            lines += body_first
        lines += [BODY] * size
        lines += [url, "", f"{n}/{total}", ""]
    return lines


def test_counters_of_a_three_page_print_with_a_short_last_page():
    lines = _printed([40, 40, 3], "Some Page Title - Site", "https://example.org/some/page")
    hits = running_lines(lines)
    feet = {i for i, t in enumerate(lines) if t.startswith("https://") or t.endswith("/3")}
    assert feet <= hits


def test_two_counters_without_the_last_page_mark_are_no_chain():
    lines = [BODY] * 40 + ["3/7"] + [BODY] * 40 + ["4/9"] + [BODY] * 5
    assert not ({40, 81} & running_lines(lines))


def test_the_page_title_printed_again_as_the_headline_stays_once():
    title = "A Founding Charter 1.2.3"
    lines = _printed([40, 40, 40], title, "https://example.org/charter/", body_first=[title])
    copies = [i for i, t in enumerate(lines) if t == title]
    hits = running_lines(lines)
    assert copies[1] not in hits                      # the headline under the first print header
    assert {copies[0], *copies[2:]} <= hits           # every print header goes


def test_a_heading_repeated_far_from_any_running_line_is_untouched():
    lines = _printed([40, 40, 40], "Report - Site", "https://example.org/r")
    lines[20] = "Summary"
    lines[60] = "Summary"
    assert not ({20, 60} & running_lines(lines))


# --- pager: a previous/next pager whose linked headline holds a comma ------------------------

def test_a_pager_line_with_a_comma_does_not_end_the_tail_zone():
    from pipeline.clean.zones import is_prose, tail_zone
    from pipeline.clean.page import Page
    pager = "下一篇：某县2001-2002年国民经济和社会发展统计公报,某县统计局"
    assert not is_prose(pager)
    lines = [PROSE, "【返回顶部】【关闭本页】", "上一篇：某市某年统计公报", pager, "网站地图 网站帮助"]
    zone = tail_zone(Page.from_text("\n".join(lines)).lines)
    assert list(zone) == [1, 2, 3, 4]
    assert is_prose("全县实现生产总值一百亿元，比上年增长百分之九，其中工业增长较快。")


def test_image_buttons_written_as_bracketed_file_names_go():
    lines = [PROSE, "　　某某办公室", " " * 300 + "[mail.gif] [keep.png] [print.gif] [shut.jpg]"]
    kept, removed, _ = run_rule("image-buttons", lines)
    assert kept == [PROSE, "　　某某办公室"]
    lines = [PROSE, "[见附图] [2]"]
    assert run_rule("image-buttons", lines)[1] == []


def test_a_page_heads_meta_tag_left_at_the_top_of_an_export_goes():
    lines = ["<meta http-equiv='Content-Type' content='text/html; charset=utf-8' />", "", "##Some Treaty", "",
             "The Parties agree to what follows, and each of them signs it below."]
    kept, removed, _ = run_rule("markup-only-lines", lines)
    assert [t for _, t in removed] == [lines[0]]
    later = ["Some Treaty", "", "The text quotes a tag:", "", "one", "two", "three", "four",
             "<meta name='robots' content='noindex' />"]
    assert run_rule("markup-only-lines", later)[1] == []
