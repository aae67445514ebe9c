"""A saved PDF's object streams joined into one, as WeasyPrint writes a PDF.

    data = one_object_stream(data)   # data: as pikepdf saved it with object streams generated

Why: the merge (merge.py) has to let qpdf generate the object streams (keeping the
first file's would leave every appended object outside one, 4x the size), and qpdf puts
at most 100 objects in a stream, each compressed on its own. The structure tree's
elements are most of the objects, and they compress far better together: at ten
times the sample's length the merged file was 7.8 % larger than the single layout's,
whose objects WeasyPrint writes in one stream.

How: the file is rewritten at the byte level, no object is parsed. The objects stored
uncompressed (the streams: pages' content, fonts, images) are copied as they are; the
members of every object stream go, in order, into one new stream that takes the number
of the first; the numbers of the others become free; a new cross-reference stream ends
the file, with the trailer's /Root, /Info and /ID (qpdf derived the /ID from the content,
so the same input still gives the same bytes).
"""
from __future__ import annotations

import io
import zlib

import pikepdf


def one_object_stream(data: bytes) -> bytes:
    pdf = pikepdf.open(io.BytesIO(data))
    xref_ref, rows = _xref_rows(pdf, data)
    if xref_ref is None:
        return data
    streams = sorted({field for kind, field, _ in rows if kind == 2})
    if len(streams) < 2:
        return data
    members: dict[int, list[bytes]] = {}
    for number in streams:
        members[number] = _members(pdf.get_object(number, 0))
    new_number = streams[0]
    # the stored objects, in file order, each up to where the next object starts
    offsets = sorted(offset for kind, offset, _ in rows if kind == 1)
    following = dict(zip(offsets, offsets[1:] + [_xref_offset(data)]))
    out = io.BytesIO()
    out.write(data[:offsets[0]])
    entries: list[tuple[int, int, int]] = [(0, 0, 65535)] + [(0, 0, 0)] * (len(rows) - 1)
    for offset, number in sorted((row[1], n) for n, row in enumerate(rows) if row[0] == 1):
        if number in members or number == xref_ref:
            continue
        entries[number] = (1, out.tell(), rows[number][2])
        out.write(data[offset:following[offset]])
    # the one object stream: members by number (then the index rows differ by one)
    header, body, index = [], io.BytesIO(), 0
    for number, (kind, stream, position) in enumerate(rows):
        if kind != 2:
            continue
        header.append(b"%d %d" % (number, body.tell()))
        body.write(members[stream][position])
        body.write(b"\n")
        entries[number] = (2, new_number, index)
        index += 1
    head = b" ".join(header) + b"\n"
    packed = zlib.compress(head + body.getvalue())
    entries[new_number] = (1, out.tell(), 0)
    out.write(b"%d 0 obj\n<< /Type /ObjStm /N %d /First %d /Filter /FlateDecode /Length %d >>\nstream\n"
              % (new_number, index, len(head), len(packed)))
    out.write(packed + b"\nendstream\nendobj\n")
    _write_xref(out, pdf, xref_ref, entries)
    return out.getvalue()


def _xref_offset(data: bytes) -> int:
    tail = data[-64:]
    return int(tail[tail.rindex(b"startxref") + 9:].split()[0])


def _xref_rows(pdf: pikepdf.Pdf, data: bytes) -> tuple[int | None, list[tuple[int, int, int]]]:
    """(the cross-reference stream's number, its rows), or (None, []) for a classic table."""
    offset = _xref_offset(data)
    head = data[offset:offset + 32].split()
    if len(head) < 3 or head[2] != b"obj":
        return None, []
    number = int(head[0])
    xref = pdf.get_object(number, 0)
    widths = [int(w) for w in xref.W]
    first, count = (int(v) for v in xref.get("/Index", [0, int(xref.Size)])[:2])
    raw = xref.read_bytes()
    row = sum(widths)
    rows = []
    for k in range(len(raw) // row):
        fields, at = [], k * row
        for w in widths:
            fields.append(int.from_bytes(raw[at:at + w], "big") if w else 1 if not fields else 0)
            at += w
        rows.append(tuple(fields))
    if first != 0 or len(rows) != count:
        return None, []
    return number, rows


def _members(stream: pikepdf.Object) -> list[bytes]:
    """The objects of an object stream, each as its bytes."""
    content = stream.read_bytes()
    first, n = int(stream.First), int(stream.N)
    numbers = content[:first].split()
    offsets = [int(numbers[2 * i + 1]) for i in range(n)] + [len(content) - first]
    return [content[first + a:first + b].strip() for a, b in zip(offsets, offsets[1:])]


def _write_xref(out: io.BytesIO, pdf: pikepdf.Pdf, number: int, entries: list) -> None:
    entries[number] = (1, out.tell(), 0)
    width, last = ((max(e[k] for e in entries).bit_length() + 7) // 8 or 1 for k in (1, 2))
    size = 1 + width + last
    rows, previous = io.BytesIO(), bytes(size)
    for kind, field, extra in entries:   # PNG "Up" prediction: each row less the one above
        row = bytes([kind]) + field.to_bytes(width, "big") + extra.to_bytes(last, "big")
        rows.write(b"\x02" + bytes((a - b) & 0xFF for a, b in zip(row, previous)))
        previous = row
    packed = zlib.compress(rows.getvalue())
    trailer = pdf.trailer
    keys = b"".join(b" /%s %s" % (key[1:].encode(), trailer[key].unparse())
                    for key in ("/Root", "/Info", "/ID") if key in trailer)
    start = out.tell()
    out.write(b"%d 0 obj\n<< /Type /XRef /Size %d /W [ 1 %d %d ]%s /Filter /FlateDecode"
              b" /DecodeParms << /Columns %d /Predictor 12 >> /Length %d >>\nstream\n"
              % (number, len(entries), width, last, keys, size, len(packed)))
    out.write(packed + b"\nendstream\nendobj\nstartxref\n%d\n%%%%EOF\n" % start)
