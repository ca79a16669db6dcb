"""A host that keeps its one child at exactly its own size.

A widget whose minimum and maximum sizes are equal does not ask its parent's layout to
run again when its contents change (``QWidget::updateGeometry`` is a no-op for it). Texts
that change every second (the main figure, its caption, the time left) sit in a
:class:`Pin`, so a new second repaints that text alone instead of laying out and
repainting the whole page. The page itself sits in a :class:`PinnedPage`, so a text that
changes now and then (the phase, "Rep 3 of 17") lays out the page but not the window.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QWidget


def _template(text: str) -> str:
    return re.sub(r"\d", "0", text)


class Pin(QWidget):
    """Lays out like ``child`` would (its size policy), but pins it at the size it gets.

    For a label, :meth:`sizeHint` measures the label's text with every digit as "0", so
    the hint changes only when the shape of the text does; call :meth:`refit` then (the
    view does, in :meth:`PlayerView.show_screen`).
    """

    def __init__(self, child: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.child = child
        child.setParent(self)
        child.move(0, 0)
        self.setSizePolicy(child.sizePolicy())
        self._shape = ""

    def refit(self) -> None:
        """The child's text changed shape (or its font changed): lay out again."""
        label = self.child
        shape = _template(label.text()) if isinstance(label, QLabel) else ""
        if shape != self._shape or not shape:
            self._shape = shape
            self.updateGeometry()

    def sizeHint(self) -> QSize:
        c = self.child
        if isinstance(c, QLabel) and type(c) is QLabel:
            fm = c.fontMetrics()
            m = c.contentsMargins()
            w = fm.horizontalAdvance(_template(c.text())) + m.left() + m.right() + 4
            return QSize(w, fm.height() + m.top() + m.bottom() + 2)
        return c.sizeHint()

    def minimumSizeHint(self) -> QSize:
        c = self.child
        if isinstance(c, QLabel) and type(c) is QLabel:
            return self.sizeHint()  # a one-line text is never cut
        return c.minimumSizeHint()

    def resizeEvent(self, event: QResizeEvent) -> None:
        self.child.setFixedSize(event.size())
        super().resizeEvent(event)


class PinnedPage(QWidget):
    """A page's contents, kept by its ``host`` at exactly the host's size.

    A label whose text changes ("Rep 2 of 17" → "Rep 3 of 17") lays out the page again;
    without the pin that would end in the host's parent, a tab widget, which then lays out
    and repaints the whole window. Pinned, the page lays itself out within its fixed size
    and the host's parent hears of it only when what the page needs (its minimum or
    preferred size) really changed. The host delegates :meth:`QWidget.sizeHint` and
    :meth:`QWidget.minimumSizeHint` to the page and resizes it in its ``resizeEvent``
    (see :class:`~backtimer.ui.player.view.PlayerView`).
    """

    def __init__(self, host: QWidget) -> None:
        super().__init__(host)
        self._host = host
        self._needs = (QSize(), QSize())

    def event(self, event: QEvent) -> bool:
        done = super().event(event)
        if event.type() == QEvent.Type.LayoutRequest:  # the layout has just run
            needs = (self.minimumSizeHint(), self.sizeHint())
            if needs != self._needs:
                self._needs = needs
                self._host.updateGeometry()
        return done
