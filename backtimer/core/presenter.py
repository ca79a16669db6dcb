"""What the player screen shows, computed from an engine snapshot (no Qt).

The player's widgets take a :class:`PlayerScreen` and paint it; all time arithmetic and
wording decisions happen here, where tests can check them without a window:

- the *main figure* (``countdown``): the time left in a timed step or hold, the rep
  number during paced repetitions, "Done when ready" for self-paced ones;
- the exercise, its side and set, and a "next up" card that never names the current item
  (on a side switch it names the side that comes next);
- which player actions apply now (``enabled``) and what the primary button does;
- the window title and a one-sentence announcement, which change only when the phase
  changes (``phase_key``), never once a second.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from backtimer.core.engine import PauseReason, Snapshot, State
from backtimer.core.formatting import format_dosage, format_duration
from backtimer.core.model import Exercise, Mode, Routine, Side
from backtimer.core.plural import Translate, counted, english
from backtimer.core.steps import Step, StepKind


class Tone(StrEnum):
    """The colour family of the countdown, chosen by the view from its palette."""

    READY = "ready"
    WORK = "work"
    HOLD = "hold"
    REST = "rest"
    PAUSED = "paused"
    DONE = "done"
    STOPPED = "stopped"
    HURT = "hurt"


class Primary(StrEnum):
    """What the one primary button does now."""

    START = "start"
    PAUSE = "pause"
    RESUME = "resume"
    AGAIN = "again"  # after the end: load the routine again


class FigureKind(StrEnum):
    """What the main figure is, so the view can describe it to assistive technology."""

    TOTAL = "total"  # Ready: the routine's planned length
    TIME = "time"  # time left in this step
    REP = "rep"  # the paced repetition's number
    SELF_PACED = "self_paced"  # "Done when ready"
    END = "end"  # "Done" / "Stopped"


#: The player's action names (the view's ``actions_by_name`` keys) that depend on state.
ACTIONS = ("start", "previous", "skip", "restart", "done", "hurt", "stop", "jump")


@dataclass(frozen=True, slots=True)
class PlayerScreen:
    countdown: str  # the main figure: "0:23", "3" (rep), "Done when ready", "Done"
    figure_kind: FigureKind
    caption: str  # one line under the main figure: "of 10 · 0:40 left", "" ...
    progress: float  # 0..1 of the current step, for the progress track
    phase: str  # "Work", "Hold 2 of 5", "Rep 7 of 15", "Rest", "Switch to your right side"
    set_text: str  # "Set 2 of 3", or ""
    side_text: str  # "Left side", "Right side", or ""
    tone: Tone
    exercise_id: str | None
    exercise_name: str
    upcoming: str  # "Next: Superman" (the next-up card's line), "" when nothing comes
    next_id: str | None  # the exercise the next-up card pictures
    next_name: str  # the next exercise, or the side that comes next ("Right side")
    next_detail: str  # the next item's dosage
    routine_left: str  # "12:30 left"
    routine_fraction: float  # 0..1 of the whole routine's planned time behind
    current_item: int | None  # the queue row the screen shows (a rest shows the next one)
    side: Side | None
    status: str  # a line for paused / sleep / hurt / the end, else ""
    enabled: frozenset[str]
    primary: Primary
    phase_key: tuple[object, ...]  # changes exactly when the phase changes
    title: str  # for the window title: "Cat stretch · Hold 2 of 5", "" when idle
    announcement: str  # one short sentence for the phase, "" for none


T = {
    "ready": "Ready",
    "get_ready": "Get ready",
    "work": "Work",
    "hold": "Hold {n} of {total}",
    "hold_rest": "Rest between holds",
    "rest": "Rest",
    "set_rest": "Rest before set {n}",
    "switch": "Switch sides",
    "switch_to_left": "Switch to your left side",
    "switch_to_right": "Switch to your right side",
    "rep": "Rep {n} of {total}",
    "reps": counted("%n reps at your pace", "%n rep at your pace"),
    "set": "Set {n} of {total}",
    "left": "Left side",
    "right": "Right side",
    "done": "Done",
    "stopped": "Stopped",
    "completed": "Routine completed",
    "completed_hurt": "Routine completed, but something hurt",
    "session_stopped": "Session stopped",
    "stopped_for_pain": "Session stopped because it hurt",
    "stopped_hurt": "Session stopped; something hurt",
    "left_total": "{time} left",
    "next": "Next: {name}",
    "last": "This is the last exercise",
    "paused": "Paused. Press Space to go on.",
    "paused_short": "Paused",
    "slept": "Paused because the computer was asleep. Press Space to go on.",
    "stalled": "Paused because BackTimer was frozen for a while. Press Space to go on.",
    "hurt": "Stopped because it hurts.",
    "press_done": "Press Enter when done",
    "done_when_ready": "Done when ready",
    "rep_caption": "of {total} · {time} left",
    "self_caption": counted("%n reps · {time}", "%n rep · {time}"),
    "total_caption": "Press Space to start",
    "again_caption": "Press Space to start again",
    "announce_step": "{name}: {phase}.",
    "announce_get_ready": "Get ready. First: {name}.",
    "announce_rest": "Rest. Next: {name}.",
    "announce_rest_last": "Rest.",
    "announce_hurt": "Stopped because it hurts.",
    "announce_finished": "Routine completed. Well done.",
    "announce_stopped": "Session stopped.",
    "join": " · ",
}


def present(
    snap: Snapshot,
    routine: Routine,
    steps: tuple[Step, ...],
    exercise: Callable[[str], Exercise | None],
    translate: Translate = english,
    *,
    stopped_for_pain: bool = False,
    something_hurt: bool = False,
    reached: float = 0.0,
) -> PlayerScreen:
    """The screen for ``snap``. After a stop the engine no longer knows where it was:
    ``reached`` is the share of the routine behind at the last screen before it."""
    tr = translate

    def name_of(ex_id: str | None) -> str:
        if not ex_id:
            return ""
        ex = exercise(ex_id)
        return ex.name if ex else ex_id

    step = snap.step
    planned = sum(s.planned_seconds for s in steps)
    if snap.state in (State.FINISHED, State.STOPPED) or step is None:
        return _final(snap, routine, tr, stopped_for_pain, something_hurt, reached)
    shown_step = step
    if step.kind in (StepKind.REST, StepKind.LEAD_IN):  # between items: show what comes next
        shown_step = _next_exercise_step(steps, step) or step
    shown_id = shown_step.exercise_id
    name = name_of(shown_id)
    current_item = shown_step.item_index
    nxt_id, nxt_name, nxt_detail = _next_up(routine, steps, step, current_item, name_of, tr)
    upcoming = tr(T["next"]).format(name=nxt_name) if nxt_name else tr(T["last"])

    time_left = None if snap.remaining is None else _up(snap.remaining)
    if snap.state is State.READY:
        kind, big, caption, progress = (
            FigureKind.TOTAL,
            format_duration(planned),
            tr(T["total_caption"]),
            0.0,
        )
    elif step.kind is StepKind.WORK and step.mode is Mode.PACED_REPS:
        kind, big = FigureKind.REP, str(max(1, snap.rep))
        caption = tr(T["rep_caption"]).format(total=step.reps, time=format_duration(time_left or 0))
        progress = _step_progress(snap, step)
    elif snap.remaining is None:
        kind, big = FigureKind.SELF_PACED, tr(T["done_when_ready"])
        caption = tr(T["self_caption"], step.reps or 0).format(time=format_duration(snap.elapsed))
        progress = 0.0
    else:
        kind, big, caption = FigureKind.TIME, format_duration(time_left or 0), ""
        progress = _step_progress(snap, step)

    status = ""
    if snap.state is State.PAUSED:
        why = {PauseReason.SLEEP: "slept", PauseReason.STALL: "stalled"}
        status = tr(T[why.get(snap.paused_reason, "paused")])  # type: ignore[arg-type]
    elif snap.state is State.HURT:
        status = tr(T["hurt"])
    elif snap.remaining is None and snap.state is State.RUNNING:
        status = tr(T["press_done"])

    phase = _phase(snap, step, tr)
    side_text = ""
    if shown_step.side is not None and shown_id == step.exercise_id:
        side_text = tr(T["left"] if shown_step.side is Side.LEFT else T["right"])
    set_text = ""
    if step.sets > 1 and (step.kind.is_exercise or step.kind in _IN_SET):
        set_text = tr(T["set"]).format(n=step.set_no, total=step.sets)
    waiting = snap.remaining is None and snap.state is State.RUNNING
    key, title, said = _phase_words(snap, step, name, phase, nxt_name, tr)
    return PlayerScreen(
        countdown=big,
        figure_kind=kind,
        caption=caption,
        progress=max(0.0, min(1.0, progress)),
        phase=phase,
        set_text=set_text,
        side_text=side_text,
        tone=_tone(snap, step),
        exercise_id=shown_id,
        exercise_name=name,
        upcoming=upcoming,
        next_id=nxt_id,
        next_name=nxt_name,
        next_detail=nxt_detail,
        # Rounded up like the step's time, so the two change at the same instant.
        routine_left=tr(T["left_total"]).format(time=format_duration(_up(snap.routine_remaining))),
        routine_fraction=_fraction(planned, snap.routine_remaining),
        current_item=current_item,
        side=step.side if shown_id == step.exercise_id else None,
        status=status,
        enabled=_enabled(snap.state, waiting),
        primary={
            State.READY: Primary.START,
            State.RUNNING: Primary.PAUSE,
            State.PAUSED: Primary.RESUME,
            State.HURT: Primary.RESUME,
        }[snap.state],
        phase_key=key,
        title=title,
        announcement=said,
    )


def _final(
    snap: Snapshot, routine: Routine, tr: Translate, for_pain: bool, hurt: bool, reached: float
) -> PlayerScreen:
    finished = snap.state is State.FINISHED
    if finished:
        headline = tr(T["completed_hurt"] if hurt else T["completed"])
        said = tr(T["announce_finished"])
    elif for_pain:
        headline, said = tr(T["stopped_for_pain"]), tr(T["announce_stopped"])
    else:
        headline = tr(T["stopped_hurt"] if hurt else T["session_stopped"])
        said = tr(T["announce_stopped"])
    return PlayerScreen(
        countdown=tr(T["done"]) if finished else tr(T["stopped"]),
        figure_kind=FigureKind.END,
        caption=tr(T["again_caption"]),
        # A stopped session is not drawn as a full ring of success: it shows how far it got.
        progress=1.0 if finished else reached,
        phase=headline,
        set_text="",
        side_text="",
        tone=(Tone.HURT if hurt or for_pain else Tone.DONE)
        if finished or for_pain
        else Tone.STOPPED,
        exercise_id=None,
        exercise_name=routine.name,
        upcoming="",
        next_id=None,
        next_name="",
        next_detail="",
        routine_left="",
        routine_fraction=1.0 if finished else reached,
        current_item=None,
        side=None,
        status="",
        enabled=frozenset({"start", "jump"}),
        primary=Primary.AGAIN,
        phase_key=(snap.state.value,),
        title="",
        announcement=said,
    )


_IN_SET = (StepKind.SWITCH, StepKind.HOLD_REST)


#: A time this close above a whole second shows as that second (float noise).
UP_SLACK = 1e-9


def _up(seconds: float) -> int:
    """Whole seconds, rounded up: a countdown shows 1 until its time is over."""
    return math.ceil(seconds - UP_SLACK)


def _fraction(planned: float, remaining: float) -> float:
    if planned <= 0:
        return 0.0
    return max(0.0, min(1.0, 1.0 - remaining / planned))


def _step_progress(snap: Snapshot, step: Step) -> float:
    if snap.remaining is None or not step.duration:
        return 0.0
    return 1.0 - snap.remaining / step.duration


def _enabled(state: State, waiting_for_done: bool) -> frozenset[str]:
    if state is State.READY:
        return frozenset({"start", "jump"})
    if state is State.RUNNING:
        out = {"start", "previous", "skip", "restart", "hurt", "stop", "jump"}
        return frozenset(out | ({"done"} if waiting_for_done else set()))
    if state is State.PAUSED:
        return frozenset({"start", "previous", "skip", "restart", "hurt", "stop", "jump"})
    if state is State.HURT:
        return frozenset({"stop"})
    return frozenset({"start", "jump"})


def _next_exercise_step(steps: tuple[Step, ...], step: Step) -> Step | None:
    for s in steps[step.index + 1 :]:
        if s.kind.is_exercise:
            return s
    return None


def _next_up(
    routine: Routine,
    steps: tuple[Step, ...],
    step: Step,
    shown_item: int | None,
    name_of: Callable[[str | None], str],
    tr: Translate,
) -> tuple[str | None, str, str]:
    """(exercise id, name, detail) of what comes after what the screen shows."""
    if step.kind.is_exercise or step.kind is StepKind.HOLD_REST:
        # The other side of this exercise comes before the next item.
        for s in steps[step.index + 1 :]:
            if s.item_index != step.item_index or s.set_no != step.set_no:
                break
            if s.kind is StepKind.SWITCH and s.side is not None:
                side = tr(T["left"] if s.side is Side.LEFT else T["right"])
                return s.exercise_id, side, ""
    nxt = (shown_item + 1) if shown_item is not None else 0
    if nxt >= len(routine.items):
        return None, "", ""
    item = routine.items[nxt]
    return item.exercise, name_of(item.exercise), format_dosage(item, tr)


def _phase(snap: Snapshot, step: Step, tr: Translate) -> str:
    if snap.state is State.READY:
        return tr(T["ready"])
    kind = step.kind
    if kind is StepKind.LEAD_IN:
        return tr(T["get_ready"])
    if kind is StepKind.REST:
        return tr(T["rest"])
    if kind is StepKind.SET_REST:
        return tr(T["set_rest"]).format(n=step.set_no + 1)
    if kind is StepKind.SWITCH:
        if step.side is Side.LEFT:
            return tr(T["switch_to_left"])
        if step.side is Side.RIGHT:
            return tr(T["switch_to_right"])
        return tr(T["switch"])
    if kind is StepKind.HOLD_REST:
        return tr(T["hold_rest"])
    if kind is StepKind.HOLD:
        return tr(T["hold"]).format(n=step.hold_no, total=step.holds)
    if step.mode is Mode.PACED_REPS:
        return tr(T["rep"]).format(n=max(1, snap.rep), total=step.reps)
    if step.mode is Mode.SELF_PACED_REPS:
        return tr(T["reps"], step.reps or 0)
    return tr(T["work"])


def _phase_words(
    snap: Snapshot, step: Step, name: str, phase: str, next_name: str, tr: Translate
) -> tuple[tuple[object, ...], str, str]:
    """(phase key, window title, announcement) for a session that is not over."""
    if snap.state is State.READY:
        return ("ready", step.index), "", ""
    if snap.state is State.PAUSED:
        reason = snap.paused_reason.value if snap.paused_reason else ""
        text = tr(T["paused_short"])
        return ("paused", reason), f"{name}{tr(T['join'])}{text}", text + "."
    if snap.state is State.HURT:
        return ("hurt",), name, tr(T["announce_hurt"])
    kind = step.kind
    if kind.is_exercise and step.mode is Mode.PACED_REPS:
        # The rep number changes every few seconds: it is not a new phase.
        said_phase = tr(T["work"])
        side = _side_words(step, tr)
        words = tr(T["join"]).join([said_phase, *([side] if side else [])])
        title = f"{name}{tr(T['join'])}{words}"
        return ("run", step.index), title, tr(T["announce_step"]).format(name=name, phase=words)
    if kind.is_exercise:
        side = _side_words(step, tr)
        words = tr(T["join"]).join([phase, *([side] if side else [])])
        title = f"{name}{tr(T['join'])}{words}"
        return ("run", step.index), title, tr(T["announce_step"]).format(name=name, phase=words)
    if kind is StepKind.LEAD_IN:
        said = tr(T["announce_get_ready"]).format(name=name)
        return ("run", step.index), f"{name}{tr(T['join'])}{phase}", said
    if kind is StepKind.REST:
        said = tr(T["announce_rest"]).format(name=name) if name else tr(T["announce_rest_last"])
        return ("run", step.index), f"{name}{tr(T['join'])}{phase}", said
    # switch sides, rest between holds or sets
    return ("run", step.index), f"{name}{tr(T['join'])}{phase}", phase + "."


def _side_words(step: Step, tr: Translate) -> str:
    if step.side is None:
        return ""
    return tr(T["left"] if step.side is Side.LEFT else T["right"])


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
