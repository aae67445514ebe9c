"""The figures tables' column widths (render/columns.py): what each step gives up, in order."""
import pytest

from pipeline.render.columns import (FIRST_MIN, HEAD_MIN, ROOM, SHARES, VALUE_CAP, Columns, column_widths,
                                         fits_whole)

SUMMARY = SHARES["summary-figures"]
# header words and values as measured on A5 (px): Indicator, Actual, Target, Unit, Change, Source
HEAD = [61.7, 42.8, 43.1, 29.1, 50.4, 46.3]
BODY = [0.0, 75.7, 0.0, 39.0, 0.0, 62.0]     # 106,400,000 · times · text (p. 12)
LEAST = [0.0, 75.7, 0.0, 39.0, 0.0, 36.0]    # the back-link's page on a line of its own
BARE = [0.0, 75.7, 0.0, 39.0, 0.0, 20.0]     # the back-link's text alone


def cols(block, padding=9.5, tight=3.6, head=HEAD, body=BODY, least=LEAST, bare=BARE):
    return Columns(block, padding, tight, list(head), list(body), list(least), list(bare))


@pytest.mark.parametrize("block", [180.0, 300.0, 406.0, 576.0, 2000.0])
def test_the_widths_fill_the_text_block_exactly(block):
    widths = column_widths(cols(block), SUMMARY).widths
    assert sum(widths) == pytest.approx(block)
    assert all(w > 0 for w in widths)


def test_a_block_with_room_keeps_every_word_and_value_whole_and_the_shares():
    c = cols(576.0)
    fitted = column_widths(c, SUMMARY)
    assert fitted.step == 0 and not fitted.tight and fits_whole(c)
    for i in range(1, 6):
        assert fitted.widths[i] >= max(HEAD[i], BODY[i]) + c.padding
        assert fitted.widths[i] >= SUMMARY[i] * 576.0 - 1e-9          # the look on A4
    assert fitted.widths[0] >= FIRST_MIN * 576.0


def test_a_narrow_block_gives_the_columns_their_needs_before_their_shares():
    c = cols(406.0)
    need = [max(h, b) + c.padding + ROOM for h, b in zip(HEAD, BODY)]
    fitted = column_widths(c, SUMMARY)
    assert not fitted.tight
    assert all(w >= n - 1e-9 for w, n in zip(fitted.widths[1:], need[1:]))
    assert fitted.widths[0] >= FIRST_MIN * 406.0


def test_tight_first_narrows_the_padding_keeping_everything_whole():
    c = cols(370.0)
    assert not fits_whole(c)
    fitted = column_widths(c, SUMMARY)
    assert fitted.step == 1 and fitted.tight and not fitted.breaking
    assert all(w >= max(h, b) + c.tight_padding for w, h, b in zip(fitted.widths[1:], HEAD[1:], BODY[1:]))


def test_then_back_links_wrap_before_their_page_keeping_header_words_whole():
    c = cols(350.0)
    fitted = column_widths(c, SUMMARY)
    assert fitted.step == 2 and fitted.breaking
    assert all(w >= max(h, b) + c.tight_padding for w, h, b in zip(fitted.widths[1:], HEAD[1:], LEAST[1:]))
    assert fitted.widths[5] < BODY[5] + c.tight_padding


def test_then_a_back_links_page_may_break_too_but_header_words_never():
    head = HEAD[:5] + [15.0]                  # a short header word: the back-link's page is the need
    c = cols(320.0, head=head)
    fitted = column_widths(c, SUMMARY)
    assert fitted.step == 3 and fitted.squeezed and fitted.head_scale == 1.0
    assert fitted.widths[1] >= BODY[1] + c.tight_padding                  # 106,400,000 whole
    assert fitted.widths[3] >= BODY[3] + c.tight_padding                  # times
    assert BARE[5] + c.tight_padding <= fitted.widths[5] < LEAST[5] + c.tight_padding
    assert all(w >= h + c.tight_padding for w, h in zip(fitted.widths, head))   # Target whole


def test_then_the_indicator_gives_up_its_share_down_to_its_header_word():
    head = [30.0] + HEAD[1:]                  # 指标: a short header word
    c = cols(320.0, head=head)
    fitted = column_widths(c, SUMMARY)
    assert fitted.step == 4 and fitted.head_scale == 1.0
    assert 30.0 + c.tight_padding <= fitted.widths[0] < FIRST_MIN * 320.0
    assert all(w >= max(h, b) + c.tight_padding for w, h, b in zip(fitted.widths[1:], head[1:], BARE[1:]))


def test_then_the_header_is_set_smaller_keeping_every_value_whole():
    c = cols(320.0)
    fitted = column_widths(c, SUMMARY)
    assert fitted.step == 5 and HEAD_MIN <= fitted.head_scale < 1.0
    assert sum(fitted.widths) == pytest.approx(320.0)
    s = fitted.head_scale
    assert all(w >= max(h * s, b) + c.tight_padding for w, h, b in zip(fitted.widths, HEAD, BARE))


def test_at_the_last_values_wrap_but_never_a_header_word():
    c = cols(270.0)
    fitted = column_widths(c, SUMMARY)
    assert fitted.step == 6 and sum(fitted.widths) == pytest.approx(270.0)
    assert fitted.widths[1] < BODY[1] + c.tight_padding                   # the last resort: a value wraps
    s = fitted.head_scale
    assert s == HEAD_MIN
    assert all(w >= h * s + c.tight_padding for w, h in zip(fitted.widths, HEAD))


def test_header_words_side_by_side_wider_than_the_block_are_set_smaller_still():
    c = cols(120.0)
    fitted = column_widths(c, SUMMARY)
    assert fitted.step == 6 and fitted.head_scale < HEAD_MIN
    assert sum(fitted.widths) == pytest.approx(120.0)
    assert all(w >= h * fitted.head_scale + c.tight_padding for w, h in zip(fitted.widths, HEAD))


def test_a_long_value_is_capped_and_wraps_rather_than_squeeze_the_rest():
    body = [0.0, 900.0, 0.0, 39.0, 0.0, 62.0]
    fitted = column_widths(cols(576.0, body=body, least=body, bare=body), SUMMARY)
    assert fitted.widths[1] <= VALUE_CAP * 576.0 + 9.5 + ROOM + 1e-9
    assert fitted.widths[0] >= FIRST_MIN * 576.0


def test_the_indicator_keeps_its_header_word_where_it_can():
    head = [120.0] + HEAD[1:]
    fitted = column_widths(cols(576.0, head=head), SUMMARY)
    assert not fitted.tight and fitted.widths[0] >= 120.0 + 9.5


def test_an_unknown_column_count_shares_equally():
    fitted = column_widths(Columns(300.0, 8.0, 3.0, [40.0] * 3, *[[0.0, 20.0, 20.0]] * 3))
    assert sum(fitted.widths) == pytest.approx(300.0)
    assert fitted.widths[1] == pytest.approx(fitted.widths[2])
