"""A holder that keeps a label's once-a-second text changes from re-running the window's
layouts.

``QLabel.setText`` always asks its parent's layout to run again, and that request climbs
to the main window: the tab widget then repaints the whole window, about twice a second
while a routine counts down (the big figure, then the routine's time left). Inside an
:class:`Insulated` holder (no layout; the label fills it) the request stops here, unless
the text's *shape* changed: its digits replaced by 0 ("9:59 left" and "10:00 left"
differ, "10:18" and "10:17" do not) or its font. Then the layouts run as before.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, QSize
from PySide6.QtWidgets import QLabel, QWidget


def _shape(label: QLabel) -> tuple[str, str]:
    return re.sub(r"\d", "0", label.text()), label.font().key()


class Insulated(QWidget):
    def __init__(self, label: QLabel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = label
        label.setParent(self)
        self.setSizePolicy(label.sizePolicy())
        self._shape = _shape(label)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:
            shape = _shape(self.label)
            if shape != self._shape:
                self._shape = shape
                self.updateGeometry()  # a real change of size: let the layouts run
            return True
        return super().event(event)

    def resizeEvent(self, event: object) -> None:
        self.label.setGeometry(self.rect())
        super().resizeEvent(event)  # type: ignore[arg-type]

    def sizeHint(self) -> QSize:
        return self.label.sizeHint()

    def minimumSizeHint(self) -> QSize:
        return self.label.minimumSizeHint()

    def hasHeightForWidth(self) -> bool:
        return self.label.hasHeightForWidth()

    def heightForWidth(self, width: int) -> int:
        return self.label.heightForWidth(width)
