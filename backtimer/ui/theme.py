"""Light, dark or the system's colours.

Qt 6.8+ can ask the platform for a colour scheme (``QStyleHints.setColorScheme``); where
the platform honours it, its own style draws the scheme. Where it does not (an older
Qt, a platform theme that ignores the request, the offscreen platform), the Fusion
style with an explicit palette is used instead, so "dark" is always dark.
"""

from __future__ import annotations

import gc
import logging

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory, QWidget

from backtimer.ui.focus_ring import FocusRing
from backtimer.ui.palette import palette_for

log = logging.getLogger(__name__)
THEMES: tuple[str, ...] = ("system", "light", "dark")

_R = QPalette.ColorRole
_G = QPalette.ColorGroup

# Text that is not the palette's own: problems (red) and quieter notes (grey). Each pair
# keeps at least 4.5:1 (WCAG AA) on the window and base colours of its theme.
_TEXT_KINDS = {
    "error": {"light": "#b3261e", "dark": "#f28b82"},
    "secondary": {"light": "#5f5f5f", "dark": "#a0a4a8"},
}
_KIND = "backtimerTextKind"


def set_text_kind(widget: QWidget, kind: str) -> None:
    """Draw ``widget``'s text as ``"error"`` or ``"secondary"`` text, in the colour of the
    current theme (and again after each change of theme: see :class:`ThemeApplier`)."""
    widget.setProperty(_KIND, kind)
    _colour_text(widget, kind, QApplication.palette())


def text_colour(kind: str, palette: QPalette) -> QColor:
    return QColor(_TEXT_KINDS[kind]["dark" if _is_dark(palette) else "light"])


def _colour_text(widget: QWidget, kind: str, palette: QPalette) -> None:
    pal = widget.palette()
    colour = text_colour(kind, palette)
    for role in (_R.WindowText, _R.Text):
        pal.setColor(_G.Active, role, colour)
        pal.setColor(_G.Inactive, role, colour)
    widget.setPalette(pal)


class ThemeApplier:
    """Applies a theme to the application and can go back to the system's look.

    It also puts the :class:`~backtimer.ui.focus_ring.FocusRing` on the application.
    """

    def __init__(self, app: QApplication, system_style: str = "") -> None:
        """``system_style``: the platform's own style, when the application's style
        was changed already (:func:`~backtimer.ui.palette.first_paint_look`)."""
        self._app = app
        self._system_style = system_style or app.style().name()
        self.focus_ring = FocusRing.install(app)

    def apply(self, theme: str, *, widgets_made: bool = True) -> str:
        """Apply ``theme``; return how: ``"scheme"``, ``"palette"`` or ``"system"``.

        ``widgets_made`` False (the start, before the pages are built): no widget has
        a style sheet or a text kind yet, so the application's widgets are not walked
        (walking them makes a Python object of each, 1.4 MB that would stay)."""
        how = self._apply(theme)
        if not widgets_made:
            return how
        # Python's cycle collector must not run while Qt's list of widgets is turned into
        # Python objects and walked: collecting a forgotten widget's wrapper deletes that
        # widget, and the list would then hold it dead (a crash).
        gc.disable()
        try:
            _repolish_style_sheets(self._app)
            palette = self._app.palette()
            for widget in self._app.allWidgets():
                kind = widget.property(_KIND)
                if isinstance(kind, str) and kind in _TEXT_KINDS:
                    _colour_text(widget, kind, palette)
        finally:
            gc.enable()
        return how

    def _apply(self, theme: str) -> str:
        if theme not in THEMES:
            log.warning("unknown theme %r; following the system", theme)
            theme = "system"
        hints = QGuiApplication.styleHints()
        can_ask = hasattr(hints, "setColorScheme")
        if theme == "system":
            if can_ask:
                hints.unsetColorScheme()
            self._restore_system()
            return "system"
        wanted = Qt.ColorScheme.Dark if theme == "dark" else Qt.ColorScheme.Light
        if can_ask:
            self._restore_system()
            hints.setColorScheme(wanted)
            if hints.colorScheme() == wanted and _is_dark(self._app.palette()) == (theme == "dark"):
                return "scheme"
        fusion = QStyleFactory.create("Fusion")
        if fusion is not None and self._app.style().name().lower() != "fusion":
            self._app.setStyle(fusion)
        self._app.setPalette(palette_for(theme))
        return "palette"

    def _restore_system(self) -> None:
        if self._app.style().name().lower() != self._system_style.lower():
            style = QStyleFactory.create(self._system_style)
            if style is not None:
                self._app.setStyle(style)
        self._app.setPalette(QPalette())  # no role set: the platform's palette again


def _repolish_style_sheets(app: QApplication) -> None:
    """A widget with a style sheet keeps the palette it had when it was polished: after a
    change of theme it would draw the old text colour on the new background (dark grey on
    dark grey, 1.3:1). Polishing it again gives it the new palette."""
    for widget in app.allWidgets():  # with the cycle collector off (see apply)
        sheet = widget.styleSheet()
        if sheet:
            widget.setStyleSheet("")
            widget.setStyleSheet(sheet)


def _is_dark(palette: QPalette) -> bool:
    return palette.color(_R.Window).lightness() < 128
