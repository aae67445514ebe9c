"""`Document`s of the fixture files for the figures tests, through the real front half
(decode -> clean -> structure), under the short names the gold lists use."""
from __future__ import annotations

from common import REAL_DOCUMENTS
from pipeline.model import Document, Paragraph, Section

SOURCES = {
    "hexi-2010": REAL_DOCUMENTS["hexi-2010"],
    "national-2009": REAL_DOCUMENTS["national-2009-gov-report-crlf-bom"],
    "ningxia-2026": REAL_DOCUMENTS["ningxia-2026-gov-report"],
    "guangdong-2026": REAL_DOCUMENTS["guangdong-2026-gov-report"],
    "alice": REAL_DOCUMENTS["alice-gutenberg-en"],
}


def load_document(name: str) -> Document:
    from pipeline.clean import clean_text
    from pipeline.decode import decode_bytes
    from pipeline.structure import structure_document

    path = SOURCES[name]
    decoded = decode_bytes(path.read_bytes(), name=path.name)
    return structure_document(clean_text(decoded.text, source_file=path.name))


def paragraphs(doc: Document) -> list[tuple[Paragraph, str]]:
    """(paragraph, innermost section id) in document order."""
    out = [(p, "") for p in doc.front]

    def walk(sections: list[Section]) -> None:
        for s in sections:
            out.extend((p, s.id) for p in s.paragraphs)
            walk(s.sections)
    walk(doc.sections)
    return out


def one_paragraph(text: str) -> Document:
    """A Chinese document whose one section holds `text` as its one paragraph (made-up sentences)."""
    return Document("t", "zh-CN", sections=[Section("s1", "一", 1, [Paragraph("p1-1", text)])])


def indicators_of(text: str) -> dict[str, str]:
    """Each figure's mention in `text` -> the indicator it is named by."""
    from pipeline.figures import extract_figures

    return {r.mention: r.indicator for r in extract_figures(one_paragraph(text))}


def indicator_pairs(text: str) -> list[tuple[str, str]]:
    """(mention, indicator) for each figure in `text`, in order, repeats kept."""
    from pipeline.figures import extract_figures

    return [(r.mention, r.indicator) for r in extract_figures(one_paragraph(text))]
