"""When to remind: a weekly schedule of days and one time of day, in local time.

No Qt here. Every comparison and subtraction is done in UTC: Python compares two aware
datetimes that share a ``tzinfo`` by their wall-clock fields, which is wrong across a
DST change, so nothing below relies on that.

Local time: each function takes ``tz``. ``None`` means the computer's own zone (a naive
local datetime is resolved with the C library, which knows the DST rules for that date);
tests pass a ``zoneinfo.ZoneInfo``. A reminder time that does not exist on a spring-
forward day (02:30 in Berlin on the last Sunday of March) falls on the first instant
after the gap (03:30); a time that happens twice on a fall-back day fires once, at the
first of the two.

A missed reminder (the computer was off or asleep) is never replayed as a burst:
:meth:`ReminderSchedule.due_now` gives at most the most recent occurrence, and only
while it is within the grace period.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, tzinfo

# Four days a week (the articles ask for three to five sessions a week), spread out:
# Monday, Tuesday, Thursday and Saturday, at six in the evening.
DEFAULT_DAYS: frozenset[int] = frozenset({1, 2, 4, 6})
DEFAULT_TIME = time(18, 0)
DEFAULT_GRACE = timedelta(hours=2)
WEEKDAYS = range(1, 8)  # ISO: Monday is 1, Sunday is 7


@dataclass(frozen=True)
class ReminderSchedule:
    """Remind on ``days`` (ISO weekdays 1..7) at ``time``, local time.

    ``routine`` is the routine to open; "" means the last one used.
    """

    days: frozenset[int] = field(default=DEFAULT_DAYS)
    time: time = DEFAULT_TIME
    routine: str = ""
    enabled: bool = False

    def __post_init__(self) -> None:
        bad = [d for d in self.days if d not in WEEKDAYS]
        if bad:
            raise ValueError(f"weekdays are 1 (Monday) to 7 (Sunday), not {sorted(bad)}")
        if self.time.tzinfo is not None:
            raise ValueError("the reminder time is a local wall-clock time, without a zone")

    @property
    def active(self) -> bool:
        return self.enabled and bool(self.days)

    def occurrence(self, day: date, tz: tzinfo | None = None) -> datetime:
        """The instant of the reminder on ``day`` (whether or not ``day`` is chosen)."""
        return local_instant(day, self.time, tz)

    def next_due(self, after: datetime, tz: tzinfo | None = None) -> datetime | None:
        """The first reminder strictly after ``after`` (aware); None if there is none."""
        if not self.active:
            return None
        after_utc = _utc(after)
        start = _local_date(after, tz) - timedelta(days=1)
        for offset in range(9):
            day = start + timedelta(days=offset)
            if day.isoweekday() in self.days:
                when = self.occurrence(day, tz)
                if _utc(when) > after_utc:
                    return when
        raise AssertionError("a chosen weekday always comes within 8 days")  # pragma: no cover

    def previous_due(self, now: datetime, tz: tzinfo | None = None) -> datetime | None:
        """The last reminder at or before ``now`` (aware); None if there is none."""
        if not self.active:
            return None
        now_utc = _utc(now)
        start = _local_date(now, tz) + timedelta(days=1)
        for offset in range(9):
            day = start - timedelta(days=offset)
            if day.isoweekday() in self.days:
                when = self.occurrence(day, tz)
                if _utc(when) <= now_utc:
                    return when
        raise AssertionError("a chosen weekday always comes within 8 days")  # pragma: no cover

    def due_now(
        self,
        last_fired: datetime | None,
        now: datetime,
        grace: timedelta = DEFAULT_GRACE,
        tz: tzinfo | None = None,
    ) -> datetime | None:
        """The one occurrence to announce now, or None.

        That is the most recent occurrence at or before ``now`` if it has not been
        announced yet (it is after ``last_fired``) and is at most ``grace`` old. Older
        missed occurrences are dropped, so after three days off there is at most one
        reminder, and none if the last one is older than ``grace``.
        """
        when = self.previous_due(now, tz)
        if when is None:
            return None
        if last_fired is not None and _utc(when) <= _utc(last_fired):
            return None
        if _utc(now) - _utc(when) > grace:
            return None
        return when


def local_instant(day: date, at: time, tz: tzinfo | None = None) -> datetime:
    """``day`` at wall-clock ``at`` in ``tz`` (None: the system zone), as an aware datetime.

    A wall time inside a spring-forward gap moves on to the first valid instant after it.
    """
    naive = datetime.combine(day, at)
    if tz is None:
        return _system_local(naive)
    # fold=0: before a gap Python uses the earlier offset, which lands after the gap once
    # normalised through UTC; in a repeated hour it is the first of the two.
    return naive.replace(tzinfo=tz).astimezone(UTC).astimezone(tz)


def _system_local(naive: datetime) -> datetime:
    aware = naive.astimezone()  # mktime: the offset in force on that date
    shown = aware.replace(tzinfo=None)
    if shown < naive:  # in a gap, mktime gives the wall time before it: move past it
        aware = (aware + (naive - shown)).astimezone()
    return aware


def _local_date(moment: datetime, tz: tzinfo | None) -> date:
    return (moment.astimezone(tz) if tz is not None else moment.astimezone()).date()


def _utc(moment: datetime) -> datetime:
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"{moment!r} has no time zone; reminders need aware datetimes")
    return moment.astimezone(UTC)


def parse_days(text: str) -> frozenset[int]:
    """``"1,2,4,6"`` -> {1, 2, 4, 6}; ValueError for anything that is not weekdays.

    Brackets and quotes are tolerated (a hand-edited INI file may hold a list).
    """
    days: set[int] = set()
    for token in text.replace("[", " ").replace("]", " ").split(","):
        token = token.strip().strip("'\"").strip()
        if not token:
            continue
        day = int(token)
        if day not in WEEKDAYS:
            raise ValueError(f"{day} is not a weekday from 1 to 7")
        days.add(day)
    return frozenset(days)


def format_days(days: frozenset[int]) -> str:
    return ",".join(str(d) for d in sorted(days))


def parse_time(text: str) -> time:
    """``"18:00"`` -> 18:00; ValueError unless it is HH:MM (or HH:MM:SS)."""
    parts = text.strip().split(":")
    if len(parts) not in (2, 3) or not all(p.isdigit() for p in parts):
        raise ValueError(f"{text!r} is not a time like 18:00")
    hour, minute, second = (int(p) for p in [*parts, "0"][:3])
    return time(hour, minute, second)


def format_time(at: time) -> str:
    return at.strftime("%H:%M")
