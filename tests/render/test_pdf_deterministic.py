"""The chunked PDF of a document with charts has the same bytes in every process (issue 16).

An in-process check (test_pdf_chunks) cannot see order that comes from Python's str hashes:
they are random per process, so the same process always agrees with itself. Here the CLI
renders twice, in fresh processes with different PYTHONHASHSEEDs; the document has three
charts on one page, so the order the charts are met in (and copied: charts.embed) has a
chance to change with the seed. The seeds are fixed so that a failure reproduces; with
charts.py iterating pikepdf's keys() set unsorted, these seeds gave different bytes.
"""
from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "xml"
SEEDS = ("1", "2", "3")
CHARTS = ((("区域口径生产总值", 450.0), ("区属口径生产总值", 133.3)),
          (("国内招商引资实际到位额", 77.7), ("三级财政收入", 52.7)),
          (("新增就业", 3.95), ("吸引外资实际利用额", 1.386)))


def _figure(n: int) -> bytes:
    return (f'<figure role="chart" xml:id="fig{n}"><title>图{n} 数据</title><mediaobject>'
            + "".join(f'<imageobject><imagedata fileref="mini.charts/fig{n}.{ext.lower()}" format="{ext}"/>'
                      "</imageobject>" for ext in ("PNG", "SVG", "PDF")) +
            f'<textobject><phrase>柱状图{n}</phrase></textobject></mediaobject></figure>').encode("utf-8")


@pytest.fixture(scope="module")
def three_charts(tmp_path_factory) -> Path:
    """mini.xml (two level-1 parts: two chunks) with three small PDF charts in its appendix."""
    from pipeline.figures.draw import draw_chart

    folder = tmp_path_factory.mktemp("det")
    (folder / "mini.charts").mkdir()
    for n, rows in enumerate(CHARTS, start=1):
        for fmt, data in draw_chart(rows, "亿元", f"mini{n}").items():
            (folder / "mini.charts" / f"fig{n}.{fmt}").write_bytes(data)
    xml = (FIXTURES / "mini.xml").read_bytes()
    start, end = xml.index(b'<figure role="chart"'), xml.index(b"</figure>") + len(b"</figure>")
    xml = xml[:start] + b"\n".join(_figure(n) for n in range(1, len(CHARTS) + 1)) + xml[end:]
    (folder / "mini.xml").write_bytes(xml)
    return folder / "mini.xml"


def _render(xml: Path, seed: str, out: Path) -> str:
    cli = Path(sys.executable).with_name("pipeline")
    env = {**os.environ, "PYTHONHASHSEED": seed}
    subprocess.run([str(cli), "-q", "render", str(xml), "--to", "pdf", "-o", str(out), "--pdf-chunks", "2",
                    "--no-verify"], check=True, env=env, capture_output=True)
    return hashlib.sha256(out.read_bytes()).hexdigest()


def test_chunked_pdf_with_charts_has_the_same_bytes_in_every_process(three_charts, tmp_path):
    import pikepdf

    hashes = {seed: _render(three_charts, seed, tmp_path / f"{seed}.pdf") for seed in SEEDS}
    with pikepdf.open(tmp_path / "1.pdf") as pdf:   # the case the test is about: charts met together
        charts = [sum(1 for name, obj in (page.Resources.get("/XObject") or {}).items()
                      if name != "/Folio" and obj.get("/Subtype") == "/Form") for page in pdf.pages]
    assert max(charts) == len(CHARTS)
    assert len(set(hashes.values())) == 1, hashes
