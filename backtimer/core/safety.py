"""What the articles' safety rules ask of a routine and an exercise, without Qt.

- every safety line of an exercise (the player shows all of them, not only the first);
- whether an exercise is *loaded* (a barbell, a hyperextension bench, a couch with a
  spotter) and the one plain sentence that says what it needs before it starts;
- pain before a session: a rating of 7 or more, or pain the person calls sharp (asked
  for ratings of 4 to 6), means
  the articles' advice is to wait (BackTimer offers *Gentle start* or no training today);
- the warm-up: a routine opens with at least two minutes of easy mobilising movement.

Sentences are English templates (``T_*``), translated by the caller's ``tr`` in the
``Player`` context (``tools/extract_content_strings.py`` lists them for lupdate).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from backtimer.core.model import Exercise, Mode, Routine
from backtimer.core.plural import Translate, counted, english
from backtimer.core.steps import StepKind, expand

T_NEEDS_BARBELL = (
    "{name} is a loaded lift: it needs a barbell and sound technique. Start with a light bar, "
    "ideally with a trainer watching, and stop if your form slips or it hurts."
)
T_NEEDS_BENCH = (
    "{name} needs a hyperextension bench, or a couch with a spotter holding your legs. "
    "Learn it with a trainer if you can, start with one easy set, and stop if it hurts."
)
T_NEEDS_LOAD = (
    "{name} carries a load: learn the technique first, ideally with a trainer, start light, "
    "and stop if it hurts."
)
T_PAIN_WAIT = (
    "Your pain is high ({rating} of 10). The articles advise waiting while pain is sharp and "
    "starting only once it has turned dull and is easing. You can do Gentle start instead, "
    "or not train today."
)
T_PAIN_WAIT_SHARP = (
    "You describe your pain as sharp. The articles advise waiting while pain is sharp and "
    "starting only once it has turned dull and is easing. You can do Gentle start instead, "
    "or not train today."
)
T_NO_WARM_UP = (
    "This routine does not start with a warm-up. Begin with two minutes of easy movement, "
    "such as the cat stretch, and mark it as a warm-up."
)
_BETTER = " Two minutes of easy movement prepare the back better."
T_SHORT_WARM_UP = counted(
    "The warm-up lasts %n seconds." + _BETTER, "The warm-up lasts %n second." + _BETTER
)
T_HOLDS_ONLY_WARM_UP = (
    "The warm-up holds still. Easy movement, such as the cat stretch, prepares the back better."
)

TEMPLATES: tuple[str, ...] = tuple(v for k, v in dict(globals()).items() if k.startswith("T_"))

PAIN_WAIT_AT = 7  # a rating of 7 or more (of 10) before a session: advise waiting
SHARP_ASK_FROM = 4  # from 4 to 6 the player asks whether the pain is sharp or dull
WARM_UP_MIN_SECONDS = 120  # the built-in routines open with at least two minutes of movement
GENTLE_START_ID = "builtin:gentle-start"

# Equipment names (as in exercises.json) that make an exercise need a particular set-up.
_BARBELL = "barbell"
_BENCH = "hyperextension bench"


def safety_lines(ex: Exercise) -> tuple[str, ...]:
    """Every safety line of ``ex``, in order, each once (the player shows them all)."""
    return tuple(dict.fromkeys(s.strip() for s in ex.safety if s.strip()))


def is_loaded(ex: Exercise) -> bool:
    """A loaded exercise: a barbell lift, a hyperextension (bench, or couch with a spotter)."""
    return ex.loaded or _BARBELL in ex.equipment or _BENCH in ex.equipment


def loaded_notice(ex: Exercise, tr: Translate = english) -> str:
    """One plain sentence of what a loaded exercise needs; "" for an unloaded one."""
    if not is_loaded(ex):
        return ""
    if _BARBELL in ex.equipment:
        template = T_NEEDS_BARBELL
    elif _BENCH in ex.equipment:
        template = T_NEEDS_BENCH
    else:
        template = T_NEEDS_LOAD
    return tr(template).format(name=ex.name)


class PainChoice(StrEnum):
    GENTLE_START = "gentle_start"  # do Gentle start after back pain instead
    NOT_TODAY = "not_today"  # do not train today


@dataclass(frozen=True, slots=True)
class PainAdvice:
    message: str
    choices: tuple[PainChoice, ...]


def ask_if_sharp(rating: int | None) -> bool:
    """A middling rating (4 to 6) says little: ask whether the pain is sharp or dull."""
    return rating is not None and SHARP_ASK_FROM <= rating < PAIN_WAIT_AT


def pain_before_advice(
    rating: int | None, *, sharp: bool = False, tr: Translate = english
) -> PainAdvice | None:
    """Advice when pain before a session is high (>= 7) or sharp; None when it is not."""
    if sharp:
        message = tr(T_PAIN_WAIT_SHARP)
    elif rating is not None and rating >= PAIN_WAIT_AT:
        message = tr(T_PAIN_WAIT).format(rating=rating)
    else:
        return None
    return PainAdvice(message, (PainChoice.GENTLE_START, PainChoice.NOT_TODAY))


# ------------------------------------------------------------------------ warm-up


def warm_up_items(routine: Routine) -> int:
    """How many items at the start of ``routine`` are marked as warm-up."""
    n = 0
    for item in routine.items:
        if not item.warm_up:
            break
        n += 1
    return n


def warm_up_seconds(routine: Routine) -> float:
    """Seconds of movement (work and holds, rests left out) in the opening warm-up items."""
    n = warm_up_items(routine)
    if n == 0:
        return 0.0
    head = Routine(routine.name, "", 0, routine.items[:n])
    moving = (StepKind.WORK, StepKind.HOLD)
    return sum(s.planned_seconds for s in expand(head) if s.kind in moving)


def warm_up_moves(routine: Routine) -> bool:
    """True if the opening warm-up has movement (repetitions), not only still holds."""
    n = warm_up_items(routine)
    return any(i.mode is not Mode.HOLDS for i in routine.items[:n])


def warm_up_warning(routine: Routine, tr: Translate = english) -> str:
    """What is wrong with the routine's warm-up, in one or two sentences; "" if nothing."""
    if not routine.items:
        return ""
    if not routine.items[0].warm_up:
        return tr(T_NO_WARM_UP)
    if not warm_up_moves(routine):
        return tr(T_HOLDS_ONLY_WARM_UP)
    seconds = warm_up_seconds(routine)
    if seconds < WARM_UP_MIN_SECONDS:
        return tr(T_SHORT_WARM_UP, round(seconds))
    return ""
