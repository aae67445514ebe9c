"""Styles: presets and style folders, files falling back to the default, CSS layered on it."""
import io
import zipfile

import pytest

from common import run_cli
from pipeline.errors import UsageError
from pipeline.resources import preset_names, styles_dir
from pipeline.style import load_style

PRESETS = ["report", "gongwen", "large-print"]


def test_the_three_presets_are_listed_with_a_line_each(capsys):
    assert preset_names() == ["report", "gongwen", "large-print"]
    assert run_cli("styles") == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split()[0] for line in lines] == PRESETS
    assert all(len(line.split()) > 4 for line in lines), "each preset has a description"


def test_the_default_is_report_and_has_one_folder():
    assert load_style("") == load_style("report")
    assert load_style("").folders == (styles_dir(),)


def test_a_preset_says_only_what_differs_and_falls_back_for_the_rest():
    style = load_style("gongwen")
    assert style.folders[-1] == styles_dir()
    assert style.file("epub-filter.lua") == styles_dir() / "epub-filter.lua"
    assert style.file("print.css") == style.folders[0] / "print.css"
    css = style.layered("print.css")
    default = (styles_dir() / "print.css").read_text(encoding="utf-8")
    assert css.startswith(default), "the default's rules come first"
    assert css.index("22 lines of 28 characters") > len(default), "the preset's rules win by coming later"


def test_reference_docx_parts_come_from_the_style_else_the_default():
    parts = load_style("gongwen").reference_parts()
    assert parts["word/styles.xml"].is_relative_to(load_style("gongwen").folders[0])
    assert parts["word/numbering.xml"] == styles_dir() / "reference-docx" / "word" / "numbering.xml"
    assert set(parts) == set(load_style("").reference_parts()) | {"word/footer2.xml"}, \
        "the default's parts, and the even pages' footer"


def test_a_style_folder_is_used_over_the_default(tmp_path):
    (tmp_path / "print.css").write_text("p { color: #333 }", encoding="utf-8")
    style = load_style(str(tmp_path))
    assert style.folders == (tmp_path.resolve(), styles_dir())
    assert style.layered("print.css").endswith("p { color: #333 }")
    assert style.own_files("pdf") == [tmp_path.resolve() / "print.css"]
    assert style.own_files("epub") == []


def test_an_unknown_style_is_a_usage_error(tmp_path, capsys):
    with pytest.raises(UsageError, match="neither a preset"):
        load_style("no-such-style")
    assert run_cli("render", tmp_path / "x.xml", "--to", "pdf", "--style", "no-such-style") == 2
    assert "report, gongwen, large-print" in capsys.readouterr().err


@pytest.mark.parametrize("preset", ["gongwen", "large-print"])
def test_style_init_copies_a_preset_that_then_builds_the_same_files(tmp_path, preset, capsys):
    target = tmp_path / "mine"
    assert run_cli("style", "init", target, "--from", preset) == 0
    own = load_style(preset).own_files()
    copied = sorted(p.relative_to(target) for p in target.rglob("*") if p.is_file())
    assert copied == sorted(p.relative_to(load_style(preset).folders[0]) for p in own)
    mine = load_style(str(target))
    assert mine.layered("print.css") == load_style(preset).layered("print.css")
    assert mine.reference_parts().keys() == load_style(preset).reference_parts().keys()


def test_style_init_from_report_copies_the_default_without_the_presets(tmp_path):
    target = tmp_path / "mine"
    assert run_cli("style", "init", target) == 0
    assert (target / "print.css").read_bytes() == (styles_dir() / "print.css").read_bytes()
    assert (target / "reference-docx" / "word" / "styles.xml").is_file()
    assert not (target / "presets").exists() and not (target / "__init__.py").exists()


def test_style_init_refuses_a_folder_with_files_and_an_unknown_preset(tmp_path):
    (tmp_path / "keep.txt").write_text("mine", encoding="utf-8")
    assert run_cli("style", "init", tmp_path) == 4
    assert (tmp_path / "keep.txt").read_text(encoding="utf-8") == "mine"
    assert run_cli("style", "init", tmp_path / "new", "--from", "nope") == 2


def test_style_files_lists_what_shapes_each_edition(capsys):
    assert run_cli("style", "files", "gongwen", "--to", "pdf") == 0
    names = [line.rsplit("/", 1)[-1] for line in capsys.readouterr().out.split()]
    assert sorted(names) == ["print.css", "style.toml"]
    assert run_cli("style", "files", "gongwen", "--to", "docx") == 0
    out = capsys.readouterr().out
    assert "reference-docx/word/styles.xml" in out and "print.css" not in out
    assert run_cli("style", "files", "report") == 0
    assert capsys.readouterr().out == "", "the default adds nothing over itself"


@pytest.mark.parametrize("preset", ["gongwen", "large-print"])
def test_presets_reference_docx_declares_east_asian_fonts(preset):
    from docx import Document
    from pipeline.render.docx.pandoc import _reference_docx

    data = _reference_docx(load_style(preset))
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        assert "word/document.xml" in z.namelist()
    styles = load_style(preset).reference_parts()["word/styles.xml"].read_text(encoding="utf-8")
    assert 'w:eastAsia="Noto Serif CJK SC"' in styles
    doc = Document(io.BytesIO(data))
    fonts = {s.name: s.element.rPr.rFonts.get(
        "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}eastAsia")
        for s in doc.styles if s.name in ("Heading 1", "Heading 2", "Title")}
    expected = {"gongwen": {"Heading 1": "Noto Sans CJK SC", "Heading 2": "LXGW WenKai",
                            "Title": "Noto Serif CJK SC"},
                "large-print": {"Heading 1": "Noto Sans CJK SC", "Heading 2": "Noto Sans CJK SC",
                                "Title": "Noto Sans CJK SC"}}[preset]
    assert fonts == expected


def test_a_style_font_file_is_found_beside_its_stylesheet_and_may_be_fetched(tmp_path):
    from pipeline.render.pdf.fetch import SafeFetcher

    (tmp_path / "fonts").mkdir()
    (tmp_path / "fonts" / "mine.otf").write_bytes(b"OTTO")
    (tmp_path / "print.css").write_text('@font-face { font-family: Mine; src: url(fonts/mine.otf) }\n'
                                        'p { background: url("https://example.org/x.png") }', encoding="utf-8")
    style = load_style(str(tmp_path))
    css = style.layered("print.css", absolute_urls=True)
    uri = (tmp_path / "fonts" / "mine.otf").resolve().as_uri()
    assert f'url("{uri}")' in css and 'url("https://example.org/x.png")' in css
    assert "url(fonts/mine.otf)" in style.layered("print.css"), "the EPUB's sheet is left as written"
    fetcher = SafeFetcher(set(), (styles_dir(), *style.own))
    assert fetcher.fetch(uri).read() == b"OTTO"
    assert SafeFetcher(set())._path(uri) is None, "without the style's folder it would be refused"
