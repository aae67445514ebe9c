"""Read an XML intermediate safely: no DTD, no entity expansion, no network."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from urllib.parse import unquote

from lxml import etree

from ..errors import InputError, SchemaError
from ..log import warn

DB = "http://docbook.org/ns/docbook"
XLINK = "http://www.w3.org/1999/xlink"
XML_NS = "http://www.w3.org/XML/1998/namespace"
NS = {"db": DB, "xlink": XLINK}


def q(tag: str) -> str:
    """Clark name of a DocBook element: q('para') -> '{http://docbook.org/ns/docbook}para'."""
    return f"{{{DB}}}{tag}"


XML_ID = f"{{{XML_NS}}}id"
XML_LANG = f"{{{XML_NS}}}lang"

_PARSER = etree.XMLParser(
    resolve_entities=False, no_network=True, load_dtd=False, dtd_validation=False,
    huge_tree=False, remove_comments=True, remove_pis=True,
)


def parse_safely(data: bytes, name: str = "XML") -> etree._ElementTree:
    """Parse bytes as XML with entity expansion, DTDs and network access all off."""
    try:
        root = etree.fromstring(data, _PARSER)
    except etree.XMLSyntaxError as exc:
        raise InputError(f"{name} is not well-formed XML: {exc.msg or exc}") from None
    if root.getroottree().docinfo.internalDTD is not None:
        raise InputError(f"{name} declares a DTD; the XML intermediate never has one")
    return root.getroottree()


@dataclass(frozen=True)
class Intermediate:
    """A validated XML intermediate, ready for the renderers."""

    tree: etree._ElementTree
    base: Path          # folder that fileref paths (charts) are relative to
    name: str           # stem, e.g. "hexi-2010"
    missing: frozenset[str] = frozenset()   # filerefs with no file under `base` (reported once, on load)

    @property
    def root(self) -> etree._Element:
        return self.tree.getroot()

    @property
    def lang(self) -> str:
        return self.root.get(XML_LANG, "zh-CN")


def load_docbook(data: bytes, base: Path, name: str) -> Intermediate:
    """Parse and validate an XML intermediate (validation against the shipped schema)."""
    tree = parse_safely(data, name)
    from .schema import validate  # here, not at the top: schema.py imports this module

    root = tree.getroot()
    if root.tag != q("article"):
        raise SchemaError(f"{name}: the root element is {etree.QName(root).localname!r} "
                          f"in {etree.QName(root).namespace or 'no namespace'!s}, not a DocBook 5 article")
    validate(tree, name)
    missing = missing_media(root, Path(base))
    _report_missing(missing, Path(base), name)
    return Intermediate(tree=tree, base=Path(base), name=name, missing=missing)


def missing_media(root: etree._Element, base: Path) -> frozenset[str]:
    """The imagedata filerefs that name no file inside `base` (absent, or outside the folder); a
    chart its folder's index will draw on demand is not missing (pipeline/chart_cache.py)."""
    base = base.resolve()
    missing = set()
    for ref in root.xpath("//db:imagedata/@fileref", namespaces=NS):
        path = (base / unquote(str(ref))).resolve()
        if not path.is_relative_to(base) or not (path.is_file() or _pending(path)):
            missing.add(str(ref))
    return frozenset(missing)


def _pending(path: Path) -> bool:
    from ..chart_cache import is_pending   # here: only an absent file needs it

    return is_pending(path)


def _report_missing(missing: frozenset[str], base: Path, name: str) -> None:
    """One warning per folder of missing chart files, not one per file and edition: an XML
    copied without its `<stem>.charts/` folder lacks all of them for the same reason."""
    folders: dict[str, list[str]] = {}
    for ref in sorted(missing):
        folders.setdefault(PurePosixPath(unquote(ref)).parent.as_posix(), []).append(ref)
    for folder, refs in folders.items():
        where = base / folder
        if ".." in PurePosixPath(folder).parts or PurePosixPath(folder).is_absolute() or ":" in folder:
            what = f"{len(refs)} chart file(s) outside the XML's folder ({refs[0]!r} …) are never read"
        elif not where.is_dir():
            what = f"charts folder {folder!r} not found next to the XML (in {base}): its {len(refs)} file(s)"
            what += " are left out of every edition; copy the folder beside the XML, or rebuild the XML"
        else:
            what = f"{len(refs)} chart file(s) missing from {where} ({refs[0]!r} …); left out of every edition"
        warn(what, f"{name}.xml")


def cover_lines(root: etree._Element | etree._ElementTree) -> tuple[str, ...]:
    """The lines the document prints above its title (<info><bibliomisc role="cover">), in order:
    the reading back of `Document.cover` (docs/intermediate.md). Empty ones are left out."""
    if isinstance(root, etree._ElementTree):
        root = root.getroot()
    info = root.find(q("info"))
    if info is None:
        return ()
    lines = ("".join(el.itertext()).strip() for el in info.iterfind(q("bibliomisc")) if el.get("role") == "cover")
    return tuple(line for line in lines if line)
