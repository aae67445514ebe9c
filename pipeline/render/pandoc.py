"""Where pandoc comes from: the binary bundled with pypandoc-binary (never a system pandoc
of unknown age), for the DOCX and EPUB renderers; and what of its messages a user sees."""
from __future__ import annotations

import functools
import importlib.util
import os
import re
from pathlib import Path

from ..errors import DependencyError
from ..log import debug

# pandoc's messages that say nothing about the document. It ships no translation file for
# Chinese, so it says so and then names each caption term it would have translated; the
# editions set their own labels (目录, 图1 …) and never use its terms.
KNOWN_NOISE = (
    re.compile(r"Could not load translations for "),
    re.compile(r"^\s*data file translations/\S+ not found$"),
    re.compile(r"The term \w+ has no translation defined"),
)


def report_stderr(stderr: bytes, edition: str) -> list[str]:
    """pandoc's stderr at -v, without the known noise; returns the lines kept."""
    kept = [line for line in stderr.decode("utf-8", "replace").splitlines()
            if line.strip() and not any(p.search(line) for p in KNOWN_NOISE)]
    for line in kept:
        debug("pandoc (%s): %s", edition, line)
    return kept


def pandoc_path(edition: str) -> str:
    """The bundled binary, found without importing pypandoc: its import (urllib, http.client)
    and get_pandoc_path (`pandoc --version` for every candidate) cost the DOCX + EPUB worker
    0.07 CPU-s and ~0.2 s on its chain (issue 16). pypandoc's own search only when the
    package ships no binary."""
    path = bundled_pandoc()
    if not path:
        try:
            import pypandoc
            path = pypandoc.get_pandoc_path()
        except (ImportError, OSError):
            path = ""
    if not path or not Path(path).exists():
        raise DependencyError(f"pandoc (for the {edition} edition)", "pip install pypandoc-binary")
    return path


@functools.lru_cache(maxsize=1)
def bundled_pandoc() -> str:
    """pypandoc-binary's pandoc (pypandoc/files/pandoc), or "" when it is not installed."""
    try:
        spec = importlib.util.find_spec("pypandoc")   # finds the package without running it
    except (ImportError, ValueError):
        return ""
    for folder in (spec.submodule_search_locations or []) if spec else []:
        binary = Path(folder) / "files" / "pandoc"
        if binary.is_file() and os.access(binary, os.X_OK):
            return str(binary)
    return ""
