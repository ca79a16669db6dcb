"""The physiotherapist report as a PDF: Qt's QPdfWriter, drawn for print.

:func:`write_report` lays a :class:`~backtimer.store.report_data.ReportData` out on A4 or
Letter pages: a plain header (the person's name if given, the period, "Made by BackTimer,
not a medical record"), the figures, two charts drawn as vectors (sessions per week
against the goal, and pain before and after each session), every "it hurts", the
routines with their exercises and dosages, and the notes. Text is in the application's
language (translation context ``Report``); dates follow the application's locale.

Everything is measured in points (1/72 inch): the writer's resolution is 72 dpi, so a
device unit is a point (the PDF stays vector; text is measured against the writer).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPageLayout,
    QPageSize,
    QPainter,
    QPainterPath,
    QPdfWriter,
    QPen,
)

from backtimer.store.db import Database
from backtimer.store.report_data import ReportData, gather
from backtimer.ui.locale_text import number as locale_number

PAPERS = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}
INK = QColor("#1a1a1a")
MUTED = QColor("#555555")
RULE = QColor("#b0b0b0")
BAR = QColor("#3b6ea8")
GOAL = QColor("#c0661c")
BEFORE = QColor("#b03a3a")
AFTER = QColor("#2f7d4f")
MARGIN_MM = 18.0


def _tr(text: str, n: int = -1, /) -> str:
    return QCoreApplication.translate("Report", text, None, n)


class _Page:
    """A cursor down the printable area that starts a new page when something won't fit."""

    def __init__(self, writer: QPdfWriter, painter: QPainter, footer: str) -> None:
        self.writer = writer
        self.painter = painter
        self.footer = footer
        rect = writer.pageLayout().paintRectPoints()
        self.width = float(rect.width())
        self.height = float(rect.height()) - 24.0  # room for the footer
        self.pages = 1
        self.y = 0.0
        self._draw_footer()

    def metrics(self, font: QFont) -> QFontMetricsF:
        return QFontMetricsF(font, self.writer)

    def _draw_footer(self) -> None:
        p = self.painter
        p.save()
        p.setFont(_font(8))
        p.setPen(MUTED)
        box = QRectF(0, self.height + 8, self.width, 14)
        p.drawText(box, Qt.AlignmentFlag.AlignLeft, self.footer)
        p.drawText(box, Qt.AlignmentFlag.AlignRight, _tr("Page %1").replace("%1", str(self.pages)))
        p.restore()

    def need(self, height: float) -> None:
        if self.y > 0 and self.y + height > self.height:
            self.writer.newPage()
            self.pages += 1
            self.y = 0.0
            self._draw_footer()

    def text(
        self,
        text: str,
        size: float = 10,
        *,
        bold: bool = False,
        indent: float = 0,
        colour: QColor = INK,
        after: float = 4,
        keep: float = 0,
    ) -> None:
        """Wrapped text; ``keep`` points of what follows must fit on the same page."""
        font = _font(size, bold)
        width = self.width - indent
        flags = int(Qt.TextFlag.TextWordWrap)
        rect = self.metrics(font).boundingRect(QRectF(0, 0, width, 1e6), flags, text)
        self.need(rect.height() + keep)
        self.painter.setFont(font)
        self.painter.setPen(colour)
        self.painter.drawText(QRectF(indent, self.y, width, rect.height() + 1), flags, text)
        self.y += rect.height() + after

    def row(self, cells: Sequence[tuple[float, str]], size: float = 10) -> None:
        """One table row: (x offset, text) pairs; cells wrap within their column."""
        font = _font(size)
        metrics = self.metrics(font)
        edges = [x for x, _ in cells] + [self.width]
        flags = int(Qt.TextFlag.TextWordWrap)
        widths = [edges[i + 1] - x - 6 for i, (x, _) in enumerate(cells)]
        height = max(
            metrics.boundingRect(QRectF(0, 0, w, 1e6), flags, t).height()
            for w, (_, t) in zip(widths, cells, strict=True)
        )
        self.need(height)
        self.painter.setFont(font)
        self.painter.setPen(INK)
        for w, (x, text) in zip(widths, cells, strict=True):
            self.painter.drawText(QRectF(x, self.y, w, height + 1), flags, text)
        self.y += height + 3

    def rule(self, gap: float = 8) -> None:
        self.need(gap * 2)
        self.y += gap
        self.painter.setPen(QPen(RULE, 0.6))
        self.painter.drawLine(QPointF(0, self.y), QPointF(self.width, self.y))
        self.y += gap


def _font(size: float, bold: bool = False) -> QFont:
    font = QFont()
    font.setPointSizeF(size)
    font.setBold(bold)
    return font


def _day(locale: QLocale, day: date) -> str:
    if locale.language() == QLocale.Language.C:  # "2 11 2026" helps nobody: ISO instead
        return day.isoformat()
    return locale.toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)


def _long_day(locale: QLocale, day: date) -> str:
    if locale.language() == QLocale.Language.C:
        return day.isoformat()
    return locale.toString(QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat)


def _nice_top(value: float) -> int:
    """A round axis maximum at or above ``value`` (at least 1)."""
    top = max(1.0, value)
    for step in (1, 2, 5, 10, 20, 50, 100, 200, 500, 1000):
        if top <= step * 5:
            return int(-(-top // step) * step)
    return int(top)


def _axes(p: QPainter, plot: QRectF, top: float, ticks: Sequence[float], locale: QLocale) -> None:
    p.setFont(_font(7))
    for t in ticks:
        y = plot.bottom() - plot.height() * t / top
        p.setPen(QPen(RULE, 0.4))
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        p.setPen(MUTED)
        p.drawText(
            QRectF(plot.left() - 30, y - 6, 26, 12),
            int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
            locale.toString(int(t)),
        )
    p.setPen(QPen(INK, 0.8))
    p.drawLine(plot.bottomLeft(), plot.bottomRight())


def _x_labels(p: QPainter, plot: QRectF, labels: Sequence[str]) -> None:
    if not labels:
        return
    slot = plot.width() / len(labels)
    every = max(1, int(-(-40 // slot)))  # at least 40 pt between labels
    p.setFont(_font(7))
    p.setPen(MUTED)
    for i, text in enumerate(labels):
        if i % every == 0:
            p.drawText(
                QRectF(plot.left() + i * slot - 20 + slot / 2, plot.bottom() + 3, 40, 12),
                int(Qt.AlignmentFlag.AlignHCenter),
                text,
            )


def _legend(p: QPainter, x: float, y: float, entries: Sequence[tuple[QColor, str, bool]]) -> None:
    """(colour, text, dashed) entries in a line from (x, y)."""
    p.setFont(_font(8))
    for colour, text, dashed in entries:
        pen = QPen(colour, 2.0, Qt.PenStyle.DashLine if dashed else Qt.PenStyle.SolidLine)
        p.setPen(pen)
        p.drawLine(QPointF(x, y + 5), QPointF(x + 16, y + 5))
        p.setPen(INK)
        width = QFontMetricsF(p.font(), p.device()).horizontalAdvance(text)
        p.drawText(QPointF(x + 20, y + 8), text)
        x += 32 + width


def _sessions_chart(page: _Page, data: ReportData, locale: QLocale) -> None:
    height = 150.0
    page.need(height + 30)
    p = page.painter
    plot = QRectF(34, page.y + 18, page.width - 40, height - 34)
    top = _nice_top(max([w.sessions for w in data.weeks] + [data.goal]) + 0.5)
    _axes(p, plot, top, range(0, top + 1, max(1, top // 5)), locale)
    slot = plot.width() / max(1, len(data.weeks))
    for i, week in enumerate(data.weeks):
        h = plot.height() * week.sessions / top
        p.fillRect(
            QRectF(plot.left() + i * slot + slot * 0.15, plot.bottom() - h, slot * 0.7, h), BAR
        )
    y = plot.bottom() - plot.height() * data.goal / top
    p.setPen(QPen(GOAL, 1.4, Qt.PenStyle.DashLine))
    p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
    _x_labels(p, plot, [_day(locale, w.monday) for w in data.weeks])
    _legend(
        p,
        plot.left(),
        page.y,
        [
            (BAR, _tr("Sessions per week"), False),
            (GOAL, _tr("Goal: %1 a week").replace("%1", str(data.goal)), True),
        ],
    )
    page.y += height + 8


def _pain_chart(page: _Page, data: ReportData, locale: QLocale) -> None:
    height = 150.0
    page.need(height + 30)
    p = page.painter
    plot = QRectF(34, page.y + 18, page.width - 40, height - 34)
    _axes(p, plot, 10, range(0, 11, 2), locale)
    points = data.pain
    slot = plot.width() / max(1, len(points))

    def xy(i: int, value: int) -> QPointF:
        return QPointF(plot.left() + slot * (i + 0.5), plot.bottom() - plot.height() * value / 10)

    for colour, attr, square in ((BEFORE, "before", False), (AFTER, "after", True)):
        path = QPainterPath()
        started = False
        marks: list[QPointF] = []
        for i, point in enumerate(points):
            value = getattr(point, attr)
            if value is None:
                started = False
                continue
            at = xy(i, value)
            marks.append(at)
            if started:
                path.lineTo(at)
            else:
                path.moveTo(at)
                started = True
        p.setPen(QPen(colour, 1.2))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawPath(path)
        p.setBrush(colour)
        for at in marks:
            if square:
                p.drawRect(QRectF(at.x() - 2, at.y() - 2, 4, 4))
            else:
                p.drawEllipse(at, 2.2, 2.2)
        p.setBrush(Qt.BrushStyle.NoBrush)
    _x_labels(p, plot, [_day(locale, pt.day) for pt in points])
    _legend(
        p,
        plot.left(),
        page.y,
        [(BEFORE, _tr("Pain before (0–10)"), False), (AFTER, _tr("Pain after (0–10)"), False)],
    )
    page.y += height + 8


def _number(locale: QLocale, value: float, decimals: int = 1) -> str:
    return locale.toString(value, "f", decimals)


def write_report(
    data: ReportData,
    path: Path,
    *,
    person: str = "",
    paper: str = "a4",
    locale: QLocale | None = None,
) -> int:
    """Write the report to ``path`` (replacing it); return the number of pages."""
    locale = locale or QLocale()
    part = path.with_name(path.name + ".part")  # a failed write leaves no half report behind
    writer = QPdfWriter(str(part))
    writer.setTitle(_tr("Exercise report"))
    writer.setCreator("BackTimer")
    writer.setResolution(72)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(PAPERS[paper]),
            QPageLayout.Orientation.Portrait,
            QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
            QPageLayout.Unit.Millimeter,
        )
    )
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(_tr("Could not write %1").replace("%1", str(path)))
    try:
        page = _Page(writer, painter, _tr("Made by BackTimer, not a medical record"))
        _write(page, data, person, locale)
    finally:
        painter.end()
        del writer  # closes the file
    part.replace(path)
    return page.pages


def _write(page: _Page, data: ReportData, person: str, locale: QLocale) -> None:
    page.text(_tr("Exercise report"), 20, bold=True, after=2)
    if person.strip():
        page.text(person.strip(), 13, after=2)
    period = (
        _tr("%1 to %2")
        .replace("%1", _long_day(locale, data.first))
        .replace("%2", _long_day(locale, data.last))
    )
    page.text(period, 11, after=2)
    page.text(
        _tr("Made by BackTimer, not a medical record. The person enters every figure themselves."),
        9,
        colour=MUTED,
    )
    page.rule()

    page.text(_tr("Summary"), 13, bold=True, keep=40)
    change = data.average_pain_change
    rated = sum(1 for x in data.pain if x.before is not None and x.after is not None)
    lines = [
        _tr("Sessions: %1 (goal: %2 a week; met in %3 of %n weeks)", len(data.weeks))
        .replace("%1", str(data.sessions))
        .replace("%2", str(data.goal))
        .replace("%3", str(data.weeks_meeting_goal)),
        _tr("Minutes exercised: %1").replace("%1", _number(locale, data.minutes, 0)),
        _tr("Times something hurt: %1").replace("%1", str(len(data.hurts))),
    ]
    if change is None:
        lines.append(_tr("Pain change per session: no session was rated before and after"))
    else:
        lines.append(
            _tr(
                "Average pain change per session: %1 (after minus before, %n sessions rated)", rated
            ).replace("%1", ("+" if change > 0 else "") + _number(locale, change))
        )
    for line in lines:
        page.text(line, 10, indent=8, after=2)
    page.y += 8

    page.text(_tr("Sessions per week"), 13, bold=True, keep=40)
    _sessions_chart(page, data, locale)
    page.text(_tr("Minutes exercised per week"), 11, bold=True, keep=30)
    col = page.width / 4
    for i in range(0, len(data.weeks), 4):
        chunk = data.weeks[i : i + 4]
        page.row(
            [
                (col * j, f"{_day(locale, w.monday)}: {_number(locale, w.minutes, 0)} min")
                for j, w in enumerate(chunk)
            ],
            9,
        )
    page.y += 6

    page.text(_tr("Pain before and after each session"), 13, bold=True, keep=40)
    if data.pain:
        _pain_chart(page, data, locale)
    else:
        page.text(_tr("No pain ratings in this period."), 10, indent=8)

    page.text(_tr("When something hurt"), 13, bold=True, keep=40)
    if not data.hurts:
        page.text(_tr("Nothing was marked as hurting in this period."), 10, indent=8)
    for hurt in data.hurts:
        page.row([(8, _day(locale, hurt.day)), (110, hurt.exercise)])
    repeated = data.repeated_hurts
    if repeated:
        page.y += 4
        page.text(_tr("Exercises that hurt more than once"), 11, bold=True, keep=30)
        for name, days in repeated:
            page.row([(8, name), (300, _tr("on %n days", days))])
    page.y += 8

    page.text(_tr("Routines done"), 13, bold=True, keep=40)
    if not data.routines:
        page.text(_tr("No sessions in this period."), 10, indent=8)
    for routine in data.routines:
        page.text(
            _tr("%1 (%n sessions)", routine.times).replace("%1", routine.name),
            11,
            bold=True,
            indent=8,
            after=2,
        )
        for name, dosage in routine.items:
            page.row([(20, name), (260, dosage)], 9)
        page.y += 4

    if data.notes:
        page.text(_tr("Notes"), 13, bold=True, keep=40)
        for note in data.notes:
            page.row([(8, _day(locale, note.day)), (110, f"{note.routine}: {note.text}")], 9)


def report_for(
    db: Database,
    first: date,
    last: date,
    path: Path,
    *,
    goal: int,
    exercise_names: dict[str, str],
    person: str = "",
    paper: str = "a4",
) -> tuple[int, ReportData]:
    """Gather the period from the history and write it; return (pages, what was written)."""

    def formatting(text: str, n: int = -1, /) -> str:
        return QCoreApplication.translate("Formatting", text, None, n)

    data = gather(
        db,
        first,
        last,
        goal=goal,
        exercise_name=lambda ex_id: exercise_names.get(ex_id, ex_id),
        translate=formatting,
        number=locale_number,
    )
    return write_report(data, path, person=person, paper=paper), data
