"""Single instance: real processes. A second one hands its arguments to the first and exits
at once; a first one killed with SIGKILL leaves a lock and a socket that do not block."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from backtimer.ui.single_instance import SingleInstance, _parse, default_name

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="uses POSIX signals")

# A tiny app: takes the lock (or hands over), prints what happens as JSON lines, each
# saying whether QtNetwork is loaded (tests/test_single_instance_transport.py reads that).
CHILD = r"""
import json, sys
from pathlib import Path
from PySide6.QtCore import QCoreApplication, QTimer
from backtimer.ui.single_instance import SingleInstance
app = QCoreApplication(sys.argv)
name, lock_dir, args = sys.argv[1], Path(sys.argv[2]), sys.argv[3:]
inst = SingleInstance(lock_dir=lock_dir)
def say(**kw):
    kw["qtnetwork"] = "PySide6.QtNetwork" in sys.modules
    kw["libQt6Network"] = "libQt6Network" in open("/proc/self/maps").read()
    print(json.dumps(kw), flush=True)
def activated(received):
    say(event="activation", args=received)
    QTimer.singleShot(0, app.quit)
inst.activation_requested.connect(activated)
if not inst.acquire(name, args):
    say(event="secondary", error=inst.error)
    sys.exit(0)
say(event="primary")
QTimer.singleShot(60_000, app.quit)  # never outlive the test
app.exec()
"""


def _spawn(name: str, lock_dir: Path, *args: str) -> subprocess.Popen[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.Popen(
        [sys.executable, "-c", CHILD, name, str(lock_dir), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


def _next_event(proc: subprocess.Popen[str]) -> dict[str, object]:
    """The child's next event, without what it says of QtNetwork."""
    assert proc.stdout is not None
    line = proc.stdout.readline()  # blocks until the child says something or exits
    assert line, f"child ended without a word: {proc.stderr.read() if proc.stderr else ''}"
    event: dict[str, object] = json.loads(line)
    return {k: v for k, v in event.items() if k not in ("qtnetwork", "libQt6Network")}


@pytest.fixture
def name() -> str:
    return f"backtimer-test-{uuid.uuid4().hex[:12]}"


@pytest.fixture
def procs() -> Iterator[list[subprocess.Popen[str]]]:
    started: list[subprocess.Popen[str]] = []
    yield started
    for p in started:
        if p.poll() is None:
            p.kill()
        p.wait(timeout=10)
        for stream in (p.stdout, p.stderr):
            if stream is not None:
                stream.close()


def test_a_second_instance_hands_its_arguments_to_the_first_and_exits(
    name: str, tmp_path: Path, procs: list[subprocess.Popen[str]]
) -> None:
    first = _spawn(name, tmp_path)
    procs.append(first)
    assert _next_event(first) == {"event": "primary"}

    t0 = time.monotonic()
    second = _spawn(name, tmp_path, "--routine", "Morning back")
    procs.append(second)
    assert second.wait(timeout=20) == 0
    took = time.monotonic() - t0
    assert _next_event(second) == {"event": "secondary", "error": ""}
    assert _next_event(first) == {"event": "activation", "args": ["--routine", "Morning back"]}
    assert first.wait(timeout=20) == 0
    print(f"second instance: started, handed over and exited in {took * 1000:.0f} ms")


def test_a_killed_first_instance_does_not_block_the_next(
    name: str, tmp_path: Path, procs: list[subprocess.Popen[str]]
) -> None:
    first = _spawn(name, tmp_path)
    procs.append(first)
    assert _next_event(first) == {"event": "primary"}
    first.send_signal(signal.SIGKILL)
    first.wait(timeout=10)
    assert (tmp_path / f"{name}.lock").exists()  # left behind by the dead process

    again = _spawn(name, tmp_path)
    procs.append(again)
    assert _next_event(again) == {"event": "primary"}
    # …and it really listens: a third one reaches it.
    third = _spawn(name, tmp_path, "raise-me")
    procs.append(third)
    assert third.wait(timeout=20) == 0
    assert _next_event(again) == {"event": "activation", "args": ["raise-me"]}


def test_in_process_primary_receives_and_a_release_frees_the_name(
    qtbot, name: str, tmp_path: Path
) -> None:
    primary = SingleInstance(lock_dir=tmp_path)
    assert primary.acquire(name)
    assert primary.is_primary and primary.server_name
    # A second object in the same process cannot take the lock either.
    other = SingleInstance(lock_dir=tmp_path)
    assert other.acquire(name, timeout_ms=300) is False
    primary.release()
    assert other.acquire(name)
    other.release()


def test_messages_that_are_not_a_raise_are_ignored() -> None:
    assert _parse(b'{"cmd": "raise", "args": ["a"]}') == ["a"]
    assert _parse(b'{"cmd": "raise"}') == []
    assert _parse(b'{"cmd": "quit", "args": []}') is None
    assert _parse(b'{"cmd": "raise", "args": [1]}') is None
    assert _parse(b"\xff") is None
    assert _parse(b"not json") is None


def test_default_name_is_per_user_and_stable() -> None:
    assert default_name() == default_name()
    assert default_name().startswith("io.github.backtimer.BackTimer-")


def test_a_primary_that_listens_later_still_gets_the_hand_over(
    qtbot, name: str, tmp_path: Path, procs: list[subprocess.Popen[str]]
) -> None:
    """The window takes the lock before its first paint and listens after it: a second
    instance started in between waits for it instead of giving up."""
    primary = SingleInstance(lock_dir=tmp_path)
    assert primary.acquire(name, listen=False)
    assert primary.is_primary and primary.server_name == ""  # holds the lock, not listening
    second = _spawn(name, tmp_path, "--start")
    procs.append(second)
    with qtbot.waitSignal(primary.activation_requested, timeout=20_000) as got:
        primary.listen()
    assert got.args == [["--start"]]
    assert second.wait(timeout=20) == 0
    assert _next_event(second) == {"event": "secondary", "error": ""}
    primary.release()
    with qtbot.waitSignal(primary.destroyed, timeout=5_000):
        primary.deleteLater()  # by Qt, after the socket's own posted clean-up
