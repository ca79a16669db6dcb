"""The dialog for a custom exercise: name, instructions, position, equipment, sides, picture.

The picture is chosen with a file dialog and handed to ``picture_importer`` (the
page passes ``backtimer.illustration.pictures.import_picture`` when that exists),
which copies it into the data directory and returns the stored file name. Without an
importer the chosen path is kept as it is.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from backtimer.core.model import Dosage, Exercise, Level, Mode, Position
from backtimer.ui.marks import QT_TRANSLATE_NOOP
from backtimer.ui.problem_text import error_text
from backtimer.ui.theme import set_text_kind

PictureImporter = Callable[[Path], str]

POSITION_NAMES = {
    Position.SUPINE: QT_TRANSLATE_NOOP("ExerciseDialog", "Lying on the back"),
    Position.PRONE: QT_TRANSLATE_NOOP("ExerciseDialog", "Lying face down"),
    Position.ALL_FOURS: QT_TRANSLATE_NOOP("ExerciseDialog", "On all fours"),
    Position.STANDING: QT_TRANSLATE_NOOP("ExerciseDialog", "Standing"),
    Position.SIDE_LYING: QT_TRANSLATE_NOOP("ExerciseDialog", "Lying on one side"),
    Position.KNEELING: QT_TRANSLATE_NOOP("ExerciseDialog", "Kneeling"),
    Position.MACHINE: QT_TRANSLATE_NOOP("ExerciseDialog", "On a bench or machine"),
}


def slug(name: str, taken: Iterable[str]) -> str:
    """An exercise id from a name, unique among ``taken``: ``my-stretch``, ``my-stretch-2``."""
    base = re.sub(r"[^a-z0-9]+", "-", name.casefold()).strip("-")[:70] or "exercise"
    taken = set(taken)
    candidate, n = base, 2
    while candidate in taken:
        candidate, n = f"{base}-{n}", n + 1
    return candidate


class ExerciseDialog(QDialog):
    """Asks for a custom exercise; :meth:`exercise` gives it after ``accept()``."""

    def __init__(
        self,
        taken_ids: Iterable[str],
        picture_importer: PictureImporter | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New exercise"))
        self._taken = frozenset(taken_ids)
        self._importer = picture_importer
        self._picture: str | None = None
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Exercise name"))
        self.name.setMaxLength(120)
        self.instructions = QPlainTextEdit()
        self.instructions.setAccessibleName(self.tr("Instructions, one step per line"))
        self.instructions.setPlaceholderText(self.tr("One step per line"))
        self.position = QComboBox()
        self.position.setAccessibleName(self.tr("Position"))
        for pos, text in POSITION_NAMES.items():
            self.position.addItem(QCoreApplication.translate("ExerciseDialog", text), pos.value)
        self.equipment = QLineEdit()
        self.equipment.setAccessibleName(self.tr("Equipment, separated by commas"))
        self.equipment.setPlaceholderText(self.tr("mat, towel"))
        self.one_sided = QCheckBox(self.tr("Done one side at a time"))
        self.one_sided.setAccessibleName(self.tr("One-sided"))
        self.picture_label = QLabel(self.tr("No picture"))
        self.picture_button = QPushButton(self.tr("Choose picture…"))
        self.picture_button.setAccessibleName(self.tr("Choose picture"))
        self.message = QLabel()
        set_text_kind(self.message, "error")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        form = QFormLayout(self)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Instructions"), self.instructions)
        form.addRow(self.tr("Position"), self.position)
        form.addRow(self.tr("Equipment"), self.equipment)
        form.addRow("", self.one_sided)
        pic = QHBoxLayout()
        pic.addWidget(self.picture_label, 1)
        pic.addWidget(self.picture_button)
        form.addRow(self.tr("Picture"), pic)
        form.addRow(self.message)
        form.addRow(self.buttons)
        self._connect_signals()
        self._validate()

    def _connect_signals(self) -> None:
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.name.textChanged.connect(self._validate)
        self.instructions.textChanged.connect(self._validate)
        self.picture_button.clicked.connect(self._choose_picture)

    def _steps(self) -> tuple[str, ...]:
        return tuple(s.strip() for s in self.instructions.toPlainText().splitlines() if s.strip())

    @Slot()
    def _validate(self) -> None:
        problems = []
        if not self.name.text().strip():
            problems.append(self.tr("The exercise needs a name."))
        if not self._steps():
            problems.append(self.tr("Write at least one step of instructions."))
        self.message.setText(" ".join(problems))
        self.name.setStyleSheet("" if self.name.text().strip() else "border: 2px solid #c0392b;")
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(not problems)

    @Slot()
    def _choose_picture(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a picture"), "", self.tr("Pictures (*.png *.jpg *.jpeg *.svg)")
        )
        if not path:
            return
        if self._importer is None:
            self._picture = path
        else:
            try:
                self._picture = self._importer(Path(path))
            except (OSError, ValueError) as exc:
                QMessageBox.warning(self, self.tr("Picture"), error_text(exc))
                return
        self.picture_label.setText(Path(self._picture).name)

    def exercise(self) -> Exercise:
        one_sided = self.one_sided.isChecked()
        name = " ".join(self.name.text().split())
        equipment = tuple(e.strip() for e in self.equipment.text().split(",") if e.strip())
        return Exercise(
            id=slug(name, self._taken),
            name=name,
            summary="",
            instructions=self._steps(),
            cues=(),
            position=Position(self.position.currentData()),
            equipment=equipment,
            level=Level.HOME,
            one_sided=one_sided,
            default=Dosage(Mode.TIMED, seconds=30, per_side=one_sided),
            safety=(),
            source="",
            custom=True,
            picture=self._picture,
        )
