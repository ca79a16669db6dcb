"""The numbers behind the history charts, without pyqtgraph: chart x positions, the
weekly series as arrays, the weeks that met the goal and the current streak.

The x axis is the *local wall-clock time* of the place where each session was done,
written as if it were UTC (:func:`date_x`, :func:`wall_x`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime

import numpy as np

from backtimer.store.history_read import WeekTotal

DAY = 86400.0
WEEK = 7 * DAY
_EPOCH = date(1970, 1, 1)


def date_x(d: date) -> float:
    """Chart x of a local date's midnight (wall-clock seconds, written as UTC)."""
    return (d - _EPOCH).days * DAY


def wall_x(moment: datetime) -> float:
    """Chart x of an aware moment at the wall-clock time it carries."""
    return moment.replace(tzinfo=UTC).timestamp()


@dataclass(frozen=True)
class WeeklySeries:
    """Weekly totals as arrays, oldest week first; ``x`` is the middle of each week."""

    mondays: tuple[date, ...]
    iso: tuple[tuple[int, int], ...]
    x: np.ndarray
    minutes: np.ndarray
    sessions: np.ndarray

    @classmethod
    def from_totals(cls, totals: Sequence[WeekTotal]) -> WeeklySeries:
        mondays = tuple(t.monday for t in totals)
        return cls(
            mondays,
            tuple((t.iso_year, t.iso_week) for t in totals),
            np.array([date_x(m) + 3.5 * DAY for m in mondays], dtype=float),
            np.array([t.minutes for t in totals], dtype=float),
            np.array([t.sessions for t in totals], dtype=float),
        )

    def __len__(self) -> int:
        return len(self.mondays)


def met_mask(sessions: np.ndarray, goal: int) -> np.ndarray:
    return np.asarray(sessions >= goal) if goal > 0 else np.zeros(len(sessions), dtype=bool)


def current_streak(sessions: np.ndarray, goal: int) -> int:
    """Weeks in a row meeting the goal, ending with the last (current) week.

    The current week is still going: if it has not met the goal yet it does not break
    the streak, it just does not count yet.
    """
    met = met_mask(sessions, goal)
    if len(met) and not met[-1]:
        met = met[:-1]
    misses = np.flatnonzero(~met)
    return int(len(met) - (misses[-1] + 1 if len(misses) else 0))


MONDAY_0 = 4 * DAY  # 1970-01-05, the first Monday after the epoch
EPOCH = _EPOCH
