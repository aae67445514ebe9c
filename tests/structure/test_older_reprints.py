"""Reprinted older national reports (1980s, issue #11): the title block of a reprint on an older
portal or a content site. Made-up variants, one rule each, beside what each rule must leave alone.
The real documents are tests/corpus/extra/docs/xk3…xk5."""
from __future__ import annotations

from structure.test_rules import doc_of, outline

LONG = "这是一段足够长的正文内容，用来说明这一部分的具体情况和各项工作的进展，并且交代了原因。"


# -- the speaker in brackets under the dateline ---------------------------------------------------

def test_a_bracketed_speaker_under_the_dateline_is_the_speaker():
    doc = doc_of("某某年政府工作报告\n关于某某计划的报告\n一九八七年三月二十五日在\n第六届全国人民代表大会第五次会议上\n"
                 "（国务院总理 某某某）\n各位代表：\n" + LONG + "\n一、过去一年的工作\n" + LONG)
    assert [(a.role, a.name) for a in doc.authors] == [("国务院总理", "某某某")]
    assert outline(doc) == [(1, "一、过去一年的工作")]


def test_a_bracketed_speaker_glued_to_the_dateline_is_the_speaker():
    doc = doc_of("政府工作报告\n——一九八七年三月二十五日在第六届全国人民代表大会第五次会议上（国务院总理某某某）\n"
                 "各位代表：\n" + LONG)
    assert [a.name for a in doc.authors] == ["某某某"]
    assert doc.date == "1987-03-25"


def test_a_bracketed_note_or_organisation_is_no_speaker():
    """'（根据录音整理）' is an editor's note; '（国务院办公厅）' names no person who speaks."""
    note = doc_of("政府工作报告\n——1987年3月25日在某某会议上\n（根据录音整理）\n各位代表：\n" + LONG)
    assert note.authors == []
    org = doc_of("政府工作报告\n——1987年3月25日在某某会议上\n（国务院办公厅）\n各位代表：\n" + LONG)
    assert all(a.kind != "person" for a in org.authors)


# -- a thematic subtitle over the speaker, no dateline ------------------------------------------

def test_a_subtitle_over_the_speaker_and_salutation_is_the_subtitle():
    doc = doc_of("1982年政府工作报告\n关于第六个五年计划的报告\n国务院总理 某某某\n各位代表：\n" + LONG
                 + "\n第六个五年计划的基本任务\n" + LONG)
    assert doc.subtitle == "关于第六个五年计划的报告"
    assert [a.name for a in doc.authors] == ["某某某"]
    assert outline(doc) == [(1, "第六个五年计划的基本任务")]


def test_a_short_line_over_a_speaker_without_salutation_is_left_to_the_body():
    """No '各位代表：' after the speaker: the rule does not take the line as the subtitle."""
    doc = doc_of("1982年政府工作报告\n关于第六个五年计划的报告\n国务院总理 某某某\n" + LONG)
    assert doc.subtitle != "关于第六个五年计划的报告"


# -- a work's header in traditional script: the speaker, a bare date, then the same day's dateline -

def test_a_traditional_script_speaker_is_the_speaker():
    doc = doc_of("1984年政府工作報告\n國務院總理 某某某\n各位代表:\n" + LONG)
    assert [(a.role, a.name) for a in doc.authors] == [("國務院總理", "某某某")]


def test_a_bare_date_then_the_same_days_dateline_are_both_front_matter():
    doc = doc_of("1984年政府工作報告\n國務院總理 某某某\n1984年5月15日\n1984年5月15日在第六屆全國人民代表大會第二次會議上\n"
                 "各位代表:\n" + LONG + "\n關於國內建設\n" + LONG)
    assert doc.subtitle == "1984年5月15日在第六屆全國人民代表大會第二次會議上"
    assert doc.date == "1984-05-15"
    assert outline(doc) == [(1, "關於國內建設")]


def test_a_dated_line_of_another_day_after_a_bare_date_is_not_taken_as_the_dateline():
    """'1984年5月15日' then a dateline of another day: not the same occasion, the rule keeps out."""
    doc = doc_of("1984年政府工作報告\n1984年5月15日\n1983年6月6日在第六屆全國人民代表大會第一次會議上\n各位代表:\n" + LONG)
    assert doc.subtitle != "1983年6月6日在第六屆全國人民代表大會第一次會議上"
