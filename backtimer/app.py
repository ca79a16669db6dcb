"""The composition root: builds the application's services and windows, wires them, and
closes them. It decides nothing itself: the controllers do.

Nothing else reaches for globals: the data directory, the database, the settings, the
catalogue, the clock and the sound are made here and handed to what needs them.
Slow things start after the window's first paint (the history writer, the figure and
its pose tables: :meth:`App.finish_start`; the sound effects, the speech engine, the
tray) or when their page is first opened (the editor; the History page and pyqtgraph,
which are also imported in idle time a moment after start-up: :meth:`App.preload_pages`).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

from backtimer import APP_NAME, paths
from backtimer.core.catalogue import Catalogue
from backtimer.core.clock import Clock
from backtimer.core.model import Routine
from backtimer.core.report import SessionReport, WeekProgress, week_progress
from backtimer.routine_library import RoutineLibrary
from backtimer.session_recorder import SessionRecorder
from backtimer.settings import (
    COUNTDOWN_SCALE,
    LANGUAGE,
    LOADED_NOTICE_DISMISSED,
    THEME,
    WEEKLY_GOAL,
    Settings,
)
from backtimer.store.db import Database
from backtimer.store.history import HistoryStore
from backtimer.store.progress import recent_feel
from backtimer.store.routines import RoutineStore
from backtimer.ui.inhibit import ScreenSaverInhibitor
from backtimer.ui.main_window import MainWindow
from backtimer.ui.notifications import Notifier
from backtimer.ui.pages import Pages
from backtimer.ui.player.checkins import PainCheckIns
from backtimer.ui.player.close_policy import ClosePolicy
from backtimer.ui.player.controller import PlayerController
from backtimer.ui.player.routine_choice import RoutineChoice
from backtimer.ui.player.view import PlayerView
from backtimer.ui.reminders_controller import RemindersController
from backtimer.ui.save_status import SaveStatus
from backtimer.ui.settings_dialog import SettingsDialog
from backtimer.ui.sound_controller import SoundController
from backtimer.ui.sync_controller import SyncController
from backtimer.ui.theme import ThemeApplier
from backtimer.ui.tray_controller import TrayController
from backtimer.ui.voice_controller import VoiceController

PRELOAD_AFTER_MS = 1000  # from the first paint to building the History page unseen


def _tr(text: str) -> str:
    return QCoreApplication.translate("App", text)


class App(QObject):
    """Everything one run of the window holds."""

    write_failed = Signal(str)  # from the writer thread; delivered on the UI thread
    saving_changed = Signal(bool)  # from the writer thread: False while writes are held

    def __init__(
        self,
        catalogue: Catalogue,
        db: Database,
        settings: Settings,
        clock: Clock,
        data_dir: Path,
        *,
        defer: bool = False,
        shown: tuple[PlayerView, MainWindow] | None = None,
    ) -> None:
        """With ``defer``, the caller calls :meth:`finish_start` once the window has
        painted; without, it is called here. ``shown``: the player's view and the main
        window, when the launcher has already shown them (its first paint comes before
        the rest is built)."""
        super().__init__()
        self.catalogue, self.db, self.settings, self.data_dir = catalogue, db, settings, data_dir
        self.history = HistoryStore(db)
        self.routine_store = RoutineStore(db, catalogue.exercise_ids)
        self.library = RoutineLibrary(catalogue, self.routine_store)
        self.view, self.window = shown or _player_window()
        w = self.window
        self.writer: Any = None  # a HistoryWriter, made by finish_start
        self.save_status = SaveStatus()
        w.statusBar().addPermanentWidget(self.save_status)
        self.recorder = SessionRecorder(None)
        self.theme: ThemeApplier | None = None
        self.sound = SoundController(
            settings, self.view.mute_box, self.view.volume, paths.resource_dir() / "sounds", w
        )
        self.voice = VoiceController(settings, self)
        self.checkins = PainCheckIns(settings, w)
        self.figure = _DeferredFigure(self.view, data_dir)
        self.controller = PlayerController(
            self.view,
            catalogue,
            clock,
            self.recorder,
            hurt_lookup=self._hurt_lookup,
            cue_sink=self.sound.play,
            speak=self.voice.say,
            figure=self.figure,
            week_progress=self._week_progress,
            inhibitor=ScreenSaverInhibitor(APP_NAME, w),
            ask_pain=self.checkins.ask,
        )
        self.choice = RoutineChoice(self.view.routine_box, self.library, self.controller, settings)
        self.controller.safety.configure(
            dismissed=lambda: set(filter(None, settings.get(LOADED_NOTICE_DISMISSED).split(","))),
            save_dismissed=lambda ids: settings.set(LOADED_NOTICE_DISMISSED, ",".join(sorted(ids))),
            recent_feel=lambda routine_id: recent_feel(db, routine_id),
            switch=lambda routine_id: self.choice.select(routine_id) is not None,
        )
        self.close_policy = ClosePolicy(
            w, self.controller, settings, tray_available=lambda: self.tray.available
        )
        self.tray = TrayController(w, self.controller, self.choice, self.close_policy.quit, self)
        self.reminders = RemindersController(
            settings, self.library, w, self.controller, self.tray, Notifier(self), self
        )
        self.pages = Pages(
            w,
            self.library,
            self.routine_store,
            settings,
            self.history,
            db,
            self.recorder,
            self.reminders,
            data_dir,
        )
        self.sync = SyncController(
            settings,
            db.path,
            catalogue.exercise_ids,
            say=w.show_message,
            flush=self.recorder.flush,
            routines_came_in=lambda: self.choice.reload(),
            sessions_came_in=self.pages.refresh_history,
            parent=self,
        )
        self._error_said = False
        self._connect_signals()
        self._finished = False
        self._preload_timer: QTimer | None = None
        if not defer:
            self.finish_start()

    def finish_start(self) -> None:
        """What the first paint does not need: the history writer (off the UI thread)
        and the figure."""
        if self._finished:
            return
        self._finished = True
        from backtimer.store.writer import HistoryWriter

        self.writer = HistoryWriter(
            self.db.path, on_error=self._write_failed, on_saving_changed=self.saving_changed.emit
        )
        self.writer.start()
        self.recorder.attach(self.writer)
        self.figure.build()

    def preload_pages(self) -> None:
        """A moment after start-up, in idle time, build the History page unseen (its
        module brings pyqtgraph and numpy: a few hundred ms in all) so that the first
        click on the tab only shows it. Not while a session runs: the countdown must not
        stutter for it."""
        if self.controller.running or self._preload_timer is not None:
            return
        self._preload_timer = QTimer(self, singleShot=True, interval=PRELOAD_AFTER_MS)
        self._preload_timer.timeout.connect(self._preload_now)
        self._preload_timer.start()

    def _preload_now(self) -> None:
        if not self.controller.running:
            self.pages.prepare_history()

    def _connect_signals(self) -> None:
        c, v, w = self.controller, self.view, self.window
        c.message.connect(w.show_message)
        c.title_changed.connect(lambda t: w.setWindowTitle(f"{t} — {APP_NAME}" if t else APP_NAME))
        c.session_ended.connect(self._after_session)
        self.write_failed.connect(w.show_message)
        self.saving_changed.connect(self.save_status.set_saving)
        self.sound.message.connect(w.show_message)
        self.voice.message.connect(w.show_message)
        v.actions_by_name["fullscreen"].triggered.connect(w.toggle_fullscreen)
        v.countdown.set_scale(self.settings.get(COUNTDOWN_SCALE))
        w.add_help_action(v.actions_by_name["help"])
        w.settings_action.triggered.connect(self.open_settings)
        w.reminders_action.triggered.connect(self.pages.open_reminders)
        w.safety_action.triggered.connect(lambda: _dialogs().SafetyDialog(w, reread=True).open())
        w.about_action.triggered.connect(self._about)
        w.quit_action.triggered.connect(self.close_policy.quit)
        self.pages.run_requested.connect(self._run_from_editor)
        self.pages.routines_changed.connect(lambda: self.choice.reload())
        self.pages.routines_changed.connect(self.sync.request)
        self.pages.editor_built.connect(lambda page: self.close_policy.add_guard(page.maybe_save))
        w.can_close = self.close_policy.can_close
        w.hide_on_close = self.close_policy.hides

    def _about(self) -> None:
        from backtimer.ui.about import AboutDialog

        AboutDialog(self.catalogue, self.window).open()

    # ------------------------------------------------------------------ start-up
    def start_sound(self) -> None:
        """After the window is shown: load the cues, and start the voice if it is on."""
        self.sound.start()
        self.voice.start()

    def start_reminders(self) -> None:
        """After the window is shown: the tray icon (where there is a tray) and reminders."""
        self.tray.start(QApplication.windowIcon())
        self.reminders.start()

    def start_sync(self) -> None:
        """After the window is shown: rounds with the sync folder, if one is set."""
        self.sync.start()

    # ------------------------------------------------------------------ settings
    def open_settings(self) -> SettingsDialog:
        dlg = SettingsDialog(
            self.settings,
            self.voice.available_voices,
            self.tray.available,
            self.window,
            data_dir=self.data_dir,
        )
        dlg.changed.connect(self.apply_settings)
        dlg.open()
        return dlg

    def apply_settings(self, keys: set[str]) -> None:
        """Settings changed in the dialog: each goes to what uses it."""
        self.sound.apply(keys)
        self.voice.apply(keys)
        self.pages.apply(keys)
        self.sync.apply(keys)
        if COUNTDOWN_SCALE.key in keys:
            self.view.countdown.set_scale(self.settings.get(COUNTDOWN_SCALE))
        if THEME.key in keys and self.theme is not None:
            self.theme.apply(self.settings.get(THEME))
        if LANGUAGE.key in keys:
            self.window.show_message(_tr("The new language is used after a restart."))

    # ------------------------------------------------------------------ sessions
    def _hurt_lookup(self, exercise_id: str) -> tuple[int, int]:
        count = self.history.exercise_hurt_counts(exercise_id, 3)
        return count.hurt, count.sessions

    def _week_progress(self) -> WeekProgress | None:
        """This week's sessions against the goal and the streak, for the summary."""
        self.recorder.flush()  # the session that just ended counts
        totals = self.history.weekly_totals(weeks=104)
        return week_progress([w.sessions for w in totals], self.settings.get(WEEKLY_GOAL))

    def _run_from_editor(self, routine: Routine) -> None:
        if self.choice.run(routine):
            self.window.tabs.setCurrentIndex(0)
            text = _tr("Loaded {name}: press Space to start.").format(name=routine.name)
            self.window.show_message(text)

    def _after_session(self, _report: SessionReport) -> None:
        self.pages.refresh_history()
        self.sync.request()

    def _write_failed(self, exc: BaseException) -> None:
        if not self._error_said:
            self._error_said = True
            self.write_failed.emit(_tr("The history could not be saved: {error}").format(error=exc))

    # ------------------------------------------------------------------ closing
    def shut_down_now(self) -> None:
        """Quit without questions (SIGTERM at logout, Ctrl+C in the terminal): a running
        session ends as stopped and is saved; no pain check-in, no summary."""
        self.controller.quitting = True
        self.controller.end_now()

    def close(self) -> None:
        self.sync.close()
        self.reminders.stop()
        self.tray.stop()
        self.voice.stop()
        if self.writer is not None:
            self.writer.close()
        self.db.close()
        clean_marker(self.db.path).touch()


def _player_window() -> tuple[PlayerView, MainWindow]:
    view = PlayerView()
    return view, MainWindow(view)


def clean_marker(db_path: Path) -> Path:
    """Exists only after a clean exit; missing after a crash or a kill."""
    return db_path.with_name(db_path.name + ".clean")


def _dialogs() -> Any:
    """The dialogs module, imported when a dialog is first wanted (not at start-up)."""
    from backtimer.ui import dialogs

    return dialogs


class _DeferredFigure:
    """The figure, made by :meth:`build` after the first paint (the widget brings the
    pose tables); until then the controller's last calls are kept and then replayed."""

    def __init__(self, view: PlayerView, data_dir: Path) -> None:
        self._view, self._data_dir = view, data_dir
        self.adapter: Any = None
        self._exercise: tuple[Any, ...] | None = None
        self._motion: tuple[Any, ...] | None = None

    @property
    def widget(self) -> Any:
        return self.adapter.widget if self.adapter is not None else None

    def build(self) -> None:
        from backtimer.ui.figure_widget import FigureWidget
        from backtimer.ui.player.figure_adapter import FigureAdapter

        widget = FigureWidget()
        self._view.figure_layout.addWidget(widget)
        self.adapter = FigureAdapter(widget, self._data_dir)
        if self._exercise is not None:
            self.adapter.set_exercise(*self._exercise)
        if self._motion is not None:
            self.adapter.show_motion(*self._motion)

    def set_exercise(self, exercise_id: str | None, side: object, ex: object) -> None:
        if self.adapter is None:
            self._exercise = (exercise_id, side, ex)
        else:
            self.adapter.set_exercise(exercise_id, side, ex)

    def cycle(self) -> tuple[int, ...] | None:
        return self.adapter.cycle() if self.adapter is not None else None

    def show_motion(self, motion: object, side: object, playing: bool) -> None:
        if self.adapter is None:
            self._motion = (motion, side, playing)
        else:
            self.adapter.show_motion(motion, side, playing)
