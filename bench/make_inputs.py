"""Make benchmark inputs at N times the sample's size: its body repeated, headings renumbered.

    python bench/make_inputs.py examples/hexi-2010.txt 10 > bench/work/hexi-x10.txt

The body is taken from the pipeline's own structure stage (so the generator keys on no
words of the sample); each repetition's headings get a suffix (（2）, （3）, …) so every
heading, TOC entry and bookmark stays distinct.
"""
from __future__ import annotations

import sys
from pathlib import Path


def repeated_text(source: Path, times: int) -> str:
    from pipeline.clean import clean_text
    from pipeline.decode import decode_bytes
    from pipeline.structure import structure_document

    decoded = decode_bytes(source.read_bytes(), name=source.name)
    document = structure_document(clean_text(decoded.text, source_file=source.name))
    lines = [document.title]
    if document.subtitle:
        lines.append(document.subtitle)
    lines += [p.lead + p.text for p in document.front]

    def emit(section, suffix):
        lines.append("")
        lines.append(("" if section.level == 1 else " ") + section.title + suffix)
        lines.append("")
        for p in section.paragraphs:
            lines.append(p.lead + p.text)
        for sub in section.sections:
            emit(sub, suffix)

    for k in range(1, times + 1):
        for section in document.sections:
            emit(section, "" if k == 1 else f"（{k}）")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    sys.stdout.write(repeated_text(Path(sys.argv[1]), int(sys.argv[2])))
