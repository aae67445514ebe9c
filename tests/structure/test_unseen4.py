"""Structure rules the sixth round of unseen documents prompted (issue #11, unseen4, xt1-xt10):
made-up variants of each phenomenon, and what each rule must leave alone."""
from __future__ import annotations

from structure.helpers import doc_of, levels, texts

CLAUSE = "各单位要按照要求认真组织开展相关工作并及时报送材料"   # 25 characters, no end mark


def test_traditional_article_numbers_run_in_like_simplified_ones():
    text = "\n".join(["某某省某某工作實施細則", "第一章 總 則", "第一條 為了落實某某責任制，結合本省實際，制定本細則。",
                      "第二條 落實某某責任制，堅持統籌推進，構建職責清晰的責任體系。", "第二章 各級責任",
                      "第三條 各級黨委和政府的責任主要包括：", "第四條 省委負責統籌協調。"])
    doc = doc_of(text)
    assert levels(doc) == [(1, "第一章 總 則"), (1, "第二章 各級責任")]
    leads = [p.lead for s in doc.sections for p in s.paragraphs if p.lead]
    assert leads == ["第一條", "第二條", "第三條", "第四條"]
    # a sentence that opens by citing an article is no article
    doc = doc_of("\n".join(["某某細則", "第一章 總則", "第三條規定的事項，由省政府負責。", "第四條 本細則自發布之日起施行。"]))
    assert [p.lead for s in doc.sections for p in s.paragraphs if p.lead] == ["第四條"]


def _printed(paragraphs: list[str], width: int = 28, indent: int = 2) -> list[str]:
    """Paragraphs as a browser prints them and pdftotext extracts them: wrapped at `width`
    characters, each first line `indent` characters shorter (the indent itself not in the text)."""
    out = []
    for para in paragraphs:
        first = width - indent
        out.append(para[:first])
        rest = para[first:]
        while rest:
            out.append(rest[:width])
            rest = rest[width:]
    return out


def test_a_sentence_ending_at_the_margin_does_not_end_an_indented_paragraph():
    # part 一's first sentence ends exactly at the margin of its second line; the third line is
    # full, so the paragraph goes on (a new paragraph's first line would be indented)
    first = "一、对本年度工作开展全面检查和总结分析，是加强执行力建设、确保学校年度工作目标全部顺利完成所采取的一项措施。"
    assert len(first) == 26 + 28
    paras = ["为推进某某建设，确保各项工作顺利完成，同时谋划明年重点工作，现将有关事项通知如下：",
             first + CLAUSE * 3 + "。"] + [n + "、" + CLAUSE * 3 + "。" for n in "二三四五六"]
    doc = doc_of("\n".join(["关于认真做好某某学院年度工作总结的通知", ""] + _printed(paras)))
    assert levels(doc) == []
    paragraphs = [p for s in doc.sections for p in s.paragraphs] + list(doc.front)
    assert sorted(p.lead + p.text for p in paragraphs) == sorted(paras)


def test_a_line_short_of_the_margin_before_a_number_runs_on():
    # the browser moved '2020年' to the next line whole: the line before it stops short, mid-clause
    paras = ["为推进某某建设，确保顺利完成，全面落实《某某学院2020年工作要点》，现将有关事项通知如下：",
             ] + [n + "、" + CLAUSE * 3 + "。" for n in "一二三四五六"]
    lines = _printed(paras)
    lines[0:2] = ["为推进某某建设，确保顺利完成，全面落实《某某学院", "2020年工作要点》，现将有关事项通知如下："]
    doc = doc_of("\n".join(["关于认真做好某某学院年度工作总结的通知", ""] + lines))
    assert levels(doc) == []
    assert paras[0] in [p.text for p in doc.front] + [p.text for s in doc.sections for p in s.paragraphs]
