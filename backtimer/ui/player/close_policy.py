"""What closing the window does: hide it in the tray, ask, or close.

- With "keep running in the tray" on (``CLOSE_TO_TRAY``), or after a start in the
  background (``keep_running``), and a tray to come back from, closing hides the
  window; :meth:`ClosePolicy.quit` (Quit in the menu or the tray) really closes.
- Otherwise every guard is asked first (the editor's "save your changes?"), then, while
  a session runs, "end the session?"; a session ended this way is kept as stopped.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMainWindow, QWidget

from backtimer.settings import CLOSE_TO_TRAY, Settings
from backtimer.ui.player.controller import PlayerController

Guard = Callable[[], bool]


def _confirm_stop(window: QWidget) -> bool:
    from backtimer.ui import dialogs  # when first needed, not at start-up

    return bool(dialogs.confirm_stop(window))


class ClosePolicy:
    def __init__(
        self,
        window: QMainWindow,
        controller: PlayerController,
        settings: Settings,
        *,
        tray_available: Callable[[], bool] = lambda: False,
        confirm_stop: Callable[[QWidget], bool] | None = None,
    ) -> None:
        self.window = window
        self.controller = controller
        self.settings = settings
        self.tray_available = tray_available
        self._confirm_stop = confirm_stop or _confirm_stop
        self._guards: list[Guard] = []
        self._quitting = False
        self.keep_running = False  # started in the background: closing hides too

    def add_guard(self, guard: Guard) -> None:
        """``guard()`` -> False keeps the window open (asked before the session question)."""
        self._guards.append(guard)

    def hides(self) -> bool:
        """Closing hides the window in the tray instead of quitting."""
        wanted = self.keep_running or self.settings.get(CLOSE_TO_TRAY)
        return wanted and not self._quitting and self.tray_available()

    def can_close(self) -> bool:
        if not all(guard() for guard in self._guards):
            return False
        if not self.controller.running:
            return True
        if self.controller.paused_while(lambda: self._confirm_stop(self.window)):
            self.controller.end_now()
            return True
        return False

    def quit(self) -> None:
        """Close for real, even with "keep running in the tray" on."""
        self._quitting = True
        try:
            closed = self.window.close()
        finally:
            self._quitting = False
        if closed and self.keep_running:  # the last window closing did not end it
            QCoreApplication.quit()
