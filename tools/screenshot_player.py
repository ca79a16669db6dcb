"""Screenshots of the player: ``tools/screenshot_player.py WxH ROUTINE SECONDS OUT.png [--dark]``.

Builds the real window on a throw-away data directory with a fake clock, starts the
routine, moves the clock on SECONDS and saves a grab. Run with QT_QPA_PLATFORM=offscreen.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

from backtimer import paths
from backtimer.app import App
from backtimer.core import catalogue
from backtimer.core.clock import FakeClock
from backtimer.settings import ASK_PAIN, Settings
from backtimer.store.db import open_database


def dark_palette() -> QPalette:
    p = QPalette()
    for role, color in {
        QPalette.ColorRole.Window: "#202326",
        QPalette.ColorRole.WindowText: "#eceff1",
        QPalette.ColorRole.Base: "#17191b",
        QPalette.ColorRole.Text: "#eceff1",
        QPalette.ColorRole.Button: "#2b2f33",
        QPalette.ColorRole.ButtonText: "#eceff1",
        QPalette.ColorRole.Mid: "#4a5057",
        QPalette.ColorRole.Highlight: "#4f8cc9",
    }.items():
        p.setColor(role, QColor(color))
    return p


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("size")
    ap.add_argument("routine")
    ap.add_argument("seconds", type=float)
    ap.add_argument("out", type=Path)
    ap.add_argument("--dark", action="store_true")
    args = ap.parse_args()
    qapp = QApplication(sys.argv[:1])
    if args.dark:
        qapp.setStyle(QStyleFactory.create("Fusion"))
        qapp.setPalette(dark_palette())
    d = Path(tempfile.mkdtemp())
    settings = Settings.in_dir(d)
    settings.set(ASK_PAIN, False)
    clock = FakeClock()
    app = App(
        catalogue.load(paths.content_dir()), open_database(d / "b.sqlite3"), settings, clock, d
    )
    app.choice.reload(args.routine)
    w, h = map(int, args.size.split("x"))
    app.window.resize(w, h)
    app.window.show()
    if args.seconds:
        app.controller.start()
        t = 0.0
        while t < args.seconds:
            clock.advance(0.25)
            t += 0.25
            app.controller.on_timer()
    qapp.processEvents()
    ok = app.window.grab().save(str(args.out))
    app.controller.timer.stop()
    app.window.can_close = lambda: True
    app.window.close()
    app.close()
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
