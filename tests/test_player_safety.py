"""The player's safety panel and questions (issue 12), offscreen, with a fake clock."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from backtimer.app import App
from backtimer.core.clock import FakeClock
from backtimer.core.engine import State
from backtimer.core.model import Dosage, Item, Mode, Routine
from backtimer.core.safety import PainChoice
from backtimer.settings import ASK_PAIN, LOADED_NOTICE_DISMISSED
from tests.player_fixtures import advance, engine_state

LOADED = Routine(
    "Loaded test",
    "Start light. Ask your doctor first.",
    3,
    (
        Item("cat-stretch", Dosage(Mode.PACED_REPS, reps=2, seconds_per_rep=2.0), 5, True),
        Item("hyperextension", Dosage(Mode.PACED_REPS, reps=2, seconds_per_rep=2.0), 5),
        Item("deadlift", Dosage(Mode.SELF_PACED_REPS, reps=2), 0, False, "Light bar today."),
    ),
    id="custom:loaded",
)


def panel_text(app: App) -> str:
    """The safety notes above the figure and the exercise details beside it."""
    return app.view.safety_notes.plain_text() + "\n" + app.view.exercise_details.plain_text()


@pytest.fixture
def loaded(app: App) -> App:
    app.controller.load(LOADED)
    return app


def test_every_safety_line_of_the_exercise_is_shown(loaded: App, fake_clock: FakeClock) -> None:
    app = loaded
    app.controller.start()
    advance(app, fake_clock, 3.0 + 4.0 + 1.0)  # lead-in, cat stretch, into the rest
    hyper = app.catalogue.exercise("hyperextension")
    assert app.view.exercise_label.text() == "Hyperextension"
    text = panel_text(app)
    assert len(hyper.safety) == 3
    for line in hyper.safety:
        assert line in text, line
    assert "only with a spotter" in text or "spotter holding your legs" in text
    assert "Lower Back Strengthening Exercises" in text or "Exercises for Lower Back" in text
    assert hyper.dosage_note in text


def test_loaded_exercises_are_marked_in_the_queue(loaded: App) -> None:
    rows = [loaded.view.queue_model.row(i).dosage for i in range(3)]
    assert "loaded" not in rows[0] and "loaded" in rows[1] and "loaded" in rows[2]


def test_loaded_notice_before_it_starts_and_dismissed_for_good(
    loaded: App, fake_clock: FakeClock, qtbot
) -> None:
    app = loaded
    panel = app.view.safety_notes
    app.controller.start()
    advance(app, fake_clock, 3.0 + 4.0 + 1.0)  # the rest before the hyperextension
    assert app.controller.engine.snapshot().step.kind.value == "rest"  # type: ignore[union-attr]
    assert panel.loaded_label.isVisibleTo(panel)
    assert "needs a hyperextension bench, or a couch with a spotter" in panel.loaded_label.text()
    qtbot.mouseClick(panel.dismiss_button, Qt.MouseButton.LeftButton)
    assert not panel.loaded_label.isVisibleTo(panel)
    assert "hyperextension" in app.settings.get(LOADED_NOTICE_DISMISSED).split(",")
    advance(app, fake_clock, 5.0 + 4.0 + 1.0)  # into the rest before the deadlift
    assert panel.loaded_label.isVisibleTo(panel)
    assert "barbell" in panel.loaded_label.text() and "light bar" in panel.loaded_label.text()
    assert "Light bar today." in panel_text(app), "the item's note is shown"
    advance(app, fake_clock, 5.0)
    app.controller.done()  # the self-paced deadlift: the session ends
    assert app.controller.engine.state is State.FINISHED  # type: ignore[union-attr]
    app.controller.load(LOADED)  # next time: the dismissed one stays quiet
    app.controller.start()
    advance(app, fake_clock, 3.0 + 4.0 + 1.0)
    assert app.view.exercise_label.text() == "Hyperextension"
    assert not panel.loaded_label.isVisibleTo(panel)


def test_routine_description_is_reachable(loaded: App, qtbot, monkeypatch) -> None:
    shown = []
    monkeypatch.setattr(
        "backtimer.ui.player.safety.show_routine_about",
        lambda w, routine, titles: shown.append((routine.description, tuple(titles))),
    )
    qtbot.mouseClick(loaded.view.exercise_details.routine_button, Qt.MouseButton.LeftButton)
    assert shown == [("Start light. Ask your doctor first.", shown[0][1])]
    assert all(".txt" not in t for t in shown[0][1]) and shown[0][1]


@pytest.mark.parametrize("rating", [7, 8, 10])
def test_high_pain_before_offers_gentle_start_or_not_today(
    app: App, rating: int, monkeypatch
) -> None:
    app.settings.set(ASK_PAIN, True)
    monkeypatch.setattr("backtimer.ui.player.pain_checkin.PainCheckIn.ask", lambda *a, **k: rating)
    asked = []
    monkeypatch.setattr(
        "backtimer.ui.player.safety.ask_pain_advice",
        lambda w, advice: asked.append(advice.message) or PainChoice.NOT_TODAY,
    )
    app.controller.load(LOADED)
    app.controller.start()
    assert len(asked) == 1 and f"({rating} of 10)" in asked[0]
    assert app.controller.engine.state is State.READY  # type: ignore[union-attr]
    assert app.recorder.reports == []

    monkeypatch.setattr(
        "backtimer.ui.player.safety.ask_pain_advice", lambda w, advice: PainChoice.GENTLE_START
    )
    app.controller.start()
    assert app.controller.routine is not None
    assert app.controller.routine.id == "builtin:gentle-start"
    assert engine_state(app) is State.RUNNING


def test_moderate_dull_pain_before_starts_without_advice(app: App, monkeypatch) -> None:
    app.settings.set(ASK_PAIN, True)
    monkeypatch.setattr("backtimer.ui.player.pain_checkin.PainCheckIn.ask", lambda *a, **k: 6)
    asked_sharp = []
    app.controller.safety.ask_sharp = lambda w: asked_sharp.append(1) or False
    monkeypatch.setattr(
        "backtimer.ui.player.safety.ask_pain_advice",
        lambda *a: pytest.fail("no advice for dull pain below 7"),
    )
    app.controller.load(LOADED)
    app.controller.start()
    assert asked_sharp == [1]
    assert app.controller.engine.state is State.RUNNING  # type: ignore[union-attr]


def test_moderate_sharp_pain_before_advises_waiting(app: App, monkeypatch) -> None:
    app.settings.set(ASK_PAIN, True)
    monkeypatch.setattr("backtimer.ui.player.pain_checkin.PainCheckIn.ask", lambda *a, **k: 5)
    app.controller.safety.ask_sharp = lambda w: True
    asked = []
    monkeypatch.setattr(
        "backtimer.ui.player.safety.ask_pain_advice",
        lambda w, advice: asked.append(advice.message) or PainChoice.NOT_TODAY,
    )
    app.controller.load(LOADED)
    app.controller.start()
    assert len(asked) == 1 and "sharp" in asked[0]
    assert app.controller.engine.state is State.READY  # type: ignore[union-attr]


def test_low_pain_asks_nothing(app: App, monkeypatch) -> None:
    app.settings.set(ASK_PAIN, True)
    monkeypatch.setattr("backtimer.ui.player.pain_checkin.PainCheckIn.ask", lambda *a, **k: 3)
    app.controller.safety.ask_sharp = lambda w: pytest.fail("asked")
    app.controller.load(LOADED)
    app.controller.start()
    assert app.controller.engine.state is State.RUNNING  # type: ignore[union-attr]


def test_skipping_the_warm_up_asks_once(loaded: App, fake_clock: FakeClock, qtbot) -> None:
    app = loaded
    answers = [False]
    app.controller.safety.ask_skip = lambda w: answers.pop(0)
    app.controller.start()
    advance(app, fake_clock, 3.5)  # in the cat stretch (the warm-up)
    app.controller.skip()
    assert app.view.exercise_label.text() == "Cat stretch" and answers == []
    app.controller.skip()  # asked once: the second skip goes ahead
    assert app.controller.engine.snapshot().step.kind.value == "rest"  # type: ignore[union-attr]


def test_skipping_the_rest_after_the_warm_up_asks_nothing(
    loaded: App, fake_clock: FakeClock, qtbot
) -> None:
    app = loaded
    app.controller.safety.ask_skip = lambda w: pytest.fail("asked")
    app.controller.start()
    app.controller.skip()  # the get-ready: nothing of the warm-up is cut short
    while app.controller.engine.snapshot().step.kind.value != "rest":  # type: ignore[union-attr]
        advance(app, fake_clock, 1.0)  # the warm-up runs to its end
    assert app.controller.engine.snapshot().step.item_index == 0  # type: ignore[union-attr]
    app.controller.skip()
    assert app.controller.engine.snapshot().step.item_index == 1  # type: ignore[union-attr]


def test_progression_suggested_after_three_comfortable_sessions(
    app: App, fake_clock: FakeClock, qtbot
) -> None:
    quick = Routine(
        "Quick",
        "",
        0,
        (Item("cat-stretch", Dosage(Mode.PACED_REPS, reps=1, seconds_per_rep=2.0), 0, True),),
        id="builtin:gentle-start",
    )
    for n in range(3):
        app.controller.load(quick)
        app.controller.start()
        advance(app, fake_clock, 2.5)
        assert app.controller.engine.state is State.FINISHED  # type: ignore[union-attr]
        text = app.view.safety_notes.progress_label.text()
        if n < 2:
            assert text == ""
    assert text.startswith("3 comfortable sessions of Quick in a row")
    assert "Back fundamentals" in text
