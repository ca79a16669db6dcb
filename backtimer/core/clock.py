"""Clocks: the engine's only source of time, injected so that tests never sleep.

``now()`` is a monotonic clock in seconds. :class:`SleepDetector` compares it with the
wall clock to notice a suspend: on Linux the monotonic clock stands still while the
computer sleeps, the wall clock does not.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Protocol


class Clock(Protocol):
    def now(self) -> float:
        """Monotonic seconds (arbitrary origin)."""
        ...

    def wall(self) -> float:
        """Wall-clock seconds since the epoch (may jump)."""
        ...


class SystemClock:
    """The real clocks."""

    def now(self) -> float:
        return time.monotonic()

    def wall(self) -> float:
        return time.time()


@dataclass(slots=True)
class FakeClock:
    """A clock for tests: time moves only when told to."""

    t: float = 1000.0
    wall_offset: float = 1_800_000_000.0

    def now(self) -> float:
        return self.t

    def wall(self) -> float:
        return self.t + self.wall_offset

    def advance(self, seconds: float) -> None:
        if seconds < 0:
            raise ValueError("a monotonic clock does not go back")
        self.t += seconds

    def sleep_for(self, seconds: float) -> None:
        """Simulate a suspend: the wall clock moves, the monotonic clock does not."""
        self.wall_offset += seconds


@dataclass(slots=True)
class SleepDetector:
    """Notices that the wall clock ran ahead of the monotonic clock (a suspend)."""

    threshold: float = 5.0
    _last: tuple[float, float] | None = field(default=None, init=False)

    def observe(self, mono: float, wall: float) -> float:
        """Return the seconds the wall clock gained since the last call, if over the
        threshold; otherwise 0.0."""
        last, self._last = self._last, (mono, wall)
        if last is None:
            return 0.0
        gained = (wall - last[1]) - (mono - last[0])
        return gained if gained > self.threshold else 0.0
