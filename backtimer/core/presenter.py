"""What the player screen shows, computed from an engine snapshot (no Qt).

The player's widgets take a :class:`PlayerScreen` and paint it; all time arithmetic and
wording decisions happen here, where tests can check them without a window.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from backtimer.core.engine import PauseReason, Snapshot, State
from backtimer.core.formatting import format_duration
from backtimer.core.model import Exercise, Mode, Routine, Side
from backtimer.core.steps import Step, StepKind

Translate = Callable[[str], str]


def _same(text: str) -> str:
    return text


class Tone(StrEnum):
    """The colour family of the countdown, chosen by the view from its palette."""

    READY = "ready"
    WORK = "work"
    HOLD = "hold"
    REST = "rest"
    PAUSED = "paused"
    DONE = "done"
    HURT = "hurt"


@dataclass(frozen=True, slots=True)
class PlayerScreen:
    countdown: str  # "0:23", or "Done?" style text for self-paced repetitions
    progress: float  # 0..1 of the current step, for the ring
    phase: str  # "Work", "Hold 2 of 5", "Rep 7 of 15 · Set 2 of 3 · Left side" ...
    tone: Tone
    exercise_id: str | None
    exercise_name: str
    upcoming: str  # "Next: Superman, 10 reps" during rests and the lead-in, else ""
    routine_left: str  # "12:30 left"
    current_item: int | None
    side: Side | None
    status: str  # a line for paused / sleep / hurt, else ""
    waiting_for_done: bool


T = {
    "ready": "Ready",
    "get_ready": "Get ready",
    "work": "Work",
    "hold": "Hold {n} of {total}",
    "hold_rest": "Rest between holds",
    "rest": "Rest",
    "set_rest": "Rest before set {n}",
    "switch": "Switch sides",
    "rep": "Rep {n} of {total}",
    "reps": "{total} reps at your pace",
    "set": "Set {n} of {total}",
    "left": "Left side",
    "right": "Right side",
    "done": "Done",
    "stopped": "Stopped",
    "left_total": "{time} left",
    "next": "Next: {name}",
    "paused": "Paused. Press Space to go on.",
    "slept": "Paused because the computer was asleep. Press Space to go on.",
    "stalled": "Paused because BackTimer was frozen for a while. Press Space to go on.",
    "hurt": "Stopped because it hurts.",
    "press_done": "Press Enter when done",
    "join": " · ",
}


def present(
    snap: Snapshot,
    routine: Routine,
    steps: tuple[Step, ...],
    exercise: Callable[[str], Exercise | None],
    translate: Translate = _same,
) -> PlayerScreen:
    tr = translate
    step = snap.step
    if snap.state in (State.FINISHED, State.STOPPED) or step is None:
        text = tr(T["done"]) if snap.state is State.FINISHED else tr(T["stopped"])
        return PlayerScreen(
            countdown=text if snap.state is State.STOPPED else "0:00",
            progress=1.0,
            phase=text,
            tone=Tone.DONE,
            exercise_id=None,
            exercise_name="",
            upcoming="",
            routine_left="",
            current_item=None,
            side=None,
            status="",
            waiting_for_done=False,
        )
    shown_id = step.exercise_id
    if step.kind is StepKind.REST:  # between items: show what comes next
        nxt_step = _next_exercise_step(steps, step)
        shown_id = nxt_step.exercise_id if nxt_step else shown_id
    ex = exercise(shown_id) if shown_id else None
    name = ex.name if ex else (shown_id or "")
    if snap.remaining is None:
        countdown = format_duration(snap.elapsed)
        progress = 0.0
    else:
        # Show whole seconds counting down: 2.3 s left reads "0:03" until it reaches 2.
        countdown = format_duration(math.ceil(snap.remaining - 1e-9))
        progress = 1.0 - snap.remaining / step.duration if step.duration else 1.0
    status = ""
    if snap.state is State.PAUSED:
        why = {PauseReason.SLEEP: "slept", PauseReason.STALL: "stalled"}
        status = tr(T[why.get(snap.paused_reason, "paused")])  # type: ignore[arg-type]
    elif snap.state is State.HURT:
        status = tr(T["hurt"])
    elif snap.remaining is None and snap.state is State.RUNNING:
        status = tr(T["press_done"])
    upcoming = ""
    if not step.kind.is_exercise:
        nxt = _next_exercise_step(steps, step)
        if nxt is not None and nxt.exercise_id:
            nxt_ex = exercise(nxt.exercise_id)
            upcoming = tr(T["next"]).format(name=nxt_ex.name if nxt_ex else nxt.exercise_id)
    return PlayerScreen(
        countdown=countdown,
        progress=max(0.0, min(1.0, progress)),
        phase=_phase(snap, step, tr),
        tone=_tone(snap, step),
        exercise_id=shown_id,
        exercise_name=name,
        upcoming=upcoming,
        routine_left=tr(T["left_total"]).format(time=format_duration(snap.routine_remaining)),
        current_item=step.item_index,
        side=step.side if shown_id == step.exercise_id else None,
        status=status,
        waiting_for_done=snap.remaining is None and snap.state is State.RUNNING,
    )


def _next_exercise_step(steps: tuple[Step, ...], step: Step) -> Step | None:
    for s in steps[step.index + 1 :]:
        if s.kind.is_exercise:
            return s
    return None


def _phase(snap: Snapshot, step: Step, tr: Translate) -> str:
    if snap.state is State.READY:
        return tr(T["ready"])
    parts: list[str] = []
    kind = step.kind
    if kind is StepKind.LEAD_IN:
        return tr(T["get_ready"])
    if kind is StepKind.REST:
        return tr(T["rest"])
    if kind is StepKind.SET_REST:
        return tr(T["set_rest"]).format(n=step.set_no + 1)
    if kind is StepKind.SWITCH:
        return tr(T["switch"])
    if kind is StepKind.HOLD_REST:
        parts.append(tr(T["hold_rest"]))
    elif kind is StepKind.HOLD:
        parts.append(tr(T["hold"]).format(n=step.hold_no, total=step.holds))
    elif step.mode is Mode.PACED_REPS:
        parts.append(tr(T["rep"]).format(n=max(1, snap.rep), total=step.reps))
    elif step.mode is Mode.SELF_PACED_REPS:
        parts.append(tr(T["reps"]).format(total=step.reps))
    else:
        parts.append(tr(T["work"]))
    if step.sets > 1:
        parts.append(tr(T["set"]).format(n=step.set_no, total=step.sets))
    if step.side is not None:
        parts.append(tr(T["left"] if step.side is Side.LEFT else T["right"]))
    return tr(T["join"]).join(parts)


def _tone(snap: Snapshot, step: Step) -> Tone:
    if snap.state is State.HURT:
        return Tone.HURT
    if snap.state in (State.PAUSED, State.READY):
        return Tone.PAUSED if snap.state is State.PAUSED else Tone.READY
    if step.kind is StepKind.HOLD:
        return Tone.HOLD
    if step.kind is StepKind.WORK:
        return Tone.WORK
    return Tone.REST
