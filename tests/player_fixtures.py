"""Builds the real application objects on a temporary data directory with a fake clock."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TypeVar

import pytest
from PySide6.QtWidgets import QWidget

from backtimer import paths
from backtimer.app import App
from backtimer.core import catalogue
from backtimer.core.clock import FakeClock
from backtimer.core.engine import State
from backtimer.settings import ASK_PAIN, Settings
from backtimer.store.db import open_database
from backtimer.ui.main_window import LazyPage


@pytest.fixture
def fake_clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def app(qtbot, tmp_path: Path, fake_clock: FakeClock) -> Iterator[App]:
    db = open_database(tmp_path / "backtimer.sqlite3")
    settings = Settings.in_dir(tmp_path)
    settings.set(ASK_PAIN, False)  # tests that want the check-in turn it on
    a = App(
        catalogue.load(paths.content_dir()),
        db,
        settings,
        fake_clock,
        tmp_path,
    )
    a.choice.reload()
    a.controller.safety.ask_skip = lambda w: True  # tests that want the question ask it
    a.controller.safety.ask_sharp = lambda w: False  # pain of 4-6: "dull" unless asked
    yield a
    a.controller.timer.stop()
    a.window.can_close = lambda: True  # no "end the session?" question at teardown
    a.window.close()
    a.close()
    a.window.deleteLater()


def advance(app: App, clock: FakeClock, seconds: float, step: float = 0.1) -> None:
    """Move the fake clock on, letting the controller redraw as its timer would."""
    end = clock.now() + seconds
    while clock.now() < end - 1e-9:
        clock.advance(min(step, end - clock.now()))
        app.controller.on_timer()


P = TypeVar("P", bound=QWidget)


def open_page(app: App, index: int, kind: type[P]) -> P:
    """Turn to tab ``index`` and return its page (built on first show), which is a ``kind``."""
    app.window.tabs.setCurrentIndex(index)
    lazy = app.window.tabs.widget(index)
    assert isinstance(lazy, LazyPage)
    page = lazy.ensure()
    assert isinstance(page, kind), page
    return page


def engine_state(app: App) -> State:
    """The running engine's state (a call, so a type checker keeps no narrowing of it)."""
    engine = app.controller.engine
    assert engine is not None
    return engine.state
