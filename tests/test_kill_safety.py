"""Killing the app at any moment loses at most the step in progress (real processes)."""

from __future__ import annotations

import random
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from backtimer.core.report import SessionStatus
from backtimer.store.db import open_database
from backtimer.store.history import HistoryStore
from tests.helpers.kill_session import actual

SCRIPT = Path(__file__).parent / "helpers" / "kill_session.py"
PER_SESSION = 12


def run_and_kill(db_path: Path, lines_before_kill: int) -> list[list[str]]:
    """Start the writer, SIGKILL it after it reported that many commits; return its report."""
    errors = db_path.with_name("writer-stderr.txt")
    with errors.open("w") as err:
        proc = subprocess.Popen(
            [sys.executable, str(SCRIPT), str(db_path), str(PER_SESSION)],
            stdout=subprocess.PIPE,
            stderr=err,
            text=True,
        )
    assert proc.stdout is not None
    seen: list[str] = []
    while len(seen) < lines_before_kill:
        line = proc.stdout.readline()
        assert line, f"the writer ended early: {errors.read_text()}"
        seen.append(line)
    proc.send_signal(signal.SIGKILL)
    rest = proc.stdout.read()  # what it printed before dying (read through the same buffer)
    proc.stdout.close()
    assert proc.wait() == -signal.SIGKILL
    return [line.split() for line in seen + rest.splitlines(keepends=True)]


@pytest.mark.parametrize("seed", range(8))
def test_sigkill_at_a_random_point_keeps_every_reported_commit(tmp_path: Path, seed: int) -> None:
    rng = random.Random(seed)
    lines = 0 if seed == 0 else rng.randint(1, 3 * (PER_SESSION + 2))
    path = tmp_path / "backtimer.sqlite3"
    reported = run_and_kill(path, lines)

    begun = [int(r[1]) for r in reported if r[0] == "BEGIN"]
    finished = {int(r[1]) for r in reported if r[0] == "FINISH"}
    steps_of: dict[int, set[int]] = {}
    for r in reported:
        if r[0] == "STEP":
            steps_of.setdefault(int(r[1]), set()).add(int(r[2]))

    db = open_database(path)  # also runs quick_check: the file must not be moved aside
    assert db.moved_aside is None
    store = HistoryStore(db)
    interrupted = store.mark_interrupted()
    rows = sorted(store.sessions(limit=1000), key=lambda r: r.started_utc)
    # At most the session in progress (begun but not reported) may be extra.
    assert len(begun) <= len(rows) <= len(begun) + 1
    assert interrupted == sum(1 for r in rows if r.status is SessionStatus.INTERRUPTED)
    for n, row in enumerate(rows):
        detail = store.session_detail(row.id)
        assert detail is not None
        indices = {s.step_index for s in detail.steps}
        if n in finished:
            assert row.status is SessionStatus.COMPLETED
            assert indices == set(range(PER_SESSION))
            continue
        # Every reported step is there; at most one more (committed, not yet printed).
        reported_steps = steps_of.get(n, set())
        assert reported_steps <= indices
        assert len(indices - reported_steps) <= 1
        assert indices == set(range(len(indices)))
        if row.status is SessionStatus.INTERRUPTED:
            expected = sum(actual(n, i) for i in indices)
            assert row.exercised_seconds == pytest.approx(expected)
            stored = [s.actual_seconds for s in detail.steps]
            assert stored == [actual(n, i) for i in sorted(indices)]
        else:  # the finish committed but was not reported
            assert row.status is SessionStatus.COMPLETED and len(indices) == PER_SESSION
    assert sum(1 for r in rows if r.status is SessionStatus.INTERRUPTED) <= 1
    db.close()
