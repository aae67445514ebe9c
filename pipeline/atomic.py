"""Write files so that a reader never sees half of one."""
from __future__ import annotations

import os
import shutil
import stat
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from .errors import OutputError

# Temporary files being written now, so a process stopped by a signal can remove them.
_pending: set[Path] = set()

TEMP_NAME_CHARS = 120   # characters of the target's name kept in its temporary file's name


def remove_pending() -> None:
    """Delete every temporary file this process is still writing (called on SIGTERM)."""
    for path in list(_pending):
        try:
            path.unlink()
        except OSError:
            pass


def refuse_directory(target: Path, example: str = "") -> None:
    """An output path that names an existing folder is the user's mistake, not a bug: say so
    in one line (exit 4) before any work, instead of failing at the final rename."""
    if Path(target).is_dir():
        hint = f"; give a file path, e.g. {Path(target) / example}" if example else ""
        raise OutputError(f"cannot write {target}: it is a folder{hint}")


def _special_file(target: Path) -> bool:
    """`target` exists and is no regular file: a device or a pipe ('/dev/null', '/dev/stdout',
    a FIFO). Renaming over it would replace the device node itself (as root, /dev/null would
    become a plain file for every program on the machine), so it is written through instead."""
    try:
        mode = target.stat().st_mode   # follows a symlink: /dev/stdout -> /proc/self/fd/1
    except OSError:
        return False
    return not stat.S_ISREG(mode) and not stat.S_ISDIR(mode)


@contextmanager
def atomic_path(target: Path) -> Iterator[Path]:
    """Yield a temporary path beside `target`; rename it over `target` on success.

    On any failure the temporary file is removed and `target` is left as it was.
    The temporary name starts with '.' and ends in '.part', so it never matches a
    Make target pattern and Make's delete-on-interrupt never touches the real file.
    A device or pipe (`-o /dev/null`) gets the finished bytes written into it instead
    (`_special_file`); the temporary file then lives in the system's temporary folder.
    """
    target = Path(target)
    refuse_directory(target)
    special = _special_file(target)
    try:
        if not special:
            target.parent.mkdir(parents=True, exist_ok=True)
        # the name's first TEMP_NAME_CHARS characters: a long name (a corpus file's slug) plus the random part and
        # '.part' would pass the file system's 255 bytes where the target itself does not
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name[:TEMP_NAME_CHARS]}.", suffix=".part",
                                   dir=None if special else target.parent)
    except OSError as exc:
        raise OutputError(f"cannot write {target}: {exc.strerror or exc}") from None
    os.close(fd)
    tmp_path = Path(tmp)
    _pending.add(tmp_path)
    try:
        yield tmp_path
        if special:
            _write_through(tmp_path, target)
            tmp_path.unlink()
            return
        os.chmod(tmp_path, 0o644)
        os.replace(tmp_path, target)
    except BaseException:
        tmp_path.unlink(missing_ok=True)
        raise
    finally:
        _pending.discard(tmp_path)


def _write_through(finished: Path, target: Path) -> None:
    try:
        with open(finished, "rb") as src, open(target, "wb") as out:
            shutil.copyfileobj(src, out)
    except OSError as exc:
        raise OutputError(f"cannot write {target}: {exc.strerror or exc}") from None


def write_atomic(target: Path, data: bytes) -> None:
    """Write `data` to `target` atomically (temporary file in the same folder, then rename)."""
    with atomic_path(target) as tmp:
        try:
            tmp.write_bytes(data)
        except OSError as exc:
            raise OutputError(f"cannot write {target}: {exc.strerror or exc}") from None


def remove_stale_parts(folder: Path, names: tuple[str, ...]) -> list[Path]:
    """Remove the temporary files that a writer of `folder/NAME` left when it was killed
    outright (SIGKILL, a lost cluster node: no handler ran). Only for files no live writer
    owns any more, e.g. once a batch has finished a document on another worker."""
    removed = []
    for name in names:
        for path in Path(folder).glob(f".{name}.*.part"):
            try:
                path.unlink()
                removed.append(path)
            except OSError:
                pass
    return removed
