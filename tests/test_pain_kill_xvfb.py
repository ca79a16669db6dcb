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

pytestmark = pytest.mark.xvfb
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
    if not (shutil.which("Xvfb") and shutil.which("xdotool")):
        pytest.skip("needs Xvfb and xdotool (./dev test installs them)")
    for n in range(120, 160):
        if Path(f"/tmp/.X{n}-lock").exists():
            continue
        server = subprocess.Popen(
            ["Xvfb", f":{n}", "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
            stderr=subprocess.DEVNULL,
        )
        wait_for(
            lambda n=n, s=server: Path(f"/tmp/.X11-unix/X{n}").exists() or s.poll() is not None,
            20,
            "the X server",
        )
        if server.poll() is None:
            yield f":{n}"
            server.terminate()
            server.wait(10)
            return
    pytest.fail("no free X display between :120 and :159")


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
    xdo(display, "windowfocus", "--sync", win)
    xdo(display, "key", "--delay", "150", "--window", win, value, "Return")


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
