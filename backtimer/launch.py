"""Starting the window: single instance, opening the data, first-run safety, --check-startup.

``run`` is what ``backtimer`` (with no sub-command) calls; :class:`backtimer.app.App`
holds what one run builds.
"""

from __future__ import annotations

import argparse
import hashlib
import logging
import os
import sys
import time
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
from backtimer.store.db import StoreError, open_database
from backtimer.ui import dialogs
from backtimer.ui.theme import ThemeApplier


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


def _fail(message: str) -> int:
    QMessageBox.critical(None, APP_NAME, message)
    print(f"backtimer: {message}", file=sys.stderr)
    return 1


def run(args: argparse.Namespace, *, process_start: float, clock: Clock | None = None) -> int:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    existing = QApplication.instance()
    qapp = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    qapp.setApplicationName(APP_NAME)
    qapp.setApplicationVersion(__version__)
    qapp.setOrganizationName(APP_NAME)
    qapp.setDesktopFileName(APP_ID)
    qapp.setWindowIcon(QIcon(str(paths.resource_dir() / "icons" / "backtimer.svg")))
    data_dir = paths.data_dir(args.data_dir)
    lock = None
    if not args.check_startup:
        from backtimer.ui.single_instance import SingleInstance

        lock = SingleInstance(qapp)
        key = hashlib.sha1(str(data_dir.resolve()).encode()).hexdigest()[:12]
        forwarded = ["--routine", args.routine] if args.routine else []
        if not lock.acquire(f"backtimer-{key}", forwarded + (["--start"] if args.start else [])):
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
        # A full quick_check only after an unclean exit: start-up must not grow with
        # the history (the check scans the whole file).
        db = open_database(data_dir / DB_NAME, quick_check=not marker.exists())
    except StoreError as exc:
        return _fail(str(exc))
    marker.unlink(missing_ok=True)
    app = App(catalogue, db, settings, clock or SystemClock(), data_dir)
    app.theme = theme
    interrupted = app.history.mark_interrupted()
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
    if background_only(args, settings):
        qapp.setQuitOnLastWindowClosed(False)  # the tray's Quit ends it
        app.close_policy.keep_running = True
    else:
        w.show()
    if db.moved_aside is not None:
        QMessageBox.warning(
            w, APP_NAME,
            f"The history file was damaged. It was moved to {db.moved_aside} and a new one "
            "was started.",
        )  # fmt: skip
    if interrupted:
        w.show_message(
            f"{interrupted} earlier session(s) ended without saving; kept as interrupted."
        )
    QTimer.singleShot(0, app.start_sound)
    QTimer.singleShot(0, app.start_reminders)
    if not accept_safety(w, settings):
        app.close()
        return 0
    if args.start:
        app.controller.start()
    code = qapp.exec()
    app.close()
    return code


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
