"""Ask the desktop not to start the screensaver while a session runs.

Qt has no portable call for this. On Linux desktops the freedesktop
``org.freedesktop.ScreenSaver`` D-Bus service offers ``Inhibit``/``UnInhibit``; where
there is no session bus or no such service this does nothing and says so in the log.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject

log = logging.getLogger(__name__)


class ScreenSaverInhibitor(QObject):
    def __init__(self, app_name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._app = app_name
        self._cookie: int | None = None
        self._iface: object | None = None
        self._tried = False

    def _interface(self) -> object | None:
        if self._tried:
            return self._iface
        self._tried = True
        try:
            from PySide6.QtDBus import QDBusConnection, QDBusInterface
        except ImportError:  # pragma: no cover - QtDBus ships with PySide6-Essentials
            return None
        bus = QDBusConnection.sessionBus()
        if not bus.isConnected():
            log.info("no D-Bus session bus: cannot hold off the screensaver")
            return None
        iface = QDBusInterface(
            "org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver",
            "org.freedesktop.ScreenSaver", bus,
        )  # fmt: skip
        self._iface = iface if iface.isValid() else None
        if self._iface is None:
            log.info("no org.freedesktop.ScreenSaver service: cannot hold off the screensaver")
        return self._iface

    @property
    def active(self) -> bool:
        return self._cookie is not None

    def inhibit(self, reason: str) -> None:
        iface = self._interface()
        if iface is None or self._cookie is not None:
            return
        reply = iface.call("Inhibit", self._app, reason)  # type: ignore[attr-defined]
        args = reply.arguments()
        if args:
            self._cookie = int(args[0])

    def release(self) -> None:
        iface = self._interface()
        if iface is None or self._cookie is None:
            return
        iface.call("UnInhibit", self._cookie)  # type: ignore[attr-defined]
        self._cookie = None
