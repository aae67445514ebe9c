"""How much body text makes `--pdf-chunks auto` lay the PDF out in several processes.

    text_columns("报告 2010")          # 9: a CJK character fills two columns
    pdf_in_chunks(xml_root, options)  # from the XML: will the PDF take more than one core?

Kept apart from render/pdf/chunks.py, which decides on the PDF's HTML and imports WeasyPrint,
so that a one-document build can tell from the XML, without WeasyPrint, whether its PDF will
be the long chain that needs both cores (pipeline/batch.py: only then does the DOCX + EPUB
worker run below it; at 1x the two chains are of a length, bench/results.md, "speed1x").
"""
from __future__ import annotations

import re

from ..options import Options

# --pdf-chunks auto lays the body out in chunks from this much body text, ~70 body pages,
# counted in columns (a CJK character fills two, as it is twice as wide as a Latin letter):
# between 5x the sample (93,000 columns, 60 body pages: chunked no faster, 7 % more CPU) and 7x
# (132,000, 85 body pages: faster, and no more CPU), measured on this 2-core machine
# (bench/chunked-pdf.md, "When auto chunks"). Text, not pages: the layout's work grows with the
# text, and the text is known before layout. Columns, not characters: the measurement counted
# the justification gaps the HTML then had between CJK characters, about one a character; since
# the gaps went (render/pdf/justify.py) a character count halved for Chinese, and 10x fell
# under the threshold, laid out in one process at 1.2x the wall of two chunks.
AUTO_MIN_COLUMNS = 110_000
_WIDE = re.compile("[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]")
_DB = "{http://docbook.org/ns/docbook}"
_SPACES = re.compile(r"\s+")


def text_columns(text: str) -> int:
    """The columns `text` fills: a wide (CJK) character two, any other one."""
    return len(text) + len(_WIDE.findall(text))


def pdf_in_chunks(root, options: Options) -> bool:
    """Whether the PDF of the DocBook article `root` will be laid out in more than one process,
    as render/pdf/chunks.chunk_count decides it on the HTML: its body (the article's top-level
    sections: the HTML's level-1 parts) counted from the XML, its indentation as one space each
    (the HTML has none): the sample's count is the HTML's within 0.1 %."""
    sections = root.findall(f"{_DB}section")
    if options.pdf_chunks == "off" or len(sections) < 2:
        return False
    if options.pdf_chunks != "auto":
        return int(options.pdf_chunks) > 1
    columns = sum(text_columns(_SPACES.sub(" ", "".join(section.itertext()))) for section in sections)
    return options.worker_count > 1 and columns >= AUTO_MIN_COLUMNS
