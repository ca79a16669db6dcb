"""Progress through the whole routine: one segment per exercise, as wide as its planned
time, coloured by its outcome (done, skipped, hurt), the current one filling up."""

from __future__ import annotations

import math

from PySide6.QtCore import QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from backtimer.core.presenter import Tone
from backtimer.ui.player.countdown import tone_color
from backtimer.ui.player.queue_model import RowState

_GAP = 3


class RoutineBar(QWidget):
    """Set the segments with :meth:`set_items`, then :meth:`show_progress` on each redraw."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._weights: list[float] = []
        self._states: list[RowState] = []
        self._fraction = 0.0
        self._x = -1
        self._segments_for: tuple[object, ...] = ()
        self._segments: list[QRectF] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Progress through the routine"))

    def sizeHint(self) -> QSize:
        return QSize(300, max(12, self.fontMetrics().height() // 2 + 6))

    def set_items(self, weights: list[float]) -> None:
        self._weights = [max(0.0, w) for w in weights]
        self._states = [RowState.NEXT] * len(weights)
        self._fraction = 0.0
        self.update()

    def show_progress(self, fraction: float, states: list[RowState]) -> None:
        fraction = max(0.0, min(1.0, fraction))
        if states != self._states:
            self._states = list(states)
            self._fraction = fraction
            self.update()
            return
        self._fraction = fraction
        x = round(self.fill_x())
        if x != self._x:  # only the pixels the fill moved
            # The fill's rounded end was drawn at the old x: its corners change too, and
            # while the fill is shorter than its ends (a diameter) so does its start.
            diameter = math.ceil(2 * self.height() / 3)
            left = (min(x, self._x) if self._x >= 0 else 0) - diameter - 2
            right = max(x, self._x) + 2
            self.update(QRect(left, 0, right - left, self.height()))
            self._x = x

    def fraction(self) -> float:
        return self._fraction

    def states(self) -> list[RowState]:
        return list(self._states)

    def segments(self) -> list[QRectF]:
        key = (self.width(), self.height(), tuple(self._weights))
        if key != self._segments_for:  # worked out once per size and routine
            self._segments_for, self._segments = key, self._segments_now()
        return [QRectF(r) for r in self._segments]

    def _segments_now(self) -> list[QRectF]:
        total = sum(self._weights)
        if total <= 0:
            return []
        usable = self.width() - _GAP * max(0, len(self._weights) - 1)
        out, x = [], 0.0
        for w in self._weights:
            width = usable * w / total
            out.append(QRectF(x, 0, width, self.height()))
            x += width + _GAP
        return out

    def fill_x(self) -> float:
        """Where the fill ends: the fraction of planned time, placed within its segment."""
        total = sum(self._weights)
        want = self._fraction * total
        for seg, w in zip(self.segments(), self._weights, strict=True):
            if want <= w:
                return seg.left() + (seg.width() * want / w if w > 0 else 0.0)
            want -= w
        return float(self.width())

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setPen(Qt.PenStyle.NoPen)
        pal = self.palette()
        track = pal.color(QPalette.ColorRole.Mid)
        colors = {
            RowState.DONE: tone_color(Tone.WORK, pal),
            RowState.SKIPPED: tone_color(Tone.PAUSED, pal),
            RowState.HURT: tone_color(Tone.HURT, pal),
            RowState.NOW: tone_color(Tone.REST, pal),
            RowState.NEXT: track,
        }
        fill_to = self.fill_x()
        r = self.height() / 3
        for seg, state in zip(self.segments(), self._states, strict=False):
            if not event.rect().intersects(seg.toAlignedRect()):
                continue
            p.setBrush(track if state in (RowState.NOW, RowState.NEXT) else colors[state])
            p.drawRoundedRect(seg, r, r)
            if state is RowState.NOW and fill_to > seg.left():
                part = QRectF(seg)
                part.setRight(min(seg.right(), fill_to))
                p.setBrush(QColor(colors[RowState.NOW]))
                p.drawRoundedRect(part, r, r)
        p.end()
