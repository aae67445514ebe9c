"""The figures appendix in all three editions: table, charts, list of figures, links back."""
import re
import zipfile

import pytest
from lxml import etree
from pypdf import PdfReader

from e2e.pdfread import page_labels, page_texts, toc_entries

pytestmark = pytest.mark.slow
DB = "{http://docbook.org/ns/docbook}"
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"


def _mentions(xml_path):
    root = etree.parse(str(xml_path)).getroot()
    return {p.get(XML_ID): "".join(p.itertext()) for p in root.iter(f"{DB}phrase") if p.get("role") == "stat"}


def _squash(text):
    return re.sub(r"\s", "", text)


def test_pdf_appendix_links_land_on_the_mentions(sample_build):
    reader = PdfReader(str(sample_build["pdf"]))
    texts = [_squash(t) for t in page_texts(sample_build["pdf"])]
    mentions = _mentions(sample_build["xml"])
    assert len(mentions) >= 100
    dests = reader.named_destinations
    for ident, mention in mentions.items():
        page = reader.get_destination_page_number(dests[ident])
        assert _squash(mention) in texts[page], f"{ident} ({mention}) is not on page {page}"
    linked = set()
    for page in reader.pages:
        for annot in page.get("/Annots") or []:
            dest = annot.get_object().get("/Dest")
            if isinstance(dest, str):
                linked.add(dest)
    assert set(mentions) <= linked, "every table row links back to its mention"


def test_pdf_lists_figures_and_tables_with_page_numbers(sample_build):
    entries = toc_entries(sample_build["pdf"], "图表目录", stop=())
    titles = [t for t, _ in entries]
    assert titles and titles[0].startswith("表1主要指标")   # the summary, the charts, the long table
    assert titles[1].startswith("图1") and titles[-1].startswith("表2全部数据")
    labels, texts = page_labels(sample_build["pdf"]), [_squash(t) for t in page_texts(sample_build["pdf"])]
    for title, number in entries:
        page = labels.index(number)
        assert title in texts[page], f"{title} is not on page {number}"


def test_docx_has_appendix_table_charts_and_links(sample_build):
    with zipfile.ZipFile(sample_build["docx"]) as z:
        xml = z.read("word/document.xml").decode("utf-8")
        media = [n for n in z.namelist() if n.startswith("word/media/")]
    assert "表1" in xml and "图1" in xml
    charts = etree.parse(str(sample_build["xml"])).getroot().findall(f".//{DB}figure[@role='chart']")
    assert charts and len([m for m in media if m.endswith(".png")]) >= len(charts)   # each chart's PNG
    bookmarks = set(re.findall(r'<w:bookmarkStart[^>]*w:name="([^"]+)"', xml))
    anchors = set(re.findall(r'<w:hyperlink[^>]*w:anchor="([^"]+)"', xml))
    mentions = _mentions(sample_build["xml"])
    assert set(mentions) <= anchors, "every table row links back to its mention"
    assert anchors <= bookmarks, "every link lands on a bookmark"


def test_epub_has_appendix_and_links_resolve(sample_build):
    ids, hrefs = {}, []
    with zipfile.ZipFile(sample_build["epub"]) as z:
        for name in z.namelist():
            if not name.endswith(".xhtml"):
                continue
            doc = etree.fromstring(z.read(name))
            base = name.rsplit("/", 1)[-1]
            for el in doc.iter():
                if el.get("id"):
                    ids[(base, el.get("id"))] = "".join(el.itertext())
                if el.tag.endswith("}a") and (el.get("href") or "").find("#") > 0:
                    hrefs.append(el.get("href"))
    mentions = _mentions(sample_build["xml"])
    targets = {h.split("#", 1)[1]: h.split("#", 1)[0] for h in hrefs}
    for ident in mentions:
        assert ident in targets, f"no link to {ident}"
        assert (targets[ident], ident) in ids, f"link to {ident} does not resolve"
    assert any(k[1] == "t1" for k in ids) and any(k[1] == "fig1" for k in ids)
    assert any(k[1] == "t2" for k in ids)
