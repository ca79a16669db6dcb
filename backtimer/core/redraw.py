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
- the digits: just after the step's time and the routine's time left next pass a whole
  second (both are shown rounded up, so they change together), or, counting up (a
  self-paced item), a half second;
- the step's progress track: as often as it makes a visible step (the caller says how
  many steps it has from empty to full), from once to :data:`MAX_STILL_RATE` times a
  second, on a grid that falls on the digits' change, so that one redraw serves both;
  the routine's bar moves with them (a pixel or two at a time);
- paused, ready or ended: :data:`IDLE_MS` (an action redraws at once anyway).
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from backtimer.core.engine import Snapshot, State
from backtimer.core.model import Mode
from backtimer.core.motion import CALM_CYCLE_SECONDS, Motion, Phase
from backtimer.core.presenter import UP_SLACK

MOVING_MS = 66
MAX_STILL_RATE = 4  # redraws a second for the progress track at most, nothing else moving
STILL_MS = 1000 // MAX_STILL_RATE
IDLE_MS = 1000
_LATE_MS = 3  # land just after a change of the digits, never just before it


def figure_moves(motion: Motion) -> bool:
    """True while the figure's drawing changes from one instant to the next."""
    if motion.phase is Phase.CYCLE:
        return True
    return motion.phase is Phase.HOLD and 0.0 < motion.into < 1.0


def _until_down(seconds: float, per_second: int = 1) -> float:
    """Seconds until a falling time reaches the next lower 1/``per_second`` of a second
    (with 1: the whole second where a display rounded up changes)."""
    x = per_second * seconds
    return (x - math.floor(x)) / per_second  # 0 on the grid: a change is due now


def _until_up(seconds: float) -> float:
    """Seconds until a rising time (a self-paced count-up) reaches the next half second,
    where its rounded display changes."""
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


def track_rate(snap: Snapshot, track_steps: int | None) -> int:
    """Redraws a second that show each visible step of the step's progress track (which
    has ``track_steps`` from empty to full; None: unknown), from 1 to
    :data:`MAX_STILL_RATE`."""
    step = snap.step
    if track_steps is None:
        return MAX_STILL_RATE
    if step is None or snap.remaining is None or not step.duration or track_steps <= 0:
        return 1
    return max(1, min(MAX_STILL_RATE, math.ceil(track_steps / step.duration - 1e-9)))


def next_redraw_ms(
    snap: Snapshot,
    motion: Motion,
    cycle: Sequence[int] | None = None,
    track_steps: int | None = None,
) -> int:
    """Milliseconds from now to the next redraw worth doing. ``cycle``: the pictures of
    one cycle of the figure, slot by slot (None: unknown; then MOVING_MS).
    ``track_steps``: the visible steps of the progress track, from empty to full (None:
    unknown; then :data:`MAX_STILL_RATE` a second)."""
    if snap.state is not State.RUNNING:
        return IDLE_MS
    # Times counting down are shown rounded up (presenter): they change at UP_SLACK
    # above each whole second.
    if snap.remaining is not None:
        rate = track_rate(snap, track_steps)
        until = _until_down(max(0.0, snap.remaining - UP_SLACK), rate)
    else:
        until = _until_up(max(0.0, snap.elapsed))  # self-paced: counts up
    if snap.routine_remaining > UP_SLACK:
        until = min(until, _until_down(snap.routine_remaining - UP_SLACK))
    if figure_moves(motion):
        if not cycle or motion.phase is not Phase.CYCLE or motion.into < 1.0:
            return max(1, min(MOVING_MS, math.ceil(until * 1000) + _LATE_MS))
        until = min(until, _until_next_picture(snap, motion, cycle))
    return max(1, min(IDLE_MS, math.ceil(until * 1000) + _LATE_MS))
