"""Shared fixtures: a reproducible environment, and the sample built once per test session."""
from __future__ import annotations

import os

import pytest

from common import SAMPLE, run_cli, script_module


@pytest.fixture(scope="session", autouse=True)
def _reproducible_env():
    os.environ.setdefault("SOURCE_DATE_EPOCH", "1262304000")  # 2010-01-01


@pytest.fixture(scope="session")
def sample_build(tmp_path_factory):
    """The sample through every stage into all three editions (built once per session)."""
    root = tmp_path_factory.mktemp("sample")
    code = run_cli("build", SAMPLE, "-o", root / "output", "--build-dir", root / "build", "-j", "2")
    assert code == 0, "pipeline build of the sample failed"
    return {
        "root": root,
        "xml": root / "build" / "hexi-2010.xml",
        "pdf": root / "output" / "hexi-2010.pdf",
        "docx": root / "output" / "hexi-2010.docx",
        "epub": root / "output" / "hexi-2010.epub",
    }


@pytest.fixture(scope="session", params=["gongwen", "large-print"])
def preset(request, tmp_path_factory):
    """The sample built in all three editions with one preset other than the default
    (each test taking it runs once per preset; built once per session)."""
    root = tmp_path_factory.mktemp(request.param)
    code = run_cli("build", SAMPLE, "--style", request.param, "-o", root / "out",
                   "--build-dir", root / "build", "-j", "2")
    assert code == 0, f"pipeline build --style {request.param} failed"
    files = {fmt: root / "out" / f"hexi-2010.{fmt}" for fmt in ("pdf", "docx", "epub")}
    return {"name": request.param, "root": root, "xml": root / "build" / "hexi-2010.xml", **files}


# Issue #11: engineers tuning the rules must not see held-out documents' results until the end.
# `-k "not (a2 or …)"` matched substrings of other names (`gb18030` holds `b1`, a print's `a5` paper
# size), so the guard deselects by the document a test is parametrized with instead.
def pytest_addoption(parser):
    parser.addoption("--skip-held-out", action="store_true",
                     help="deselect tests parametrized with a held-out corpus document (issue #11)")


def _names(value) -> list[str]:
    if isinstance(value, os.PathLike):
        return [os.path.basename(os.fspath(value))]
    return [value] if isinstance(value, str) else []


def pytest_collection_modifyitems(config, items):
    if not config.getoption("--skip-held-out"):
        return
    prefixes = script_module("accuracy").HELD_OUT
    held = [item for item in items if hasattr(item, "callspec") and any(
        name.startswith(prefixes) for value in item.callspec.params.values() for name in _names(value))]
    if held:
        config.hook.pytest_deselected(items=held)
        items[:] = [item for item in items if item not in held]
