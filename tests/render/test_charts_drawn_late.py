"""Charts drawn off the XML step (issue 16): `pipeline xml` records them undrawn, each renderer
draws what it needs when it needs it (the PDF only after layout), `pipeline build` draws them in a
worker while the PDF is laid out; every path gives the bytes of the charts drawn up front."""
from __future__ import annotations

import json
import shutil

import pytest

from common import SAMPLE, run_cli
from pipeline.chart_cache import INDEX

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def drawn_first(tmp_path_factory):
    """The reference: the sample's XML with its charts drawn before any edition is rendered."""
    from pipeline.build import draw_charts

    folder = tmp_path_factory.mktemp("drawn")
    xml = folder / "hexi-2010.xml"
    assert run_cli("-q", "xml", SAMPLE, "-o", xml) == 0
    recorded = json.loads((folder / "hexi-2010.charts" / INDEX).read_text(encoding="utf-8"))
    assert recorded and draw_charts(xml) == len(recorded)   # every chart the XML recorded, drawn once
    editions = {}
    for fmt in ("pdf", "docx"):
        assert run_cli("-q", "render", xml, "--to", fmt, "-o", folder / f"hexi-2010.{fmt}") == 0
        editions[fmt] = (folder / f"hexi-2010.{fmt}").read_bytes()
    return xml, editions


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_an_edition_draws_the_charts_the_xml_left_undrawn(drawn_first, fmt, tmp_path):
    reference_xml, editions = drawn_first
    xml = tmp_path / "hexi-2010.xml"
    assert run_cli("-q", "xml", SAMPLE, "-o", xml) == 0
    charts = tmp_path / "hexi-2010.charts"
    assert sorted(p.name for p in charts.iterdir()) == [INDEX]
    assert xml.read_bytes() == reference_xml.read_bytes()
    assert run_cli("-q", "render", xml, "--to", fmt, "-o", tmp_path / f"out.{fmt}") == 0
    assert (tmp_path / f"out.{fmt}").read_bytes() == editions[fmt]
    recorded = json.loads((charts / INDEX).read_text())
    # drawn once (PDF, PNG, SVG of each), for the next edition and the next XML
    assert len(list(charts.iterdir())) == 3 * len(recorded) + 1
    assert json.loads((charts / INDEX).read_text()) == json.loads(
        (reference_xml.parent / "hexi-2010.charts" / INDEX).read_text())


def test_build_draws_the_charts_in_a_worker_with_the_same_bytes(drawn_first, tmp_path):
    _, editions = drawn_first
    assert run_cli("-q", "build", SAMPLE, "-o", tmp_path / "out", "-j", "2", "--to", "pdf,docx") == 0
    (record,) = [json.loads(line) for line in (tmp_path / "out" / "manifest.jsonl").read_text().splitlines()]
    assert record["status"] == "ok" and "charts" in record["seconds"]   # the drawing task's own timer
    for fmt in ("pdf", "docx"):
        assert (tmp_path / "out" / f"hexi-2010.{fmt}").read_bytes() == editions[fmt]
    shutil.rmtree(tmp_path / "out")


def test_one_document_forks_before_weasyprint_and_one_worker_prepares_the_charts():
    """The 1x build: the PDF's worker imports WeasyPrint (not the parent, so it overlaps the XML);
    the other imports matplotlib and the pandoc editions' renderers. A batch imports WeasyPrint in
    the parent (shared by every fork) and still prepares matplotlib in one worker only."""
    from pipeline.batch import GROUPS, _preparations

    groups = list(GROUPS)
    formats = ("pdf", "docx", "epub")
    assert _preparations(formats, groups, 2, True, single=True) == [(("pdf",), False), (("docx", "epub"), True)]
    assert _preparations(formats, groups, 2, False, single=True) == [(("pdf",), False), (("docx", "epub"), False)]
    assert _preparations(formats, groups, 2, True, single=False) == [(formats, True), (formats, False)]
    assert _preparations(("docx", "epub"), [("docx", "epub")], 1, False, single=True) == [(("docx", "epub"), False)]
