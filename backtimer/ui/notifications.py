"""Desktop notifications through the freedesktop notification service.

:class:`Notifier` sends ``org.freedesktop.Notifications.Notify`` (served by the desktop,
and inside a Flatpak by the notification portal) with one action, "Open", and listens
over QtDBus for ``ActionInvoked`` and ``NotificationClosed``. Clicking the notification
emits :attr:`Notifier.activated` with the routine id the notification was made for.

The call never blocks the UI thread. It is made by ``gdbus call`` in a child process:
``Notify`` needs an unsigned ``replaces_id``, which PySide6's QtDBus cannot marshal
(a Python int goes out as int32 and the service refuses the call). ``gdbus`` reads the
service's introspection and sends the right types. Without a session bus or ``gdbus``,
:meth:`Notifier.notify` returns False and the caller falls back to the tray balloon.

Signals:
    activated(str): the notification for this routine id was clicked.
    failed(str): a notification could not be shown; the routine id (the caller falls
        back to the tray or the window).
"""

from __future__ import annotations

import itertools
import logging
import re
import shutil

from PySide6.QtCore import QObject, QProcess, Signal, Slot
from PySide6.QtDBus import QDBusConnection, QDBusMessage

from backtimer import APP_ID, APP_NAME

log = logging.getLogger(__name__)

SERVICE = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
INTERFACE = "org.freedesktop.Notifications"
ACTION = "default"  # the action most servers run when the notification itself is clicked
TIMEOUT_S = 10
_names = itertools.count(1)


class Notifier(QObject):
    activated = Signal(str)
    failed = Signal(str)

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        address: str | None = None,
        gdbus: str | None = None,
    ) -> None:
        """``address``: a bus other than the session bus (tests); ``gdbus``: the tool."""
        super().__init__(parent)
        if address is None:
            self._bus = QDBusConnection.sessionBus()
            self._where = ["--session"]
        else:
            # A name of its own: connectToBus returns any earlier connection of that name.
            self._bus = QDBusConnection.connectToBus(address, f"backtimer-notifier-{next(_names)}")
            self._where = ["--address", address]
        self._gdbus = gdbus if gdbus is not None else (shutil.which("gdbus") or "")
        self._routines: dict[int, str] = {}  # notification id -> routine id
        self._listening = False
        self.pending: list[QProcess] = []

    @property
    def available(self) -> bool:
        return bool(self._gdbus) and self._bus.isConnected()

    def notify(self, summary: str, body: str, routine_id: str, action_label: str = "") -> bool:
        """Ask the service to show a notification; False when there is no way to try.

        The answer comes later: :attr:`failed` if the service refused or is missing.
        """
        if not self.available:
            return False
        self._listen()
        label = action_label or self.tr("Open BackTimer")
        process = QProcess(self)
        process.setProgram(self._gdbus)
        process.setArguments(
            [
                "call", *self._where, "--timeout", str(TIMEOUT_S),
                "--dest", SERVICE, "--object-path", PATH, "--method", f"{INTERFACE}.Notify",
                "--",
                _gvariant_string(APP_NAME), "0", _gvariant_string(APP_ID),
                _gvariant_string(summary), _gvariant_string(body),
                _gvariant_strings([ACTION, label]),
                "{'desktop-entry': <" + _gvariant_string(APP_ID) + ">}",
                str(TIMEOUT_S * 1000),
            ]
        )  # fmt: skip
        process.finished.connect(lambda code, _status: self._sent(process, code, routine_id))
        process.errorOccurred.connect(lambda _e: self._sent(process, -1, routine_id))
        self.pending.append(process)
        process.start()
        return True

    def _sent(self, process: QProcess, code: int, routine_id: str) -> None:
        if process not in self.pending:
            return
        self.pending.remove(process)
        out = bytes(process.readAllStandardOutput().data()).decode(errors="replace")
        found = re.fullmatch(r"\((?:uint32 )?(\d+),\)", out.strip())  # "(uint32 7,)"
        if code != 0 or found is None:
            err = bytes(process.readAllStandardError().data()).decode(errors="replace")
            log.warning("the notification could not be shown: %s", err.strip() or code)
            self.failed.emit(routine_id)
        else:
            self._routines[int(found.group(1))] = routine_id
        process.deleteLater()

    def _listen(self) -> None:
        if self._listening:
            return
        self._listening = True
        for name, slot in (
            ("ActionInvoked", "1_on_action(QDBusMessage)"),
            ("NotificationClosed", "1_on_closed(QDBusMessage)"),
        ):
            # The stubs say bytes; the binding takes the SLOT() string (str) only.
            if not self._bus.connect("", PATH, INTERFACE, name, self, slot):  # type: ignore[call-overload]
                log.warning("cannot listen for %s on the session bus", name)

    @Slot(QDBusMessage)
    def _on_action(self, message: QDBusMessage) -> None:
        args = message.arguments()
        if len(args) == 2 and int(args[0]) in self._routines:
            self.activated.emit(self._routines.pop(int(args[0])))

    @Slot(QDBusMessage)
    def _on_closed(self, message: QDBusMessage) -> None:
        args = message.arguments()
        if args:
            self._routines.pop(int(args[0]), None)


def _gvariant_string(text: str) -> str:
    """``text`` as a GVariant text-form string (gdbus parses every argument)."""
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'"


def _gvariant_strings(items: list[str]) -> str:
    return "[" + ", ".join(_gvariant_string(s) for s in items) + "]"
