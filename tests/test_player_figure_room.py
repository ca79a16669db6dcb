"""The illustration keeps its room beside the countdown on a small screen: long German
names and phases give up some of their size first (still above the reading floor)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from backtimer.ui.player.typesetting import MIN_FIGURE_SHARE
from tests.player_fixtures import advance
from tests.test_player_fit import clipped, german_app  # noqa: F401 (a fixture)
from tests.test_player_phases import PHASES


@pytest.mark.parametrize(("size", "mat"), [((1024, 600), False), ((1280, 800), False)])
def test_the_illustration_keeps_its_share_in_every_phase(
    german_app,  # noqa: F811
    qtbot,
    size: tuple[int, int],
    mat: bool,
) -> None:
    app, clock = german_app
    view = app.view
    app.window.show()
    qtbot.waitExposed(app.window)
    view.set_mat_mode(mat)
    app.window.resize(*size)
    qtbot.waitUntil(lambda: app.window.size().toTuple() == size)
    app.controller.load(PHASES)
    app.controller.start()
    at, shares = 0.0, {}
    for t in (1, 5.5, 10, 15, 19, 25, 33):  # get ready, reps, rest, left, switch, hold, self
        advance(app, clock, t - at)
        at = t
        QApplication.processEvents()
        assert clipped(view) == [], t
        shares[t] = round(view.figure_area.height() / view.beside.geometry().height(), 2)
    assert min(shares.values()) >= MIN_FIGURE_SHARE - 0.01, shares
