"""Where the project's data files live: the styles, found as package data.

    from pipeline.resources import styles_dir, preset_dir
    styles_dir() / "print.css"          # the default style, `report`
    preset_dir("gongwen")               # a preset: only the files that differ

The repository keeps its styles in the top-level `styles/` folder (a readable diff
for every change of look); `pipeline/styles` links to it, and the wheel ships it as
package data. Everything is found through importlib.resources, so an installed
package and a checkout behave the same — never by a path beside the repository.
(The schema is found the same way, in pipeline/docbook/schema.py.)
"""
from __future__ import annotations

from importlib.resources import files
from pathlib import Path

DEFAULT_STYLE = "report"
PRESETS = "presets"     # styles/presets/<name>/: the presets other than the default


def styles_dir() -> Path:
    """The default style's folder: print CSS, EPUB CSS, reference DOCX (unzipped), Lua filters.

    pandoc and WeasyPrint need real files, so the package must be installed unzipped
    (pip always does that); a zipped import would be a bug in the installation.
    """
    root = files("pipeline").joinpath("styles")
    if not isinstance(root, Path) or not root.is_dir():
        raise RuntimeError(f"the package's styles are not a folder on disk: {root}")
    return root


def preset_names() -> list[str]:
    """The default style first, then the presets in alphabetical order."""
    folder = styles_dir() / PRESETS
    others = sorted(p.name for p in folder.iterdir() if p.is_dir()) if folder.is_dir() else []
    return [DEFAULT_STYLE] + others


def preset_dir(name: str) -> Path | None:
    """The folder of the preset `name`, or None when there is no such preset."""
    if name == DEFAULT_STYLE:
        return styles_dir()
    folder = styles_dir() / PRESETS / name
    return folder if name and "/" not in name and folder.is_dir() else None
