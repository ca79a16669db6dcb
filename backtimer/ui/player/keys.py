"""Which keys belong to the focused control rather than to the player's shortcuts.

The page's shortcuts (Space, Enter, arrows...) act only when no control that uses that
key has the focus: a focused button takes Space and Enter itself (Enter clicks it), a
combo box and a slider their arrows, the queue Enter and Up/Down. The view installs
itself as the event filter of those controls and calls :func:`filter_key`.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractButton, QAbstractSlider, QComboBox, QListView

_FOCUS_KEYS = {
    Qt.Key.Key_Space,
    Qt.Key.Key_Return,
    Qt.Key.Key_Enter,
}
_ARROWS = {
    Qt.Key.Key_Left,
    Qt.Key.Key_Right,
    Qt.Key.Key_Up,
    Qt.Key.Key_Down,
    Qt.Key.Key_Home,
    Qt.Key.Key_End,
    Qt.Key.Key_PageUp,
    Qt.Key.Key_PageDown,
}


def filter_key(watched: QObject, event: QEvent) -> bool:
    """An event filter's answer for a control of the page: True when the event was
    taken (the control keeps its key, or Enter clicked the focused button)."""
    t = event.type()
    if t == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
        if _owns_key(watched, event):
            event.accept()  # the focused control gets the key, not the page shortcut
            return True
    elif (
        t == QEvent.Type.KeyPress
        and isinstance(event, QKeyEvent)
        and isinstance(watched, QAbstractButton)
        and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        and not event.isAutoRepeat()
    ):
        watched.animateClick()
        return True
    return False


def _owns_key(widget: QObject, event: QKeyEvent) -> bool:
    """Whether the focused ``widget`` uses ``event``'s key itself."""
    if event.modifiers() not in (
        Qt.KeyboardModifier.NoModifier,
        Qt.KeyboardModifier.KeypadModifier,
    ):
        return False
    key = event.key()
    if isinstance(widget, QAbstractButton | QComboBox):
        return key in _FOCUS_KEYS or (isinstance(widget, QComboBox) and key in _ARROWS)
    if isinstance(widget, QAbstractSlider):
        return key in _ARROWS
    if isinstance(widget, QListView):
        return key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) or key in _ARROWS - {
            Qt.Key.Key_Left,
            Qt.Key.Key_Right,
        }
    return False
