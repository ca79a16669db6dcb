"""The settings registry, its fallbacks, the settings dialog and the theme."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from backtimer.core.presenter import Tone
from backtimer.settings import (
    ALL,
    COUNTDOWN_SCALE,
    LANGUAGE,
    SOUND_ON,
    THEME,
    VOICE_NAME,
    VOLUME,
    WEEKLY_GOAL,
    Settings,
)
from backtimer.ui.player.countdown import CountdownWidget, is_dark, tone_color
from backtimer.ui.settings_dialog import SettingsDialog
from backtimer.ui.theme import ThemeApplier


def test_a_fresh_file_gives_every_default(tmp_path: Path) -> None:
    s = Settings.in_dir(tmp_path)
    assert [s.get(x) for x in ALL] == [x.default for x in ALL]
    assert len({x.key for x in ALL}) == len(ALL)


def test_values_come_back_in_their_types(tmp_path: Path) -> None:
    s = Settings.in_dir(tmp_path)
    s.set(SOUND_ON, False)
    s.set(VOLUME, 0.35)
    s.set(WEEKLY_GOAL, 6)
    s.set(THEME, "dark")
    again = Settings.in_dir(tmp_path)  # read back from the file
    assert (again.get(SOUND_ON), again.get(VOLUME), again.get(WEEKLY_GOAL)) == (False, 0.35, 6)
    assert again.get(THEME) == "dark"


def test_hand_broken_values_fall_back_with_a_warning(tmp_path: Path, caplog) -> None:
    (tmp_path / "backtimer.ini").write_text(
        "[sound]\nvolume=loud\nenabled=perhaps\n"
        "[history]\nweekly_goal=99\n"
        "[ui]\ntheme=purple\nlanguage=tlh\ncountdown_scale=2.0\n",
        encoding="utf-8",
    )
    s = Settings.in_dir(tmp_path)
    with caplog.at_level(logging.WARNING, logger="backtimer.settings"):
        got = [s.get(VOLUME), s.get(SOUND_ON), s.get(WEEKLY_GOAL), s.get(THEME), s.get(LANGUAGE)]
    assert got == [VOLUME.default, True, WEEKLY_GOAL.default, "system", ""]
    warned = " ".join(r.getMessage() for r in caplog.records)
    for key in ("sound/volume", "sound/enabled", "history/weekly_goal", "ui/theme", "ui/language"):
        assert key in warned
    assert s.get(COUNTDOWN_SCALE) == 2.0  # a good value beside the broken ones is kept


def test_code_cannot_store_a_bad_value(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        Settings.in_dir(tmp_path).set(VOLUME, 3.0)


def _dialog(qtbot, settings: Settings, **kw: object) -> SettingsDialog:
    dlg = SettingsDialog(settings, **kw)  # type: ignore[arg-type]
    qtbot.addWidget(dlg)
    return dlg


def test_the_dialog_writes_what_changed_and_says_which(qtbot, tmp_path: Path) -> None:
    s = Settings.in_dir(tmp_path)
    dlg = _dialog(qtbot, s, voices=lambda: ["Anna", "Bernd"])
    assert dlg.volume.value() == 80 and dlg.sound_on.isChecked()
    dlg.volume.setValue(40)
    dlg.weekly_goal.setValue(5)
    dlg.theme.setCurrentIndex(dlg.theme.findData("dark"))
    dlg.language.setCurrentIndex(dlg.language.findData("de"))
    dlg.voice_name.setCurrentIndex(dlg.voice_name.findData("Bernd"))
    dlg.countdown_scale.setValue(150)
    with qtbot.waitSignal(dlg.changed) as signal:
        dlg.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert signal.args == [
        {
            "sound/volume",
            "history/weekly_goal",
            "ui/theme",
            "ui/language",
            "voice/name",
            "ui/countdown_scale",
        }
    ]
    again = Settings.in_dir(tmp_path)
    assert again.get(VOLUME) == 0.4 and again.get(WEEKLY_GOAL) == 5
    assert (again.get(THEME), again.get(LANGUAGE), again.get(VOICE_NAME)) == ("dark", "de", "Bernd")
    assert again.get(COUNTDOWN_SCALE) == 1.5


def test_cancel_writes_nothing_and_defaults_can_be_restored(qtbot, tmp_path: Path) -> None:
    s = Settings.in_dir(tmp_path)
    s.set(WEEKLY_GOAL, 9)
    dlg = _dialog(qtbot, s)
    assert dlg.weekly_goal.value() == 9
    dlg.volume.setValue(10)
    dlg.reject()
    assert s.get(VOLUME) == VOLUME.default
    dlg2 = _dialog(qtbot, s)
    dlg2.buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults).click()
    assert dlg2.weekly_goal.value() == WEEKLY_GOAL.default
    assert dlg2.apply() == {WEEKLY_GOAL.key}
    assert s.get(WEEKLY_GOAL) == WEEKLY_GOAL.default


def test_a_voice_that_is_gone_is_kept_and_the_tray_option_needs_a_tray(
    qtbot, tmp_path: Path
) -> None:
    s = Settings.in_dir(tmp_path)
    s.set(VOICE_NAME, "Old voice")
    dlg = _dialog(qtbot, s, voices=lambda: ["New voice"], tray_available=False)
    assert dlg.voice_name.currentText() == "Old voice"
    assert dlg.apply() == set()
    assert dlg.close_to_tray.isHidden()
    assert not _dialog(qtbot, s, tray_available=True).close_to_tray.isHidden()


def test_the_language_note_says_it_needs_a_restart(qtbot, tmp_path: Path) -> None:
    dlg = _dialog(qtbot, Settings.in_dir(tmp_path))
    assert "restart" in dlg.language_note.text()


def _ink(widget: CountdownWidget) -> int:
    """How many pixels of the widget are drawn in the figure's colour (the digits)."""
    image = widget.grab(widget.text_rect()).toImage().convertToFormat(QImage.Format.Format_RGB32)
    text = tone_color(widget.tone(), widget.palette()).rgb() & 0xFFFFFF
    return sum(
        1
        for y in range(image.height())
        for x in range(image.width())
        if image.pixel(x, y) & 0xFFFFFF == text
    )


def test_the_countdown_scale_setting_changes_the_countdown(qtbot, tmp_path: Path) -> None:
    from backtimer.ui.player.view import PlayerView

    s = Settings.in_dir(tmp_path)
    dlg = _dialog(qtbot, s)
    view = PlayerView()  # the setting is the figure's share of the player's row
    qtbot.addWidget(view)
    view.resize(1200, 700)
    view.show()
    qtbot.waitExposed(view)
    widget = view.countdown
    widget.show_time("0:05", 0.5, Tone.WORK)
    widget.set_scale(s.get(COUNTDOWN_SCALE))
    qtbot.waitUntil(lambda: widget.width() > 300)
    normal = _ink(widget)
    dlg.countdown_scale.setValue(60)
    dlg.accept()
    widget.set_scale(s.get(COUNTDOWN_SCALE))  # what the app does on changed({"ui/countdown_scale"})
    QApplication.processEvents()
    small = _ink(widget)
    assert 0 < small < normal * 0.7


def test_themes_give_light_and_dark_palettes(qapp: QApplication) -> None:
    applier = ThemeApplier(qapp)
    original = QColor(qapp.palette().color(QPalette.ColorRole.Window))
    try:
        assert applier.apply("dark") in ("scheme", "palette")
        assert is_dark(qapp.palette())
        assert applier.apply("light") in ("scheme", "palette")
        assert not is_dark(qapp.palette())
        assert applier.apply("system") == "system"
        assert qapp.palette().color(QPalette.ColorRole.Window) == original
    finally:
        applier.apply("system")


def test_volume_label_is_the_sliders_buddy_so_its_ampersand_is_an_accelerator(
    qtbot, tmp_path: Path
) -> None:
    from PySide6.QtWidgets import QLabel

    dialog = _dialog(qtbot, Settings.in_dir(tmp_path))
    labels = [w for w in dialog.findChildren(QLabel) if w.text() == "&Volume"]
    assert len(labels) == 1 and labels[0].buddy() is dialog.volume
