"""The connection owner: pragmas, STRICT schema, migrations, refusals, damaged files."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from backtimer.core.model import Routine
from backtimer.core.report import SessionStatus
from backtimer.store.db import (
    MIGRATIONS,
    Migration,
    StoreError,
    open_database,
    parse_utc,
    schema_version,
    utc_text,
)
from backtimer.store.history import HistoryStore
from backtimer.store.routines import RoutineStore

FIXTURES = Path(__file__).parent / "fixtures" / "db"
NAME = "backtimer.sqlite3"
STAMP = time.struct_time((2026, 11, 21, 5, 47, 57, 5, 325, 0))


def fixed_now() -> time.struct_time:
    return STAMP


def make_v1(path: Path) -> None:
    shutil.copyfile(FIXTURES / "v1.sqlite3", path)


def test_a_new_file_has_the_pragmas_and_strict_tables(tmp_path: Path) -> None:
    db = open_database(tmp_path / "deep" / "er" / NAME)
    conn = db.conn
    assert (tmp_path / "deep" / "er" / NAME).is_file()
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 1  # NORMAL
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.user_version == schema_version() == len(MIGRATIONS)
    tables = conn.execute(
        "SELECT name, strict FROM pragma_table_list WHERE schema = 'main' "
        "AND name NOT LIKE 'sqlite_%'"
    ).fetchall()
    assert {name for name, _ in tables} >= {"routine", "session", "step"}
    assert all(strict == 1 for _, strict in tables), tables
    assert (db.moved_aside, db.backup, db.migrated_from) == (None, None, None)
    db.close()
    db.close()  # closing twice is harmless
    assert not (tmp_path / "deep" / "er" / f"{NAME}-wal").exists()


def test_utc_text_has_milliseconds_and_round_trips() -> None:
    moment = parse_utc("2026-11-21T05:47:57.123Z")
    assert utc_text(moment) == "2026-11-21T05:47:57.123Z"
    from datetime import datetime, timedelta, timezone

    local = datetime(2026, 11, 21, 6, 47, 57, 123999, tzinfo=timezone(timedelta(hours=1)))
    assert utc_text(local) == "2026-11-21T05:47:57.123Z"
    with pytest.raises(ValueError):
        utc_text(datetime(2026, 1, 1))
    with pytest.raises(ValueError):
        parse_utc("2026-11-21 05:47:57")


def test_a_newer_file_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / NAME
    make_v1(path)
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {schema_version() + 1}")
    conn.commit()
    conn.close()
    before = (path.read_bytes(), path.stat().st_mtime_ns)
    with pytest.raises(StoreError, match="newer BackTimer") as info:
        open_database(path)
    assert "has not been changed" in str(info.value)
    assert (path.read_bytes(), path.stat().st_mtime_ns) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [NAME]


@pytest.mark.parametrize(
    "content",
    [b"this is a text file, not a database\n" * 20, b"SQLite format 3\x00" + b"\x07" * 5000],
    ids=["text", "bad-header-page"],
)
def test_a_file_that_is_not_a_database_is_moved_aside(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / NAME
    path.write_bytes(content)
    db = open_database(path, now=fixed_now)
    assert db.moved_aside == tmp_path / f"{NAME}.corrupt-20261121-054757"
    assert db.moved_aside.read_bytes() == content
    assert db.user_version == schema_version()
    db.close()
    # A second damaged file the same second does not overwrite the first.
    db.path.write_bytes(content)
    again = open_database(path, now=fixed_now)
    assert again.moved_aside == tmp_path / f"{NAME}.corrupt-20261121-054757-1"
    again.close()


def test_a_file_that_fails_quick_check_is_moved_aside_with_its_data(tmp_path: Path) -> None:
    path = tmp_path / NAME
    db = open_database(path)
    store = HistoryStore(db)
    from tests.helpers.store_data import T0, run_session

    for n in range(40):
        run_session(store, T0.replace(day=1 + n % 28), steps=5)
    root = db.conn.execute("SELECT rootpage FROM sqlite_schema WHERE name = 'step'").fetchone()[0]
    page_size = db.conn.execute("PRAGMA page_size").fetchone()[0]
    db.close()
    with path.open("r+b") as f:  # overwrite the cell pointers of the steps' b-tree root
        f.seek(page_size * (root - 1) + 8)
        f.write(b"\xff" * 200)
    damaged = path.read_bytes()
    db = open_database(path, now=fixed_now)
    assert db.moved_aside is not None and db.moved_aside.read_bytes() == damaged
    assert HistoryStore(db).count_sessions() == 0
    db.close()


def test_a_v0_file_with_tables_is_copied_before_migrating(tmp_path: Path) -> None:
    path = tmp_path / NAME
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE legacy (x INTEGER)")
    conn.execute("INSERT INTO legacy VALUES (42)")
    conn.commit()
    conn.close()
    db = open_database(path)
    assert db.migrated_from == 0
    assert db.backup == tmp_path / f"{NAME}.v0.bak"
    copy = sqlite3.connect(db.backup)
    assert copy.execute("SELECT x FROM legacy").fetchall() == [(42,)]
    assert copy.execute("PRAGMA user_version").fetchone() == (0,)
    copy.close()
    assert db.user_version == schema_version()
    db.close()


def _v2(conn: sqlite3.Connection) -> None:
    conn.execute("UPDATE session SET mood = CASE WHEN pain_after < 3 THEN 'good' ELSE 'ok' END")


V2 = Migration(2, ("ALTER TABLE session ADD COLUMN mood TEXT",), apply=_v2)


def test_a_later_migration_runs_after_a_copy(tmp_path: Path) -> None:
    path = tmp_path / NAME
    make_v1(path)
    original = path.read_bytes()
    db = open_database(path, migrations=(*MIGRATIONS, V2))
    assert (db.migrated_from, db.user_version) == (1, 2)
    assert db.backup == tmp_path / f"{NAME}.v1.bak"
    assert db.conn.execute("SELECT id, mood FROM session ORDER BY id").fetchall() == [
        (1, "good"),
        (2, "ok"),
    ]
    copy = sqlite3.connect(db.backup)
    assert copy.execute("PRAGMA user_version").fetchone() == (1,)
    assert copy.execute("SELECT count(*) FROM step").fetchone() == (3,)
    copy.close()
    db.close()
    assert len(original) > 0
    # This code (which knows only version 1) now refuses the file.
    with pytest.raises(StoreError, match="data format 2"):
        open_database(path)


def test_a_failing_migration_leaves_the_file_at_its_version(tmp_path: Path) -> None:
    path = tmp_path / NAME
    make_v1(path)
    broken = Migration(2, ("ALTER TABLE session ADD COLUMN mood TEXT", "NOT SQL AT ALL"))
    with pytest.raises(StoreError, match="left at format 1") as info:
        open_database(path, migrations=(*MIGRATIONS, broken))
    assert f"{NAME}.v1.bak" in str(info.value)
    db = open_database(path)
    assert db.user_version == 1
    assert "mood" not in [r[1] for r in db.conn.execute("PRAGMA table_info(session)")]
    db.close()


def test_migrations_must_be_numbered_in_order(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="in order"):
        open_database(tmp_path / NAME, migrations=(*MIGRATIONS, Migration(3, ())))


def test_there_is_a_fixture_for_every_schema_version() -> None:
    for version in range(1, schema_version() + 1):
        assert (FIXTURES / f"v{version}.sqlite3").is_file(), (
            f"add v{version} to tests/fixtures/make_db_fixtures.py and run it"
        )


@pytest.mark.parametrize("fixture", sorted(FIXTURES.glob("v*.sqlite3")), ids=lambda p: p.stem)
def test_every_fixture_opens_with_this_version(tmp_path: Path, fixture: Path) -> None:
    path = tmp_path / NAME
    shutil.copyfile(fixture, path)
    db = open_database(path)
    assert db.user_version == schema_version()
    routines = RoutineStore(db, {"bird-dog"})
    [stored] = routines.list()
    routine = routines.get(stored.id)
    assert isinstance(routine, Routine) and routine.name == "Evening stretch"
    history = HistoryStore(db)
    assert history.mark_interrupted() == 1
    rows = history.sessions()
    assert [r.status for r in rows] == [SessionStatus.INTERRUPTED, SessionStatus.COMPLETED]
    assert rows[0].exercised_seconds == 29.5
    detail = history.session_detail(rows[1].id)
    assert detail is not None and detail.session.pain_after == 2 and len(detail.steps) == 2
    db.close()


def test_importing_the_store_touches_nothing_and_needs_no_qt(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "sys.modules['PySide6'] = None\n"
        "import backtimer.store.db, backtimer.store.routines, backtimer.store.history\n"
        "import backtimer.store.history_io, backtimer.store.writer\n"
        "print(sorted(m for m in sys.modules if m.startswith('PySide6')))\n"
    )
    env = {"BACKTIMER_DATA_DIR": str(tmp_path / "data"), "HOME": str(tmp_path), "PATH": ""}
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, cwd=tmp_path, capture_output=True, text=True
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "['PySide6']"  # only the blocker itself
    assert sorted(p.name for p in tmp_path.iterdir()) == []
