"""r30zhweb (issue #11): a speech or policy text on a model-text or document site, shown as the
site's free preview. Made-up pages in the forms such sites print them:
- the post's date WITH its time and a bare view count under the headline ('2031-11-08 07:03:52 99');
  the date-and-count form without a time was known (round6), the time broke it (portal.bare_timestamp);
- the preview's login note in brackets or as a plea ('(想阅读完全部图文内容,您需要先登陆!)',
  '想阅读全文，请先登录'; widgets.PAYWALL);
- a tipping widget's prompts and button at the foot ('如果喜欢本篇内容,请赞赏鼓励哦!', '尚未有人赏赞,
  赶紧来一个吧', '赏赞'; widgets.TIP_PROMPT);
- the site's length note glued to the headline ('…的讲话 (本页约4900+字)', '（全文约3200字）';
  portal.length_note);
- the headline printing the text's own title without its masks ('在区…' over '在XX区…'): the site's
  copy goes, the text's line is the title (labels.repeated_title).
MUST-STAY: a body sentence about logging in or tipping, a heading that mentions tipping, a headline
that limits an essay's length ('（限2000字）'), a date-time-count line inside the body, two different
lines at the head, a Markdown-bold title."""
from __future__ import annotations

from pipeline.clean import clean_text
from pipeline.structure import structure_document

PARA = ("今天上午，我们一道深入到街道、社区和项目现场进行了实地调研，刚才又共同观看了暗访专题片，"
        "片中曝光的问题触目惊心，发人深省，必须引起我们每一位同志的高度重视。")
PARA2 = ("通过实地查看和专题片，我们必须清醒地认识到，当前我区在城乡环境和项目建设方面取得的成绩，"
         "与人民群众的期盼相比还有相当大的差距，问题不容回避，挑战就在眼前。")


def full(text: str):
    cleaned = clean_text(text, source_file="page.txt")
    return cleaned, structure_document(cleaned)


def kept(cleaned) -> str:
    return "\n".join(cleaned.lines)


def heads(doc) -> list[str]:
    from tests.structure.helpers import all_sections
    return [s.title for s in all_sections(doc)]


def speech_page(headline: str, meta: str, own: str, tail: list[str]) -> str:
    return "\n".join([headline, meta, "", own, "", "同志们：", "", PARA, "", "一、正视问题、认清形势，扛起攻坚责任", "",
                      PARA2, "", *tail]) + "\n"


TIP_TAIL = ["阅读全文", "(想阅读完全部图文内容,您需要先登陆!)", "如果喜欢本篇内容,请赞赏鼓励哦!", "尚未有人赏赞,赶紧来一个吧",
            "查看更多>>", "请选择打赏类型", "¥8.88", "¥6.66", "赏赞", "", "分享:"]


# --- the whole preview page: a district speech on a speech site ------------------------------------

def test_speech_preview_page_keeps_the_text_and_its_own_title():
    cleaned, doc = full(speech_page("在区重点工作推进会上的讲话 (本页约4900+字)", "2031-11-08 07:03:52 99",
                                    "在XX区重点工作推进会上的讲话", TIP_TAIL))
    text = kept(cleaned)
    assert doc.title == "在XX区重点工作推进会上的讲话"
    assert heads(doc) == ["一、正视问题、认清形势，扛起攻坚责任"]
    for chrome in ("07:03:52", "想阅读", "赞赏鼓励", "尚未有人", "赏赞", "本页约"):
        assert chrome not in text, chrome
    assert PARA in text and PARA2 in text


def test_a_county_speech_with_masks_as_crosses_and_a_plain_length_note():
    cleaned, doc = full(speech_page("县长在全县安全生产工作会议上的讲话（全文约3200字）", "2030-03-02 10:15 1288",
                                    "县长在××县安全生产工作会议上的讲话", ["想阅读全文，请先登录", "打赏"]))
    text = kept(cleaned)
    assert doc.title == "县长在××县安全生产工作会议上的讲话"
    assert "1288" not in text and "请先登录" not in text and "打赏" not in text
    assert heads(doc) == ["一、正视问题、认清形势，扛起攻坚责任"]


def test_asterisk_masks_and_a_bracketed_word_count():
    cleaned, doc = full(speech_page("在镇党委扩大会议上的讲话【全文共5600字】", "2029-12-30 08:00 35",
                                    "在**镇党委扩大会议上的讲话", ["查看完整内容请先登录", "已有3人赞赏", "赞赏支持"]))
    text = kept(cleaned)
    assert doc.title == "在**镇党委扩大会议上的讲话"
    for chrome in ("08:00", "请先登录", "已有3人", "赞赏支持", "5600"):
        assert chrome not in text, chrome


def test_a_length_note_alone_is_cut_from_the_headline():
    cleaned, doc = full("关于开展农村人居环境整治的实施方案(约2000字)\n2028-05-06 09:30:00 417\n\n"
                        "各镇人民政府：\n\n" + PARA + "\n\n一、总体要求\n\n" + PARA2 + "\n")
    assert doc.title == "关于开展农村人居环境整治的实施方案"
    assert "417" not in kept(cleaned)


# --- what must stay ---------------------------------------------------------------------------

def test_a_sentence_about_logging_in_or_tipping_stays():
    body = ["同志们如想阅读全部文件，请先登录内网。", "对表现突出的志愿者，群众自发表示赞赏。"]
    cleaned, doc = full("在区志愿服务工作会议上的讲话\n\n同志们：\n\n" + PARA + "\n\n" + "\n\n".join(body) + "\n")
    text = kept(cleaned)
    for line in body:
        assert line in text


def test_a_heading_on_tipping_stays():
    cleaned, doc = full("关于加强网络直播管理的意见\n\n各镇人民政府：\n\n" + PARA + "\n\n一、严禁诱导未成年人打赏\n\n" + PARA2 + "\n")
    assert "一、严禁诱导未成年人打赏" in heads(doc)


def test_a_headline_that_limits_an_essay_s_length_stays_whole():
    cleaned, doc = full("关于举办全县廉政征文比赛的通知（限2000字）\n\n各镇人民政府：\n\n" + PARA + "\n\n一、征文主题\n\n" + PARA2 + "\n")
    assert doc.title == "关于举办全县廉政征文比赛的通知（限2000字）"


def test_a_date_time_and_count_line_inside_the_body_stays():
    rows = "\n\n".join(["值班期间全县共出动巡查人员三百余人次，排查各类隐患点位一百二十处，均已落实整改措施。",
                        "各镇街严格执行领导带班和二十四小时值班制度，确保信息报送及时准确、指令传达畅通。",
                        "水文站逐时报送主要河道水位，以下为当日最高水位出现时间及读数：",
                        "2027-06-30 12:00 350", "其余时段水位均低于警戒线，未发生险情。"])
    cleaned, doc = full("某县防汛值班记录\n\n" + rows + "\n")
    assert "2027-06-30 12:00 350" in kept(cleaned)


def test_two_different_lines_at_the_head_stay_apart():
    cleaned, doc = full(speech_page("某县2031年政府工作报告", "2031-01-05 09:00 12", "在XX县委全会上的讲话", []))
    assert "在XX县委全会上的讲话" in kept(cleaned)
    assert doc.title == "某县2031年政府工作报告"


def test_a_markdown_bold_title_is_not_a_masked_copy():
    cleaned, doc = full("在区重点工作推进会上的讲话\n\n**在区重点工作推进会上的讲话**\n\n同志们：\n\n" + PARA + "\n")
    assert doc.title == "在区重点工作推进会上的讲话"
