"""The exercise queue: one row per routine item, with its dosage and state."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont


class RowState(StrEnum):
    DONE = "done"
    NOW = "now"
    NEXT = "next"
    SKIPPED = "skipped"
    HURT = "hurt"


_MARK = {
    RowState.DONE: "✓",
    RowState.NOW: "▶",
    RowState.NEXT: "·",
    RowState.SKIPPED: "↷",
    RowState.HURT: "✗",
}


@dataclass(frozen=True, slots=True)
class QueueRow:
    name: str
    dosage: str
    state: RowState
    warm_up: bool = False
    warning: str = ""


StateRole = Qt.ItemDataRole.UserRole + 1
_Index = QModelIndex | QPersistentModelIndex


class QueueModel(QAbstractListModel):
    """Rows are pushed in with :meth:`set_rows`; states with :meth:`set_states`."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[QueueRow] = []

    def set_rows(self, rows: list[QueueRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def set_states(self, states: list[RowState]) -> None:
        changed = [
            i for i, s in enumerate(states) if i < len(self._rows) and self._rows[i].state != s
        ]
        for i in changed:
            r = self._rows[i]
            self._rows[i] = QueueRow(r.name, r.dosage, states[i], r.warm_up, r.warning)
        if changed:
            self.dataChanged.emit(self.index(min(changed)), self.index(max(changed)))

    def state_text(self, state: RowState) -> str:
        """The row state in words, for assistive technology."""
        return {
            RowState.DONE: self.tr("done"),
            RowState.NOW: self.tr("now"),
            RowState.NEXT: self.tr("to come"),
            RowState.SKIPPED: self.tr("skipped"),
            RowState.HURT: self.tr("hurt"),
        }[state]

    def states(self) -> list[RowState]:
        return [r.state for r in self._rows]

    def row(self, i: int) -> QueueRow:
        return self._rows[i]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        r = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            warm = self.tr("Warm-up: ") if r.warm_up else ""
            warn = f"  ⚠ {r.warning}" if r.warning else ""
            return f"{_MARK[r.state]}  {warm}{r.name}\n      {r.dosage}{warn}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{r.name}, {r.dosage}, {self.state_text(r.state)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return r.warning or self.state_text(r.state)
        if role == Qt.ItemDataRole.FontRole and r.state is RowState.NOW:
            f = QFont()
            f.setBold(True)
            return f
        if role == StateRole:
            return r.state.value
        return None
