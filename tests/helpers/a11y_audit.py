"""What a screen reader gets from an AT-SPI tree (as read by ``atspi_reader.py``).

Pure functions over the reader's JSON, shared by the accessibility test and the figures
script (``a11y_figures.py``).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from typing import Any

Node = dict[str, Any]

# Roles a person operates. Items of lists and tables are named by their content.
INTERACTIVE = {
    "push button",
    "toggle button",
    "check box",
    "radio button",
    "combo box",
    "spin button",
    "slider",
    "list",
    "table",
    "tree",
    "tree table",
    "page tab",
    "menu item",
    "entry",
    "password text",
}
TIME = re.compile(r"\b\d{1,2}:\d\d\b")


def walk(n: Node, *, showing: bool = True) -> Iterator[Node]:
    """``n`` and its descendants; with ``showing``, only what is on screen."""
    if showing and "showing" not in n["states"]:
        return
    yield n
    for c in n["children"]:
        yield from walk(c, showing=showing)


def is_interactive(n: Node) -> bool:
    if n["role"] == "text":
        return "editable" in n["states"]
    return n["role"] in INTERACTIVE


def windows(app: Node) -> list[Node]:
    return [w for w in app["children"] if "showing" in w["states"]]


def window(app: Node, name: str) -> Node | None:
    return next((w for w in windows(app) if name in w["name"]), None)


def interactive(root: Node) -> list[Node]:
    return [n for n in walk(root) if is_interactive(n)]


def label(n: Node) -> str:
    return f"{n['role']} {n['name']!r}"


def unnamed(root: Node) -> list[str]:
    """Interactive objects with no name (Orca would say only the role)."""
    return [label(n) for n in interactive(root) if not n["name"].strip()]


def unlabelled_combos(root: Node) -> list[str]:
    """Combo boxes: on Linux Qt names them by their value; the label comes from a buddy."""
    return [
        label(n)
        for n in interactive(root)
        if n["role"] == "combo box" and "labelled by" not in n.get("relations", [])
    ]


def texts(root: Node) -> list[str]:
    """Everything a screen reader can read under ``root``: names, descriptions, texts."""
    out = []
    for n in walk(root):
        out += [n["name"], n["description"], n.get("text", "")]
    return [t for t in out if t]


def readable(root: Node, wanted: str) -> bool:
    """``wanted`` can be read (as a whole, ignoring line breaks) somewhere under ``root``."""
    flat = " ".join(wanted.split())
    return any(flat in " ".join(t.split()) for t in texts(root))


def labels(root: Node) -> list[Node]:
    return [n for n in walk(root) if n["role"] == "label"]


def announcements(
    events: list[dict[str, Any]], *, status_bar: bool = False
) -> list[dict[str, Any]]:
    """The announcements heard; without ``status_bar``, those of the status bar (a
    message such as "no audio device", said once when it is shown) are left out."""
    return [
        e
        for e in events
        if e["type"].startswith("object:announcement")
        and (status_bar or e.get("role") != "status bar")
    ]


def title_changes(events: list[dict[str, Any]], frame_name_part: str) -> list[dict[str, Any]]:
    return [
        e
        for e in events
        if e["type"].startswith("object:property-change:accessible-name")
        and e.get("role") == "frame"
        and frame_name_part in e.get("text", "")
    ]


def shortest_gap(events: list[dict[str, Any]]) -> float:
    times = sorted(e["t"] for e in events)
    return min((b - a for a, b in itertools.pairwise(times)), default=float("inf"))
