"""A visible focus ring on whatever has the keyboard focus, in every style and theme.

Styles draw focus their own way, and some not at all (Fusion's first tab, a text box's
frame, a pyqtgraph chart), or as a 1-pixel line. :class:`FocusRing` follows the
application's focus widget and draws a :data:`WIDTH`-pixel ring in the palette's
highlight colour along its inside edge. The ring is one small child widget, masked to
the ring, that ignores the mouse; it is moved to each newly focused widget.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Slot
from PySide6.QtGui import QPainter, QPalette, QRegion
from PySide6.QtWidgets import QApplication, QWidget
from shiboken6 import isValid

WIDTH = 3  # pixels; WCAG 2.2's focus appearance asks for at least 2


class _Ring(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("focusRing")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def fit(self) -> None:
        target = self.parentWidget()
        if target is None:
            return
        r = target.rect()
        self.setGeometry(r)
        inner = r.adjusted(WIDTH, WIDTH, -WIDTH, -WIDTH)
        self.setMask(QRegion(r).subtracted(QRegion(inner)))

    def paintEvent(self, _event: object) -> None:
        p = QPainter(self)
        p.fillRect(self.rect(), self.palette().color(QPalette.ColorRole.Highlight))
        p.end()


class FocusRing(QObject):
    """Draws the ring on the application's focus widget (install once per application)."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._ring: _Ring | None = None
        self._target: QWidget | None = None
        app.focusChanged.connect(self._on_focus_changed)

    @classmethod
    def install(cls, app: QApplication) -> FocusRing:
        """The application's ring, made on the first call."""
        # (findChild, not a loop over children(): wrapping every child of the
        # application for Python costs more than the rest of the theme, at start-up)
        found = app.findChild(FocusRing)
        return found if isinstance(found, FocusRing) else cls(app)

    @property
    def ring(self) -> _Ring:
        """The ring widget (made again if it went with a deleted widget)."""
        if self._ring is None or not isValid(self._ring):
            self._ring = _Ring()
        return self._ring

    @property
    def target(self) -> QWidget | None:
        """The widget that has the ring now, if any."""
        if self._target is None or not isValid(self._target) or not self.ring.isVisible():
            return None
        return self._target

    @Slot(QWidget, QWidget)
    def _on_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if self._target is not None and isValid(self._target):
            self._target.removeEventFilter(self)
        self._target = None
        ring = self.ring
        if new is None or new.isWindow() or new is ring:
            ring.hide()
            return
        self._target = new
        ring.setParent(new)
        ring.fit()
        ring.show()
        ring.raise_()
        new.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._target and event.type() == QEvent.Type.Resize:
            self.ring.fit()
        elif watched is self._target and event.type() == QEvent.Type.ChildAdded:
            self.ring.raise_()
        return False
