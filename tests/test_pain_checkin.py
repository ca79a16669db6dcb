"""Pain check-in: one click on 0–10 or Skip; works by keyboard alone; names for readers."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QPushButton

from backtimer.ui.player.pain_checkin import Moment, PainCheckIn

# The offscreen platform warns when any dialog is shown; nothing to do with this code.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def dlg(qtbot) -> PainCheckIn:
    d = PainCheckIn(Moment.BEFORE)
    qtbot.addWidget(d)
    d.show()
    qtbot.waitExposed(d)
    d.activateWindow()
    d.buttons[0].setFocus()
    qtbot.waitUntil(d.buttons[0].hasFocus)
    return d


@pytest.mark.parametrize("n", [0, 3, 10])
def test_one_click_on_a_number_answers(qtbot, dlg: PainCheckIn, n: int) -> None:
    with qtbot.waitSignal(dlg.answered) as blocker:
        qtbot.mouseClick(dlg.buttons[n], Qt.MouseButton.LeftButton)
    assert blocker.args == [n]
    assert dlg.value() == n
    assert dlg.result() == PainCheckIn.DialogCode.Accepted
    assert not dlg.isVisible()


def test_skip_and_escape_answer_none(qtbot, dlg: PainCheckIn) -> None:
    with qtbot.waitSignal(dlg.answered) as blocker:
        qtbot.mouseClick(dlg.skip_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [None]
    assert dlg.value() is None
    assert dlg.result() == PainCheckIn.DialogCode.Rejected

    other = PainCheckIn(Moment.AFTER)
    qtbot.addWidget(other)
    other.show()
    qtbot.waitExposed(other)
    with qtbot.waitSignal(other.answered) as blocker:
        qtbot.keyClick(other.buttons[0], Qt.Key.Key_Escape)
    assert blocker.args == [None]


def test_answers_only_once(qtbot, dlg: PainCheckIn) -> None:
    seen: list[object] = []
    dlg.answered.connect(seen.append)
    dlg.buttons[4].click()
    dlg.buttons[6].click()
    dlg.skip_button.click()
    assert seen == [4]
    assert dlg.value() == 4


@pytest.mark.parametrize("digit", list(range(10)))
def test_one_digit_answers_at_once(qtbot, dlg: PainCheckIn, digit: int) -> None:
    with qtbot.waitSignal(dlg.answered) as blocker:
        qtbot.keyClicks(QApplication.focusWidget(), str(digit))
    assert blocker.args == [digit]
    assert dlg.value() == digit


def test_end_then_enter_answers_ten(qtbot, dlg: PainCheckIn) -> None:
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_End)
    assert dlg.buttons[10].hasFocus() and dlg.value() is None
    with qtbot.waitSignal(dlg.answered) as blocker:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert blocker.args == [10]


def test_arrow_keys_move_and_space_answers(qtbot, dlg: PainCheckIn) -> None:
    qtbot.keyClick(dlg.buttons[0], Qt.Key.Key_Left)
    assert dlg.buttons[0].hasFocus()  # stays at the end
    for _ in range(3):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Right)
    assert dlg.buttons[3].hasFocus()
    with qtbot.waitSignal(dlg.answered) as blocker:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
    assert blocker.args == [3]


def test_every_control_has_an_accessible_name(dlg: PainCheckIn) -> None:
    buttons = dlg.findChildren(QPushButton)
    assert len(buttons) == 12
    names = [b.accessibleName() for b in buttons]
    assert all(names)
    assert len(set(names)) == 12
    assert dlg.buttons[7].accessibleName() == "Pain 7 out of 10"
    assert dlg.accessibleName()


def test_the_question_says_before_or_after(qtbot) -> None:
    before = PainCheckIn(Moment.BEFORE)
    after = PainCheckIn(Moment.AFTER)
    qtbot.addWidget(before)
    qtbot.addWidget(after)
    assert "before" in before.question.text()
    assert "after" in after.question.text()
    assert after.moment is Moment.AFTER


def test_ask_blocks_until_answered(qtbot) -> None:
    def answer() -> None:
        active = QApplication.activeModalWidget()
        assert isinstance(active, PainCheckIn)
        active.buttons[2].click()

    QTimer.singleShot(0, answer)
    assert PainCheckIn.ask(None, Moment.AFTER) == 2
