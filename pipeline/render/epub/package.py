"""Finish pandoc's EPUB: stylesheet, cover, landmarks, links, deterministic zip.

pandoc's `--sandbox` lets it read nothing but its input, so `--css` and
`--epub-cover-image` cannot be used; the stylesheet and the cover are put into the
package here instead (the same items pandoc itself would write). Then every internal
link is checked and, where pandoc left a bare `#id` that lives in another chapter
file (it does so for figures), pointed at the right file. Finally the container is
zipped again with `mimetype` first and stored, and every entry dated `epoch`.
"""
from __future__ import annotations

import io
import time
import zipfile
from dataclasses import dataclass
from posixpath import dirname, join, normpath

from lxml import etree

from ...log import warn
from ..dates import ZIP_MIN_EPOCH

OPF_NS = "http://www.idpf.org/2007/opf"
XHTML_NS = "http://www.w3.org/1999/xhtml"
EPUB_NS = "http://www.idpf.org/2007/ops"
NSMAP = {"opf": OPF_NS, "h": XHTML_NS, "epub": EPUB_NS}
ROOT = "EPUB/"


@dataclass(frozen=True)
class Finish:
    css: bytes
    cover_png: bytes
    cover_alt: str
    lang: str
    labels: dict            # landmark labels: cover, titlepage, toc, lof
    lof_id: str = "lof"
    epoch: int = ZIP_MIN_EPOCH
    has_date: bool = True   # False: drop the dc:date pandoc invents (1970 under --sandbox)
    display_date: str = ""  # the date as the title page shows it (2010年1月8日)
    authors: tuple[str, ...] = ()   # the title page's author lines (render.front_matter)
    cover: tuple = ()       # the lines printed above the title (front_matter.CoverLine: text, kind)


def _parse(data: bytes) -> etree._ElementTree:
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    return etree.fromstring(data, parser).getroottree()


def _dump(tree: etree._ElementTree) -> bytes:
    return etree.tostring(tree, xml_declaration=True, encoding="UTF-8")


COVER_XHTML = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" \
lang="{lang}" xml:lang="{lang}">
<head>
  <meta charset="utf-8" />
  <title>{title}</title>
  <link rel="stylesheet" type="text/css" href="../styles/stylesheet1.css" />
</head>
<body epub:type="cover" class="cover">
<section epub:type="cover" class="cover">
<img src="../media/cover.png" alt="{alt}" role="doc-cover" />
</section>
</body>
</html>
"""


def _dates(files: dict[str, bytes], fin: Finish) -> None:
    """Under --sandbox pandoc's clock reads 1970: date dcterms:modified from `epoch`."""
    opf = _parse(files[ROOT + "content.opf"])
    metadata = opf.getroot().find("opf:metadata", NSMAP)
    stamp = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(fin.epoch))
    for meta in metadata.findall("opf:meta[@property='dcterms:modified']", NSMAP):
        meta.text = stamp
    if not fin.has_date:
        for date in metadata.findall("{http://purl.org/dc/elements/1.1/}date"):
            metadata.remove(date)
    files[ROOT + "content.opf"] = _dump(opf)


def _title_page(files: dict[str, bytes], fin: Finish) -> None:
    """Show the authors and the date on pandoc's title page as every edition does
    (render.front_matter), not as pandoc read them (name before role, ISO 8601)."""
    name = ROOT + "text/title_page.xhtml"
    if name not in files:
        return
    page = _parse(files[name])
    _cover_lines(page, fin.cover)
    for p, line in zip(page.findall(".//h:p[@class='author']", NSMAP), fin.authors):
        p.text = line   # pandoc writes the names it was given; the page shows role and name
    for p in page.iterfind(".//h:p[@class='date']", NSMAP):
        if fin.display_date:
            p.text = fin.display_date
        else:
            p.getparent().remove(p)
    files[name] = _dump(page)


def _cover_lines(page: etree._ElementTree, cover: tuple) -> None:
    """The lines printed above the title, in order, before the title page's title (pandoc
    reads no <bibliomisc>), each with its kind's class (epub.css: div.cover-lines)."""
    title = page.find(".//h:section[@class='titlepage']/*[@class='title']", NSMAP)
    if title is None or not cover:
        return
    block = etree.Element(f"{{{XHTML_NS}}}div", {"class": "cover-lines"})
    for line in cover:
        etree.SubElement(block, f"{{{XHTML_NS}}}p", {"class": f"cover-line cover-{line.kind}"}).text = line.text
    title.addprevious(block)


def _chapter_titles(files: dict[str, bytes]) -> None:
    """Title each chapter file by its first heading. pandoc titles them by file name
    (`<title>ch003.xhtml</title>`), which a reading system shows as the chapter's name in its
    history, tabs and screen-reader announcements (WCAG 2.4.2, page titled). A chapter with no
    heading (the text before the first part) takes the book's title, as nav.xhtml has it."""
    nav = files.get(ROOT + "nav.xhtml")
    nav_title = _parse(nav).find(".//h:head/h:title", NSMAP) if nav else None
    book = nav_title.text if nav_title is not None and nav_title.text else ""
    for name in sorted(files):
        if not (name.startswith(ROOT + "text/ch") and name.endswith(".xhtml")):
            continue
        page = _parse(files[name])
        title = page.find(".//h:head/h:title", NSMAP)
        heading = next((h for h in page.iter(*(f"{{{XHTML_NS}}}h{i}" for i in range(1, 7)))), None)
        text = " ".join("".join(heading.itertext()).split()) if heading is not None else ""
        if title is not None and (text or book):
            title.text = text or book
            files[name] = _dump(page)


def _add_cover(files: dict[str, bytes], fin: Finish) -> None:
    from xml.sax.saxutils import escape

    files[ROOT + "media/cover.png"] = fin.cover_png
    # the alt text goes between double quotes: escape them too (quoteattr would pick single quotes
    # for a title holding a double quote, `<?xml version="1.0"?>`, and the slice dropped them)
    files[ROOT + "text/cover.xhtml"] = COVER_XHTML.format(
        lang=fin.lang, title=escape(fin.labels["cover"]),
        alt=escape(fin.cover_alt, {'"': "&quot;"})).encode("utf-8")

    opf = _parse(files[ROOT + "content.opf"])
    root = opf.getroot()
    manifest = root.find("opf:manifest", NSMAP)
    etree.SubElement(manifest, f"{{{OPF_NS}}}item", id="cover_xhtml",
                     href="text/cover.xhtml", **{"media-type": "application/xhtml+xml"})
    etree.SubElement(manifest, f"{{{OPF_NS}}}item", id="cover_png", href="media/cover.png",
                     properties="cover-image", **{"media-type": "image/png"})
    spine = root.find("opf:spine", NSMAP)
    ref = etree.Element(f"{{{OPF_NS}}}itemref", idref="cover_xhtml", linear="yes")
    ref.tail = spine.text
    spine.insert(0, ref)
    metadata = root.find("opf:metadata", NSMAP)
    cover = etree.SubElement(metadata, f"{{{OPF_NS}}}meta", name="cover", content="cover_png")
    cover.tail = metadata[-2].tail if len(metadata) > 1 else None
    files[ROOT + "content.opf"] = _dump(opf)


def _landmarks(files: dict[str, bytes], fin: Finish, lof_href: str | None) -> None:
    """Localise pandoc's landmarks and add the cover and the list of figures and tables."""
    nav = _parse(files[ROOT + "nav.xhtml"])
    ol = nav.find(".//h:nav[@epub:type='landmarks']/h:ol", NSMAP)
    if ol is None:
        return
    for li in list(ol):
        ol.remove(li)
    entries = [("text/cover.xhtml", "cover", fin.labels["cover"]),
               ("text/title_page.xhtml", "titlepage", fin.labels["titlepage"]),
               ("#toc", "toc", fin.labels["toc"])]
    if ROOT + "text/title_page.xhtml" not in files:
        entries.pop(1)
    if lof_href:
        entries.append((lof_href, "loi", fin.labels["lof"]))
    for href, kind, label in entries:
        li = etree.SubElement(ol, f"{{{XHTML_NS}}}li")
        a = etree.SubElement(li, f"{{{XHTML_NS}}}a", href=href)
        a.set(f"{{{EPUB_NS}}}type", kind)
        a.text = label
    files[ROOT + "nav.xhtml"] = _dump(nav)


def _nonempty_toc(files: dict[str, bytes]) -> None:
    """A text with no heading and no appendix gives pandoc an empty contents list, which EPUB's
    schema refuses (an <ol> needs an <li>): list the text itself, under the book's title."""
    nav = _parse(files[ROOT + "nav.xhtml"])
    ol = nav.find(".//h:nav[@epub:type='toc']/h:ol", NSMAP)
    chapters = sorted(n for n in files if n.startswith(ROOT + "text/ch") and n.endswith(".xhtml"))
    if ol is None or len(ol) or not chapters:
        return
    title = nav.find(".//h:title", NSMAP)
    li = etree.SubElement(ol, f"{{{XHTML_NS}}}li")
    a = etree.SubElement(li, f"{{{XHTML_NS}}}a", href=chapters[0][len(ROOT):])
    a.text = (title.text if title is not None else "") or chapters[0].rsplit("/", 1)[-1]
    files[ROOT + "nav.xhtml"] = _dump(nav)


def _fix_links(files: dict[str, bytes], fin: Finish) -> str | None:
    """Make every internal href land on its id; return the href of the LoF section."""
    docs = {name: _parse(data) for name, data in files.items()
            if name.startswith(ROOT) and name.endswith(".xhtml")}
    where: dict[str, str] = {}
    for name, tree in docs.items():
        for el in tree.iter():
            if isinstance(el.tag, str) and el.get("id"):
                where.setdefault(el.get("id"), name)
    for name, tree in docs.items():
        changed = False
        for a in tree.iter(f"{{{XHTML_NS}}}a"):
            href = a.get("href", "")
            if "#" not in href or ":" in href.split("#")[0]:
                continue
            path, frag = href.split("#", 1)
            target = normpath(join(dirname(name), path)) if path else name
            if frag and where.get(frag) != target:
                if frag not in where:
                    warn(f"link to #{frag} has no target", f"render/epub:{name[len(ROOT):]}")
                    continue
                rel = _relative(where[frag], name)
                a.set("href", f"{rel}#{frag}")
                changed = True
        if changed:
            files[name] = _dump(tree)
    lof = where.get(fin.lof_id)
    return f"{_relative(lof, ROOT + 'nav.xhtml')}#{fin.lof_id}" if lof else None


def _relative(target: str, source: str) -> str:
    src_dir = dirname(source).split("/")
    tgt = target.split("/")
    i = 0
    while i < len(src_dir) and i < len(tgt) - 1 and src_dir[i] == tgt[i]:
        i += 1
    return "/".join([".."] * (len(src_dir) - i) + tgt[i:])


def _zip(files: dict[str, bytes], epoch: int) -> bytes:
    stamp = time.gmtime(max(epoch, ZIP_MIN_EPOCH))[:6]
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        order = ["mimetype"] + [n for n in files if n != "mimetype"]
        for name in order:
            info = zipfile.ZipInfo(name, date_time=stamp)
            info.create_system = 3
            info.external_attr = 0o100644 << 16
            if name == "mimetype":
                info.compress_type = zipfile.ZIP_STORED
                z.writestr(info, files[name])
            else:
                info.compress_type = zipfile.ZIP_DEFLATED
                z.writestr(info, files[name], compresslevel=9)
    return out.getvalue()


def finish_epub(epub: bytes, fin: Finish) -> bytes:
    """Apply the finishing steps to pandoc's EPUB bytes and return the final package."""
    with zipfile.ZipFile(io.BytesIO(epub)) as z:
        files = {info.filename: z.read(info) for info in z.infolist() if not info.is_dir()}
    files[ROOT + "styles/stylesheet1.css"] = fin.css
    _dates(files, fin)
    _title_page(files, fin)
    _chapter_titles(files)
    _add_cover(files, fin)
    lof_href = _fix_links(files, fin)
    _landmarks(files, fin, lof_href)
    _nonempty_toc(files)
    return _zip(files, fin.epoch)
