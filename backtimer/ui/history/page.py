"""The history page: the sessions, one session's details, delete with undo, the charts.

:class:`HistoryPage` is given its data source (the :class:`HistoryStore`, or anything
with the same reading methods, see :class:`HistorySource`) by the composition root; it
runs no SQL itself. What it loads is bounded, so opening it does not get slower as the
history grows:

- the sessions table gets one page of rows and fetches more as it is scrolled;
- the charts get the last :data:`RECENT_WEEKS` weeks (weekly totals come from SQL) and
  the pain ratings of those weeks. Panning back past them, pressing *All weeks*, or a
  streak as long as what is loaded, loads the whole history once.

Import this module lazily (it imports pyqtgraph): when the History tab is first shown.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QEvent, QItemSelection, QObject, Qt, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence, QResizeEvent, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from backtimer.core.report import SessionStatus
from backtimer.store.history import SessionSnapshot
from backtimer.store.history_read import PainPoint, SessionDetail, SessionRow, WeekTotal
from backtimer.ui.history.charts import HistoryCharts
from backtimer.ui.history.details import details_html
from backtimer.ui.history.models import SessionsModel, local_text, status_text

DEFAULT_GOAL = 4  # sessions a week (the articles' "three to five times a week")
RECENT_WEEKS = 104
PAGE_SIZE = 100
DEFAULT_VIEW_WEEKS = 12


class HistorySource(Protocol):
    """What the page reads and writes; :class:`HistoryStore` has all of it."""

    def count_sessions(self) -> int: ...
    def sessions(self, limit: int = 50, offset: int = 0) -> list[SessionRow]: ...
    def session_detail(self, session_id: int) -> SessionDetail | None: ...
    def weekly_totals(
        self, weeks: int | None = None, *, today: date | None = None
    ) -> list[WeekTotal]: ...
    def pain_series(self, since_utc: datetime | None = None) -> list[PainPoint]: ...
    def pain_chart(
        self, since_utc: datetime | None = None
    ) -> list[tuple[int, float, int | None, int | None]]: ...
    def delete_session(self, session_id: int) -> SessionSnapshot: ...
    def restore_session(self, snapshot: SessionSnapshot) -> int: ...


def ask_to_confirm(parent: QWidget, title: str, text: str) -> bool:
    answer = QMessageBox.question(
        parent,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Yes


class _DeleteSession(QUndoCommand):
    def __init__(self, page: HistoryPage, row: SessionRow) -> None:
        text = QCoreApplication.translate("HistoryPage", "Delete the session of %1")
        super().__init__(text.replace("%1", local_text(row)))
        self._page = page
        self._id = row.id
        self._snapshot: SessionSnapshot | None = None

    def redo(self) -> None:
        try:
            self._snapshot = self._page.source.delete_session(self._id)
        except KeyError:  # already gone
            self.setObsolete(True)
        self._page.after_change()

    def undo(self) -> None:
        if self._snapshot is not None:
            self._id = self._page.source.restore_session(self._snapshot)
            self._snapshot = None
        self._page.after_change(select_id=self._id)


class HistoryPage(QWidget):
    """Sessions table, details, goal, streak and charts.

    Signals:
        goal_changed(int): the person set a new weekly goal (sessions a week).
        history_changed(): a session was deleted or restored here.
        report_requested(): the person asked for a report for their physiotherapist.
    """

    goal_changed = Signal(int)
    history_changed = Signal()
    report_requested = Signal()

    def __init__(
        self,
        source: HistorySource,
        parent: QWidget | None = None,
        *,
        goal: int = DEFAULT_GOAL,
        today: Callable[[], date] = date.today,
        confirm: Callable[[QWidget, str, str], bool] = ask_to_confirm,
        recent_weeks: int = RECENT_WEEKS,
        page_size: int = PAGE_SIZE,
    ) -> None:
        super().__init__(parent)
        self.source = source
        self._today = today
        self._confirm = confirm
        self._recent_weeks = recent_weeks
        self._page_size = page_size
        self._all_loaded = False
        self._shown_once = False
        self._sized = False
        self.setAccessibleName(self.tr("History"))
        self.undo_stack = QUndoStack(self)
        self.model = SessionsModel(self)
        self._build(goal)
        self._connect_signals()

    # -- layout ----------------------------------------------------------------------

    def _build(self, goal: int) -> None:
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Sessions"))
        self.table.horizontalHeader().setAccessibleName(self.tr("Column headers"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(SessionsModel.ROUTINE, QHeaderView.ResizeMode.Stretch)
        self.table.viewport().installEventFilter(self)

        self.details = QTextBrowser()
        self.details.setAccessibleName(self.tr("Session details"))
        self.details.setOpenLinks(False)

        self.delete_button = QPushButton(self.tr("Delete session…"))
        self.delete_button.setAccessibleName(self.tr("Delete the selected session"))
        self.delete_button.setEnabled(False)
        self.delete_action = QAction(self.tr("Delete session…"), self.table)
        self.delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.table.addAction(self.delete_action)
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("Undo"))
        self.undo_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        self.undo_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(self.undo_action)

        self.undo_bar = QFrame()
        self.undo_bar.setFrameShape(QFrame.Shape.StyledPanel)
        self.undo_label = QLabel()
        self.undo_label.setWordWrap(True)
        self.report_button = QPushButton(self.tr("Rep&ort for your physiotherapist…"))
        self.report_button.setAccessibleName(self.report_button.text().replace("&", ""))
        self.report_button.setToolTip(
            self.tr("A PDF of your sessions, pain ratings and what hurt, for a chosen period")
        )
        self.report_button.clicked.connect(self.report_requested)
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.setAccessibleName(self.tr("Undo the deletion"))
        bar = QHBoxLayout(self.undo_bar)
        bar.setContentsMargins(8, 4, 8, 4)
        bar.addWidget(self.undo_label, 1)
        bar.addWidget(self.undo_button)
        self.undo_bar.hide()

        self.goal_spin = QSpinBox()
        self.goal_spin.setRange(1, 14)
        self.goal_spin.setValue(max(1, min(14, goal)))
        self.goal_spin.setSuffix(self.tr(" a week"))
        self.goal_spin.setAccessibleName(self.tr("Weekly goal, sessions a week"))
        goal_label = QLabel(self.tr("&Goal:"))
        goal_label.setBuddy(self.goal_spin)
        self.streak_label = QLabel()
        self.streak_label.setAccessibleDescription(self.tr("Current streak"))
        self.streak_label.setWordWrap(True)  # narrow windows: wrap rather than push
        self.recent_button = QPushButton(self.tr("Last 12 weeks"))
        self.recent_button.setAccessibleName(self.tr("Show the last 12 weeks"))
        self.all_button = QPushButton(self.tr("All weeks"))
        self.all_button.setAccessibleName(self.tr("Show all weeks"))
        self.charts = HistoryCharts()

        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        inner = QSplitter(Qt.Orientation.Vertical)
        inner.addWidget(self.table)
        inner.addWidget(self.details)
        inner.setStretchFactor(0, 3)
        inner.setStretchFactor(1, 2)
        lv.addWidget(inner, 1)
        lv.addWidget(self.undo_bar)
        buttons = QHBoxLayout()
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        buttons.addWidget(self.report_button)
        lv.addLayout(buttons)

        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        tools = QHBoxLayout()
        tools.addWidget(goal_label)
        tools.addWidget(self.goal_spin)
        tools.addWidget(self.streak_label, 1)
        tools.addWidget(self.recent_button)
        tools.addWidget(self.all_button)
        rv.addLayout(tools)
        rv.addWidget(self.charts, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        outer = QVBoxLayout(self)
        outer.addWidget(self.splitter)
        self.charts.set_goal(self.goal_spin.value())

    def _connect_signals(self) -> None:
        self.model.fetch_more_requested.connect(self._fetch_more)
        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        self.delete_button.clicked.connect(self.delete_selected)
        self.delete_action.triggered.connect(self.delete_selected)
        self.undo_button.clicked.connect(self.undo_stack.undo)
        self.undo_stack.canUndoChanged.connect(self._on_can_undo)
        self.goal_spin.valueChanged.connect(self._on_goal)
        self.recent_button.clicked.connect(lambda: self.charts.show_recent(DEFAULT_VIEW_WEEKS))
        self.all_button.clicked.connect(self._show_all)
        self.charts.earlier_wanted.connect(self._load_everything)

    # -- public ----------------------------------------------------------------------

    @property
    def goal(self) -> int:
        return self.goal_spin.value()

    def set_goal(self, goal: int) -> None:
        """Set the weekly goal (from the settings); emits :attr:`goal_changed` if new."""
        self.goal_spin.setValue(goal)

    def refresh(self) -> None:
        """Read the history again (after a session ended, after an import)."""
        keep = self.selected_id()
        self.model.set_rows(self.source.sessions(self._page_size, 0), self.source.count_sessions())
        self._load_charts(everything=self._all_loaded)
        if not self._shown_once:
            self._shown_once = True
            self.charts.show_recent(DEFAULT_VIEW_WEEKS)
        self._size_columns()
        self._select(keep)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._size_columns()  # the routine's name keeps its share at any width
        return super().eventFilter(watched, event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """The first real size splits the page in halves. Also when the page is laid
        out unseen (``Pages.prepare_history``): its first show then resizes nothing."""
        super().resizeEvent(event)
        if not self._sized and self.splitter.width() > 2:
            self._sized = True
            w = self.splitter.width()
            self.splitter.setSizes([w // 2, w - w // 2])

    def _size_columns(self) -> None:
        """Widths from the font and the rows loaded, not from every row (which would read
        them all). The status column fits the statuses shown, or, if there is room, the
        longest one there is; the routine's name keeps at least a third of the table."""
        fm = self.table.fontMetrics()
        pad = 2 * fm.horizontalAdvance("M")
        model = self.model

        def widest(col: int, *samples: str) -> int:
            head = str(model.headerData(col, Qt.Orientation.Horizontal))
            return max(fm.horizontalAdvance(t) for t in (head, *samples)) + pad

        loaded = range(min(model.rowCount(), 200))
        date = widest(SessionsModel.DATE, model.index(0, 0).data() or "00/00/0000 00:00")
        duration = widest(SessionsModel.DURATION, "0:00:00")
        pain = widest(SessionsModel.PAIN, "10 → 10")
        shown = widest(
            SessionsModel.STATUS,
            *(str(model.index(r, SessionsModel.STATUS).data()) for r in loaded),
        )
        longest = widest(SessionsModel.STATUS, status_text(SessionStatus.STOPPED_FOR_PAIN))
        least = widest(SessionsModel.STATUS, status_text(SessionStatus.COMPLETED))
        room = self.table.viewport().width() - self.table.viewport().width() // 3
        # Longer statuses are cut short (the details below the table say them in full).
        status = max(least, min(max(shown, longest), room - date - duration - pain))
        for col, width in (
            (SessionsModel.DATE, date),
            (SessionsModel.DURATION, duration),
            (SessionsModel.STATUS, status),
            (SessionsModel.PAIN, pain),
        ):
            self.table.setColumnWidth(col, width)

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.session_row(rows[0].row()).id if rows else None

    def select_session(self, session_id: int) -> bool:
        return self._select(session_id)

    @Slot()
    def delete_selected(self) -> None:
        """Ask, then delete the selected session (undoable)."""
        sid = self.selected_id()
        if sid is None:
            return
        row = self.model.session_row(self.model.row_of(sid))
        text = self.tr("Delete the session of %1 (%2)? You can undo this.")
        text = text.replace("%1", local_text(row)).replace("%2", row.routine_name)
        if not self._confirm(self, self.tr("Delete session"), text):
            return
        self.undo_label.setText(
            self.tr("Deleted the session of %1.").replace("%1", local_text(row))
        )
        self.undo_stack.push(_DeleteSession(self, row))

    def after_change(self, select_id: int | None = None) -> None:
        """Called by the undo commands once the store has changed."""
        self.refresh()
        if select_id is not None:
            self._select(select_id)
        self.history_changed.emit()

    # -- loading ---------------------------------------------------------------------

    def _load_charts(self, *, everything: bool) -> None:
        today = self._today()
        if everything:
            weeks = self.source.weekly_totals(None, today=today)
            complete = True
        else:
            weeks = self.source.weekly_totals(self._recent_weeks, today=today)
            complete = sum(w.sessions for w in weeks) >= self.model.total
            if complete:  # a short history: start at its first week, like the full query
                first = next((i for i, w in enumerate(weeks) if w.sessions), len(weeks) - 1)
                weeks = weeks[max(0, first) :]
        self._all_loaded = complete and everything
        self.charts.set_weeks(weeks, complete=complete)
        since = None
        if not complete and weeks:
            # A session started on that Monday may be stored as the Sunday in UTC.
            since = datetime.combine(weeks[0].monday - timedelta(days=1), time(), UTC)
        self.charts.set_pain_rows(self.source.pain_chart(since))
        self._update_streak()

    @Slot()
    def _load_everything(self) -> None:
        if not self._all_loaded:
            lo, hi = self.charts.x_range()
            self._load_charts(everything=True)
            self.charts.set_x_range(lo, hi)

    @Slot()
    def _show_all(self) -> None:
        self._load_everything()
        self.charts.show_all()

    @Slot(int)
    def _fetch_more(self, offset: int) -> None:
        self.model.append_rows(self.source.sessions(self._page_size, offset))

    # -- reacting --------------------------------------------------------------------

    def _select(self, session_id: int | None) -> bool:
        row = self.model.row_of(session_id) if session_id is not None else -1
        if row < 0 and self.model.rowCount():
            row = 0
        if row < 0:
            self._show_details(None)
            return False
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))
        return self.model.session_row(row).id == session_id

    @Slot(QItemSelection, QItemSelection)
    def _on_selection(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        sid = self.selected_id()
        self.delete_button.setEnabled(sid is not None)
        self._show_details(self.source.session_detail(sid) if sid is not None else None)

    def _show_details(self, detail: SessionDetail | None) -> None:
        if detail is None:
            self.details.setHtml(
                "<p>"
                + self.tr("No session selected. Finished sessions appear in the list.")
                + "</p>"
            )
        else:
            self.details.setHtml(details_html(detail))

    @Slot(bool)
    def _on_can_undo(self, can: bool) -> None:
        self.undo_bar.setVisible(can)

    @Slot(int)
    def _on_goal(self, goal: int) -> None:
        self.charts.set_goal(goal)
        self._update_streak()
        self.goal_changed.emit(goal)

    def _update_streak(self) -> None:
        n = self.charts.streak()
        if n == 0:
            text = self.tr("No streak yet: meet the goal this week to start one")
        elif not self.charts.complete and self.charts.streak_reaches_start():
            # Older weeks are not loaded (bounded opening): the streak is at least this.
            text = self.tr("Streak: %n+ weeks in a row meeting the goal", "", n)
        else:
            text = self.tr("Streak: %n weeks in a row meeting the goal", "", n)
        self.streak_label.setText(text)
