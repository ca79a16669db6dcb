"""Keyboard-only helpers: press Tab and learn from AT-SPI what has the focus."""

from __future__ import annotations

import time
from typing import Any

from tests.helpers.desktop import Desktop, Reader


def focused(reader: Reader) -> dict[str, Any] | None:
    return reader.ask(cmd="focus")  # type: ignore[no-any-return]


def press_and_follow(desk: Desktop, reader: Reader, key: str, timeout: float = 3) -> Any:
    """Press ``key``; the object that takes the focus (None if the focus did not move)."""
    before = focused(reader)
    desk.xdo("key", key)
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        now = focused(reader)
        if now is not None and (before is None or now["t"] != before["t"]):
            return now
        time.sleep(0.03)
    return None


def tab_cycle(desk: Desktop, reader: Reader, limit: int = 80) -> tuple[list[dict[str, Any]], bool]:
    """Press Tab until the focus comes back to where it started.

    Returns the objects visited in order (the start first) and whether the cycle closed:
    False means a trap (Tab went round a part of the window and never back to the start)
    or a dead end (the focus stopped moving).
    """
    start = press_and_follow(desk, reader, "Tab")
    if start is None:
        return [], False
    seen = [start]
    ids = {start["id"]}
    for _ in range(limit):
        now = press_and_follow(desk, reader, "Tab")
        if now is None:
            return seen, False
        if now["id"] == start["id"]:
            return seen, True
        if now["id"] in ids:
            return seen, False  # round again without the start: a trap
        ids.add(now["id"])
        seen.append(now)
    return seen, False


def tab_to(desk: Desktop, reader: Reader, role: str, name: str, limit: int = 80) -> bool:
    """Press Tab until the object ``role`` named ``name`` has the focus."""
    for _ in range(limit):
        now = press_and_follow(desk, reader, "Tab")
        if now is None:
            return False
        if now["role"] == role and now["name"] == name:
            return True
    return False
