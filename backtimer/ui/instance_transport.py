"""How a second BackTimer reaches the first: the single instance's two transports.

Both speak the same protocol over the same socket file, so either end may be either
kind (a newer and an older BackTimer find each other): the secondary sends one line,
the primary answers ``ok\\n`` and closes; a line over 64 KiB is dropped.

- :data:`UNIX` (Linux, macOS): Python's own ``socket`` module, which the app has loaded
  anyway (jeepney), and a :class:`QSocketNotifier` per socket in the primary. No
  QtNetwork: libQt6Network, its binding and the Kerberos libraries it links cost the
  playing app about 2.6 MB. A name that is not a path is put under ``QDir.tempPath()``,
  as QLocalServer does.
- :data:`backtimer.ui.instance_transport_qt.QT` (where Python has no ``AF_UNIX``:
  Windows): QLocalServer and QLocalSocket.

:func:`backtimer.ui.single_instance._transport` chooses. The primary never blocks: its
sockets are non-blocking and read when Qt's event loop says they are readable.
"""

from __future__ import annotations

import contextlib
import os
import socket
import tempfile
import time
import weakref
from collections.abc import Callable
from typing import NamedTuple

from PySide6.QtCore import QDir, QObject, QSocketNotifier, Signal, Slot

ACK = b"ok\n"
MAX_MESSAGE = 64 * 1024
NO_ANSWER = "the running BackTimer did not answer"
RETRY_S = 0.05  # between attempts to connect to a primary that is not listening yet
_CLOEXEC = getattr(socket, "SOCK_CLOEXEC", 0)  # (Python makes its sockets close-on-exec anyway)
_NOSIGNAL = getattr(socket, "MSG_NOSIGNAL", 0)


class Server(QObject):
    """Listens for second instances until :meth:`close`.

    Signals:
        received(bytes): a second instance sent this line (and was answered ``ok``).
    """

    received = Signal(bytes)
    path = ""  # the socket's full path (or the pipe's name)

    def close(self) -> None:
        """Stop listening, drop the connections, remove the socket file; then deleted."""
        raise NotImplementedError


class Transport(NamedTuple):
    listen: Callable[[str, QObject], Server]  # raises OSError
    send: Callable[[str, bytes, int], str]  # "" once answered, else why not


def socket_path(name: str) -> str:
    """The socket file for ``name``: itself if it is a path, else in the temporary folder."""
    return name if name.startswith("/") else f"{QDir.cleanPath(QDir.tempPath())}/{name}"


def _why(exc: OSError) -> str:
    return exc.strerror or str(exc)


def _listen_unix(name: str, parent: QObject) -> UnixServer:
    path = socket_path(name)
    with contextlib.suppress(FileNotFoundError):
        os.unlink(path)  # a dead primary's: the caller holds the lock
    # Bound in a folder of its own (0700), made 0600 and only then moved into place:
    # like QLocalServer's UserAccessOption, without touching the process-wide umask.
    private = tempfile.mkdtemp(prefix=".bt-", dir=os.path.dirname(path))
    staged = os.path.join(private, "s")
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM | _CLOEXEC)
    try:
        sock.bind(staged)
        os.chmod(staged, 0o600)
        sock.listen(16)
        sock.setblocking(False)
        os.rename(staged, path)
    except OSError:
        sock.close()
        raise
    finally:
        with contextlib.suppress(OSError):
            os.unlink(staged)  # (gone once it was moved)
        with contextlib.suppress(OSError):
            os.rmdir(private)
    return UnixServer(sock, path, parent)


def _shut(sock: socket.socket, path: str) -> None:
    sock.close()
    with contextlib.suppress(OSError):
        os.unlink(path)


class UnixServer(Server):
    """A listening Unix socket read from Qt's event loop; each client is a :class:`_Client`.

    (No Python reference goes from a child to its parent: PySide would free the parent
    from within the child's deletion.)
    """

    def __init__(self, sock: socket.socket, path: str, parent: QObject) -> None:
        super().__init__(parent)
        self.path, self._sock = path, sock
        self._clients: set[_Client] = set()
        self._notifier = QSocketNotifier(sock.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._on_connection)
        # Closed and removed by close(), else when garbage or at exit, as QLocalServer is.
        self._shut = weakref.finalize(self, _shut, sock, path)

    @Slot()
    def _on_connection(self) -> None:
        while self._shut.alive:
            try:
                conn, _ = self._sock.accept()
            except ConnectionAbortedError:
                continue
            except OSError:  # BlockingIOError: none left
                return
            conn.setblocking(False)
            self._clients.add(_Client(conn, self))  # (the server owns it)

    def forget(self, client: _Client) -> None:
        if client in self._clients:
            self._clients.discard(client)
            client.notifier.setEnabled(False)  # before its socket is closed
            client.sock.close()
            client.deleteLater()

    def close(self) -> None:
        for client in list(self._clients):
            self.forget(client)
        self._notifier.setEnabled(False)
        self._shut()
        self.deleteLater()


class _Client(QObject):
    """One connection to the primary: read up to a newline, answer ``ok``, close."""

    def __init__(self, sock: socket.socket, server: UnixServer) -> None:
        super().__init__(server)
        self.sock, self.data = sock, b""
        self.notifier = QSocketNotifier(sock.fileno(), QSocketNotifier.Type.Read, self)
        self.notifier.activated.connect(self._on_readable)

    @Slot()
    def _on_readable(self) -> None:
        try:
            chunk = self.sock.recv(16 * 1024)
        except BlockingIOError:
            return
        except OSError:
            chunk = b""
        self.data += chunk
        line, newline, _ = self.data.partition(b"\n")
        if not newline and chunk and len(self.data) <= MAX_MESSAGE:
            return  # more to come
        if newline:
            with contextlib.suppress(OSError):
                self.sock.send(ACK, _NOSIGNAL)  # 3 bytes to an empty buffer: never blocks
        server = self.parent()
        assert isinstance(server, UnixServer)
        server.forget(self)  # closed (an early end or too long a message: without a word)
        if newline:
            server.received.emit(line)  # last: what it sets off may take a while


def _send_unix(name: str, message: bytes, timeout_ms: int) -> str:
    path = socket_path(name)
    deadline = time.monotonic() + timeout_ms / 1000
    while True:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM | _CLOEXEC) as sock:
            try:
                sock.settimeout(min(0.5, _left(deadline)))
                sock.connect(path)
            except OSError as exc:
                error = _why(exc)
            else:
                return _exchange(sock, message, deadline)
        left = deadline - time.monotonic()
        if left <= 0:
            return error
        time.sleep(min(RETRY_S, left))  # the primary holds the lock but is not listening yet


def _exchange(sock: socket.socket, message: bytes, deadline: float) -> str:
    reply = b""
    with contextlib.suppress(OSError):  # (TimeoutError too: past the deadline)
        sock.settimeout(_left(deadline))
        sock.sendall(message)
        while ACK not in reply:
            sock.settimeout(_left(deadline))
            chunk = sock.recv(64)
            if not chunk:
                break
            reply += chunk
    return "" if ACK in reply else NO_ANSWER


def _left(deadline: float) -> float:
    return max(0.001, deadline - time.monotonic())


UNIX = Transport(_listen_unix, _send_unix)
