"""The session engine's vocabulary: states, events, results, and what a screen reads.

:data:`TRANSITIONS` is the one place that says which event applies in which state;
:class:`~backtimer.core.engine.Engine` refuses any other.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from backtimer.core.steps import Step


class State(StrEnum):
    READY = "ready"  # not started
    RUNNING = "running"
    PAUSED = "paused"
    HURT = "hurt"  # "it hurts" was pressed: clock stopped, waiting for skip or stop
    FINISHED = "finished"  # final
    STOPPED = "stopped"  # final


FINAL_STATES = frozenset({State.FINISHED, State.STOPPED})


class EventKind(StrEnum):
    START = "start"
    PAUSE = "pause"
    RESUME = "resume"
    SKIP = "skip"
    PREVIOUS = "previous"
    RESTART_STEP = "restart_step"
    DONE = "done"  # self-paced repetitions finished
    STOP = "stop"
    HURT = "hurt"
    SKIP_EXERCISE = "skip_exercise"  # after "it hurts": skip the rest of that item
    JUMP = "jump"  # go to the first step of item ``Event.item``
    TICK = "tick"


class PauseReason(StrEnum):
    USER = "user"
    SLEEP = "sleep"  # the computer slept: the wall clock ran ahead
    STALL = "stall"  # the process was stopped or frozen (SIGSTOP, swapping): no ticks came


@dataclass(frozen=True, slots=True)
class Event:
    kind: EventKind
    item: int = 0  # JUMP only
    reason: PauseReason = PauseReason.USER  # PAUSE only


@dataclass(frozen=True, slots=True)
class Result:
    accepted: bool
    reason: str = ""


_E = EventKind
# The one place that says which event applies in which state.
TRANSITIONS: dict[State, frozenset[EventKind]] = {
    State.READY: frozenset({_E.START, _E.JUMP, _E.TICK}),
    State.RUNNING: frozenset(
        {_E.PAUSE, _E.SKIP, _E.PREVIOUS, _E.RESTART_STEP, _E.DONE, _E.STOP, _E.HURT, _E.JUMP}
        | {_E.TICK}
    ),
    State.PAUSED: frozenset(
        {_E.RESUME, _E.SKIP, _E.PREVIOUS, _E.RESTART_STEP, _E.STOP, _E.HURT, _E.JUMP, _E.TICK}
    ),
    State.HURT: frozenset({_E.SKIP_EXERCISE, _E.STOP, _E.TICK}),
    State.FINISHED: frozenset({_E.TICK}),
    State.STOPPED: frozenset({_E.TICK}),
}


@dataclass(frozen=True, slots=True)
class Snapshot:
    """What the screen shows, computed from the engine at one instant."""

    state: State
    step: Step | None
    elapsed: float  # active seconds in the current step
    remaining: float | None  # None: self-paced (ends on Done)
    rep: int  # current paced repetition (1-based), 0 when not paced
    routine_remaining: float  # planned seconds left in the whole routine
    exercised: float
    paused_reason: PauseReason | None
