"""Where pandoc comes from: the binary bundled with pypandoc-binary (never a system pandoc
of unknown age), for the DOCX and EPUB renderers."""
from __future__ import annotations

from pathlib import Path

from ..errors import DependencyError


def pandoc_path(edition: str) -> str:
    try:
        import pypandoc
        path = pypandoc.get_pandoc_path()
    except (ImportError, OSError):
        path = ""
    if not path or not Path(path).exists():
        raise DependencyError(f"pandoc (for the {edition} edition)", "pip install pypandoc-binary")
    return path
