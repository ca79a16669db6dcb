"""Start-up, measured from outside and side by side (``./dev bench``; prints figures).

In a real X server (Xvfb, xcb), runs alternate A, B, A, B... so both sides see the same
machine load, and the figures are medians:

- ``backtimer --check-first-paint`` against a bare PySide6 ``QMainWindow`` that imports
  nothing of BackTimer (``bare_window.py``); both quit at their first paint: the first
  paint (ms since the process started, read from /proc by the process itself) and the
  whole process's wall time, exit included (timed by this benchmark from the spawn to
  the exit);
- ``backtimer --check-startup`` against the same bare window: "ready" (everything
  built, the routine loaded, Start usable; the bare window is ready at its first paint),
  and the whole process to ready, exit included (``--check-startup`` quits once ready);
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
    """(first paint ms, ready ms, whole-process wall ms, its CPU ms), each from the
    moment just before the spawn. Both programs print ``first-paint-clock T`` (and
    BackTimer's ``--check-startup`` ``ready-clock T``): the system's monotonic clock,
    which this process shares, so the moments are read to the millisecond (the
    ``*-ms`` lines, from /proc, count in steps of 10 ms)."""
    cpu = _children_cpu()
    t = time.monotonic()
    out = subprocess.run(cmd, env=env, capture_output=True, text=True, check=True, timeout=60)
    wall = (time.monotonic() - t) * 1000
    said = dict(line.rsplit(" ", 1) for line in out.stdout.strip().splitlines() if " " in line)
    paint = (float(said["first-paint-clock"]) - t) * 1000
    ready = (float(said["ready-clock"]) - t) * 1000 if "ready-clock" in said else paint
    return paint, ready, wall, (_children_cpu() - cpu) * 1000


def _side_by_side(*sides: tuple[list[str], dict[str, str]]) -> list[list[Run]]:
    """The runs of each (command, environment), taken in turn: A, B, C, A, B, C..."""
    for cmd, env in sides:
        _once(cmd, env)  # warm the file cache, create the data files
    runs: list[list[Run]] = [[] for _ in sides]
    for _ in range(RUNS):
        for out, (cmd, env) in zip(runs, sides, strict=True):
            out.append(_once(cmd, env))
    return runs


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
    app_paint = [*app_command(), "--check-first-paint"]
    bare = python_command("bare_window.py")

    def measure() -> list[str]:
        load_before = _load()
        with x_display(1920, 1080) as env:
            env_empty = {**env, "BACKTIMER_DATA_DIR": str(empty)}
            env_full = {**env, "BACKTIMER_DATA_DIR": str(full)}
            rp, rb, ra = _side_by_side((app_paint, env_empty), (bare, env), (app, env_empty))
            rf, re = _side_by_side((app, env_full), (app, env_empty))
        paint, ready, wall, cpu = 0, 1, 2, 3

        def pair(what: str, k: int, a: list, yard: str, b: list, goal: str) -> str:  # type: ignore[type-arg]
            return _line(what, [r[k] for r in a], yard, [r[k] for r in b], goal)

        return [
            f"[startup] real X (Xvfb, xcb), {RUNS} interleaved runs of each side, medians "
            f"(load average {load_before} before, {_load()} after):",
            pair("first paint: backtimer", paint, rp, "bare QMainWindow", rb, "1.3"),
            pair("whole process to first paint", wall, rp, "bare QMainWindow", rb, "1.3"),
            pair("CPU time, to first paint", cpu, rp, "bare QMainWindow", rb, "-"),
            pair("ready (Start usable): backtimer", ready, ra, "bare QMainWindow", rb, "-"),
            pair("whole process to ready", wall, ra, "bare QMainWindow", rb, "-"),
            pair("CPU time, to ready", cpu, ra, "bare QMainWindow", rb, "-"),
            pair("first paint, 10-year history", paint, rf, "empty history", re, "1.05"),
            pair("ready, 10-year history", ready, rf, "empty history", re, "1.05"),
            pair("whole process, 10-year history", wall, rf, "empty history", re, "1.05"),
            pair("CPU time, 10-year history", cpu, rf, "empty history", re, "-"),
        ]

    lines = benchmark.pedantic(measure, rounds=1, iterations=1)
    print("\n" + "\n".join(lines))
