"""The sample's DOCX: real Word styles, a filled-in TOC field, header and footer."""
import re
import shutil
import subprocess
import zipfile

import pytest
from docx import Document as open_docx

from common import SAMPLE_HEADINGS, SAMPLE_TITLE

pytestmark = pytest.mark.slow
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _style_levels(path):
    doc = open_docx(str(path))
    out = []
    for p in doc.paragraphs:
        m = re.fullmatch(r"Heading (\d)", p.style.name or "")
        if m:
            out.append((int(m.group(1)), p.text))
    return out


def test_headings_are_word_heading_styles(sample_build):
    levels = _style_levels(sample_build["docx"])
    assert levels[: len(SAMPLE_HEADINGS)] == SAMPLE_HEADINGS
    assert any("附录" in t for _, t in levels)


def test_toc_field_is_prefilled_with_links_and_page_numbers(sample_build):
    with zipfile.ZipFile(sample_build["docx"]) as z:
        xml = z.read("word/document.xml").decode("utf-8")
    assert re.search(r"TOC \\o", xml), "a real TOC field"
    assert 'w:dirty="true"' not in xml, "no 'update fields?' prompt"
    for _, title in SAMPLE_HEADINGS:
        assert xml.count(title) >= 2, f"{title} is in the TOC's cached result and in the body"
    assert "<w:hyperlink" in xml and "PAGEREF" in xml


def test_header_has_title_and_footer_has_page_field(sample_build):
    with zipfile.ZipFile(sample_build["docx"]) as z:
        headers = [z.read(n).decode() for n in z.namelist() if re.match(r"word/header\d*\.xml", n)]
        footers = [z.read(n).decode() for n in z.namelist() if re.match(r"word/footer\d*\.xml", n)]
    assert any(SAMPLE_TITLE in h for h in headers)
    assert any("PAGE" in f for f in footers)


def test_core_properties(sample_build):
    props = open_docx(str(sample_build["docx"])).core_properties
    assert props.title == SAMPLE_TITLE
    assert props.language.startswith("zh")


@pytest.mark.skipif(not shutil.which("soffice"), reason="LibreOffice is not installed")
def test_libreoffice_shows_toc_with_page_numbers(sample_build, tmp_path):
    subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp_path}/lo", "--headless",
                    "--convert-to", "pdf", "--outdir", str(tmp_path), str(sample_build["docx"])],
                   check=True, capture_output=True, timeout=180)
    text = subprocess.run(["pdftotext", "-layout", str(tmp_path / "hexi-2010.pdf"), "-"],
                          capture_output=True, text=True, check=True).stdout
    lines = [re.sub(r"\s", "", line) for line in text.splitlines()]
    start = lines.index("目录")
    toc = lines[start:start + 40]
    for _, title in SAMPLE_HEADINGS:
        assert any(re.fullmatch(re.escape(title) + r"[·.…]+\d+", l) for l in toc), f"TOC entry: {title}"


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice not installed")
def test_contents_numbers_are_the_pages_of_the_whole_document(sample_build):
    """The numbers were found on a copy without most appendix rows (render.docx.rows_left_out);
    LibreOffice laying out the shipped file, every row in it, puts each entry on that page."""
    from pipeline.render.docx.pages import locate_pages

    with zipfile.ZipFile(sample_build["docx"]) as z:
        xml = z.read("word/document.xml").decode("utf-8")
    assert xml.count("<w:tr") > 40, "the sample's appendix table is long enough to be cut"
    cached = {}
    for anchor, entry in re.findall(r'<w:hyperlink w:anchor="(_Toc\d+)"[^>]*>(.*?)</w:hyperlink>', xml, re.S):
        cached[anchor] = re.findall(r"<w:t[^>]*>([^<]*)</w:t>", entry)[-1]
    assert len(cached) >= len(SAMPLE_HEADINGS) + 2
    assert locate_pages(sample_build["docx"].read_bytes(), list(cached)) == cached
