"""Sound cues played with Qt Multimedia's QSoundEffect: the player used where there is no
PulseAudio server (see :mod:`backtimer.ui.cue_sounds`).

The files come from ``tools/make_sounds.py`` and live in ``resources/sounds``.
:class:`CuePlayer` loads every effect up front (:meth:`CuePlayer.load`, asynchronous:
QSoundEffect decodes off the UI thread), so the first cue is neither late nor cut.

No audio device: :meth:`CuePlayer.load` finds no output in ``QMediaDevices``, creates no
effect, emits :attr:`CuePlayer.unavailable` once and every :meth:`CuePlayer.play` after
that is a silent no-op. An effect that fails later (status ``Error``: unreadable file,
a device that refuses the format) is never played again, and ``unavailable`` is emitted
if it has not been emitted yet. Nothing here blocks or raises.

No media back-end: QSoundEffect plays through Qt Multimedia's own audio output
(PulseAudio, PipeWire or ALSA), not through a media back-end plug-in. Qt loads its
FFmpeg back-end (with FFmpeg, OpenSSL, Qt Quick and QML, which it links) at the first
Qt Multimedia call of the process unless it finds no back-end then: about 23 MB of
resident memory that cues never use. :func:`outputs_without_media_backend` makes that
first call with the back-end folder out of sight (``QT_MEDIA_BACKEND`` set by hand
restores Qt's own choice). Qt's warning that it found no back-end is not logged.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QMessageLogContext,
    QObject,
    QtMsgType,
    QUrl,
    qFormatLogMessage,
    qInstallMessageHandler,
)
from PySide6.QtMultimedia import QMediaDevices, QSoundEffect

from backtimer.ui.cue_sounds import (
    CuePlayerBase,
    Sound,
    failed_text,
    missing_text,
    no_output_text,
    sound_files,
    sound_for,
)

__all__ = ["CuePlayer", "Sound", "outputs_without_media_backend", "sound_for"]


_NO_BACKEND = "No QtMultimedia backends found."


def outputs_without_media_backend() -> Sequence[object]:
    """The audio output devices, asked for with no media back-end plug-in in sight.

    Qt Multimedia picks its back-end once per process, at its first call: if that is
    this one, it finds none and keeps only its own audio output, which is all that
    QSoundEffect needs. The plug-in search path is restored at once (the other plug-ins:
    image formats, platform themes, speech), and Qt's warning that it found no back-end
    is left out of the log. ``QT_MEDIA_BACKEND`` set in the environment leaves Qt's
    choice alone."""
    if os.environ.get("QT_MEDIA_BACKEND"):
        return QMediaDevices.audioOutputs()
    paths = QCoreApplication.libraryPaths()
    QCoreApplication.setLibraryPaths([p for p in paths if not Path(p, "multimedia").is_dir()])
    previous: Callable[..., None] | None = None

    def log(mode: QtMsgType, context: QMessageLogContext, message: str) -> None:
        if message.startswith(_NO_BACKEND):
            return
        if previous is not None:
            previous(mode, context, message)
        else:  # what Qt's own handler writes
            print(qFormatLogMessage(mode, context, message), file=sys.stderr)

    previous = qInstallMessageHandler(log)
    try:
        return QMediaDevices.audioOutputs()
    finally:
        qInstallMessageHandler(previous)
        QCoreApplication.setLibraryPaths(paths)


class CuePlayer(CuePlayerBase):
    """Plays the cue sounds with QSoundEffect. After "no audio output" nothing plays."""

    def __init__(
        self,
        sounds_dir: Path,
        parent: QObject | None = None,
        *,
        audio_outputs: Callable[[], Sequence[object]] = outputs_without_media_backend,
    ) -> None:
        """``audio_outputs`` lists the output devices (tests pass a stand-in)."""
        super().__init__(parent)
        self._dir = sounds_dir
        self._audio_outputs = audio_outputs
        self._effects: dict[Sound, QSoundEffect] = {}
        self._failed: set[Sound] = set()
        self._loaded = False
        self._silent = False  # no output device: play nothing at all

    # -- set-up -------------------------------------------------------------------------

    def load(self) -> None:
        """Start loading every sound (returns at once; decoding is asynchronous). Idempotent."""
        if self._loaded:
            return
        self._loaded = True
        if not self._audio_outputs():
            self._silent = True
            self._report(no_output_text())
            return
        paths, missing = sound_files(self._dir)
        if missing:
            self._report(missing_text(missing))
        for sound, path in paths.items():
            effect = QSoundEffect(self)
            effect.setObjectName(sound.value)
            effect.setVolume(self._volume)
            effect.setMuted(self._muted)
            effect.statusChanged.connect(partial(self._on_status, sound))
            # Registered first: with the sample already cached, the status can change
            # inside setSource().
            self._effects[sound] = effect
            effect.setSource(QUrl.fromLocalFile(str(path)))

    # -- state --------------------------------------------------------------------------

    @property
    def available(self) -> bool:
        """False once there is no output device (other effects may still fail one by one)."""
        return not self._silent

    def loaded_sounds(self) -> list[Sound]:
        """The sounds that can play: an effect exists and has not failed."""
        return [s for s in self._effects if s not in self._failed]

    def _volume_changed(self) -> None:
        for effect in self._effects.values():
            effect.setVolume(self._volume)
            effect.setMuted(self._muted)

    # -- playing ------------------------------------------------------------------------

    def play_sound(self, sound: Sound) -> bool:
        """Start ``sound`` (restarting it if it is playing). False if nothing was started."""
        if not self._loaded:
            self.load()  # late, but better than nothing; the window calls load() at start
        if self._silent or self._muted:
            return False
        effect = self._effects.get(sound)
        if effect is None or sound in self._failed:
            return False
        effect.play()  # queued by Qt until loaded if it is still loading
        return True

    # -- internals ----------------------------------------------------------------------

    def _on_status(self, sound: Sound) -> None:
        effect = self._effects.get(sound)
        if effect is None or effect.status() != QSoundEffect.Status.Error:
            return
        self._failed.add(sound)  # kept (volume and mute still apply), never played
        self._report(failed_text())
