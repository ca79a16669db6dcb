"""Inside a Flatpak: reminders through the notification portal, start at login through
the Background portal. Against tests/helpers/portal_service.py (a stand-in for
xdg-desktop-portal with the real signatures) on a private dbus-daemon."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from backtimer.app import App
from backtimer.desktop_bus import in_flatpak
from backtimer.reminders_settings import START_AT_LOGIN
from backtimer.ui.login_start import LoginStarter
from backtimer.ui.notifications import Notifier
from backtimer.ui.reminders_controller import RemindersController
from tests.helpers.private_bus import private_bus, services

SERVICE = Path(__file__).parent / "helpers" / "portal_service.py"


@pytest.fixture
def bus(tmp_path: Path) -> Iterator[str]:
    with private_bus(tmp_path) as address:
        yield address


@pytest.fixture
def portal(bus: str) -> Iterator[Any]:
    with services(SERVICE, bus) as start:
        yield start


def _reminders(app: App, **kwargs: Any) -> RemindersController:
    return RemindersController(
        app.settings, app.library, app.window, app.controller, app.tray,
        kwargs.pop("notifier", None), app, **kwargs,
    )  # fmt: skip


def test_flatpak_is_told_by_its_info_file(tmp_path: Path) -> None:
    info = tmp_path / ".flatpak-info"
    assert not in_flatpak(info)
    info.write_text("[Application]\nname=io.github.backtimer.BackTimer\n")
    assert in_flatpak(info)


def test_a_reminder_goes_to_the_notification_portal_and_its_click_opens_the_routine(
    app: App, qtbot: Any, bus: str, portal: Any
) -> None:
    fake = portal()
    notifier = Notifier(app, address=bus, portal=True)
    reminders = _reminders(app, notifier=notifier)
    app.choice.select("builtin:gentle-start")
    app.window.hide()
    reminders.service.due.emit("builtin:floor-basics")
    qtbot.waitUntil(lambda: len(fake.calls) == 1 and not notifier.pending, timeout=10_000)
    [call] = fake.calls
    assert (call["interface"], call["member"]) == (
        "org.freedesktop.portal.Notification", "AddNotification"
    )  # fmt: skip
    assert call["signature"] == "sa{sv}"
    key, notification = call["body"]
    floor = app.library.get("builtin:floor-basics")
    assert floor is not None
    assert key == "reminder"
    assert notification["title"] == ["s", "BackTimer reminder"]
    assert notification["body"] == ["s", f"Time for your back routine: {floor.name}."]
    assert notification["default-action"] == ["s", "open-routine"]
    assert notification["default-action-target"] == ["s", "builtin:floor-basics"]
    kind, buttons = notification["buttons"]
    assert kind == "aa{sv}"
    assert buttons == [
        {
            "label": ["s", "Open BackTimer"],
            "action": ["s", "open-routine"],
            "target": ["s", "builtin:floor-basics"],
        }
    ]
    assert app.controller.routine is not None
    assert app.controller.routine.id == "builtin:gentle-start"  # nothing changes yet
    with qtbot.waitSignal(notifier.activated, timeout=10_000) as clicked:
        fake.tell("click reminder")  # the portal's ActionInvoked
    assert clicked.args == ["builtin:floor-basics"]
    assert app.controller.routine.id == "builtin:floor-basics"
    assert app.window.isVisible() and app.window.tabs.currentIndex() == 0


def test_without_the_portal_the_reminder_shows_in_the_window(
    app: App, qtbot: Any, bus: str
) -> None:
    notifier = Notifier(app, address=bus, portal=True)  # a bus, but no portal on it
    reminders = _reminders(app, notifier=notifier)
    with qtbot.waitSignal(notifier.failed, timeout=15_000):
        assert reminders.notify("builtin:floor-basics") == "notification"
    assert "Time for your back routine" in app.window.statusBar().currentMessage()


def test_start_at_login_asks_the_background_portal_and_switching_off_asks_again(
    app: App, qtbot: Any, bus: str, portal: Any, tmp_path: Path
) -> None:
    fake = portal()
    reminders = _reminders(app, login=LoginStarter(app, address=bus))
    with qtbot.waitSignal(reminders.start_at_login_changed, timeout=15_000) as changed:
        reminders.set_start_at_login(True)
    assert changed.args == [True] and app.settings.get(START_AT_LOGIN)
    qtbot.waitUntil(lambda: len(fake.calls) == 1)  # its output line is read on a thread
    [call] = fake.calls
    assert (call["interface"], call["member"], call["signature"]) == (
        "org.freedesktop.portal.Background", "RequestBackground", "sa{sv}"
    )  # fmt: skip
    window, options = call["body"]
    assert window == ""
    assert options["autostart"] == ["b", True]
    assert options["commandline"] == ["as", ["backtimer", "--background"]]
    assert options["dbus-activatable"] == ["b", False]
    assert options["reason"][1]  # the portal shows it when it asks the person
    assert options["handle_token"][0] == "s"
    with qtbot.waitSignal(reminders.start_at_login_changed, timeout=15_000) as changed:
        reminders.set_start_at_login(False)
    assert changed.args == [False] and not app.settings.get(START_AT_LOGIN)
    qtbot.waitUntil(lambda: len(fake.calls) == 2)
    assert fake.calls[1]["body"][1]["autostart"] == ["b", False]
    assert fake.calls[1]["body"][1]["handle_token"] != options["handle_token"]
    # No XDG entry inside the sandbox: nobody outside would read it.
    assert not (tmp_path / "autostart").exists()


def test_a_refused_background_request_leaves_the_setting_off_and_says_so(
    app: App, qtbot: Any, bus: str, portal: Any
) -> None:
    portal("--refuse")
    reminders = _reminders(app, login=LoginStarter(app, address=bus))
    with qtbot.waitSignal(reminders.start_at_login_changed, timeout=15_000) as changed:
        reminders.set_start_at_login(True)
    assert changed.args == [False] and not app.settings.get(START_AT_LOGIN)
    assert app.window.statusBar().currentMessage() == (
        "The desktop did not allow BackTimer to start at login."
    )


def test_no_background_portal_says_so(app: App, qtbot: Any, bus: str) -> None:
    reminders = _reminders(app, login=LoginStarter(app, address=bus))
    with qtbot.waitSignal(reminders.start_at_login_changed, timeout=15_000) as changed:
        reminders.set_start_at_login(True)
    assert changed.args == [False] and not app.settings.get(START_AT_LOGIN)
    assert "did not answer" in app.window.statusBar().currentMessage()


def test_the_dialog_s_box_shows_what_the_portal_allowed(
    app: App, qtbot: Any, bus: str, portal: Any
) -> None:
    from backtimer.ui.reminders_page import RemindersDialog

    portal("--refuse")
    reminders = _reminders(app, login=LoginStarter(app, address=bus))
    dialog = RemindersDialog(reminders, app.library, app.window)
    qtbot.addWidget(dialog)
    assert not dialog.login_box.isChecked()
    with qtbot.waitSignal(reminders.start_at_login_changed, timeout=15_000):
        dialog.login_box.click()  # ticked while the portal asks
    assert not dialog.login_box.isChecked()  # the person (the stand-in) said no
    assert not app.settings.get(START_AT_LOGIN)
