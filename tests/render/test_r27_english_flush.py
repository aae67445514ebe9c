"""(r27) In an English PDF the body's opening title and a signature are set as their own rules say:
the English paragraph indent (`html.lang-en main p`, more specific) used to push the title's first
line right of centre (a long Hansard headline over three lines showed it)."""
from __future__ import annotations

import io
from pathlib import Path

import pytest

STYLES = Path(__file__).resolve().parents[2] / "styles"
TITLE = ("Hansard: Budget Speech Introduction and the Tabling of the Fiscal Framework and of the "
         "Division of Revenue Bill for the Coming Financial Year")
HTML = f"""<html lang="en" class="paper-a4 lang-en"><head><title>T</title></head><body>
<main id="body-start"><header class="opening"><p class="opening-title">{TITLE}</p></header>
<section class="level1" id="s1"><h2>The Budget</h2>
<p>Honourable Speaker, I rise to table the budget for the coming year, and I thank the members.</p>
<p class="signature">Minister of Finance</p></section></main></body></html>"""


@pytest.mark.slow
def test_the_opening_title_and_a_signature_have_no_paragraph_indent():
    pdfplumber = pytest.importorskip("pdfplumber")
    from weasyprint import CSS, HTML as Page

    pdf = Page(string=HTML).write_pdf(stylesheets=[CSS(filename=str(STYLES / "print.css"))])
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        page = doc.pages[0]
        words = page.extract_words(keep_blank_chars=False, use_text_flow=True, extra_attrs=["size"])
    lines: dict[int, list] = {}
    for w in words:
        lines.setdefault(round(w["top"]), []).append(w)
    rows = sorted(lines.items())
    title_rows = [ws for _, ws in rows if ws[0]["size"] == max(w["size"] for w in words)]
    assert len(title_rows) >= 2
    width = page.width
    for ws in title_rows:   # each title line centred: as much room on its left as on its right
        left, right = min(w["x0"] for w in ws), width - max(w["x1"] for w in ws)
        assert abs(left - right) < 3, (left, right, " ".join(w["text"] for w in ws))
    signature = next(ws for _, ws in rows if ws[0]["text"] == "Minister")
    body = next(ws for _, ws in rows if ws[0]["text"] == "Honourable")
    assert max(w["x1"] for w in signature) > max(w["x1"] for w in body) - 40   # flush right, not indented
