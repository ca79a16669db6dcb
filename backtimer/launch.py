"""Starting the window: single instance, opening the data, first-run safety, --check-startup.

``run`` is what ``backtimer`` (with no sub-command) calls; :class:`backtimer.app.App`
holds what one run builds.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import sys
import time
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from backtimer import APP_ID, APP_NAME, __version__, i18n, paths
from backtimer.paths import DB_NAME
from backtimer.settings import LANGUAGE, SAFETY_ACCEPTED, THEME, Settings
from backtimer.store.db import (
    Database,
    StoreError,
    check_data_place,
    moved_aside_files,
    open_database,
)
from backtimer.ui.marks import QT_TRANSLATE_NOOP
from backtimer.ui.theme import ThemeApplier
from backtimer.ui.unix_signals import QuitSignals

if TYPE_CHECKING:
    import argparse
    from types import SimpleNamespace

    from PySide6.QtWidgets import QWidget

    from backtimer.app import App
    from backtimer.core.clock import Clock
    from backtimer.ui.main_window import MainWindow
    from backtimer.ui.player.view import PlayerView
    from backtimer.ui.single_instance import SingleInstance


def _tr(text: str, n: int = -1, /) -> str:
    return QCoreApplication.translate("Launch", text, None, n)


def process_age_ms(fallback_start: float) -> float:
    """Milliseconds since this process started (from /proc where there is one)."""
    try:
        stat = Path("/proc/self/stat").read_text().rsplit(")", 1)[1].split()
        start_ticks = int(stat[19])
        uptime = float(Path("/proc/uptime").read_text().split()[0])
        return (uptime - start_ticks / os.sysconf("SC_CLK_TCK")) * 1000.0
    except (OSError, ValueError, IndexError):
        return (time.monotonic() - fallback_start) * 1000.0


class _FirstPaint(QObject):
    """Calls ``on_paint`` once, when the event loop is back after the watched widget's
    first paint (or when :meth:`fire` is called first)."""

    def __init__(self, on_paint: Callable[[], None]) -> None:
        super().__init__()
        self._on_paint = on_paint
        self.done = False
        self._timer = QTimer(self, singleShot=True, interval=0)
        self._timer.timeout.connect(self._call)

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        if not self.done and event.type() == QEvent.Type.Paint:
            self.fire()
        return False

    def fire(self) -> None:
        if not self.done:
            self.done = True
            self._timer.start()

    def _call(self) -> None:
        self._on_paint()


EXIT_BAD_ENVIRONMENT = 2
# Said before the translators are installed (translated by _early_translate).
NO_LOCK = QT_TRANSLATE_NOOP(
    "Launch", "BackTimer cannot use the data folder %1: it cannot create its lock file there."
)
RUNNING = QT_TRANSLATE_NOOP("Launch", "BackTimer is already running; brought it to the front.")
RUNNING_SILENT = QT_TRANSLATE_NOOP(
    "Launch",
    "BackTimer is already running for %1 (it did not answer: %2); bring its window to the "
    "front yourself.",
)


def _fail(message: str) -> int:
    """A bad environment: a sentence on stderr and in a window, exit code 2."""
    print(f"backtimer: {message}", file=sys.stderr)
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.critical(None, APP_NAME, message)
    return EXIT_BAD_ENVIRONMENT


def display_problem(
    env: Mapping[str, str] | None = None, translate: Callable[[str], str] = str
) -> str | None:
    """Why Qt could not open a window here (checked before QApplication exists, which
    would otherwise abort the process with a core dump), or None. ``translate`` puts the
    sentence into the person's language (:func:`backtimer.i18n.early_translator`)."""
    env = os.environ if env is None else env
    platform = env.get("QT_QPA_PLATFORM", "")
    if platform and not platform.startswith(("xcb", "wayland")):
        return None  # offscreen, vnc, eglfs...: the caller chose
    display, wayland = env.get("DISPLAY", ""), env.get("WAYLAND_DISPLAY", "")
    if wayland and not platform.startswith("xcb"):
        return None
    if not display:
        return translate(
            QT_TRANSLATE_NOOP(
                "Launch",
                "BackTimer needs a graphical desktop to open its window, and there is none "
                "here (DISPLAY is not set). The sub-commands work without one: "
                "see backtimer --help.",
            )
        )
    host, _, number = display.partition(":")
    number = number.split(".")[0]
    local = host in ("", "unix") and number.isdigit()
    if local and not Path(f"/tmp/.X11-unix/X{number}").exists():
        return translate(
            QT_TRANSLATE_NOOP(
                "Launch", "BackTimer cannot reach the display %1: no X server is running there."
            )
        ).replace("%1", display)
    return None


def _early_translate(
    args: argparse.Namespace | SimpleNamespace, text: str, context: str = "Launch"
) -> str:
    """A launch sentence in the language setting's (if there is a settings file yet) or
    the system's language, before the translators are installed."""
    ini = paths.config_dir(args.data_dir) / "backtimer.ini"
    setting = ""
    if ini.is_file():
        setting = Settings(QSettings(str(ini), QSettings.Format.IniFormat)).get(LANGUAGE)
    return i18n.early_translator(setting, paths.translations_dir())(context, text)


def run(
    args: argparse.Namespace | SimpleNamespace,
    *,
    process_start: float,
    clock: Clock | None = None,
) -> int:
    """Open the window. What its first paint does not need (the history writer, the
    figure, the safety dialog, the sound, the tray, the History page) comes after it."""
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    existing = QApplication.instance()
    translate = lambda text: _early_translate(args, text)  # noqa: E731 - only on a problem
    if existing is None and (problem := display_problem(None, translate)) is not None:
        print(f"backtimer: {problem}", file=sys.stderr)
        return EXIT_BAD_ENVIRONMENT
    qapp = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    qapp.setApplicationName(APP_NAME)
    qapp.setApplicationVersion(__version__)
    qapp.setOrganizationName(APP_NAME)
    qapp.setDesktopFileName(APP_ID)
    qapp.setWindowIcon(QIcon(str(paths.resource_dir() / "icons" / "backtimer.svg")))
    # From here on Ctrl+C, SIGTERM and SIGHUP quit cleanly, even from a message box.
    signals = QuitSignals(parent=qapp)
    caught: list[int] = []
    running: list[App] = []

    def on_signal(number: int) -> None:
        if not caught:
            caught.append(number)
            if running:
                running[0].shut_down_now()
            qapp.exit(0)  # leaves every event loop, a dialog's too; closes no window

    signals.received.connect(on_signal)
    try:
        return _run(args, qapp, process_start, clock, caught, running)
    finally:
        signals.restore()


def _run(
    args: argparse.Namespace | SimpleNamespace,
    qapp: QApplication,
    process_start: float,
    clock: Clock | None,
    caught: list[int],
    running: list[App],
) -> int:
    data_dir = paths.data_dir(args.data_dir)
    try:
        check_data_place(data_dir / DB_NAME)
    except StoreError as exc:
        from backtimer.ui.problem_text import data_problem  # only when it is needed

        early = lambda text: _early_translate(args, text, "Problems")  # noqa: E731
        return _fail(data_problem(exc, data_dir / DB_NAME, early))
    lock = None
    if not args.check_startup:
        from backtimer.ui.single_instance import LockUnavailable, SingleInstance, data_dir_lock

        folder, name, socket = data_dir_lock(data_dir)
        lock = SingleInstance(qapp, lock_dir=folder, socket_name=socket)
        forwarded = ["--routine", args.routine] if args.routine else []
        try:
            primary = lock.acquire(name, forwarded + (["--start"] if args.start else []))
        except LockUnavailable:
            return _fail(_early_translate(args, NO_LOCK).replace("%1", str(folder)))
        if not primary:
            if lock.error:
                said = _early_translate(args, RUNNING_SILENT)
                said = said.replace("%1", str(folder)).replace("%2", lock.error)
            else:
                said = _early_translate(args, RUNNING)
            print(said, file=sys.stderr)
            return 0
    settings = Settings.in_dir(paths.config_dir(args.data_dir))
    i18n.install_translators(qapp, settings.get(LANGUAGE), paths.translations_dir())
    theme = ThemeApplier(qapp)
    theme.apply(settings.get(THEME))
    # The window first: the main window with the player's view is shown and painted
    # before the rest (the catalogue, the data file, the controllers, the pages) is
    # built, right after, in the event loop; only then is Start usable ("ready").
    from backtimer.ui.main_window import MainWindow
    from backtimer.ui.player.view import PlayerView

    view = PlayerView()
    window = MainWindow(view)
    window.resize_within_screen(1280, 800)
    start = _Start(args, qapp, settings, theme, (view, window), clock, lock, caught, running)
    start.process_start = process_start
    hidden = not args.check_startup and background_only(args, settings)
    if args.check_startup:
        start.on_ready = start.report
    watcher = _FirstPaint(start.first_paint)
    view.countdown.installEventFilter(watcher)
    if hidden:
        qapp.setQuitOnLastWindowClosed(False)  # the tray's Quit ends it
        watcher.fire()  # no paint to wait for
    else:
        # Should the countdown not be painted soon (a minimised start), go on without it.
        fallback = QTimer(singleShot=True, interval=1500)
        fallback.timeout.connect(watcher.fire)
        fallback.start()
        window.show()
    code = qapp.exec() if not caught else 0
    app = start.app
    if start.failed is not None:  # the rest could not be built; a sentence was shown
        return start.failed
    if app is None:  # a signal came first
        return 128 + caught[0] if caught else code
    app.finish_start()  # (nothing if it ran) so that closing finds what it closes
    if args.check_startup:
        app.close()
        return 0
    _close(app)
    return 128 + caught[0] if caught else code


class _Start:
    """The start-up after the window's first paint: builds :class:`App` around the view
    and the window already on the screen, loads the routine, then finishes the start
    (or, with ``--check-startup``, reports and quits)."""

    def __init__(
        self,
        args: argparse.Namespace | SimpleNamespace,
        qapp: QApplication,
        settings: Settings,
        theme: ThemeApplier,
        shown: tuple[PlayerView, MainWindow],
        clock: Clock | None,
        lock: SingleInstance | None,
        caught: list[int],
        running: list[App],
    ) -> None:
        self.args, self.qapp, self.settings, self.theme = args, qapp, settings, theme
        self.shown, self.clock, self.lock = shown, clock, lock
        self.caught, self.running = caught, running
        self.app: App | None = None
        self.failed: int | None = None  # the exit code when the rest could not be built
        self.painted_ms = 0.0
        self.process_start = time.monotonic()
        self.interrupted = 0
        self.on_ready: Callable[[], None] | None = None

    def first_paint(self) -> None:
        if self.caught:
            return
        if self.args.check_startup:
            self.painted_ms = process_age_ms(self.process_start)
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
            _after_show(self.app, self.app.db, self.args, self.interrupted, self.caught)

    def report(self) -> None:
        """``--check-startup``: the first paint and the moment Start became usable, in ms
        since the process started; then quit (the exit is part of what is timed)."""
        ready_ms = process_age_ms(self.process_start)
        print(f"first-paint-ms {self.painted_ms:.0f}", flush=True)
        print(f"ready-ms {ready_ms:.0f}", flush=True)
        self.qapp.quit()

    def build(self) -> int | None:
        """The rest of the start; an exit code if it cannot be built."""
        from backtimer.app import App, clean_marker
        from backtimer.content_i18n import translate_catalogue
        from backtimer.core import catalogue as catalogue_mod
        from backtimer.core.clock import SystemClock
        from backtimer.core.fields import ContentError

        args, settings = self.args, self.settings
        data_dir = paths.data_dir(args.data_dir)
        try:
            catalogue = translate_catalogue(catalogue_mod.load(paths.content_dir()))
        except ContentError as exc:
            return _fail(f"BackTimer's built-in content is damaged: {exc}")
        marker = clean_marker(data_dir / DB_NAME)
        view, window = self.shown
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
        app.settings_ui.theme = self.theme
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


def leave(code: int) -> int:
    """End the process at once, skipping the interpreter's and Qt's teardown (a tenth
    of a second or more: every module and wrapper freed one by one), when nothing can be
    lost by it: the window is closed, the history writer has stopped and closed its file,
    every setting was written when it was set, no other Python thread runs and the
    clipboard holds nothing of ours (X hands it over to a clipboard manager at
    teardown). Otherwise returns ``code`` for the ordinary exit."""
    import threading

    qapp = QApplication.instance()
    clipboard = QApplication.clipboard() if isinstance(qapp, QApplication) else None
    if threading.active_count() > 1 or (clipboard is not None and clipboard.ownsClipboard()):
        return code
    logging.shutdown()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


def _after_show(
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


def _close(app: App) -> None:
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
