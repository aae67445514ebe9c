"""English hyphenation as a publisher sets it: no fragment of one or two letters on either side of
a line-end hyphen ("al-", "di-", "-al"), no word of five letters or fewer broken. Read back from
the PDF's lines. The text is RFC 4648's and the Constitution's, where such breaks were printed."""
from __future__ import annotations

import re

import pypdfium2 as pdfium

from pipeline.docbook import build_docbook
from pipeline.docbook.read import load_docbook
from pipeline.model import Document, Paragraph, Provenance, Section
from pipeline.options import Options
from pipeline.render.pdf import render_pdf

TEXT = [
    "Implementations MUST include appropriate pad characters at the end of encoded data unless the "
    "specification referring to this document explicitly states otherwise. The base64 and base32 "
    "alphabets use padding, as described below in sections 4 and 6, but the base16 alphabet does "
    "not need it; see section 8. Implementations MUST reject the encoded data if it contains "
    "characters outside the base alphabet when interpreting base-encoded data, unless the "
    "specification referring to this document explicitly states otherwise.",
    "Immediately after they shall be assembled in Consequence of the first Election, they shall be "
    "divided as equally as may be into three Classes. The Seats of the Senators of the first Class "
    "shall be vacated at the Expiration of the second Year, of the second Class at the Expiration "
    "of the fourth Year, and of the third Class at the Expiration of the sixth Year, so that one "
    "third may be chosen every second Year; and if Vacancies happen by Resignation, or otherwise, "
    "during the Recess of the Legislature of any State, the Executive thereof may make temporary "
    "Appointments until the next Meeting of the Legislature, which shall then fill such Vacancies.",
    "The Vice President of the United States shall be President of the Senate, but shall have no "
    "Vote, unless they be equally divided. Albedo depends on the frequency of the radiation; in "
    "general, it depends on the directional distribution of incident radiation, except for "
    "Lambertian surfaces, which scatter radiation in all directions according to a cosine function "
    "and therefore have an albedo that is independent of the incident distribution.",
]
HYPHEN = "\u2010"


def test_no_short_fragment_at_a_line_end_hyphen(tmp_path):
    paragraphs = [Paragraph(f"p1-{i}", t) for i, t in enumerate(TEXT * 3, 1)]
    document = Document(title="Hyphens", lang="en", provenance=Provenance(source_file="t.txt"),
                        sections=[Section("s1", "Text", 1, paragraphs)])
    (tmp_path / "t.xml").write_bytes(build_docbook(document, None))
    doc = load_docbook((tmp_path / "t.xml").read_bytes(), tmp_path, "t")
    (tmp_path / "t.pdf").write_bytes(render_pdf(doc, Options(figures="none", pdf_chunks="off")))
    pdf = pdfium.PdfDocument(str(tmp_path / "t.pdf"))
    try:
        lines = [ln.strip() for i in range(len(pdf))
                 for ln in pdf[i].get_textpage().get_text_range().splitlines()]
    finally:
        pdf.close()
    breaks = [(a, b) for a, b in zip(lines, lines[1:]) if a.endswith((HYPHEN, "-"))
              and re.search(r"[A-Za-z]$", a[:-1]) and re.match(r"[a-z]", b)]
    assert len(breaks) >= 3, lines          # hyphenation is on: the test sees breaks
    short = [(re.search(r"[A-Za-z]+$", a[:-1]).group(), re.match(r"[a-z]+", b).group())
             for a, b in breaks]
    short = [f"{x}-{y}" for x, y in short if len(x) < 3 or len(y) < 3]
    assert not short, short
