"""Run the stages and move their results to and from files.

This is the only module (with the CLI) that reads or writes files: stage functions
take and return plain values. Every output is written atomically and every edition
is verified before it replaces an earlier one.
"""
from __future__ import annotations

import dataclasses
import json
import os
import time
from dataclasses import dataclass
from pathlib import Path

from . import log
from .atomic import write_atomic
from .errors import InputError, OutputError, VerifyError
from .model import Document, Author
from .options import Options


# ---- front half: source text -> XML intermediate ------------------------------------

@dataclass(frozen=True)
class Intermediates:
    xml: Path
    report: Path
    charts: tuple[Path, ...]


def _timed(stage: str, stem: str, fn, *args, **kwargs):
    started = time.perf_counter()
    result = fn(*args, **kwargs)
    log.debug("%s: %s %.0f ms", stem, stage, (time.perf_counter() - started) * 1000)
    return result


def _apply_overrides(document: Document, options: Options) -> Document:
    """--title, --lang, --author, --date win over what the structure stage inferred."""
    changes = {}
    if options.title:
        changes["title"] = options.title
    if options.lang:
        changes["lang"] = options.lang
    if options.author:
        changes["authors"] = [Author(name=options.author)]
    if options.date:
        changes["date"] = options.date
    return dataclasses.replace(document, **changes) if changes else document


def make_xml(source: Path, xml_path: Path, options: Options) -> Intermediates:
    """decode -> clean -> structure -> figures -> xml, writing the XML, its charts and the cleaning report."""
    from .clean import clean_text, cleaning_report
    from .decode import decode_bytes, read_source
    from .docbook import build_docbook
    from .figures import find_figures
    from .structure import structure_document

    stem = xml_path.stem
    data = read_source(Path(source), options.max_size)
    decoded = _timed("decode", stem, decode_bytes, data, name=Path(source).name,
                     errors=options.decode_errors, max_size=options.max_size)
    cleaned = _timed("clean", stem, clean_text, decoded.text, source_file=Path(source).name)
    document = _timed("structure", stem, structure_document, cleaned, lang=options.lang)
    document = _apply_overrides(document, options)
    figures = _timed("figures", stem, find_figures, document)
    chart_dir = f"{stem}.charts"
    xml = _timed("xml", stem, build_docbook, document, figures, chart_dir=chart_dir)

    charts = []
    for chart in figures.charts:
        for ext, payload in (("png", chart.png), ("svg", chart.svg)):
            path = xml_path.parent / chart_dir / f"{chart.id}.{ext}"
            write_atomic(path, payload)
            charts.append(path)
    report_path = xml_path.with_name(f"{stem}.clean.json")
    report = json.dumps(cleaning_report(cleaned, decoded), ensure_ascii=False, indent=1)
    write_atomic(report_path, report.encode("utf-8"))
    write_atomic(xml_path, xml)
    log.info("%s: xml %s (%d sections, %d statistics, %d charts)", stem, xml_path,
             _count_sections(document), len(figures.records), len(figures.charts))
    return Intermediates(xml=xml_path, report=report_path, charts=tuple(charts))


def _count_sections(document: Document) -> int:
    stack, n = list(document.sections), 0
    while stack:
        s = stack.pop()
        n += 1
        stack.extend(s.sections)
    return n


# ---- back half: XML intermediate -> verified editions ---------------------------------

def load_intermediate(xml_path: Path):
    from .docbook import load_docbook

    try:
        data = Path(xml_path).read_bytes()
    except FileNotFoundError:
        raise InputError(f"{xml_path} does not exist") from None
    except IsADirectoryError:
        raise InputError(f"{xml_path} is a directory, not an XML file") from None
    except OSError as exc:
        raise InputError(f"cannot read {xml_path}: {exc.strerror or exc}") from None
    return load_docbook(data, base=Path(xml_path).resolve().parent, name=Path(xml_path).stem)


def render_edition(xml_path: Path, fmt: str, out: Path, options: Options, doc=None) -> float:
    """Render, verify, then atomically replace `out`. Returns the seconds it took.
    `doc` is the XML already loaded (and validated) from `xml_path`, if the caller has it."""
    from .render import render
    from .verify import verify_edition

    started = time.perf_counter()
    doc = doc if doc is not None else load_intermediate(xml_path)
    data = _timed(f"render {fmt}", doc.name, render, fmt, doc, options)
    if options.verify:
        try:
            _timed(f"verify {fmt}", doc.name, verify_edition, doc, fmt, data)
        except VerifyError as exc:
            kept = "the previous edition was kept" if out.exists() else "nothing was written"
            raise VerifyError(f"{exc.message}; {kept} (--no-verify writes it for inspection)") from None
    write_atomic(out, data)
    seconds = time.perf_counter() - started
    log.info("%s: %s %s (%.1f s)", doc.name, fmt, out, seconds)
    return seconds


def render_group(xml_path: Path, jobs: tuple[tuple[str, Path], ...], options: Options) -> list:
    """Several editions of one XML in this process (a worker pays each heavy import once):
    (format, seconds) for each."""
    doc = load_intermediate(xml_path)
    return [(fmt, render_edition(xml_path, fmt, out, options, doc)) for fmt, out in jobs]


def check_writable(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"cannot create {folder}: {exc.strerror or exc}") from None
    if not os.access(folder, os.W_OK):
        raise OutputError(f"cannot write into {folder}: permission denied")
