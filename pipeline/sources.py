"""Turn the SOURCES of `pipeline build` into a list of input files.

    pipeline build report.txt corpus/ @list.txt

A corpus is rarely typed out file by file: a folder stands for the `.txt` files in it (and
in its sub-folders, sorted, so a batch's order and its manifest are the same every run), and
`@list.txt` for the paths listed in it, one a line (blank lines and `#` comments skipped,
relative paths taken from the list's own folder, as a list is written next to its corpus).
"""
from __future__ import annotations

from pathlib import Path

from .errors import InputError

TEXT_SUFFIXES = (".txt",)


def expand_sources(sources: list[Path]) -> list[Path]:
    """Folders and @lists replaced by the files they name; each file once, in order."""
    out: list[Path] = []
    for source in sources:
        out.extend(_expand(Path(source)))
    seen, unique = set(), []
    for path in out:
        key = path.resolve()
        if key not in seen:
            seen.add(key)
            unique.append(path)
    return unique


def _expand(source: Path) -> list[Path]:
    text = str(source)
    if text.startswith("@") and len(text) > 1:
        return _read_list(Path(text[1:]))
    if source.is_dir():
        found = sorted(p for p in source.rglob("*") if p.is_file() and p.suffix.lower() in TEXT_SUFFIXES
                       and not p.name.startswith("."))
        if not found:
            raise InputError(f"{source} is a folder with no .txt file in it")
        return found
    return [source]


def _read_list(listing: Path) -> list[Path]:
    try:
        lines = listing.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        raise InputError(f"the list {listing} does not exist") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read the list {listing}: {getattr(exc, 'strerror', None) or exc}") from None
    out: list[Path] = []
    for line in lines:
        entry = line.strip()
        if not entry or entry.startswith("#"):
            continue
        path = Path(entry)
        if not path.is_absolute():
            path = listing.parent / path
        out.extend(_expand(path))
    if not out:
        raise InputError(f"the list {listing} names no file")
    return out
