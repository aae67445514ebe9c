"""Long unbreakable strings get break opportunities (U+200B), counted across elements."""
from lxml import etree

from pipeline.render.html.wrap import ZWSP, break_long_words, break_run

URL = "https://example.org/" + "/".join(["segment"] * 25)    # ~200 characters


def test_a_url_breaks_after_its_separators():
    out = break_run(URL)
    assert out.replace(ZWSP, "") == URL
    assert f"/{ZWSP}segment" in out and f"example.{ZWSP}org" in out


def test_a_token_without_separators_breaks_every_few_characters():
    token = "x" * 300
    out = break_run(token)
    assert out.replace(ZWSP, "") == token
    assert max(len(piece) for piece in out.split(ZWSP)) <= 12


def test_short_words_and_chinese_are_untouched():
    text = "2009年，全区生产总值450亿元，增长13.5%。see www.a.cn"
    assert break_run(text) == text


def test_a_url_cut_by_anchors_is_still_broken():
    p = etree.fromstring("<p>链接&lt;https://a.org/item/%E7%99%BE%E5%<span/>88%<span/>"
                         "9B%E5%BB%BA%E7%89%88%E6%9C%AC&gt;</p>")
    break_long_words(p)
    text = "".join(p.itertext())
    assert ZWSP in text
    assert all(len(piece) <= 24 for piece in text.split(ZWSP))
