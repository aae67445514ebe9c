import pytest

from pipeline.verify.subsequence import first_missing, fold


@pytest.mark.parametrize("needle, haystack, expected", [
    ("", "", None),
    ("abc", "abc", None),
    ("abc", "xaxbxcx", None),            # extra text in the edition is fine
    ("河西区", "目录河……西……区", None),
    ("abc", "acb", 2),                   # order matters
    ("增长13.5%", "增长13.%", 5),          # the lost '5' is named
    ("aa", "a", 1),
])
def test_first_missing(needle, haystack, expected):
    assert first_missing(needle, haystack) == expected


def test_fold_removes_whitespace_and_folds_compatibility_forms():
    assert fold("ﬁne  １０％\n 区 属") == "fine10%区属"


def test_first_missing_is_linear_on_a_long_text():
    body = "河西区" * 200_000
    assert first_missing(body, "页眉" + body + "页脚") is None
    assert first_missing(body + "缺", body) == len(body)


def test_shaping_controls_are_not_text_but_what_they_join_is():
    # a PDF's text layer keeps the emoji of a ZWJ sequence and drops the joiners (no glyph of their own)
    body = "各位代表：👨\u200d👩\u200d👧现在❤\ufe0f。"
    assert fold(body) == fold("各位代表：👨👩👧现在❤。")
    assert fold(body) != fold("各位代表：👨👧现在❤。")   # a joined character lost is still lost
