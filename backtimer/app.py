"""The composition root: builds the application's services and windows, wires them, and
closes them. It decides nothing itself: the controllers do.

Nothing else reaches for globals: the data directory, the database, the settings, the
catalogue, the clock and the sound are made here and handed to what needs them.
Slow things (the sound effects, the speech engine, the tray, pyqtgraph) start after the
window is shown, or when their page is first opened.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
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
from backtimer.store.writer import HistoryWriter
from backtimer.ui import dialogs
from backtimer.ui.about import AboutDialog
from backtimer.ui.figure_widget import FigureWidget
from backtimer.ui.inhibit import ScreenSaverInhibitor
from backtimer.ui.main_window import MainWindow
from backtimer.ui.notifications import Notifier
from backtimer.ui.pages import Pages
from backtimer.ui.player.checkins import PainCheckIns
from backtimer.ui.player.close_policy import ClosePolicy
from backtimer.ui.player.controller import PlayerController
from backtimer.ui.player.figure_adapter import FigureAdapter
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

DB_NAME = "backtimer.sqlite3"


def _tr(text: str) -> str:
    return QCoreApplication.translate("App", text)


class App(QObject):
    """Everything one run of the window holds."""

    write_failed = Signal(str)  # from the writer thread; delivered on the UI thread
    saving_changed = Signal(bool)  # from the writer thread: False while writes are held

    def __init__(
        self, catalogue: Catalogue, db: Database, settings: Settings, clock: Clock, data_dir: Path
    ) -> None:
        super().__init__()
        self.catalogue, self.db, self.settings, self.data_dir = catalogue, db, settings, data_dir
        self.history = HistoryStore(db)
        self.routine_store = RoutineStore(db, catalogue.exercise_ids)
        self.library = RoutineLibrary(catalogue, self.routine_store)
        self.view = PlayerView()
        self.window = w = MainWindow(self.view)
        self.writer = HistoryWriter(
            db.path, on_error=self._write_failed, on_saving_changed=self.saving_changed.emit
        )
        self.writer.start()
        self.save_status = SaveStatus()
        w.statusBar().addPermanentWidget(self.save_status)
        self.recorder = SessionRecorder(self.writer)
        self.theme: ThemeApplier | None = None
        self.sound = SoundController(
            settings, self.view.mute_box, self.view.volume, paths.resource_dir() / "sounds", w
        )
        self.voice = VoiceController(settings, self)
        self.checkins = PainCheckIns(settings, w)
        fig = FigureWidget()
        self.view.figure_layout.addWidget(fig)
        self.figure = FigureAdapter(fig, data_dir)
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
        w.safety_action.triggered.connect(lambda: dialogs.SafetyDialog(w, reread=True).open())
        w.about_action.triggered.connect(lambda: AboutDialog(self.catalogue, w).open())
        w.quit_action.triggered.connect(self.close_policy.quit)
        self.pages.run_requested.connect(self._run_from_editor)
        self.pages.routines_changed.connect(lambda: self.choice.reload())
        self.pages.routines_changed.connect(self.sync.request)
        self.pages.editor_built.connect(lambda page: self.close_policy.add_guard(page.maybe_save))
        w.can_close = self.close_policy.can_close
        w.hide_on_close = self.close_policy.hides

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
        self.writer.close()
        self.db.close()
        clean_marker(self.db.path).touch()


def clean_marker(db_path: Path) -> Path:
    """Exists only after a clean exit; missing after a crash or a kill."""
    return db_path.with_name(db_path.name + ".clean")
