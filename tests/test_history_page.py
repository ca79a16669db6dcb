"""The history page on a real HistoryStore with generated sessions."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from unittest.mock import create_autospec

import numpy as np
import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QColor, QMouseEvent, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from backtimer.store.db import Database, open_database
from backtimer.store.history import HistoryStore
from backtimer.ui.history import page as page_module
from backtimer.ui.history.charts import WEEK, current_streak, date_x, wall_x
from backtimer.ui.history.page import HistoryPage
from tests.helpers.store_data import T0, generate_history, run_session

TODAY = T0.date() + timedelta(days=2)  # Wednesday of the week of T0
# The offscreen platform's own warnings when a window or a tooltip is shown.
pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support propagateSizeHints", "This plugin does not support raise"
)


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(tmp_path / "backtimer.sqlite3")
    yield database
    database.close()


@pytest.fixture
def store(db: Database) -> HistoryStore:
    generate_history(db, 150, 4, seed=7)  # about 30 weeks up to T0
    return HistoryStore(db)


def make_page(qtbot, store: HistoryStore, **kw: object) -> HistoryPage:
    kw.setdefault("today", lambda: TODAY)
    p = HistoryPage(store, **kw)  # type: ignore[arg-type]
    qtbot.addWidget(p)
    p.resize(1280, 800)
    p.refresh()
    p.show()
    qtbot.waitExposed(p)
    return p


def test_lists_the_sessions_newest_first_and_fetches_more_on_scroll(qtbot, store) -> None:
    p = make_page(qtbot, store, page_size=40)
    assert p.model.total == store.count_sessions() == 150
    assert p.model.rowCount() == 40
    assert p.model.session_row(0).id == store.sessions(1)[0].id
    p.table.scrollToBottom()
    qtbot.waitUntil(lambda: p.model.rowCount() > 40)
    while p.model.rowCount() < 150:
        n = p.model.rowCount()
        p.table.scrollToBottom()
        qtbot.waitUntil(lambda n=n: p.model.rowCount() > n)
    ids = [p.model.session_row(i).id for i in range(150)]
    assert ids == [r.id for r in store.sessions(200)]


def test_selecting_a_session_shows_its_details(qtbot, store) -> None:
    p = make_page(qtbot, store)
    row = store.sessions(3)[2]
    assert p.select_session(row.id)
    text = p.details.toPlainText()
    detail = store.session_detail(row.id)
    assert detail is not None
    assert row.routine_name in text
    for step in detail.steps:
        assert step.exercise_name in text
    assert p.delete_button.isEnabled()


def test_the_weekly_chart_shows_the_stores_weekly_totals(qtbot, store) -> None:
    p = make_page(qtbot, store)
    totals = store.weekly_totals(None, today=TODAY)
    s = p.charts.series
    assert s.mondays == tuple(t.monday for t in totals)  # all 30-odd weeks fit the window
    assert np.allclose(s.minutes, [t.minutes for t in totals])
    assert list(s.sessions) == [t.sessions for t in totals]
    bars = p.charts.minutes_bars.opts
    assert np.allclose(bars["height"], [t.minutes for t in totals])
    assert np.allclose(bars["x"], [date_x(t.monday) + 3.5 * 86400 for t in totals])
    # The default view is the last 12 weeks, ending with this week.
    lo, hi = p.charts.x_range()
    assert 11.5 * WEEK <= hi - lo <= 13 * WEEK
    assert lo < date_x(totals[-12].monday) < hi
    assert hi >= date_x(totals[-1].monday) + 7 * 86400


def test_goal_line_met_markers_and_streak_follow_the_goal(qtbot, store) -> None:
    p = make_page(qtbot, store, goal=4)
    sessions = np.array([t.sessions for t in store.weekly_totals(None, today=TODAY)])
    assert p.charts.goal_line.value() == 4
    with qtbot.waitSignal(p.goal_changed) as blocker:
        p.goal_spin.setValue(6)
    assert blocker.args == [6]
    assert p.charts.goal_line.value() == 6
    met = sessions >= 6
    assert list(p.charts.met_weeks()) == list(met)
    xs, _ = p.charts.met_markers.getData()
    assert list(xs) == list(p.charts.series.x[met])
    p.goal_spin.setValue(1)
    streak = current_streak(sessions, 1)
    assert streak == p.charts.streak() > 1
    assert f"{streak} weeks" in p.streak_label.text()
    p.goal_spin.setValue(14)
    assert p.charts.streak() == 0
    assert "No streak" in p.streak_label.text()
    assert not p.charts.met_markers.getData()[0].size


def test_session_bars_of_weeks_that_met_the_goal_are_in_the_accent_colour(qtbot, store) -> None:
    p = make_page(qtbot, store, goal=5)
    s = p.charts.series
    met = s.sessions >= 5
    assert met.any() and (~met).any()

    def bars(item):
        return list(item.opts["x"]), list(item.opts["height"]), QColor(item.opts["brush"].color())

    accent = p.charts.palette().color(QPalette.ColorRole.Highlight)
    mid = p.charts.palette().color(QPalette.ColorRole.Mid)
    assert bars(p.charts.met_bars) == (list(s.x[met]), list(s.sessions[met]), accent)
    assert bars(p.charts.sessions_bars) == (list(s.x[~met]), list(s.sessions[~met]), mid)
    p.goal_spin.setValue(14)
    assert bars(p.charts.met_bars)[0] == [] and bars(p.charts.sessions_bars)[0] == list(s.x)


_AXIS_SCRIPT = """
import os, sys
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication
app = QApplication([])
import pyqtgraph as pg
from backtimer.ui.history.week_axis import WeekAxis
from backtimer.ui.history.series import date_x
from datetime import date
ours, theirs = WeekAxis(), pg.DateAxisItem(orientation="bottom", utcOffset=0)
for axis in (ours, theirs):
    axis.fontMetrics = QFontMetrics(QFont())
for lo, hi in ((date(1950, 1, 1), date(2050, 1, 1)), (date(2024, 1, 1), date(2026, 6, 1))):
    a = [(s, list(v)) for s, v in ours.tickValues(date_x(lo), date_x(hi), 600)]
    b = [(s, list(v)) for s, v in theirs.tickValues(date_x(lo), date_x(hi), 600)]
    print(a == b and all(v % 86400 == 0 for _s, vs in a for v in vs) and len(a) > 0)
"""


@pytest.mark.parametrize("zone", ["Asia/Kolkata", "America/St_Johns"])
def test_the_date_axis_ticks_as_pyqtgraph_does_without_the_time_zone_calls(zone: str) -> None:
    """WeekAxis skips pyqtgraph's move of each tick to this computer's time zone (slow);
    at the spans the charts show (three weeks and more) its ticks are pyqtgraph's own, on
    midnights, also where the zone is not a whole number of hours from UTC."""
    env = dict(os.environ, TZ=zone, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run(
        [sys.executable, "-c", _AXIS_SCRIPT], env=env, capture_output=True, text=True, check=True
    )
    assert out.stdout.split() == ["True", "True"], out.stdout + out.stderr


def test_after_is_dashed_only_where_the_ratings_in_view_leave_room(qtbot, store) -> None:
    from backtimer.ui.history.charts import DASH_ROOM

    p = make_page(qtbot, store)
    charts = p.charts

    def room() -> float:
        lo, hi = charts.x_range()
        x = charts._pain_x
        return float(
            charts.pain_plot.getViewBox().width() / max(1, int(((x >= lo) & (x <= hi)).sum()))
        )

    def dashed() -> bool:
        return bool(charts.pain_after.opts["pen"].style() == Qt.PenStyle.DashLine)

    assert room() >= DASH_ROOM and dashed()  # the last 12 weeks
    assert charts.pain_after.opts["symbol"] == "t"
    p.all_button.click()
    assert room() < DASH_ROOM and not dashed()  # 30 weeks of ratings
    assert charts.pain_after.opts["symbol"] == "t"  # the symbols still tell them apart
    p.recent_button.click()
    assert dashed()


def test_stars_and_wide_pain_lines_only_where_the_view_leaves_room(qtbot, db) -> None:
    from backtimer.ui.history.charts import STAR_ROOM

    generate_history(db, 1_000, 2, seed=3)  # about 4 years, 5 a week
    p = make_page(qtbot, HistoryStore(db), goal=4)
    charts = p.charts
    s = charts.series
    met_x = set(s.x[charts.met_weeks()])

    def starred() -> set[float]:
        return set(charts.met_markers.getData()[0])

    def room() -> float:
        lo, hi = charts.x_range()
        return float(charts.sessions_plot.getViewBox().width()) / ((hi - lo) / WEEK)

    lo, hi = charts.x_range()
    assert room() >= STAR_ROOM  # the last 12 weeks
    in_view = {x for x in met_x if lo <= x <= hi}
    assert in_view and in_view <= starred() <= met_x
    pens = (charts.pain_before, charts.pain_after)
    assert [c.opts["pen"].width() for c in pens] == [2, 2]
    p.all_button.click()
    assert room() < STAR_ROOM and starred() == set()
    assert [c.opts["pen"].width() for c in pens] == [1, 1]  # 4 years of ratings: a band
    s = charts.series  # now every week
    met_x = set(s.x[charts.met_weeks()])
    charts.set_x_range(s.x[10] - WEEK, s.x[40])
    assert {x for x in met_x if s.x[10] <= x <= s.x[39]} <= starred() <= met_x
    assert [c.opts["pen"].width() for c in pens] == [2, 2]


def test_streak_rules() -> None:
    assert current_streak(np.array([4, 4, 1, 4, 5, 0]), 4) == 2  # this week still open
    assert current_streak(np.array([4, 4, 1, 4, 5, 4]), 4) == 3
    assert current_streak(np.array([4, 0, 3]), 4) == 0
    assert current_streak(np.array([]), 4) == 0
    assert current_streak(np.array([5, 5]), 0) == 0


def test_the_pain_chart_shows_the_ratings(qtbot, store) -> None:
    p = make_page(qtbot, store)
    points = store.pain_series()
    before = [(wall_x(q.started_local), q.pain_before) for q in points if q.pain_before is not None]
    after = [(wall_x(q.started_local), q.pain_after) for q in points if q.pain_after is not None]
    bx, by = p.charts.pain_before.getData()
    ax, ay = p.charts.pain_after.getData()
    assert list(zip(bx, by, strict=True)) == before
    assert list(zip(ax, ay, strict=True)) == after
    assert before and after


def test_hovering_a_bar_tells_its_exact_values(qtbot, store) -> None:
    p = make_page(qtbot, store, goal=4)
    c = p.charts
    i = len(c.series) - 3
    week = store.weekly_totals(None, today=TODAY)[i]
    vb = c.minutes_plot.getViewBox()
    scene_pos = vb.mapViewToScene(QPointF(c.series.x[i], week.minutes / 2))
    local = QPointF(c.mapFromScene(scene_pos))
    move = QMouseEvent(
        QEvent.Type.MouseMove,
        local,
        QPointF(c.viewport().mapToGlobal(local)),
        Qt.MouseButton.NoButton,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(c.viewport(), move)
    qtbot.waitUntil(lambda: c.last_tooltip != "")
    text = c.last_tooltip
    assert f"Week {week.iso_week} of {week.iso_year}" in text
    assert f"Exercised: {week.minutes:.1f} min" in text
    assert f"{week.sessions} sessions" in text
    assert ("goal of 4 met" if week.sessions >= 4 else "goal of 4 not met") in text
    # Outside the plots there is nothing to tell.
    assert c.tooltip_at(QPointF(-50, -50)) == ""


def test_delete_asks_then_undo_restores(qtbot, store) -> None:
    confirm = create_autospec(page_module.ask_to_confirm, return_value=False)
    p = make_page(qtbot, store, confirm=confirm)
    victim = store.sessions(2)[1]
    before_weeks = store.weekly_totals(None, today=TODAY)
    p.select_session(victim.id)

    p.delete_button.click()  # refused
    confirm.assert_called_once()
    assert store.session_detail(victim.id) is not None
    assert not p.undo_bar.isVisible()

    confirm.return_value = True
    with qtbot.waitSignal(p.history_changed):
        p.delete_button.click()
    assert store.session_detail(victim.id) is None
    assert p.model.total == 149
    assert p.model.row_of(victim.id) == -1
    assert p.undo_bar.isVisible()
    assert sum(p.charts.series.sessions) == sum(w.sessions for w in before_weeks) - 1

    with qtbot.waitSignal(p.history_changed):
        p.undo_button.click()
    restored = store.session_detail(victim.id)
    assert restored is not None and restored.session == victim
    assert p.model.total == 150
    assert p.selected_id() == victim.id
    assert not p.undo_bar.isVisible()
    assert list(p.charts.series.sessions) == [w.sessions for w in before_weeks]


def test_a_long_history_loads_recent_weeks_then_everything_on_demand(qtbot, db) -> None:
    generate_history(db, 600, 2, seed=3)  # about 2.3 years
    store = HistoryStore(db)
    p = make_page(qtbot, store, goal=14, recent_weeks=52)
    assert len(p.charts.series) == 52
    first_pain = p.charts.pain_before.getData()[0][0]
    assert first_pain >= date_x(p.charts.series.mondays[0]) - 86400
    p.goal_spin.setValue(2)  # met every week: the streak goes back past what is loaded
    assert p.charts.streak() >= 51  # this week may still be open
    assert f"{p.charts.streak()}+ weeks" in p.streak_label.text()
    assert len(p.charts.series) == 52  # …without loading everything
    x0 = float(p.charts.series.x[0])
    with qtbot.waitSignal(p.charts.earlier_wanted):  # panning back past the loaded weeks
        p.charts.set_x_range(x0 - 5 * WEEK, x0 + 7 * WEEK)
    everything = store.weekly_totals(None, today=TODAY)
    assert p.charts.series.mondays == tuple(w.monday for w in everything)
    assert len(p.charts.pain_before.getData()[0]) == sum(
        q.pain_before is not None for q in store.pain_series()
    )
    p.all_button.click()
    lo, hi = p.charts.x_range()
    assert hi - lo > 100 * WEEK
    assert "+" not in p.streak_label.text()
    assert f"{current_streak(p.charts.series.sessions, 2)} weeks" in p.streak_label.text()


def test_a_session_added_then_refresh_shows_it(qtbot, store) -> None:
    p = make_page(qtbot, store)
    sid = run_session(store, T0 + timedelta(days=1))
    p.refresh()
    assert p.model.total == 151
    assert p.model.session_row(0).id == sid
    assert p.charts.series.sessions[-1] == store.weekly_totals(1, today=TODAY)[0].sessions


def test_empty_history(qtbot, db) -> None:
    p = make_page(qtbot, HistoryStore(db))
    assert p.model.rowCount() == 0
    assert "No session" in p.details.toPlainText()
    assert not p.delete_button.isEnabled()
    assert "No streak" in p.streak_label.text()


def test_every_control_has_an_accessible_name(qtbot, store) -> None:
    p = make_page(qtbot, store)
    for w in (
        p.table,
        p.details,
        p.delete_button,
        p.undo_button,
        p.goal_spin,
        p.recent_button,
        p.all_button,
        p.charts,
    ):
        assert isinstance(w, QWidget) and w.accessibleName(), w


def test_chart_colours_follow_a_dark_palette(qtbot, store) -> None:
    p = make_page(qtbot, store)
    dark = QPalette()
    dark.setColor(QPalette.ColorRole.Base, QColor("#1e1e1e"))
    dark.setColor(QPalette.ColorRole.Window, QColor("#2b2b2b"))
    dark.setColor(QPalette.ColorRole.Text, QColor("#eeeeee"))
    dark.setColor(QPalette.ColorRole.WindowText, QColor("#eeeeee"))
    p.setPalette(dark)
    qtbot.waitUntil(lambda: p.charts.backgroundBrush().color() == QColor("#1e1e1e"))
    axis = p.charts.minutes_plot.getAxis("left")
    assert axis.textPen().color() == QColor("#eeeeee")


def test_today_is_a_parameter(qtbot, store) -> None:
    later = TODAY + timedelta(weeks=3)
    p = make_page(qtbot, store, today=lambda: later)
    assert p.charts.series.mondays[-1] == later - timedelta(days=later.weekday())
    assert list(p.charts.series.sessions[-3:]) == [0, 0, 0]
    assert isinstance(p.charts.series.mondays[-1], date)
