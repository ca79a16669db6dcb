"""Starting the window, after its first paint (:mod:`backtimer.launch` shows it): the
theme for good, the player's view, the data file, :class:`backtimer.app.App` and the
routine; then the first-run safety rules, the sound, the reminders, sync and the History
page's preload, one at a time in the event loop.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication

from backtimer import APP_ID, APP_NAME, paths
from backtimer.launch import _fail, process_age_ms
from backtimer.paths import DB_NAME
from backtimer.settings import SAFETY_ACCEPTED, THEME, Settings

if TYPE_CHECKING:
    import argparse
    from types import SimpleNamespace

    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QWidget

    from backtimer.app import App
    from backtimer.core.clock import Clock
    from backtimer.store.db import Database
    from backtimer.ui.main_window import MainWindow
    from backtimer.ui.single_instance import SingleInstance


def _tr(text: str, n: int = -1, /) -> str:
    return QCoreApplication.translate("Launch", text, None, n)


ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)  # of the hicolor PNGs given to the window


def window_icon() -> QIcon:
    """The app's icon from its hicolor PNGs, each read when a size is asked for. Not the
    SVG: reading it would load Qt SVG (about 1 MB) into every window for this alone."""
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QIcon

    icon = QIcon()
    folder = paths.resource_dir() / "icons" / "hicolor"
    for n in ICON_SIZES:
        icon.addFile(str(folder / f"{n}x{n}" / "apps" / f"{APP_ID}.png"), QSize(n, n))
    return icon


class Start:
    """The start-up after the window's first paint: applies the theme for good, puts
    the player's view in the window already on the screen, builds :class:`App` around
    them, loads the routine, then finishes the start (or, with ``--check-startup``,
    reports and quits)."""

    def __init__(
        self,
        args: argparse.Namespace | SimpleNamespace,
        qapp: QApplication,
        settings: Settings,
        system_style: str,
        window: MainWindow,
        clock: Clock | None,
        lock: SingleInstance | None,
        caught: list[int],
        running: list[App],
    ) -> None:
        self.args, self.qapp, self.settings = args, qapp, settings
        self.system_style, self.window, self.clock, self.lock = system_style, window, clock, lock
        self.caught, self.running = caught, running
        self.app: App | None = None
        self.failed: int | None = None  # the exit code when the rest could not be built
        self.painted_ms = 0.0
        self.painted_clock = 0.0  # time.monotonic() at the first paint
        self.process_start = time.monotonic()
        self.interrupted = 0
        self.on_ready: Callable[[], None] | None = None

    def first_paint(self) -> None:
        if self.caught:
            return
        if self.args.check_startup:
            self.painted_ms = process_age_ms(self.process_start)
            self.painted_clock = time.monotonic()
            if getattr(self.args, "check_first_paint", False):  # the paint is all it wants
                self._print_moments()
                self.qapp.quit()
                return
        if self.lock is not None:
            self.lock.listen()  # a second instance waits for this (see single_instance)
        self.failed = self.build()
        if self.failed is not None:
            self.qapp.exit(self.failed)
            return
        assert self.app is not None
        if self.on_ready is not None:
            self.app.finish_start()  # the start is finished at "ready"
            ready = QTimer(self.app, singleShot=True, interval=0)  # after the posted events
            ready.timeout.connect(self.on_ready)
            ready.start()
            return
        self.app.finish_start()
        if not self.caught:
            after_show(self.app, self.app.db, self.args, self.interrupted, self.caught)

    def report(self) -> None:
        """``--check-startup``: the first paint and the moment Start became usable, in ms
        since the process started; then quit (the exit is part of what is timed)."""
        self._print_moments((process_age_ms(self.process_start), time.monotonic()))
        self.qapp.quit()

    def _print_moments(self, ready: tuple[float, float] | None = None) -> None:
        """``first-paint-ms N`` (and ``ready-ms N``): ms since the process started; the
        same moments as ``*-clock T`` on the system's monotonic clock, which a caller that
        noted the clock when it started the process can read to the millisecond."""
        moments = [("first-paint", self.painted_ms, self.painted_clock)]
        if ready is not None:
            moments.append(("ready", *ready))
        for name, ms, clock in moments:
            print(f"{name}-ms {ms:.0f}", flush=True)
            print(f"{name}-clock {clock:.6f}", flush=True)

    def build(self) -> int | None:
        """The rest of the start; an exit code if it cannot be built."""
        import sqlite3

        from backtimer.allocator import return_large_blocks
        from backtimer.app import App, clean_marker
        from backtimer.content_i18n import translate_catalogue
        from backtimer.core import catalogue as catalogue_mod
        from backtimer.core.clock import SystemClock
        from backtimer.core.fields import ContentError
        from backtimer.store.db import StoreError, open_database
        from backtimer.ui.player.view import PlayerView
        from backtimer.ui.sound_controller import show_sound_settings
        from backtimer.ui.theme import ThemeApplier

        return_large_blocks()  # (about 1 MB less while playing; see backtimer.allocator)
        args, settings, qapp, window = self.args, self.settings, self.qapp, self.window
        qapp.setWindowIcon(window_icon())
        theme = ThemeApplier(qapp, self.system_style)
        theme.apply(settings.get(THEME), widgets_made=False)  # (only the window's frame)
        view = PlayerView()
        show_sound_settings(settings, view.mute_box, view.volume)  # as they will be when ready
        window.set_player(view)
        data_dir = paths.data_dir(args.data_dir)
        try:
            catalogue = translate_catalogue(catalogue_mod.load(paths.content_dir()))
        except ContentError as exc:
            return _fail(f"BackTimer's built-in content is damaged: {exc}")
        marker = clean_marker(data_dir / DB_NAME)
        try:
            # A full quick_check only after an unclean exit (or with a -wal left beside the
            # file): start-up must not grow with the history (the check scans the file).
            db = open_database(data_dir / DB_NAME, quick_check=not marker.exists())
            app = App(
                catalogue,
                db,
                settings,
                self.clock or SystemClock(),
                data_dir,
                defer=True,
                shown=(view, window),
            )
            marker.unlink(missing_ok=True)
            self.interrupted = app.history.mark_interrupted()
        except (StoreError, sqlite3.Error, OSError) as exc:
            from backtimer.ui.problem_text import data_problem

            return _fail(data_problem(exc, data_dir / DB_NAME))
        self.app = app
        app.settings_ui.theme = theme
        app.choice.reload(args.routine)
        if args.routine and app.library.find(args.routine) is None:
            window.show_message(_tr("There is no routine called “%1”.").replace("%1", args.routine))
        if self.lock is not None:
            self.lock.activation_requested.connect(lambda argv: _activate(app, argv))
        if not args.check_startup:
            self.running.append(app)
            if background_only(args, settings):
                app.close_policy.keep_running = True
        return None


def after_show(
    app: App,
    db: Database,
    args: argparse.Namespace | SimpleNamespace,
    interrupted: int,
    caught: list[int],
) -> None:
    """The rest of the start, once the window has painted."""
    w, settings = app.window, app.settings
    _tell_about_moved_files(app, db)
    if interrupted:
        w.show_message(
            _tr("%n earlier sessions ended without saving; kept as interrupted.", interrupted)
        )
    for step in (app.start_sound, app.start_reminders, app.start_sync, app.preload_pages):
        timer = QTimer(app, singleShot=True, interval=0)
        timer.timeout.connect(step)
        timer.start()
    if not accept_safety(w, settings):
        QApplication.quit()
        return
    if args.start and not caught:
        app.controller.start()


def close_app(app: App) -> None:
    app.close()
    unsaved = app.writer.unsaved_at_close
    if unsaved:
        print(
            "backtimer: "
            + _tr(
                "%n history writes could not be saved (the disk is full or failing); "
                "they are lost.",
                unsaved,
            ),
            file=sys.stderr,
        )


def _tell_about_moved_files(app: App, db: Database) -> None:
    """Say where a damaged file went: at once when it was moved, and on every later
    start while the history is empty because of it."""
    from backtimer.store.db import moved_aside_files

    if db.moved_aside is not None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(
            app.window, APP_NAME,
            _tr("The history file was damaged. It was moved to %1 and a new one was started.")
            .replace("%1", str(db.moved_aside)),
        )  # fmt: skip
        return
    moved = moved_aside_files(db.path)
    if moved and app.history.count_sessions() == 0:
        app.window.statusBar().showMessage(
            _tr("The history is empty because the earlier, damaged file was moved to %1.").replace(
                "%1", str(moved[-1])
            )
        )


def accept_safety(window: QWidget, settings: Settings) -> bool:
    """The safety rules on the first run (``SAFETY_ACCEPTED``); False: they were refused."""
    if settings.get(SAFETY_ACCEPTED):
        return True
    from backtimer.ui import dialogs

    dlg = dialogs.SafetyDialog(window)
    if dlg.exec() != dialogs.SafetyDialog.DialogCode.Accepted:
        return False
    settings.set(SAFETY_ACCEPTED, True)
    return True


def background_only(args: argparse.Namespace | SimpleNamespace, settings: Settings) -> bool:
    """``--background`` (start at login): no window while there is a tray icon to open
    it from and the safety rules were accepted before."""
    from PySide6.QtWidgets import QSystemTrayIcon

    return bool(
        getattr(args, "background", False)
        and settings.get(SAFETY_ACCEPTED)
        and QSystemTrayIcon.isSystemTrayAvailable()
    )


def _activate(app: App, argv: list[str]) -> None:
    app.window.bring_to_front()
    if "--routine" in argv:
        i = argv.index("--routine")
        if i + 1 < len(argv):
            app.choice.reload(argv[i + 1])
    if "--start" in argv and not app.controller.running:
        app.controller.start()
