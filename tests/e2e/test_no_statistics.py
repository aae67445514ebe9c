"""#17.12: a document without statistics gets no figures appendix and no list of figures,
in all three editions (not a page saying "No statistics were found"); one info line says so."""
import re
import zipfile

import pytest
from lxml import etree

from common import run_cli
from e2e.pdfread import outline, page_texts

pytestmark = pytest.mark.slow
DB = "{http://docbook.org/ns/docbook}"

TEXT = """Rules of the Reading Room

Opening

The reading room opens every weekday morning and closes in the evening.
Readers sign the register when they arrive and again when they leave.

Conduct

Readers keep their voices low and their telephones silent.
Books from the closed stacks are read at the tables by the windows.
"""


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    root = tmp_path_factory.mktemp("nostats")
    src = root / "rules.txt"
    src.write_text(TEXT, encoding="utf-8")
    return root, src


def test_no_appendix_no_list_of_figures_in_any_edition(built, capfd):
    root, src = built
    code = run_cli("build", src, "-o", root / "output", "--build-dir", root / "build", "-j", "1")
    assert code == 0
    infos = [line for line in capfd.readouterr().err.splitlines() if "no statistics found" in line]
    assert infos == ["rules: no statistics found: no figures appendix and no list of figures"]
    xml = etree.parse(str(root / "build" / "rules.xml")).getroot()
    assert xml.find(f"{DB}appendix") is None and not list(xml.iter(f"{DB}table"))
    assert not (root / "build" / "rules.charts").exists()

    pdf_text = "".join(page_texts(root / "output" / "rules.pdf"))
    squashed = re.sub(r"\s", "", pdf_text)
    for absent in ("Appendix", "ListofFigures", "Nostatistics"):
        assert absent not in squashed
    assert not [title for _, title, _ in outline(root / "output" / "rules.pdf") if "Appendix" in title]
    assert "Readerskeeptheirvoiceslow" in squashed

    with zipfile.ZipFile(root / "output" / "rules.docx") as z:
        document = z.read("word/document.xml").decode("utf-8")
    assert "Appendix" not in document and "List of Figures" not in document
    assert "No statistics" not in document and "Reading Room" in document

    with zipfile.ZipFile(root / "output" / "rules.epub") as z:
        texts = "".join(z.read(n).decode("utf-8") for n in z.namelist() if n.endswith((".xhtml", ".opf")))
    assert "Appendix" not in texts and "List of Figures" not in texts and 'id="lof"' not in texts
    assert "No statistics" not in texts and "Readers sign the register" in texts


def test_figures_none_leaves_the_appendix_out(tmp_path):
    src = tmp_path / "report.txt"
    src.write_text("示例报告\n\n一、经济\n\n全年生产总值450亿元，增长13.5%。\n", encoding="utf-8")
    assert run_cli("xml", src, "-o", tmp_path / "a.xml") == 0
    assert run_cli("xml", src, "-o", tmp_path / "b.xml", "--figures", "none") == 0
    assert run_cli("xml", src, "-o", tmp_path / "c.xml", "--figures", "key") == 0
    roles = lambda p: [t.get("role") for t in etree.parse(str(p)).getroot().iter(f"{DB}table")]
    assert roles(tmp_path / "a.xml") == ["summary-figures", "key-figures"]
    assert roles(tmp_path / "b.xml") == []
    assert roles(tmp_path / "c.xml") == ["summary-figures"]
    assert etree.parse(str(tmp_path / "b.xml")).getroot().find(f"{DB}appendix") is None
