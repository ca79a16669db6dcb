"""The cues play without Qt Multimedia's FFmpeg back-end (``audio.outputs_without_media_backend``).

Qt picks its media back-end once per process, so each case runs in a fresh Python
process, and reads that process's own memory map to see which libraries were loaded.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.helpers.pulse import loud_samples, null_sink, recording, run_sound_script

ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.skipif(
    not Path("/proc/self/maps").exists(), reason="reads /proc/self/maps (Linux)"
)

# Asks for the outputs as CuePlayer.load() does; with ``play``, plays the finish cue to its
# end (waiting on Qt's signals) first. Prints what it saw as JSON.
SCRIPT = """
import json, sys
from pathlib import Path
from PySide6.QtCore import QCoreApplication, QTimer, qWarning
from PySide6.QtGui import QGuiApplication
from PySide6.QtMultimedia import QSoundEffect
from backtimer.ui.audio import CuePlayer, Sound, outputs_without_media_backend

app = QGuiApplication(sys.argv[:1])
before = QCoreApplication.libraryPaths()
outputs = outputs_without_media_backend()
result = {"outputs": len(outputs), "paths_kept": QCoreApplication.libraryPaths() == before}
qWarning("a warning after")

def done(code=0):
    maps = Path("/proc/self/maps").read_text()
    result.update(
        ffmpeg="libffmpegmediaplugin" in maps,
        quick="libQt6Quick.so" in maps,
        played=result.get("played", False),
    )
    print(json.dumps(result), flush=True)
    app.exit(code)

if "play" in sys.argv:
    player = CuePlayer(Path(sys.argv[1]))
    player.load()
    effect = player.findChild(QSoundEffect, Sound.FINISH.value)
    def ready():
        if effect.status() == QSoundEffect.Status.Ready and not result.get("started"):
            result["started"] = True
            player.play_sound(Sound.FINISH)
    def playing():
        if effect.isPlaying():
            result["played"] = True
        elif result.get("played"):
            done()
    effect.statusChanged.connect(ready)
    effect.playingChanged.connect(playing)
    ready()
    limit = QTimer(interval=20000, singleShot=True)
    limit.timeout.connect(lambda: done(3))
    limit.start()
    sys.exit(app.exec())
done()
"""


def _run(env: dict[str, str], *args: str) -> dict[str, object]:
    return run_sound_script(
        SCRIPT, {**env, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}, *args
    )


def _without(name: str) -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if k != name}


def test_asking_for_the_outputs_loads_no_media_backend_and_keeps_the_plugin_path() -> None:
    result = _run(_without("QT_MEDIA_BACKEND"))
    assert result["ffmpeg"] is False and result["quick"] is False
    assert result["paths_kept"] is True
    # Qt's word that it found no back-end is left out; the log works as before after it.
    assert "No QtMultimedia backends found" not in str(result["log"])
    assert "a warning after" in str(result["log"])


def test_qt_media_backend_set_by_hand_gets_qts_own_choice() -> None:
    """The check above can fail: with the variable set, the same call loads FFmpeg."""
    result = _run({**os.environ, "QT_MEDIA_BACKEND": "ffmpeg"})
    assert result["ffmpeg"] is True


@pytest.mark.slow
def test_a_cue_is_heard_without_the_media_backend(tmp_path: Path) -> None:
    with null_sink(tmp_path) as env:
        env = {k: v for k, v in env.items() if k != "QT_MEDIA_BACKEND"}
        with recording(env, tmp_path / "monitor.raw") as raw:
            result = _run(env, "play")
        heard = loud_samples(raw.read_bytes())
    assert result["outputs"] == 1
    assert result["played"] is True and result["ffmpeg"] is False
    assert heard > 1000  # a tone, not a click
