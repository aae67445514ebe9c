"""(r49, issue 11) Clean rules of round r49, each on made-up texts of its phenomenon.

- A label over an index of years is no prose: the page's head zone runs on under it (zones.NUMBER_INDEX).
- A PDF reader's page markers `-- 2 of 249 --` (rules_pages.COUNTER_OF).
- A line of CSS a page copy kept (rules_portal.style_residue).
- An ad's slot: its label with the reader's prompt anywhere, the bare label where it stands twice (vocab_en).
- A release's `**ENDS**` wherever it stands (rules_release_en).
- A story's pager at its foot, and the box labels under it (rules_tail.article_pager).
- A placeholder where a picture stood: `(相关资料图)` (rules_labels.PICTURE_PLACEHOLDER).
- A Chinese wiki's redirect note and the skin's labels over it (rules_wiki._redirect_note).
"""
from __future__ import annotations

from pipeline.clean import clean_text
from pipeline.clean.zones import is_prose

PARA = "2018年，全市上下认真落实新发展理念，坚持稳中求进工作总基调，经济运行总体平稳、稳中有进，各项社会事业全面发展。"
PARA2 = "全年地区生产总值比上年增长百分之五点五，其中第一产业增加值增长百分之三，第二产业增加值增长百分之五。"
EN = ("The Trust had a good year, and the harbour was busier than it had been for a decade, with more ships "
      "calling at the port and more goods passing over the quays than in any year before it.")


def _kept(text: str) -> list[str]:
    return [line.strip() for line in clean_text(text).lines if line.strip()]


def test_an_index_of_years_under_its_label_is_no_prose():
    assert not is_prose("统计年鉴年度索引: 2023 2022 2021 2020 2019 2018 2017 2016 [ 统计年鉴分省、行业总索引 ]")
    assert is_prose("统计公报年度索引说明：2023年起，本站按年度整理各地公报，方便读者查阅。")
    text = ("加入收藏 | 会员中心\n统计年鉴年度索引: 2023 2022 2021 2020 2019 2018 [ 统计年鉴分省、行业总索引 ]\n"
            "站内搜索: 高级搜索\n您当前的位置:首页 > 统计公报 > 某省\n\n某市2018年国民经济和社会发展统计公报\n\n" + PARA + "\n\n" + PARA2 + "\n")
    assert _kept(text)[0] == "某市2018年国民经济和社会发展统计公报"


def test_a_pdf_readers_page_markers():
    pages = [f"{EN}\n\n-- {n} of 249 --\n\n" for n in (1, 2, 3)]
    kept = _kept("The Harbour Act\n\n" + "".join(pages))
    assert not any(line.startswith("--") for line in kept)


def test_a_line_of_css_goes_and_a_sentence_with_braces_stays():
    text = (f"A Harbour Story\n\n{EN}\n\na.supporter:hover {{background:#EC4438!important;}} @media screen and "
            "(max-width: 480px) { #byline-block div.byline-block {padding-right:16px;}}\n\n"
            "The set {1, 2, 3} has three members, as the clerk wrote in the margin of the ledger that year.\n")
    kept = _kept(text)
    assert not any("supporter" in line for line in kept)
    assert any(line.startswith("The set {1, 2, 3}") for line in kept)


def test_an_ads_slot_in_the_text():
    text = f"A Harbour Story\n\n{EN}\n\nAdvertisement - scroll to continue reading\n\n{EN} Again.\n\nAdvertisement\n\n{EN} Once more.\n\nAdvertisement\n"
    assert not any(line.startswith("Advertisement") for line in _kept(text))


def test_one_advertisement_heading_in_a_book_stays():
    text = f"THE HISTORY\n\nADVERTISEMENT\n\n{EN}\n"
    assert "ADVERTISEMENT" in _kept(text)


def test_a_releases_ends_mark_anywhere():
    text = f"Harbour Trust opens its new quay\n\n{EN}\n\n**ENDS**\n\n### Using this site for work?\n\n{EN} And the site is free.\n"
    assert "**ENDS**" not in _kept(text)


def test_a_storys_pager_and_the_box_labels_under_it():
    text = f"某区人民代表大会会议开幕\n\n{PARA}\n\n{PARA2}\n\n1 2 下一页 全文阅读\n\n图文推荐\n\n热门文字\n\n精彩赏析\n"
    kept = _kept(text)
    assert kept[-1] == PARA2


def test_a_pictures_placeholder():
    text = f"某区人民代表大会会议开幕\n\n{PARA}\n\n(相关资料图)\n\n{PARA2}\n"
    assert not any("相关资料图" in line for line in _kept(text))


def test_a_chinese_wikis_redirect_note_and_the_skins_label():
    text = f"某县\n外观\n(重定向自某阳县)\n某县位于中国某省东部、长江下游西北岸，是某市下辖的一个县，区域总面积为一千三百平方公里。\n历史\n{PARA}\n"
    kept = _kept(text)
    assert kept[:2] == ["某县", "某县位于中国某省东部、长江下游西北岸，是某市下辖的一个县，区域总面积为一千三百平方公里。"]


def test_a_two_page_prints_head_and_foot_with_the_counter_one_space_after_the_address():
    head = "12/4/26, 5:35 PM Chapter 1: A Letter with a Postscript"
    foot = "http://books.example.org/ebooks/a-letter/text/chapter-1.xhtml {}/2"
    text = (f"I A Letter with a Postscript\n{EN}\n{EN} It went on.\n{head}\n{foot.format(1)}\n"
            f"{EN} And on.\n{EN} The end.\n{head}\n{foot.format(2)}\n")
    kept = _kept(text)
    assert not any(line.startswith(("http://", "12/4/26")) for line in kept)
