"""PROTOTYPE: lay out a long document's parts in parallel processes, then merge one PDF.

    .venv/bin/python bench/prototype/chunked_pdf.py chunked work/hexi-x23.xml out.pdf -j 2
    .venv/bin/python bench/prototype/chunked_pdf.py single  work/hexi-x23.xml ref.pdf

Built on the real renderer, read-only: `docbook_to_html`, styles/print.css, the
SafeFetcher, `finish_pdf`'s page labels. Steps (see chunked-pdf.md):

1. The whole HTML is cut at level-1 parts: body chunks (groups of parts, about equal
   HTML size), the appendix, and the front matter (title page, contents, list).
2. Body chunks are laid out in a pool of `jobs` forked processes; each worker reports
   its page count and anchors (first page, x, y) as soon as its layout is done, then
   writes its own tagged PDF (pdf/ua-1) and returns the bytes.
3. When every body layout is known the appendix is rendered with its first page number
   and the back links' page numbers as literal text; when the appendix layout is known
   the front matter is rendered with the contents' page numbers as literal text, and a
   folio-only document ("— n —") for the body chunks after the first.
4. pikepdf merges: pages appended in order; structure trees spliced under one /Document,
   ParentTree keys, page /StructParents and annotation /StructParent renumbered; named
   destinations merged; cross-chunk links (written as sentinel URI links) turned back
   into /Dest links; outlines rebuilt; folios overlaid as /Artifact; page labels.
"""
from __future__ import annotations

import io
import multiprocessing as mp
import sys
import time
from pathlib import Path

import pikepdf
from lxml import etree
from lxml import html as lxml_html
from pikepdf import Array, Dictionary, Name, String

from pipeline.build import load_intermediate
from pipeline.options import Options
from pipeline.render import pdf as pdfmod
from pipeline.render.pdf_fetch import SafeFetcher, chart_files
from pipeline.render.pdf_post import page_labels
from pipeline.resources import styles_dir

SENTINEL = "https://x-chunk.invalid/#"   # cross-chunk links, rewritten at merge time
NO_FOLIO = "@page body { @bottom-center { content: none } }"
LITERAL_NUMBERS = """
nav li a::after { content: leader("\\B7") attr(data-page); }
html.lang-zh a.back::after { content: "\\FF08\\7B2C" attr(data-page) "\\9875\\FF09"; }
html.lang-en a.back::after { content: " (p. " attr(data-page) ")"; }
"""
TIMES: dict[str, float] = {}

# ---- 1. cutting the HTML -------------------------------------------------------------


def cut_html(html: str, n_body: int):
    """(front, [body chunks], appendix-or-None) as lxml trees (each a full <html>)."""
    root = lxml_html.document_fromstring(html)
    body = root.find("body")
    front, main = body.find("div"), body.find("main")
    kids = list(main)
    parts = [k for k in kids if "level1" in (k.get("class") or "")]
    appendix = [k for k in kids if "appendix" in (k.get("class") or "")]
    lead = [k for k in kids if k not in parts and k not in appendix]
    sizes = [len(lxml_html.tostring(p)) for p in parts]
    total, groups, acc, cur = sum(sizes), [], 0, []
    for part, size in zip(parts, sizes):
        cur.append(part)
        acc += size
        if acc >= total * (len(groups) + 1) / n_body and len(groups) < n_body - 1:
            groups.append(cur)
            cur = []
    if cur:
        groups.append(cur)

    def shell(children, main_attrs=None):
        h = lxml_html.fromstring(lxml_html.tostring(root.find("head")))
        new = lxml_html.Element("html", dict(root.attrib))
        new.append(h)
        b = etree.SubElement(new, "body")
        if main_attrs is None:
            for c in children:
                b.append(c)
        else:
            m = etree.SubElement(b, "main", main_attrs)
            for c in children:
                m.append(c)
        return new

    bodies = [shell((lead if i == 0 else []) + g, dict(main.attrib) if i == 0 else {})
              for i, g in enumerate(groups)]
    app = shell(appendix, {}) if appendix else None
    return shell([front]), bodies, app


def to_string(tree) -> str:
    return lxml_html.tostring(tree, doctype="<!DOCTYPE html>", encoding="unicode")


def fill_numbers(tree, anchors: dict[str, tuple[int, float, float]], selector: str):
    """Links matching `selector` point at the sentinel and carry their page number."""
    for a in tree.xpath(selector):
        href = a.get("href") or ""
        if not href.startswith("#"):
            continue
        page = anchors.get(href[1:])
        a.set("data-page", str(page[0]) if page else "?")
        a.set("href", SENTINEL + href[1:])


# ---- 2. the workers ------------------------------------------------------------------

_DOC = None
_OPTIONS = None
_QUEUE = None


def _layout(html: str, extra_css: list[str]):
    from weasyprint import CSS, HTML
    fetcher = SafeFetcher(chart_files(_DOC))
    sheets = [CSS(filename=str(styles_dir() / pdfmod.STYLESHEET), url_fetcher=fetcher),
              CSS(string=pdfmod._paper_rule(_OPTIONS), url_fetcher=fetcher)]
    sheets += [CSS(string=s, url_fetcher=fetcher) for s in extra_css]
    base_url = _DOC.base.resolve().as_uri() + "/"
    return HTML(string=html, base_url=base_url, url_fetcher=fetcher).render(stylesheets=sheets)


def render_chunk(key, html: str, extra_css: list[str], tagged: bool = True):
    """Lay out one chunk, report (key, pages, anchors), write it; -> (key, pdf bytes, pages)."""
    t0 = time.perf_counter()
    document = _layout(html, extra_css)
    anchors: dict[str, tuple[int, float, float]] = {}
    for number, page in enumerate(document.pages):
        for name, (x, y, *_rest) in page.anchors.items():
            anchors.setdefault(name, (number, x, y))
    t1 = time.perf_counter()
    if _QUEUE is not None:
        _QUEUE.put((key, len(document.pages), anchors))
    date = pdfmod.pdf_date(_DOC)
    document.metadata.created = document.metadata.modified = date
    variant = _OPTIONS.pdf_variant if tagged and _OPTIONS.pdf_variant != "none" else None
    raw = document.write_pdf(pdf_variant=variant, full_fonts=False, hinting=False,
                             pdf_identifier=_DOC.name.encode("utf-8"))
    return key, raw, len(document.pages), (t1 - t0, time.perf_counter() - t1)


# ---- 3. orchestration ----------------------------------------------------------------


def render_chunked(doc, options: Options, jobs: int = 2, n_body: int | None = None) -> bytes:
    global _DOC, _OPTIONS, _QUEUE
    import weasyprint  # noqa: F401  (imported once, before the workers fork)
    t = time.perf_counter()
    html = pdfmod.to_html_string(pdfmod.checked_html(doc, options)[0])
    front, bodies, appendix = cut_html(html, n_body or 2 * jobs)
    TIMES["html+cut"] = time.perf_counter() - t
    _DOC, _OPTIONS = doc, options
    ctx = mp.get_context("fork")
    _QUEUE = ctx.Queue()
    results, layout = {}, {}
    with ctx.Pool(jobs) as pool:
        pending = [pool.apply_async(render_chunk, (("body", i), to_string(b),
                                                   [] if i == 0 else [NO_FOLIO]))
                   for i, b in enumerate(bodies)]

        def wait_layouts(keys):
            import queue
            while not keys <= layout.keys():
                try:
                    key, n, anchors = _QUEUE.get(timeout=1)
                except queue.Empty:
                    for p in pending:
                        if p.ready() and not p.successful():
                            p.get()   # re-raise the worker's error
                    continue
                layout[key] = (n, anchors)

        wait_layouts({("body", i) for i in range(len(bodies))})
        TIMES["body layouts"] = time.perf_counter() - t
        # global page numbers of every anchor (body page 1 = first body page)
        starts, page = [], 1
        for i in range(len(bodies)):
            starts.append(page)
            page += layout[("body", i)][0]
        body_pages = page - 1
        numbers = {name: (starts[i] + p, x, y) for i in range(len(bodies))
                   for name, (p, x, y) in layout[("body", i)][1].items()}
        if appendix is not None:
            fill_numbers(appendix, numbers, "//a[contains(concat(' ', @class, ' '), ' back ')]")
            pending.append(pool.apply_async(render_chunk, ("appendix", to_string(appendix), [
                LITERAL_NUMBERS, f"@page :nth(1 of body) {{ counter-reset: page {body_pages + 1} }}"])))
            wait_layouts({"appendix"})
            numbers.update({name: (body_pages + 1 + p, x, y)
                            for name, (p, x, y) in layout["appendix"][1].items()})
        TIMES["appendix layout"] = time.perf_counter() - t
        fill_numbers(front, numbers, "//nav//a")
        pending.append(pool.apply_async(render_chunk, ("front", to_string(front), [LITERAL_NUMBERS])))
        first = layout[("body", 0)][0]
        if len(bodies) > 1:
            pending.append(pool.apply_async(render_chunk, (
                "folio", folio_html(body_pages - first, doc),
                [f"@page :nth(1 of body) {{ counter-reset: page {first + 1} }}",
                 "@page body { @top-center { content: none } } main > div { height: 1px } main > div + div { break-before: page }"],
                False)))
        for p in pending:
            key, raw, n, times = p.get()
            results[key] = raw
            TIMES[f"chunk {key}"] = times
    TIMES["all chunks"] = time.perf_counter() - t
    ordered = [results["front"]] + [results[("body", i)] for i in range(len(bodies))]
    if appendix is not None:
        ordered.append(results["appendix"])
    front_pages = len(pikepdf.open(io.BytesIO(results["front"])).pages)
    out = merge(ordered, results.get("folio"), front_pages,
                folio_from=front_pages + first, folio_to=front_pages + body_pages)
    TIMES["merge"] = time.perf_counter() - t - TIMES["all chunks"]
    return out


def folio_html(n: int, doc) -> str:
    lang = doc.lang
    from pipeline.render.html import html_classes
    cls = html_classes(lang, _OPTIONS)
    return (f'<!DOCTYPE html><html lang="{lang}" class="{cls}"><body><main>'
            + "<div></div>" * n + "</main></body></html>")


# ---- 4. merging ----------------------------------------------------------------------


def _names(pdf) -> list:
    try:
        return list(pdf.Root.Names.Dests.Names)
    except (AttributeError, KeyError):
        return []


def _outline(pdf, index_of):
    """[(title, page index, x, y, open, children)] of a chunk's outline."""
    def walk(item):
        while item is not None:
            dest = item.get("/Dest")
            kids = walk(item.get("/First")) if "/First" in item else []
            yield (str(item.Title), index_of[dest[0].objgen], float(dest[2]), float(dest[3]),
                   int(item.get("/Count", 0)) > 0, list(kids))
            item = item.get("/Next")
    if "/Outlines" not in pdf.Root or "/First" not in pdf.Root.Outlines:
        return []
    return list(walk(pdf.Root.Outlines.First))


def merge(chunks: list[bytes], folio: bytes | None, front_pages: int,
          folio_from: int, folio_to: int) -> bytes:
    out = pikepdf.open(io.BytesIO(chunks[0]))
    tree = out.Root.StructTreeRoot
    document = tree.K[0]
    nums = list(tree.ParentTree.Nums)   # python lists: pikepdf Array.append is O(n)
    kids = list(document.K)
    next_key = max(int(k) for k in nums[::2]) + 1
    names = _names(out)
    outline = _outline(out, {p.objgen: i for i, p in enumerate(out.pages)})
    for data in chunks[1:]:
        src = pikepdf.open(io.BytesIO(data))
        offset = len(out.pages)
        out.pages.extend(src.pages)
        new_pages = out.pages[offset:]
        index_of = {p.objgen: offset + i for i, p in enumerate(src.pages)}
        # structure tree: children of the chunk's /Document go under ours
        sdoc = src.Root.StructTreeRoot.K[0]
        copied_doc = out.copy_foreign(sdoc)
        for el in copied_doc.K:
            el.P = document
            kids.append(el)
        copied_nums = out.copy_foreign(src.Root.StructTreeRoot.ParentTree).Nums
        for key, value in zip(copied_nums[::2], copied_nums[1::2]):
            nums.append(int(key) + next_key)
            nums.append(value)
            for el in (value if isinstance(value, Array) else [value]):
                if el.get("/P") is not None and el.P.objgen == copied_doc.objgen:
                    el.P = document   # margin-box elements WeasyPrint leaves unlinked
        for page in new_pages:
            if "/StructParents" in page.obj:
                page.obj.StructParents = int(page.obj.StructParents) + next_key
            for annot in page.obj.get("/Annots", []):
                if "/StructParent" in annot:
                    annot.StructParent = int(annot.StructParent) + next_key
        next_key += max(int(k) for k in copied_nums[::2]) + 1
        # named destinations, re-pointed at our copies of the pages
        src_names = _names(src)
        for name, dest in zip(src_names[::2], src_names[1::2]):
            names += [name, Array([out.pages[index_of[dest[0].objgen]].obj, *list(dest)[1:]])]
        outline += _outline(src, index_of)
    document.K = Array(kids)
    tree.ParentTree = out.make_indirect(Dictionary(Nums=Array(nums)))
    tree.ParentTreeNextKey = next_key
    # one flat, sorted name tree (as WeasyPrint writes it); later duplicates are dropped
    pairs = {}
    for name, dest in zip(names[::2], names[1::2]):
        pairs.setdefault(bytes(name), dest)
    flat = Array([x for name in sorted(pairs) for x in (String(name), pairs[name])])
    out.Root.Names = Dictionary(Dests=out.make_indirect(Dictionary(Names=flat)))
    # cross-chunk links back to named destinations
    for page in out.pages:
        for annot in page.obj.get("/Annots", []):
            uri = str(annot.get("/A", {}).get("/URI", "")) if "/A" in annot else ""
            if uri.startswith(SENTINEL):
                target = uri[len(SENTINEL):]
                del annot.A
                annot.Dest = String(target)
                annot.Contents = String(target)
    _write_outline(out, outline)
    if folio is not None:
        _overlay_folios(out, pikepdf.open(io.BytesIO(folio)), folio_from, folio_to)
    out.Root.PageLabels = page_labels(front_pages)
    buf = io.BytesIO()
    # generate: the chunks' objects are not in object streams any more (preserve: 4x size)
    out.save(buf, deterministic_id=True, compress_streams=True,
             object_stream_mode=pikepdf.ObjectStreamMode.generate)
    return buf.getvalue()


def _write_outline(out, outline) -> None:
    if "/Outlines" in out.Root:
        del out.Root.Outlines

    def build(items, parent):
        objs = []
        for title, page, x, y, is_open, kids in items:
            item = out.make_indirect(Dictionary(
                Title=String(title), Parent=parent,
                Dest=Array([out.pages[page].obj, Name.XYZ, x, y, 0])))
            if kids:
                children = build(kids, item)
                item.First, item.Last = children[0], children[-1]
                item.Count = len(children) if is_open else -len(children)
            objs.append(item)
        for a, b in zip(objs, objs[1:]):
            a.Next, b.Prev = b, a
        return objs

    if outline:
        root = out.make_indirect(Dictionary(Type=Name.Outlines))
        top = build(outline, root)
        root.First, root.Last, root.Count = top[0], top[-1], len(top)
        out.Root.Outlines = root


def _overlay_folios(out, folio, first: int, last: int) -> None:
    """Draw folio page k over output page first+k (exclusive of `last`), as an artifact."""
    for k, index in enumerate(range(first, last)):
        page = out.pages[index]
        form = out.copy_foreign(folio.pages[k].as_form_xobject())
        res = Dictionary({key: value for key, value in page.obj.Resources.items()})
        xobj = Dictionary({key: value for key, value in res.get("/XObject", {}).items()})
        xobj.Folio = form
        res.XObject = xobj
        page.obj.Resources = res
        page.contents_add(out.make_stream(b"q\n"), prepend=True)
        page.contents_add(out.make_stream(
            b"\nQ\n/Artifact <</Type /Pagination /Subtype /Footer>> BDC q /Folio Do Q EMC\n"))


# ---- CLI for the measurements --------------------------------------------------------


def main(argv: list[str]) -> int:
    mode, xml, out = argv[0], Path(argv[1]), Path(argv[2])
    jobs = int(argv[argv.index("-j") + 1]) if "-j" in argv else 2
    n_body = int(argv[argv.index("-n") + 1]) if "-n" in argv else None
    doc = load_intermediate(xml)
    t = time.perf_counter()
    if mode == "single":
        data = pdfmod.render_pdf(doc, Options())
    elif mode == "chunked-pool":
        data = render_chunked(doc, Options(), jobs=jobs, n_body=n_body)
    else:
        from chunked_sched import render_chunked_v2
        jobs = 1 if mode == "chunked1" else jobs   # same chunks, one worker
        data = render_chunked_v2(doc, Options(), jobs=jobs, n_body=n_body or 4)
    out.write_bytes(data)
    if "-v" in argv:
        times = sys.modules["chunked_pdf"].TIMES if "chunked_pdf" in sys.modules else TIMES
        print(f"{mode}: {time.perf_counter() - t:.2f} s", {k: v for k, v in times.items()},
              file=sys.stderr)
    return 0


if __name__ == "__main__":
    import logging
    logging.getLogger("weasyprint").setLevel(logging.ERROR)
    sys.exit(main(sys.argv[1:]))
