"""The Settings dialog and where each change goes.

:meth:`SettingsController.open` shows the dialog; :meth:`SettingsController.apply`
hands the changed keys to every consumer (sound, voice, pages, sync: each takes the
keys it knows) and applies the player's type scale, the theme and the language notice
itself. ``tests/test_settings_consumers.py`` walks the registry to prove each setting
has an effect.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Slot

from backtimer.settings import COUNTDOWN_SCALE, LANGUAGE, THEME, Settings
from backtimer.ui.main_window import MainWindow
from backtimer.ui.player.countdown import CountdownWidget
from backtimer.ui.theme import ThemeApplier
from backtimer.ui.tray_controller import TrayController

if TYPE_CHECKING:  # imported when the dialog is first opened (with the sync settings)
    from backtimer.ui.settings_dialog import SettingsDialog

Apply = Callable[[set[str]], None]


def _tr(text: str) -> str:
    return QCoreApplication.translate("App", text)


class SettingsController(QObject):
    def __init__(
        self,
        settings: Settings,
        window: MainWindow,
        countdown: CountdownWidget,
        consumers: Sequence[Apply],
        voices: Callable[[], list[str]],
        tray: TrayController,
        data_dir: Path,
    ) -> None:
        super().__init__(window)
        self.settings, self.window, self.countdown = settings, window, countdown
        self.consumers = list(consumers)
        self.voices, self.tray, self.data_dir = voices, tray, data_dir
        self.theme: ThemeApplier | None = None  # given by start-up once the palette is set
        countdown.set_scale(settings.get(COUNTDOWN_SCALE))

    @Slot()
    def open(self) -> SettingsDialog:
        from backtimer.ui.settings_dialog import SettingsDialog

        dlg = SettingsDialog(
            self.settings,
            self.voices,
            self.tray.available,
            self.window,
            data_dir=self.data_dir,
        )
        dlg.changed.connect(self.apply)
        dlg.open()
        return dlg

    def apply(self, keys: set[str]) -> None:
        """Settings changed in the dialog: each goes to what uses it."""
        for consumer in self.consumers:
            consumer(keys)
        if COUNTDOWN_SCALE.key in keys:
            self.countdown.set_scale(self.settings.get(COUNTDOWN_SCALE))
        if THEME.key in keys and self.theme is not None:
            self.theme.apply(self.settings.get(THEME))
        if LANGUAGE.key in keys:
            self.window.show_message(_tr("The new language is used after a restart."))
