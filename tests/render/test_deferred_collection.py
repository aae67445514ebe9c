"""A pool worker leaves the collection after an edition to the next edition's start
(render.defer_collections, issue 16): the PDF chain of a one-document build no longer
pays a collection the worker's os._exit makes useless."""
import subprocess
import sys

SCRIPT = r"""
import gc, weakref
from pipeline import batch
from pipeline.render import rare_collections

class Node:
    pass

def cycle():
    a, b = Node(), Node()
    a.other, b.other = b, a
    return weakref.ref(a)

before = gc.get_threshold()
{setup}
with rare_collections(12345):
    first = cycle()
print("after-first", first() is not None, gc.get_threshold()[0], gc.get_freeze_count() > 0)
with rare_collections(12345):
    print("inside-second", first() is not None)
    second = cycle()
print("after-second", second() is not None)
"""


def _run(setup: str) -> list[str]:
    out = subprocess.run([sys.executable, "-c", SCRIPT.replace("{setup}", setup)],
                         capture_output=True, text=True, check=True)
    return out.stdout.split("\n")


def test_a_pool_worker_defers_the_collection_to_the_next_edition():
    lines = _run("batch._worker_init()")
    # the garbage cycle outlives the edition, the collector stays rare and the objects frozen
    assert lines[0] == "after-first True 12345 True"
    # the next edition starts by collecting it
    assert lines[1] == "inside-second False"
    assert lines[2] == "after-second True"


def test_elsewhere_the_edition_collects_at_its_end():
    lines = _run("")
    assert lines[0].startswith("after-first False 700 False")
    assert lines[2] == "after-second False"
