"""Small dialogs of the player: first-run safety rules, "it hurts", keys help."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QLabel,
    QMessageBox,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from backtimer.ui.marks import QT_TRANSLATE_NOOP


def _tr(text: str) -> str:
    return QCoreApplication.translate("Dialogs", text)


SAFETY_RULES = [
    QT_TRANSLATE_NOOP(
        "Dialogs",
        "See your doctor before you start: some back problems need their own treatment.",
    ),
    QT_TRANSLATE_NOOP(
        "Dialogs",
        "No exercise should hurt. If one does, stop at once (press H) and ask for advice.",
    ),
    QT_TRANSLATE_NOOP(
        "Dialogs",
        "Do not train while the pain is sharp or inflamed;"
        " begin once it has become dull and is fading.",
    ),
    QT_TRANSLATE_NOOP(
        "Dialogs",
        "Always begin with a gentle warm-up. Every built-in routine opens with one.",
    ),
    QT_TRANSLATE_NOOP(
        "Dialogs",
        "Aim for four to five sessions a week.",
    ),
    QT_TRANSLATE_NOOP(
        "Dialogs",
        "Add time or difficulty a little at a time. More is not better; go by what you can do.",
    ),
    QT_TRANSLATE_NOOP(
        "Dialogs",
        "Loaded exercises (deadlifts, rows, gym hyperextensions) only with sound technique or a "
        "trainer; a hyperextension on a couch needs someone to hold your legs.",
    ),
]


class SafetyDialog(QDialog):
    """Shown on first run; accepted once, remembered by the caller. ``reread``: opened
    again from the menu, with a Close button instead of Quit."""

    def __init__(self, parent: QWidget | None = None, *, reread: bool = False) -> None:
        super().__init__(parent)
        self.setWindowTitle(_tr("Before you start"))
        self.setAccessibleName(self.windowTitle())
        text = QLabel(
            "<h2>"
            + _tr("Train your back safely")
            + "</h2><ul>"
            + "".join(f"<li style='margin-bottom:6px'>{_tr(r)}</li>" for r in SAFETY_RULES)
            + "</ul>"
        )
        text.setWordWrap(True)
        # Its name is what it shows (all the rules); the description says what it is.
        text.setAccessibleDescription(_tr("Safety rules"))
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        text.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        scroll = QScrollArea()  # at 200 % text the rules are taller than a small screen
        scroll.setWidget(text)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # not a Tab stop of its own
        buttons = QDialogButtonBox()
        ok = buttons.addButton(_tr("I understand"), QDialogButtonBox.ButtonRole.AcceptRole)
        ok.setAccessibleName(_tr("I understand the safety rules"))
        ok.setDefault(True)
        if reread:
            quit_ = buttons.addButton(_tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
            quit_.setAccessibleName(_tr("Close the safety rules"))
        else:
            quit_ = buttons.addButton(_tr("Quit"), QDialogButtonBox.ButtonRole.RejectRole)
            quit_.setAccessibleName(_tr("Quit BackTimer"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(scroll, 1)
        lay.addWidget(buttons)
        self.setMinimumWidth(min(520, _screen_width(self) - 40))
        self.resize(560, min(text.sizeHint().height() + 80, _screen_height(self) - 80))
        ok.setFocus()


def _screen_width(widget: QWidget) -> int:
    screen = widget.screen()
    return screen.availableGeometry().width() if screen is not None else 1280


def _screen_height(widget: QWidget) -> int:
    screen = widget.screen()
    return screen.availableGeometry().height() if screen is not None else 800


def ask_after_hurt(parent: QWidget, exercise_name: str, easier: str | None) -> str:
    """Returns "skip" or "end"."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(_tr("It hurts"))
    text = _tr("{name} was stopped and noted as painful.").format(name=exercise_name)
    more = _tr("Exercises must not hurt. Skip this one, or end the session for today.")
    if easier:
        more += " " + _tr("Next time, try the easier {easier} instead.").format(easier=easier)
    more += " " + _tr("If the pain stays or comes back, see a doctor.")
    box.setText(text)
    box.setInformativeText(more)
    skip = box.addButton(_tr("Skip this exercise"), QMessageBox.ButtonRole.AcceptRole)
    end = box.addButton(_tr("End the session"), QMessageBox.ButtonRole.DestructiveRole)
    skip.setAccessibleName(skip.text())
    end.setAccessibleName(end.text())
    box.setDefaultButton(skip)
    box.setEscapeButton(end)
    box.exec()
    return "end" if box.clickedButton() is end else "skip"


def confirm_stop(parent: QWidget) -> bool:
    answer = QMessageBox.question(
        parent,
        _tr("End the session?"),
        _tr("End this session now? What you did so far is kept in your history."),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


class HelpOverlay(QWidget):
    """A translucent sheet over the window listing the keys; any key or click closes it."""

    def __init__(self, parent: QWidget, rows: list[tuple[str, str]]) -> None:
        super().__init__(parent)
        self.setAccessibleName(_tr("Keyboard shortcuts"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        html = "".join(
            f"<tr><td align='right'><b>{k}</b></td><td>&nbsp;&nbsp;{d}</td></tr>" for k, d in rows
        )
        self.label = QLabel(
            f"<h2>{_tr('Keys')}</h2><table cellspacing='4'>{html}</table>"
            f"<p>{_tr('Press any key to close.')}</p>",
            self,
        )
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        lay = QVBoxLayout(self)
        lay.addWidget(self.label, 0, Qt.AlignmentFlag.AlignCenter)
        parent.installEventFilter(self)
        self.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        parent = self.parentWidget()
        if watched is parent and parent is not None and event.type() == QEvent.Type.Resize:
            self.setGeometry(parent.rect())
        return False

    def open(self) -> None:
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())
        self.show()
        self.raise_()
        self.setFocus()

    def paintEvent(self, _e: object) -> None:
        p = QPainter(self)
        c = QColor(self.palette().color(QPalette.ColorRole.Window))
        c.setAlpha(235)
        p.fillRect(self.rect(), c)
        p.end()

    def keyPressEvent(self, _e: object) -> None:
        self.hide()

    def mousePressEvent(self, _e: object) -> None:
        self.hide()
