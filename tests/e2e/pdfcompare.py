"""Compare a chunked PDF with the single-process PDF of the same document.

    failed = differences("single.pdf", "chunked.pdf", with_pixels=True)   # [] if the same
    .venv/bin/python tests/e2e/pdfcompare.py single.pdf chunked.pdf --pixels

Checks: page count and /PageLabels; the text of every page (pdftotext -layout: body,
running heads, folios, contents and back-link page numbers); the outline (title,
depth, page, y); every link (page, rectangle, resolved target page and y); the
structure tree (type, page, MCIDs, link OBJRs, /Alt, attributes, in order); in each
file on its own, that every MCID in every content stream maps through the ParentTree
to a structure element on that page that claims it, that every link annotation maps
back to its Link element, and that no text or XObject is drawn outside marked content;
PDF/UA and PDF/A markers (pdfuaid:part, /Lang, /MarkInfo, DisplayDocTitle, pdfaid,
output intents, PDF version); the text of every page
as pdfium reads it; the file size (within SIZE_TOLERANCE: each font is embedded once, as
one subset); and, with --pixels, a 60 dpi raster of every page.
"""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pikepdf

SIZE_TOLERANCE = 0.05   # the merged file may differ from the single one by this share


def page_texts(path) -> list[str]:
    out = subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True,
                         check=True).stdout.decode("utf-8")
    return out.split("\f")[:-1]


def pdfium_texts(path) -> list[str]:
    import pypdfium2 as pdfium
    pdf = pdfium.PdfDocument(str(path))
    try:
        return [pdf[i].get_textpage().get_text_range() for i in range(len(pdf))]
    finally:
        pdf.close()


def font_programs(pdf) -> dict[str, int]:
    """How many embedded programs each font (/BaseFont) has."""
    count: dict[str, int] = {}
    for obj in pdf.objects:
        if isinstance(obj, pikepdf.Dictionary) and obj.get("/Type") == "/FontDescriptor":
            if any(key in obj for key in ("/FontFile", "/FontFile2", "/FontFile3")):
                count[str(obj.FontName)] = count.get(str(obj.FontName), 0) + 1
    return count


def dests(pdf) -> dict:
    try:
        flat = pdf.Root.Names.Dests.Names
    except (AttributeError, KeyError):
        return {}
    return {str(n): d for n, d in zip(flat[::2], flat[1::2])}


def resolve(pdf, index, names, dest):
    if isinstance(dest, pikepdf.String):
        dest = names.get(str(dest))
    if dest is None:
        return None
    return index[dest[0].objgen], round(float(dest[3]), 1)


def outline(pdf):
    index = {p.objgen: i for i, p in enumerate(pdf.pages)}
    names = dests(pdf)
    result = []

    def walk(item, depth):
        while item is not None:
            result.append((depth, str(item.Title), resolve(pdf, index, names, item.Dest)))
            if "/First" in item:
                walk(item.First, depth + 1)
            item = item.get("/Next")
    if "/Outlines" in pdf.Root and "/First" in pdf.Root.Outlines:
        walk(pdf.Root.Outlines.First, 0)
    return result


def links(pdf):
    index = {p.objgen: i for i, p in enumerate(pdf.pages)}
    names = dests(pdf)
    result = []
    for i, page in enumerate(pdf.pages):
        for a in page.obj.get("/Annots", []):
            rect = tuple(round(float(v), 1) for v in a.Rect)
            if "/Dest" in a:
                target = resolve(pdf, index, names, a.Dest)
            else:
                target = ("URI", str(a.A.URI))
            result.append((i, rect, target, str(a.get("/Contents", ""))))
    return result


def struct_tree(pdf):
    """Serialized tree: nested tuples, pages as indices, annotations as (page, rect)."""
    index = {p.objgen: i for i, p in enumerate(pdf.pages)}
    ids: dict[str, int] = {}   # /ID strings (TH) renumbered in order of appearance

    def canon(v):
        if isinstance(v, pikepdf.Array):
            return tuple(canon(x) for x in v)
        if isinstance(v, pikepdf.String):
            return "id%d" % ids.setdefault(str(v), len(ids))
        return repr(v)

    def ser(el):
        if isinstance(el, int):
            return ("MCID", el)
        if el.get("/Type") == "/OBJR":
            return ("OBJR", index.get(el.Pg.objgen), str(el.Obj.get("/Contents", "")))
        if el.get("/Type") == "/MCR":
            return ("MCR", index.get(el.Pg.objgen), int(el.MCID))
        kids = el.get("/K", [])
        kids = kids if isinstance(kids, pikepdf.Array) else [kids]
        attrs = el.get("/A")
        ident = canon(el.ID) if "/ID" in el else ""
        return (str(el.S), index.get(el.Pg.objgen) if "/Pg" in el else None, ident,
                str(el.get("/Alt", "")), repr(sorted((str(k), canon(v)) for k, v in attrs.items()))
                if isinstance(attrs, pikepdf.Dictionary) else "",
                tuple(ser(k) for k in kids))
    root = pdf.Root.StructTreeRoot
    return [ser(k) for k in root.K], count_elems(root), duplicate_ids(root)


def duplicate_ids(root) -> int:
    seen, dup, stack = set(), 0, list(root.K)
    while stack:
        el = stack.pop()
        if isinstance(el, pikepdf.Dictionary) and el.get("/Type") == "/StructElem":
            if "/ID" in el:
                dup += bytes(el.ID) in seen
                seen.add(bytes(el.ID))
            kids = el.get("/K", [])
            stack.extend(kids if isinstance(kids, pikepdf.Array) else [kids])
    return dup


def count_elems(root) -> int:
    n, stack = 0, list(root.K)
    while stack:
        el = stack.pop()
        if isinstance(el, pikepdf.Dictionary) and el.get("/Type") == "/StructElem":
            n += 1
            kids = el.get("/K", [])
            stack.extend(kids if isinstance(kids, pikepdf.Array) else [kids])
    return n


def parent_tree_problems(pdf) -> list[str]:
    """Every MCID drawn maps to an element claiming it on that page; links map back."""
    nums = pdf.Root.StructTreeRoot.ParentTree.Nums
    tree = {int(k): v for k, v in zip(nums[::2], nums[1::2])}
    problems = []
    for i, page in enumerate(pdf.pages):
        sp = page.obj.get("/StructParents")
        mcids, marked, unmarked = [], [], 0
        for operands, op in pikepdf.parse_content_stream(page):
            op = str(op)
            if op in ("BDC", "BMC"):
                marked.append(op == "BDC" and isinstance(operands[1], pikepdf.Dictionary)
                              and "/MCID" in operands[1] or str(operands[0]) == "/Artifact")
                if op == "BDC" and isinstance(operands[1], pikepdf.Dictionary) and "/MCID" in operands[1]:
                    mcids.append(int(operands[1].MCID))
            elif op == "EMC":
                marked.pop()
            elif op in ("Tj", "TJ", "'", '"', "Do") and not any(marked):
                unmarked += 1
        if unmarked:
            problems.append(f"page {i}: {unmarked} text/XObject ops outside marked content")
        if mcids and sp is None:
            problems.append(f"page {i}: MCIDs but no /StructParents")
            continue
        arr = tree.get(int(sp)) if sp is not None else None
        for m in mcids:
            el = arr[m] if arr is not None and m < len(arr) else None
            if el is None:
                problems.append(f"page {i}: MCID {m} not in ParentTree")
                continue
            kids = el.get("/K", [])
            kids = kids if isinstance(kids, pikepdf.Array) else [kids]
            on_page = "/Pg" in el and el.Pg.objgen == page.obj.objgen
            if not any((isinstance(k, int) and k == m and on_page) or
                       (isinstance(k, pikepdf.Dictionary) and k.get("/MCID") == m
                        and k.Pg.objgen == page.obj.objgen) for k in kids):
                problems.append(f"page {i}: MCID {m} -> element that does not claim it")
        for a in page.obj.get("/Annots", []):
            el = tree.get(int(a.get("/StructParent", -1)))
            if el is None or not any(isinstance(k, pikepdf.Dictionary) and k.get("/Type") == "/OBJR"
                                     and k.Obj.objgen == a.objgen for k in el.K):
                problems.append(f"page {i}: link annotation not mapped to its Link element")
    keys = sorted(tree)
    if len(set(keys)) != len(keys):
        problems.append("duplicate ParentTree keys")
    if "/ParentTreeNextKey" in pdf.Root.StructTreeRoot and int(pdf.Root.StructTreeRoot.ParentTreeNextKey) <= keys[-1]:
        problems.append("ParentTreeNextKey too small")
    return problems


def ua_markers(pdf) -> dict:
    xmp = bytes(pdf.Root.Metadata.read_bytes()) if "/Metadata" in pdf.Root else b""
    return {"pdfuaid:part=1": b"pdfuaid:part>1<" in xmp or b'pdfuaid:part="1"' in xmp,
            "Lang": str(pdf.Root.get("/Lang", "")),
            "Marked": bool(pdf.Root.MarkInfo.Marked) if "/MarkInfo" in pdf.Root else False,
            "DisplayDocTitle": bool(pdf.Root.ViewerPreferences.DisplayDocTitle)
            if "/ViewerPreferences" in pdf.Root else False,
            "PageLabels": repr(pdf.Root.get("/PageLabels")),
            "pdfaid": re.findall(rb"pdfaid:(?:part|conformance)[^<>/ ]*", xmp),
            "OutputIntents": len(pdf.Root.get("/OutputIntents", [])),
            "PDF version": pdf.pdf_version}


def pixels(a, b) -> list[int]:
    """Pages (from 1) whose 60 dpi rasters differ."""
    import tempfile
    from PIL import Image, ImageChops
    with tempfile.TemporaryDirectory() as tmp:
        for name, path in (("a", a), ("b", b)):
            subprocess.run(["pdftoppm", "-r", "60", "-png", str(path), f"{tmp}/{name}"], check=True)
        pages = [sorted(Path(tmp).glob(f"{name}-*.png")) for name in "ab"]
        return [i for i, (x, y) in enumerate(zip(*pages), start=1)
                if ImageChops.difference(Image.open(x).convert("L"), Image.open(y).convert("L")).getbbox()]


def compare(a, b, with_pixels: bool = False) -> list[tuple[bool, str, str]]:
    """(same, check, detail) for every check of `b` against `a`."""
    pa, pb = pikepdf.open(a), pikepdf.open(b)
    results = []

    def report(name, same, detail=""):
        results.append((bool(same), name, detail))

    report("pages", len(pa.pages) == len(pb.pages), f"{len(pa.pages)} / {len(pb.pages)}")
    ta, tb = page_texts(a), page_texts(b)
    diff = [i for i, (x, y) in enumerate(zip(ta, tb)) if x != y]
    report("page text (pdftotext -layout: words, running heads, folios, TOC and back-link numbers)",
           not diff and len(ta) == len(tb), f"differing pages: {diff[:10]}")
    da, db = pdfium_texts(a), pdfium_texts(b)
    report("page text (pdfium)", da == db, f"differing pages: {[i for i, (x, y) in enumerate(zip(da, db)) if x != y][:10]}")
    sa, sb = Path(a).stat().st_size, Path(b).stat().st_size
    report(f"file size within {SIZE_TOLERANCE:.0%}", abs(sb - sa) <= SIZE_TOLERANCE * sa,
           f"{sa} / {sb} bytes ({sb / sa:.3f})")
    ra, rb = (sum(1 for o in pdf.objects if isinstance(o, pikepdf.Dictionary)
                  and o.get("/Type") == "/StructTreeRoot") for pdf in (pa, pb))
    report("structure tree roots in the file (no chunk's left over)", ra == rb, f"{ra} / {rb}")
    fa, fb = font_programs(pa), font_programs(pb)
    report("embedded font programs (one subset per font)", fa == fb, f"{fa} / {fb}")
    oa, ob = outline(pa), outline(pb)
    report("outline", oa == ob, f"{len(oa)} / {len(ob)} entries")
    la, lb = links(pa), links(pb)
    report("links (page, rectangle, target page+y, name)", la == lb,
           f"{len(la)} / {len(lb)} links; unresolved: {sum(1 for x in lb if x[2] is None)}")
    if "/StructTreeRoot" in pa.Root or "/StructTreeRoot" in pb.Root:
        (sa, na, da), (sb, nb, db) = struct_tree(pa), struct_tree(pb)
        report("structure tree (types, pages, MCIDs, links, Alt, attributes; TH ids "
               "compared by order)", sa == sb, f"{na} / {nb} elements")
        report("structure element /ID unique", da == 0 and db == 0, f"duplicates {da} / {db}")
        for name, pdf in (("first", pa), ("second", pb)):
            problems = parent_tree_problems(pdf)
            report(f"ParentTree/MCID/OBJR consistency ({name})", not problems,
                   "; ".join(problems[:5]) + (f" … {len(problems)} total" if problems else ""))
    report("PDF/UA markers and page labels", ua_markers(pa) == ua_markers(pb), repr(ua_markers(pb)))
    if with_pixels:
        bad = pixels(a, b)
        report("raster 60 dpi, every page", not bad, f"differing pages: {bad[:10]}")
    return results


def differences(a, b, with_pixels: bool = False) -> list[str]:
    return [f"{name}: {detail}" for same, name, detail in compare(a, b, with_pixels) if not same]


if __name__ == "__main__":
    checks = compare(sys.argv[1], sys.argv[2], "--pixels" in sys.argv)
    for same, name, detail in checks:
        print(f"{'OK  ' if same else 'FAIL'} {name} {detail}")
    sys.exit(0 if all(same for same, _, _ in checks) else 1)
