"""The player window, offscreen, driven by keys with a fake clock: what the screen shows."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt

from backtimer.app import App
from backtimer.core.clock import FakeClock
from backtimer.core.engine import State
from backtimer.core.model import Dosage, Item, Mode, Routine
from backtimer.core.report import SessionStatus
from backtimer.store.history import HistoryStore
from backtimer.ui.editor.page import EditorPage
from tests.player_fixtures import advance, open_page

SHORT = Routine(
    "Short test",
    "",
    3,
    (
        Item("cat-stretch", Dosage(Mode.PACED_REPS, reps=3, seconds_per_rep=2.0), 5, True),
        Item("heel-reach-rotation", Dosage(Mode.TIMED, seconds=4, per_side=True, switch_seconds=2)),
        Item("superman", Dosage(Mode.SELF_PACED_REPS, reps=10)),
    ),
    id="custom:test",
)


def screen(app: App) -> tuple[str, str, str]:
    v = app.view
    return v.countdown.text(), v.phase_label.text(), v.exercise_label.text()


def press(qtbot, app: App, key: Qt.Key) -> None:
    qtbot.keyClick(app.window, key)


@pytest.fixture
def shown(app: App, qtbot):
    app.window.show()
    app.window.activateWindow()
    qtbot.waitExposed(app.window)
    qtbot.waitUntil(lambda: app.window.isActiveWindow())
    app.controller.load(SHORT)
    return app


def test_a_short_routine_through_the_window(shown: App, fake_clock: FakeClock, qtbot) -> None:
    app = shown
    assert screen(app) == ("0:54", "Ready", "Cat stretch")  # the routine's planned length
    assert "Kneel on all fours" in app.view.instructions.text()
    press(qtbot, app, Qt.Key.Key_Space)
    assert screen(app) == ("0:03", "Get ready", "Cat stretch")
    assert app.view.actions_by_name["start"].text() == "Pause"
    advance(app, fake_clock, 3.05)
    assert screen(app) == ("1", "Rep 1 of 3", "Cat stretch")  # the rep is the main figure
    advance(app, fake_clock, 2.0)
    assert screen(app)[:2] == ("2", "Rep 2 of 3")
    advance(app, fake_clock, 4.0)  # into the rest: it shows what comes next
    assert screen(app) == ("0:05", "Rest", "Heel-reach side bend")
    assert app.view.upcoming_label.text() == "Next: Superman"
    advance(app, fake_clock, 5.0)
    assert screen(app) == ("0:04", "Work", "Heel-reach side bend")
    assert app.view.side_label.text() == "Left side"
    advance(app, fake_clock, 4.0)
    assert screen(app)[1] == "Switch to your right side"
    advance(app, fake_clock, 2.0)
    assert screen(app)[1] == "Work" and app.view.side_label.text() == "Right side"
    advance(app, fake_clock, 4.0)
    assert screen(app) == ("Done when ready", "10 reps at your pace", "Superman")
    advance(app, fake_clock, 30.0)  # self-paced: waits for Enter, counting up
    assert app.view.caption_label.text() == "10 reps · 0:30"
    press(qtbot, app, Qt.Key.Key_Return)
    assert app.controller.engine.state is State.FINISHED  # type: ignore[union-attr]
    assert app.view.phase_label.text() == "Routine completed"
    report = app.recorder.reports[-1]
    assert report.status is SessionStatus.COMPLETED
    assert report.exercised_seconds == pytest.approx(6 + 8 + 30, abs=0.2)
    app.recorder.flush()
    rows = HistoryStore(app.db).sessions()
    assert [(r.routine_name, r.status) for r in rows] == [("Short test", SessionStatus.COMPLETED)]


def test_pause_resume_skip_previous_restart_by_keyboard(
    shown: App, fake_clock: FakeClock, qtbot
) -> None:
    app = shown
    press(qtbot, app, Qt.Key.Key_Space)
    advance(app, fake_clock, 4.0)  # 1 s into the cat stretch
    press(qtbot, app, Qt.Key.Key_Space)
    assert "Paused" in app.view.status_label.text()
    before = screen(app)
    advance(app, fake_clock, 60.0)
    assert screen(app) == before  # nothing moves while paused
    press(qtbot, app, Qt.Key.Key_Space)
    assert app.view.status_label.text() == ""
    press(qtbot, app, Qt.Key.Key_Right)  # skip the cat stretch: into its rest
    assert screen(app)[1] == "Rest"
    press(qtbot, app, Qt.Key.Key_Left)  # back to the cat stretch, from the top
    assert screen(app) == ("1", "Rep 1 of 3", "Cat stretch")
    assert app.view.caption_label.text() == "of 3 · 0:06 left"
    advance(app, fake_clock, 3.0)
    press(qtbot, app, Qt.Key.Key_R)
    assert app.view.caption_label.text() == "of 3 · 0:06 left"
    press(qtbot, app, Qt.Key.Key_J)  # nothing selected in the queue: nothing happens
    app.view.queue.setCurrentIndex(app.view.queue_model.index(2))
    press(qtbot, app, Qt.Key.Key_J)
    assert screen(app)[2] == "Superman"
    rows = [app.view.queue_model.row(i).state.value for i in range(3)]
    assert rows == ["skipped", "skipped", "now"]


def test_it_hurts_skips_the_exercise_and_is_recorded(
    shown: App, fake_clock: FakeClock, qtbot, monkeypatch
) -> None:
    asked = []
    monkeypatch.setattr(
        "backtimer.ui.dialogs.ask_after_hurt", lambda w, name, easier: asked.append(name) or "skip"
    )
    app = shown
    press(qtbot, app, Qt.Key.Key_Space)
    advance(app, fake_clock, 4.0)
    press(qtbot, app, Qt.Key.Key_H)
    assert asked == ["Cat stretch"]
    assert screen(app)[2] == "Heel-reach side bend"
    assert app.view.queue_model.row(0).state.value == "hurt"


def test_it_hurts_then_end_is_stopped_for_pain(
    shown: App, fake_clock: FakeClock, qtbot, monkeypatch
) -> None:
    monkeypatch.setattr("backtimer.ui.dialogs.ask_after_hurt", lambda *a: "end")
    app = shown
    press(qtbot, app, Qt.Key.Key_Space)
    advance(app, fake_clock, 4.0)
    press(qtbot, app, Qt.Key.Key_H)
    assert app.recorder.reports[-1].status is SessionStatus.STOPPED_FOR_PAIN


def test_an_exercise_that_hurt_twice_is_flagged_before_it_comes(
    shown: App, fake_clock: FakeClock, qtbot, monkeypatch
) -> None:
    monkeypatch.setattr("backtimer.ui.dialogs.ask_after_hurt", lambda *a: "end")
    app = shown
    for _ in range(2):
        app.controller.load(SHORT)
        app.controller.start()
        advance(app, fake_clock, 4.0)
        app.controller.hurt()
    app.recorder.flush()
    app.controller.load(SHORT)
    warning = app.view.queue_model.row(0).warning
    assert "hurt in 2 of your last 2 sessions" in warning
    assert app.view.warning_label.text() == warning
    assert not app.view.warning_label.isHidden()


def test_escape_asks_before_ending(shown: App, fake_clock: FakeClock, qtbot, monkeypatch) -> None:
    answers = [False, True]
    monkeypatch.setattr("backtimer.ui.dialogs.confirm_stop", lambda w: answers.pop(0))
    app = shown
    press(qtbot, app, Qt.Key.Key_Space)
    advance(app, fake_clock, 2.0)
    press(qtbot, app, Qt.Key.Key_Escape)
    assert app.controller.engine.state is State.RUNNING  # type: ignore[union-attr]
    press(qtbot, app, Qt.Key.Key_Escape)
    assert app.recorder.reports[-1].status is SessionStatus.STOPPED


def test_sleep_pauses_and_says_why(shown: App, fake_clock: FakeClock, qtbot) -> None:
    app = shown
    press(qtbot, app, Qt.Key.Key_Space)
    advance(app, fake_clock, 4.0)
    fake_clock.sleep_for(1800)
    advance(app, fake_clock, 0.1)
    assert app.controller.engine.state is State.PAUSED  # type: ignore[union-attr]
    assert "asleep" in app.view.status_label.text()


def test_help_overlay_lists_every_key(shown: App, qtbot) -> None:
    app = shown
    assert app.controller._help is None  # made when first asked for (memory)
    press(qtbot, app, Qt.Key.Key_F1)
    assert app.controller.help.isVisible()
    text = app.controller.help.label.text()
    for key in ("Space", "Left", "Right", "R", "Return", "H", "Esc", "F", "F1"):
        assert f"<b>{key}" in text or f"/ {key}" in text, key
    qtbot.keyClick(app.controller.help, Qt.Key.Key_A)
    assert not app.controller.help.isVisible()


def test_every_control_has_a_tooltip_with_its_shortcut(app: App) -> None:
    for name, act in app.view.actions_by_name.items():
        assert "(" in act.toolTip() and act.shortcut().toString(), name


def test_choosing_a_routine_while_running_is_refused(
    shown: App, fake_clock: FakeClock, qtbot
) -> None:
    app = shown
    app.controller.start()
    other = replace(SHORT, name="Other")
    messages: list[str] = []
    app.controller.message.connect(messages.append)
    assert not app.controller.load(other)
    assert messages and "Stop the current session" in messages[0]


def test_pain_before_and_after_is_kept(
    shown: App, fake_clock: FakeClock, qtbot, monkeypatch
) -> None:
    from backtimer.settings import ASK_PAIN
    from backtimer.ui.player.pain_checkin import Moment, PainCheckIn

    answers = {Moment.BEFORE: 6, Moment.AFTER: 3}
    monkeypatch.setattr(PainCheckIn, "ask", classmethod(lambda cls, parent, m: answers[m]))
    app = shown
    app.settings.set(ASK_PAIN, True)
    press(qtbot, app, Qt.Key.Key_Space)
    advance(app, fake_clock, 30)
    press(qtbot, app, Qt.Key.Key_Return)
    app.recorder.flush()
    [row] = HistoryStore(app.db).sessions()
    assert (row.pain_before, row.pain_after) == (6, 3)


def test_a_due_reminder_without_a_tray_opens_the_routine_in_the_window(shown: App) -> None:
    app = shown
    app.reminders.notifier = None  # no desktop notification service in this test
    app.start_reminders()
    assert not app.tray.available  # offscreen has no tray
    app.reminders.service.due.emit("builtin:gentle-start")
    assert app.controller.routine is not None
    assert app.controller.routine.name == "Gentle start after back pain"
    assert "Time for your back routine" in app.window.statusBar().currentMessage()


def test_a_routine_made_in_the_editor_runs_in_the_player(shown: App, fake_clock: FakeClock) -> None:
    app = shown
    saved = app.routine_store.save(replace(SHORT, id="", name="Mine", builtin=False))
    editor = open_page(app, 1, EditorPage)  # Routines: built on first show
    editor.run_requested.emit(saved)
    assert app.window.tabs.currentIndex() == 0
    assert app.controller.routine == saved
    app.controller.start()
    advance(app, fake_clock, 3 + 6 + 5 + 4 + 2 + 4 + 1)
    app.controller.done()
    report = app.recorder.reports[-1]
    assert report.status is SessionStatus.COMPLETED and report.routine_name == "Mine"
    assert [s.exercise_id for s in report.steps] == [
        "cat-stretch",
        "heel-reach-rotation",
        "heel-reach-rotation",
        "superman",
    ]


def test_a_custom_exercise_shows_its_own_picture(shown: App, tmp_path) -> None:
    from PySide6.QtGui import QColor, QImage

    from backtimer.core.model import Exercise, Level, Position
    from backtimer.illustration.pictures import import_picture

    img = tmp_path / "mine.png"
    q = QImage(40, 30, QImage.Format.Format_RGB32)
    q.fill(QColor("orange"))
    q.save(str(img))
    name = import_picture(img, app_dir := shown.data_dir)
    ex = Exercise(
        "my-bridge", "My bridge", "", ("Lift",), (), Position.SUPINE, (), Level.HOME,
        False, Dosage(Mode.TIMED, seconds=10), (), "", custom=True, picture=name,
    )  # fmt: skip
    routine = Routine(
        "Pic", "", 0, (Item("my-bridge", Dosage(Mode.TIMED, seconds=10)),), custom_exercises=(ex,)
    )
    shown.controller.load(routine)
    widget = shown.figure.widget
    assert widget._picture_kind() is not None
    assert (app_dir / "pictures" / name).exists()
