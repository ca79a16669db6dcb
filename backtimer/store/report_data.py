"""What the physiotherapist report shows, gathered from the history (sqlite3 only, no Qt).

:func:`gather` reads the sessions that started within a period of local dates and
returns a :class:`ReportData`: sessions and minutes per ISO week (against the goal),
pain before and after per session with the average change, every "it hurts" with the
exercises that hurt more than once, the routines done with their exercises and
dosages (as they were run, from each session's routine snapshot), and the notes.

Dates are the person's local dates where each session was done, like the History page.
The layout and the wording are :mod:`backtimer.ui.report_pdf`'s.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from backtimer.core.fields import ContentError
from backtimer.core.formatting import Number, Translate, format_dosage, plain_number
from backtimer.core.routine_io import routine_from_json
from backtimer.store.db import Database, parse_utc
from backtimer.store.history_read import local_zone

# Sessions that count: every session that ended one way or another, not one still running.
_COUNTED = "status != 'running'"


@dataclass(frozen=True, slots=True)
class ReportWeek:
    monday: date
    sessions: int
    minutes: float


@dataclass(frozen=True, slots=True)
class ReportPain:
    day: date
    before: int | None
    after: int | None


@dataclass(frozen=True, slots=True)
class ReportHurt:
    day: date
    exercise: str


@dataclass(frozen=True, slots=True)
class ReportRoutine:
    name: str
    times: int  # sessions of this routine in the period
    items: tuple[tuple[str, str], ...]  # (exercise name, dosage) as last run


@dataclass(frozen=True, slots=True)
class ReportNote:
    day: date
    routine: str
    text: str


@dataclass(frozen=True, slots=True)
class ReportData:
    first: date
    last: date
    goal: int
    weeks: tuple[ReportWeek, ...]
    sessions: int
    minutes: float
    pain: tuple[ReportPain, ...]
    hurts: tuple[ReportHurt, ...]
    routines: tuple[ReportRoutine, ...]
    notes: tuple[ReportNote, ...]

    @property
    def weeks_meeting_goal(self) -> int:
        return sum(1 for w in self.weeks if w.sessions >= self.goal)

    @property
    def average_pain_change(self) -> float | None:
        """Mean of (after - before) over sessions rated both times; negative is better."""
        pairs = [
            p.after - p.before for p in self.pain if p.before is not None and p.after is not None
        ]
        return sum(pairs) / len(pairs) if pairs else None

    @property
    def repeated_hurts(self) -> list[tuple[str, int]]:
        """Exercises that hurt on more than one day, most often first."""
        days = Counter(h.exercise for h in self.hurts)  # hurts are unique per exercise and day
        return sorted(((n, c) for n, c in days.items() if c > 1), key=lambda x: (-x[1], x[0]))


def default_period(today: date, weeks: int = 4) -> tuple[date, date]:
    """The last ``weeks`` whole ISO weeks up to and including today's."""
    monday = today - timedelta(days=today.weekday())
    return monday - timedelta(weeks=weeks - 1), today


def _local_day(started_utc: str, offset: int) -> date:
    return parse_utc(started_utc).astimezone(local_zone(offset)).date()


def gather(
    db: Database,
    first: date,
    last: date,
    *,
    goal: int,
    exercise_name: Callable[[str], str] = lambda ex_id: ex_id,
    translate: Translate | None = None,
    number: Number = plain_number,
) -> ReportData:
    """Everything the report needs for the local dates ``first`` .. ``last`` (inclusive).

    ``exercise_name`` turns an exercise id into the name to print (the catalogue's
    translated name); ``translate`` and ``number`` (the locale's way of writing 2.5) are
    passed to :func:`format_dosage`.
    """
    if last < first:
        raise ValueError("the period ends before it starts")
    # A session's local date can be up to 14 h from its UTC date: read a margin, filter exactly.
    lo = f"{first - timedelta(days=1)}T00:00:00.000Z"
    hi = f"{last + timedelta(days=2)}T00:00:00.000Z"
    conn = db.conn
    rows = conn.execute(
        "SELECT id, started_utc, utc_offset_minutes, routine_name, routine_json, "
        "exercised_seconds, pain_before, pain_after, note FROM session "
        f"WHERE started_utc >= ? AND started_utc < ? AND {_COUNTED} ORDER BY started_utc, id",
        (lo, hi),
    ).fetchall()
    sessions = [(r, _local_day(r[1], r[2])) for r in rows]
    sessions = [(r, d) for r, d in sessions if first <= d <= last]
    ids = [r[0] for r, _ in sessions]
    day_of = {r[0]: d for r, d in sessions}

    monday = first - timedelta(days=first.weekday())
    per_week: dict[date, list[float]] = {}
    while monday <= last:
        per_week[monday] = [0, 0.0]
        monday += timedelta(weeks=1)
    for r, d in sessions:
        w = per_week[d - timedelta(days=d.weekday())]
        w[0] += 1
        w[1] += (r[5] or 0.0) / 60.0
    weeks = tuple(ReportWeek(m, int(v[0]), float(v[1])) for m, v in per_week.items())

    pain = tuple(
        ReportPain(d, r[6], r[7]) for r, d in sessions if r[6] is not None or r[7] is not None
    )
    notes = tuple(ReportNote(d, r[3], r[8].strip()) for r, d in sessions if (r[8] or "").strip())

    hurts: list[ReportHurt] = []
    if ids:
        marks = ",".join("?" * len(ids))
        for session_id, ex_id, ex_name in conn.execute(
            f"SELECT session_id, exercise_id, exercise_name FROM step WHERE outcome = 'hurt' "
            f"AND session_id IN ({marks}) ORDER BY session_id, step_index",
            ids,
        ):
            name = exercise_name(ex_id) if ex_id else ex_name
            hurt = ReportHurt(day_of[session_id], name or ex_name)
            if hurt not in hurts:  # one line per exercise and day, whatever the sets and sides
                hurts.append(hurt)
    hurts.sort(key=lambda h: (h.day, h.exercise))

    routines: dict[str, ReportRoutine] = {}
    for r, _ in sessions:  # oldest first: the last run's dosages win
        name = r[3]
        times = routines[name].times + 1 if name in routines else 1
        routines[name] = ReportRoutine(name, times, _items(r[4], exercise_name, translate, number))
    return ReportData(
        first=first,
        last=last,
        goal=goal,
        weeks=weeks,
        sessions=len(sessions),
        minutes=sum(w.minutes for w in weeks),
        pain=pain,
        hurts=tuple(hurts),
        routines=tuple(sorted(routines.values(), key=lambda x: (-x.times, x.name))),
        notes=notes,
    )


def _items(
    routine_json: str,
    exercise_name: Callable[[str], str],
    translate: Translate | None,
    number: Number = plain_number,
) -> tuple[tuple[str, str], ...]:
    """(exercise, dosage) for each item of a stored routine snapshot; () if unreadable."""
    try:
        data = json.loads(routine_json)
        routine = routine_from_json(data, "history", _named_builtins(data))
    except (ValueError, TypeError, AttributeError, ContentError):
        return ()
    customs = {ex.id: ex.name for ex in routine.custom_exercises}
    return tuple(
        (
            customs.get(item.exercise) or exercise_name(item.exercise),
            format_dosage(item, translate, number) if translate else format_dosage(item),
        )
        for item in routine.items
    )


def _named_builtins(data: dict[str, Any]) -> set[str]:
    """The built-in exercise ids a snapshot names: taken as known, even if this catalogue
    no longer has them (the report prints what was run)."""
    own = {e.get("id") for e in data.get("exercises", []) if isinstance(e, dict)}
    items = data.get("routine", {}).get("items", [])
    return {
        i["exercise"] for i in items if isinstance(i, dict) and isinstance(i.get("exercise"), str)
    } - own


def parse_day(text: str) -> date:
    """A YYYY-MM-DD date for the command line, with a clear error."""
    try:
        return datetime.strptime(text, "%Y-%m-%d").date()
    except ValueError:
        raise ValueError(f"{text!r} is not a date like 2026-11-30") from None
