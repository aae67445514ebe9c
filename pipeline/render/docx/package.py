"""A DOCX as a dict of parts, read from and written to a byte-stable zip.

    pkg = Package.from_bytes(data)
    root = pkg.xml("word/document.xml")     # parsed once, edited in place
    data = pkg.to_bytes()                    # [Content_Types].xml first, sorted, 1980-01-01

Also zips the unzipped reference document in styles/reference-docx/ the same way,
so the reference pandoc reads is byte-identical on every run.
"""
from __future__ import annotations

import io
import zipfile
from pathlib import Path

from lxml import etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
NS = {"w": W, "r": R, "rel": PKG_REL}

CONTENT_TYPES = "[Content_Types].xml"
ZIP_DATE = (1980, 1, 1, 0, 0, 0)

_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=True)


def w(tag: str) -> str:
    """Clark name in the WordprocessingML namespace: w('p') -> '{…/main}p'."""
    return f"{{{W}}}{tag}"


def deterministic_zip(parts: dict[str, bytes]) -> bytes:
    """Zip parts with fixed dates and attributes, [Content_Types].xml first, the rest sorted."""
    names = sorted(parts, key=lambda n: (n != CONTENT_TYPES, n))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name in names:
            info = zipfile.ZipInfo(name, date_time=ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 0
            info.external_attr = 0
            zf.writestr(info, parts[name], compresslevel=6)
    return buf.getvalue()


def zip_folder(folder: Path) -> bytes:
    """The unzipped document in `folder` as DOCX bytes (deterministic)."""
    parts = {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in folder.rglob("*") if p.is_file()
    }
    return deterministic_zip(parts)


class Package:
    """The parts of a DOCX; XML parts are parsed on first use and serialised on save."""

    def __init__(self, parts: dict[str, bytes]):
        self.parts = parts
        self._xml: dict[str, etree._Element] = {}

    @classmethod
    def from_bytes(cls, data: bytes) -> Package:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            return cls({info.filename: zf.read(info) for info in zf.infolist() if not info.is_dir()})

    def xml(self, name: str) -> etree._Element:
        if name not in self._xml:
            self._xml[name] = etree.fromstring(self.parts[name], _PARSER)
        return self._xml[name]

    def set_xml(self, name: str, root: etree._Element) -> None:
        self._xml[name] = root

    def related(self, source: str, rel_type: str) -> list[str]:
        """Part names that `source` (e.g. word/document.xml) links to with relationship type `rel_type`."""
        folder, _, base = source.rpartition("/")
        rels_name = f"{folder}/_rels/{base}.rels" if folder else f"_rels/{base}.rels"
        if rels_name not in self.parts:
            return []
        out = []
        for rel in self.xml(rels_name).iter(f"{{{PKG_REL}}}Relationship"):
            if rel.get("Type", "").endswith("/" + rel_type) and rel.get("TargetMode") != "External":
                target = rel.get("Target", "")
                out.append(target.lstrip("/") if target.startswith("/") else f"{folder}/{target}".lstrip("/"))
        return out

    def to_bytes(self) -> bytes:
        parts = dict(self.parts)
        for name, root in self._xml.items():
            parts[name] = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
        return deterministic_zip(parts)
