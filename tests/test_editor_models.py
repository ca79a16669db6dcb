"""The editor's Qt models: qtmodeltester on each, drag-and-drop mime data, filters."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QByteArray, QMimeData, QModelIndex, Qt

from backtimer.core import catalogue as catalogue_mod
from backtimer.core.catalogue import Catalogue
from backtimer.core.model import Dosage, Item, Level, Mode, Position
from backtimer.paths import content_dir
from backtimer.ui.editor.models import (
    EXERCISE_IDS_MIME,
    ITEM_ROWS_MIME,
    CatalogueFilter,
    CatalogueModel,
    ItemRole,
    ItemsModel,
    RoutineListModel,
    RoutineRow,
)


@pytest.fixture(scope="module")
def catalogue() -> Catalogue:
    return catalogue_mod.load(content_dir())


def _items(*ids: str) -> list[Item]:
    return [Item(i, Dosage(Mode.TIMED, seconds=10 + n)) for n, i in enumerate(ids)]


def _order(model: ItemsModel) -> list[str]:
    return [model.item(r).exercise for r in range(model.rowCount())]


def test_routine_list_model(qtmodeltester, catalogue: Catalogue) -> None:
    model = RoutineListModel()
    rows = [RoutineRow(r.id, r.name, True) for r in catalogue.routines]
    rows.append(RoutineRow("custom:1", "Mine", False))
    model.set_rows(rows)
    qtmodeltester.check(model)
    assert model.rowCount() == len(catalogue.routines) + 1
    assert model.index(0, 0).data().endswith("(built-in)")
    assert model.index(model.rowCount() - 1, 0).data() == "Mine"
    assert model.row_of("custom:1") == model.rowCount() - 1
    assert model.row_of("custom:99") == -1


def test_items_model_passes_modeltester_through_edits(qtmodeltester) -> None:
    model = ItemsModel()
    model.set_items(_items("a", "b", "c"))
    model.set_exercise_names({"a": "Alpha", "b": "Beta"})
    qtmodeltester.check(model)
    model.insert_item(1, _items("d")[0])
    model.move_item(0, 3)
    model.remove_item(2)
    model.set_problems({0: "wrong"})
    qtmodeltester.check(model)
    assert _order(model) == ["d", "b", "a"]
    assert model.index(0, 0).data().startswith("⚠ d — ")
    assert model.index(1, 0).data(Qt.ItemDataRole.AccessibleTextRole) == "2. Beta, 11 s"
    assert model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole) == "wrong"
    assert model.index(2, 0).data(ItemRole).exercise == "a"


@pytest.mark.parametrize(
    ("src", "drop_row", "expected"),
    [
        (0, 4, ["b", "c", "d", "a"]),  # to the end
        (3, 0, ["d", "a", "b", "c"]),  # to the top
        (1, 3, ["a", "c", "b", "d"]),  # down one place (drop before "d")
        (2, 1, ["a", "c", "b", "d"]),  # up one place
        (1, 1, ["a", "b", "c", "d"]),  # onto itself
        (1, 2, ["a", "b", "c", "d"]),  # just below itself: no move
    ],
)
def test_drop_of_item_rows_moves(src: int, drop_row: int, expected: list[str]) -> None:
    model = ItemsModel()
    model.set_items(_items("a", "b", "c", "d"))
    mime = model.mimeData([model.index(src, 0)])
    assert mime.hasFormat(ITEM_ROWS_MIME)
    assert model.canDropMimeData(mime, Qt.DropAction.MoveAction, drop_row, 0, QModelIndex())
    # False: the model moved the row itself, the view must not remove a "source" row.
    assert not model.dropMimeData(mime, Qt.DropAction.MoveAction, drop_row, 0, QModelIndex())
    assert _order(model) == expected


def test_drop_onto_an_item_inserts_before_it_and_handlers_take_over() -> None:
    model = ItemsModel()
    model.set_items(_items("a", "b", "c"))
    moves: list[tuple[int, int]] = []
    model.move_handler = lambda f, t: moves.append((f, t))
    mime = model.mimeData([model.index(2, 0)])
    model.dropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, model.index(0, 0))
    assert moves == [(2, 0)]
    assert _order(model) == ["a", "b", "c"]  # the handler decides; nothing moved here
    drops: list[tuple[int, list[str]]] = []
    model.drop_handler = lambda row, ids: drops.append((row, ids))
    ex = QMimeData()
    ex.setData(EXERCISE_IDS_MIME, QByteArray(b'["cat-stretch", "superman"]'))
    assert model.dropMimeData(ex, Qt.DropAction.CopyAction, -1, -1, QModelIndex())
    assert drops == [(3, ["cat-stretch", "superman"])]


def test_bad_mime_data_and_read_only_are_refused() -> None:
    model = ItemsModel()
    model.set_items(_items("a", "b"))
    bad = QMimeData()
    bad.setData(ITEM_ROWS_MIME, QByteArray(b"not json"))
    assert not model.dropMimeData(bad, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    other = QMimeData()
    other.setText("hello")
    assert not model.canDropMimeData(other, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    model.set_read_only(True)
    mime = model.mimeData([model.index(0, 0)])
    assert not model.canDropMimeData(mime, Qt.DropAction.MoveAction, 2, 0, QModelIndex())
    assert not model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsDragEnabled
    assert _order(model) == ["a", "b"]


def test_move_rows_refuses_out_of_range() -> None:
    model = ItemsModel()
    model.set_items(_items("a", "b"))
    assert not model.moveRows(QModelIndex(), 5, 1, QModelIndex(), 0)
    assert not model.moveRows(QModelIndex(), 0, 2, QModelIndex(), 2)
    assert model.moveRows(QModelIndex(), 0, 1, QModelIndex(), 2)
    assert _order(model) == ["b", "a"]


def test_catalogue_model_and_filter(qtmodeltester, catalogue: Catalogue) -> None:
    model = CatalogueModel()
    model.set_rows(catalogue.exercises)
    qtmodeltester.check(model)
    proxy = CatalogueFilter()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)
    n = len(catalogue.exercises)
    assert proxy.rowCount() == n

    def names() -> set[str]:
        return {
            proxy.index(r, 0).data(Qt.ItemDataRole.AccessibleTextRole)
            for r in range(proxy.rowCount())
        }

    proxy.set_filters(search="  PLANK ")
    assert names() == {"Forearm plank"}
    proxy.set_filters(search="prone lift")  # every word, any order
    assert names() == {
        e.name
        for e in catalogue.exercises
        if "prone" in e.name.casefold() and "lift" in f"{e.name} {e.summary}".casefold()
    }
    proxy.set_filters(position=Position.ALL_FOURS)
    assert names() == {"Cat stretch"}
    proxy.set_filters(equipment="barbell", level=Level.GYM)
    expected = {e.name for e in catalogue.exercises if "barbell" in e.equipment}
    assert names() == expected and len(expected) >= 2
    qtmodeltester.check(proxy)
    proxy.set_filters()
    assert proxy.rowCount() == n
    mime = model.mimeData([model.index(0, 0)])
    assert bytes(mime.data(EXERCISE_IDS_MIME).data()) == f'["{catalogue.exercises[0].id}"]'.encode()
    assert "mat" in model.equipment()
