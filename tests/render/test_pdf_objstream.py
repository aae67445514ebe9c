"""One object stream for a merged PDF (render/pdf/objstream.py): the same objects, read back
by qpdf, poppler and pdfium, in one stream, and the same bytes from the same input."""
from __future__ import annotations

import io
import subprocess

import pikepdf
import pytest

from pipeline.render.pdf.objstream import one_object_stream


def _generated(pages: int = 30, elements: int = 400) -> bytes:
    """A PDF saved as the merge saves it: qpdf's object streams of at most 100 objects."""
    pdf = pikepdf.new()
    for i in range(pages):
        pdf.add_blank_page(page_size=(200, 200))
        pdf.pages[-1].Contents = pdf.make_stream(b"BT /F1 12 Tf 20 100 Td (page %d) Tj ET" % i)
        pdf.pages[-1].Resources = pikepdf.Dictionary(Font=pikepdf.Dictionary(F1=pikepdf.Dictionary(
            Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type1, BaseFont=pikepdf.Name.Helvetica)))
    kids = [pdf.make_indirect(pikepdf.Dictionary(Type=pikepdf.Name.StructElem, S=pikepdf.Name.P,
                                                 Alt=pikepdf.String(f"元素 (%d) \\ {k}"), K=k))
            for k in range(elements)]
    pdf.Root.Extra = pdf.make_indirect(pikepdf.Array(kids))
    pdf.docinfo["/Title"] = "标题"
    buffer = io.BytesIO()
    pdf.save(buffer, deterministic_id=True, object_stream_mode=pikepdf.ObjectStreamMode.generate)
    return buffer.getvalue()


def _object_streams(pdf: pikepdf.Pdf) -> int:
    return sum(1 for o in pdf.objects if isinstance(o, pikepdf.Stream) and o.get("/Type") == "/ObjStm")


def test_one_stream_holds_the_same_objects():
    data = _generated()
    before = pikepdf.open(io.BytesIO(data))
    assert _object_streams(before) > 2
    packed = one_object_stream(data)
    after = pikepdf.open(io.BytesIO(packed))
    assert _object_streams(after) == 1
    assert after.check_pdf_syntax() == []
    assert len(after.pages) == len(before.pages)
    assert [p.Contents.read_bytes() for p in after.pages] == [p.Contents.read_bytes() for p in before.pages]
    assert [str(e.Alt) for e in after.Root.Extra] == [str(e.Alt) for e in before.Root.Extra]
    assert str(after.docinfo["/Title"]) == "标题" and after.trailer.ID == before.trailer.ID
    assert len(packed) < len(data)


def test_the_same_bytes_from_the_same_input():
    data = _generated()
    assert one_object_stream(data) == one_object_stream(data)


def test_readers_read_it(tmp_path):
    path = tmp_path / "packed.pdf"
    path.write_bytes(one_object_stream(_generated(pages=3)))
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, check=True)
    assert text.stdout.decode().split() == ["page", "0", "page", "1", "page", "2"] and not text.stderr
    pdfium = pytest.importorskip("pypdfium2")
    doc = pdfium.PdfDocument(str(path))
    assert [doc[i].get_textpage().get_text_range().strip() for i in range(len(doc))] == ["page 0", "page 1", "page 2"]


def test_a_file_with_one_stream_or_none_is_left_alone():
    pdf = pikepdf.new()
    pdf.add_blank_page()
    for mode in (pikepdf.ObjectStreamMode.disable, pikepdf.ObjectStreamMode.generate):
        buffer = io.BytesIO()
        pdf.save(buffer, object_stream_mode=mode)
        assert one_object_stream(buffer.getvalue()) == buffer.getvalue()
