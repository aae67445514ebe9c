"""The XML intermediate: a closed DocBook 5.0 subset (see docs/intermediate.md).

    data = build_docbook(document, figures, chart_dir="hexi-2010.charts")
    doc = load_docbook(data, base=Path("build"), name="hexi-2010")
    text = body_text(doc.root)

`build_docbook` writes it, `load_docbook` reads it for the renderers; both validate
against the shipped schema (`validate`). The vocabulary is named in `vocabulary`.
"""
from .read import Intermediate, load_docbook, parse_safely
from .schema import validate
from .text import body_text
from .write import build_docbook

__all__ = ["build_docbook", "validate", "body_text", "load_docbook", "Intermediate", "parse_safely"]
