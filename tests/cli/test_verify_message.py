"""Exit 6 says what happened to the file: kept only when a previous edition exists (#17.2)."""
import pipeline.verify
from common import REPO, run_cli
from pipeline.errors import VerifyError

MINI = REPO / "tests" / "fixtures" / "xml" / "mini.xml"


def _failing(doc, fmt, data):
    raise VerifyError(f"the {fmt.upper()} edition of {doc.name} adds a space the XML body does not have: “河 西”")


def test_exit_6_says_kept_only_when_there_was_an_edition(tmp_path, monkeypatch, capsys):
    out = tmp_path / "mini.epub"
    args = ("render", MINI, "--to", "epub", "-o", out)
    monkeypatch.setattr(pipeline.verify, "verify_edition", _failing)
    assert run_cli(*args) == 6
    err = capsys.readouterr().err
    assert "nothing was written" in err and "--no-verify" in err and "kept" not in err
    assert not out.exists()
    out.write_bytes(b"previous")
    assert run_cli(*args) == 6
    err = capsys.readouterr().err
    assert "the previous edition was kept" in err
    assert out.read_bytes() == b"previous"
    assert run_cli(*args, "--no-verify") == 0
    assert out.read_bytes() != b"previous"
