"""Duration and dosage texts (backtimer.core.formatting)."""

from __future__ import annotations

import math

import pytest

from backtimer.core.formatting import TEMPLATES, format_dosage, format_duration, format_work
from backtimer.core.model import Dosage, Item, Mode


@pytest.mark.parametrize(
    ("seconds", "text"),
    [
        (0, "0:00"),
        (5, "0:05"),
        (59.4, "0:59"),
        (59.6, "1:00"),
        (65, "1:05"),
        (600, "10:00"),
        (3599, "59:59"),
        (3600, "1:00:00"),
        (3723, "1:02:03"),
        (36000 + 61, "10:01:01"),
        (-3, "0:00"),
        (math.nan, "0:00"),
        (math.inf, "0:00"),
    ],
)
def test_format_duration(seconds: float, text: str) -> None:
    assert format_duration(seconds) == text


def _item(**kw: object) -> Item:
    return Item("x", Dosage(**kw))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("kw", "text"),
    [
        ({"mode": Mode.TIMED, "seconds": 30}, "30 s"),
        ({"mode": Mode.TIMED, "seconds": 90}, "1:30"),
        ({"mode": Mode.PACED_REPS, "reps": 10, "seconds_per_rep": 4.0}, "10 reps × 4 s"),
        ({"mode": Mode.PACED_REPS, "reps": 6, "seconds_per_rep": 2.5}, "6 reps × 2.5 s"),
        ({"mode": Mode.PACED_REPS, "reps": 1, "seconds_per_rep": 3.0}, "1 rep × 3 s"),
        ({"mode": Mode.SELF_PACED_REPS, "reps": 8}, "8 reps"),
        ({"mode": Mode.SELF_PACED_REPS, "reps": 1}, "1 rep"),
        (
            {"mode": Mode.HOLDS, "hold_seconds": 5, "hold_rest_seconds": 10, "holds": 3},
            "3 × 5 s hold",
        ),
        (
            {"mode": Mode.HOLDS, "hold_seconds": 75, "hold_rest_seconds": 10, "holds": 2},
            "2 × 1:15 hold",
        ),
        (
            {"mode": Mode.PACED_REPS, "reps": 20, "seconds_per_rep": 3.0, "sets": 2},
            "20 reps × 3 s · 2 sets",
        ),
        (
            {"mode": Mode.TIMED, "seconds": 20, "per_side": True},
            "20 s · each side",
        ),
        (
            {"mode": Mode.SELF_PACED_REPS, "reps": 8, "sets": 3, "per_side": True},
            "8 reps · 3 sets · each side",
        ),
    ],
)
def test_format_dosage(kw: dict[str, object], text: str) -> None:
    item = _item(**kw)
    assert format_dosage(item) == text
    assert format_dosage(item.dosage) == text  # a bare Dosage (an exercise's default) too


def test_format_dosage_translates_every_template() -> None:
    seen: list[str] = []

    def tr(s: str, n: int = -1, /) -> str:
        seen.append(s)
        return f"<{s}>".replace("%n", str(n)) if n >= 0 else f"<{s}>"

    d = Dosage(Mode.HOLDS, hold_seconds=5, hold_rest_seconds=1, holds=3, sets=2, per_side=True)
    assert format_dosage(d, tr) == "<3 × <5 s> hold>< · ><2 sets>< · ><each side>"
    assert set(seen) <= set(TEMPLATES)
    assert format_work(Dosage(Mode.PACED_REPS, reps=4, seconds_per_rep=2.0), tr) == "<4 reps × 2 s>"
