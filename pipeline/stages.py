"""The pipeline, declared once: the ordered stages that the CLI, the Makefile,
the README and the progress messages all name the same way.

    decode -> clean -> structure -> figures -> xml -> render -> verify

Each entry names the stage, the function that does it, and what it hands on.
Stage functions take and return plain values (pipeline.model); reading and
writing files is the job of pipeline.build, which calls them.
"""
from __future__ import annotations

from typing import NamedTuple


class Stage(NamedTuple):
    name: str
    entry: str        # "module:function"
    produces: str


STAGES: tuple[Stage, ...] = (
    Stage("decode", "pipeline.decode:decode_bytes", "Decoded text (NFC, \\n line endings)"),
    Stage("clean", "pipeline.clean:clean_text", "Cleaned lines + cleaning report (build/<stem>.clean.json)"),
    Stage("structure", "pipeline.structure:structure_document", "Document: title, sections, paragraphs, leads"),
    Stage("figures", "pipeline.figures:find_figures",
          "Figures: statistic records + charts (build/<stem>.charts/; drawn later, by the renderers)"),
    Stage("xml", "pipeline.docbook:build_docbook", "DocBook 5 intermediate (build/<stem>.xml), schema-valid"),
    Stage("render", "pipeline.render:render", "an edition: output/<stem>.pdf|.docx|.epub"),
    Stage("verify", "pipeline.verify:verify_edition", "proof that the edition kept every body character"),
)
