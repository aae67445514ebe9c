"""Where pandoc comes from: the binary bundled with pypandoc-binary (never a system pandoc
of unknown age), for the DOCX and EPUB renderers; and what of its messages a user sees."""
from __future__ import annotations

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
    try:
        import pypandoc
        path = pypandoc.get_pandoc_path()
    except (ImportError, OSError):
        path = ""
    if not path or not Path(path).exists():
        raise DependencyError(f"pandoc (for the {edition} edition)", "pip install pypandoc-binary")
    return path
