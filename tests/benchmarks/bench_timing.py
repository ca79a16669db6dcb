"""Timing accuracy of the real app through stalls (``./dev bench``; prints figures).

The installed ``backtimer`` runs a 3 x 20 s routine (no lead-in, no rests) started with
``--start`` in Xvfb. Three times during it the whole process is stopped for 1.5 s
(SIGSTOP, then SIGCONT), as a stalled event loop or a busy machine would. When the
session is saved, its report in the history file says how far the end was from the plan:
``elapsed - paused - planned``. If a stall is treated as a sleep (the session pauses),
that is printed instead.
"""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # the repository, for tests.*

from tests.benchmarks.realx import app_command, compile_bytecode, data_dir, find_window, x_display

ITEM_SECONDS, ITEMS, STALL = 20, 3, 1.5
STALLS_AT = (5.0, 25.0, 45.0)  # seconds after the window is shown
ROUTINE = {
    "name": "Bench timing",
    "lead_in_seconds": 0,
    "items": [{"exercise": "cat-stretch", "mode": "timed", "seconds": ITEM_SECONDS}] * ITEMS,
}


def _session(db: Path) -> tuple[str, float, float, float, float, float] | None:
    if not db.exists():
        return None
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
    try:
        row = con.execute(
            "SELECT status, planned_seconds, elapsed_seconds, paused_seconds, exercised_seconds, "
            "(julianday(ended_utc) - julianday(started_utc)) * 86400 "
            "FROM session ORDER BY id DESC LIMIT 1"
        ).fetchone()
    except sqlite3.OperationalError:
        return None
    finally:
        con.close()
    return tuple(row) if row else None


def test_end_of_a_routine_with_stalls(benchmark, tmp_path: Path) -> None:
    compile_bytecode()
    d = data_dir(tmp_path, ROUTINE)
    db = d / "backtimer.sqlite3"

    def measure() -> str:
        with x_display(1280, 800) as env:
            env = {**env, "BACKTIMER_DATA_DIR": str(d)}
            app = subprocess.Popen(
                [*app_command(), "--routine", "Bench timing", "--start"],
                env=env,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            try:
                find_window(env, "BackTimer")
                t0 = time.monotonic()
                for at in STALLS_AT:
                    time.sleep(max(0.0, t0 + at - time.monotonic()))  # the plan of stalls
                    app.send_signal(signal.SIGSTOP)
                    time.sleep(STALL)  # the stall itself
                    app.send_signal(signal.SIGCONT)
                deadline = t0 + ITEM_SECONDS * ITEMS + 30
                row = _session(db)
                while time.monotonic() < deadline and (row is None or row[0] == "running"):
                    time.sleep(0.2)  # polling another process's file
                    row = _session(db)
            finally:
                app.send_signal(signal.SIGCONT)
                app.terminate()
                try:
                    app.wait(10)
                except subprocess.TimeoutExpired:
                    app.kill()
                    app.wait()
        head = (
            f"[timing] real app, {ITEMS} x {ITEM_SECONDS} s routine, {len(STALLS_AT)} stalls "
            f"of {STALL} s (SIGSTOP/SIGCONT): "
        )
        if row is None or row[0] == "running":
            return head + (
                f"the session had not ended {ITEM_SECONDS * ITEMS + 30} s after the start "
                f"(status {row[0] if row else 'none'}): the stalls paused it (treated as sleep)"
            )
        status, planned, elapsed, paused, exercised, wall = row
        return head + (
            f"status {status}; by the engine's report it ended "
            f"{(elapsed - paused - planned) * 1000:+.0f} ms from the plan of {planned:.0f} s "
            f"(elapsed {elapsed:.3f} s, paused {paused:.3f} s, exercised {exercised:.3f} s); "
            f"by the wall-clock times stored (ended_utc - started_utc) "
            f"{(wall - paused - planned) * 1000:+.0f} ms (goal: within 50 ms, or a pause "
            "that says so)"
        )

    print("\n" + benchmark.pedantic(measure, rounds=1, iterations=1))
