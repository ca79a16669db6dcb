"""Run the real app (``backtimer.__main__.main``) and time the History tab from a click.

Usage: ``python tests/benchmarks/history_click.py DATA_DIR [--no-preload]``; prints four
numbers (ms): a click on the History tab until the page has painted, then a click on "All
weeks" until the charts have painted again, each as wall time and as this process's CPU
time (which a loaded machine disturbs less); then the resident memory (MB) just before
the first click. The clicks come a while after the first paint, as a person's would
(what the app does in idle time after its first paint counts as done). With
``--no-preload`` the app does not build the History page in idle time
(``App.preload_pages``): the click then pays for importing pyqtgraph and numpy.
Used by ``tests/benchmarks/bench_history_page.py``.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QTabWidget, QWidget

IDLE_MS = 2500  # from the window's first paint to the click


class _PaintedUnder(QObject):
    """After a click: the first paint of a widget under ``root()`` ends the measurement
    once the event loop is back (the whole paint of that frame is then done)."""

    def __init__(self) -> None:
        super().__init__()
        self.root: QWidget | None = None
        self.started = 0.0
        self.started_cpu = 0.0
        self.on_done = lambda _ms: None
        self._end = QTimer(singleShot=True, interval=0)
        self._end.timeout.connect(self._finish)

    def arm(self, root: QWidget | None, on_done: object) -> None:
        self.root = root
        self.on_done = on_done  # type: ignore[assignment]
        self.started = time.perf_counter()
        self.started_cpu = time.process_time()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if (
            self.root is not None
            and event.type() == QEvent.Type.Paint
            and isinstance(obj, QWidget)
            and (obj is self.root or self.root.isAncestorOf(obj))
            and not self._end.isActive()
        ):
            self._end.start()
        return False

    def _finish(self) -> None:
        ms = (time.perf_counter() - self.started) * 1000
        cpu = (time.process_time() - self.started_cpu) * 1000
        self.root = None
        self.on_done((ms, cpu))


def _rss_mb() -> float:
    for line in Path("/proc/self/status").read_text(encoding="ascii").splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def main() -> int:
    data_dir = sys.argv[1]
    if "--no-preload" in sys.argv[2:]:
        from backtimer.app import App

        App.preload_pages = lambda self: None  # type: ignore[method-assign]
    rss: list[float] = []
    app = QApplication(sys.argv[:1])
    watch = _PaintedUnder()
    app.installEventFilter(watch)
    results: list[tuple[float, float]] = []
    poll = QTimer(interval=50)

    def window() -> QWidget | None:
        for w in app.topLevelWidgets():
            if w.isVisible() and w.findChild(QTabWidget) is not None:
                return w
        return None

    def ready() -> None:
        if window() is not None:
            poll.stop()
            later.start()

    def click_history() -> None:
        w = window()
        assert w is not None
        tabs = w.findChild(QTabWidget)
        assert tabs is not None
        index = next(i for i in range(tabs.count()) if "History" in tabs.tabText(i))
        bar = tabs.tabBar()
        rss.append(_rss_mb())
        watch.arm(tabs.widget(index), after_history)
        QTest.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())

    def after_history(ms: tuple[float, float]) -> None:
        results.append(ms)
        w = window()
        assert w is not None
        button = next(
            b
            for b in w.findChildren(QWidget)
            if b.metaObject().className() == "QPushButton" and b.text() == "All weeks"  # type: ignore[attr-defined]
        )
        charts = button.parentWidget()
        watch.arm(charts, after_all)
        QTest.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))

    def after_all(ms: tuple[float, float]) -> None:
        results.append(ms)
        print(
            " ".join(f"{wall:.1f} {cpu:.1f}" for wall, cpu in results), f"{rss[0]:.1f}", flush=True
        )
        w = window()
        assert w is not None
        w.close()
        app.quit()

    later = QTimer(singleShot=True, interval=IDLE_MS)
    later.timeout.connect(click_history)
    poll.timeout.connect(ready)
    poll.start()
    from backtimer.__main__ import main as backtimer_main

    return backtimer_main(["--data-dir", data_dir])


if __name__ == "__main__":
    sys.exit(main())
