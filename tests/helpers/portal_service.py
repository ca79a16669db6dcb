"""A stand-in for xdg-desktop-portal's Notification and Background portals.

    python portal_service.py [--refuse]

Runs on the bus in $DBUS_SESSION_BUS_ADDRESS (the tests start a private dbus-daemon)
as org.freedesktop.portal.Desktop. Prints "ready" once the name is owned, then one JSON
line per call: interface, member, path, signature, body. A call with another signature
than the real interface's gets an InvalidArgs error, as from the real portal.

- ``AddNotification(s id, a{sv} notification)`` is recorded and answered.
- A line "click ID" on standard input makes it emit ``ActionInvoked(id, action, [target])``
  for that notification's default action, to the caller that added it, as the portal
  does when the person clicks it.
- ``RequestBackground(s window, a{sv} options)`` is answered with the Request object's
  path (from ``handle_token``, as the portal makes it), then ``Response`` is emitted on
  that object: 0 and ``{background, autostart}`` granted as asked, or with --refuse 1
  (the person said no).
"""

from __future__ import annotations

import argparse
import json
import sys
import threading
from typing import Any

from jeepney import DBus, MessageType, new_error, new_method_return, new_signal
from jeepney.io.blocking import DBusConnection, Proxy, open_dbus_connection
from jeepney.low_level import HeaderFields
from jeepney.wrappers import DBusAddress

PORTAL = "/org/freedesktop/portal/desktop"
SIGNATURES = {
    ("org.freedesktop.portal.Notification", "AddNotification"): "sa{sv}",
    ("org.freedesktop.portal.Notification", "RemoveNotification"): "s",
    ("org.freedesktop.portal.Background", "RequestBackground"): "sa{sv}",
}


def _signal(
    connection: DBusConnection, path: str, interface: str, member: str, signature: str,
    body: tuple[Any, ...], destination: str,
) -> None:  # fmt: skip
    message = new_signal(DBusAddress(path, interface=interface), member, signature, body)
    message.header.fields[HeaderFields.destination] = destination
    connection.send(message)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--refuse", action="store_true")
    args = parser.parse_args()
    connection = open_dbus_connection(bus="SESSION")
    Proxy(DBus(), connection).RequestName("org.freedesktop.portal.Desktop", 4)
    notifications: dict[str, tuple[str, dict[str, Any]]] = {}  # id -> (sender, notification)

    def commands() -> None:  # "click ID" lines from the test
        for line in sys.stdin:
            word, _, key = line.strip().partition(" ")
            if word == "click" and key in notifications:
                sender, notification = notifications[key]
                action = notification["default-action"][1]
                target = notification.get("default-action-target")
                _signal(connection, PORTAL, "org.freedesktop.portal.Notification",
                        "ActionInvoked", "ssav", (key, action, [target] if target else []),
                        sender)  # fmt: skip

    threading.Thread(target=commands, daemon=True).start()
    print("ready", flush=True)
    while True:
        msg = connection.receive()
        if msg.header.message_type != MessageType.method_call:
            continue
        fields = msg.header.fields
        interface = fields.get(HeaderFields.interface, "")
        member = fields.get(HeaderFields.member, "")
        signature = fields.get(HeaderFields.signature, "")
        sender = fields.get(HeaderFields.sender, "")
        print(json.dumps({"interface": interface, "member": member,
                          "path": fields.get(HeaderFields.path), "signature": signature,
                          "body": msg.body}), flush=True)  # fmt: skip
        expected = SIGNATURES.get((interface, member))
        if expected is None:
            connection.send(new_error(msg, "org.freedesktop.DBus.Error.UnknownMethod"))
        elif signature != expected:
            connection.send(new_error(msg, "org.freedesktop.DBus.Error.InvalidArgs", "s",
                                      (f"expected ({expected}), got ({signature})",)))  # fmt: skip
        elif member == "AddNotification":
            notifications[msg.body[0]] = (sender, msg.body[1])
            connection.send(new_method_return(msg))
        elif member == "RequestBackground":
            options = msg.body[1]
            token = options["handle_token"][1]
            handle = f"{PORTAL}/request/{sender.lstrip(':').replace('.', '_')}/{token}"
            connection.send(new_method_return(msg, "o", (handle,)))
            wanted = options.get("autostart", ("b", False))[1]
            if args.refuse:
                answer: tuple[Any, ...] = (1, {})
            else:
                answer = (0, {"background": ("b", True), "autostart": ("b", wanted)})
            _signal(connection, handle, "org.freedesktop.portal.Request", "Response",
                    "ua{sv}", answer, sender)  # fmt: skip
        else:
            connection.send(new_method_return(msg))


if __name__ == "__main__":
    main()
