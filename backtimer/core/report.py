"""What a session did, step by step: the engine's report, which the history stores."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from backtimer.core.model import Mode, Side
from backtimer.core.steps import StepKind


class Outcome(StrEnum):
    DONE = "done"
    SKIPPED = "skipped"
    HURT = "hurt"


class SessionStatus(StrEnum):
    RUNNING = "running"  # not ended yet (in the store: still being written)
    COMPLETED = "completed"
    STOPPED = "stopped"
    STOPPED_FOR_PAIN = "stopped_for_pain"
    INTERRUPTED = "interrupted"  # the app died; set by the store on the next start


@dataclass(frozen=True, slots=True)
class StepRecord:
    """One exercise step (work or hold) as it ended.

    A step visited more than once (previous, restart) keeps one record: its active
    seconds add up over the visits and the outcome is the last one.
    """

    step_index: int
    item_index: int
    exercise_id: str
    exercise_name: str
    kind: StepKind
    mode: Mode
    side: Side | None
    set_no: int
    hold_no: int
    planned_seconds: float
    actual_seconds: float  # active (unpaused) seconds spent in the step
    reps_planned: int | None
    reps_done: int | None
    outcome: Outcome


@dataclass(frozen=True, slots=True)
class SessionReport:
    routine_name: str
    status: SessionStatus
    planned_seconds: float
    exercised_seconds: float  # active seconds in work and hold steps
    paused_seconds: float
    elapsed_seconds: float  # from start to end on the monotonic clock
    steps: tuple[StepRecord, ...] = field(default=())

    @property
    def done(self) -> int:
        return sum(1 for s in self.steps if s.outcome is Outcome.DONE)

    @property
    def skipped(self) -> int:
        return sum(1 for s in self.steps if s.outcome is Outcome.SKIPPED)

    @property
    def hurt(self) -> int:
        return sum(1 for s in self.steps if s.outcome is Outcome.HURT)
