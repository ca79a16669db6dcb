"""Every phase of the player, driven with the fake clock: the main figure's text, which
actions are enabled, the queue's current row, and the summary's figures."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from backtimer.app import App
from backtimer.core.clock import FakeClock
from backtimer.core.engine import State
from backtimer.core.model import Dosage, Item, Mode, Routine
from backtimer.core.presenter import ACTIONS, Tone
from backtimer.core.report import SessionStatus
from backtimer.ui.player.queue_model import RowState
from tests.player_fixtures import advance, engine_state

PHASES = Routine(
    "Every phase",
    "",
    3,
    (
        Item("cat-stretch", Dosage(Mode.PACED_REPS, reps=3, seconds_per_rep=2.0), 5, True),
        Item("heel-reach-rotation", Dosage(Mode.TIMED, seconds=4, per_side=True, switch_seconds=2)),
        Item(
            "abdominal-drawing-in",
            Dosage(Mode.HOLDS, holds=2, hold_seconds=3, hold_rest_seconds=2),
        ),
        Item("superman", Dosage(Mode.SELF_PACED_REPS, reps=10)),
    ),
    id="custom:phases",
)
# Timeline from Start: get ready 0-3, cat stretch reps 3-9 (a rep every 2 s), rest 9-14,
# heel-reach left 14-18, switch 18-20, right 20-24, hold 24-27, rest 27-29, hold 29-32,
# superman from 32 until Done.

RUNNING = {"start", "previous", "skip", "restart", "hurt", "stop", "jump"}
IDLE = {"start", "jump"}


def figure(app: App) -> str:
    return app.view.countdown.text()


def enabled(app: App) -> set[str]:
    return {n for n in ACTIONS if app.view.actions_by_name[n].isEnabled()}


def now_rows(app: App) -> list[int]:
    m = app.view.queue_model
    return [i for i in range(m.rowCount()) if m.row(i).state is RowState.NOW]


def states(app: App) -> list[str]:
    m = app.view.queue_model
    return [m.row(i).state.value for i in range(m.rowCount())]


@pytest.fixture
def player(app: App, qtbot, monkeypatch):
    summaries = []
    app.controller._show_summary = lambda parent, facts: summaries.append(facts)
    app.summaries = summaries  # type: ignore[attr-defined]
    app.window.show()
    qtbot.waitExposed(app.window)
    app.window.activateWindow()
    qtbot.waitUntil(lambda: app.window.isActiveWindow())
    app.controller.load(PHASES)
    return app


def test_every_phase_of_a_completed_session(
    player: App, fake_clock: FakeClock, qtbot, monkeypatch
) -> None:
    app, v, c = player, player.view, player.controller
    said: list[str] = []
    titles: list[str] = []
    monkeypatch.setattr(v, "announce", said.append)
    c.title_changed.connect(titles.append)

    # Ready: the routine's length; only Start (and going to an item) apply.
    assert figure(app) == "1:02"  # 32 s of timed steps + 10 self-paced reps planned at 3 s
    assert v.phase_label.text() == "Ready"
    assert v.exercise_label.text() == "Cat stretch"
    assert enabled(app) == IDLE
    assert v.buttons["start"].text() == "Start"
    assert now_rows(app) == [0]
    assert v.upcoming_label.text() == "Next: Heel-reach side bend"  # never the current item
    assert not v.next_figure.isHidden()  # the next exercise's figure, in its card

    qtbot.keyClick(app.window, Qt.Key.Key_Space)
    advance(app, fake_clock, 1.0)  # Get ready
    assert (figure(app), v.phase_label.text()) == ("0:02", "Get ready")
    assert enabled(app) == RUNNING
    assert v.buttons["start"].text() == "Pause"
    assert now_rows(app) == [0]

    advance(app, fake_clock, 4.5)  # t = 5.5: paced reps, the rep number is the figure
    assert figure(app) == "2"
    assert v.phase_label.text() == "Rep 2 of 3"
    assert v.caption_label.text() == "of 3 · 0:04 left"
    assert enabled(app) == RUNNING  # Done is only for reps at one's own pace
    assert now_rows(app) == [0]
    assert v.countdown.tone() is Tone.WORK

    advance(app, fake_clock, 4.5)  # t = 10: rest; the screen and the queue show what comes
    assert (figure(app), v.phase_label.text()) == ("0:04", "Rest")
    assert v.exercise_label.text() == "Heel-reach side bend"
    assert now_rows(app) == [1]
    assert states(app)[0] == "done"
    assert v.upcoming_label.text() == "Next: Abdominal drawing-in"

    advance(app, fake_clock, 5.0)  # t = 15: work, left side
    assert (figure(app), v.phase_label.text(), v.side_label.text()) == (
        "0:03",
        "Work",
        "Left side",
    )
    assert v.upcoming_label.text() == "Next: Right side"
    assert app.figure.widget._side.value == "left"

    advance(app, fake_clock, 4.0)  # t = 19: switch sides says which side comes
    assert (figure(app), v.phase_label.text(), v.side_label.text()) == (
        "0:01",
        "Switch to your right side",
        "Right side",
    )
    assert now_rows(app) == [1]
    assert app.figure.widget._side.value == "right"

    advance(app, fake_clock, 6.0)  # t = 25: hold
    assert (figure(app), v.phase_label.text()) == ("0:02", "Hold 1 of 2")
    assert v.countdown.tone() is Tone.HOLD
    assert now_rows(app) == [2]
    assert v.upcoming_label.text() == "Next: Superman"

    qtbot.keyClick(app.window, Qt.Key.Key_Space)  # paused: nothing moves
    advance(app, fake_clock, 60.0)
    assert figure(app) == "0:02"
    assert v.status_label.text() == "Paused. Press Space to go on."
    assert v.buttons["start"].text() == "Resume"
    assert enabled(app) == RUNNING
    assert now_rows(app) == [2]
    qtbot.keyClick(app.window, Qt.Key.Key_Space)

    advance(app, fake_clock, 8.0)  # t = 33: self-paced reps
    assert figure(app) == "Done when ready"
    assert v.phase_label.text() == "10 reps at your pace"
    assert enabled(app) == RUNNING | {"done"}
    assert now_rows(app) == [3]
    assert v.upcoming_label.text() == "This is the last exercise"
    assert v.next_figure.isHidden()  # no empty square: the card's text takes its width

    qtbot.keyClick(app.window, Qt.Key.Key_Return)  # finished
    assert c.engine.state is State.FINISHED  # type: ignore[union-attr]
    assert figure(app) == "Done"
    assert v.phase_label.text() == "Routine completed"
    assert enabled(app) == IDLE
    assert v.buttons["start"].text() == "Start again"
    assert now_rows(app) == []
    assert states(app) == ["done"] * 4
    assert v.countdown.tone() is Tone.DONE and v.countdown.progress() == 1.0

    [facts] = app.summaries  # type: ignore[attr-defined]
    assert facts.counts == (4, 0, 0)  # exercises, not steps (there were 6 exercise steps)
    assert len(facts.report.steps) == 6
    assert facts.report.exercised_seconds == pytest.approx(6 + 8 + 6 + 1, abs=0.2)
    assert facts.week is not None and facts.week.sessions == 1
    # After the summary the page is not blank: it says what happened.
    assert v.status_label.text().startswith("Routine completed: 4 done, 0 skipped, 0 hurt")
    assert v.exercise_label.text() == "Every phase"

    # The title changed at phase changes only; one announcement per phase.
    assert titles[0] == "Cat stretch · Get ready" and titles[-1] == ""
    assert titles.count("Cat stretch · Work") == 1  # not once per rep or second
    assert said == [
        "Get ready. First: Cat stretch.",
        "Cat stretch: Work.",
        "Rest. Next: Heel-reach side bend.",
        "Heel-reach side bend: Work · Left side.",
        "Switch to your right side.",
        "Heel-reach side bend: Work · Right side.",
        "Abdominal drawing-in: Hold 1 of 2.",
        "Paused.",
        "Abdominal drawing-in: Hold 1 of 2.",
        "Rest between holds.",
        "Abdominal drawing-in: Hold 2 of 2.",
        "Superman: 10 reps at your pace.",
        "Routine completed. Well done.",
    ]


def test_hurt_then_stopped(player: App, fake_clock: FakeClock, qtbot, monkeypatch) -> None:
    app, v = player, player.view
    seen: dict[str, object] = {}

    def ask(widget, name, easier):  # the question is on screen: look at the page under it
        seen["figure"] = figure(app)
        seen["enabled"] = enabled(app)
        seen["rows"] = now_rows(app)
        seen["status"] = v.status_label.text()
        seen["tone"] = v.countdown.tone()
        return "skip"

    monkeypatch.setattr("backtimer.ui.dialogs.ask_after_hurt", ask)
    monkeypatch.setattr("backtimer.ui.dialogs.confirm_stop", lambda w: True)
    qtbot.keyClick(app.window, Qt.Key.Key_Space)
    advance(app, fake_clock, 4.0)  # 1 s into the cat stretch (rep 1, 5 s left)
    qtbot.keyClick(app.window, Qt.Key.Key_H)
    assert seen == {
        "figure": "1",
        "enabled": {"stop"},
        "rows": [0],
        "status": "Stopped because it hurts.",
        "tone": Tone.HURT,
    }
    assert states(app)[0] == "hurt"
    assert now_rows(app) == [1]  # skipped to the rest before the next exercise
    advance(app, fake_clock, 6.0)  # into heel-reach, left side
    qtbot.keyClick(app.window, Qt.Key.Key_Escape)  # stopped
    assert figure(app) == "Stopped"
    assert v.phase_label.text() == "Session stopped; something hurt"
    assert enabled(app) == IDLE
    assert states(app) == ["hurt", "skipped", "next", "next"]
    # A stopped session is not drawn as a success.
    assert v.countdown.tone() is Tone.STOPPED and v.countdown.progress() < 0.5
    [facts] = app.summaries  # type: ignore[attr-defined]
    assert facts.report.status is SessionStatus.STOPPED
    assert facts.counts == (0, 1, 1)
    assert facts.not_reached == 2
    assert v.status_label.text().startswith("Session stopped; something hurt: 0 done, 1 skipped")


def test_skip_inside_an_exercise_counts_it_skipped(player: App, fake_clock: FakeClock) -> None:
    app, c = player, player.controller
    c.start()
    advance(app, fake_clock, 25.0)  # first hold of the drawing-in
    c.skip()
    advance(app, fake_clock, 30.0)
    c.done()
    [facts] = app.summaries  # type: ignore[attr-defined]
    assert facts.counts == (3, 1, 0)
    assert states(app) == ["done", "done", "skipped", "done"]


def test_it_hurts_while_getting_ready_ends_plainly(player: App, fake_clock: FakeClock) -> None:
    app, c = player, player.controller
    messages: list[str] = []
    c.message.connect(messages.append)
    c.start()
    advance(app, fake_clock, 1.0)
    c.hurt()
    assert c.engine.state is State.STOPPED  # type: ignore[union-attr]
    assert messages and "does not apply" not in messages[-1] and "'" not in messages[-1]


def test_a_refused_action_is_said_plainly(player: App) -> None:
    messages: list[str] = []
    player.controller.message.connect(messages.append)
    player.controller.done()  # Ready: nothing to finish
    assert messages == ["That does not apply right now."]


def test_a_focused_button_takes_space_and_enter(player: App, fake_clock: FakeClock, qtbot) -> None:
    app, v, c = player, player.view, player.controller
    c.start()
    advance(app, fake_clock, 4.0)  # in the cat stretch
    v.buttons["skip"].setFocus()
    qtbot.waitUntil(lambda: v.buttons["skip"].hasFocus())
    qtbot.keyClick(v.buttons["skip"], Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: v.phase_label.text() == "Rest")
    assert c.engine.state is State.RUNNING  # type: ignore[union-attr]  # Space did not pause
    v.buttons["previous"].setFocus()
    qtbot.keyClick(v.buttons["previous"], Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: v.exercise_label.text() == "Cat stretch")
    assert c.engine.state is State.RUNNING  # type: ignore[union-attr]
    # With no button focused, Space is the page's pause.
    v.countdown.setFocus()
    QApplication.processEvents()
    qtbot.keyClick(app.window, Qt.Key.Key_Space)
    assert engine_state(app) is State.PAUSED


def test_labels_show_their_text_to_assistive_technology(player: App) -> None:
    from PySide6.QtGui import QAccessible

    v = player.view
    for label in (v.exercise_label, v.phase_label, v.upcoming_label, v.left_label):
        assert label.accessibleName() == ""  # so the visible text is the name
        assert label.accessibleDescription()
        iface = QAccessible.queryAccessibleInterface(label)
        assert iface.text(QAccessible.Text.Name) == label.text() != ""
    iface = QAccessible.queryAccessibleInterface(v.countdown)
    assert iface.text(QAccessible.Text.Name) == "1:02"
    assert iface.text(QAccessible.Text.Description) == "Length of the routine"


def test_the_summary_shows_pain_and_the_week(player: App, fake_clock: FakeClock) -> None:
    from backtimer.ui.player.summary import SummaryDialog, rows

    app, c = player, player.controller
    c._ask_pain = {"before": 6, "after": 3}.get
    c.start()
    advance(app, fake_clock, 33.0)
    c.done()
    [facts] = app.summaries  # type: ignore[attr-defined]
    shown = dict(rows(facts))
    assert shown["Pain before"] == "6 of 10" and shown["Pain after"] == "3 of 10"
    assert shown["Exercises done"] == "4 of 4"
    assert shown["This week"] == "1 of 4 sessions"  # the default goal is 4 a week
    assert shown["Weekly goal streak"] == "none yet"
    dlg = SummaryDialog(facts, app.view)
    assert dlg.values["Pain before"].text() == "6 of 10"
    assert dlg.headline.text() == "Routine completed"


@pytest.mark.parametrize(
    ("weeks", "goal", "expected"),
    [
        ([], 4, (0, 4, 0)),
        ([4, 5, 1, 4, 2], 4, (2, 4, 1)),  # this week is short of the goal: it does not count yet
        ([4, 4, 4], 4, (4, 4, 3)),
        ([3, 0, 4], 3, (4, 3, 1)),
    ],
)
def test_week_progress(weeks: list[int], goal: int, expected: tuple[int, int, int]) -> None:
    from backtimer.core.report import week_progress

    w = week_progress(weeks, goal)
    assert (w.sessions, w.goal, w.streak) == expected


def test_the_summary_grows_with_the_page(player: App, fake_clock: FakeClock) -> None:
    from backtimer.ui.player.summary import SummaryDialog

    c = player.controller
    c.start()
    advance(player, fake_clock, 33.0)
    c.done()
    [facts] = player.summaries  # type: ignore[attr-defined]
    dlg = SummaryDialog(facts, player.view)
    small = dlg.values["Exercises done"].fontInfo().pixelSize()
    dlg.scale_type(1.0)  # the player's type scale in mat mode at 1920 x 1080
    assert dlg.values["Exercises done"].fontInfo().pixelSize() >= 36 > small
