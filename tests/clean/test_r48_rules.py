"""(r48, issue 11) Clean rules of round r48, each on made-up texts of its phenomenon.

- A forum post's BBCode source: block tags break lines, inline tags go, the words stay
  (rules_forum.bbcode_markup); one `[b]` quoted in a sentence stays.
- A contents list led by dots to its page numbers, which nothing below repeats (an excerpt that stops
  in its document's contents), goes whole (rules_contents.leadered_contents); a list the headings
  below repeat is left to `echoed-contents`.
- A disclosure box printed as `[ 索引号 ] … [ 发文字号 ] …` rows is a catalogue box (rules_header).
- A line of two or more bare provision labels is an index of links, not the act (rules_legal).
- A CMS's `Body` field label, and the site's notice box between the headline and it (rules_cms_en).
- A document-sharing site's `Page created by …` line under the headline (rules_chrome_en).
- A column's name printed before the breadcrumb's home link (vocab.BREADCRUMB_LINE).
"""
from __future__ import annotations

from pipeline.clean import clean_text

PARA = "全年实现地区生产总值一百二十亿元，比上年增长百分之六，其中第一产业增加值十二亿元，第二产业增加值五十亿元，第三产业增加值五十八亿元。"


PARA2 = "全年粮食总产量三十万吨，比上年增加一万吨；油料产量二万吨，比上年减少百分之三；肉类总产量五万吨，比上年增长百分之二。"


def _kept(text: str, name: str = "t.txt") -> list[str]:
    return [line for line in clean_text(text, source_file=name).lines if line.strip()]


def _rules(text: str) -> set[str]:
    return {r.rule for r in clean_text(text).removed}


def test_bbcode_post_on_one_line_is_a_line_per_block():
    post = ("[align=center][color=rgb(51, 51, 51)][size=3][b]20[/b][b]23[/b][b]年某县[/b][b]统计公报[/b][/size][/color][/align]"
            "[align=center][size=3]  某县统计局[/size][/align]"
            f"[align=left][size=3]  {PARA}[/size][/align]"
            "[align=left][size=3]  一、[b]综  合[/b][/size][/align]"
            f"[align=left][size=3]  {PARA2}[img]http://example.invalid/a.jpg[/img][/size][/align]\n")
    kept = _kept(post)
    assert kept[0] == "2023年某县统计公报"
    assert kept[1].strip() == "某县统计局"
    assert any(line.strip() == "一、综合" for line in kept)
    assert not any("[" in line or "http" in line for line in kept)
    assert any(PARA in line for line in kept) and any(PARA2 in line for line in kept)


def test_one_bbcode_tag_quoted_in_a_sentence_stays():
    text = f"某县统计公报\n\n{PARA}\n\n论坛里加粗要写成[b]文字[/b]这样的标记，这是说明。\n"
    assert any("[b]文字[/b]" in line for line in _kept(text))


PLAN = """某镇人民政府关于印发某镇自然灾害救助应急预案的通知

各村（社区）：

    现将《某镇自然灾害救助应急预案》印发给你们，请认真贯彻执行。

某镇人民政府

某镇自然灾害救助应急预案

 1总则…………………………………………………......6

1.1编制目的……………………………………………..…6

1.2编制依据……………………………………………..…6

1.3适用范围………………………………………………..7

 2组织指挥体系………………………………………..…7

2.1镇应急工作领导小组………………..…7
"""


def test_dot_leadered_contents_nothing_repeats_goes():
    kept = _kept(PLAN)
    assert not any("…" in line for line in kept)
    assert "某镇自然灾害救助应急预案" in [line.strip() for line in kept]


def test_dot_leadered_contents_repeated_below_is_left_to_the_echo_rule():
    text = PLAN + "".join(f"\n{head}\n\n{PARA}\n" for head in ("1总则", "1.1编制目的", "1.2编制依据", "1.3适用范围",
                                                            "2组织指挥体系", "2.1镇应急工作领导小组"))
    assert "leadered-contents" not in _rules(text)


def test_bracketed_disclosure_box_rows_go():
    text = ("[ 索引号 ] 11500/2023-00005 [ 发文字号 ] 某府发〔2023〕21号\n[ 主题分类 ] 应急管理 [ 体裁分类 ] 预案\n"
            "[ 发布机构 ] 某镇政府\n[ 成文日期 ] 2023-06-03 [ 发布日期 ] 2023-06-03\n\n某镇人民政府关于某事的通知\n\n" + PARA + "\n")
    kept = _kept(text)
    assert not any("索引号" in line or "发布机构" in line for line in kept)
    assert kept[0] == "某镇人民政府关于某事的通知"


def test_a_line_of_bare_article_labels_is_an_index():
    text = ("某市管理规定\n\n第十一條 第二十一條 第三十一條\n\n第一章 總則\n\n第一條 為了加強管理，制定本規定。\n\n"
            "第二條 本規定適用於本市。\n")
    kept = [line.strip() for line in _kept(text)]
    assert "第十一條 第二十一條 第三十一條" not in kept
    assert "第一章 總則" in kept


def test_body_field_label_and_the_site_notice_over_it_go():
    text = """Eligibility

OUR HELPLINES REMAIN OPEN

We will not be giving advice face to face for now. We will call existing clients by phone instead.

Helpline contact details:

Benefits ring 0800 000 0000

Body

The option of a payment can be offered to the following people as long as they are willing and able to manage it.

Trusts have a duty to make payments if requested

If you already receive care services, you can contact your local Trust to find out more.
"""
    kept = [line.strip() for line in _kept(text)]
    assert kept[0] == "Eligibility"
    assert not any(k in kept for k in ("Body", "OUR HELPLINES REMAIN OPEN", "Helpline contact details:"))
    assert kept[1].startswith("The option of a payment")


def test_uploader_credit_under_a_shared_documents_headline_goes():
    text = ("The Annual Report of the Harbour Trust 2022\n\nPage created by Jane Example\n\n"
            "The Trust had a good year. The harbour was busy and the accounts were in order at the end of it.\n")
    assert "Page created by Jane Example" not in [line.strip() for line in _kept(text)]


def test_column_name_before_the_breadcrumbs_home_link():
    text = f"工作报告 首页  >政务公开  >工作报告\n\n某镇政府工作报告\n\n{PARA}\n"
    assert _kept(text)[0] == "某镇政府工作报告"


def test_a_document_sites_page_labels_and_the_headline_they_name():
    name = "Cover Photo: The harbour office main door"
    text = f"""{name}

16

Transcript of {name}

Page 1: {name}
Page 2: {name}

29 April 2011

Dear Minister:

It is my honour to submit to you the Annual Report of the Harbour Trust for the year, as the Act requires of us.

Page 3: {name}

HARBOUR TRUST

Annual Report 2010
"""
    kept = [line.strip() for line in _kept(text)]
    assert not any(line.startswith(("Page ", "Transcript of")) or line in (name, "16") for line in kept)
    assert kept[:2] == ["29 April 2011", "Dear Minister:"]


def test_one_page_label_is_the_texts_own():
    text = ("The Harbour Trust Report\n\nPage 1: the harbour in numbers\n\n"
            "The harbour was busy all year, and the accounts of the Trust were in order at the end of it.\n")
    assert "Page 1: the harbour in numbers" in [line.strip() for line in _kept(text)]
