"""About BackTimer: the version, the licence, and the articles the built-in content
comes from (by title)."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from backtimer import APP_NAME, __version__
from backtimer.core import sources
from backtimer.core.catalogue import Catalogue

LICENCE = "GPL-3.0-or-later"


def _tr(text: str) -> str:
    return QCoreApplication.translate("About", text)


def source_titles(catalogue: Catalogue) -> list[str]:
    """The titles of the articles the built-in exercises name, each once, in order."""
    ids = sorted({s for e in catalogue.exercises for s in (e.source, *e.also_in) if s})
    return list(sources.titles(ids))


class AboutDialog(QDialog):
    def __init__(self, catalogue: Catalogue, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_tr("About BackTimer"))
        self.setAccessibleName(self.windowTitle())
        titles = "".join(f"<li>{escape(t)}</li>" for t in source_titles(catalogue))
        self.text = QLabel(
            f"<h2>{APP_NAME} {escape(__version__)}</h2>"
            + "<p>"
            + _tr("Timed routines for a weak or aching lower back.")
            + "</p><p>"
            + _tr("Free software under the licence {licence}.").format(licence=LICENCE)
            + "</p><p>"
            + _tr("The built-in exercises come from these articles:")
            + f"</p><ol>{titles}</ol>"
        )
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.text.setAccessibleName(_tr("About BackTimer"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)
