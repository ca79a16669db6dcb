"""The session engine, driven by a fake clock: no test sleeps."""

from __future__ import annotations

import pytest

from backtimer.core.clock import FakeClock
from backtimer.core.cues import CueKind
from backtimer.core.engine import Engine, PauseReason, State
from backtimer.core.model import Side
from backtimer.core.report import Outcome, SessionStatus
from backtimer.core.steps import StepKind
from tests.engine_helpers import holds, paced, routine, self_paced, timed


def run(engine: Engine, clock: FakeClock, seconds: float, step: float = 0.05) -> None:
    end = clock.now() + seconds
    while clock.now() < end - 1e-9:
        clock.advance(min(step, end - clock.now()))
        engine.tick()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


def test_steps_of_a_routine_with_sides_sets_holds_and_rests(clock: FakeClock) -> None:
    r = routine(
        holds("swallow-fly", 5, 3, 3, after=20),
        paced("heel", 4, 2.0, per_side=True, switch_seconds=4, sets=2, set_rest_seconds=15),
    )
    kinds = [(s.kind, s.side, s.set_no, s.hold_no) for s in Engine(r, clock).steps]
    assert kinds == [
        (StepKind.LEAD_IN, None, 1, 0),
        (StepKind.HOLD, None, 1, 1),
        (StepKind.HOLD_REST, None, 1, 1),
        (StepKind.HOLD, None, 1, 2),
        (StepKind.HOLD_REST, None, 1, 2),
        (StepKind.HOLD, None, 1, 3),
        (StepKind.REST, None, 1, 0),
        (StepKind.WORK, Side.LEFT, 1, 0),
        (StepKind.SWITCH, Side.RIGHT, 1, 0),
        (StepKind.WORK, Side.RIGHT, 1, 0),
        (StepKind.SET_REST, None, 1, 0),
        (StepKind.WORK, Side.LEFT, 2, 0),
        (StepKind.SWITCH, Side.RIGHT, 2, 0),
        (StepKind.WORK, Side.RIGHT, 2, 0),
    ]


def test_a_routine_runs_to_the_end_on_its_plan(clock: FakeClock) -> None:
    r = routine(timed("a", 30, rest=10), paced("b", 10, 3.0), lead_in=5)
    e = Engine(r, clock)
    assert e.start().accepted
    t0 = clock.now()
    run(e, clock, 74.9)
    assert e.snapshot().state is State.RUNNING  # a call: mypy keeps no narrowing of it
    run(e, clock, 0.2)
    assert e.state is State.FINISHED
    assert e.ended_at == pytest.approx(t0 + 75.0, abs=1e-6)
    rep = e.report()
    assert rep.status is SessionStatus.COMPLETED
    assert rep.exercised_seconds == pytest.approx(60.0)
    assert [s.outcome for s in rep.steps] == [Outcome.DONE, Outcome.DONE]
    assert rep.steps[1].reps_done == 10


def test_pause_moves_the_deadline_and_is_not_exercise(clock: FakeClock) -> None:
    e = Engine(routine(timed("a", 20), lead_in=0), clock)
    e.start()
    run(e, clock, 5)
    assert e.pause().accepted
    clock.advance(100)
    e.tick()
    assert e.snapshot().remaining == pytest.approx(15)
    assert e.resume().accepted
    run(e, clock, 14.9)
    assert e.snapshot().state is State.RUNNING
    run(e, clock, 0.2)
    assert e.state is State.FINISHED
    rep = e.report()
    assert rep.paused_seconds == pytest.approx(100)
    assert rep.exercised_seconds == pytest.approx(20)


def test_refused_events_say_why_and_change_nothing(clock: FakeClock) -> None:
    e = Engine(routine(timed("a", 10)), clock)
    for refused in (e.pause, e.resume, e.skip, e.done, e.stop, e.hurt):
        res = refused()
        assert not res.accepted and "does not apply while ready" in res.reason
    e.start()
    res = e.done()
    assert not res.accepted and "self-paced" in res.reason
    assert not e.resume().accepted
    e.stop()
    assert e.state is State.STOPPED
    assert not e.start().accepted and e.state is State.STOPPED


def test_self_paced_reps_wait_for_done(clock: FakeClock) -> None:
    e = Engine(routine(self_paced("a", 12), timed("b", 5), lead_in=0), clock)
    e.start()
    run(e, clock, 600)
    snap = e.snapshot()
    assert snap.step is not None and snap.step.exercise_id == "a" and snap.remaining is None
    assert e.done().accepted
    assert e.snapshot().step.exercise_id == "b"  # type: ignore[union-attr]
    rec = e.take_records()[0]
    assert rec.reps_done == 12 and rec.actual_seconds == pytest.approx(600)


def test_skip_previous_and_restart(clock: FakeClock) -> None:
    e = Engine(routine(timed("a", 10, rest=5), timed("b", 10), lead_in=0), clock)
    e.start()
    run(e, clock, 4)
    assert e.skip().accepted
    snap = e.snapshot()
    assert snap.step.kind is StepKind.REST  # type: ignore[union-attr]
    assert e.previous().accepted
    snap = e.snapshot()
    assert snap.step.exercise_id == "a" and snap.remaining == pytest.approx(10)  # type: ignore[union-attr]
    run(e, clock, 3)
    assert e.restart_step().accepted
    assert e.snapshot().remaining == pytest.approx(10)
    run(e, clock, 10.1)
    rep_a = [r for r in e.take_records() if r.exercise_id == "a"][-1]
    # 4 s before the skip, 3 s before the restart, then the full 10 s
    assert rep_a.actual_seconds == pytest.approx(17) and rep_a.outcome is Outcome.DONE


def test_it_hurts_then_skip_exercise(clock: FakeClock) -> None:
    e = Engine(routine(paced("a", 10, 3.0, sets=2, set_rest_seconds=10), timed("b", 5)), clock)
    e.start()
    run(e, clock, 5 + 7)
    assert e.hurt().accepted
    assert e.state is State.HURT
    clock.advance(30)
    e.tick()
    assert e.snapshot().exercised == pytest.approx(7)
    assert not e.resume().accepted
    assert e.skip_exercise().accepted
    assert e.snapshot().step.exercise_id == "b"  # type: ignore[union-attr]
    run(e, clock, 5.1)
    rep = e.report()
    assert rep.status is SessionStatus.COMPLETED
    assert [(s.exercise_id, s.outcome) for s in rep.steps] == [
        ("a", Outcome.HURT),
        ("b", Outcome.DONE),
    ]
    assert rep.steps[0].reps_done == 2
    assert rep.paused_seconds == pytest.approx(30)


def test_it_hurts_then_stop_is_stopped_for_pain(clock: FakeClock) -> None:
    e = Engine(routine(timed("a", 30), lead_in=0), clock)
    e.start()
    run(e, clock, 3)
    e.hurt()
    e.stop()
    rep = e.report()
    assert rep.status is SessionStatus.STOPPED_FOR_PAIN
    assert [s.outcome for s in rep.steps] == [Outcome.HURT]


def test_hurt_during_a_rest_marks_the_exercise_before_it(clock: FakeClock) -> None:
    e = Engine(routine(timed("a", 5, rest=30), timed("b", 5), lead_in=0), clock)
    e.start()
    run(e, clock, 10)
    assert e.hurt().accepted
    assert e.report().steps[0].outcome is Outcome.HURT


def test_jump_marks_the_items_passed_over_as_skipped(clock: FakeClock) -> None:
    e = Engine(routine(timed("a", 5), timed("b", 5), timed("c", 5), lead_in=0), clock)
    e.start()
    run(e, clock, 1)
    assert e.jump(2).accepted
    assert not e.jump(7).accepted
    run(e, clock, 5.1)
    assert [(s.exercise_id, s.outcome) for s in e.report().steps] == [
        ("a", Outcome.SKIPPED),
        ("b", Outcome.SKIPPED),
        ("c", Outcome.DONE),
    ]


def test_cues_come_once_never_early(clock: FakeClock) -> None:
    e = Engine(routine(timed("a", 10), lead_in=0), clock)
    e.start()
    seen = [(c.kind, c.number) for c in e.take_cues()]
    for _ in range(210):
        clock.advance(0.05)
        e.tick()
        for c in e.take_cues():
            assert c.at <= clock.now() + 1e-9
            seen.append((c.kind, c.number))
    assert seen == [
        (CueKind.PHASE_START, 0),
        (CueKind.COUNTDOWN, 3),
        (CueKind.COUNTDOWN, 2),
        (CueKind.COUNTDOWN, 1),
        (CueKind.FINISHED, 0),
    ]


def test_halfway_cue_in_a_long_hold(clock: FakeClock) -> None:
    e = Engine(routine(holds("s", 20, 5, 1), lead_in=0), clock)
    e.start()
    e.take_cues()
    clock.advance(9.9)
    e.tick()
    assert e.take_cues() == []
    clock.advance(0.2)
    e.tick()
    assert [c.kind for c in e.take_cues()] == [CueKind.HALFWAY]


def test_after_a_stall_only_the_latest_cue(clock: FakeClock) -> None:
    e = Engine(routine(paced("a", 10, 2.0), timed("b", 10), lead_in=0), clock)
    e.start()
    e.take_cues()
    clock.advance(7.0)  # reps 2, 3 and 4 came due during the stall
    e.tick()
    assert [(c.kind, c.number) for c in e.take_cues()] == [(CueKind.REP, 4)]
    clock.advance(20.0)  # the rest of a, and b's start and countdown
    e.tick()
    assert [c.kind for c in e.take_cues()] == [CueKind.COUNTDOWN]


def test_sleep_pauses_the_session_and_says_why(clock: FakeClock) -> None:
    e = Engine(routine(timed("a", 60), lead_in=0), clock)
    e.start()
    run(e, clock, 10)
    clock.sleep_for(3600)  # suspend: wall clock jumps, monotonic does not
    clock.advance(0.05)
    e.tick()
    snap = e.snapshot()
    assert snap.state is State.PAUSED and snap.paused_reason is PauseReason.SLEEP
    assert snap.remaining == pytest.approx(50, abs=0.1)
    assert e.report().exercised_seconds == pytest.approx(10.05)


def test_routine_time_left_counts_down(clock: FakeClock) -> None:
    e = Engine(routine(timed("a", 30, rest=10), timed("b", 20), lead_in=10), clock)
    assert e.snapshot().routine_remaining == pytest.approx(70)
    e.start()
    run(e, clock, 25)
    assert e.snapshot().routine_remaining == pytest.approx(45)


def test_thirty_minutes_with_stalls_ends_within_50ms_of_plan(clock: FakeClock) -> None:
    r = routine(
        *[timed("a", 45, rest=15) for _ in range(16)],
        *[paced("b", 15, 3.0, per_side=True, sets=2, set_rest_seconds=30) for _ in range(4)],
        lead_in=10,
    )
    e = Engine(r, clock)
    planned = e.report().planned_seconds
    assert planned > 1800
    e.start()
    t0 = clock.now()
    n = 0
    while e.state is State.RUNNING:
        n += 1
        clock.advance(1.5 if n % 37 == 0 else 0.05)  # a 1.5 s stall now and then
        e.tick()
    assert e.state is State.FINISHED
    assert abs(e.ended_at - t0 - planned) < 0.05  # type: ignore[operator]


def test_a_stall_pauses_as_of_the_last_tick_and_says_why(clock: FakeClock) -> None:
    e = Engine(routine(timed("a", 60), lead_in=0), clock, stall_seconds=3.0)
    e.start()
    run(e, clock, 10)
    clock.advance(20.0)  # SIGSTOP: both clocks move on, no tick comes
    e.tick()
    snap = e.snapshot()
    assert snap.state is State.PAUSED and snap.paused_reason is PauseReason.STALL
    assert snap.remaining == pytest.approx(50, abs=0.1)
    assert e.report().exercised_seconds == pytest.approx(10, abs=0.1)
    assert e.stalled_seconds == pytest.approx(20, abs=0.1)


def test_a_stall_lets_steps_that_ended_before_it_end(clock: FakeClock) -> None:
    e = Engine(routine(timed("a", 5), timed("b", 60), lead_in=0), clock, stall_seconds=3.0)
    e.start()
    run(e, clock, 6)  # "a" ended at 5 s
    clock.advance(30.0)
    e.tick()
    assert e.state is State.PAUSED
    assert [r.exercise_id for r in e.take_records()] == ["a"]
    assert e.report().exercised_seconds == pytest.approx(6, abs=0.1)
