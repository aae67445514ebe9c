"""Through the command line: the sidecar beside the source, --corrections, the one warning,
`pipeline explain`, and the decisions in build/<stem>.clean.json."""
import json
import shutil

from lxml import etree

from pipeline import log

from common import SAMPLE, run_cli

DB = {"db": "http://docbook.org/ns/docbook"}
BODY = "今年全区经济运行总体平稳，各项事业取得新的进展，人民生活水平进一步提高。"
UNTITLED = "\n".join([BODY, "一、过去一年的工作", BODY.replace("今年", "去年"), "二、今年的主要任务",
                      BODY.replace("今年", "明年")]) + "\n"


def _xml_texts(path, xpath):
    return ["".join(e.itertext()) for e in etree.parse(str(path)).xpath(xpath, namespaces=DB)]


def test_sidecar_beside_the_source_corrects_the_xml(tmp_path):
    source = tmp_path / "hexi-2010.txt"
    shutil.copy(SAMPLE, source)
    (tmp_path / "hexi-2010.pipeline.yaml").write_text(
        "title: 河西区政府工作报告（2010）\n"
        "subtitle: ——2010年1月在区人大会议上\n"
        "author: 河西区人民政府\n"
        "keep: [随便看]\n"
        "headings:\n  2010年主要工作任务: 0\n", encoding="utf-8")
    out = tmp_path / "build" / "hexi-2010.xml"
    assert run_cli("xml", source, "-o", out) == 0
    assert _xml_texts(out, "/db:article/db:info/db:title") == ["河西区政府工作报告（2010）"]
    assert _xml_texts(out, "/db:article/db:info/db:subtitle") == ["——2010年1月在区人大会议上"]
    assert "河西区人民政府" in "".join(_xml_texts(out, "/db:article/db:info/db:author"))
    assert "2010年主要工作任务" not in _xml_texts(out, "//db:section/db:title")
    assert any("随便看" in t for t in _xml_texts(out, "//db:para"))
    report = json.loads((tmp_path / "build" / "hexi-2010.clean.json").read_text(encoding="utf-8"))
    assert report["corrections"] == str(tmp_path / "hexi-2010.pipeline.yaml")
    made = {(d["kind"], d["text"]): d for d in report["decisions"]}
    assert made[("title", "河西区政府工作报告（2010）")]["reason"] == "override"
    assert made[("heading", "2010年主要工作任务")]["decision"] == "not a heading"
    assert made[("boilerplate", "随便看")]["decision"] == "kept"
    assert set(report["decisions"][0]) == {"line", "text", "kind", "decision", "reason", "confidence"}
    assert report["uncertain"] == 0


def test_a_command_line_flag_wins_over_the_sidecar(tmp_path):
    source = tmp_path / "hexi-2010.txt"
    shutil.copy(SAMPLE, source)
    (tmp_path / "hexi-2010.pipeline.yaml").write_text("title: From the sidecar\n", encoding="utf-8")
    out = tmp_path / "x.xml"
    assert run_cli("xml", source, "-o", out, "--title", "From the flag") == 0
    assert _xml_texts(out, "/db:article/db:info/db:title") == ["From the flag"]


def test_bad_corrections_file_is_exit_3_naming_the_key(tmp_path, capsys):
    bad = tmp_path / "fix.yaml"
    bad.write_text("title: ok\nheadngs:\n  x: 1\n", encoding="utf-8")
    assert run_cli("xml", SAMPLE, "-o", tmp_path / "x.xml", "--corrections", bad) == 3
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [f"error: {bad}: unknown key 'headngs' (known: title, subtitle, author, date, lang, drop, keep, "
                   "headings, figures)"]
    bad.write_text("drop: [这一行不存在]\n", encoding="utf-8")
    assert run_cli("xml", SAMPLE, "-o", tmp_path / "x.xml", "--corrections", bad) == 3
    assert "drop: '这一行不存在' matches no line" in capsys.readouterr().err
    assert not (tmp_path / "x.xml").exists()


def test_corrections_flag_takes_one_source(tmp_path, capsys):
    fix = tmp_path / "fix.yaml"
    fix.write_text("title: x\n", encoding="utf-8")
    code = run_cli("build", SAMPLE, SAMPLE, "--corrections", fix, "-o", tmp_path)
    assert code == 2 and "--corrections takes one SOURCE" in capsys.readouterr().err


def test_uncertain_decisions_give_one_warning_and_explain_prints_them(tmp_path, capsys):
    source = tmp_path / "no title.txt"
    source.write_text(UNTITLED, encoding="utf-8")
    first = len(log.collected)
    assert run_cli("xml", source, "-o", tmp_path / "x.xml") == 0
    mine = [w for w in log.collected[first:] if "uncertain" in w.message]
    assert [str(w) for w in mine] == [f"no title.txt: 1 structure decision is uncertain: pipeline explain '{source}'"]
    assert run_cli("--strict", "xml", source, "-o", tmp_path / "x.xml") == 3
    capsys.readouterr()

    assert run_cli("explain", source) == 0
    out, err = capsys.readouterr()
    rows = out.strip().splitlines()
    assert rows[0].split() == ["line", "kind", "decision", "conf", "text", "reason"]
    assert len(rows) == 2 and rows[1].split()[:5] == ["2", "title", "title", "0.45", "一、过去一年的工作"]
    assert rows[1].rstrip().endswith("first heading")
    assert "1 of" in err

    assert run_cli("explain", source, "--all") == 0
    every = capsys.readouterr().out.strip().splitlines()[1:]
    assert len(every) == 3 and any("一、过去一年的工作" in r and "level 1" in r for r in every)


def test_the_sidecar_silences_the_warning_it_answers(tmp_path):
    source = tmp_path / "untitled.txt"
    source.write_text(UNTITLED, encoding="utf-8")
    (tmp_path / "untitled.pipeline.yaml").write_text("title: 区政府工作报告\n", encoding="utf-8")
    first = len(log.collected)
    assert run_cli("xml", source, "-o", tmp_path / "x.xml") == 0
    assert not [w for w in log.collected[first:] if "uncertain" in w.message]


def test_explain_names_a_bad_sidecar_too(tmp_path, capsys):
    source = tmp_path / "hexi-2010.txt"
    shutil.copy(SAMPLE, source)
    (tmp_path / "hexi-2010.pipeline.yaml").write_text("drop: &a [1]\nkeep: *a\n", encoding="utf-8")
    assert run_cli("explain", source) == 3
    assert "anchors and aliases" in capsys.readouterr().err
