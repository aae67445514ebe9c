"""read_source: the CLI's one reading step turns file-system trouble into InputError."""
from __future__ import annotations

import os

import pytest

from pipeline.decode import read_source
from pipeline.errors import InputError


def test_reads_bytes(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(b"abc")
    assert read_source(path, 100) == b"abc"


def test_missing(tmp_path):
    with pytest.raises(InputError, match=r"nope.txt does not exist$"):
        read_source(tmp_path / "nope.txt", 100)


def test_directory(tmp_path):
    with pytest.raises(InputError, match="is a directory, not a text file$"):
        read_source(tmp_path, 100)


def test_over_size(tmp_path):
    path = tmp_path / "big.txt"
    path.write_bytes(b"x" * 2048)
    with pytest.raises(InputError, match="big.txt is 2 KB, over the 1 KB limit; raise it with --max-size$"):
        read_source(path, 1024)


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads any file")
def test_unreadable(tmp_path):
    path = tmp_path / "locked.txt"
    path.write_bytes(b"abc")
    path.chmod(0)
    with pytest.raises(InputError, match="cannot be read: permission denied$"):
        read_source(path, 100)
