"""The persistent "history is not being saved" notice and the summary's line."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from backtimer.ui.player.summary import SummaryDialog, SummaryFacts
from backtimer.ui.save_status import SaveStatus
from tests.helpers.store_data import report, step


def test_the_notice_shows_while_saving_fails_and_hides_after(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    status = SaveStatus(parent)
    parent.show()
    assert status.isHidden()
    status.set_saving(False)
    assert status.isVisible() and "not being saved" in status.text()
    status.set_saving(True)
    assert status.isHidden()


def test_the_summary_says_when_the_session_is_not_saved(qtbot: QtBot) -> None:
    done = report((step(0),))
    saved = SummaryDialog(SummaryFacts(done, exercises=1), None)
    unsaved = SummaryDialog(SummaryFacts(done, exercises=1, unsaved=True), None)
    qtbot.addWidget(saved)
    qtbot.addWidget(unsaved)
    assert "not saved" not in saved.text
    assert "not saved" in unsaved.text
