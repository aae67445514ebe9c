"""Language by script share: Han characters against Latin letters; for Chinese,
traditional against simplified forms of the commonest characters that differ."""
from __future__ import annotations

from . import signals as sg

MIN_HAN_SHARE = 0.2   # a Chinese text quotes English words; an English one rarely holds Han
TRADITIONAL = set("們這個為國發經區會與說對時業實現進動過還來開關點見間體將")
SIMPLIFIED = set("们这个为国发经区会与说对时业实现进动过还来开关点见间体将")


def detect_language(lines) -> str:
    """'zh-CN' (or 'zh-TW' if traditional forms dominate) when Han characters are at
    least a fifth of the letters; else 'en'."""
    han = latin = traditional = simplified = 0
    for line in lines:
        for ch in line:
            if sg.is_han(ch):
                han += 1
                traditional += ch in TRADITIONAL
                simplified += ch in SIMPLIFIED
            elif ch.isascii() and ch.isalpha():
                latin += 1
    if han + latin and han < MIN_HAN_SHARE * (han + latin):
        return "en"
    return "zh-TW" if traditional > simplified else "zh-CN"
