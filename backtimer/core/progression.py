"""Progress gradually (the fifth article): a gentle suggestion after comfortable sessions.

After three comfortable sessions of a routine in a row, BackTimer suggests making it a
little harder: one more set of one exercise, or the routine of the next level. Never
after a session with pain. A session is comfortable when it was completed, nothing was
marked "it hurts", the pain before was below the waiting threshold, and the pain after
was low (at most 2 of 10) and no higher than before. A skipped pain check-in counts as
no pain reported. The suggestion comes at 3, 6, 9... comfortable sessions in a row, so
it does not repeat after every session.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from backtimer.core.plural import Translate, counted, english
from backtimer.core.safety import PAIN_WAIT_AT

IN_A_ROW = 3
COMFORTABLE_PAIN_AFTER = 2

_AFTER_NEXT = (
    " of {routine} in a row. If you feel ready, make it a little harder: add one set to one "
    "exercise, or try {next}. Go slowly; more is not better."
)
_AFTER_SET = (
    " of {routine} in a row. If you feel ready, make it a little harder: add one set to one "
    "exercise, or a few seconds to a hold. Go slowly; more is not better."
)
T_SUGGEST_NEXT = counted(
    "%n comfortable sessions" + _AFTER_NEXT, "%n comfortable session" + _AFTER_NEXT
)
T_SUGGEST_SET = counted(
    "%n comfortable sessions" + _AFTER_SET, "%n comfortable session" + _AFTER_SET
)
TEMPLATES: tuple[str, ...] = (T_SUGGEST_NEXT, T_SUGGEST_SET)

# The next level of a built-in routine (article 004: entry level first, harder later).
NEXT_LEVEL: dict[str, str] = {
    "builtin:gentle-start": "builtin:back-fundamentals",
    "builtin:floor-basics": "builtin:home-back-workout",
}


@dataclass(frozen=True, slots=True)
class SessionFeel:
    """How one finished session went: what the history knows of it."""

    completed: bool
    hurt: bool  # a step was stopped with "it hurts"
    pain_before: int | None
    pain_after: int | None


def comfortable(s: SessionFeel) -> bool:
    if not s.completed or s.hurt:
        return False
    if s.pain_before is not None and s.pain_before >= PAIN_WAIT_AT:
        return False
    if s.pain_after is not None:
        if s.pain_after > COMFORTABLE_PAIN_AFTER:
            return False
        if s.pain_before is not None and s.pain_after > s.pain_before:
            return False
    return True


def comfortable_in_a_row(recent: Sequence[SessionFeel]) -> int:
    """How many of the most recent sessions (newest first) were comfortable, in a row."""
    n = 0
    for s in recent:
        if not comfortable(s):
            break
        n += 1
    return n


def suggestion(
    recent: Sequence[SessionFeel],
    routine_id: str,
    routine_name: str,
    name_of: Callable[[str], str | None],
    tr: Translate = english,
) -> str:
    """The suggestion after the newest session of ``recent`` (newest first), or ""."""
    n = comfortable_in_a_row(recent)
    if n == 0 or n % IN_A_ROW != 0:
        return ""
    nxt = NEXT_LEVEL.get(routine_id)
    next_name = name_of(nxt) if nxt else None
    if next_name:
        return tr(T_SUGGEST_NEXT, n).format(routine=routine_name, next=next_name)
    return tr(T_SUGGEST_SET, n).format(routine=routine_name)
