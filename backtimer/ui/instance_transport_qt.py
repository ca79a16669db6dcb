"""The single instance's fallback transport, where Python has no ``AF_UNIX`` (Windows):
QLocalServer and QLocalSocket (named pipes there), with the protocol of
:mod:`backtimer.ui.instance_transport`. It also works on Linux and macOS, where it
meets the Unix transport on the same socket file (that is how the tests check it)."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QDeadlineTimer, QObject, Slot

from backtimer.ui.instance_transport import ACK, MAX_MESSAGE, NO_ANSWER, RETRY_S, Server, Transport

if TYPE_CHECKING:  # QtNetwork itself is imported to listen or to send
    from PySide6.QtNetwork import QLocalServer, QLocalSocket


def _listen_qt(name: str, parent: QObject) -> QtServer:
    from PySide6.QtNetwork import QLocalServer

    QLocalServer.removeServer(name)  # a dead primary's: the caller holds the lock
    server = QLocalServer()
    server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
    if not server.listen(name):
        error = server.errorString()
        server.deleteLater()
        raise OSError(error)
    return QtServer(server, parent)


class QtServer(Server):
    def __init__(self, server: QLocalServer, parent: QObject) -> None:
        super().__init__(parent)
        server.setParent(self)
        self._server = server
        self.path = server.fullServerName()
        self._buffers: dict[QLocalSocket, bytes] = {}
        server.newConnection.connect(self._on_new_connection)

    @Slot()
    def _on_new_connection(self) -> None:
        while (sock := self._server.nextPendingConnection()) is not None:
            self._buffers[sock] = b""
            sock.readyRead.connect(self._on_ready_read)  # (slots, not lambdas holding self)
            sock.disconnected.connect(self._on_disconnected)
            if sock.bytesAvailable():
                self._read(sock)

    @Slot()
    def _on_ready_read(self) -> None:
        self._read(cast("QLocalSocket", self.sender()))

    @Slot()
    def _on_disconnected(self) -> None:
        self._forget(cast("QLocalSocket", self.sender()))

    def _read(self, sock: QLocalSocket) -> None:
        if sock not in self._buffers:
            return
        data = self._buffers[sock] + bytes(sock.readAll().data())
        if b"\n" not in data:
            if len(data) > MAX_MESSAGE:
                sock.abort()
                self._forget(sock)
            else:
                self._buffers[sock] = data
            return
        line = data.split(b"\n", 1)[0]
        self._buffers[sock] = b""
        sock.write(ACK)
        sock.flush()
        sock.disconnectFromServer()
        self.received.emit(line)

    def _forget(self, sock: QLocalSocket) -> None:
        if self._buffers.pop(sock, None) is not None:
            sock.deleteLater()

    def close(self) -> None:
        self._server.close()
        self.deleteLater()


def _send_qt(name: str, message: bytes, timeout_ms: int) -> str:
    from PySide6.QtNetwork import QLocalSocket

    deadline = QDeadlineTimer(timeout_ms)
    while True:
        sock = QLocalSocket()
        sock.connectToServer(name)
        if sock.waitForConnected(max(1, min(500, deadline.remainingTime()))):
            sock.write(message)
            sock.waitForBytesWritten(max(1, deadline.remainingTime()))
            reply = b""
            while ACK not in reply and not deadline.hasExpired():
                if not sock.waitForReadyRead(max(1, deadline.remainingTime())):
                    break
                reply += bytes(sock.readAll().data())
            sock.abort()
            return "" if ACK in reply else NO_ANSWER
        error = sock.errorString()
        sock.abort()
        if deadline.hasExpired():
            return error
        time.sleep(min(RETRY_S, deadline.remainingTime() / 1000))  # not listening yet


QT = Transport(_listen_qt, _send_qt)
