"""Sound cues: the player's mute box and volume slider, the settings, the cue player.

The cue player is made by :meth:`start`, after the window is shown; until then cues are
dropped. With sound off it is made only when sound is switched on.
:func:`make_cue_player` picks the player: PulseAudio's client library when a PulseAudio
(or PipeWire) server answers, else Qt Multimedia, which with the Qt Network library it
links adds about 5 MB to the resident memory (see :mod:`backtimer.ui.cue_sounds`). The
mute box and the volume slider write ``SOUND_ON`` / ``VOLUME``; the settings dialog's
changes come in through :meth:`apply`.

Signals:
    message(str): a sentence for the status bar (no audio device, missing files).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QCheckBox, QSlider

from backtimer.core.cues import Cue
from backtimer.settings import SOUND_ON, VOLUME, Settings

if TYPE_CHECKING:  # the players are imported by start(), after the first paint
    from backtimer.ui.cue_sounds import CuePlayerBase
    from backtimer.ui.pulse_simple import Stream


def make_cue_player(
    sounds_dir: Path,
    parent: QObject | None,
    *,
    open_stream: Callable[[], Stream] | None = None,
) -> CuePlayerBase:
    """The PulseAudio cue player if a server answers (a stream is opened to find out,
    about 1 ms, and kept for the first cue), else the Qt Multimedia one.
    ``open_stream`` stands in for :func:`backtimer.ui.pulse_cues.open_cue_stream`."""
    from backtimer.ui import pulse_cues
    from backtimer.ui.pulse_simple import PulseUnavailable

    try:
        stream = (open_stream or pulse_cues.open_cue_stream)()
    except PulseUnavailable:
        from backtimer.ui.audio import CuePlayer

        return CuePlayer(sounds_dir, parent)
    return pulse_cues.PulseCuePlayer(sounds_dir, parent, stream=stream)


class SoundController(QObject):
    message = Signal(str)

    def __init__(
        self,
        settings: Settings,
        mute_box: QCheckBox,
        volume: QSlider,
        sounds_dir: Path,
        parent: QObject | None = None,
        *,
        make_player: Callable[[Path, QObject], CuePlayerBase] = make_cue_player,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.mute_box = mute_box
        self.volume = volume
        self._sounds_dir = sounds_dir
        self._make_player = make_player
        self.player: CuePlayerBase | None = None
        self._started = False
        self._show_settings()
        mute_box.toggled.connect(self._sound_toggled)
        volume.valueChanged.connect(self._volume_changed)

    def start(self) -> None:
        """Make the cue player and start loading the sounds (after the window is shown),
        or, with sound off, once it is switched on."""
        self._started = True
        if self.player is not None or not self.settings.get(SOUND_ON):
            return
        player = self._make_player(self._sounds_dir, self)
        player.unavailable.connect(self.message)
        player.set_volume(self.settings.get(VOLUME))
        player.set_muted(not self.settings.get(SOUND_ON))
        player.load()
        self.player = player

    def stop(self) -> None:
        """At quit: cut off a sound that is playing and stop the player's worker thread,
        if it has one (the process then ends without the interpreter's teardown:
        ``launch.leave`` does that only when no other thread runs)."""
        if self.player is not None:
            self.player.close(cut=True)

    def play(self, cue: Cue) -> None:
        if self.player is not None:
            self.player.play(cue)

    def apply(self, keys: set[str]) -> None:
        """Settings changed elsewhere (the dialog): show and use them."""
        if keys & {SOUND_ON.key, VOLUME.key}:
            self._show_settings()
            self._start_if_wanted()
            if self.player is not None:
                self.player.set_muted(not self.settings.get(SOUND_ON))
                self.player.set_volume(self.settings.get(VOLUME))

    def _show_settings(self) -> None:
        show_sound_settings(self.settings, self.mute_box, self.volume)

    @Slot(bool)
    def _sound_toggled(self, on: bool) -> None:
        if on != self.settings.get(SOUND_ON):
            self.settings.set(SOUND_ON, on)
        self._start_if_wanted()
        if self.player is not None:
            self.player.set_muted(not on)

    def _start_if_wanted(self) -> None:
        """Sound was switched on after a start with sound off: make the player now."""
        if self._started and self.player is None and self.settings.get(SOUND_ON):
            self.start()

    @Slot(int)
    def _volume_changed(self, value: int) -> None:
        if round(self.settings.get(VOLUME) * 100) != value:
            self.settings.set(VOLUME, value / 100)
        if self.player is not None:
            self.player.set_volume(value / 100)


def show_sound_settings(settings: Settings, mute_box: QCheckBox, volume: QSlider) -> None:
    """The sound settings on the player's box and slider (also at the first paint, before
    the controller exists)."""
    mute_box.setChecked(settings.get(SOUND_ON))
    volume.setValue(round(settings.get(VOLUME) * 100))
