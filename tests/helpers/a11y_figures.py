"""Print BackTimer's accessibility figures, read over AT-SPI as a screen reader does.

Per page and dialog: interactive objects, unnamed ones, labels named by their role
instead of their text, Tab stops (Tab pressed until the focus comes round); then the
announcements and window-title changes during a 60-second routine.

Run from the repository: ``.venv/bin/python tests/helpers/a11y_figures.py``
(needs what ``./dev test`` installs: Xvfb, xdotool, openbox, at-spi2-core, pyatspi).
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.helpers import a11y_audit as audit
from tests.helpers.desktop import Desktop
from tests.helpers.keyboard import tab_cycle
from tests.helpers.waiting import wait_for
from tests.test_atspi import ROLE_WORDS, tree

ROUTINE_60 = {
    "format": "backtimer-routine",
    "version": 1,
    "routine": {
        "name": "Sixty seconds",
        "description": "6 phases in 60 s",
        "lead_in_seconds": 5,
        "items": [
            {"exercise": "cat-stretch", "mode": "timed", "seconds": 20, "rest_after_seconds": 10},
            {
                "exercise": "heel-reach-rotation",
                "mode": "timed",
                "seconds": 10,
                "per_side": True,
                "switch_seconds": 5,
            },
        ],
    },
}


def figures(root: dict[str, Any]) -> dict[str, object]:
    return {
        "interactive": len(audit.interactive(root)),
        "unnamed": audit.unnamed(root),
        "labels named by role": sorted(
            {n["name"] for n in audit.walk(root) if n["role"] in ("label", "filler")} & ROLE_WORDS
        ),
        "combos without label": audit.unlabelled_combos(root),
    }


def main() -> None:
    data = Path(tempfile.mkdtemp(prefix="a11y-figures-"))
    desk = Desktop(data)
    out: dict[str, Any] = {}
    try:
        routine_file = data / "sixty.backtimer.json"
        routine_file.write_text(json.dumps(ROUTINE_60))
        desk.cli("routines", "import", str(routine_file))
        desk.window_manager()
        reader = desk.start_reader()
        desk.start_app("--routine", "Sixty seconds")
        safety = wait_for(lambda: audit.window(tree(reader), "Before you start"), 20, "safety")
        out["Safety dialog"] = figures(safety)
        desk.press("Before you start", "Return")
        for page, key, marker in (
            ("Player", "alt+p", "Exercise queue"),
            ("Routines", "alt+r", "Items of the routine"),
            ("History", "alt+h", "Sessions"),
        ):
            desk.press("BackTimer", key)
            root = wait_for(
                lambda m=marker: (
                    w
                    if (w := audit.window(tree(reader), "BackTimer")) and audit.readable(w, m)
                    else None
                ),
                20,
                page,
            )
            out[page] = figures(root)
            stops, closed = tab_cycle(desk, reader)
            out[page]["tab stops"] = len(stops)
            out[page]["tab cycle closes (no trap)"] = closed
        desk.open_with("BackTimer", "ctrl+comma", "Settings")
        out["Settings dialog"] = figures(audit.window(tree(reader), "Settings") or {})
        desk.press("Settings", "Escape")

        desk.press("BackTimer", "alt+p")
        reader.ask(cmd="events")
        from tests.helpers.keyboard import tab_to

        tab_to(desk, reader, "push button", "Start")  # Space goes to the focused button
        desk.xdo("key", "space")
        pain = wait_for(lambda: audit.window(tree(reader), "Pain check-in"), 20, "check-in")
        out["Pain check-in"] = figures(pain)
        desk.press("Pain check-in", "3")  # a digit answers at once
        wait_for(lambda: audit.window(tree(reader), "Pain check-in") is None, 10, "closed")
        events = reader.ask(cmd="events")
        wait_for(lambda: audit.window(tree(reader), "Pain check-in"), 90, "the routine's end")
        events += reader.ask(cmd="events")
        said = audit.announcements(events)
        titles = audit.title_changes(events, "BackTimer")
        out["60-s routine"] = {
            "announcements": len(said),
            "shortest gap between announcements (s)": round(audit.shortest_gap(said), 1)
            if len(said) > 1
            else None,
            "window title changes": len(titles),
            "heard": [e["text"] for e in said],
        }
        desk.press("Pain check-in", "2")  # a digit answers at once
        summary = wait_for(lambda: audit.window(tree(reader), "Session summary"), 20, "summary")
        out["Session summary"] = figures(summary)
    finally:
        desk.close()
    print(json.dumps(out, indent=1, ensure_ascii=False))


if __name__ == "__main__":
    main()
