"""The application menu's actions and the pages' requests to the player.

Settings, Reminders and Quit go to their controllers; the safety rules and About open
their dialogs (imported when first wanted, not at start-up); "Run in player" in the
editor loads the routine in the player and turns to its page.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Slot

from backtimer.core.catalogue import Catalogue
from backtimer.core.model import Routine
from backtimer.ui.main_window import MainWindow
from backtimer.ui.player.routine_choice import RoutineChoice


def _tr(text: str) -> str:
    return QCoreApplication.translate("App", text)


class MenuController(QObject):
    def __init__(
        self,
        window: MainWindow,
        catalogue: Catalogue,
        choice: RoutineChoice,
        open_settings: Callable[[], object],
        open_reminders: Callable[[], object],
        quit: Callable[[], object],
    ) -> None:
        super().__init__(window)
        self.window, self.catalogue, self.choice = window, catalogue, choice
        window.settings_action.triggered.connect(lambda: open_settings())
        window.reminders_action.triggered.connect(lambda: open_reminders())
        window.safety_action.triggered.connect(self.show_safety)
        window.about_action.triggered.connect(self.show_about)
        window.quit_action.triggered.connect(lambda: quit())

    @Slot()
    def show_safety(self) -> None:
        from backtimer.ui.dialogs import SafetyDialog

        SafetyDialog(self.window, reread=True).open()

    @Slot()
    def show_about(self) -> None:
        from backtimer.ui.about import AboutDialog

        AboutDialog(self.catalogue, self.window).open()

    def run_in_player(self, routine: Routine) -> None:
        """ "Run in player" from the editor: the routine as edited, on the player's page."""
        if self.choice.run(routine):
            self.window.tabs.setCurrentIndex(0)
            text = _tr("Loaded {name}: press Space to start.").format(name=routine.name)
            self.window.show_message(text)
