"""A private D-Bus session bus for tests, and stand-in services running on it.

:func:`private_bus` starts a dbus-daemon with the session bus's rules but no service
activation (nothing of the desktop's starts by itself on it) and yields its address.
:class:`ServiceProcess` runs a stand-in service script (tests/helpers/*_service.py) on
that bus: the script prints "ready" once its names are owned, then one JSON line per
call it gets; lines written to it (:meth:`ServiceProcess.tell`) are commands.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

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


@contextmanager
def private_bus(folder: Path) -> Iterator[str]:
    daemon = shutil.which("dbus-daemon")
    if daemon is None:
        pytest.skip("dbus-daemon is not installed (./dev installs dbus-daemon)")
    config = folder / "bus.conf"
    config.write_text(BUS_CONFIG.format(socket=folder / "bus"), encoding="utf-8")
    process = subprocess.Popen(
        [daemon, "--config-file", str(config), "--nofork", "--print-address=1"],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    address = process.stdout.readline().strip()  # printed once it listens
    assert address.startswith("unix:"), address
    try:
        yield address
    finally:
        process.terminate()
        process.wait(timeout=10)
        process.stdout.close()


class ServiceProcess:
    """A stand-in service: its calls, read line by line from its output."""

    def __init__(self, script: Path, address: str, *flags: str) -> None:
        env = {**os.environ, "DBUS_SESSION_BUS_ADDRESS": address}
        self.process = subprocess.Popen(
            [sys.executable, str(script), *flags],
            stdin=subprocess.PIPE,
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

    def tell(self, command: str) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write(command + "\n")
        self.process.stdin.flush()

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=10)
        self._reader.join(timeout=10)
        self._lines.close()
        if self.process.stdin is not None:
            self.process.stdin.close()


@contextmanager
def services(script: Path, bus: str) -> Iterator[Callable[..., ServiceProcess]]:
    """A function that starts ``script`` as a service on ``bus`` (with its flags); every
    service started is stopped at the end."""
    started: list[ServiceProcess] = []

    def start(*flags: str) -> ServiceProcess:
        started.append(ServiceProcess(script, bus, *flags))
        return started[-1]

    try:
        yield start
    finally:
        for service in started:
            service.stop()
