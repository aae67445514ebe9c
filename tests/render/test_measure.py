"""render/measure.py: a cell's estimated width is never narrower than the faces draw it, so a
column sized by it holds its value on one line."""
import string
import subprocess

import pytest
from fontTools.ttLib import TTFont

from pipeline.render.measure import text_em

SAMPLE = string.digits + string.ascii_letters + string.punctuation + " ²³°·–−→×±≤≥‰\u00a0" + "亿万元（）％，"


def _advances(family: str):
    path = subprocess.run(["fc-match", "-f", "%{file}", family], capture_output=True, text=True).stdout
    if family.split()[0].lower() not in path.lower().replace("-", " ").replace("_", " "):
        pytest.skip(f"{family} not installed")
    font = TTFont(path, fontNumber=0)
    cmap, hmtx, upm = font.getBestCmap(), font["hmtx"], font["head"].unitsPerEm
    return {ch: hmtx[cmap[ord(ch)]][0] / upm for ch in SAMPLE if ord(ch) in cmap}


@pytest.mark.parametrize("family, lang", [("DejaVu Serif", "en"), ("Noto Serif CJK SC", "zh")])
def test_never_narrower_than_drawn(family, lang):
    drawn = _advances(family)
    assert len(drawn) > 90
    narrower = {ch: (w, text_em(ch, lang)) for ch, w in drawn.items() if text_em(ch, lang) < w - 1e-6}
    assert narrower == {}


def test_a_chinese_documents_digits_are_narrower():
    # Noto Serif CJK's digits (0.56 em) beside DejaVu Serif's (0.64): a column that always held
    # `+348.48%` in the sample keeps its share (the sample's PDF does not change).
    assert text_em("+348.48%", "zh") < text_em("+348.48%", "en")
    assert text_em("约6000余万", "zh") == pytest.approx(1 + 4 * 0.57 + 2)
    assert text_em("106,400,000") == pytest.approx(9 * 0.64 + 2 * 0.5)
