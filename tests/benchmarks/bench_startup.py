"""Start-up, measured from outside and side by side (``./dev bench``; prints figures).

In a real X server (Xvfb, xcb), runs alternate A, B, A, B... so both sides see the same
machine load, and the figures are medians:

- ``backtimer --check-startup`` against a bare PySide6 ``QMainWindow`` that imports
  nothing of BackTimer (``bare_window.py``): the first paint (ms since the process
  started, read from /proc by the process itself), "ready" (BackTimer only: everything
  built, the routine loaded, Start usable; the bare window is ready at its first paint)
  and the whole process's wall time, exit included (timed by this benchmark from the
  spawn to the exit; ``--check-startup`` quits once it is ready);
- ``--check-startup`` with a 10-year history (2,600 sessions) against an empty one;
- beside each, the CPU time of the whole process (user + system, from the kernel's
  accounting of the finished child), which a loaded machine disturbs less than wall time.

Each figure is printed beside its yardstick with their ratio. ``BACKTIMER_BENCH_RUNS``
sets the number of runs of each side (default 15).
"""

from __future__ import annotations

import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # the repository, for tests.*

from tests.benchmarks.realx import (
    app_command,
    compile_bytecode,
    data_dir,
    python_command,
    x_display,
)

RUNS = int(os.environ.get("BACKTIMER_BENCH_RUNS", "15"))


def _children_cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


Run = tuple[float, float, float, float]


def _once(cmd: list[str], env: dict[str, str]) -> Run:
    """(first paint ms as the process saw it, ready ms, whole-process wall ms, its CPU
    ms). ``backtimer --check-startup`` prints ``first-paint-ms N`` and ``ready-ms N``;
    the bare window prints its first paint alone (it is ready then)."""
    cpu = _children_cpu()
    t = time.perf_counter()
    out = subprocess.run(cmd, env=env, capture_output=True, text=True, check=True, timeout=60)
    wall = (time.perf_counter() - t) * 1000
    said = dict(line.rsplit(" ", 1) for line in out.stdout.strip().splitlines() if " " in line)
    if said:
        paint, ready = float(said["first-paint-ms"]), float(said["ready-ms"])
    else:
        paint = ready = float(out.stdout.strip().splitlines()[-1])
    return paint, ready, wall, (_children_cpu() - cpu) * 1000


def _side_by_side(
    a: list[str], b: list[str], env_a: dict[str, str], env_b: dict[str, str]
) -> tuple[list[Run], list[Run]]:
    _once(a, env_a)  # warm the file cache, create the data files
    _once(b, env_b)
    ra, rb = [], []
    for _ in range(RUNS):
        ra.append(_once(a, env_a))
        rb.append(_once(b, env_b))
    return ra, rb


def _load() -> str:
    """The 1, 5 and 15-minute load averages: how busy the shared machine was."""
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def _line(what: str, a: list[float], yard: str, b: list[float], goal: str) -> str:
    ma, mb = statistics.median(a), statistics.median(b)
    return (
        f"    {what:34s} {ma:6.0f} ms (min {min(a):4.0f})   {yard:26s} {mb:6.0f} ms "
        f"(min {min(b):4.0f})   ratio {ma / mb:4.2f}  (goal <= {goal})"
    )


def _generate_history(folder: Path, sessions: int) -> None:
    from backtimer.store.db import open_database
    from tests.helpers.store_data import generate_history

    db = open_database(folder / "backtimer.sqlite3")
    generate_history(db, sessions, 12)
    db.close()
    (folder / "backtimer.sqlite3.clean").touch()  # a clean exit: no quick_check


def test_startup_against_a_bare_window(benchmark, tmp_path: Path) -> None:
    compile_bytecode()
    empty = data_dir(tmp_path / "empty")
    full = data_dir(tmp_path / "ten-years")
    _generate_history(full, 2_600)
    app = [*app_command(), "--check-startup"]
    bare = python_command("bare_window.py")

    def measure() -> list[str]:
        load_before = _load()
        with x_display(1920, 1080) as env:
            env_empty = {**env, "BACKTIMER_DATA_DIR": str(empty)}
            env_full = {**env, "BACKTIMER_DATA_DIR": str(full)}
            ra, rb = _side_by_side(app, bare, env_empty, env)
            rf, re = _side_by_side(app, app, env_full, env_empty)
        paint, ready, wall, cpu = 0, 1, 2, 3

        def pair(what: str, k: int, a: list, yard: str, b: list, goal: str) -> str:  # type: ignore[type-arg]
            return _line(what, [r[k] for r in a], yard, [r[k] for r in b], goal)

        return [
            f"[startup] real X (Xvfb, xcb), {RUNS} interleaved runs of each side, medians "
            f"(load average {load_before} before, {_load()} after):",
            pair("first paint: backtimer", paint, ra, "bare QMainWindow", rb, "1.3"),
            pair("ready (Start usable): backtimer", ready, ra, "bare QMainWindow", rb, "-"),
            pair("whole process: backtimer", wall, ra, "bare QMainWindow", rb, "1.3"),
            pair("CPU time, whole process", cpu, ra, "bare QMainWindow", rb, "-"),
            pair("first paint, 10-year history", paint, rf, "empty history", re, "1.05"),
            pair("ready, 10-year history", ready, rf, "empty history", re, "1.05"),
            pair("whole process, 10-year history", wall, rf, "empty history", re, "1.05"),
            pair("CPU time, 10-year history", cpu, rf, "empty history", re, "-"),
        ]

    lines = benchmark.pedantic(measure, rounds=1, iterations=1)
    print("\n" + "\n".join(lines))
