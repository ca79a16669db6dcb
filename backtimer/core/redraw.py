"""When the player should next redraw: often while the figure moves, else only when
something on the screen changes (no Qt).

The engine's clock stays the truth: a redraw only *shows* the time, so a slower redraw
never makes a step end late (the engine hands each step its deadline), it only decides
how soon the screen says so. The rates:

- the figure moves (a paced or calm cycle, easing into or out of a hold): when its
  picture next changes, if the caller gives the cycle's pictures (the pre-rendered
  frames: the cat stretch's 4 s repetition shows 7 pictures in 48 slots, a new one at
  most every 250 ms), else :data:`MOVING_MS`, about 15 a second; easing always at
  :data:`MOVING_MS`;
- nothing moves but the countdown: just after the step's time (or the routine's time
  left) next passes a half second, where its digits can change however they are
  rounded, and at least every :data:`STILL_MS` so that progress bars still creep on;
- paused, ready or ended: :data:`IDLE_MS` (an action redraws at once anyway).
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from backtimer.core.engine import Snapshot, State
from backtimer.core.model import Mode
from backtimer.core.motion import CALM_CYCLE_SECONDS, Motion, Phase

MOVING_MS = 66
STILL_MS = 250
IDLE_MS = 1000
_LATE_MS = 3  # land just after a change of the digits, never just before it


def figure_moves(motion: Motion) -> bool:
    """True while the figure's drawing changes from one instant to the next."""
    if motion.phase is Phase.CYCLE:
        return True
    return motion.phase is Phase.HOLD and 0.0 < motion.into < 1.0


def _until_down(seconds: float) -> float:
    """Seconds until a falling time reaches the next lower half second: where a rounded
    (0.5) or a ceiling/floor (whole seconds) display of it can change."""
    half = 2.0 * seconds
    return (half - math.floor(half)) / 2.0  # 0 on a half second: a rounding changes now


def _until_up(seconds: float) -> float:
    """The same for a rising time (a self-paced count-up)."""
    half = 2.0 * seconds
    return (math.floor(half) + 1.0 - half) / 2.0


def _until_next_picture(snap: Snapshot, motion: Motion, cycle: Sequence[int]) -> float:
    """Seconds until the cycle's slot shows another picture than now."""
    step = snap.step
    period = CALM_CYCLE_SECONDS
    if step is not None and step.mode is Mode.PACED_REPS and step.seconds_per_rep:
        period = step.seconds_per_rep
    n = len(cycle)
    slot = min(n - 1, math.floor(motion.t * n))
    later = slot + 1
    while later < slot + n and cycle[later % n] == cycle[slot]:
        later += 1
    if later == slot + n:
        return math.inf  # one picture throughout
    return max(0.0, (later / n - motion.t) * period)


def next_redraw_ms(snap: Snapshot, motion: Motion, cycle: Sequence[int] | None = None) -> int:
    """Milliseconds from now to the next redraw worth doing. ``cycle``: the pictures of
    one cycle of the figure, slot by slot (None: unknown; then MOVING_MS)."""
    if snap.state is not State.RUNNING:
        return IDLE_MS
    until = math.inf
    if figure_moves(motion):
        if not cycle or motion.phase is not Phase.CYCLE or motion.into < 1.0:
            return MOVING_MS
        until = _until_next_picture(snap, motion, cycle)
    if snap.remaining is not None:
        until = min(until, _until_down(max(0.0, snap.remaining)))
    else:
        until = min(until, _until_up(max(0.0, snap.elapsed)))  # self-paced: counts up
    if snap.routine_remaining > 0.0:
        until = min(until, _until_down(snap.routine_remaining))
    return max(1, min(STILL_MS, math.ceil(until * 1000) + _LATE_MS))
