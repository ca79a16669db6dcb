"""Expanding a routine into the flat list of timed steps the engine runs.

A routine becomes: an optional lead-in, then for each item and each set the work
(one step per side, a hold/rest pair per hold), switch pauses between sides, rests
between sets and a rest after the item (not after the last one).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import StrEnum

from backtimer.core.model import Dosage, Item, Mode, Routine, Side

# Planning estimate for self-paced repetitions (the person presses Done).
ESTIMATED_SECONDS_PER_SELF_PACED_REP = 3.0


class StepKind(StrEnum):
    LEAD_IN = "lead_in"
    WORK = "work"  # timed work, or a set of repetitions
    HOLD = "hold"
    HOLD_REST = "hold_rest"  # rest between two holds
    SWITCH = "switch"  # switch sides
    SET_REST = "set_rest"  # rest between sets
    REST = "rest"  # rest after an item

    @property
    def is_exercise(self) -> bool:
        return self in (StepKind.WORK, StepKind.HOLD)


@dataclass(frozen=True, slots=True)
class Step:
    index: int
    kind: StepKind
    duration: float | None  # seconds; None for self-paced repetitions (ends on Done)
    item_index: int | None = None  # None for the lead-in
    exercise_id: str | None = None  # the exercise this step belongs to or leads to
    mode: Mode | None = None
    side: Side | None = None
    set_no: int = 1
    sets: int = 1
    hold_no: int = 0
    holds: int = 0
    reps: int | None = None
    seconds_per_rep: float | None = None

    @property
    def planned_seconds(self) -> float:
        if self.duration is not None:
            return self.duration
        return (self.reps or 0) * ESTIMATED_SECONDS_PER_SELF_PACED_REP


def _work_duration(d: Dosage) -> float | None:
    if d.mode is Mode.TIMED:
        return float(d.seconds or 0)
    if d.mode is Mode.PACED_REPS:
        return (d.reps or 0) * (d.seconds_per_rep or 0.0)
    return None  # self-paced


def _item_steps(item: Item, item_index: int, last: bool) -> list[Step]:
    d = item.dosage
    sides: list[Side | None] = [Side.LEFT, Side.RIGHT] if d.per_side else [None]
    base = Step(0, StepKind.WORK, None, item_index, item.exercise, d.mode, sets=d.sets)
    out: list[Step] = []
    for set_no in range(1, d.sets + 1):
        for side_no, side in enumerate(sides):
            here = replace(base, side=side, set_no=set_no)
            if side_no > 0:
                out.append(replace(here, kind=StepKind.SWITCH, duration=float(d.switch_seconds)))
            if d.mode is Mode.HOLDS:
                holds = d.holds or 0
                for hold_no in range(1, holds + 1):
                    h = replace(here, hold_no=hold_no, holds=holds)
                    out.append(replace(h, kind=StepKind.HOLD, duration=float(d.hold_seconds or 0)))
                    if hold_no < holds and (d.hold_rest_seconds or 0) > 0:
                        rest = float(d.hold_rest_seconds or 0)
                        out.append(replace(h, kind=StepKind.HOLD_REST, duration=rest))
            else:
                out.append(
                    replace(
                        here,
                        duration=_work_duration(d),
                        reps=d.reps,
                        seconds_per_rep=d.seconds_per_rep,
                    )
                )
        if set_no < d.sets and d.set_rest_seconds > 0:
            rest = float(d.set_rest_seconds)
            out.append(replace(base, kind=StepKind.SET_REST, duration=rest, set_no=set_no))
    if not last and item.rest_after_seconds > 0:
        out.append(replace(base, kind=StepKind.REST, duration=float(item.rest_after_seconds)))
    return out


def expand(routine: Routine) -> tuple[Step, ...]:
    """The routine's steps in order, numbered from 0."""
    raw: list[Step] = []
    if routine.lead_in_seconds > 0:
        first = routine.items[0].exercise if routine.items else None
        raw.append(Step(0, StepKind.LEAD_IN, float(routine.lead_in_seconds), exercise_id=first))
    last = len(routine.items) - 1
    for i, item in enumerate(routine.items):
        raw.extend(_item_steps(item, i, i == last))
    return tuple(replace(s, index=n) for n, s in enumerate(raw))


def item_seconds(item: Item) -> float:
    """Planned seconds of one item, its rest after it included."""
    return sum(s.planned_seconds for s in _item_steps(item, 0, last=False))


def planned_seconds(routine: Routine) -> float:
    return sum(s.planned_seconds for s in expand(routine))
