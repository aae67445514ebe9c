"""Noise (issue 17, item 10): every line names its document, pandoc's known chatter is
dropped, and on a terminal the progress bar never shares a line with a log line and the
run ends at the start of a clean line."""
from __future__ import annotations

import logging
import re
import shlex
import shutil
import subprocess
import sys

import pytest

from pipeline import log
from pipeline.render.pandoc import report_stderr

PANDOC_ZH_STDERR = (b"[WARNING] Could not load translations for zh-CN\n"
                    b"  data file translations/zh.yaml not found\n"
                    b"[WARNING] The term Abstract has no translation defined.\n"
                    b"[WARNING] Duplicate identifier 's1' at line 12\n")


def test_known_pandoc_noise_is_dropped_and_the_rest_kept():
    assert report_stderr(PANDOC_ZH_STDERR, "DOCX") == ["[WARNING] Duplicate identifier 's1' at line 12"]


class _Lines(logging.Handler):
    def __init__(self):
        super().__init__()
        self.lines: list[str] = []

    def emit(self, record):
        self.lines.append(record.getMessage())


def test_lines_inside_a_document_name_it():
    handler = _Lines()
    log.logger.addHandler(handler)
    level = log.logger.level
    log.logger.setLevel(logging.DEBUG)
    try:
        with log.about("report-a"):
            log.debug("PDF: 22 pages (2 front matter)")
            log.info("report-a: xml build/report-a.xml")
            log.warn("chart image 'x.png' not found", "render/docx")
        log.info("outside any document")
    finally:
        log.logger.removeHandler(handler)
        log.logger.setLevel(level)
    assert handler.lines == ["report-a: PDF: 22 pages (2 front matter)",
                             "report-a: xml build/report-a.xml",
                             "warning: report-a: render/docx: chart image 'x.png' not found",
                             "outside any document"]


def _screen(raw: str) -> tuple[list[str], int]:
    """What a terminal shows after `raw`: its lines, and the cursor's column at the end."""
    rows, row, col = [""], 0, 0
    for token in re.findall(r"\x1b\[[0-9;?]*[A-Za-z]|\r|\n|[^\x1b\r\n]", raw):
        if token == "\r":
            col = 0
        elif token == "\n":
            row, col = row + 1, 0
            rows += [""] * (row + 1 - len(rows))
        elif token == "\x1b[2K":
            rows[row] = ""
        elif token == "\x1b[1A":
            row = max(0, row - 1)
        elif token.startswith("\x1b"):
            continue
        else:
            line = rows[row].ljust(col)
            rows[row] = line[:col] + token + line[col + 1:]
            col += 1
    return rows, col


@pytest.mark.skipif(shutil.which("script") is None, reason="needs script(1) for a terminal")
def test_on_a_terminal_the_bar_and_the_log_lines_do_not_mix(tmp_path):
    sources = []
    for name in ("first", "second"):
        source = tmp_path / f"{name}.txt"
        source.write_text("简短报告\n\n第一段正文。\n", encoding="utf-8")
        sources.append(str(source))
    command = [sys.executable, "-m", "pipeline", "build", *sources, "-o", str(tmp_path / "out"),
               "--to", "epub", "-j", "2"]
    proc = subprocess.run(["script", "-qec", shlex.join(command), "/dev/null"], capture_output=True,
                          timeout=300, cwd=tmp_path)
    assert proc.returncode == 0, proc.stdout
    raw = proc.stdout.decode("utf-8", "replace")
    assert "batch: " in raw, "no progress line was drawn: the test saw no terminal"
    rows, col = _screen(raw)
    shown = [r.strip() for r in rows if r.strip()]
    assert col == 0, "the run ended in the middle of a line"
    assert not any(r.startswith("batch: ") for r in shown), shown   # the live line is gone at the end
    for name in ("first", "second"):
        assert any(r.startswith(f"{name}: xml") for r in shown), shown
        assert any(r.split()[:2] == ["ok", f"{name}.txt"] for r in shown), shown   # one line per document
