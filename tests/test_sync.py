"""Sync through a shared folder, with the sync tool played by hand (files copied between two
folders): sessions both ways, routine edits on both computers, damaged and foreign files."""

from __future__ import annotations

import json
import shutil
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from backtimer.core.model import Dosage, Item, Mode, Routine
from backtimer.store.db import Database, open_database
from backtimer.store.history import HistoryStore
from backtimer.store.routines import RoutineStore
from backtimer.store.sync import CONFLICT_SUFFIX, SyncFolderRefused, sync_once
from backtimer.store.sync_journal import journal_files
from tests.helpers.store_data import run_session

KNOWN = {"bird-dog", "glute-bridge", "cat-cow"}
T0 = datetime(2026, 11, 2, 8, 0, tzinfo=UTC)


class Computer:
    """A data folder with its database, and the folder its sync tool keeps in step."""

    def __init__(self, root: Path, name: str) -> None:
        self.data = root / name / "data"
        self.folder = root / name / "Sync"
        self.folder.mkdir(parents=True)
        self.db: Database = open_database(self.data / "backtimer.sqlite3")
        self.history = HistoryStore(self.db)
        self.routines = RoutineStore(self.db, KNOWN)
        self.told: set[str] = set()
        self.clock = T0

    def now(self) -> datetime:
        self.clock += timedelta(seconds=1)
        return self.clock

    def sync(self):
        return sync_once(self.db, self.folder, KNOWN, now=self.now, told=self.told)

    def names(self) -> list[str]:
        return sorted(r.name for r in self.routines.list())

    def bodies(self) -> dict[str, tuple[Item, ...]]:
        return {r.name: self.routines.get(r.id).items for r in self.routines.list()}

    def uuids(self) -> set[str]:
        return {s.uuid for s in self.history.sessions(1000)}


def carry(src: Computer, dst: Computer) -> None:
    """What the sync tool does: copy every journal of src's folder into dst's."""
    for path in journal_files(src.folder):
        shutil.copy2(path, dst.folder / path.name)


@pytest.fixture
def pair(tmp_path: Path):
    a, b = Computer(tmp_path, "laptop"), Computer(tmp_path, "desktop")
    yield a, b
    a.db.close()
    b.db.close()


def routine(name: str, seconds: int = 30) -> Routine:
    return Routine(name, "", 5, (Item("bird-dog", Dosage(Mode.TIMED, seconds=seconds)),))


def test_sessions_travel_both_ways_and_are_never_doubled(pair) -> None:
    a, b = pair
    run_session(a.history, T0)
    run_session(b.history, T0 + timedelta(hours=5))
    ra = a.sync()
    assert ra.wrote and ra.sessions_added == 0
    b.sync()
    carry(a, b)
    carry(b, a)
    assert b.sync().sessions_added == 1
    assert a.sync().sessions_added == 1
    assert a.uuids() == b.uuids() and len(a.uuids()) == 2
    # Another round changes nothing and writes nothing.
    carry(a, b)
    carry(b, a)
    for c in (a, b):
        again = c.sync()
        assert (again.sessions_added, again.routines_changed, again.wrote) == (0, 0, False)
    # Steps came along.
    sid = next(s.id for s in b.history.sessions(10) if s.uuid in a.uuids())
    assert len(b.history.session_detail(sid).steps) == 3


def test_a_session_deleted_here_stays_deleted_here(pair) -> None:
    a, b = pair
    sid = run_session(a.history, T0)
    a.sync()
    a.history.delete_session(sid)
    carry(a, b)
    b.sync()
    assert len(b.uuids()) == 1  # the other computer keeps it
    carry(b, a)
    a.sync()
    assert a.uuids() == set()  # and it does not come back here


def test_routines_created_edited_and_deleted(pair) -> None:
    a, b = pair
    saved = a.routines.save(routine("Morning"))
    a.sync()
    carry(a, b)
    assert b.sync().routines_changed == 1
    assert b.names() == ["Morning"]
    a.routines.save(replace(saved, name="Morning stretch"))
    a.sync()
    carry(a, b)
    b.sync()
    assert b.names() == ["Morning stretch"]
    a.routines.delete(saved.id)
    a.sync()
    carry(a, b)
    b.sync()
    assert b.names() == []


def test_the_same_routine_edited_on_both_keeps_both_edits(pair) -> None:
    a, b = pair
    saved = a.routines.save(routine("Evening"))
    a.sync()
    carry(a, b)
    b.sync()
    on_b = b.routines.find("Evening")
    assert on_b is not None
    a.routines.save(replace(saved, items=routine("x", 45).items))  # edited first
    b.clock += timedelta(minutes=1)
    b.routines.save(replace(on_b, items=routine("x", 60).items))  # edited later: wins
    a.sync()
    b.sync()
    carry(a, b)
    carry(b, a)
    ra, rb = a.sync(), b.sync()
    assert ra.conflicts == 1 and rb.conflicts == 1
    for c in (a, b):
        assert c.names() == ["Evening", "Evening" + CONFLICT_SUFFIX]
        assert c.bodies()["Evening"][0].dosage.seconds == 60
        assert c.bodies()["Evening" + CONFLICT_SUFFIX][0].dosage.seconds == 45
    # Both computers made the same merge: after one more exchange all is quiet.
    carry(a, b)
    carry(b, a)
    a.sync()
    b.sync()
    carry(a, b)
    carry(b, a)
    assert not a.sync().wrote and not b.sync().wrote
    assert a.names() == b.names()


def test_same_name_made_on_both_is_kept_twice(pair) -> None:
    a, b = pair
    a.routines.save(routine("Core", 20))
    b.routines.save(routine("Core", 40))
    a.sync()
    b.sync()
    carry(a, b)
    carry(b, a)
    a.sync()
    b.sync()
    assert a.names() == ["Core", "Core (2)"] and b.names() == ["Core", "Core (2)"]
    carry(a, b)
    carry(b, a)
    assert not a.sync().wrote and not b.sync().wrote  # a local suffix is not an edit


def test_damaged_future_and_conflict_files(pair) -> None:
    a, b = pair
    run_session(b.history, T0)
    b.sync()
    own = journal_files(b.folder)[0]
    device = own.stem.removeprefix("backtimer-journal-")
    # The sync tool's conflict copy of b's journal, a half-copied file, a newer version.
    shutil.copy2(own, a.folder / f"{own.stem}.sync-conflict-20261130-120000-ABCDEFG.json")
    (a.folder / f"backtimer-journal-{'0' * 32}.json").write_text('{"format": "backtimer-jour')
    doc = json.loads(own.read_text())
    doc.update(version=99, device="f" * 32)
    (a.folder / f"backtimer-journal-{'f' * 32}.json").write_text(json.dumps(doc))
    r = a.sync()
    assert r.sessions_added == 1
    text = " ".join(n.text for n in r.notices)
    assert {n.kind for n in r.notices} == {"damaged", "newer", "conflict_file"}
    assert "incomplete or damaged" in text
    assert "newer BackTimer" in text
    assert "conflict copy" in text
    assert a.sync().notices == []  # each said once
    assert device


def test_a_tampered_revision_is_dropped(pair) -> None:
    a, b = pair
    a.routines.save(routine("Noon"))
    a.sync()
    path = journal_files(a.folder)[0]
    doc = json.loads(path.read_text())
    doc["routines"][0]["body"] = doc["routines"][0]["body"].replace("Noon", "Evil")
    (b.folder / path.name).write_text(json.dumps(doc))
    r = b.sync()
    assert b.names() == []
    assert [n.kind for n in r.notices] == ["dropped"]


def test_the_data_folder_is_never_the_sync_folder(pair, tmp_path: Path) -> None:
    a, _ = pair
    for bad in (a.data, a.data / "sub", a.data.parent):
        bad.mkdir(exist_ok=True)
        with pytest.raises(SyncFolderRefused, match="damage"):
            sync_once(a.db, bad, KNOWN)
    with pytest.raises(SyncFolderRefused, match="not a folder"):
        sync_once(a.db, tmp_path / "missing", KNOWN)
