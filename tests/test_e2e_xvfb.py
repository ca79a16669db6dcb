"""End to end in a real X server: start ``backtimer`` as a process, press keys with
xdotool as a person would, and finish a short routine. The history proves it."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.helpers.waiting import wait_for

pytestmark = pytest.mark.xvfb

ROUTINE = {
    "format": "backtimer-routine",
    "version": 1,
    "routine": {
        "name": "E2E quick",
        "description": "two items",
        "lead_in_seconds": 2,
        "items": [
            {"exercise": "cat-stretch", "mode": "timed", "seconds": 3},
            {"exercise": "superman", "mode": "self_paced_reps", "reps": 2},
        ],
    },
}


@pytest.fixture
def display() -> Iterator[str]:
    if not (shutil.which("Xvfb") and shutil.which("xdotool")):
        pytest.skip("needs Xvfb and xdotool (./dev test installs them)")
    for n in range(50, 100):  # the first free display number
        if Path(f"/tmp/.X{n}-lock").exists():
            continue
        xvfb = subprocess.Popen(
            ["Xvfb", f":{n}", "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
            stderr=subprocess.DEVNULL,
        )

        def up(n: int = n, xvfb: subprocess.Popen[bytes] = xvfb) -> bool:
            if xvfb.poll() is not None:
                return True  # it died (the number was taken after all): try the next
            probe = subprocess.run(
                ["xdotool", "getdisplaygeometry"],
                env={**os.environ, "DISPLAY": f":{n}"},
                capture_output=True,
                check=False,
            )
            return probe.returncode == 0

        wait_for(up, 10, f"Xvfb on :{n}")
        if xvfb.poll() is None:
            number = n
            break
    else:
        pytest.fail("no free X display number between :50 and :99")
    yield f":{number}"
    xvfb.terminate()
    xvfb.wait(10)


def test_finish_a_routine_by_keyboard(display: str, tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY")}
    env.update(DISPLAY=display, BACKTIMER_DATA_DIR=str(tmp_path), QT_QPA_PLATFORM="xcb")
    (tmp_path / "backtimer.ini").write_text("[safety]\naccepted=true\n")
    routine_file = tmp_path / "e2e.backtimer.json"
    routine_file.write_text(json.dumps(ROUTINE))
    cli = [sys.executable, "-m", "backtimer"]
    subprocess.run([*cli, "routines", "import", str(routine_file)], env=env, check=True)
    app = subprocess.Popen([*cli, "--routine", "E2E quick"], env=env)
    try:

        def xdo(*args: str) -> str:
            out = subprocess.run(
                ["xdotool", *args], env=env, capture_output=True, text=True, check=False
            )
            return out.stdout.strip()

        win = wait_for(
            lambda: xdo("search", "--onlyvisible", "--name", "BackTimer"), 20, "the window"
        )
        win = str(win).split()[0]
        xdo("windowfocus", "--sync", win)
        xdo("key", "--window", win, "space")
        # The pain check-in comes first: one key for the number, Enter to answer.
        pain = str(
            wait_for(
                lambda: xdo("search", "--onlyvisible", "--name", "Pain check-in"),
                20,
                "pain check-in",
            )
        )
        xdo("windowfocus", "--sync", pain.split()[0])
        xdo("key", "--delay", "150", "--window", pain.split()[0], "3", "Return")
        title = wait_for(
            lambda: "Superman" in xdo("getwindowname", win) and xdo("getwindowname", win),
            20,
            "the self-paced item",
        )
        assert "— BackTimer" in str(title)
        subprocess.run(
            ["import", "-window", "root", str(tmp_path / "e2e.png")], env=env, check=False
        )

        def press_done() -> str:
            # As a person would: press Enter, and again if nothing happened (with no
            # window manager, a key sent just as a dialog closes can be lost).
            xdo("windowfocus", "--sync", win)
            xdo("key", "--window", win, "Return")
            end = time.monotonic() + 4
            while time.monotonic() < end:
                found = xdo("search", "--onlyvisible", "--name", "Pain check-in")
                if found:
                    return found
                time.sleep(0.1)
            return ""

        pain = str(wait_for(press_done, 20, "pain after"))
        xdo("windowfocus", "--sync", pain.split()[0])
        xdo("key", "--delay", "150", "--window", pain.split()[0], "2", "Return")

        def completed() -> list[dict[str, Any]]:
            out = subprocess.run(
                [*cli, "history", "export", "--format", "json"],
                env=env,
                capture_output=True,
                text=True,
                check=True,
            )
            sessions = json.loads(out.stdout)["sessions"]
            # the pain check-in after the session is written once it is answered
            return [
                s for s in sessions if s["status"] == "completed" and s["pain_after"] is not None
            ]

        sessions = wait_for(completed, 20, "the completed session in the history")
        [session] = sessions
        assert session["routine_name"] == "E2E quick"
        assert [s["outcome"] for s in session["steps"]] == ["done", "done"]
        assert (session["pain_before"], session["pain_after"]) == (3, 2)
        assert 2.5 < session["exercised_seconds"] < 15
    finally:
        app.send_signal(signal.SIGTERM)
        try:
            app.wait(10)
        except subprocess.TimeoutExpired:
            app.kill()
