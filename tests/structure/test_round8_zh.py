"""Check set 5, Chinese (round8zh, issue #11): notices that issue a decimal-numbered plan, with the
plan's contents list. Made-up words; every rule with the cases it must leave alone."""
from __future__ import annotations

import pytest

from pipeline.clean import clean_text
from pipeline.structure import structure_document

from .helpers import levels

NOTICE = "某某县人民政府办公室关于印发《某某县防汛应急预案》的通知"
PLAN = "某某县防汛应急预案"
PARA = "为提高全县防汛工作的应急处置能力，最大程度减少灾害损失，保障人民群众生命财产安全，制定本预案。"
PARA2 = "各有关部门要按照职责分工，加强协调配合，确保各项应急措施落实到位，切实做好防汛工作。"
PARA3 = "本预案适用于本县行政区域内发生的各类洪涝灾害的预防和应急处置工作，由县防汛办负责解释。"
HEAD = [NOTICE, "", "某政办发〔2020〕3号", "", "各乡镇人民政府，县政府有关部门：",
        "《某某县防汛应急预案》已经县政府同意，现印发给你们，请认真遵照执行。", "某某县人民政府办公室", "2020年5月6日", ""]


def _doc(lines: list[str]):
    return structure_document(clean_text("\n".join(lines) + "\n", source_file="x.txt"))


def test_the_issued_plans_contents_count_from_under_its_name():
    contents = ["目  录", "1 总则", "1.1 编制目的", "1.2 编制依据", "1.3 适用范围", "2 组织机构", "2.1 指挥部",
                "2.2 办公室", "3 预警监测", "3.1 市场监测", "4 附则"]
    body = ["1 总则", "1.1 编制目的", PARA, "1.2 编制依据", PARA2, "1.3 适用范围", PARA3]
    doc = _doc(HEAD + [PLAN] + contents + body)
    assert doc.title == NOTICE
    assert levels(doc) == [(1, PLAN), (2, "1 总则"), (3, "1.1 编制目的"), (3, "1.2 编制依据"), (3, "1.3 适用范围")]


@pytest.mark.parametrize("space", ["", " "])
def test_decimal_parts_over_glued_sections_on_four_levels(space):
    body = [f"1{space}总则", "1.1编制目的", PARA, "1.2分级标准", "1.2.1一般事件", PARA2, "1.2.1.1局部险情", PARA,
            "1.2.2较大事件", PARA2, f"2{space}组织机构", "2.1指挥部", PARA3]
    doc = _doc(HEAD + [PLAN] + body)
    assert levels(doc) == [(1, PLAN), (2, f"1{space}总则"), (3, "1.1编制目的"), (3, "1.2分级标准"),
                           (4, "1.2.1一般事件"), (5, "1.2.1.1局部险情"), (4, "1.2.2较大事件"),
                           (2, f"2{space}组织机构"), (3, "2.1指挥部")]


def test_a_numbered_line_without_its_sections_is_no_part():
    # must not fire: '3 人员' opens a row; no '3.1' section follows it
    body = ["1 总则", "1.1 编制目的", PARA, "3 人员 5 车辆", "1.2 编制依据", PARA2, "2 组织机构", PARA3]
    doc = _doc(HEAD + [PLAN] + body)
    assert (2, "3 人员 5 车辆") not in levels(doc)
    assert (2, "2 组织机构") in levels(doc)   # the next part after '1 总则', though no '2.1' follows it


def test_a_bare_number_alone_is_no_part():
    # must not fire: no decimal section anywhere, so '1 总则' is no decimal part
    from pipeline.structure.blocks import Block
    from pipeline.structure.headings import Heading, _decimal_parts
    blocks = [Block(t, n, 0) for n, t in enumerate(["1 总则", PARA, "2 组织机构", PARA2], 1)]
    found = [Heading(0, "plain|", "", False), Heading(2, "plain|", "", False)]
    assert _decimal_parts(blocks, found) == found


# ---- a notice with its one annex: contact fields, signature, bare '附件' over the annex's name ----

CALL = "某某市教育局关于开展第二届某某技能展示活动的通知"
ANNEX = "第二届某某技能展示活动方案"


def _notice(contacts: list[str], items: list[str] = ()) -> list[str]:
    return [CALL, "各区教育局：", PARA, PARA2, *contacts, "附件：" + ANNEX, "某某市教育局", "2018", "年2月13日",
            "附件", ANNEX, "为组织好本次展示活动，特制定本方案。", "一、活动目的", PARA3, "二、活动安排",
            "（一）申报类别", *items, "（二）申报时间", "请各区于2018年3月12日前完成推荐，逾期不予受理。"]


@pytest.mark.parametrize("contacts", [
    ["联系人：×××", "E-mail：×"],
    ["联系电话：12345678", "网址：http://www.example.edu.cn"],
    ["Tel: 021-12345678", "邮箱：someone@example.cn"],
])
def test_contact_fields_are_no_headings_and_the_annex_name_heads_the_annex(contacts):
    doc = _doc(_notice(contacts))
    assert levels(doc) == [(1, ANNEX), (2, "一、活动目的"), (2, "二、活动安排"), (3, "（一）申报类别"), (3, "（二）申报时间")]
    assert "附件" not in [t for _, t in levels(doc)]


def test_short_numbered_categories_with_nothing_between_are_list_items():
    items = ["1.科学类（KX）", "2.益智类（YZ）", "3.建构类（JG）", "4.艺术类（YS，含美工、音乐）"]
    doc = _doc(_notice(["联系人：×××"], items))
    assert not any(t.startswith(("1.", "2.", "3.", "4.")) for _, t in levels(doc))


def test_numbered_sections_with_text_between_stay_headings():
    # must not fire: '1.' sub-heads each over its own text
    items = ["1.科学类", PARA, "2.益智类", PARA2, "3.建构类", PARA3]
    doc = _doc(_notice(["联系人：×××"], items))
    assert (4, "1.科学类") in levels(doc) and (4, "3.建构类") in levels(doc)


def test_a_numbered_annex_label_still_joins_its_name():
    lines = [CALL, "各区教育局：", PARA, "某某市教育局", "2018年2月13日", "附件1", ANNEX, PARA2, "一、活动目的", PARA3]
    assert levels(_doc(lines))[0] == (1, "附件1\u3000" + ANNEX)


@pytest.mark.parametrize("line", ["某某市教育委员会2018年2月13日", "某某县人民政府办公室 2020年5月6日"])
def test_a_signature_glued_to_its_date_is_no_heading(line):
    from pipeline.structure import signals as sg
    assert sg.is_signing_date(line)


@pytest.mark.parametrize("line", ["2018年工作回顾", "关于2018年3月1日起施行的通知", "某某纪念大会"])
def test_other_dated_lines_are_no_signature(line):
    from pipeline.structure import signals as sg
    assert not sg.is_signing_date(line)


# ---- a run-in head left alone on its line among run-in siblings ------------------------------

PLAN_HEAD = ["国务院办公厅关于印发某某发展规划的通知", PARA, "一、总体要求"]


def test_a_runin_head_alone_among_runin_siblings_heads_its_paragraphs():
    lines = PLAN_HEAD + ["（一）指导思想。" + PARA2, "（二）基本原则。", "坚持人民至上。" + PARA3, "坚持改革创新。" + PARA,
                         "（三）发展目标。" + PARA2, "二、主要任务", PARA3]
    doc = _doc(lines)
    assert levels(doc) == [(1, "一、总体要求"), (2, "（二）基本原则。"), (1, "二、主要任务")]


def test_one_sentence_items_of_a_list_stay_items():
    # must not fire: '（二）加强监督。' has no text of its own under it, the next item follows
    lines = PLAN_HEAD + ["（一）健全制度。" + PARA2, "（二）加强监督。", "（三）严肃问责。" + PARA3, "二、主要任务", PARA]
    assert (2, "（二）加强监督。") not in levels(_doc(lines))


def test_a_sentence_alone_is_no_runin_head():
    # must not fire: a whole clause with a comma is an item's sentence, not a head phrase
    lines = PLAN_HEAD + ["（一）指导思想。" + PARA2, "（二）坚持稳中求进，推动高质量发展。", PARA3,
                         "（三）发展目标。" + PARA, "二、主要任务", PARA2]
    assert (2, "（二）坚持稳中求进，推动高质量发展。") not in levels(_doc(lines))


# ---- a PDF's text re-wrapped anywhere, a character lost at many breaks -------------------------

SENTENCES = ("过去一年，全市经济运行稳中有进，地区生产总值增长百分之五，一般公共预算收入增长百分之八，"
             "城镇调查失业率保持在较低水平，居民收入增长与经济增长基本同步。一年来，我们坚持稳中求进工作总基调，"
             "统筹发展和安全，着力提信心、强创新、优功能、抓治理、惠民生，各项事业取得新进展新成效。"
             "一是深入推进区域协同发展，交通一体化加快推进，产业协作不断深化，公共服务共建共享水平持续提升。"
             "二是大力推动科技创新，新建一批重点实验室和新型研发机构，高新技术企业数量稳步增长。")


def _ragged(text: str) -> list[str]:
    """Full lines of 40 characters, and every other line cut short with one character lost."""
    out, k, n = [], 0, 0
    while k < len(text):
        size = 40 if n % 2 else 9 + n % 5
        out.append(text[k:k + size])
        k += size + (0 if n % 2 else 1)
        n += 1
    return out


def test_a_text_rewrapped_anywhere_runs_its_short_lines_on():
    lines = ["各位代表：", "现在，我代表市人民政府，向大会报告政府工作，请予审议。", "一、2023年工作回顾"] + _ragged(SENTENCES * 3)
    doc = _doc(lines)
    assert levels(doc) == [(1, "一、2023年工作回顾")]


def test_a_print_with_short_headings_is_not_ragged():
    # must not fire: a print's few short unpunctuated lines are its headings and its signature
    from pipeline.structure.blocks import _ragged as ragged
    full = [SENTENCES[k:k + 40] for k in range(0, 400, 40)]
    lines = ["某某市人民政府关于某某工作的通知", "现将有关事项通知如下。"]
    for head in ["工作目标", "主要任务", "保障措施", "组织实施"]:
        lines += [head] + full[:5] + ["相关工作按计划推进。"]
    lines += ["某某市人民政府", "2024年1月5日"]
    items = [(t, n, 0) for n, t in enumerate(lines, 1)]
    assert not ragged(items, 80)
    rewrapped = [(t, n, 0) for n, t in enumerate(["现将有关事项通知如下。"] + _ragged(SENTENCES * 3), 1)]
    assert ragged(rewrapped, 80)


# ---- a forwarding notice whose headline the CMS cut before the forwarded plan's name ----------

def test_a_cut_headline_leaves_the_title_to_the_forwarded_plans_name():
    plan = "某某市学前教育三年行动计划（2021—2023年）"
    lines = ["某某市人民政府办公厅关于转发市教委等八部门制订的", "某府办发〔2021〕9号", "各区人民政府，市政府各委、办、局：",
             "市教委等八部门制订的《" + plan + "》已经市政府同意，现转发给你们，请认真按照执行。", "某某市人民政府办公厅",
             "二○二一年五月十八日", plan, PARA, "一、发展现状", PARA2, "（一）基本情况", PARA3, "二、发展目标", PARA]
    doc = _doc(lines)
    assert doc.title == plan
    assert levels(doc) == [(1, "一、发展现状"), (2, "（一）基本情况"), (1, "二、发展目标")]
    assert any("某府办发〔2021〕9号" in t and "转发" not in t for t in doc.cover + [p.text for p in doc.front])   # printed over the title (r23cover)


def test_a_whole_headline_keeps_the_plan_as_its_annex():
    # must not fire: the headline names the plan and its kind; the plan heads its annex
    plan = "某某市学前教育三年行动计划"
    lines = ["某某市人民政府办公厅关于转发《" + plan + "》的通知", "某府办发〔2021〕9号", "各区人民政府：",
             "现将《" + plan + "》转发给你们，请认真按照执行。", "某某市人民政府办公厅", "2021年5月18日", plan, PARA,
             "一、发展现状", PARA2, "二、发展目标", PARA3]
    doc = _doc(lines)
    assert levels(doc)[0] == (1, plan) and (2, "一、发展现状") in levels(doc)


def test_a_lossy_opening_is_no_continuation_of_the_headline():
    from pipeline.structure.blocks import Block, _Joiner, _joins_previous
    prev = _Joiner(Block("國家督導檢查組對某某縣義務教育均衡發展督導檢查反饋意見", 1, 0), "")
    assert not _joins_previous(prev, "？。？016年11月26日)")
    assert _joins_previous(prev, "？")   # a lone question mark split from its line still goes back


def test_a_bare_annex_label_nothing_announced_still_joins_its_name():
    # must not fire: no attachment line named the annex, so label and name are one heading
    lines = [CALL, "各区教育局：", PARA, "某某市教育局", "2018年2月13日", "附件", ANNEX, PARA2, "一、活动目的", PARA3]
    assert levels(_doc(lines))[0] == (1, "附件\u3000" + ANNEX)
