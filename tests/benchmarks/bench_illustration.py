"""Illustration benchmarks (run with ``./dev bench``; they report figures, they assert
nothing about speed).

* frame cost: one frame of the moving figure (motion -> pose -> QPainter) at the
  player's size, on a raster image, and the CPU share this takes at the redraw rate.
* widget frame: the same through FigureWidget's paintEvent (``grab``), and the CPU time
  of one animated second at 20 frames per second.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter

from backtimer.core.model import Mode
from backtimer.core.motion import motion_at
from backtimer.core.steps import StepKind
from backtimer.illustration.poses import FIGURES
from backtimer.illustration.render import FigurePalette, paint_figure
from backtimer.ui.figure_widget import FigureWidget

W, H, FPS = 600, 400, 20


def test_frame_cost(benchmark) -> None:  # type: ignore[no-untyped-def]
    img = QImage(W, H, QImage.Format.Format_ARGB32_Premultiplied)
    pal = FigurePalette.for_background(QColor("white"))
    ids = sorted(FIGURES)
    state = {"n": 0}

    def one() -> None:
        n = state["n"] = state["n"] + 1
        fig = FIGURES[ids[n % len(ids)]]
        img.fill(QColor("white"))
        p = QPainter(img)
        m = motion_at(StepKind.WORK, Mode.PACED_REPS, n * 0.05, 1000.0, 4.0)
        paint_figure(p, QRectF(0, 0, W, H), fig, m, None, pal)
        p.end()

    benchmark(one)
    mean = benchmark.stats.stats.mean
    print(
        f"\n[illustration] one {W}x{H} frame (all 23 figures in turn, fill included):"
        f" {mean * 1000:.3f} ms; at {FPS} fps that is {mean * FPS * 100:.2f} % of one core"
    )


def test_widget_second_of_animation(benchmark, qtbot) -> None:  # type: ignore[no-untyped-def]
    w = FigureWidget()
    qtbot.addWidget(w)
    w.resize(W, H)
    w.set_exercise("prone-breaststroke")

    def second() -> float:
        start = time.process_time()
        for n in range(FPS):
            w.set_position(motion_at(StepKind.WORK, Mode.PACED_REPS, n / FPS, 60.0, 4.0))
            w.grab()  # paints through paintEvent into a pixmap
        return time.process_time() - start

    cpu = benchmark.pedantic(second, rounds=10, iterations=1)
    print(
        f"\n[illustration] FigureWidget {W}x{H}: {FPS} frames (one second of animation) took"
        f" {cpu * 1000:.1f} ms of CPU in the last round, mean wall"
        f" {benchmark.stats.stats.mean * 1000:.1f} ms: about"
        f" {benchmark.stats.stats.mean * 100:.1f} % of one core at {FPS} fps (grab included)"
    )
