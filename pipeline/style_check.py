"""Check a style before anything is rendered with it: properties it misspells, fonts it lacks.

    check_style(load_style("gongwen"))   # warnings; DependencyError (exit 5) for a font package

Why here and not in the renderers: WeasyPrint drops an unknown property silently
(into its own log) and fontconfig replaces a missing family with whatever it has,
so a style that names "LXGW WenKai" would quietly print in another face. Only the
style's own files are checked; the default style is tested with the project.
A family the style's `style.toml` maps to a Debian package is a missing
dependency (exit 5, naming the package); any other missing family is a warning.
"""
from __future__ import annotations

import re

import tinycss2

from .errors import DependencyError
from .log import warn
from .style import REFERENCE_DOCX, Style

CSS_FILES = ("print.css", "epub.css")
# the fonts that must be on this machine: the PDF's, and the DOCX's (LibreOffice lays it out
# to number the contents); the EPUB names faces of its readers' devices and embeds none
FONT_FILES = ("print.css",)
# at-rules whose blocks hold descriptors, not properties
DESCRIPTOR_RULES = {"font-face", "counter-style", "font-feature-values", "property"}
# standard properties that EPUB readers apply and WeasyPrint does not (epub.css uses them)
READER_PROPERTIES = {"line-break", "writing-mode", "text-orientation", "text-combine-upright",
                     "text-emphasis", "text-emphasis-style", "text-emphasis-position",
                     "text-emphasis-color", "ruby-position", "ruby-align"}
_RFONTS = re.compile(r"<w:rFonts\b[^>]*>")
_FACE = re.compile(r'w:(?:ascii|hAnsi|eastAsia|cs)="([^"]+)"')


def known_properties() -> frozenset[str]:
    """Every property WeasyPrint understands, shorthands included."""
    from weasyprint.css.validation.expanders import EXPANDERS
    from weasyprint.css.validation.properties import PROPERTIES
    return frozenset(name.replace("_", "-") for name in (*PROPERTIES, *EXPANDERS, *READER_PROPERTIES))


def unknown_properties(css: str) -> list[tuple[int, str]]:
    """(line, name) of each declaration whose property is unknown; custom (--x) and
    vendor-prefixed (-epub-x) properties are left to their readers."""
    known = known_properties()
    found: list[tuple[int, str]] = []

    def walk(nodes) -> None:
        for node in nodes:
            if node.type == "declaration":
                name = node.lower_name
                if not name.startswith("-") and name not in known:
                    found.append((node.source_line, node.name))
            elif node.type == "qualified-rule":
                walk(tinycss2.parse_blocks_contents(node.content, skip_comments=True,
                                                    skip_whitespace=True))
            elif node.type == "at-rule" and node.content is not None:
                if node.lower_at_keyword in DESCRIPTOR_RULES:
                    continue
                walk(tinycss2.parse_blocks_contents(node.content, skip_comments=True,
                                                    skip_whitespace=True))

    walk(tinycss2.parse_stylesheet(css, skip_comments=True, skip_whitespace=True))
    return found


def named_families(style: Style) -> list[str]:
    """Quoted families of the style's own print CSS and fonts of its own reference DOCX styles."""
    names: list[str] = []
    for folder in style.own:
        for name in FONT_FILES:
            if (folder / name).is_file():
                from .render.pdf.glyphs import stylesheet_families   # the PDF renderer: only for a print.css

                names += stylesheet_families((folder / name).read_text(encoding="utf-8"))
        styles_xml = folder / REFERENCE_DOCX / "word" / "styles.xml"
        if styles_xml.is_file():
            for element in _RFONTS.findall(styles_xml.read_text(encoding="utf-8")):
                names += _FACE.findall(element)
    return list(dict.fromkeys(names))


def check_style(style: Style) -> None:
    """Warn about the style's unknown CSS properties and missing fonts; exit 5 for a
    missing font whose Debian package the style names.

    The default style has no own files, so nothing is imported for it: the PDF renderer's
    package (WeasyPrint, ~0.5 s of CPU with the library look-ups it runs) is loaded only
    for a style that names fonts, not by every `pipeline render --to docx`."""
    where = f"style {style.name}"
    for folder in style.own:
        for name in CSS_FILES:
            path = folder / name
            if path.is_file():
                for line, prop in unknown_properties(path.read_text(encoding="utf-8")):
                    warn(f"unknown CSS property {prop!r} (ignored)", f"{path}:{line}")
    packages = style.settings()["fonts"]
    families = named_families(style)
    if families:
        from .render.pdf.glyphs import faces
    for family in families:
        if faces(family):
            continue
        if packages.get(family):
            raise DependencyError(f"the font {family!r} of {where}", f"apt-get install {packages[family]}")
        if family not in packages:
            warn(f"the font {family!r} is not installed; another face will stand in for it",
                 where)
