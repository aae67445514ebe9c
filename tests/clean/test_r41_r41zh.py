"""(r41, issue #11) Chinese page chrome made up in the forms content sites print: a member box whose login
form lost its input boxes (field labels alone with their colons, the box's title, its buttons and a
sidebar's list label), and a bar of bracketed links whose first bracket the copy lost. What must stay: a
label with its value, one field label alone, a list label away from a box, a line with one or two
bracketed items or with words outside its brackets."""
from __future__ import annotations

from pipeline.clean import clean_text

from .helpers import PROSE, PROSE2, run_rule


def _kept(lines: list[str]) -> list[str]:
    return [line.strip() for line in clean_text("\n".join(lines) + "\n", source_file="t.txt").lines if line.strip()]


BOX = ["会员登录", "账号:", "密  码:", "验证码:", "忘记密码?", "免费注册", "热门文章"]


def test_member_box_goes_with_its_title_buttons_and_list_label():
    kept, removed, _ = run_rule("member-box", [PROSE, PROSE2, *BOX])
    assert kept == [PROSE, PROSE2]
    assert [text for _, text in removed] == BOX


def test_member_box_in_the_whole_chain():
    kept = _kept(["关于做好春季防火工作的通知", PROSE, PROSE2, "", *BOX])
    assert len(kept) == 3 and not any(text.strip() in kept for text in BOX)


def test_member_box_needs_two_field_labels_and_no_values():
    one = [PROSE, "密码:", PROSE2]
    assert run_rule("member-box", one)[1] == []
    filled = [PROSE, "用户名: 张三", "密码: 已重置", PROSE2]
    assert run_rule("member-box", filled)[1] == []
    apart = [PROSE, "账号:", PROSE2, PROSE, "密码:", "热门文章"]
    assert run_rule("member-box", apart)[1] == []


def test_list_label_away_from_a_box_stays():
    lines = [PROSE, "最近更新", PROSE2]
    assert run_rule("member-box", lines)[1] == []


BAR = "推荐阅读】 【投稿有奖】 【登录看全文】【需要:2积分】"


def test_bracketed_link_bar_with_its_first_bracket_lost():
    kept, removed, _ = run_rule("zh-link-bar", ["某镇2021年工作总结", BAR, PROSE, PROSE2])
    assert kept == ["某镇2021年工作总结", PROSE, PROSE2]
    assert [text for _, text in removed] == [BAR]
    whole = "【打印本页】 【关闭窗口】 【返回顶部】"
    assert run_rule("zh-link-bar", [PROSE, PROSE2, whole])[0] == [PROSE, PROSE2]


def test_bracketed_items_with_words_or_too_few_stay():
    for line in ["【注释】", "【案情】【判决】", "本条所称【重点项目】是指纳入【年度计划】的【建设项目】。",
                 "以下是 【一】【二】【三】"]:
        assert run_rule("zh-link-bar", [PROSE, line, PROSE2])[1] == [], line


def test_byline_bar_with_only_the_uploaders_account_goes_at_the_head():
    head = ["某网 > 工作总结 > 某镇2021年工作总结", "某镇2021年工作总结", "| abc123", "某镇2021年工作总结", PROSE, PROSE2]
    kept, removed, _ = run_rule("account-bar", head)
    assert [text for _, text in removed] == ["| abc123"]


def test_a_bar_with_words_or_in_the_body_stays():
    for line in ["| 政策解读", "abc123", "| 2021"]:
        assert run_rule("account-bar", ["某镇2021年工作总结", line, PROSE, PROSE2])[1] == [], line
    assert run_rule("account-bar", ["某镇2021年工作总结", PROSE, "| abc123", PROSE2])[1] == []


def test_a_model_text_pages_item_counter_goes():
    for counter in ["第1篇", "  第 2 篇", "篇一:"]:
        kept, removed, _ = run_rule("item-counter", [counter, "一、总则", PROSE, PROSE2])
        assert [text for _, text in removed] == [counter], counter


def test_a_books_part_or_a_labelled_headline_stays():
    for line in ["第一篇", "第一篇 总论", "第1篇:某社区防汛应急预案", "第1篇文章的作者是张三"]:
        assert run_rule("item-counter", [line, PROSE, PROSE2])[1] == [], line


# -- a law page that ran its articles together --------------------------------------------------------

RUN_TOGETHER = ["第一章总 则第一条为了规范养犬行为,制定本条例。第二条本条例适用于本市行政区域。第三条养犬管理坚持属地管理的原则。",
                "市、区人民政府应当加强对养犬管理工作的领导。第四条公安机关负责养犬登记。",
                "各有关部门应当按照职责做好相关工作。第二章登记与免疫第五条本市实行养犬登记制度:"]


def test_chapter_heads_glued_to_their_first_article_stand_apart():
    kept, _, _ = run_rule("glued-chapter-heads", RUN_TOGETHER)
    assert kept == ["第一章总 则", RUN_TOGETHER[0][len("第一章总 则"):], RUN_TOGETHER[1],
                    "各有关部门应当按照职责做好相关工作。", "第二章登记与免疫", "第五条本市实行养犬登记制度:"]


def test_a_chapter_cited_inside_a_sentence_or_on_a_page_without_articles_stays():
    cited = ["依照本条例第二章第十条的规定处理。第二章规定的第五条另有规定的除外。第三条第四条第六条"]
    assert run_rule("glued-chapter-heads", cited)[0] == cited
    few = ["会议通过。第一章总则第一条为了规范管理。"]
    assert run_rule("glued-chapter-heads", few)[0] == few


# -- a speech's announced first head of two parallel phrases, glued to its first sentence ----------------

SPEECH = ("今天,我们召开全市招商引资工作会议,主要是总结招商引资工作,部署下一阶段招商引资任务。招商引资是经济工作的生命线,"
          "大家要高度重视。下面,我讲三点意见:一、统一思想认识,增强紧迫感招商引资是推动发展的第一抓手。任何时候都不能放松。")


def test_an_announced_head_of_two_parallel_phrases_stands_apart():
    lines = _kept(["在全市招商引资工作会议上的讲话", SPEECH])
    assert "一、统一思想认识,增强紧迫感" in [line.replace("，", ",") for line in lines]


def test_a_head_whose_cut_is_not_one_word_of_the_text_stays_glued():
    speech = SPEECH.replace("招商引资是推动发展", "这是推动发展")
    lines = _kept(["在全市招商引资工作会议上的讲话", speech])
    assert not any(line.replace("，", ",") == "一、统一思想认识,增强紧迫感" for line in lines)
