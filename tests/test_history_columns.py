"""The sessions table gives the routine's name the room at narrow widths: the short
columns (date, duration, status, pain) are as wide as their contents, no wider."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from backtimer import paths
from backtimer.core.report import SessionStatus
from backtimer.i18n import install_translators, remove_translators
from backtimer.store.db import Database, open_database
from backtimer.store.history import HistoryStore
from backtimer.ui.history.models import SessionsModel, status_text
from backtimer.ui.history.page import HistoryPage
from tests.helpers.store_data import T0, generate_history

pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support propagateSizeHints", "This plugin does not support raise"
)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[HistoryStore]:
    db: Database = open_database(tmp_path / "backtimer.sqlite3")
    generate_history(db, 40, 4, seed=3)
    yield HistoryStore(db)
    db.close()


@pytest.fixture(params=["en", "de"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    loaded = install_translators(qapp, request.param, paths.translations_dir())
    yield request.param
    remove_translators(qapp, loaded)


@pytest.mark.parametrize("width", [1024, 1920])
def test_the_routine_column_gets_the_room_and_the_others_are_not_cut(
    qtbot: QtBot, store: HistoryStore, language: str, width: int
) -> None:
    page = HistoryPage(store, today=lambda: T0.date() + timedelta(days=2))
    qtbot.addWidget(page)
    page.refresh()  # built unseen first, as the app's preload does
    page.resize(width, 560)
    page.show()
    qtbot.waitExposed(page)
    table, model = page.table, page.model
    header = table.horizontalHeader()
    fm = table.fontMetrics()
    qtbot.waitUntil(lambda: model.rowCount() > 0)
    for column in (SessionsModel.DATE, SessionsModel.DURATION, SessionsModel.PAIN):
        widest = max(
            fm.horizontalAdvance(str(model.index(r, column).data(Qt.ItemDataRole.DisplayRole)))
            for r in range(model.rowCount())
        )
        assert header.sectionSize(column) >= widest, column  # nothing cut short
    # The status is cut short only if it must be, and "Completed" (the commonest) never.
    completed = fm.horizontalAdvance(status_text(SessionStatus.COMPLETED))
    assert header.sectionSize(SessionsModel.STATUS) >= completed
    names = [str(model.index(r, SessionsModel.ROUTINE).data()) for r in range(model.rowCount())]
    longest_name = max(fm.horizontalAdvance(n) for n in names)
    shown = header.sectionSize(SessionsModel.ROUTINE)
    assert shown >= min(longest_name, table.viewport().width() // 4)
    assert sum(header.sectionSize(c) for c in range(5)) <= table.viewport().width()
