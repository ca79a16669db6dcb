"""Starting the window, up to its first paint: the display, the data folder, the single
instance, the settings, the language and the theme's colours, then the main window
(with an empty Player page), shown. Everything else is built right after the first paint
(:class:`backtimer.startup.Start`), so this module imports only what that paint needs:
no sqlite3, no QtNetwork, none of Qt's ``Qt`` namespace (some 18 ms of enums).

``run`` is what ``backtimer`` (with no sub-command) calls; :class:`backtimer.app.App`
holds what one run builds. ``--check-startup`` prints when the window first painted and
when Start became usable, then quits.
"""

from __future__ import annotations

import logging
import os
import sys
import time
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSettings, QTimer
from PySide6.QtWidgets import QApplication

from backtimer import APP_ID, APP_NAME, __version__, i18n, paths
from backtimer.paths import DB_NAME
from backtimer.settings import LANGUAGE, THEME, Settings
from backtimer.store.place import StoreError, check_data_place
from backtimer.ui.main_window import MainWindow
from backtimer.ui.marks import QT_TRANSLATE_NOOP
from backtimer.ui.palette import first_paint_look
from backtimer.ui.unix_signals import QuitSignals

if TYPE_CHECKING:
    import argparse
    from types import SimpleNamespace

    from backtimer.app import App
    from backtimer.core.clock import Clock


def process_age_ms(fallback_start: float) -> float:
    """Milliseconds since this process started (from /proc where there is one)."""
    try:
        stat = Path("/proc/self/stat").read_text().rsplit(")", 1)[1].split()
        start_ticks = int(stat[19])
        uptime = float(Path("/proc/uptime").read_text().split()[0])
        return (uptime - start_ticks / os.sysconf("SC_CLK_TCK")) * 1000.0
    except (OSError, ValueError, IndexError):
        return (time.monotonic() - fallback_start) * 1000.0


class FirstPaint(QObject):
    """Calls ``on_paint`` once, when the event loop is back after ``watched``'s first
    paint (or when :meth:`fire` is called first); then stops watching it (an event
    filter in Python would otherwise see every event of the window for good)."""

    def __init__(self, on_paint: Callable[[], None], watched: QObject) -> None:
        super().__init__()
        self._on_paint = on_paint
        self._watched = watched
        self.done = False
        self._timer = QTimer(self, singleShot=True, interval=0)
        self._timer.timeout.connect(self._call)
        watched.installEventFilter(self)

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        if not self.done and event.type() == QEvent.Type.Paint:
            self.fire()
        return False

    def fire(self) -> None:
        if not self.done:
            self.done = True
            self._timer.start()

    def _call(self) -> None:
        self._watched.removeEventFilter(self)
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
    qapp.setDesktopFileName(APP_ID)  # (the icon is set after the first paint)
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
    if getattr(args, "check_first_paint", False):
        args.check_startup = True  # (and quit at the first paint: see Start.first_paint)
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
            primary = lock.acquire(
                name, forwarded + (["--start"] if args.start else []), listen=False
            )
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
    system_style = first_paint_look(qapp, settings.get(THEME))
    # The window first: shown and painted with an empty Player page; the rest (the
    # theme for good, the player's view, the catalogue, the data file, the controllers,
    # the pages) is built right after, in the event loop; only then is Start usable.
    window = MainWindow()
    window.resize_within_screen(1280, 800)
    from backtimer.startup import Start, background_only, close_app

    start = Start(args, qapp, settings, system_style, window, clock, lock, caught, running)
    start.process_start = process_start
    hidden = not args.check_startup and background_only(args, settings)
    if args.check_startup:
        start.on_ready = start.report
    watcher = FirstPaint(start.first_paint, window)
    if hidden:
        qapp.setQuitOnLastWindowClosed(False)  # the tray's Quit ends it
        watcher.fire()  # no paint to wait for
    else:
        # Should the window not be painted soon (a minimised start), go on without it.
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
    close_app(app)
    if lock is not None:  # the socket file and the lock go now: the exit may skip teardown
        lock.release()
    return 128 + caught[0] if caught else code


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
