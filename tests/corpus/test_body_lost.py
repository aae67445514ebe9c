"""scripts/body_lost.py: the runs of gold-body letters the XML misses, and the held-out guard."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "scripts"))
_spec = importlib.util.spec_from_file_location("body_lost", REPO / "scripts" / "body_lost.py")
body_lost = importlib.util.module_from_spec(_spec)
sys.modules["body_lost"] = body_lost   # its dataclass looks itself up there
_spec.loader.exec_module(body_lost)


def test_body_letters_skip_boilerplate_lines_and_remember_their_line():
    src = "Site menu\nHello, world 1\n\n２ more\n"
    letters, where = body_lost.body_letters(src, {"boilerplate_line_numbers": [1]})
    assert letters == "Helloworld12more"          # NFKC: the full-width digit is a 2
    assert where[0] == 2 and where[-1] == 4


def test_lost_runs_name_the_missing_letters_and_their_line():
    lines = ["Intro text", "Copyright 2006 Someone", "More text"]
    letters, where = body_lost.body_letters("\n".join(lines), {"boilerplate_line_numbers": []})
    runs = body_lost.lost_runs(letters, where, "IntrotextMoretext", lines)
    assert [(r.text, r.line, r.elsewhere) for r in runs] == [("Copyright2006Someone", 2, False)]


def test_a_run_the_xml_holds_out_of_order_is_marked_elsewhere():
    lines = ["Speaker Name", "Body"]
    letters, where = body_lost.body_letters("\n".join(lines), {"boilerplate_line_numbers": []})
    runs = body_lost.lost_runs(letters, where, "BodySpeakerName", lines)
    assert len(runs) == 1 and runs[0].elsewhere


def test_held_out_documents_are_refused(capsys):
    for doc in ("a2", "d5"):   # ids only; nothing of theirs is read
        assert body_lost.main([doc]) == 2
        assert "held-out" in capsys.readouterr().err


def test_letters_absent_counts_only_what_the_xml_does_not_hold_in_any_order():
    accuracy = body_lost.accuracy
    body, _ = accuracy.body_letters("省长　王予波\n正文一句。\n", {"boilerplate_line_numbers": []})
    assert accuracy.letters_absent(body, "王予波省长正文一句") == 0        # reordered: nothing absent
    assert accuracy.letters_absent(body, "王予波正文一句") == 2            # the office dropped
    assert accuracy.letters_absent("THEEND", "TheEnd") == 4               # a case change counts
    assert accuracy.letters_absent("aab", "ab") == 1                      # copies are counted


def test_the_table_adds_letters_absent_per_document_and_per_split():
    rows = [dict(doc="x", split="extra", F1=1.0, body_chars_kept=0.99, letters_absent=0),
            dict(doc="y", split="extra", F1=1.0, body_chars_kept=0.98, letters_absent=3)]
    text = body_lost.accuracy.table(rows)
    assert "| letters absent |" in text.splitlines()[0]
    assert text.splitlines()[2].endswith("| 0 |") and text.splitlines()[3].endswith("| 3 |")
    assert "| extra | 2 |" in text and text.split("| extra | 2 |")[1].splitlines()[0].endswith("| 1.5 |")
