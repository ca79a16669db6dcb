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

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication

from backtimer import paths
from backtimer.core.catalogue import Catalogue
from backtimer.core.clock import Clock
from backtimer.routine_library import RoutineLibrary
from backtimer.session_recorder import SessionRecorder
from backtimer.settings import Settings
from backtimer.store.db import Database
from backtimer.store.history import HistoryStore
from backtimer.store.routines import RoutineStore
from backtimer.ui.main_window import MainWindow
from backtimer.ui.menu_controller import MenuController
from backtimer.ui.notifications import Notifier
from backtimer.ui.pages import Pages
from backtimer.ui.player.parts import PlayerParts
from backtimer.ui.player.view import PlayerView
from backtimer.ui.reminders_controller import RemindersController
from backtimer.ui.save_status import SaveStatus, SavingReports
from backtimer.ui.settings_controller import SettingsController
from backtimer.ui.sound_controller import SoundController
from backtimer.ui.sync_controller import SyncController
from backtimer.ui.tray_controller import TrayController
from backtimer.ui.voice_controller import VoiceController


class App(QObject):
    """Everything one run of the window holds."""

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
        self.history = hist = HistoryStore(db)
        self.routine_store = store = RoutineStore(db, catalogue.exercise_ids)
        self.library = lib = RoutineLibrary(catalogue, store)
        self.recorder = rec = SessionRecorder(None)
        self.writer: Any = None  # a HistoryWriter, made by finish_start
        self.view, self.window = v, w = shown or _player_window()
        self.saving, self.save_status = SavingReports(self), SaveStatus()
        w.statusBar().addPermanentWidget(self.save_status)
        sounds = paths.resource_dir() / "sounds"
        self.sound = sound = SoundController(settings, v.mute_box, v.volume, sounds, w)
        self.voice = voice = VoiceController(settings, self)
        self.player = p = PlayerParts(
            v, w, catalogue, lib, clock, rec, (db, hist), settings, data_dir, sound.play, voice.say
        )
        c, choice, close = p.controller, p.choice, p.close_policy
        self.controller, self.choice, self.close_policy = c, choice, close
        self.figure, self.checkins = p.figure, p.checkins
        self.tray = tray = TrayController(w, c, choice, close.quit, self)
        close.tray_available = lambda: tray.available
        self.reminders = RemindersController(settings, lib, w, c, tray, Notifier(self), self)
        self.pages = pages = Pages(w, lib, settings, hist, db, rec, self.reminders, data_dir)
        self.sync = SyncController(
            settings,
            db.path,
            catalogue.exercise_ids,
            say=w.show_message,
            flush=rec.flush,
            routines_came_in=lambda: choice.reload(),
            sessions_came_in=pages.refresh_history,
            parent=self,
        )
        consumers = [sound.apply, voice.apply, pages.apply, self.sync.apply]
        self.settings_ui = ui = SettingsController(
            settings, w, v.countdown, consumers, voice.available_voices, tray, data_dir
        )
        self.menu = MenuController(w, catalogue, choice, ui.open, pages.open_reminders, close.quit)
        self._connect_signals()
        self._finished = False
        if not defer:
            self.finish_start()

    def _connect_signals(self) -> None:
        c, w, pages = self.controller, self.window, self.pages
        for source in (c.message, self.saving.failed, self.sound.message, self.voice.message):
            source.connect(w.show_message)
        c.title_changed.connect(w.show_title)
        c.session_ended.connect(lambda _report: pages.refresh_history())
        c.session_ended.connect(lambda _report: self.sync.request())
        self.saving.saving_changed.connect(self.save_status.set_saving)
        self.view.actions_by_name["fullscreen"].triggered.connect(w.toggle_fullscreen)
        w.add_help_action(self.view.actions_by_name["help"])
        pages.run_requested.connect(self.menu.run_in_player)
        pages.routines_changed.connect(lambda: self.choice.reload())
        pages.routines_changed.connect(self.sync.request)
        pages.editor_built.connect(lambda page: self.close_policy.add_guard(page.maybe_save))
        w.can_close = self.close_policy.can_close
        w.hide_on_close = self.close_policy.hides

    # ------------------------------------------------------------------ start-up
    def finish_start(self) -> None:
        """What the first paint does not need: the history writer (off the UI thread)
        and the figure."""
        if self._finished:
            return
        self._finished = True
        from backtimer.store.writer import HistoryWriter

        self.writer = HistoryWriter(
            self.db.path, on_error=self.saving.write_failed, on_saving_changed=self.saving.saving
        )
        self.writer.start()
        self.recorder.attach(self.writer)
        self.figure.build()

    def preload_pages(self) -> None:
        """In idle time after start-up, the History page unseen (not during a session)."""
        self.pages.prepare_history_soon(busy=lambda: self.controller.running)

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

    # ------------------------------------------------------------------ closing
    def shut_down_now(self) -> None:
        """Quit without questions (SIGTERM at logout, Ctrl+C in the terminal)."""
        self.controller.shut_down()

    def close(self) -> None:
        self.sync.close()
        self.reminders.stop()
        self.tray.stop()
        self.voice.stop()
        self.sound.stop()
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
