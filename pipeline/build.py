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
from .model import Document, Overrides
from .options import Options


# ---- front half: source text -> XML intermediate ------------------------------------

@dataclass(frozen=True)
class Intermediates:
    xml: Path
    report: Path
    charts: tuple[Path, ...]


# Seconds per stage of each document built in this process, by name (the batch manifest reads them).
stage_seconds: dict[str, dict[str, float]] = {}


def _timed(stage: str, stem: str, fn, *args, **kwargs):
    started = time.perf_counter()
    result = fn(*args, **kwargs)
    log.debug("%s: %s %.0f ms", stem, stage, (time.perf_counter() - started) * 1000)
    stage_seconds.setdefault(stem, {})[stage] = round(time.perf_counter() - started, 3)
    return result


def _overrides(options: Options) -> Overrides:
    """--title, --author, --date (--lang goes in as `lang`): given to the structure stage, which
    lets them win over what it infers and keeps any line they replace as text."""
    return Overrides(title=options.title, author=options.author, date=options.date)


def make_xml(source: Path, xml_path: Path, options: Options) -> Intermediates:
    """decode -> clean -> structure -> figures -> xml, writing the XML, its charts and the cleaning report.
    A chart whose pictures are not in `<stem>.charts/` already is recorded there, not drawn: its size
    is known without drawing, so the XML (and the PDF's layout) never waits for matplotlib; the
    renderers draw it when they need its pictures, or `draw_charts` beforehand (issue 16)."""
    with log.about(xml_path.stem):
        return _make_xml(source, xml_path, options)


def _make_xml(source: Path, xml_path: Path, options: Options) -> Intermediates:
    from .clean import clean_text, cleaning_report
    from .corrections import corrections_for, exclude_figures, with_corrections, with_subtitle
    from .decisions import collect_decisions, decisions_report, warn_uncertain
    from .decode import decode_bytes, read_source
    from .docbook import build_docbook
    from .structure import structure_document

    stem = xml_path.stem
    since = len(log.collected)
    data = read_source(Path(source), options.max_size)
    decoded = _timed("decode", stem, decode_bytes, data, name=Path(source).name,
                     errors=options.decode_errors, max_size=options.max_size)
    corrections = corrections_for(source, options)
    options = with_corrections(options, corrections)
    cleaned = _timed("clean", stem, clean_text, decoded.text, source_file=Path(source).name,
                     corrections=corrections)
    document = _timed("structure", stem, structure_document, cleaned, lang=options.lang,
                      overrides=_overrides(options), corrections=corrections, structure=options.structure)
    document = with_subtitle(document, corrections)
    decisions = collect_decisions(cleaned, document, options.title)
    warn_uncertain(source, options.corrections, decisions)
    from .chart_cache import drawn_charts, write_charts
    drawn = drawn_charts(xml_path.parent / f"{stem}.charts") if options.figures != "none" else {}
    if options.figures != "none":   # --figures none never imports the figures readers (start-up, issue 16)
        from .figures import find_figures
    # Charts not drawn yet stay undrawn here: the renderers draw them (chart_cache.draw_pending)
    figures = (_timed("figures", stem, find_figures, document, reuse=drawn, draw=False)
               if options.figures != "none" else None)
    if figures is not None:
        figures = exclude_figures(figures, document, corrections, reuse=drawn, draw=False)
    if figures is not None and not figures.records:
        figures = dataclasses.replace(figures, charts=())
    chart_dir = f"{stem}.charts"
    xml = _timed("xml", stem, build_docbook, document, figures, chart_dir=chart_dir, view=options.figures)

    refuse_if_warned(options, since, xml_path)
    charts = write_charts(xml_path.parent / chart_dir, figures.charts if figures is not None else ())
    report_path = xml_path.with_name(f"{stem}.clean.json")
    report = cleaning_report(cleaned, decoded) | decisions_report(decisions, corrections)
    report = json.dumps(report, ensure_ascii=False, indent=1)
    write_atomic(report_path, report.encode("utf-8"))
    write_atomic(xml_path, xml)
    if figures is not None and not figures.records:   # said once the XML exists, not before a failure
        log.info("%s: no statistics found: no figures appendix and no list of figures", stem)
    log.info("%s: xml %s (%d sections, %d statistics, %d charts)", stem, xml_path,
             _count_sections(document), len(figures.records) if figures else 0,
             len(figures.charts) if figures else 0)
    return Intermediates(xml=xml_path, report=report_path, charts=tuple(charts))


def chart_pictures(xml_path: Path, doc=None) -> list[Path]:
    """The chart files the XML at `xml_path` names (inside its folder), drawn or not."""
    from .docbook.read import NS, parse_safely
    from urllib.parse import unquote

    base = Path(xml_path).resolve().parent
    root = doc.root if doc is not None else parse_safely(Path(xml_path).read_bytes(), Path(xml_path).stem).getroot()
    paths = [(base / unquote(str(ref))).resolve() for ref in root.xpath("//db:imagedata/@fileref", namespaces=NS)]
    return [p for p in paths if p.is_relative_to(base)]


def draw_charts(xml_path: Path, doc=None) -> int:
    """Draw the charts of the XML at `xml_path` that its XML step left undrawn (`pipeline build`
    runs this on a free core while the PDF is laid out). Returns how many were drawn."""
    from .chart_cache import draw_pending

    with log.about(Path(xml_path).stem):
        return _timed("charts", Path(xml_path).stem, draw_pending, chart_pictures(xml_path, doc))


def explain_decisions(source: Path, options: Options) -> list:
    """decode -> clean -> structure on `source` with its corrections (no figures, no XML):
    every title, heading and boilerplate decision, in line order (`pipeline explain`)."""
    from .clean import clean_text
    from .corrections import corrections_for, with_corrections
    from .decisions import collect_decisions
    from .decode import decode_bytes, read_source
    from .structure import structure_document

    data = read_source(Path(source), options.max_size)
    decoded = decode_bytes(data, name=Path(source).name, errors=options.decode_errors, max_size=options.max_size)
    corrections = corrections_for(source, options)
    options = with_corrections(options, corrections)
    cleaned = clean_text(decoded.text, source_file=Path(source).name, corrections=corrections)
    document = structure_document(cleaned, lang=options.lang, overrides=_overrides(options),
                                  corrections=corrections, structure=options.structure)
    return collect_decisions(cleaned, document, options.title)


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


def render_edition(xml_path: Path, fmt: str, out: Path, options: Options, doc=None,
                   since: int | None = None) -> float:
    """Render, verify, then atomically replace `out`. Returns the seconds it took.
    `doc` is the XML already loaded (and validated) from `xml_path`, if the caller has it;
    `since` where this document's warnings start in log.collected (for --strict)."""
    with log.about(Path(xml_path).stem):
        return _render_edition(xml_path, fmt, out, options, doc, since)


def _render_edition(xml_path: Path, fmt: str, out: Path, options: Options, doc, since) -> float:
    from .render import render
    from .verify import verify_edition

    started = time.perf_counter()
    since = len(log.collected) if since is None else since
    doc = doc if doc is not None else load_intermediate(xml_path)
    if fmt != "pdf":   # pandoc reads the pictures first; the PDF draws its charts after layout (render/pdf/charts.py)
        from .chart_cache import draw_pending

        draw_pending(chart_pictures(xml_path, doc))
    data = _timed(f"render {fmt}", doc.name, render, fmt, doc, options)
    if options.verify:
        try:
            _timed(f"verify {fmt}", doc.name, verify_edition, doc, fmt, data)
        except VerifyError as exc:
            kept = "the previous edition was kept" if out.exists() else "nothing was written"
            raise VerifyError(f"{exc.message}; {kept} (--no-verify writes it for inspection)") from None
    refuse_if_warned(options, since, out)
    write_atomic(out, data)
    seconds = time.perf_counter() - started
    log.info("%s: %s %s (%.1f s)", doc.name, fmt, out, seconds)
    return seconds


def render_group(xml_path: Path, jobs: tuple[tuple[str, Path], ...], options: Options,
                 overlap: bool = False) -> list:
    """Several editions of one XML in this process (a worker pays each heavy import once):
    (format, seconds) for each. `overlap`: the EPUB is made while the DOCX waits for pandoc and
    LibreOffice (`render_overlapped`), not after it."""
    since = len(log.collected)
    with log.about(Path(xml_path).stem):
        doc = load_intermediate(xml_path)
    if overlap and not options.strict and [fmt for fmt, _ in jobs] == ["docx", "epub"]:
        from .overlap import render_overlapped

        return render_overlapped(xml_path, jobs, options, doc, since)
    return [(fmt, render_edition(xml_path, fmt, out, options, doc, since)) for fmt, out in jobs]


def refuse_if_warned(options: Options, since: int, path: Path) -> None:
    """Under --strict nothing more is written once a warning has been raised for this document
    (warnings are collected from `since` on): a run that will fail leaves no new result behind,
    and Make does not take a result written under warnings as up to date."""
    raised = len(log.collected) - since
    if options.strict and raised:
        raise InputError(f"{raised} warning(s) and --strict is on: {path} not written")


def check_writable(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"cannot create {folder}: {exc.strerror or exc}") from None
    if not os.access(folder, os.W_OK):
        raise OutputError(f"cannot write into {folder}: permission denied")
