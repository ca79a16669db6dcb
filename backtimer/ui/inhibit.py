"""Ask the desktop not to start the screensaver while a session runs.

First ``org.freedesktop.portal.Inhibit`` (xdg-desktop-portal: inside a Flatpak, and on
GNOME, KDE and most desktops outside one), then, where no portal answers, the older
``org.freedesktop.ScreenSaver`` service. Where neither answers (no session bus, a bare
X server) nothing is held off, and the log says so.

The D-Bus calls run on one worker thread, never on the UI thread: a call waits for its
reply (and a ``QDBusInterface`` constructor even introspects synchronously), and a slow
or starting portal must not freeze the countdown. ``state_changed`` reports the outcome
back on the UI thread.

The calls are made with jeepney, not QtDBus: both interfaces take a uint32 (``u``: the
portal's flags, the screensaver's cookie), and PySide6 sends every Python int as an
int32 or int64, which the services reject as a wrong signature. Both services end an
inhibition when the caller's connection closes, so the worker keeps its connection
open while one is held.
"""

from __future__ import annotations

import contextlib
import logging
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, Signal

from backtimer.desktop_bus import PORTAL, REQUEST, method_call

log = logging.getLogger(__name__)

PORTAL_INHIBIT = "org.freedesktop.portal.Inhibit"
PORTAL_REQUEST = REQUEST
SCREENSAVER = ("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver")
INHIBIT_IDLE = 8  # the portal's flag for "the session is idle" (screensaver, blanking)

# What holds the screensaver off; NONE also when nothing was asked.
NONE, PORTAL_HELD, SCREENSAVER_HELD = "none", "portal", "screensaver"


class DBusInhibitor:
    """The D-Bus side, run on the worker thread only. No Qt here.

    ``bus`` is ``"SESSION"`` or a D-Bus address (the tests' private bus).
    """

    def __init__(self, app_name: str, bus: str = "SESSION") -> None:
        self._app = app_name
        self._bus = bus
        self._connection: Any = None
        self._portal_handle: str | None = None
        self._cookie: int | None = None

    def _connect(self) -> Any:
        if self._connection is None:
            from jeepney.io.blocking import open_dbus_connection

            self._connection = open_dbus_connection(bus=self._bus)
        return self._connection

    def _call(
        self,
        service: tuple[str, str],
        interface: str,
        method: str,
        signature: str | None = None,
        body: tuple[Any, ...] = (),
    ) -> tuple[Any, ...]:
        return method_call(self._connect(), service, interface, method, signature, body)

    def inhibit(self, reason: str) -> str:
        if self._portal_handle is not None:
            return PORTAL_HELD
        if self._cookie is not None:
            return SCREENSAVER_HELD
        try:
            self._connect()
        except Exception as exc:  # no bus at all: OSError, KeyError (no address)...
            log.info("no D-Bus session bus (%s): cannot hold off the screensaver", exc)
            return NONE
        try:
            (handle,) = self._call(PORTAL, PORTAL_INHIBIT, "Inhibit", "sua{sv}",
                                   ("", INHIBIT_IDLE, {"reason": ("s", reason)}))  # fmt: skip
            self._portal_handle = str(handle)
            return PORTAL_HELD
        except Exception as exc:
            log.info("no Inhibit portal (%s); trying org.freedesktop.ScreenSaver", exc)
        try:
            (cookie,) = self._call(SCREENSAVER, SCREENSAVER[0], "Inhibit", "ss",
                                   (self._app, reason))  # fmt: skip
            self._cookie = int(cookie)
            return SCREENSAVER_HELD
        except Exception as exc:
            log.info("no org.freedesktop.ScreenSaver either (%s): screensaver not held", exc)
        self.close()
        return NONE

    def release(self) -> str:
        try:
            if self._portal_handle is not None:
                service = (PORTAL[0], self._portal_handle)
                self._portal_handle = None
                self._call(service, PORTAL_REQUEST, "Close")
            if self._cookie is not None:
                cookie, self._cookie = self._cookie, None
                self._call(SCREENSAVER, SCREENSAVER[0], "UnInhibit", "u", (cookie,))
        except Exception as exc:
            log.info("releasing the screensaver failed (%s); closing the connection", exc)
        self.close()  # the services also end an inhibition when its connection closes
        return NONE

    def close(self) -> None:
        if self._connection is not None:
            connection, self._connection = self._connection, None
            with contextlib.suppress(OSError):
                connection.close()


class ScreenSaverInhibitor(QObject):
    """The UI side: ``inhibit``/``release`` return at once; the worker does the calls."""

    state_changed = Signal(str)  # NONE, PORTAL_HELD or SCREENSAVER_HELD, on the UI thread

    def __init__(self, app_name: str, parent: QObject | None = None, *,
                 bus: str | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        address = bus or "SESSION"
        dbus = self._dbus = DBusInhibitor(app_name, address)
        # The thread starts with the first call; its connection lives as long as a hold.
        executor = self._executor = ThreadPoolExecutor(1, thread_name_prefix="bt-inhibit")
        self._wanted = False
        self.state = NONE
        self.state_changed.connect(self._record)

        def shut_down() -> None:  # captures no self: it runs while the object dies
            # RuntimeError: the interpreter is already shutting down (the process exits,
            # which closes the connection and so ends any inhibition anyway).
            with contextlib.suppress(RuntimeError):
                executor.submit(dbus.release)
            executor.shutdown(wait=False)

        self.destroyed.connect(shut_down)

    @property
    def active(self) -> bool:
        """True from ``inhibit`` until ``release`` (whether or not a service answered)."""
        return self._wanted

    def _submit(self, job: Any, *args: Any) -> None:
        try:
            future: Future[str] = self._executor.submit(job, *args)
        except RuntimeError:  # shut down already (the app is quitting): the exit releases it
            log.debug("screensaver call after shut-down skipped")
            return
        future.add_done_callback(self._done)

    def _done(self, future: Future[str]) -> None:  # on the worker thread
        try:
            state = future.result()
        except Exception:  # pragma: no cover - DBusInhibitor catches what it expects
            log.exception("screensaver inhibition failed")
            state = NONE
        # Queued to the UI thread; RuntimeError: the QObject is gone (the app is quitting).
        with contextlib.suppress(RuntimeError):
            self.state_changed.emit(state)

    def _record(self, state: str) -> None:
        self.state = state

    def inhibit(self, reason: str) -> None:
        if self._wanted:
            return
        self._wanted = True
        self._submit(self._dbus.inhibit, reason)

    def release(self) -> None:
        if not self._wanted:
            return
        self._wanted = False
        self._submit(self._dbus.release)
