"""The tray (offscreen: no system tray) and the reminder service on a fake wall clock."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from datetime import UTC, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QSystemTrayIcon
from pytestqt.qtbot import QtBot

from backtimer.core.reminders import ReminderSchedule
from backtimer.reminders_settings import load_last_fired, save_last_fired, save_schedule
from backtimer.settings import Settings
from backtimer.ui.reminder_service import CHECK_MS, ReminderService
from backtimer.ui.tray import Tray

BERLIN = ZoneInfo("Europe/Berlin")


def berlin(year: int, month: int, day: int, hour: int, minute: int) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=BERLIN)


# --------------------------------------------------------------------------- tray
def test_offscreen_has_no_tray_and_nothing_happens(qapp: QApplication) -> None:
    assert not QSystemTrayIcon.isSystemTrayAvailable()
    tray = Tray(QIcon())
    assert tray.available is False
    assert tray.icon is None and tray.menu is None
    tray.set_running(True, paused=True)
    tray.set_last_routine("Morning back")
    assert tray.notify("Morning back") is False  # the caller says it in the window
    tray.hide()


def test_menu_actions_emit_their_signals(qtbot: QtBot) -> None:
    tray = Tray(QIcon(), available=False)
    menu = tray.build_menu()
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert texts == ["Start", "Pause", "Show BackTimer", "Quit"]
    assert menu.accessibleName()
    assert all(a.statusTip() for a in menu.actions() if not a.isSeparator())
    tray.set_last_routine("Morning back")
    assert tray.start_action is not None and tray.toggle_action is not None
    assert tray.show_action is not None and tray.quit_action is not None
    for action, signal in [
        (tray.start_action, tray.start_requested),
        (tray.show_action, tray.show_requested),
        (tray.quit_action, tray.quit_requested),
    ]:
        with qtbot.waitSignal(signal, timeout=1000):
            action.trigger()
    tray.set_running(True)
    with qtbot.waitSignal(tray.toggle_requested, timeout=1000):
        tray.toggle_action.trigger()


def test_menu_texts_follow_the_session(qapp: QApplication) -> None:
    tray = Tray(QIcon(), available=False)
    tray.build_menu()
    start, toggle = tray.start_action, tray.toggle_action
    assert start is not None and toggle is not None
    tray.set_last_routine("Morning back")
    assert start.text() == "Start Morning back" and start.isEnabled()
    assert toggle.text() == "Pause" and not toggle.isEnabled()  # nothing to pause
    tray.set_running(True)
    assert toggle.text() == "Pause" and toggle.isEnabled()
    assert not start.isEnabled()  # one session at a time
    tray.set_running(True, paused=True)
    assert toggle.text() == "Resume" and toggle.isEnabled()
    tray.set_running(False, paused=True)  # ended while paused
    assert toggle.text() == "Pause" and not toggle.isEnabled() and start.isEnabled()


def test_menu_opening_is_announced(qtbot: QtBot) -> None:
    tray = Tray(QIcon(), available=False)
    menu = tray.build_menu()
    with qtbot.waitSignal(tray.menu_opening, timeout=1000):
        menu.aboutToShow.emit()


def test_clicking_the_reminder_opens_its_routine_once(qtbot: QtBot) -> None:
    tray = Tray(QIcon(), available=False)
    tray.notify("Evening stretch")
    with qtbot.waitSignal(tray.open_requested, timeout=1000) as blocker:
        tray._on_message_clicked()
    assert blocker.args == ["Evening stretch"]
    # The icon clicked afterwards only shows the window.
    with qtbot.assertNotEmitted(tray.open_requested), qtbot.waitSignal(tray.show_requested):
        tray._on_activated(QSystemTrayIcon.ActivationReason.Trigger)


def test_clicking_the_icon_while_a_reminder_waits_opens_it(qtbot: QtBot) -> None:
    tray = Tray(QIcon(), available=False)
    tray.notify("")
    with qtbot.assertNotEmitted(tray.open_requested), qtbot.assertNotEmitted(tray.show_requested):
        tray._on_activated(QSystemTrayIcon.ActivationReason.Context)
    with qtbot.waitSignal(tray.open_requested, timeout=1000) as blocker:
        tray._on_activated(QSystemTrayIcon.ActivationReason.DoubleClick)
    assert blocker.args == [""]


ICON_SCRIPT = textwrap.dedent(
    """
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication, QSystemTrayIcon
    app = QApplication([])
    from backtimer.ui.tray import Tray
    tray = Tray(QIcon("resources/icons/backtimer.svg"), available=True)
    got = []
    tray.open_requested.connect(lambda r: got.append(("open", r)))
    tray.show_requested.connect(lambda: got.append(("show",)))
    tray.set_last_routine("Morning back")
    tray.set_running(True, paused=True)
    print(tray.icon.toolTip())
    print(tray.icon.contextMenu() is tray.menu, tray.icon.isVisible())
    tray.notify("Evening stretch")
    tray.icon.messageClicked.emit()
    tray.icon.activated.emit(QSystemTrayIcon.ActivationReason.Trigger)
    print(got)
    tray.hide()
    """
)


def test_with_an_icon_the_clicks_are_wired() -> None:
    # The icon branch, forced on in a child process: offscreen has no tray, and Qt
    # warns there (which would fail a test in this process).
    root = Path(__file__).resolve().parent.parent
    out = subprocess.run(
        [sys.executable, "-c", ICON_SCRIPT],
        cwd=root,
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        check=True,
    ).stdout.splitlines()
    assert out == [
        "BackTimer: Morning back is paused",
        "True True",
        "[('open', 'Evening stretch'), ('show',)]",
    ]


# ---------------------------------------------------------------- reminder service
class WallClock:
    """A settable wall clock for the service."""

    def __init__(self, start: datetime) -> None:
        self.value = start

    def __call__(self) -> datetime:
        return self.value


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    s = Settings.in_dir(tmp_path)
    save_schedule(
        s, ReminderSchedule(frozenset({1, 2, 4, 6}), time(18, 0), "Morning back", enabled=True)
    )
    return s


def make_service(settings: Settings, clock: WallClock) -> ReminderService:
    return ReminderService(settings, now=clock, tz=BERLIN, grace=timedelta(hours=2))


def test_due_once_per_occurrence_and_recorded(qtbot: QtBot, settings: Settings) -> None:
    clock = WallClock(berlin(2024, 5, 6, 17, 58))  # a Monday
    service = make_service(settings, clock)
    fired: list[str] = []
    service.due.connect(fired.append)
    service.start()
    assert service.timer.isActive() and service.timer.interval() == CHECK_MS
    assert service.timer.timerType() == Qt.TimerType.VeryCoarseTimer
    assert fired == []
    for _ in range(10):  # 17:59 ... 18:08, a check a minute
        clock.value += timedelta(minutes=1)
        service.check()
    assert fired == ["Morning back"]
    assert load_last_fired(settings) == berlin(2024, 5, 6, 18, 0)
    # A second service (BackTimer restarted at 18:30) does not repeat it.
    clock.value = berlin(2024, 5, 6, 18, 30)
    again = make_service(settings, clock)
    again.due.connect(fired.append)
    again.start()
    assert fired == ["Morning back"]
    clock.value = berlin(2024, 5, 7, 18, 0)  # Tuesday
    service.check()
    assert fired == ["Morning back", "Morning back"]
    again.stop()
    service.stop()


def test_the_timer_drives_the_check(qtbot: QtBot, settings: Settings) -> None:
    clock = WallClock(berlin(2024, 5, 6, 18, 5))
    save_last_fired(settings, berlin(2024, 5, 4, 18, 0))
    service = make_service(settings, clock)
    service.start()  # due at once: 5 minutes late
    clock.value = berlin(2024, 5, 7, 18, 0)
    with qtbot.waitSignal(service.due, timeout=2000) as blocker:
        service.timer.timeout.emit()
    assert blocker.args == ["Morning back"]
    service.stop()
    assert not service.timer.isActive()


def test_three_days_off_gives_one_reminder_or_none(qtbot: QtBot, settings: Settings) -> None:
    save_last_fired(settings, berlin(2024, 5, 6, 18, 0))
    # Off until Thursday 19:00: Tuesday's and Thursday's were missed; one reminder.
    clock = WallClock(berlin(2024, 5, 9, 19, 0))
    service = make_service(settings, clock)
    fired: list[str] = []
    service.due.connect(fired.append)
    service.start()
    service.check()
    assert fired == ["Morning back"]
    # Off again until Saturday 21:00 (3 hours late): nothing at all.
    clock.value = berlin(2024, 5, 11, 21, 0)
    later = make_service(settings, clock)
    later.due.connect(fired.append)
    later.start()
    assert fired == ["Morning back"]
    service.stop()
    later.stop()


def test_resume_from_sleep_checks_at_once(qtbot: QtBot, settings: Settings) -> None:
    clock = WallClock(berlin(2024, 5, 6, 12, 0))
    service = make_service(settings, clock)
    service.start()
    clock.value = berlin(2024, 5, 6, 18, 20)  # asleep through 18:00
    with qtbot.waitSignal(service.due, timeout=1000):
        service._on_app_state(Qt.ApplicationState.ApplicationActive)
    service.stop()


def test_a_new_schedule_does_not_fire_what_is_already_past(
    qtbot: QtBot, settings: Settings
) -> None:
    save_schedule(settings, ReminderSchedule(enabled=False))
    clock = WallClock(berlin(2024, 5, 6, 18, 30))
    service = make_service(settings, clock)
    service.start()
    assert not service.timer.isActive()  # off: no timer at all
    assert service.next_due() is None
    fired: list[str] = []
    service.due.connect(fired.append)
    on = ReminderSchedule(enabled=True)  # Monday 18:00 was 30 minutes ago
    service.set_schedule(on)
    assert service.timer.isActive()
    service.check()
    assert fired == []
    last = load_last_fired(settings)
    assert last is not None and last.astimezone(UTC) == clock.value.astimezone(UTC)
    assert service.next_due() == berlin(2024, 5, 7, 18, 0)
    clock.value = berlin(2024, 5, 7, 18, 0)
    service.check()
    assert fired == [""]  # "" = the last routine used
    service.stop()
