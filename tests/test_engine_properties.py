"""Property tests: random routines and random event sequences keep the invariants."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from backtimer.core.clock import FakeClock
from backtimer.core.engine import FINAL_STATES, Engine, Event, EventKind, State
from backtimer.core.model import Dosage, Item, Mode, Routine

dosages = st.one_of(
    st.builds(lambda s: Dosage(Mode.TIMED, seconds=s), st.integers(1, 90)),
    st.builds(
        lambda r, p: Dosage(Mode.PACED_REPS, reps=r, seconds_per_rep=p),
        st.integers(1, 20),
        st.sampled_from([1.0, 2.5, 3.0, 4.0]),
    ),
    st.builds(lambda r: Dosage(Mode.SELF_PACED_REPS, reps=r), st.integers(1, 20)),
    st.builds(
        lambda h, r, k: Dosage(Mode.HOLDS, hold_seconds=h, hold_rest_seconds=r, holds=k),
        st.integers(1, 20),
        st.integers(0, 10),
        st.integers(1, 5),
    ),
)


@st.composite
def items(draw: st.DrawFn) -> Item:
    d = draw(dosages)
    d = Dosage(
        d.mode,
        d.seconds,
        d.reps,
        d.seconds_per_rep,
        d.hold_seconds,
        d.hold_rest_seconds,
        d.holds,
        sets=draw(st.integers(1, 3)),
        set_rest_seconds=draw(st.integers(0, 20)),
        per_side=draw(st.booleans()),
        switch_seconds=draw(st.integers(0, 6)),
    )
    return Item(draw(st.sampled_from(["a", "b", "c"])), d, draw(st.integers(0, 30)))


routines = st.builds(
    lambda its, lead: Routine("R", "", lead, tuple(its)),
    st.lists(items(), min_size=1, max_size=4),
    st.integers(0, 10),
)

events = st.lists(
    st.tuples(
        st.sampled_from(list(EventKind)),
        st.floats(0, 40, allow_nan=False),
        st.integers(0, 4),
    ),
    max_size=60,
)


@settings(max_examples=300, deadline=None)
@given(routines, events)
def test_invariants_hold_for_any_event_sequence(
    routine: Routine, evs: list[tuple[EventKind, float, int]]
) -> None:
    clock = FakeClock()
    e = Engine(routine, clock)
    last_index = 0
    final_state: State | None = None
    pauses = 0.0
    for kind, gap, item in evs:
        before_state = e.state
        before_exercised = e.snapshot().exercised
        clock.advance(gap)
        if before_state in (State.PAUSED, State.HURT):
            pauses += gap
        snap_mid = e.snapshot()
        if before_state is not State.RUNNING:
            # paused time is never counted as exercise
            assert snap_mid.exercised == pytest.approx(before_exercised)
        res = e.dispatch(Event(kind, item=item))
        if final_state is not None:
            # finished (or stopped) is final
            assert e.state is final_state
            assert res.accepted == (kind is EventKind.TICK)
        snap = e.snapshot()
        if snap.remaining is not None:
            assert snap.remaining >= 0.0
        assert snap.routine_remaining >= 0.0
        assert math.isfinite(snap.elapsed) and snap.elapsed >= 0.0
        if snap.step is not None:
            i = snap.step.index
            explicit = kind in (
                EventKind.SKIP,
                EventKind.PREVIOUS,
                EventKind.JUMP,
                EventKind.SKIP_EXERCISE,
                EventKind.RESTART_STEP,
            )
            # steps are visited in order, or moved by an explicit event
            assert i >= last_index or (explicit and res.accepted)
            last_index = i
        if e.state in FINAL_STATES:
            final_state = e.state
    if e.state not in FINAL_STATES:
        e.stop()  # refused while ready; then nothing was exercised
    rep = e.report()
    # totals add up: every active second of exercise is in exactly one step record
    assert rep.exercised_seconds == pytest.approx(
        sum(s.actual_seconds for s in rep.steps), abs=1e-6
    )
    assert rep.paused_seconds == pytest.approx(pauses, abs=1e-6)
    assert rep.exercised_seconds <= rep.elapsed_seconds - rep.paused_seconds + 1e-6
    for s in rep.steps:
        if s.reps_done is not None and s.reps_planned is not None:
            assert 0 <= s.reps_done <= s.reps_planned


@settings(max_examples=100, deadline=None)
@given(routines, st.lists(st.floats(0.01, 1.5), min_size=1, max_size=20))
def test_any_tick_pattern_ends_on_plan(routine: Routine, gaps: list[float]) -> None:
    """No tick counting: a routine with no self-paced item ends exactly on plan."""
    if any(i.mode is Mode.SELF_PACED_REPS for i in routine.items):
        return
    clock = FakeClock()
    e = Engine(routine, clock)
    planned = e.report().planned_seconds
    e.start()
    t0 = clock.now()
    n = 0
    while e.state is not State.FINISHED:
        clock.advance(gaps[n % len(gaps)])
        e.tick()
        n += 1
    assert e.ended_at is not None
    assert abs(e.ended_at - t0 - planned) < 1e-6
