"""Writes sessions the way the window does, while the race test runs other processes.

Usage: ``python window_writer.py DB STEPS_PER_SESSION``. Like ``launch.run`` and ``App``,
it opens the data file with ``open_database`` on the main thread (which keeps that
connection open and reads from it now and then, as the History page does) and writes
through a ``HistoryWriter`` thread with its own connection. After each write is
committed it prints ``BEGIN n``, ``STEP n i``, ``FINISH n``; the test SIGKILLs it.
"""

from __future__ import annotations

import sys
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from backtimer.store.db import open_database
from backtimer.store.history import HistoryStore
from backtimer.store.routines import RoutineStore
from backtimer.store.writer import HistoryWriter
from tests.helpers.store_data import T0, report, routine, step


def main() -> None:
    path, per_session = Path(sys.argv[1]), int(sys.argv[2])
    db = open_database(path)
    history, routines = HistoryStore(db), RoutineStore(db, ())
    writer = HistoryWriter(path, on_error=lambda exc: print(f"ERROR {exc!r}", flush=True))
    writer.start()
    for n in range(100_000):
        started = T0 + timedelta(hours=n)
        pending = writer.begin_session(routine(), started, 60, 100.0)
        writer.flush()
        print(f"BEGIN {n}", flush=True)
        records = []
        for i in range(per_session):
            record = step(i, actual=20.0 + i)
            writer.record_step(pending, record)
            records.append(record)
            writer.flush()
            print(f"STEP {n} {i}", flush=True)
            history.count_sessions()  # the window reads on its own connection too
            routines.list()
        writer.finish_session(pending, report(tuple(records)), started + timedelta(minutes=5))
        writer.flush()
        print(f"FINISH {n} {pending.uuid}", flush=True)


if __name__ == "__main__":
    main()
