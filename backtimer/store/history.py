"""The session history: written as it happens; undo of a deletion.

:class:`HistoryStore` is the history of one :class:`Database`: the reading side comes
from :class:`backtimer.store.history_read.HistoryReader` (pages of sessions, details,
weekly totals, pain), the writing side is here.

Writing: :meth:`HistoryStore.begin_session` when a session starts, :meth:`record_step`
when each exercise step ends and :meth:`finish_session` at the end, each in one small
transaction. If the process dies, everything committed stays; on the next start
:meth:`mark_interrupted` turns sessions still ``running`` into ``interrupted`` with their
totals recomputed from their stored steps. :meth:`delete_session` returns a
:class:`SessionSnapshot` that :meth:`restore_session` (and the importer, through
:meth:`insert_snapshot`) puts back.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from backtimer.core.model import Routine
from backtimer.core.report import SessionReport, SessionStatus, StepRecord
from backtimer.core.routine_io import routine_to_json
from backtimer.store.db import Database, utc_text
from backtimer.store.history_read import (
    EXERCISE_KINDS,
    SESSION_COLUMNS,
    STEP_COLUMNS,
    HistoryReader,
)
from backtimer.store.uuids import random_uuid

_UPSERT_STEP = (
    f"INSERT INTO step (session_id, {', '.join(STEP_COLUMNS)}) "
    f"VALUES (?, {', '.join('?' * len(STEP_COLUMNS))}) "
    "ON CONFLICT (session_id, step_index) DO UPDATE SET "
    + ", ".join(f"{c} = excluded.{c}" for c in STEP_COLUMNS[1:])
)
_INSERT_SESSION = (
    f"INSERT INTO session (id, {', '.join(SESSION_COLUMNS)}) "
    f"VALUES (?, {', '.join('?' * len(SESSION_COLUMNS))})"
)


def snapshot_text(routine: Routine) -> str:
    """The routine as run, as compact JSON (what the store and the export keep)."""
    return json.dumps(routine_to_json(routine), ensure_ascii=False, separators=(",", ":"))


@dataclass(frozen=True, slots=True)
class SessionSnapshot:
    """A session's stored values and its steps, as removed by :meth:`HistoryStore.delete_session`.

    ``session`` maps :data:`SESSION_COLUMNS` to values; each step maps :data:`STEP_COLUMNS`.
    """

    id: int | None
    session: dict[str, Any]
    steps: tuple[dict[str, Any], ...]


def _step_values(step: StepRecord) -> tuple[Any, ...]:
    return (
        step.step_index,
        step.item_index,
        step.exercise_id,
        step.exercise_name,
        step.kind.value,
        step.mode.value,
        step.side.value if step.side is not None else None,
        step.set_no,
        step.hold_no,
        float(step.planned_seconds),
        float(step.actual_seconds),
        step.reps_planned,
        step.reps_done,
        step.outcome.value,
    )


def _check_pain(value: int | None) -> None:
    if value is not None and (isinstance(value, bool) or not 0 <= value <= 10):
        raise ValueError(f"pain must be 0 to 10 or None, not {value!r}")


class HistoryStore(HistoryReader):
    """The history tables of one :class:`Database`. Use from the thread that opened it."""

    def __init__(self, db: Database, *, now: Callable[[], datetime] = lambda: datetime.now(UTC)):
        super().__init__(db)
        self._now = now

    # -- writing -----------------------------------------------------------------------

    def begin_session(
        self,
        routine: Routine,
        started_utc: datetime,
        utc_offset_minutes: int,
        planned_seconds: float,
        *,
        session_uuid: str | None = None,
        pain_before: int | None = None,
    ) -> int:
        """Store a new ``running`` session (with the pain answered before it, if any,
        in the same write); return its id."""
        started = utc_text(started_utc)
        values = {
            "uuid": session_uuid or random_uuid(),
            "routine_id": routine.id,
            "routine_name": routine.name,
            "routine_json": snapshot_text(routine),
            "started_utc": started,
            "utc_offset_minutes": int(utc_offset_minutes),
            "ended_utc": None,
            "last_write_utc": started,
            "status": SessionStatus.RUNNING.value,
            "planned_seconds": float(planned_seconds),
            "exercised_seconds": 0.0,
            "paused_seconds": 0.0,
            "elapsed_seconds": 0.0,
            "pain_before": pain_before,
            "pain_after": None,
            "note": "",
        }
        with self._db.transaction() as conn:
            cur = conn.execute(_INSERT_SESSION, (None, *values.values()))
        return int(cur.lastrowid or 0)

    def record_step(self, session_id: int, step: StepRecord) -> None:
        """Store a step as it ended (a revisited step replaces its earlier record).

        Raises ``KeyError`` if the session is unknown or no longer running.
        """
        with self._db.transaction() as conn:
            cur = conn.execute(
                "UPDATE session SET last_write_utc = ? WHERE id = ? AND status = 'running'",
                (utc_text(self._now()), session_id),
            )
            if cur.rowcount != 1:
                raise KeyError(f"no running session {session_id}")
            conn.execute(_UPSERT_STEP, (session_id, *_step_values(step)))
            conn.execute(
                "UPDATE session SET exercised_seconds = (SELECT total(actual_seconds) FROM step "
                f"WHERE session_id = ?1 AND kind IN {EXERCISE_KINDS}) WHERE id = ?1",
                (session_id,),
            )

    def finish_session(self, session_id: int, report: SessionReport, ended_utc: datetime) -> None:
        """Store the end: every step of the report, the status and the totals."""
        if report.status in (SessionStatus.RUNNING, SessionStatus.INTERRUPTED):
            raise ValueError(f"a session cannot finish as {report.status.value!r}")
        ended = utc_text(ended_utc)
        with self._db.transaction() as conn:
            conn.executemany(_UPSERT_STEP, [(session_id, *_step_values(s)) for s in report.steps])
            cur = conn.execute(
                "UPDATE session SET status = ?, ended_utc = ?, last_write_utc = ?, "
                "planned_seconds = ?, exercised_seconds = ?, paused_seconds = ?, "
                "elapsed_seconds = ? WHERE id = ?",
                (
                    report.status.value,
                    ended,
                    ended,
                    float(report.planned_seconds),
                    max(0.0, float(report.exercised_seconds)),
                    max(0.0, float(report.paused_seconds)),
                    max(0.0, float(report.elapsed_seconds)),
                    session_id,
                ),
            )
            if cur.rowcount != 1:
                raise KeyError(f"no session {session_id}")

    def set_pain(self, session_id: int, before: int | None, after: int | None) -> None:
        _check_pain(before)
        _check_pain(after)
        self._update(session_id, "pain_before = ?, pain_after = ?", (before, after))

    def set_pain_at(self, session_id: int, moment: str, value: int | None) -> None:
        """One pain answer: ``moment`` is "before" or "after"; the other is kept."""
        if moment not in ("before", "after"):
            raise ValueError(f"pain is asked before or after, not {moment!r}")
        _check_pain(value)
        self._update(session_id, f"pain_{moment} = ?", (value,))

    def set_note(self, session_id: int, note: str) -> None:
        self._update(session_id, "note = ?", (note,))

    def _update(self, session_id: int, assignments: str, values: tuple[Any, ...]) -> None:
        with self._db.transaction() as conn:
            cur = conn.execute(
                f"UPDATE session SET {assignments} WHERE id = ?", (*values, session_id)
            )
            if cur.rowcount != 1:
                raise KeyError(f"no session {session_id}")

    def mark_interrupted(self) -> int:
        """Sessions left ``running`` by a process that died become ``interrupted``.

        Call once at start-up, before any session begins. Their exercised seconds are
        recomputed from their stored steps, and they end at their last write. Uses a
        partial index, so the cost does not grow with the history. Returns how many.
        """
        with self._db.transaction() as conn:
            cur = conn.execute(
                "UPDATE session SET status = 'interrupted', ended_utc = last_write_utc, "
                "elapsed_seconds = max(0.0, "
                "(julianday(last_write_utc) - julianday(started_utc)) * 86400.0), "
                "exercised_seconds = (SELECT total(actual_seconds) FROM step "
                f"WHERE step.session_id = session.id AND kind IN {EXERCISE_KINDS}) "
                "WHERE status = 'running'"
            )
        return int(cur.rowcount)

    # -- undo --------------------------------------------------------------------------

    def delete_session(self, session_id: int) -> SessionSnapshot:
        """Remove a session and its steps; the snapshot restores it (undo)."""
        with self._db.transaction() as conn:
            snap = self._snapshot(conn, session_id)
            conn.execute("DELETE FROM session WHERE id = ?", (session_id,))
        return snap

    def restore_session(self, snapshot: SessionSnapshot) -> int:
        """Put back a deleted session with its steps (same id when it has one)."""
        with self._db.transaction() as conn:
            return self.insert_snapshot(conn, snapshot)

    def snapshot(self, session_id: int) -> SessionSnapshot:
        return self._snapshot(self._db.conn, session_id)

    def _snapshot(self, conn: Any, session_id: int) -> SessionSnapshot:
        row = conn.execute(
            f"SELECT {', '.join(SESSION_COLUMNS)} FROM session WHERE id = ?", (session_id,)
        ).fetchone()
        if row is None:
            raise KeyError(f"no session {session_id}")
        steps = conn.execute(
            f"SELECT {', '.join(STEP_COLUMNS)} FROM step WHERE session_id = ? ORDER BY step_index",
            (session_id,),
        ).fetchall()
        return SessionSnapshot(
            session_id,
            dict(zip(SESSION_COLUMNS, row, strict=True)),
            tuple(dict(zip(STEP_COLUMNS, s, strict=True)) for s in steps),
        )

    @staticmethod
    def insert_snapshot(conn: Any, snapshot: SessionSnapshot) -> int:
        """Insert within the caller's transaction (also used by the importer)."""
        values = [snapshot.session[c] for c in SESSION_COLUMNS]
        cur = conn.execute(_INSERT_SESSION, (snapshot.id, *values))
        session_id = int(cur.lastrowid or 0)
        conn.executemany(
            f"INSERT INTO step (session_id, {', '.join(STEP_COLUMNS)}) "
            f"VALUES (?, {', '.join('?' * len(STEP_COLUMNS))})",
            [(session_id, *(s[c] for c in STEP_COLUMNS)) for s in snapshot.steps],
        )
        return session_id
