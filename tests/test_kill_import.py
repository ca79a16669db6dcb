"""A command-line import killed (SIGKILL, SIGTERM, SIGINT) at a seeded moment imports
all or nothing, and leaves a sound file (real processes)."""

from __future__ import annotations

import json
import random
import signal
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest

from backtimer.store import history_io
from backtimer.store.db import open_database
from backtimer.store.history import HistoryStore
from tests.app_process import query
from tests.helpers.store_data import T0, report, routine, step

pytestmark = pytest.mark.slow  # six imports killed at random moments (5 s in all)
CLI = [sys.executable, "-m", "backtimer"]
SESSIONS = 400


@pytest.fixture(scope="module")
def big_export(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("export")
    db = open_database(folder / "source.sqlite3")
    store = HistoryStore(db)
    for n in range(SESSIONS):
        started = T0 + timedelta(hours=n)
        sid = store.begin_session(routine(), started, 0, 60.0)
        records = tuple(step(i) for i in range(6))
        for r in records:
            store.record_step(sid, r)
        store.finish_session(sid, report(records), started + timedelta(minutes=5))
    out = folder / "big.json"
    with out.open("w", encoding="utf-8") as f:
        history_io.export_history(db, f)
    db.close()
    assert len(json.loads(out.read_text())["sessions"]) == SESSIONS
    return out


@pytest.mark.parametrize("seed", range(6))
def test_a_killed_import_is_all_or_nothing(tmp_path: Path, big_export: Path, seed: int) -> None:
    rng = random.Random(seed)
    sig = [signal.SIGKILL, signal.SIGTERM, signal.SIGINT][seed % 3]
    data = tmp_path / "data"
    subprocess.run([*CLI, "--data-dir", str(data), "routines", "list"], check=True, timeout=60)
    proc = subprocess.Popen(
        [*CLI, "--data-dir", str(data), "history", "import", str(big_export)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        proc.wait(timeout=rng.uniform(0.2, 1.5))  # the seeded moment; it may finish first
    except subprocess.TimeoutExpired:
        proc.send_signal(sig)
    _, err = proc.communicate(timeout=60)
    db = data / "backtimer.sqlite3"
    count = query(db, "SELECT count(*) FROM session")[0][0]
    assert count in (0, SESSIONS), f"a partial import of {count} sessions"
    assert query(db, "PRAGMA integrity_check") == [("ok",)]
    assert "Traceback" not in err
