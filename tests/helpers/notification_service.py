"""A small org.freedesktop.Notifications service for tests, on a bus given by address.

It answers ``Introspect`` with the specification's signatures (so a client that reads
them, like ``gdbus``, sends the right types), records each ``Notify`` call with its
signature, and can emit ``ActionInvoked`` as a notification server does when clicked.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

from PySide6.QtDBus import QDBusConnection, QDBusMessage, QDBusVirtualObject

NAME = "org.freedesktop.Notifications"
_names = itertools.count(1)
PATH = "/org/freedesktop/Notifications"
INTROSPECTION = f"""<interface name="{NAME}">
 <method name="Notify">
  <arg type="s" direction="in"/><arg type="u" direction="in"/><arg type="s" direction="in"/>
  <arg type="s" direction="in"/><arg type="s" direction="in"/><arg type="as" direction="in"/>
  <arg type="a{{sv}}" direction="in"/><arg type="i" direction="in"/>
  <arg type="u" direction="out"/>
 </method>
 <method name="GetCapabilities"><arg type="as" direction="out"/></method>
 <signal name="ActionInvoked"><arg type="u"/><arg type="s"/></signal>
 <signal name="NotificationClosed"><arg type="u"/><arg type="u"/></signal>
</interface>
"""


@dataclass(frozen=True)
class Call:
    signature: str
    app_name: str
    summary: str
    body: str
    actions: list[str]


class NotificationService(QDBusVirtualObject):
    def __init__(self, address: str) -> None:
        super().__init__()
        self.name = f"test-notification-service-{next(_names)}"
        self.connection = QDBusConnection.connectToBus(address, self.name)
        assert self.connection.isConnected()
        assert self.connection.registerVirtualObject(PATH, self)
        assert self.connection.registerService(NAME)
        self.calls: list[Call] = []

    def introspect(self, path: str) -> str:
        return INTROSPECTION

    def handleMessage(self, message: QDBusMessage, connection: QDBusConnection) -> bool:
        if message.member() == "Notify":
            args = message.arguments()
            self.calls.append(Call(message.signature(), args[0], args[3], args[4], list(args[5])))
            self.connection.send(message.createReply(len(self.calls)))
            return True
        if message.member() == "GetCapabilities":
            self.connection.send(message.createReply([["actions", "body"]]))
            return True
        return False

    def click(self, notification_id: int, action: str = "default") -> None:
        signal = QDBusMessage.createSignal(PATH, NAME, "ActionInvoked")
        signal.setArguments([notification_id, action])
        assert self.connection.send(signal)

    def close(self) -> None:
        self.connection.unregisterObject(PATH)
        self.connection.unregisterService(NAME)
        QDBusConnection.disconnectFromBus(self.name)
