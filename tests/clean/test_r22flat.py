"""r22flat (issue #11): a text whose line breaks were lost, read back as the lines it had.
Made-up texts only."""
from __future__ import annotations

from dataclasses import replace

from pipeline.clean import clean_text
from pipeline.clean.page import Page, line_gap
from pipeline.clean.rules_joined import joined_lines

from clean.helpers import PROSE, PROSE2


def run(text: str) -> Page:
    return joined_lines(replace(Page.from_text(text), rule="joined-lines"))


def flat(lines: list[str]) -> str:
    return " ".join(lines + [PROSE2, PROSE, PROSE2, PROSE])


# -- the lines split back from a joined text are consecutive lines --------------------------------

def test_the_lines_split_back_are_numbered_as_consecutive_lines():
    text = "某某县政府工作报告\n\n" + flat(["各位代表：", PROSE, "一、过去一年工作回顾", PROSE2, "二、今年主要任务", PROSE])
    page = run(text)
    assert [line.number for line in page.lines] == list(range(1, len(page.lines) + 1))
    assert page.lines[0].text == "某某县政府工作报告" and page.lines[1].text == ""
    assert line_gap(page) == 0   # lines in a row, no blank line between them: as a copy without blank lines reads


def test_a_text_not_joined_keeps_its_source_line_numbers():
    lines = ["某某县政府工作报告", "", PROSE, "", PROSE2]
    page = run("\n".join(lines))
    assert [line.number for line in page.lines] == [1, 2, 3, 4, 5]


def test_a_hard_wrapped_paragraph_split_back_is_read_as_wrapped():
    # a joined copy of a hard-wrapped text: its wrapped lines must join as they do in the copy with lines
    wrapped = ["第一条 为了规范某某事项的管理，保障有关各方", "的合法权益，根据国家有关规定，结合本市实际，", "制定本办法。"]
    text = flat(["某某市某某事项管理办法", "第一章 总则"] + wrapped + ["第二条 本办法适用于本市行政区域内的某某事项。", PROSE])
    cleaned = clean_text(text + "\n")
    assert "某某市某某事项管理办法" in cleaned.lines
    assert cleaned.line_numbers == tuple(sorted(set(cleaned.line_numbers)))   # one number a line, in order


# -- a print's frame in a joined text ---------------------------------------------------------------

def test_a_print_page_counter_and_the_next_page_stamp_are_two_lines():
    page = run(flat(["5/4/26, 9:15 AM", "某某市关于做好年度总结的通知", "各单位：", PROSE, "一、认真总结", PROSE2,
                     "https://www.example.gov.cn/info/12.htm", "1/2", "5/4/26, 9:15 AM", "某某市关于做好年度总结的通知",
                     "二、按时报送", PROSE]))
    texts = page.texts()
    assert "1/2" in texts and texts.count("5/4/26, 9:15 AM") == 2


def test_an_english_print_stamp_ends_before_the_page_title():
    words = ("The council will meet on the first Monday of each month in the town hall, and its minutes will be "
             "kept by the clerk and read at the next meeting. ")
    text = "5/4/26, 9:15 PM Town Council Standing Orders 1. Meetings " + words * 4 + "3/9 5/4/26, 9:15 PM " + words
    texts = [t for t in run(text).texts() if t]
    assert texts[0] == "5/4/26, 9:15 PM"
    assert texts[1].startswith("Town Council Standing Orders")
    assert any(t.endswith("meeting. 3/9") for t in texts) and texts.count("5/4/26, 9:15 PM") == 2


def test_a_date_and_time_inside_an_english_sentence_stay():
    words = "The notice was posted on 5/4/26, 9:15 AM by the clerk and stays up for a week. " * 6
    texts = [t for t in run(words).texts() if t]
    assert not any(t == "5/4/26, 9:15 AM" for t in texts)


# -- an unnumbered heading in capitals between two sentences of an English joined text --------------

MINUTES = ("Town Hall Minutes of the Spring Meeting A meeting of the town council was held in the hall at seven "
           "o'clock, the mayor in the chair and nine members present. CALL TO ORDER The mayor called the meeting "
           "to order and welcomed the members. OPENING PRAYER The prayer was said by the parish priest. "
           "APPROVAL OF THE AGENDA Mr. Brown asked that the item on the bridge be taken first. The agenda was "
           "approved as amended. NASA Administrator remarks were read out. The meeting closed at nine.")


def test_a_heading_in_capitals_between_two_sentences_gets_its_own_line():
    texts = [t for t in run(MINUTES).texts() if t]
    assert "CALL TO ORDER" in texts and "OPENING PRAYER" in texts and "APPROVAL OF THE AGENDA" in texts
    assert "The mayor called the meeting to order and welcomed the members." in texts
    assert any(t.startswith("Mr. Brown asked") for t in texts)   # a title before the name opens the sentence
    assert not any(t == "NASA" for t in texts)   # an acronym opening a sentence stays in it


def test_a_sentence_in_capitals_and_a_name_after_an_initial_stay_whole():
    text = ("THE SOFTWARE IS PROVIDED AS IS WITHOUT WARRANTY OF ANY KIND. IN NO EVENT SHALL THE AUTHORS BE LIABLE. "
            "The rest of this notice was written for the members by the clerk of the works. ") * 3 \
        + "PRESENT J. Smith, Chair; A. Jones, Clerk. The list was read out and agreed by everyone there. "
    texts = [t for t in run(text).texts() if t]
    assert not any(t in ("PRESENT", "IN NO EVENT SHALL THE AUTHORS BE LIABLE.") for t in texts)


def test_a_capitals_head_in_a_normal_file_is_left_to_the_structure_stage():
    lines = ["Minutes", "", "CALL TO ORDER The mayor called the meeting to order.", "", "The members were present."]
    assert run("\n".join(lines)).texts() == lines


def test_an_english_print_frame_in_a_joined_text_gets_its_lines_back():
    body = ("The board shall meet once a month and keep minutes of its meetings, which the clerk reads at the "
            "next meeting for the members to approve. ")
    page = ("5/4/26, 9:15 PM Example Board Standing Orders (c) " + body * 2
            + "https://www.example.org/orders.html 1/2 5/4/26, 9:15 PM Example Board Standing Orders 2. Quorum "
            + body * 2 + "https://www.example.org/orders.html 2/2")
    texts = [t for t in run(page).texts() if t]
    assert texts.count("Example Board Standing Orders") == 2   # the words every header repeats, as far as they agree
    assert texts.count("https://www.example.org/orders.html") == 2 and "1/2" in texts and "2/2" in texts
    cleaned = clean_text(page + "\n")
    assert not any(t.strip() in ("1/2", "2/2", "5/4/26, 9:15 PM") for t in cleaned.lines)   # the frame reads as one


# -- an unnumbered title-case heading between two sentences of an English joined text ----------------

def test_a_title_case_heading_between_two_sentences_gets_its_own_line():
    text = ("The Example Licence Version 1.0 was written for the members of the club and is kept by its clerk. "
            "Introduction The purpose of this licence is to let members share their notes. Terms of Use This "
            "licence applies to every note a member writes for the club. 2. Scope of the Licence The licence "
            "covers notes only. He said so. John Smith then left the room. In Paris the members met again.")
    texts = [t for t in run(text).texts() if t]
    assert "Introduction" in texts and "Terms of Use" in texts
    assert "The purpose of this licence is to let members share their notes." in texts
    assert "2. Scope of the Licence" in texts   # the number is the head's own: the marker rules set it apart
    assert not any(t in ("John Smith", "In Paris") for t in texts)   # no opener after a name; an opener opens a sentence


# -- the sequence of numbers confirms a numbered head no sentence's end announces -------------------

def test_a_numbered_head_after_a_running_head_is_confirmed_by_the_sequence():
    text = ("These are the notes of the club. 1. Introduction The notes say what the club does for its members every year. "
            "Example Club Notes May 2026 2. Membership The club takes members from the town. "
            "2.1. Fees Each member pays a fee in May. (fee) = 2.2. Refunds A fee is paid back on request. "
            "The table in section 3. Results shows the totals of the year. May 2026 3. Meetings It meets monthly.")
    texts = [t for t in run(text).texts() if t]
    assert any(t.startswith("2. Membership") for t in texts)   # after a date: 2. follows 1.
    assert any(t.startswith("2.2. Refunds") for t in texts)    # after a formula: 2.2 follows 2.1
    assert any(t.startswith("3. Meetings") for t in texts)     # 3 follows 2.2
    assert not any(t.startswith("3. Results") for t in texts)  # after a lower-case word: a reference in a sentence


def test_a_numbered_head_set_apart_where_its_sentence_opens_with_an_opener():
    text = ("The first part ends here. 5. Base Encoding with a Safe Alphabet The Base encoding with a safe "
            "alphabet is the same as the one above. 6. Scope This note covers the club only. ") * 3
    texts = [t for t in run(text).texts() if t]
    assert "5. Base Encoding with a Safe Alphabet" in texts and "6. Scope" in texts


def test_a_photo_credit_and_a_spokesman_line_stay_whole():
    lines = ["某某新闻办举行发布会", "图为发布会现场。某某网 张某 摄", "某某新闻办新闻局局长、新闻发言人 王某某", PROSE,
             "某某局局长 李某某：", PROSE2]
    texts = run(flat(lines)).texts()
    assert "图为发布会现场。某某网 张某 摄" in texts   # the credit stays on its caption's line
    assert "某某新闻办新闻局局长、新闻发言人 王某某" in texts and "某某局局长 李某某：" in texts
