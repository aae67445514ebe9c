"""Make the XML intermediates for the chunked-PDF prototype (front half, no CLI).

    .venv/bin/python bench/prototype/make_xml.py bench/prototype/work/hexi-x10.txt

Same stage calls as pipeline.build.make_xml (which the CLI reaches), done here directly
so the prototype does not depend on the CLI's state; writes <stem>.xml and its charts.
"""
from __future__ import annotations

import sys
from pathlib import Path


def make_xml(source: Path) -> Path:
    from pipeline.clean import clean_text
    from pipeline.decode import decode_bytes
    from pipeline.docbook import build_docbook
    from pipeline.figures import find_figures
    from pipeline.structure import structure_document

    stem = source.stem
    decoded = decode_bytes(source.read_bytes(), name=source.name)
    document = structure_document(clean_text(decoded.text, source_file=source.name))
    figures = find_figures(document)
    xml = build_docbook(document, figures, chart_dir=f"{stem}.charts")
    out = source.with_suffix(".xml")
    for chart in figures.charts:
        for ext, payload in (("png", chart.png), ("svg", chart.svg)):
            path = out.parent / f"{stem}.charts" / f"{chart.id}.{ext}"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(payload)
    out.write_bytes(xml)
    return out


if __name__ == "__main__":
    for arg in sys.argv[1:]:
        print(make_xml(Path(arg)))
