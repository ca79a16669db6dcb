"""The player fits: in German (the longest strings), at 1024 × 600, 1280 × 800 and
1920 × 1080, no label or button of the page gets less room than its text needs."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget

from backtimer import paths
from backtimer.app import App
from backtimer.content_i18n import translate_catalogue
from backtimer.core import catalogue
from backtimer.core.clock import FakeClock
from backtimer.i18n import install_translators, remove_translators
from backtimer.settings import ASK_PAIN, Settings
from backtimer.store.db import open_database
from tests.player_fixtures import advance
from tests.test_player_phases import PHASES


@pytest.fixture
def german_app(qtbot, qapp: QApplication, tmp_path: Path) -> Iterator[tuple[App, FakeClock]]:
    loaded = install_translators(qapp, "de", paths.translations_dir())
    clock = FakeClock()
    settings = Settings.in_dir(tmp_path)
    settings.set(ASK_PAIN, False)
    cat = translate_catalogue(catalogue.load(paths.content_dir()))
    a = App(cat, open_database(tmp_path / "b.sqlite3"), settings, clock, tmp_path)
    a.controller._show_summary = lambda parent, facts: None
    yield a, clock
    a.controller.timer.stop()
    a.window.can_close = lambda: True
    a.window.close()
    a.close()
    a.window.deleteLater()
    remove_translators(qapp, loaded)


def clipped(root: QWidget) -> list[str]:
    """Visible labels and buttons under ``root`` that have less room than their text."""
    out = []
    for w in root.findChildren(QWidget):
        if not w.isVisibleTo(root) or w.width() <= 0:
            continue
        if isinstance(w, QLabel) and w.text() and w.property("typeRole"):
            need_h = w.heightForWidth(w.width()) if w.wordWrap() else w.sizeHint().height()
            need_w = 0 if w.wordWrap() else w.fontMetrics().horizontalAdvance(w.text())
            if need_h > w.height() + 1 or need_w > w.contentsRect().width() + 1:
                out.append(f"label {w.text()!r}: {w.size().toTuple()} needs {need_w}x{need_h}")
        elif (
            isinstance(w, QAbstractButton)
            and w.text()
            and (w.minimumSizeHint().width() > w.width() or w.sizeHint().width() > w.width() + 1)
        ):
            out.append(f"button {w.text()!r}: {w.width()} < {w.sizeHint().width()}")
    return out


@pytest.mark.parametrize(
    ("size", "mat"), [((1024, 600), False), ((1280, 800), False), ((1920, 1080), True)]
)
def test_nothing_is_clipped_in_german(german_app, qtbot, size: tuple[int, int], mat: bool) -> None:
    app, clock = german_app
    app.window.show()
    qtbot.waitExposed(app.window)
    app.view.set_mat_mode(mat)
    app.window.resize(*size)
    qtbot.waitUntil(lambda: app.window.size().toTuple() == size)
    app.controller.load(PHASES)
    problems = []
    at = 0.0
    app.controller.start()
    # get ready, reps, rest, left side, switch, hold, self-paced
    for t in (1, 5.5, 10, 15, 19, 25, 33):
        advance(app, clock, t - at)
        at = t
        QApplication.processEvents()
        problems += [f"t={t}: {p}" for p in clipped(app.view)]
        if app.view.minimumSizeHint().height() > app.view.height():
            problems.append(f"t={t}: the page needs {app.view.minimumSizeHint().height()} px")
    app.controller.done()
    QApplication.processEvents()
    problems += [f"end: {p}" for p in clipped(app.view)]
    assert problems == []
