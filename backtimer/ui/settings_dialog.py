"""The settings dialog: every user setting of the registry in one form, applied on OK.

Signals:
    changed(set[str]): after OK, the keys (``Setting.key``) whose values changed, so the
    application can apply them live (volume, sound, voice, countdown size, theme, goal).
    The language is applied at the next start; the dialog says so next to the choice.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QSlider,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from backtimer.settings import (
    CLOSE_TO_TRAY,
    COUNTDOWN_SCALE,
    DEFAULT_REST,
    LANGUAGE,
    LEAD_IN,
    SOUND_ON,
    SYNC_FOLDER,
    THEME,
    VOICE_NAME,
    VOICE_ON,
    VOLUME,
    WEEKLY_GOAL,
    Setting,
    Settings,
)
from backtimer.ui.sync_settings import SyncSettingsBox

# Each language in its own name, so a person can find theirs in any language.
LANGUAGE_NAMES: dict[str, str] = {
    "en": "English",
    "de": "Deutsch",
    "es": "Español",
    "ru": "Русский",
    "zh_CN": "简体中文",
}


class SettingsDialog(QDialog):
    """Signals: changed(set[str]) — the keys that changed, emitted after OK."""

    changed = Signal(object)

    def __init__(
        self,
        settings: Settings,
        voices: Callable[[], list[str]] | None = None,
        tray_available: bool = False,
        parent: QWidget | None = None,
        *,
        data_dir: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self.sync: SyncSettingsBox | None = None
        if data_dir is not None:
            self.sync = SyncSettingsBox(data_dir)
        self.setWindowTitle(self.tr("Settings"))
        self.setAccessibleName(self.tr("Settings"))

        self.sound_on = QCheckBox(self.tr("Play sound cues"))
        self.volume = QSlider(Qt.Orientation.Horizontal)
        self.volume.setRange(0, 100)
        self.volume.setPageStep(10)
        self.volume_label = QLabel()
        self.volume_label.setMinimumWidth(self.fontMetrics().horizontalAdvance("100 %") + 8)
        self.volume.valueChanged.connect(self._show_volume)
        self.voice_on = QCheckBox(self.tr("Speak the steps aloud"))
        self.voice_name = QComboBox()
        self.voice_name.addItem(self.tr("System default"), "")
        for name in voices() if voices is not None else []:
            self.voice_name.addItem(name, name)
        self.lead_in = self._spin(LEAD_IN, self.tr(" s"))
        self.default_rest = self._spin(DEFAULT_REST, self.tr(" s"))
        self.weekly_goal = self._spin(WEEKLY_GOAL, self.tr(" sessions"))
        self.theme = QComboBox()
        for value, label in (
            ("system", self.tr("Follow the system")),
            ("light", self.tr("Light")),
            ("dark", self.tr("Dark")),
        ):
            self.theme.addItem(label, value)
        self.language = QComboBox()
        self.language.addItem(self.tr("Follow the system"), "")
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language_note = QLabel(self.tr("A new language is used after a restart."))
        self.language_note.setWordWrap(True)
        self.countdown_scale = QSpinBox()
        self.countdown_scale.setRange(
            round(COUNTDOWN_SCALE.minimum * 100),  # type: ignore[operator]
            round(COUNTDOWN_SCALE.maximum * 100),  # type: ignore[operator]
        )
        self.countdown_scale.setSingleStep(10)
        self.countdown_scale.setSuffix(" %")
        self.close_to_tray = QCheckBox(self.tr("Keep running in the tray when closed"))
        self.close_to_tray.setVisible(tray_available)
        self._describe()

        sound = QGroupBox(self.tr("Sound and voice"))
        sf = QFormLayout(sound)
        sf.addRow(self.sound_on)
        vol = QHBoxLayout()
        vol.addWidget(self.volume, 1)
        vol.addWidget(self.volume_label)
        # A label of a layout has no buddy by itself: without one "&Volume" shows its "&".
        volume_label = QLabel(self.tr("&Volume"))
        volume_label.setBuddy(self.volume)
        sf.addRow(volume_label, vol)
        sf.addRow(self.voice_on)
        sf.addRow(self.tr("V&oice"), self.voice_name)
        timing = QGroupBox(self.tr("Routines and goal"))
        tf = QFormLayout(timing)
        tf.addRow(self.tr("&Lead-in before the first exercise"), self.lead_in)
        tf.addRow(self.tr("Default &rest after an exercise"), self.default_rest)
        tf.addRow(self.tr("Weekly &goal"), self.weekly_goal)
        look = QGroupBox(self.tr("Appearance"))
        lf = QFormLayout(look)
        lf.addRow(self.tr("&Theme"), self.theme)
        lf.addRow(self.tr("La&nguage"), self.language)
        lf.addRow("", self.language_note)
        lf.addRow(self.tr("&Countdown size"), self.countdown_scale)
        if tray_available:
            lf.addRow(self.close_to_tray)
        for form in (sf, tf, lf):
            form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.RestoreDefaults
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        defaults = self.buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults)
        defaults.clicked.connect(self.restore_defaults)
        for button in self.buttons.buttons():
            button.setAccessibleName(button.text().replace("&", ""))
        defaults.setAccessibleDescription(self.tr("Put every setting back to its default"))

        # Wrapped notes need width to be laid out in: without it, QDialog sizes itself
        # from the notes' one-line hints and then clips them.
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 64)
        layout = QVBoxLayout(self)
        layout.addWidget(sound)
        layout.addWidget(timing)
        layout.addWidget(look)
        if self.sync is not None:
            layout.addWidget(self.sync)
        layout.addWidget(self.buttons)
        self.sound_on.toggled.connect(self._enable)
        self.voice_on.toggled.connect(self._enable)
        self.load({s.key: settings.get(s) for s in self._controls()})

    # ------------------------------------------------------------------ set-up
    def _spin(self, setting: Setting[int], suffix: str) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(int(setting.minimum or 0), int(setting.maximum or 0))
        spin.setSuffix(suffix)
        return spin

    def _describe(self) -> None:
        for widget, name, description in (
            (self.sound_on, self.tr("Sound on"), self.tr("Play the tones that mark each step")),
            (self.volume, self.tr("Volume"), self.tr("Loudness of the sound cues, 0 to 100 %")),
            (
                self.voice_on,
                self.tr("Voice on"),
                self.tr("Say each step aloud with the system voice"),
            ),
            (self.voice_name, self.tr("Voice"), self.tr("Which voice speaks the steps")),
            (
                self.lead_in,
                self.tr("Lead-in"),
                self.tr("Seconds to get ready before the first exercise"),
            ),
            (
                self.default_rest,
                self.tr("Default rest"),
                self.tr("Seconds of rest the editor gives a new item"),
            ),
            (self.weekly_goal, self.tr("Weekly goal"), self.tr("Sessions you aim for each week")),
            (self.theme, self.tr("Theme"), self.tr("Light or dark colours, or follow the system")),
            (
                self.language,
                self.tr("Language"),
                self.tr("The language of the whole app; used after a restart"),
            ),
            (
                self.countdown_scale,
                self.tr("Countdown size"),
                self.tr("Size of the countdown digits, in percent"),
            ),
            (
                self.close_to_tray,
                self.tr("Keep running in the tray"),
                self.tr("Closing the window hides it in the tray"),
            ),
        ):
            widget.setAccessibleName(name)
            widget.setAccessibleDescription(description)
            widget.setToolTip(description)

    def _controls(self) -> tuple[Setting[Any], ...]:
        return (
            SOUND_ON,
            VOLUME,
            VOICE_ON,
            VOICE_NAME,
            LEAD_IN,
            DEFAULT_REST,
            WEEKLY_GOAL,
            THEME,
            LANGUAGE,
            COUNTDOWN_SCALE,
            CLOSE_TO_TRAY,
        ) + ((SYNC_FOLDER,) if self.sync is not None else ())

    # --------------------------------------------------------------- values
    def load(self, values: dict[str, Any]) -> None:
        """Show ``values`` (by key) in the controls."""
        self.sound_on.setChecked(bool(values[SOUND_ON.key]))
        self.volume.setValue(round(float(values[VOLUME.key]) * 100))
        self.voice_on.setChecked(bool(values[VOICE_ON.key]))
        _select(self.voice_name, str(values[VOICE_NAME.key]), add_missing=True)
        self.lead_in.setValue(int(values[LEAD_IN.key]))
        self.default_rest.setValue(int(values[DEFAULT_REST.key]))
        self.weekly_goal.setValue(int(values[WEEKLY_GOAL.key]))
        _select(self.theme, str(values[THEME.key]))
        _select(self.language, str(values[LANGUAGE.key]))
        self.countdown_scale.setValue(round(float(values[COUNTDOWN_SCALE.key]) * 100))
        self.close_to_tray.setChecked(bool(values[CLOSE_TO_TRAY.key]))
        if self.sync is not None:
            self.sync.set_value(str(values[SYNC_FOLDER.key]))
        self._show_volume(self.volume.value())
        self._enable()

    def values(self) -> dict[str, Any]:
        """What the controls show, by key, in each setting's type."""
        return {
            SOUND_ON.key: self.sound_on.isChecked(),
            VOLUME.key: self.volume.value() / 100,
            VOICE_ON.key: self.voice_on.isChecked(),
            VOICE_NAME.key: str(self.voice_name.currentData() or ""),
            LEAD_IN.key: self.lead_in.value(),
            DEFAULT_REST.key: self.default_rest.value(),
            WEEKLY_GOAL.key: self.weekly_goal.value(),
            THEME.key: str(self.theme.currentData()),
            LANGUAGE.key: str(self.language.currentData() or ""),
            COUNTDOWN_SCALE.key: self.countdown_scale.value() / 100,
            CLOSE_TO_TRAY.key: self.close_to_tray.isChecked(),
        } | ({SYNC_FOLDER.key: self.sync.value()} if self.sync is not None else {})

    def apply(self) -> set[str]:
        """Write the values that differ from the stored ones; return their keys."""
        changed: set[str] = set()
        shown = self.values()
        for setting in self._controls():
            value = shown[setting.key]
            if value != self._settings.get(setting):
                self._settings.set(setting, value)
                changed.add(setting.key)
        return changed

    @Slot()
    def accept(self) -> None:
        if self.sync is not None and self.sync.problem():
            self.sync.folder.setFocus()
            return
        changed = self.apply()
        super().accept()
        if changed:
            self.changed.emit(changed)

    @Slot()
    def restore_defaults(self) -> None:
        self.load({s.key: s.default for s in self._controls()})

    @Slot(int)
    def _show_volume(self, value: int) -> None:
        self.volume_label.setText(f"{value} %")

    @Slot()
    def _enable(self) -> None:
        self.volume.setEnabled(self.sound_on.isChecked())
        self.voice_name.setEnabled(self.voice_on.isChecked())


def _select(box: QComboBox, value: str, *, add_missing: bool = False) -> None:
    index = box.findData(value)
    if index < 0 and add_missing and value:
        box.addItem(value, value)  # a voice that is not installed now: keep it
        index = box.count() - 1
    box.setCurrentIndex(max(0, index))
