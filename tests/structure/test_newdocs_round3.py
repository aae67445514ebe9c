"""Structure rules the third round of unseen documents prompted (issue #11, newdocs, xn16-xn18):
made-up variants of each phenomenon, and what each rule must leave alone."""
from __future__ import annotations

from structure.test_unseen_kinds import doc_of, outline

WIDE = ("the board met twice in the spring and once in the autumn, and each time it heard from the people",
        "who keep the wells, who told it where the water had run low and where it had not, and what they")
NARROW = "would need to go on."



def test_transcript_speaker_turns_are_no_headings():
    text = "\n\n".join([
        "Remarks at the Opening of the Bridge",
        "THE MAYOR:  Thank you.  (Applause.)  It is a great day for the town, and I am glad to see you all here.",
        "CROWD:  Hear, hear!",
        "THE MAYOR:  We waited a long time for this bridge, and the people who built it worked through the winter.",
        "COUNCILLOR REED:  Point of order —",
        "THE MAYOR:  Later, please.  (Laughter.)  Now let us walk across it together.",
    ])
    assert outline(doc_of(text)) == []


def test_a_capitals_label_once_is_no_transcript():
    from pipeline.structure.blocks import Block
    from pipeline.structure.english import speaker_turns
    turns = [Block("THE MAYOR:  Thank you.", 1), Block("CROWD:  Hear, hear!", 3), Block("THE MAYOR:  Now let us go.", 5)]
    assert speaker_turns(turns) == {0, 1, 2}
    # two turns, or three labels that never recur, or a division's label: no transcript
    assert speaker_turns(turns[:2]) == set()
    assert speaker_turns([Block("NOTE:  Read this first.", 1), Block("CROWD:  Hear!", 3), Block("THE MAYOR:  Go.", 5)]) == set()
    assert speaker_turns([Block("PART ONE:  The Wells", 1), Block("PART TWO:  The Springs", 3),
                          Block("PART THREE:  The Rivers", 5), Block("PART FOUR:  The Sea", 7)]) == set()


def test_a_short_phrase_glued_over_its_paragraph_in_column_text_stands_alone():
    from pipeline.structure.blocks import make_blocks
    para = [WIDE[0].capitalize(), WIDE[1], NARROW]
    lines = ["Early history", *para, "", "Wells and springs", *para, "", *para]
    blocks = make_blocks(lines, list(range(1, len(lines) + 1)), "en")
    assert [b.text for b in blocks][:2] == ["Early history", " ".join(para)]
    assert blocks[2].text == "Wells and springs" and len(blocks) == 5


def test_a_short_first_line_that_runs_on_is_no_heading():
    # a line ending on a function word, one with an end mark, or one over a line that does not fill
    # the measure, stays in its paragraph
    from pipeline.structure.blocks import make_blocks
    for first, after in (("The wells of the", WIDE[0]), ("Dear Friends,", WIDE[0].capitalize()),
                         ("Spring reports", NARROW.capitalize())):
        lines = [first, after, "", *WIDE, NARROW, "", *WIDE, NARROW]
        blocks = make_blocks(lines, list(range(1, len(lines) + 1)), "en")
        assert blocks[0].text.startswith(first + " ") and len(blocks) == 3, first


def test_an_acts_long_title_and_number_line_are_no_parts():
    text = "\n\n".join([
        "# Rivers Act 2031", "No. 12, 2031",
        "# An Act to provide for the care of rivers, and for related purposes",
        "# Chapter 1—Introduction", "## Part 1—Preliminary", "#### 1 Short title",
        "This Act may be cited as the Rivers Act 2031.", "#### 2 Commencement", "This Act commences on 1 July 2031.",
    ])
    assert outline(doc_of(text)) == [(1, "Chapter 1—Introduction"), (2, "Part 1—Preliminary"),
                                     (3, "1 Short title"), (3, "2 Commencement")]


def test_a_deeper_opening_section_does_not_demote_a_later_hash_heading():
    text = "\n\n".join([
        "# Rivers Act 2031", "### About this compilation", "This compilation shows the Act as in force.",
        "# Chapter 1—Introduction", "## Part 1—Preliminary", "#### 1 Short title", "This Act may be cited so.",
    ])
    assert outline(doc_of(text)) == [(1, "About this compilation"), (1, "Chapter 1—Introduction"),
                                     (2, "Part 1—Preliminary"), (3, "1 Short title")]
    # a README's stray '#' among '##' sections still ranks with them
    text = "\n\n".join(["# Tool", "## Install", "Run the installer.", "# Usage", "Run it.", "## Licence", "MIT."])
    assert [lv for lv, _ in outline(doc_of(text))] == [1, 1, 1]


NOTICE = "\n\n".join([
    "某某市人民政府办公室关于印发某某市防汛抗旱应急预案(试行)的通知",
    "某政办发〔201912",
    "各区县人民政府,市级有关部门:",
    "经市人民政府同意,现将《某某市防汛抗旱应急预案(试行)》印发给你们,请认真贯彻执行。",
    "某某市人民政府办公室",
    "(此件公开发布)",
    "某某市防汛抗旱应急预案(试行)",
    "一、总则",
    "为做好防汛抗旱工作,保障人民群众生命财产安全,制定本预案。",
    "二、组织机构",
    "市防汛抗旱指挥部负责全市的防汛抗旱工作,办公室设在市水务局。",
])


def test_an_issued_documents_title_heads_its_annex_and_the_signature_is_no_heading():
    doc = doc_of(NOTICE)
    assert doc.title.startswith("某某市人民政府办公室关于印发")
    assert outline(doc) == [(1, "某某市防汛抗旱应急预案(试行)"), (2, "一、总则"), (2, "二、组织机构")]
    # the damaged document number under the title is front matter, not a part
    assert any("〔201912" in block.text for block in doc.front)


def test_a_notice_that_issues_nothing_by_name_has_no_annex_heading():
    text = NOTICE.replace("关于印发某某市防汛抗旱应急预案(试行)的通知", "关于做好防汛抗旱工作的通知")
    # the line is no annex then: nothing nests under it
    assert [lv for lv, _ in outline(doc_of(text))] == [1, 1, 1]
