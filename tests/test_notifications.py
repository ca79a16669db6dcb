"""Reminders reach the person: a notification on a real D-Bus bus (a private
dbus-daemon with a small notification service), the tray or window as fallbacks, and
the start-at-login entry."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from backtimer import autostart
from backtimer.app import App
from backtimer.reminders_settings import START_AT_LOGIN
from backtimer.ui.notifications import Notifier
from backtimer.ui.reminders_controller import RemindersController
from tests.helpers.notification_service import NotificationService
from tests.helpers.private_bus import private_bus


@pytest.fixture
def bus_address(tmp_path: Path) -> Iterator[str]:
    """A fresh session-type bus of its own (not the desktop's)."""
    with private_bus(tmp_path) as address:
        yield address


def _reminders(app: App, notifier: Notifier | None) -> RemindersController:
    return RemindersController(
        app.settings, app.library, app.window, app.controller, app.tray, notifier, app
    )


def test_a_reminder_is_a_notification_and_clicking_it_opens_the_routine(
    app: App, qtbot, bus_address: str
) -> None:
    service = NotificationService(bus_address)
    notifier = Notifier(app, address=bus_address)
    reminders = _reminders(app, notifier)
    app.choice.select("builtin:gentle-start")
    app.window.hide()
    try:
        reminders.service.due.emit("builtin:floor-basics")
        qtbot.waitUntil(lambda: len(service.calls) == 1 and not notifier.pending, timeout=10_000)
        assert not notifier.portal  # outside a Flatpak
        [call] = service.calls
        floor = app.library.get("builtin:floor-basics")
        assert floor is not None
        assert call.signature == "susssasa{sv}i"  # replaces_id went out as uint32
        assert call.app_name == "BackTimer"
        assert call.summary == "BackTimer reminder"
        assert call.body == f"Time for your back routine: {floor.name}."
        assert call.actions == ["default", "Open BackTimer"]
        assert app.controller.routine is not None
        assert app.controller.routine.id == "builtin:gentle-start"  # nothing changes yet
        with qtbot.waitSignal(notifier.activated, timeout=10_000) as clicked:
            service.click(1)
        assert clicked.args == ["builtin:floor-basics"]
        assert app.controller.routine.id == "builtin:floor-basics"
        assert app.window.isVisible() and app.window.tabs.currentIndex() == 0
    finally:
        service.close()


def test_without_a_notification_service_the_window_says_it(
    app: App, qtbot, bus_address: str
) -> None:
    notifier = Notifier(app, address=bus_address)  # a bus, but nobody serves notifications
    reminders = _reminders(app, notifier)
    with qtbot.waitSignal(notifier.failed, timeout=15_000):
        assert reminders.notify("builtin:floor-basics") == "notification"
    assert app.controller.routine is not None
    assert app.controller.routine.id == "builtin:floor-basics"
    assert "Time for your back routine" in app.window.statusBar().currentMessage()


def test_no_bus_at_all_falls_back_at_once(app: App, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    reminders = _reminders(app, Notifier(app))  # no session bus: no way to try
    assert reminders.notify("") == "window"  # offscreen: no tray either
    assert "Time for your back routine" in app.window.statusBar().currentMessage()


def test_no_reminder_during_a_session(app: App) -> None:
    reminders = _reminders(app, None)
    app.controller.start()
    app.window.statusBar().clearMessage()
    reminders.remind("builtin:floor-basics")
    assert app.window.statusBar().currentMessage() == ""


def test_start_at_login_writes_and_removes_the_autostart_entry(app: App, tmp_path: Path) -> None:
    reminders = RemindersController(
        app.settings, app.library, app.window, app.controller, app.tray, None, app,
        autostart_dir=tmp_path / "autostart",
    )  # fmt: skip
    entry = autostart.entry_path(tmp_path / "autostart")
    reminders.set_start_at_login(True)
    assert app.settings.get(START_AT_LOGIN) and entry.is_file()
    text = entry.read_text()
    assert "Exec=backtimer --background\n" in text and "Type=Application\n" in text
    reminders.set_start_at_login(False)
    assert not app.settings.get(START_AT_LOGIN) and not entry.exists()


def test_the_reminders_dialog_edits_the_schedule(app: App, qtbot) -> None:
    from backtimer.reminders_settings import load_schedule
    from backtimer.ui.reminders_page import RemindersDialog

    dlg = RemindersDialog(app.reminders, app.library, app.window)
    qtbot.addWidget(dlg)
    assert dlg.next_label.text() == "Reminders are off."
    dlg.widget.routine_box.setCurrentIndex(dlg.widget.routine_box.findData("builtin:floor-basics"))
    dlg.widget.enabled_box.click()
    saved = load_schedule(app.settings)
    assert saved.enabled and saved.routine == "builtin:floor-basics"
    assert dlg.next_label.text().startswith("Next reminder:")
    assert app.reminders.service.next_due() is not None
