"""Per-step timing and cue schedules, used by the engine.

A :class:`Visit` is one stay in a step. Its active time runs only while the session
runs; the deadline is ``segment_start + (duration - banked)``, so a pause moves it and
nothing counts ticks.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from backtimer.core.cues import Cue, CueKind
from backtimer.core.model import Mode
from backtimer.core.steps import Step, StepKind

COUNTDOWN_MIN_STEP = 5.0  # steps shorter than this get no 3-2-1
HALFWAY_MIN_HOLD = 10.0  # holds at least this long get a "halfway" cue
HALFWAY_MIN_WORK = 20.0  # timed work at least this long gets one too


@dataclass(slots=True)
class Visit:
    step: Step
    banked: float = 0.0  # active seconds before the current running segment
    segment_start: float | None = None  # monotonic time the running segment began
    plan: list[tuple[float, CueKind, int]] = field(default_factory=list)
    given: int = 0  # cues of ``plan`` given so far (they come in order)

    def __post_init__(self) -> None:
        self.plan = schedule(self.step)

    def elapsed(self, now: float) -> float:
        if self.segment_start is None:
            return self.banked
        return self.banked + max(0.0, now - self.segment_start)

    def deadline(self) -> float | None:
        """Monotonic time the step ends, if it is running and timed."""
        if self.segment_start is None or self.step.duration is None:
            return None
        return self.segment_start + max(0.0, self.step.duration - self.banked)

    def remaining(self, now: float) -> float | None:
        if self.step.duration is None:
            return None
        return max(0.0, self.step.duration - self.elapsed(now))

    def run(self, now: float) -> None:
        if self.segment_start is None:
            self.segment_start = now

    def hold(self, now: float) -> None:
        self.banked = self.elapsed(now)
        self.segment_start = None


def schedule(step: Step) -> list[tuple[float, CueKind, int]]:
    """The cues of one step as (active offset, kind, number), in time order."""
    kind = CueKind.SWITCH_SIDES if step.kind is StepKind.SWITCH else CueKind.PHASE_START
    out: list[tuple[float, CueKind, int]] = [(0.0, kind, 0)]
    d = step.duration
    if d is None:
        return out
    if step.mode is Mode.PACED_REPS and step.kind is StepKind.WORK:
        spr = step.seconds_per_rep or 0.0
        out.extend((k * spr, CueKind.REP, k + 1) for k in range(1, step.reps or 0))
        return out
    long_hold = step.kind is StepKind.HOLD and d >= HALFWAY_MIN_HOLD
    long_work = step.kind is StepKind.WORK and d >= HALFWAY_MIN_WORK
    if long_hold or long_work:
        out.append((d / 2, CueKind.HALFWAY, 0))
    if d >= COUNTDOWN_MIN_STEP:
        out.extend((d - n, CueKind.COUNTDOWN, n) for n in (3, 2, 1))
    out.sort(key=lambda c: c[0])
    return out


def due_cues(visit: Visit, now: float) -> list[Cue]:
    """Cues of this visit that are due by ``now`` and not given yet; marks them given.

    A cue is due when the step's active time reaches its offset, never before.
    """
    elapsed = visit.elapsed(now)
    out: list[Cue] = []
    while visit.given < len(visit.plan):
        offset, kind, number = visit.plan[visit.given]
        if offset > elapsed + 1e-9:
            break
        visit.given += 1
        at = now - (elapsed - offset) if visit.segment_start is not None else now
        out.append(Cue(kind, visit.step, number, at))
    return out
