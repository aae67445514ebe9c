"""--title, --author, --date go into the structure stage: they win over what it infers,
answer the warnings they make moot, and the lines they replace stay in the text."""
from __future__ import annotations

from pipeline import log
from pipeline.model import Overrides
from pipeline.structure import structure_document

from .helpers import all_paragraphs, cleaned_for

NATIONAL = "national-2009-gov-report-crlf-bom"


def _texts(doc) -> list[str]:
    return [p.lead + p.text for p in all_paragraphs(doc)]


def test_an_overridden_title_line_stays_as_front_matter():
    cleaned = cleaned_for(NATIONAL)
    inferred = structure_document(cleaned)
    doc = structure_document(cleaned, overrides=Overrides(title="Report on the Work of the Government"))
    assert doc.title == "Report on the Work of the Government"
    assert doc.front[0].text == inferred.title          # the source's own title line, first
    assert _texts(doc)[1:] == _texts(inferred)          # nothing else moved
    assert doc.subtitle == inferred.subtitle and doc.authors == inferred.authors


def test_an_overridden_speaker_line_stays_and_the_same_name_does_not_duplicate():
    cleaned = cleaned_for(NATIONAL)
    inferred = structure_document(cleaned)
    other = structure_document(cleaned, overrides=Overrides(author="国务院"))
    assert [a.name for a in other.authors] == ["国务院"]
    assert other.front[0].text == "国务院总理 温家宝"
    same = structure_document(cleaned, overrides=Overrides(author="温家宝", date="2009-03-06"))
    assert _texts(same) == _texts(inferred)
    assert same.date == "2009-03-06"


def test_title_override_silences_the_missing_title_warning():
    cleaned = cleaned_for(NATIONAL)
    bare = cleaned.__class__(lines=cleaned.lines[8:], line_numbers=cleaned.line_numbers[8:],
                             removed=cleaned.removed, normalised=cleaned.normalised,
                             provenance=cleaned.provenance)
    first = len(log.collected)
    structure_document(bare)
    assert any("no title line" in w.message for w in log.collected[first:])
    first = len(log.collected)
    doc = structure_document(bare, overrides=Overrides(title="标题"))
    assert doc.title == "标题"
    assert not any("no title line" in w.message for w in log.collected[first:])
