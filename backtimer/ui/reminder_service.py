"""Checks the reminder schedule against the wall clock and says when one is due.

A coarse ``QTimer`` only wakes the check once a minute; what is due is decided by
:meth:`backtimer.core.reminders.ReminderSchedule.due_now` from the wall clock (``now``,
injected), so a timer that fired late, a suspended computer or a changed clock cannot
make a reminder fire twice or in a burst. The check also runs when the application
becomes active again, which is what usually follows a resume from sleep.

Signals:
    due(str): a reminder is due for this routine ("" means the last routine used).
        Emitted at most once per occurrence; the occurrence is recorded in the
        settings (``reminders/last_fired``) before the signal goes out.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta, tzinfo

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QGuiApplication

from backtimer.core.reminders import DEFAULT_GRACE, ReminderSchedule
from backtimer.reminders_settings import load_last_fired, load_schedule, save_last_fired
from backtimer.settings import Settings

CHECK_MS = 60_000


def local_now() -> datetime:
    """The wall clock, aware, in the computer's zone."""
    return datetime.now().astimezone()


class ReminderService(QObject):
    due = Signal(str)

    def __init__(
        self,
        settings: Settings,
        *,
        now: Callable[[], datetime] = local_now,
        tz: tzinfo | None = None,
        grace: timedelta = DEFAULT_GRACE,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self._now = now
        self._tz = tz  # None: the system zone
        self._grace = grace
        self._schedule = load_schedule(settings)
        self._last_fired = load_last_fired(settings)
        self.timer = QTimer(self)
        self.timer.setTimerType(Qt.TimerType.VeryCoarseTimer)
        self.timer.setInterval(CHECK_MS)
        self._started = False
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.timer.timeout.connect(self.check)
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.applicationStateChanged.connect(self._on_app_state)

    @property
    def schedule(self) -> ReminderSchedule:
        return self._schedule

    @property
    def last_fired(self) -> datetime | None:
        return self._last_fired

    def start(self) -> None:
        """Check now (a reminder missed while BackTimer was closed, within the grace
        period, comes once) and then once a minute while the schedule is on."""
        self._started = True
        self._arm()
        self.check()

    def stop(self) -> None:
        self._started = False
        self.timer.stop()

    def set_schedule(self, schedule: ReminderSchedule) -> None:
        """A new schedule from the settings; only occurrences after now will fire.

        (Enabling reminders at 18:30 with a time of 18:00 does not fire at once.)
        The caller saves the schedule itself (``save_schedule``).
        """
        changed = schedule != self._schedule
        self._schedule = schedule
        if changed:
            self._record(self._now())
        self._arm()

    def next_due(self) -> datetime | None:
        """The next reminder after now, for display; None when reminders are off."""
        return self._schedule.next_due(self._now(), self._tz)

    @Slot()
    def check(self) -> None:
        now = self._now()
        when = self._schedule.due_now(self._last_fired, now, self._grace, self._tz)
        if when is None:
            return
        self._record(when)
        self.due.emit(self._schedule.routine)

    def _record(self, when: datetime) -> None:
        self._last_fired = when
        save_last_fired(self._settings, when)

    def _arm(self) -> None:
        if self._started and self._schedule.active:
            if not self.timer.isActive():
                self.timer.start()
        else:
            self.timer.stop()

    @Slot(Qt.ApplicationState)
    def _on_app_state(self, state: Qt.ApplicationState) -> None:
        if self._started and state == Qt.ApplicationState.ApplicationActive:
            self.check()
