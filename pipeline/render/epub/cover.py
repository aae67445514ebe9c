"""The EPUB cover: the title page design drawn as a PNG with Pillow.

    png = draw_cover(CoverText(title="…", subtitle="…", issuer="…", date="2010年1月8日"), "zh-CN")

A restrained design after the official-document "red header": white paper, a red double
rule above the title, the title in Noto Serif CJK SC Bold, the dateline below it, the issuing
body and the date at the foot above a thin red rule. Deterministic bytes: no timestamps or
text chunks are written, and the same fonts give the same pixels.
"""
from __future__ import annotations

import io
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ...errors import DependencyError

FONT_DIR = Path("/usr/share/fonts/opentype/noto")
FONT_FILES = {
    ("serif", "bold"): "NotoSerifCJK-Bold.ttc",
    ("serif", "regular"): "NotoSerifCJK-Regular.ttc",
    ("sans", "regular"): "NotoSansCJK-Regular.ttc",
}
WIDTH, HEIGHT = 1600, 2400
MARGIN = 170
PAPER = (255, 255, 255)
RED = (178, 29, 35)
INK = (24, 24, 24)
GREY = (70, 70, 70)

# closing punctuation that may not start a line (clreq), opening that may not end one
NO_START = set("、，。；：！？）》」』】〕〉”’…—,.;:!?)]}%")
NO_END = set("（《「『【〔〈“‘([{")


@dataclass(frozen=True)
class CoverText:
    title: str
    subtitle: str = ""
    issuer: str = ""
    date: str = ""


@lru_cache(maxsize=None)
def _font(kind: str, weight: str, size: int):
    from PIL import ImageFont

    path = FONT_DIR / FONT_FILES[(kind, weight)]
    if not path.exists():
        raise DependencyError(f"font {path.name} (Noto CJK)", "apt-get install fonts-noto-cjk")
    family = "Noto Serif CJK SC" if kind == "serif" else "Noto Sans CJK SC"
    for index in range(8):  # the collection holds JP, KR, SC, TC, HK faces
        try:
            font = ImageFont.truetype(str(path), size, index=index)
        except OSError:
            break
        if font.getname()[0] == family:
            return font
    raise DependencyError(f"{family} in {path.name}", "apt-get install fonts-noto-cjk")


def _tokens(text: str, western: bool) -> list[str]:
    """Units a line may break between: words (Western) or characters with kinsoku glued on."""
    if western:
        words = text.split()
        return [w + " " for w in words[:-1]] + words[-1:]
    units: list[str] = []
    for ch in text:
        if units and (ch in NO_START or units[-1][-1] in NO_END or
                      (ch.isascii() and ch.isalnum() and units[-1][-1].isascii()
                       and units[-1][-1].isalnum())):
            units[-1] += ch
        else:
            units.append(ch)
    return units


def wrap(text: str, font, width: int, western: bool) -> list[str]:
    """Greedy line breaking by measured width."""
    lines: list[str] = []
    line = ""
    for unit in _tokens(text, western):
        if line and font.getlength((line + unit).rstrip()) > width:
            lines.append(line.rstrip())
            line = unit.lstrip() if western else unit
        else:
            line += unit
    if line.strip():
        lines.append(line.rstrip())
    return lines


def _balanced(text: str, font, width: int, western: bool) -> list[str]:
    """Wrap, then narrow the measure while the line count stays, so lines come out even."""
    lines = wrap(text, font, width, western)
    if len(lines) < 2:
        return lines
    best = lines
    step = max(8, width // 40)
    w = width - step
    while w > width // 3:
        trial = wrap(text, font, w, western)
        if len(trial) > len(lines):
            break
        best = trial
        w -= step
    return best


def _draw_lines(draw, lines: list[str], font, y: int, color, leading: float) -> int:
    size = font.size
    for line in lines:
        draw.text((WIDTH // 2, y), line, font=font, fill=color, anchor="ma")
        y += int(size * leading)
    return y


def draw_cover(text: CoverText, lang: str) -> bytes:
    """Draw the cover and return PNG bytes."""
    from PIL import Image, ImageDraw

    western = not lang.lower().startswith(("zh", "ja", "ko"))
    measure = WIDTH - 2 * MARGIN
    img = Image.new("RGB", (WIDTH, HEIGHT), PAPER)
    draw = ImageDraw.Draw(img)

    # red double rule: the "red header" of an official document
    top = 560
    draw.rectangle((MARGIN, top, WIDTH - MARGIN, top + 12), fill=RED)
    draw.rectangle((MARGIN, top + 26, WIDTH - MARGIN, top + 29), fill=RED)

    # title: as large as fits in at most four lines
    y = top + 150
    for size in (120, 108, 96, 88, 80, 72, 64, 56):
        title_font = _font("serif", "bold", size)
        lines = _balanced(text.title, title_font, measure, western)
        if len(lines) <= 4:
            break
    y = _draw_lines(draw, lines, title_font, y, INK, 1.45)

    if text.subtitle:
        sub_font = _font("serif", "regular", 46)
        y += 70
        sub_lines = _balanced(text.subtitle, sub_font, measure - 120, western)
        _draw_lines(draw, sub_lines[:4], sub_font, y, GREY, 1.6)

    # foot: issuing body and date above a thin red rule
    foot = [s for s in (text.issuer, text.date) if s]
    foot_font = _font("sans", "regular", 50)
    y = HEIGHT - 330 - 80 * (len(foot) - 1)
    for item in foot:
        for line in wrap(item, foot_font, measure, western)[:2]:
            draw.text((WIDTH // 2, y), line, font=foot_font, fill=INK, anchor="ma")
            y += 80
    draw.rectangle((MARGIN, HEIGHT - 180, WIDTH - MARGIN, HEIGHT - 175), fill=RED)

    out = io.BytesIO()
    # zlib's default level, not `optimize`: the cover of the sample is 1.8 % larger (66.6 against
    # 65.5 KB) and costs 0.044 CPU-s instead of 0.092, on the chain a 1x build waits for last
    img.save(out, format="PNG")
    return out.getvalue()
