"""CuePlayer: cue-to-sound mapping, volume and mute, and life without an audio device.

This machine (and CI) has no audio device: QMediaDevices lists no output. Two tests
pretend there is one (``audio_outputs``) to reach the QSoundEffect code; those effects
then fail to open the (missing) device, which is the "effect status Error" path.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtMultimedia import QSoundEffect

from backtimer.core.cues import Cue, CueKind
from backtimer.core.model import Dosage, Item, Mode, Routine
from backtimer.core.steps import StepKind, expand
from backtimer.paths import resource_dir
from backtimer.ui.audio import CuePlayer, Sound, sound_for

SOUNDS = resource_dir() / "sounds"

# Qt Multimedia's first use in a process logs warnings about optional libraries that are
# not installed (PipeWire, VA-API) and about PulseAudio having no server: expected on a
# machine without audio, and not what these tests check.
NO_AUDIO_NOISE = (
    r"^Couldn't (load|resolve) .*(library|symbols)$",
    r"^PulseAudioService: pa_context_connect\(\) failed$",
)
# With a pretended device, each QSoundEffect reports it cannot open the real (absent) one.
EFFECT_FAILS = r"^QSoundEffect: playback of this format is not supported"

FAKE_DEVICE = [object()]

# Whichever test first touches Qt Multimedia in the process gets the noise above. (A
# function mark replaces this one; pytest-qt does not merge them.)
pytestmark = pytest.mark.qt_log_ignore(*NO_AUDIO_NOISE)


def steps_by_kind() -> dict[StepKind, object]:
    routine = Routine(
        "r",
        "",
        5,
        (
            Item(
                "a",
                Dosage(
                    Mode.HOLDS,
                    hold_seconds=5,
                    hold_rest_seconds=2,
                    holds=2,
                    sets=2,
                    set_rest_seconds=10,
                    per_side=True,
                ),
                rest_after_seconds=20,
            ),
            Item("b", Dosage(Mode.TIMED, seconds=10)),
        ),
    )
    return {s.kind: s for s in expand(routine)}


def test_every_step_kind_maps_to_the_right_sound() -> None:
    steps = steps_by_kind()
    assert set(steps) == set(StepKind)  # the routine above covers every kind
    expected = {
        StepKind.LEAD_IN: None,
        StepKind.WORK: Sound.START,
        StepKind.HOLD: Sound.START,
        StepKind.HOLD_REST: Sound.REST,
        StepKind.SET_REST: Sound.REST,
        StepKind.REST: Sound.REST,
        StepKind.SWITCH: Sound.SWITCH,
    }
    got = {kind: sound_for(Cue(CueKind.PHASE_START, step)) for kind, step in steps.items()}  # type: ignore[arg-type]
    assert got == expected


@pytest.mark.parametrize(
    ("kind", "sound"),
    [
        (CueKind.COUNTDOWN, Sound.TICK),
        (CueKind.SWITCH_SIDES, Sound.SWITCH),
        (CueKind.REP, Sound.REP),
        (CueKind.FINISHED, Sound.FINISH),
        (CueKind.HALFWAY, None),
    ],
)
def test_other_cues_map_to_sounds(kind: CueKind, sound: Sound | None) -> None:
    assert sound_for(Cue(kind, None, 1)) is sound


def test_every_sound_has_a_file() -> None:
    assert sorted(p.stem for p in SOUNDS.glob("*.wav")) == sorted(s.value for s in Sound)


def test_no_audio_device_is_reported_once_and_play_is_silent(qtbot) -> None:
    player = CuePlayer(SOUNDS)
    reports: list[str] = []
    player.unavailable.connect(reports.append)
    player.load()
    assert reports and "No audio output" in reports[0]
    assert not player.available
    assert player.findChildren(QSoundEffect) == []  # nothing is created without a device
    for kind in CueKind:
        assert player.play(Cue(kind, None, 3)) is None
    player.load()  # idempotent: no second report
    assert len(reports) == 1


def test_play_before_load_loads_first(qtbot) -> None:
    player = CuePlayer(SOUNDS, audio_outputs=list)  # an empty device list: no Qt Multimedia noise
    with qtbot.waitSignal(player.unavailable):
        assert player.play(Cue(CueKind.COUNTDOWN, None, 3)) is None


@pytest.mark.qt_log_ignore(*NO_AUDIO_NOISE, EFFECT_FAILS)  # replaces the module mark
def test_volume_and_mute_reach_every_effect_and_failures_report_once(qtbot) -> None:
    player = CuePlayer(SOUNDS, audio_outputs=lambda: FAKE_DEVICE)
    reports: list[str] = []
    player.unavailable.connect(reports.append)
    player.set_volume(0.4)
    player.load()
    effects = player.findChildren(QSoundEffect)
    assert sorted(e.objectName() for e in effects) == sorted(s.value for s in Sound)
    assert all(e.volume() == pytest.approx(0.4) for e in effects)  # set before load: applied
    player.set_volume(1.7)
    assert player.volume() == 1.0 and all(e.volume() == pytest.approx(1.0) for e in effects)
    player.set_volume(-2)
    assert player.volume() == 0.0
    player.set_volume(0.6)
    player.set_muted(True)
    assert player.is_muted() and all(e.isMuted() for e in effects)
    assert player.play(Cue(CueKind.FINISHED, None)) is None  # muted: nothing starts
    player.set_muted(False)
    assert not any(e.isMuted() for e in effects)
    assert all(e.volume() == pytest.approx(0.6) for e in effects)
    # The pretended device does not exist: every effect fails, reported once, then silence.
    qtbot.waitUntil(lambda: player.loaded_sounds() == [], timeout=5000)
    assert len(reports) == 1 and "could not be played" in reports[0]
    assert player.play(Cue(CueKind.COUNTDOWN, None, 1)) is None


@pytest.mark.qt_log_ignore(*NO_AUDIO_NOISE, EFFECT_FAILS)  # replaces the module mark
def test_missing_file_is_reported_and_the_rest_load(qtbot, tmp_path: Path) -> None:
    for sound in (Sound.TICK, Sound.START):
        shutil.copy(SOUNDS / f"{sound.value}.wav", tmp_path)
    # No effect is created for the four missing files, so the report comes from load().
    player = CuePlayer(tmp_path, audio_outputs=lambda: FAKE_DEVICE)
    with qtbot.waitSignal(player.unavailable) as blocker:
        player.load()
    assert blocker.args[0] == "Sound files are missing: rest.wav, switch.wav, finish.wav, rep.wav"
    assert sorted(e.objectName() for e in player.findChildren(QSoundEffect)) == ["start", "tick"]
    # The two loaded effects fail on the pretended device; that is not reported again.
    reports: list[str] = []
    player.unavailable.connect(reports.append)
    qtbot.waitUntil(lambda: player.loaded_sounds() == [], timeout=5000)
    assert reports == []
