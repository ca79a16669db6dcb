"""Screensaver inhibition against a real D-Bus session bus.

Each test starts a private dbus-daemon (tests/helpers/private_bus.py) and
tests/helpers/inhibit_service.py on it, standing in for
xdg-desktop-portal's Inhibit and/or org.freedesktop.ScreenSaver with their real
signatures. The inhibitor talks to that bus by its address.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from backtimer.ui.inhibit import NONE, PORTAL_HELD, SCREENSAVER_HELD, ScreenSaverInhibitor
from tests.helpers.private_bus import private_bus, services

SERVICE = Path(__file__).parent / "helpers" / "inhibit_service.py"


@pytest.fixture
def bus(tmp_path: Path) -> Iterator[str]:
    with private_bus(tmp_path) as address:
        yield address


@pytest.fixture
def service(bus: str) -> Iterator[Any]:
    with services(SERVICE, bus) as start:
        yield start


def _changed(qtbot: Any, inhibitor: ScreenSaverInhibitor, action: Any) -> str:
    with qtbot.waitSignal(inhibitor.state_changed, timeout=15000) as blocker:
        action()
    return str(blocker.args[0])


def test_portal_inhibit_with_uint_flags_and_close_on_release(
    qtbot: Any, bus: str, service: Any
) -> None:
    fake = service("--portal", "--screensaver")
    inhibitor = ScreenSaverInhibitor("BackTimer", bus=bus)
    assert _changed(qtbot, inhibitor, lambda: inhibitor.inhibit("Following a routine")) == (
        PORTAL_HELD
    )
    assert inhibitor.active and inhibitor.state == PORTAL_HELD
    qtbot.waitUntil(lambda: len(fake.calls) == 1)  # its output line is read on a thread
    (call,) = fake.calls
    assert call["interface"] == "org.freedesktop.portal.Inhibit"
    assert call["signature"] == "sua{sv}"
    assert call["body"][1] == 8  # idle: the screensaver
    assert call["body"][2] == {"reason": ["s", "Following a routine"]}
    assert _changed(qtbot, inhibitor, inhibitor.release) == NONE
    qtbot.waitUntil(lambda: len(fake.calls) == 2)
    close = fake.calls[1]
    assert (close["interface"], close["member"]) == ("org.freedesktop.portal.Request", "Close")
    assert close["path"] == "/org/freedesktop/portal/desktop/request/test/t1"
    # The fallback was not needed.
    assert not [c for c in fake.calls if c["interface"] == "org.freedesktop.ScreenSaver"]


def test_falls_back_to_org_freedesktop_screensaver(qtbot: Any, bus: str, service: Any) -> None:
    fake = service("--screensaver")
    inhibitor = ScreenSaverInhibitor("BackTimer", bus=bus)
    assert _changed(qtbot, inhibitor, lambda: inhibitor.inhibit("Following a routine")) == (
        SCREENSAVER_HELD
    )
    qtbot.waitUntil(lambda: len(fake.calls) == 1)  # its output line is read on a thread
    assert fake.members() == [("Inhibit", "ss")]
    assert fake.calls[0]["body"] == ["BackTimer", "Following a routine"]
    assert _changed(qtbot, inhibitor, inhibitor.release) == NONE
    qtbot.waitUntil(lambda: len(fake.calls) == 2)
    assert fake.calls[1]["member"] == "UnInhibit"
    assert fake.calls[1]["signature"] == "u"
    assert fake.calls[1]["body"] == [4242]


def test_no_service_holds_nothing_and_raises_nothing(qtbot: Any, bus: str) -> None:
    inhibitor = ScreenSaverInhibitor("BackTimer", bus=bus)
    assert _changed(qtbot, inhibitor, lambda: inhibitor.inhibit("x")) == NONE
    assert inhibitor.state == NONE


def test_no_bus_at_all_holds_nothing(qtbot: Any, tmp_path: Path) -> None:
    inhibitor = ScreenSaverInhibitor("BackTimer", bus=f"unix:path={tmp_path / 'no-bus'}")
    assert _changed(qtbot, inhibitor, lambda: inhibitor.inhibit("x")) == NONE


def test_a_slow_portal_does_not_block_the_ui_thread(
    qtbot: Any, bus: str, service: Any, tmp_path: Path
) -> None:
    release_reply = tmp_path / "answer-now"
    fake = service("--portal", "--hold", str(release_reply))
    inhibitor = ScreenSaverInhibitor("BackTimer", bus=bus)
    inhibitor.inhibit("x")  # returns at once: the call waits on the worker thread
    qtbot.waitUntil(lambda: len(fake.calls) == 1)  # the UI thread's event loop runs
    assert inhibitor.state == NONE  # no reply yet
    with qtbot.waitSignal(inhibitor.state_changed, timeout=15000) as blocker:
        release_reply.touch()
    assert blocker.args == [PORTAL_HELD]
    assert _changed(qtbot, inhibitor, inhibitor.release) == NONE  # closes the connection


def test_a_call_while_quitting_is_skipped_not_raised(qtbot: Any, tmp_path: Path) -> None:
    """At SIGTERM the worker may be shut down before the session's release arrives."""
    inhibitor = ScreenSaverInhibitor("BackTimer", bus=f"unix:path={tmp_path / 'none'}")
    inhibitor._executor.shutdown(wait=True)  # what the window's destruction does
    inhibitor.inhibit("x")  # raised "cannot schedule new futures after shutdown" before
    inhibitor.release()
    assert inhibitor.state == NONE
