"""Issue #11, text a user gets from a PDF with `pdftotext -layout` (branch r27layout): every printed
line keeps its indentation and its gaps; a running head or foot stands on ONE line with wide gaps;
headings stand centred or indented; tables share lines; page breaks are form feeds.

The documents are made up, set in HTML with real documents' CSS and made into PDFs by WeasyPrint or
LibreOffice, then extracted in both modes (tests/fixtures/r27layout/make_fixtures.py rebuilds them;
the tests need only the texts). expect.json gives each document's title, headings (level, text) and
lines that MUST stay body text (a quotation, a list item, a table row, a signature)."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from pipeline.clean import clean_text
from pipeline.decode import decode_bytes
from pipeline.structure import structure_document
from structure.helpers import all_paragraphs, all_sections

HERE = Path(__file__).resolve().parents[1] / "fixtures" / "r27layout"
EXPECT = json.loads((HERE / "expect.json").read_text(encoding="utf-8"))
SPACE = re.compile(r"\s+")


def _norm(text: str) -> str:
    return SPACE.sub("", text or "")


def problems(name: str, mode: str) -> list[str]:
    """What the front half gets wrong on one fixture: title, headings (relative levels), body kept."""
    path = HERE / f"{name}.{mode}.txt"
    decoded = decode_bytes(path.read_bytes(), name=path.name)
    doc = structure_document(clean_text(decoded.text, source_file=path.name), structure="rules")
    want = EXPECT[name]
    out = []
    if _norm(doc.title) not in {_norm(t) for t in [want["title"]] + want["title_alternatives"]}:
        out.append(f"title {doc.title!r}")
    got = [(s.level, _norm(s.title)) for s in all_sections(doc)]
    heads = [(level, _norm(text)) for level, text in want["headings"]]
    if got != heads:
        out.append(f"headings {[(s.level, s.title) for s in all_sections(doc)]}")
    body = _norm(" ".join(p.text for p in all_paragraphs(doc)))
    for line in want["keep"]:
        if _norm(line) not in body:
            out.append(f"lost {line!r}")
    return out


@pytest.mark.parametrize("name", sorted(EXPECT))
@pytest.mark.parametrize("mode", ["layout", "plain"])
def test_layout_document(name, mode):
    assert problems(name, mode) == []


if __name__ == "__main__":
    import sys
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    fails = 0
    for mode in ("layout", "plain"):
        for name in sorted(EXPECT):
            p = problems(name, mode)
            fails += bool(p)
            print(f"{'FAIL' if p else 'ok  '} {mode:6} {name}: {'; '.join(p)}"[:400])
    print("failing:", fails)
