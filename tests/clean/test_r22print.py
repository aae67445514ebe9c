"""Round r22print (issue #11: documents shown by a document-sharing or law-aggregator page): the
shared file's name over the document, and the page's fields box exported as a dash list. Made-up
words; every rule with the cases it must leave alone."""
from __future__ import annotations

from .helpers import PROSE, run_rule

EN_PROSE = ("The Minister may by order published in the Gazette appoint the day on which this Act comes "
            "into operation, and different days may be appointed for different provisions.")


def test_a_shared_files_name_over_the_document_goes():
    lines = ["某某镇卫生工作讲话.docx", "", "某某镇卫生工作讲话", "", PROSE]
    kept, removed, _ = run_rule("file-name-line", lines)
    assert [t for t in kept if t] == ["某某镇卫生工作讲话", PROSE]
    lines = ["Harbour Moorings Act 2009.pdf", "HARBOUR MOORINGS ACT 2009", "", EN_PROSE]
    kept, _, _ = run_rule("file-name-line", lines)
    assert [t for t in kept if t] == ["HARBOUR MOORINGS ACT 2009", EN_PROSE]


def test_a_file_named_in_a_sentence_or_an_address_or_below_the_text_stays():
    lines = [EN_PROSE, "Moorings form.pdf", EN_PROSE]          # after the first prose line: not the page's label
    assert run_rule("file-name-line", lines)[0] == lines
    lines = ["https://example.org/files/moorings.pdf", "Please fill in and return the form.pdf to us.", EN_PROSE]
    assert run_rule("file-name-line", lines)[0] == lines


def test_a_fields_box_exported_as_a_dash_list_goes():
    lines = ["某某镇卫生工作讲话", "- 文档编号:10293847", "- 上传时间:2024-05-06", "- 格式:DOCX", "- 页数:8", "", PROSE]
    kept, _, _ = run_rule("meta-box", lines)
    assert [t for t in kept if t] == ["某某镇卫生工作讲话", PROSE]


def test_a_shared_documents_blurb_with_can_read_online_goes():
    blurb = "《某某镇卫生工作讲话.docx》由会员分享,可在线阅读,更多相关《某某镇卫生工作讲话.docx(8页)》请在某某网上搜索。"
    kept, _, _ = run_rule("preview-labels", ["某某镇卫生工作讲话", blurb, PROSE])
    assert kept == ["某某镇卫生工作讲话", PROSE]
