"""Forms a copy gives the whole text (perturb, issue #11): made-up texts in each form must clean
to what the plain text cleans to, and the rules must leave texts without the form alone."""
from __future__ import annotations

import pytest

from pipeline.clean import clean_text

from clean.helpers import PROSE, PROSE2

PLAIN = ["某某市2026年政府工作报告", "", "一、过去一年的工作", "", PROSE, "", "（一）经济平稳运行", "", PROSE2,
         "", "二、今年的主要任务", "", PROSE, "", "    引用的一段话，缩进四格。", "", PROSE2]


def kept(lines: list[str]) -> list[str]:
    return [t.strip() for t in clean_text("\n".join(lines) + "\n").lines]


@pytest.mark.parametrize("indent", ["\t", "    ", "\u3000\u3000", "  \t"])
def test_an_indent_every_line_shares_is_cut(indent):
    copy = [indent + line if line.strip() else line for line in PLAIN]
    cleaned = clean_text("\n".join(copy) + "\n")
    assert [t.strip() for t in cleaned.lines] == kept(PLAIN)
    # the relative indent of the quoted line stays: only the shared prefix goes
    assert any(t.startswith("    引用") for t in cleaned.lines)
    assert {r.rule for r in cleaned.removed} >= {"common-indent"}


def test_an_indent_some_lines_lack_is_left():
    lines = ["\t" + line if line.startswith(("一", "二")) else line for line in PLAIN]
    cleaned = clean_text("\n".join(lines) + "\n")
    assert not [r for r in cleaned.removed if r.rule == "common-indent"]


def test_a_question_mark_on_most_lines_ends_is_a_lossy_save():
    copy = [line + "?" if line.strip() else line for line in PLAIN]
    cleaned = clean_text("\n".join(copy) + "\n")
    assert [t.strip() for t in cleaned.lines] == kept(PLAIN)
    assert [r.text for r in cleaned.removed if r.rule == "lossy-question-mark"] == ["?"] * 9


def test_real_questions_at_some_line_ends_stay():
    text = ["What is a base encoding?", "", "It writes bytes as letters an old channel can carry."] * 4 + \
           ["Why does it matter?", "", "Because mail and URLs accept only some characters, and so on."]
    cleaned = clean_text("\n".join(text) + "\n")
    assert not [r for r in cleaned.removed if r.rule == "lossy-question-mark"]
    assert "What is a base encoding?" in cleaned.lines


def test_running_heads_padded_with_spaces_are_still_running_heads():
    """A copy that pads every line with spaces: the page number still ends the running head."""
    body = [f"Line {k} of the running text goes on here as prose does, at some length." for k in range(20)]
    lines = []
    for page in range(1, 6):
        lines += [f"THE SAMPLE MANUAL (VERSION 1.0) {page}  ", ""] + [b + "  " for b in body]
    cleaned = clean_text("\n".join(lines) + "\n")
    assert not [t for t in cleaned.lines if "SAMPLE MANUAL" in t]


def _report(parts: int = 3) -> list[str]:
    """A made-up report one paragraph a line, no blank lines: parts with distinct prose."""
    lines = ["某某市2026年政府工作报告"]
    for p in range(parts):
        lines.append("一二三四五"[p] + "、第" + "一二三四五"[p] + "部分的工作")
        lines += [f"第{p}{k}项工作取得明显进展，全年完成投资{k + 3}亿元，比上年增长{k}.5%，群众满意度持续提高。"
                  for k in range(4)]
    return lines


def test_a_chinese_text_with_a_blank_after_every_line_loses_the_blanks():
    plain = _report()
    spaced = [x for line in plain for x in (line, "")]
    cleaned = clean_text("\n".join(spaced) + "\n")
    assert list(cleaned.lines) == list(clean_text("\n".join(plain) + "\n").lines)
    assert len([r for r in cleaned.removed if r.rule == "double-spaced"]) == len(plain)


def test_blank_lines_between_some_lines_or_in_english_stay():
    some = [x for line in _report() for x in ((line,) if "、" not in line else ("", line, ""))]
    assert not [r for r in clean_text("\n".join(some) + "\n").removed if r.rule == "double-spaced"]
    english = [x for k in range(8) for x in (f"Paragraph {k} of an English text, one paragraph a line.", "")]
    assert not [r for r in clean_text("\n".join(english) + "\n").removed if r.rule == "double-spaced"]


def test_a_last_short_line_after_a_dropped_blank_is_no_footer_island():
    """The text's last line (cut short by the copy) stands after a blank `double-spaced` dropped:
    that blank is spacing, not a removed footer line, so the line is text."""
    spaced = [x for line in _report() + ["物价指数基"] for x in (line, "")]
    cleaned = clean_text("\n".join(spaced) + "\n")
    assert cleaned.lines[-1].strip() == "物价指数基"


def test_a_contents_list_over_markdown_marked_sections_is_still_a_contents_list():
    """A Markdown export marks the sections ('## 1.总则'), not the contents list naming them."""
    entries = ["1.总则", "1.1编制目的", "1.2编制依据", "2.组织机构", "2.1机构", "2.2职责", "3.预警", "4.附则"]
    sections = ["## 1.总则", "### 1.1编制目的", "为了做好某某工作，制定本预案，各部门按职责分工负责落实。",
                "### 1.2编制依据", "依据有关法律法规和上级文件的规定，结合本市实际情况编制本预案。"]
    lines = ["# 某某市某某应急预案", "", "某某应急预案目录", ""] + entries + [""] + sections
    cleaned = clean_text("\n".join(lines) + "\n")
    assert [r.text for r in cleaned.removed if r.rule == "unpaged-contents"] == ["某某应急预案目录"] + entries
    assert "## 1.总则" in cleaned.lines


def test_a_share_card_repeating_a_wrapped_paragraph_is_a_share_card():
    """A page printed to PDF wraps the article's paragraph over lines; the share card after the
    article repeats it on one line. It is still a repeat, and goes with the headline above it."""
    from clean.helpers import run_rule
    headline = "某某在某地检查指导防汛减灾工作"
    paragraph = "某某在某地详细检查了防汛设施建设情况，要求各地深刻吸取近期强降雨致灾教训，切实加强防范应对。"
    wrapped = [paragraph[k:k + 20] for k in range(0, len(paragraph), 20)]
    lines = [headline, PROSE] + wrapped + [PROSE2, "扫一扫在手机打开当前页", "相关稿件", headline, paragraph, "回到", "顶部"]
    kept, removed, _ = run_rule("share-card", lines)
    assert [text for _, text in removed] == [headline, paragraph]
    # a closing paragraph that repeats nothing stays
    assert run_rule("share-card", lines[:-4] + ["这是一段新的结束语，前文从未出现过，它只是文章的最后一段话。", "回到"])[1] == []


def test_a_footer_island_in_an_indented_copy_still_goes():
    """`common-indent` cuts the tab of every line, the removed footer lines' too: a cut indent is
    no dropped blank line, so the island between removed lines still stands between removals."""
    plain = _report() + ["", "词条标签：  管理学  ， 法律术语 ", "图集 保险单图册  ",
                         "<https://baike.example.com/pic/1>", " * 浏览次数：次 ", " * 编辑次数：32次历史版本 "]
    indented = ["\t" + line if line.strip() else line for line in plain]
    assert "图集 保险单图册" not in [t.strip() for t in clean_text("\n".join(plain) + "\n").lines]
    assert "图集 保险单图册" not in [t.strip() for t in clean_text("\n".join(indented) + "\n").lines]


def test_marked_article_labels_a_page_apart_are_headings_not_running_heads():
    """'###Article 3' every twenty lines counts up like a page number, but a numbered heading's
    label is never a running head, with Markdown marks before it too."""
    body = [f"Clause {k}: the parties agree to settle any dispute by peaceful means, as set out here." for k in range(18)]
    lines = []
    for n in range(1, 7):
        lines += [f"###Article {n}", ""] + body + [""]
    cleaned = clean_text("\n".join(lines) + "\n")
    assert [t for t in cleaned.lines if t.startswith("###")] == [f"###Article {n}" for n in range(1, 7)]


def test_a_flattened_page_keeps_a_chapter_number_with_its_title():
    """A page flattened onto one line breaks at the gaps between Chinese pieces, but not between a
    chapter's number and its title ('第一章 总则'): that gap is the heading's own space."""
    from clean.helpers import run_rule
    parts = []
    for k, name in enumerate(["总则", "申领和发放", "使用和查验", "法律责任"]):
        parts += ["第" + "一二三四"[k] + "章 " + name,
                  f"第{k + 1}条 为了证明居民身份，便利公民进行社会活动，维护社会秩序，保障公民的合法权益，"
                  f"根据宪法和有关法律的规定，结合实际情况，制定本法第{k + 1}项规定。"]
    flat = " ".join(["中华人民共和国居民身份证法"] + parts)
    assert len(flat) >= 300
    kept, _, _ = run_rule("one-line-page", [flat])
    assert "第一章 总则" in kept and "第四章 法律责任" in kept
    assert "中华人民共和国居民身份证法" in kept


def test_question_marks_where_an_indent_was_are_a_lossy_save():
    """`&nbsp;&nbsp;` indents saved into a Chinese code page: `??` before the paragraph's first
    character, and before a dateline the title block must still read."""
    copy = [("??" + line) if line.startswith(("某", "一", "二", "（")) or line == PROSE else line for line in PLAIN]
    cleaned = clean_text("\n".join(copy) + "\n")
    assert [t.strip() for t in cleaned.lines] == kept(PLAIN)
    assert {r.text for r in cleaned.removed if r.rule == "lossy-indent"} == {"??"}


def test_one_question_at_a_line_start_is_left():
    """One line opening with `?` is not a form; nor is English text, where `?` opens no indent."""
    lines = PLAIN[:4] + ["??" + PROSE] + PLAIN[5:]
    assert not [r for r in clean_text("\n".join(lines) + "\n").removed if r.rule == "lossy-indent"]
    english = ["??1 In the beginning.", "", "??2 And then.", "", "Some prose follows here as it does."] * 2
    assert not [r for r in clean_text("\n".join(english) + "\n").removed if r.rule == "lossy-indent"]
