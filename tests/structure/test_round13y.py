"""Structure rules round13y added (issue #11): Chinese notices that issue or forward a document whose
own title is only part of the name the notice quotes. Made-up variants, and what each rule leaves alone."""
from __future__ import annotations

from structure.test_unseen_kinds import doc_of, outline

PROSE = "现将有关事项通知如下，请结合实际认真贯彻落实，确保各项工作任务按期完成，并及时报告工作进展情况。"


def _notice(title: str, name: str, first: str = "一、总体要求") -> list[str]:
    return [title, "各区人民政府，市政府各部门：", PROSE, "某某市人民政府办公室", "2020年5月6日",
            name, PROSE, first, PROSE, "二、保障措施", PROSE]


def test_the_drafting_bodies_before_the_issued_name_leave_it_heading_its_parts():
    text = "\n\n".join(_notice("某某市人民政府办公厅关于转发市教育局市财政局某某市校园安全管理实施方案的通知",
                               "某某市校园安全管理实施方案"))
    assert outline(doc_of(text))[:2] == [(1, "某某市校园安全管理实施方案"), (2, "一、总体要求")]


def test_the_first_of_two_issued_documents_heads_its_parts():
    text = "\n\n".join(_notice("某某市人民政府办公室关于转发某某市推进政务公开指导意见及考核办法的通知",
                               "某某市推进政务公开的指导意见"))
    assert outline(doc_of(text))[:2] == [(1, "某某市推进政务公开的指导意见"), (2, "一、总体要求")]


def test_a_notice_issuing_several_documents_heads_the_first_quoted_one():
    text = "\n\n".join(_notice("某某市人民政府办公室关于印发《某某市数据共享管理实施细则》等三个文件的通知",
                               "某某市数据共享管理实施细则", "第一章 总则"))
    assert outline(doc_of(text))[:2] == [(1, "某某市数据共享管理实施细则"), (2, "第一章 总则")]


def test_a_title_opening_with_the_verb_under_its_issuer_heads_the_issued_document():
    text = "\n\n".join(["某某市人民政府办公室"] + _notice("转发某某市推进政务公开指导意见的通知",
                                                      "某某市推进政务公开指导意见"))
    assert outline(doc_of(text))[:2] == [(1, "某某市推进政务公开指导意见"), (2, "一、总体要求")]


def test_a_short_or_kindless_part_of_the_name_heads_nothing():
    # '校园安全' is the name's end in no way that names a document; '安全管理' is too short
    text = "\n\n".join(_notice("某某市人民政府办公厅关于转发市教育局某某市校园安全管理实施方案的通知",
                               "某某市校园安全工作"))
    assert (1, "一、总体要求") in outline(doc_of(text))


def test_enclosed_ideographic_numerals_number_like_their_bracketed_spelling():
    from pipeline.structure import signals as sg
    assert sg.numbering("㈠主动公开") == sg.numbering("（一）主动公开") == "（一）"
    assert sg.numbering("⑵受理通过网络提交的申请") == sg.numbering("（2）受理") == "（1）"
    assert sg.numbering("⒈规划科学合理。") == sg.numbering("1.规划科学合理。") == "1."
    text = "\n\n".join(["某某局信息公开指南", PROSE, "一、公开范围", PROSE, "二、公开方式", "㈠主动公开", "1.公开形式", PROSE,
                      "2.公开时限", PROSE, "㈡依申请公开", "1.受理机构", PROSE])
    assert outline(doc_of(text))[1:5] == [(1, "二、公开方式"), (2, "㈠主动公开"), (3, "1.公开形式"), (3, "2.公开时限")]


def test_an_enclosed_numeral_inside_a_line_numbers_nothing():
    from pipeline.structure import signals as sg
    assert sg.numbering("按照㈠项办理") == ""


def test_a_line_listing_government_bodies_is_no_heading():
    text = "\n\n".join(["某某部 某某委关于加强某某工作的通知", "各省、自治区、直辖市人民政府：", PROSE,
                      "某某部 教育部", "某某总局 能源局", "2020年10月30日", "一、总体要求", PROSE])
    got = outline(doc_of(text))
    assert (1, "某某总局 能源局") not in got and (1, "一、总体要求") in got
    # the drafting bodies under an issued plan's name
    text = "\n\n".join(_notice("某某市人民政府办公厅关于转发市教育局市财政局某某市校园安全管理实施方案的通知",
                               "某某市校园安全管理实施方案")).replace(
        "某某市校园安全管理实施方案\n\n", "某某市校园安全管理实施方案\n\n市教育局、市财政局\n\n", 1)
    assert outline(doc_of(text))[:2] == [(1, "某某市校园安全管理实施方案"), (2, "一、总体要求")]


def test_a_heading_naming_one_body_or_more_than_bodies_stays():
    from pipeline.structure.headings import BODIES_LINE
    assert BODIES_LINE.match("市发展改革委、市住房城乡建设局")
    assert not BODIES_LINE.match("市教育局")
    assert not BODIES_LINE.match("加强市教育局与财政局的协作")


def test_the_title_printed_again_over_two_lines_heads_nothing():
    text = "\n\n".join(["关于《某某自治条例》（修正草案）公开征求意见的通知", "某某常委会法工委",
                      "关于《某某自治条例》（修正草案）", "公开征求意见的通知", PROSE, "第一章 总则", PROSE])
    got = outline(doc_of(text))
    assert [t for _, t in got if "征求意见" in t] == [] and (1, "第一章 总则") in got


def test_a_heading_ending_like_the_title_without_its_start_above_stays():
    from types import SimpleNamespace
    from pipeline.structure import _title_end_again
    body = [SimpleNamespace(text=t) for t in ("某某工作", PROSE, "实施方案的通知")]
    assert not _title_end_again(body, 2, "关于印发某某工作实施方案的通知")   # prose over it: no copy
    body = [SimpleNamespace(text=t) for t in ("关于印发某某工作", "实施方案的通知")]
    assert _title_end_again(body, 1, "关于印发某某工作实施方案的通知")
