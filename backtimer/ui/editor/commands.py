"""The routine being edited (:class:`Draft`) and one undoable command per kind of edit.

Every edit goes through a ``QUndoCommand`` pushed on the page's ``QUndoStack``: add,
remove, move and change an item, set a routine field (name, description, lead-in),
set the rest of every item, add a custom exercise. Typing in one field merges into
one command (``mergeWith``), so Ctrl+Z undoes a whole number, not one digit.

:func:`check_routine` validates the draft with the routine file reader itself, so the
editor refuses exactly what an import refuses.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import ClassVar

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand

from backtimer.core import routine_io
from backtimer.core.fields import ContentError
from backtimer.core.model import Exercise, Item, Routine
from backtimer.ui.editor.models import ItemsModel
from backtimer.ui.marks import QT_TRANSLATE_NOOP


def _tr(text: str) -> str:
    return QCoreApplication.translate("EditorCommands", text)


@dataclass(frozen=True, slots=True)
class Problems:
    """What stops a routine from being saved: by item row and field, and for the routine."""

    items: dict[int, dict[str, str]]  # row -> field ("" for the whole item) -> message
    routine: dict[str, str]  # field ("" for the whole routine) -> message
    other: tuple[str, ...] = ()  # anything else (custom exercises)

    @property
    def ok(self) -> bool:
        return not (self.items or self.routine or self.other)

    def count(self) -> int:
        return sum(len(f) for f in self.items.values()) + len(self.routine) + len(self.other)

    def first(self) -> tuple[int | None, str, str]:
        """(item row or None, field, message) of the first problem."""
        for row in sorted(self.items):
            key, message = next(iter(self.items[row].items()))
            return row, key, message
        if self.routine:
            key, message = next(iter(self.routine.items()))
            return None, key, message
        return None, "", self.other[0] if self.other else ""


def check_routine(routine: Routine, known_exercises: frozenset[str]) -> Problems:
    """Write the routine as a file would be written and read it back."""
    items: dict[int, dict[str, str]] = {}
    top: dict[str, str] = {}
    other: list[str] = []
    try:
        routine_io.routine_from_json(
            routine_io.routine_to_json(routine), "routine", known_exercises
        )
    except ContentError as exc:
        for p in exc.problems:
            if p.section == "item" and p.index is not None:
                items.setdefault(p.index - 1, {}).setdefault(p.field or "", p.message)
            elif p.section == "routine":
                top.setdefault(p.field or "", p.message)
            else:
                other.append(str(p))
    return Problems(items, top, tuple(other))


class Draft(QObject):
    """The routine being edited: header fields here, items in an :class:`ItemsModel`.

    Signals:
        changed(): any edit (recompute total time and problems).
        header_changed(): name, description, lead-in or custom exercises changed.
    """

    changed = Signal()
    header_changed = Signal()

    def __init__(self, items: ItemsModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.items = items
        self._base = Routine("", "", 10, ())

    def load(self, routine: Routine) -> None:
        self._base = routine
        self.items.set_items(routine.items)
        self.header_changed.emit()
        self.changed.emit()

    def routine(self) -> Routine:
        return replace(self._base, items=self.items.items())

    @property
    def base(self) -> Routine:
        return self._base

    def set_field(self, name: str, value: object) -> None:
        self._base = replace(self._base, **{name: value})  # type: ignore[arg-type]
        self.header_changed.emit()
        self.changed.emit()

    def field(self, name: str) -> object:
        return getattr(self._base, name)

    def set_saved(self, routine: Routine) -> None:
        """After a save: the stored id (and cleaned name), items untouched."""
        self._base = replace(self._base, id=routine.id, name=routine.name, builtin=False)
        self.header_changed.emit()

    # Item edits; the commands call these.
    def insert_item(self, row: int, item: Item) -> None:
        self.items.insert_item(row, item)
        self.changed.emit()

    def remove_item(self, row: int) -> Item:
        item = self.items.remove_item(row)
        self.changed.emit()
        return item

    def replace_item(self, row: int, item: Item) -> None:
        self.items.replace_item(row, item)
        self.changed.emit()

    def move_item(self, from_row: int, to_row: int) -> None:
        self.items.move_item(from_row, to_row)
        self.changed.emit()


class AddItem(QUndoCommand):
    def __init__(self, draft: Draft, row: int, item: Item, name: str) -> None:
        super().__init__(_tr("Add “{name}”").format(name=name))
        self._draft, self._row, self._item = draft, row, item

    def redo(self) -> None:
        self._draft.insert_item(self._row, self._item)

    def undo(self) -> None:
        self._draft.remove_item(self._row)


class RemoveItem(QUndoCommand):
    def __init__(self, draft: Draft, row: int, name: str) -> None:
        super().__init__(_tr("Remove “{name}”").format(name=name))
        self._draft, self._row = draft, row
        self._item = draft.items.item(row)

    def redo(self) -> None:
        self._draft.remove_item(self._row)

    def undo(self) -> None:
        self._draft.insert_item(self._row, self._item)


class MoveItem(QUndoCommand):
    def __init__(self, draft: Draft, from_row: int, to_row: int) -> None:
        super().__init__(_tr("Move item {a} to place {b}").format(a=from_row + 1, b=to_row + 1))
        self._draft, self._from, self._to = draft, from_row, to_row

    def redo(self) -> None:
        self._draft.move_item(self._from, self._to)

    def undo(self) -> None:
        self._draft.move_item(self._to, self._from)


class ChangeItem(QUndoCommand):
    """Replace one item; consecutive changes of the same field of the same row merge."""

    ID = 1001

    def __init__(self, draft: Draft, row: int, new: Item, key: str) -> None:
        super().__init__(_tr("Change item {n}").format(n=row + 1))
        self._draft, self._row, self._key = draft, row, key
        self._old, self._new = draft.items.item(row), new

    @property
    def target(self) -> tuple[int, str]:
        """(row, field) this change is to."""
        return self._row, self._key

    @property
    def new_item(self) -> Item:
        return self._new

    def id(self) -> int:
        return self.ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, ChangeItem) or other.target != self.target:
            return False
        self._new = other.new_item
        return True

    def redo(self) -> None:
        self._draft.replace_item(self._row, self._new)

    def undo(self) -> None:
        self._draft.replace_item(self._row, self._old)


class SetField(QUndoCommand):
    """Set name, description or lead_in_seconds; typing in one field merges."""

    ID = 1002
    LABELS: ClassVar[dict[str, str]] = {
        "name": QT_TRANSLATE_NOOP("EditorCommands", "Rename routine"),
        "description": QT_TRANSLATE_NOOP("EditorCommands", "Change description"),
        "lead_in_seconds": QT_TRANSLATE_NOOP("EditorCommands", "Change lead-in"),
    }

    def __init__(self, draft: Draft, name: str, value: object) -> None:
        super().__init__(
            _tr(self.LABELS.get(name, QT_TRANSLATE_NOOP("EditorCommands", "Change routine")))
        )
        self._draft, self._name = draft, name
        self._old, self._new = draft.field(name), value

    @property
    def field_name(self) -> str:
        return self._name

    @property
    def new_value(self) -> object:
        return self._new

    def id(self) -> int:
        return self.ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SetField) or other.field_name != self._name:
            return False
        self._new = other.new_value
        if self._new == self._old:
            self.setObsolete(True)
        return True

    def redo(self) -> None:
        self._draft.set_field(self._name, self._new)

    def undo(self) -> None:
        self._draft.set_field(self._name, self._old)


class SetAllRests(QUndoCommand):
    """Give every item the same rest after it (the routine's default rest)."""

    def __init__(self, draft: Draft, seconds: int) -> None:
        super().__init__(_tr("Set every rest to {s} s").format(s=seconds))
        self._draft = draft
        self._old = draft.items.items()
        self._seconds = seconds

    def redo(self) -> None:
        for row, item in enumerate(self._old):
            self._draft.replace_item(row, replace(item, rest_after_seconds=self._seconds))

    def undo(self) -> None:
        for row, item in enumerate(self._old):
            self._draft.replace_item(row, item)


class AddExercise(QUndoCommand):
    """Add a custom exercise to the routine, with an item using it at ``item_row``."""

    def __init__(self, draft: Draft, exercise: Exercise, item_row: int, rest: int = 0) -> None:
        super().__init__(_tr("New exercise “{name}”").format(name=exercise.name))
        self._draft, self._ex, self._row = draft, exercise, item_row
        self._old = draft.base.custom_exercises
        self._item = Item(exercise.id, exercise.default, rest_after_seconds=rest)

    def redo(self) -> None:
        self._draft.set_field("custom_exercises", (*self._old, self._ex))
        self._draft.insert_item(self._row, self._item)

    def undo(self) -> None:
        self._draft.remove_item(self._row)
        self._draft.set_field("custom_exercises", self._old)
