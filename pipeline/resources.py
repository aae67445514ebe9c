"""Where the project's data files live (styles, schema)."""
from __future__ import annotations

from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
REPO_DIR = PACKAGE_DIR.parent


def styles_dir() -> Path:
    """The styles/ folder: print CSS, EPUB CSS, reference DOCX (unzipped), Lua filters."""
    return REPO_DIR / "styles"
