"""Start at login inside a Flatpak: the Background portal.

A sandboxed app cannot write the host's ``~/.config/autostart`` (outside a sandbox
:mod:`backtimer.autostart` writes the XDG entry). It asks
``org.freedesktop.portal.Background.RequestBackground`` instead, with ``autostart``
true or false and the command to run (``backtimer --background``, inside the
sandbox). The portal may ask the person first, so the answer is a ``Response`` signal on
the request's object, which can come minutes later. The call and the wait run on a
worker thread; :attr:`LoginStarter.answered` brings the outcome to the UI thread.
"""

from __future__ import annotations

import contextlib
import itertools
import logging
import queue
from collections.abc import Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, Signal

from backtimer.desktop_bus import PORTAL, REQUEST, DesktopBus, request_path

log = logging.getLogger(__name__)

BACKGROUND = "org.freedesktop.portal.Background"
ANSWER_TIMEOUT_S = 600.0  # the person may take a while to answer the portal's question
_tokens = itertools.count(1)

# Outcomes: the portal did what was asked; it (or the person) said no; no portal.
DONE, REFUSED, FAILED = "done", "refused", "failed"


def request_background(
    bus: DesktopBus, autostart: bool, commandline: Sequence[str], reason: str,
    timeout: float = ANSWER_TIMEOUT_S,
) -> str:  # fmt: skip
    """Ask the portal and wait for its answer (worker thread). Returns DONE or REFUSED;
    raises where there is no bus or no portal, or no answer in ``timeout`` seconds."""
    token = f"backtimer{next(_tokens)}"
    expected = request_path(bus.unique_name, token)
    responses: queue.Queue[Any] = queue.Queue()
    # Listen before asking: the answer may come before the call's reply is read.
    handle = bus.on_signal(responses.put_nowait, REQUEST, expected)
    try:
        options = {
            "handle_token": ("s", token),
            "reason": ("s", reason),
            "autostart": ("b", autostart),
            "commandline": ("as", list(commandline)),
            "dbus-activatable": ("b", False),
        }
        (path,) = bus.call(PORTAL, BACKGROUND, "RequestBackground", "sa{sv}", ("", options))
        while True:
            message = responses.get(timeout=timeout)  # queue.Empty: no answer
            # Older portals may use another path than the one asked for.
            if message.header.fields.get(1) == path:  # jeepney.HeaderFields.path
                break
    finally:
        handle.close()
    response, results = message.body
    if response != 0:  # 1: the person said no, 2: something else stopped it
        return REFUSED
    granted = bool(results.get("autostart", ("b", False))[1])
    return DONE if granted == autostart else REFUSED


class LoginStarter(QObject):
    """The UI side: :meth:`request` returns at once; :attr:`answered` tells the outcome."""

    answered = Signal(bool, str)  # the wish (on/off), DONE, REFUSED or FAILED

    def __init__(self, parent: QObject | None = None, *, address: str | None = None) -> None:
        super().__init__(parent)
        bus = self._bus = DesktopBus(address or "SESSION")
        executor = self._executor = ThreadPoolExecutor(1, thread_name_prefix="bt-login")

        def shut_down() -> None:  # captures no self: it runs while the object dies
            with contextlib.suppress(RuntimeError):
                executor.submit(bus.close)
            executor.shutdown(wait=False)

        self.destroyed.connect(shut_down)

    def request(self, on: bool, commandline: Sequence[str], reason: str) -> None:
        try:
            future = self._executor.submit(request_background, self._bus, on, commandline, reason)
        except RuntimeError:  # shut down: the app is quitting
            return
        future.add_done_callback(lambda f: self._done(f, on))

    def _done(self, future: Future[str], on: bool) -> None:  # on the worker thread
        try:
            outcome = future.result()
        except Exception as exc:  # no bus, no portal, no answer
            log.warning("the Background portal did not answer: %s", exc)
            outcome = FAILED
        with contextlib.suppress(RuntimeError):  # the QObject is gone (quitting)
            self.answered.emit(on, outcome)
