"""The player's safety widgets: layout only.

:class:`SafetyPanel` (in the view's ``safety_layout``, above the figure, shown in mat mode
too): a notice of what a loaded exercise needs, with a button to stop showing it for that
exercise; every safety line of the exercise on screen (not only the first); after a
session, the progression suggestion.

:class:`ExerciseDetails` (beside the instructions): the item's note, where the numbers
come from (BackTimer's own or the article's) and the source article by title, and a
button that opens the routine's description.

Signals:
    SafetyPanel.dismiss_loaded(str): never show the loaded notice of this exercise again.
    ExerciseDetails.about_routine(): the person asked to read the routine's description.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


def _tr(text: str) -> str:
    return QCoreApplication.translate("SafetyPanel", text)


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _plain(label: QLabel) -> str:
    doc = QTextDocument()
    doc.setHtml(label.text())
    return doc.toPlainText()


class SafetyPanel(QWidget):
    dismiss_loaded = Signal(str)

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
        self.progress_label = QLabel()
        self.progress_label.setObjectName("progressNote")
        self.progress_label.setWordWrap(True)
        self.progress_label.setAccessibleDescription(_tr("Suggestion"))

        loaded_row = QHBoxLayout()
        loaded_row.addWidget(self.loaded_label, 1)
        loaded_row.addWidget(self.dismiss_button, 0, Qt.AlignmentFlag.AlignVCenter)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addLayout(loaded_row)
        box.addWidget(self.safety_label)
        box.addWidget(self.progress_label)
        self.show_loaded("", "")
        self.show_safety(())
        self.show_progress("")
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.dismiss_button.clicked.connect(self._dismiss)

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

    def show_progress(self, text: str) -> None:
        self.progress_label.setText(text)
        self.progress_label.setVisible(bool(text))

    def plain_text(self) -> str:
        """What the panel shows now, as plain text (for tests and announcements)."""
        out = [_plain(x) for x in (self.loaded_label, self.safety_label) if x.isVisibleTo(self)]
        if self.progress_label.isVisibleTo(self):
            out.append(self.progress_label.text())
        return "\n".join(t for t in out if t)


class ExerciseDetails(QWidget):
    about_routine = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ExerciseDetails")
        self.details_label = QLabel()
        self.details_label.setWordWrap(True)
        self.details_label.setTextFormat(Qt.TextFormat.RichText)
        self.details_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.details_label.setAccessibleDescription(_tr("About this exercise"))
        self.routine_button = QPushButton(_tr("About this routine"))
        self.routine_button.setAccessibleName(self.routine_button.text())
        self.routine_button.setToolTip(_tr("Read the routine's description and advice"))
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.details_label)
        box.addWidget(self.routine_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.routine_button.clicked.connect(self.about_routine)

    def show_details(self, note: str, dosage_note: str, source: str) -> None:
        parts = []
        if note:
            parts.append(f"<b>{_esc(_tr('Note:'))}</b> {_esc(note)}")
        if dosage_note:
            parts.append(f"<b>{_esc(_tr('The numbers:'))}</b> {_esc(dosage_note)}")
        if source:
            parts.append(f"<b>{_esc(_tr('Source:'))}</b> <i>{_esc(source)}</i>")
        self.details_label.setText("<br>".join(parts))

    def plain_text(self) -> str:
        return _plain(self.details_label)
