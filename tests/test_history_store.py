"""The session history: writing as it happens, interruption, undo, weekly totals, pain."""

from __future__ import annotations

import itertools
import sqlite3
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from backtimer.core.model import Side
from backtimer.core.report import Outcome, SessionStatus
from backtimer.core.steps import StepKind
from backtimer.store.db import Database, open_database
from backtimer.store.history import HistoryStore
from backtimer.store.writer import HistoryWriter
from tests.helpers.store_data import T0, report, routine, run_session, step


class FakeNow:
    def __init__(self, start: datetime) -> None:
        self.t = start

    def __call__(self) -> datetime:
        return self.t


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(tmp_path / "backtimer.sqlite3")
    yield database
    database.close()


@pytest.fixture
def now() -> FakeNow:
    return FakeNow(T0)


@pytest.fixture
def store(db: Database, now: FakeNow) -> HistoryStore:
    return HistoryStore(db, now=now)


def test_a_session_is_stored_as_it_happens_and_read_back(
    store: HistoryStore, db: Database, tmp_path: Path
) -> None:
    sid = store.begin_session(routine(), T0, 60, 120.0)
    other = sqlite3.connect(tmp_path / "backtimer.sqlite3")  # what another process sees
    assert other.execute("SELECT status FROM session").fetchall() == [("running",)]
    first = step(0, actual=31.25)
    store.record_step(sid, first)
    assert other.execute("SELECT count(*) FROM step").fetchone() == (1,)
    other.close()
    second = step(2, side=Side.RIGHT, outcome=Outcome.HURT, actual=12.5)
    store.record_step(sid, second)
    store.finish_session(
        sid, report((first, second), SessionStatus.STOPPED_FOR_PAIN), T0 + timedelta(minutes=3)
    )
    store.set_pain(sid, 3, 5)
    store.set_note(sid, "left hip stiff")

    detail = store.session_detail(sid)
    assert detail is not None
    row = detail.session
    assert detail.steps == (first, second)
    assert row.status is SessionStatus.STOPPED_FOR_PAIN
    assert row.started_utc == T0  # milliseconds kept
    assert row.ended_utc == T0 + timedelta(minutes=3)
    assert row.started_local.utcoffset() == timedelta(minutes=60)
    assert row.started_local.hour == T0.hour + 1
    assert (row.exercised_seconds, row.paused_seconds) == (43.75, 4.5)
    assert (row.pain_before, row.pain_after, row.note) == (3, 5, "left hip stiff")
    assert (row.steps_done, row.steps_skipped, row.steps_hurt) == (1, 0, 1)
    assert '"name":"Morning back"' in detail.routine_json


def test_a_revisited_step_keeps_one_record_the_last(store: HistoryStore) -> None:
    sid = store.begin_session(routine(), T0, 0, 120.0)
    store.record_step(sid, step(0, actual=10.0, outcome=Outcome.SKIPPED))
    store.record_step(sid, step(0, actual=25.0, outcome=Outcome.DONE))
    detail = store.session_detail(sid)
    assert detail is not None
    assert [(s.actual_seconds, s.outcome) for s in detail.steps] == [(25.0, Outcome.DONE)]
    assert detail.session.exercised_seconds == 25.0


def test_steps_are_refused_for_a_finished_or_unknown_session(store: HistoryStore) -> None:
    sid = run_session(store, T0)
    with pytest.raises(KeyError):
        store.record_step(sid, step(10))
    with pytest.raises(KeyError):
        store.record_step(sid + 100, step(0))
    detail = store.session_detail(sid)
    assert detail is not None and len(detail.steps) == 3  # the refused step left nothing


def test_running_sessions_become_interrupted_with_totals_from_their_steps(
    store: HistoryStore, now: FakeNow
) -> None:
    finished = run_session(store, T0 - timedelta(days=1))
    sid = store.begin_session(routine(), T0, 120, 300.0)
    now.t = T0 + timedelta(seconds=40)
    store.record_step(sid, step(0, actual=30.5))
    store.record_step(sid, step(1, kind=StepKind.SWITCH, actual=5.0))  # not exercise time
    now.t = T0 + timedelta(seconds=95, milliseconds=250)
    store.record_step(sid, step(2, actual=29.0, side=Side.RIGHT))

    assert store.mark_interrupted() == 1
    assert store.mark_interrupted() == 0
    detail = store.session_detail(sid)
    assert detail is not None
    row = detail.session
    assert row.status is SessionStatus.INTERRUPTED
    assert row.exercised_seconds == 59.5
    assert row.ended_utc == now.t
    assert row.elapsed_seconds == pytest.approx(95.25, abs=0.002)
    assert len(detail.steps) == 3
    done = store.session_detail(finished)
    assert done is not None and done.session.status is SessionStatus.COMPLETED


def test_the_schema_refuses_impossible_values(store: HistoryStore, db: Database) -> None:
    sid = run_session(store, T0)
    with pytest.raises(ValueError, match="pain"):
        store.set_pain(sid, 11, None)
    for sql in (
        "UPDATE session SET pain_after = 11",
        "UPDATE session SET pain_before = -1",
        "UPDATE session SET status = 'paused'",
        "UPDATE session SET started_utc = '2026-03-02 07:30:00'",
        "UPDATE step SET outcome = 'maybe'",
        "UPDATE step SET actual_seconds = 'long'",  # STRICT: no text in a REAL column
    ):
        with pytest.raises(sqlite3.IntegrityError):
            db.conn.execute(sql)
    with pytest.raises(ValueError, match="cannot finish"):
        store.finish_session(sid, report((), SessionStatus.RUNNING), T0)


def test_sessions_page_newest_first(store: HistoryStore) -> None:
    ids = [run_session(store, T0 + timedelta(days=n)) for n in range(5)]
    assert store.count_sessions() == 5
    assert [r.id for r in store.sessions(limit=2)] == [ids[4], ids[3]]
    assert [r.id for r in store.sessions(limit=2, offset=4)] == [ids[0]]
    assert store.sessions(limit=1)[0].steps_done == 3


def test_delete_and_restore_give_back_the_same_session(store: HistoryStore) -> None:
    keep = run_session(store, T0)
    sid = run_session(store, T0 + timedelta(hours=2))
    store.set_pain(sid, 2, None)
    before = store.session_detail(sid)
    snap = store.delete_session(sid)
    assert store.session_detail(sid) is None
    assert [r.id for r in store.sessions()] == [keep]
    run_session(store, T0 + timedelta(hours=3))  # a new session meanwhile gets a new id
    assert store.restore_session(snap) == sid
    assert store.session_detail(sid) == before
    with pytest.raises(KeyError):
        store.delete_session(9999)


def test_weekly_totals_use_the_local_week_where_the_session_was_done(
    store: HistoryStore,
) -> None:
    sunday_late_utc = datetime(2026, 3, 8, 23, 30, tzinfo=UTC)  # Sunday in UTC
    run_session(store, sunday_late_utc, offset=60)  # Monday 00:30 in Paris: week 11
    run_session(store, sunday_late_utc, offset=-300)  # Sunday 18:30 in New York: week 10
    monday_early_utc = datetime(2026, 3, 9, 0, 30, tzinfo=UTC)
    run_session(store, monday_early_utc, offset=-120)  # Sunday 22:30 locally: week 10
    weeks = store.weekly_totals(today=date(2026, 3, 25))
    assert [(w.iso_year, w.iso_week, w.sessions) for w in weeks] == [
        (2026, 10, 2),
        (2026, 11, 1),
        (2026, 12, 0),
        (2026, 13, 0),
    ]
    assert weeks[0].monday == date(2026, 3, 2)
    assert weeks[0].minutes == pytest.approx(2 * 90 / 60)  # 3 steps of 30 s each


def test_weekly_totals_iso_weeks_agree_with_python_across_years(store: HistoryStore) -> None:
    start = datetime(2026, 12, 20, 12, tzinfo=UTC)
    for n in range(0, 400, 9):
        run_session(store, start + timedelta(days=n), offset=0)
    running = store.begin_session(routine(), start, 0, 60.0)  # not counted
    store.record_step(running, step(0))
    weeks = store.weekly_totals(today=date(2028, 2, 1))
    assert all(w.monday.weekday() == 0 for w in weeks)
    assert [(w.iso_year, w.iso_week) for w in weeks] == [w.monday.isocalendar()[:2] for w in weeks]
    assert (2026, 53) in [(w.iso_year, w.iso_week) for w in weeks]  # 2026 has 53 weeks
    assert [b.monday - a.monday for a, b in itertools.pairwise(weeks)] == [timedelta(weeks=1)] * (
        len(weeks) - 1
    )
    assert sum(w.sessions for w in weeks) == len(range(0, 400, 9))


def test_weekly_totals_for_the_last_n_weeks(store: HistoryStore) -> None:
    run_session(store, datetime(2026, 1, 5, 9, tzinfo=UTC), offset=0)  # long before
    run_session(store, datetime(2026, 3, 17, 9, tzinfo=UTC), offset=0)
    weeks = store.weekly_totals(3, today=date(2026, 3, 25))
    assert [(w.monday, w.sessions) for w in weeks] == [
        (date(2026, 3, 9), 0),
        (date(2026, 3, 16), 1),
        (date(2026, 3, 23), 0),
    ]
    assert store.weekly_totals(0) == []


def test_weekly_totals_of_an_empty_history(store: HistoryStore) -> None:
    assert store.weekly_totals() == []
    assert len(store.weekly_totals(4, today=date(2026, 3, 25))) == 4


def test_pain_series_lists_rated_sessions_in_order(store: HistoryStore) -> None:
    a = run_session(store, T0)
    run_session(store, T0 + timedelta(days=1))  # not rated
    c = run_session(store, T0 + timedelta(days=2), offset=-300)
    store.set_pain(c, None, 4)
    store.set_pain(a, 6, 2)
    series = store.pain_series()
    assert [(p.session_id, p.pain_before, p.pain_after) for p in series] == [
        (a, 6, 2),
        (c, None, 4),
    ]
    assert series[1].started_local.utcoffset() == timedelta(minutes=-300)
    assert [p.session_id for p in store.pain_series(T0 + timedelta(days=1))] == [c]


def test_pain_chart_gives_the_series_wall_clock_x(store: HistoryStore) -> None:
    from backtimer.ui.history.series import wall_x

    for day, offset in enumerate((0, -300, 330, 840, -720)):
        sid = run_session(store, T0 + timedelta(days=day, seconds=day * 1.237), offset=offset)
        store.set_pain(sid, day, None if day % 2 else 10 - day)
    run_session(store, T0 + timedelta(days=9))  # not rated: not in either
    series, chart = store.pain_series(), store.pain_chart()
    assert [(r[0], r[2], r[3]) for r in chart] == [
        (p.session_id, p.pain_before, p.pain_after) for p in series
    ]
    assert [r[1] for r in chart] == pytest.approx(
        [wall_x(p.started_local) for p in series], abs=1e-3
    )
    since = T0 + timedelta(days=2)
    assert [r[0] for r in store.pain_chart(since)] == [
        p.session_id for p in store.pain_series(since)
    ]


def test_exercise_hurt_counts_look_at_the_last_sessions_with_the_exercise(
    store: HistoryStore,
) -> None:
    def session(day: int, outcomes: dict[str, Outcome]) -> None:
        sid = store.begin_session(routine(), T0 + timedelta(days=day), 0, 60.0)
        for i, (ex, outcome) in enumerate(outcomes.items()):
            store.record_step(sid, step(i, exercise=ex, outcome=outcome))
        store.finish_session(sid, report(()), T0 + timedelta(days=day, minutes=5))

    session(0, {"bird-dog": Outcome.HURT})  # too old to count
    session(1, {"bird-dog": Outcome.DONE})
    session(2, {"dead-bug": Outcome.HURT})  # another exercise
    session(3, {"bird-dog": Outcome.HURT, "dead-bug": Outcome.DONE})
    session(4, {"bird-dog": Outcome.HURT})
    counts = store.exercise_hurt_counts("bird-dog")
    assert (counts.hurt, counts.sessions) == (2, 3)
    counts = store.exercise_hurt_counts("bird-dog", last_n_sessions=5)
    assert (counts.hurt, counts.sessions) == (3, 4)
    counts = store.exercise_hurt_counts("dead-bug")
    assert (counts.hurt, counts.sessions) == (1, 2)
    counts = store.exercise_hurt_counts("cat-cow")
    assert (counts.hurt, counts.sessions) == (0, 0)


def test_the_background_writer_stores_in_order_and_reports_errors(
    db: Database, store: HistoryStore
) -> None:
    errors: list[BaseException] = []
    writer = HistoryWriter(db.path, on_error=errors.append)
    writer.start()
    pending = writer.begin_session(routine(), T0, 60, 120.0)
    records = (step(0, actual=12.0), step(1, actual=13.0, side=Side.RIGHT))
    for r in records:
        writer.record_step(pending, r)
    writer.finish_session(pending, report(records), T0 + timedelta(minutes=2))
    writer.set_pain(pending, 1, 2)
    writer.record_step(pending, step(5))  # after the end: refused, reported
    writer.flush()
    assert pending.stored.is_set() and pending.id is not None
    detail = store.session_detail(pending.id)
    assert detail is not None
    assert detail.steps == records
    assert detail.session.uuid == pending.uuid
    assert (detail.session.status, detail.session.pain_after) == (SessionStatus.COMPLETED, 2)
    assert [type(e) for e in errors] == [KeyError] and writer.errors == errors
    writer.close()
    writer.close()
    with pytest.raises(RuntimeError):
        writer.record_step(pending, step(6))


def test_the_pain_answered_before_goes_in_with_the_session_row(tmp_path: Path) -> None:
    """One write: a kill just after a session begins cannot leave it without the answer
    given before it (the pain check-in comes before the session's row exists)."""
    from typing import Any, cast

    from backtimer.session_recorder import SessionRecorder
    from backtimer.store.writer import PendingSession

    calls: list[tuple[str, Any]] = []

    class Writer:  # what the recorder asks of the history writer
        def begin_session(self, *args: Any, pain_before: int | None = None) -> PendingSession:
            calls.append(("begin_session", pain_before))
            return PendingSession("u")

        def set_pain_at(self, _session: PendingSession, moment: str, value: int) -> None:
            calls.append(("set_pain_at", (moment, value)))

    recorder = SessionRecorder(cast(HistoryWriter, Writer()))
    recorder.answer_pain("before", 3)
    recorder.begin(routine(), 60.0)
    assert calls == [("begin_session", 3)]
    # and the row the writer makes holds it
    db = open_database(tmp_path / "h.sqlite3")
    sid = HistoryStore(db).begin_session(routine(), T0, 0, 60.0, pain_before=3)
    assert db.conn.execute("SELECT pain_before FROM session WHERE id = ?", (sid,)).fetchall() == [
        (3,)
    ]
    db.close()
