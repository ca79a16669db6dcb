"""The settings dialog's "Sync between computers" group: a folder and what it is for.

Layout and input only. The folder is checked by :func:`backtimer.store.sync.check_folder`
(not BackTimer's own data folder, exists, writable); :meth:`SyncSettingsBox.problem`
returns the sentence to show, or "".
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from backtimer.store.sync import SyncFolderRefused, check_folder


class SyncSettingsBox(QGroupBox):
    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Sync between computers"), parent)
        self._data_dir = data_dir
        self.folder = QLineEdit()
        self.folder.setPlaceholderText(self.tr("Off"))
        self.folder.setClearButtonEnabled(True)
        self.folder.setAccessibleDescription(
            self.tr("A folder that Syncthing, Nextcloud or Dropbox keeps the same on each computer")
        )
        self.choose = QPushButton(self.tr("C&hoose…"))
        self.choose.setAccessibleName(self.tr("Choose the sync folder"))
        self.choose.clicked.connect(self._choose)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(self.choose)
        self.note = QLabel(
            self.tr(
                "A folder your sync tool (Syncthing, Nextcloud, Dropbox) keeps the same on "
                "each computer. BackTimer keeps a journal there; its history file stays here."
            )
        )
        self.note.setWordWrap(True)
        self.note.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        font = self.error.font()
        font.setBold(True)
        self.error.setFont(font)
        self.error.hide()
        form = QFormLayout(self)
        label = QLabel(self.tr("S&ync folder"))
        label.setBuddy(self.folder)
        form.addRow(label, row)
        form.addRow(self.note)
        form.addRow(self.error)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)

    def value(self) -> str:
        return self.folder.text().strip()

    def set_value(self, folder: str) -> None:
        self.folder.setText(folder)
        self.error.hide()

    def problem(self) -> str:
        """Why the folder can't be used ("" if it can, or if sync is off); shown here too."""
        text = self.value()
        message = ""
        if text:
            try:
                check_folder(Path(text).expanduser(), self._data_dir)
            except SyncFolderRefused as exc:
                message = self._sentence(exc.kind) or str(exc)
        self.error.setText(message)
        if self.error.isHidden() == bool(message):
            self.error.setVisible(bool(message))
            self.window().adjustSize()  # room for the sentence, or give it back
        return message

    def _sentence(self, kind: str) -> str:
        return {
            "own_data": self.tr(
                "This folder holds BackTimer's own data folder, or is inside it. A sync tool "
                "would copy the live history file and damage it: choose a separate folder."
            ),
            "missing": self.tr("There is no such folder."),
            "read_only": self.tr("BackTimer cannot write to this folder."),
        }.get(kind, "")

    @Slot()
    def _choose(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Choose the sync folder"), self.value() or str(Path.home())
        )
        if folder:
            self.set_value(folder)
