"""The cues on a real PulseAudio server (a null sink of the test's own, recorded from its
monitor): heard, and without Qt Multimedia or Qt Network in the process; then the
installed app, in a real X window, sounding its lead-in ticks the same way."""

from __future__ import annotations

import os
import shutil
import signal
from pathlib import Path

import pytest

from tests.app_process import app_env, import_routine, start_app
from tests.helpers.pulse import loud_samples, null_sink, recording, run_sound_script
from tests.helpers.waiting import wait_for
from tests.helpers.xserver import XServer

ROOT = Path(__file__).resolve().parent.parent
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not Path("/proc/self/maps").exists(), reason="reads /proc (Linux)"),
]

# Makes the player as the app does, plays the finish chime to its end, and says what it
# used and which Qt libraries the process mapped.
SCRIPT = """
import json, sys
from pathlib import Path
from PySide6.QtCore import QCoreApplication
from backtimer.ui.cue_sounds import Sound
from backtimer.ui.sound_controller import make_cue_player

app = QCoreApplication(sys.argv[:1])
player = make_cue_player(Path(sys.argv[1]), app)
player.load()
started = player.play_sound(Sound.FINISH)
player.close(timeout=20)  # returns once the chime has been played
maps = Path("/proc/self/maps").read_text()
print(json.dumps({
    "player": type(player).__name__,
    "started": started,
    "multimedia": "PySide6.QtMultimedia" in sys.modules or "libQt6Multimedia" in maps,
    "network": "libQt6Network" in maps,
}))
"""


def test_a_cue_is_heard_without_qt_multimedia(tmp_path: Path) -> None:
    with null_sink(tmp_path) as env:
        run_env = {**env, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
        with recording(env, tmp_path / "monitor.raw") as raw:
            result = run_sound_script(SCRIPT, run_env)
            # the recorder hands on what it records in blocks: wait for the chime
            wait_for(lambda: loud_samples(raw.read_bytes()) > 20_000, 20, "the chime")
    del result["log"]
    assert result == {
        "player": "PulseCuePlayer",
        "started": True,
        "multimedia": False,
        "network": False,
    }


def test_with_no_server_the_qt_player_is_used(tmp_path: Path) -> None:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": str(ROOT),
        "PULSE_SERVER": f"unix:{tmp_path}/nobody-here",
    }
    result = run_sound_script(SCRIPT.replace("player.close(timeout=20)", ""), env)
    assert result["player"] == "CuePlayer"


LEAD_IN = {
    "format": "backtimer-routine",
    "version": 1,
    "routine": {
        "name": "Process test",
        "lead_in_seconds": 3,
        "items": [{"exercise": "cat-stretch", "mode": "timed", "seconds": 600}],
    },
}


@pytest.mark.xvfb
def test_the_app_sounds_its_ticks_through_pulseaudio(tmp_path: Path) -> None:
    if shutil.which("xdotool") is None:
        pytest.skip("needs xdotool (./dev test installs it)")
    server = XServer()
    try:
        with null_sink(tmp_path) as sound:
            env = {**app_env(tmp_path / "data", ask_pain=False, display=server.display)}
            env.update({k: v for k, v in sound.items() if k in ("XDG_RUNTIME_DIR", "HOME")})
            import_routine(env, tmp_path, LEAD_IN)
            with recording(sound, tmp_path / "monitor.raw") as raw:
                app = start_app(env, tmp_path / "stderr.txt", "--start")
                try:
                    # three ticks, then the start tone: well over the noise floor
                    wait_for(lambda: loud_samples(raw.read_bytes()) > 5_000, 30, "the ticks")
                    maps = Path(f"/proc/{app.pid}/maps").read_text()
                finally:
                    app.send_signal(signal.SIGTERM)
                    app.wait(30)
    finally:
        server.stop()
    assert "libQt6Multimedia" not in maps
    assert "libpulse-simple" in maps
