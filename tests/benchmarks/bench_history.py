"""History store benchmark: a 10-year database and a 10x stress case; prints the figures.

Run ``python tests/benchmarks/bench_history.py`` (or through pytest: ``./dev bench``, if
``bench_*.py`` files are collected). It measures, on each database:

- opening (with and without ``PRAGMA quick_check``) against an empty file, and
  ``mark_interrupted`` at start-up;
- p50/p99/max of a step write, a session begin and a session finish, each a real commit
  on the calling thread (what the UI thread would wait for);
- the history page's queries: the first page of sessions, the count, weekly totals
  (all weeks and the last 52), the pain series and a hurt count.

No figure is asserted: they are printed for a person to read.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # the repository, for tests.*

from backtimer.core.report import SessionStatus
from backtimer.store.db import open_database
from backtimer.store.history import HistoryStore
from backtimer.store.writer import HistoryWriter
from tests.helpers.store_data import T0, generate_history, report, routine, step

CASES = (("empty", 0), ("10 years", 2_000), ("stress x10", 20_000))
STEPS_PER_SESSION = 15


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:8.3f} ms"


def _timed(fn: Callable[[], object], repeat: int = 20) -> float:
    """Median wall time of ``fn`` over ``repeat`` runs."""
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def _percentiles(samples: list[float]) -> str:
    samples = sorted(samples)
    p50 = samples[len(samples) // 2]
    p99 = samples[min(len(samples) - 1, int(len(samples) * 0.99))]
    return f"p50 {_ms(p50)}  p99 {_ms(p99)}  max {_ms(samples[-1])}  (n={len(samples)})"


def measure(folder: Path, label: str, sessions: int) -> list[str]:
    path = folder / f"{label.replace(' ', '-')}.sqlite3"
    out = [f"== {label}: {sessions} sessions, {sessions * STEPS_PER_SESSION} steps"]
    t = time.perf_counter()
    db = open_database(path)
    generate_history(db, sessions, STEPS_PER_SESSION)
    db.close()
    size = path.stat().st_size / 1e6
    out.append(f"  generate        {time.perf_counter() - t:8.2f} s, {size:.1f} MB")

    def reopen(check: bool) -> None:
        open_database(path, quick_check=check).close()

    out.append(f"  open + quick_check   {_ms(_timed(lambda: reopen(True), 5))}")
    out.append(f"  open, no quick_check {_ms(_timed(lambda: reopen(False), 5))}")

    db = open_database(path)
    store = HistoryStore(db)
    out.append(f"  mark_interrupted     {_ms(_timed(store.mark_interrupted, 5))}")
    today = (T0 + timedelta(days=1)).date()
    queries: dict[str, Callable[[], object]] = {
        "sessions page (50)": lambda: store.sessions(50),
        "count_sessions": store.count_sessions,
        "weekly_totals(all)": lambda: store.weekly_totals(today=today),
        "weekly_totals(52)": lambda: store.weekly_totals(52, today=today),
        "pain_series": store.pain_series,
        "hurt count (common)": lambda: store.exercise_hurt_counts("bird-dog"),
        "hurt count (absent)": lambda: store.exercise_hurt_counts("never-done"),
    }
    for name, fn in queries.items():
        out.append(f"  {name:21s}{_ms(_timed(fn))}")

    begins, steps, finishes = [], [], []
    for n in range(200):
        started = T0 + timedelta(days=1, hours=n)
        t = time.perf_counter()
        sid = store.begin_session(routine(), started, 60, 450.0)
        begins.append(time.perf_counter() - t)
        records = []
        for i in range(STEPS_PER_SESSION):
            record = step(i, actual=29.5 + i / 7)
            records.append(record)
            t = time.perf_counter()
            store.record_step(sid, record)
            steps.append(time.perf_counter() - t)
        t = time.perf_counter()
        store.finish_session(
            sid, report(tuple(records), SessionStatus.COMPLETED), started + timedelta(minutes=9)
        )
        finishes.append(time.perf_counter() - t)
    out.append(f"  begin_session   {_percentiles(begins)}")
    out.append(f"  record_step     {_percentiles(steps)}")
    out.append(f"  finish_session  {_percentiles(finishes)}")
    db.close()

    # The same writes through the background writer: what the UI thread waits for.
    writer = HistoryWriter(path)
    writer.start()
    calls = []
    for n in range(200):
        started = T0 + timedelta(days=30, hours=n)
        t = time.perf_counter()
        pending = writer.begin_session(routine(), started, 60, 450.0)
        calls.append(time.perf_counter() - t)
        for i in range(STEPS_PER_SESSION):
            t = time.perf_counter()
            writer.record_step(pending, step(i))
            calls.append(time.perf_counter() - t)
        t = time.perf_counter()
        writer.finish_session(pending, report(()), started + timedelta(minutes=9))
        calls.append(time.perf_counter() - t)
    t = time.perf_counter()
    writer.close()
    out.append(f"  writer, UI side {_percentiles(calls)}")
    out.append(f"  writer drain at close {_ms(time.perf_counter() - t)}; errors: {writer.errors}")
    return out


def run(folder: Path) -> str:
    lines = [f"SQLite history benchmark ({date.today()}, python {sys.version.split()[0]})"]
    for label, sessions in CASES:
        lines.extend(measure(folder, label, sessions))
    return "\n".join(lines)


def test_history_figures(tmp_path: Path) -> None:
    """Under pytest (``./dev bench``): print the same figures."""
    print("\n" + run(tmp_path))


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as tmp:
        print(run(Path(tmp)))
