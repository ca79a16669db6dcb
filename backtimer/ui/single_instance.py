"""One writer at a time: a second BackTimer hands over to the first and quits.

:meth:`SingleInstance.acquire` decides who is first:

1. A :class:`QLockFile` is the tie-breaker (the window keeps it in the data folder,
   see :func:`data_dir_lock`: one lock per data folder whatever ``TMPDIR`` is). The
   first process to lock it is the *primary*; the lock is held for the life of the
   object. A lock left by a process that died (SIGKILL, power cut) is stale: Qt sees
   that its process is gone and takes it over.
2. The primary removes any socket file left by a dead primary (safe because it holds
   the lock) and listens: on a Unix socket through Python's own ``socket`` module where
   it has ``AF_UNIX`` (Linux, macOS), else through QLocalServer (Windows); see
   :mod:`backtimer.ui.instance_transport` and :func:`_transport`, which chooses.
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
never call ``acquire`` and may run beside a running app. Nothing happens at import, and
the transport (with the ``socket`` module) is imported only to listen or to send.
"""

from __future__ import annotations

import getpass
import json
import os
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDir, QLockFile, QObject, Signal, Slot

from backtimer.digest import sha256_hex

if TYPE_CHECKING:  # imported to listen (after the paint) or to send, not before
    from backtimer.ui.instance_transport import Server, Transport

PROTOCOL_RAISE = "raise"


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
    else the temporary folder, under a name made from the folder's real path (a bare
    name if the path would be too long: QLocalServer put it in ``QDir.tempPath()``, and
    so does :func:`backtimer.ui.instance_transport.socket_path`).
    """
    folder = data_dir.resolve()
    key = sha256_hex(str(folder).encode("utf-8"))[:16]
    runtime = os.environ.get("XDG_RUNTIME_DIR", "")
    base = Path(runtime) if runtime and Path(runtime).is_dir() else Path(QDir.tempPath())
    socket = str(base / f"backtimer-{key}.sock")
    if len(socket.encode()) > 100:  # a Unix socket path is limited to ~107 bytes
        socket = f"backtimer-{key}"
    return folder, "backtimer", socket


def _transport() -> Transport:
    """The one place that chooses how to reach the primary: Python's own Unix sockets
    where it has them (Linux, macOS: QtNetwork is never loaded), else QLocalServer and
    QLocalSocket (Windows). Both use the same socket file and protocol."""
    import socket

    if hasattr(socket, "AF_UNIX"):
        from backtimer.ui.instance_transport import UNIX

        return UNIX
    from backtimer.ui.instance_transport_qt import QT

    return QT


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
        self._server: Server | None = None
        self._socket = ""  # the name to listen on, once the lock is held
        self.error = ""  # why the last acquire() could not reach the primary, if it could not

    @property
    def is_primary(self) -> bool:
        """This process holds the lock (it may not be listening yet)."""
        return self._lock is not None

    @property
    def server_name(self) -> str:
        """The socket's full path while listening, else ""."""
        return self._server.path if self._server is not None else ""

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
        """Stop listening (the socket file is removed) and unlock (also done when the
        object is destroyed)."""
        if self._server is not None:
            self._server.close()
            self._server = None
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None

    # -- primary ---------------------------------------------------------------------

    def listen(self) -> None:
        """Listen for second instances (once the lock is held; again: nothing)."""
        if self._lock is None or self._server is not None or not self._socket:
            return
        try:
            self._server = _transport().listen(self._socket, self)
        except OSError as exc:
            # Still primary by the lock; a second instance will time out and quit.
            self.error = exc.strerror or str(exc)
            return
        self._server.received.connect(self._on_line)

    @Slot(bytes)
    def _on_line(self, line: bytes) -> None:
        args = _parse(line)  # answered "ok" whatever it says; acted on if it is a raise
        if args is not None:
            self.activation_requested.emit(args)

    # -- secondary -------------------------------------------------------------------

    def _send(self, name: str, args: list[str], timeout_ms: int) -> None:
        message = json.dumps({"cmd": PROTOCOL_RAISE, "args": args}).encode("utf-8") + b"\n"
        self.error = _transport().send(name, message, timeout_ms)


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
