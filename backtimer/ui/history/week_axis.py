"""The charts' date axis: pyqtgraph's :class:`DateAxisItem` that ticks Mondays when
zoomed in to months, and asks nothing of this computer's time zone (the x values are
wall-clock times written as UTC; see ``charts.py``).
"""

from __future__ import annotations

import os

os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

from collections import OrderedDict
from datetime import timedelta

import numpy as np
import pyqtgraph as pg
from pyqtgraph.graphicsItems.DateAxisItem import ZoomLevel
from PySide6.QtCore import QDate, QLocale

from backtimer.ui.history.series import DAY, EPOCH, MONDAY_0, WEEK


class _WallClockZoomLevel(ZoomLevel):  # type: ignore[misc]
    """pyqtgraph's zoom level without its move of each tick to this computer's time
    zone: the x values already are wall-clock times written as UTC, so the ticks its
    steppers make (UTC midnights, month and year starts) are the right ones. The move
    asks Qt for the time zone twice per tick, a millisecond each (100 years: 20 ms a
    repaint of the axes)."""

    def moveTicksToLocalTimeCoords(
        self, ticks: np.ndarray, spacing: int, skipFactor: int
    ) -> np.ndarray:
        return ticks


class WeekAxis(pg.DateAxisItem):  # type: ignore[misc]
    """A date axis that, zoomed in to months, ticks Mondays (``2 Mar``) instead of
    pyqtgraph's every-few-days ticks, whose month and day labels can overlap."""

    MAX_WEEKLY_SPAN = 40 * WEEK

    def __init__(self) -> None:
        super().__init__(orientation="bottom", utcOffset=0)
        self._weekly = False
        levels: OrderedDict[float, ZoomLevel] = self.zoomLevels  # type: ignore[has-type]
        self.zoomLevels = OrderedDict(
            (spacing, _WallClockZoomLevel(level.tickSpecs, level.exampleText))
            for spacing, level in levels.items()
        )

    def tickValues(
        self, minVal: float, maxVal: float, size: float
    ) -> list[tuple[float, list[float]]]:
        span = maxVal - minVal
        self._weekly = 0 < span <= self.MAX_WEEKLY_SPAN and size > 0
        if not self._weekly:
            return super().tickValues(minVal, maxVal, size)  # type: ignore[no-any-return]
        weeks_per_label = 1
        while size / (span / (weeks_per_label * WEEK)) < 56:  # pixels between labels
            weeks_per_label *= 2
        step = weeks_per_label * WEEK
        first = np.ceil((minVal - MONDAY_0) / step) * step + MONDAY_0
        return [(step, list(np.arange(first, maxVal + 1, step)))]

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        if not self._weekly:
            return super().tickStrings(values, scale, spacing)  # type: ignore[no-any-return]
        locale = QLocale()
        out = []
        for v in values:
            d = EPOCH + timedelta(days=round(v / DAY))
            fmt = "d MMM yyyy" if d.month == 1 and d.day <= 7 else "d MMM"
            out.append(locale.toString(QDate(d.year, d.month, d.day), fmt))
        return out
