"""The player's pain check-ins: whether to ask (the ``ASK_PAIN`` setting) and asking.

:meth:`PainCheckIns.ask` is what :class:`PlayerController` calls before and after a
session (``ask_pain``); the controller hands the answers to the session recorder.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from backtimer.settings import ASK_PAIN, Settings

if TYPE_CHECKING:  # the dialog's module is imported when it is first needed
    from backtimer.ui.player.pain_checkin import Moment

Ask = Callable[[QWidget | None, "Moment"], int | None]


def _ask_dialog(parent: QWidget | None, moment: Moment) -> int | None:
    from backtimer.ui.player.pain_checkin import PainCheckIn

    return PainCheckIn.ask(parent, moment)  # looked up at call time (tests stand in)


class PainCheckIns:
    def __init__(self, settings: Settings, parent: QWidget, ask: Ask = _ask_dialog) -> None:
        self.settings = settings
        self.parent = parent
        self.dialog = ask  # asks one question; tests stand in

    def ask(self, moment: str) -> int | None:
        """0..10, or None when skipped or when check-ins are switched off."""
        if not self.settings.get(ASK_PAIN):
            return None
        from backtimer.ui.player.pain_checkin import Moment

        return self.dialog(self.parent, Moment(moment))
