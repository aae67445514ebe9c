"""The LibreOffice profile kept for every office (pipeline/render/docx/profile.py): an office
keeps the profile it made before its first conversion, the next ones start from a copy, and a
page pass finds the same page numbers as LibreOffice with an empty profile."""
from __future__ import annotations

import io
import re
import zipfile

import pytest

from pipeline.render.docx import profile
from pipeline.render.docx.office import Office
from pipeline.render.docx.pages import PDF_FILTER, locate_pages, soffice_path

needs_soffice = pytest.mark.skipif(soffice_path() is None, reason="LibreOffice not installed")


@pytest.fixture
def cache(tmp_path, monkeypatch):
    """A cache folder of this test's own: no profile kept yet."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.delenv(profile.ENV_SWITCH, raising=False)
    return tmp_path / "cache"


def test_the_kept_profile_is_per_installation_and_can_be_switched_off(cache, monkeypatch, tmp_path):
    kept = profile.template("/usr/bin/soffice")
    assert kept is not None and kept.parent == cache / "pipeline"
    assert profile.template("/usr/bin/soffice") == kept
    assert profile.template(str(tmp_path / "other" / "soffice")) != kept, "another installation, another profile"
    monkeypatch.setenv(profile.ENV_SWITCH, "fresh")
    assert profile.template("/usr/bin/soffice") is None
    assert not profile.seed(tmp_path / "p", "/usr/bin/soffice")


def test_a_profile_caught_while_written_is_not_kept(cache, tmp_path):
    made = tmp_path / "made"
    (made / "user").mkdir(parents=True)
    (made / "user" / "registrymodifications.xcu").write_text('<?xml version="1.0"?><oor:items xmlns:oor="x">')
    assert not profile.save(made, "/usr/bin/soffice")
    assert not profile.template("/usr/bin/soffice").exists()
    (made / "user" / "registrymodifications.xcu").write_text('<?xml version="1.0"?><items/>')
    (made / "user" / ".lock").write_text("host")
    assert profile.save(made, "/usr/bin/soffice")
    kept = profile.template("/usr/bin/soffice")
    assert (kept / "user" / "registrymodifications.xcu").exists() and not (kept / "user" / ".lock").exists()
    assert not profile.save(made, "/usr/bin/soffice"), "the first kept copy stays"
    assert profile.seed(tmp_path / "copy", "/usr/bin/soffice")
    assert (tmp_path / "copy" / "user" / "registrymodifications.xcu").read_text() == '<?xml version="1.0"?><items/>'


def _anchors(docx: bytes) -> list[str]:
    with zipfile.ZipFile(io.BytesIO(docx)) as z:
        xml = z.read("word/document.xml").decode("utf-8")
    return sorted(set(re.findall(r'w:name="(_Toc\d+)"', xml)))


@pytest.mark.slow
@needs_soffice
def test_offices_from_the_kept_profile_find_the_same_pages(cache, monkeypatch, sample_build):
    docx = sample_build["docx"].read_bytes()
    anchors = _anchors(docx)
    monkeypatch.setenv(profile.ENV_SWITCH, "fresh")
    empty = locate_pages(docx, anchors)   # a LibreOffice of its own, empty profile
    assert empty and len(set(empty.values())) > 5
    monkeypatch.delenv(profile.ENV_SWITCH)

    first = Office(soffice_path())
    try:
        assert not first.seeded, "nothing kept yet: LibreOffice makes the profile"
        pdf, why = first.convert(docx, PDF_FILTER, 120)
        assert pdf, why
    finally:
        first.close()
    kept = profile.template(soffice_path())
    assert (kept / "user").is_dir(), "the first office kept its profile"
    assert not list(kept.rglob(".lock"))

    second = Office(soffice_path())
    try:
        assert second.seeded, "the next office starts from the kept copy"
        assert second.wait_ready()
        from pipeline.render.docx import office as office_module

        monkeypatch.setattr(office_module, "_current", second)
        assert locate_pages(docx, anchors) == empty
    finally:
        office_module._current = None
        second.close()
    assert locate_pages(docx, anchors) == empty, "a LibreOffice of its own from the kept copy"


def _keep_one(soffice: str, tmp_path) -> None:
    made = tmp_path / "made"
    (made / "user").mkdir(parents=True)
    (made / "user" / "registrymodifications.xcu").write_text('<?xml version="1.0"?><items/>')
    assert profile.save(made, soffice)


def test_a_pass_that_fails_from_the_kept_profile_runs_again_from_an_empty_one(cache, tmp_path, monkeypatch):
    from pipeline.render.docx import pages

    _keep_one("/usr/bin/soffice", tmp_path)
    calls = []

    def run(soffice, folder, timeout):
        calls.append((folder / "profile" / "user" / "registrymodifications.xcu").exists())
        return (None, "it broke") if len(calls) == 1 else (b"%PDF-", "")

    monkeypatch.setattr(pages, "_run_alone", run)
    assert pages._convert_alone("/usr/bin/soffice", b"docx", 10) == b"%PDF-"
    assert calls == [True, False], "first from the copy, then from an empty profile"
    assert not profile.template("/usr/bin/soffice").exists(), "the copy it failed from is not kept"


def test_a_timeout_is_not_taken_for_a_broken_profile(cache, tmp_path, monkeypatch):
    from pipeline.render.docx import pages

    _keep_one("/usr/bin/soffice", tmp_path)
    calls = []
    monkeypatch.setattr(pages, "_run_alone", lambda *a: calls.append(1) or (None, "timeout"))
    assert pages._convert_alone("/usr/bin/soffice", b"docx", 10) is None
    assert calls == [1] and profile.template("/usr/bin/soffice").exists()


@needs_soffice
def test_an_office_that_does_not_start_from_the_kept_profile_forgets_it(cache, tmp_path, monkeypatch):
    _keep_one(soffice_path(), tmp_path)
    office = Office(soffice_path())
    try:
        assert office.from_copy
        monkeypatch.setattr(office, "wait_ready", lambda timeout=0: False)
        pdf, why = office.convert(b"docx", PDF_FILTER, 10)
        assert pdf is None and "not running" in why
        assert not profile.template(soffice_path()).exists()
    finally:
        office.close()


# ---- the version stamp that skips LibreOffice's graphics self-tests --------------------------------

LO_SETTINGS = ('<?xml version="1.0" encoding="UTF-8"?>\n<oor:items xmlns:oor="http://openoffice.org/2001/registry">\n'
               '<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooLocale" oor:op="fuse">'
               '<value>en-US</value></prop></item>\n</oor:items>\n')


def _installation(tmp_path, version: str = "7.4"):
    """A LibreOffice installation as far as skip_self_tests looks: program/soffice and the
    configuration that names its version (the schema's empty declaration first, as in main.xcd)."""
    program = tmp_path / "lo" / "program"
    program.mkdir(parents=True)
    (program / "soffice").write_text("")
    (tmp_path / "lo" / "share" / "registry").mkdir(parents=True)
    (tmp_path / "lo" / "share" / "registry" / "main.xcd").write_text(
        '<oor:data><prop oor:name="ooSetupVersion" oor:type="xs:string" oor:nillable="false">\n<value/>\n'
        f'</prop>\n<prop oor:name="ooSetupVersion">\n        <value>{version}</value>\n      </prop></oor:data>')
    profile.installed_version.cache_clear()
    return str(program / "soffice")


def test_the_version_stamp_goes_into_a_copy_and_into_an_empty_profile(tmp_path):
    soffice = _installation(tmp_path)
    assert profile.installed_version(soffice) == b"7.4"
    copy = tmp_path / "copy"
    (copy / "user").mkdir(parents=True)
    (copy / profile.SETTINGS).write_text(LO_SETTINGS)
    assert profile.skip_self_tests(copy, soffice)
    text = (copy / profile.SETTINGS).read_text()
    assert 'oor:name="ooLocale"' in text, "what LibreOffice wrote stays"
    assert text.count("<value>7.4</value>") == 1 and text.rstrip().endswith("</oor:items>")
    assert profile.skip_self_tests(copy, soffice) and (copy / profile.SETTINGS).read_text() == text, "once"

    empty = tmp_path / "empty"   # no profile yet: LibreOffice fills the folder around this file
    assert profile.skip_self_tests(empty, soffice)
    assert b"<value>7.4</value>" in (empty / profile.SETTINGS).read_bytes()
    from lxml import etree

    etree.fromstring((empty / profile.SETTINGS).read_bytes())   # whole XML


def test_an_upgrade_stamps_its_own_version_and_an_unknown_one_stamps_nothing(tmp_path):
    copy = tmp_path / "copy"
    (copy / "user").mkdir(parents=True)
    (copy / profile.SETTINGS).write_text(LO_SETTINGS)
    assert profile.skip_self_tests(copy, _installation(tmp_path / "old", "7.4"))
    assert profile.skip_self_tests(copy, _installation(tmp_path / "new", "24.2"))
    text = (copy / profile.SETTINGS).read_text()
    assert "<value>24.2</value>" in text and "<value>7.4</value>" not in text

    unknown = tmp_path / "unknown" / "program" / "soffice"
    unknown.parent.mkdir(parents=True)
    assert not profile.skip_self_tests(tmp_path / "p", str(unknown))
    assert not (tmp_path / "p").exists(), "nothing written when the version is not known"


@pytest.mark.slow
@needs_soffice
def test_an_office_with_the_stamp_skips_the_self_tests_and_finds_the_same_pages(cache, monkeypatch, sample_build):
    """The self-tests leave user/GraphicsRenderTests.log in the profile: with the stamp there is
    none, without it there is one (so this test sees the difference), and the pages are the same."""
    from pipeline.render.docx import office as office_module

    docx = sample_build["docx"].read_bytes()
    anchors = _anchors(docx)
    found = {}
    for stamped in (False, True):
        if not stamped:
            monkeypatch.setattr(profile, "skip_self_tests", lambda *a: False)
        else:
            monkeypatch.undo()
            monkeypatch.setenv("XDG_CACHE_HOME", str(cache))
        running = Office(soffice_path())
        try:
            assert running.wait_ready()
            monkeypatch.setattr(office_module, "_current", running)
            found[stamped] = locate_pages(docx, anchors)
            log = running.root / "profile" / "user" / "GraphicsRenderTests.log"
            assert log.exists() != stamped, f"self-tests {'ran' if stamped else 'did not run'}"
        finally:
            office_module._current = None
            running.close()
    assert found[True] and len(set(found[True].values())) > 5
    assert found[True] == found[False]
