"""Validate an XML intermediate against the schema the project ships (schema.rng).

RELAX NG states the closed vocabulary; a few rules it cannot state are checked here
after it: every xml:id is unique, every `link/@linkend` names an xml:id in the file,
and every `imagedata/@fileref` is a relative path that stays below the XML's folder.
"""
from __future__ import annotations

from functools import lru_cache
from importlib.resources import files
from pathlib import PurePosixPath

from lxml import etree

from ..errors import SchemaError
from .read import XML_ID, q


@lru_cache(maxsize=1)
def _relaxng() -> etree.RelaxNG:
    data = files("pipeline.docbook").joinpath("schema.rng").read_bytes()
    return etree.RelaxNG(etree.fromstring(data))


def validate(tree: etree._ElementTree | etree._Element, name: str = "XML") -> None:
    """Raise SchemaError naming the first problem (line and message); return None if valid."""
    schema = _relaxng()
    if not schema.validate(tree):
        err = schema.error_log[0] if len(schema.error_log) else None
        if err is None:  # pragma: no cover - libxml2 always logs a reason
            raise SchemaError(f"{name}: does not match the DocBook subset schema")
        raise SchemaError(f"{name}:{err.line}: does not match the DocBook subset schema: {err.message}")
    root = tree.getroot() if isinstance(tree, etree._ElementTree) else tree
    _check_references(root, name)


def _fail(name: str, el: etree._Element, message: str) -> None:
    line = el.sourceline or 0
    raise SchemaError(f"{name}:{line}: does not match the DocBook subset schema: {message}")


def _check_references(root: etree._Element, name: str) -> None:
    ids: set[str] = set()
    for el in root.iter():
        value = el.get(XML_ID)
        if value is None:
            continue
        if value in ids:
            _fail(name, el, f"xml:id {value!r} is used twice")
        ids.add(value)
    for el in root.iter(q("link")):
        if el.get("linkend") not in ids:
            _fail(name, el, f"link points to {el.get('linkend')!r}, which no element has as xml:id")
    for el in root.iter(q("imagedata")):
        ref = el.get("fileref", "")
        path = PurePosixPath(ref)
        if (path.is_absolute() or ":" in ref or "\\" in ref or ".." in path.parts):
            _fail(name, el, f"image path {ref!r} must be relative, below the XML's folder")
