"""Sound cues, whatever plays them: which sound each cue gets, and what every cue player
shares (volume, mute, reporting once that sounds cannot be played).

Two players derive from :class:`CuePlayerBase`:

- :class:`backtimer.ui.pulse_cues.PulseCuePlayer` writes the samples to PulseAudio (or
  PipeWire's PulseAudio server) through ``libpulse-simple``: the one used on Linux. It
  needs no Qt Multimedia, which with the Qt Network library it links costs about 5 MB of
  resident memory while a routine plays.
- :class:`backtimer.ui.audio.CuePlayer` plays them with Qt Multimedia's QSoundEffect:
  used where there is no PulseAudio server to talk to (Windows, macOS, a Linux desktop
  on bare ALSA).

:func:`backtimer.ui.sound_controller.make_cue_player` picks one. This module imports no
Qt Multimedia.
"""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot

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


def sound_files(folder: Path) -> tuple[dict[Sound, Path], list[str]]:
    """Each sound's file in ``folder`` that exists, and the names of those missing."""
    paths = {sound: folder / f"{sound.value}.wav" for sound in Sound}
    missing = [path.name for path in paths.values() if not path.is_file()]
    return {s: p for s, p in paths.items() if p.is_file()}, missing


def _tr(text: str) -> str:
    return QCoreApplication.translate("CuePlayer", text)


def no_output_text() -> str:
    return _tr("No audio output device was found: sound cues are off.")


def missing_text(names: list[str]) -> str:
    return _tr("Sound files are missing: {0}").format(", ".join(names))


def failed_text() -> str:
    return _tr("Sound cues could not be played on this audio device.")


class CuePlayerBase(QObject):
    """Plays the cue sounds (a subclass says how).

    Signals:
        unavailable(str): emitted at most once, with a sentence for the person, when
            sounds cannot be played (no audio output, missing files, a failed sound).
    """

    unavailable = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._volume = 1.0
        self._muted = False
        self._reported = False

    # -- what a subclass provides --------------------------------------------------------

    def load(self) -> None:
        """Get every sound ready (without blocking on decoding or a device). Idempotent."""
        raise NotImplementedError

    @property
    def available(self) -> bool:
        """False once it is known that nothing can be played."""
        raise NotImplementedError

    def loaded_sounds(self) -> list[Sound]:
        """The sounds that can play."""
        raise NotImplementedError

    def play_sound(self, sound: Sound) -> bool:
        """Start ``sound`` (cutting off one that is playing). False if nothing was started."""
        raise NotImplementedError

    def close(self, *, cut: bool = False, timeout: float = 1.5) -> None:
        """Stop a player that has a thread of its own, once the sound that is playing has
        ended (``cut``: at once), waiting at most ``timeout`` seconds. Nothing to do for
        one that has none."""

    def _volume_changed(self) -> None:
        """``volume()`` or ``is_muted()`` changed."""

    # -- shared --------------------------------------------------------------------------

    def volume(self) -> float:
        return self._volume

    def is_muted(self) -> bool:
        return self._muted

    @Slot(float)
    def set_volume(self, volume: float) -> None:
        """Linear volume 0..1 (clamped)."""
        self._volume = min(1.0, max(0.0, float(volume)))
        self._volume_changed()

    @Slot(bool)
    def set_muted(self, muted: bool) -> None:
        self._muted = bool(muted)
        self._volume_changed()

    def play(self, cue: Cue) -> Sound | None:
        """Play the sound for ``cue``; returns the sound started, or None if none was."""
        sound = sound_for(cue)
        if sound is None or not self.play_sound(sound):
            return None
        return sound

    def _report(self, message: str) -> None:
        if not self._reported:
            self._reported = True
            self.unavailable.emit(message)
