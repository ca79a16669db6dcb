"""The history charts: minutes and sessions per week, and pain before and after.

:class:`HistoryCharts` is one :class:`pyqtgraph.GraphicsLayoutWidget` with three plots
sharing a time axis (panning or zooming one moves all):

1. *Minutes exercised per week*: bars.
2. *Sessions per week*: bars, the goal as a dashed line, the weeks that met it in the
   accent colour with a star above while the weeks are far enough apart (two bar items
   of one colour each: pyqtgraph draws one colour's bars in one call, but bars of mixed
   colours one by one in Python).
3. *Pain*: before and after each session, two lines (solid with circles, dashed with
   triangles; dashed only where the ratings in view leave room for dashes, and past
   2,000 ratings plain lines of the two colours: see ``_mark_pain``).

Every plot item is made once in ``__init__`` and updated with ``setData``/``setOpts``.
The x axis is the *local wall-clock time* of the place where each session was done,
written as if it were UTC (:func:`date_x`, :func:`wall_x`) and shown by a
:class:`DateAxisItem` with ``utcOffset=0``: a week starts on its Monday whatever the
time zone of this computer, and a summer-time change does not bend it.

Hovering a week shows its exact figures; hovering a pain point shows its values.
Colours follow the widget palette (light or dark), again on a palette change.
"""

from __future__ import annotations

import os

os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

from collections.abc import Sequence
from datetime import UTC, date, datetime

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QDate, QEvent, QLocale, QPointF, Qt, QTime, Signal
from PySide6.QtGui import QColor, QCursor, QPalette
from PySide6.QtWidgets import QToolTip, QWidget

from backtimer.store.history_read import PainPoint, WeekTotal
from backtimer.ui.history.series import (
    DAY,
    WEEK,
    WeeklySeries,
    current_streak,
    date_x,
    met_mask,
    wall_x,
)
from backtimer.ui.history.week_axis import WeekAxis
from backtimer.ui.locale_text import number

BAR_WIDTH = 0.8 * WEEK
DETAILED_UP_TO = 2_000  # pain ratings; see HistoryCharts._mark_pain
DASH_ROOM = 8.0  # pixels per rating in view, on average, for a dashed "after" line
THIN_ROOM = 2.0  # pixels per rating in view, on average, for lines 2 pixels wide
STAR_ROOM = 6.0  # pixels per week in view for the stars above the weeks that met the goal
_CONTEXT = "HistoryCharts"

__all__ = ["DAY", "WEEK", "HistoryCharts", "WeekAxis", "current_streak", "date_x", "wall_x"]


def _tr(text: str, n: int = -1, /) -> str:
    return QCoreApplication.translate(_CONTEXT, text, None, n)


class HistoryCharts(pg.GraphicsLayoutWidget):  # type: ignore[misc]
    """Weekly minutes, weekly sessions with the goal, and pain over time.

    Signals:
        earlier_wanted(): the view reached the start of the data while older weeks
            were not loaded (see ``complete`` in :meth:`set_weeks`).
    """

    earlier_wanted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(_tr("History charts"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # Tab reaches it; it reads its summary
        self.setMinimumHeight(300)
        self._series = WeeklySeries.from_totals(())
        self._goal = 0
        self._complete = True
        self._fitting = False
        self._placed = False
        self._pain = np.zeros((0, 4))  # rows of (session id, x, before, after); NaN: none
        self._pain_x = np.zeros(0)
        self._before_colour = self._after_colour = QColor()
        self._pain_marks: tuple[bool, bool, int] | None = None  # symbols, dashes, width
        self._stars: tuple[int, int] | None = None  # the weeks that have their stars
        self.last_tooltip = ""

        self.minutes_plot = self._plot(0, _tr("Minutes exercised per week"))
        self.sessions_plot = self._plot(1, _tr("Sessions per week"))
        self.pain_plot = self._plot(2, _tr("Pain before and after (0–10)"))
        for p in (self.sessions_plot, self.pain_plot):
            p.setXLink(self.minutes_plot)
        self.minutes_plot.hideAxis("bottom")  # the sessions plot below shows the same dates
        self.pain_plot.setYRange(-0.3, 10.5, padding=0)
        self.pain_plot.getAxis("left").setTicks([[(v, str(v)) for v in range(0, 11, 2)]])

        self.minutes_bars = pg.BarGraphItem(x=[], height=[], width=BAR_WIDTH)
        self.minutes_plot.addItem(self.minutes_bars)
        self.sessions_bars = pg.BarGraphItem(x=[], height=[], width=BAR_WIDTH)  # goal not met
        self.sessions_plot.addItem(self.sessions_bars)
        self.met_bars = pg.BarGraphItem(x=[], height=[], width=BAR_WIDTH)  # goal met
        self.sessions_plot.addItem(self.met_bars)
        self.goal_line = pg.InfiniteLine(pos=0, angle=0, movable=False)
        self.goal_line.label = pg.InfLineLabel(
            self.goal_line, text="", position=0.02, anchors=[(0, 1), (0, 1)]
        )
        self.sessions_plot.addItem(self.goal_line)
        self.met_markers = pg.ScatterPlotItem(symbol="star", size=11)
        self.sessions_plot.addItem(self.met_markers)

        legend = self.pain_plot.addLegend(offset=(-10, 5))
        # Decades of sessions are tens of thousands of points: draw only those in view,
        # and at most about two per pixel column (the highest and the lowest; pyqtgraph's
        # default factor keeps ten), or stroking the wide, dashed line takes seconds.
        thin = {"connect": "finite", "autoDownsampleFactor": 1.0}
        self.pain_before = pg.PlotDataItem(
            [], [], name=_tr("Before"), symbol="o", symbolSize=6, **thin
        )
        self.pain_after = pg.PlotDataItem(
            [], [], name=_tr("After"), symbol="t", symbolSize=7, **thin
        )
        for curve in (self.pain_before, self.pain_after):
            curve.setClipToView(True)
            curve.setDownsampling(auto=True, method="peak")
            self.pain_plot.addItem(curve)
        self._legend = legend

        self.minutes_plot.getViewBox().sigXRangeChanged.connect(self._on_x_range)
        self.pain_plot.getViewBox().sigResized.connect(lambda _vb: self._mark_pain())
        self.sessions_plot.getViewBox().sigResized.connect(lambda _vb: self._update_stars())
        self.scene().sigMouseMoved.connect(self._on_mouse_moved)
        self.apply_palette(self.palette())

    def _plot(self, row: int, title: str) -> pg.PlotItem:
        # enableMenu=False: pyqtgraph then skips building the view box's context menu
        # (a third of the cost of making a plot).
        plot = self.addPlot(row=row, col=0, axisItems={"bottom": WeekAxis()}, enableMenu=False)
        plot.setTitle(title)
        plot.setMenuEnabled(False)
        plot.hideButtons()
        plot.showGrid(x=False, y=True, alpha=0.25)
        plot.getAxis("left").setWidth(42)
        vb = plot.getViewBox()
        vb.setMouseEnabled(x=True, y=False)  # pan and zoom in time only
        return plot

    # -- data ------------------------------------------------------------------------

    @property
    def series(self) -> WeeklySeries:
        return self._series

    @property
    def goal(self) -> int:
        return self._goal

    def set_weeks(self, totals: Sequence[WeekTotal], *, complete: bool = True) -> None:
        """The weekly totals, oldest first, ending with the current week.

        ``complete`` False: older weeks exist but are not loaded; :attr:`earlier_wanted`
        is emitted when the view reaches the first loaded week.
        """
        self._series = WeeklySeries.from_totals(totals)
        self._complete = complete
        s = self._series
        self.minutes_bars.setOpts(x=s.x, height=s.minutes, width=BAR_WIDTH)
        self._update_goal_items()
        if len(s):
            lo = s.x[0] - WEEK * (0.6 if complete else 26)
            hi = s.x[-1] + WEEK * 0.6
            for p in (self.minutes_plot, self.sessions_plot, self.pain_plot):
                p.getViewBox().setLimits(xMin=lo, xMax=hi, minXRange=3 * WEEK)
        self._fit_y()
        self._update_summary()

    def set_goal(self, goal: int) -> None:
        self._goal = int(goal)
        self._update_goal_items()
        self._fit_y()
        self._update_summary()

    def summary(self) -> str:
        """The charts in words (their text alternative, read by screen readers)."""
        s = self._series
        if not len(s):
            return _tr("No sessions yet.")
        parts = [
            _tr("This week: %1 sessions of a goal of %2, %3 minutes.")
            .replace("%1", str(int(s.sessions[-1])))
            .replace("%2", str(self._goal))
            .replace("%3", str(round(s.minutes[-1])))
        ]
        if len(s) > 1:
            parts.append(
                _tr("Last week: %1 sessions, %2 minutes.")
                .replace("%1", str(int(s.sessions[-2])))
                .replace("%2", str(round(s.minutes[-2])))
            )
        recent = s.sessions[-12:]
        parts.append(
            _tr("Goal met in %1 of the last %2 weeks.")
            .replace("%1", str(int(met_mask(recent, self._goal).sum())))
            .replace("%2", str(len(recent)))
        )
        rated = self._pain[~(np.isnan(self._pain[:, 2]) & np.isnan(self._pain[:, 3]))]
        if len(rated):
            last = rated[int(np.argmax(rated[:, 1]))]  # the latest session with a rating
            none = _tr("not given")
            before, after = (none if np.isnan(v) else str(int(v)) for v in last[2:4])
            parts.append(
                _tr("Pain at the last session: %1 before, %2 after.")
                .replace("%1", before)
                .replace("%2", after)
            )
        return " ".join(parts)

    def _update_summary(self) -> None:
        text = self.summary()
        self.setAccessibleDescription(text)

    def set_pain(self, points: Sequence[PainPoint]) -> None:
        self.set_pain_rows(
            [(p.session_id, wall_x(p.started_local), p.pain_before, p.pain_after) for p in points]
        )

    def set_pain_rows(self, rows: Sequence[tuple[int, float, int | None, int | None]]) -> None:
        """Pain ratings as ``(session id, x, before, after)`` (``HistoryStore.pain_chart``)."""
        self._pain = np.array(rows, dtype=float).reshape(-1, 4)  # None becomes NaN
        x, before, after = self._pain[:, 1], self._pain[:, 2], self._pain[:, 3]
        self._pain_x = x
        self._mark_pain()
        self.pain_before.setData(x[~np.isnan(before)], before[~np.isnan(before)])
        self.pain_after.setData(x[~np.isnan(after)], after[~np.isnan(after)])
        self._update_summary()

    def _mark_pain(self) -> None:
        """Up to DETAILED_UP_TO ratings both lines have their own symbol (told apart by
        more than their colour). With more, the points merge into a band in which
        symbols tell nothing apart, and making them takes seconds: then plain lines of
        the two colours. "After" is dashed while the ratings in view are at least
        DASH_ROOM pixels apart on average: closer, a dash has no room between two points,
        and stroking dashes along the zigzag costs by its length (10 years in view:
        over 100 ms a paint; 100 years: 8 s). Under THIN_ROOM pixels apart the lines
        are a band either way and are drawn 1 pixel wide (100 years in view: 35 -> 16
        ms a paint of the charts)."""
        detailed = len(self._pain) <= DETAILED_UP_TO
        lo, hi = self.x_range()
        i, j = np.searchsorted(self._pain_x, [lo, hi])
        room = self.pain_plot.getViewBox().width() / max(1, int(j - i))
        dashed = detailed and room >= DASH_ROOM
        width = 2 if room >= THIN_ROOM else 1
        if (detailed, dashed, width) == self._pain_marks:
            return
        self._pain_marks = (detailed, dashed, width)
        style = Qt.PenStyle.DashLine if dashed else Qt.PenStyle.SolidLine
        self.pain_before.setPen(pg.mkPen(self._before_colour, width=width))
        self.pain_after.setPen(pg.mkPen(self._after_colour, width=width, style=style))
        self.pain_before.setSymbol("o" if detailed else None)
        self.pain_after.setSymbol("t" if detailed else None)

    def met_weeks(self) -> np.ndarray:
        return met_mask(self._series.sessions, self._goal)

    def streak(self) -> int:
        return current_streak(self._series.sessions, self._goal)

    def streak_reaches_start(self) -> bool:
        """The streak goes back to the first loaded week (it may go back further)."""
        s = self._series.sessions
        n = self.streak()
        return n > 0 and n >= len(s) - (0 if s[-1] >= self._goal else 1)

    @property
    def complete(self) -> bool:
        """All weeks are loaded (set by :meth:`set_weeks`)."""
        return self._complete

    def _update_goal_items(self) -> None:
        s = self._series
        met = self.met_weeks()
        accent, muted = self._bar_colours()
        self.sessions_bars.setOpts(
            x=s.x[~met], height=s.sessions[~met], width=BAR_WIDTH, brush=pg.mkBrush(muted)
        )
        self.met_bars.setOpts(
            x=s.x[met], height=s.sessions[met], width=BAR_WIDTH, brush=pg.mkBrush(accent)
        )
        self._stars = None
        self._update_stars()
        self.goal_line.setValue(self._goal)
        self.goal_line.label.setFormat(_tr("goal %1").replace("%1", str(self._goal)))
        self.goal_line.setVisible(self._goal > 0)

    def _update_stars(self) -> None:
        """Stars above the met weeks in view and one view's width either side, while
        the weeks in view are STAR_ROOM pixels apart or more; closer, the stars merge
        into a band that tells nothing (the bars' colour still does), and making
        thousands of them costs tens of milliseconds. Set again only when that stretch
        of weeks changes."""
        s = self._series
        lo, hi = self.x_range()
        width = self.sessions_plot.getViewBox().width()
        stretch: tuple[int, int] | None = None
        if len(s) and hi > lo and width / ((hi - lo) / WEEK) >= STAR_ROOM:
            i, j = np.searchsorted(s.x, [2 * lo - hi, 2 * hi - lo])
            stretch = (int(i), int(j))
        if stretch == self._stars:
            return
        self._stars = stretch
        if stretch is None:
            self.met_markers.setData(x=[], y=[])
            return
        i, j = stretch
        met = self.met_weeks()[i:j]
        self.met_markers.setData(x=s.x[i:j][met], y=s.sessions[i:j][met] + 0.45)

    # -- view ------------------------------------------------------------------------

    def show_recent(self, weeks: int = 12) -> None:
        """Show the last ``weeks`` weeks (the default view)."""
        self._placed = True
        s = self._series
        if not len(s):
            today = date.today()
            self.minutes_plot.setXRange(date_x(today) - weeks * WEEK, date_x(today), padding=0)
            return
        hi = s.x[-1] + WEEK / 2
        self.minutes_plot.setXRange(hi - weeks * WEEK, hi, padding=0.01)

    def show_all(self) -> None:
        self._placed = True
        s = self._series
        if len(s):
            self.minutes_plot.setXRange(s.x[0] - WEEK / 2, s.x[-1] + WEEK / 2, padding=0.01)

    def set_x_range(self, lo: float, hi: float) -> None:
        self._placed = True
        self.minutes_plot.setXRange(lo, hi, padding=0)

    def x_range(self) -> tuple[float, float]:
        lo, hi = self.minutes_plot.getViewBox().viewRange()[0]
        return float(lo), float(hi)

    def _on_x_range(self, _vb: object, _range: object) -> None:
        self._fit_y()
        self._mark_pain()
        self._update_stars()
        s = self._series
        placed = self._placed  # the view was put somewhere on purpose (not Qt's default)
        if placed and not self._complete and len(s) and self.x_range()[0] < s.x[0] - WEEK / 2:
            self._complete = True  # ask once; set_weeks(complete=True) follows
            self.earlier_wanted.emit()

    def _fit_y(self) -> None:
        """The y ranges fit the weeks in view (and the goal line)."""
        if self._fitting:
            return
        self._fitting = True
        try:
            self._fit_y_now()
        finally:
            self._fitting = False

    def _fit_y_now(self) -> None:
        s = self._series
        lo, hi = self.x_range()
        i, j = np.searchsorted(s.x, [lo - WEEK / 2, hi + WEEK / 2])
        top_min = float(s.minutes[i:j].max()) if j > i else 0.0
        top_ses = float(s.sessions[i:j].max()) if j > i else 0.0
        self.minutes_plot.setYRange(0, max(10.0, top_min * 1.1), padding=0)
        self.sessions_plot.setYRange(0, max(top_ses + 1, self._goal + 1, 3), padding=0)

    # -- tooltips --------------------------------------------------------------------

    def week_tooltip(self, i: int) -> str:
        s = self._series
        year, week = s.iso[i]
        monday = s.mondays[i]
        start = QLocale().toString(QDate(monday.year, monday.month, monday.day), "ddd d MMM yyyy")
        n = int(s.sessions[i])
        lines = [
            _tr("Week %1 of %2, from %3")
            .replace("%1", str(week))
            .replace("%2", str(year))
            .replace("%3", start),
            _tr("Exercised: %1 min").replace("%1", number(s.minutes[i], 1)),
            _tr("%n sessions", n),
        ]
        if self._goal > 0:
            met = _tr("goal of %1 met") if n >= self._goal else _tr("goal of %1 not met")
            lines.append(met.replace("%1", str(self._goal)))
        return "\n".join(lines)

    def pain_tooltip(self, i: int) -> str:
        _id, x, before_value, after_value = self._pain[i]
        t = datetime.fromtimestamp(float(x), UTC)  # the wall-clock time, written as UTC
        short = QLocale.FormatType.ShortFormat
        when = (
            QLocale().toString(QDate(t.year, t.month, t.day), short)
            + " "
            + QLocale().toString(QTime(t.hour, t.minute), short)
        )
        none = _tr("not given")
        before = none if np.isnan(before_value) else str(int(before_value))
        after = none if np.isnan(after_value) else str(int(after_value))
        return "\n".join(
            [
                when,
                _tr("Pain before: %1").replace("%1", before),
                _tr("Pain after: %1").replace("%1", after),
            ]
        )

    def tooltip_at(self, scene_pos: QPointF) -> str:
        """The tooltip for a point of the scene ('' where there is nothing to tell)."""
        for plot in (self.minutes_plot, self.sessions_plot):
            vb = plot.getViewBox()
            if vb.sceneBoundingRect().contains(scene_pos) and len(self._series):
                x = vb.mapSceneToView(scene_pos).x()
                i = int(np.argmin(np.abs(self._series.x - x)))
                if abs(self._series.x[i] - x) <= WEEK / 2:
                    return self.week_tooltip(i)
        vb = self.pain_plot.getViewBox()
        if vb.sceneBoundingRect().contains(scene_pos) and len(self._pain_x):
            x = vb.mapSceneToView(scene_pos).x()
            i = int(np.argmin(np.abs(self._pain_x - x)))
            if abs(self._pain_x[i] - x) <= 8 * vb.viewPixelSize()[0]:
                return self.pain_tooltip(i)
        return ""

    def _on_mouse_moved(self, scene_pos: QPointF) -> None:
        text = self.tooltip_at(scene_pos)
        if text != self.last_tooltip:
            self.last_tooltip = text
            if text:
                QToolTip.showText(QCursor.pos(), text, self)
            else:
                QToolTip.hideText()

    # -- colours ---------------------------------------------------------------------

    def _bar_colours(self) -> tuple[QColor, QColor]:
        pal = self.palette()
        return pal.color(QPalette.ColorRole.Highlight), pal.color(QPalette.ColorRole.Mid)

    def apply_palette(self, pal: QPalette) -> None:
        base = pal.color(QPalette.ColorRole.Base)
        text = pal.color(QPalette.ColorRole.Text)
        dark = base.lightness() < 128
        self.setBackground(base)
        for plot in (self.minutes_plot, self.sessions_plot, self.pain_plot):
            for name in ("left", "bottom"):
                ax = plot.getAxis(name)
                ax.setPen(text)
                ax.setTextPen(text)
            plot.titleLabel.setAttr("color", text)
            plot.titleLabel.setText(plot.titleLabel.text)
        accent, _ = self._bar_colours()
        self.minutes_bars.setOpts(brush=pg.mkBrush(accent), pen=pg.mkPen(None))
        for bars in (self.sessions_bars, self.met_bars):
            bars.setOpts(pen=pg.mkPen(None))
        star = QColor("#ffc93c" if dark else "#b07800")
        self.met_markers.setBrush(pg.mkBrush(star))
        self.met_markers.setPen(pg.mkPen(star))
        self.goal_line.setPen(pg.mkPen(text, width=1.5, style=Qt.PenStyle.DashLine))
        self.goal_line.label.setColor(text)
        before = QColor("#6cb4ff" if dark else "#1f5fbf")
        after = QColor("#ffa24d" if dark else "#c45500")
        self._before_colour = before
        self.pain_before.setSymbolBrush(before)
        self.pain_before.setSymbolPen(before)
        self._after_colour = after
        self._pain_marks = None  # the pens' colours changed
        self._mark_pain()
        self.pain_after.setSymbolBrush(after)
        self.pain_after.setSymbolPen(after)
        self._legend.setLabelTextColor(text)
        veil = QColor(base)
        veil.setAlpha(210)  # the legend stays readable over the lines
        self._legend.setBrush(pg.mkBrush(veil))
        self._update_goal_items()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and hasattr(self, "pain_after"):
            self.apply_palette(self.palette())
