"""Cleaning rules the third round of unseen documents prompted (issue #11, newdocs, xn16-xn18):
made-up variants of each phenomenon, and what each rule must leave alone."""
from __future__ import annotations

from .helpers import run_rule

BODY = "This is one line of body text that goes on long enough to be a real sentence here."


def test_yaml_front_matter_is_dropped_and_its_title_kept():
    lines = ["---", "date: '2031-05-02'", "source_url: https://example.org/talks/opening/", "tags:",
             "  - talks", 'title: "Opening\\_Address to the Water Board"', "---", " ", "Hall B", "", BODY]
    kept, removed, _ = run_rule("front-matter-block", lines)
    assert kept[0] == "Opening Address to the Water Board"
    assert kept[1:] == [" ", "Hall B", "", BODY]
    assert sorted(n for n, _ in removed) == [1, 2, 3, 4, 5, 6, 7]   # line 6 held the title: its text was cut


def test_a_block_without_a_title_goes_whole():
    kept, removed, _ = run_rule("front-matter-block", ["", "---", "layout: post", "...", BODY])
    assert kept == ["", BODY] and len(removed) == 3


def test_a_thematic_break_over_prose_is_no_front_matter():
    lines = ["---", BODY, "---", BODY]
    assert run_rule("front-matter-block", lines)[0] == lines
    # nor a block never closed, nor one that is not at the top
    lines = ["---", "date: 2031", "title: Notes", BODY]
    assert run_rule("front-matter-block", lines)[0] == lines
    lines = [BODY, "---", "title: Notes", "---"]
    assert run_rule("front-matter-block", lines)[0] == lines


def _columns(pages: int, per_page: int = 30) -> list[str]:
    """Pages printed with a one-word running head over a dated line, a bare page number at the foot."""
    lines: list[str] = []
    for page in range(1, pages + 1):
        lines += ["\f" + "Wetlands" if page > 1 else "Wetlands", "", "Survey notes, revision of 3 May 2012", ""]
        if page == 1:
            lines += ["Wetlands"]
        lines += [BODY] * per_page
        lines += ["", str(page), ""]
    return lines


def test_the_first_pages_one_word_running_head_goes_with_the_line_beside_it():
    kept, removed, _ = run_rule("running-head", _columns(4))
    assert (1, "Wetlands") in removed and (3, "Survey notes, revision of 3 May 2012") in removed
    assert [t for t in kept if t.strip()][0] == "Wetlands"   # the title under the head stays


def test_a_one_word_title_alone_at_the_top_stays():
    lines = _columns(4)
    del lines[:4]    # no running line on the first page: the word at the top is the title
    kept, removed, _ = run_rule("running-head", lines)
    assert kept[0] == "Wetlands" and (1, "Wetlands") not in removed


PARA = "各单位要按照本预案的要求做好准备,及时报告有关情况,确保各项工作落到实处。"


def test_a_contents_list_without_page_numbers_is_dropped():
    entries = ["总则", "1.1 目的", "1.2 依据", "组织机构", "2.1 指挥部", "2.2 办公室", "保障措施", "3.1 经费", "4  附则"]
    lines = ["某某县水旱灾害防御预案", ""] + [x for e in entries for x in (e, "")] + ["1 总则", "", "1.1 目的", "", PARA]
    kept, removed, _ = run_rule("unpaged-contents", lines)
    assert [t for _, t in removed] == entries   # '总则' over '1 总则': compared without numbers
    assert [t for t in kept if t] == ["某某县水旱灾害防御预案", "1 总则", "1.1 目的", PARA]


def test_a_list_of_short_items_the_text_does_not_take_up_again_stays():
    items = ["苹果", "梨", "香蕉", "葡萄", "橘子", "桃子", "李子", "杏子", "樱桃"]
    lines = [x for e in items for x in (e, "")] + [PARA, "苹果"]   # one item again is no list of sections
    assert run_rule("unpaged-contents", lines)[0] == lines
    assert run_rule("unpaged-contents", items[:7] + ["苹果", "梨", PARA])[0] == items[:7] + ["苹果", "梨", PARA]
