"""r27zhportal: Chinese government portal pages and reprint, law and mobile news sites (issue #11):
信息公开 catalogue boxes in their forms, a notice issuing a document, reprint headlines with a channel
label, law sites' search bars and breadcrumbs, mobile pages' app bars and post times. Made-up pages
through the whole front half (clean, then structure), and the lines that look like the chrome but stay."""
from __future__ import annotations

from pipeline.clean import clean_text
from pipeline.structure import structure_document

from .helpers import all_paragraphs, all_sections, levels


def full(text: str):
    return structure_document(clean_text(text, source_file="t.txt"))


def _letters(text: str) -> str:
    return "".join(ch for ch in text if ch.isalnum())


def out_letters(doc) -> str:
    """Every letter the document keeps: title block, front matter, headings, paragraphs."""
    parts = [doc.title or "", doc.title_abbrev or "", doc.subtitle or ""]
    parts += [f"{a.role}{a.name}" for a in doc.authors]
    parts += [s.title for s in all_sections(doc)]
    parts += [p.lead + p.text for p in all_paragraphs(doc)]
    return _letters("".join(parts))


def gone(doc, *lines: str) -> bool:
    kept = out_letters(doc)
    return all(_letters(line) not in kept for line in lines)


def kept(doc, *lines: str) -> bool:
    have = out_letters(doc)
    return all(_letters(line) in have for line in lines)


# --- 信息公开 catalogue boxes --------------------------------------------------------------------

NOTICE = """某县人民政府关于印发《某县人民政府工作规则》的通知

{box}

某府〔2023〕2号

某县人民政府关于印发《某县人民政府工作规则》的通知

各乡镇人民政府，县政府各部门：

《某县人民政府工作规则》已经县政府第1次常务会议审议通过，现予印发，请认真贯彻执行。

某县人民政府

2023年2月8日

（此件公开发布）

某县人民政府工作规则

第一章 总则

一、为规范县政府工作，制定本规则。

二、县政府坚持依法行政。

第二章 职责

三、县政府履行经济调节职责。
"""


def _notice_ok(doc, box_lines):
    assert doc.title == "某县人民政府关于印发《某县人民政府工作规则》的通知"
    assert levels(doc) == [(1, "某县人民政府工作规则"), (2, "第一章 总则"), (2, "第二章 职责")]
    assert gone(doc, *box_lines)
    assert kept(doc, "某府〔2023〕2号", "各乡镇人民政府，县政府各部门：", "（此件公开发布）", "三、县政府履行经济调节职责。")


def test_box_label_space_value_lines():
    box = ["索引号 SY-320100-2023-00012", "文件编号 某府〔2023〕2号", "发布机构 县政府", "公开类别 主动公开", "发布时间 2023-02-10"]
    _notice_ok(full(NOTICE.format(box="\n".join(box))), box)


def test_box_label_and_value_on_two_lines():
    box = ["索引号", "11330100MB0000000X/2023-00012", "公开属性", "主动公开", "产生日期", "2023-02-08",
           "发布机构", "某县人民政府办公室"]
    _notice_ok(full(NOTICE.format(box="\n".join(box))), ["11330100MB0000000X/2023-00012", "产生日期", "公开属性"])


def test_box_with_blank_lines_and_odd_spacing():
    box = ["文 件 编 号  某府〔2023〕2号", "", "公 开 类 别  主动公开", "", "信息分类  综合政务", "", "成文时间  2023-02-08"]
    _notice_ok(full(NOTICE.format(box="\n".join(box))), [b for b in box if b])


def test_box_in_traditional_script():
    box = ["文件編號 某府〔2023〕2號", "發布機構 某縣政府", "公開類別 主動公開", "發布時間 2023-02-10"]
    _notice_ok(full(NOTICE.format(box="\n".join(box))), box)


def test_box_of_the_disclosure_rules_fields():
    box = ["信息名称 某县人民政府工作规则", "目录分类 政府文件", "扩展分类 综合政务", "涉密状态 非涉密", "公开属性 主动公开"]
    _notice_ok(full(NOTICE.format(box="\n".join(box))), box)


def test_box_as_table_rows():
    box = ["| 文件编号 | 某府〔2023〕2号 |", "| 发布机构 | 某县人民政府 |", "| 公开类别 | 主动公开 |", "| 发布时间 | 2023-02-10 |"]
    _notice_ok(full(NOTICE.format(box="\n".join(box))), ["发布机构 某县人民政府", "公开类别 主动公开"])


def test_a_report_paragraph_saying_index_and_publish_stays():
    doc = full("某县2022年政务公开工作年度报告\n\n发布时间 2023-01-20\n\n一、总体情况\n\n"
               "文件编号、发布机构、公开类别等索引信息全部规范填写，全年发布信息一千二百条。\n\n"
               "发布机构\n\n二、主动公开情况\n\n全年主动公开规范性文件十二件。")
    assert [t for _, t in levels(doc)] == ["一、总体情况", "发布机构", "二、主动公开情况"] \
        or [t for _, t in levels(doc)] == ["一、总体情况", "二、主动公开情况"]
    assert kept(doc, "文件编号、发布机构、公开类别等索引信息全部规范填写，全年发布信息一千二百条。", "发布机构",
                "全年主动公开规范性文件十二件。")


def test_a_norm_defining_the_fields_keeps_its_items():
    body = ["（一）文件编号：指制发机关赋予文件的顺序号。", "（二）发布机构：指公开信息的责任机构。",
            "（三）公开类别：分为主动公开和依申请公开。"]
    doc = full("某市政府信息公开目录编制规范\n\n一、数据项\n\n" + "\n\n".join(body) + "\n\n二、附则\n\n本规范自发布之日起施行。")
    assert kept(doc, *body)


# --- a notice issuing a document -----------------------------------------------------------------

ISSUING = """某区人民政府关于印发《某区重大行政决策程序规定》的通知

某府〔2024〕3号

区政府各委、办、局，各街道办事处

现将《某区重大行政决策程序规定》（某府〔2024〕3号）印发给你们，请认真遵照执行。

{date}

（此件公开发布）

某区重大行政决策程序规定

第一章 总则

第一条 为规范重大行政决策，制定本规定。

第二条 本规定适用于区政府的重大行政决策。

第三条 重大行政决策应当坚持科学决策、民主决策、依法决策。

第二章 决策程序

第四条 决策应当经过公众参与、专家论证、风险评估、合法性审查和集体讨论决定。

第五条 决策事项应当向社会公开征求意见，征求意见期限一般不少于三十日。

第六条 决策机关应当组织专家论证。

第七条 本规定自印发之日起施行。
"""


def test_a_date_whose_marks_were_lost_ends_the_notice():
    doc = full(ISSUING.format(date="             2024315"))
    assert levels(doc) == [(1, "某区重大行政决策程序规定"), (2, "第一章 总则"), (2, "第二章 决策程序")]
    assert kept(doc, "现将《某区重大行政决策程序规定》（某府〔2024〕3号）印发给你们，请认真遵照执行。", "（此件公开发布）", "2024315")


def test_the_date_in_words_the_same():
    doc = full(ISSUING.format(date="2024年3月15日"))
    assert levels(doc)[0] == (1, "某区重大行政决策程序规定")
    assert kept(doc, "2024年3月15日")


def test_a_number_split_off_mid_sentence_still_joins():
    doc = full("某县2023年国民经济和社会发展统计公报\n\n某县统计局\n\n一、综合\n\n全年地区生产总值增长百分之六，经济运行总体平稳。"
               "\n\n全县全年接待游客\n\n2022128\n\n人次，比上年增长百分之八。\n\n二、农业\n\n粮食总产量稳定，全年粮食播种面积"
               "保持在五十万亩以上，蔬菜产量增长百分之三。\n\n三、工业\n\n规模以上工业增加值增长百分之七。")
    assert [t for _, t in levels(doc)] == ["一、综合", "二、农业", "三、工业"]
    assert any("全县全年接待游客2022128人次" in p.text for p in all_paragraphs(doc))


# --- reprint sites: headline decorations and a channel label -------------------------------------

def test_a_channel_label_between_the_headline_and_its_copy_goes():
    head = "（湖南省）2022年某州人民政府工作报告（全文）"
    doc = full(f"{head}\n\n时政要闻\n\n{head}\n\n政府工作报告\n\n（2022年1月10日在州十五届人大一次会议上）\n\n"
               "州长 张三\n\n各位代表：\n\n现在，我代表州人民政府向大会报告工作。\n\n一、过去一年工作回顾\n\n"
               "全州地区生产总值增长百分之六。\n\n二、今年工作安排\n\n全年新建公路八十公里。")
    assert doc.title.endswith("人民政府工作报告（全文）")
    assert [t for _, t in levels(doc)] == ["一、过去一年工作回顾", "二、今年工作安排"]
    assert gone(doc, "时政要闻")
    assert kept(doc, "现在，我代表州人民政府向大会报告工作。", "政府工作报告")


def test_a_channel_label_under_a_full_text_tag_headline():
    head = "2023年某市政府工作报告【全文】"
    doc = full(f"{head}\n本地新闻\n{head}\n各位代表：\n现在，我代表市人民政府向大会报告工作。\n"
               "一、2022年工作回顾\n过去一年经济平稳。\n二、2023年主要任务\n全力稳增长。")
    assert gone(doc, "本地新闻")
    assert [t for _, t in levels(doc)] == ["一、2022年工作回顾", "二、2023年主要任务"]


def test_an_issuer_between_a_law_headline_and_its_copy_stays():
    doc = full("某省渔业条例\n\n某省人大常委会\n\n某省渔业条例\n\n第一章 总则\n\n第一条 为了加强渔业资源保护，制定本条例。"
               "\n\n第二章 养殖\n\n第二条 国家鼓励发展养殖业。")
    assert kept(doc, "某省人大常委会")
    assert [t for _, t in levels(doc)] == ["第一章 总则", "第二章 养殖"]


def test_a_title_that_opens_with_a_region_in_brackets_keeps_it():
    doc = full("（宁夏回族自治区）某县扶贫资金管理办法\n\n第一条 为加强扶贫资金管理，制定本办法。\n\n第二条 本办法自发布之日起施行。")
    assert doc.title == "（宁夏回族自治区）某县扶贫资金管理办法"


# --- law sites: search bars and breadcrumbs ------------------------------------------------------

LAW = """{bar}
{crumb}

某市养犬管理条例

第一章 总则

第一条 为了规范养犬行为，制定本条例。

第二章 管理

第二条 本市实行养犬登记制度。
"""


def _law_ok(doc, *chrome):
    assert doc.title == "某市养犬管理条例"
    assert [t for _, t in levels(doc)] == ["第一章 总则", "第二章 管理"]
    assert gone(doc, *chrome)
    assert kept(doc, "第一条", "为了规范养犬行为，制定本条例。", "本市实行养犬登记制度。")


def test_a_search_bar_and_my_position_breadcrumb():
    bar, crumb = "搜索 咨询", "我的位置：首页 > 法律法规 > 地方条例 > 某市养犬管理条例"
    _law_ok(full(LAW.format(bar=bar, crumb=crumb)), bar, crumb)


def test_a_login_bar_and_your_position_breadcrumb():
    bar, crumb = "登录 注册", "您的位置：首页 » 法规库 » 地方性法规"
    _law_ok(full(LAW.format(bar=bar, crumb=crumb)), "登录注册", "法规库地方性法规")


def test_a_search_bar_alone_over_the_headline():
    doc = full("检索 在线咨询\n\n某市养犬管理条例\n\n第一章 总则\n\n第一条 为了规范养犬行为，制定本条例。\n\n第二章 管理\n\n第二条 本市实行养犬登记制度。")
    assert doc.title == "某市养犬管理条例" and gone(doc, "检索 在线咨询")


def test_a_sentence_about_searching_stays():
    doc = full("某市养犬管理条例\n\n第一章 总则\n\n第一条 为了规范养犬行为，制定本条例。\n\n第二章 管理\n\n"
               "第二条 养犬人可以登录 注册系统办理登记。\n\n咨询")
    assert kept(doc, "养犬人可以登录 注册系统办理登记。")


# --- mobile news pages ---------------------------------------------------------------------------

MOBILE = """打开APP，阅读体验更佳
首页 | 新闻 | 视频 | 直播 | 专题

某市文明行为促进条例

打开

某市文明行为促进条例
{time}

第一章 总 则
第一条 为了引导和促进文明行为，制定本条例。
第二章 规范
第二条 公民应当文明出行。
分享到：微信 朋友圈 微博
返回顶部
"""


def _mobile_ok(doc, time):
    assert doc.title == "某市文明行为促进条例"
    assert [t for _, t in levels(doc)] == ["第一章 总 则", "第二章 规范"]
    assert gone(doc, "打开APP，阅读体验更佳", "分享到：微信 朋友圈 微博", time)
    assert kept(doc, "为了引导和促进文明行为，制定本条例。", "公民应当文明出行。")


def test_a_post_time_without_its_year():
    _mobile_ok(full(MOBILE.format(time="05-09 16:13")), "05-09 16:13")


def test_a_post_time_in_words_without_its_year():
    _mobile_ok(full(MOBILE.format(time="5月9日 16:13")), "5月9日 16:13")


def test_a_post_time_of_yesterday():
    _mobile_ok(full(MOBILE.format(time="昨天 09:30")), "昨天 09:30")


def test_a_time_in_a_sentence_stays():
    doc = full("某县地震快讯\n\n5月9日 16:13，某县发生3.2级地震，震源深度十公里。\n\n目前未收到人员伤亡报告。")
    assert kept(doc, "5月9日 16:13，某县发生3.2级地震，震源深度十公里。")


def test_an_order_between_a_law_headline_and_its_copy_stays():
    doc = full("某某自治条例\n\n主席令\n\n某某自治条例\n\n第一章 总则\n\n第一条 为了保障自治权，制定本条例。\n\n第二章 机关\n\n第二条 自治机关依法行使职权。")
    assert kept(doc, "主席令")
