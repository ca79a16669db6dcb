"""The "Report for your physiotherapist" dialog: period, name and paper, then a PDF file.

:class:`ReportDialog` only lays out and validates the choices. :func:`ask_and_write`
runs it, asks where to save, and hands the choices to ``write`` (built by the
composition root from the history and :mod:`backtimer.ui.report_pdf`), which returns
the number of pages; the person is then offered to open the file.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from backtimer.ui.problem_text import os_reason


def _tr(text: str, n: int = -1, /) -> str:
    return QCoreApplication.translate("ReportDialog", text, None, n)


@dataclass(frozen=True, slots=True)
class ReportChoice:
    first: date
    last: date
    person: str
    paper: str  # "a4" or "letter"


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _pydate(d: QDate) -> date:
    return date(d.year(), d.month(), d.day())


class ReportDialog(QDialog):
    """Period (4 weeks up to today by default), an optional name, and the paper size."""

    def __init__(self, parent: QWidget | None, today: date, *, person: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Report for your physiotherapist"))
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 56)
        form = QFormLayout(self)
        intro = QLabel(
            self.tr(
                "A PDF of your sessions, minutes, pain ratings and everything that hurt, "
                "to take to your physiotherapist or doctor."
            )
        )
        intro.setWordWrap(True)
        form.addRow(intro)
        monday = today - timedelta(days=today.weekday())
        self.first = QDateEdit(_qdate(monday - timedelta(weeks=3)))
        self.last = QDateEdit(_qdate(today))
        for edit in (self.first, self.last):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.first.setMaximumDate(_qdate(today))
        self.last.setMaximumDate(_qdate(today))
        form.addRow(self.tr("&From:"), self.first)
        form.addRow(self.tr("&To:"), self.last)
        self.person = QLineEdit(person)
        self.person.setPlaceholderText(self.tr("Optional"))
        self.person.setMaxLength(120)
        form.addRow(self.tr("Your &name:"), self.person)
        self.paper = QComboBox()
        self.paper.addItem(self.tr("A4"), "a4")
        self.paper.addItem(self.tr("US Letter"), "letter")
        form.addRow(self.tr("&Paper:"), self.paper)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.hide()
        form.addRow(self.problem)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def choice(self) -> ReportChoice:
        return ReportChoice(
            _pydate(self.first.date()),
            _pydate(self.last.date()),
            self.person.text().strip(),
            str(self.paper.currentData()),
        )

    def _check(self) -> None:
        c = self.choice()
        if c.last < c.first:
            self.problem.setText(self.tr("The period ends before it starts: pick a later end."))
            self.problem.show()
            self.last.setFocus()
            return
        self.accept()


def ask_and_write(
    parent: QWidget,
    today: date,
    write: Callable[[ReportChoice, Path], int],
    *,
    choose_file: Callable[[QWidget, str], str] | None = None,
    exec_dialog: Callable[[ReportDialog], bool] = lambda d: d.exec() == QDialog.DialogCode.Accepted,
    tell: Callable[[QWidget, Path, int], None] | None = None,
) -> Path | None:
    """Run the dialog, ask for a file, write the report; return the file (None if cancelled)."""
    dialog = ReportDialog(parent, today)
    if not exec_dialog(dialog):
        return None
    choice = dialog.choice()
    suggested = f"backtimer-report-{choice.first}-{choice.last}.pdf"
    name = (choose_file or _choose_file)(parent, suggested)
    if not name:
        return None
    path = Path(name)
    if path.suffix.lower() != ".pdf":
        path = path.with_name(path.name + ".pdf")
    try:
        pages = write(choice, path)
    except OSError as exc:
        QMessageBox.warning(
            parent,
            _tr("Report not saved"),
            _tr("The report could not be written to %1: %2")
            .replace("%1", str(path))
            .replace("%2", os_reason(exc)),
        )
        return None
    (tell or _tell)(parent, path, pages)
    return path


def _choose_file(parent: QWidget, suggested: str) -> str:
    name, _ = QFileDialog.getSaveFileName(
        parent,
        _tr("Save the report"),
        str(Path.home() / suggested),
        _tr("PDF files (*.pdf)"),
    )
    return name


def _tell(parent: QWidget, path: Path, pages: int) -> None:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(_tr("Report saved"))
    box.setText(_tr("The report (%n pages) was saved to %1.", pages).replace("%1", str(path)))
    open_button = box.addButton(_tr("&Open it"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Close)
    box.exec()
    if box.clickedButton() is open_button:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
