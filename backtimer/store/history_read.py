"""Reading the session history: pages of sessions, one session's details, weekly totals,
the pain series and how often an exercise hurt lately (no Qt, no writes).

:class:`HistoryReader` holds the queries; :class:`backtimer.store.history.HistoryStore`
adds the writing side to it. Times are stored as UTC text with milliseconds plus the UTC
offset in minutes that the place had when the session started; weekly totals are ISO
weeks in that local time, grouped by SQLite.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from typing import Any

from backtimer.core.model import Mode, Side
from backtimer.core.report import Outcome, SessionStatus, StepRecord
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
EXERCISE_KINDS = "('work', 'hold')"

_ROW_COLUMNS = (
    "s.id, s.uuid, s.routine_id, s.routine_name, s.started_utc, s.utc_offset_minutes, "
    "s.ended_utc, s.status, s.planned_seconds, s.exercised_seconds, s.paused_seconds, "
    "s.elapsed_seconds, s.pain_before, s.pain_after, s.note"
)


# Weeks are numbered from the Monday 1 January of year 1 (``date.toordinal() == 1``):
# week n starts on the local date whose ordinal is 7n + 1. The number of a session's
# week comes from its start in whole seconds, shifted to the local time where it was
# done (integers only: no rounding at midnight).
_SECONDS_BEFORE_1970 = (date(1970, 1, 1).toordinal() - 1) * 86400
_LOCAL_WEEK = (
    "(CAST(strftime('%s', started_utc) AS INTEGER) + utc_offset_minutes * 60 "
    f"+ {_SECONDS_BEFORE_1970}) / {7 * 86400}"
)


def _week_number(day: date) -> int:
    return (day.toordinal() - 1) // 7


def _monday(week: int) -> date:
    return date.fromordinal(7 * week + 1)


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


class HistoryReader:
    """The history's queries over one :class:`Database`. Use from the thread that opened it."""

    def __init__(self, db: Database) -> None:
        self._db = db

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
            f"AND st.kind IN {EXERCISE_KINDS} "
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
            f"AND st.kind IN {EXERCISE_KINDS} WHERE s.id = ? GROUP BY s.id",
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
        this_week = _week_number(today)
        first_week: int | None = None
        cutoff = ""
        if weeks is not None:
            if weeks < 1:
                return []
            first_week = this_week - (weeks - 1)
            cutoff = f"{_monday(first_week) - timedelta(days=1)}T00:00:00.000Z"
        # Only the weeks with sessions come from SQL, as whole numbers: this is the part
        # that reads every row (100 years: 26,000 sessions, 5,200 weeks).
        rows = self._db.conn.execute(
            f"SELECT {_LOCAL_WEEK} AS week, total(exercised_seconds) / 60.0, count(*) "
            "FROM session WHERE started_utc >= ? AND status != 'running' "
            "GROUP BY week ORDER BY week",
            (cutoff,),
        ).fetchall()
        if first_week is None:
            if not rows:
                return []
            first_week, last_week = rows[0][0], max(this_week, rows[-1][0])
        else:
            last_week = this_week
        done = {week: (minutes, n) for week, minutes, n in rows}
        out = []
        for week in range(first_week, last_week + 1):
            monday = _monday(week)
            iso_year, iso_week, _ = monday.isocalendar()
            minutes, n = done.get(week, (0.0, 0))
            out.append(WeekTotal(monday, iso_year, iso_week, minutes, n))
        return out

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
