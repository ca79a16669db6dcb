"""What the optional voice says for a cue: plain English phrases, no Qt.

:func:`announcement` turns an engine :class:`~backtimer.core.cues.Cue` into a short
phrase ("Next: cat stretch, 10 repetitions", "Switch sides", "Rest, 30 seconds",
"Hold, 5 seconds", "2", "Well done. Routine finished.") or ``None`` when the cue is
left to the tones.

Translation: every phrase is an English *template* with named fields (``{name}``...),
passed through the ``translate`` callable before it is filled in. Counts are Qt numerus
templates ("%n seconds", see :mod:`backtimer.core.plural`): ``translate(template, n)``
picks the language's plural form. The UI passes the player's ``QCoreApplication.translate``
wrapper; the default is :func:`~backtimer.core.plural.english`. The templates are all
listed in :data:`TEMPLATES` (and the counted ones in :data:`COUNTED`) so a translation
tool can collect them.

Decisions:

* COUNTDOWN cues (3-2-1) return ``None``: a spoken "three" lasts about as long as the
  gap between two ticks and would drift late, so the countdown is left to the tick tone.
* REP cues return the bare number ("2", "3"...), short enough to keep pace.
* The first work step of an item says "Next: <name>, <dose>"; later sets and the second
  side say only what changed ("Set 2 of 3, 10 repetitions", "Right side").
"""

from __future__ import annotations

from collections.abc import Callable

from backtimer.core.cues import Cue, CueKind
from backtimer.core.model import Mode, Side
from backtimer.core.plural import Translate, counted, english
from backtimer.core.steps import Step, StepKind

T_NEXT = "Next: {name}, {dose}"
T_NEXT_SIDE = "Next: {name}, {side}, {dose}"
T_NEXT_HOLDS = "Next: {name}. Hold, {duration}"
T_NEXT_HOLDS_SIDE = "Next: {name}, {side}. Hold, {duration}"
T_GET_READY = "Get ready. First: {name}"
T_GET_READY_ANON = "Get ready"
T_SET = "Set {set_no} of {sets}, {dose}"
T_RIGHT_SIDE = "Right side, {dose}"
T_HOLD = "Hold, {duration}"
T_REST = "Rest, {duration}"
T_SWITCH = "Switch sides"
T_HALFWAY = "Halfway"
T_FINISHED = "Well done. Routine finished."
T_LEFT = "left side"
T_RIGHT = "right side"
T_REPS = counted("%n repetitions", "%n repetition")
T_SECONDS = counted("%n seconds", "%n second")
T_MINUTES = counted("%n minutes", "%n minute")
T_MINUTES_SECONDS = "{minutes} and {seconds}"
T_AT_YOUR_PACE = "at your own pace"

# Every template, for translation tools (collected from the T_ names above).
TEMPLATES: tuple[str, ...] = tuple(v for k, v in dict(globals()).items() if k.startswith("T_"))
#: The templates that take a count (translated with ``translate(template, n)``).
COUNTED: tuple[str, ...] = (T_REPS, T_SECONDS, T_MINUTES)


def duration_words(seconds: float, translate: Translate = english) -> str:
    """Seconds as spoken words: "30 seconds", "2 minutes", "1 minute and 30 seconds"."""
    total = max(0, round(seconds))
    minutes, secs = divmod(total, 60)
    if minutes == 0:
        return translate(T_SECONDS, secs)
    mins = translate(T_MINUTES, minutes)
    if secs == 0:
        return mins
    rest = translate(T_SECONDS, secs)
    return translate(T_MINUTES_SECONDS).format(minutes=mins, seconds=rest)


def _side(side: Side, tr: Translate) -> str:
    return tr(T_LEFT if side is Side.LEFT else T_RIGHT)


def _dose(step: Step, tr: Translate) -> str:
    """What one work step asks for: repetitions or a duration."""
    if step.mode in (Mode.PACED_REPS, Mode.SELF_PACED_REPS) and step.reps:
        return tr(T_REPS, step.reps)
    if step.duration is not None:
        return duration_words(step.duration, tr)
    return tr(T_AT_YOUR_PACE)


def _work(step: Step, name: str, tr: Translate) -> str:
    first_of_item = step.set_no == 1 and step.side in (None, Side.LEFT) and step.hold_no <= 1
    duration = duration_words(step.duration or 0, tr)
    if step.kind is StepKind.HOLD:
        if not first_of_item:
            return tr(T_HOLD).format(duration=duration)
        if step.side is None:
            return tr(T_NEXT_HOLDS).format(name=name, duration=duration)
        return tr(T_NEXT_HOLDS_SIDE).format(name=name, side=_side(step.side, tr), duration=duration)
    dose = _dose(step, tr)
    if first_of_item:
        if step.side is None:
            return tr(T_NEXT).format(name=name, dose=dose)
        return tr(T_NEXT_SIDE).format(name=name, side=_side(step.side, tr), dose=dose)
    if step.side is Side.RIGHT:
        return tr(T_RIGHT_SIDE).format(dose=dose)
    return tr(T_SET).format(set_no=step.set_no, sets=step.sets, dose=dose)


def _phase_start(step: Step, exercise_name: Callable[[str], str], tr: Translate) -> str | None:
    name = exercise_name(step.exercise_id) if step.exercise_id else ""
    match step.kind:
        case StepKind.LEAD_IN:
            return tr(T_GET_READY).format(name=name) if name else tr(T_GET_READY_ANON)
        case StepKind.WORK | StepKind.HOLD:
            return _work(step, name, tr)
        case StepKind.SWITCH:
            return tr(T_SWITCH)
        case StepKind.HOLD_REST | StepKind.SET_REST | StepKind.REST:
            return tr(T_REST).format(duration=duration_words(step.duration or 0, tr))
    return None  # pragma: no cover - every StepKind is handled above


def announcement(
    cue: Cue,
    exercise_name: Callable[[str], str],
    translate: Translate = english,
) -> str | None:
    """The phrase to speak for ``cue``, or ``None`` to leave it to the tones.

    ``exercise_name`` maps an exercise id to the name to speak (lower case reads best
    mid-sentence: "cat stretch"). ``translate`` maps an English template to the
    translated template; fields in braces must be kept.
    """
    match cue.kind:
        case CueKind.COUNTDOWN:
            return None
        case CueKind.REP:
            return str(cue.number)
        case CueKind.SWITCH_SIDES:
            return translate(T_SWITCH)
        case CueKind.HALFWAY:
            return translate(T_HALFWAY)
        case CueKind.FINISHED:
            return translate(T_FINISHED)
        case CueKind.PHASE_START:
            if cue.step is None:
                return None
            return _phase_start(cue.step, exercise_name, translate)
    return None  # pragma: no cover - every CueKind is handled above
