"""r27docshare (issue #11): each rule of the round on made-up lines — a document-sharing site's
furniture around its preview, a flattened text's glued part heads — with what it must leave alone:
a document's own sentences about downloads and previews, its own fields, an enumeration inside a
sentence, a head whose words run on."""
from __future__ import annotations

from .helpers import PROSE, run_rule

NOTICE = "本站所有内容均由合作方或网友上传，本站不对文档的完整性、权威性及其观点立场正确性做任何保证或承诺！"


def test_the_sites_prompt_notice_and_labels_go_at_the_head():
    lines = ["某某讲话", "想预览更多内容，点击预览全文", "申明敬告：", NOTICE, "文档介绍", PROSE]
    kept, _, _ = run_rule("docshare-chrome", lines)
    assert kept == ["某某讲话", PROSE]


def test_one_word_of_the_site_alone_stays():
    lines = ["某某工作报告", "下载资源", PROSE]    # one such line: a document may print one
    assert run_rule("docshare-chrome", lines)[0] == lines


def test_a_documents_own_sentences_about_downloads_and_previews_stay():
    lines = ["某市数字政府建设情况报告", "群众可在移动端预览办件进度、下载电子证照，全年提供表格下载服务120万次。",
             "申请人可登录网站下载申请表（共2页），填写后报送。", PROSE]
    assert run_rule("docshare-chrome", lines)[0] == lines


def test_facts_with_a_listings_labels_go_and_a_documents_own_fields_stay():
    lines = ["某某总结", "上传人：b****5　文档编号：12152631　格式：DOCX　页数：12　大小：24.32KB", "5页", "1000下载券", PROSE]
    assert run_rule("docshare-chrome", lines)[0] == ["某某总结", PROSE]
    own = ["某镇档案工作自查报告", "报送单位：某镇人民政府　报送时间：2023年11月30日", "页数：12", PROSE]
    assert run_rule("docshare-chrome", own)[0] == own


def test_a_related_list_goes_with_its_page_counts_and_stays_without_them():
    tail = [PROSE, "内容提供方：w***7", "版权申诉", "相关文档", "某县2023年政府工作报告　12页", "某县政府工作报告全文　30页"]
    assert run_rule("docshare-chrome", tail)[0] == [PROSE]
    own = [PROSE, "相关文档", "《某市政务公开规定》", "《某市档案管理办法》"]   # no page counts: left to related-list
    assert run_rule("docshare-chrome", own)[0] == own


def test_the_file_name_is_the_title_when_no_line_repeats_it():
    kept, _, _ = run_rule("file-name-line", ["某某讲话.doc", "想预览更多内容，点击预览全文", "1-某某讲话同志们：" + PROSE])
    assert kept[0] == "某某讲话"
    kept, _, _ = run_rule("file-name-line", ["某某讲话.doc", "某某讲话", PROSE])
    assert kept == ["某某讲话", PROSE]


SPEECH = ("同志们：今天召开全县工作会议。下面，我讲三点意见。一、统一思想，提高认识，切实增强责任感当前，全县发展进入关键阶段，"
          "任务十分繁重。二、突出重点，狠抓落实我们要紧盯目标任务，全力抓好项目建设。三、加强领导，强化保障我们要切实担起责任，"
          "确保各项工作落到实处。")


def test_a_flattened_speechs_heads_of_several_phrases_stand_alone():
    kept, _, _ = run_rule("glued-part-heads", ["某某讲话", SPEECH])
    assert "一、统一思想，提高认识，切实增强责任感" in kept
    assert "二、突出重点，狠抓落实" in kept and "三、加强领导，强化保障" in kept


def test_a_head_whose_words_hold_a_time_word_stays_whole():
    lines = ["某某意见", "一、坚持稳中求进，全面落实今年各项目标任务，推动经济高质量发展。", "二、强化保障，确保各项措施落到实处。"]
    assert run_rule("glued-part-heads", lines)[0] == lines


def test_an_enumeration_inside_a_sentence_stays():
    line = "一年来，我们始终坚持“三个到位”，做到了一、组织领导到位，二、宣传发动到位，三、督查考核到位，环境明显改善。"
    assert run_rule("glued-part-heads", ["某某总结", line])[0] == ["某某总结", line]


def test_a_standard_part_name_ends_its_head_and_a_name_that_runs_on_stays():
    lines = ["某某方案", "一、指导思想坚持以人民为中心的发展思想，持续提升服务水平。", "二、工作目标全年开展活动80场次以上，满意度达到95%以上。"]
    kept, _, _ = run_rule("glued-part-heads", lines)
    assert kept[1:3] == ["一、指导思想", "坚持以人民为中心的发展思想，持续提升服务水平。"]
    runs_on = ["某某方案", "一、工作目标和任务明确到人，全年开展活动80场次以上。", "二、工作要求的落实情况纳入考核，年底统一评估。"]
    assert run_rule("glued-part-heads", runs_on)[0] == runs_on


def test_an_attachment_note_above_the_date_stays_and_a_link_after_it_goes():
    lines = [PROSE, "附件：1.申报表.doc", "2.汇总表.xls", "某某办公室", "2024年5月20日", "某某申报表.doc"]
    kept, _, _ = run_rule("tail-leftovers", lines)
    assert kept == lines[:-1]
