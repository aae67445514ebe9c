"""The figures tables' column widths (render/pdf/columns.py): what each step gives up, in order."""
import pytest

from pipeline.render.pdf.columns import (FIRST_MIN, ROOM, SHARES, VALUE_CAP, Columns, column_widths,
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


def test_then_header_words_break_once_but_values_never():
    c = cols(300.0)
    fitted = column_widths(c, SUMMARY)
    assert fitted.step == 3
    assert fitted.widths[1] >= BODY[1] + c.tight_padding                  # 106,400,000 whole
    assert fitted.widths[3] >= BODY[3] + c.tight_padding                  # times
    assert fitted.widths[5] >= LEAST[5] + c.tight_padding                 # `text`, its page below
    assert fitted.widths[2] < HEAD[2] + c.tight_padding                   # Target breaks …
    assert fitted.widths[2] >= HEAD[2] / 2 + c.tight_padding              # … once


def test_then_a_back_links_page_may_break_too():
    c = cols(280.0)
    fitted = column_widths(c, SUMMARY)
    assert fitted.step == 4 and fitted.squeezed
    assert fitted.widths[1] >= BODY[1] + c.tight_padding                  # values still whole
    assert BARE[5] + c.tight_padding <= fitted.widths[5] < LEAST[5] + c.tight_padding


def test_when_nothing_else_fits_every_need_shrinks_in_proportion():
    c = cols(230.0)
    fitted = column_widths(c, SUMMARY)
    assert fitted.step == 5 and sum(fitted.widths) == pytest.approx(230.0)
    assert fitted.widths[1] < BODY[1] + c.tight_padding                   # the last resort: a value wraps
    assert fitted.widths[1] > fitted.widths[2]                            # the value keeps the most


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
