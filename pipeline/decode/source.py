"""Read the input file's bytes (the only file I/O of the decode stage; the CLI calls it).

    >>> read_source(Path("examples/hexi-2010.txt"), 10 * 1024 * 1024)[:3]
    b'\\xe8\\xaf\\xb7'
"""
from __future__ import annotations

import errno
from pathlib import Path

from ..errors import InputError
from .size import too_large


def read_source(path: Path, max_size: int) -> bytes:
    """Return the bytes of `path`; a missing path, a directory or an unreadable file is an InputError."""
    path = Path(path)
    try:
        if path.is_dir():
            raise InputError(f"{path} is a directory, not a text file")
        size = path.stat().st_size
        if size > max_size:
            raise InputError(too_large(str(path), size, max_size))
        with path.open("rb") as handle:
            data = handle.read(max_size + 1)      # a pipe or device may not know its size
    except FileNotFoundError:
        raise InputError(f"{path} does not exist") from None
    except PermissionError:
        raise InputError(f"{path} cannot be read: permission denied") from None
    except OSError as exc:
        if exc.errno == errno.ENAMETOOLONG:
            raise InputError(f"{path} cannot be read: the file name is too long") from None
        raise InputError(f"{path} cannot be read: {exc.strerror or exc}") from None
    if len(data) > max_size:
        raise InputError(too_large(str(path), len(data), max_size))
    return data
