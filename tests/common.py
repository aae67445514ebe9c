"""What many tests share: the real documents, the sample's expected outline, the CLI runner."""
from __future__ import annotations

from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
# What `make` reads from the repository: a test's scratch copy links these and keeps its own
# build/ and output/ (one list, so a new input of the Makefile is added once).
MAKE_INPUTS = ("pipeline", "styles", "scripts", "examples", "pyproject.toml", "requirements.lock", "Makefile")


def script_module(name: str, as_name: str = ""):
    """scripts/<name>.py loaded as a module (the scripts are no package): the harnesses the corpus
    tests and the held-out guard share with `make accuracy`."""
    import importlib.util
    import sys
    spec = importlib.util.spec_from_file_location(as_name or name, REPO / "scripts" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault(spec.name, module)   # registered first: a dataclass looks its module up by name
    spec.loader.exec_module(module)
    return module


def link_for_make(folder: Path, *extra: str, without: tuple[str, ...] = ()) -> Path:
    """Link MAKE_INPUTS (and `extra`, e.g. ".venv"), but not `without`, into `folder`."""
    for name in MAKE_INPUTS + extra:
        if name not in without:
            (folder / name).symlink_to(REPO / name)
    return folder

SAMPLE = REPO / "examples" / "hexi-2010.txt"
FIXTURES = REPO / "tests" / "fixtures"
REAL_DOCUMENTS = {
    "hexi-2010": SAMPLE,
    "ningxia-2026-gov-report": FIXTURES / "ningxia-2026-gov-report.txt",
    "guangdong-2026-gov-report": FIXTURES / "guangdong-2026-gov-report.txt",
    "national-2009-gov-report-crlf-bom": FIXTURES / "national-2009-gov-report-crlf-bom.txt",
    "alice-gutenberg-en": FIXTURES / "alice-gutenberg-en.txt",
}

# Markup and entity tricks a source text may carry: every stage must keep them as text.
HOSTILE_MARKUP = [
    "<script>alert(1)</script>",
    '<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>',
    "&xxe;",
    "]]>",
    '<img src="file:///etc/passwd">',
]

# Part titles and section titles of the sample, as a careful editor reads them.
SAMPLE_HEADINGS = [
    (1, "2009年主要工作回顾"),
    (2, "积极应对金融危机，区域经济实现新发展"),
    (2, "不断提升建管水平，城市环境呈现新面貌"),
    (2, "着力改善民计民生，社会事业取得新进步"),
    (2, "推进民主法制建设，平安创建开创新局面"),
    (2, "积极推进管理创新，行政效能得到新提升"),
    (1, "2010年主要工作任务"),
    (2, "迎难而上，进一步提升区域经济发展质量"),
    (2, "发挥优势，进一步提高城市建设管理水平"),
    (2, "以人为本，进一步推进各项社会事业发展"),
    (2, "维护稳定，进一步推进民主政治建设"),
    (2, "开拓进取，进一步完善政府管理服务职能"),
]
SAMPLE_TITLE = "天津市河西区2010年政府工作报告"


def run_cli(*args: str) -> int:
    """Run the CLI in-process, as a user would from the shell; return its exit code."""
    from pipeline.cli import main

    return main([str(a) for a in args])


def build_text(root: Path, name: str, text: str) -> Path:
    """Write `text` as root/<name> and build all three editions from it, as a user would
    (output in root/output, the XML in root/build); return root."""
    src = root / name
    src.write_text(text, encoding="utf-8")
    assert run_cli("build", src, "-o", root / "output", "--build-dir", root / "build", "-j", "1") == 0
    return root


def outline(sections, depth: int = 1) -> list[tuple[int, str]]:
    """(depth, title) of every section of a structured document, in reading order."""
    out = []
    for section in sections:
        out.append((depth, section.title))
        out += outline(section.sections, depth + 1)
    return out
