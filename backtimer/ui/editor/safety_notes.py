"""The editor's safety notes: a warning when a routine does not open with a warm-up.

:class:`WarmUpNote` is a label the editor page shows under its problems; it says what is
missing (no warm-up, only still holds, or under two minutes of movement) in the words of
:func:`backtimer.core.safety.warm_up_warning`, and hides when the warm-up is fine. Unlike
a problem, it never stops saving: the routine is the person's own.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

from backtimer.core import safety
from backtimer.core.model import Exercise, Routine


def _tr(text: str, n: int = -1, /) -> str:
    return QCoreApplication.translate("Player", text, None, n)


def _tr_editor(text: str) -> str:
    return QCoreApplication.translate("EditorSafety", text)


class WarmUpNote(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("warmUpNote")
        self.setWordWrap(True)
        self.setStyleSheet(
            "QLabel#warmUpNote { border: 1px solid #b26a00; border-radius: 4px; padding: 4px; }"
        )
        self.setAccessibleDescription(_tr_editor("Warm-up advice"))
        self.hide()

    def show_for(self, routine: Routine) -> None:
        text = safety.warm_up_warning(routine, _tr)
        if text != self.text():
            self.setText(text)
        self.setVisible(bool(text))


def loaded_mark() -> str:
    """The mark after a loaded exercise's name in the editor's lists."""
    return _tr_editor(" (loaded)")


def marked_names(exercises: Iterable[Exercise]) -> dict[str, str]:
    """id -> name, with the loaded mark after each loaded exercise's name."""
    return {e.id: e.name + (loaded_mark() if safety.is_loaded(e) else "") for e in exercises}
