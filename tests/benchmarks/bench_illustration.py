"""Illustration benchmarks (run with ``./dev bench``; they report figures, they assert
nothing about speed).

* size: all rendered frames together (the budget is 15 MB in the wheel).
* paint cost: FigureWidget at about the player's figure size (800x450 of a 1280x800
  window), fed a paced repetition at the controller's 15 redraws a second: the cost of a
  redraw that keeps the frame (no repaint), of a frame seen for the first time (read,
  scale, paint) and of a cached frame, and the CPU share over ten repetitions. A paint
  is ``QWidget.render`` onto an image: what a paint event draws.
"""

from __future__ import annotations

import time

from PySide6.QtGui import QImage

from backtimer import paths
from backtimer.core.model import Mode
from backtimer.core.motion import motion_at
from backtimer.core.steps import StepKind
from backtimer.illustration.frames import load_manifest
from backtimer.ui.figure_widget import FigureWidget

W, H, FPS = 800, 450, 15
FOLDER = paths.resource_dir() / "illustrations"


def test_illustration_size(benchmark) -> None:
    clips = benchmark(load_manifest, FOLDER)
    files = list(FOLDER.rglob("*.png"))
    total = sum(f.stat().st_size for f in files)
    print(
        f"\n[illustration] {len(clips)} exercises, {len(files)} frames, "
        f"{total / 2**20:.2f} MB in all ({total / max(1, len(files)) / 1024:.1f} KB a frame; "
        f"budget 15 MB)"
    )


def test_paint_cost(qtbot, benchmark) -> None:
    w = FigureWidget()
    qtbot.addWidget(w)
    w.resize(W, H)
    w.show()
    qtbot.waitExposed(w)
    w.set_exercise("cat-stretch")
    assert w.frame() is not None, "no frames for the cat stretch"
    canvas = QImage(W, H, QImage.Format.Format_ARGB32_Premultiplied)
    per_rep = 5.0
    first: list[float] = []
    cached: list[float] = []
    idle: list[float] = []
    seen: set[int] = set()
    cpu0 = time.process_time()
    wall = 0.0
    for n in range(int(10 * per_rep * FPS)):
        m = motion_at(StepKind.WORK, Mode.PACED_REPS, n / FPS, 1000.0, per_rep)
        before = w.frame()
        t = time.perf_counter()
        w.set_position(m)
        if w.frame() != before:
            w.render(canvas)  # what a paint event does, onto an image
            (cached if w.frame() in seen else first).append(time.perf_counter() - t)
            seen.add(w.frame() or 0)
        else:
            idle.append(time.perf_counter() - t)
        wall += 1 / FPS
    cpu = time.process_time() - cpu0
    assert first and cached, "the figure did not move"

    def ms(xs: list[float]) -> str:
        return f"{1000 * sum(xs) / max(1, len(xs)):.2f} ms" if xs else "-"

    print(
        f"\n[illustration] FigureWidget {W}x{H}, cat stretch at {per_rep:.0f} s a rep, "
        f"{FPS} redraws/s: {len(first) + len(cached)} repaints in {wall:.0f} s of motion "
        f"(a new frame {ms(first)}, a cached one {ms(cached)}, "
        f"a redraw without a new frame {ms(idle)}); "
        f"CPU {cpu:.3f} s = {100 * cpu / wall:.2f} % of a core"
    )
    benchmark(w.render, canvas)  # one paint of a cached frame
