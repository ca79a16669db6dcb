"""Read an application's accessibility tree and events over AT-SPI, as a screen reader does.

Run with Debian's own interpreter (``/usr/bin/python3``, where ``python3-pyatspi``
lives), with the same ``DBUS_SESSION_BUS_ADDRESS`` and ``DISPLAY`` as the application.
It speaks JSON lines: one command on standard input, one answer on standard output.

Commands:

- ``{"cmd": "apps"}``: the names of the applications on the bus.
- ``{"cmd": "tree", "app": NAME}``: every window of the application, each object with
  its role, name, description, text (Text interface), relations, states and children
  (the children of what is not showing are left out).
- ``{"cmd": "focus"}``: the object that has the keyboard focus (role, name), or null.
- ``{"cmd": "events"}``: the events seen since the last call: announcements,
  window-name changes and text changes, each with a monotonic time stamp.

Nothing here imports the application: it reads only what AT-SPI gives.
"""

from __future__ import annotations

import json
import sys
import time

import pyatspi
from gi.repository import GLib

MAX_NODES = 4000
events: list[dict[str, object]] = []
focused: dict[str, object] | None = None


def _safe(call, default=""):
    try:
        return call()
    except Exception:
        return default


def node(acc, depth: int = 0, budget: list[int] | None = None) -> dict[str, object]:
    budget = budget if budget is not None else [MAX_NODES]
    budget[0] -= 1
    states = _safe(lambda: acc.getState().getStates(), [])
    state_names = sorted(pyatspi.stateToString(s) for s in states)
    out: dict[str, object] = {
        "role": _safe(acc.getRoleName),
        "name": _safe(lambda: acc.name) or "",
        "description": _safe(lambda: acc.description) or "",
        "states": state_names,
    }
    relations = _safe(acc.getRelationSet, [])
    out["relations"] = sorted(
        _safe(lambda r=r: r.getRelationType().value_nick.replace("-", " ")) for r in relations
    )
    text = _safe(acc.queryText, None)
    if text is not None:
        out["text"] = _safe(lambda: text.getText(0, -1))
    children = []
    count = _safe(lambda: acc.childCount, 0)
    hidden = depth > 0 and "showing" not in state_names  # a screen reader skips it too
    if depth < 40 and not hidden:
        for i in range(min(count, 400)):
            if budget[0] <= 0:
                break
            child = _safe(lambda i=i: acc.getChildAtIndex(i), None)
            if child is not None:
                children.append(node(child, depth + 1, budget))
    out["children"] = children
    return out


def find_app(name: str):
    desktop = pyatspi.Registry.getDesktop(0)
    for i in range(desktop.childCount):
        app = _safe(lambda i=i: desktop.getChildAtIndex(i), None)
        if app is not None and _safe(lambda app=app: app.name).lower() == name.lower():
            return app
    return None


def on_event(event) -> None:
    global focused
    kind = event.type
    source = event.source
    item: dict[str, object] = {"type": str(kind), "t": time.monotonic()}
    if str(kind).startswith("object:announcement"):
        item["text"] = str(event.any_data)
        item["role"] = _safe(source.getRoleName)  # who said it (the status bar, a page...)
    elif str(kind).startswith("object:text-changed"):
        item["role"] = _safe(source.getRoleName)
        item["name"] = _safe(lambda: source.name)
        item["text"] = str(event.any_data)
    elif str(kind).startswith("object:state-changed:focused"):
        if event.detail1:
            focused = {
                "role": _safe(source.getRoleName),
                "name": _safe(lambda: source.name),
                "id": _safe(lambda: source.path),
                "t": time.monotonic(),
            }
        return
    else:  # a name change: only windows' titles matter (Orca speaks them)
        role = _safe(source.getRoleName)
        if role not in ("frame", "dialog", "window"):
            return
        item["role"] = role
        item["text"] = _safe(lambda: source.name)
    events.append(item)


def answer(request: dict[str, object]) -> object:
    global events
    cmd = request.get("cmd")
    if cmd == "apps":
        desktop = pyatspi.Registry.getDesktop(0)
        return [
            _safe(lambda i=i: desktop.getChildAtIndex(i).name) for i in range(desktop.childCount)
        ]
    if cmd == "tree":
        app = find_app(str(request["app"]))
        if app is None:
            return None
        _safe(app.clear_cache, None)  # states as they are now, not as last cached
        return node(app)
    if cmd == "focus":
        return focused
    if cmd == "events":
        out, events = events, []
        return out
    return {"error": f"unknown command {cmd!r}"}


def on_stdin(source, _condition) -> bool:
    line = source.readline()
    if not line:
        pyatspi.Registry.stop()
        return False
    try:
        result = answer(json.loads(line))
    except Exception as exc:  # report, keep serving
        result = {"error": repr(exc)}
    sys.stdout.write(json.dumps(result) + "\n")
    sys.stdout.flush()
    return True


def main() -> None:
    pyatspi.Registry.registerEventListener(
        on_event,
        "object:announcement",
        "object:text-changed:insert",
        "object:property-change:accessible-name",
        "object:state-changed:focused",
    )
    GLib.io_add_watch(sys.stdin, GLib.IO_IN | GLib.IO_HUP, on_stdin)
    sys.stdout.write(json.dumps({"ready": True}) + "\n")
    sys.stdout.flush()
    pyatspi.Registry.start()


if __name__ == "__main__":
    main()
