"""SOURCES as folders and @lists, the manifest's records and what --resume counts as up to date."""
from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from pipeline.errors import InputError
from pipeline.manifest import Manifest, Record, build_key, output_entry, sha256_file
from pipeline.options import Options
from pipeline.sources import expand_sources


def _write(path: Path, text: str = "x") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_folder_stands_for_its_text_files_sorted_recursively(tmp_path):
    b = _write(tmp_path / "corpus" / "b.txt")
    a = _write(tmp_path / "corpus" / "2019" / "a.txt")
    _write(tmp_path / "corpus" / "notes.md")
    _write(tmp_path / "corpus" / ".hidden.txt")
    assert expand_sources([tmp_path / "corpus"]) == [a, b]


def test_list_file_paths_are_relative_to_the_list_and_each_file_counts_once(tmp_path):
    a = _write(tmp_path / "corpus" / "a.txt")
    b = _write(tmp_path / "corpus" / "sub" / "b.txt")
    listing = _write(tmp_path / "corpus" / "list.txt", "# the batch\na.txt\n\nsub/\na.txt\n")
    assert expand_sources([Path(f"@{listing}"), a]) == [a, b]


@pytest.mark.parametrize("make, message", [
    (lambda root: Path(f"@{root / 'missing.txt'}"), "does not exist"),
    (lambda root: Path("@" + str(_write(root / "empty.txt", "# nothing\n"))), "names no file"),
    (lambda root: (root / "empty-folder").mkdir() or root / "empty-folder", "no .txt file"),
])
def test_bad_lists_and_folders_are_input_errors(tmp_path, make, message):
    with pytest.raises(InputError, match=message):
        expand_sources([make(tmp_path)])


def test_a_missing_plain_file_is_left_for_the_front_half_to_report(tmp_path):
    assert expand_sources([tmp_path / "nope.txt"]) == [tmp_path / "nope.txt"]


def test_build_key_changes_with_options_formats_and_style(tmp_path, monkeypatch):
    base = build_key(Options(), ("pdf",))
    assert build_key(Options(), ("pdf",)) == base
    assert build_key(Options(paper="A5"), ("pdf",)) != base
    assert build_key(Options(), ("pdf", "epub")) != base
    styles = tmp_path / "styles"
    _write(styles / "print.css", "body{}")
    monkeypatch.setattr("pipeline.resources.styles_dir", lambda: styles)
    with_style = build_key(Options(), ("pdf",))
    assert with_style != base
    _write(styles / "print.css", "body{color:red}")
    assert build_key(Options(), ("pdf",)) != with_style


def _record(tmp_path, source: Path, key="k") -> Record:
    out = _write(tmp_path / "out" / f"{source.stem}.pdf", "pdf bytes")
    return Record(source=str(source), sha256=sha256_file(source), key=key, outputs=[output_entry(out)])


def test_up_to_date_needs_same_input_key_and_intact_outputs(tmp_path):
    source = _write(tmp_path / "a.txt", "text")
    manifest = Manifest(tmp_path / "out" / "manifest.jsonl")
    manifest.add(_record(tmp_path, source))
    reread = Manifest(tmp_path / "out" / "manifest.jsonl")
    digest = sha256_file(source)
    assert reread.up_to_date(str(source), digest, "k") is not None
    assert reread.up_to_date(str(source), digest, "other key") is None
    assert reread.up_to_date(str(source), "0" * 64, "k") is None
    (tmp_path / "out" / "a.pdf").write_text("changed", encoding="utf-8")
    assert reread.up_to_date(str(source), digest, "k") is None
    (tmp_path / "out" / "a.pdf").unlink()
    assert reread.up_to_date(str(source), digest, "k") is None


def test_a_failed_record_is_never_up_to_date(tmp_path):
    source = _write(tmp_path / "a.txt", "text")
    manifest = Manifest(tmp_path / "manifest.jsonl")
    manifest.add(dataclasses.replace(_record(tmp_path, source), status="failed", exit_code=3))
    assert manifest.up_to_date(str(source), sha256_file(source), "k") is None


def test_appended_lines_later_wins_torn_line_ignored_and_compact_keeps_one_per_document(tmp_path):
    path = tmp_path / "manifest.jsonl"
    a, b = _write(tmp_path / "a.txt", "a"), _write(tmp_path / "b.txt", "b")
    manifest = Manifest(path)
    manifest.add(dataclasses.replace(_record(tmp_path, a), status="failed"))
    manifest.add(_record(tmp_path, b))
    manifest.add(_record(tmp_path, a))
    with open(path, "a", encoding="utf-8") as f:
        f.write('{"source": "/torn')            # a batch killed while appending
    reread = Manifest(path)
    assert reread.records[str(a)].status == "ok"
    reread.add(_record(tmp_path, a, key="k2"))   # starts on a line of its own
    reread.compact()
    lines = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert [(Path(r["source"]).name, r["key"]) for r in lines] == [("a.txt", "k2"), ("b.txt", "k")]
