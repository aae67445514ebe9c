"""Structure rules the round20zh round (issue #11, check set 16's Chinese half, zu) prompted:
made-up variants of each phenomenon, and what each rule must leave alone."""
from __future__ import annotations

from structure.test_unseen_kinds import doc_of, outline

P = "全年完成各项任务，群众满意度明显提高，为下一步工作打下了坚实基础，各方面工作都取得了新的进展。"


def test_a_regulations_opening_excerpt_is_read_as_a_law():
    text = "\n".join(["某某自治县", "自治条例", "(2001年3月9日某某自治县第五届人民代表大会第一次会议通过)",
                      "第一章 总 则", "第一条 根据宪法和民族区域自治法的规定，结合本县实际，制定本条例。",
                      "第二条 自治县是本县各族人民实行区域自治的地方，自治机关设在某某镇。", "自治县辖3个镇、9个乡。",
                      "第三条 自治机关是自治县人民代表大会和自治县人民政府。", "自治机关实行民主集中制的原则。"])
    assert outline(doc_of(text)) == [(1, "第一章 总 则")]   # the short second paragraphs are clauses


def test_articles_out_of_order_or_under_a_notice_make_no_law():
    from types import SimpleNamespace

    from pipeline.structure.headings import is_law

    def blocks(*texts):
        return [SimpleNamespace(text=t) for t in texts]

    law = ("第一条 为规范工作，制定本规则。", "第二条 本规则适用于本县。", "第三条 会议由县长主持。")
    assert is_law(blocks("某某县会议规则", "第一章 总 则", *law), "zh")
    assert not is_law(blocks("某某县会议规则", law[1], law[0], law[2]), "zh")   # not counting from 第一条
    assert not is_law(blocks("各乡镇：", "《某某县会议规则》已经县政府同意，现印发给你们。", "某某县会议规则", *law), "zh")
    assert not is_law(blocks(*law[:2]), "zh")
