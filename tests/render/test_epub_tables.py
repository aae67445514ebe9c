"""The EPUB's figures tables in a narrow reader: the appendix page and the EPUB's own stylesheet
laid out on a 90 mm page by WeasyPrint (standing in for a reader's engine): no header cell
takes a second line (a header word is never broken: `Sou` / `rce`, `指` / `标`), and a change
folded under its value (render/fold_columns.py) is a line of its own."""
from __future__ import annotations

import io
import zipfile

import pytest
from common import REPO, run_cli
from pipeline.docbook.read import load_docbook
from pipeline.options import Options
from pipeline.render import render

SOURCES = {"zh": REPO / "examples" / "hexi-2010.txt",
           "en": REPO / "tests" / "corpus" / "extra" / "docs" / "xe1_wikipedia_atlantic_markdown_en.txt"}
NARROW = "@page { size: 90mm 200mm; margin: 5mm }"


def boxes(box):
    yield box
    for child in getattr(box, "children", ()):
        yield from boxes(child)


def lines(cell) -> list[str]:
    return ["".join(b.text for b in boxes(line) if isinstance(getattr(b, "text", None), str))
            for line in boxes(cell) if type(line).__name__ == "LineBox"]


@pytest.fixture(scope="module")
def appendix_pages(tmp_path_factory):
    from weasyprint import CSS, HTML

    root = tmp_path_factory.mktemp("epub-tables")
    found = {}
    for lang, source in SOURCES.items():
        xml = root / f"{lang}.xml"
        assert run_cli("xml", source, "-o", xml) == 0
        doc = load_docbook(xml.read_bytes(), xml.parent, xml.stem)
        for style in ("report", "large-print"):
            folder = root / f"{lang}-{style}"
            with zipfile.ZipFile(io.BytesIO(render("epub", doc, Options(style=style)))) as z:
                z.extractall(folder)
            page = next(p for p in sorted(folder.rglob("*.xhtml")) if b"<table" in p.read_bytes())
            found[lang, style] = HTML(filename=str(page)).render(stylesheets=[CSS(string=NARROW)])
    return found


@pytest.mark.parametrize("style", ("report", "large-print"))
@pytest.mark.parametrize("lang", sorted(SOURCES))
def test_no_header_word_breaks_in_a_narrow_reader(appendix_pages, lang, style):
    cells = [b for page in appendix_pages[lang, style].pages for b in boxes(page._page_box)
             if type(b).__name__ == "TableCellBox"]
    heads = [b for b in cells if b.element_tag == "th"]
    assert heads
    for cell in heads:
        assert len(lines(cell)) == 1, (lang, style, lines(cell))


def test_a_folded_change_is_a_line_under_its_value(appendix_pages):
    cells = [b for page in appendix_pages["zh", "report"].pages for b in boxes(page._page_box)
             if type(b).__name__ == "TableCellBox" and b.element_tag == "td"]
    folded = [cell for cell in cells if lines(cell) == ["450亿", "+13.5%"]]
    assert folded
    span = [el for el in folded[0].element.iter() if el.tag.endswith("span")]
    assert span and span[0].get("class") == "change" and span[0].text == "+13.5%"
