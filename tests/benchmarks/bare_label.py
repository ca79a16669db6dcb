"""The CPU yardstick: a bare PySide6 label, in a window, whose text changes once a second.

It imports nothing of BackTimer. ``tests/benchmarks/bench_cpu.py`` runs it beside the
app, at the same window size, and reads its CPU time from ``/proc``. Run it by hand with
``python tests/benchmarks/bare_label.py [WIDTH HEIGHT | fullscreen]``.
"""

from __future__ import annotations

import sys
import time

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QLabel

app = QApplication(sys.argv[:1])
label = QLabel()
label.setWindowTitle("bare label")
label.setAlignment(Qt.AlignmentFlag.AlignCenter)
font = QFont(label.font())
font.setPointSize(72)
label.setFont(font)
start = time.monotonic()


def tick() -> None:
    left = max(0, 3600 - int(time.monotonic() - start))
    label.setText(f"{left // 60:02d}:{left % 60:02d}")


timer = QTimer()
timer.setInterval(1000)
timer.timeout.connect(tick)
timer.start()
tick()
args = sys.argv[1:]
if args[:1] == ["fullscreen"]:
    label.showFullScreen()
else:
    label.resize(int(args[0]), int(args[1])) if len(args) == 2 else label.resize(1280, 800)
    label.show()
app.exec()
