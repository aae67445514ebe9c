"""The lock file pins every dependency with hashes, and this virtualenv runs what it pins.

`make setup` installs requirements.lock with --require-hashes, so a fresh machine gets the
versions the tests passed with; `make lock` refreshes it. These checks fail when a dependency
is added to pyproject.toml without `make lock`, or when the virtualenv drifts from the lock.
"""
from __future__ import annotations

import re
import tomllib
from importlib import metadata
from pathlib import Path

from packaging.markers import Marker
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

REPO = Path(__file__).resolve().parents[2]
LOCK = REPO / "requirements.lock"


def _pins() -> list[tuple[str, str, str, int]]:
    """(name, version, marker, number of hashes) for each entry of the lock."""
    pins, current = [], None
    for line in LOCK.read_text(encoding="utf-8").splitlines():
        m = re.match(r"^([A-Za-z0-9_.-]+)==([^ ;\\]+)\s*(?:;\s*([^\\]+?))?\s*\\?$", line)
        if m:
            current = [canonicalize_name(m.group(1)), m.group(2), (m.group(3) or "").strip(), 0]
            pins.append(current)
        elif "--hash=sha256:" in line and current is not None:
            current[3] += 1
    return [tuple(p) for p in pins]


def _applies(marker: str) -> bool:
    return not marker or Marker(marker).evaluate()


def test_every_declared_dependency_is_pinned_with_hashes():
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    declared = project["dependencies"] + project["optional-dependencies"]["test"]
    pins = _pins()
    assert pins and all(hashes >= 1 for _n, _v, _m, hashes in pins)
    pinned = {name for name, _v, marker, _h in pins if _applies(marker)}
    for requirement in map(Requirement, declared):
        assert canonicalize_name(requirement.name) in pinned, f"{requirement.name} is not in the lock: make lock"


def test_the_virtualenv_runs_the_locked_versions():
    drift = []
    for name, version, marker, _h in _pins():
        if not _applies(marker):
            continue
        try:
            installed = metadata.version(name)
        except metadata.PackageNotFoundError:
            drift.append(f"{name} {version} is not installed")
            continue
        if installed != version:
            drift.append(f"{name} {installed} installed, {version} locked")
    assert not drift, "; ".join(drift) + " (make setup installs the lock)"
