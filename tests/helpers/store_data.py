"""Routines, step records and generated histories for the store tests and benchmarks."""

from __future__ import annotations

import random
import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

from backtimer.core.model import Dosage, Item, Mode, Routine, Side
from backtimer.core.report import Outcome, SessionReport, SessionStatus, StepRecord
from backtimer.core.steps import StepKind
from backtimer.store.db import Database, utc_text
from backtimer.store.history import HistoryStore, SessionSnapshot, snapshot_text

EXERCISES = ("bird-dog", "glute-bridge", "dead-bug", "side-plank", "cat-cow", "superman")
T0 = datetime(2026, 3, 2, 7, 30, 0, 123000, tzinfo=UTC)  # a Monday


def routine(name: str = "Morning back") -> Routine:
    return Routine(
        name=name,
        description="A test routine",
        lead_in_seconds=5,
        items=(
            Item("bird-dog", Dosage(Mode.TIMED, seconds=30, per_side=True), rest_after_seconds=10),
            Item("glute-bridge", Dosage(Mode.PACED_REPS, reps=10, seconds_per_rep=3.0)),
        ),
    )


def step(
    index: int,
    *,
    exercise: str = "bird-dog",
    actual: float = 30.0,
    outcome: Outcome = Outcome.DONE,
    side: Side | None = Side.LEFT,
    kind: StepKind = StepKind.WORK,
    reps: int | None = None,
) -> StepRecord:
    return StepRecord(
        step_index=index,
        item_index=index // 2,
        exercise_id=exercise,
        exercise_name=exercise.replace("-", " ").title(),
        kind=kind,
        mode=Mode.TIMED if reps is None else Mode.PACED_REPS,
        side=side,
        set_no=1,
        hold_no=0,
        planned_seconds=30.0,
        actual_seconds=actual,
        reps_planned=reps,
        reps_done=reps,
        outcome=outcome,
    )


def report(
    steps: tuple[StepRecord, ...],
    status: SessionStatus = SessionStatus.COMPLETED,
    paused: float = 4.5,
) -> SessionReport:
    return SessionReport(
        routine_name="Morning back",
        status=status,
        planned_seconds=120.0,
        exercised_seconds=sum(s.actual_seconds for s in steps),
        paused_seconds=paused,
        elapsed_seconds=sum(s.actual_seconds for s in steps) + paused + 20.0,
        steps=steps,
    )


def run_session(
    store: HistoryStore,
    started: datetime,
    *,
    offset: int = 60,
    steps: int = 3,
    status: SessionStatus = SessionStatus.COMPLETED,
) -> int:
    """Begin, record ``steps`` steps and finish a session through the public API."""
    sid = store.begin_session(routine(), started, offset, 120.0)
    records = tuple(step(i, side=Side.LEFT if i % 2 == 0 else Side.RIGHT) for i in range(steps))
    for r in records:
        store.record_step(sid, r)
    store.finish_session(sid, report(records, status), started + timedelta(minutes=5))
    return sid


def generate_history(db: Database, sessions: int, steps_per_session: int, seed: int = 1) -> None:
    """Fill ``db`` with ``sessions`` finished sessions over about 5 per week, in one go.

    Goes through :meth:`HistoryStore.insert_snapshot` (the importer's path), one transaction
    per 500 sessions, so a 20,000-session database is made in seconds.
    """
    rng = random.Random(seed)
    snap_text = snapshot_text(routine())
    start = T0 - timedelta(days=sessions * 7 / 5)
    statuses = ["completed"] * 17 + ["stopped", "stopped_for_pain", "interrupted"]
    batch: list[SessionSnapshot] = []
    for n in range(sessions):
        began = start + timedelta(days=n * 7 / 5, minutes=rng.randint(0, 600))
        steps: list[dict[str, Any]] = []
        for i in range(steps_per_session):
            ex = EXERCISES[i % len(EXERCISES)]
            actual = round(rng.uniform(20, 40), 3)
            steps.append(
                {
                    "step_index": i * 2,
                    "item_index": i,
                    "exercise_id": ex,
                    "exercise_name": ex.title(),
                    "kind": "work",
                    "mode": "timed",
                    "side": None,
                    "set_no": 1,
                    "hold_no": 0,
                    "planned_seconds": 30.0,
                    "actual_seconds": actual,
                    "reps_planned": None,
                    "reps_done": None,
                    "outcome": "hurt" if rng.random() < 0.02 else "done",
                }
            )
        exercised = sum(s["actual_seconds"] for s in steps)
        ended = began + timedelta(seconds=exercised + 60)
        session = {
            "uuid": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
            "routine_id": "builtin:morning",
            "routine_name": "Morning back",
            "routine_json": snap_text,
            "started_utc": utc_text(began),
            "utc_offset_minutes": rng.choice((60, 120)),
            "ended_utc": utc_text(ended),
            "last_write_utc": utc_text(ended),
            "status": rng.choice(statuses),
            "planned_seconds": 30.0 * steps_per_session,
            "exercised_seconds": exercised,
            "paused_seconds": 0.0,
            "elapsed_seconds": exercised + 60,
            "pain_before": rng.randint(0, 6) if rng.random() < 0.5 else None,
            "pain_after": rng.randint(0, 6) if rng.random() < 0.5 else None,
            "note": "",
        }
        batch.append(SessionSnapshot(None, session, tuple(steps)))
        if len(batch) == 500 or n == sessions - 1:
            with db.transaction() as conn:
                for snap in batch:
                    HistoryStore.insert_snapshot(conn, snap)
            batch.clear()
