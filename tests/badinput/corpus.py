"""Fixture: the bad-input corpus, generated into a temporary folder once per session (never committed).

Test modules import it: `from badinput.corpus import badinput_corpus  # noqa: F401`.
"""
from __future__ import annotations

import pytest

from badinput.generate import generate

_generated: dict[str, object] = {}


@pytest.fixture(scope="session")
def badinput_corpus(tmp_path_factory):
    """Folder holding one file per case (see tests/badinput/generate.py) and manifest.json."""
    if "root" not in _generated:
        root = tmp_path_factory.mktemp("badinput")
        generate(root)
        _generated["root"] = root
    return _generated["root"]
