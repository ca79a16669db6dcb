"""The reminder settings, in the typed registry's own terms (:class:`backtimer.settings.Setting`).

Kept apart from ``backtimer/settings.py`` so the reminders can change without touching
the registry. A value that cannot be read (a hand-edited file) falls back to its default
with a warning in the log; :func:`load_schedule` never raises.
"""

from __future__ import annotations

import logging
from datetime import datetime
from typing import Any

from backtimer.core.reminders import (
    DEFAULT_DAYS,
    DEFAULT_TIME,
    ReminderSchedule,
    format_days,
    format_time,
    parse_days,
    parse_time,
)
from backtimer.settings import Setting, Settings

log = logging.getLogger(__name__)

REMINDERS_ON = Setting("reminders/enabled", False)
REMINDER_DAYS = Setting("reminders/days", format_days(DEFAULT_DAYS))  # ISO weekdays "1,2,4,6"
REMINDER_TIME = Setting("reminders/time", format_time(DEFAULT_TIME))  # local "18:00"
REMINDER_ROUTINE = Setting("reminders/routine", "")  # a routine id; "" = the last one used
REMINDER_LAST_FIRED = Setting("reminders/last_fired", "")  # ISO 8601 with offset, or ""
# Start at login (an XDG autostart entry, :mod:`backtimer.autostart`), so reminders come
# when the window was never opened; the entry is written and removed with this setting.
START_AT_LOGIN = Setting("reminders/start_at_login", False)

ALL: tuple[Setting[Any], ...] = (
    REMINDERS_ON,
    REMINDER_DAYS,
    REMINDER_TIME,
    REMINDER_ROUTINE,
    REMINDER_LAST_FIRED,
    START_AT_LOGIN,
)


def load_schedule(settings: Settings) -> ReminderSchedule:
    """The stored schedule; each unreadable part is replaced by its default."""
    try:
        days = parse_days(settings.get(REMINDER_DAYS))
    except ValueError as exc:
        log.warning("reminder days cannot be read (%s); using the default", exc)
        days = DEFAULT_DAYS
    try:
        at = parse_time(settings.get(REMINDER_TIME))
    except ValueError as exc:
        log.warning("reminder time cannot be read (%s); using the default", exc)
        at = DEFAULT_TIME
    return ReminderSchedule(
        days=days,
        time=at,
        routine=settings.get(REMINDER_ROUTINE).strip(),
        enabled=settings.get(REMINDERS_ON),
    )


def save_schedule(settings: Settings, schedule: ReminderSchedule) -> None:
    settings.set(REMINDERS_ON, schedule.enabled)
    settings.set(REMINDER_DAYS, format_days(schedule.days))
    settings.set(REMINDER_TIME, format_time(schedule.time))
    settings.set(REMINDER_ROUTINE, schedule.routine)


def load_last_fired(settings: Settings) -> datetime | None:
    """When the last reminder was announced (aware), or None if never or unreadable."""
    text = settings.get(REMINDER_LAST_FIRED).strip()
    if not text:
        return None
    try:
        when = datetime.fromisoformat(text)
    except ValueError:
        log.warning("reminders/last_fired %r cannot be read; treated as never", text)
        return None
    if when.tzinfo is None:
        log.warning("reminders/last_fired %r has no time zone; treated as never", text)
        return None
    return when


def save_last_fired(settings: Settings, when: datetime) -> None:
    if when.tzinfo is None:
        raise ValueError("last_fired must be an aware datetime")
    settings.set(REMINDER_LAST_FIRED, when.isoformat(timespec="seconds"))
