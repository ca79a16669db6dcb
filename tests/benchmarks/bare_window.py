"""The start-up yardstick: a bare PySide6 ``QMainWindow`` that imports nothing of BackTimer.

At its first paint it prints, like ``backtimer --check-first-paint``, the milliseconds
since its process started (from ``/proc``) and the system's monotonic clock, then quits.
The caller times the whole process (exit included) from outside. Used by
``tests/benchmarks/bench_startup.py``.
"""

from __future__ import annotations

import os
import sys
import time

_START = time.monotonic()

from PySide6.QtCore import QEvent, QObject, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QMainWindow  # noqa: E402


def process_age_ms() -> float:
    """The same reading as ``backtimer.launch.process_age_ms``, written out again here so
    that the yardstick imports nothing of BackTimer."""
    try:
        with open("/proc/self/stat") as f:
            stat = f.read().rsplit(")", 1)[1].split()
        with open("/proc/uptime") as f:
            uptime = float(f.read().split()[0])
        return (uptime - int(stat[19]) / os.sysconf("SC_CLK_TCK")) * 1000.0
    except (OSError, ValueError, IndexError):
        return (time.monotonic() - _START) * 1000.0


class _Watch(QObject):
    done = False

    def eventFilter(self, _o: QObject, e: QEvent) -> bool:
        if not self.done and e.type() == QEvent.Type.Paint:
            self.done = True
            timer.start()
        return False


def _report() -> None:
    print(f"first-paint-ms {process_age_ms():.0f}", flush=True)
    print(f"first-paint-clock {time.monotonic():.6f}", flush=True)
    app.quit()


app = QApplication(sys.argv[:1])
timer = QTimer(singleShot=True, interval=0)
timer.timeout.connect(_report)
w = QMainWindow()
w.setWindowTitle("bare window")
w.resize(1280, 800)
watch = _Watch()
w.installEventFilter(watch)
w.show()
app.exec()
