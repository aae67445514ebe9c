"""The corrections sidecar: `<stem>.pipeline.yaml` beside the source (or `--corrections FILE`).

    corrections = load_corrections(Path("report.txt"))     # reads report.pipeline.yaml if it exists
    corrections.drop, corrections.headings, corrections.title

WHY a sidecar: a user who sees a wrong title, a leaked menu line or a heading at the wrong
level should be able to fix the result without editing the source (which may be
re-downloaded) and without waiting for a rule. The file is YAML, as pandoc users write
metadata; only a fixed set of keys is accepted, so a typo is an error, not a silent no-op.

A corrections file is a few lines written by hand, so anything unusual in it is refused with
one line before any YAML object is built: more than MAX_BYTES, anchors and aliases (the
'billion laughs' bomb), explicit tags, deep nesting, bytes that are not UTF-8.
"""
from __future__ import annotations

import dataclasses
import functools
import re
from pathlib import Path

from .errors import InputError
from .model import Corrections, Document, Figures, LineRef
from .options import Options

SUFFIX = ".pipeline.yaml"
MAX_BYTES = 256 * 1024
MAX_DEPTH = 8
MAX_LEVEL = 6
KEYS = ("title", "subtitle", "author", "date", "lang", "drop", "keep", "headings", "figures")
FIGURE_KEYS = ("exclude",)
ISO_DATE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")
LANG = re.compile(r"^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$")


def sidecar_path(source: Path) -> Path:
    """report.txt -> report.pipeline.yaml, in the same folder (what Make lists as a prerequisite)."""
    source = Path(source)
    return source.with_name((source.stem if source.suffix else source.name) + SUFFIX)


def load_corrections(source: Path, explicit: Path | None = None,
                     normalise=lambda text: text) -> Corrections:
    """The corrections for `source`: `explicit` if given (it must exist), else the sidecar if there is one.

    `normalise` is the cleaner's typography (so a line given as normalised text matches)."""
    path = Path(explicit) if explicit else sidecar_path(source)
    if not explicit and not path.is_file():
        return Corrections()
    if path.exists() and not path.is_file() and not path.is_dir():
        raise InputError(f"corrections file {path} is not a regular file")   # a FIFO would block
    try:
        with open(path, "rb") as handle:
            data = handle.read(MAX_BYTES + 1)
    except FileNotFoundError:
        raise InputError(f"corrections file {path} does not exist") from None
    except IsADirectoryError:
        raise InputError(f"corrections file {path} is a directory") from None
    except OSError as exc:
        raise InputError(f"cannot read corrections file {path}: {exc.strerror or exc}") from None
    if len(data) > MAX_BYTES:
        raise InputError(f"{path}: larger than {MAX_BYTES // 1024} KB; a corrections file is a few lines")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}: not UTF-8 text (byte {exc.start})") from None
    return parse_corrections(text, str(path), normalise)


@functools.cache
def _loader():
    """The YAML loader, made (and PyYAML imported: ~0.005 CPU-s) only when a corrections file
    exists: a build without one never needs it, and the build's front half is on the way to
    the PDF's layout (bench/results.md, "speed2")."""
    import yaml

    class _Loader(yaml.SafeLoader):
        """safe_load where timestamps and floats stay text (`date: 2010-01-05`, a line `2026-02-02 09:20`,
        a line `3.50`, written as in the source), and a key given twice is an error, not 'the last wins'."""

        def construct_mapping(self, node, deep=False):
            seen = set()
            for key_node, _ in node.value:
                key = self.construct_object(key_node, deep=deep)
                if not isinstance(key, (str, int)):
                    continue  # unhashable keys are refused by the base class
                if key in seen:
                    raise yaml.constructor.ConstructorError(None, None, f"{key!r} is given twice", key_node.start_mark)
                seen.add(key)
            return super().construct_mapping(node, deep=deep)

    _Loader.yaml_implicit_resolvers = {
        first: [(tag, regexp) for tag, regexp in resolvers if tag not in _TEXT_TAGS]
        for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()}
    return _Loader


_TEXT_TAGS = ("tag:yaml.org,2002:timestamp", "tag:yaml.org,2002:float")


def _safe_yaml(text: str, name: str):
    """safe_load, after refusing what a hand-written file never needs (anchors, aliases, tags, deep nesting)."""
    import yaml

    depth = 0
    try:
        for token in yaml.scan(text, Loader=yaml.SafeLoader):
            if isinstance(token, (yaml.AnchorToken, yaml.AliasToken)):
                raise InputError(f"{name}: line {token.start_mark.line + 1}: anchors and aliases (&, *) "
                                 "are not allowed in a corrections file")
            if isinstance(token, yaml.TagToken):
                raise InputError(f"{name}: line {token.start_mark.line + 1}: tags (!) "
                                 "are not allowed in a corrections file")
            if isinstance(token, (yaml.BlockMappingStartToken, yaml.BlockSequenceStartToken,
                                  yaml.FlowMappingStartToken, yaml.FlowSequenceStartToken)):
                depth += 1
                if depth > MAX_DEPTH:
                    raise InputError(f"{name}: line {token.start_mark.line + 1}: nested more than "
                                     f"{MAX_DEPTH} levels deep")
            elif isinstance(token, (yaml.BlockEndToken, yaml.FlowMappingEndToken, yaml.FlowSequenceEndToken)):
                depth -= 1
        # a pandoc user may fence the block with '---' lines: an empty document around it is fine
        documents = [d for d in yaml.load_all(text, Loader=_loader()) if d is not None]  # noqa: S506
        if len(documents) > 1:
            raise InputError(f"{name}: holds {len(documents)} YAML documents; put every key in one")
        return documents[0] if documents else None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}: " if mark else ""
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise InputError(f"{name}: {where}not valid YAML: {problem}") from None
    except RecursionError:
        raise InputError(f"{name}: nested too deeply") from None


def _scalar(value, key: str, name: str) -> str:
    if isinstance(value, bool) or value is None or isinstance(value, (list, dict)):
        raise InputError(f"{name}: {key}: expected text, got {_kind(value)}")
    return str(value).strip()


def _kind(value) -> str:
    return {bool: "true/false", type(None): "nothing", list: "a list", dict: "a mapping"}.get(
        type(value), type(value).__name__)


def _ref(value, key: str, name: str, normalise) -> LineRef:
    """A line: its 1-based number, or its text."""
    if isinstance(value, bool) or not isinstance(value, (int, str)):
        raise InputError(f"{name}: {key}: a line is a number or a text, got {_kind(value)}")
    if isinstance(value, int):
        if value < 1:
            raise InputError(f"{name}: {key}: line numbers start at 1, got {value}")
        return LineRef(number=value)
    text = str(value).strip()
    if not text:
        raise InputError(f"{name}: {key}: an empty line text matches every blank line; give a number")
    return LineRef(text=text, normalised=normalise(text).strip())


def _refs(value, key: str, name: str, normalise) -> tuple[LineRef, ...]:
    items = value if isinstance(value, list) else [value]
    return tuple(_ref(item, key, name, normalise) for item in items)


def _headings(value, name: str, normalise) -> tuple[tuple[LineRef, int], ...]:
    if not isinstance(value, dict):
        raise InputError(f"{name}: headings: expected a mapping of line text to level, got {_kind(value)}")
    out = []
    for line, level in value.items():
        ref = _ref(line, "headings", name, normalise)
        if isinstance(level, bool) or not isinstance(level, int) or not 0 <= level <= MAX_LEVEL:
            raise InputError(f"{name}: headings: {ref}: level must be a number 0-{MAX_LEVEL} "
                             f"(0 = not a heading), got {level!r}")
        out.append((ref, level))
    return tuple(out)


def _figures(value, name: str) -> tuple[str, ...]:
    if not isinstance(value, dict):
        raise InputError(f"{name}: figures: expected a mapping with exclude:, got {_kind(value)}")
    unknown = [k for k in value if k not in FIGURE_KEYS]
    if unknown:
        raise InputError(f"{name}: figures: unknown key {unknown[0]!r} (known: {', '.join(FIGURE_KEYS)})")
    items = value.get("exclude") or []
    items = items if isinstance(items, list) else [items]
    return tuple(_scalar(item, "figures: exclude", name) for item in items)


def parse_corrections(text: str, name: str = "corrections", normalise=lambda text: text) -> Corrections:
    """YAML text -> Corrections; InputError (naming the file and the key) for anything not understood."""
    data = _safe_yaml(text, name)
    if data is None:
        return Corrections(source=name)
    if not isinstance(data, dict):
        raise InputError(f"{name}: expected a mapping of keys ({', '.join(KEYS)}), got {_kind(data)}")
    unknown = [k for k in data if k not in KEYS]
    if unknown:
        raise InputError(f"{name}: unknown key {str(unknown[0])!r} (known: {', '.join(KEYS)})")
    if isinstance(data.get("author"), list) and len(data["author"]) == 1:
        data["author"] = data["author"][0]   # pandoc's list form, with the one author it can hold
    fields = {key: _scalar(data[key], key, name) for key in ("title", "subtitle", "author", "date", "lang")
              if key in data}
    if fields.get("date") and not ISO_DATE.match(fields["date"]):
        raise InputError(f"{name}: date: expected YYYY, YYYY-MM or YYYY-MM-DD, got {fields['date']!r}")
    if fields.get("lang") and not LANG.match(fields["lang"]):
        raise InputError(f"{name}: lang: expected a language tag such as zh-CN or en, got {fields['lang']!r}")
    return Corrections(
        source=name, **fields,
        drop=_refs(data["drop"], "drop", name, normalise) if data.get("drop") is not None else (),
        keep=_refs(data["keep"], "keep", name, normalise) if data.get("keep") is not None else (),
        headings=_headings(data["headings"], name, normalise) if data.get("headings") is not None else (),
        exclude_figures=_figures(data["figures"], name) if data.get("figures") is not None else (),
    )


def corrections_for(source: Path, options: Options) -> Corrections:
    """The sidecar beside `source` (or --corrections FILE); no corrections if there is none."""
    from .clean import normalise_line

    return load_corrections(Path(source), Path(options.corrections) if options.corrections else None,
                            normalise=normalise_line)


def with_corrections(options: Options, corrections: Corrections) -> Options:
    """The sidecar's title, author, date and lang go the way --title etc. go (its subtitle,
    which has no flag, is set by with_subtitle); a flag given on the command line wins."""
    fields = {key: getattr(corrections, key) for key in ("title", "author", "date", "lang")
              if getattr(corrections, key) and not getattr(options, key)}
    return dataclasses.replace(options, **fields) if fields else options


def with_subtitle(document: Document, corrections: Corrections) -> Document:
    """The sidecar's subtitle (a dateline or a thematic line; there is no flag for it)."""
    return dataclasses.replace(document, subtitle=corrections.subtitle) if corrections.subtitle else document


def exclude_figures(figures: Figures, document: Document, corrections: Corrections, reuse=None,
                    draw: bool = True) -> Figures:
    """Leave the statistics the user named (by the value as written, as shown, or by id) out of the
    appendix and the charts; InputError for a value that matches no statistic. `draw`: as in
    make_charts."""
    wanted = set(corrections.exclude_figures)
    if not wanted:
        return figures
    from .figures import key_figures, make_charts, paragraph_texts

    def names(record) -> set[str]:
        return {record.mention, record.mention.replace(" ", ""), record.display, record.id}

    unmatched = [v for v in corrections.exclude_figures if not any(v in names(r) for r in figures.records)]
    if unmatched:
        raise InputError(f"{corrections.source or 'corrections'}: figures: exclude: {unmatched[0]!r} "
                         "matches no statistic of the text")
    records = tuple(r for r in figures.records if not wanted & names(r))
    # the charts drawn a moment ago (their warnings already said: "said")
    reuse = {**(reuse or {}), **{c.key: {"png": c.png, "svg": c.svg, "pdf": c.pdf, "warnings": c.warnings,
                                         "said": True} for c in figures.charts}}
    return Figures(records, make_charts(records, lang=document.lang, title=document.title, reuse=reuse,
                                        draw=draw), key_figures(records, texts=paragraph_texts(document)))
