"""The sample PDF's text layer reads as the XML body (issue #12): with pdfium and with poppler,
no space where the XML has none, and searches find what the XML holds."""
import random
import re
import subprocess
import unicodedata

import pypdfium2 as pdfium
import pytest
from pypdf import PdfReader

from e2e.pdfread import outline_entries
from pipeline.docbook.read import load_docbook
from pipeline.docbook.text import body_text
from pipeline.verify.exact import whitespace_mismatch
from pipeline.verify.extract import _body_start
from pipeline.verify.subsequence import first_missing, fold

pytestmark = pytest.mark.slow
CJK = "\u3400-\u9fff"


def _body(sample_build, heading: bool = False) -> str:
    """The XML body; with `heading`, after the title and subtitle the first body page prints."""
    xml = sample_build["xml"]
    doc = load_docbook(xml.read_bytes(), base=xml.parent, name=xml.stem)
    info = doc.root.find("{http://docbook.org/ns/docbook}info")
    head = [info.findtext("{http://docbook.org/ns/docbook}" + tag) or "" for tag in ("title", "subtitle")]
    return unicodedata.normalize("NFKC", "\n".join(head * heading + [body_text(doc.root)]))


def _body_pages(path) -> range:
    """Body pages before the appendix (whose table quotes indicator names again)."""
    data = path.read_bytes()
    appendix = min(index for _d, title, index in outline_entries(PdfReader(str(path))) if "附录" in title)
    return range(_body_start(data), appendix)


def _poppler(path, pages: range) -> str:
    return subprocess.run(["pdftotext", "-enc", "UTF-8", "-f", str(pages.start + 1), "-l", str(pages.stop),
                           str(path), "-"], capture_output=True, check=True).stdout.decode()


def _pdfium(path, pages: range) -> str:
    pdf = pdfium.PdfDocument(str(path))
    return "\n".join(pdf[i].get_textpage().get_text_range() for i in pages).replace("\r\n", "\n")


@pytest.mark.parametrize("extractor", [_pdfium, _poppler])
def test_no_space_the_xml_does_not_have(sample_build, extractor):
    path = sample_build["pdf"]
    raw = extractor(path, _body_pages(path))
    # (running heads separate part and section titles by U+3000, which is no space here)
    assert not re.search(f"[{CJK}][ \u00a0]+[{CJK}]", raw), "a space between two Han characters"
    text = unicodedata.normalize("NFKC", raw)
    body = _body(sample_build)
    assert first_missing(fold(body)[:len(fold(text)) // 2], fold(text)) is None
    assert whitespace_mismatch(body[:len(text) // 2], text) is None


def _joined(text: str) -> str:
    """Lines joined as an indexer joins them: nothing between CJK, a space between words."""
    text = re.sub(r"-\n(?=[a-z])", "", text)
    text = re.sub(f"(?<=[{CJK}，。、；：）》”])\n(?=[{CJK}（《“])", "", text)
    return re.sub(r"\s*\n\s*", " ", text)


def test_search_finds_what_the_xml_holds(sample_build):
    path = sample_build["pdf"]
    pages = _body_pages(path)
    body = _body(sample_build, heading=True)
    rng = random.Random(12)
    words = ["河西区"]
    while len(words) < 40:
        at = rng.randrange(len(body) - 6)
        word = body[at:at + rng.choice([2, 3, 4, 6])]
        if re.fullmatch(f"[{CJK}0-9.%]+", word):
            words.append(word)
    lines = _poppler(path, pages)
    poppler = _joined(lines)
    pdf = pdfium.PdfDocument(str(path))
    crossing = 0
    for word in words:
        expected = body.count(word)
        found = 0
        for index in pages:
            searcher = pdf[index].get_textpage().search(word, match_case=True)
            while searcher.get_next() is not None:
                found += 1
        assert found == expected, (word, found, expected)
        assert poppler.count(word) == expected, (word, poppler.count(word), expected)
        crossing += any("\n" in m.group() for m in re.finditer("\\s*".join(map(re.escape, word)), lines))
    assert crossing >= 3, "some sampled words cross a line break"
