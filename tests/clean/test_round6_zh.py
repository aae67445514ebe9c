"""Check set 3, Chinese (round6, issue #11): rules WIDENED to the general form of a phenomenon an
earlier rule knew only in one shape. Made-up words; every rule with cases it must leave alone."""
from __future__ import annotations

import pytest

from .helpers import PROSE, PROSE2, run_rule

HEADLINE = "某某县人民政府关于印发某某工作方案的通知"


# ---- bare-timestamp: a time is a byline whatever short names or bullet stand around it ----------

@pytest.mark.parametrize("line", [
    "某某网 2021-07-27 17:49:30 政府报告",    # the site's name, the time, the column
    "  • 2020-11-13 14:42",                   # the time alone behind a bullet
    "2013-01-21 16:26 互联网",                # the earlier form still goes
    "2021年07月27日 17:49 某某网",            # the date in words, with a time
    "example.com 2021-07-27 17:49",          # the site's address before the time
])
def test_a_timestamp_between_short_names_is_a_byline(line):
    kept, removed, _ = run_rule("bare-timestamp", [HEADLINE, line, PROSE])
    assert kept == [HEADLINE, PROSE] and [t for _, t in removed] == [line]


@pytest.mark.parametrize("line", [
    "会议于 2020-05-14 09:44 在某某大厅召开。",   # a sentence holding a time
    "2018年12月7日",                             # a signing date in words
    "某某网 2021-07-27 政府报告",                 # no time: a date between names is no proof
])
def test_a_sentence_or_a_date_without_time_stays(line):
    assert run_rule("bare-timestamp", [HEADLINE, line, PROSE])[0] == [HEADLINE, line, PROSE]


# ---- teaser: a summary that runs several of the text's lines together -------------------------

BLOCK = ["（某省）2020年某某县人民政府工作报告（全文）", "政 府 工 作 报 告", "2020年6月22日在某某县第十五届",
         "人民代表大会第五次会议上", "某某县县长某某某", "各位代表：", PROSE]


def test_a_blurb_running_the_title_block_together_goes():
    blurb = "（某省）2020年某某县人民政府工作报告（全文） 政 府 工 作 报 告 2020年6月22日在某某县第十五届 人民代表大会第五次会议上 某某县县长"
    kept, removed, _ = run_rule("teaser", [BLOCK[0], blurb] + BLOCK)
    assert [t for _, t in removed] == [blurb] and kept == [BLOCK[0]] + BLOCK


def test_a_headline_over_its_red_header_block_stays():
    # the headline's words are those of three lines under it (office, title wrapped over two), but
    # it is one unspaced line: the title rules' evidence, not a summary
    lines = ["某市某区人民政府办公室关于印发某市某区某某管理实施细则的通知", "", "某市某区人民政府办公室", "",
             "关于印发某市某区某某管理", "", "实施细则的通知", "", PROSE]
    assert run_rule("teaser", lines)[1] == []


# ---- teaser: the site's news intro over the document it reposts -------------------------------

TITLE_1, TITLE_2 = "某某部关于落实某某会议2022年全面推进某某", "重点工作部署的实施意见"
INTRO = ["3月1日，某某部发布《关于落实某某会议2022年全面推进某某重点工作部署的实施", "意见》。《意见》指出在工作布局上，重点围绕",
         "“四稳四提”展开，稳步提高综合生产能力，保障合理收益。"]


def test_a_news_intro_citing_the_title_under_it_goes():
    lines = INTRO + ["", TITLE_1, TITLE_2, "", "某发〔2022〕1号", PROSE, PROSE2]
    kept, removed, _ = run_rule("teaser", lines)
    assert [t for _, t in removed] == INTRO and kept[:3] == ["", TITLE_1, TITLE_2]


@pytest.mark.parametrize("form", ["no blank lines", "a blank line after every line"])
def test_a_news_intro_goes_in_any_spacing(form):
    lines = INTRO + [TITLE_1, TITLE_2, "某发〔2022〕1号", PROSE, PROSE2]   # a PDF's text: no blank lines
    if form != "no blank lines":
        lines = [x for line in lines for x in (line, "")]
    removed = [t for _, t in run_rule("teaser", lines)[1]]
    assert removed == INTRO


def test_a_news_intro_under_the_headline_over_the_issuing_notice_goes():
    name = "某某地区2020-2021年秋冬季大气污染综合治理攻坚行动方案"
    intro = f"某某网讯：日前，某某网获悉，《{name}》已经印发，方案提出了今冬明春的主要目标和重点任务。"
    lines = [name, "", "热度：", "", intro, "", f"关于印发《{name}》的通知", "", PROSE, PROSE2]
    assert [t for _, t in run_rule("teaser", lines)[1]] == [intro]


def test_a_notice_opening_citing_a_plan_stays():
    # a printed notice with no blank lines: its recipients and opening cite 《X》, and after the page
    # break a line opens with 《X》 in a sentence: no title stands under the paragraph
    lines = ["全校各部门、单位:", "为加快推进学校建设，全面落实《某某大学2020年工作要点》，确保",
             "学校2020年各项工作顺利完成，现就有关事项通知如下:", "一、对本年度工作开展对照检查和总结分析。", "",
             "《某某大学2020年工作要点》中有指标要求的，要逐条说明完", "成情况，并进行比较分析。", PROSE]
    assert run_rule("teaser", lines)[1] == []


def test_a_notice_without_blank_lines_keeps_its_sentence_over_the_issued_rules():
    # recipients, the notice's sentence, its date, then the issued rules' title: the notice's own text
    lines = ["某某市人民政府关于印发某某市城市管理暂行规定的通知", "某政发〔2004〕89号",
             "各县（市、区）人民政府，市政府各部门、各直属事业单位，中央、省属驻某单位:",
             "《某某市城市管理暂行规定》已经市政府讨论通过，现予以印发，请认真遵照执行。", "二oo四年五月十九日",
             "某某市城市管理暂行规定", "第一章 总 则", PROSE]
    assert run_rule("teaser", lines)[1] == []


def test_a_notice_sentence_citing_the_issued_rules_stays():
    # the notice's own title stands above: '《某办法》已经…审议通过' is the notice's text
    lines = [HEADLINE, "", "《某某县某某管理实施细则》已经县政府第5次常务会议审议通过，现印发你们，请认真遵照执行。", "",
             "某某县某某管理实施细则", "", PROSE]
    assert run_rule("teaser", lines)[1] == []


def test_an_announcement_promulgating_the_regulation_under_it_stays():
    # no blank lines: the announcement's text, its signature and date run into the regulation's
    # name; it cites that name in 《》 as a site's intro would, but '现予公布' is the issuer's own
    announcement = ["某某市人民代表大会常务委员会", "公告",
                    "《某某市河道管理条例》已于10月20日由某某市人民代表大会常务委员会会议通过，现予公布，自3月1日起施行。",
                    "特此公告。", "某某市人民代表大会常务委员会", "12月5日", "某某市河道管理条例", "第一章总则", PROSE]
    assert run_rule("teaser", announcement)[1] == []


def test_the_text_after_a_news_intro_is_no_share_card():
    # the last paragraph repeats a sentence of the intro; the intro goes (teaser), the text stays
    last = "在工作布局上，重点围绕“四稳四提”展开，稳步提高综合生产能力，保障合理收益。"
    lines = INTRO + ["", TITLE_1, TITLE_2, "", PROSE, last]
    assert run_rule("share-card", lines)[1] == []


# ---- watermark-letters: a token glued to the end of many lines --------------------------------

def test_a_glued_token_goes_from_every_line_and_a_split_copy_whole():
    lines = ["政 府 工 作 报 告Qxv", "各位代表:Qxv", "我代表县人民政府向大会报告工作，请予审议。Qxv", "2019年工作回顾Qxv",
             PROSE + "Qxv", PROSE2 + "Qx", "v"]
    kept, removed, _ = run_rule("watermark-letters", lines)
    assert kept == ["政 府 工 作 报 告", "各位代表:", "我代表县人民政府向大会报告工作，请予审议。", "2019年工作回顾",
                    PROSE, PROSE2]
    assert removed[-1] == (7, "v")


def test_a_word_at_a_few_line_ends_stays():
    # 'GDP' ends three lines of a long text: a word of the text, not a mark on every paragraph
    lines = [PROSE + "全市GDP", PROSE2] * 3 + [PROSE] * 30
    assert run_rule("watermark-letters", lines)[1] == []


def test_site_addresses_at_line_ends_keep_their_domain():
    # a list of sites, each line ending in '.cn': a Latin word's end, not a glued mark
    lines = [f"某某部门网站 www.dept{n}.gov.cn" for n in range(8)] + [PROSE]
    assert run_rule("watermark-letters", lines)[1] == []


def test_an_english_text_keeps_its_line_ends():
    lines = ["The committee met in May and agreed the plan. Qxv"] * 6
    assert run_rule("watermark-letters", lines)[1] == []


# ---- widget: a top bar's date box without its label -------------------------------------------

@pytest.mark.parametrize("line", ["十一月 2024 |", "11月 2024", "2024年11月30日 星期六 |"])
def test_a_calendar_box_date_goes(line):
    kept, removed, _ = run_rule("widget", [line, HEADLINE, PROSE])
    assert kept == [HEADLINE, PROSE]


@pytest.mark.parametrize("line", ["2024年11月", "2018年12月7日", "二〇二四年十一月"])
def test_a_document_date_stays(line):
    assert run_rule("widget", [HEADLINE, line, PROSE])[1] == []


# ---- editor-blurb: the site's service line in its top bar ------------------------------------

def test_a_hotline_label_and_its_hint_go():
    lines = ["服務專線", "問題諮詢，請撥打以上服務專線。", "【記者某某/台北】" + PROSE]
    assert run_rule("editor-blurb", lines)[0] == [lines[2]]


def test_a_sentence_about_a_hotline_stays():
    lines = [HEADLINE, "市政府开通12345服务热线，方便群众咨询办事，全年受理诉求十万余件。", PROSE]
    assert run_rule("editor-blurb", lines)[1] == []


# ---- page-meta: byline labels behind a Markdown dash bullet ------------------------------------

def test_byline_labels_behind_a_dash_bullet_go():
    lines = ["政务服务丨" + HEADLINE, "- 发布日期：2021-07-19", "- 浏览次数：", HEADLINE, PROSE]
    removed = [t for _, t in run_rule("page-meta", lines)[1]]
    assert removed == ["- 发布日期：2021-07-19", "- 浏览次数："]


def test_a_dash_item_naming_a_source_in_the_body_stays():
    lines = [HEADLINE, PROSE, "- 来源：各部门报送的材料，经汇总后形成本报告。", PROSE2]
    assert run_rule("page-meta", lines)[1] == []


# ---- font-size-widget: the label with 大小 -----------------------------------------------------

@pytest.mark.parametrize("line", ["字体大小：", "设置字体大小：【大 中 小】"])
def test_a_font_size_label_with_its_size_word_goes(line):
    kept, removed, _ = run_rule("font-size-widget", [HEADLINE, line, PROSE])
    assert kept == [HEADLINE, PROSE]


def test_a_heading_opening_with_the_word_stays():
    assert run_rule("font-size-widget", [HEADLINE, "字体大小规范", PROSE])[1] == []


# ---- widget: the skip link naming its target block ----------------------------------------------

@pytest.mark.parametrize("line", ["跳到主要內容區塊", "跳至主要内容"])
def test_a_skip_link_to_the_content_block_goes(line):
    assert run_rule("widget", [line, HEADLINE, PROSE])[0] == [HEADLINE, PROSE]


def test_a_line_about_the_content_block_stays():
    line = "跳到主要內容區塊的設計"
    assert run_rule("widget", [line, HEADLINE, PROSE])[1] == []


# ---- markup-only-lines: an empty inline-code mark alone ------------------------------------------

def test_a_line_of_two_backticks_goes():
    kept, removed, _ = run_rule("markup-only-lines", [HEADLINE, "", "``", PROSE])
    assert kept == [HEADLINE, "", PROSE]


def test_a_fence_and_inline_code_stay():
    lines = [HEADLINE, "```", "print(1)", "```", "运行 `make` 即可。", PROSE]
    assert run_rule("markup-only-lines", lines)[1] == []


# ---- page-header: the breadcrumb's depth in the copy's own spacing --------------------------------

def test_a_page_header_over_a_breadcrumb_goes_in_a_double_spaced_copy():
    menu = [f"栏目{n}" for n in range(1, 26)]   # 25 menu lines over the trail: 50 lines with a blank after each
    lines = [x for line in menu + ["您的位置: 首页 > 政府信息公开 > 详细内容", HEADLINE, PROSE] for x in (line, "")]
    kept = [t for t in run_rule("page-header", lines)[0] if t]
    assert kept[0].startswith("您的位置") and not any(t.startswith("栏目") for t in kept)


def test_a_breadcrumb_far_down_a_plain_copy_keeps_the_lines_over_it():
    lines = [PROSE] * 45 + ["您的位置: 首页 > 政府信息公开 > 详细内容", PROSE2]
    assert run_rule("page-header", lines)[1] == []


def test_a_page_header_goes_in_a_page_flattened_onto_one_line():
    # the lines split back out of one source line share its number: the copy's spacing is no gap
    from pipeline.clean import clean_text
    prose = "2022年，全县上下坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻落实党的二十大精神，经济社会发展取得新成效。"
    text = " ".join(["某某县人民政府-", "统计局", "网站无障碍关怀版", "您当前所在位置：首页>政务公开>统计信息",
                     "某某县2022年国民经济和社会发展统计公报", prose, prose.replace("2022", "2021"),
                     prose.replace("全县", "全市"), prose.replace("新成效", "新进展")])
    cleaned = clean_text(text, source_file="x.txt")
    assert cleaned.lines[0] == "某某县2022年国民经济和社会发展统计公报"
