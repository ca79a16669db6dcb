"""Starting the window: single instance, opening the data, first-run safety, --check-startup.

``run`` is what ``backtimer`` (with no sub-command) calls; :class:`backtimer.app.App`
holds what one run builds.
"""

from __future__ import annotations

import argparse
import logging
import os
import sqlite3
import sys
import time
from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from backtimer import APP_ID, APP_NAME, __version__, i18n, paths
from backtimer.app import DB_NAME, App, clean_marker
from backtimer.content_i18n import translate_catalogue
from backtimer.core import catalogue as catalogue_mod
from backtimer.core.clock import Clock, SystemClock
from backtimer.core.fields import ContentError
from backtimer.settings import LANGUAGE, SAFETY_ACCEPTED, THEME, Settings
from backtimer.store.db import (
    Database,
    StoreError,
    check_data_place,
    describe,
    moved_aside_files,
    open_database,
)
from backtimer.ui import dialogs
from backtimer.ui.theme import ThemeApplier
from backtimer.ui.unix_signals import QuitSignals


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
    def __init__(self, on_paint: object) -> None:
        super().__init__()
        self._on_paint = on_paint
        self.done = False

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        if not self.done and event.type() == QEvent.Type.Paint:
            self.done = True
            QTimer.singleShot(0, self._on_paint)  # type: ignore[call-overload]
        return False


EXIT_BAD_ENVIRONMENT = 2


def _fail(message: str) -> int:
    """A bad environment: a sentence on stderr and in a window, exit code 2."""
    print(f"backtimer: {message}", file=sys.stderr)
    QMessageBox.critical(None, APP_NAME, message)
    return EXIT_BAD_ENVIRONMENT


def display_problem(env: Mapping[str, str] | None = None) -> str | None:
    """Why Qt could not open a window here (checked before QApplication exists, which
    would otherwise abort the process with a core dump), or None."""
    env = os.environ if env is None else env
    platform = env.get("QT_QPA_PLATFORM", "")
    if platform and not platform.startswith(("xcb", "wayland")):
        return None  # offscreen, vnc, eglfs...: the caller chose
    display, wayland = env.get("DISPLAY", ""), env.get("WAYLAND_DISPLAY", "")
    if wayland and not platform.startswith("xcb"):
        return None
    if not display:
        return (
            "BackTimer needs a graphical desktop to open its window, and there is none "
            "here (DISPLAY is not set). The sub-commands work without one: "
            "see backtimer --help."
        )
    host, _, number = display.partition(":")
    number = number.split(".")[0]
    local = host in ("", "unix") and number.isdigit()
    if local and not Path(f"/tmp/.X11-unix/X{number}").exists():
        return f"BackTimer cannot reach the display {display}: no X server is running there."
    return None


def run(args: argparse.Namespace, *, process_start: float, clock: Clock | None = None) -> int:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    existing = QApplication.instance()
    if existing is None and (problem := display_problem()) is not None:
        print(f"backtimer: {problem}", file=sys.stderr)
        return EXIT_BAD_ENVIRONMENT
    qapp = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    qapp.setApplicationName(APP_NAME)
    qapp.setApplicationVersion(__version__)
    qapp.setOrganizationName(APP_NAME)
    qapp.setDesktopFileName(APP_ID)
    qapp.setWindowIcon(QIcon(str(paths.resource_dir() / "icons" / "backtimer.svg")))
    data_dir = paths.data_dir(args.data_dir)
    try:
        check_data_place(data_dir / DB_NAME)
    except StoreError as exc:
        return _fail(str(exc))
    lock = None
    if not args.check_startup:
        from backtimer.ui.single_instance import LockUnavailable, SingleInstance, data_dir_lock

        folder, name, socket = data_dir_lock(data_dir)
        lock = SingleInstance(qapp, lock_dir=folder, socket_name=socket)
        forwarded = ["--routine", args.routine] if args.routine else []
        try:
            primary = lock.acquire(name, forwarded + (["--start"] if args.start else []))
        except LockUnavailable as exc:
            return _fail(f"BackTimer cannot use the data folder {folder}: {exc}.")
        if not primary:
            print("BackTimer is already running; brought it to the front.", file=sys.stderr)
            return 0
    settings = Settings.in_dir(paths.config_dir(args.data_dir))
    i18n.install_translators(qapp, settings.get(LANGUAGE), paths.translations_dir())
    theme = ThemeApplier(qapp)
    theme.apply(settings.get(THEME))
    try:
        catalogue = translate_catalogue(catalogue_mod.load(paths.content_dir()))
    except ContentError as exc:
        return _fail(f"BackTimer's built-in content is damaged: {exc}")
    marker = clean_marker(data_dir / DB_NAME)
    try:
        # A full quick_check only after an unclean exit (or with a -wal left beside the
        # file): start-up must not grow with the history (the check scans the file).
        db = open_database(data_dir / DB_NAME, quick_check=not marker.exists())
        app = App(catalogue, db, settings, clock or SystemClock(), data_dir)
        marker.unlink(missing_ok=True)
        interrupted = app.history.mark_interrupted()
    except (StoreError, sqlite3.Error, OSError) as exc:
        text = str(exc) if isinstance(exc, StoreError) else describe(exc, data_dir / DB_NAME)
        return _fail(text)
    app.theme = theme
    app.choice.reload(args.routine)
    if args.routine and app.library.find(args.routine) is None:
        app.window.show_message(f"There is no routine called {args.routine!r}.")
    if lock is not None:
        lock.activation_requested.connect(lambda argv: _activate(app, argv))
    w = app.window
    w.resize(1280, 800)
    if args.check_startup:
        watcher = _FirstPaint(lambda: (print(f"{process_age_ms(process_start):.0f}"), qapp.quit()))
        app.view.countdown.installEventFilter(watcher)
        w.show()
        qapp.exec()
        app.close()
        return 0
    signals = QuitSignals(parent=qapp)
    caught: list[int] = []

    def on_signal(number: int) -> None:
        if not caught:
            caught.append(number)
            app.shut_down_now()
            qapp.quit()

    signals.received.connect(on_signal)
    if background_only(args, settings):
        qapp.setQuitOnLastWindowClosed(False)  # the tray's Quit ends it
        app.close_policy.keep_running = True
    else:
        w.show()
    _tell_about_moved_files(app, db)
    if interrupted:
        w.show_message(
            f"{interrupted} earlier session(s) ended without saving; kept as interrupted."
        )
    QTimer.singleShot(0, app.start_sound)
    QTimer.singleShot(0, app.start_reminders)
    QTimer.singleShot(0, app.start_sync)
    if not accept_safety(w, settings):
        _close(app, signals)
        return 128 + caught[0] if caught else 0
    if args.start and not caught:
        app.controller.start()
    code = qapp.exec() if not caught else 0
    _close(app, signals)
    return 128 + caught[0] if caught else code


def _close(app: App, signals: QuitSignals) -> None:
    app.close()
    signals.restore()
    unsaved = app.writer.unsaved_at_close
    if unsaved:
        print(
            f"backtimer: {unsaved} history write(s) could not be saved (the disk is full or "
            "failing); they are lost.",
            file=sys.stderr,
        )


def _tell_about_moved_files(app: App, db: Database) -> None:
    """Say where a damaged file went: at once when it was moved, and on every later
    start while the history is empty because of it."""
    if db.moved_aside is not None:
        QMessageBox.warning(
            app.window, APP_NAME,
            f"The history file was damaged. It was moved to {db.moved_aside} and a new one "
            "was started.",
        )  # fmt: skip
        return
    moved = moved_aside_files(db.path)
    if moved and app.history.count_sessions() == 0:
        app.window.statusBar().showMessage(
            f"The history is empty because the earlier, damaged file was moved to {moved[-1]}."
        )


def accept_safety(window: QWidget, settings: Settings) -> bool:
    """The safety rules on the first run (``SAFETY_ACCEPTED``); False: they were refused."""
    if settings.get(SAFETY_ACCEPTED):
        return True
    dlg = dialogs.SafetyDialog(window)
    if dlg.exec() != dialogs.SafetyDialog.DialogCode.Accepted:
        return False
    settings.set(SAFETY_ACCEPTED, True)
    return True


def background_only(args: argparse.Namespace, settings: Settings) -> bool:
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
