"""Exact whitespace: the normalisations that are allowed, and the two failures."""
import pytest

from pipeline.verify.exact import whitespace_mismatch


@pytest.mark.parametrize("body, edition", [
    ("河西区", "河西区"),
    ("河西区", "河\n西区"),                  # a Chinese line breaks anywhere
    ("foo bar", "foo\nbar"),               # a Latin line breaks at a word space
    ("example", "exam-\nple"),             # a hyphen added at a line end
    ("well-known", "well-\nknown"),
    ("a b", "a  \t b"),                    # a run of spaces is one space
    ("a\u00a0b", "a b"),                   # NFKC: no-break space
    ("ﬁne", "fine"),                       # NFKC: ligature
    ("标题\n正文", "标题正文"),               # block boundary: a run-in lead
    ("河西区", "页眉 河西区 （第3页）"),        # text around the body is left alone
    ("放缓0.1个百分点", "放缓 0.1 个百分点"),  # CJK next to a digit: pdfium's guess at the font change
    ("增长17.1% Bureau", "增长17.1% Bureau"),
])
def test_allowed(body, edition):
    assert whitespace_mismatch(body, edition) is None


def test_an_added_space_is_named():
    m = whitespace_mismatch("是河西区发展", "是 河 西 区 发 展")
    assert m is not None and m.added and m.edition_at == 2


def test_a_dropped_space_is_named():
    m = whitespace_mismatch("Insurance policy", "Insurancepolicy")
    assert m is not None and not m.added


def test_a_lost_character_is_left_to_first_missing():
    assert whitespace_mismatch("abc", "ab") is None


def test_joiners_are_neither_text_nor_a_gap():
    from pipeline.verify.exact import strip_gaps, whitespace_mismatch
    assert strip_gaps("👨\u200d👩 x")[0] == "👨👩x"
    assert whitespace_mismatch("代表：👨\u200d👩\u200d👧现在", "代表：👨👩👧现在") is None


@pytest.mark.parametrize("body, edition", [
    ("是河西区发展", "是河西 区发展"),        # between two CJK characters
    ("Insurancepolicy", "Insurance policy"),  # between two Latin letters
    ("放缓 0.1", "放缓0.1"),                 # dropped next to a digit: still a dropped space
])
def test_a_space_the_font_change_does_not_explain_is_named(body, edition):
    assert whitespace_mismatch(body, edition) is not None
