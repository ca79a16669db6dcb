"""A bare PySide6 window that prints ms since process start at its first paint.

The yardstick for BackTimer's ``--check-startup`` (tests/benchmarks/bench_startup.py).
"""

from __future__ import annotations

import sys
import time

_START = time.monotonic()

from PySide6.QtCore import QEvent, QObject, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QMainWindow  # noqa: E402

from backtimer.launch import process_age_ms  # noqa: E402


class _Watch(QObject):
    def eventFilter(self, _o: QObject, e: QEvent) -> bool:
        if e.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, lambda: (print(f"{process_age_ms(_START):.0f}"), app.quit()))
        return False


app = QApplication(sys.argv[:1])
w = QMainWindow()
w.resize(1280, 800)
watch = _Watch()
w.installEventFilter(watch)
w.show()
app.exec()
