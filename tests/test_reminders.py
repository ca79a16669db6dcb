"""The reminder schedule (Qt-free) and its settings."""

from __future__ import annotations

import logging
import os
import time as time_mod
from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from backtimer.core.reminders import (
    DEFAULT_DAYS,
    DEFAULT_TIME,
    ReminderSchedule,
    format_days,
    local_instant,
    parse_days,
    parse_time,
)

BERLIN = ZoneInfo("Europe/Berlin")
GRACE = timedelta(hours=2)


def berlin(year: int, month: int, day: int, hour: int, minute: int) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=BERLIN)


def sched(days: set[int] = {1, 2, 4, 6}, at: time = time(18, 0)) -> ReminderSchedule:  # noqa: B006
    return ReminderSchedule(frozenset(days), at, "Morning back", enabled=True)


# ------------------------------------------------------------------------ defaults
def test_default_is_four_spread_days_at_six_and_off() -> None:
    s = ReminderSchedule()
    assert s.days == DEFAULT_DAYS == frozenset({1, 2, 4, 6})
    assert s.time == DEFAULT_TIME == time(18, 0)
    assert not s.enabled
    assert s.next_due(berlin(2024, 5, 6, 12, 0), BERLIN) is None


def test_bad_weekday_or_zoned_time_is_refused() -> None:
    with pytest.raises(ValueError, match="weekdays"):
        ReminderSchedule(frozenset({0, 3}))
    with pytest.raises(ValueError, match="zone"):
        ReminderSchedule(time=time(18, 0, tzinfo=UTC))


def test_naive_datetimes_are_refused() -> None:
    with pytest.raises(ValueError, match="time zone"):
        sched().next_due(datetime(2024, 5, 6, 12, 0), BERLIN)


def test_no_days_means_never() -> None:
    s = ReminderSchedule(frozenset(), time(18, 0), enabled=True)
    assert s.next_due(berlin(2024, 5, 6, 12, 0), BERLIN) is None
    assert s.due_now(None, berlin(2024, 5, 6, 18, 30), GRACE, BERLIN) is None


# ------------------------------------------------------------------------ next_due
def test_next_due_same_day_later_and_strictly_after() -> None:
    s = sched()  # 2024-05-06 is a Monday
    assert s.next_due(berlin(2024, 5, 6, 12, 0), BERLIN) == berlin(2024, 5, 6, 18, 0)
    # Exactly at the reminder: the next one is Tuesday's.
    assert s.next_due(berlin(2024, 5, 6, 18, 0), BERLIN) == berlin(2024, 5, 7, 18, 0)


def test_next_due_crosses_the_week_boundary() -> None:
    s = sched()
    # Saturday 2024-05-11 after 18:00: Sunday is not chosen, so next Monday.
    assert s.next_due(berlin(2024, 5, 11, 19, 0), BERLIN) == berlin(2024, 5, 13, 18, 0)
    # Only Sundays, asked on Sunday evening: a whole week later.
    sunday = sched({7})
    assert sunday.next_due(berlin(2024, 5, 12, 20, 0), BERLIN) == berlin(2024, 5, 19, 18, 0)


def test_next_due_steps_through_a_week_on_the_chosen_days() -> None:
    s = sched()
    moment = berlin(2024, 5, 5, 0, 0)
    seen = []
    for _ in range(8):
        nxt = s.next_due(moment, BERLIN)
        assert nxt is not None
        seen.append(nxt)
        moment = nxt
    assert [d.isoweekday() for d in seen] == [1, 2, 4, 6, 1, 2, 4, 6]
    assert all(d.time() == time(18, 0) for d in seen)


def test_next_due_in_another_zone_is_the_same_instant() -> None:
    s = sched()
    after_utc = datetime(2024, 5, 6, 10, 0, tzinfo=UTC)  # 12:00 in Berlin
    nxt = s.next_due(after_utc, BERLIN)
    assert nxt is not None
    assert nxt.astimezone(UTC) == datetime(2024, 5, 6, 16, 0, tzinfo=UTC)


# ---------------------------------------------------------------------------- DST
def test_next_due_across_spring_forward_keeps_the_wall_clock() -> None:
    # Berlin: 2024-03-31 02:00 CET -> 03:00 CEST. Saturday 30 March 18:00 is UTC+1,
    # Monday 1 April 18:00 is UTC+2: the wall clock stays at 18:00.
    s = sched({6, 1})
    sat = s.next_due(berlin(2024, 3, 30, 12, 0), BERLIN)
    assert sat is not None
    mon = s.next_due(sat, BERLIN)
    assert mon is not None
    assert (sat.hour, mon.hour) == (18, 18)
    assert sat.astimezone(UTC).hour == 17
    assert mon.astimezone(UTC).hour == 16
    assert mon.astimezone(UTC) - sat.astimezone(UTC) == timedelta(hours=47)


def test_next_due_across_fall_back_keeps_the_wall_clock() -> None:
    # Berlin: 2024-10-27 03:00 CEST -> 02:00 CET.
    s = sched({6, 7})
    sat = s.next_due(berlin(2024, 10, 26, 12, 0), BERLIN)
    assert sat is not None
    sun = s.next_due(sat, BERLIN)
    assert sun is not None
    assert sun.astimezone(BERLIN).hour == 18
    assert sun.astimezone(UTC) - sat.astimezone(UTC) == timedelta(hours=25)


def test_a_time_in_the_spring_gap_moves_past_it() -> None:
    s = sched({7}, time(2, 30))
    nxt = s.next_due(berlin(2024, 3, 30, 12, 0), BERLIN)
    assert nxt is not None
    assert nxt.astimezone(UTC) == datetime(2024, 3, 31, 1, 30, tzinfo=UTC)  # 03:30 CEST


def test_a_repeated_time_on_fall_back_fires_once() -> None:
    s = sched({7}, time(2, 30))
    first = s.next_due(berlin(2024, 10, 27, 0, 0), BERLIN)
    assert first is not None
    assert first.astimezone(UTC) == datetime(2024, 10, 27, 0, 30, tzinfo=UTC)  # CEST
    # After the first 02:30, the second 02:30 (CET, an hour later) is not another one.
    again = s.next_due(first, BERLIN)
    assert again is not None
    assert again.date() == date(2024, 11, 3)
    later = datetime(2024, 10, 27, 1, 45, tzinfo=UTC)  # 02:45 CET, the second pass
    assert s.due_now(first, later, GRACE, BERLIN) is None


@pytest.fixture
def berlin_system_zone() -> Iterator[None]:
    if not hasattr(time_mod, "tzset"):
        pytest.skip("time.tzset is Unix only")
    old = os.environ.get("TZ")
    os.environ["TZ"] = "Europe/Berlin"
    time_mod.tzset()
    try:
        yield
    finally:
        if old is None:
            del os.environ["TZ"]
        else:
            os.environ["TZ"] = old
        time_mod.tzset()


@pytest.mark.usefixtures("berlin_system_zone")
def test_the_system_zone_path_agrees_with_zoneinfo() -> None:
    for day, at in [
        (date(2024, 3, 30), time(18, 0)),
        (date(2024, 4, 1), time(18, 0)),
        (date(2024, 3, 31), time(2, 30)),  # in the gap
        (date(2024, 10, 27), time(2, 30)),  # repeated
        (date(2024, 10, 28), time(18, 0)),
    ]:
        # Both in UTC: PEP 495 makes a repeated-hour time unequal to any other zone's.
        expected = local_instant(day, at, BERLIN).astimezone(UTC)
        assert local_instant(day, at).astimezone(UTC) == expected
    s = sched({6, 1})
    sat = s.next_due(datetime(2024, 3, 30, 11, 0, tzinfo=UTC))
    assert sat is not None
    mon = s.next_due(sat)
    assert mon is not None
    assert mon.astimezone(UTC) - sat.astimezone(UTC) == timedelta(hours=47)


# -------------------------------------------------------------------- missed ones
def test_due_at_the_time_then_not_again() -> None:
    s = sched()
    at = berlin(2024, 5, 6, 18, 0)
    assert s.due_now(None, berlin(2024, 5, 6, 17, 59), GRACE, BERLIN) is None
    assert s.due_now(None, at, GRACE, BERLIN) == at
    assert s.due_now(at, berlin(2024, 5, 6, 18, 1), GRACE, BERLIN) is None
    assert s.due_now(at, berlin(2024, 5, 7, 18, 0), GRACE, BERLIN) == berlin(2024, 5, 7, 18, 0)


def test_three_days_off_gives_at_most_one_reminder() -> None:
    s = sched()  # Mon, Tue, Thu, Sat
    last = berlin(2024, 5, 6, 18, 0)  # fired Monday, then the computer was off
    # Back on Thursday at 19:00: Tuesday's and Thursday's were missed; only Thursday's.
    now = berlin(2024, 5, 9, 19, 0)
    assert s.due_now(last, now, GRACE, BERLIN) == berlin(2024, 5, 9, 18, 0)
    # Checking again every minute for the rest of the evening: nothing more.
    fired = berlin(2024, 5, 9, 18, 0)
    minute = now
    while minute < berlin(2024, 5, 10, 0, 0):
        minute += timedelta(minutes=1)
        assert s.due_now(fired, minute, GRACE, BERLIN) is None


def test_missed_ones_older_than_grace_are_dropped() -> None:
    s = sched()
    last = berlin(2024, 5, 6, 18, 0)
    # Back on Thursday at 20:01: Thursday's is 2 h 1 min old, so nothing at all.
    assert s.due_now(last, berlin(2024, 5, 9, 20, 1), GRACE, BERLIN) is None
    assert s.due_now(last, berlin(2024, 5, 9, 20, 0), GRACE, BERLIN) == berlin(2024, 5, 9, 18, 0)
    # Back on Friday morning: Thursday's is long gone; the next one is Saturday's.
    assert s.due_now(last, berlin(2024, 5, 10, 9, 0), GRACE, BERLIN) is None
    assert s.next_due(berlin(2024, 5, 10, 9, 0), BERLIN) == berlin(2024, 5, 11, 18, 0)


def test_grace_is_measured_in_real_time_across_dst() -> None:
    # 01:30 on the spring-forward Sunday; at 04:00 CEST only 1.5 real hours have passed.
    s = sched({7}, time(1, 30))
    assert s.due_now(None, berlin(2024, 3, 31, 4, 0), GRACE, BERLIN) == berlin(2024, 3, 31, 1, 30)
    # Fall back: 01:30 CEST, and at 02:45 CET 2 h 15 real minutes have passed.
    s = sched({7}, time(1, 30))
    now = datetime(2024, 10, 27, 1, 45, tzinfo=UTC)
    assert s.due_now(None, now, GRACE, BERLIN) is None


# ----------------------------------------------------------------------- parsing
def test_days_and_time_parse_and_format() -> None:
    assert parse_days("1,2,4,6") == frozenset({1, 2, 4, 6})
    assert parse_days(" 7 , 1 ") == frozenset({1, 7})
    assert parse_days("['1', '3']") == frozenset({1, 3})
    assert parse_days("") == frozenset()
    assert format_days(frozenset({6, 1, 4})) == "1,4,6"
    for bad in ("0", "8", "mon", "1,,x"):
        with pytest.raises(ValueError):
            parse_days(bad)
    assert parse_time("07:05") == time(7, 5)
    for bad in ("25:00", "7", "18h00", "18:60", ""):
        with pytest.raises(ValueError):
            parse_time(bad)


# ---------------------------------------------------------------------- settings
def test_schedule_round_trips_through_the_settings(tmp_path: Path) -> None:
    from backtimer.reminders_settings import load_schedule, save_schedule
    from backtimer.settings import Settings

    settings = Settings.in_dir(tmp_path)
    assert load_schedule(settings) == ReminderSchedule()
    mine = ReminderSchedule(frozenset({3, 7}), time(7, 45), "Evening stretch", enabled=True)
    save_schedule(settings, mine)
    assert load_schedule(Settings.in_dir(tmp_path)) == mine


def test_hand_edited_settings_fall_back_per_field(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    from backtimer.reminders_settings import load_last_fired, load_schedule
    from backtimer.settings import Settings

    (tmp_path / "backtimer.ini").write_text(
        "[reminders]\nenabled=maybe\ndays=1,9\ntime=25:99\nroutine=Morning back\n"
        "last_fired=yesterday\n"
    )
    with caplog.at_level(logging.WARNING):
        s = load_schedule(Settings.in_dir(tmp_path))
        assert load_last_fired(Settings.in_dir(tmp_path)) is None
    assert s == ReminderSchedule(routine="Morning back")
    assert len(caplog.records) == 4  # enabled, days, time, last_fired


def test_an_unquoted_list_of_days_in_the_file_is_read(tmp_path: Path) -> None:
    from backtimer.reminders_settings import load_schedule
    from backtimer.settings import Settings

    # QSettings reads an unquoted comma list as a list of strings.
    (tmp_path / "backtimer.ini").write_text("[reminders]\nenabled=true\ndays=2, 5\n")
    assert load_schedule(Settings.in_dir(tmp_path)).days == frozenset({2, 5})


def test_last_fired_round_trips_and_must_be_aware(tmp_path: Path) -> None:
    from backtimer.reminders_settings import load_last_fired, save_last_fired
    from backtimer.settings import Settings

    settings = Settings.in_dir(tmp_path)
    assert load_last_fired(settings) is None
    when = berlin(2024, 10, 27, 2, 30)
    save_last_fired(settings, when)
    back = load_last_fired(Settings.in_dir(tmp_path))
    assert back is not None
    assert back.astimezone(UTC) == when.astimezone(UTC)
    with pytest.raises(ValueError):
        save_last_fired(settings, datetime(2024, 1, 1))
