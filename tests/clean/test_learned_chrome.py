"""learned-chrome (pipeline/clean/rules_learned.py): its features, its scope and its decision on
made-up text; the committed model reproduced byte for byte by `make train` (scripts/train_chrome.py)."""
import importlib.util
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from pipeline.clean.chain import BOILERPLATE_RULES
from pipeline.clean.decisions import removal_decisions
from pipeline.clean.page import Page
from pipeline.clean.rules_learned import chrome_lines, edge_indices, learned_chrome, line_features, shape_features

PROSE_ZH = "本市今年继续推进老旧小区改造，完成改造项目一百二十个，惠及居民三万余户，群众满意度明显提升。"
PROSE_EN = "The council agreed that the new library would open in the spring, after the roof repairs were finished."

TEXT = "\n".join([
    "首页 | 关于我们 | 联系方式",
    "某某市人民政府工作报告",
    PROSE_ZH,
    "一、主要工作",
    PROSE_ZH,
    "分享到： 微信 微博",
    "",
])


def test_edges_are_the_lines_above_the_first_and_below_the_last_prose_line():
    page = Page.from_text(TEXT)
    assert [page.lines[i].text for i in edge_indices(page)] == [
        "首页 | 关于我们 | 联系方式", "某某市人民政府工作报告", "分享到： 微信 微博"]


def test_a_heading_between_two_paragraphs_is_never_a_candidate():
    page = Page.from_text(TEXT)
    assert 3 not in line_features(page)


def test_general_evidence_for_a_menu_and_for_prose():
    menu = shape_features("Home | About | News | Contact")
    assert "latin" in menu and "sep:3" in menu and "end:none" in menu and "prose" not in menu
    assert "v:nav" in menu or "v:nav-all" in menu
    prose = shape_features(PROSE_EN)
    assert "prose" in prose and "end:stop" in prose and "sw:3" in prose
    zh = shape_features(PROSE_ZH)
    assert "cjk" in zh and "inner-punct" in zh and "fn:0" not in zh


def test_neighbours_and_position_are_features():
    feats = line_features(Page.from_text(TEXT))
    top = feats[0]
    assert top["zone:head"] == 1.0 and top["edge:0"] == 1.0 and top["above:none"] == 1.0
    assert top["n:len:3"] == 1.0 or any(k.startswith("n:len:") for k in top)
    assert feats[5]["zone:tail"] == 1.0 and feats[5]["below:none"] == 1.0


def test_a_line_goes_only_at_or_above_the_threshold_and_only_at_the_edges():
    # a made-up model: a line with separators is chrome, everything else body
    model = {"classes": ["body", "chrome"], "threshold": 0.9,
             "weights": {"bias": [2.0, -2.0], "sep:2": [-4.0, 4.0], "sep:3": [-4.0, 4.0]}}
    page = Page.from_text(TEXT)
    assert list(chrome_lines(page, model)) == [0]
    out = learned_chrome(page, model)
    assert [r.line for r in out.removed] == [1] and out.removed[0].text == "首页 | 关于我们 | 联系方式"
    assert chrome_lines(page, dict(model, threshold=0.99999)) == {}


def test_no_model_removes_nothing():
    page = Page.from_text(TEXT)
    assert learned_chrome(page, {}) is page


def test_a_page_without_prose_has_no_candidates():
    page = Page.from_text("目录\n第一章 总则\n第二章 附则\n")
    assert line_features(page) == {}


def test_outer_runs_stop_at_the_first_line_the_model_keeps():
    # chrome-looking lines (separators) above a kept headline and one more under it: with
    # "runs": "outer" only the run that reaches the page's top goes; the line under the kept
    # headline is never reached
    text = "\n".join(["首页 | 新闻 | 公告", "网站 | 地图", "某某县人民政府关于做好春耕工作的通知",
                      "发布 | 打印", PROSE_ZH, PROSE_ZH])
    model = {"classes": ["body", "chrome"], "threshold": 0.9, "runs": "outer",
             "weights": {"bias": [2.0, -2.0], "sep:1": [-4.0, 4.0], "sep:2": [-4.0, 4.0]}}
    page = Page.from_text(text)
    assert sorted(chrome_lines(page, model)) == [0, 1]
    assert sorted(chrome_lines(page, dict(model, runs="any"))) == [0, 1, 3]


def test_a_date_stops_the_walk_when_the_model_keeps_dates():
    text = "\n".join(["首页 | 新闻 | 公告", "发布 | 2020-03-01 | 打印", "网站 | 地图 | 帮助", PROSE_ZH, PROSE_ZH])
    model = {"classes": ["body", "chrome"], "threshold": 0.9, "runs": "outer", "dates": "keep",
             "weights": {"bias": [2.0, -2.0], "sep:2": [-4.0, 4.0], "sep:3": [-4.0, 4.0]}}
    page = Page.from_text(text)
    assert sorted(chrome_lines(page, model)) == [0]
    assert sorted(chrome_lines(page, dict(model, dates="any"))) == [0, 1, 2]


def test_the_probability_is_the_decisions_confidence():
    model = {"classes": ["body", "chrome"], "threshold": 0.9,
             "weights": {"bias": [2.0, -2.0], "sep:2": [-4.0, 4.0], "sep:3": [-4.0, 4.0]}}
    page = learned_chrome(replace(Page.from_text(TEXT), rule="learned-chrome"), model)
    (decision,) = removal_decisions(page)
    assert decision.line == 1 and decision.confidence == round(1 / (1 + 2.718281828459045 ** -4), 2)
    assert decision.reason.startswith("learned-chrome (P(chrome) 0.98")


def test_the_rule_runs_last_before_the_blank_lines():
    names = [name for name, _ in BOILERPLATE_RULES]
    assert names.index("learned-chrome") == names.index("blank-edge") - 1


REPO = Path(__file__).resolve().parents[2]
COMMITTED = REPO / "pipeline" / "clean" / "model" / "chrome.json"


def test_make_train_reproduces_the_committed_chrome_model(tmp_path):
    spec = importlib.util.spec_from_file_location("train_chrome_for_test", REPO / "scripts" / "train_chrome.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    train = module._load("train")
    if not (train._accuracy().corpus_dir() / "gold").is_dir():
        pytest.skip("no corpus")
    out = tmp_path / "chrome.json"
    assert module.main(["--out", str(out)]) == 0
    assert out.read_bytes() == COMMITTED.read_bytes(), "make train gives another model: commit it, or find the nondeterminism"
