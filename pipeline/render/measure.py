"""How wide a short text is, in em, without laying it out.

The figures tables size their value columns by their widest value so that a reader never sees
a number split across lines (`106,400,0` / `00`): the PDF's column is at least that wide
(render/pdf/tablefit.py probes the widest by this estimate) and so is the DOCX's grid
column (render/docx/polish.py). Laying every cell out to measure it is what the tables' fixed
layout avoids (a long report's full table runs to hundreds of pages), so the width is
estimated from the characters: each class of character counts the widest advance it has in the
face the editions draw it with — an English document's Latin text in DejaVu Serif, a Chinese
document's in Noto Serif CJK (whose Latin digits are narrower), Han characters in Noto CJK in
both — so the estimate is never narrower than the text, and where it is wider than a column's
usual share the column grows while a column that always fitted keeps its width.
"""
from __future__ import annotations

import unicodedata

from ..lang import cjk

# The widest advance (em) per class of character, measured in each face (fontTools, hmtx).
_FACES = {
    "latin": {"digit": 0.64, "narrow": 0.5, "thin": 0.48, "lower": 0.65, "wide": 0.95,
              "upper": 1.03, "symbol": 0.84, "other": 1.0},             # DejaVu Serif
    "cjk": {"digit": 0.57, "narrow": 0.39, "thin": 0.47, "lower": 0.67, "wide": 0.98,
            "upper": 1.06, "symbol": 0.58, "other": 1.0},                # Noto Serif CJK SC
}
_NARROW = set(",.:;'!|()[] -/²³¹°·ʹ′\u00a0")     # 0.32-0.5 em
_THIN = set("fijlrt")                             # 0.35-0.48 em
_WIDE = set("mw")
_SYMBOL = set("+−=<>~#^–")                        # 0.84 em (DejaVu), 0.58 (Noto CJK)


def text_em(text: str, lang: str = "en") -> float:
    """The width of `text` on one line, in em of its font size (never less than drawn)."""
    face = _FACES["cjk" if cjk(lang) else "latin"]
    width = 0.0
    for ch in text:
        if unicodedata.east_asian_width(ch) in "WF":
            width += 1.0
        elif ch == "‰":
            width += 1.35
        elif ch.isdigit():
            width += face["digit"]
        elif ch in _NARROW:
            width += face["narrow"]
        elif ch in _THIN:
            width += face["thin"]
        elif ch in _WIDE:
            width += face["wide"]
        elif ch.islower():
            width += face["lower"]
        elif ch.isupper():
            width += face["upper"]
        elif ch in _SYMBOL:
            width += face["symbol"]
        else:                                     # % @ & → × ≤ ± … : up to 1 em
            width += face["other"]
    return width
