"""Check set 5, Chinese (round8zh, issue #11): portal and database chrome around notices that issue
a plan. Made-up words; every rule with the cases it must leave alone."""
from __future__ import annotations

import pytest

from .helpers import PROSE, PROSE2, run_rule

NOTICE = "某某县人民政府办公室关于印发《某某县防汛应急预案》的通知"
PLAN = "某某县防汛应急预案"


# ---- page-meta: an empty label at the end of the byline does not take the headline as its value --

def test_the_headline_under_an_empty_source_label_stays():
    lines = ["发布日期:2020年05月06日 信息来源:", NOTICE, "", "某政办发〔2020〕3号", PROSE]
    kept, removed, _ = run_rule("page-meta", lines)
    assert [t for _, t in removed] == ["发布日期:2020年05月06日 信息来源:"]
    assert NOTICE in kept


@pytest.mark.parametrize("headline", ["关于做好某某工作的意见", "某某市人民政府关于某某事项的批复", "《某某条例》解读"])
def test_other_headlines_under_an_empty_label_stay(headline):
    lines = ["发布时间：2021-03-02 来源：", headline, PROSE]
    assert headline in run_rule("page-meta", lines)[0]


def test_an_outlet_under_an_empty_source_label_still_goes():
    lines = ["标题", "发布时间：2021-03-02 来源：", "某某日报客户端", PROSE]
    assert run_rule("page-meta", lines)[0] == ["标题", PROSE]


# ---- counted-headline: a view counter glued to the site's headline ---------------------------------

@pytest.mark.parametrize("counter", ["0", "1523", " 87"])
def test_a_counted_headline_over_the_documents_own_title_goes(counter):
    title = "市政府办公室关于印发某某市物资保障应急预案的通知"
    lines = [title + counter, "政策", "发布部门:市人民政府办公室", title, "某政办发〔2019〕7号", PROSE]
    kept, removed, _ = run_rule("counted-headline", lines)
    assert [t for _, t in removed] == [title + counter] and kept[2] == title


def test_a_counted_headline_alone_loses_only_its_digits():
    lines = ["某某局关于开展某某检查工作的通知 128", PROSE]
    kept, _, _ = run_rule("counted-headline", lines)
    assert kept == ["某某局关于开展某某检查工作的通知", PROSE]


@pytest.mark.parametrize("headline", ["某某县2023年", "某某市第十五届人民代表大会公告第5", "2024年度预算草案表3"])
def test_a_number_that_is_part_of_the_headline_stays(headline):
    assert run_rule("counted-headline", [headline, PROSE])[1] == []


# ---- contents: a lossy '?' between 目 and 录, and decimal-numbered entries -----------------------

DECIMAL_CONTENTS = ["1 总则", "1.1编制目的", "1.2编制依据", "1.2.1法律依据", "2 组织机构", "2.1指挥部",
                    "2.2办公室", "3 监测预警", "3.1信息监测", "4  附则"]


@pytest.mark.parametrize("label", ["目? 录", "目？录", "目\ufffd录", "目  录", "目錄"])
def test_a_decimal_contents_list_under_a_lossy_label_goes(label):
    lines = [NOTICE, PROSE, PLAN, label] + DECIMAL_CONTENTS + ["1 总则", "1.1编制目的", PROSE2]
    kept, removed, _ = run_rule("contents-box", lines)
    assert [t for _, t in removed] == [label] + DECIMAL_CONTENTS
    assert kept == [NOTICE, PROSE, PLAN, "1 总则", "1.1编制目的", PROSE2]


def test_numbered_list_items_under_a_contents_word_are_no_contents():
    # must not fire: '1.' items with text are a list the text does not take up again
    lines = [PROSE, "目录", "1.科学类", "2.益智类", "3.建构类", PROSE2]
    assert run_rule("contents-box", lines)[1] == []


def test_the_unpaged_list_takes_its_lossy_label():
    entries = ["总则", "1.1 编制目的", "1.2 编制依据", "1.3 适用范围", "组织机构", "2.1 指挥部", "2.2 办公室", "附则"]
    lines = [PROSE, "某某预案目?录"] + entries + ["1 总则", "1.1 编制目的", PROSE2]
    removed = [t for _, t in run_rule("unpaged-contents", lines)[1]]
    assert removed[0] == "某某预案目?录" and len(removed) == len(entries) + 1


# ---- meta-box: a byline field page-meta took still counts as one of the box's ------------------

def test_a_field_box_split_by_a_removed_byline_goes():
    from dataclasses import replace
    from pipeline.clean import BOILERPLATE_RULES
    from pipeline.clean.page import Page
    rules = dict(BOILERPLATE_RULES)
    lines = ["发布部门:市人民政府办公室", "发布时间:2019年12月06日", "有效性:现行有效", NOTICE, PROSE]
    page = Page.from_text("\n".join(lines))
    for name in ("page-meta", "meta-box"):
        page = rules[name](replace(page, rule=name))
    assert page.texts() == [NOTICE, PROSE]


def test_two_fields_alone_are_no_box():
    # must not fire: a byline of two fields is page-meta's, and a salutation stays
    lines = [NOTICE, "发文单位:某某局", "各乡镇人民政府:", PROSE]
    assert run_rule("meta-box", lines)[1] == []


# ---- bare-timestamp: a record's source name alone over its bare date ---------------------------

@pytest.mark.parametrize("source", ["卫健委", "某某日报社", "某某市人民政府办公室"])
def test_a_source_name_over_a_bare_date_goes(source):
    lines = ["国务院办公厅关于印发某某规划的通知", source, "2022-03-28", PROSE]
    kept, removed, _ = run_rule("bare-timestamp", lines)
    assert [t for _, t in removed] == [source, "2022-03-28"]


@pytest.mark.parametrize("lines", [
    ["某某工作报告", "李某某", "2022-03-28", PROSE],             # a person's name: the title block's
    ["某某委", "2022-03-28", PROSE],                              # the first line: the headline itself
    ["某某工作报告", "某某委", "2022年3月28日", PROSE],            # a date in words: a signature's
])
def test_names_over_dates_that_are_no_source_field_stay(lines):
    removed = [t for _, t in run_rule("bare-timestamp", lines)[1]]
    assert lines[-3] not in removed


# ---- stranded-label: a category word between removed headline and field box -------------------

def test_a_category_word_between_removed_chrome_goes():
    from dataclasses import replace
    from pipeline.clean import BOILERPLATE_RULES
    from pipeline.clean.page import Page
    rules = dict(BOILERPLATE_RULES)
    title = "市政府办公室关于印发某某市物资保障应急预案的通知"
    lines = [title + "0", "法规", "发布部门:市人民政府办公室", "发布时间:2019年12月06日", "有效性:现行有效",
             title, "某政办发〔2019〕7号", PROSE]
    page = Page.from_text("\n".join(lines))
    for name in ("counted-headline", "page-meta", "meta-box", "stranded-label"):
        page = rules[name](replace(page, rule=name))
    assert page.texts() == [title, "某政办发〔2019〕7号", PROSE]


def _stranded(word: str, after: str) -> list[str]:
    from dataclasses import replace
    from pipeline.clean.page import Page
    from pipeline.clean.rules_portal import stranded_label
    from pipeline.model import Removal
    page = Page.from_text("\n".join(["x", word, "y", after, PROSE]))
    page = replace(page, lines=page.lines[1:2] + page.lines[3:],
                   removed=(Removal(1, "x", "widget"), Removal(3, "y", "widget")), rule="stranded-label")
    return stranded_label(page).texts()


def test_a_stranded_category_word_goes_alone():
    assert _stranded("法规", "某某关于某某的决定") == ["某某关于某某的决定", PROSE]


@pytest.mark.parametrize("word, after", [
    ("通知", "某某关于某某的决定"),          # a kind of document: a title may be that short
    ("公告", "某某关于某某的决定"),
    ("防汛", "某某县防汛应急预案"),          # a short form the next line spells out
    ("某某县人民政府", "某某关于某某的决定"),  # longer than a category's word
])
def test_words_that_may_be_the_text_stay(word, after):
    assert word in _stranded(word, after)


# ---- glued-table-heading: the next heading glued to a flattened table's last cell -------------

TABLE = "（单位：万人）2019年2020年2021年2022年常住人口12.3913.4216.6616.66其中：户籍人口8.258.1210.089.67占比(%)66.5960.5160.558.04"


@pytest.mark.parametrize("number, mark", [("2", "．"), ("2", "."), ("12", "、")])
def test_a_heading_glued_to_a_flattened_table_is_put_back_on_its_line(number, mark):
    previous = f"{int(number) - 1}{mark}入园需求持续增长"
    head = f"{number}{mark}师资队伍数量有缺口，专业教师需求突出"
    lines = [previous, PROSE, TABLE + head, PROSE2]
    kept, _, _ = run_rule("glued-table-heading", lines)
    assert kept == [previous, PROSE, TABLE, head, PROSE2]


@pytest.mark.parametrize("line", [
    "据统计，2005年出生12.39万人，2013年将达16.5万人。2．师资队伍数量有缺口",   # few digits: a sentence
    TABLE + "2．师资队伍数量有缺口。",                                              # a sentence after it
])
def test_other_numbered_tails_stay(line):
    lines = ["1．入园需求持续增长", PROSE, line, PROSE2]
    assert run_rule("glued-table-heading", lines)[0] == lines


def test_a_full_width_predecessor_counts():
    lines = ["１．入园需求持续增长", PROSE, TABLE + "２．师资队伍数量有缺口", PROSE2]
    assert run_rule("glued-table-heading", lines)[0] == ["１．入园需求持续增长", PROSE, TABLE, "２．师资队伍数量有缺口", PROSE2]


def test_no_glued_heading_without_its_predecessor_above():
    lines = [PROSE, TABLE + "2．师资队伍数量有缺口", PROSE2]
    assert run_rule("glued-table-heading", lines)[0] == lines


# ---- page-meta: a Traditional copy's byline with pinyin glosses and a counter's unit --------------

def test_a_glossed_traditional_byline_goes():
    lines = ["某某辦公室關于規(guī)范某某工作的通知", "來源:某某辦公室", "發(fā)布日期:2022-03-17", "點擊數:人次", PROSE]
    kept, removed, _ = run_rule("page-meta", lines)
    assert kept == [lines[0], PROSE]


def test_a_glossed_sentence_naming_a_date_stays():
    lines = [PROSE, "會議發(fā)布日期另行通知，請各單位做好準備。", PROSE2]
    assert run_rule("page-meta", lines)[1] == []


def test_the_part_over_the_first_repeated_section_is_the_texts_own_heading():
    # robust2's spacing: the contents box took its label and first entry '1 总则'; the unpaged list
    # left starts at '1.1', so the real '1 总则' right over the repeated '1.1' is no entry
    from dataclasses import replace
    from pipeline.clean.page import Page
    from pipeline.clean.rules_book import unpaged_contents
    from pipeline.model import Removal
    entries = ["1.1 编制目的", "1.2 编制依据", "1.3 适用范围", "2 组织机构", "2.1 指挥部", "2.2 办公室", "3 预警监测", "4 附则"]
    page = Page.from_text("\n".join(entries + ["1 总则", "1.1 编制目的", PROSE, "1.2 编制依据", PROSE2]))
    page = replace(page, removed=(Removal(1, "目录", "contents-box"), Removal(1, "1 总则", "contents-box")),
                   rule="unpaged-contents")
    assert unpaged_contents(page).texts() == ["1 总则", "1.1 编制目的", PROSE, "1.2 编制依据", PROSE2]


def test_a_page_title_a_rule_cut_its_site_name_off_stays():
    # robust2's spacing of an encyclopedia page: '保险单_百度百科' cut to '保险单' between removed menus
    from dataclasses import replace
    from pipeline.clean.page import Page
    from pipeline.clean.rules_portal import stranded_label
    from pipeline.model import Removal
    page = Page.from_text("\n".join(["x", "保险单", "y", "保险单是保险合同的书面证明。", PROSE]))
    page = replace(page, lines=page.lines[1:2] + page.lines[3:],
                   removed=(Removal(1, "x", "widget"), Removal(2, "_百度百科", "page-title"), Removal(3, "y", "widget")),
                   rule="stranded-label")
    assert "保险单" in stranded_label(page).texts()
