"""(r31entitle) A Chinese site's header row: its name beside its home link, spaced, no trail mark
(`某某范文网 首页`, `首页 某某市人民政府`, `某某门户网站 网站首页`) over the headline: chrome
(`rules_widgets.SITE_HOME`, in `breadcrumb`). Must stay: the headline, a sentence naming a home page,
a site's name alone as the page's title."""
import pytest

from pipeline.clean import clean_text

BODY = "  同志们：\n\n  今天，我们召开全区动员大会，目的就是贯彻落实全市的重要部署，动员全区上下迅速行动起来。\n"


@pytest.mark.parametrize("row", ["某某范文网 首页", "首页 某某市人民政府", "某某门户网站 网站首页", "某某公文网　首页"])
def test_site_name_with_home_link_goes(row):
    cleaned = clean_text(f"{row}\n\n某区委书记在全区动员大会上的讲话\n\n2025-04-03\n\n{BODY}", source_file="t.txt")
    assert row not in cleaned.lines
    assert "某区委书记在全区动员大会上的讲话" in cleaned.lines


def test_sentence_naming_a_home_page_stays():
    line = "  请访问某某市人民政府网站首页了解更多信息。"
    cleaned = clean_text(f"某某市关于开展调查的通知\n\n{line}\n\n{BODY}", source_file="t.txt")
    assert any("网站首页了解更多信息" in l for l in cleaned.lines)


def test_site_name_alone_stays_when_it_is_the_text():
    cleaned = clean_text(f"某某市人民政府\n\n关于开展调查的通知\n\n{BODY}", source_file="t.txt")
    assert "关于开展调查的通知" in cleaned.lines
