"""The XML intermediate of every real document, compared with a reviewed golden file.

Regenerate on purpose with `make accept` (PIPELINE_ACCEPT=1) and review the diff.
"""
import os
from pathlib import Path

import pytest
from lxml import etree

from common import REAL_DOCUMENTS, run_cli

GOLDEN = Path(__file__).parent / "xml"
OFFICIAL = Path("/usr/share/xml/docbook/schema/rng/5.0/docbook.rng")
ACCEPT = os.environ.get("PIPELINE_ACCEPT") == "1"

pytestmark = pytest.mark.golden


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    root = tmp_path_factory.mktemp("xml")
    out = {}
    for name, source in REAL_DOCUMENTS.items():
        assert run_cli("-q", "xml", source, "-o", root / f"{name}.xml") == 0
        out[name] = root / f"{name}.xml"
    return out


@pytest.mark.parametrize("name", sorted(REAL_DOCUMENTS))
def test_xml_matches_golden(built, name):
    produced = built[name].read_text(encoding="utf-8")
    golden = GOLDEN / f"{name}.xml"
    if ACCEPT or not golden.exists():
        golden.write_text(produced, encoding="utf-8")
        if not ACCEPT:
            pytest.fail(f"no golden file yet: wrote {golden}; review it and commit")
    assert produced == golden.read_text(encoding="utf-8"), f"{name}: XML differs from {golden} (make accept)"


@pytest.mark.skipif(not OFFICIAL.exists(), reason="docbook5-xml is not installed")
@pytest.mark.parametrize("name", sorted(REAL_DOCUMENTS))
def test_xml_is_valid_docbook_5(built, name):
    schema = etree.RelaxNG(etree.parse(str(OFFICIAL)))
    doc = etree.parse(str(built[name]))
    assert schema.validate(doc), schema.error_log.last_error
