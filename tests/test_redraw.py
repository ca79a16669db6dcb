"""The player's redraw rate (core.redraw): fast only while the figure moves, else on the
next change of the digits, and a redraw schedule that never shows a change late."""

from __future__ import annotations

import math

from backtimer.core.clock import FakeClock
from backtimer.core.engine import Engine, State
from backtimer.core.motion import STILL, Motion, Phase, motion_for_step
from backtimer.core.plural import english
from backtimer.core.presenter import present
from backtimer.core.redraw import IDLE_MS, MOVING_MS, STILL_MS, figure_moves, next_redraw_ms
from tests.engine_helpers import paced, routine, self_paced, timed


def test_the_figure_moves_in_cycles_and_while_easing_only() -> None:
    assert figure_moves(Motion(Phase.CYCLE, 0.3, 1.0))
    assert figure_moves(Motion(Phase.HOLD, 0.0, 0.5))
    assert not figure_moves(Motion(Phase.HOLD, 0.0, 1.0))
    assert not figure_moves(Motion(Phase.HOLD, 0.0, 0.0))
    assert not figure_moves(STILL)


def _engine(*items: object, lead_in: int = 3) -> tuple[Engine, FakeClock]:
    clock = FakeClock()
    e = Engine(routine(*items, lead_in=lead_in), clock)  # type: ignore[arg-type]
    e.start()
    return e, clock


def test_a_moving_figure_is_redrawn_fifteen_times_a_second() -> None:
    e, clock = _engine(paced("bird-dog", 10, 3.0), lead_in=0)
    clock.advance(1.4)
    e.tick()
    snap = e.snapshot()
    assert next_redraw_ms(snap, motion_for_step(snap.step, snap.elapsed)) == MOVING_MS


def test_paused_and_ended_sessions_are_redrawn_once_a_second() -> None:
    e, clock = _engine(timed("plank", 20))
    clock.advance(1.2)
    e.tick()
    e.pause()
    assert next_redraw_ms(e.snapshot(), STILL) == IDLE_MS
    e.stop()
    assert e.snapshot().state is State.STOPPED
    assert next_redraw_ms(e.snapshot(), STILL) == IDLE_MS


def _shown(e: Engine) -> tuple[str, str]:
    snap = e.snapshot()
    screen = present(snap, e.routine, e.steps, lambda _i: None, english)
    return screen.countdown, screen.routine_left


def test_when_nothing_moves_every_change_of_the_digits_is_drawn_in_time() -> None:
    """Drive the redraws as the controller would, on a fake clock: at each redraw what
    the screen shows must be what it would show at that instant, and no change of the
    digits may wait longer than a few milliseconds for the next redraw."""
    e, clock = _engine(timed("plank", 7, rest=5), self_paced("bird-dog", 4), lead_in=3)
    shown = _shown(e)
    redraws = 0
    while e.state is State.RUNNING and clock.now() < 40:
        snap = e.snapshot()
        wait = next_redraw_ms(snap, motion_for_step(snap.step, snap.elapsed))
        assert 1 <= wait <= STILL_MS or wait == MOVING_MS
        # nothing may change on the screen before the redraw (sampled every ms)
        for _ in range(wait - 4):
            clock.advance(0.001)
            e.tick()
            if e.state is not State.RUNNING:
                break
            assert _shown(e) == shown, clock.now()
        clock.advance(0.001 * min(4, wait))
        e.tick()
        shown = _shown(e)
        redraws += 1
    # the timed item and its rest: about 4 redraws a second (not 15), the figure still
    assert redraws < 15 * 40


def test_still_screens_redraw_four_times_a_second_at_most() -> None:
    e, clock = _engine(timed("plank", 30, rest=30), timed("plank", 30), lead_in=0)
    clock.advance(31.5)  # into the rest: the figure is still, 28.5 s to go
    e.tick()
    snap = e.snapshot()
    motion = motion_for_step(snap.step, snap.elapsed)
    assert snap.state is State.RUNNING and not figure_moves(motion)
    assert next_redraw_ms(snap, motion) == 3  # on a half second: a rounded time changes now
    clock.advance(0.1)  # 28.4 s to go: the next half second is 0.4 s away, beyond 250 ms
    e.tick()
    snap = e.snapshot()
    assert next_redraw_ms(snap, motion_for_step(snap.step, snap.elapsed)) == STILL_MS
    clock.advance(0.3)  # 28.1 s to go: the digits' next half-second is 0.1 s away
    e.tick()
    snap = e.snapshot()
    assert next_redraw_ms(snap, motion_for_step(snap.step, snap.elapsed)) in (103, 104)


def test_a_moving_figure_is_redrawn_when_its_next_picture_is_due() -> None:
    """A 4 s repetition of 16 slots, each picture held for 2 slots (0.5 s): 2 redraws a
    second for the pictures, none of them late for a new picture or for new digits."""
    cycle = tuple(i // 2 for i in range(16))
    e, clock = _engine(paced("bird-dog", 6, 4.0), lead_in=0)
    clock.advance(1.5)  # past the first second's easing into the movement
    e.tick()

    def picture() -> tuple[int, tuple[str, str]]:
        snap = e.snapshot()
        t = motion_for_step(snap.step, snap.elapsed).t
        return cycle[min(15, math.floor(t * 16))], _shown(e)

    redraws, start = 0, clock.now()
    while clock.now() < start + 10:
        snap = e.snapshot()
        motion = motion_for_step(snap.step, snap.elapsed)
        wait = next_redraw_ms(snap, motion, cycle)
        assert 1 <= wait <= STILL_MS
        shown = picture()
        for _ in range(wait - 4):
            clock.advance(0.001)
            e.tick()
            assert picture() == shown, clock.now()
        clock.advance(0.001 * min(4, wait))
        e.tick()
        redraws += 1
    assert 25 <= redraws <= 60  # 2 pictures and 2-4 digit changes a second, not 15


def test_without_the_picture_count_a_moving_figure_gets_fifteen_a_second() -> None:
    e, clock = _engine(paced("bird-dog", 6, 4.0), lead_in=0)
    clock.advance(1.5)
    e.tick()
    snap = e.snapshot()
    assert next_redraw_ms(snap, motion_for_step(snap.step, snap.elapsed), None) == MOVING_MS
