"""The wrap round (issue 11, requirement 4): text extracted from a PDF — lines hard-wrapped at the
measure, with or without the blank lines between paragraphs. Made-up texts, one rule a test."""
from __future__ import annotations

from pipeline.structure.blocks import display_width, make_blocks

from structure.test_printed_chinese import _paragraph, _wrap


def test_a_headline_filling_the_measure_over_a_blank_line_stays_a_line_of_its_own():
    title = "某某市人民政府办公室关于进一步做好二〇二六年度城乡居民基本医疗保险参保登记工作的通知"
    assert display_width(title) >= 0.9 * 84
    lines = [title, ""] + [l for n in range(6) for l in _wrap(_paragraph(n)) + [""]]
    blocks = make_blocks(lines, list(range(1, len(lines) + 1)), "zh")
    assert blocks[0].text == title
    assert blocks[1].text == _paragraph(0)


def test_a_full_line_with_a_comma_before_a_blank_line_still_runs_on_across_a_page_break():
    first = _wrap(_paragraph(0))
    cut = _wrap(_paragraph(1))
    lines = first + [""] + cut[:1] + ["", "", ""] + cut[1:] + [""] + [l for n in range(2, 7) for l in _wrap(_paragraph(n))]
    blocks = make_blocks(lines, list(range(1, len(lines) + 1)), "zh")
    assert _paragraph(1) in [b.text for b in blocks]


def test_a_headline_ending_in_its_kind_stays_whole_at_the_head_of_a_copy_without_blank_lines():
    title = "某某市人民代表大会常务委员会关于市人民政府制定规章设定行政事业性收费限额的规定"
    assert display_width(title) >= 0.9 * 84
    lines = [title, "某某市人大常委会"] + [l for n in range(6) for l in _wrap(_paragraph(n))]
    blocks = make_blocks(lines, list(range(1, len(lines) + 1)), "zh")
    assert [b.text for b in blocks[:2]] == [title, "某某市人大常委会"]


def test_a_title_wrapped_over_two_lines_still_runs_on():
    first = "某某市人民政府办公厅转发市发展改革委关于进一步加强二〇二六年度价格监测工作的意见"
    assert display_width(first) >= 0.9 * 84
    lines = [first, "的通知"] + [l for n in range(6) for l in _wrap(_paragraph(n))]
    blocks = make_blocks(lines, list(range(1, len(lines) + 1)), "zh")
    assert blocks[0].text == first + "的通知"


def test_the_first_line_over_a_blank_line_is_whole_with_a_colon_in_it():
    title = "某某市经济工作会议会风大变：书记讲话开门见山，市长讲话重在解读全年各项目标任务"
    assert display_width(title) >= 0.9 * 84
    lines = [title, "", "书记讲话开门见山", ""] + [l for n in range(6) for l in _wrap(_paragraph(n)) + [""]]
    blocks = make_blocks(lines, list(range(1, len(lines) + 1)), "zh")
    assert [b.text for b in blocks[:2]] == [title, "书记讲话开门见山"]


from pipeline.structure.unwrap import headline_set_whole, split_wrapped

RUNNING = ("The committee considered the annual accounts of the district council and heard evidence from the "
           "treasurer and the auditors on the state of the reserves, the pension fund and the new leisure centre "
           "which opened in the spring after two years of delays and a dispute over the contract for its roof.")


def _page(lines):
    return [[t for t, _ in para] for para in split_wrapped([(l, n) for n, l in enumerate(lines, 1)], 76)]


def test_a_title_case_headline_at_the_measure_stands_apart_from_the_paragraph_under_it():
    import textwrap
    head = "Harbour Improvement Bill 2026 [Lords]: Second Reading and Committee Stages"
    assert len(head) >= 0.8 * 76
    body = textwrap.wrap("I beg to move that the Bill be now read a second time. " + RUNNING, 76)
    assert _page([head] + body) == [[head], body]


def test_a_title_wrapped_in_title_case_and_a_line_cut_before_its_last_words_run_on():
    assert not headline_set_whole("Notice of the Borough Council on Issuing the Standing Orders of the Borough",
                                  "Council (No. 4 [2026] of the Borough Council)")
    assert not headline_set_whole("Delivered at the Third Session of the Fourth Assembly of the", "People's Assembly")
    assert not headline_set_whole("IN NO EVENT WILL THE LICENSOR BE LIABLE TO YOU FOR ANY SPECIAL DAMAGES", "Whatever happens")


def test_a_line_ending_on_a_spaced_dash_runs_on():
    import textwrap
    body = textwrap.wrap(RUNNING, 76)
    assert _page(["Council debate -", "Tuesday, 3 Mar 2026"] + body)[0] == ["Council debate -", "Tuesday, 3 Mar 2026"]


def test_a_document_number_under_a_title_set_past_the_margin_is_glued_to_neither():
    title = "某某市人民政府办公室关于印发《某某市政务云平台管理实施细则》等三个文件的通知"
    assert display_width(title) > 1.1 * 76 - 10   # wider than the wrapped lines below
    body = [l for n in range(6) for l in _wrap(_paragraph(n), width=76)]
    lines = [title, "某政办发〔2026〕9号", "各县（市）、区人民政府："] + body
    texts = [b.text for b in make_blocks(lines, list(range(1, len(lines) + 1)), "zh")]
    assert texts[:3] == [title, "某政办发〔2026〕9号", "各县（市）、区人民政府："]


def test_a_short_sentence_after_a_sentence_ended_at_the_margin_stays_in_its_paragraph():
    # a paragraph whose second line ends a sentence exactly at the margin, then a short last sentence
    first = ("各项社会事业加快发展，城乡居民生活水平进一步提高，社会保障体系不断健全，" * 2)[:38]
    second = ("国防和军队现代化建设取得新进展，民族宗教工作进一步加强，侨务工作" * 2)[:37] + "。"
    lines = [first, second, "外交工作成绩显著。"]
    assert display_width(first) == display_width(second) == 76
    body = [l for n in range(6) for l in _wrap(_paragraph(n), width=76)]
    texts = [b.text for b in make_blocks(body[:8] + lines + body[8:], list(range(1, len(body) + len(lines) + 1)), "zh")]
    assert "".join(lines) in texts and "外交工作成绩显著。" not in texts


def test_an_entry_name_over_its_own_text_is_a_heading_not_a_byline():
    from structure.test_rules import doc_of
    entry = ("Ashford County, located on the north coast, has a ferry to the islands. It is one of the oldest "
             "ports of the region and its fish market opens every morning before dawn.")
    doc = doc_of("\n".join(["Counties", "Ashford County", entry]))
    assert doc.title == "Counties"
    assert not doc.authors


def test_a_news_headline_over_a_lede_that_opens_with_its_day_is_whole():
    title = "《某某省国民经济和社会发展第十五个五年规划和二〇三五年远景目标纲要》正式发布"
    assert display_width(title) >= 0.9 * 84
    lede = _wrap("3月25日，省政府新闻办召开新闻发布会，发布《某某省国民经济和社会发展第十五个五年规划纲要》。" + _paragraph(0))
    lines = [title] + lede + [l for n in range(1, 6) for l in _wrap(_paragraph(n))]
    blocks = make_blocks(lines, list(range(1, len(lines) + 1)), "zh")
    assert blocks[0].text == title


def test_a_deck_repeating_the_headline_is_no_wrapped_rest_of_it():
    title = "某某市经济工作会议会风大变：书记讲话开门见山，市长讲话重在解读全年各项目标任务"
    deck = "书记讲话开门见山，市长讲话重在解读"
    lines = [title, deck] + [l for n in range(6) for l in _wrap(_paragraph(n))]
    blocks = make_blocks(lines, list(range(1, len(lines) + 1)), "zh")
    assert [b.text for b in blocks[:2]] == [title, deck]


def test_a_full_line_without_a_clause_mark_runs_on_in_a_copy_with_a_blank_line_after_every_line():
    """A copy that puts a blank line after every line (its own spacing) has no paragraph mark in a
    single blank line: a full line with no clause mark in it (only `、`) still runs on."""
    opening = "各部门、单位要客观、全面地总结本部门、单位二〇二六年度各项工作的主要做法和实际成效并撰写总结报告"
    paragraph = opening + "，按时报送党政办公室。" + _paragraph(1)
    wrapped = _wrap(paragraph)
    assert not any(mark in wrapped[0] for mark in "，,；;：:。")   # the first line holds no clause mark
    spaced = [l for line in wrapped + [""] + _wrap(_paragraph(2)) for l in ([line, ""] if line else [""])]
    lines = spaced + [l for n in range(3, 7) for line in _wrap(_paragraph(n)) for l in (line, "")]
    blocks = make_blocks(lines, list(range(1, len(lines) + 1)), "zh")
    assert paragraph in [b.text for b in blocks]


def test_a_bracketed_dateline_under_a_title_is_no_piece_of_the_title_line():
    """(wrapdate) A speech's name and its date in brackets under it fill one measure between them,
    as two pieces of one printed line would; the dateline is a line of its own all the same."""
    title = "在某某市第十七届人民代表大会第三次会议全体会议开幕式上的报告"
    date = "（二〇二六年一月五日）"
    assert 0.9 * 84 <= display_width(title) + display_width(date) <= 1.05 * 84
    lines = [title, date] + [l for n in range(6) for l in _wrap(_paragraph(n))]
    texts = [b.text for b in make_blocks(lines, list(range(1, len(lines) + 1)), "zh")]
    assert texts[0] == title and texts[1] == date


def test_a_headline_filling_the_measure_over_a_removed_line_ends_there():
    """(wrapdate) The cleaner took the page's dateline out from under the headline (a gap in the line
    numbers, no blank line): the headline, full to the margin, does not run into the text."""
    title = "某某市人民政府办公室关于进一步做好二〇二六年度城乡居民基本医疗保险参保登记工作的通知"
    body = [l for n in range(6) for l in _wrap(_paragraph(n))]
    numbers = [1] + list(range(3, 3 + len(body)))
    texts = [b.text for b in make_blocks([title] + body, numbers, "zh")]
    assert texts[0] == title
    # a first line with a clause mark in it is prose: it still runs on over the gap
    blurb = "在日常工作中，定期检查和更新工作计划是非常重要的，通过制定一份工作计划可以更好地分配资源"
    texts = [b.text for b in make_blocks([blurb] + body, numbers, "zh")]
    assert texts[0] != blurb
