"""Build `Document`s from fixture files for the figures tests.

Uses the real front half (decode -> clean -> structure) when it exists, and a
small stand-in otherwise: one paragraph per non-empty line, a section for each
short line without a full stop, a run-in lead for a short first sentence.
"""
from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from pipeline.model import Document, Paragraph, Section

ROOT = Path(__file__).resolve().parents[2]
SOURCES = {
    "hexi-2010": ROOT / "examples" / "hexi-2010.txt",
    "national-2009": ROOT / "tests" / "fixtures" / "national-2009-gov-report-crlf-bom.txt",
    "ningxia-2026": ROOT / "tests" / "fixtures" / "ningxia-2026-gov-report.txt",
    "guangdong-2026": ROOT / "tests" / "fixtures" / "guangdong-2026-gov-report.txt",
    "alice": ROOT / "tests" / "fixtures" / "alice-gutenberg-en.txt",
}
_LEAD = re.compile(r"^[^。！？]{2,24}[。！？]")


def _real_pipeline(data: bytes, name: str) -> Document | None:
    try:
        from pipeline.clean import clean_text
        from pipeline.decode import decode_bytes
        from pipeline.structure import structure_document
    except ImportError:
        return None
    return structure_document(clean_text(decode_bytes(data, name=name).text, source_file=name))


def _is_heading(line: str) -> bool:
    s = line.strip()
    return 0 < len(s) <= 30 and not re.search(r"[。；;！？：:]", s)


def _paragraph(pid: str, line: str) -> Paragraph:
    m = _LEAD.match(line)
    if m and m.end() < len(line):
        return Paragraph(pid, line[m.end():], lead=m.group())
    return Paragraph(pid, line)


def stand_in(text: str, lang: str = "zh-CN") -> Document:
    """The stand-in structure described in the module docstring."""
    text = unicodedata.normalize("NFC", text.lstrip("\ufeff").replace("\r\n", "\n"))
    doc = Document(title="", lang=lang)
    top: Section | None = None
    current: Section | None = None
    for raw in text.split("\n"):
        line = raw.strip()
        if not line:
            continue
        if _is_heading(raw):
            if raw[:1].isspace() and top is not None:
                current = Section(f"{top.id}-{len(top.sections) + 1}", line, 2)
                top.sections.append(current)
            else:
                top = current = Section(f"s{len(doc.sections) + 1}", line, 1)
                doc.sections.append(current)
            continue
        target = current.paragraphs if current else doc.front
        prefix = f"p{current.id[1:]}" if current else "p0"
        target.append(_paragraph(f"{prefix}-{len(target) + 1}", line))
    return doc


def load_document(name: str) -> Document:
    data = SOURCES[name].read_bytes()
    lang = "en" if name == "alice" else "zh-CN"
    return _real_pipeline(data, SOURCES[name].name) or stand_in(data.decode("utf-8-sig"), lang)


def paragraphs(doc: Document) -> list[tuple[Paragraph, str]]:
    """(paragraph, innermost section id) in document order."""
    out = [(p, "") for p in doc.front]

    def walk(sections: list[Section]) -> None:
        for s in sections:
            out.extend((p, s.id) for p in s.paragraphs)
            walk(s.sections)
    walk(doc.sections)
    return out
