"""The player page: layout only. The controller decides; this view shows what it is given.

Public parts: the actions (each with its shortcut), ``routine_box``, ``queue``,
``figure_area``, ``countdown`` and the labels. :meth:`show_screen` paints a
:class:`~backtimer.core.presenter.PlayerScreen`.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QSizePolicy,
    QSlider,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from backtimer.core.model import Exercise
from backtimer.core.presenter import PlayerScreen
from backtimer.ui.marks import QT_TRANSLATE_NOOP
from backtimer.ui.player.countdown import CountdownWidget
from backtimer.ui.player.queue_model import QueueModel
from backtimer.ui.player.safety_panel import SafetyPanel


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


class PlayerView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PlayerView")
        self.actions_by_name: dict[str, QAction] = {}
        self.buttons: dict[str, QToolButton] = {}
        for name, label, keys, description in ACTIONS:
            act = QAction(_tr(label), self)
            act.setShortcuts([QKeySequence(k) for k in keys])
            act.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            shown = " / ".join(
                QKeySequence(k).toString(QKeySequence.SequenceFormat.NativeText) for k in keys
            )
            act.setToolTip(f"{_tr(description)} ({shown})")
            act.setStatusTip(_tr(description))
            self.addAction(act)
            self.actions_by_name[name] = act

        self.routine_box = QComboBox()
        self.routine_box.setAccessibleName(_tr("Routine"))
        self.routine_box.setToolTip(_tr("Choose the routine to follow"))
        self.routine_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.routine_box.setMinimumContentsLength(16)

        bar = QHBoxLayout()
        bar.addWidget(self.routine_box, 1)
        for name in ("start", "previous", "skip", "restart", "done", "hurt", "stop"):
            bar.addWidget(self._button(name))
        bar.addSpacing(12)
        self.mute_box = QCheckBox(_tr("Sound"))
        self.mute_box.setAccessibleName(_tr("Sound on"))
        self.mute_box.setToolTip(_tr("Play sound cues"))
        self.volume = QSlider(Qt.Orientation.Horizontal)
        self.volume.setRange(0, 100)
        self.volume.setMaximumWidth(110)
        self.volume.setAccessibleName(_tr("Volume"))
        self.volume.setToolTip(_tr("Volume of the sound cues"))
        bar.addWidget(self.mute_box)
        bar.addWidget(self.volume)
        bar.addWidget(self._button("fullscreen"))
        bar.addWidget(self._button("help"))

        self.queue_model = QueueModel(self)
        self.queue = QListView()
        self.queue.setModel(self.queue_model)
        self.queue.setAccessibleName(_tr("Exercise queue"))
        self.queue.setAccessibleDescription(
            _tr("Double-click an item, or select it and press J, to go there")
        )
        self.queue.setToolTip(self.queue.accessibleDescription())
        self.queue.setMinimumWidth(200)
        self.queue.setMaximumWidth(320)
        self.queue.setWordWrap(True)
        self.queue.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.queue.setSpacing(2)

        self.exercise_label = QLabel()
        self.exercise_label.setWordWrap(True)
        self.exercise_label.setAccessibleName(_tr("Exercise"))
        f = QFont(self.font())
        f.setPointSizeF(f.pointSizeF() * 1.8)
        f.setBold(True)
        self.exercise_label.setFont(f)
        self.phase_label = QLabel()
        self.phase_label.setAccessibleName(_tr("Phase"))
        f2 = QFont(self.font())
        f2.setPointSizeF(f2.pointSizeF() * 1.5)
        self.phase_label.setFont(f2)
        self.upcoming_label = QLabel()
        self.upcoming_label.setAccessibleName(_tr("Next exercise"))
        self.upcoming_label.setFont(f2)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.status_label.setAccessibleName(_tr("Status"))
        self.status_label.setObjectName("status")
        self.status_label.setFont(f2)
        self.warning_label = QLabel()
        self.warning_label.setWordWrap(True)
        self.warning_label.setObjectName("warning")
        self.warning_label.setAccessibleName(_tr("Warning"))
        self.warning_label.setStyleSheet(
            "QLabel#warning { border: 2px solid #c62828; border-radius: 6px; padding: 6px; }"
        )
        self.warning_label.hide()
        self.instructions = QLabel()
        self.instructions.setWordWrap(True)
        self.instructions.setTextFormat(Qt.TextFormat.RichText)
        self.instructions.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.instructions.setAccessibleName(_tr("Instructions"))
        self.instructions.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)

        self.safety_panel = SafetyPanel()  # every safety line, loaded notice, sources

        self.figure_area = QFrame()
        self.figure_area.setObjectName("figureArea")
        self.figure_area.setAccessibleName(_tr("Illustration"))
        self.figure_area.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.figure_area.setMinimumSize(200, 140)
        self.figure_layout = QVBoxLayout(self.figure_area)
        self.figure_layout.setContentsMargins(0, 0, 0, 0)

        self.countdown = CountdownWidget()
        self.left_label = QLabel()
        self.left_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.left_label.setAccessibleName(_tr("Time left in the routine"))
        self.left_label.setFont(f2)

        center = QVBoxLayout()
        center.addWidget(self.exercise_label)
        center.addWidget(self.phase_label)
        center.addWidget(self.upcoming_label)
        center.addWidget(self.warning_label)
        center.addWidget(self.figure_area, 3)
        center.addWidget(self.instructions, 1)
        center.addWidget(self.safety_panel)
        right = QVBoxLayout()
        right.addWidget(self.countdown, 1)
        right.addWidget(self.left_label)
        right.addWidget(self.status_label)
        body = QHBoxLayout()
        body.addWidget(self.queue)
        body.addLayout(center, 3)
        body.addLayout(right, 3)
        outer = QVBoxLayout(self)
        outer.addLayout(bar)
        outer.addLayout(body, 1)

    def _button(self, name: str) -> QToolButton:
        b = QToolButton()
        b.setDefaultAction(self.actions_by_name[name])
        b.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        b.setAccessibleName(self.actions_by_name[name].text())
        b.setAccessibleDescription(self.actions_by_name[name].toolTip())
        b.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.buttons[name] = b
        return b

    def show_screen(self, s: PlayerScreen) -> None:
        self.countdown.show_time(s.countdown, s.progress, s.tone)
        _set(self.phase_label, s.phase)
        _set(self.exercise_label, s.exercise_name)
        _set(self.upcoming_label, s.upcoming)
        _set(self.left_label, s.routine_left)
        _set(self.status_label, s.status)

    def show_exercise(self, ex: Exercise | None) -> None:
        if ex is None:
            self.instructions.setText("")
            return
        steps = "".join(f"<li>{_esc(t)}</li>" for t in ex.instructions)
        cues = " · ".join(_esc(c) for c in ex.cues)
        self.instructions.setText(
            f"<ol style='margin:0'>{steps}</ol><p><b>{_esc(_tr('Cues:'))}</b> {cues}</p>"
        )

    def show_warning(self, text: str) -> None:
        self.warning_label.setText(text)
        self.warning_label.setVisible(bool(text))

    def set_running(self, running: bool, can_start: bool) -> None:
        act = self.actions_by_name["start"]
        act.setText(_tr("Pause") if running else (_tr("Start") if can_start else _tr("Resume")))
        self.buttons["start"].setAccessibleName(act.text())


def _set(label: QLabel, text: str) -> None:
    if label.text() != text:
        label.setText(text)


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
