"""The pain check-in is written when it is answered: a SIGKILL right after the answer
before the session, or while the "after" question is open, keeps what was given (the
real window under Xvfb, answered with xdotool as a person would)."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.app_process import app_env, import_routine, query, start_app
from tests.helpers.waiting import wait_for
from tests.helpers.xserver import XServer

pytestmark = [pytest.mark.xvfb, pytest.mark.slow]
DB = "backtimer.sqlite3"
SHORT = {
    "format": "backtimer-routine",
    "version": 1,
    "routine": {
        "name": "Process test",
        "lead_in_seconds": 0,
        "items": [{"exercise": "cat-stretch", "mode": "timed", "seconds": 2}],
    },
}


@pytest.fixture(scope="module")
def display() -> Iterator[str]:
    if shutil.which("xdotool") is None:
        pytest.skip("needs xdotool (./dev test installs it)")
    server = XServer()
    yield server.display
    server.stop()


def xdo(display: str, *args: str) -> str:
    env = {**os.environ, "DISPLAY": display}
    out = subprocess.run(["xdotool", *args], env=env, capture_output=True, text=True, check=False)
    return out.stdout.strip()


def answer(display: str, value: str) -> None:
    found = wait_for(
        lambda: xdo(display, "search", "--onlyvisible", "--name", "Pain check-in"),
        30,
        "the pain check-in",
    )
    win = str(found).split()[0]
    # One digit answers. Typed (XTEST) once the dialog has the keyboard focus, so that
    # the app has it too when the key comes.
    xdo(display, "windowfocus", "--sync", win)
    wait_for(lambda: xdo(display, "getwindowfocus") == win, 20, "the focus on the check-in")
    xdo(display, "key", value)


@pytest.mark.parametrize("when", ["before", "after"])
def test_a_kill_keeps_the_pain_answers_given(display: str, tmp_path: Path, when: str) -> None:
    data = tmp_path / "data"
    env = app_env(data, ask_pain=True, display=display)
    import_routine(env, tmp_path, SHORT)
    app = start_app(env, tmp_path / "stderr.txt", "--start")
    try:
        answer(display, "2")  # under 4: no follow-up question
        if when == "before":
            wait_for(lambda: query(data / DB, "SELECT pain_before FROM session"), 30, "pain")
        else:
            # The session's end is written just before the question after is asked.
            wait_for(
                lambda: query(data / DB, "SELECT 1 FROM session WHERE status = 'completed'"),
                30,
                "the session to end",
            )
    finally:
        app.send_signal(signal.SIGKILL)
        app.wait(30)
    assert query(data / DB, "SELECT pain_before FROM session") == [(2,)]
    assert query(data / DB, "PRAGMA integrity_check") == [("ok",)]
