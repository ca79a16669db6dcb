"""The session engine: a state machine that runs a routine's steps from events.

States (:class:`State`) and events (:class:`EventKind`) are named in
:mod:`backtimer.core.engine_states`, whose :data:`TRANSITIONS` is the one place that says
which event applies in which state. An event that does not apply is *refused*:
:meth:`Engine.dispatch` returns a :class:`Result` whose ``accepted`` is false and whose
``reason`` says why. Nothing raises mid-workout.

Time comes from an injected :class:`~backtimer.core.clock.Clock`. Each running step
has a deadline; a step that ends at its deadline hands that instant (not the tick's)
to the next step, so ticks that come late or stall never make the routine drift.
"""

from __future__ import annotations

from collections.abc import Callable

from backtimer.core.clock import Clock, SleepDetector
from backtimer.core.cues import Cue, CueKind
from backtimer.core.engine_states import (
    FINAL_STATES,
    TRANSITIONS,
    Event,
    EventKind,
    PauseReason,
    Result,
    Snapshot,
    State,
)
from backtimer.core.model import Mode, Routine
from backtimer.core.report import Outcome, SessionReport, SessionStatus, StepRecord
from backtimer.core.steps import Step, StepKind, expand
from backtimer.core.timeline import Visit, due_cues

# The vocabulary lives in engine_states; importers may take it from here with the engine.
__all__ = [
    "FINAL_STATES",
    "TRANSITIONS",
    "Engine",
    "Event",
    "EventKind",
    "PauseReason",
    "Result",
    "Snapshot",
    "State",
]


class Engine:
    """Runs one session of one routine. Not thread-safe; drive it from one thread."""

    def __init__(
        self,
        routine: Routine,
        clock: Clock,
        exercise_name: Callable[[str], str] = str,
        *,
        stall_seconds: float | None = None,
    ) -> None:
        """``stall_seconds``: when no event (the player ticks 15 times a second) came
        for longer than this while running, the session is paused as of the last one,
        so a frozen or stopped process never counts as exercise. None: off (tests that
        jump the fake clock)."""
        self.routine = routine
        self.steps: tuple[Step, ...] = expand(routine)
        self._clock = clock
        self._name = exercise_name
        self.state = State.READY
        self._visit: Visit | None = Visit(self.steps[0]) if self.steps else None
        self._carry: dict[int, float] = {}  # active seconds of abandoned visits
        self._records: dict[int, StepRecord] = {}
        self._new_records: list[StepRecord] = []
        self._cues: list[Cue] = []
        self._due: list[Cue] = []  # cues due in the event being handled
        self._sleep = SleepDetector()
        self.stalled_seconds = 0.0
        self._stall_after = stall_seconds
        self._last_seen: float | None = None
        self._started_at: float | None = None
        self._ended_at: float | None = None
        self._paused_since: float | None = None
        self._paused_total = 0.0
        self._exercised = 0.0
        self._pause_reason: PauseReason | None = None
        self._stopped_for_pain = False
        self._suffix = self._suffix_sums()

    # ----------------------------------------------------------------- events
    def dispatch(self, event: Event) -> Result:
        now = self._clock.now()
        self._check_stall(now)
        self._last_seen = now
        if event.kind not in TRANSITIONS[self.state]:
            return Result(False, f"'{event.kind}' does not apply while {self.state}")
        if event.kind is not EventKind.TICK:
            self._advance(now)  # settle deadlines that passed before acting
            if event.kind not in TRANSITIONS[self.state]:  # the routine may have ended
                return Result(False, f"'{event.kind}' does not apply while {self.state}")
        handler = getattr(self, f"_on_{event.kind.value}")
        result: Result = handler(event, now)
        if result.accepted:
            self._advance(now)
        return result

    def start(self) -> Result:
        return self.dispatch(Event(EventKind.START))

    def pause(self, reason: PauseReason = PauseReason.USER) -> Result:
        return self.dispatch(Event(EventKind.PAUSE, reason=reason))

    def resume(self) -> Result:
        return self.dispatch(Event(EventKind.RESUME))

    def skip(self) -> Result:
        return self.dispatch(Event(EventKind.SKIP))

    def previous(self) -> Result:
        return self.dispatch(Event(EventKind.PREVIOUS))

    def restart_step(self) -> Result:
        return self.dispatch(Event(EventKind.RESTART_STEP))

    def done(self) -> Result:
        return self.dispatch(Event(EventKind.DONE))

    def stop(self) -> Result:
        return self.dispatch(Event(EventKind.STOP))

    def hurt(self) -> Result:
        return self.dispatch(Event(EventKind.HURT))

    def skip_exercise(self) -> Result:
        return self.dispatch(Event(EventKind.SKIP_EXERCISE))

    def jump(self, item: int) -> Result:
        return self.dispatch(Event(EventKind.JUMP, item=item))

    def tick(self) -> Result:
        return self.dispatch(Event(EventKind.TICK))

    # --------------------------------------------------------------- handlers
    def _on_start(self, _e: Event, now: float) -> Result:
        if self._visit is None:
            return Result(False, "the routine has no steps")
        self._started_at = now
        self.state = State.RUNNING
        self._visit.run(now)
        return Result(True)

    def _on_pause(self, e: Event, now: float) -> Result:
        self._hold(now, State.PAUSED)
        self._pause_reason = e.reason
        return Result(True)

    def _on_resume(self, _e: Event, now: float) -> Result:
        self._release(now)
        return Result(True)

    def _on_skip(self, _e: Event, now: float) -> Result:
        index = self._current_index()
        self._end_visit(now, Outcome.SKIPPED)
        self._go(index + 1, now)
        return Result(True)

    def _on_previous(self, _e: Event, now: float) -> Result:
        i = self._current_index()
        target = next(
            (j for j in range(i - 1, -1, -1) if self._is_anchor(self.steps[j])),
            i,
        )
        self._abandon(now)
        self._go(target, now)
        return Result(True)

    def _on_restart_step(self, _e: Event, now: float) -> Result:
        index = self._current_index()
        self._abandon(now)
        self._go(index, now)
        return Result(True)

    def _on_done(self, _e: Event, now: float) -> Result:
        step = self._require_visit().step
        if step.duration is not None:
            return Result(False, "Done is for self-paced repetitions")
        self._end_visit(now, Outcome.DONE)
        self._go(step.index + 1, now)
        return Result(True)

    def _on_stop(self, _e: Event, now: float) -> Result:
        if self.state is State.HURT:
            self._stopped_for_pain = True
        if self._visit is not None and self.state is not State.HURT:
            self._end_visit(now, Outcome.SKIPPED)  # after "it hurts" it is recorded already
        self._flush_carry()
        self._finish(now, State.STOPPED)
        return Result(True)

    def _on_hurt(self, _e: Event, now: float) -> Result:
        visit = self._require_visit()
        if visit.step.kind is StepKind.LEAD_IN:
            return Result(False, "nothing has been exercised yet")
        self._hold(now, State.HURT)
        if visit.step.kind.is_exercise:
            self._end_visit(now, Outcome.HURT)
            self._visit = Visit(visit.step)  # stays on screen, not counted again
        else:
            self._mark_hurt_before(visit.step)
        return Result(True)

    def _on_skip_exercise(self, _e: Event, now: float) -> Result:
        step = self._require_visit().step
        self._release(now)
        nxt = next(
            (s.index for s in self.steps[step.index :] if s.item_index != step.item_index),
            len(self.steps),
        )
        self._visit = None
        self._go(nxt, now)
        return Result(True)

    def _on_jump(self, e: Event, now: float) -> Result:
        target = next((s.index for s in self.steps if s.item_index == e.item), None)
        if target is None:
            return Result(False, f"there is no item {e.item + 1}")
        if self.state is State.READY:
            self._visit = Visit(self.steps[target])
            return Result(True)
        here = self._current_index()
        self._abandon(now)
        for s in self.steps[here:target]:
            if s.kind.is_exercise and s.index not in self._records:
                self._record(s, Outcome.SKIPPED, 0.0)
        self._go(target, now)
        return Result(True)

    def _on_tick(self, _e: Event, now: float) -> Result:
        slept = self._sleep.observe(now, self._clock.wall())
        if slept and self.state is State.RUNNING:
            self._hold(now, State.PAUSED)
            self._pause_reason = PauseReason.SLEEP
        return Result(True)

    # ------------------------------------------------------------- machinery
    def _advance(self, now: float) -> None:
        """End every step whose deadline has passed, then collect due cues."""
        due: list[Cue] = []
        while self.state is State.RUNNING and self._visit is not None:
            deadline = self._visit.deadline()
            if deadline is None or deadline > now:
                break
            due.extend(due_cues(self._visit, deadline))
            index = self._visit.step.index
            self._end_visit(deadline, Outcome.DONE)
            self._go(index + 1, deadline)
        if self.state is State.RUNNING and self._visit is not None:
            due.extend(due_cues(self._visit, now))
        due.extend(self._due)
        self._due.clear()
        if due:
            self._cues.append(max(due, key=lambda c: c.at))  # after a stall: only the latest

    def _go(self, index: int, at: float) -> None:
        """Enter step ``index`` at time ``at`` (or finish past the last step)."""
        if index >= len(self.steps):
            self._flush_carry()
            self._finish(at, State.FINISHED)
            self._due.append(Cue(CueKind.FINISHED, None, 0, at))
            return
        self._visit = Visit(self.steps[index])
        if self.state is State.RUNNING:
            self._visit.run(at)

    def _end_visit(self, at: float, outcome: Outcome) -> None:
        visit = self._require_visit()
        active = visit.elapsed(at)
        visit.hold(at)
        if visit.step.kind.is_exercise:
            self._exercised += active
            self._record(visit.step, outcome, active + self._carry.pop(visit.step.index, 0.0))
        self._visit = None

    def _abandon(self, now: float) -> None:
        """Leave the current visit without an outcome; its time is kept for later."""
        visit = self._require_visit()
        active = visit.elapsed(now)
        visit.hold(now)
        if visit.step.kind.is_exercise:
            self._exercised += active
            i = visit.step.index
            if i in self._records:  # revisiting an ended step: add to its record
                self._record(visit.step, self._records[i].outcome, active)
            else:
                self._carry[i] = self._carry.get(i, 0.0) + active
        self._visit = None

    def _record(self, step: Step, outcome: Outcome, active: float) -> None:
        old = self._records.get(step.index)
        total = active + (old.actual_seconds if old else 0.0)
        reps_done: int | None = None
        if step.reps is not None:
            if outcome is Outcome.DONE:
                reps_done = step.reps
            elif step.mode is Mode.PACED_REPS and step.seconds_per_rep:
                reps_done = min(step.reps, int(total / step.seconds_per_rep + 1e-9))
            else:
                reps_done = old.reps_done if old else 0
        assert step.exercise_id is not None and step.item_index is not None and step.mode
        rec = StepRecord(
            step_index=step.index,
            item_index=step.item_index,
            exercise_id=step.exercise_id,
            exercise_name=self._name(step.exercise_id),
            kind=step.kind,
            mode=step.mode,
            side=step.side,
            set_no=step.set_no,
            hold_no=step.hold_no,
            planned_seconds=step.planned_seconds,
            actual_seconds=total,
            reps_planned=step.reps,
            reps_done=reps_done,
            outcome=outcome,
        )
        self._records[step.index] = rec
        self._new_records.append(rec)

    def _mark_hurt_before(self, step: Step) -> None:
        """Hurt in a rest or switch: it is the item's last exercise step that hurt."""
        for s in reversed(self.steps[: step.index]):
            if s.item_index != step.item_index:
                return
            if s.kind.is_exercise and s.index in self._records:
                self._record(s, Outcome.HURT, 0.0)
                return

    def _flush_carry(self) -> None:
        for i, active in sorted(self._carry.items()):
            self._record(self.steps[i], Outcome.SKIPPED, active)
        self._carry.clear()

    def _check_stall(self, now: float) -> None:
        last = self._last_seen
        if (
            self._stall_after is None
            or last is None
            or self.state is not State.RUNNING
            or now - last <= self._stall_after
        ):
            return
        self._advance(last)  # what ended before the stall ended then
        if self.state is State.RUNNING:
            self.stalled_seconds += now - last
            self._hold(last, State.PAUSED)
            self._pause_reason = PauseReason.STALL

    def _hold(self, now: float, state: State) -> None:
        if self._visit is not None:
            self._visit.hold(now)
        if self._paused_since is None:
            self._paused_since = now
        self.state = state

    def _release(self, now: float) -> None:
        if self._paused_since is not None:
            self._paused_total += now - self._paused_since
            self._paused_since = None
        self._pause_reason = None
        self.state = State.RUNNING
        if self._visit is not None:
            self._visit.run(now)

    def _finish(self, at: float, state: State) -> None:
        if self._paused_since is not None:
            self._paused_total += max(0.0, at - self._paused_since)
            self._paused_since = None
        self._visit = None
        self._ended_at = at
        self.state = state

    def _require_visit(self) -> Visit:
        if self._visit is None:  # pragma: no cover - guarded by TRANSITIONS
            raise RuntimeError("no current step")
        return self._visit

    def _current_index(self) -> int:
        return self._require_visit().step.index

    @staticmethod
    def _is_anchor(step: Step) -> bool:
        return step.kind.is_exercise or step.kind is StepKind.LEAD_IN

    def _suffix_sums(self) -> list[float]:
        out = [0.0] * (len(self.steps) + 1)
        for i in range(len(self.steps) - 1, -1, -1):
            out[i] = out[i + 1] + self.steps[i].planned_seconds
        return out

    # ---------------------------------------------------------------- reading
    def take_cues(self) -> list[Cue]:
        """Cues given since the last call, oldest first."""
        out, self._cues = self._cues, []
        return out

    def take_records(self) -> list[StepRecord]:
        """Step records written since the last call (a revisited step comes again)."""
        out, self._new_records = self._new_records, []
        return out

    def snapshot(self) -> Snapshot:
        now = self._clock.now()
        v = self._visit
        elapsed = v.elapsed(now) if v else 0.0
        remaining = v.remaining(now) if v else 0.0
        rep = 0
        if v and v.step.mode is Mode.PACED_REPS and v.step.kind is StepKind.WORK:
            spr = v.step.seconds_per_rep or 1.0
            rep = min(v.step.reps or 0, int(elapsed / spr) + 1)
        left = 0.0
        if v is not None:
            own = remaining if remaining is not None else max(0.0, v.step.planned_seconds - elapsed)
            left = own + self._suffix[v.step.index + 1]
        return Snapshot(
            state=self.state,
            step=v.step if v else None,
            elapsed=elapsed,
            remaining=remaining,
            rep=rep,
            routine_remaining=left,
            exercised=self._exercised_at(now),
            paused_reason=self._pause_reason,
        )

    @property
    def started_at(self) -> float | None:
        return self._started_at

    @property
    def ended_at(self) -> float | None:
        return self._ended_at

    def _exercised_at(self, now: float) -> float:
        v = self._visit
        current = v.elapsed(now) if v is not None and v.step.kind.is_exercise else 0.0
        return self._exercised + current

    def paused_seconds(self) -> float:
        extra = 0.0
        if self._paused_since is not None:
            extra = self._clock.now() - self._paused_since
        return self._paused_total + extra

    def report(self) -> SessionReport:
        if self.state is State.FINISHED:
            status = SessionStatus.COMPLETED
        elif self.state is State.STOPPED:
            status = (
                SessionStatus.STOPPED_FOR_PAIN if self._stopped_for_pain else SessionStatus.STOPPED
            )
        else:
            status = SessionStatus.RUNNING
        end = self._ended_at if self._ended_at is not None else self._clock.now()
        start = self._started_at if self._started_at is not None else end
        return SessionReport(
            routine_name=self.routine.name,
            status=status,
            planned_seconds=self._suffix[0],
            exercised_seconds=self._exercised_at(end),
            paused_seconds=self.paused_seconds(),
            elapsed_seconds=end - start,
            steps=tuple(self._records[i] for i in sorted(self._records)),
        )
