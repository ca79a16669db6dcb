"""The composition root: builds the application, its services and the main window.

Nothing else reaches for globals: the data directory, the database, the settings, the
catalogue, the clock and the sound are made here and handed to what needs them.
Slow things start after the window's first paint (the history writer, the figure and
its pose tables: :meth:`App.finish_start`; the sound effects, the speech engine, the
tray) or when their page is first opened (the editor; the history and pyqtgraph, which
are also imported in idle time once the window is up).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QToolButton, QWidget

from backtimer import APP_NAME, paths
from backtimer.core.catalogue import Catalogue, find_routine
from backtimer.core.clock import Clock
from backtimer.core.engine import FINAL_STATES, State
from backtimer.core.fields import ContentError
from backtimer.core.model import Exercise, Routine
from backtimer.session_recorder import SessionRecorder
from backtimer.settings import (
    ASK_PAIN,
    COUNTDOWN_SCALE,
    LANGUAGE,
    LAST_ROUTINE,
    SOUND_ON,
    THEME,
    VOICE_NAME,
    VOICE_ON,
    VOLUME,
    WEEKLY_GOAL,
    Settings,
)
from backtimer.store.db import Database
from backtimer.store.history import HistoryStore
from backtimer.store.routines import RoutineStore
from backtimer.ui.main_window import MainWindow
from backtimer.ui.player.controller import PlayerController
from backtimer.ui.player.view import PlayerView

log = logging.getLogger(__name__)


def _tr_app(text: str) -> str:
    return QApplication.translate("App", text)


DB_NAME = "backtimer.sqlite3"
PRELOAD_AFTER_MS = 1000  # from the first paint to importing the History page's module


class App(QObject):
    """Everything one run of the window holds."""

    write_failed = Signal(str)  # from the writer thread; delivered on the UI thread

    def __init__(
        self,
        catalogue: Catalogue,
        db: Database,
        settings: Settings,
        clock: Clock,
        data_dir: Path,
        *,
        defer: bool = False,
    ) -> None:
        """With ``defer``, the caller calls :meth:`finish_start` once the window has
        painted; without, it is called here."""
        super().__init__()
        self.catalogue = catalogue
        self.db = db
        self.settings = settings
        self.clock = clock
        self.data_dir = data_dir
        self.history = HistoryStore(db)
        self.routine_store = RoutineStore(db, catalogue.exercise_ids)
        self.view = PlayerView()
        self.window = MainWindow(self.view)
        self.writer: Any = None  # a HistoryWriter from finish_start
        self.recorder = SessionRecorder(None)
        self.cue_player: object | None = None
        self.voice: Any = None
        self.figure = _FigureAdapter(self.view, data_dir)
        self.controller = PlayerController(
            self.view,
            catalogue,
            clock,
            self.recorder,
            hurt_lookup=self._hurt_lookup,
            cue_sink=self._play_cue,
            speak=self._speak,
            figure=self.figure,
            show_summary=self._show_summary,
            inhibitor=_make_inhibitor(self.window),
            ask_pain=self._ask_pain,
        )
        self._write_error_said = False
        self.tray: Any = None
        self.reminders: Any = None
        self.routines: list[Routine] = []
        self._history_page: QWidget | None = None
        self._editor_page: QWidget | None = None
        self._pain_before: int | None = None
        self.window.add_lazy_page(_tr_app("&Routines"), self._build_editor)
        self.window.add_lazy_page(_tr_app("&History"), self._build_history)
        self.theme: Any = None
        self.view.countdown.set_scale(settings.get(COUNTDOWN_SCALE))
        self.settings_action = QAction(_tr_app("&Settings…"), self.window)
        self.settings_action.setShortcuts(
            [QKeySequence(QKeySequence.StandardKey.Preferences), QKeySequence("Ctrl+,")]
        )
        self.settings_action.setStatusTip(_tr_app("Open the settings"))
        self.window.addAction(self.settings_action)
        settings_button = QToolButton()
        settings_button.setDefaultAction(self.settings_action)
        settings_button.setAccessibleName(_tr_app("Open the settings"))
        self.window.tabs.setCornerWidget(settings_button)
        self._connect_signals()
        self._finished = False
        self._preload_timer: QTimer | None = None
        if not defer:
            self.finish_start()

    def finish_start(self) -> int:
        """What the first paint does not need: the history writer (off the UI thread),
        marking sessions a crash left running as interrupted, and the figure. Returns
        how many sessions were marked interrupted."""
        if self._finished:
            return 0
        self._finished = True
        from backtimer.store.writer import HistoryWriter

        interrupted = self.history.mark_interrupted()
        self.writer = HistoryWriter(self.db.path, on_error=self._write_failed)
        self.writer.start()
        self.recorder.attach(self.writer)
        self.figure.build()
        return interrupted

    def open_settings(self) -> None:
        from backtimer.ui.settings_dialog import SettingsDialog

        voices = getattr(self.voice, "available_voices", None)
        dlg = SettingsDialog(
            self.settings, voices, self.tray is not None and self.tray.available, self.window
        )
        dlg.changed.connect(self.apply_settings)
        dlg.open()

    def apply_settings(self, keys: set[str]) -> None:
        s = self.settings
        if SOUND_ON.key in keys:
            self.view.mute_box.setChecked(s.get(SOUND_ON))
        if VOLUME.key in keys:
            self.view.volume.setValue(round(s.get(VOLUME) * 100))
        if keys & {VOICE_ON.key, VOICE_NAME.key}:
            if self.voice is not None:
                self.voice.stop()
                self.voice = None
            if s.get(VOICE_ON):
                self.start_voice()
        if COUNTDOWN_SCALE.key in keys:
            self.view.countdown.set_scale(s.get(COUNTDOWN_SCALE))
        if THEME.key in keys and self.theme is not None:
            self.theme.apply(s.get(THEME))
        if WEEKLY_GOAL.key in keys and self._history_page is not None:
            self._history_page.set_goal(s.get(WEEKLY_GOAL))  # type: ignore[attr-defined]
        if LANGUAGE.key in keys:
            self.window.show_message(_tr_app("The new language is used after a restart."))

    def _connect_signals(self) -> None:
        c, v, w = self.controller, self.view, self.window
        c.message.connect(w.show_message)
        self.settings_action.triggered.connect(self.open_settings)
        c.title_changed.connect(lambda t: w.setWindowTitle(f"{t} — {APP_NAME}" if t else APP_NAME))
        self.write_failed.connect(w.show_message)
        c.session_ended.connect(self._after_session)
        v.routine_box.currentIndexChanged.connect(self._routine_chosen)
        v.actions_by_name["fullscreen"].triggered.connect(w.toggle_fullscreen)
        v.mute_box.toggled.connect(self._sound_toggled)
        v.volume.valueChanged.connect(self._volume_changed)
        w.can_close = self._can_close

    # -------------------------------------------------------------------- pages
    def _build_editor(self) -> QWidget:
        from backtimer.ui.editor.page import EditorPage

        page = EditorPage(self.catalogue, self.routine_store, data_dir=self.data_dir)
        page.routines_changed.connect(lambda: self.reload_routines())
        page.run_requested.connect(self._run_from_editor)
        self._editor_page = page
        return page

    def _build_history(self) -> QWidget:
        from backtimer.ui.history.page import HistoryPage

        self.recorder.flush()
        page = HistoryPage(self.history, goal=self.settings.get(WEEKLY_GOAL))
        page.goal_changed.connect(lambda goal: self.settings.set(WEEKLY_GOAL, goal))
        page.refresh()
        self._history_page = page
        return page

    def preload_pages(self) -> None:
        """A moment after start-up, import the History page's module (pyqtgraph, numpy:
        a few hundred ms) so that the first click on the tab does not wait for it. Not
        while a session runs: the countdown must not stutter for it."""
        if self.controller.running or self._preload_timer is not None:
            return
        self._preload_timer = QTimer(self, singleShot=True, interval=PRELOAD_AFTER_MS)
        self._preload_timer.timeout.connect(self._preload_now)
        self._preload_timer.start()

    def _preload_now(self) -> None:
        if not self.controller.running:
            import backtimer.ui.history.page  # noqa: F401

    def _run_from_editor(self, routine: Routine) -> None:
        if self.controller.load(routine):
            self.window.tabs.setCurrentIndex(0)
            text = _tr_app("Loaded {name}: press Space to start.").format(name=routine.name)
            self.window.show_message(text)

    # ----------------------------------------------------------------- routines
    def reload_routines(self, select: str | None = None) -> None:
        custom: list[Routine] = []
        for stored in self.routine_store.list():
            try:
                custom.append(self.routine_store.get(stored.id))
            except (KeyError, ContentError) as exc:
                log.warning("custom routine %s cannot be read: %s", stored.name, exc)
        self.routines = [*self.catalogue.routines, *custom]
        box = self.view.routine_box
        current = select or (
            self.routines[box.currentIndex()].name
            if box.currentIndex() >= 0 and box.currentIndex() < len(self.routines)
            else None
        )
        box.blockSignals(True)
        box.clear()
        for r in self.routines:
            box.addItem(r.name if r.builtin else f"{r.name} ★")
        box.blockSignals(False)
        found = self.find_routine(current or self.settings.get(LAST_ROUTINE) or "")
        index = self.routines.index(found) if found is not None else 0
        box.setCurrentIndex(index)
        self._routine_chosen(index)

    def find_routine(self, name: str) -> Routine | None:
        return find_routine(self.routines, name) if name.strip() else None

    def _routine_chosen(self, index: int) -> None:
        if 0 <= index < len(self.routines):
            routine = self.routines[index]
            if self.controller.load(routine):
                self.settings.set(LAST_ROUTINE, routine.name)

    def _hurt_lookup(self, exercise_id: str) -> tuple[int, int]:
        count = self.history.exercise_hurt_counts(exercise_id, 3)
        return count.hurt, count.sessions

    def _ask_pain(self, moment: str) -> int | None:
        from backtimer.ui.player.pain_checkin import Moment, PainCheckIn

        if not self.settings.get(ASK_PAIN):
            return None
        return PainCheckIn.ask(self.window, Moment(moment))

    # ---------------------------------------------------------------- reminders
    def start_reminders(self) -> None:
        """After the window is shown: the tray icon (where there is a tray) and reminders."""
        from backtimer.ui.reminder_service import ReminderService
        from backtimer.ui.tray import Tray

        tray = Tray(QApplication.windowIcon(), self)
        tray.start_requested.connect(self._tray_start)
        tray.toggle_requested.connect(self._tray_toggle)
        tray.show_requested.connect(self._raise_window)
        tray.quit_requested.connect(self.window.close)
        tray.open_requested.connect(self._open_routine)
        tray.menu_opening.connect(self._sync_tray)
        c = self.controller
        c.session_started.connect(lambda _name: self._sync_tray())
        c.session_ended.connect(lambda _report: self._sync_tray())
        self.view.actions_by_name["start"].triggered.connect(lambda: self._sync_tray())
        self.tray = tray
        self._sync_tray()
        service = ReminderService(self.settings, parent=self)
        service.due.connect(self._reminder_due)
        self.reminders = service
        service.start()

    def _sync_tray(self) -> None:
        if self.tray is None:
            return
        c = self.controller
        paused = c.engine is not None and c.engine.state is State.PAUSED
        self.tray.set_running(c.running, paused)
        self.tray.set_last_routine(c.routine.name if c.routine is not None else "")

    def _raise_window(self) -> None:
        w = self.window
        w.showNormal() if w.isMinimized() else w.show()
        w.raise_()
        w.activateWindow()

    def _open_routine(self, name: str) -> None:
        self._raise_window()
        self.window.tabs.setCurrentIndex(0)
        routine = self.find_routine(name) if name else None
        if name and routine is None:
            text = _tr_app("The reminder's routine {name} is gone; here is the last one.")
            self.window.show_message(text.format(name=name))
        elif routine is not None and not self.controller.running:
            self.view.routine_box.setCurrentIndex(self.routines.index(routine))

    def _tray_start(self) -> None:
        c = self.controller
        self._raise_window()
        if not c.running:
            if c.engine is not None and c.engine.state in FINAL_STATES and c.routine:
                c.load(c.routine)
            c.start()
        self._sync_tray()

    def _tray_toggle(self) -> None:
        self.controller.toggle()
        self._sync_tray()

    def _reminder_due(self, routine: str) -> None:
        if self.controller.running or self.tray is None:
            return
        if self.tray.notify(routine):
            return
        self._open_routine(routine)
        c = self.controller
        name = c.routine.name if c.routine is not None else routine
        text = _tr_app("Time for your back routine: {name}. Press Space to start.")
        self.window.statusBar().showMessage(text.format(name=name))
        QApplication.alert(self.window)

    # -------------------------------------------------------------------- sound
    def start_sound(self) -> None:
        """After the window is shown: load the cues (and the voice, if it is on)."""
        from backtimer.ui.audio import CuePlayer

        player = CuePlayer(paths.resource_dir() / "sounds", self.window)
        player.unavailable.connect(self.window.show_message)
        player.set_volume(self.settings.get(VOLUME))
        player.set_muted(not self.settings.get(SOUND_ON))
        player.load()
        self.cue_player = player
        self.view.mute_box.setChecked(self.settings.get(SOUND_ON))
        self.view.volume.setValue(round(self.settings.get(VOLUME) * 100))
        if self.settings.get(VOICE_ON):
            self.start_voice()

    def start_voice(self) -> None:
        from backtimer.ui.voice import Voice

        voice = Voice(parent=self.window)
        voice.failed.connect(
            lambda why: self.window.show_message(
                QApplication.translate("App", "Voice is off ({why}); the tones go on.").format(
                    why=why
                )
            )
        )
        voice.start()
        self.voice = voice

    def _play_cue(self, cue: object) -> None:
        if self.cue_player is not None:
            self.cue_player.play(cue)  # type: ignore[attr-defined]

    def _speak(self, text: str) -> None:
        if self.voice is not None:
            self.voice.say(text)

    def _sound_toggled(self, on: bool) -> None:
        self.settings.set(SOUND_ON, on)
        if self.cue_player is not None:
            self.cue_player.set_muted(not on)  # type: ignore[attr-defined]

    def _volume_changed(self, value: int) -> None:
        self.settings.set(VOLUME, value / 100)
        if self.cue_player is not None:
            self.cue_player.set_volume(value / 100)  # type: ignore[attr-defined]

    # ---------------------------------------------------------------- sessions
    def _show_summary(self, parent: QWidget, report: object) -> None:
        from backtimer.ui import dialogs

        dlg = dialogs.SummaryDialog(report, parent)  # type: ignore[arg-type]
        dlg.open()

    def _after_session(self, _report: object) -> None:
        page = self._history_page
        if page is not None:
            self.recorder.flush()
        if page is not None and hasattr(page, "refresh"):
            page.refresh()

    def _can_close(self) -> bool:
        editor = self._editor_page
        if editor is not None and not editor.maybe_save():  # type: ignore[attr-defined]
            return False
        if not self.controller.running:
            return True
        from backtimer.ui import dialogs

        if dialogs.confirm_stop(self.window):
            engine = self.controller.engine
            if engine is not None:
                self.controller._apply(engine.stop())
            return True
        return False

    def _write_failed(self, exc: BaseException) -> None:
        if not self._write_error_said:
            self._write_error_said = True
            self.write_failed.emit(f"The history could not be saved: {exc}")

    def close(self) -> None:
        if self.reminders is not None:
            self.reminders.stop()
            self.tray.hide()
        if self.voice is not None:
            self.voice.stop()
        if self.writer is not None:
            self.writer.close()
        self.db.close()
        clean_marker(self.db.path).touch()


def clean_marker(db_path: Path) -> Path:
    """Exists only after a clean exit; missing after a crash or a kill."""
    return db_path.with_name(db_path.name + ".clean")


class _FigureAdapter:
    """Feeds the figure widget from the controller's calls: the built-in figure, or a
    custom exercise's own picture (or the built-in figure it names).

    The widget (and with it the pose tables) is made by :meth:`build`, after the first
    paint; until then the last calls are kept and replayed."""

    def __init__(self, view: PlayerView, data_dir: Path) -> None:
        self.widget: Any = None
        self._view = view
        self._data_dir = data_dir
        self._exercise: tuple[str | None, object, Exercise | None] | None = None
        self._motion: tuple[object, object, bool] | None = None

    def build(self) -> None:
        from backtimer.ui.figure_widget import FigureWidget

        self.widget = FigureWidget()
        self._view.figure_layout.addWidget(self.widget)
        if self._exercise is not None:
            self.set_exercise(*self._exercise)
        if self._motion is not None:
            self.show_motion(*self._motion)

    def set_exercise(self, exercise_id: str | None, side: object, ex: Exercise | None) -> None:
        if self.widget is None:
            self._exercise = (exercise_id, side, ex)
            return
        from backtimer.illustration.pictures import figure_ref, picture_path

        picture = ex.picture if ex is not None else None
        figure = figure_ref(picture) or exercise_id
        path = None
        if picture and figure_ref(picture) is None:
            try:
                path = picture_path(picture, self._data_dir)
            except ValueError:
                log.warning("exercise %s names a bad picture %r", exercise_id, picture)
        self.widget.set_exercise(figure, side, name=ex.name if ex else "")
        self.widget.set_picture(path)

    def show_motion(self, motion: object, side: object, playing: bool) -> None:
        if self.widget is None:
            self._motion = (motion, side, playing)
            return
        self.widget.set_position(motion)
        self.widget.set_playing(playing)


def _make_inhibitor(parent: QObject) -> object:
    from backtimer.ui.inhibit import ScreenSaverInhibitor

    return ScreenSaverInhibitor(APP_NAME, parent)
