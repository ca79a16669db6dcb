"""Custom routines in the data file: list, get, save, rename, delete and restore (undo).

A routine is stored as its routine-file text (``routine_io.to_text``), so what is stored
is exactly what an export writes, plus columns for the id, the name and the times. Its
id is ``custom:<n>``. Names are unique among custom routines, case-insensitively
(``str.casefold``, so "Straße" and "STRASSE" clash too).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import UTC, datetime

from backtimer.core import routine_io
from backtimer.core.model import Routine
from backtimer.store.db import Database, StoreError, parse_utc, utc_text

ID_PREFIX = "custom:"


class RoutineNameTaken(StoreError):
    """Another custom routine already has this name (compared case-insensitively)."""

    def __init__(self, name: str) -> None:
        self.name = name
        super().__init__(f"A routine called {name!r} already exists; choose another name.")


@dataclass(frozen=True, slots=True)
class StoredRoutine:
    """One line of the routine list, without parsing the routine."""

    id: str
    name: str
    created_utc: datetime
    updated_utc: datetime


@dataclass(frozen=True, slots=True)
class DeletedRoutine:
    """What :meth:`RoutineStore.delete` removed; give it to :meth:`RoutineStore.restore`."""

    id: str
    name: str
    body: str
    created_utc: str
    updated_utc: str


def name_key(name: str) -> str:
    return " ".join(name.split()).casefold()


def _rowid(routine_id: str) -> int:
    if not routine_id.startswith(ID_PREFIX) or not routine_id[len(ID_PREFIX) :].isdigit():
        raise KeyError(f"{routine_id!r} is not a custom routine id")
    return int(routine_id[len(ID_PREFIX) :])


class RoutineStore:
    """Custom routines. ``known_exercises`` gives the catalogue's exercise ids (for parsing)."""

    def __init__(
        self,
        db: Database,
        known_exercises: Iterable[str],
        *,
        now: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self._db = db
        self._known = frozenset(known_exercises)
        self._now = now

    def list(self) -> list[StoredRoutine]:
        rows = self._db.conn.execute(
            "SELECT id, name, created_utc, updated_utc FROM routine ORDER BY name_key, id"
        ).fetchall()
        return [
            StoredRoutine(f"{ID_PREFIX}{r[0]}", r[1], parse_utc(r[2]), parse_utc(r[3]))
            for r in rows
        ]

    def get(self, routine_id: str) -> Routine:
        """The routine; ``KeyError`` if there is none, ``ContentError`` if it no longer parses."""
        row = self._db.conn.execute(
            "SELECT id, body FROM routine WHERE id = ?", (_rowid(routine_id),)
        ).fetchone()
        if row is None:
            raise KeyError(routine_id)
        return self._parse(row[0], row[1])

    def find(self, name: str) -> Routine | None:
        """The custom routine with this name (case-insensitively), or None."""
        row = self._db.conn.execute(
            "SELECT id, body FROM routine WHERE name_key = ?", (name_key(name),)
        ).fetchone()
        return None if row is None else self._parse(row[0], row[1])

    def save(self, routine: Routine) -> Routine:
        """Insert (id ``""``) or update (id ``custom:<n>``) in one transaction.

        Returns the routine with its id. Raises :class:`RoutineNameTaken`.
        """
        name = " ".join(routine.name.split())
        if not name:
            raise ValueError("a routine needs a name")
        routine = replace(routine, name=name, builtin=False)
        body = routine_io.to_text(routine)
        stamp = utc_text(self._now())
        try:
            with self._db.transaction() as conn:
                if routine.id:
                    rowid = _rowid(routine.id)
                    cur = conn.execute(
                        "UPDATE routine SET name = ?, name_key = ?, body = ?, updated_utc = ? "
                        "WHERE id = ?",
                        (name, name_key(name), body, stamp, rowid),
                    )
                    if cur.rowcount != 1:
                        raise KeyError(routine.id)
                else:
                    cur = conn.execute(
                        "INSERT INTO routine (name, name_key, body, created_utc, updated_utc) "
                        "VALUES (?, ?, ?, ?, ?)",
                        (name, name_key(name), body, stamp, stamp),
                    )
                    rowid = int(cur.lastrowid or 0)
        except sqlite3.IntegrityError:
            raise RoutineNameTaken(name) from None
        return replace(routine, id=f"{ID_PREFIX}{rowid}")

    def rename(self, routine_id: str, new_name: str) -> Routine:
        return self.save(replace(self.get(routine_id), name=new_name))

    def delete(self, routine_id: str) -> DeletedRoutine:
        rowid = _rowid(routine_id)
        with self._db.transaction() as conn:
            row = conn.execute(
                "SELECT name, body, created_utc, updated_utc FROM routine WHERE id = ?", (rowid,)
            ).fetchone()
            if row is None:
                raise KeyError(routine_id)
            conn.execute("DELETE FROM routine WHERE id = ?", (rowid,))
        return DeletedRoutine(routine_id, row[0], row[1], row[2], row[3])

    def restore(self, deleted: DeletedRoutine) -> Routine:
        """Put a deleted routine back under its old id (undo)."""
        rowid = _rowid(deleted.id)
        try:
            with self._db.transaction() as conn:
                conn.execute(
                    "INSERT INTO routine (id, name, name_key, body, created_utc, updated_utc) "
                    "VALUES (?, ?, ?, ?, ?, ?)",
                    (
                        rowid,
                        deleted.name,
                        name_key(deleted.name),
                        deleted.body,
                        deleted.created_utc,
                        deleted.updated_utc,
                    ),
                )
        except sqlite3.IntegrityError:
            raise RoutineNameTaken(deleted.name) from None
        return self._parse(rowid, deleted.body)

    def _parse(self, rowid: int, body: str) -> Routine:
        routine = routine_io.parse_text(body, f"{ID_PREFIX}{rowid}", self._known)
        return replace(routine, id=f"{ID_PREFIX}{rowid}")
