"""The path to the window's first paint: the command line read without argparse, and
what is (not) imported by the time the window first paints (the window, with an empty
Player page; the rest comes after)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from backtimer import cli
from backtimer.__main__ import window_args

WINDOW_ARGVS = [
    [],
    ["--start"],
    ["--check-startup"],
    ["--check-first-paint"],
    ["--routine", "Gentle start", "--start"],
    ["--routine=Gentle start"],
    ["--data-dir", "/tmp/x", "--routine", "a", "--check-startup", "--start"],
    ["--data-dir=/tmp/y"],
    ["--start", "--start"],
]
OTHER_ARGVS = [
    ["--help"],
    ["--version"],
    ["routines", "list"],
    ["--routine"],  # missing value
    ["--routine", "--start"],  # argparse says the value is missing
    ["--rout", "a"],  # an abbreviation: argparse's business
    ["--routine="],
    ["--bogus"],
    ["-h"],
]


@pytest.mark.parametrize("argv", WINDOW_ARGVS)
def test_the_window_options_read_as_argparse_reads_them(argv: list[str]) -> None:
    fast = window_args(argv)
    assert fast is not None
    assert vars(fast) == {k: v for k, v in vars(cli.parse(argv)).items() if k in vars(fast)}
    assert fast.command is None


@pytest.mark.parametrize("argv", OTHER_ARGVS)
def test_anything_else_goes_to_argparse(argv: list[str]) -> None:
    assert window_args(argv) is None


PROBE = """
import sys
import backtimer.launch as launch
real = launch.process_age_ms
def at_first_paint(start):
    if launch.process_age_ms is at_first_paint:  # the first call: the first paint
        qt_built = "Qt" in vars(sys.modules["PySide6.QtCore"])  # Qt's 90-odd enums
        print(" ".join(sorted(sys.modules) + (["<Qt namespace>"] if qt_built else [])))
        launch.process_age_ms = real
    return real(start)
launch.process_age_ms = at_first_paint
from backtimer.__main__ import main
sys.exit(main(["--check-startup"]))
"""


def test_the_first_paint_waits_for_none_of_the_rest(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "BACKTIMER_DATA_DIR": str(tmp_path)}
    out = subprocess.run(
        [sys.executable, "-c", PROBE], env=env, capture_output=True, text=True, timeout=60
    )
    assert out.returncode == 0, out.stderr
    first, *said = out.stdout.splitlines()
    at_paint = set(first.split())
    assert "backtimer.ui.main_window" in at_paint  # the probe did see the window
    for late in (  # (argparse itself is imported by PySide6's own signature loader)
        "<Qt namespace>",  # some 18 ms of enums
        "backtimer.ui.player.view",  # the player's view is put in after the paint
        "backtimer.ui.theme",  # (only the palette: backtimer.ui.palette)
        "backtimer.store.db",  # sqlite3
        "sqlite3",
        "PySide6.QtNetwork",  # (the single instance listens after the paint, without it)
        "PySide6.QtSvg",  # (not at all: the icons are masks and PNGs)
        "backtimer.app",  # the controllers, the pages, the tray: built after the paint
        "backtimer.core.catalogue",
        "backtimer.store.history",
        "backtimer.ui.player.controller",
        "backtimer.ui.pages",
        "backtimer.ui.dialogs",
        "backtimer.cli",
        "backtimer.store.writer",
        "backtimer.ui.audio",  # QtMultimedia
        "backtimer.ui.pulse_cues",  # the cue player and its thread
        "backtimer.ui.pulse_simple",  # ctypes, libpulse-simple
        "backtimer.ui.history.page",
        "pyqtgraph",
    ):
        assert late not in at_paint, late
    # both moments are reported, the first paint before "ready" (Start usable) ...
    times = dict(line.split() for line in said)
    assert 0 < float(times["first-paint-ms"]) <= float(times["ready-ms"])
    # ... and the rest was built before the exit: the history file was written and closed
    assert (tmp_path / "backtimer.sqlite3.clean").exists()


def test_before_a_routine_is_shown_nothing_can_be_started(qtbot) -> None:
    """The window paints before the routine is loaded: its player shows no time and
    offers nothing but full screen and help until the first screen arrives."""
    from backtimer.ui.player.view import PlayerView

    view = PlayerView()
    qtbot.addWidget(view)
    enabled = {name for name, act in view.actions_by_name.items() if act.isEnabled()}
    assert enabled == {"fullscreen", "help"}
    assert view.countdown.text() == ""
    assert view.next_card.isHidden()


def test_the_player_put_in_after_the_first_paint_takes_the_empty_page_s_place(qtbot) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QPushButton

    from backtimer.ui.main_window import MainWindow

    window = MainWindow()  # as shown for the first paint: an empty Player page
    qtbot.addWidget(window)
    title = window.tabs.tabText(0)
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    window.page_scroll.setFocus()  # where the first show can leave the focus
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.page_scroll)
    player = QPushButton("Start")
    window.set_player(player)
    assert window.player is player and window.tabs.widget(0) is player
    assert window.tabs.count() == 1 and window.tabs.currentIndex() == 0
    assert window.tabs.tabText(0) == title
    # the scrolling frame is no Tab stop; the focus went to the tabs, as in a window
    # built whole before its first show
    assert window.page_scroll.focusPolicy() == Qt.FocusPolicy.NoFocus
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.tabs.tabBar())


SOURCES_PROBE = """
import linecache, sys
from PySide6.QtWidgets import QApplication
def ours():
    return " ".join(n.split("/backtimer/")[-1] for n in linecache.cache if "/backtimer/" in n)
if sys.argv[1] == "window":
    real_exec = QApplication.exec
    def exec_(*_args):
        print(ours(), flush=True)  # the first paint's imports are done by now
        return real_exec()
    QApplication.exec = exec_
    from backtimer.__main__ import main
    sys.exit(main(["--check-first-paint"]))
import backtimer.launch  # the same imports in a process that keeps their source
print(ours(), flush=True)
"""


def test_the_window_keeps_no_source_text_of_its_imports(tmp_path: Path) -> None:
    """PySide6 reads each imported module's source and linecache would keep it (4 MB in
    the window); the window keeps none."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "BACKTIMER_DATA_DIR": str(tmp_path)}

    def kept(how: str) -> set[str]:
        out = subprocess.run(
            [sys.executable, "-c", SOURCES_PROBE, how],
            env=env, capture_output=True, text=True, timeout=60, check=True,
        )  # fmt: skip
        return set(out.stdout.splitlines()[0].split())

    window = {"ui/main_window.py", "settings.py", "ui/palette.py", "store/place.py"}
    assert window <= kept("plain")  # the probe sees source text where it is kept
    # only what comes before the switch (the two modules that make it) and the one
    # file linecache read last (it reads back what it has just stored)
    assert len(kept("window") - {"__main__.py", "source_text.py"}) <= 1


THEME_PROBE = """
import sys
import backtimer.startup as startup
def report(self):
    view = self.window.player
    print(self.window.palette().window().color().lightness(),
          view.palette().window().color().lightness(),
          view.palette().windowText().color().lightness(), flush=True)
    self.qapp.quit()
startup.Start.report = report
from backtimer.__main__ import main
sys.exit(main(["--check-startup"]))
"""


def test_a_dark_theme_reaches_the_player_built_after_the_first_paint(tmp_path: Path) -> None:
    """The theme is applied for good right after the first paint, before the player's
    view is made (so there is nothing to walk then): the view is dark, with light text."""
    (tmp_path / "backtimer.ini").write_text("[ui]\ntheme=dark\n")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "BACKTIMER_DATA_DIR": str(tmp_path)}
    out = subprocess.run(
        [sys.executable, "-c", THEME_PROBE],
        env=env, capture_output=True, text=True, timeout=60, check=True,
    )  # fmt: skip
    window, view, text = (int(x) for x in out.stdout.split())
    assert window < 64 and view < 64 and text > 192


def test_the_first_paint_watch_calls_once_then_stops_watching(qtbot) -> None:
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication, QWidget

    from backtimer.launch import FirstPaint

    calls: list[int] = []
    seen: list[QEvent.Type] = []

    class Counting(FirstPaint):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            seen.append(event.type())
            return super().eventFilter(watched, event)

    window = QWidget()
    qtbot.addWidget(window)
    watch = Counting(lambda: calls.append(1), window)
    window.show()
    qtbot.waitUntil(lambda: calls == [1])
    assert QEvent.Type.Paint in seen
    seen.clear()
    window.setWindowTitle("later")  # events the window gets from now on
    window.resize(window.width() + 10, window.height())
    window.repaint()
    QApplication.processEvents()
    assert window.windowTitle() == "later"
    assert seen == [] and calls == [1]  # no longer watched, not called again
    del watch
