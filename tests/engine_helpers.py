"""Small routines for the engine tests."""

from __future__ import annotations

from backtimer.core.model import Dosage, Item, Mode, Routine


def timed(ex: str, seconds: int, rest: int = 0, **kw: object) -> Item:
    return Item(ex, Dosage(Mode.TIMED, seconds=seconds, **kw), rest_after_seconds=rest)  # type: ignore[arg-type]


def paced(ex: str, reps: int, spr: float, rest: int = 0, **kw: object) -> Item:
    d = Dosage(Mode.PACED_REPS, reps=reps, seconds_per_rep=spr, **kw)  # type: ignore[arg-type]
    return Item(ex, d, rest_after_seconds=rest)


def self_paced(ex: str, reps: int, rest: int = 0) -> Item:
    return Item(ex, Dosage(Mode.SELF_PACED_REPS, reps=reps), rest_after_seconds=rest)


def holds(ex: str, hold: int, rest: int, times: int, after: int = 0) -> Item:
    d = Dosage(Mode.HOLDS, hold_seconds=hold, hold_rest_seconds=rest, holds=times)
    return Item(ex, d, rest_after_seconds=after)


def routine(*items: Item, lead_in: int = 5) -> Routine:
    return Routine("Test routine", "", lead_in, tuple(items))
