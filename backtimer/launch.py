"""Starting the window: single instance, opening the data, first-run safety, --check-startup.

``run`` is what ``backtimer`` (with no sub-command) calls; :class:`backtimer.app.App`
holds what one run builds.
"""

from __future__ import annotations

import logging
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from backtimer import APP_ID, APP_NAME, __version__, i18n, paths
from backtimer.app import DB_NAME, App, clean_marker
from backtimer.content_i18n import translate_catalogue
from backtimer.core import catalogue as catalogue_mod
from backtimer.core.clock import Clock, SystemClock
from backtimer.core.fields import ContentError
from backtimer.settings import LANGUAGE, SAFETY_ACCEPTED, THEME, Settings
from backtimer.store.db import StoreError, open_database
from backtimer.ui.theme import ThemeApplier

if TYPE_CHECKING:
    import argparse
    from types import SimpleNamespace


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


def _fail(message: str) -> int:
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.critical(None, APP_NAME, message)
    print(f"backtimer: {message}", file=sys.stderr)
    return 1


def run(
    args: argparse.Namespace | SimpleNamespace,
    *,
    process_start: float,
    clock: Clock | None = None,
) -> int:
    """Open the window. What the first paint does not need (the history writer, the
    figure, marking interrupted sessions, the tray, the sound) is built right after it."""
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
        import hashlib

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
    app = App(catalogue, db, settings, clock or SystemClock(), data_dir, defer=True)
    app.theme = theme
    app.choice.reload(args.routine)
    if args.routine and app.library.find(args.routine) is None:
        app.window.show_message(f"There is no routine called {args.routine!r}.")
    if lock is not None:
        lock.activation_requested.connect(lambda argv: _activate(app, argv))
    w = app.window
    w.resize(1280, 800)

    def after_first_paint() -> None:
        if args.check_startup:
            print(f"{process_age_ms(process_start):.0f}", flush=True)
        interrupted = app.finish_start()
        if args.check_startup:
            qapp.quit()
            return
        _after_show(app, args, interrupted)

    watcher = _FirstPaint(after_first_paint)
    app.view.countdown.installEventFilter(watcher)
    # Should the countdown not be painted soon (a minimised start), go on without it.
    fallback = QTimer(singleShot=True, interval=1500)
    fallback.timeout.connect(lambda: watcher.fire())
    fallback.start()
    w.show()
    code = qapp.exec()
    app.close()
    return code


def _after_show(app: App, args: argparse.Namespace | SimpleNamespace, interrupted: int) -> None:
    """The rest of the start, once the window is on the screen."""
    w, db, settings = app.window, app.db, app.settings
    if db.moved_aside is not None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(
            w, APP_NAME,
            f"The history file was damaged. It was moved to {db.moved_aside} and a new one "
            "was started.",
        )  # fmt: skip
    if interrupted:
        w.show_message(
            f"{interrupted} earlier session(s) ended without saving; kept as interrupted."
        )
    for step in (app.start_sound, app.start_reminders, app.preload_pages):
        timer = QTimer(app, singleShot=True, interval=0)
        timer.timeout.connect(step)
        timer.start()
    if not settings.get(SAFETY_ACCEPTED):
        from backtimer.ui import dialogs

        dlg = dialogs.SafetyDialog(w)
        if dlg.exec() != dialogs.SafetyDialog.DialogCode.Accepted:
            QApplication.quit()
            return
        settings.set(SAFETY_ACCEPTED, True)
    if args.start:
        app.controller.start()


def _activate(app: App, argv: list[str]) -> None:
    app.window.bring_to_front()
    if "--routine" in argv:
        i = argv.index("--routine")
        if i + 1 < len(argv):
            app.choice.reload(argv[i + 1])
    if "--start" in argv and not app.controller.running:
        app.controller.start()
