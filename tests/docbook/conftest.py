"""Fixtures for the XML intermediate: small hand-made documents and the official schema."""
from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from pipeline.figures.summary import key_figures
from pipeline.model import Author, Chart, Document, FigureRecord, Figures, Paragraph, Provenance, Section

OFFICIAL_RNG = Path("/usr/share/xml/docbook/schema/rng/5.0/docbook.rng")
MINI = Path(__file__).resolve().parent.parent / "fixtures" / "xml" / "mini.xml"


@pytest.fixture(scope="session")
def official_valid():
    """A check against the official DocBook 5.0 RELAX NG schema (docbook5-xml), for tests only."""
    if not OFFICIAL_RNG.exists():
        pytest.skip("docbook5-xml is not installed (official DocBook 5.0 RELAX NG schema)")
    schema = etree.RelaxNG(etree.parse(str(OFFICIAL_RNG)))

    def check(data: bytes | etree._ElementTree) -> None:
        tree = etree.ElementTree(etree.fromstring(data)) if isinstance(data, bytes) else data
        assert schema.validate(tree), str(schema.error_log.last_error)

    return check


def make_document(*, lang: str = "zh-CN", lead: str = "服务业主体地位更加凸显。",
                  text: str = "区域第三产业所占比重预计达到73%。") -> Document:
    return Document(
        title="示例市2010年政府工作报告",
        lang=lang,
        subtitle="——2010年1月8日在示例市第十五届人民代表大会第五次会议上",
        authors=[Author("王某某", role="市长"), Author("示例市人民政府", kind="org")],
        date="2010-01-08",
        provenance=Provenance(source_file="mini.txt", site="Example.net", updated="2024/12/23 16:47:16"),
        front=[Paragraph("p0-1", "各位代表："), Paragraph("p0-2", "现在，我代表市人民政府，向大会报告工作。")],
        sections=[
            Section("s1", "2009年主要工作回顾", 1, [Paragraph("p1-1", "荣获了150项国家级、市级荣誉。")], [
                Section("s1-1", "积极应对金融危机，区域经济实现新发展", 2, [
                    Paragraph("p1-1-1", "预计完成区域口径生产总值450亿元，增长13.5%。"),
                    Paragraph("p1-1-2", text, lead=lead),
                ]),
            ]),
            Section("s2", "2010年主要工作任务", 1, [], [
                Section("s2-1", "迎难而上，进一步提升区域经济发展质量", 2, [
                    Paragraph("p2-1-1", "新增就业约3.95万人。", lead="推进第三产业优化升级。"),
                ]),
            ]),
        ],
    )


def span(pid: str, part: str, text: str, mention: str, n: int, **kw) -> FigureRecord:
    start = text.index(mention)
    defaults = dict(indicator="指标", value=1.0, unit="元", display=mention)
    defaults.update(kw)
    return FigureRecord(id=f"{pid}-v{n}", paragraph=pid, part=part, start=start,
                        end=start + len(mention), mention=mention, **defaults)


def make_figures(document: Document, *, charts: bool = True) -> Figures:
    p11 = document.sections[0].paragraphs[0]
    p111, p112 = document.sections[0].sections[0].paragraphs
    p211 = document.sections[1].sections[0].paragraphs[0]
    records = (
        span("p1-1", "text", p11.text, "150项", 1, indicator="国家级、市级荣誉", unit="项", display="150"),
        span("p1-1-1", "text", p111.text, "450亿元", 1, indicator="区域口径生产总值", value=4.5e10,
             display="450亿", change="+13.5%"),
        span("p1-1-2", "text", p112.text, "73%", 1, indicator="第三产业所占比重", unit="%", display="73"),
        span("p2-1-1", "text", p211.text, "3.95万人", 1, indicator="新增就业", unit="人", display="3.95万",
             approximate=True, target=True),
    )
    chart = Chart("fig1", "图1 生产总值（亿元）", "柱状图：区域口径生产总值450亿元。", b"png", b"<svg/>")
    return Figures(records, (chart,) if charts else (), key_figures(records))


@pytest.fixture
def document() -> Document:
    return make_document()


@pytest.fixture
def figures(document) -> Figures:
    return make_figures(document)


@pytest.fixture
def mk():
    """The factories above, for tests that need variants: mk.document(...), mk.figures(...), mk.span(...)."""
    class Factories:
        document = staticmethod(make_document)
        figures = staticmethod(make_figures)
        span = staticmethod(span)
    return Factories
