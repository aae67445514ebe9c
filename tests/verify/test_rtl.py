"""Verify on a left-to-right text with right-to-left words in it (an encyclopedia's etymology:
`the Biblical ‫פוך‬ (pūk)`, with the embedding controls a web page's copy carries).

Poppler rebuilds logical order from glyph positions and may put a bracket on the other side of
the right-to-left run; that is not text lost, so in such a text punctuation is counted, and the
letters and digits are checked in order. Whatever is really missing is still named.
"""
from __future__ import annotations

import copy
from pathlib import Path

import pytest
from lxml import etree

from pipeline.docbook.read import load_docbook
from pipeline.errors import VerifyError
from pipeline.options import Options
from pipeline.render import pdf as pdf_renderer
from pipeline.verify import verify_edition
from pipeline.verify.subsequence import fold, split_neutral

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "xml"
DB = "{http://docbook.org/ns/docbook}"
ETYMOLOGY = ('The etymology is uncertain, but a strong candidate has long been some word related to the '
             'Biblical \u202bפוך\u202c (pūk), "paint" (if not that word itself), a cosmetic eye-shadow.')
PEN = "The Arabic word (قلم) means pen, and the Hebrew (ספר) means book."


def test_directional_controls_are_not_text():
    assert fold("Biblical \u202bפוך\u202c (pūk) \u200fx\u2067y\u2069") == fold("Biblical פוך (pūk) xy")


def test_split_neutral_keeps_letters_marks_and_digits_in_order():
    assert split_neutral("a(b),\"c\" 1\u0301") == ("abc1\u0301", "(),\"\" ")


def _doc(paras: list[str]):
    root = etree.parse(str(FIXTURES / "mini.xml")).getroot()
    first = root.find(f"{DB}section").find(f"{DB}para")
    for k, text in enumerate(paras):
        para = etree.Element(f"{DB}para", {"{http://www.w3.org/XML/1998/namespace}id": f"rtl{k}"})
        para.text = text
        first.addnext(para)
        first = para
    return root


def _load(root):
    return load_docbook(etree.tostring(root, xml_declaration=True, encoding="UTF-8"), base=FIXTURES, name="mini")


@pytest.fixture(scope="module")
def rendered():
    root = _doc([ETYMOLOGY, PEN])
    return root, pdf_renderer.render_pdf(_load(root), Options(pdf_chunks="off"))


@pytest.mark.slow
def test_a_bracket_moved_across_a_right_to_left_run_is_not_text_lost(rendered):
    root, data = rendered
    verify_edition(_load(root), "pdf", data)   # raised "lost text at ūk),"paint"…" before


@pytest.mark.slow
@pytest.mark.parametrize("old, new, message", [
    ("(pūk)", "(pūk)!", "lost punctuation “!”"),
    ("means pen", "means a pen", "lost text at"),
    ("قلم", "قلمم", "lost text in a right-to-left or Indic script “م”"),
])
def test_what_the_pdf_lacks_is_still_named(rendered, old, new, message):
    root, data = rendered
    more = copy.deepcopy(root)
    for para in more.iter(f"{DB}para"):
        if para.text and old in para.text:
            para.text = para.text.replace(old, new, 1)
            break
    with pytest.raises(VerifyError, match=message.replace("(", r"\(").replace(")", r"\)")):
        verify_edition(_load(more), "pdf", data)
