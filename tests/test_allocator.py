"""backtimer.allocator: after it, a large block freed goes back to the system at once,
even in a process that had already freed a larger one (which raises glibc's threshold)."""

from __future__ import annotations

import os
import platform
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux") or platform.libc_ver()[0] != "glibc",
    reason="mallopt is glibc's",
)

SCRIPT = """
import sys
from backtimer.allocator import return_large_blocks

def large_mappings():  # anonymous read-write mappings of 300 KiB or more
    found = set()
    for line in open("/proc/self/maps"):
        parts = line.split()
        start, end = (int(x, 16) for x in parts[0].split("-"))
        if len(parts) == 5 and parts[1].startswith("rw") and end - start >= 300 * 1024:
            found.add(parts[0])
    return found

big = bytearray(8_000_000)  # served by mmap, and when freed, glibc raises its threshold
del big
done = return_large_blocks() if sys.argv[1] == "tuned" else None
before = large_mappings()
block = bytearray(400_000)  # over 128 KiB, under the raised threshold
own = large_mappings() - before
del block
print(done, len(own), len(large_mappings() - before))
"""


def _run(mode: str) -> list[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("MALLOC_MMAP_THRESHOLD_", None)
    out = subprocess.run(
        [sys.executable, "-c", SCRIPT, mode], env=env, capture_output=True, text=True, timeout=60
    )
    assert out.returncode == 0, out.stderr
    return out.stdout.split()


def test_after_it_a_large_block_has_its_own_mapping_and_gives_it_back() -> None:
    done, own, left = _run("tuned")
    assert done == "True"
    assert own == "1"  # the block got its own mapping ...
    assert left == "0"  # ... and it was unmapped when the block was freed


def test_without_it_the_block_would_come_from_the_heap() -> None:
    # the control: the same steps, untuned, give the block no mapping of its own
    done, own, left = _run("untuned")
    assert (done, own, left) == ("None", "0", "0")
