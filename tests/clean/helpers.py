"""Run one cleaning rule on a list of lines (tests only)."""
from __future__ import annotations

from dataclasses import replace

from pipeline.clean import BOILERPLATE_RULES
from pipeline.clean.page import Page

# Real body lines (the sample, ningxia): prose that bounds the head and tail zones.
PROSE = "2009年,是河西区发展进程中非同寻常的一年,是全区上下积极应对国际金融危机的严峻挑战,攻坚克难,奋力拼搏。"
PROSE2 = "各位代表！“十五五”蓝图引领未来，现代化目标催人奋进。让我们更加紧密地团结在党中央周围。"


def run_rule(name: str, lines: list[str]):
    """Return (kept texts, [(line, removed text)], provenance) after rule `name` alone."""
    rule = dict(BOILERPLATE_RULES)[name]
    page = rule(replace(Page.from_text("\n".join(lines)), rule=name))
    assert all(r.rule == name for r in page.removed)
    return page.texts(), [(r.line, r.text) for r in page.removed], page.provenance
