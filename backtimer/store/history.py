"""The session history: written as it happens, read by the history page and the charts.

Writing: :meth:`HistoryStore.begin_session` when a session starts, :meth:`record_step`
when each exercise step ends and :meth:`finish_session` at the end, each in one small
transaction. If the process dies, everything committed stays; on the next start
:meth:`mark_interrupted` turns sessions still ``running`` into ``interrupted`` with their
totals recomputed from their stored steps.

Reading: pages of sessions, one session's details, weekly totals (ISO weeks in the local
time where each session was done, computed in SQL), the pain series and how often an
exercise hurt lately. Times are stored as UTC text with milliseconds plus the UTC offset
in minutes that the place had when the session started.
"""

from __future__ import annotations

import json
import uuid as uuidlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any

from backtimer.core.model import Mode, Routine, Side
from backtimer.core.report import Outcome, SessionReport, SessionStatus, StepRecord
from backtimer.core.routine_io import routine_to_json
from backtimer.core.steps import StepKind
from backtimer.store.db import Database, parse_utc, utc_text

# Column order of a stored session and step (also the export's field order).
SESSION_COLUMNS = (
    "uuid",
    "routine_id",
    "routine_name",
    "routine_json",
    "started_utc",
    "utc_offset_minutes",
    "ended_utc",
    "last_write_utc",
    "status",
    "planned_seconds",
    "exercised_seconds",
    "paused_seconds",
    "elapsed_seconds",
    "pain_before",
    "pain_after",
    "note",
)
STEP_COLUMNS = (
    "step_index",
    "item_index",
    "exercise_id",
    "exercise_name",
    "kind",
    "mode",
    "side",
    "set_no",
    "hold_no",
    "planned_seconds",
    "actual_seconds",
    "reps_planned",
    "reps_done",
    "outcome",
)
_EXERCISE_KINDS = "('work', 'hold')"
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
_ROW_COLUMNS = (
    "s.id, s.uuid, s.routine_id, s.routine_name, s.started_utc, s.utc_offset_minutes, "
    "s.ended_utc, s.status, s.planned_seconds, s.exercised_seconds, s.paused_seconds, "
    "s.elapsed_seconds, s.pain_before, s.pain_after, s.note"
)


def snapshot_text(routine: Routine) -> str:
    """The routine as run, as compact JSON (what the store and the export keep)."""
    return json.dumps(routine_to_json(routine), ensure_ascii=False, separators=(",", ":"))


def local_zone(utc_offset_minutes: int) -> timezone:
    return timezone(timedelta(minutes=utc_offset_minutes))


@dataclass(frozen=True, slots=True)
class SessionRow:
    """One line of the session list."""

    id: int
    uuid: str
    routine_id: str
    routine_name: str
    started_utc: datetime
    utc_offset_minutes: int
    ended_utc: datetime | None
    status: SessionStatus
    planned_seconds: float
    exercised_seconds: float
    paused_seconds: float
    elapsed_seconds: float  # start to end (for an interrupted one: to its last write)
    pain_before: int | None
    pain_after: int | None
    note: str
    steps_done: int
    steps_skipped: int
    steps_hurt: int

    @property
    def started_local(self) -> datetime:
        """The start in the local time of the place where it was done (aware)."""
        return self.started_utc.astimezone(local_zone(self.utc_offset_minutes))


@dataclass(frozen=True, slots=True)
class SessionDetail:
    session: SessionRow
    routine_json: str  # the routine as run (routine_io's format, compact)
    steps: tuple[StepRecord, ...]


@dataclass(frozen=True, slots=True)
class SessionSnapshot:
    """A session's stored values and its steps, as removed by :meth:`HistoryStore.delete_session`.

    ``session`` maps :data:`SESSION_COLUMNS` to values; each step maps :data:`STEP_COLUMNS`.
    """

    id: int | None
    session: dict[str, Any]
    steps: tuple[dict[str, Any], ...]


@dataclass(frozen=True, slots=True)
class WeekTotal:
    monday: date  # the local Monday that starts the ISO week
    iso_year: int
    iso_week: int
    minutes: float  # minutes exercised (active time in work and hold steps)
    sessions: int


@dataclass(frozen=True, slots=True)
class PainPoint:
    session_id: int
    started_local: datetime
    pain_before: int | None
    pain_after: int | None


@dataclass(frozen=True, slots=True)
class HurtCount:
    hurt: int  # sessions among ``sessions`` in which the exercise was recorded as hurt
    sessions: int  # the last sessions that included the exercise (at most the number asked)


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


def _step_record(row: Sequence[Any]) -> StepRecord:
    return StepRecord(
        step_index=row[0],
        item_index=row[1],
        exercise_id=row[2],
        exercise_name=row[3],
        kind=StepKind(row[4]),
        mode=Mode(row[5]),
        side=Side(row[6]) if row[6] is not None else None,
        set_no=row[7],
        hold_no=row[8],
        planned_seconds=row[9],
        actual_seconds=row[10],
        reps_planned=row[11],
        reps_done=row[12],
        outcome=Outcome(row[13]),
    )


def _session_row(r: Sequence[Any]) -> SessionRow:
    return SessionRow(
        id=r[0],
        uuid=r[1],
        routine_id=r[2],
        routine_name=r[3],
        started_utc=parse_utc(r[4]),
        utc_offset_minutes=r[5],
        ended_utc=parse_utc(r[6]) if r[6] is not None else None,
        status=SessionStatus(r[7]),
        planned_seconds=r[8],
        exercised_seconds=r[9],
        paused_seconds=r[10],
        elapsed_seconds=r[11],
        pain_before=r[12],
        pain_after=r[13],
        note=r[14],
        steps_done=int(r[15]),
        steps_skipped=int(r[16]),
        steps_hurt=int(r[17]),
    )


def _check_pain(value: int | None) -> None:
    if value is not None and (isinstance(value, bool) or not 0 <= value <= 10):
        raise ValueError(f"pain must be 0 to 10 or None, not {value!r}")


class HistoryStore:
    """The history tables of one :class:`Database`. Use from the thread that opened it."""

    def __init__(self, db: Database, *, now: Callable[[], datetime] = lambda: datetime.now(UTC)):
        self._db = db
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
    ) -> int:
        """Store a new ``running`` session; return its id."""
        started = utc_text(started_utc)
        values = {
            "uuid": session_uuid or str(uuidlib.uuid4()),
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
            "pain_before": None,
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
                f"WHERE session_id = ?1 AND kind IN {_EXERCISE_KINDS}) WHERE id = ?1",
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
                f"WHERE step.session_id = session.id AND kind IN {_EXERCISE_KINDS}) "
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

    # -- reading -----------------------------------------------------------------------

    def count_sessions(self) -> int:
        return int(self._db.conn.execute("SELECT count(*) FROM session").fetchone()[0])

    def sessions(self, limit: int = 50, offset: int = 0) -> list[SessionRow]:
        """A page of sessions, newest first."""
        rows = self._db.conn.execute(
            "WITH page AS (SELECT * FROM session ORDER BY started_utc DESC, id DESC "
            "LIMIT ? OFFSET ?) "
            f"SELECT {_ROW_COLUMNS.replace('s.', 'page.')}, "
            "total(st.outcome = 'done'), total(st.outcome = 'skipped'), "
            "total(st.outcome = 'hurt') "
            "FROM page LEFT JOIN step st ON st.session_id = page.id "
            f"AND st.kind IN {_EXERCISE_KINDS} "
            "GROUP BY page.id ORDER BY page.started_utc DESC, page.id DESC",
            (limit, offset),
        ).fetchall()
        return [_session_row(r) for r in rows]

    def session_detail(self, session_id: int) -> SessionDetail | None:
        conn = self._db.conn
        row = conn.execute(
            f"SELECT {_ROW_COLUMNS}, total(st.outcome = 'done'), "
            "total(st.outcome = 'skipped'), total(st.outcome = 'hurt'), s.routine_json "
            "FROM session s LEFT JOIN step st ON st.session_id = s.id "
            f"AND st.kind IN {_EXERCISE_KINDS} WHERE s.id = ? GROUP BY s.id",
            (session_id,),
        ).fetchone()
        if row is None:
            return None
        steps = conn.execute(
            f"SELECT {', '.join(STEP_COLUMNS)} FROM step WHERE session_id = ? ORDER BY step_index",
            (session_id,),
        ).fetchall()
        return SessionDetail(_session_row(row), row[-1], tuple(_step_record(s) for s in steps))

    def weekly_totals(
        self, weeks: int | None = None, *, today: date | None = None
    ) -> list[WeekTotal]:
        """Minutes exercised and sessions per ISO week, in each session's local time.

        ``today`` is the person's local date now (default: this computer's). With
        ``weeks`` the result is exactly that many weeks ending with today's week;
        without, it runs from the first session's week to today's (or the last
        session's, if later). Weeks without sessions are included, with zeros.
        Sessions still running are not counted.
        """
        today = today or date.today()
        this_monday = today - timedelta(days=today.weekday())
        first: str | None = None
        cutoff = ""
        if weeks is not None:
            if weeks < 1:
                return []
            first_monday = this_monday - timedelta(weeks=weeks - 1)
            first = first_monday.isoformat()
            cutoff = f"{first_monday - timedelta(days=1)}T00:00:00.000Z"
        rows = self._db.conn.execute(
            "WITH RECURSIVE per AS ("
            "  SELECT date(started_utc, utc_offset_minutes || ' minutes', 'weekday 0', "
            "    '-6 days') AS monday, exercised_seconds FROM session "
            "  WHERE started_utc >= :cutoff AND status != 'running'), "
            "agg AS (SELECT monday, total(exercised_seconds) / 60.0 AS minutes, "
            "  count(*) AS n FROM per WHERE monday >= coalesce(:first, '') GROUP BY monday), "
            "weeks(monday) AS ("
            "  SELECT coalesce(:first, (SELECT min(monday) FROM agg)) "
            "  UNION ALL SELECT date(monday, '+7 days') FROM weeks WHERE monday < "
            "  max(:this, coalesce(CASE WHEN :first IS NULL THEN (SELECT max(monday) FROM agg) "
            "  END, :this))) "
            "SELECT weeks.monday, CAST(strftime('%Y', weeks.monday, '+3 days') AS INTEGER), "
            "  (CAST(strftime('%j', weeks.monday, '+3 days') AS INTEGER) - 1) / 7 + 1, "
            "  coalesce(agg.minutes, 0.0), coalesce(agg.n, 0) "
            "FROM weeks LEFT JOIN agg USING (monday) WHERE weeks.monday IS NOT NULL "
            "ORDER BY weeks.monday",
            {"cutoff": cutoff, "first": first, "this": this_monday.isoformat()},
        ).fetchall()
        return [WeekTotal(date.fromisoformat(r[0]), r[1], r[2], r[3], r[4]) for r in rows]

    def pain_series(self, since_utc: datetime | None = None) -> list[PainPoint]:
        """Sessions with a pain rating before or after, oldest first."""
        rows = self._db.conn.execute(
            "SELECT id, started_utc, utc_offset_minutes, pain_before, pain_after FROM session "
            "WHERE started_utc >= ? AND (pain_before IS NOT NULL OR pain_after IS NOT NULL) "
            "ORDER BY started_utc, id",
            (utc_text(since_utc) if since_utc else "",),
        ).fetchall()
        return [
            PainPoint(r[0], parse_utc(r[1]).astimezone(local_zone(r[2])), r[3], r[4]) for r in rows
        ]

    def pain_chart(
        self, since_utc: datetime | None = None
    ) -> list[tuple[int, float, int | None, int | None]]:
        """:meth:`pain_series` for a chart: ``(session id, x, before, after)``, where x
        is the session's local wall-clock start in seconds since 1970 as if it were UTC
        (``ui.history.series.wall_x``), worked out by SQLite: tens of thousands of rows
        without a datetime object each (100 years of sessions: 5 ms instead of 300)."""
        return self._db.conn.execute(
            "SELECT id, round((julianday(started_utc) - 2440587.5) * 86400.0, 3) "
            "  + utc_offset_minutes * 60.0, pain_before, pain_after FROM session "
            "WHERE started_utc >= ? AND (pain_before IS NOT NULL OR pain_after IS NOT NULL) "
            "ORDER BY started_utc, id",
            (utc_text(since_utc) if since_utc else "",),
        ).fetchall()

    def exercise_hurt_counts(self, exercise_id: str, last_n_sessions: int = 3) -> HurtCount:
        """Of the last ``last_n_sessions`` sessions that included the exercise, how many hurt."""
        rows = self._db.conn.execute(
            "SELECT EXISTS (SELECT 1 FROM step WHERE exercise_id = ?1 AND session_id = s.id "
            "AND outcome = 'hurt') FROM session s WHERE EXISTS (SELECT 1 FROM step "
            "WHERE exercise_id = ?1 AND session_id = s.id) "
            "ORDER BY s.started_utc DESC, s.id DESC LIMIT ?2",
            (exercise_id, last_n_sessions),
        ).fetchall()
        return HurtCount(sum(r[0] for r in rows), len(rows))
