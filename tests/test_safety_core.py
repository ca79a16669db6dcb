"""core.safety, core.progression and store.progress: no Qt, against the real content."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from backtimer import paths
from backtimer.core import catalogue, progression, safety
from backtimer.core.model import Mode
from backtimer.core.progression import SessionFeel
from backtimer.core.report import Outcome, SessionReport, SessionStatus, StepRecord
from backtimer.core.steps import StepKind
from backtimer.store.db import open_database
from backtimer.store.history import HistoryStore
from backtimer.store.progress import recent_feel


@pytest.fixture(scope="module")
def cat() -> catalogue.Catalogue:
    return catalogue.load(paths.content_dir())


def test_every_safety_line_is_returned(cat: catalogue.Catalogue) -> None:
    hyper = cat.exercise("hyperextension")
    lines = safety.safety_lines(hyper)
    assert len(lines) == 3 and any("spotter" in s for s in lines)
    assert sum(len(safety.safety_lines(e)) > 1 for e in cat.exercises) >= 22


def test_loaded_exercises_and_what_they_need(cat: catalogue.Catalogue) -> None:
    loaded = {e.id for e in cat.exercises if safety.is_loaded(e)}
    assert loaded == {"bent-leg-deadlift", "hyperextension", "deadlift", "bent-over-row"}
    bar = safety.loaded_notice(cat.exercise("deadlift"))
    assert bar.startswith("Deadlift ") and "light bar" in bar and "trainer" in bar
    bench = safety.loaded_notice(cat.exercise("hyperextension"))
    assert "spotter" in bench and "bench" in bench
    assert safety.loaded_notice(cat.exercise("superman")) == ""
    # one plain sentence each, translated through the caller's function
    german = {safety.T_NEEDS_BARBELL: "{name}: Langhantel."}

    def to_german(text: str, n: int = -1, /) -> str:
        return german.get(text, text)

    assert safety.loaded_notice(cat.exercise("deadlift"), to_german) == ("Deadlift: Langhantel.")


@pytest.mark.parametrize("rating", [7, 8, 10])
def test_pain_of_seven_or_more_advises_waiting(rating: int) -> None:
    advice = safety.pain_before_advice(rating)
    assert advice is not None
    assert f"({rating} of 10)" in advice.message and "waiting" in advice.message
    assert advice.choices == (safety.PainChoice.GENTLE_START, safety.PainChoice.NOT_TODAY)


@pytest.mark.parametrize("rating", [None, 0, 3, 6])
def test_lower_pain_needs_no_advice(rating: int | None) -> None:
    assert safety.pain_before_advice(rating) is None


def test_middling_pain_asks_whether_it_is_sharp() -> None:
    assert [r for r in range(11) if safety.ask_if_sharp(r)] == [4, 5, 6]
    assert not safety.ask_if_sharp(None)


def test_sharp_pain_advises_waiting_whatever_the_number() -> None:
    advice = safety.pain_before_advice(2, sharp=True)
    assert advice is not None and "sharp" in advice.message


# --- progression ------------------------------------------------------------------------

OK = SessionFeel(completed=True, hurt=False, pain_before=2, pain_after=1)


def _names(routine_id: str) -> str | None:
    return {"builtin:back-fundamentals": "Back fundamentals"}.get(routine_id)


def test_three_comfortable_sessions_in_a_row_suggest_the_next_step() -> None:
    text = progression.suggestion([OK, OK, OK], "builtin:gentle-start", "Gentle start", _names)
    assert text.startswith("3 comfortable sessions of Gentle start")
    assert "Back fundamentals" in text
    plain = progression.suggestion([OK] * 3, "custom:4", "Mine", _names)
    assert "add one set" in plain and "{" not in plain


@pytest.mark.parametrize(
    "newest",
    [
        SessionFeel(True, True, 1, 1),  # "it hurts" during the session
        SessionFeel(True, False, 1, 4),  # pain after
        SessionFeel(True, False, 0, 2),  # more pain after than before
        SessionFeel(True, False, 8, 1),  # high pain before
        SessionFeel(False, False, 1, 1),  # stopped early
    ],
)
def test_never_after_a_session_with_pain(newest: SessionFeel) -> None:
    assert progression.suggestion([newest, OK, OK, OK], "builtin:gentle-start", "G", _names) == ""


def test_not_before_three_and_not_after_every_session() -> None:
    for n in (1, 2, 4, 5):
        assert progression.suggestion([OK] * n, "custom:1", "R", _names) == "", n
    assert progression.suggestion([OK] * 6, "custom:1", "R", _names).startswith("6 ")
    hurt = SessionFeel(True, True, 1, 1)
    assert progression.suggestion([OK, OK, hurt, OK, OK], "custom:1", "R", _names) == ""


def _report(status: SessionStatus, hurt: bool) -> SessionReport:
    step = StepRecord(
        0,
        0,
        "cat-stretch",
        "Cat stretch",
        StepKind.WORK,
        Mode.PACED_REPS,
        None,
        1,
        0,
        10.0,
        10.0,
        2,
        2,
        Outcome.HURT if hurt else Outcome.DONE,
    )
    return SessionReport("Gentle start", status, 10.0, 10.0, 0.0, 10.0, (step,))


def test_store_reads_how_recent_sessions_felt(tmp_path: Path, cat: catalogue.Catalogue) -> None:
    db = open_database(tmp_path / "b.sqlite3")
    store = HistoryStore(db)
    routine = cat.routine("gentle-start")
    start = datetime(2026, 1, 5, 8, tzinfo=UTC)
    plan = [
        (SessionStatus.COMPLETED, False, 3, 2),
        (SessionStatus.STOPPED_FOR_PAIN, True, 2, 6),
        (SessionStatus.COMPLETED, False, 1, 0),
    ]
    for n, (status, hurt, before, after) in enumerate(plan):
        t = start + timedelta(days=n)
        sid = store.begin_session(routine, t, 60, 10.0)
        store.finish_session(sid, _report(status, hurt), t + timedelta(minutes=10))
        store.set_pain(sid, before, after)
    store.begin_session(routine, start + timedelta(days=9), 60, 10.0)  # still running
    feel = recent_feel(db, routine.id)
    assert feel == [
        SessionFeel(True, False, 1, 0),
        SessionFeel(False, True, 2, 6),
        SessionFeel(True, False, 3, 2),
    ]
    assert recent_feel(db, "builtin:floor-basics") == [] and recent_feel(db, "") == []
    assert progression.comfortable_in_a_row(feel) == 1
    db.close()
