"""`make docs`: the first body page of each style preset as a picture, for the README.

    python scripts/style_pictures.py examples/hexi-2010.txt docs/styles

The XML is built once; each preset renders its PDF into build/styles/<name>.pdf and
the page labelled "1" (the body's first page) is drawn at 60 dpi in 16 greys
into docs/styles/<name>.png — small enough to commit, large enough to see the look.
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pikepdf

from pipeline.cli import main
from pipeline.resources import preset_names

DPI = "60"


def first_body_page(pdf: Path) -> int:
    """1-based number of the page labelled "1"."""
    with pikepdf.open(pdf) as doc:
        labels = [page.label for page in doc.pages]
    return labels.index("1") + 1


def _shrink(png: Path) -> None:
    """16 levels of grey are plenty for type on white, and a third of the bytes."""
    from PIL import Image

    with Image.open(png) as image:
        small = image.convert("L").quantize(colors=16)
    small.save(png, optimize=True)


def draw(source: Path, out_dir: Path, build: Path = Path("build")) -> list[Path]:
    xml = build / f"{source.stem}.xml"
    if main(["-q", "xml", str(source), "-o", str(xml)]) != 0:
        raise SystemExit(f"cannot build the XML of {source}")
    out_dir.mkdir(parents=True, exist_ok=True)
    made = []
    for name in preset_names():
        pdf = build / "styles" / f"{name}.pdf"
        if main(["-q", "render", str(xml), "--to", "pdf", "--style", name, "-o", str(pdf)]) != 0:
            raise SystemExit(f"cannot render the {name} preset")
        page = str(first_body_page(pdf))
        subprocess.run(["pdftoppm", "-png", "-gray", "-r", DPI, "-f", page, "-l", page, "-singlefile",
                        str(pdf), str(out_dir / name)], check=True)
        _shrink(out_dir / f"{name}.png")
        made.append(out_dir / f"{name}.png")
        print(out_dir / f"{name}.png")
    return made


if __name__ == "__main__":
    draw(Path(sys.argv[1]), Path(sys.argv[2]))
