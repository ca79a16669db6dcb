"""The reminder settings widget: data in, edits out, the no-tray note."""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import QTime
from pytestqt.qtbot import QtBot

from backtimer.core.reminders import ReminderSchedule
from backtimer.ui.reminders_page import RemindersWidget, no_tray_text

MINE = ReminderSchedule(frozenset({3, 7}), time(7, 45), "Evening stretch", enabled=True)


def make(qtbot: QtBot) -> RemindersWidget:
    w = RemindersWidget()
    qtbot.addWidget(w)
    w.set_routines(["Morning back", "Evening stretch"])
    return w


def test_starts_with_the_default_schedule_and_off(qtbot: QtBot) -> None:
    w = make(qtbot)
    assert w.schedule() == ReminderSchedule()
    assert not w.days_widget.isEnabled()
    assert not w.time_edit.isEnabled() and not w.routine_box.isEnabled()
    assert [d for d, b in w.day_boxes.items() if b.isChecked()] == [1, 2, 4, 6]


def test_schedule_round_trips_without_emitting(qtbot: QtBot) -> None:
    w = make(qtbot)
    with qtbot.assertNotEmitted(w.changed):
        w.set_schedule(MINE)
    assert w.schedule() == MINE
    assert w.routine_box.currentText() == "Evening stretch"
    assert w.time_edit.isEnabled()


def test_each_edit_emits_the_new_schedule(qtbot: QtBot) -> None:
    w = make(qtbot)
    w.set_schedule(MINE)
    with qtbot.waitSignal(w.changed, timeout=1000) as blocker:
        w.day_boxes[1].click()
    assert blocker.args == [
        ReminderSchedule(frozenset({1, 3, 7}), time(7, 45), "Evening stretch", True)
    ]
    with qtbot.waitSignal(w.changed, timeout=1000) as blocker:
        w.time_edit.setTime(QTime(19, 30))
    assert blocker.args[0].time == time(19, 30)
    with qtbot.waitSignal(w.changed, timeout=1000) as blocker:
        w.routine_box.setCurrentIndex(0)
    assert blocker.args[0].routine == ""
    with qtbot.waitSignal(w.changed, timeout=1000) as blocker:
        w.enabled_box.click()
    assert blocker.args[0].enabled is False
    assert not w.days_widget.isEnabled()


def test_a_missing_routine_is_kept_and_marked(qtbot: QtBot) -> None:
    w = make(qtbot)
    w.set_schedule(ReminderSchedule(routine="Gone", enabled=True))
    assert w.schedule().routine == "Gone"
    assert "not found" in w.routine_box.currentText()
    w.set_routines(["Gone", "Morning back"])  # it came back
    assert w.routine_box.currentText() == "Gone"
    assert all("not found" not in w.routine_box.itemText(i) for i in range(w.routine_box.count()))
    w.set_schedule(ReminderSchedule(routine="Morning back"))
    assert w.routine_box.count() == 3  # the last used, Gone, Morning back


def test_no_tray_note(qtbot: QtBot) -> None:
    w = make(qtbot)
    assert not w.tray_note.isVisibleTo(w)
    w.set_tray_available(False)
    assert w.tray_note.isVisibleTo(w)
    assert w.tray_note.text() == no_tray_text()
    assert "No system tray here" in w.tray_note.text()
    w.set_tray_available(True)
    assert not w.tray_note.isVisibleTo(w)


def test_accessible_names(qtbot: QtBot) -> None:
    w = make(qtbot)
    for widget in (w.enabled_box, w.days_widget, w.time_edit, w.routine_box):
        assert widget.accessibleName()
    names = {b.accessibleName() for b in w.day_boxes.values()}
    assert len(names) == 7 and all(len(n) > 3 for n in names)  # full day names
