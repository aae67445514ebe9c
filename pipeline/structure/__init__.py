"""structure: cleaned lines -> Document (title block, front matter, sections, leads).

    from pipeline.structure import structure_document
    doc = structure_document(cleaned)            # language inferred from the script
    doc.sections[0].title, doc.sections[0].paragraphs[0].lead

Steps, each a small module: language -> blocks (join wrapped lines, glue fragments)
-> front (title, dateline, speaker) -> headings (candidates and shapes) -> levels
(the document's own nesting pattern) -> tree (sections, paragraphs, run-in leads, ids).
The stage moves text, never drops it: every character of the cleaned lines ends up
in the title block, a heading, a lead or a paragraph.
"""
from __future__ import annotations

from pathlib import PurePath

from ..errors import InputError
from ..log import warn
from ..model import Cleaned, Document
from .blocks import Block, make_blocks
from .front import english_author_from_header, read_title_block, title_from_text
from .headings import find_headings, merge_labels
from .language import detect_language
from .levels import infer_levels
from .tree import build_tree

__all__ = ["structure_document"]

NO_HEADING_WARNING = 20   # paragraphs without any heading worth telling the user about


def structure_document(cleaned: Cleaned, *, lang: str = "") -> Document:
    """Infer title, authors, date, front matter, nested sections and leads from cleaned lines."""
    source = cleaned.provenance.source_file
    if not any(line.strip() for line in cleaned.lines):
        raise InputError(f"{source or 'the input'}: no text is left after cleaning")
    language = lang or detect_language(cleaned.lines)

    def where(block: Block) -> str:
        return f"{source}:{block.line}" if source else f"line {block.line}"

    blocks = make_blocks(cleaned.lines, cleaned.line_numbers, language)
    head = read_title_block(blocks, language)
    body = merge_labels(blocks[head.used:], language)
    headings = find_headings(body, language)
    shift = len(head.front)  # wire lines from the title block open the front matter
    levels = {h.index + shift: level for h, level in zip(headings, infer_levels(headings))}
    front, sections = build_tree(head.front + body, levels, language, where)

    if not sections and len(front) >= NO_HEADING_WARNING:
        warn(f"no headings found in {len(front)} paragraphs; the text stays one undivided body",
             where(blocks[0]))
    title = head.title
    if not title and language.startswith("en"):
        title = title_from_text([p.text for p in front] + [p.text for s in sections for p in s.paragraphs[:3]],
                                sections[0].title if sections else "")
    if not title:
        title = PurePath(source).stem if source else "Untitled"
        warn(f"no title line found; using {title!r}", where(blocks[0]))
    authors = head.authors
    if not authors and language.startswith("en"):
        found = english_author_from_header(cleaned.removed)
        authors = [found] if found else []
    return Document(title=title, lang=language, subtitle=head.subtitle, authors=authors,
                    date=head.date, provenance=cleaned.provenance, front=front, sections=sections)
