"""A small desktop for tests that use BackTimer as a person would: an X server (Xvfb), a
D-Bus session bus (which starts the AT-SPI bus on demand), optionally the openbox window
manager, the ``backtimer`` process, xdotool to type, and an AT-SPI reader.

Everything started here is stopped by :meth:`Desktop.close` (the fixtures call it).
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.helpers.waiting import wait_for
from tests.helpers.xserver import XServer

HELPERS = Path(__file__).resolve().parent
SYSTEM_PYTHON = "/usr/bin/python3"  # Debian's python3-pyatspi is installed for it


def missing_tools(*, atspi: bool) -> list[str]:
    """What this machine lacks for the desktop (``./dev`` installs all of it)."""
    need = ["Xvfb", "xdotool", "dbus-daemon", "openbox"]
    out = [t for t in need if shutil.which(t) is None]
    if atspi:
        if not Path("/usr/libexec/at-spi-bus-launcher").exists():
            out.append("at-spi2-core")
        probe = subprocess.run(
            [SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True, check=False
        )
        if probe.returncode != 0:
            out.append("python3-pyatspi")
    return out


def _stop(proc: subprocess.Popen[Any] | None) -> None:
    if proc is None:
        return
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(10)
    for pipe in (proc.stdin, proc.stdout, proc.stderr):
        if pipe is not None:
            pipe.close()


class Reader:
    """The AT-SPI reader process (``atspi_reader.py``), one JSON command at a time."""

    def __init__(self, env: dict[str, str]) -> None:
        self.proc = subprocess.Popen(
            [SYSTEM_PYTHON, str(HELPERS / "atspi_reader.py")],
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self._line() == {"ready": True}

    def _line(self) -> Any:
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline()
        if not line:
            raise AssertionError("the AT-SPI reader ended")
        return json.loads(line)

    def ask(self, **request: object) -> Any:
        assert self.proc.stdin is not None
        self.proc.stdin.write(json.dumps(request) + "\n")
        self.proc.stdin.flush()
        out = self._line()
        if isinstance(out, dict) and "error" in out:
            raise AssertionError(f"AT-SPI reader: {out['error']}")
        return out

    def close(self) -> None:
        if self.proc.stdin is not None:
            self.proc.stdin.close()  # the reader ends at the end of its input
        with contextlib.suppress(subprocess.TimeoutExpired):
            self.proc.wait(5)
        _stop(self.proc)


class Desktop:
    """Xvfb + a session bus (+ openbox) on a free display (Xvfb picks the number)."""

    def __init__(self, data_dir: Path, *, size: str = "1280x800") -> None:
        self.data_dir = data_dir
        self.procs: list[subprocess.Popen[Any]] = []
        self.app: subprocess.Popen[Any] | None = None
        self.reader: Reader | None = None
        x = XServer(size)
        self.procs.append(x.proc)
        self.display = x.display
        self.env = {
            k: v
            for k, v in os.environ.items()
            if k not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY", "DBUS_SESSION_BUS_ADDRESS")
        }
        self.env.update(
            DISPLAY=self.display,
            BACKTIMER_DATA_DIR=str(data_dir),
            QT_QPA_PLATFORM="xcb",
            NO_AT_BRIDGE="0",
            QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1",
            XDG_RUNTIME_DIR=str(self._runtime_dir()),
        )
        bus = subprocess.Popen(
            ["dbus-daemon", "--session", "--nofork", "--print-address=1"],
            env=self.env,
            stdout=subprocess.PIPE,
            text=True,
        )
        self.procs.append(bus)
        assert bus.stdout is not None
        self.env["DBUS_SESSION_BUS_ADDRESS"] = bus.stdout.readline().strip()

    def _runtime_dir(self) -> Path:
        path = self.data_dir / "runtime"
        path.mkdir(mode=0o700, exist_ok=True)
        return path

    def window_manager(self) -> None:
        """Start openbox and wait until it manages the screen. On a busy machine it now
        and then fails to open the display and ends at once: then it is started again."""
        for _attempt in range(5):
            wm = subprocess.Popen(
                ["openbox", "--sm-disable"],
                env=self.env,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            self.procs.append(wm)

            def managing(wm: subprocess.Popen[Any] = wm) -> bool:
                if wm.poll() is not None:
                    return True
                pid = self.run("xprop", "-root", "_OPENBOX_PID")
                check = self.run("xprop", "-root", "_NET_SUPPORTING_WM_CHECK")
                return f"= {wm.pid}" in pid and "window id" in check

            wait_for(managing, 10, "openbox")
            if wm.poll() is None:
                return
        raise AssertionError(f"openbox ended at once five times on {self.display}")

    def run(self, *args: str) -> str:
        out = subprocess.run(args, env=self.env, capture_output=True, text=True, check=False)
        return out.stdout.strip()

    def xdo(self, *args: str) -> str:
        return self.run("xdotool", *args)

    def cli(self, *args: str) -> str:
        out = subprocess.run(
            [sys.executable, "-m", "backtimer", *args],
            env=self.env,
            capture_output=True,
            text=True,
            check=True,
        )
        return out.stdout

    def start_app(self, *args: str, extra_env: dict[str, str] | None = None) -> None:
        env = {**self.env, **(extra_env or {})}
        self.app = subprocess.Popen([sys.executable, "-m", "backtimer", *args], env=env)

    def window(self, name: str, timeout: float = 20) -> str:
        """The id of the visible window whose title contains ``name``."""
        found = wait_for(lambda: self.xdo("search", "--onlyvisible", "--name", name), timeout, name)
        return str(found).split()[0]

    def press(self, window_name: str, *keys: str) -> None:
        """Bring the window titled ``window_name`` to the front and press ``keys`` in it."""
        self.xdo("windowactivate", "--sync", self.window(window_name))
        self.xdo("key", "--delay", "80", *keys)

    def open_with(self, window_name: str, keys: str, wanted: str, tries: int = 3) -> str:
        """Press ``keys`` in ``window_name`` until a window titled ``wanted`` shows (as a
        person presses again when nothing happened); return its id."""
        for attempt in range(tries):
            self.press(window_name, keys)
            try:
                return self.window(wanted, timeout=5 if attempt < tries - 1 else 15)
            except AssertionError:
                if attempt == tries - 1:
                    self.screenshot(
                        Path(os.environ.get("BACKTIMER_TEST_SHOTS", str(self.data_dir)))
                        / f"open-with-failed-{self.display[1:]}.png"
                    )
                    print("FAILED-SHOT", self.data_dir, file=sys.stderr)
                    raise
        raise AssertionError(wanted)

    def start_reader(self) -> Reader:
        self.reader = Reader(self.env)
        return self.reader

    def screenshot(self, path: Path) -> None:
        subprocess.run(["/usr/bin/import", "-window", "root", str(path)], env=self.env, check=False)

    def close(self) -> None:
        if self.reader is not None:
            self.reader.close()
        if self.app is not None and self.app.poll() is None:
            self.app.send_signal(signal.SIGTERM)
            try:
                self.app.wait(10)
            except subprocess.TimeoutExpired:
                self.app.kill()
                self.app.wait(10)
        for proc in reversed(self.procs):
            _stop(proc)


def desktop(data_dir: Path, *, atspi: bool = False, **kwargs: Any) -> Iterator[Desktop]:
    """For a fixture: ``yield from desktop(tmp_path)``; skips the test when a tool it
    needs is missing (``atspi``: the screen reader's too)."""
    missing = missing_tools(atspi=atspi)
    if missing:
        pytest.skip(f"needs {', '.join(missing)} (./dev test installs them)")
    d = Desktop(data_dir, **kwargs)
    try:
        yield d
    finally:
        d.close()
