"""A stand-in for xdg-desktop-portal's Inhibit and/or org.freedesktop.ScreenSaver.

    python inhibit_service.py [--portal] [--screensaver] [--hold FILE]

Runs on the session bus in $DBUS_SESSION_BUS_ADDRESS (the tests start a private
dbus-daemon). Prints "ready" when its names are owned, then one JSON line per call it
gets: member, signature, body. Services the real ones' checks: a call with another
signature than the real interface's is answered with an InvalidArgs error. With
--hold FILE it answers an Inhibit only once FILE exists (a slow portal).
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from jeepney import DBus, MessageType, new_error, new_method_return
from jeepney.io.blocking import Proxy, open_dbus_connection

SIGNATURES = {
    ("org.freedesktop.portal.Inhibit", "Inhibit"): "sua{sv}",
    ("org.freedesktop.portal.Request", "Close"): "",
    ("org.freedesktop.ScreenSaver", "Inhibit"): "ss",
    ("org.freedesktop.ScreenSaver", "UnInhibit"): "u",
}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--portal", action="store_true")
    parser.add_argument("--screensaver", action="store_true")
    parser.add_argument("--hold", type=Path)
    args = parser.parse_args()
    connection = open_dbus_connection(bus="SESSION")
    bus = Proxy(DBus(), connection)
    if args.portal:
        bus.RequestName("org.freedesktop.portal.Desktop", 4)
    if args.screensaver:
        bus.RequestName("org.freedesktop.ScreenSaver", 4)
    print("ready", flush=True)
    handles = 0
    while True:
        msg = connection.receive()
        if msg.header.message_type != MessageType.method_call:
            continue
        fields = msg.header.fields
        interface, member = fields.get(2, ""), fields.get(3, "")
        signature = fields.get(8, "")
        body = msg.body
        print(json.dumps({"interface": interface, "member": member, "path": fields.get(1),
                          "signature": signature, "body": body}), flush=True)  # fmt: skip
        expected = SIGNATURES.get((interface, member))
        if expected is None:
            connection.send(new_error(msg, "org.freedesktop.DBus.Error.UnknownMethod"))
        elif signature != expected:
            connection.send(new_error(msg, "org.freedesktop.DBus.Error.InvalidArgs", "s",
                                      (f"expected ({expected}), got ({signature})",)))  # fmt: skip
        elif member == "Inhibit" and interface.endswith("portal.Inhibit"):
            while args.hold is not None and not args.hold.exists():
                time.sleep(0.02)  # a slow service; the test creates the file
            handles += 1
            handle = f"/org/freedesktop/portal/desktop/request/test/t{handles}"
            connection.send(new_method_return(msg, "o", (handle,)))
        elif member == "Inhibit":
            connection.send(new_method_return(msg, "u", (4242,)))
        else:
            connection.send(new_method_return(msg))


if __name__ == "__main__":
    main()
