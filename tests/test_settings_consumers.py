"""Every setting in the registry reaches the running app.

``CONSUMERS`` maps each setting's key to a check that changes it the way a person does
(the settings dialog, the reminders dialog, the player's own controls) and looks for the
effect in the app. ``test_every_setting_has_a_consumer`` walks the registry: a new setting
without a check here (and so, most likely, without a consumer) fails it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from backtimer import autostart, reminders_settings, settings, startup
from backtimer.app import App
from backtimer.core.reminders import ReminderSchedule
from backtimer.settings import Setting
from backtimer.ui import dialogs
from backtimer.ui.editor.page import EditorPage
from backtimer.ui.history.page import HistoryPage
from backtimer.ui.player.countdown import is_dark
from backtimer.ui.settings_dialog import SettingsDialog
from backtimer.ui.theme import ThemeApplier
from tests.player_fixtures import open_page

REGISTRY: tuple[Setting[Any], ...] = (*settings.ALL, *reminders_settings.ALL)


class FakeVoice:
    """Stands in for the speech child process (``backtimer.ui.voice.Voice``)."""

    def __init__(self, parent: object = None) -> None:
        from PySide6.QtCore import QObject, Signal

        class _Signals(QObject):
            ready = Signal()
            failed = Signal(str)

        self._signals = _Signals()
        self.ready, self.failed = self._signals.ready, self._signals.failed
        self.chosen: list[str] = []
        self.running = False

    def start(self) -> None:
        self.running = True
        self.ready.emit()

    def stop(self) -> None:
        self.running = False

    def deleteLater(self) -> None:
        pass

    def is_ready(self) -> bool:
        return self.running

    def say(self, text: str) -> bool:
        return True

    def set_voice(self, name: str) -> bool:
        self.chosen.append(name)
        return True

    def available_voices(self) -> list[str]:
        return ["Anna", "Bert"]


def in_dialog(app: App, **controls: Any) -> None:
    """Open the settings dialog as the menu does, set controls, press OK."""
    dlg: SettingsDialog = app.settings_ui.open()
    for name, value in controls.items():
        widget = getattr(dlg, name)
        if hasattr(widget, "setChecked") and isinstance(value, bool):
            widget.setChecked(value)
        elif hasattr(widget, "findData"):
            widget.setCurrentIndex(widget.findData(value))
        else:
            widget.setValue(value)
    dlg.accept()


# ---------------------------------------------------------------- the checks
def sound_on(app: App, qtbot) -> None:
    app.sound.start()
    assert app.sound.player is not None and not app.sound.player.is_muted()
    in_dialog(app, sound_on=False)
    assert app.sound.player.is_muted() and not app.view.mute_box.isChecked()


def volume(app: App, qtbot) -> None:
    app.sound.start()
    in_dialog(app, volume=35)
    assert app.sound.player is not None and app.sound.player.volume() == pytest.approx(0.35)
    assert app.view.volume.value() == 35


def voice_on(app: App, qtbot) -> None:
    app.start_sound()
    assert app.voice.voice is None  # off by default: no speech process
    in_dialog(app, voice_on=True)
    assert isinstance(app.voice.voice, FakeVoice) and app.voice.voice.running
    in_dialog(app, voice_on=False)
    assert app.voice.voice is None


def voice_name(app: App, qtbot) -> None:
    in_dialog(app, voice_on=True)
    voice = app.voice.voice
    assert isinstance(voice, FakeVoice) and voice.chosen == []  # system default
    in_dialog(app, voice_name="Bert")
    assert voice.chosen == ["Bert"]


def _editor(app: App) -> EditorPage:
    return open_page(app, 1, EditorPage)


def lead_in(app: App, qtbot) -> None:
    editor = _editor(app)
    in_dialog(app, lead_in=25)
    editor.routine_actions.new_routine()
    assert editor.draft.routine().lead_in_seconds == 25


def default_rest(app: App, qtbot) -> None:
    editor = _editor(app)
    in_dialog(app, default_rest=45)
    editor.routine_actions.new_routine()
    assert editor.default_rest.value() == 45
    editor.add_exercise(app.catalogue.exercises[0].id)
    assert editor.draft.routine().items[0].rest_after_seconds == 45


def weekly_goal(app: App, qtbot) -> None:
    page = open_page(app, 2, HistoryPage)
    in_dialog(app, weekly_goal=6)
    assert page.goal_spin.value() == 6


def theme(app: App, qtbot) -> None:
    qapp = QApplication.instance()
    assert isinstance(qapp, QApplication)
    app.settings_ui.theme = ThemeApplier(qapp)
    try:
        in_dialog(app, theme="dark")
        assert is_dark(qapp.palette())
        in_dialog(app, theme="light")
        assert not is_dark(qapp.palette())
    finally:
        app.settings_ui.theme.apply("system")


def language(app: App, qtbot) -> None:
    in_dialog(app, language="de")
    assert "restart" in app.window.statusBar().currentMessage()
    from backtimer import i18n, paths

    qapp = QApplication.instance()
    assert qapp is not None
    loaded = i18n.install_translators(
        qapp, app.settings.get(settings.LANGUAGE), paths.translations_dir()
    )
    try:
        assert QApplication.translate("MainWindow", "Menu") == "Menü"
    finally:
        i18n.remove_translators(qapp, loaded)


def countdown_scale(app: App, qtbot) -> None:
    """The countdown's share of the player's middle row, as laid out in the window."""
    app.window.resize(1280, 800)
    app.window.show()
    qtbot.waitExposed(app.window)
    main = app.view.middle.itemAt(0)
    assert main is not None
    before = main.geometry().width()
    in_dialog(app, countdown_scale=60)
    assert app.view.countdown.scale() == pytest.approx(0.6)
    qtbot.waitUntil(lambda: 0 < main.geometry().width() < before)


def sync_folder(app: App, qtbot, tmp_path) -> None:
    app.start_sync()
    assert app.sync.service is None  # no folder: nothing of sync is loaded
    folder = tmp_path.parent / f"{tmp_path.name}-sync"  # not inside the data folder
    folder.mkdir()
    dlg = app.settings_ui.open()
    assert dlg.sync is not None
    dlg.sync.folder.setText(str(folder))
    dlg.accept()
    assert app.sync.service is not None and app.sync.service.folder == folder


def loaded_notice_dismissed(app: App, qtbot) -> None:
    """A dismissed "what a loaded exercise needs" notice stays away in the player."""
    from tests.test_player_safety import LOADED

    panel = app.view.safety_notes
    app.controller.load(LOADED)
    for dismissed, shown in (("", True), ("deadlift,hyperextension", False)):
        app.settings.set(settings.LOADED_NOTICE_DISMISSED, dismissed)
        app.controller.safety.show_item(None, None)
        app.controller.safety.show_item("hyperextension", 1)
        assert panel.loaded_label.isVisibleTo(panel) is shown


def close_to_tray(app: App, qtbot) -> None:
    app.close_policy.tray_available = lambda: True
    app.window.show()
    in_dialog(app, close_to_tray=True)
    assert not app.window.close() and not app.window.isVisible()  # hidden, still running


def ask_pain(app: App, qtbot) -> None:
    asked: list[str] = []
    app.checkins.dialog = lambda parent, moment: asked.append(moment.value) or 4
    in_dialog(app, ask_pain=True)
    assert app.checkins.ask("before") == 4 and asked == ["before"]
    in_dialog(app, ask_pain=False)
    assert app.checkins.ask("after") is None and asked == ["before"]


def last_routine(app: App, qtbot) -> None:
    app.settings.set(settings.LAST_ROUTINE, "builtin:floor-basics")
    app.controller.routine = None  # a new run
    assert app.choice.reload() is not None
    assert (
        app.controller.routine is not None and app.controller.routine.id == "builtin:floor-basics"
    )


def safety_accepted(app: App, qtbot, monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[int] = []
    monkeypatch.setattr(
        dialogs.SafetyDialog, "exec", lambda self: shown.append(1) or self.DialogCode.Accepted
    )
    assert startup.accept_safety(app.window, app.settings) and shown == [1]
    assert startup.accept_safety(app.window, app.settings) and shown == [1]  # not asked again


def _reminders_dialog(app: App):
    from backtimer.ui.reminders_page import RemindersDialog

    return RemindersDialog(app.reminders, app.library, app.window)


def reminder_schedule(app: App, qtbot) -> None:
    """Reminders on, days, time and routine: the dialog's schedule drives the service."""
    dlg = _reminders_dialog(app)
    dlg.widget.set_schedule(ReminderSchedule(frozenset({3}), enabled=False))
    dlg.widget.routine_box.setCurrentIndex(dlg.widget.routine_box.findData("builtin:floor-basics"))
    dlg.widget.enabled_box.click()
    service = app.reminders.service
    when = service.next_due()
    assert when is not None and when.isoweekday() == 3 and (when.hour, when.minute) == (18, 0)
    assert service.schedule.routine == "builtin:floor-basics"
    assert service.timer.isActive() or not app.reminders.service._started


def reminder_last_fired(app: App, qtbot) -> None:
    from backtimer.ui.reminder_service import ReminderService

    app.reminders.set_schedule(
        replace(ReminderSchedule(), enabled=True, days=frozenset(range(1, 8)))
    )
    fresh = ReminderService(app.settings)  # what the next start reads
    fired = app.reminders.service.last_fired
    assert fired is not None and fresh.last_fired == fired.replace(microsecond=0)


def start_at_login(app: App, qtbot, tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    dlg = _reminders_dialog(app)
    dlg.login_box.setChecked(True)
    assert autostart.entry_path().is_file()
    dlg.login_box.setChecked(False)
    assert not autostart.entry_path().exists()


CONSUMERS: dict[str, Callable[..., None]] = {
    settings.SAFETY_ACCEPTED.key: safety_accepted,
    settings.SOUND_ON.key: sound_on,
    settings.VOLUME.key: volume,
    settings.VOICE_ON.key: voice_on,
    settings.VOICE_NAME.key: voice_name,
    settings.LEAD_IN.key: lead_in,
    settings.DEFAULT_REST.key: default_rest,
    settings.WEEKLY_GOAL.key: weekly_goal,
    settings.THEME.key: theme,
    settings.LANGUAGE.key: language,
    settings.COUNTDOWN_SCALE.key: countdown_scale,
    settings.LAST_ROUTINE.key: last_routine,
    settings.CLOSE_TO_TRAY.key: close_to_tray,
    settings.ASK_PAIN.key: ask_pain,
    settings.SYNC_FOLDER.key: sync_folder,
    settings.LOADED_NOTICE_DISMISSED.key: loaded_notice_dismissed,
    reminders_settings.REMINDERS_ON.key: reminder_schedule,
    reminders_settings.REMINDER_DAYS.key: reminder_schedule,
    reminders_settings.REMINDER_TIME.key: reminder_schedule,
    reminders_settings.REMINDER_ROUTINE.key: reminder_schedule,
    reminders_settings.REMINDER_LAST_FIRED.key: reminder_last_fired,
    reminders_settings.START_AT_LOGIN.key: start_at_login,
}


def test_with_sound_off_the_cue_player_waits_until_sound_is_on(app: App, qtbot) -> None:
    in_dialog(app, sound_on=False)
    app.sound.start()
    assert app.sound.player is None  # QtMultimedia is not loaded while sound is off
    app.view.mute_box.setChecked(True)  # the player's own box
    assert app.sound.player is not None and not app.sound.player.is_muted()


def test_every_setting_has_a_consumer() -> None:
    keys = [s.key for s in REGISTRY]
    assert len(keys) == len(set(keys)), "two settings share a key"
    missing = sorted(set(keys) - set(CONSUMERS))
    assert not missing, f"settings without a consumer check: {missing}"
    assert not set(CONSUMERS) - set(keys), "checks for settings that are gone"


def test_every_dialog_setting_is_in_the_registry(app: App) -> None:
    dlg = app.settings_ui.open()
    assert set(dlg.values()) <= {s.key for s in REGISTRY}
    dlg.reject()


@pytest.mark.parametrize("key", sorted(CONSUMERS))
def test_the_setting_reaches_the_app(key: str, app: App, qtbot, tmp_path, monkeypatch) -> None:
    monkeypatch.setattr("backtimer.ui.voice.Voice", FakeVoice)
    check = CONSUMERS[key]
    extra = {"tmp_path": tmp_path, "monkeypatch": monkeypatch}
    names = check.__code__.co_varnames[: check.__code__.co_argcount]
    check(app, qtbot, **{n: v for n, v in extra.items() if n in names})
