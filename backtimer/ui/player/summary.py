"""The session summary: what a session did, in exercises, with pain before and after and
this week's progress toward the goal. A dialog after the session, and one line that
stays on the player page after it is closed.

The figures come in a :class:`SummaryFacts` (made by the controller from the engine's
report and the history's read API); this module only lays them out.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from backtimer.core.formatting import format_duration
from backtimer.core.report import SessionReport, SessionStatus, WeekProgress


def _tr(text: str, n: int = -1, /) -> str:
    return QCoreApplication.translate("Summary", text, None, n)


@dataclass(frozen=True, slots=True)
class SummaryFacts:
    report: SessionReport
    exercises: int  # exercises in the routine
    pain_before: int | None = None
    pain_after: int | None = None
    week: WeekProgress | None = None
    unsaved: bool = False  # history writes are held in memory (full or failing disk)

    @property
    def counts(self) -> tuple[int, int, int]:
        return self.report.exercise_counts()

    @property
    def not_reached(self) -> int:
        return max(0, self.exercises - sum(self.counts))


def headline(facts: SummaryFacts) -> str:
    """ "Routine completed", "Completed, but something hurt", "Session stopped"..."""
    status = facts.report.status
    hurt = facts.counts[2]
    if status is SessionStatus.COMPLETED:
        return _tr("Routine completed, but something hurt") if hurt else _tr("Routine completed")
    if status is SessionStatus.STOPPED_FOR_PAIN:
        return _tr("Session stopped because it hurt")
    if hurt:
        return _tr("Session stopped; something hurt")
    return _tr("Session stopped")


def one_line(facts: SummaryFacts) -> str:
    """The line that stays on the player page after the summary is closed."""
    done, skipped, hurt = facts.counts
    text = _tr("{headline}: {done} done, {skipped} skipped, {hurt} hurt · {time} exercised")
    return text.format(
        headline=headline(facts),
        done=done,
        skipped=skipped,
        hurt=hurt,
        time=format_duration(facts.report.exercised_seconds),
    )


def rows(facts: SummaryFacts) -> list[tuple[str, str]]:
    """(label, value) rows of the summary, in order."""
    r = facts.report
    done, skipped, hurt = facts.counts
    out = [
        (_tr("Time exercised"), format_duration(r.exercised_seconds)),
        (_tr("Whole session"), format_duration(r.elapsed_seconds)),
        (_tr("Exercises done"), _tr("{n} of {total}").format(n=done, total=facts.exercises)),
        (_tr("Exercises skipped"), str(skipped)),
        (_tr("Exercises that hurt"), str(hurt)),
    ]
    if facts.not_reached:
        out.append((_tr("Exercises not reached"), str(facts.not_reached)))
    out.append((_tr("Pain before"), _pain(facts.pain_before)))
    out.append((_tr("Pain after"), _pain(facts.pain_after)))
    if facts.week is not None:
        w = facts.week
        out.append(
            (
                _tr("This week"),
                _tr("{n} of %n sessions", w.goal).format(n=w.sessions),
            )
        )
        streak = _tr("%n weeks in a row", w.streak) if w.streak else _tr("none yet")
        out.append((_tr("Weekly goal streak"), streak))
    return out


def _pain(value: int | None) -> str:
    return _tr("not asked") if value is None else _tr("{n} of 10").format(n=value)


class SummaryDialog(QDialog):
    """Shows :func:`rows` under a headline; every text is a label a screen reader reads."""

    def __init__(self, facts: SummaryFacts, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.facts = facts
        self.setWindowTitle(_tr("Session summary"))
        self.headline = QLabel(headline(facts))
        f = self.headline.font()
        f.setPointSizeF(f.pointSizeF() * 1.5)
        f.setBold(True)
        self.headline.setFont(f)
        self.headline.setWordWrap(True)
        self.headline.setAccessibleDescription(_tr("Session summary"))
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        self.values: dict[str, QLabel] = {}
        for label, value in rows(facts):
            v = QLabel(value)
            v.setAccessibleDescription(label)
            name = QLabel(label)
            name.setBuddy(v)
            form.addRow(name, v)
            self.values[label] = v
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(_tr("Close"))
        close.setDefault(True)
        buttons.rejected.connect(self.accept)
        lay = QVBoxLayout(self)
        lay.addWidget(self.headline)
        if facts.unsaved:
            note = QLabel(unsaved_text())
            note.setWordWrap(True)
            note.setObjectName("unsaved")
            f2 = note.font()
            f2.setBold(True)
            note.setFont(f2)
            lay.addWidget(note)
        lay.addLayout(form)
        lay.addWidget(buttons)

        lines = [headline(facts), *([unsaved_text()] if facts.unsaved else [])]
        self.text = "\n".join([*lines, *(f"{k}: {v}" for k, v in rows(facts))])

    def scale_type(self, k: float) -> None:
        """Text sizes for a page scaled by ``k`` (the player's type scale): never smaller
        than the application's own."""
        base = self.font()
        floor = base.pixelSize() if base.pixelSize() > 0 else round(base.pointSizeF() * 96 / 72)
        body = max(floor, round(36 * k))
        f = QFont(base)
        f.setPixelSize(body)
        self.setFont(f)
        for w in self.findChildren(QWidget):  # the page's style sheet stops inheritance
            if w is not self.headline:
                wf = QFont(w.font())
                wf.setPixelSize(body)
                w.setFont(wf)
        h = QFont(f)
        h.setPixelSize(round(body * 1.4))
        h.setBold(True)
        self.headline.setFont(h)


def unsaved_text() -> str:
    return QCoreApplication.translate(
        "Dialogs",
        "This session is not saved yet: the disk is full or failing. BackTimer keeps "
        "trying while it runs.",
    )


def open_summary(parent: QWidget, facts: SummaryFacts) -> None:
    """The summary dialog over ``parent``; over the player page it takes the page's type
    size, readable from the mat like the page under it."""
    from backtimer.ui.player.view import PlayerView

    dlg = SummaryDialog(facts, parent)
    if isinstance(parent, PlayerView):
        dlg.scale_type(parent.type_scale())
    dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dlg.open()
