"""r27docshare (issue #11): documents copied from document-sharing and model-text sites (a preview
page by page, the site's file facts, prompts, notices and related lists around it) and texts that
lost their line breaks (part heads glued inside a line), made-up pages of several sites' forms
(tests/fixtures/r27docshare), through the real clean -> structure chain: the title, the headings
and their levels, the site's chrome gone, and no sentence of the document lost; and what must stay
(a report about online services that speaks of downloads and previews, a notice that tells readers
to download a form, a list of book titles with page counts, an enumeration inside a paragraph)."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from pipeline.clean import clean_text
from pipeline.structure import structure_document

from .helpers import all_sections, levels

PAGES = Path(__file__).resolve().parents[1] / "fixtures" / "r27docshare"
EXPECT = json.loads((PAGES / "expect.json").read_text(encoding="utf-8"))


def _doc(name: str):
    return structure_document(clean_text((PAGES / f"{name}.txt").read_text(encoding="utf-8"), source_file=f"{name}.txt"))


def _all_text(doc) -> str:
    """Everything the reader gets, in order, without spaces: title, front, headings and paragraphs."""
    out = [doc.title or "", doc.subtitle or ""] + [_para(p) for p in doc.front]
    for section in all_sections(doc):
        out += [section.title] + [_para(p) for p in section.paragraphs]
    return re.sub(r"\s+", "", "".join(out))


def _para(p) -> str:
    """A paragraph's words with its run-in lead, if the structure stage set the lead apart."""
    return p.text if not p.lead or p.text.startswith(p.lead) else p.lead + p.text


def _sentences(name: str, want: dict) -> list[str]:
    """The document's own sentences: from the line holding `body_start` (to the one holding
    `body_end`), each piece ending in 。 that holds no chrome string."""
    lines = (PAGES / f"{name}.txt").read_text(encoding="utf-8").split("\n")
    start = next(i for i, line in enumerate(lines) if want["body_start"] in line)
    end = next((i for i, line in enumerate(lines) if want.get("body_end") and want["body_end"] in line), len(lines) - 1)
    text = "".join(lines[start:end + 1])
    pieces = [re.sub(r"\s+", "", p) for p in re.split(r"(?<=。)", text)]
    return [p for p in pieces if len(p) >= 8 and p.endswith("。") and not any(g in p for g in want.get("gone", []))]


@pytest.mark.parametrize("name", sorted(EXPECT))
def test_title_headings_chrome_and_body(name):
    want = EXPECT[name]
    doc = _doc(name)
    assert doc.title in [want["title"]] + want.get("titles", [])
    assert levels(doc) == [tuple(h) for h in want["headings"]]
    text = _all_text(doc)
    body = re.sub(r"\s+", "", "".join(p.text for p in doc.front) + "".join(
        s.title + "".join(p.text for p in s.paragraphs) for s in all_sections(doc)))
    for gone in want.get("gone", []):
        assert gone not in body, gone
    for sentence in _sentences(name, want):
        # a sentence may be split by a heading set apart from it: read it without the heading's break
        assert sentence in text, sentence
    for kept in want.get("kept", []):
        assert re.sub(r"\s+", "", kept) in text, kept
