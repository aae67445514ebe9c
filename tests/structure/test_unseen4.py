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


def test_a_red_header_is_never_the_title():
    from structure.helpers import doc_of as d
    text = "\n".join(["某某省人民政府办公厅文件", "", "某某省人民政府办公厅文件", "", "某政办发〔2009〕24号", "",
                      "某某省人民政府办公厅关于加强某某工作的通知", "", "各市州人民政府：", "",
                      "一、充分认识做好某某工作的重要性。" + CLAUSE + "。"])
    assert d(text).title == "某某省人民政府办公厅关于加强某某工作的通知"
    # a headline that names a document file ('…工作文件汇编') is a title
    assert d("\n".join(["某某省教育工作文件汇编", "", CLAUSE + "。"])).title == "某某省教育工作文件汇编"


def test_a_traditional_publication_note_names_the_document_with_no_title_line():
    text = "\n".join(["2023年12月，某某省委辦公廳、某某省人民政府辦公廳發布《某某省某某責任制實施細則》，自發布之日起施行。",
                      "第一章 總 則", "第一條 為了落實某某責任制，制定本細則。", "第二章 各級責任", "第二條 省委負責統籌。"])
    assert doc_of(text).title == "某某省某某責任制實施細則"


def test_a_reporters_byline_under_the_title_is_its_author():
    doc = doc_of("\n\n".join(["某某浓缩五年", "某某社记者张某", CLAUSE + "。" + CLAUSE + "。", CLAUSE + "。"]))
    assert levels(doc) == [] and [a.name for a in doc.authors] == ["张某"]


def test_a_wrapped_text_with_blank_lines_between_paragraphs_rejoins_its_lines():
    # paragraphs set apart by blank lines, long ones wrapped at 23 characters (one wrapped line
    # two characters over, as a half-width comma made full-width leaves it), most of them one line
    w = "各单位要按照要求，认真组织开展工作，并及时报送"   # 23 characters
    wrapped = [[w, w, "。"], [w, "有关材料。"], [w, w[:14] + "，认真组织开展相关工作", "。"]]
    single = ["各单位要认真组织。并及时报送材料。", "要按照要求开展。有关工作及时报送。", "按照要求组织开展。材料按期报送。",
              "各单位认真组织开展。及时报送。", "要认真组织开展相关工作。按期报送。"]
    blocks = [wrapped[0], [single[0]], wrapped[1], [single[1]], [single[2]], wrapped[2], [single[3]], [single[4]]]
    lines = [line for block in blocks for line in block + [""]]
    doc = doc_of("\n".join(["某某报道", ""] + lines))
    assert levels(doc) == []
    assert [p.lead + p.text for p in list(doc.front) + [p for s in doc.sections for p in s.paragraphs]] \
        == ["".join(block) for block in blocks]
