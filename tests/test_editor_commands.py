"""The editor's undo commands: typing in one field is one undo step, another field is not."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtGui import QUndoStack

from backtimer.core.model import Dosage, Item, Mode, Routine
from backtimer.ui.editor.commands import ChangeItem, Draft, SetField
from backtimer.ui.editor.models import ItemsModel

ITEMS = (Item("a", Dosage(Mode.TIMED, seconds=10)), Item("b", Dosage(Mode.TIMED, seconds=20)))


def _draft() -> Draft:
    draft = Draft(ItemsModel())
    draft.load(Routine("Name", "", 10, ITEMS))
    return draft


def test_typing_in_one_header_field_merges_into_one_step(qapp: object) -> None:
    draft, stack = _draft(), QUndoStack()
    stack.push(SetField(draft, "name", "N"))
    stack.push(SetField(draft, "name", "Ne"))
    stack.push(SetField(draft, "description", "d"))
    assert stack.count() == 2 and draft.base.name == "Ne"
    stack.undo()
    assert draft.base.description == "" and draft.base.name == "Ne"
    stack.undo()
    assert draft.base.name == "Name"


def test_changes_merge_only_for_the_same_row_and_field(qapp: object) -> None:
    draft, stack = _draft(), QUndoStack()
    longer = [replace(ITEMS[0], dosage=Dosage(Mode.TIMED, seconds=s)) for s in (11, 12)]
    stack.push(ChangeItem(draft, 0, longer[0], "seconds"))
    stack.push(ChangeItem(draft, 0, longer[1], "seconds"))  # merges with the one above
    stack.push(ChangeItem(draft, 0, replace(longer[1], rest_after_seconds=5), "rest"))
    stack.push(ChangeItem(draft, 1, replace(ITEMS[1], rest_after_seconds=5), "rest"))
    assert stack.count() == 3
    assert draft.items.item(0).rest_after_seconds == 5
    assert draft.items.item(0).dosage.seconds == 12
    stack.undo()
    stack.undo()
    assert draft.items.item(0) == longer[1] and draft.items.item(1) == ITEMS[1]
    stack.undo()
    assert draft.items.item(0) == ITEMS[0]
