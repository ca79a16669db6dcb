"""Reminders that reach the person: the schedule service, then the notification.

A due reminder goes out as a desktop notification (:mod:`backtimer.ui.notifications`,
``org.freedesktop.Notifications`` over D-Bus); where there is none, as the tray's
balloon; where there is no tray either, in the window's status bar with the window
raised. Clicking the notification opens BackTimer on the reminder's routine. Nothing is
shown while a session runs.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot
from PySide6.QtWidgets import QApplication

from backtimer import autostart
from backtimer.core.reminders import ReminderSchedule
from backtimer.desktop_bus import in_flatpak
from backtimer.reminders_settings import (
    REMINDER_ROUTINE,
    START_AT_LOGIN,
    load_schedule,
    save_schedule,
)
from backtimer.routine_library import RoutineLibrary, is_routine_id
from backtimer.settings import Settings
from backtimer.ui import problem_text
from backtimer.ui.login_start import DONE, REFUSED, LoginStarter
from backtimer.ui.main_window import MainWindow
from backtimer.ui.notifications import Notifier
from backtimer.ui.player.controller import PlayerController
from backtimer.ui.reminder_service import ReminderService
from backtimer.ui.tray_controller import TrayController


def _tr(text: str) -> str:
    return QCoreApplication.translate("App", text)


def reminder_summary() -> str:
    return _tr("BackTimer reminder")


def reminder_body(name: str) -> str:
    if not name:
        return _tr("Time for your back routine.")
    return _tr("Time for your back routine: {name}.").format(name=name)


class RemindersController(QObject):
    start_at_login_changed = Signal(bool)  # the setting, once it is known to hold

    def __init__(
        self,
        settings: Settings,
        library: RoutineLibrary,
        window: MainWindow,
        controller: PlayerController,
        tray: TrayController,
        notifier: Notifier | None = None,
        parent: QObject | None = None,
        *,
        autostart_dir: Path | None = None,
        login: LoginStarter | None = None,
    ) -> None:
        """``autostart_dir``: where the start-at-login entry goes (default: XDG's);
        ``login``: ask the Background portal instead (default: inside a Flatpak)."""
        super().__init__(parent)
        self._autostart_dir = autostart_dir
        if login is None and autostart_dir is None and in_flatpak():
            login = LoginStarter(self)
        self._login = login
        if login is not None:
            login.answered.connect(self._login_answered)
        self.settings = settings
        self.library = library
        self.window = window
        self.controller = controller
        self.tray = tray
        self.notifier = notifier
        if notifier is not None:
            notifier.activated.connect(tray.open_routine)
            notifier.failed.connect(self._without_notification)
        self._migrate_routine()
        self.service = ReminderService(settings, parent=self)
        self.service.due.connect(self.remind)

    def start(self) -> None:
        self.service.start()

    def stop(self) -> None:
        self.service.stop()

    def schedule(self) -> ReminderSchedule:
        return self.service.schedule

    def set_schedule(self, schedule: ReminderSchedule) -> None:
        save_schedule(self.settings, schedule)
        self.service.set_schedule(schedule)

    def next_due(self) -> datetime | None:
        return self.service.next_due()

    def start_at_login(self) -> bool:
        return self.settings.get(START_AT_LOGIN)

    @Slot(bool)
    def set_start_at_login(self, on: bool) -> None:
        """Write or remove the XDG autostart entry along with the setting; in a Flatpak,
        ask the Background portal and change the setting once it has answered."""
        if self._login is not None:
            reason = _tr("So that reminders come even when you have not opened BackTimer")
            self._login.request(on, autostart.portal_commandline(), reason)
            return
        try:
            autostart.set_enabled(on, self._autostart_dir)
        except OSError as exc:
            self.window.show_message(
                _tr("Start at login could not be changed: {error}").format(
                    error=problem_text.os_error(exc)
                )
            )
            self.start_at_login_changed.emit(self.start_at_login())
            return
        self.settings.set(START_AT_LOGIN, on)
        self.start_at_login_changed.emit(on)

    @Slot(bool, str)
    def _login_answered(self, on: bool, outcome: str) -> None:
        if outcome == DONE:
            self.settings.set(START_AT_LOGIN, on)
        elif outcome == REFUSED:
            self.window.show_message(
                _tr("The desktop did not allow BackTimer to start at login.")
                if on
                else _tr("The desktop did not stop BackTimer from starting at login.")
            )
        else:
            self.window.show_message(
                _tr("Start at login could not be changed: the desktop's background "
                    "service (portal) did not answer.")
            )  # fmt: skip
        self.start_at_login_changed.emit(self.start_at_login())

    @Slot(str)
    def remind(self, routine_id: str) -> None:
        """Say that ``routine_id`` ("" = the last one) is due, as well as can be done here."""
        if self.controller.running:
            return
        self.notify(routine_id)

    def notify(self, routine_id: str) -> str:
        """Show the reminder; returns how: "notification", "tray" or "window"."""
        routine = self.library.get(routine_id) if routine_id else self.controller.routine
        name = routine.name if routine is not None else ""
        if self.notifier is not None and self.notifier.notify(
            reminder_summary(), reminder_body(name), routine_id
        ):
            return "notification"
        return self._without_notification(routine_id)

    @Slot(str)
    def _without_notification(self, routine_id: str) -> str:
        """The tray balloon, or else the window: raised, with the reminder in its status bar."""
        routine = self.library.get(routine_id) if routine_id else self.controller.routine
        name = routine.name if routine is not None else ""
        tray = self.tray.tray
        if tray is not None and tray.notify(routine_id, name):
            return "tray"
        self.tray.open_routine(routine_id)
        text = _tr("Time for your back routine: {name}. Press Space to start.")
        shown = self.controller.routine
        self.window.statusBar().showMessage(text.format(name=shown.name if shown else name))
        QApplication.alert(self.window)
        return "window"

    def _migrate_routine(self) -> None:
        """Earlier versions kept the reminder's routine by display name: keep its id."""
        value = self.settings.get(REMINDER_ROUTINE)
        if value and not is_routine_id(value):
            found = self.library.find(value)
            if found is not None and found.id:
                schedule = load_schedule(self.settings)
                save_schedule(self.settings, _with_routine(schedule, found.id))


def _with_routine(schedule: ReminderSchedule, routine_id: str) -> ReminderSchedule:
    return replace(schedule, routine=routine_id)
