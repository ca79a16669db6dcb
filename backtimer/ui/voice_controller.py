"""The spoken steps: starts and stops the voice (``VOICE_ON``) and picks the voice
(``VOICE_NAME``, applied with :meth:`Voice.set_voice` once the engine is ready).

Signals:
    message(str): a sentence for the status bar (the voice could not start).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot

from backtimer.settings import VOICE_NAME, VOICE_ON, Settings

if TYPE_CHECKING:  # imported by start(), only when the voice is on
    from backtimer.ui.voice import Voice


def _voice(parent: QObject) -> Voice:
    from backtimer.ui.voice import Voice

    return Voice(parent)


def _tr(text: str) -> str:
    return QCoreApplication.translate("App", text)


class VoiceController(QObject):
    message = Signal(str)

    def __init__(
        self,
        settings: Settings,
        parent: QObject | None = None,
        *,
        make_voice: Callable[[QObject], Voice] = _voice,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self._make_voice = make_voice
        self.voice: Voice | None = None

    def start(self) -> None:
        """Start the voice if it is switched on (after the window is shown)."""
        if self.settings.get(VOICE_ON) and self.voice is None:
            voice = self._make_voice(self)
            voice.failed.connect(self._failed)
            voice.ready.connect(self._choose_voice)
            self.voice = voice
            voice.start()

    def stop(self) -> None:
        if self.voice is not None:
            self.voice.stop()
            self.voice.deleteLater()
            self.voice = None

    def say(self, text: str) -> None:
        if self.voice is not None:
            self.voice.say(text)

    def available_voices(self) -> list[str]:
        return self.voice.available_voices() if self.voice is not None else []

    def apply(self, keys: set[str]) -> None:
        if VOICE_ON.key in keys:
            self.stop()
            self.start()
        elif VOICE_NAME.key in keys:
            self._choose_voice()

    @Slot()
    def _choose_voice(self) -> None:
        name = self.settings.get(VOICE_NAME)
        if self.voice is not None and self.voice.is_ready() and name:
            self.voice.set_voice(name)

    @Slot(str)
    def _failed(self, why: str) -> None:
        # ``why`` is already a whole translated sentence ("The voice failed; using
        # tones."): wrapping it again nested one message in another.
        self.message.emit(why)
