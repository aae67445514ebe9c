"""Each preset's look, compared with a reviewed golden file: where the contents put every
heading in the PDF and in the DOCX (the pagination the look gives), the DOCX's styles
after the renderer's polish, and the EPUB's stylesheet.

Regenerate on purpose with `make accept` (PIPELINE_ACCEPT=1) and review the diff.
"""
import re
import zipfile

import pytest

from e2e.pdfread import page_labels, toc_entries
from golden.test_edition_goldens import _compare, _pretty

pytestmark = [pytest.mark.golden, pytest.mark.slow]


def _docx_contents(path) -> list[str]:
    with zipfile.ZipFile(path) as z:
        xml = z.read("word/document.xml").decode("utf-8")
    rows = []
    for entry in re.findall(r'<w:hyperlink w:anchor="_Toc\d+"[^>]*>(.*?)</w:hyperlink>', xml, re.S):
        texts = re.findall(r"<w:t[^>]*>([^<]*)</w:t>", entry)
        rows.append(f"{''.join(texts[:-1]).strip()} … {texts[-1]}")
    return rows


def test_preset_look_matches_golden(preset):
    pdf_rows = [f"{title} … {page}" for title, page in toc_entries(preset["pdf"], "目录")]
    with zipfile.ZipFile(preset["docx"]) as z:
        styles = _pretty(z.read("word/styles.xml"))
    with zipfile.ZipFile(preset["epub"]) as z:
        css = "".join(z.read(n).decode("utf-8") for n in sorted(z.namelist()) if n.endswith(".css"))
    text = "\n".join([
        f"===== PDF: {len(page_labels(preset['pdf']))} pages; contents", *pdf_rows,
        "===== DOCX contents (cached page numbers)", *_docx_contents(preset["docx"]),
        "===== DOCX word/styles.xml", styles,
        "===== EPUB stylesheet", css,
    ])
    _compare(text, f"hexi-2010.style-{preset['name']}.txt")
