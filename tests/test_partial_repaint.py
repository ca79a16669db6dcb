"""The countdown's and the routine bar's partial redraws leave the same picture as a
full one. Each step repaints only the rectangle the widget asked for, onto a picture kept
from the step before (as the window system does), and the result is compared with a
fresh full paint."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QColor, QImage, QRegion
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from backtimer.core.presenter import Tone
from backtimer.ui.player.countdown import CountdownWidget
from backtimer.ui.player.queue_model import RowState
from backtimer.ui.player.routine_bar import RoutineBar

FLAGS = QWidget.RenderFlag.DrawWindowBackground


@contextmanager
def _dirty_rects(widget: QWidget) -> Iterator[list[QRect]]:
    """The rectangles ``widget.update(rect)`` is called with (a full update: its rect)."""
    seen: list[QRect] = []
    original = widget.update

    def record(*args: object) -> None:
        seen.append(QRect(args[0]) if args and isinstance(args[0], QRect) else widget.rect())

    widget.update = record  # type: ignore[method-assign]
    try:
        yield seen
    finally:
        widget.update = original  # type: ignore[method-assign]


def _full(widget: QWidget) -> QImage:
    image = QImage(widget.size(), QImage.Format.Format_ARGB32)
    image.fill(QColor("magenta"))
    widget.render(image, QPoint(), QRegion(widget.rect()), FLAGS)
    return image


def _differing_pixels(a: QImage, b: QImage) -> int:
    assert a.size() == b.size()
    return sum(a.pixel(x, y) != b.pixel(x, y) for y in range(a.height()) for x in range(a.width()))


def _step_through(widget: QWidget, steps: int, show: Callable[[float], None]) -> QImage:
    picture = _full(widget)
    for i in range(1, steps + 1):
        with _dirty_rects(widget) as rects:
            show(i / steps)
        for rect in rects:
            widget.render(picture, rect.topLeft(), QRegion(rect), FLAGS)
    return picture


@pytest.mark.parametrize("height", [60, 200])
def test_the_countdown_bar_grows_without_leaving_bits_of_its_end(qtbot: QtBot, height: int) -> None:
    w = CountdownWidget()
    qtbot.addWidget(w)
    w.resize(420, height)
    w.show_time("0:30", 0.0, Tone.WORK)
    picture = _step_through(w, 60, lambda f: w.show_time("0:30", f * 0.6, Tone.WORK))
    assert w.progress() > 0.5
    assert _differing_pixels(picture, _full(w)) == 0


@pytest.mark.parametrize("start", [0.3, 0.28])  # within its segment, from its start
def test_the_routine_bar_grows_without_leaving_bits_of_its_end(qtbot: QtBot, start: float) -> None:
    bar = RoutineBar()
    qtbot.addWidget(bar)
    bar.resize(600, 18)
    bar.set_items([30.0, 60.0, 20.0])
    states = [RowState.DONE, RowState.NOW, RowState.NEXT]
    bar.show_progress(start, states)
    picture = _step_through(bar, 80, lambda f: bar.show_progress(start + f * 0.4, states))
    assert _differing_pixels(picture, _full(bar)) == 0


@pytest.mark.parametrize("tone", [Tone.REST, Tone.READY])
def test_a_new_second_repaints_only_its_digits_and_leaves_the_full_picture(
    qtbot: QtBot, tone: Tone
) -> None:
    w = CountdownWidget()
    qtbot.addWidget(w)
    w.resize(420, 300)
    w.show_time("1:10", 0.5, tone)
    picture = _full(w)
    widths = []
    for s in [*range(69, 49, -1), 9, 0]:  # 1:09, 1:08 ... 0:50, then 0:09, 0:00
        with _dirty_rects(w) as rects:
            w.show_time(f"{s // 60}:{s % 60:02d}", 0.5, tone)
        for rect in rects:
            w.render(picture, rect.topLeft(), QRegion(rect), FLAGS)
            widths.append(rect.width())
    assert w.text() == "0:00"
    assert _differing_pixels(picture, _full(w)) == 0
    widths.sort()
    assert widths[len(widths) // 2] < w.text_rect().width() * 0.3  # mostly one digit
