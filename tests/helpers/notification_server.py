# ruff: noqa: F722, F821
# mypy: ignore-errors
# (dbus-next reads D-Bus signatures from string annotations: "s", "as", "a{sv}".)
"""A small org.freedesktop.Notifications service for tests (dbus-next, asyncio).

Run on a session bus (``dbus-run-session``). Every Notify call is written to stdout as
one JSON line {"id", "app_name", "summary", "body", "actions"}; a line "invoke ID KEY"
on stdin emits ActionInvoked(ID, KEY). Types follow the specification exactly, so a
client that sends the wrong ones (an int32 replaces_id) gets an InvalidArgs error.
"""

import asyncio
import json
import sys

from dbus_next.aio import MessageBus
from dbus_next.service import ServiceInterface, method, signal


class Notifications(ServiceInterface):
    def __init__(self) -> None:
        super().__init__("org.freedesktop.Notifications")
        self.last_id = 0

    @method()
    def Notify(
        self,
        app_name: "s",
        replaces_id: "u",
        app_icon: "s",
        summary: "s",
        body: "s",
        actions: "as",
        hints: "a{sv}",
        expire_timeout: "i",
    ) -> "u":
        self.last_id += 1
        line = {
            "id": self.last_id,
            "app_name": app_name,
            "summary": summary,
            "body": body,
            "actions": actions,
        }
        print(json.dumps(line), flush=True)
        return self.last_id

    @method()
    def GetCapabilities(self) -> "as":
        return ["actions", "body"]

    @method()
    def GetServerInformation(self) -> "ssss":
        return ["test", "backtimer-tests", "1", "1.2"]

    @method()
    def CloseNotification(self, notification_id: "u"):
        pass

    @signal()
    def ActionInvoked(self, notification_id: int, key: str) -> "us":
        return [notification_id, key]


async def main() -> None:
    bus = await MessageBus().connect()
    service = Notifications()
    bus.export("/org/freedesktop/Notifications", service)
    await bus.request_name("org.freedesktop.Notifications")
    print(json.dumps({"ready": True}), flush=True)
    loop = asyncio.get_running_loop()
    reader = asyncio.StreamReader()
    await loop.connect_read_pipe(lambda: asyncio.StreamReaderProtocol(reader), sys.stdin)
    while line := (await reader.readline()).decode():
        parts = line.split()
        if len(parts) == 3 and parts[0] == "invoke":
            service.ActionInvoked(int(parts[1]), parts[2])


if __name__ == "__main__":
    asyncio.run(main())
