"""Join the PDFs of a chunked layout (chunks.py) into the one PDF a single layout gives.

    data = merge(pieces)

The front matter's PDF is the base (its catalog carries the metadata, language and
PDF/UA markers); the others' pages are appended in order, and what WeasyPrint wrote per
file is made whole again:
- structure tree: each file's elements go under the one /Document, with ParentTree
  keys, page /StructParents and annotation /StructParent shifted past the earlier files';
- table header /IDs (WeasyPrint derives them from object numbers) get a per-file prefix
  when more than one file has tables, so no two headers share an ID;
- named destinations: one sorted name tree; links written as placeholders
  (chunks.PLACEHOLDER) become links to them;
- outline: the files' outlines in order (each file starts at a level-1 part);
- folios: the folio document's pages drawn over the body pages laid out without one,
  as /Artifact /Pagination content;
- fonts: one embedded subset per font, of the glyphs all files used (`subsets`);
- page labels and the text layer as `finish_pdf` sets them, and a deterministic save,
  its objects in one object stream as in a single layout's file (`objstream`).

pikepdf Arrays are built from Python lists: appending to an Array one item at a time is
quadratic, and took 15 s for 400 pages.
"""
from __future__ import annotations

import io

import pikepdf
from pikepdf import Array, Dictionary, Name, String

from .chunks import PLACEHOLDER, Pieces
from .objstream import one_object_stream
from .post import name_file, page_labels
from .subsets import merge_font_subsets


def merge(pieces: Pieces, identifier: bytes = b"pipeline") -> bytes:
    out = pikepdf.open(io.BytesIO(pieces.pdfs[0]))
    name_file(out, identifier)   # the first half of the /ID (post.py)
    tags = _Tags(out) if "/StructTreeRoot" in out.Root else None
    names = names_of(out)
    outline = _outline(out, {page.objgen: i for i, page in enumerate(out.pages)})
    rename_ids = sum(pieces.tables) > 1
    for number, data in enumerate(pieces.pdfs[1:], start=1):
        src = pikepdf.open(io.BytesIO(data))
        offset = len(out.pages)
        out.pages.extend(src.pages)
        index_of = {page.objgen: offset + i for i, page in enumerate(src.pages)}
        if tags is not None:
            tags.add(src, out.pages[offset:], f"c{number}-" if rename_ids and pieces.tables[number] else "")
        src_names = names_of(src)
        for name, dest in zip(src_names[::2], src_names[1::2]):
            names += [name, Array([out.pages[index_of[dest[0].objgen]].obj, *list(dest)[1:]])]
        outline += _outline(src, index_of)
    if tags is not None:
        tags.finish()
    _write_dests(out, names)
    _resolve_placeholders(out)
    _write_outline(out, outline)
    first = pieces.front_pages + pieces.folio_from
    _overlay_folios(out, pikepdf.open(io.BytesIO(pieces.folio)), first)
    out.Root.PageLabels = page_labels(pieces.front_pages)
    merge_font_subsets(out)
    buffer = io.BytesIO()
    # generate: the appended objects are not in object streams (preserve: 4x the size)
    out.save(buffer, deterministic_id=True, compress_streams=True,
             object_stream_mode=pikepdf.ObjectStreamMode.generate)
    return one_object_stream(buffer.getvalue())


class _Tags:
    """The base file's structure tree, growing as the other files' trees are added."""

    def __init__(self, out: pikepdf.Pdf):
        self.out = out
        self.tree = out.Root.StructTreeRoot
        self.document = self.tree.K[0] if isinstance(self.tree.K, Array) else self.tree.K
        self.kids = list(self.document.K)
        self.nums = list(self.tree.ParentTree.Nums)
        self.next_key = max(int(k) for k in self.nums[::2]) + 1 if self.nums else 0

    def add(self, src: pikepdf.Pdf, pages, id_prefix: str) -> None:
        root = src.Root.StructTreeRoot
        document = self.out.copy_foreign(root.K[0] if isinstance(root.K, Array) else root.K)
        for element in document.K:
            element.P = self.document
            self.kids.append(element)
        nums = self.out.copy_foreign(root.ParentTree).Nums
        keys = [int(k) for k in nums[::2]]
        climbed: set = {document.objgen}
        for key, value in zip(keys, nums[1::2]):
            self.nums += [key + self.next_key, value]
            for element in value if isinstance(value, Array) else [value]:
                # WeasyPrint leaves margin-box elements' parent at the file's /Document
                # without listing them among its kids: found by climbing from the marked
                # content, or the file's /Document (and its tree root) stay in the file
                while isinstance(element, Dictionary) and element.objgen not in climbed:
                    climbed.add(element.objgen)
                    parent = element.get("/P")
                    if parent is not None and parent.objgen == document.objgen:
                        element.P = self.document
                        break
                    element = parent
        for page in pages:
            if "/StructParents" in page.obj:
                page.obj.StructParents = int(page.obj.StructParents) + self.next_key
            for annot in page.obj.get("/Annots", []):
                if "/StructParent" in annot:
                    annot.StructParent = int(annot.StructParent) + self.next_key
        if id_prefix:
            _prefix_ids(document, id_prefix)
        self.next_key += max(keys) + 1 if keys else 0

    def finish(self) -> None:
        self.document.K = Array(self.kids)
        self.tree.ParentTree = self.out.make_indirect(Dictionary(Nums=Array(self.nums)))
        self.tree.ParentTreeNextKey = self.next_key


def _prefix_ids(document, prefix: str) -> None:
    """Table header /IDs and the cells' /Headers that name them, made unique to this file."""
    stack = [document]
    while stack:
        element = stack.pop()
        if not isinstance(element, Dictionary):
            continue
        if "/ID" in element:
            element.ID = String(prefix + str(element.ID))
        attributes = element.get("/A")
        if isinstance(attributes, Dictionary) and "/Headers" in attributes:
            attributes.Headers = Array([String(prefix + str(h)) for h in attributes.Headers])
        kids = element.get("/K")
        if isinstance(kids, Array):
            stack.extend(kids)
        elif isinstance(kids, Dictionary):
            stack.append(kids)


def names_of(pdf: pikepdf.Pdf) -> list:
    """The flat [name, destination, …] array WeasyPrint writes (no intermediate nodes)."""
    try:
        return list(pdf.Root.Names.Dests.Names)
    except (AttributeError, KeyError):
        return []


def _write_dests(out: pikepdf.Pdf, names: list) -> None:
    pairs = {}
    for name, dest in zip(names[::2], names[1::2]):
        pairs.setdefault(bytes(name), dest)
    flat = Array([item for name in sorted(pairs) for item in (String(name), pairs[name])])
    out.Root.Names = Dictionary(Dests=out.make_indirect(Dictionary(Names=flat)))


def _resolve_placeholders(out: pikepdf.Pdf) -> None:
    """Links into another file: from URI placeholders to named destinations."""
    for page in out.pages:
        for annot in page.obj.get("/Annots", []):
            action = annot.get("/A")
            uri = str(action.get("/URI", "")) if isinstance(action, Dictionary) else ""
            if uri.startswith(PLACEHOLDER):
                target = uri[len(PLACEHOLDER):]
                del annot.A
                annot.Dest = String(target)
                if "/Contents" in annot:   # tagged PDFs describe a link by its target
                    annot.Contents = String(target)


def _outline(pdf: pikepdf.Pdf, index_of: dict) -> list:
    """[(title, page index, x, y, open, children)] of a file's outline."""
    def walk(item):
        while item is not None:
            dest = item.get("/Dest")
            kids = list(walk(item.First)) if "/First" in item else []
            yield (str(item.Title), index_of[dest[0].objgen], float(dest[2]), float(dest[3]),
                   int(item.get("/Count", 0)) > 0, kids)
            item = item.get("/Next")
    if "/Outlines" not in pdf.Root or "/First" not in pdf.Root.Outlines:
        return []
    return list(walk(pdf.Root.Outlines.First))


def _write_outline(out: pikepdf.Pdf, outline: list) -> None:
    if "/Outlines" in out.Root:
        del out.Root.Outlines
    if not outline:
        return

    def build(items, parent):
        made = []
        for title, page, x, y, is_open, kids in items:
            item = out.make_indirect(Dictionary(
                Title=String(title), Parent=parent,
                Dest=Array([out.pages[page].obj, Name.XYZ, x, y, 0])))
            if kids:
                children = build(kids, item)
                item.First, item.Last = children[0], children[-1]
                item.Count = len(children) if is_open else -len(children)
            made.append(item)
        for a, b in zip(made, made[1:]):
            a.Next, b.Prev = b, a
        return made

    root = out.make_indirect(Dictionary(Type=Name.Outlines))
    top = build(outline, root)
    root.First, root.Last, root.Count = top[0], top[-1], len(top)
    out.Root.Outlines = root


def _overlay_folios(out: pikepdf.Pdf, folio: pikepdf.Pdf, first: int) -> None:
    """Draw folio page k over page first + k, as a pagination artifact."""
    for k, folio_page in enumerate(folio.pages):
        page = out.pages[first + k]
        form = out.copy_foreign(folio_page.as_form_xobject())
        resources = Dictionary({key: value for key, value in page.obj.Resources.items()})
        xobjects = Dictionary({key: value for key, value in resources.get("/XObject", {}).items()})
        xobjects.Folio = form
        resources.XObject = xobjects
        page.obj.Resources = resources
        draw = b"\nQ\n/Artifact <</Type /Pagination /Subtype /Footer>> BDC q /Folio Do Q EMC\n"
        contents = page.obj.get("/Contents")
        if isinstance(contents, pikepdf.Stream):   # one stream (WeasyPrint's): no new objects
            contents.write(b"q\n" + contents.read_bytes() + draw)
        else:
            page.contents_add(out.make_stream(b"q\n"), prepend=True)
            page.contents_add(out.make_stream(draw))
