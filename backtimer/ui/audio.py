"""Sound cues: short WAV files played with QSoundEffect.

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
from enum import StrEnum
from functools import partial
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QMessageLogContext,
    QObject,
    QtMsgType,
    QUrl,
    Signal,
    Slot,
    qFormatLogMessage,
    qInstallMessageHandler,
)
from PySide6.QtMultimedia import QMediaDevices, QSoundEffect

from backtimer.core.cues import Cue, CueKind
from backtimer.core.steps import StepKind


class Sound(StrEnum):
    """The cue sounds; the value is the file stem in ``resources/sounds``."""

    TICK = "tick"  # 3-2-1 countdown
    START = "start"  # work or a hold starts
    REST = "rest"  # a rest starts
    SWITCH = "switch"  # switch sides
    FINISH = "finish"  # routine finished
    REP = "rep"  # a paced repetition


_START_SOUNDS: dict[StepKind, Sound | None] = {
    StepKind.WORK: Sound.START,
    StepKind.HOLD: Sound.START,
    StepKind.HOLD_REST: Sound.REST,
    StepKind.SET_REST: Sound.REST,
    StepKind.REST: Sound.REST,
    StepKind.SWITCH: Sound.SWITCH,
    # The lead-in starts when the person presses Start: no tone; its 3-2-1 ticks lead
    # into the start tone of the first exercise.
    StepKind.LEAD_IN: None,
}


def sound_for(cue: Cue) -> Sound | None:
    """The sound for ``cue``, or None for a cue that has no tone (HALFWAY: voice only)."""
    match cue.kind:
        case CueKind.COUNTDOWN:
            return Sound.TICK
        case CueKind.PHASE_START:
            return _START_SOUNDS[cue.step.kind] if cue.step is not None else None
        case CueKind.SWITCH_SIDES:
            return Sound.SWITCH
        case CueKind.REP:
            return Sound.REP
        case CueKind.FINISHED:
            return Sound.FINISH
    return None  # HALFWAY


_NO_BACKEND = "No QtMultimedia backends found."


def _tr(text: str) -> str:
    return QCoreApplication.translate("CuePlayer", text)


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


class CuePlayer(QObject):
    """Plays the cue sounds.

    Signals:
        unavailable(str): emitted at most once, with a sentence for the person, when
            sounds cannot be played (no audio output, or an effect failed). After
            "no audio output" nothing plays.
    """

    unavailable = Signal(str)

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
        self._volume = 1.0
        self._muted = False
        self._loaded = False
        self._silent = False  # no output device: play nothing at all
        self._reported = False

    # -- set-up -------------------------------------------------------------------------

    def load(self) -> None:
        """Start loading every sound (returns at once; decoding is asynchronous). Idempotent."""
        if self._loaded:
            return
        self._loaded = True
        if not self._audio_outputs():
            self._silent = True
            self._report(_tr("No audio output device was found: sound cues are off."))
            return
        paths = {sound: self._dir / f"{sound.value}.wav" for sound in Sound}
        missing = [path.name for path in paths.values() if not path.is_file()]
        if missing:
            self._report(_tr("Sound files are missing: {0}").format(", ".join(missing)))
        for sound, path in paths.items():
            if path.name in missing:
                continue
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

    def volume(self) -> float:
        return self._volume

    def is_muted(self) -> bool:
        return self._muted

    def loaded_sounds(self) -> list[Sound]:
        """The sounds that can play: an effect exists and has not failed."""
        return [s for s in self._effects if s not in self._failed]

    @Slot(float)
    def set_volume(self, volume: float) -> None:
        """Linear volume 0..1 (clamped)."""
        self._volume = min(1.0, max(0.0, float(volume)))
        for effect in self._effects.values():
            effect.setVolume(self._volume)

    @Slot(bool)
    def set_muted(self, muted: bool) -> None:
        self._muted = bool(muted)
        for effect in self._effects.values():
            effect.setMuted(self._muted)

    # -- playing ------------------------------------------------------------------------

    def play(self, cue: Cue) -> Sound | None:
        """Play the sound for ``cue``; returns the sound started, or None if none was."""
        sound = sound_for(cue)
        if sound is None or not self.play_sound(sound):
            return None
        return sound

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
        self._report(_tr("Sound cues could not be played on this audio device."))

    def _report(self, message: str) -> None:
        if not self._reported:
            self._reported = True
            self.unavailable.emit(message)
