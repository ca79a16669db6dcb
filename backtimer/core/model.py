"""The exercise and routine model: plain, immutable data with no Qt and no I/O.

An :class:`Exercise` is an entry of the catalogue. A :class:`Routine` is an ordered list
of :class:`Item` objects, each naming an exercise and how it is done (its :class:`Mode`,
numbers, sets, sides and rests). Parsing and validation live in ``routine_io`` and
``catalogue``; expanding a routine into timed steps lives in ``steps``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class Mode(StrEnum):
    """How an item is done."""

    TIMED = "timed"  # work for ``seconds``
    PACED_REPS = "paced_reps"  # ``reps`` repetitions, ``seconds_per_rep`` each, counted
    SELF_PACED_REPS = "self_paced_reps"  # ``reps`` repetitions, the person presses Done
    HOLDS = "holds"  # hold ``hold_seconds``, rest ``hold_rest_seconds``, ``holds`` times


class Level(StrEnum):
    ENTRY = "entry"
    HOME = "home"
    GYM = "gym"


class Position(StrEnum):
    SUPINE = "supine"  # lying on the back
    PRONE = "prone"  # lying face down
    ALL_FOURS = "all_fours"
    STANDING = "standing"
    SIDE_LYING = "side_lying"
    KNEELING = "kneeling"
    MACHINE = "machine"  # on a hyperextension bench or a couch with a spotter


class Side(StrEnum):
    LEFT = "left"
    RIGHT = "right"


# Limits that make a number "absurd" (refused on import and in the editor).
MAX_ITEM_SECONDS = 2 * 60 * 60  # one item may not plan more than two hours
MAX_REPS = 1000
MAX_SETS = 50
MAX_HOLDS = 200
MAX_LEAD_IN_SECONDS = 10 * 60
MAX_REST_SECONDS = 30 * 60
MIN_SECONDS_PER_REP = 0.5
MAX_SECONDS_PER_REP = 60.0


@dataclass(frozen=True, slots=True)
class Dosage:
    """How an exercise is done: the numbers an item carries (also an exercise's default)."""

    mode: Mode
    seconds: int | None = None  # TIMED
    reps: int | None = None  # PACED_REPS, SELF_PACED_REPS
    seconds_per_rep: float | None = None  # PACED_REPS
    hold_seconds: int | None = None  # HOLDS
    hold_rest_seconds: int | None = None  # HOLDS
    holds: int | None = None  # HOLDS
    sets: int = 1
    set_rest_seconds: int = 0
    per_side: bool = False  # done left, then right, with a switch pause
    switch_seconds: int = 5


@dataclass(frozen=True, slots=True)
class Exercise:
    id: str
    name: str
    summary: str
    instructions: tuple[str, ...]
    cues: tuple[str, ...]
    position: Position
    equipment: tuple[str, ...]
    level: Level
    one_sided: bool
    default: Dosage
    safety: tuple[str, ...]
    source: str  # the article file name the exercise comes from ("" for a custom one)
    also_in: tuple[str, ...] = ()
    dosage_note: str = ""
    easier: str | None = None  # id of an easier variant, suggested after pain
    loaded: bool = False  # carries more risk: sound technique or a trainer first
    custom: bool = False
    picture: str | None = None  # custom exercises: file name in the data directory


@dataclass(frozen=True, slots=True)
class Item:
    """One entry of a routine: an exercise, its dosage and the rest after it."""

    exercise: str
    dosage: Dosage
    rest_after_seconds: int = 0
    warm_up: bool = False
    note: str = ""

    @property
    def mode(self) -> Mode:
        return self.dosage.mode


@dataclass(frozen=True, slots=True)
class Routine:
    name: str
    description: str
    lead_in_seconds: int
    items: tuple[Item, ...]
    id: str = ""  # built-ins: "builtin:<slug>"; custom: "custom:<n>"; "" when not stored
    builtin: bool = False
    custom_exercises: tuple[Exercise, ...] = field(default=())
