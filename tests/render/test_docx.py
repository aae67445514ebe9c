"""The DOCX edition, tested by its insides (the XML parts) and, in the slow tests,
by what LibreOffice shows when it lays the file out."""
from __future__ import annotations

import copy
import io
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from lxml import etree

from pipeline import log
from pipeline.docbook.read import load_docbook
from pipeline.errors import DependencyError
from pipeline.options import Options
from pipeline.render import docx as docx_module
from pipeline.render.docx import render_docx
from pipeline.render.docx.pages import docx_to_pdf

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "xml"
STYLES = Path(__file__).resolve().parents[2] / "styles" / "reference-docx"
DB = "http://docbook.org/ns/docbook"
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = {"w": W}
HOSTILE = '<img src="file:///etc/passwd">'
needs_soffice = pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice not installed")


def db(tag: str) -> str:
    return f"{{{DB}}}{tag}"


def load(path: Path):
    return load_docbook(path.read_bytes(), path.parent, path.stem)


def render_without_libreoffice(doc, options=Options()) -> bytes:
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(docx_module, "soffice_path", lambda: None)
        return render_docx(doc, options)


def part(data: bytes, name: str) -> etree._Element:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return etree.fromstring(zf.read(name))


def text_of(p) -> str:
    return "".join(p.itertext())


def style_of(p) -> str:
    s = p.find("w:pPr/w:pStyle", NS)
    return s.get(f"{{{W}}}val") if s is not None else ""


def field_paragraphs(document, instr_start: str) -> list:
    """The paragraphs of the field whose instruction starts with `instr_start` (begin … end)."""
    paragraphs = list(document.iter(f"{{{W}}}p"))
    for i, p in enumerate(paragraphs):
        instr = "".join(p.xpath("./w:r/w:instrText/text()", namespaces=NS)).strip()
        if instr.startswith(instr_start):
            out = []
            for q in paragraphs[i:]:
                out.append(q)
                if q.xpath("./w:r/w:fldChar[@w:fldCharType='end']", namespaces=NS):
                    return out
    return []


def repeated(tmp_path: Path, times: int = 15) -> Path:
    """mini.xml with its sections repeated `times` times (unique ids): a multi-page document."""
    tree = etree.parse(str(FIXTURES / "mini.xml"))
    root = tree.getroot()
    sections = root.findall(db("section"))
    appendix = root.find(db("appendix"))
    for s in sections:
        root.remove(s)
    for k in range(times):
        for s in sections:
            c = copy.deepcopy(s)
            for e in c.iter():
                if e.get(XML_ID):
                    e.set(XML_ID, f"{e.get(XML_ID)}-{k}")
            title = c.find(db("title"))
            title.text = f"{title.text}（{k + 1}）"
            appendix.addprevious(c)
    for link in appendix.iter(db("link")):
        link.set("linkend", link.get("linkend") + "-0")
    shutil.copytree(FIXTURES / "mini.charts", tmp_path / "big.charts")
    for data in appendix.iter(db("imagedata")):
        data.set("fileref", data.get("fileref").replace("mini.", "big."))
    out = tmp_path / "big.xml"
    tree.write(str(out), xml_declaration=True, encoding="UTF-8")
    return out


@pytest.fixture(scope="module")
def mini() -> bytes:
    return render_without_libreoffice(load(FIXTURES / "mini.xml"))


# ---- styles ------------------------------------------------------------------

def test_headings_are_real_word_styles(mini):
    import docx

    document = docx.Document(io.BytesIO(mini))
    by_text = {p.text: p.style.name for p in document.paragraphs}
    assert by_text["2009年主要工作回顾"] == "Heading 1"
    assert by_text["积极应对金融危机，区域经济实现新发展"] == "Heading 2"
    assert by_text["附录　数据图表"] == "Heading 1"
    assert by_text["示例市2010年政府工作报告"] == "Title"


def test_formalpara_lead_is_bold_and_run_in(mini):
    import docx

    document = docx.Document(io.BytesIO(mini))
    lead = "服务业主体地位更加凸显。"
    assert lead not in {p.text for p in document.paragraphs}, "lead must not be a paragraph of its own"
    para = next(p for p in document.paragraphs if p.text.startswith(lead))
    assert "区域第三产业所占比重" in para.text
    bold = "".join(r.text for r in para.runs if r.bold)
    assert bold == lead
    assert para.style.name in ("Body Text", "First Paragraph")


def test_body_styles_indent_two_characters_and_table_cells_none():
    styles = etree.parse(str(STYLES / "word" / "styles.xml")).getroot()

    def ind(style_id):
        s = styles.find(f"w:style[@w:styleId='{style_id}']", NS)
        return s.find("w:pPr/w:ind", NS)

    assert ind("BodyText").get(f"{{{W}}}firstLineChars") == "200"
    assert styles.find("w:style[@w:styleId='BodyText']/w:pPr/w:jc", NS).get(f"{{{W}}}val") == "both"
    assert ind("FirstParagraph") is None                      # inherits Body Text
    assert ind("Compact").get(f"{{{W}}}firstLineChars") == "0"
    assert ind("Compact").get(f"{{{W}}}firstLine") == "0"
    fonts = styles.find("w:docDefaults/w:rPrDefault/w:rPr/w:rFonts", NS)
    assert fonts.get(f"{{{W}}}eastAsia") == "Noto Serif CJK SC"
    borders = styles.find("w:style[@w:styleId='Table']/w:tblPr/w:tblBorders", NS)
    assert borders is not None and borders.find("w:insideH", NS).get(f"{{{W}}}val") == "single"
    for toc in ("TOC1", "TOC2", "TOC3", "TableofFigures"):
        tab = styles.find(f"w:style[@w:styleId='{toc}']/w:pPr/w:tabs/w:tab", NS)
        assert tab.get(f"{{{W}}}leader") == "middleDot" and tab.get(f"{{{W}}}val") == "right"


def test_table_cells_use_unindented_styles(mini):
    document = part(mini, "word/document.xml")
    cells = list(document.iter(f"{{{W}}}tc"))
    assert cells
    styles = {style_of(p) for tc in cells for p in tc.iter(f"{{{W}}}p")}
    assert styles <= {"Compact", "TableGroup"}
    assert not [i for tc in cells for i in tc.iter(f"{{{W}}}ind")]
    group = [tc for tc in cells if "TableGroup" in {style_of(p) for p in tc.iter(f"{{{W}}}p")}]
    assert [text_of(tc) for tc in group] == ["2009年主要工作回顾", "2010年主要工作任务"]


def test_a4_page_and_paper_option():
    doc = load(FIXTURES / "mini.xml")
    a5 = render_without_libreoffice(doc, Options(paper="A5"))
    sizes = {(s.get(f"{{{W}}}w"), s.get(f"{{{W}}}h")) for s in part(a5, "word/document.xml").iter(f"{{{W}}}pgSz")}
    assert sizes == {("8391", "11906")}


# ---- TOC and list of figures and tables --------------------------------------

def test_toc_field_has_cached_hyperlinked_entries_and_no_dirty_flag(mini):
    document = part(mini, "word/document.xml")
    assert not document.xpath("//w:fldChar[@w:dirty]", namespaces=NS)
    entries = field_paragraphs(document, 'TOC \\o "1-2"')
    assert [style_of(p) for p in entries] == ["TOC1", "TOC2", "TOC1", "TOC2", "TOC1"]
    assert [text_of(p.find("w:hyperlink", NS)) for p in entries] == [
        "2009年主要工作回顾", "积极应对金融危机，区域经济实现新发展", "2010年主要工作任务",
        "迎难而上，进一步提升区域经济发展质量", "附录　数据图表"]
    bookmarks = {b.get(f"{{{W}}}name"): b.getparent() for b in document.iter(f"{{{W}}}bookmarkStart")}
    for p in entries:
        anchor = p.find("w:hyperlink", NS).get(f"{{{W}}}anchor")
        target = bookmarks[anchor]
        assert style_of(target).startswith("Heading")
        assert text_of(target) == text_of(p.find("w:hyperlink", NS))


def test_without_libreoffice_entries_have_no_numbers_and_a_warning():
    log.collected.clear()
    data = render_without_libreoffice(load(FIXTURES / "mini.xml"))
    document = part(data, "word/document.xml")
    assert not [i for i in document.xpath("//w:instrText/text()", namespaces=NS) if "PAGEREF" in i]
    assert any("LibreOffice" in w.message for w in log.collected)


def test_list_of_figures_and_tables(mini):
    document = part(mini, "word/document.xml")
    entries = field_paragraphs(document, "TOC \\h \\z \\t")
    instr = "".join(entries[0].xpath("./w:r/w:instrText/text()", namespaces=NS))
    assert '"Table Caption,1,Image Caption,1"' in instr
    assert [text_of(p.find("w:hyperlink", NS)) for p in entries] == ["图1 生产总值（亿元）", "表1 主要数据"]
    assert {style_of(p) for p in entries} == {"TableofFigures"}
    title = entries[0].getprevious()
    assert text_of(title) == "图表目录" and style_of(title) == "TOCHeading"
    bookmarks = {b.get(f"{{{W}}}name"): b.getparent() for b in document.iter(f"{{{W}}}bookmarkStart")}
    targets = [bookmarks[p.find("w:hyperlink", NS).get(f"{{{W}}}anchor")] for p in entries]
    assert [style_of(t) for t in targets] == ["ImageCaption", "TableCaption"]
    # captions are numbered once (the XML titles carry 表1/图1; no "Table 1:" added)
    assert [text_of(t) for t in targets] == ["图1 生产总值（亿元）", "表1 主要数据"]


def test_appendix_links_point_at_the_mentions(mini):
    document = part(mini, "word/document.xml")
    names = {b.get(f"{{{W}}}name") for b in document.iter(f"{{{W}}}bookmarkStart")}
    links = [h.get(f"{{{W}}}anchor") for h in document.iter(f"{{{W}}}hyperlink")
             if text_of(h) == "原文"]
    assert links and set(links) <= names


# ---- header, footer, sections, properties ------------------------------------

def test_header_title_and_footer_page_field(mini):
    with zipfile.ZipFile(io.BytesIO(mini)) as zf:
        names = zf.namelist()
        header = etree.fromstring(zf.read(next(n for n in names if n.startswith("word/header"))))
        footer = etree.fromstring(zf.read(next(n for n in names if n.startswith("word/footer"))))
    assert "TITLE" in "".join(header.xpath("//w:instrText/text()", namespaces=NS))
    assert "示例市2010年政府工作报告" in text_of(header)
    assert "PAGE" in "".join(footer.xpath("//w:instrText/text()", namespaces=NS))
    assert re.fullmatch(r"— \d+ —", "".join(footer.xpath("//w:t/text()", namespaces=NS)))


def test_front_matter_section_and_body_numbered_from_one(mini):
    document = part(mini, "word/document.xml")
    sections = list(document.iter(f"{{{W}}}sectPr"))
    assert len(sections) == 2
    front, body = sections
    assert front.find("w:titlePg", NS) is not None
    assert front.find("w:headerReference", NS) is None
    assert front.find("w:pgNumType", NS).get(f"{{{W}}}fmt") == "lowerRoman"
    assert body.find("w:headerReference", NS) is not None
    assert body.find("w:pgNumType", NS).get(f"{{{W}}}start") == "1"


def test_core_properties_come_from_the_xml_and_source_date_epoch(mini):
    core = part(mini, "docProps/core.xml")
    values = {etree.QName(e).localname: e.text for e in core}
    assert values["title"] == "示例市2010年政府工作报告"
    assert values["creator"] == "王某某"
    assert values["language"] == "zh-CN"
    assert values["created"] == values["modified"] == "2010-01-01T00:00:00Z"  # conftest's epoch


# ---- images, hostile text, determinism, dependencies -------------------------

def test_chart_is_embedded_as_png(mini):
    with zipfile.ZipFile(io.BytesIO(mini)) as zf:
        media = [n for n in zf.namelist() if n.startswith("word/media/")]
        assert len(media) == 1 and media[0].endswith(".png")
        assert zf.read(media[0]) == (FIXTURES / "mini.charts" / "fig1.png").read_bytes()
    document = part(mini, "word/document.xml")
    descr = document.xpath("//*[local-name()='docPr']/@descr")
    assert descr and descr[0].startswith("柱状图")
    assert b"svgBlip" not in zipfile.ZipFile(io.BytesIO(mini)).read("word/document.xml")


def test_hostile_text_is_literal(mini):
    document = part(mini, "word/document.xml")
    assert HOSTILE in text_of(document)
    assert "<script>alert(1)</script>" in text_of(document)
    with zipfile.ZipFile(io.BytesIO(mini)) as zf:
        rels = zf.read("word/_rels/document.xml.rels").decode()
    assert "etc/passwd" not in rels and "file:" not in rels


def test_same_input_same_bytes(mini):
    again = render_without_libreoffice(load(FIXTURES / "mini.xml"))
    assert again == mini
    with zipfile.ZipFile(io.BytesIO(mini)) as zf:
        infos = zf.infolist()
    assert infos[0].filename == "[Content_Types].xml"
    assert {i.date_time for i in infos} == {(1980, 1, 1, 0, 0, 0)}


def test_missing_pandoc_is_a_dependency_error(monkeypatch):
    import pypandoc
    from pipeline.render import pandoc

    monkeypatch.setattr(pandoc, "bundled_pandoc", lambda: "")   # no pypandoc-binary: pypandoc's search
    monkeypatch.setattr(pypandoc, "get_pandoc_path", lambda: "/nonexistent/pandoc")
    with pytest.raises(DependencyError) as err:
        render_without_libreoffice(load(FIXTURES / "mini.xml"))
    assert err.value.exit_code == 5 and "pypandoc-binary" in str(err.value)


def test_english_document_labels_and_latin_font(tmp_path):
    tree = etree.parse(str(FIXTURES / "mini.xml"))
    root = tree.getroot()
    root.set(XML_LANG, "en")
    root.find(db("info")).find(db("title")).text = "Example City Work Report"
    shutil.copytree(FIXTURES / "mini.charts", tmp_path / "mini.charts")
    tree.write(str(tmp_path / "mini.xml"), xml_declaration=True, encoding="UTF-8")
    data = render_without_libreoffice(load(tmp_path / "mini.xml"))
    document = part(data, "word/document.xml")
    texts = [text_of(p) for p in document.iter(f"{{{W}}}p") if style_of(p) == "TOCHeading"]
    assert texts == ["Contents", "List of Figures and Tables"]
    fonts = part(data, "word/styles.xml").find("w:docDefaults/w:rPrDefault/w:rPr/w:rFonts", NS)
    assert fonts.get(f"{{{W}}}ascii") == "DejaVu Serif"
    assert fonts.get(f"{{{W}}}eastAsia") == "Noto Serif CJK SC"
    footer = part(data, "word/footer1.xml")   # the number alone, as the English PDF's folio
    assert "PAGE" in "".join(footer.xpath("//w:instrText/text()", namespaces=NS))
    assert re.fullmatch(r"\d+", "".join(footer.xpath("//w:t/text()", namespaces=NS)))


# ---- slow: LibreOffice lays the file out --------------------------------------

@pytest.mark.slow
@needs_soffice
def test_toc_page_numbers_match_the_layout(tmp_path):
    """A multi-page document: every TOC/LoF entry carries the printed page number of its
    target, and LibreOffice's PDF of the DOCX shows the entries with those numbers."""
    data = render_docx(load(repeated(tmp_path)), Options())
    document = part(data, "word/document.xml")
    toc = field_paragraphs(document, 'TOC \\o "1-2"')
    lof = field_paragraphs(document, "TOC \\h \\z \\t")
    expected = []
    for p in toc + lof:
        link = p.find("w:hyperlink", NS)
        instr = "".join(link.xpath(".//w:instrText/text()", namespaces=NS))
        assert f"PAGEREF {link.get(f'{{{W}}}anchor')}" in instr
        number = "".join(link.xpath("./w:r[preceding-sibling::w:r/w:fldChar[@w:fldCharType='separate']]"
                                    "/w:t/text()", namespaces=NS))
        assert number.isdigit()
        expected.append((link.find("w:r/w:t", NS).text, int(number)))
    assert len({n for _, n in expected}) > 3, "a multi-page document has entries on several pages"
    assert [n for _, n in expected] == sorted(n for _, n in expected)

    pdf = tmp_path / "big.pdf"
    pdf.write_bytes(docx_to_pdf(data))
    pages = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                           check=True).stdout.split("\f")
    folio, front = {}, ""
    for page in pages:
        found = re.findall(r"—\s*(\d+|[ivx]+)\s*—", page)
        if found and found[-1].isdigit():
            folio[int(found[-1])] = re.sub(r"\s+", "", page)
        elif not folio:
            front += re.sub(r"\s+", "", page)      # title page, TOC, list of figures and tables
    for title, number in expected:
        flat = re.sub(r"\s+", "", title)
        # the TOC page shows "title····number"
        assert re.search(re.escape(flat) + r"·+" + str(number), front), (title, number)
        # and the heading is on the page printed with that number
        assert flat in folio[number], (title, number)


@pytest.mark.slow
@needs_soffice
def test_toc_page_numbers_of_an_english_document_match_its_bare_folios(tmp_path):
    """An English DOCX's footer is the number alone; pages.py still finds each page's folio, so
    the TOC gives the number printed on the page where the heading is."""
    path = repeated(tmp_path, times=8)
    tree = etree.parse(str(path))
    tree.getroot().set(XML_LANG, "en")
    tree.write(str(path), xml_declaration=True, encoding="UTF-8")
    data = render_docx(load(path), Options())
    toc = field_paragraphs(part(data, "word/document.xml"), 'TOC \\o "1-2"')
    expected = []
    for p in toc:
        link = p.find("w:hyperlink", NS)
        number = "".join(link.xpath("./w:r[preceding-sibling::w:r/w:fldChar[@w:fldCharType='separate']]"
                                    "/w:t/text()", namespaces=NS))
        expected.append((link.find("w:r/w:t", NS).text, int(number)))
    assert len({n for _, n in expected}) > 3
    pdf = tmp_path / "en.pdf"
    pdf.write_bytes(docx_to_pdf(data))
    pages = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                           check=True).stdout.split("\f")
    folio = {}
    for page in pages:
        lines = [line.strip() for line in page.splitlines() if line.strip()]
        if lines and lines[-1].isdigit():
            assert "—" not in lines[-1]
            folio[int(lines[-1])] = re.sub(r"\s+", "", page)
    for title, number in expected:
        assert re.sub(r"\s+", "", title) in folio[number], (title, number)


# ---- the copy LibreOffice lays out: a long final table without most of its rows ----------------

def _body_with_table(rows: int, anchor_after: bool = False, anchor_in_row: int | None = None):
    def bookmark(name):
        return f'<w:bookmarkStart w:id="1" w:name="{name}"/>'
    cells = "".join(f'<w:tr><w:tc><w:p>{bookmark("_Toc00009") if i == anchor_in_row else ""}'
                    f'<w:r><w:t>{i}</w:t></w:r></w:p></w:tc></w:tr>' for i in range(rows))
    after = f'<w:p>{bookmark("_Toc00002")}</w:p>' if anchor_after else "<w:p/>"
    return etree.fromstring(f'<w:document xmlns:w="{W}"><w:body><w:p>{bookmark("_Toc00001")}</w:p>'
                            f'<w:tbl>{cells}</w:tbl>{after}<w:sectPr/></w:body></w:document>')


def _rows(root):
    return [int(t.text) for t in root.iterfind(".//w:tbl//w:t", NS)]


def test_rows_left_out_only_while_the_copy_is_made():
    root = _body_with_table(50)
    with docx_module.rows_left_out(root, ["_Toc00001"], keep=20) as left_out:
        assert left_out == 30 and _rows(root) == list(range(20))
    assert _rows(root) == list(range(50))                  # the shipped DOCX keeps every row


@pytest.mark.parametrize("case", [dict(anchor_after=True), dict(anchor_in_row=30)])
def test_rows_stay_when_a_contents_entry_needs_their_pages(case):
    root = _body_with_table(50, **case)
    with docx_module.rows_left_out(root, ["_Toc00001", "_Toc00002", "_Toc00009"], keep=20) as left_out:
        assert left_out == 0 and _rows(root) == list(range(50))


def test_short_tables_are_laid_out_whole():
    root = _body_with_table(15)
    with docx_module.rows_left_out(root, ["_Toc00001"], keep=20) as left_out:
        assert left_out == 0
