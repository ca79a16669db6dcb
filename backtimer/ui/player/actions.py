"""The player's actions: each with its label, keys and description, its icon, the
primary button's words and the main figure's descriptions.

The texts are marked for lupdate in the ``PlayerView`` context and translated where
they are shown; :func:`make_actions` makes the ``QAction`` s (window-wide shortcuts,
the keys in the tooltip) that the view's buttons, the menu and the help overlay share.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from backtimer.core.presenter import FigureKind, Primary
from backtimer.ui.marks import QT_TRANSLATE_NOOP


def _tr(text: str) -> str:
    return QCoreApplication.translate("PlayerView", text)


# name, label, shortcuts, description (marked for lupdate; translated where shown)
ACTIONS: list[tuple[str, str, list[str], str]] = [
    (
        "start",
        QT_TRANSLATE_NOOP("PlayerView", "Start"),
        ["Space"],
        QT_TRANSLATE_NOOP("PlayerView", "Start, pause or resume the routine"),
    ),
    (
        "previous",
        QT_TRANSLATE_NOOP("PlayerView", "Previous"),
        ["Left"],
        QT_TRANSLATE_NOOP("PlayerView", "Go back to the previous exercise"),
    ),
    (
        "skip",
        QT_TRANSLATE_NOOP("PlayerView", "Skip"),
        ["Right"],
        QT_TRANSLATE_NOOP("PlayerView", "Skip to the next step"),
    ),
    (
        "restart",
        QT_TRANSLATE_NOOP("PlayerView", "Restart step"),
        ["R"],
        QT_TRANSLATE_NOOP("PlayerView", "Start the current step again"),
    ),
    (
        "done",
        QT_TRANSLATE_NOOP("PlayerView", "Done"),
        ["Return", "Enter"],
        QT_TRANSLATE_NOOP("PlayerView", "Finish self-paced repetitions"),
    ),
    (
        "hurt",
        QT_TRANSLATE_NOOP("PlayerView", "It hurts"),
        ["H"],
        QT_TRANSLATE_NOOP("PlayerView", "Stop this exercise at once because it hurts"),
    ),
    (
        "stop",
        QT_TRANSLATE_NOOP("PlayerView", "Stop"),
        ["Esc"],
        QT_TRANSLATE_NOOP("PlayerView", "End the session"),
    ),
    (
        "jump",
        QT_TRANSLATE_NOOP("PlayerView", "Go to item"),
        ["J"],
        QT_TRANSLATE_NOOP("PlayerView", "Jump to the item selected in the queue"),
    ),
    (
        "fullscreen",
        QT_TRANSLATE_NOOP("PlayerView", "Full screen"),
        ["F"],
        QT_TRANSLATE_NOOP("PlayerView", "Switch full screen on or off"),
    ),
    (
        "help",
        QT_TRANSLATE_NOOP("PlayerView", "Keys"),
        ["F1", "?"],
        QT_TRANSLATE_NOOP("PlayerView", "Show the keyboard shortcuts"),
    ),
]

ICONS = {
    "start": "media-playback-start",
    "previous": "media-skip-backward",
    "skip": "media-skip-forward",
    "restart": "view-refresh",
    "done": "object-select",
    "hurt": "dialog-warning",
    "stop": "media-playback-stop",
    "fullscreen": "view-fullscreen",
    "help": "help-about",
}

ICON_ONLY = ("restart", "fullscreen", "help")

PRIMARY_TEXT = {
    Primary.START: QT_TRANSLATE_NOOP("PlayerView", "Start"),
    Primary.PAUSE: QT_TRANSLATE_NOOP("PlayerView", "Pause"),
    Primary.RESUME: QT_TRANSLATE_NOOP("PlayerView", "Resume"),
    Primary.AGAIN: QT_TRANSLATE_NOOP("PlayerView", "Start again"),
}

FIGURE_DESCRIPTION = {
    FigureKind.TOTAL: QT_TRANSLATE_NOOP("PlayerView", "Length of the routine"),
    FigureKind.TIME: QT_TRANSLATE_NOOP("PlayerView", "Time left in this step"),
    FigureKind.REP: QT_TRANSLATE_NOOP("PlayerView", "Repetition"),
    FigureKind.SELF_PACED: QT_TRANSLATE_NOOP("PlayerView", "Repetitions at your own pace"),
    FigureKind.END: QT_TRANSLATE_NOOP("PlayerView", "End of the session"),
}


def keys_text(keys: list[str]) -> str:
    """ "Space", "Return / Enter" in the person's language (Qt's own key names)."""
    native = QKeySequence.SequenceFormat.NativeText
    return " / ".join(QKeySequence(k).toString(native) for k in keys)


def make_actions(owner: QWidget) -> dict[str, QAction]:
    """Every action of ``ACTIONS``, added to ``owner`` (its shortcuts work in its window)."""
    made: dict[str, QAction] = {}
    for name, label, keys, description in ACTIONS:
        act = QAction(_tr(label), owner)
        act.setShortcuts([QKeySequence(k) for k in keys])
        act.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        act.setToolTip(f"{_tr(description)} ({keys_text(keys)})")
        act.setStatusTip(_tr(description))
        owner.addAction(act)
        made[name] = act
    return made
