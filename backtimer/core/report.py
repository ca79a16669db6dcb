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

    # Per exercise (routine item), not per step: an exercise done on both sides, in
    # three sets, counts once. Its outcome is the worst of its steps' outcomes.
    def item_outcomes(self) -> dict[int, Outcome]:
        """Outcome of each routine item that was reached, by item index."""
        out: dict[int, Outcome] = {}
        for s in self.steps:
            out[s.item_index] = worst_outcome(out.get(s.item_index), s.outcome)
        return out

    def exercise_counts(self) -> tuple[int, int, int]:
        """(done, skipped, hurt) counted in exercises."""
        outcomes = list(self.item_outcomes().values())
        return (
            outcomes.count(Outcome.DONE),
            outcomes.count(Outcome.SKIPPED),
            outcomes.count(Outcome.HURT),
        )


_SEVERITY = (Outcome.DONE, Outcome.SKIPPED, Outcome.HURT)


def worst_outcome(old: Outcome | None, new: Outcome) -> Outcome:
    """The worse of two outcomes (hurt > skipped > done); ``new`` when there is no old."""
    if old is None:
        return new
    return max(old, new, key=_SEVERITY.index)


@dataclass(frozen=True, slots=True)
class WeekProgress:
    """This week's sessions against the weekly goal, and the streak of weeks that met it."""

    sessions: int
    goal: int
    streak: int


def week_progress(sessions_per_week: list[int], goal: int) -> WeekProgress:
    """From sessions per week, oldest first and ending with this week.

    The streak counts weeks in a row meeting the goal, ending with this week; this week
    does not break it while it is still short of the goal.
    """
    weeks = list(sessions_per_week)
    this_week = weeks[-1] if weeks else 0
    if weeks and (goal <= 0 or weeks[-1] < goal):
        weeks = weeks[:-1]
    streak = 0
    for n in reversed(weeks):
        if goal <= 0 or n < goal:
            break
        streak += 1
    return WeekProgress(this_week, goal, streak)
