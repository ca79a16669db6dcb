"""Qt models of the routine editor. Data is pushed in; nothing here reads the store.

- :class:`RoutineListModel`: the built-in and custom routines (``set_rows``).
- :class:`ItemsModel`: the items of the routine being edited. Reordering by drag and
  drop (mime data) and by ``moveRows``; the page installs ``move_handler`` and
  ``drop_handler`` so that both become undoable commands. Without handlers the model
  moves and inserts by itself.
- :class:`CatalogueModel` and :class:`CatalogueFilter` (search by name; filter by
  position, equipment, level).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QFont

from backtimer.core.formatting import format_dosage, format_duration
from backtimer.core.model import Exercise, Item, Level, Position
from backtimer.core.safety import is_loaded
from backtimer.core.steps import item_seconds
from backtimer.ui.editor.safety_notes import loaded_mark
from backtimer.ui.locale_text import number

ITEM_ROWS_MIME = "application/x-backtimer-item-rows"
EXERCISE_IDS_MIME = "application/x-backtimer-exercise-ids"

ItemRole = Qt.ItemDataRole.UserRole + 1
IdRole = Qt.ItemDataRole.UserRole + 2
BuiltinRole = Qt.ItemDataRole.UserRole + 3
PositionRole = Qt.ItemDataRole.UserRole + 4
EquipmentRole = Qt.ItemDataRole.UserRole + 5
LevelRole = Qt.ItemDataRole.UserRole + 6
ExerciseRole = Qt.ItemDataRole.UserRole + 7

AnyIndex = QModelIndex | QPersistentModelIndex


def _tr(text: str) -> str:
    return QCoreApplication.translate("EditorModels", text)


def _fmt(text: str, n: int = -1, /) -> str:
    return QCoreApplication.translate("Formatting", text, None, n)


@dataclass(frozen=True, slots=True)
class RoutineRow:
    id: str
    name: str
    builtin: bool


class RoutineListModel(QAbstractListModel):
    """Built-in routines first (read-only), then the custom ones."""

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._rows: list[RoutineRow] = []

    def set_rows(self, rows: Sequence[RoutineRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_of(self, routine_id: str) -> int:
        return next((n for n, r in enumerate(self._rows) if r.id == routine_id), -1)

    def routine_row(self, row: int) -> RoutineRow:
        return self._rows[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        r = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return _tr("{name} (built-in)").format(name=r.name) if r.builtin else r.name
        if role == Qt.ItemDataRole.ToolTipRole:
            if r.builtin:
                return _tr("Built-in routine: read-only. Duplicate it to make your own copy.")
            return _tr("Your routine")
        if role == Qt.ItemDataRole.FontRole and r.builtin:
            font = QFont()
            font.setItalic(True)
            return font
        if role == IdRole:
            return r.id
        if role == BuiltinRole:
            return r.builtin
        return None


class ItemsModel(QAbstractListModel):
    """The items of the routine being edited, in order."""

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._items: list[Item] = []
        self._names: dict[str, str] = {}
        self._problems: dict[int, str] = {}
        self._read_only = False
        # (from_row, to_row) -> None: the page turns a move into an undoable command.
        self.move_handler: Callable[[int, int], None] | None = None
        # (row, exercise ids) -> None: exercises dropped from the catalogue.
        self.drop_handler: Callable[[int, list[str]], None] | None = None

    # ------------------------------------------------------------ pushing data
    def set_items(self, items: Sequence[Item]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self._problems = {}
        self.endResetModel()

    def items(self) -> tuple[Item, ...]:
        return tuple(self._items)

    def item(self, row: int) -> Item:
        return self._items[row]

    def set_exercise_names(self, names: dict[str, str]) -> None:
        self._names = dict(names)
        self._changed_all()

    def set_problems(self, problems: dict[int, str]) -> None:
        """Rows with a problem (row -> message); they are marked in the list."""
        if problems != self._problems:
            self._problems = dict(problems)
            self._changed_all()

    def set_read_only(self, read_only: bool) -> None:
        self.beginResetModel()
        self._read_only = read_only
        self.endResetModel()

    # -------------------------------------------------- edits (used by commands)
    def insert_item(self, row: int, item: Item) -> None:
        self.beginInsertRows(QModelIndex(), row, row)
        self._items.insert(row, item)
        self.endInsertRows()
        self._changed_all()  # the place numbers of the accessible texts

    def remove_item(self, row: int) -> Item:
        self.beginRemoveRows(QModelIndex(), row, row)
        item = self._items.pop(row)
        self.endRemoveRows()
        self._changed_all()  # the place numbers of the accessible texts
        return item

    def replace_item(self, row: int, item: Item) -> None:
        self._items[row] = item
        idx = self.index(row, 0)
        self.dataChanged.emit(idx, idx)

    def move_item(self, from_row: int, to_row: int) -> None:
        """Move one row so that it ends up at ``to_row``."""
        if from_row == to_row:
            return
        child = to_row + 1 if to_row > from_row else to_row
        ok = self.beginMoveRows(QModelIndex(), from_row, from_row, QModelIndex(), child)
        if not ok:  # pragma: no cover - guarded by the checks above
            raise ValueError(f"cannot move row {from_row} to {to_row}")
        self._items.insert(to_row, self._items.pop(from_row))
        self.endMoveRows()
        self._changed_all()  # the place numbers of the accessible texts

    def _changed_all(self) -> None:
        if self._items:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._items) - 1, 0))

    # ----------------------------------------------------------------- reading
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        row = index.row()
        item = self._items[row]
        name = self._names.get(item.exercise, item.exercise)
        if role == Qt.ItemDataRole.DisplayRole:
            mark = "⚠ " if row in self._problems else ""
            return f"{mark}{name} — {format_dosage(item, _fmt, number)}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{row + 1}. {name}, {format_dosage(item, _fmt, number)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            if row in self._problems:
                return self._problems[row]
            return _tr("{name}: about {time}, its rest included").format(
                name=name, time=format_duration(item_seconds(item))
            )
        if role == ItemRole:
            return item
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags if self._read_only else Qt.ItemFlag.ItemIsDropEnabled
        f = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not self._read_only:
            f |= Qt.ItemFlag.ItemIsDragEnabled
        return f

    # ------------------------------------------------------------ drag and drop
    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [ITEM_ROWS_MIME, EXERCISE_IDS_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        mime = QMimeData()
        rows = sorted({i.row() for i in indexes if i.isValid()})
        mime.setData(ITEM_ROWS_MIME, QByteArray(json.dumps(rows).encode()))
        return mime

    def canDropMimeData(
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        column: int,
        parent: AnyIndex,
    ) -> bool:
        if self._read_only or column > 0:
            return False
        return data.hasFormat(ITEM_ROWS_MIME) or data.hasFormat(EXERCISE_IDS_MIME)

    def dropMimeData(
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        column: int,
        parent: AnyIndex,
    ) -> bool:
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        if action == Qt.DropAction.IgnoreAction:
            return True
        if row < 0:
            row = parent.row() if parent.isValid() else len(self._items)
        if data.hasFormat(ITEM_ROWS_MIME):
            rows = _decode(data, ITEM_ROWS_MIME, int)
            if len(rows) != 1 or not 0 <= rows[0] < len(self._items):
                return False
            # Move but return False: the rows are moved here, the view must not remove
            # the "source" rows afterwards.
            self.moveRows(QModelIndex(), rows[0], 1, QModelIndex(), row)
            return False
        ids = _decode(data, EXERCISE_IDS_MIME, str)
        if not ids:
            return False
        if self.drop_handler is not None:
            self.drop_handler(row, ids)
        else:
            raise RuntimeError("ItemsModel: no drop_handler to build items from exercise ids")
        return True

    def moveRows(
        self,
        sourceParent: AnyIndex,
        sourceRow: int,
        count: int,
        destinationParent: AnyIndex,
        destinationChild: int,
    ) -> bool:
        if sourceParent.isValid() or destinationParent.isValid() or count != 1:
            return False
        n = len(self._items)
        if not (0 <= sourceRow < n and 0 <= destinationChild <= n):
            return False
        if destinationChild in (sourceRow, sourceRow + 1):
            return True  # onto itself: nothing to do
        to_row = destinationChild - 1 if destinationChild > sourceRow else destinationChild
        if self.move_handler is not None:
            self.move_handler(sourceRow, to_row)
        else:
            self.move_item(sourceRow, to_row)
        return True


def _decode(data: QMimeData, mime: str, kind: type) -> list:  # type: ignore[type-arg]
    try:
        raw = json.loads(bytes(data.data(mime).data()).decode())
    except (ValueError, UnicodeDecodeError):
        return []
    if not isinstance(raw, list) or not all(type(v) is kind for v in raw):
        return []
    return raw


class CatalogueModel(QAbstractListModel):
    """The exercises one can add: the catalogue's and the routine's custom ones."""

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._rows: list[Exercise] = []

    def set_rows(self, exercises: Sequence[Exercise]) -> None:
        self.beginResetModel()
        self._rows = list(exercises)
        self.endResetModel()

    def exercise(self, row: int) -> Exercise:
        return self._rows[row]

    def equipment(self) -> list[str]:
        return sorted({e for ex in self._rows for e in ex.equipment})

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        ex = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            suffix = _tr(" (custom)") if ex.custom else ""
            suffix += loaded_mark() if is_loaded(ex) else ""
            return f"{ex.name}{suffix} — {format_dosage(ex.default, _fmt, number)}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return ex.name
        if role == Qt.ItemDataRole.ToolTipRole:
            return ex.summary or ex.name
        if role == IdRole:
            return ex.id
        if role == PositionRole:
            return ex.position.value
        if role == EquipmentRole:
            return list(ex.equipment)
        if role == LevelRole:
            return ex.level.value
        if role == ExerciseRole:
            return ex
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
        )

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction

    def mimeTypes(self) -> list[str]:
        return [EXERCISE_IDS_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        mime = QMimeData()
        ids = [self._rows[i.row()].id for i in sorted(indexes, key=lambda i: i.row())]
        mime.setData(EXERCISE_IDS_MIME, QByteArray(json.dumps(ids).encode()))
        return mime


class CatalogueFilter(QSortFilterProxyModel):
    """Search by name (and summary); filter by position, equipment and level."""

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._search = ""
        self._position: Position | None = None
        self._equipment: str | None = None
        self._level: Level | None = None

    def set_filters(
        self,
        *,
        search: str = "",
        position: Position | None = None,
        equipment: str | None = None,
        level: Level | None = None,
    ) -> None:
        self.beginFilterChange()
        self._search = " ".join(search.split()).casefold()
        self._position, self._equipment, self._level = position, equipment, level
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        model = self.sourceModel()
        if not isinstance(model, CatalogueModel):
            return True
        ex = model.exercise(source_row)
        if self._search and not all(
            word in f"{ex.name} {ex.summary}".casefold() for word in self._search.split()
        ):
            return False
        if self._position is not None and ex.position is not self._position:
            return False
        if self._equipment is not None and self._equipment not in ex.equipment:
            return False
        return self._level is None or ex.level is self._level
