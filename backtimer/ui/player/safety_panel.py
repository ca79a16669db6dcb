"""The player's safety panel: layout only.

Shows, for the exercise on screen, every safety line (not only the first), a notice of
what a loaded exercise needs (with a button to stop showing it for that exercise), the
item's note, where the dosage comes from and the source article by title; a button opens
the routine's description; a line below gives the progression suggestion after a session.

Signals:
    dismiss_loaded(str): the person asked never to see the loaded notice of this exercise.
    about_routine(): the person asked to read the routine's description.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


def _tr(text: str) -> str:
    return QCoreApplication.translate("SafetyPanel", text)


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class SafetyPanel(QWidget):
    dismiss_loaded = Signal(str)
    about_routine = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("SafetyPanel")
        self._exercise_id = ""
        self.loaded_label = QLabel()
        self.loaded_label.setObjectName("loadedNotice")
        self.loaded_label.setWordWrap(True)
        self.loaded_label.setStyleSheet(
            "QLabel#loadedNotice { border: 2px solid #b26a00; border-radius: 6px; padding: 6px; }"
        )
        self.loaded_label.setAccessibleDescription(_tr("What this loaded exercise needs"))
        self.dismiss_button = QPushButton(_tr("Don't show again for this exercise"))
        self.dismiss_button.setAccessibleName(self.dismiss_button.text())
        self.dismiss_button.setToolTip(
            _tr("Stop showing what this loaded exercise needs before it starts")
        )
        self.safety_label = QLabel()
        self.safety_label.setWordWrap(True)
        self.safety_label.setTextFormat(Qt.TextFormat.RichText)
        self.safety_label.setAccessibleDescription(_tr("Safety"))
        self.details_label = QLabel()
        self.details_label.setWordWrap(True)
        self.details_label.setTextFormat(Qt.TextFormat.RichText)
        self.details_label.setAccessibleDescription(_tr("About this exercise"))
        self.routine_button = QPushButton(_tr("About this routine"))
        self.routine_button.setAccessibleName(self.routine_button.text())
        self.routine_button.setToolTip(_tr("Read the routine's description and advice"))
        self.progress_label = QLabel()
        self.progress_label.setObjectName("progressNote")
        self.progress_label.setWordWrap(True)
        self.progress_label.setAccessibleDescription(_tr("Suggestion"))

        loaded_row = QHBoxLayout()
        loaded_row.addWidget(self.loaded_label, 1)
        loaded_row.addWidget(self.dismiss_button, 0, Qt.AlignmentFlag.AlignTop)
        bottom = QHBoxLayout()
        bottom.addWidget(self.details_label, 1)
        bottom.addWidget(self.routine_button, 0, Qt.AlignmentFlag.AlignBottom)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addLayout(loaded_row)
        box.addWidget(self.safety_label)
        box.addLayout(bottom)
        box.addWidget(self.progress_label)
        self.show_loaded("", "")
        self.show_progress("")
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.dismiss_button.clicked.connect(self._dismiss)
        self.routine_button.clicked.connect(self.about_routine)

    @Slot()
    def _dismiss(self) -> None:
        if self._exercise_id:
            self.dismiss_loaded.emit(self._exercise_id)

    def show_loaded(self, exercise_id: str, text: str) -> None:
        self._exercise_id = exercise_id if text else ""
        self.loaded_label.setText(text)
        self.loaded_label.setVisible(bool(text))
        self.dismiss_button.setVisible(bool(text))

    def show_safety(self, lines: tuple[str, ...]) -> None:
        items = "".join(f"<li>{_esc(t)}</li>" for t in lines)
        head = _esc(_tr("Safety"))
        html = f"<b>{head}</b><ul style='margin:0'>{items}</ul>"
        self.safety_label.setText(html if lines else "")
        self.safety_label.setVisible(bool(lines))

    def show_details(self, note: str, dosage_note: str, source: str) -> None:
        parts = []
        if note:
            parts.append(f"<b>{_esc(_tr('Note:'))}</b> {_esc(note)}")
        if dosage_note:
            parts.append(f"<b>{_esc(_tr('The numbers:'))}</b> {_esc(dosage_note)}")
        if source:
            parts.append(f"<b>{_esc(_tr('Source:'))}</b> <i>{_esc(source)}</i>")
        self.details_label.setText("<br>".join(parts))

    def show_progress(self, text: str) -> None:
        self.progress_label.setText(text)
        self.progress_label.setVisible(bool(text))

    def plain_text(self) -> str:
        """Everything the panel shows now, as plain text (for tests and announcements)."""
        from PySide6.QtGui import QTextDocument

        out = []
        for label in (self.loaded_label, self.safety_label, self.details_label):
            if label.isVisibleTo(self) and label.text():
                doc = QTextDocument()
                doc.setHtml(label.text())
                out.append(doc.toPlainText())
        if self.progress_label.isVisibleTo(self):
            out.append(self.progress_label.text())
        return "\n".join(out)
