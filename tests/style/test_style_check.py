"""A style's unknown CSS properties and missing fonts: warnings naming them; exit 5 for a package."""
import pytest

from common import run_cli
from pipeline import log
from pipeline.errors import DependencyError
from pipeline.style import load_style
from pipeline.style_check import check_style, unknown_properties


def _warnings_during(fn):
    first = len(log.collected)
    fn()
    return [str(w) for w in log.collected[first:]]


def test_unknown_properties_are_found_in_rules_page_margins_and_media():
    css = ("p { colr: red; -epub-hyphens: auto; --x: 1 }\n@page { size: A4; @top-left { contnt: 'x' } }\n"
           "@media print { h1 { font-sise: 1em } }\n@font-face { src: url(x.woff) }")
    assert [name for _, name in unknown_properties(css)] == ["colr", "contnt", "font-sise"]


@pytest.mark.parametrize("preset", ["report", "gongwen", "large-print"])
def test_the_presets_are_clean(preset):
    assert _warnings_during(lambda: check_style(load_style(preset))) == []


def test_a_style_folder_with_a_misspelt_property_and_an_unknown_font_warns(tmp_path):
    (tmp_path / "print.css").write_text('p {\n  colour: red;\n  font-family: "No Such Face Sans", serif }',
                                        encoding="utf-8")
    found = _warnings_during(lambda: check_style(load_style(str(tmp_path))))
    assert any("'colour'" in w and "print.css:2" in w for w in found), found
    assert any("'No Such Face Sans'" in w and "not installed" in w for w in found), found


def test_a_missing_font_with_a_package_is_exit_5_naming_it(tmp_path, capsys):
    (tmp_path / "print.css").write_text('h1 { font-family: "No Such Kai" }', encoding="utf-8")
    (tmp_path / "style.toml").write_text('description = "test"\n[fonts]\n"No Such Kai" = "fonts-no-such-kai"\n',
                                         encoding="utf-8")
    with pytest.raises(DependencyError, match="fonts-no-such-kai"):
        check_style(load_style(str(tmp_path)))
    # checked before any work: the XML named need not even exist
    assert run_cli("render", tmp_path / "missing.xml", "--to", "pdf", "--style", tmp_path) == 5
    err = capsys.readouterr().err
    assert "'No Such Kai'" in err and "apt-get install fonts-no-such-kai" in err


def test_a_docx_style_font_is_checked_too(tmp_path):
    word = tmp_path / "reference-docx" / "word"
    word.mkdir(parents=True)
    (word / "styles.xml").write_text('<w:rFonts w:eastAsia="No Such Song"/><w:lang w:eastAsia="zh-CN"/>',
                                     encoding="utf-8")
    found = _warnings_during(lambda: check_style(load_style(str(tmp_path))))
    assert any("'No Such Song'" in w for w in found) and not any("zh-CN" in w for w in found), found


def test_fonts_of_the_epub_are_the_readers_and_not_checked(tmp_path):
    (tmp_path / "epub.css").write_text('h1 { font-family: "Kaiti SC", serif }', encoding="utf-8")
    assert _warnings_during(lambda: check_style(load_style(str(tmp_path)))) == []


def test_a_style_gives_warnings_that_strict_turns_into_failure(tmp_path):
    (tmp_path / "print.css").write_text("p { colr: red }", encoding="utf-8")
    assert run_cli("--strict", "render", tmp_path / "missing.xml", "--to", "pdf", "--style", tmp_path) != 0
