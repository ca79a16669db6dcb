"""One writer at a time: a second BackTimer hands over to the first and quits.

:meth:`SingleInstance.acquire` decides who is first:

1. A :class:`QLockFile` is the tie-breaker (the window keeps it in the data folder,
   see :func:`data_dir_lock`: one lock per data folder whatever ``TMPDIR`` is). The
   first process to lock it is the *primary*; the lock is held for the life of the
   object. A lock left by a process that died (SIGKILL, power cut) is stale: Qt sees
   that its process is gone and takes it over.
2. The primary removes any socket file left by a dead primary
   (:meth:`QLocalServer.removeServer`, safe because it holds the lock) and listens.
3. A *secondary* (the lock is held by a live process) connects to the primary's
   socket, sends one line ``{"cmd": "raise", "args": [...]}`` and waits for ``ok``;
   ``acquire`` returns False and the caller exits (status 0). If the primary is still
   starting up and not yet listening, the secondary retries until ``timeout_ms``.

The primary emits :attr:`SingleInstance.activation_requested` with the secondary's
arguments (for instance ``["--routine", "Morning back"]``); the main window raises
itself and acts on them.

The window takes the lock before it is shown but listens only after its first paint
(``acquire(..., listen=False)``, then :meth:`SingleInstance.listen`): a second instance
started in between retries, as it does for any primary still starting up.

Only the GUI takes the lock: sub-commands that only read (export, ``--check-startup``)
never call ``acquire`` and may run beside a running app. Nothing happens at import.
"""

from __future__ import annotations

import getpass
import json
import os
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDeadlineTimer, QDir, QLockFile, QObject, QThread, Signal, Slot

from backtimer.digest import sha256_hex

if TYPE_CHECKING:  # QtNetwork (15 ms) is imported when a socket is made, after the paint
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

PROTOCOL_RAISE = "raise"
_ACK = b"ok\n"
_MAX_MESSAGE = 64 * 1024


def default_name(app_id: str = "io.github.backtimer.BackTimer") -> str:
    """A socket name of the app for this user (per user: two people may each run one)."""
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = "user"
    digest = sha256_hex(user.encode("utf-8"))[:12]
    return f"{app_id}-{digest}"


class LockUnavailable(OSError):
    """The lock file cannot be made at all (not: another instance holds it)."""


def data_dir_lock(data_dir: Path) -> tuple[Path, str, str]:
    """Where the lock for one data folder lives, its name and the socket's full path.

    The lock is *in the data folder* (``backtimer.lock``): every process that uses that
    folder finds it, whatever its ``TMPDIR`` or ``XDG_RUNTIME_DIR``. The socket (only for
    handing over ``--routine``/``--start``) is in ``XDG_RUNTIME_DIR`` when there is one,
    else the temporary folder, under a name made from the folder's real path.
    """
    folder = data_dir.resolve()
    key = sha256_hex(str(folder).encode("utf-8"))[:16]
    runtime = os.environ.get("XDG_RUNTIME_DIR", "")
    base = Path(runtime) if runtime and Path(runtime).is_dir() else Path(QDir.tempPath())
    socket = str(base / f"backtimer-{key}.sock")
    if len(socket.encode()) > 100:  # a Unix socket path is limited to ~107 bytes
        socket = f"backtimer-{key}"
    return folder, "backtimer", socket


class SingleInstance(QObject):
    """The lock and the local server of the primary instance.

    Signals:
        activation_requested(list): a second instance was started with these
            arguments (strings); raise the window and act on them.
    """

    activation_requested = Signal(list)

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        lock_dir: Path | None = None,
        socket_name: str | None = None,
    ) -> None:
        super().__init__(parent)
        self._lock_dir = Path(lock_dir) if lock_dir is not None else Path(QDir.tempPath())
        self._socket_name = socket_name  # default: the lock's name (under QDir.tempPath())
        self._lock: QLockFile | None = None
        self._server: QLocalServer | None = None
        self._buffers: dict[QLocalSocket, bytes] = {}
        self._socket = ""  # the name to listen on, once the lock is held
        self.error = ""  # why the last acquire() could not reach the primary, if it could not

    @property
    def is_primary(self) -> bool:
        """This process holds the lock (it may not be listening yet)."""
        return self._lock is not None

    @property
    def server_name(self) -> str:
        return self._server.fullServerName() if self._server is not None else ""

    def acquire(
        self, name: str, args: Sequence[str] = (), *, timeout_ms: int = 3000, listen: bool = True
    ) -> bool:
        """True: this process is the primary and now listens on ``name`` (with
        ``listen`` False: holds the lock; call :meth:`listen` to start listening).

        False: another instance runs; it was sent ``args`` (or could not be reached in
        ``timeout_ms``, see :attr:`error`). The caller should exit.
        """
        if self._lock is not None:
            return True
        lock = QLockFile(str(self._lock_dir / f"{name}.lock"))
        lock.setStaleLockTime(0)  # stale only when its process is gone, never by age
        socket = self._socket_name or name
        if lock.tryLock(0):
            self._lock = lock
            self._socket = socket
            if listen:
                self.listen()
            return True
        held = lock.error() == QLockFile.LockError.LockFailedError
        if not held:
            # The folder is read-only, full or gone. On a full disk a running primary
            # still holds its lock file: hand over to it if it answers.
            if (self._lock_dir / f"{name}.lock").exists():
                self._send(socket, [str(a) for a in args], timeout_ms)
                if not self.error:
                    return False
            raise LockUnavailable(f"cannot create the lock file in {self._lock_dir}")
        self._send(socket, [str(a) for a in args], timeout_ms)
        return False

    def release(self) -> None:
        """Stop listening and unlock (also done when the object is destroyed)."""
        if self._server is not None:
            self._server.close()
            self._server.deleteLater()
            self._server = None
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None

    # -- primary ---------------------------------------------------------------------

    def listen(self) -> None:
        """Listen for second instances (once the lock is held; again: nothing)."""
        if self._lock is None or self._server is not None or not self._socket:
            return
        self._listen(self._socket)

    def _listen(self, name: str) -> None:
        from PySide6.QtNetwork import QLocalServer

        # We hold the lock, so a socket file under this name is a dead primary's.
        QLocalServer.removeServer(name)
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(name):
            self.error = server.errorString()
            server.deleteLater()
            return  # still primary by the lock; a second instance will time out and quit
        server.newConnection.connect(self._on_new_connection)
        self._server = server

    @Slot()
    def _on_new_connection(self) -> None:
        assert self._server is not None
        while (sock := self._server.nextPendingConnection()) is not None:
            self._buffers[sock] = b""
            sock.readyRead.connect(lambda s=sock: self._on_ready_read(s))
            sock.disconnected.connect(lambda s=sock: self._forget(s))
            if sock.bytesAvailable():
                self._on_ready_read(sock)

    def _on_ready_read(self, sock: QLocalSocket) -> None:
        if sock not in self._buffers:
            return
        data = self._buffers[sock] + bytes(sock.readAll().data())
        if b"\n" not in data:
            if len(data) > _MAX_MESSAGE:
                sock.abort()
                self._forget(sock)
            else:
                self._buffers[sock] = data
            return
        line = data.split(b"\n", 1)[0]
        self._buffers[sock] = b""
        args = _parse(line)
        sock.write(_ACK)
        sock.flush()
        sock.disconnectFromServer()
        if args is not None:
            self.activation_requested.emit(args)

    def _forget(self, sock: QLocalSocket) -> None:
        if self._buffers.pop(sock, None) is not None:
            sock.deleteLater()

    # -- secondary -------------------------------------------------------------------

    def _send(self, name: str, args: list[str], timeout_ms: int) -> None:
        from PySide6.QtNetwork import QLocalSocket

        message = json.dumps({"cmd": PROTOCOL_RAISE, "args": args}).encode("utf-8") + b"\n"
        deadline = QDeadlineTimer(timeout_ms)
        self.error = ""
        while True:
            sock = QLocalSocket()
            sock.connectToServer(name)
            if sock.waitForConnected(max(1, min(500, deadline.remainingTime()))):
                sock.write(message)
                sock.waitForBytesWritten(max(1, deadline.remainingTime()))
                reply = b""
                while _ACK not in reply and not deadline.hasExpired():
                    if not sock.waitForReadyRead(max(1, deadline.remainingTime())):
                        break
                    reply += bytes(sock.readAll().data())
                sock.abort()
                if _ACK not in reply:
                    self.error = "the running BackTimer did not answer"
                return
            self.error = sock.errorString()
            sock.abort()
            if deadline.hasExpired():
                return
            QThread.msleep(50)  # the primary holds the lock but is not listening yet


def _parse(line: bytes) -> list[str] | None:
    try:
        msg = json.loads(line.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return None
    if not isinstance(msg, dict) or msg.get("cmd") != PROTOCOL_RAISE:
        return None
    args = msg.get("args", [])
    if not isinstance(args, list) or not all(isinstance(a, str) for a in args):
        return None
    return args
