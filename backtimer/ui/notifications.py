"""Desktop notifications: the freedesktop notification service, or inside a Flatpak the
notification portal.

Outside a sandbox :class:`Notifier` calls ``org.freedesktop.Notifications.Notify`` with
one action, "default" (what servers run when the notification itself is clicked), and
listens for ``ActionInvoked`` and ``NotificationClosed``. Inside a Flatpak (where the
sandbox may not talk to that name) it calls the portal's
``org.freedesktop.portal.Notification.AddNotification`` with a default action and an
"Open BackTimer" button whose target is the routine id, and listens for the portal's
``ActionInvoked``. Either way, clicking the notification emits :attr:`Notifier.activated`
with the routine id the notification was made for.

The calls run on a worker thread through :class:`backtimer.desktop_bus.DesktopBus`
(jeepney), never on the UI thread; their outcome and the clicks come back to the UI
thread as queued signals. Without a session bus :meth:`Notifier.notify` returns False
and the caller falls back to the tray balloon.

Signals:
    activated(str): the notification for this routine id was clicked.
    failed(str): a notification could not be shown; the routine id (the caller falls
        back to the tray or the window).
"""

from __future__ import annotations

import contextlib
import logging
import os
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

from backtimer import APP_ID, APP_NAME
from backtimer.desktop_bus import PORTAL, DesktopBus, in_flatpak

log = logging.getLogger(__name__)

SERVICE = ("org.freedesktop.Notifications", "/org/freedesktop/Notifications")
INTERFACE = "org.freedesktop.Notifications"
ACTION = "default"  # the action most servers run when the notification itself is clicked
TIMEOUT_S = 10
PORTAL_NOTIFICATION = "org.freedesktop.portal.Notification"
PORTAL_ID = "reminder"  # one at a time: a new reminder replaces the one still shown
MEMBER = 3  # jeepney.HeaderFields.member (jeepney is imported on Linux only)
PORTAL_ACTION = "open-routine"  # no "app." prefix: the portal answers with ActionInvoked


class NotificationCalls:
    """The D-Bus side, run on the worker thread (and its signals on jeepney's). No Qt.

    ``notify`` returns the key the service knows the notification by (its id);
    ``on_click(key, target)`` is called with the click's target ("" when the service
    sends none) and ``on_closed(key)`` when the notification went away unclicked.
    """

    def __init__(self, bus: DesktopBus, portal: bool, on_click: Any, on_closed: Any) -> None:
        self._bus = bus
        self._portal = portal
        self._on_click = on_click
        self._on_closed = on_closed
        self._listening = False

    def notify(self, summary: str, body: str, routine_id: str, label: str) -> str:
        self._listen()
        if self._portal:
            target = ("s", routine_id)
            notification = {
                "title": ("s", summary),
                "body": ("s", body),
                "priority": ("s", "normal"),
                "default-action": ("s", PORTAL_ACTION),
                "default-action-target": target,
                "buttons": ("aa{sv}", [
                    {"label": ("s", label), "action": ("s", PORTAL_ACTION), "target": target}
                ]),
            }  # fmt: skip
            self._bus.call(PORTAL, PORTAL_NOTIFICATION, "AddNotification", "sa{sv}",
                           (PORTAL_ID, notification))  # fmt: skip
            return PORTAL_ID
        hints = {"desktop-entry": ("s", APP_ID)}
        (number,) = self._bus.call(SERVICE, INTERFACE, "Notify", "susssasa{sv}i",
                                   (APP_NAME, 0, APP_ID, summary, body, [ACTION, label],
                                    hints, TIMEOUT_S * 1000))  # fmt: skip
        return str(number)

    def _listen(self) -> None:
        if self._listening:
            return
        if self._portal:
            self._bus.on_signal(self._portal_signal, PORTAL_NOTIFICATION, PORTAL[1])
        else:
            self._bus.on_signal(self._signal, INTERFACE, SERVICE[1])
        self._listening = True

    def _signal(self, message: Any) -> None:  # on jeepney's thread
        member = message.header.fields.get(MEMBER, "")
        body = message.body
        if member == "ActionInvoked" and len(body) == 2:
            self._on_click(str(body[0]), "")
        elif member == "NotificationClosed" and body:
            self._on_closed(str(body[0]))

    def _portal_signal(self, message: Any) -> None:  # on jeepney's thread
        body = message.body
        if message.header.fields.get(MEMBER) == "ActionInvoked" and len(body) == 3:
            # (id, action, parameter): the parameter holds the action's target.
            target = body[2][0][1] if body[2] and body[2][0][0] == "s" else ""
            self._on_click(str(body[0]), str(target))


class Notifier(QObject):
    activated = Signal(str)
    failed = Signal(str)
    _clicked = Signal(str, str)  # key, target: from jeepney's thread to the UI thread
    _closed = Signal(str)
    _shown = Signal(str, str)  # key, routine id
    _refused = Signal(str)  # routine id

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        address: str | None = None,
        portal: bool | None = None,
    ) -> None:
        """``address``: a bus other than the session bus (tests); ``portal``: use the
        notification portal (default: inside a Flatpak)."""
        super().__init__(parent)
        self._address = address
        self.portal = in_flatpak() if portal is None else portal
        bus = DesktopBus(address or "SESSION")
        self._calls = NotificationCalls(bus, self.portal, self._clicked.emit, self._closed.emit)
        self._routines: dict[str, str] = {}  # the service's key -> routine id
        self.pending = 0  # calls sent, not yet answered
        executor = self._executor = ThreadPoolExecutor(1, thread_name_prefix="bt-notify")
        self._clicked.connect(self._on_click)
        self._closed.connect(self._on_closed)
        self._shown.connect(self._on_shown)
        self._refused.connect(self._on_refused)

        def shut_down() -> None:  # captures no self: it runs while the object dies
            with contextlib.suppress(RuntimeError):  # the interpreter is shutting down
                executor.submit(bus.close)
            executor.shutdown(wait=False)

        self.destroyed.connect(shut_down)

    @property
    def available(self) -> bool:
        """Whether there is a bus to try (the call itself may still fail: :attr:`failed`)."""
        return self._address is not None or bool(os.environ.get("DBUS_SESSION_BUS_ADDRESS"))

    def notify(self, summary: str, body: str, routine_id: str, action_label: str = "") -> bool:
        """Ask the service to show a notification; False when there is no way to try.

        The answer comes later: :attr:`failed` if the service refused or is missing.
        """
        if not self.available:
            return False
        label = action_label or self.tr("Open BackTimer")
        try:
            future = self._executor.submit(self._calls.notify, summary, body, routine_id, label)
        except RuntimeError:  # shut down: the app is quitting
            return False
        self.pending += 1
        future.add_done_callback(lambda f: self._answered(f, routine_id))
        return True

    def _answered(self, future: Future[str], routine_id: str) -> None:  # on the worker
        try:
            key = future.result()
        except Exception as exc:  # no bus, no service, an error reply
            log.warning("the notification could not be shown: %s", exc)
            with contextlib.suppress(RuntimeError):  # the QObject is gone
                self._refused.emit(routine_id)
            return
        with contextlib.suppress(RuntimeError):
            self._shown.emit(key, routine_id)

    @Slot(str, str)
    def _on_shown(self, key: str, routine_id: str) -> None:
        self.pending -= 1
        self._routines[key] = routine_id

    @Slot(str)
    def _on_refused(self, routine_id: str) -> None:
        self.pending -= 1
        self.failed.emit(routine_id)

    @Slot(str, str)
    def _on_click(self, key: str, target: str) -> None:
        if key not in self._routines:
            return  # another program's notification
        routine_id = self._routines.pop(key)
        self.activated.emit(target or routine_id)  # the portal sends the button's target

    @Slot(str)
    def _on_closed(self, key: str) -> None:
        self._routines.pop(key, None)
