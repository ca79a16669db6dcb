"""The timing of an exercise illustration: where in its key poses the figure is.

A pure function of what the engine knows about the current step. The main window calls
:func:`motion_at` (or :func:`motion_for_step`) on each redraw and hands the result to
the figure widget, which does no time arithmetic of its own. Paused, the engine stops
advancing ``elapsed``, so the figure stops too.

- Paced repetitions: one full key-pose cycle per repetition, starting with each count.
- Holds: ease into the held pose over :data:`EASE_SECONDS` and stay; the rest after a
  hold eases back out.
- Timed work and self-paced repetitions: a calm loop (:data:`CALM_CYCLE_SECONDS`).
- Lead-in, switch and rests: the start pose, still.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import StrEnum

from backtimer.core.model import Mode
from backtimer.core.steps import Step, StepKind

EASE_SECONDS = 1.0  # moving into (and out of) a held pose
CALM_CYCLE_SECONDS = 4.0  # one loop of a timed item or of self-paced repetitions


class Phase(StrEnum):
    STILL = "still"  # the start pose, not moving
    CYCLE = "cycle"  # moving through the key poses; ``t`` is the position in the cycle
    HOLD = "hold"  # in (or on the way into/out of) the held pose; ``into`` says how far


@dataclass(frozen=True, slots=True)
class Motion:
    """Where the figure is.

    ``t`` is the position in the key-pose cycle, in [0, 1) (0 = the start pose).
    ``into`` is how far the figure has eased into its held pose, in [0, 1]. It is
    given for timed work too, so that an exercise that is a hold by nature (a plank)
    can settle into its pose and stay, whatever mode it is done in.
    """

    phase: Phase
    t: float = 0.0
    into: float = 0.0


STILL = Motion(Phase.STILL)


def smoothstep(x: float) -> float:
    """0 to 1 with zero speed at both ends; clamped."""
    x = min(1.0, max(0.0, x))
    return x * x * (3.0 - 2.0 * x)


def _loop(elapsed: float, period: float) -> float:
    return math.fmod(elapsed, period) / period


def motion_at(
    kind: StepKind,
    mode: Mode | None,
    elapsed: float,
    duration: float | None = None,
    seconds_per_rep: float | None = None,
) -> Motion:
    """The figure's position ``elapsed`` active seconds into a step.

    ``duration`` is the step's length (``None`` for self-paced repetitions);
    ``seconds_per_rep`` the pace of paced repetitions.
    """
    if not math.isfinite(elapsed) or elapsed < 0.0:
        elapsed = 0.0
    if kind is StepKind.HOLD_REST:
        return Motion(Phase.HOLD, 0.0, 1.0 - smoothstep(elapsed / EASE_SECONDS))
    if not kind.is_exercise:
        return STILL
    into = smoothstep(elapsed / EASE_SECONDS)
    if kind is StepKind.HOLD or mode is Mode.HOLDS:
        return Motion(Phase.HOLD, 0.0, into)
    if duration is not None and elapsed >= duration > 0.0:
        return STILL  # the step is over; the engine moves on
    if mode is Mode.PACED_REPS and seconds_per_rep is not None and seconds_per_rep > 0.0:
        return Motion(Phase.CYCLE, _loop(elapsed, seconds_per_rep), into)
    return Motion(Phase.CYCLE, _loop(elapsed, CALM_CYCLE_SECONDS), into)


def motion_for_step(step: Step | None, elapsed: float) -> Motion:
    """:func:`motion_at` for one of the engine's steps (``None``: nothing running)."""
    if step is None:
        return STILL
    return motion_at(step.kind, step.mode, elapsed, step.duration, step.seconds_per_rep)
