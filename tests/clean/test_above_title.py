"""above-title (pipeline/clean/rules_above.py): a web page's chrome kept above a sure title goes,
by position (above the site chrome the rules removed, itself above the title); the document's
own front matter, a sentence, and any page whose title is not sure or names a division stay.
Made-up text; the menu is marked removed as an earlier chrome rule would (the rule reads only
what the rules before it left)."""
from dataclasses import replace

from pipeline.clean.decisions import removal_decisions
from pipeline.clean.page import Page
from pipeline.clean.rules_above import above_title, claimed, paragraph

PROSE = "本市今年继续推进公共图书馆建设，新建社区阅览室一百二十个，惠及居民三万余户，群众满意度明显提升。"
TITLE = "某某市人民政府关于加强公共图书馆管理的通知"


def run(*top: str, title: str = TITLE, menu_rule: str = "nav-menu") -> Page:
    """`top` lines over a menu (removed by `menu_rule`) over the notice's title and text."""
    lines = [*top, "首页", "政务公开", "互动交流", "", title, "", "各区人民政府，市政府各部门：", PROSE,
             "一、加强组织领导", PROSE, "二、完善服务体系", PROSE]
    page = Page.from_text("\n".join(lines) + "\n")
    at = len(top)
    page = replace(page, rule=menu_rule).drop([at, at + 1, at + 2])
    return above_title(replace(page, rule="above-title"))


def taken(page: Page) -> list[str]:
    return [r.text for r in page.removed if r.rule == "above-title"]


def test_the_sites_banner_name_and_bar_above_the_menu_go():
    page = run("某某市数字门户 · 欢迎您 · 无障碍浏览", "", "某某市数字门户", "市长信箱 · 在线访谈", "")
    assert taken(page) == ["某某市数字门户 · 欢迎您 · 无障碍浏览", "某某市数字门户", "市长信箱 · 在线访谈"]
    assert [line.text for line in page.lines if line.text.strip()][0] == TITLE


def test_the_decision_names_the_rule_with_its_confidence():
    decision = next(d for d in removal_decisions(run("某某市数字门户", "")) if d.text == "某某市数字门户")
    assert decision.reason.startswith("above-title") and 0.5 <= decision.confidence <= 0.8


def test_front_matter_above_the_menu_stays():
    for line in ("2031年3月12日", "某政发〔2031〕7号", "（此件公开发布）", "来源：某某市人民政府办公室", "某某市人民政府办公室文件"):
        assert taken(run(line, "")) == [], line


def test_a_sentence_above_the_title_stays():
    assert taken(run(PROSE, "")) == []


def test_nothing_goes_without_site_chrome_removed_under_it():
    # the lines under the title are not the site's: a rule that removed no chrome (a running head) says nothing
    assert taken(run("某某市数字门户", "", menu_rule="running-head")) == []


def test_a_division_page_keeps_the_lines_above_it():
    # the page of one division of a code: the lines above it name the code, not the site
    assert taken(run("某某市数字门户", "", title="某某市图书馆条例 第二章 服务规范")) == []


def test_claims_and_paragraphs():
    assert claimed("某政发〔2031〕7号") and claimed("2031年3月12日") and claimed("某某市人民政府办公厅文件")
    assert claimed("各区人民政府，市政府各部门：") and claimed("Network Working Group     A. Author")
    assert not claimed("Kingdom of Examplia") and not claimed("首页 政务公开 互动交流")
    assert paragraph(PROSE) and not paragraph("Kingdom of Examplia · Official Portal · Welcome to the realm of Examplia")
