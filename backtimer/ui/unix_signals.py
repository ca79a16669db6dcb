"""Ctrl+C, SIGTERM (logout, ``kill``) and SIGHUP (terminal closed) quit the window cleanly.

A Python signal handler runs only when the interpreter gets control, and Qt's event
loop sleeps in C. :class:`QuitSignals` hands the signal to the loop through a
pipe: :func:`signal.set_wakeup_fd` writes the signal's number into one end (from the C
handler, at once) and a :class:`QSocketNotifier` on the other end wakes the loop, which
emits :attr:`QuitSignals.received`. The owner then ends the session and quits as a
window close would, so the next start sees a clean exit.
"""

from __future__ import annotations

import contextlib
import os
import signal
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QObject, QSocketNotifier, Signal, Slot

QUIT_SIGNALS = (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)


class QuitSignals(QObject):
    """Signals: received(int): one of the watched signals arrived (its number)."""

    received = Signal(int)

    def __init__(
        self, signals: Sequence[signal.Signals] = QUIT_SIGNALS, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        # (a pipe, not a socket pair: the socket module stays off the path to the window)
        self._read_end, self._write_end = os.pipe2(os.O_NONBLOCK | os.O_CLOEXEC)
        self._old_fd = signal.set_wakeup_fd(self._write_end, warn_on_full_buffer=False)
        self._old: dict[signal.Signals, Callable[..., Any] | int | None] = {}
        for sig in signals:
            self._old[sig] = signal.signal(sig, _note)
        self._notifier = QSocketNotifier(self._read_end, QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._on_readable)

    @Slot()
    def _on_readable(self) -> None:
        try:
            data = os.read(self._read_end, 64)
        except BlockingIOError:
            return
        for number in data:
            self.received.emit(int(number))

    def restore(self) -> None:
        """Put back the previous handlers (at exit)."""
        self._notifier.setEnabled(False)
        for sig, old in self._old.items():
            with contextlib.suppress(TypeError, ValueError):
                signal.signal(sig, old if old is not None else signal.SIG_DFL)
        self._old.clear()
        signal.set_wakeup_fd(self._old_fd)
        os.close(self._read_end)
        os.close(self._write_end)


def _note(_signum: int, _frame: object) -> None:
    """The Python-level handler does nothing: the wakeup fd already carried the number."""
