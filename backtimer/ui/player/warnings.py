"""The queue's warning for an exercise that hurt lately.

An exercise that hurt in two or more of its last sessions gets a warning in the queue
and above the figure when it comes up: the easier exercise to try instead (if it has
one), or to skip it, and to see a doctor if the pain keeps coming back.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from backtimer.core.model import Exercise, Routine

HurtLookup = Callable[[str], tuple[int, int]]  # exercise id -> (sessions hurt, of sessions)
HURT_TIMES = 2  # hurt in this many of its last sessions: warn


def _tr(text: str, n: int = -1, /) -> str:
    return QCoreApplication.translate("Player", text, None, n)


def hurt_warnings(
    routine: Routine, lookup: HurtLookup | None, exercise: Callable[[str], Exercise | None]
) -> dict[str, str]:
    """Exercise id -> its warning, for the exercises of ``routine`` that hurt lately."""
    out: dict[str, str] = {}
    if lookup is None:
        return out
    for ex_id in dict.fromkeys(i.exercise for i in routine.items):
        hurt, of = lookup(ex_id)
        if hurt < HURT_TIMES:
            continue
        ex = exercise(ex_id)
        easier = exercise(ex.easier) if ex and ex.easier else None
        text = _tr("{name} hurt in {hurt} of your last %n sessions.", of).format(
            name=ex.name if ex else ex_id, hurt=hurt
        )
        if easier is not None:
            text += " " + _tr("Try the easier {easier} instead, or skip it.").format(
                easier=easier.name
            )
        else:
            text += " " + _tr("Skip it if it hurts again.")
        text += " " + _tr("If the pain keeps coming back, see a doctor.")
        out[ex_id] = text
    return out
