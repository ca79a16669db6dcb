"""Keys alone, in a real X server with a window manager (openbox): start, pause and skip
a routine, finish it with both pain check-ins, duplicate and edit a routine, and reach
every control of the History page with Tab (and leave its table again).

xdotool types as a person would; AT-SPI (``tests/helpers/atspi_reader.py``) tells which
object has the focus; the command line tells what was saved.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.helpers import a11y_audit as audit
from tests.helpers.desktop import Desktop, desktop
from tests.helpers.keyboard import tab_cycle, tab_to
from tests.helpers.waiting import wait_for

pytestmark = pytest.mark.xvfb

ROUTINE = {
    "format": "backtimer-routine",
    "version": 1,
    "routine": {
        "name": "Keys quick",
        "description": "three short items",
        "lead_in_seconds": 2,
        "items": [
            {"exercise": "cat-stretch", "mode": "timed", "seconds": 30},
            {"exercise": "superman", "mode": "timed", "seconds": 2},
            {"exercise": "partial-curls", "mode": "timed", "seconds": 2},
        ],
    },
}
HISTORY_CONTROLS = [
    ("table", "Sessions"),
    ("spin button", "Weekly goal, sessions a week"),
    ("push button", "Show the last 12 weeks"),
    ("push button", "Show all weeks"),
]


@pytest.fixture
def desk(tmp_path: Path) -> Iterator[Desktop]:
    yield from desktop(tmp_path, atspi=True)


def sessions(desk: Desktop) -> list[dict[str, Any]]:
    return json.loads(desk.cli("history", "export", "--format", "json"))["sessions"]  # type: ignore[no-any-return]


def shown_objects(desk: Desktop) -> list[dict[str, Any]]:
    assert desk.reader is not None
    app = desk.reader.ask(cmd="tree", app="BackTimer")
    return [n for w in audit.windows(app or {"children": []}) for n in audit.walk(w)]


def button_named(desk: Desktop, name: str) -> bool:
    return any(n["role"] == "push button" and n["name"] == name for n in shown_objects(desk))


def test_a_routine_by_keys_alone(desk: Desktop, tmp_path: Path) -> None:
    (tmp_path / "backtimer.ini").write_text("[safety]\naccepted=true\n")
    routine_file = tmp_path / "keys.backtimer.json"
    routine_file.write_text(json.dumps(ROUTINE))
    desk.cli("routines", "import", str(routine_file))
    desk.window_manager()
    reader = desk.start_reader()
    desk.start_app("--routine", "Keys quick")
    wait_for(lambda: button_named(desk, "Start"), 20, "the player")

    desk.press("BackTimer", "space")  # start: the pain check-in comes first
    desk.press("Pain check-in", "3")  # a digit answers at once
    wait_for(lambda: button_named(desk, "Pause"), 10, "the routine running")
    desk.press("BackTimer", "space")  # pause
    wait_for(lambda: button_named(desk, "Resume"), 10, "the routine paused")
    desk.press("BackTimer", "space")  # resume
    wait_for(lambda: button_named(desk, "Pause"), 10, "the routine running again")
    desk.press("BackTimer", "Right")  # skip the lead-in
    desk.press("BackTimer", "Right")  # skip the 30-s cat stretch
    desk.press("Pain check-in", "2")  # (a digit answers at once) the last two items run out
    desk.press("Session summary", "Return")

    [done] = wait_for(
        lambda: [s for s in sessions(desk) if s["pain_after"] is not None], 10, "the session"
    )
    assert done["status"] == "completed"
    assert (done["pain_before"], done["pain_after"]) == (3, 2)
    assert [s["outcome"] for s in done["steps"]][:1] == ["skipped"]
    assert [s["outcome"] for s in done["steps"]][-2:] == ["done", "done"]

    # Duplicate a built-in routine and change its lead-in, with keys only.
    desk.press("BackTimer", "alt+r")
    assert tab_to(desk, reader, "push button", "Duplicate routine")
    desk.xdo("key", "space")

    def copies() -> list[str]:
        listed = json.loads(desk.cli("routines", "list", "--json"))["routines"]
        return [r["name"] for r in listed if r["name"].endswith("(copy)")]

    [copy] = wait_for(copies, 10, "the copy to be saved")
    assert tab_to(desk, reader, "spin button", "Lead-in")
    desk.xdo("key", "ctrl+a", "7", "Tab", "ctrl+s")
    exported = tmp_path / "copy.backtimer.json"

    def saved() -> bool:
        desk.cli("routines", "export", copy, str(exported))
        return json.loads(exported.read_text())["routine"]["lead_in_seconds"] == 7  # type: ignore[no-any-return]

    wait_for(saved, 10, "the edited copy to be saved")

    # History: Tab reaches every control and leaves the table (no trap).
    desk.press("BackTimer", "alt+h")
    wait_for(lambda: any(n["name"] == "Sessions" for n in shown_objects(desk)), 10, "History")
    visited, closed = tab_cycle(desk, reader)
    names = [(v["role"], v["name"]) for v in visited]
    print("History tab stops:", len(names), names)
    assert closed, names
    missing = [c for c in HISTORY_CONTROLS if c not in names]
    assert missing == [], names
    assert any(name == "Session details" for _role, name in names), names
    assert [n for n in names if not n[1]] == []  # every Tab stop is named
    assert any(name == "History charts" for _role, name in names), names
