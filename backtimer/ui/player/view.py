"""The player page: layout only. The controller decides; this view shows what it is given.

Designed to be read from a mat three metres away: the main figure (``countdown``) is the
largest thing on the page; beside it, large, the side and the next-up card; above, the
exercise and the phase; below, progress through the whole routine and the controls, with
"It hurts" standing apart. Type sizes follow the page's size; in *mat mode* (the window
full screen) the routine picker, the queue and the instructions give their room to it.

Public parts: the actions (each with its shortcut; the table is in
:mod:`~backtimer.ui.player.actions`) and ``buttons``, ``routine_box``,
``queue``, ``figure_area`` (the illustration goes into ``figure_layout``), ``next_figure``,
``safety_layout`` (a place for safety notices), ``countdown``, ``routine_bar`` and the
labels. :meth:`show_screen` paints a :class:`~backtimer.core.presenter.PlayerScreen`.

Keys: the page's shortcuts (Space, Enter, arrows...) act only when no control that uses
that key has the focus; a focused button takes Space and Enter itself
(:mod:`~backtimer.ui.player.keys`).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt, QTimer
from PySide6.QtGui import QAccessible, QAction, QFont, QResizeEvent
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
from backtimer.core.presenter import FigureKind, PlayerScreen, Primary, Tone
from backtimer.ui.figure_widget import FigureWidget
from backtimer.ui.player.actions import (
    FIGURE_DESCRIPTION,
    ICON_ONLY,
    ICONS,
    PRIMARY_TEXT,
    make_actions,
)
from backtimer.ui.player.countdown import CountdownWidget, tone_color
from backtimer.ui.player.icons import icon
from backtimer.ui.player.keys import filter_key
from backtimer.ui.player.pin import Pin, PinnedPage
from backtimer.ui.player.queue_model import QueueModel, RowState
from backtimer.ui.player.routine_bar import RoutineBar
from backtimer.ui.player.safety_panel import ExerciseDetails, SafetyPanel
from backtimer.ui.player.style_sheet import player_style_sheet
from backtimer.ui.player.typesetting import BESIDE_ROLES, TYPE_PX, beside_step, type_scale


def _tr(text: str) -> str:
    return QCoreApplication.translate("PlayerView", text)


class PlayerView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PlayerView")
        self.mat_mode = False
        self._type_key: tuple[object, ...] | None = None
        self._type_floor = 0
        self._beside_step = 1.0  # the scale of the texts beside the countdown (_fit_beside)
        # Once the layout has placed the page in or out of mat mode: refit the texts beside.
        self._fit_timer = QTimer(self, singleShot=True, interval=0)
        self._fit_timer.timeout.connect(self._fit_beside)
        self._enabled: frozenset[str] | None = None
        self._primary: Primary | None = None
        self._figure_kind: FigureKind | None = None
        self._watched_window: QWidget | None = None
        self.actions_by_name: dict[str, QAction] = make_actions(self)
        self.buttons: dict[str, QToolButton] = {}

        # -- top bar (hidden in mat mode): routine, sound
        self.routine_box = QComboBox()
        self.routine_box.setAccessibleName(_tr("Routine"))
        self.routine_box.setToolTip(_tr("Choose the routine to follow"))
        self.routine_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.routine_box.setMinimumContentsLength(16)
        self.mute_box = QCheckBox(_tr("Sound"))
        self.mute_box.setAccessibleName(_tr("Sound on"))
        self.mute_box.setToolTip(_tr("Play sound cues"))
        self.volume = QSlider(Qt.Orientation.Horizontal)
        self.volume.setRange(0, 100)
        self.volume.setMaximumWidth(110)
        self.volume.setAccessibleName(_tr("Volume"))
        self.volume.setToolTip(_tr("Volume of the sound cues"))
        self.top_bar = QWidget()
        bar = QHBoxLayout(self.top_bar)
        bar.setContentsMargins(0, 0, 0, 0)
        routine_label = QLabel(_tr("Routine"))
        routine_label.setBuddy(self.routine_box)  # on Linux a combo box is named by its label
        bar.addWidget(routine_label)
        bar.addWidget(self.routine_box, 1)
        bar.addSpacing(12)
        bar.addWidget(self.mute_box)
        bar.addWidget(self.volume)

        # -- header: the exercise and the phase
        self.exercise_label = self._label("exercise", _tr("Exercise"), bold=True)
        self.phase_label = self._label("phase", _tr("Phase"))
        self.set_label = self._label("set", _tr("Set"))
        phase_row = QVBoxLayout()
        phase_row.setSpacing(0)
        phase_row.addWidget(self.phase_label)
        phase_row.addWidget(self.set_label)

        # -- a place for safety notices (the hurt-before warning, and others' panels)
        self.safety_panel = QWidget()
        self.safety_panel.setObjectName("safetyPanel")
        self.safety_layout = QVBoxLayout(self.safety_panel)
        self.safety_layout.setContentsMargins(0, 0, 0, 0)
        self.warning_label = self._label("warning", _tr("Warning"))
        self.warning_label.setObjectName("warning")
        self.warning_label.hide()
        self.safety_layout.addWidget(self.warning_label)
        self.safety_notes = SafetyPanel()  # loaded notice, every safety line, suggestion
        self.safety_layout.addWidget(self.safety_notes)

        # -- the main figure
        self.countdown = CountdownWidget()
        self.caption_label = self._label("caption", _tr("About the main figure"))
        self.caption_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption_label.setWordWrap(False)
        self.caption_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        # Texts that change every second are pinned: a new second repaints only them.
        self.pins = {
            "countdown": Pin(self.countdown),
            "caption": Pin(self.caption_label),
        }
        figure_box = QVBoxLayout()
        figure_box.setSpacing(0)
        figure_box.addWidget(self.pins["countdown"], 1)
        figure_box.addWidget(self.pins["caption"])

        # -- beside it: side, illustration, next up
        self.side_label = self._label("side", _tr("Side"), bold=True)
        self.figure_area = QFrame()
        self.figure_area.setObjectName("figureArea")
        # The illustration takes the room the texts beside the figure leave, down to none
        # on a small screen: texts are never squeezed for it.
        self.figure_area.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        self.figure_area.setMinimumSize(120, 0)
        self.figure_layout = QVBoxLayout(self.figure_area)
        self.figure_layout.setContentsMargins(0, 0, 0, 0)
        self.figure_layout.setSizeConstraint(QVBoxLayout.SizeConstraint.SetNoConstraint)
        self.next_card = QFrame()
        self.next_card.setObjectName("nextCard")
        self.next_card.setFrameShape(QFrame.Shape.StyledPanel)
        self.next_card.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.next_figure = FigureWidget()
        self.next_figure.setMinimumSize(48, 40)
        self.next_figure.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.upcoming_label = self._label("next", _tr("Next up"), bold=True)
        self.next_detail_label = self._label("next_detail", _tr("Next up, details"))
        card = QHBoxLayout(self.next_card)
        card.addWidget(self.next_figure)
        words = QVBoxLayout()
        words.addWidget(self.upcoming_label)
        words.addWidget(self.next_detail_label)
        words.addStretch(1)
        card.addLayout(words, 1)
        self.beside = beside = QVBoxLayout()
        beside.addWidget(self.exercise_label)
        beside.addLayout(phase_row)
        beside.addWidget(self.side_label)
        beside.addWidget(self.figure_area, 1)
        beside.addWidget(self.next_card)

        # -- the queue and the instructions (hidden in mat mode)
        self.queue_model = QueueModel(self)
        self.queue = QListView()
        self.queue.setModel(self.queue_model)
        self.queue.setAccessibleName(_tr("Exercise queue"))
        self.queue.setAccessibleDescription(
            _tr("Double-click an item, or select it and press J, to go there")
        )
        self.queue.setToolTip(self.queue.accessibleDescription())
        self.queue.setWordWrap(True)
        self.queue.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.queue.setSpacing(2)
        self.instructions = QLabel()
        self.instructions.setWordWrap(True)
        self.instructions.setTextFormat(Qt.TextFormat.RichText)
        self.instructions.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.instructions.setAccessibleDescription(_tr("Instructions"))
        self.instructions.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.side_panel = QWidget()
        side_panel = QVBoxLayout(self.side_panel)
        side_panel.setContentsMargins(0, 0, 0, 0)
        side_panel.addWidget(self.queue, 3)
        side_panel.addWidget(self.instructions, 2)
        self.exercise_details = ExerciseDetails()  # note, numbers, source, the routine
        side_panel.addWidget(self.exercise_details)
        self.side_panel.setMinimumWidth(180)
        self.side_panel.setMaximumWidth(340)

        self.middle = QHBoxLayout()
        self.middle.addLayout(figure_box, 14)
        self.middle.addLayout(beside, 10)
        self.middle.addWidget(self.side_panel, 7)

        # -- progress through the routine
        self.routine_bar = RoutineBar()
        self.left_label = self._label("left", _tr("Time left in the routine"))
        self.status_label = self._label("status", _tr("Status"))
        self.status_label.setObjectName("status")
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.routine_bar, 1)
        self.left_label.setWordWrap(False)
        self.left_label.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.pins["left"] = Pin(self.left_label)
        progress_row.addWidget(self.pins["left"])

        # -- controls: one primary button; "It hurts" stands apart at the far end
        controls = QHBoxLayout()
        for name in ("previous", "start", "skip", "restart", "done"):
            controls.addWidget(self._button(name))
        controls.addStretch(1)
        for name in ("fullscreen", "help", "stop"):
            controls.addWidget(self._button(name))
        controls.addSpacing(32)
        controls.addWidget(self._button("hurt"))
        self.buttons["start"].setObjectName("primary")
        self.buttons["hurt"].setObjectName("hurt")
        for name in ICON_ONLY:  # well-known symbols; their words are in the tooltip
            self.buttons[name].setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)

        self.page = PinnedPage(self)  # holds all of the above: see resizeEvent
        outer = QVBoxLayout(self.page)
        outer.addWidget(self.top_bar)
        outer.addWidget(self.safety_panel)
        outer.addLayout(self.middle, 1)
        outer.addLayout(progress_row)
        outer.addWidget(self.status_label)
        outer.addLayout(controls)

        for w in (self.routine_box, self.mute_box, self.volume, self.queue):
            w.installEventFilter(self)
        self.countdown.scale_changed.connect(lambda _s: self._apply_scale())
        self._apply_scale()
        self._apply_theme()
        self.apply_type()
        # Until the first screen says what applies (the routine is loaded after the view
        # is made: startup.Start), nothing can be started and no time is shown.
        for name, act in self.actions_by_name.items():
            act.setEnabled(name in ("fullscreen", "help"))
        self.countdown.setText("")
        self.next_card.hide()

    # ------------------------------------------------------------------ build
    def _label(self, role: str, description: str, *, bold: bool = False) -> QLabel:
        """A label whose accessible name is its visible text; ``description`` says what
        it is (the role ``TYPE_PX`` sizes it by is ``role``)."""
        label = QLabel()
        label.setWordWrap(True)
        label.setAccessibleDescription(description)
        label.setProperty("typeRole", role)
        label.setProperty("typeBold", bold)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        # Never squeezed below its text: the illustration gives way first.
        label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        return label

    def _button(self, name: str) -> QToolButton:
        b = QToolButton()
        b.setDefaultAction(self.actions_by_name[name])
        b.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        b.setAccessibleName(self.actions_by_name[name].text())
        b.setAccessibleDescription(self.actions_by_name[name].toolTip())
        b.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        b.setAutoRaise(False)
        b.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        b.installEventFilter(self)
        self.buttons[name] = b
        return b

    # -------------------------------------------------------------- showing
    def show_ticking(self, s: PlayerScreen) -> None:
        """The parts of ``s`` that change within a phase: the main figure, its caption,
        the time left (the routine bar is the display's)."""
        self.countdown.show_time(s.countdown, s.progress, s.tone)
        if _set(self.caption_label, s.caption):
            self.pins["caption"].refit()
        if _set(self.left_label, s.routine_left):
            self.pins["left"].refit()

    def show_screen(self, s: PlayerScreen) -> None:
        self.show_ticking(s)
        if s.figure_kind is not self._figure_kind:
            self._figure_kind = s.figure_kind
            self.countdown.setAccessibleDescription(_tr(FIGURE_DESCRIPTION[s.figure_kind]))
        changed = _set(self.phase_label, s.phase)
        changed |= _set(self.set_label, s.set_text)
        changed |= _set(self.side_label, s.side_text)
        self.set_label.setVisible(bool(s.set_text))  # an empty line takes no room
        self.side_label.setVisible(bool(s.side_text))
        changed |= _set(self.exercise_label, s.exercise_name)
        changed |= _set(self.upcoming_label, s.upcoming)
        _set(self.next_detail_label, s.next_detail)
        _set(self.status_label, s.status)
        self.next_card.setVisible(bool(s.upcoming))
        if changed:
            self._fit_beside()
        if s.enabled != self._enabled:
            self._enabled = s.enabled
            for name, act in self.actions_by_name.items():
                if name in ("fullscreen", "help"):
                    continue
                act.setEnabled(name in s.enabled)
        if s.primary is not self._primary:
            self._primary = s.primary
            self._show_primary(s.primary)

    def show_queue_progress(self, fraction: float, states: list[RowState]) -> None:
        self.routine_bar.show_progress(fraction, states)

    def show_exercise(self, ex: Exercise | None) -> None:
        if ex is None:
            self.instructions.setText("")
            return
        steps = "".join(f"<li>{_esc(t)}</li>" for t in ex.instructions)
        cues = " · ".join(_esc(c) for c in ex.cues)
        self.instructions.setText(  # every safety line is in ``safety_notes``
            f"<ol style='margin:0'>{steps}</ol><p><b>{_esc(_tr('Cues:'))}</b> {cues}</p>"
        )

    def show_next(self, exercise_id: str | None, name: str) -> None:
        self.next_figure.set_exercise(exercise_id, None, name=name)
        # No figure to show (the last exercise; an exercise of one's own without one):
        # no empty square in the card, its text takes the width.
        self.next_figure.setVisible(self.next_figure.cycle() is not None)

    def show_warning(self, text: str) -> None:
        _set(self.warning_label, text)
        self.warning_label.setVisible(bool(text))

    def set_running(self, running: bool, can_start: bool) -> None:
        """The primary button's words for a state (kept for callers that know only these)."""
        primary = Primary.PAUSE if running else (Primary.START if can_start else Primary.RESUME)
        self._primary = primary
        self._show_primary(primary)

    def _show_primary(self, primary: Primary) -> None:
        act = self.actions_by_name["start"]
        act.setText(_tr(PRIMARY_TEXT[primary]))
        name = "media-playback-pause" if primary is Primary.PAUSE else "media-playback-start"
        act.setIcon(icon(name, self.palette()))
        self.buttons["start"].setAccessibleName(act.text())

    def announce(self, text: str) -> None:
        """Tell assistive technology one short sentence (a phase change)."""
        if text and QAccessible.isActive():
            from PySide6.QtGui import QAccessibleAnnouncementEvent

            event = QAccessibleAnnouncementEvent(self, text)
            QAccessible.updateAccessibility(event)

    # --------------------------------------------------------------- mat mode
    def set_mat_mode(self, on: bool) -> None:
        if on == self.mat_mode:
            return
        self.mat_mode = on
        self.top_bar.setVisible(not on)
        self.side_panel.setVisible(not on)
        self._type_key = None
        self.apply_type()
        self._fit_timer.start()  # once the layout has placed the page anew

    def _fit_beside(self) -> None:
        """Shrink the texts beside the countdown a step if the illustration would get less
        than its share of the column (:mod:`typesetting`); grow them back when it fits."""
        column = self.beside.geometry()
        if column.height() <= 0:
            return
        card = self.next_card
        step = beside_step(
            [self.exercise_label, self.phase_label, self.set_label, self.side_label],
            column.width(),
            column.height(),
            card.sizeHint().height() + self.beside.spacing() if not card.isHidden() else 0,
            self.beside.spacing(),
            self.type_scale(),
            self._type_floor,
        )
        if step != self._beside_step:
            self._beside_step = step
            self._type_key = None
            self.apply_type()

    def type_scale(self) -> float:
        """How much every text is scaled from its reference size (``TYPE_PX``)."""
        return type_scale(self.width(), self.height(), self.mat_mode)

    def apply_type(self) -> None:
        k = self.type_scale()
        base = QFont(self.font())
        floor = base.pixelSize() if base.pixelSize() > 0 else round(base.pointSizeF() * 96 / 72)
        self._type_floor = floor
        key = (round(k, 3), floor, self.mat_mode, self._beside_step)
        if key == self._type_key:
            return
        self._type_key = key
        for label in self.findChildren(QLabel):
            role = label.property("typeRole")
            if role not in TYPE_PX:
                continue
            f = QFont(base)
            step = self._beside_step if role in BESIDE_ROLES else 1.0
            f.setPixelSize(max(floor, round(TYPE_PX[role] * k * step)))
            f.setBold(bool(label.property("typeBold")))
            label.setFont(f)
        bf = QFont(base)
        bf.setPixelSize(max(floor, round(TYPE_PX["button"] * k)))
        side = max(16, round(TYPE_PX["button"] * k * 1.2))
        for b in self.buttons.values():
            b.setFont(bf)
            b.setIconSize(b.iconSize().scaled(side, side, Qt.AspectRatioMode.IgnoreAspectRatio))
        for pin in self.pins.values():
            pin.updateGeometry()
        card = max(48, round(140 * k))
        self.next_figure.setFixedSize(card, round(card * 0.75))
        self.routine_bar.setFixedHeight(max(10, round(28 * k)))

    def _apply_scale(self) -> None:
        """The "Countdown size" setting: the main figure's share of the middle row."""
        s = self.countdown.scale()
        self.middle.setStretch(0, max(1, round(14 * s)))

    def _apply_theme(self) -> None:
        pal = self.palette()
        for name, b in self.buttons.items():
            if name == "start":
                continue
            self.actions_by_name[name].setIcon(icon(ICONS[name], pal))
            b.setIcon(self.actions_by_name[name].icon())
        if self._primary is not None:
            self._show_primary(self._primary)
        else:
            self._show_primary(Primary.START)
        self.setStyleSheet(player_style_sheet(tone_color(Tone.HURT, pal).name()))

    # ------------------------------------------------------------------- Qt
    def sizeHint(self) -> QSize:
        return self.page.sizeHint()

    def minimumSizeHint(self) -> QSize:
        return self.page.minimumSizeHint()

    def resizeEvent(self, event: QResizeEvent) -> None:
        self.page.setFixedSize(event.size())  # lays the page out for the new size
        super().resizeEvent(event)
        self.apply_type()
        self._fit_beside()  # the layout has placed the children for the new size

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._apply_theme()
        super().changeEvent(event)

    def showEvent(self, event: object) -> None:
        win = self.window()
        if win is not self._watched_window and win is not self:
            win.installEventFilter(self)
            self._watched_window = win
            self.set_mat_mode(win.isFullScreen())
        super().showEvent(event)  # type: ignore[arg-type]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        t = event.type()
        if watched is self._watched_window:
            if t == QEvent.Type.WindowStateChange and isinstance(watched, QWidget):
                self.set_mat_mode(watched.isFullScreen())
            return False
        return filter_key(watched, event)


def _set(label: QLabel, text: str) -> bool:
    if label.text() != text:
        label.setText(text)
        return True
    return False


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
