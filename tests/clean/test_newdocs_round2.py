"""Cleaning rules the second round of unseen documents prompted (issue #11, newdocs, xn9-xn14):
made-up variants of each phenomenon, and what each rule must leave alone."""
from __future__ import annotations

from pipeline.clean.rules_pages import running_lines
from .helpers import PROSE, PROSE2, run_rule

BODY = "This is one line of body text that goes on long enough to be a real sentence here"
HEADLINE = "某某县政府新闻办公室举行发布会答记者问实录（全文）"


def _printed(pages: int, per_page: int = 38) -> list[str]:
    """A report printed with a two-line running head and a bare page number at each page's foot."""
    lines: list[str] = []
    for page in range(1, pages + 1):
        lines += ["ANNUAL WATER REVIEW", "", "REGIONAL BOARD OF WORKS", ""]
        lines += [BODY] * per_page
        lines += ["", str(page), ""]
    return lines


def test_bare_page_numbers_at_a_page_pace_are_page_furniture():
    lines = _printed(4)
    kept, removed, _ = run_rule("running-head", lines)
    assert [t for t in kept if t.strip()] == [BODY] * (4 * 38)
    assert {"1", "2", "3", "4"} <= {t for _, t in removed}


def test_bare_numbers_close_together_are_no_page_numbers():
    # a list of counts, one per line: a number alone is a page number only at a page's pace
    lines = [BODY] * 20 + [str(n) for n in range(1, 9)] + [BODY] * 20
    assert running_lines(lines) == set()


def test_bare_numbers_that_do_not_grow_by_a_page_stay():
    lines = []
    for value in (12, 7, 30, 4):
        lines += [BODY] * 40 + [str(value)]
    assert running_lines(lines) == set()


def test_iso_date_and_outlet_under_the_headline_is_a_byline():
    kept, removed, _ = run_rule("bare-timestamp", [HEADLINE, "", "2019-06-11 某某之声", "", PROSE, PROSE2])
    assert [t for _, t in removed] == ["2019-06-11 某某之声"]


def test_iso_date_and_a_name_at_the_tail_stay():
    # under the text, a date and a name close it (its signature): not a byline
    lines = [HEADLINE, PROSE, PROSE2, "2019-06-11 某某局"]
    assert run_rule("bare-timestamp", lines)[1] == []


def test_date_in_words_under_the_headline_stays():
    lines = [HEADLINE, "2019年6月11日 某某之声", PROSE, PROSE2]
    assert run_rule("bare-timestamp", lines)[1] == []


MOBILE_WIKI = ["某某问题与对策", "", "某某问题与对策", "某某办公室", "2015年3月2日",
               "本作品收錄於《某某文件汇编", "某某办公室3月2日发布《某某问题与对策》。全文如下:", "",
               "前言", "", "编辑", "", PROSE, "", "一、某某的由来", "", "编辑", "", PROSE2]


def test_mobile_wiki_edit_lines_and_collection_note_go():
    kept, removed, _ = run_rule("zh-wiki-header", MOBILE_WIKI)
    assert [t for _, t in removed] == ["本作品收錄於《某某文件汇编", "编辑", "编辑"]
    assert "前言" in kept and "一、某某的由来" in kept


def test_edit_word_after_a_sentence_stays():
    # '编辑' alone under a sentence (a credits list) is no edit link, and without the wiki's
    # collection note nothing is taken
    lines = MOBILE_WIKI[:8] + [PROSE, "编辑", PROSE2]
    assert [t for _, t in run_rule("zh-wiki-header", lines)[1]] == ["本作品收錄於《某某文件汇编"]
    plain = ["某某问题与对策", PROSE, "前言", "编辑", PROSE2]
    assert run_rule("zh-wiki-header", plain)[1] == []


def test_generator_comment_blocks_and_empty_anchors_go():
    lines = ["# <a name=\"top\"></a>Field Survey Handbook", "", "{::comment}", "", "Draft for internal review:",
             "### Note to Editors", "", "{:/comment}", "", "The survey counts every well in the county.",
             "{% comment %}", "left out of the page", "{% endcomment %}", "Each well is visited twice."]
    kept, removed, _ = run_rule("generator-comments", lines)
    assert [t for t in kept if t.strip()] == ["# Field Survey Handbook", "The survey counts every well in the county.",
                                              "Each well is visited twice."]
    assert "### Note to Editors" in [t for _, t in removed]


def test_an_unclosed_comment_mark_and_a_worded_anchor_stay():
    lines = ["To hide a block, write {::comment} on a line:", "{::comment}", "and nothing closes it here.",
             "See <a name=\"x\">the table</a> below."]
    kept, removed, _ = run_rule("generator-comments", lines)
    assert kept == lines and removed == []


NEWS = "某某市就年度计划征求代表意见建议"


def test_day_first_dotted_timestamp_under_the_headline_goes():
    kept, removed, _ = run_rule("bare-timestamp", [NEWS, "", "03.02.2019  10:40", "", PROSE, PROSE2])
    assert [t for _, t in removed] == ["03.02.2019  10:40"]
    # a dotted date without a time (a version, a day in a list) stays
    assert run_rule("bare-timestamp", [NEWS, "03.02.2019", PROSE, PROSE2])[1] == []


def test_editor_line_and_the_unlabelled_links_after_it_go():
    links = ["某某县召开年度工作会议", "关于印发某某办法的通知"]
    kept, removed, _ = run_rule("page-meta", [NEWS, PROSE, PROSE2, "录入者:张某 责任编辑:李某", *links])
    assert [t for _, t in removed] == ["录入者:张某 责任编辑:李某", *links]


def test_text_after_the_editor_line_stays():
    after = ["附：某某县2019年重点项目名单。", "某某县召开年度工作会议"]
    kept, removed, _ = run_rule("page-meta", [NEWS, PROSE, PROSE2, "责任编辑:李某", *after])
    assert [t for _, t in removed] == ["责任编辑:李某"]
