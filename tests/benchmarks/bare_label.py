"""The CPU yardstick: a bare PySide6 label, in a window, whose text changes once a second.

It imports nothing of BackTimer. ``tests/benchmarks/bench_cpu.py`` runs it beside the
app, at the same window size, and reads its CPU time from ``/proc``. Run it by hand with
``python tests/benchmarks/bare_label.py [WIDTH HEIGHT | fullscreen] [pyqtgraph]``.

With ``pyqtgraph`` it also imports pyqtgraph (and numpy) and keeps a hidden PlotWidget
with one bar series: the memory floor of any window that has a pyqtgraph chart loaded,
the yardstick for BackTimer once its History page is built
(``tests/benchmarks/bench_memory.py``).
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
if args[-1:] == ["pyqtgraph"]:
    import pyqtgraph

    args = args[:-1]
    plot = pyqtgraph.PlotWidget()
    plot.addItem(pyqtgraph.BarGraphItem(x=list(range(52)), height=[3] * 52, width=0.8))
    plot.resize(600, 300)
    plot.grab()  # painted once, off screen, as the History page is when built in idle time
if args[:1] == ["fullscreen"]:
    label.showFullScreen()
else:
    label.resize(int(args[0]), int(args[1])) if len(args) == 2 else label.resize(1280, 800)
    label.show()
app.exec()
