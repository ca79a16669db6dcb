"""The sessions table of the history page: rows are pushed in, newest first.

:class:`SessionsModel` never queries anything. The page gives it a first page of rows
and the total (:meth:`SessionsModel.set_rows`); when the view scrolls near the end Qt
calls :meth:`fetchMore`, the model emits :attr:`SessionsModel.fetch_more_requested`
with the number of rows it has (from the event loop, not inside ``fetchMore``),
and the page answers with :meth:`append_rows`. A long
history therefore costs one page to open.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTime,
    QTimer,
    Signal,
)

from backtimer.core.formatting import format_duration
from backtimer.core.report import SessionStatus
from backtimer.store.history_read import SessionRow
from backtimer.ui.marks import QT_TRANSLATE_NOOP

_Index = QModelIndex | QPersistentModelIndex
SESSION_ID_ROLE = Qt.ItemDataRole.UserRole + 1

_CONTEXT = "SessionsModel"
_STATUS = {
    SessionStatus.RUNNING: QT_TRANSLATE_NOOP("SessionsModel", "Running"),
    SessionStatus.COMPLETED: QT_TRANSLATE_NOOP("SessionsModel", "Completed"),
    SessionStatus.STOPPED: QT_TRANSLATE_NOOP("SessionsModel", "Stopped"),
    SessionStatus.STOPPED_FOR_PAIN: QT_TRANSLATE_NOOP("SessionsModel", "Stopped for pain"),
    SessionStatus.INTERRUPTED: QT_TRANSLATE_NOOP("SessionsModel", "Interrupted"),
}
NO_VALUE = "–"


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def status_text(status: SessionStatus) -> str:
    return _tr(_STATUS[status])


def pain_text(before: int | None, after: int | None) -> str:
    """``3 → 5``, ``3 → –``, or ``–`` when neither was given."""
    if before is None and after is None:
        return NO_VALUE
    b = NO_VALUE if before is None else str(before)
    a = NO_VALUE if after is None else str(after)
    return f"{b} → {a}"


def local_text(row: SessionRow, fmt: QLocale.FormatType = QLocale.FormatType.ShortFormat) -> str:
    """The start as the person saw it on the clock where they were (no time zone shown:
    it is the wall-clock time of that place)."""
    t = row.started_local
    locale = QLocale()
    day = locale.toString(QDate(t.year, t.month, t.day), fmt)
    return f"{day} {locale.toString(QTime(t.hour, t.minute), QLocale.FormatType.ShortFormat)}"


class SessionsModel(QAbstractTableModel):
    """Sessions, newest first: date, routine, duration, exercised, status, pain.

    Signals:
        fetch_more_requested(int): Qt wants more rows; the argument is how many the
            model has (the offset of the next page). Answer with :meth:`append_rows`.
    """

    fetch_more_requested = Signal(int)

    DATE, ROUTINE, DURATION, STATUS, PAIN = range(5)
    _HEADERS = (
        QT_TRANSLATE_NOOP("SessionsModel", "Date"),
        QT_TRANSLATE_NOOP("SessionsModel", "Routine"),
        QT_TRANSLATE_NOOP("SessionsModel", "Duration"),
        QT_TRANSLATE_NOOP("SessionsModel", "Status"),
        QT_TRANSLATE_NOOP("SessionsModel", "Pain"),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[SessionRow] = []
        self._total = 0
        self._fetch_pending = False

    # -- pushing data in -------------------------------------------------------------

    def set_rows(self, rows: Sequence[SessionRow], total: int | None = None) -> None:
        """Replace everything; ``total`` is how many exist (more may be fetched later)."""
        self.beginResetModel()
        self._rows = list(rows)
        self._total = max(len(self._rows), total if total is not None else len(self._rows))
        self.endResetModel()

    def append_rows(self, rows: Sequence[SessionRow]) -> None:
        if not rows:
            self._total = len(self._rows)  # nothing more to fetch after all
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self._rows.extend(rows)
        self._total = max(self._total, len(self._rows))
        self.endInsertRows()

    @property
    def total(self) -> int:
        return self._total

    def session_row(self, row: int) -> SessionRow:
        return self._rows[row]

    def row_of(self, session_id: int) -> int:
        """The row showing ``session_id``, or -1."""
        for i, r in enumerate(self._rows):
            if r.id == session_id:
                return i
        return -1

    # -- QAbstractTableModel ---------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._HEADERS)

    def canFetchMore(self, parent: _Index) -> bool:
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: _Index) -> None:
        # Asked from the event loop, not from here: views (and the model tester) call
        # fetchMore while handling this model's own signals, where inserting is not safe.
        if self.canFetchMore(parent) and not self._fetch_pending:
            self._fetch_pending = True
            QTimer.singleShot(0, self._request_more)

    def _request_more(self) -> None:
        self._fetch_pending = False
        if len(self._rows) < self._total:
            self.fetch_more_requested.emit(len(self._rows))

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._HEADERS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return _tr(self._HEADERS[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self.checkIndex(index, QAbstractTableModel.CheckIndexOption.IndexIsValid):
            return None
        row = self._rows[index.row()]
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(row, col)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, col)
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (self.DURATION, self.PAIN):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == SESSION_ID_ROLE:
            return row.id
        return None

    def _text(self, row: SessionRow, col: int) -> str:
        match col:
            case self.DATE:
                return local_text(row)
            case self.ROUTINE:
                return row.routine_name
            case self.DURATION:
                return format_duration(row.elapsed_seconds)
            case self.STATUS:
                return status_text(row.status)
            case _:
                return pain_text(row.pain_before, row.pain_after)

    def _tooltip(self, row: SessionRow, col: int) -> str | None:
        if col == self.DATE:
            return local_text(row, QLocale.FormatType.LongFormat)
        if col == self.DURATION:
            return (
                _tr("%1 exercised, %2 paused")
                .replace("%1", format_duration(row.exercised_seconds))
                .replace("%2", format_duration(row.paused_seconds))
            )
        if col == self.PAIN:
            return _tr("Pain before → after the session, 0 to 10")
        if col == self.STATUS:
            return (
                _tr("%1 done, %2 skipped, %3 hurt")
                .replace("%1", str(row.steps_done))
                .replace("%2", str(row.steps_skipped))
                .replace("%3", str(row.steps_hurt))
            )
        return None
