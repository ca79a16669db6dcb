"""A persistent notice while the history is not being saved (full disk, I/O error).

The history writer keeps the session's records in memory and retries; this label stays
in the status bar, where a six-second message would be missed, until a retry succeeds.
:class:`SavingReports` carries the writer thread's news to the UI thread.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot
from PySide6.QtWidgets import QLabel, QWidget

from backtimer.ui import problem_text


class SavingReports(QObject):
    """The history writer's callbacks (called on its thread) as signals, delivered on
    the UI thread.

    Signals:
        failed(str): the first write error, in one sentence (later ones are not repeated).
        saving_changed(bool): False while writes are held in memory, True again after.
    """

    failed = Signal(str)
    saving_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._error_said = False

    def write_failed(self, exc: BaseException) -> None:
        if not self._error_said:
            self._error_said = True
            text = QCoreApplication.translate("App", "The history could not be saved: {error}")
            self.failed.emit(text.format(error=problem_text.error_text(exc)))

    def saving(self, saving: bool) -> None:
        self.saving_changed.emit(saving)


class SaveStatus(QLabel):
    """Hidden while saving works; shows why it does not otherwise."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(False)
        self.setStyleSheet("QLabel { color: palette(bright-text); background: #b71c1c; "
                           "padding: 2px 8px; border-radius: 3px; }")  # fmt: skip
        self.setText(
            self.tr(
                "History is not being saved (disk full or failing). This session is kept "
                "in memory and saved when there is room."
            )
        )
        self.setAccessibleName(self.text())
        self.hide()

    @Slot(bool)
    def set_saving(self, saving: bool) -> None:
        self.setVisible(not saving)
