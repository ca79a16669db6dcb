"""BackTimer's connection to the desktop's services on the D-Bus session bus. No Qt here.

Used from worker threads only (:mod:`backtimer.ui.notifications`,
:mod:`backtimer.ui.login_start`): a call waits for its reply, which must never freeze
the UI thread. The calls go through jeepney, not QtDBus: the services take unsigned
integers and nested variants (``u``, ``a{sv}``, ``aa{sv}``), which PySide6 cannot
marshal (a Python int goes out as int32).

One connection both sends the calls and receives the signals that answer them
(a notification's click, a portal request's response): some services send those only
to the connection that asked. jeepney's router reads the connection on a thread of its
own and hands each matching signal to the function given to :meth:`DesktopBus.on_signal`
on that thread.

:func:`in_flatpak` tells whether BackTimer runs inside a Flatpak sandbox, where the
desktop's services are reached through the portals (``org.freedesktop.portal.*``).
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

FLATPAK_INFO = Path("/.flatpak-info")  # every Flatpak sandbox has it; nothing else does
PORTAL = ("org.freedesktop.portal.Desktop", "/org/freedesktop/portal/desktop")
REQUEST = "org.freedesktop.portal.Request"
MESSAGE_BUS = ("org.freedesktop.DBus", "/org/freedesktop/DBus")
CALL_TIMEOUT_S = 10.0


def in_flatpak(info: Path = FLATPAK_INFO) -> bool:
    return info.is_file()


def method_call(
    sender: Any,
    service: tuple[str, str],
    interface: str,
    method: str,
    signature: str | None = None,
    body: tuple[Any, ...] = (),
) -> tuple[Any, ...]:
    """Call ``method`` of ``service`` (bus name, object path) through ``sender`` (a jeepney
    connection or router) and wait for the reply's body; raises DBusErrorResponse for an
    error reply."""
    from jeepney import DBusAddress, new_method_call
    from jeepney.wrappers import unwrap_msg

    address = DBusAddress(service[1], bus_name=service[0], interface=interface)
    message = new_method_call(address, method, signature, body)
    reply = sender.send_and_get_reply(message, timeout=CALL_TIMEOUT_S)
    return tuple(unwrap_msg(reply))


def request_path(unique_name: str, token: str) -> str:
    """Where a portal puts the Request object for ``handle_token`` = ``token``."""
    sender = unique_name.lstrip(":").replace(".", "_")
    return f"{PORTAL[1]}/request/{sender}/{token}"


class _Calls:
    """What jeepney's router takes for a queue: each message goes to ``callback``."""

    def __init__(self, callback: Callable[[Any], None]) -> None:
        self._callback = callback

    def put_nowait(self, message: Any) -> None:  # on the router's thread
        try:
            self._callback(message)
        except Exception:  # a bad signal must not stop the router's thread
            log.exception("handling a D-Bus signal failed")


def _open_router(bus: str) -> tuple[Any, Any]:
    from jeepney.io.threading import DBusRouter, open_dbus_connection

    class Router(DBusRouter):  # type: ignore[misc]
        def _receiver(self) -> None:
            try:
                super()._receiver()
            except Exception as exc:  # the bus went away (log-out, a test's bus stopped)
                log.info("the D-Bus connection ended: %r", exc)

    connection = open_dbus_connection(bus=bus)
    return connection, Router(connection)


class DesktopBus:
    """One connection, opened on first use. ``bus``: ``"SESSION"`` or an address (tests)."""

    def __init__(self, bus: str = "SESSION") -> None:
        self._bus = bus
        self._connection: Any = None
        self._router: Any = None

    def router(self) -> Any:
        """The open router; raises (OSError, KeyError...) where there is no bus."""
        if self._router is None:
            self._connection, self._router = _open_router(self._bus)
        return self._router

    @property
    def unique_name(self) -> str:
        return str(self.router().unique_name)

    def call(
        self,
        service: tuple[str, str],
        interface: str,
        method: str,
        signature: str | None = None,
        body: tuple[Any, ...] = (),
    ) -> tuple[Any, ...]:
        """Call and wait for the reply's body; raises DBusErrorResponse for an error."""
        return method_call(self.router(), service, interface, method, signature, body)

    def on_signal(
        self, callback: Callable[[Any], None], interface: str, path: str | None = None
    ) -> Any:
        """Hand each signal of ``interface`` (at ``path``) to ``callback``; returns a
        handle whose ``close()`` stops it. The bus is asked to route such signals here."""
        from jeepney import MatchRule

        rule = MatchRule(type="signal", interface=interface, path=path)
        handle = self.router().filter(rule, queue=_Calls(callback))
        self.call(MESSAGE_BUS, MESSAGE_BUS[0], "AddMatch", "s", (rule.serialise(),))
        return handle

    def close(self) -> None:
        router, connection = self._router, self._connection
        self._router = self._connection = None
        if router is not None:
            router.close()
        if connection is not None:
            with contextlib.suppress(OSError):
                connection.close()
