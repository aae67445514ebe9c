"""(r32zhpages) A document-sharing site's page of a speech or report copied as ONE line: the
headline glued to the site's editor's note or summary (`…讲话编者按:本文主要从…`, `…工作报告内容摘要：…`,
`…的通知导读:…`). The headline is the title, the note the text's first paragraph
(`blocks.HEADLINE_SALUTATION`, widened). Must stay: a sentence that mentions a speech's summary
(`…的讲话摘要:…`), a headline over its note on the next line, and not a letter lost."""
from .helpers import doc_of, texts

NOTE = "本文主要从三个方面进行阐述,其中主要内容包括发展成效和下一步打算。具体材料请详见:同志们:今天这次会议的主要任务是部署今年工作。"


def _all(doc):
    return "".join("".join(t.split()) for t in [doc.title or ""] + texts(doc))


def test_speech_headline_glued_to_editor_note_half_width_colon():
    doc = doc_of("副县长在全县农业工作会议上的讲话编者按:" + NOTE)
    assert doc.title == "副县长在全县农业工作会议上的讲话"
    assert "编者按:本文主要从三个方面" in _all(doc)


def test_report_headline_glued_to_content_summary_full_width_colon():
    doc = doc_of("某镇2019年上半年工作总结内容摘要：" + NOTE)
    assert doc.title == "某镇2019年上半年工作总结"
    assert "内容摘要" in _all(doc)


def test_notice_headline_glued_to_reader_guide():
    doc = doc_of("关于开展安全生产大检查的通知导读:" + NOTE)
    assert doc.title == "关于开展安全生产大检查的通知"


def test_a_sentence_naming_a_speech_summary_stays_whole():
    line = "会议听取了县长的讲话摘要:今年要抓好项目建设和民生工程,确保经济平稳增长。"
    doc = doc_of("某县召开经济工作会议\n\n" + line)
    assert "".join(line.split()) in _all(doc)
    assert doc.title == "某县召开经济工作会议"


def test_headline_over_its_note_on_the_next_line_unchanged():
    doc = doc_of("县长在经济工作会议上的讲话\n编者按:" + NOTE)
    assert doc.title == "县长在经济工作会议上的讲话"
    assert "编者按:本文主要从三个方面" in _all(doc)
