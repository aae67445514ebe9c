"""The DOCX and the EPUB side by side in one worker (pipeline/overlap.py): both made while the
other is under way, each written and verified as alone, failures reported in the editions'
order once both ended; only one document's worker without --strict overlaps; same bytes."""
from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest

from common import SAMPLE, run_cli
from pipeline import batch, build, log, overlap
from pipeline.errors import PipelineError, VerifyError
from pipeline.options import Options
from pipeline.render.docx.pages import soffice_path

needs_soffice = pytest.mark.skipif(soffice_path() is None, reason="LibreOffice not installed")


def _source(folder: Path, name: str = "report.txt", lines: int = 40) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text("\n".join(SAMPLE.read_text(encoding="utf-8").splitlines()[:lines]) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def xml(tmp_path) -> Path:
    from pipeline.build import make_xml

    out = tmp_path / "build" / "report.xml"
    out.parent.mkdir()
    return make_xml(_source(tmp_path / "in"), out, Options()).xml


def _jobs(tmp_path: Path) -> tuple[tuple[str, Path], ...]:
    return (("docx", tmp_path / "out.docx"), ("epub", tmp_path / "out.epub"))


def test_each_edition_is_under_way_while_the_other_is(tmp_path, xml, monkeypatch):
    """The DOCX (this thread) waits until the EPUB has started: made one after the other, the
    DOCX would never see it (the wait gives up after 30 s and the test fails; no timing)."""
    epub_started, docx_started = threading.Event(), threading.Event()
    seen = {}

    def fake(xml_path, fmt, out, options, doc, since):
        seen[fmt] = (threading.current_thread().name, log._document.get(), doc.tree)
        if fmt == "docx":
            docx_started.set()
            assert epub_started.wait(30), "the EPUB did not start while the DOCX was under way"
        else:
            epub_started.set()
            assert docx_started.wait(30)
        Path(out).write_bytes(fmt.encode())
        return 1.0 if fmt == "docx" else 2.0

    monkeypatch.setattr(build, "render_edition", fake)
    with log.about("caller's"):   # the caller's context (here: the document it logs about) in both
        got = build.render_group(xml, _jobs(tmp_path), Options(), overlap=True)
    assert got == [("docx", 1.0), ("epub", 2.0)], "results in the order of the jobs"
    assert seen["docx"][0] == threading.current_thread().name, "the first edition in the caller's thread"
    assert seen["epub"][0] != seen["docx"][0]
    assert seen["docx"][1] == seen["epub"][1] == "caller's", "the caller's context in both threads"
    assert seen["epub"][2] is not seen["docx"][2], "each thread has its own copy of the XML tree"
    assert (tmp_path / "out.epub").read_bytes() == b"epub"


@pytest.mark.parametrize("failing", [("epub",), ("docx",), ("docx", "epub")])
def test_a_failure_is_raised_once_both_ended_first_in_the_jobs_order(tmp_path, xml, monkeypatch, failing):
    ended = []

    def fake(xml_path, fmt, out, options, doc, since):
        if fmt == "docx":   # the EPUB ends first: the error must still wait for the DOCX
            threading.Event().wait(0.05)
        ended.append(fmt)
        if fmt in failing:
            raise VerifyError(f"{fmt} broken")
        return 0.0

    monkeypatch.setattr(build, "render_edition", fake)
    with pytest.raises(PipelineError, match=f"^{failing[0]} broken"):
        build.render_group(xml, _jobs(tmp_path), Options(), overlap=True)
    assert sorted(ended) == ["docx", "epub"], "no edition left running behind the caller"


@pytest.mark.parametrize("case", ["no overlap asked", "--strict", "other formats"])
def test_otherwise_one_after_the_other_in_this_thread(tmp_path, xml, monkeypatch, case):
    order = []

    def fake(xml_path, fmt, out, options, doc, since):
        order.append((fmt, threading.current_thread().name))
        return 0.0

    monkeypatch.setattr(build, "render_edition", fake)
    monkeypatch.setattr(overlap, "render_overlapped", lambda *a: pytest.fail("overlapped"))
    jobs = _jobs(tmp_path) if case != "other formats" else (("pdf", tmp_path / "x.pdf"), *_jobs(tmp_path))
    build.render_group(xml, jobs, Options(strict=case == "--strict"), overlap=case != "no overlap asked")
    assert order == [(fmt, threading.current_thread().name) for fmt, _ in jobs]


@pytest.mark.parametrize("count, expected", [(1, True), (2, False)])
def test_only_a_one_document_build_overlaps(tmp_path, monkeypatch, count, expected):
    """The pool's workers are the real ones; the editions only write down what they were asked."""
    notes = tmp_path / "notes.jsonl"

    def fake_group(xml_path, jobs, options, overlap=False):
        with open(notes, "a", encoding="utf-8") as f:
            f.write(json.dumps({"formats": [fmt for fmt, _ in jobs], "overlap": overlap}) + "\n")
        for _fmt, out in jobs:
            Path(out).write_bytes(b"edition")
        return [(fmt, 0.0) for fmt, _ in jobs]

    monkeypatch.setattr(batch, "render_group", fake_group)
    monkeypatch.setattr(build, "draw_charts", lambda xml, doc=None: 0)
    sources = [_source(tmp_path / "in", f"r{n}.txt") for n in range(count)]
    assert run_cli("-q", "build", *sources, "-o", tmp_path / "out", "-j", "2") == 0
    got = [json.loads(line) for line in notes.read_text(encoding="utf-8").splitlines()]
    assert sorted(g["formats"] for g in got) == sorted([["docx", "epub"], ["pdf"]] * count)
    assert {g["overlap"] for g in got} == {expected}


@pytest.mark.slow
@needs_soffice
def test_the_same_bytes_as_one_after_the_other(tmp_path, monkeypatch):
    """The real DOCX (pandoc, LibreOffice's page pass) and EPUB, overlapped and not."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1262304000")
    from pipeline.build import make_xml

    build_dir = tmp_path / "build"
    build_dir.mkdir()
    xml = make_xml(_source(tmp_path / "in", lines=120), build_dir / "report.xml", Options()).xml
    outputs = {}
    for mode in (False, True):
        folder = tmp_path / f"overlap-{mode}"
        folder.mkdir()
        jobs = (("docx", folder / "report.docx"), ("epub", folder / "report.epub"))
        assert [fmt for fmt, _ in build.render_group(xml, jobs, Options(), overlap=mode)] == ["docx", "epub"]
        outputs[mode] = {fmt: out.read_bytes() for fmt, out in jobs}
    assert outputs[True] == outputs[False]
