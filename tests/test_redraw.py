"""The player's redraw rate (core.redraw): fast only while the figure moves, else on the
next change of the digits, and a redraw schedule that never shows a change late."""

from __future__ import annotations

import math

import pytest

from backtimer.core.clock import FakeClock
from backtimer.core.engine import Engine, State
from backtimer.core.motion import STILL, Motion, Phase, motion_for_step
from backtimer.core.plural import english
from backtimer.core.presenter import present
from backtimer.core.redraw import (
    IDLE_MS,
    MAX_STILL_RATE,
    MOVING_MS,
    STILL_MS,
    figure_moves,
    next_redraw_ms,
    track_rate,
)
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


@pytest.mark.parametrize("track_steps", [None, 150, 3])
def test_when_nothing_moves_every_change_of_the_digits_is_drawn_in_time(
    track_steps: int | None,
) -> None:
    """Drive the redraws as the controller would, on a fake clock: at each redraw what
    the screen shows must be what it would show at that instant, and no change of the
    digits may wait longer than a few milliseconds for the next redraw, however often
    the track asks for one."""
    e, clock = _engine(timed("plank", 7, rest=5), self_paced("bird-dog", 4), lead_in=3)
    shown = _shown(e)
    still: dict[int, int] = {}  # redraws in each second while the figure is still
    start = clock.now()
    while e.state is State.RUNNING and clock.now() < start + 40:
        snap = e.snapshot()
        wait = next_redraw_ms(snap, motion_for_step(snap.step, snap.elapsed), None, track_steps)
        assert 1 <= wait <= IDLE_MS or wait == MOVING_MS
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
        if not figure_moves(motion_for_step(snap.step, snap.elapsed)):
            second = math.floor(clock.now() - start)
            still[second] = still.get(second, 0) + 1
    # while the figure is still (the get-ready, the rest): at most 4 redraws a second (not
    # 15), and with a coarse track only the digits' changes
    assert set(still) >= {0, 1, 2, 11, 12, 13, 14}
    assert max(still.values()) <= (5 if track_steps != 3 else 2)


def test_the_time_left_in_the_routine_changes_with_the_steps_time() -> None:
    """Both are rounded up, so one redraw a second shows both changes."""
    e, clock = _engine(timed("plank", 30, rest=30), timed("plank", 30), lead_in=0)
    changes: list[tuple[float, int]] = []
    before = _shown(e)
    for _ in range(4000):  # 4 s in ms
        clock.advance(0.001)
        e.tick()
        now = _shown(e)
        changes += [(round(clock.now() - 1000.0, 3), i) for i in (0, 1) if now[i] != before[i]]
        before = now
    assert changes == [(float(t), i) for t in (1, 2, 3, 4) for i in (0, 1)]


def _still_rest() -> tuple[Engine, FakeClock]:
    e, clock = _engine(timed("plank", 30, rest=30), timed("plank", 30), lead_in=0)
    clock.advance(31.5)  # into the rest: the figure is still, 28.5 s to go
    e.tick()
    snap = e.snapshot()
    assert snap.state is State.RUNNING and not figure_moves(motion_for_step(snap.step, 1.5))
    return e, clock


def _wait(e: Engine, track_steps: int | None) -> int:
    snap = e.snapshot()
    return next_redraw_ms(snap, motion_for_step(snap.step, snap.elapsed), None, track_steps)


def test_a_still_screen_redraws_as_often_as_its_track_moves_and_at_most_four_times() -> None:
    """The 30 s rest, 28.5 s to go: with 150 steps of the track (5 a second) or an
    unknown track, on the quarter seconds; with 60 steps (2 a second), on the half
    seconds; with 30 or fewer, once a second, when the digits change (3 ms after each)."""
    e, clock = _still_rest()
    assert [_wait(e, n) for n in (None, 150, 60, 30, 10)] == [253, 253, 503, 503, 503]
    clock.advance(0.1)  # 28.4 s to go (a hair more: the clock is a float)
    e.tick()
    assert [_wait(e, n) for n in (None, 150, 60, 30, 10)] == [153, 153, 403, 403, 403]
    assert track_rate(e.snapshot(), 150) == MAX_STILL_RATE == 1000 // STILL_MS
    assert track_rate(e.snapshot(), 60) == 2
    assert track_rate(e.snapshot(), 0) == 1


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
        assert 1 <= wait <= STILL_MS + 5  # a quarter second, landing just after it
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
