"""The five real inputs: what a careful editor removes, and what must stay."""
from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from pipeline.clean import clean_text, cleaning_report
from pipeline.decode import decode_bytes

ROOT = Path(__file__).resolve().parents[2]
FILES = {
    "hexi": ROOT / "examples/hexi-2010.txt",
    "ningxia": ROOT / "tests/fixtures/ningxia-2026-gov-report.txt",
    "guangdong": ROOT / "tests/fixtures/guangdong-2026-gov-report.txt",
    "national": ROOT / "tests/fixtures/national-2009-gov-report-crlf-bom.txt",
    "alice": ROOT / "tests/fixtures/alice-gutenberg-en.txt",
}


def load(key: str):
    decoded = decode_bytes(FILES[key].read_bytes(), name=FILES[key].name)
    return decoded, clean_text(decoded.text, source_file=FILES[key].name)


def by_rule(cleaned) -> dict[str, int]:
    return dict(Counter(r.rule for r in cleaned.removed))


def test_hexi():
    _, c = load("hexi")
    assert c.lines[0] == "天津市河西区2010年政府工作报告"
    assert c.lines[2] == "2009年主要工作回顾"
    assert c.lines[-1].startswith("抓好公务员队伍建设。")
    assert "释义" not in c.lines and "随便看" not in c.lines
    assert not any("Copyright" in l or "更新时间" in l or "收录" in l for l in c.lines)
    assert max(c.line_numbers) == 124                      # everything from 随便看 (line 126) on is gone
    assert by_rule(c) == {"search-prompt": 1, "blank-edge": 4, "entry-label": 1, "definition-label": 1,
                          "related-list": 7, "footer-blurb": 1, "copyright": 1, "updated-at": 1}
    p = c.provenance
    assert (p.site, p.updated, p.source_file) == ("Cnenc.net", "2024/12/23 16:47:16", "hexi-2010.txt")
    assert " 积极应对金融危机，区域经济实现新发展" in c.lines        # indentation kept, comma full-width


def test_ningxia():
    _, c = load("ningxia")
    assert c.lines[:3] == ("2026年宁夏回族自治区政府工作报告",
                           "——2026年2月3日在宁夏回族自治区第十三届人民代表大会第四次会议上", "自治区人民政府主席 张雨浦")
    assert c.lines[3] == "各位代表："
    assert c.lines[-1].startswith("各位代表！“十五五”蓝图引领未来")
    assert by_rule(c) == {"breadcrumb": 6, "page-meta": 5, "font-size-widget": 5, "photo-caption": 1,
                          "share-link": 1, "widget": 6, "repeated-title": 1}
    assert not any("摄" in l and "记者" in l for l in c.lines)
    assert (c.provenance.published, c.provenance.origin) == ("2026-02-09 09:45:30", "宁夏日报客户端")


def test_guangdong_loses_nothing():
    d, c = load("guangdong")
    assert c.removed == ()
    assert c.lines == tuple(d.text.splitlines())
    assert c.lines[0] == "政府工作报告" and c.lines[-1].startswith("指县级以上人民政府")


def test_national():
    d, c = load("national")
    assert [(r.line, r.rule) for r in c.removed] == [(2, "wire-dateline"), (3, "repeated-title")]
    assert c.lines[0] == "2009年国务院政府工作报告" and c.lines[1] != "政府工作报告"
    assert "——2009年3月5日在第十一届全国人民代表大会第二次会议上" in c.lines
    assert "一、2008年工作回顾" in c.lines
    assert (c.provenance.origin, c.provenance.published) == ("新华社", "2009年3月14日")
    assert dict((n.rule, n.count) for n in c.normalised)["fullwidth-percent"] == 29


def test_alice():
    d, c = load("alice")
    assert c.lines[0] == "ALICE'S ADVENTURES IN WONDERLAND"
    assert c.lines[-1] == "              THE END"
    assert not any("Gutenberg" in l for l in c.lines)
    rules = by_rule(c)
    assert rules["gutenberg-header"] == 20 and rules["gutenberg-footer"] == 4
    assert set(rules) == {"gutenberg-header", "gutenberg-footer", "blank-edge", "blank-run"}
    originals = d.text.split("\n")
    assert all(line == originals[n - 1] for line, n in zip(c.lines, c.line_numbers))   # English untouched
    report = cleaning_report(c, d)
    assert report["header"] == {"title": "Alice's Adventures in Wonderland", "author": "Lewis Carroll",
                                "language": "English"}
    assert c.provenance.site == "Project Gutenberg"


@pytest.mark.parametrize("codec", ["gb18030", "utf-16", "utf-16-be", "utf-8-sig"])
def test_sample_in_any_encoding_cleans_the_same(codec):
    text = FILES["hexi"].read_text(encoding="utf-8")
    data = text.replace("\n", "\r\n").encode(codec) if codec == "utf-8-sig" else text.encode(codec)
    assert clean_text(decode_bytes(data).text).lines == load("hexi")[1].lines


def test_report_is_json_ready():
    import json
    d, c = load("ningxia")
    report = json.loads(json.dumps(cleaning_report(c, d), ensure_ascii=False))
    assert report["encoding"] == "utf-8"
    assert report["lines"] == {"input": 120, "kept": 95, "removed": 25}
    assert report["removed"][0] == {"line": 1, "rule": "breadcrumb", "text": "当前位置："}
    assert report["removed_by_rule"]["widget"] == 6
    assert report["provenance"]["origin"] == "宁夏日报客户端"
    assert set(report["normalised"]) >= {"cjk-punct-width", "trailing-space"}
