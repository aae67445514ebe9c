"""The justification gaps leave the text layer; real spaces and positions stay."""
from pipeline.render.pdf.textlayer import _Font, rewrite_content


class FakeFont(_Font):
    def __init__(self):
        self.space_widths = {b"0001": 256.0}
        self.text = {b"0001": " ", b"524c": "河", b"6693": "西", b"0041": "A", b"0042": "B"}
        self.patterns = None
        self.widths = {1: 256.0}
        self.default = 1000.0


def advance(array: bytes, widths: dict) -> float:
    """Pen advance of a TJ array in 1/1000 em (every non-space glyph 1000 wide)."""
    import re
    total = 0.0
    for hexs, num in re.findall(rb"<([0-9a-f]*)>|(-?[\d.]+)", array):
        if hexs:
            for k in range(0, len(hexs), 4):
                total += widths.get(hexs[k:k + 4], 1000.0)
        elif num:
            total -= float(num)
    return total


def test_a_narrowed_space_becomes_positioning():
    data = b"BT /F1 16 Tf [<524c><>131.0625<0001>124<6693>] TJ ET"
    out, dropped = rewrite_content(data, {"F1": FakeFont()})
    assert dropped == 1
    array = out[out.index(b"[") + 1:out.index(b"]")]
    assert b"0001" not in array
    old = data[data.index(b"[") + 1:data.index(b"]")]
    assert abs(advance(array, {b"0001": 256.0}) - advance(old, {b"0001": 256.0})) < 1e-6


def test_a_real_space_is_kept():
    data = b"BT /F1 16 Tf [<00410001>-20<0042>] TJ ET [<0001>-30<>] TJ"
    out, dropped = rewrite_content(data, {"F1": FakeFont()})
    assert dropped == 0 and out == data


def test_a_widened_gap_between_han_goes_and_a_latin_space_stays():
    han = b"BT /F1 16 Tf [<524c><>-38.25<0001>-36<6693>] TJ ET"
    latin = b"BT /F1 16 Tf [<0041><>-38.25<0001>-36<0042>] TJ ET"
    assert rewrite_content(han, {"F1": FakeFont()})[1] == 1
    assert rewrite_content(latin, {"F1": FakeFont()})[1] == 0


def test_a_loose_line_also_carries_its_text():
    data = b"BT /F1 16 Tf [<524c><>10<0001>100<6693>] TJ ET"
    out, dropped = rewrite_content(data, {"F1": FakeFont()})
    assert dropped == 1
    assert b"/ActualText <feff" + "河西".encode("utf-16-be").hex().encode() + b">" in out


def test_english_spaces_stay_next_to_kerning_and_quotes():
    font = FakeFont()
    font.text[b"0050"] = "o"
    font.text[b"0060"] = "\u201c"
    kerned = b"BT /F1 16 Tf [<0050>12<0001>0<0041>] TJ ET"            # the 12 is o's kerning
    quoted = b"BT /F1 16 Tf [<0050>0<>-68.6<0001>-65<0060>] TJ ET"    # justified, before a quote
    assert rewrite_content(kerned, {"F1": font})[1] == 0
    assert rewrite_content(quoted, {"F1": font})[1] == 0


def test_a_run_of_one_space_is_a_real_space_even_narrowed():
    # span.sp in an overfull line: the space alone in its run, narrowed by the justification
    data = b"BT /F1 16 Tf [<0001>40] TJ ET"
    assert rewrite_content(data, {"F1": FakeFont()}) == (data, 0)


def test_a_real_space_before_a_loose_run_goes_into_its_actual_text():
    # "河" ends at 100 + 16; the loose run starts 8 (half an em) further: a span.sp space
    data = (b"BT 1 0 0 -1 100 50 Tm /F1 16 Tf [<524c>] TJ ET "
            b"BT 1 0 0 -1 124 50 Tm /F1 16 Tf [<524c><>10<0001>100<6693>] TJ ET")
    out, dropped = rewrite_content(data, {"F1": FakeFont()})
    assert dropped == 1
    assert b"/ActualText <feff" + " 河西".encode("utf-16-be").hex().encode() + b">" in out
