"""A text without headings and without statistics (a short speech, a notice) gets no contents page
in the PDF and no contents field in the DOCX: a contents page with no entry is no contents. The
title page and the text stay, the body still starts at page 1."""
import re
import zipfile

import pytest

from common import run_cli
from e2e.pdfread import page_texts

pytestmark = pytest.mark.slow

TEXT = """在全县春耕生产动员会上的讲话

同志们：

今天召开全县春耕生产动员会，主要任务是总结去年农业农村工作，安排部署今年春耕生产。

去年以来，全县上下认真贯彻落实各项惠农政策，粮食生产保持稳定，农民收入持续增加。

希望大家振奋精神，真抓实干，确保春耕生产各项任务圆满完成。
"""


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    root = tmp_path_factory.mktemp("noheads")
    src = root / "speech.txt"
    src.write_text(TEXT, encoding="utf-8")
    assert run_cli("build", src, "-o", root / "output", "--build-dir", root / "build", "-j", "1",
                   "--to", "pdf,docx") == 0
    return root / "output"


def test_the_pdf_has_no_contents_page(built):
    pages = [re.sub(r"\s", "", t) for t in page_texts(built / "speech.pdf")]
    assert not any(t.startswith("目录") for t in pages)
    assert len(pages) == 2   # the title page, then the text
    assert "确保春耕生产各项任务圆满完成" in pages[1] and "—1—" in pages[1]


def test_the_docx_has_no_contents_field(built):
    with zipfile.ZipFile(built / "speech.docx") as z:
        document = z.read("word/document.xml").decode("utf-8")
    assert "Table of Contents" not in document and ' TOC ' not in document
    assert "确保春耕生产各项任务圆满完成" in document
    assert document.count("<w:sectPr") == 2   # the title page's own section before the body's
