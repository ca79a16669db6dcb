"""What keeps the player cheap while it counts down (issue 19), as behaviour: a text that
keeps its shape does not lay out the window, a redraw within a phase touches only what
ticks, a new second draws only the digits that changed, and a still screen is redrawn
only as often as its progress track moves."""

from __future__ import annotations

from collections.abc import Iterator

import numpy as np
import pytest
from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter
from PySide6.QtWidgets import QApplication, QWidget

from backtimer.app import App
from backtimer.core.clock import FakeClock
from backtimer.core.engine import State
from backtimer.ui.player.glyphs import DigitPainter
from tests.engine_helpers import paced, routine, timed
from tests.player_fixtures import advance, engine_state


class _LayoutRequests(QObject):
    """Counts the layout requests that reach ``widget``."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__()
        self.count = 0
        self._widget = widget
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:
            self.count += 1
        return False

    def stop(self) -> None:
        self._widget.removeEventFilter(self)


@pytest.fixture
def shown(app: App, qtbot) -> Iterator[App]:
    app.window.resize(1280, 800)
    app.window.show()
    qtbot.waitExposed(app.window)
    yield app


def _settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def test_a_phase_text_that_keeps_its_shape_does_not_lay_out_the_window(
    shown: App, fake_clock: FakeClock
) -> None:
    app, view = shown, shown.view
    app.controller.load(routine(paced("cat-stretch", 6, 2.0), lead_in=1))
    app.controller.start()
    advance(app, fake_clock, 1.5)  # rep 1
    _settle()
    parent = view.parentWidget()
    assert parent is not None
    requests = _LayoutRequests(parent)
    phases = {view.phase_label.text()}
    for _ in range(4):
        advance(app, fake_clock, 2.0)
        _settle()
        phases.add(view.phase_label.text())
    requests.stop()
    assert phases == {f"Rep {n} of 6" for n in range(1, 6)}
    assert requests.count == 0


def test_a_text_that_needs_more_room_still_reaches_the_window(shown: App, qtbot) -> None:
    view = shown.view
    parent = view.parentWidget()
    assert parent is not None
    _settle()
    before = view.minimumSizeHint()
    requests = _LayoutRequests(parent)
    view.set_label.show()
    view.set_label.setText("\n".join(["A line of a long text"] * 12))
    qtbot.waitUntil(lambda: requests.count > 0)
    requests.stop()
    assert view.minimumSizeHint().height() > before.height()


def test_a_redraw_within_a_phase_looks_only_at_the_ticking_texts(
    shown: App, fake_clock: FakeClock, monkeypatch
) -> None:
    """Within a phase only the main figure, its caption, the time left and the tracks
    change: a redraw does not even read the other labels to compare them."""
    app, view = shown, shown.view
    app.controller.load(routine(timed("plank", 30, rest=20), timed("plank", 30), lead_in=1))
    app.controller.start()
    advance(app, fake_clock, 31.5)  # into the rest
    touched: list[str] = []
    for label in (view.phase_label, view.exercise_label, view.upcoming_label, view.status_label):
        text = label.text()
        monkeypatch.setattr(label, "text", lambda t=text: touched.append(t) or t)
    figure, left = view.countdown.text(), view.left_label.text()
    advance(app, fake_clock, 2.0)
    assert (view.countdown.text(), view.left_label.text()) != (figure, left)  # ticked on
    assert touched == []
    app.controller.toggle()  # pause: another screen, shown in full
    assert touched
    assert view.status_label.isVisible() and engine_state(app) is State.PAUSED


@pytest.mark.parametrize(("rest", "at_least", "at_most"), [(600, 900, 1003), (20, 1, 253)])
def test_a_still_rest_is_redrawn_as_often_as_its_track_moves(
    shown: App, fake_clock: FakeClock, rest: int, at_least: int, at_most: int
) -> None:
    """A 600 s rest moves the track a step every few seconds: a redraw a second, for the
    digits. A 20 s rest moves it several steps a second: four redraws a second."""
    app = shown
    _settle()
    assert app.view.countdown.track_steps() > 100  # the track at 1280 x 800
    app.controller.load(routine(timed("plank", 5, rest=rest), timed("plank", 30), lead_in=1))
    app.controller.start()
    advance(app, fake_clock, 7.3)  # 1.3 s into the rest
    waits = []
    for _ in range(8):
        waits.append(app.controller.timer.interval())
        advance(app, fake_clock, waits[-1] / 1000, step=waits[-1] / 1000)
    assert all(at_least <= w <= at_most for w in waits[1:]), waits  # the first: a part


# ------------------------------------------------------------------ digit pictures
def _ink(image: QImage) -> np.ndarray:
    """How dark each pixel is (0: white)."""
    ptr = image.constBits()
    rgba = np.frombuffer(ptr, np.uint8).reshape(image.height(), image.bytesPerLine())
    pixels = rgba[:, : image.width() * 4].reshape(image.height(), image.width(), 4)
    ink: np.ndarray = 255 - pixels[:, :, :3].mean(axis=2)
    return ink


def _drawn(draw) -> QImage:
    image = QImage(600, 300, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    draw(p)
    p.end()
    return image


def _font(px: int) -> QFont:
    font = QFont()
    font.setBold(True)
    font.setPixelSize(px)
    return font


@pytest.mark.parametrize("text", ["0:39", "12:07", "7"])
def test_digits_drawn_one_by_one_look_like_the_text(qapp, text: str) -> None:
    area, font, color = QRect(0, 0, 600, 300), _font(180), QColor("#0d47a1")

    def direct(p: QPainter) -> None:
        p.setFont(font)
        p.setPen(color)
        p.drawText(area, Qt.AlignmentFlag.AlignCenter, text)

    def one_by_one(p: QPainter) -> None:
        p.setPen(color)
        DigitPainter().draw(p, area, font, text, area)

    a, b = _ink(_drawn(direct)), _ink(_drawn(one_by_one))
    assert a.sum() > 0
    assert abs(a.sum() - b.sum()) < 0.002 * a.sum()  # the same ink
    assert np.abs(a - b).max() < 40  # in the same places, to a fraction of a pixel


def test_a_new_second_draws_only_the_digits_that_changed(qapp) -> None:
    area, font, color = QRect(0, 0, 600, 300), _font(180), QColor("#0d47a1")
    digits = DigitPainter()
    changed = digits.changed(area, font, "0:39", "0:38")
    assert changed.width() < area.width() // 3  # the last digit
    assert digits.changed(area, font, "0:40", "0:39").width() > changed.width()  # two
    assert digits.changed(area, font, "0:39", "0:39").isEmpty()

    def draw(p: QPainter) -> None:
        p.setPen(color)
        digits.draw(p, area, font, "0:38", changed)

    ink = _ink(_drawn(draw))
    _rows, cols = np.nonzero(ink > 128)
    assert len(cols) > 0  # the 8 was drawn
    assert cols.min() >= changed.left() and cols.max() <= changed.right()  # nothing else
