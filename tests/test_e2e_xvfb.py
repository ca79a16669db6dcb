"""End to end in a real X server: start ``backtimer`` as a process, press keys with
xdotool as a person would, and finish a short routine. The history proves it.

Steady on a busy machine: every key is pressed once, only when the window it is meant
for has the keyboard focus (the X server says so), and the test then waits for what
the key does (a dialog opens or closes, the title changes) before the next one. No
fixed sleeps, and no "press again": a second press could answer the next question.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.helpers.desktop import Desktop, desktop
from tests.helpers.waiting import wait_for

pytestmark = [pytest.mark.xvfb, pytest.mark.slow]

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
def desk(tmp_path: Path) -> Iterator[Desktop]:
    yield from desktop(tmp_path)


def press_in(desk: Desktop, window: str, key: str) -> None:
    """Press ``key`` once in ``window``: bring it to the front, wait until it has the
    keyboard focus, then type as a keyboard does (XTEST, to the focused window). The X
    server hands the app the focus change before the key, so the key reaches it."""
    desk.xdo("windowactivate", "--sync", window)
    wait_for(lambda: desk.xdo("getwindowfocus") == window, 20, f"the focus on {window}")
    desk.xdo("key", key)


def shown(desk: Desktop, name: str) -> list[str]:
    return desk.xdo("search", "--onlyvisible", "--name", name).split()


def completed(desk: Desktop) -> list[dict[str, Any]]:
    sessions = json.loads(desk.cli("history", "export", "--format", "json"))["sessions"]
    # the pain check-in after the session is written once it is answered
    return [s for s in sessions if s["status"] == "completed" and s["pain_after"] is not None]


def test_finish_a_routine_by_keyboard(desk: Desktop, tmp_path: Path) -> None:
    (tmp_path / "backtimer.ini").write_text("[safety]\naccepted=true\n")
    routine_file = tmp_path / "e2e.backtimer.json"
    routine_file.write_text(json.dumps(ROUTINE))
    desk.cli("routines", "import", str(routine_file))
    desk.window_manager()
    desk.start_app("--routine", "E2E quick")
    try:
        win = desk.window("BackTimer")
        press_in(desk, win, "space")  # Start
        # The pain check-in comes first: one digit answers it.
        pain = desk.window("Pain check-in")
        press_in(desk, pain, "3")
        wait_for(lambda: pain not in shown(desk, "Pain check-in"), 20, "the answer to close it")
        wait_for(lambda: "Superman" in desk.xdo("getwindowname", win), 30, "the self-paced item")
        assert desk.xdo("getwindowname", win).endswith("— BackTimer")
        press_in(desk, win, "Return")  # Done
        after = desk.window("Pain check-in")
        press_in(desk, after, "2")
        [session] = wait_for(lambda: completed(desk), 30, "the completed session in the history")
    except BaseException:
        desk.screenshot(Path(os.environ.get("BACKTIMER_TEST_SHOTS", str(tmp_path))) / "e2e.png")
        raise
    assert session["routine_name"] == "E2E quick"
    assert [s["outcome"] for s in session["steps"]] == ["done", "done"]
    assert (session["pain_before"], session["pain_after"]) == (3, 2)
    assert 2.5 < session["exercised_seconds"] < 15
