"""Custom routines in the data file."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from backtimer.core import routine_io
from backtimer.core.fields import ContentError
from backtimer.store.db import Database, open_database
from backtimer.store.routines import RoutineNameTaken, RoutineStore
from tests.helpers.store_data import routine

KNOWN = {"bird-dog", "glute-bridge"}


class Clock:
    def __init__(self) -> None:
        self.t = datetime(2026, 5, 1, 8, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        self.t += timedelta(seconds=1)
        return self.t


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(tmp_path / "backtimer.sqlite3")
    yield database
    database.close()


@pytest.fixture
def store(db: Database) -> RoutineStore:
    return RoutineStore(db, KNOWN, now=Clock())


def test_save_gives_an_id_and_get_returns_the_same_routine(store: RoutineStore) -> None:
    saved = store.save(routine("  Morning   back "))
    assert saved.id.startswith("custom:") and saved.name == "Morning back"
    got = store.get(saved.id)
    assert got == saved
    assert routine_io.to_text(got) == routine_io.to_text(saved)
    assert store.find("MORNING BACK") == saved
    assert store.find("evening") is None


def test_update_keeps_the_id_and_changes_updated(store: RoutineStore) -> None:
    saved = store.save(routine("Morning back"))
    [before] = store.list()
    changed = store.save(replace(saved, description="Longer", lead_in_seconds=20))
    assert changed.id == saved.id
    [after] = store.list()
    assert after.updated_utc > before.updated_utc and after.created_utc == before.created_utc
    assert store.get(saved.id).lead_in_seconds == 20


def test_names_are_unique_case_insensitively(store: RoutineStore) -> None:
    store.save(routine("Straße"))
    with pytest.raises(RoutineNameTaken):
        store.save(routine("STRASSE"))
    other = store.save(routine("Other"))
    with pytest.raises(RoutineNameTaken):
        store.rename(other.id, "strasse")
    assert [r.name for r in store.list()] == ["Other", "Straße"]


def test_rename_changes_the_stored_text_too(store: RoutineStore) -> None:
    saved = store.save(routine("Morning back"))
    renamed = store.rename(saved.id, "Dawn back")
    assert store.get(saved.id).name == "Dawn back" == renamed.name
    assert [r.name for r in store.list()] == ["Dawn back"]


def test_delete_and_restore(store: RoutineStore) -> None:
    a = store.save(routine("A"))
    b = store.save(routine("B"))
    gone = store.delete(b.id)
    assert [r.id for r in store.list()] == [a.id]
    c = store.save(routine("C"))  # ids are never reused
    assert c.id != b.id
    assert store.restore(gone) == b
    assert [r.name for r in store.list()] == ["A", "B", "C"]
    with pytest.raises(KeyError):
        store.get("custom:999")
    with pytest.raises(KeyError):
        store.delete("builtin:morning")


def test_a_stored_routine_that_no_longer_parses_says_why(db: Database) -> None:
    saved = RoutineStore(db, KNOWN).save(routine("Morning back"))
    with pytest.raises(ContentError, match="glute-bridge"):
        RoutineStore(db, {"bird-dog"}).get(saved.id)


def test_an_empty_name_is_refused(store: RoutineStore) -> None:
    with pytest.raises(ValueError):
        store.save(routine("   "))
