"""The data file's tables and the ordered migrations that build them.

A file's ``PRAGMA user_version`` is the number of the last migration applied to it;
:func:`~backtimer.store.db.open_database` applies the rest, each in its own transaction.
A released migration is never edited: a change is a new migration at the end (and a new
fixture file in ``tests/fixtures/db``). Standard library only.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Migration:
    """Takes the file from ``version - 1`` to ``version``, in one transaction.

    ``statements`` run first (one SQL statement each), then ``apply`` if given.
    A released migration is never edited: a change is a new migration at the end.
    """

    version: int
    statements: tuple[str, ...] = ()
    apply: Callable[[sqlite3.Connection], None] | None = None


_STATUSES = "'running', 'completed', 'stopped', 'stopped_for_pain', 'interrupted'"
_UTC_TEXT = "LIKE '____-__-__T__:__:__.___Z'"

# Version 1: custom routines and the session history.
_V1 = (
    f"""CREATE TABLE routine (
        id INTEGER PRIMARY KEY AUTOINCREMENT,  -- never reused: undo restores ids
        name TEXT NOT NULL CHECK (length(trim(name)) > 0),
        name_key TEXT NOT NULL UNIQUE,  -- casefolded name: unique case-insensitively
        body TEXT NOT NULL,  -- the routine file text (routine_io.to_text)
        created_utc TEXT NOT NULL CHECK (created_utc {_UTC_TEXT}),
        updated_utc TEXT NOT NULL CHECK (updated_utc {_UTC_TEXT})
    ) STRICT""",
    f"""CREATE TABLE session (
        id INTEGER PRIMARY KEY AUTOINCREMENT,  -- never reused: undo restores ids
        uuid TEXT NOT NULL UNIQUE CHECK (length(uuid) = 36),
        routine_id TEXT NOT NULL DEFAULT '',
        routine_name TEXT NOT NULL,
        routine_json TEXT NOT NULL,  -- snapshot of the routine as run (compact JSON)
        started_utc TEXT NOT NULL CHECK (started_utc {_UTC_TEXT}),
        utc_offset_minutes INTEGER NOT NULL CHECK (utc_offset_minutes BETWEEN -1080 AND 1080),
        ended_utc TEXT CHECK (ended_utc IS NULL OR ended_utc {_UTC_TEXT}),
        last_write_utc TEXT NOT NULL CHECK (last_write_utc {_UTC_TEXT}),
        status TEXT NOT NULL CHECK (status IN ({_STATUSES})),
        planned_seconds REAL NOT NULL CHECK (planned_seconds >= 0),
        exercised_seconds REAL NOT NULL DEFAULT 0 CHECK (exercised_seconds >= 0),
        paused_seconds REAL NOT NULL DEFAULT 0 CHECK (paused_seconds >= 0),
        elapsed_seconds REAL NOT NULL DEFAULT 0 CHECK (elapsed_seconds >= 0),
        pain_before INTEGER CHECK (pain_before BETWEEN 0 AND 10),
        pain_after INTEGER CHECK (pain_after BETWEEN 0 AND 10),
        note TEXT NOT NULL DEFAULT ''
    ) STRICT""",
    "CREATE INDEX session_started ON session (started_utc)",
    "CREATE INDEX session_running ON session (status) WHERE status = 'running'",
    """CREATE TABLE step (
        session_id INTEGER NOT NULL REFERENCES session (id) ON DELETE CASCADE,
        step_index INTEGER NOT NULL CHECK (step_index >= 0),
        item_index INTEGER NOT NULL CHECK (item_index >= 0),
        exercise_id TEXT NOT NULL,
        exercise_name TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN
            ('lead_in', 'work', 'hold', 'hold_rest', 'switch', 'set_rest', 'rest')),
        mode TEXT NOT NULL CHECK (mode IN ('timed', 'paced_reps', 'self_paced_reps', 'holds')),
        side TEXT CHECK (side IS NULL OR side IN ('left', 'right')),
        set_no INTEGER NOT NULL CHECK (set_no >= 1),
        hold_no INTEGER NOT NULL CHECK (hold_no >= 0),
        planned_seconds REAL NOT NULL CHECK (planned_seconds >= 0),
        actual_seconds REAL NOT NULL CHECK (actual_seconds >= 0),
        reps_planned INTEGER CHECK (reps_planned IS NULL OR reps_planned >= 0),
        reps_done INTEGER CHECK (reps_done IS NULL OR reps_done >= 0),
        outcome TEXT NOT NULL CHECK (outcome IN ('done', 'skipped', 'hurt')),
        PRIMARY KEY (session_id, step_index)
    ) STRICT, WITHOUT ROWID""",
    "CREATE INDEX step_exercise ON step (exercise_id, session_id)",
)

# The ordered list of migrations; the schema version is the last one's number.
MIGRATIONS: tuple[Migration, ...] = (Migration(1, _V1),)


def schema_version(migrations: Sequence[Migration] = MIGRATIONS) -> int:
    return migrations[-1].version if migrations else 0
