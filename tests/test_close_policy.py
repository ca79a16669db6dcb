"""What closing the window does: hide in the tray, ask, or close."""

from __future__ import annotations

from backtimer.app import App
from backtimer.core.engine import State
from backtimer.core.report import SessionStatus
from backtimer.settings import CLOSE_TO_TRAY
from backtimer.ui.player.close_policy import ClosePolicy
from tests.player_fixtures import engine_state


def _shown(app: App, qtbot) -> None:
    app.window.show()
    qtbot.waitExposed(app.window)


def test_close_to_tray_hides_and_quit_really_closes(app: App, qtbot) -> None:
    policy = ClosePolicy(app.window, app.controller, app.settings, tray_available=lambda: True)
    app.window.hide_on_close = policy.hides
    _shown(app, qtbot)
    app.window.close()
    assert not app.window.isVisible()  # closed: no tray setting yet
    _shown(app, qtbot)
    app.settings.set(CLOSE_TO_TRAY, True)
    with qtbot.waitSignal(app.window.hidden_on_close, timeout=1000):
        assert not app.window.close()  # refused, hidden instead
    assert not app.window.isVisible()
    _shown(app, qtbot)
    policy.quit()
    assert not app.window.isVisible()
    assert policy.hides()  # quitting was only for that one close


def test_without_a_tray_the_setting_cannot_strand_the_window(app: App) -> None:
    app.settings.set(CLOSE_TO_TRAY, True)
    assert not app.close_policy.hides()  # offscreen: no tray to come back from


def test_a_running_session_is_asked_about_and_kept_as_stopped(app: App, qtbot) -> None:
    answers: list[bool] = [False, True]
    policy = ClosePolicy(
        app.window, app.controller, app.settings, confirm_stop=lambda w: answers.pop(0)
    )
    app.controller.start()
    assert not policy.can_close() and app.controller.running
    assert policy.can_close() and not app.controller.running
    assert app.recorder.reports[-1].status is SessionStatus.STOPPED


def test_the_countdown_waits_while_closing_asks(app: App, qtbot) -> None:
    states: list[State] = []

    def ask(_window: object) -> bool:
        states.append(engine_state(app))
        return False

    policy = ClosePolicy(app.window, app.controller, app.settings, confirm_stop=ask)
    app.controller.start()
    assert not policy.can_close()
    assert states == [State.PAUSED]  # paused while the question was open
    assert engine_state(app) is State.RUNNING
    app.controller.toggle()  # paused by the person: stays paused after a no
    assert not policy.can_close()
    assert engine_state(app) is State.PAUSED


def test_a_guard_keeps_the_window_open(app: App) -> None:
    policy = ClosePolicy(app.window, app.controller, app.settings)
    verdict = [False]
    policy.add_guard(lambda: verdict[0])
    assert not policy.can_close()
    verdict[0] = True
    assert policy.can_close()
