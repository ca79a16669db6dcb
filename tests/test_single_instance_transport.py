"""Single instance: the transports. Python's own Unix sockets where there are some (no
QtNetwork loaded), QLocalServer/QLocalSocket elsewhere; both meet on the same socket
file, so a newer and an older BackTimer find each other. The primary's socket is its
owner's alone and goes with release(); clients that say nothing, or too much, are dropped
without leaving anything behind."""

from __future__ import annotations

import contextlib
import errno
import json
import os
import shutil
import socket
import stat
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDir, QSocketNotifier

from backtimer.ui import single_instance
from backtimer.ui.instance_transport import MAX_MESSAGE, NO_ANSWER, UNIX, Transport, UnixServer
from backtimer.ui.instance_transport_qt import QT
from backtimer.ui.single_instance import PROTOCOL_RAISE, SingleInstance
from tests.test_single_instance import CHILD

pytestmark = pytest.mark.skipif(not hasattr(socket, "AF_UNIX"), reason="Unix sockets")
TRANSPORTS: dict[str, Transport] = {"unix": UNIX, "qt": QT}


# A second instance of either kind: sends a raise with its arguments, prints what came of it.
SEND = r"""
import json, sys
from PySide6.QtCore import QCoreApplication
from backtimer.ui.instance_transport import UNIX
from backtimer.ui.instance_transport_qt import QT
app = QCoreApplication(sys.argv)
kind, target, args = sys.argv[1], sys.argv[2], sys.argv[3:]
message = json.dumps({"cmd": "raise", "args": args}).encode() + b"\n"
print(json.dumps({"unix": UNIX, "qt": QT}[kind].send(target, message, 5000)))
"""


@pytest.fixture
def name() -> str:
    return f"backtimer-test-{uuid.uuid4().hex[:12]}"


@pytest.fixture
def primary(qtbot, name: str, tmp_path: Path) -> Iterator[SingleInstance]:
    inst = SingleInstance(lock_dir=tmp_path)
    assert inst.acquire(name)
    yield inst
    inst.release()


def _message(*args: str) -> bytes:
    return json.dumps({"cmd": PROTOCOL_RAISE, "args": list(args)}).encode() + b"\n"


def _hand_over(qtbot, kind: str, target: str, *args: str) -> str:
    """A second instance in a process of its own (it blocks until answered; QLocalSocket
    cannot wait in a Python thread), the primary's loop running here meanwhile."""
    cmd = [sys.executable, "-c", SEND, kind, target, *args]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        qtbot.waitUntil(lambda: proc.poll() is not None, timeout=20_000)
        out, err = proc.communicate()
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    assert proc.returncode == 0, err
    error: str = json.loads(out)
    return error


def _open_fds() -> int:
    return len(os.listdir("/dev/fd"))  # (Linux and macOS)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc/self/maps")
def test_neither_instance_loads_qtnetwork(name: str, tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    cmd = [sys.executable, "-c", CHILD, name, str(tmp_path)]
    first = subprocess.Popen(cmd, stdout=subprocess.PIPE, text=True, env=env)
    try:
        assert first.stdout is not None
        assert json.loads(first.stdout.readline())["event"] == "primary"
        second = subprocess.run(
            [*cmd, "--start"], capture_output=True, text=True, env=env, timeout=30
        )
        assert second.returncode == 0, second.stderr
        said = json.loads(first.stdout.readline())
        assert first.wait(timeout=30) == 0
    finally:
        if first.poll() is None:
            first.kill()
            first.wait()
        if first.stdout is not None:
            first.stdout.close()
    assert json.loads(second.stdout) == {
        "event": "secondary", "error": "", "qtnetwork": False, "libQt6Network": False
    }  # fmt: skip
    assert said == {
        "event": "activation", "args": ["--start"], "qtnetwork": False, "libQt6Network": False
    }  # fmt: skip


def test_the_socket_file_is_the_owners_alone_and_goes_with_release(qtbot, tmp_path: Path) -> None:
    runtime = Path(tempfile.mkdtemp(prefix="bt-"))  # (short: a socket path has ~107 bytes)
    try:
        inst = SingleInstance(lock_dir=tmp_path, socket_name=str(runtime / "backtimer.sock"))
        old = os.umask(0)  # the mode does not depend on the umask
        try:
            assert inst.acquire("backtimer")
        finally:
            os.umask(old)
        path = Path(inst.server_name)
        assert path == runtime / "backtimer.sock"
        mode = path.stat().st_mode
        assert stat.S_ISSOCK(mode)
        assert stat.S_IMODE(mode) & 0o177 == 0, oct(stat.S_IMODE(mode))  # 0600 or stricter
        assert os.listdir(runtime) == ["backtimer.sock"]  # (bound in a folder now gone)
        inst.release()
        assert not path.exists()
        assert inst.server_name == ""
    finally:
        shutil.rmtree(runtime)


def test_clients_that_say_nothing_or_too_much_are_dropped_and_leave_nothing_behind(
    qtbot, primary: SingleInstance, name: str
) -> None:
    server = primary._server
    assert isinstance(server, UnixServer)
    got: list[list[str]] = []
    primary.activation_requested.connect(got.append)

    def left_behind() -> tuple[int, int, int]:  # clients, notifiers (the listener's: 1), fds
        notifiers = len(server.findChildren(QSocketNotifier))
        return len(server._clients), notifiers, _open_fds()

    before = left_behind()
    assert before[:2] == (0, 1)

    def connected() -> socket.socket:
        client = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        client.connect(primary.server_name)
        qtbot.waitUntil(lambda: len(server._clients) == 1)  # accepted, waiting for a line
        return client

    # Connects, says nothing, goes away.
    silent = connected()
    silent.close()
    qtbot.waitUntil(lambda: left_behind() == before)

    # Sends more than 64 KiB without a newline: cut off, without an answer.
    flood = connected()
    flood.setblocking(False)
    rest = memoryview(b"x" * (MAX_MESSAGE + 1))

    def sent_all() -> bool:
        nonlocal rest
        with contextlib.suppress(BlockingIOError):
            rest = rest[flood.send(rest) :]
        return not rest

    qtbot.waitUntil(sent_all)  # (the primary reads meanwhile)
    qtbot.waitUntil(lambda: left_behind() == (0, 1, before[2] + 1))  # + the flood's own
    flood.settimeout(5)
    try:
        answer = flood.recv(16)
    except ConnectionResetError:
        answer = b""
    flood.close()
    assert answer == b""

    # Not JSON: answered "ok" (it is a line) but not acted on.
    with connected() as odd:
        odd.sendall(b"not json\n")
        qtbot.waitUntil(lambda: left_behind() == (0, 1, before[2] + 1))
        odd.settimeout(5)
        assert odd.recv(16) == b"ok\n"

    # A real second instance is still answered.
    assert _hand_over(qtbot, "unix", name, "--routine", "Morning back") == ""
    qtbot.waitUntil(lambda: got == [["--routine", "Morning back"]])
    qtbot.waitUntil(lambda: left_behind() == before)


@pytest.mark.parametrize(
    ("listener", "sender", "by"),
    [
        ("qt", "qt", "name"),  # the fallback (Windows' transport) on its own
        ("unix", "qt", "path"),  # a newer primary, an older second instance
        ("unix", "qt", "name"),
        ("qt", "unix", "path"),  # an older primary, a newer second instance
        ("qt", "unix", "name"),
    ],
)
def test_each_transport_answers_the_other(
    qtbot,
    monkeypatch: pytest.MonkeyPatch,
    name: str,
    tmp_path: Path,
    listener: str,
    sender: str,
    by: str,
) -> None:
    monkeypatch.setattr(single_instance, "_transport", lambda: TRANSPORTS[listener])
    inst = SingleInstance(lock_dir=tmp_path)
    assert inst.acquire(name)
    path = inst.server_name
    assert path == f"{QDir.tempPath()}/{name}"  # where QLocalServer puts a bare name
    with qtbot.waitSignal(inst.activation_requested, timeout=10_000) as got:
        error = _hand_over(qtbot, sender, path if by == "path" else name, "a")
    assert error == ""
    assert got.args == [["a"]]
    inst.release()
    assert not Path(path).exists()


@pytest.mark.parametrize("listening", [False, True])
def test_a_second_instance_gives_up_at_its_deadline(tmp_path: Path, listening: bool) -> None:
    """Nobody there (retried until the deadline), or a socket that never answers."""
    path = str(tmp_path / "s")
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as mute:
        if listening:
            mute.bind(path)
            mute.listen(1)  # connections wait in its backlog, never accepted
        t0 = time.monotonic()
        error = UNIX.send(path, _message(), 400)
        took = time.monotonic() - t0
    assert error == (NO_ANSWER if listening else os.strerror(errno.ENOENT))
    assert 0.4 <= took < 2.0, took
