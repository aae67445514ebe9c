"""`--skip-held-out` (tests/conftest.py) deselects exactly the held-out documents' tests (issue #11):
a substring guard such as `-k "not b1"` also dropped `gb18030` and `a5`-paper prints."""
from __future__ import annotations

import subprocess
import sys

from common import REPO


def _collected(*extra: str) -> set[str]:
    out = subprocess.run([sys.executable, "-m", "pytest", "-q", "--co", "-p", "no:cacheprovider",
                          "tests/corpus/test_floors.py", *extra],
                         cwd=REPO, capture_output=True, text=True, check=True).stdout
    return {line for line in out.splitlines() if "::" in line}


def test_skip_held_out_drops_the_held_out_documents_only():
    every, guarded = _collected(), _collected("--skip-held-out")
    dropped = every - guarded
    assert dropped and all(any(h in t for h in ("[a2_shaanxi", "[a5_qinghai", "[b1_national_1985", "[b4_national_2020",
                                                "[d1_sherlock", "[d2_udhr", "[d5_wikipedia")) for t in dropped)
    assert any("gb18030" in t for t in guarded) and any("_a5_" in t for t in guarded)
