"""A style: the folder of files that gives the editions their look, over the default.

    style = load_style("gongwen")        # a preset name, a style folder, or "" (report)
    css = style.layered("print.css")     # the default's rules, then the style's
    style.file("epub-filter.lua")        # the style's file, or the default's

A style folder holds some of the files of `styles/` (print.css, epub.css, the
unzipped reference-docx/, the Lua filters) and a `style.toml` (a one-line
description and the Debian package of each font it names). Why files fall back:
a preset says only what differs, so a fix to the default reaches every preset.
Why CSS is layered rather than replaced: a style's stylesheet is the default's
plus its own rules (later rules win), so it never has to repeat the contract the
renderer and the verifier rely on (page groups, margin bands, page-number text).
"""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .atomic import write_atomic
from .errors import InputError, OutputError, UsageError
from .resources import DEFAULT_STYLE, PRESETS, preset_dir, preset_names, styles_dir

SETTINGS = "style.toml"
REFERENCE_DOCX = "reference-docx"
LAYERED = ("print.css", "epub.css")
# which files shape which edition (Make's dependencies, `pipeline style files --to`)
EDITION_FILES = {
    "pdf": ("print.css",),
    "epub": ("epub.css", "*.lua"),
    "docx": (f"{REFERENCE_DOCX}/**/*", "*.lua"),
}


@dataclass(frozen=True)
class Style:
    name: str                   # the preset's name, or the folder as the user gave it
    folders: tuple[Path, ...]   # most specific first; the default style's folder last

    @property
    def own(self) -> tuple[Path, ...]:
        """The folders this style adds over the default (none for `report`)."""
        return self.folders[:-1]

    def file(self, relative: str) -> Path:
        """The first folder's copy of `relative`, down to the default's."""
        for folder in self.folders:
            if (folder / relative).is_file():
                return folder / relative
        return self.folders[-1] / relative

    def layered(self, relative: str, *, absolute_urls: bool = False) -> str:
        """Every folder's copy of a stylesheet, the default's first (the style's rules win).

        WeasyPrint reads the layered sheet with the default's base URL, so for it
        (`absolute_urls`) a style's relative url() — a font file of its own — is made
        absolute to the style's folder."""
        layers = [f for f in reversed(self.folders) if (f / relative).is_file()]
        texts = [(f / relative).read_text(encoding="utf-8") for f in layers]
        if absolute_urls:
            texts = [t if f == self.folders[-1] else _absolute_urls(t, f) for f, t in zip(layers, texts)]
        return "\n".join(texts)

    def reference_parts(self) -> dict[str, Path]:
        """The reference DOCX's parts: each from the most specific folder that has it."""
        parts: dict[str, Path] = {}
        for folder in reversed(self.folders):
            base = folder / REFERENCE_DOCX
            if base.is_dir():
                parts.update({p.relative_to(base).as_posix(): p
                              for p in sorted(base.rglob("*")) if p.is_file()})
        return parts

    def settings(self) -> dict:
        """style.toml of every folder merged, the style's own values winning."""
        merged: dict = {"description": "", "fonts": {}}
        for folder in reversed(self.folders):
            path = folder / SETTINGS
            if not path.is_file():
                continue
            try:
                data = tomllib.loads(path.read_text(encoding="utf-8"))
            except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
                raise InputError(f"{path}: not a valid style.toml: {exc}") from None
            merged["description"] = str(data.get("description", merged["description"]))
            merged["fonts"] = {**merged["fonts"], **dict(data.get("fonts", {}))}
        return merged

    def own_files(self, edition: str = "") -> list[Path]:
        """The files of the style's own folders (for an edition, those that shape it)."""
        patterns = EDITION_FILES.get(edition, ("**/*",)) + (SETTINGS,)
        found = {p for folder in self.own for pattern in patterns
                 for p in folder.glob(pattern) if p.is_file()}
        return sorted(found)


_URL = re.compile(r"""url\(\s*(['"]?)([^'")\s]+)\1\s*\)""")
_SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:")


def _absolute_urls(css: str, folder: Path) -> str:
    """Relative url() references of `css` made file: URIs under `folder`."""
    def absolute(m: re.Match) -> str:
        ref = m.group(2)
        if _SCHEME.match(ref) or ref.startswith(("/", "#")):
            return m.group(0)
        return f'url("{(folder / ref).resolve().as_uri()}")'
    return _URL.sub(absolute, css)


@lru_cache(maxsize=None)
def load_style(spec: str = "") -> Style:
    """The style named by `spec`: "" or "report" (the default), a preset, or a folder."""
    default = styles_dir()
    if spec in ("", DEFAULT_STYLE):
        return Style(DEFAULT_STYLE, (default,))
    preset = preset_dir(spec)
    if preset is not None:
        return Style(spec, (preset, default))
    folder = Path(spec).expanduser()
    if folder.is_dir():
        return Style(spec, (folder.resolve(), default))
    raise UsageError(f"--style {spec!r} is neither a preset ({', '.join(preset_names())}) "
                     "nor a style folder")


def init_style(folder: Path, preset: str = DEFAULT_STYLE) -> list[Path]:
    """Copy the preset's own files into `folder` (which must be new or empty); return them.

    For `report` that is the default style itself (its presets left out), so a user
    starts from every rule there is; for another preset, the files that make it
    differ — the rest keeps coming from the default, as it does for the preset.
    """
    source = preset_dir(preset)
    if source is None:
        raise UsageError(f"--from {preset!r}: no such preset ({', '.join(preset_names())})")
    if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        raise OutputError(f"{folder}: exists and is not an empty folder; give a new one")
    skip = {PRESETS, "__pycache__", "__init__.py"}
    written = []
    for path in sorted(source.rglob("*")):
        relative = path.relative_to(source)
        if not path.is_file() or skip & set(relative.parts):
            continue
        target = folder / relative
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            write_atomic(target, path.read_bytes())
        except OSError as exc:
            raise OutputError(f"cannot write {target}: {exc.strerror or exc}") from None
        written.append(target)
    return written
