"""Voice: the mock engine in a real child process; hangs, failures and quitting."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer

from backtimer.ui.voice import Voice, VoiceState

REPO = Path(__file__).resolve().parent.parent
START_MS = 15_000  # generous: a child Python + Qt start on a loaded CI machine

# A child that runs the real server code with an engine factory that never returns,
# like speechd with no audio output.
HANGING = [
    sys.executable,
    "-c",
    "import time; from backtimer.ui.voice import serve; "
    "serve(factory=lambda engine, parent: time.sleep(3600))",
]
REFUSING = [
    sys.executable,
    "-c",
    "from backtimer.ui.voice import serve\n"
    "def refuse(engine, parent): raise RuntimeError('no such engine')\n"
    "serve(factory=refuse)",
]


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


@pytest.fixture
def voice(qtbot):
    v = Voice()
    yield v
    v.stop()


def test_mock_engine_speaks_what_it_is_given(qtbot, voice: Voice) -> None:
    assert voice.say("too early") is False  # not started: dropped
    with qtbot.waitSignal(voice.ready, timeout=START_MS):
        voice.start("mock")
        assert voice.state is VoiceState.STARTING
    assert voice.is_ready() and voice.available_voices()  # the mock engine has voices
    words: list[str] = []
    speaking: list[bool] = []
    voice.saying_word.connect(words.append)
    voice.speaking_changed.connect(speaking.append)
    assert voice.say("Next: cat stretch, 10 repetitions")
    qtbot.waitUntil(lambda: speaking == [True, False], timeout=5000)
    assert words == ["Next", "cat", "stretch", "10", "repetitions"]


def test_a_new_phrase_cuts_the_old_one_off(qtbot, voice: Voice) -> None:
    with qtbot.waitSignal(voice.ready, timeout=START_MS):
        voice.start("mock")
    words: list[str] = []
    voice.saying_word.connect(words.append)
    long = " ".join(f"w{i}" for i in range(40))  # the mock says ~10 words a second
    voice.say(long)
    qtbot.waitUntil(lambda: "w0" in words, timeout=5000)
    voice.say("Switch sides")
    qtbot.waitUntil(lambda: words[-2:] == ["Switch", "sides"], timeout=5000)
    assert "w39" not in words


def test_voices_and_volume(qtbot, voice: Voice) -> None:
    voice.set_volume(3.0)
    assert voice.volume() == 1.0
    voice.set_volume(0.25)
    with qtbot.waitSignal(voice.ready, timeout=START_MS):
        voice.start("mock", locale="en_US")
    names = voice.available_voices()
    assert len(names) >= 2
    assert voice.current_voice() == names[0]
    assert voice.set_voice(names[1]) and voice.current_voice() == names[1]
    assert not voice.set_voice("Nobody") and voice.current_voice() == names[1]
    assert voice.volume() == 0.25
    # The engine keeps working after the changes reached it.
    with qtbot.waitSignal(voice.saying_word, timeout=5000):
        voice.say("Rest")


def test_start_twice_runs_one_child(qtbot, voice: Voice) -> None:
    voice.start("mock")
    first = voice.process_id()
    voice.start("mock")  # ignored while starting
    assert voice.process_id() == first
    qtbot.waitUntil(voice.is_ready, timeout=START_MS)
    voice.start("mock")  # ignored while ready
    assert voice.process_id() == first


def test_hanging_engine_fails_in_time_and_the_ui_stays_responsive(qtbot) -> None:
    voice = Voice(command=HANGING)
    ticks: list[int] = []
    ui_timer = QTimer()
    ui_timer.setInterval(20)
    ui_timer.timeout.connect(lambda: ticks.append(1))
    ui_timer.start()
    with qtbot.waitSignal(voice.failed, timeout=10_000) as blocker:
        voice.start("mock", timeout_ms=1500)
        pid = voice.process_id()
    ui_timer.stop()
    assert "did not start within 2 s" in blocker.args[0]
    assert voice.state is VoiceState.FAILED and not voice.say("Switch sides")
    # ~75 ticks fit in 1.5 s; a blocked UI thread would have produced one or two.
    assert len(ticks) > 20
    assert pid and not alive(pid)  # the hung child was killed and reaped
    assert voice.process_id() == 0


def test_engine_that_refuses_reports_why(qtbot, caplog) -> None:
    voice = Voice(command=REFUSING)
    with qtbot.waitSignal(voice.failed, timeout=START_MS) as blocker:
        voice.start()
    # One translated sentence for the person; the engine's own (English) words go to
    # the log, not nested into the status bar.
    assert blocker.args[0] == "The voice failed; using tones."
    assert "no such engine" in caplog.text


def test_missing_program_fails(qtbot) -> None:
    voice = Voice(command=[str(REPO / "no-such-program")])
    with qtbot.waitSignal(voice.failed, timeout=5000) as blocker:
        voice.start()
    assert "could not be started" in blocker.args[0]


def test_child_that_dies_after_ready_is_reported(qtbot, voice: Voice) -> None:
    with qtbot.waitSignal(voice.ready, timeout=START_MS):
        voice.start("mock")
    with qtbot.waitSignal(voice.failed, timeout=5000) as blocker:
        os.kill(voice.process_id(), 9)
    assert "stopped" in blocker.args[0]
    assert not voice.is_ready()
    with qtbot.waitSignal(voice.ready, timeout=START_MS):  # a fresh start works again
        voice.start("mock")


def test_app_quits_while_the_engine_hangs(tmp_path: Path) -> None:
    """The application exits normally even though the engine never finished starting."""
    script = tmp_path / "app.py"
    script.write_text(
        textwrap.dedent(
            f"""
            import sys
            from PySide6.QtCore import QCoreApplication, QTimer
            from backtimer.ui.voice import Voice
            app = QCoreApplication(sys.argv)
            voice = Voice(command={HANGING!r})
            voice.start("speechd", timeout_ms=60_000)
            quit_timer = QTimer()
            quit_timer.setSingleShot(True)
            quit_timer.timeout.connect(app.quit)
            def started():
                print(voice.process_id(), flush=True)
                quit_timer.start(300)
            voice._process.started.connect(started)
            sys.exit(app.exec())
            """
        )
    )
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    done = subprocess.run(
        [sys.executable, str(script)], capture_output=True, text=True, timeout=60, env=env
    )
    assert done.returncode == 0, done.stderr
    assert "Destroyed while" not in done.stderr
    child = int(done.stdout.split()[0])
    assert not alive(child)
