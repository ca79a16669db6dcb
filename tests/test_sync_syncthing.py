"""Sync with the real engine: two Syncthing instances on 127.0.0.1, each with its own
BackTimer data folder, driven by the ``backtimer sync`` command as separate processes.

Slow (about 30 s): marked ``slow``; ``./dev test`` runs it in its slow group.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from backtimer.core.model import Dosage, Item, Mode, Routine
from backtimer.store.db import open_database
from backtimer.store.history import HistoryStore
from backtimer.store.routines import RoutineStore
from backtimer.store.sync import CONFLICT_SUFFIX
from backtimer.store.sync_journal import JournalUnreadable, journal_name, read_journal
from tests.helpers import syncthing
from tests.helpers.store_data import generate_history, run_session
from tests.helpers.waiting import wait_for

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not syncthing.available(), reason="syncthing is not installed"),
]
T0 = datetime(2026, 11, 2, 8, 0, tzinfo=UTC)
KNOWN = {"supine-back-lift", "swallow-fly"}  # built-in exercises, as the command knows them


def routine(name: str, seconds: int = 30) -> Routine:
    return Routine(name, "", 5, (Item("supine-back-lift", Dosage(Mode.TIMED, seconds=seconds)),))


def cli(data: Path, *args: str | Path) -> str:
    done = subprocess.run(
        [sys.executable, "-m", "backtimer", "--data-dir", str(data), *map(str, args)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def sync(data: Path, folder: Path) -> dict[str, object]:
    return json.loads(cli(data, "sync", "--folder", folder, "--json"))  # type: ignore[no-any-return]


def exported(data: Path) -> set[str]:
    doc = json.loads(cli(data, "history", "export", "--format", "json"))
    return {s["uuid"] for s in doc["sessions"]}


def device(data: Path) -> str:
    return str(json.loads((data / "sync-state.json").read_text())["device"])


def holds(path: Path, uuids: set[str], minimum_routines: int = 0) -> bool:
    """The journal at ``path`` is complete and has these sessions (and that many revisions)."""
    try:
        journal, _ = read_journal(path)
    except JournalUnreadable:
        return False
    return uuids <= journal.session_uuids() and len(journal.routines) >= minimum_routines


def carries_edit(path: Path, seconds: int) -> bool:
    """The journal at ``path`` is complete and holds a routine revision with that dosage."""
    try:
        journal, _ = read_journal(path)
    except JournalUnreadable:
        return False
    return any(
        r.body is not None and json.loads(r.body)["routine"]["items"][0].get("seconds") == seconds
        for r in journal.routines
    )


def record(data: Path, when: datetime, sessions: int = 1) -> set[str]:
    db = open_database(data / "backtimer.sqlite3")
    store = HistoryStore(db)
    for n in range(sessions):
        run_session(store, when + timedelta(hours=n))
    uuids = {s.uuid for s in store.sessions(10_000)}
    db.close()
    return uuids


def test_two_computers_through_syncthing(tmp_path: Path) -> None:
    data_a, data_b = tmp_path / "a-data", tmp_path / "b-data"
    sync_a, sync_b = tmp_path / "a-Sync", tmp_path / "b-Sync"
    with syncthing.pair(tmp_path, sync_a, sync_b) as (st_a, st_b):
        # A session recorded on A shows in B's history, and the reverse.
        on_a = record(data_a, T0)
        sync(data_a, sync_a)
        started = time.monotonic()
        wait_for(
            lambda: holds(sync_b / journal_name(device(data_a)), on_a), 30, "A's journal to reach B"
        )
        assert sync(data_b, sync_b)["sessions_added"] == 1
        a_to_b = time.monotonic() - started
        assert on_a <= exported(data_b)
        on_b = record(data_b, T0 + timedelta(days=1)) - on_a
        sync(data_b, sync_b)
        wait_for(
            lambda: holds(sync_a / journal_name(device(data_b)), on_b), 30, "B's journal to reach A"
        )
        assert sync(data_a, sync_a)["sessions_added"] == 1
        assert exported(data_a) == exported(data_b) == on_a | on_b
        print(f"\nsession ended on A -> in B's history: {a_to_b:.2f} s")

        # The same routine edited on both: one routine plus a conflict copy, on both.
        db = open_database(data_a / "backtimer.sqlite3")
        saved = RoutineStore(db, KNOWN).save(routine("Evening"))
        db.close()
        sync(data_a, sync_a)
        wait_for(lambda: holds(sync_b / journal_name(device(data_a)), set(), 1), 30, "the routine")
        sync(data_b, sync_b)
        for data, seconds in ((data_a, 45), (data_b, 60)):
            db = open_database(data / "backtimer.sqlite3")
            store = RoutineStore(db, KNOWN)
            found = store.find("Evening")
            assert found is not None
            store.save(replace(found, items=routine("x", seconds).items))
            db.close()
            sync(data, sync_a if data == data_a else sync_b)  # B's edit is the later one
        for folder, other, seconds in ((sync_a, data_b, 60), (sync_b, data_a, 45)):
            name = journal_name(device(other))
            wait_for(lambda n=name, f=folder, s=seconds: carries_edit(f / n, s), 30, "the edits")
        sync(data_a, sync_a)
        sync(data_b, sync_b)
        for data in (data_a, data_b):
            names = [
                r["name"]
                for r in json.loads(cli(data, "routines", "list", "--json"))["routines"]
                if not r.get("builtin")
            ]
            assert sorted(names) == ["Evening", "Evening" + CONFLICT_SUFFIX], names
        assert saved.id

        # Killing a Syncthing instance mid-transfer loses nothing.
        db = open_database(data_a / "backtimer.sqlite3")
        generate_history(db, 1500, 6, seed=7)
        all_a = {s.uuid for s in HistoryStore(db).sessions(100_000)} - on_b  # A's own
        db.close()
        sync(data_a, sync_a)
        target = sync_b / journal_name(device(data_a))
        wait_for(lambda: any(sync_b.glob(".syncthing.*.tmp")), 30, "the transfer to begin")
        st_b.kill()
        assert holds(target, on_a)  # the old complete journal is still there, never a torn one
        assert not holds(target, all_a)
        st_b.start()
        wait_for(lambda: st_b.connected(st_a), 30, "B to reconnect")
        st_b.restart_folder()
        wait_for(lambda: holds(target, all_a), 60, "the transfer to finish")
        sync(data_b, sync_b)
        assert all_a <= exported(data_b)
        assert st_a.proc is not None
