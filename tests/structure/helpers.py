"""Cleaned inputs for the structure tests (through the real decode -> clean chain),
and the plain-text outline of a Document that the golden files hold."""
from __future__ import annotations

from pipeline.model import Cleaned, Document, Section

from common import REAL_DOCUMENTS as DOCUMENTS


def cleaned_for(name: str) -> Cleaned:
    """The real decode -> clean chain on a stored document."""
    from pipeline.clean import clean_text
    from pipeline.decode import decode_bytes

    path = DOCUMENTS[name]
    decoded = decode_bytes(path.read_bytes(), name=path.name)
    return clean_text(decoded.text, source_file=path.name)


def _walk(sections: list[Section]):
    for section in sections:
        yield section
        yield from _walk(section.sections)


def all_sections(doc: Document) -> list[Section]:
    return list(_walk(doc.sections))


def all_paragraphs(doc: Document):
    yield from doc.front
    for section in _walk(doc.sections):
        yield from section.paragraphs


def doc_of(text: str, **kw) -> Document:
    """The structure stage on made-up lines, one per line (the rules alone unless `structure=`)."""
    from pipeline.model import Provenance
    from pipeline.structure import structure_document

    lines = tuple(text.split("\n"))
    kw.setdefault("structure", "rules")
    return structure_document(Cleaned(lines, tuple(range(1, len(lines) + 1)), (), (), Provenance("t.txt")), **kw)


def levels(doc: Document) -> list[tuple[int, str]]:
    """(level, title) of every heading, in order."""
    return [(s.level, s.title) for s in all_sections(doc)]


def texts(doc: Document) -> list[str]:
    return [p.text for p in all_paragraphs(doc)]


def outline(doc: Document) -> str:
    """The golden form: info lines, one line per heading (two spaces per level), counts."""
    out = [f"title: {doc.title}", f"subtitle: {doc.subtitle}", f"date: {doc.date}", f"lang: {doc.lang}"]
    out += [f"author: {a.name} [{a.kind}] {a.role}".rstrip() for a in doc.authors]
    out.append(f"front: {len(doc.front)} paragraphs")
    for section in _walk(doc.sections):
        leads = sum(1 for p in section.paragraphs if p.lead)
        out.append(f"{'  ' * (section.level - 1)}{section.title}  "
                   f"[{section.id}: {len(section.paragraphs)} paragraphs, {leads} leads]")
    paragraphs = list(all_paragraphs(doc))
    levels = {}
    for section in _walk(doc.sections):
        levels[section.level] = levels.get(section.level, 0) + 1
    out.append("headings per level: " + ", ".join(f"{k}: {v}" for k, v in sorted(levels.items())))
    out.append(f"paragraphs: {len(paragraphs)}; leads: {sum(1 for p in paragraphs if p.lead)}")
    return "\n".join(out) + "\n"


# two full-width lines of a printed page's text, for the English page-layout tests
PAGE_TEXT = ("Residents of the district who own a boat may apply for a mooring in the harbour, and the",
             "harbour master decides each application within six weeks of the day it was received by us.")


def english_blocks(lines: list[str]):
    """make_blocks on made-up English lines numbered from 1."""
    from pipeline.structure.blocks import make_blocks

    return make_blocks(lines, list(range(1, len(lines) + 1)), "en")
