"""render/pdf/write_threads.py: font subsets and stream compression in threads. The PDF must keep
its bytes (several faces, so several subsets; whole fonts too), the work must really run outside
the writing thread, only for cores nothing else wants, and one core or other library versions
must leave the libraries alone."""
from __future__ import annotations

import os
import subprocess
import sys
import threading

import pytest

pytestmark = pytest.mark.slow

PAGE = """<!DOCTYPE html><html lang="zh-CN"><head><style>
@page { size: A6; margin: 12mm; @top-center { content: "页眉 head"; font-family: "Noto Sans CJK SC" } }
body { font-family: "Noto Serif CJK SC", serif; font-size: 9pt; }
b { font-family: "Noto Sans CJK SC", sans-serif; } i { font-family: "DejaVu Sans"; }
h1 { break-before: page; }
</style></head><body><p>封面</p><h1>标题 Title</h1><p>正文，<b>粗体</b>，<i>Latin text</i>。</p>
<h1>第二章</h1><p>再一页：<b>表格</b> and more.</p></body></html>"""

SCRIPT = """
import os, sys
from weasyprint import HTML
if sys.argv[3] == "1":
    os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
if sys.argv[1] == "threads":
    from pipeline.render.pdf import write_threads
    assert write_threads.write_in_threads()
    if sys.argv[3] != "1":
        write_threads._threads = lambda loadavg=None: 2   # as if the other core were idle
full = sys.argv[2] == "full"
sys.stdout.buffer.write(HTML(string=%r).write_pdf(pdf_identifier=b"x", full_fonts=full))
""" % PAGE


def _pdf(mode: str, fonts: str = "subset", cores: str = "all") -> bytes:
    return subprocess.run([sys.executable, "-c", SCRIPT, mode, fonts, cores], check=True,
                          capture_output=True).stdout


@pytest.mark.skipif(len(os.sched_getaffinity(0)) < 2, reason="threads need two cores")
@pytest.mark.parametrize("fonts", ["subset", "full"])
def test_the_pdf_keeps_its_bytes(fonts):
    threaded, plain = _pdf("threads", fonts), _pdf("plain", fonts)
    assert threaded.startswith(b"%PDF") and threaded == plain


def test_one_core_keeps_the_bytes_too():
    assert _pdf("threads", cores="1") == _pdf("plain")


@pytest.mark.skipif(len(os.sched_getaffinity(0)) < 2, reason="threads need two cores")
def test_subsets_and_compression_run_outside_the_writing_thread(monkeypatch):
    import pydyf
    from weasyprint import HTML
    from weasyprint.pdf import fonts

    from pipeline.render.pdf import write_threads

    assert write_threads.write_in_threads()
    monkeypatch.setattr(write_threads, "_threads", lambda loadavg=None: 2)   # the other core idle
    cleaned, compressed = [], []
    clean, data = fonts.Font.clean, write_threads._original["data"]

    def recording_clean(self, *args):
        cleaned.append(threading.get_ident())
        return clean(self, *args)

    def recording_data(stream):
        compressed.append(threading.get_ident())
        return data(stream)

    fonts.Font.clean, write_threads._original["data"] = recording_clean, recording_data
    try:
        HTML(string=PAGE).write_pdf()
    finally:
        fonts.Font.clean, write_threads._original["data"] = clean, data
    here = threading.get_ident()
    assert len(cleaned) >= 3 and here not in cleaned   # serif, sans, DejaVu: each once, in threads
    # in the writing thread only the two streams pydyf makes while writing: objects, cross-references
    assert len(compressed) >= 5 and compressed.count(here) <= 2


def test_threads_only_for_cores_nothing_else_wants(monkeypatch):
    from pipeline.render.pdf import write_threads

    monkeypatch.setattr(write_threads, "available_cores", lambda: 2)
    assert write_threads._threads("0.90 0.80 0.70 1/312 4242") == 2   # only this process runs
    assert write_threads._threads("1.90 1.80 1.70 2/312 4242") == 1   # the other chain runs
    assert write_threads._threads("6.00 5.00 4.00 7/312 4242") == 1   # a busy machine
    assert write_threads._threads("garbled") == 1
    monkeypatch.setattr(write_threads, "available_cores", lambda: 1)
    assert write_threads._threads("0.00 0.00 0.00 1/312 4242") == 1


def test_other_library_versions_are_left_alone():
    out = subprocess.run([sys.executable, "-c", """
import pydyf, weasyprint
from weasyprint import pdf
pydyf.__version__ = "0.14.0"
from pipeline.render.pdf.write_threads import write_in_threads
before = (pdf.build_fonts_dictionary, pydyf.PDF.write, pydyf.Stream.data)
print(write_in_threads(), (pdf.build_fonts_dictionary, pydyf.PDF.write, pydyf.Stream.data) == before)
"""], check=True, capture_output=True, text=True).stdout.split()
    assert out == ["False", "True"]
