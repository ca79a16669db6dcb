"""Write sessions to a history database forever; the kill-safety test SIGKILLs this process.

Usage: ``python kill_session.py DB STEPS_PER_SESSION``. After each commit it prints one
line (``BEGIN n id``, ``STEP n i``, ``FINISH n``) and flushes, so the parent knows what
was committed before the kill. Times come from a fake clock: runs are reproducible.
"""

from __future__ import annotations

import sys
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from backtimer.store.db import open_database
from backtimer.store.history import HistoryStore
from tests.helpers.store_data import T0, report, routine, step


def actual(session: int, index: int) -> float:
    return 20.0 + session + index / 8


def main() -> None:
    path, per_session = Path(sys.argv[1]), int(sys.argv[2])
    clock = [T0]
    db = open_database(path)
    store = HistoryStore(db, now=lambda: clock[0])
    for n in range(100_000):
        started = T0 + timedelta(hours=n)
        clock[0] = started
        sid = store.begin_session(routine(), started, 60, 100.0)
        print(f"BEGIN {n} {sid}", flush=True)
        records = []
        for i in range(per_session):
            clock[0] += timedelta(seconds=30)
            record = step(i, actual=actual(n, i))
            store.record_step(sid, record)
            records.append(record)
            print(f"STEP {n} {i}", flush=True)
        store.finish_session(sid, report(tuple(records)), clock[0])
        print(f"FINISH {n}", flush=True)


if __name__ == "__main__":
    main()
