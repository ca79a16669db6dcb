"""Screensaver inhibition against a real D-Bus session bus.

Each test starts a private dbus-daemon (the session bus's configuration, without
service activation) and tests/helpers/inhibit_service.py on it, standing in for
xdg-desktop-portal's Inhibit and/or org.freedesktop.ScreenSaver with their real
signatures. The inhibitor talks to that bus by its address.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from backtimer.ui.inhibit import NONE, PORTAL_HELD, SCREENSAVER_HELD, ScreenSaverInhibitor

SERVICE = Path(__file__).parent / "helpers" / "inhibit_service.py"
BUS_CONFIG = """<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:path={socket}</listen>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"""


@pytest.fixture
def bus(tmp_path: Path) -> Iterator[str]:
    daemon = shutil.which("dbus-daemon")
    if daemon is None:
        pytest.skip("dbus-daemon is not installed (./dev installs dbus)")
    config = tmp_path / "bus.conf"
    config.write_text(BUS_CONFIG.format(socket=tmp_path / "bus"), encoding="utf-8")
    process = subprocess.Popen(
        [daemon, "--config-file", str(config), "--nofork", "--print-address=1"],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    address = process.stdout.readline().strip()  # printed once it listens
    assert address.startswith("unix:"), address
    yield address
    process.terminate()
    process.wait(timeout=10)
    process.stdout.close()


class Service:
    """The stand-in service: its calls, read line by line from its output."""

    def __init__(self, address: str, *flags: str) -> None:
        env = {**os.environ, "DBUS_SESSION_BUS_ADDRESS": address}
        self.process = subprocess.Popen(
            [sys.executable, str(SERVICE), *flags],
            stdout=subprocess.PIPE,
            text=True,
            env=env,
        )
        assert self.process.stdout is not None
        assert self.process.stdout.readline().strip() == "ready"
        self.calls: list[dict[str, Any]] = []
        self._lines = self.process.stdout
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        for line in self._lines:
            self.calls.append(json.loads(line))

    def members(self) -> list[tuple[str, str]]:
        return [(c["member"], c["signature"]) for c in self.calls]

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=10)
        self._reader.join(timeout=10)
        self._lines.close()


@pytest.fixture
def service(bus: str) -> Iterator[Any]:
    started: list[Service] = []

    def start(*flags: str) -> Service:
        started.append(Service(bus, *flags))
        return started[-1]

    yield start
    for s in started:
        s.stop()


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
