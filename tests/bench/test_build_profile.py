"""The profile's measuring machinery (bench/build_profile.py) on a process tree whose CPU is known."""
import sys
import textwrap

import pytest

from common import REPO

sys.path.insert(0, str(REPO / "bench"))
import build_profile as bp  # noqa: E402

# A parent that burns ~0.4 s of CPU in a timed "stage", then starts a child that burns ~0.3 s in
# another, logging each the way `pipeline -v` does.
TREE = textwrap.dedent("""
    import subprocess, sys, time
    def burn(seconds):
        end = time.process_time() + seconds
        while time.process_time() < end:
            pass
    started = time.perf_counter()
    burn(0.4)
    print(f"doc: figures {(time.perf_counter() - started) * 1000:.0f} ms", file=sys.stderr, flush=True)
    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", "import time\\nend = time.process_time() + 0.3\\n"
                    "while time.process_time() < end: pass"], check=True)
    print(f"doc: render epub {(time.perf_counter() - started) * 1000:.0f} ms", file=sys.stderr, flush=True)
""")


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    return bp.profile_run([sys.executable, "-c", TREE], 1, {}, tmp_path_factory.mktemp("tree"))


def test_stage_lines_become_timed_stages(run):
    assert [s.name for s in run.stages] == ["figures", "render epub"]
    assert all(s.end > s.start for s in run.stages)
    assert run.stages[0].end <= run.stages[1].start + 0.05


def test_cpu_is_attributed_to_the_stage_and_to_the_program_it_started(run):
    rows = bp.stage_rows(run)
    wall, own, programs = rows["figures"]
    assert own == pytest.approx(0.4, abs=0.08) and programs == pytest.approx(0.0, abs=0.03)
    wall, own, programs = rows["render epub"]
    assert programs == pytest.approx(0.3, abs=0.08) and own < 0.1
    # the whole tree, exactly (os.wait4), against the per-process readings
    assert run.cpu == pytest.approx(0.7, abs=0.15)
    assert sum(p.cpu for p in run.procs.values()) == pytest.approx(run.cpu, abs=0.1)


def test_cpu_at_interpolates_between_readings():
    p = bp.Proc(1, 0, "x", series=[(1.0, 0.0), (2.0, 1.0), (3.0, 1.0)])
    assert [p.cpu_at(t) for t in (0.5, 1.5, 2.5, 9.0)] == [0.0, 0.5, 1.0, 1.0]


def test_replace_sections_keeps_the_others():
    text = "# Benchmark results\n\n| a |\n\n## Start-up\n\nold\n\n## Other\n\nkept\n"
    out = bp.replace_sections(text, {"Start-up": ["## Start-up", "", "new"],
                                     "Profile of the 1x build": ["## Profile of the 1x build"]})
    assert "old" not in out and "new" in out and "## Other\n\nkept" in out and "| a |" in out
    assert out.rstrip().endswith("## Profile of the 1x build")
    assert bp.kept_sections(out, ["Start-up"]) == {"Start-up": ["## Start-up", "", "new"]}


# A parent whose child starts a grandchild and exits at once: the grandchild, reparented, burns
# ~0.3 s after the parent is gone (as soffice.bin does when the office's process group is killed).
ORPHAN = textwrap.dedent("""
    import subprocess, sys
    code = ("import subprocess, sys\\n"
            "subprocess.Popen([sys.executable, '-c', 'import time\\\\nend = time.process_time() + 0.3\\\\n"
            "while time.process_time() < end: pass'])\\n")
    subprocess.run([sys.executable, "-c", code], check=True)
""")


def test_the_cpu_of_processes_left_behind_is_counted(tmp_path):
    run = bp.profile_run([sys.executable, "-c", ORPHAN], 1, {}, tmp_path)
    # at least the orphan's 0.3 s (less a timer's grain); three interpreters' start-up on top, which a
    # loaded machine stretches, so the upper bound only says nothing is counted twice
    assert 0.27 <= run.cpu < 0.9, "the orphan's CPU is the build's too"
