"""List items stay one item a block (pipeline/structure/lists.py): made-up lists of the kinds
statutes, steps, READMEs and policy texts use. Each item is its own paragraph, its marker kept as
written; a wrapped item's next lines join it; items are never headings, and a numbered series of
headings with its sections' text between them stays headings."""
from __future__ import annotations

from pipeline.structure import lists
from structure.helpers import doc_of, levels, texts


def test_bullets_and_steps_in_english_each_their_own_paragraph():
    doc = doc_of("Kit\n\nThe kit contains:\n\n- a sensor board\n- two cables\n- a card\n\n"
                 "Steps:\n\n1. Plug it in.\n2. Run setup.\n3. Wait for the light.")
    assert texts(doc) == ["The kit contains:", "- a sensor board", "- two cables", "- a card",
                          "Steps:", "1. Plug it in.", "2. Run setup.", "3. Wait for the light."]
    assert levels(doc) == []


def test_statute_letters_under_a_lead_in_are_items_not_a_wall():
    doc = doc_of('Data Act\n\nSection 1. Definitions\n\nIn this Act:\n'
                 '(a) "controller" means the person who decides;\n'
                 '(b) "processor" means a person acting for it;\n'
                 '(c) "data" means recorded information.\n\nSection 2. Duties\n\n'
                 'A controller shall keep records.')
    assert levels(doc) == [(1, "Section 1. Definitions"), (1, "Section 2. Duties")]
    first = [p.text for p in doc.sections[0].paragraphs]
    assert first == ["In this Act:", '(a) "controller" means the person who decides;',
                     '(b) "processor" means a person acting for it;', '(c) "data" means recorded information.']


def test_wrapped_items_in_hard_wrapped_text_keep_their_lines_together():
    doc = doc_of("Rules\n\nThe member shall:\n"
                 "(i) keep the register of the meetings held in the year and\n"
                 "    show it to any member who asks;\n"
                 "(ii) pay the fee within thirty days of the notice, unless the\n"
                 "committee has waived it in writing; and\n"
                 "(iii) give notice of a change of address.\n\nA later paragraph ends the list.")
    assert texts(doc) == [
        "The member shall:",
        "(i) keep the register of the meetings held in the year and show it to any member who asks;",
        "(ii) pay the fee within thirty days of the notice, unless the committee has waived it in writing; and",
        "(iii) give notice of a change of address.",
        "A later paragraph ends the list."]


def test_chinese_circled_and_bracketed_numbers_are_not_joined_nor_headings():
    doc = doc_of("关于某某工作的通知\n\n各单位：\n\n现将有关事项通知如下：\n①加强组织领导，明确责任分工\n"
                 "②完善工作机制，强化督促检查\n③做好宣传引导\n\n主要任务包括：\n（1）推进改革\n（2）扩大开放\n\n特此通知。")
    assert levels(doc) == []
    assert texts(doc) == ["各单位：", "现将有关事项通知如下：", "①加强组织领导，明确责任分工", "②完善工作机制，强化督促检查",
                          "③做好宣传引导", "主要任务包括：", "（1）推进改革", "（2）扩大开放", "特此通知。"]


def test_a_numbered_heading_series_with_text_between_stays_headings():
    body = ("The text of this part runs on for a while and says what the part is about, in\n"
            "sentences that fill the line and end with a full stop.")
    doc = doc_of(f"A Report\n\n1. Introduction\n\n{body}\n\n2. Method\n\n{body}\n\n3. Results\n\n{body}")
    assert levels(doc) == [(1, "1. Introduction"), (1, "2. Method"), (1, "3. Results")]


def test_markers_read_and_counted():
    assert lists.item_kinds("(b) text") == [("a()", 2)]
    assert lists.item_kinds("(i) text") == [("i()", 1), ("a()", 9)]   # roman or letter: the run decides
    assert lists.item_kinds("1.5 million") == [] and lists.item_kinds("-5 °C") == []
    assert lists.item_starts(["In this Act:", "(h) one;", "(i) two;", "(j) three."]) == {1, 2, 3}   # (i) after (h): a letter
    assert lists.item_starts(["Duties:", "(i) one;", "(ii) two;", "(iii) three."]) == {1, 2, 3}    # (i) (ii): roman
    assert lists.item_starts(["1. one", "3. three"]) == set()          # not counting by one
    assert lists.item_starts(["1.5 million people", "2.5 million more"]) == set()   # decimals, no markers
    assert lists.item_starts(["- one", "* two"]) == set()              # two kinds of bullet: no run
    assert lists.item_starts(["e.g. this", "f.g. that"]) == set()      # abbreviations
    assert lists.item_starts(["①甲", "②乙"]) == {0, 1}
    assert lists.item_starts(["1、甲", "2、乙"]) == {0, 1}
    assert lists.item_starts(["• 甲", "• 乙", "• 丙"]) == {0, 1, 2}


def test_an_enumeration_running_inside_a_line_still_joins_its_cut_off_item():
    doc = doc_of("某某须知\n\n一、材料\n投保人应当提交：（1）投保单（2）身份证明（3）保险费正式收据（4）变更通知书\n（5）现金价值表。以上材料齐全后办理。")
    assert "（4）变更通知书（5）现金价值表。以上材料齐全后办理。" in "".join(texts(doc))
