"""BackTimer as a screen reader gets it: AT-SPI, read from outside the process.

An X server (Xvfb), a D-Bus session (which starts Debian's at-spi2-core bus), the
openbox window manager and ``backtimer`` started as a process with
``QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1``. ``tests/helpers/atspi_reader.py`` reads the tree
and the events with pyatspi, as Orca does. For every page and dialog: each interactive
object has a name, combo boxes have their label, labels are read as what they show; the
player's exercise, phase and time are readable while a routine runs, which is announced
at its phase changes and not more often.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from backtimer.core.report import Outcome
from backtimer.paths import DB_NAME
from backtimer.store.db import open_database
from backtimer.store.history import HistoryStore
from backtimer.ui.dialogs import SAFETY_RULES
from backtimer.ui.player.actions import ACTIONS
from tests.helpers import a11y_audit as audit
from tests.helpers.desktop import Desktop, Reader, desktop
from tests.helpers.store_data import report, routine, step
from tests.helpers.waiting import wait_for

pytestmark = pytest.mark.xvfb

# 15 s of phases, each at least 2 s long: get ready, work, rest, left, switch, right.
ROUTINE = {
    "format": "backtimer-routine",
    "version": 1,
    "routine": {
        "name": "A11y quick",
        "description": "short phases",
        "lead_in_seconds": 2,
        "items": [
            {"exercise": "cat-stretch", "mode": "timed", "seconds": 3, "rest_after_seconds": 2},
            {
                "exercise": "heel-reach-rotation",
                "mode": "timed",
                "seconds": 3,
                "per_side": True,
                "switch_seconds": 2,
            },
        ],
    },
}
PHASES = 6
# Names a developer gives a label instead of its text ("Exercise" for "Cat stretch").
ROLE_WORDS = {
    "Exercise",
    "Phase",
    "Next exercise",
    "Status",
    "Warning",
    "Instructions",
    "Time left in the routine",
    "Countdown",
    "Safety rules",
    "Session summary",
    "Current streak",
}
PHASE_WORDS = ("Get ready", "Work", "Rest", "Rep ", "Hold ", "Switch sides", "Left side")


def seed_history(data_dir: Path) -> None:
    """Three recent sessions; the cat stretch hurt in two of them."""
    db = open_database(data_dir / DB_NAME)
    try:
        store = HistoryStore(db)
        now = datetime.now(UTC)
        for days, outcome in ((3, Outcome.HURT), (2, Outcome.DONE), (1, Outcome.HURT)):
            started = now - timedelta(days=days)
            sid = store.begin_session(routine(), started, 0, 120.0)
            record = step(0, exercise="cat-stretch", outcome=outcome, side=None)
            store.record_step(sid, record)
            store.finish_session(sid, report((record,)), started + timedelta(minutes=5))
    finally:
        db.close()


@pytest.fixture
def desk(tmp_path: Path) -> Iterator[Desktop]:
    yield from desktop(tmp_path, atspi=True)


def tree(reader: Reader) -> dict[str, Any]:
    app = wait_for(lambda: reader.ask(cmd="tree", app="BackTimer"), 20, "BackTimer on AT-SPI")
    return app  # type: ignore[no-any-return]


def shown(reader: Reader, window_name: str, *, has: str = "") -> dict[str, Any]:
    """The showing window whose title contains ``window_name`` (and ``has``, if given)."""

    def look() -> dict[str, Any] | None:
        w = audit.window(tree(reader), window_name)
        return w if w is not None and (not has or audit.readable(w, has)) else None

    return wait_for(look, 20, f"window {window_name!r} with {has!r}")


def check(
    problems: dict[str, list[str]], where: str, root: dict[str, Any], *, roles: bool = True
) -> int:
    """Record what a screen reader would miss in ``root``; return its interactive count."""
    found = [
        *(f"unnamed {x}" for x in audit.unnamed(root)),
        *(f"no label for {x}" for x in audit.unlabelled_combos(root)),
        *(
            f"label named {n['name']!r} instead of its text"
            for n in audit.walk(root)
            if roles and n["role"] in ("label", "filler") and n["name"] in ROLE_WORDS
        ),
    ]
    if found:
        problems[where] = found
    return len(audit.interactive(root))


def expect(problems: dict[str, list[str]], where: str, missing: list[str]) -> None:
    if missing:
        problems.setdefault(where, []).extend(missing)


def exact(root: dict[str, Any], wanted: str) -> bool:
    return any(wanted in (n["name"], n.get("text", "")) for n in audit.walk(root))


def status_bar(app: dict[str, Any]) -> str:
    bars = [n for w in audit.windows(app) for n in audit.walk(w) if n["role"] == "status bar"]
    return " ".join(f"{n['name']} {n['description']}" for n in bars)


def test_pages_and_dialogs_read_in_full(desk: Desktop) -> None:
    """Safety rules, status message, Keys overlay, check-ins, the hurt question, summary,
    Routines, History (with the charts in words) and Settings, as a screen reader reads
    them."""
    desk.window_manager()
    reader = desk.start_reader()
    desk.start_app("--routine", "No such routine")
    problems: dict[str, list[str]] = {}

    # First run: the safety rules, all of them; behind them the status message.
    safety = shown(reader, "Before you start")
    check(problems, "safety dialog", safety)
    expect(problems, "safety dialog", [r for r in SAFETY_RULES if not audit.readable(safety, r)])
    # The latest message ("There is no routine called ..." or one about the sound).
    if not status_bar(tree(reader)).removeprefix("Status").strip():
        problems["status message"] = ["not readable"]
    desk.press("Before you start", "Return")

    desk.xdo("windowactivate", "--sync", desk.window("BackTimer"))
    player = shown(reader, "BackTimer", has="Exercise queue")
    # (its labels are checked while a routine runs, in the next test)
    assert check(problems, "player", player, roles=False) >= 12

    # The Keys overlay, in full.
    desk.press("BackTimer", "F1")
    keys = shown(reader, "BackTimer", has="Press any key to close.")
    expect(problems, "keys", [d for _n, _l, _k, d in ACTIONS if not audit.readable(keys, d)])
    desk.press("BackTimer", "x")
    wait_for(lambda: not audit.readable(tree(reader), "Press any key"), 10, "the keys closed")

    # Start, then "it hurts": the question names the exercise and the way out.
    desk.press("BackTimer", "space")
    check(problems, "pain check-in (before)", shown(reader, "Pain check-in"))
    desk.press("Pain check-in", "3")  # a digit answers at once
    wait_for(lambda: audit.window(tree(reader), "Pain check-in") is None, 10, "check-in closed")
    desk.press("BackTimer", "Right", "h")  # skip the lead-in; the exercise hurts
    hurt = shown(reader, "It hurts")
    check(problems, "it hurts", hurt)
    expect(
        problems,
        "it hurts",
        [t for t in ("noted as painful", "see a doctor") if not audit.readable(hurt, t)],
    )
    desk.press("It hurts", "Escape")  # Escape is "End the session"
    check(problems, "pain check-in (after)", shown(reader, "Pain check-in"))
    desk.press("Pain check-in", "2")  # a digit answers at once
    summary = shown(reader, "Session summary")
    check(problems, "session summary", summary)
    wanted = ["Session stopped because it hurt", "Time exercised"]  # the test runs in English
    expect(problems, "session summary", [w for w in wanted if not audit.readable(summary, w)])
    desk.press("Session summary", "Return")

    # The other pages, by Alt+letter, and the settings dialog.
    desk.press("BackTimer", "alt+r")
    check(problems, "routines", shown(reader, "BackTimer", has="Items of the routine"))
    desk.press("BackTimer", "alt+h")
    history = shown(reader, "BackTimer", has="Sessions")
    check(problems, "history", history)
    wanted = ["This week: 1 sessions of a goal of 4", "treak"]
    expect(problems, "history", [w for w in wanted if not audit.readable(history, w)])
    desk.press("BackTimer", "ctrl+comma")
    check(problems, "settings", shown(reader, "Settings"))
    desk.press("Settings", "Escape")

    assert problems == {}, json.dumps(problems, indent=1)


def test_a_routine_is_followed_by_ear(desk: Desktop, tmp_path: Path) -> None:
    """The player's exercise, phase and time are read as shown; phase changes are
    announced, not more often; the window title changes with the phase only."""
    routine_file = tmp_path / "quick.backtimer.json"
    routine_file.write_text(json.dumps(ROUTINE))
    desk.cli("routines", "import", str(routine_file))
    seed_history(tmp_path)
    (tmp_path / "backtimer.ini").write_text("[safety]\naccepted=true\n")
    desk.window_manager()
    reader = desk.start_reader()
    desk.start_app("--routine", "A11y quick")
    problems: dict[str, list[str]] = {}

    desk.xdo("windowactivate", "--sync", desk.window("BackTimer"))
    player = shown(reader, "BackTimer", has="Exercise queue")
    check(problems, "player", player)
    warning = "Cat stretch hurt in 2 of your last 3 sessions"
    expect(problems, "hurt warning", [] if audit.readable(player, warning) else [warning])

    reader.ask(cmd="events")
    desk.press("BackTimer", "space")
    desk.press("Pain check-in", "3")  # a digit answers at once

    def running() -> dict[str, Any] | None:
        p = audit.window(tree(reader), "BackTimer")
        return p if p is not None and exact(p, "Cat stretch") else None

    try:
        player = wait_for(running, 5, "the exercise name read as it is shown")
    except AssertionError as exc:
        expect(problems, "exercise", [str(exc)])
        player = audit.window(tree(reader), "BackTimer") or {"states": [], "children": []}
    shows = [n for n in audit.walk(player) if n["role"] in ("label", "filler")]
    phase = [n for n in shows if (n["name"] or n.get("text", "")).startswith(PHASE_WORDS)]
    times = [n for n in shows if audit.TIME.fullmatch((n["name"] or n.get("text", "")).strip())]
    expect(problems, "phase", [] if phase else ["no phase is readable"])
    expect(problems, "time", [] if times else ["the time left in the step is not readable"])
    check(problems, "player (running)", player)

    shown(reader, "Pain check-in")  # the routine ended
    events = reader.ask(cmd="events")
    said = audit.announcements(events)
    titles = audit.title_changes(events, "BackTimer")
    heard = [f"{e['t']:.1f} {e['text']}" for e in said]
    if not PHASES - 1 <= len(said) <= 2 * PHASES or audit.shortest_gap(said) < 1.5:
        problems["announcements"] = heard or ["none"]
    if len(titles) > 2 * PHASES:
        problems["window titles"] = [f"{len(titles)} title changes in {PHASES} phases"]
    desk.press("Pain check-in", "2")  # a digit answers at once
    shown(reader, "Session summary")

    assert problems == {}, json.dumps(problems, indent=1)
