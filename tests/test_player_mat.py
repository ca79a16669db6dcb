"""Mat mode: the rendered text heights at 1920 × 1080, and the "Countdown size" setting."""

from __future__ import annotations

import itertools

import numpy as np
import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from backtimer.app import App
from backtimer.core.clock import FakeClock
from backtimer.settings import COUNTDOWN_SCALE
from tests.player_fixtures import advance
from tests.test_player_phases import PHASES


def ink_height(widget: QWidget, rect: QRect | None = None) -> int:
    """Height in pixels of what is drawn on ``widget`` (rows that differ from its
    background), measured on the rendered image."""
    img = widget.grab(rect or widget.rect()).toImage().convertToFormat(QImage.Format.Format_RGB32)
    w, h = img.width(), img.height()
    pixels = np.frombuffer(img.constBits(), np.uint8, img.bytesPerLine() * h)
    rgb = pixels.reshape(h, img.bytesPerLine())[:, : w * 4].reshape(h, w, 4)[:, :, :3]
    bg = widget.palette().color(widget.backgroundRole())
    ref = np.array([bg.blue(), bg.green(), bg.red()], dtype=np.int32)  # BGRA in memory
    ink = np.abs(rgb.astype(np.int32) - ref).sum(axis=2) > 120
    rows = np.flatnonzero(ink.any(axis=1))
    return int(rows[-1] - rows[0] + 1) if len(rows) else 0


@pytest.fixture
def mat(app: App, qtbot):
    app.window.show()
    qtbot.waitExposed(app.window)
    # The offscreen test screen is smaller than 1920 × 1080, so the window is sized by hand
    # and mat mode switched on as full screen does (see test_f_toggles_mat_mode).
    app.window.resize(1920, 1080)
    app.view.set_mat_mode(True)
    qtbot.waitUntil(lambda: app.window.width() == 1920 and app.window.height() == 1080)
    app.controller.load(PHASES)
    QApplication.processEvents()
    return app


def _heights(app: App) -> dict[str, int]:
    v = app.view
    QApplication.processEvents()
    out = {"figure": ink_height(v.countdown, v.countdown.text_rect())}
    for name in ("exercise_label", "phase_label", "side_label"):
        label: QLabel = getattr(v, name)
        if label.text():
            out[name] = ink_height(label)
    return out


def test_type_heights_in_mat_mode_at_1920x1080(mat: App, fake_clock: FakeClock, qtbot) -> None:
    app = mat
    app.controller.start()
    seen = []
    at = 0.0
    for t, label in ((5.5, "rep"), (10, "rest"), (15, "left"), (19, "switch"), (25, "hold")):
        advance(app, fake_clock, t - at)
        at = t
        h = _heights(app)
        seen.append((label, h))
        assert h["figure"] >= 300, (label, h)
        assert all(v >= 60 for k, v in h.items() if k != "figure"), (label, h)
    print("\n[mat 1920x1080] rendered heights (px):", seen)
    assert "side_label" in dict(seen)["left"] and "side_label" in dict(seen)["switch"]


def test_f_toggles_mat_mode(app: App, qtbot) -> None:
    app.window.show()
    qtbot.waitExposed(app.window)
    app.window.activateWindow()
    qtbot.waitUntil(lambda: app.window.isActiveWindow())
    qtbot.keyClick(app.window, Qt.Key.Key_F)
    qtbot.waitUntil(lambda: app.view.mat_mode)
    assert app.window.isFullScreen()
    assert app.view.queue.isHidden() or not app.view.queue.isVisible()
    qtbot.keyClick(app.window, Qt.Key.Key_F)
    qtbot.waitUntil(lambda: not app.view.mat_mode)
    assert app.view.queue.isVisible()


def test_countdown_size_changes_the_figure_at_every_value(mat: App, qtbot) -> None:
    app = mat
    lo, hi = COUNTDOWN_SCALE.minimum, COUNTDOWN_SCALE.maximum
    values = [round(lo + i / 10, 1) for i in range(round((hi - lo) * 10) + 1)]  # type: ignore[operator]
    sizes = []
    for value in values:
        app.settings.set(COUNTDOWN_SCALE, value)
        app.settings_ui.apply({COUNTDOWN_SCALE.key})
        QApplication.processEvents()
        sizes.append(app.view.countdown.fitted_font()[0].pixelSize())
    assert all(b > a for a, b in itertools.pairwise(sizes)), list(zip(values, sizes, strict=False))
