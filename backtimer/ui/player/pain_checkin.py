"""Pain check-in before and after a session: one click on 0–10, or Skip.

:class:`PainCheckIn` is a small dialog with eleven buttons (0 to 10) and Skip. A click
on a number answers at once. By keyboard, a digit answers at once too (one key: someone
on the floor should not need two); 10 is the last button (End, or the arrow keys, then
Enter or Space); Enter or Space answers with the focused number; Home and End go to 0
and 10; Escape is Skip. The answer is emitted as :attr:`answered` (an
``int`` or ``None`` for skipped) and kept in :meth:`value`.

Use it without blocking: ``dlg.answered.connect(...)``; ``dlg.open()``; or, where a
blocking question is fine, ``PainCheckIn.ask(parent, Moment.BEFORE)``.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QEvent, QObject, Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

MAX_PAIN = 10


class Moment(StrEnum):
    BEFORE = "before"
    AFTER = "after"


class PainCheckIn(QDialog):
    """Asks for a pain rating from 0 (none) to 10 (worst imaginable).

    Signals:
        answered(object): the rating (int 0–10), or None when skipped.
    """

    answered = Signal(object)

    def __init__(self, moment: Moment = Moment.BEFORE, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._moment = moment
        self._value: int | None = None
        self._done = False
        self.setWindowTitle(self.tr("Pain check-in"))
        self.setAccessibleName(self.tr("Pain check-in"))

        self.question = QLabel(self._question_text())
        self.question.setWordWrap(True)
        self.hint = QLabel(self.tr("0 = no pain, 10 = the worst pain you can imagine"))
        self.hint.setWordWrap(True)

        self.group = QButtonGroup(self)
        row = QHBoxLayout()
        row.setSpacing(4)
        self.buttons: list[QPushButton] = []
        for n in range(MAX_PAIN + 1):
            b = QPushButton(str(n))
            b.setAccessibleName(self.tr("Pain %1 out of 10").replace("%1", str(n)))
            b.setToolTip(b.accessibleName())
            b.setAutoDefault(False)
            b.setMinimumWidth(36)
            b.installEventFilter(self)
            self.group.addButton(b, n)
            self.buttons.append(b)
            row.addWidget(b)
        self.skip_button = QPushButton(self.tr("Skip"))
        self.skip_button.setAccessibleName(self.tr("Skip the pain check-in"))
        self.skip_button.setAutoDefault(False)
        self.skip_button.installEventFilter(self)

        self.question.setBuddy(self.buttons[0])
        layout = QVBoxLayout(self)
        layout.addWidget(self.question)
        layout.addWidget(self.hint)
        layout.addLayout(row)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.skip_button)
        layout.addLayout(bottom)
        self._connect_signals()
        self.buttons[0].setFocus()

    def _connect_signals(self) -> None:
        self.group.idClicked.connect(self._on_number)
        self.skip_button.clicked.connect(self._on_skip)

    def _question_text(self) -> str:
        if self._moment is Moment.BEFORE:
            return self.tr("How much does your back hurt now, before you start?")
        return self.tr("How much does your back hurt now, after the session?")

    @property
    def moment(self) -> Moment:
        return self._moment

    def value(self) -> int | None:
        """The rating given, or None (skipped, or not answered yet)."""
        return self._value

    @classmethod
    def ask(cls, parent: QWidget | None, moment: Moment) -> int | None:
        """Blocking convenience: show, wait for the answer, return it."""
        dlg = cls(moment, parent)
        dlg.exec()
        value = dlg.value()
        dlg.deleteLater()
        return value

    # -- answering -------------------------------------------------------------------

    @Slot(int)
    def _on_number(self, n: int) -> None:
        self._finish(n)

    @Slot()
    def _on_skip(self) -> None:
        self._finish(None)

    def reject(self) -> None:  # Escape, the window's close button
        self._finish(None)

    def _finish(self, value: int | None) -> None:
        if self._done:
            return
        self._done = True
        self._value = value
        self.answered.emit(value)
        if value is None:
            super().reject()
        else:
            self.accept()

    # -- keyboard --------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        is_key = event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
        if is_key and self._handle_key(event):  # type: ignore[arg-type]
            return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self._handle_key(event):
            super().keyPressEvent(event)

    def _handle_key(self, event: QKeyEvent) -> bool:
        key = event.key()
        text = event.text()
        if text.isdigit() and len(text) == 1 and text.isascii():
            self.buttons[int(text)].setFocus(Qt.FocusReason.ShortcutFocusReason)
            self._finish(int(text))
            return True
        focused = self._focused_number()
        if key in (Qt.Key.Key_Home, Qt.Key.Key_End):
            end = 0 if key == Qt.Key.Key_Home else MAX_PAIN
            self.buttons[end].setFocus(Qt.FocusReason.TabFocusReason)
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            if focused is not None:
                self._finish(focused)
                return True
            if self.skip_button.hasFocus():
                self._finish(None)
                return True
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right) and focused is not None:
            step = -1 if key == Qt.Key.Key_Left else 1
            self.buttons[max(0, min(MAX_PAIN, focused + step))].setFocus(
                Qt.FocusReason.TabFocusReason
            )
            return True
        return False

    def _focused_number(self) -> int | None:
        for n, b in enumerate(self.buttons):
            if b.hasFocus():
                return n
        return None
