"""The tray icon's controller: keeps the tray menu in step with the player and does what
its entries ask (start, pause/resume, show the window, open a routine, quit).

The :class:`~backtimer.ui.tray.Tray` is made by :meth:`start`, after the window is
shown; where there is no system tray it is a harmless stand-in (``available`` False).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Slot
from PySide6.QtGui import QIcon

from backtimer.core.engine import FINAL_STATES, State
from backtimer.ui.main_window import MainWindow
from backtimer.ui.player.controller import PlayerController
from backtimer.ui.player.routine_choice import RoutineChoice
from backtimer.ui.tray import Tray


def _tr(text: str) -> str:
    return QCoreApplication.translate("App", text)


class TrayController(QObject):
    def __init__(
        self,
        window: MainWindow,
        controller: PlayerController,
        choice: RoutineChoice,
        quit: Callable[[], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.window = window
        self.controller = controller
        self.choice = choice
        self._quit = quit
        self.tray: Tray | None = None

    @property
    def available(self) -> bool:
        return self.tray is not None and self.tray.available

    def start(self, icon: QIcon, *, available: bool | None = None) -> Tray:
        tray = Tray(icon, self, available=available)
        tray.start_requested.connect(self._start_session)
        tray.toggle_requested.connect(self._toggle)
        tray.show_requested.connect(self.window.bring_to_front)
        tray.quit_requested.connect(self._quit)
        tray.open_requested.connect(self.open_routine)
        tray.menu_opening.connect(self.sync)
        c = self.controller
        c.session_started.connect(self.sync)
        c.session_ended.connect(self.sync)
        c.view.actions_by_name["start"].triggered.connect(self.sync)
        self.tray = tray
        self.sync()
        return tray

    def stop(self) -> None:
        if self.tray is not None:
            self.tray.hide()

    @Slot()
    def sync(self) -> None:
        if self.tray is None:
            return
        c = self.controller
        paused = c.engine is not None and c.engine.state is State.PAUSED
        self.tray.set_running(c.running, paused)
        self.tray.set_last_routine(c.routine.name if c.routine is not None else "")

    @Slot(str)
    def open_routine(self, routine_id: str) -> None:
        """Bring the window to the front on the player, showing ``routine_id`` ("" = the
        routine shown now); a session under way is left alone."""
        self.window.bring_to_front()
        self.window.tabs.setCurrentIndex(0)
        if not routine_id or self.controller.running:
            return
        if self.choice.select(routine_id) is None:
            text = _tr("The reminder's routine is gone; here is the last one.")
            self.window.show_message(text)

    @Slot()
    def _start_session(self) -> None:
        c = self.controller
        self.window.bring_to_front()
        if not c.running:
            if c.engine is not None and c.engine.state in FINAL_STATES and c.routine:
                c.load(c.routine)
            c.start()
        self.sync()

    @Slot()
    def _toggle(self) -> None:
        self.controller.toggle()
        self.sync()
