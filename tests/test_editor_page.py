"""The routine editor driven with qtbot as a person would, against a real store."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QMessageBox

from backtimer.core import catalogue as catalogue_mod
from backtimer.core import routine_io
from backtimer.core.catalogue import Catalogue
from backtimer.core.clock import FakeClock
from backtimer.core.engine import Engine, State
from backtimer.core.report import Outcome, SessionStatus
from backtimer.core.steps import expand, planned_seconds
from backtimer.paths import content_dir
from backtimer.routine_library import RoutineLibrary
from backtimer.store.db import open_database
from backtimer.store.routines import RoutineStore
from backtimer.ui.editor.exercise_dialog import ExerciseDialog
from backtimer.ui.editor.models import IdRole
from backtimer.ui.editor.page import EditorPage

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

MB = QMessageBox.StandardButton


@pytest.fixture(scope="module")
def catalogue() -> Catalogue:
    return catalogue_mod.load(content_dir())


@pytest.fixture
def repo(tmp_path: Path, catalogue: Catalogue) -> Iterator[RoutineStore]:
    db = open_database(tmp_path / "data.sqlite3")
    yield RoutineStore(db, catalogue.exercise_ids)
    db.close()


@pytest.fixture
def page(qtbot, catalogue: Catalogue, repo: RoutineStore) -> EditorPage:
    p = EditorPage(RoutineLibrary(catalogue, repo))
    qtbot.addWidget(p)
    p.resize(1280, 800)
    p.show()
    qtbot.waitExposed(p)
    p.activateWindow()
    return p


def order(page: EditorPage) -> list[str]:
    m = page.items_model
    return [m.item(r).exercise for r in range(m.rowCount())]


def select_exercise(page: EditorPage, qtbot, text: str, exercise_id: str) -> QModelIndex:
    page.search.clear()
    qtbot.keyClicks(page.search, text)
    proxy = page.catalogue_proxy
    rows = [proxy.index(r, 0) for r in range(proxy.rowCount())]
    idx = next(i for i in rows if i.data(IdRole) == exercise_id)
    page.catalogue_view.setCurrentIndex(idx)
    return idx


def drop_exercise(page: EditorPage, index: QModelIndex, row: int) -> None:
    """What a drop from the catalogue list onto the items list does."""
    mime = page.catalogue_proxy.mimeData([index])
    model = page.items_model
    assert model.canDropMimeData(mime, Qt.DropAction.CopyAction, row, 0, QModelIndex())
    assert model.dropMimeData(mime, Qt.DropAction.CopyAction, row, 0, QModelIndex())


def drag_item(page: EditorPage, from_row: int, drop_row: int) -> None:
    model = page.items_model
    mime = model.mimeData([model.index(from_row, 0)])
    model.dropMimeData(mime, Qt.DropAction.MoveAction, drop_row, 0, QModelIndex())


def run_to_end(routine, clock: FakeClock) -> Engine:
    engine = Engine(routine, clock)
    assert engine.start().accepted
    for _ in range(10_000):
        if engine.state is State.FINISHED:
            break
        snap = engine.snapshot()
        if snap.remaining is None:
            engine.done()
        else:
            clock.advance(snap.remaining)
            engine.tick()
    return engine


def test_build_reorder_undo_redo_save_and_run(page: EditorPage, repo: RoutineStore, qtbot) -> None:
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    assert page.name_edit.hasFocus()
    qtbot.keyClicks(page.name_edit, "Physio routine")
    page.lead_in.setValue(5)
    # 1: search and Enter in the catalogue list
    select_exercise(page, qtbot, "cat str", "cat-stretch")
    qtbot.keyClick(page.catalogue_view, Qt.Key.Key_Return)
    # 2: drag from the catalogue to the end of the items
    drop_exercise(page, select_exercise(page, qtbot, "plank", "forearm-plank"), -1)
    # 3: the Add button
    select_exercise(page, qtbot, "superman", "superman")
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    # 4: drag to the top
    drop_exercise(page, select_exercise(page, qtbot, "curls", "partial-curls"), 0)
    assert order(page) == ["partial-curls", "cat-stretch", "forearm-plank", "superman"]
    # Reorder: drag the first item to the end, then Alt+Down twice on the cat stretch.
    drag_item(page, 0, 4)
    assert order(page) == ["cat-stretch", "forearm-plank", "superman", "partial-curls"]
    page.items_view.setFocus()
    page.items_view.setCurrentIndex(page.items_model.index(0, 0))
    qtbot.keyClick(page.items_view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(page.items_view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert order(page) == ["forearm-plank", "superman", "cat-stretch", "partial-curls"]
    assert page.current_row() == 2  # the selection follows the moved item
    qtbot.keyClick(page.items_view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert order(page) == ["forearm-plank", "cat-stretch", "superman", "partial-curls"]
    # Undo twice (the Alt+Up, then the second Alt+Down), redo once.
    qtbot.keyClick(page.items_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert order(page) == ["forearm-plank", "superman", "cat-stretch", "partial-curls"]
    qtbot.keyClick(page.items_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert order(page) == ["forearm-plank", "cat-stretch", "superman", "partial-curls"]
    shift_ctrl = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(page.items_view, Qt.Key.Key_Z, shift_ctrl)
    final = ["forearm-plank", "superman", "cat-stretch", "partial-curls"]
    assert order(page) == final
    expected_total = planned_seconds(page.draft.routine())
    assert page.total_label.text().endswith(
        f"{int(expected_total // 60)}:{int(expected_total % 60):02d}"
    )
    assert page.has_unsaved_changes() and page.save_button.isEnabled()
    with qtbot.waitSignal(page.routines_changed):
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert not page.has_unsaved_changes()
    [stored] = repo.list()
    saved = repo.get(stored.id)
    assert saved.name == "Physio routine" and saved.lead_in_seconds == 5
    assert [i.exercise for i in saved.items] == final
    # Run in player: the routine as shown; then run it to the end on a fake clock.
    with qtbot.waitSignal(page.run_requested) as sig:
        qtbot.mouseClick(page.run_button, Qt.MouseButton.LeftButton)
    assert sig.args[0].items == saved.items
    clock = FakeClock()
    engine = run_to_end(saved, clock)
    report = engine.report()
    assert report.status is SessionStatus.COMPLETED
    exercise_steps = [s for s in expand(saved) if s.kind.is_exercise]
    assert len(report.steps) == len(exercise_steps)
    assert all(r.outcome is Outcome.DONE for r in report.steps)
    by_item = sorted({(r.item_index, r.exercise_id) for r in report.steps})
    assert by_item == list(enumerate(final))
    assert report.elapsed_seconds == pytest.approx(planned_seconds(saved))


def test_zero_marks_the_field_and_disables_save(
    page: EditorPage,
    repo: RoutineStore,
    qtbot,
) -> None:
    qtbot.mouseClick(page.duplicate_button, Qt.MouseButton.LeftButton)
    [stored] = repo.list()
    row = next(
        r for r in range(page.items_model.rowCount()) if page.items_model.item(r).dosage.reps
    )
    page.items_view.setCurrentIndex(page.items_model.index(row, 0))
    reps = page.item_form.spins["reps"]
    assert reps.isVisible() and not reps.property("invalid")
    reps.setFocus()
    reps.selectAll()
    qtbot.keyClicks(reps, "0")
    assert reps.property("invalid") is True
    assert "zero" in page.item_form.message.text()
    assert "zero" in page.problem_label.text() and f"item {row + 1}" in page.problem_label.text()
    assert not page.save_button.isEnabled() and not page.run_button.isEnabled()
    assert page.save() is False
    assert repo.get(stored.id).items[row].dosage.reps != 0
    qtbot.keyClicks(reps, "7")  # "07": 7 is fine again
    assert not reps.property("invalid") and page.save_button.isEnabled()


def test_builtin_is_read_only_and_duplicate_makes_an_editable_copy(
    page: EditorPage,
    repo: RoutineStore,
    catalogue: Catalogue,
    qtbot,
) -> None:
    assert page.draft.base.builtin
    assert not page.name_edit.isEnabled() and not page.add_button.isEnabled()
    assert not page.delete_button.isEnabled() and not page.item_form.spins["sets"].isEnabled()
    assert not page.items_model.flags(page.items_model.index(0, 0)) & Qt.ItemFlag.ItemIsDragEnabled
    qtbot.keyClick(page.items_view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert [i.exercise for i in page.draft.routine().items] == [
        i.exercise for i in catalogue.routines[0].items
    ]
    with qtbot.waitSignal(page.routines_changed):
        qtbot.mouseClick(page.duplicate_button, Qt.MouseButton.LeftButton)
    [stored] = repo.list()
    assert stored.name == f"{catalogue.routines[0].name} (copy)"
    assert page.name_edit.isEnabled() and not page.draft.base.builtin
    assert page.routine_list.currentIndex().data(IdRole) == stored.id


def test_delete_then_undo(page: EditorPage, repo: RoutineStore, qtbot) -> None:
    qtbot.mouseClick(page.duplicate_button, Qt.MouseButton.LeftButton)
    [stored] = repo.list()
    with qtbot.waitSignal(page.routines_changed):
        qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert repo.list() == [] and page.undo_delete_bar.isVisible()
    assert page.routine_model.row_of(stored.id) == -1
    qtbot.mouseClick(page.undo_delete_button, Qt.MouseButton.LeftButton)
    assert [r.id for r in repo.list()] == [stored.id]
    assert page.draft.base.id == stored.id and not page.undo_delete_bar.isVisible()


def test_rename(page: EditorPage, repo: RoutineStore, qtbot, monkeypatch) -> None:
    qtbot.mouseClick(page.duplicate_button, Qt.MouseButton.LeftButton)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Short day", True))
    qtbot.mouseClick(page.rename_button, Qt.MouseButton.LeftButton)
    assert [r.name for r in repo.list()] == ["Short day"]
    assert page.name_edit.text() == "Short day"


def _bad_file(tmp_path: Path) -> Path:
    doc = {
        "format": "backtimer-routine",
        "version": 1,
        "routine": {
            "name": "Too many",
            "items": [{"exercise": "superman", "mode": "self_paced_reps", "reps": 5000}],
        },
    }
    path = tmp_path / "bad.backtimer.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


def test_import_refusal_is_shown_and_nothing_is_stored(
    page: EditorPage,
    repo: RoutineStore,
    qtbot,
    tmp_path: Path,
    monkeypatch,
) -> None:
    path = _bad_file(tmp_path)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: shown.append(text))
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    assert repo.list() == []
    assert len(shown) == 1
    assert "was refused; nothing was imported" in shown[0]
    assert "item 1, field `reps`: is 5000, more than the limit of 1000" in shown[0]


def test_export_then_import_round_trip(
    page: EditorPage,
    repo: RoutineStore,
    qtbot,
    tmp_path: Path,
    monkeypatch,
    catalogue: Catalogue,
) -> None:
    target = tmp_path / "out"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    written = tmp_path / "out.backtimer.json"
    again = routine_io.read_file(written, catalogue.exercise_ids)
    assert again.items == catalogue.routines[0].items
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(written), ""))
    with qtbot.waitSignal(page.routines_changed):
        qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    [stored] = repo.list()
    assert repo.get(stored.id).items == again.items and page.draft.base.id == stored.id


@pytest.mark.parametrize(
    ("answer", "result", "saved", "dirty"),
    [
        (MB.Cancel, False, False, True),
        (MB.Discard, True, False, False),
        (MB.Save, True, True, False),
    ],
)
def test_unsaved_changes_prompt(
    page: EditorPage,
    repo: RoutineStore,
    qtbot,
    monkeypatch,
    answer,
    result,
    saved,
    dirty,
) -> None:
    qtbot.mouseClick(page.duplicate_button, Qt.MouseButton.LeftButton)
    assert page.maybe_save() is True  # nothing to ask yet
    page.name_edit.selectAll()
    qtbot.keyClicks(page.name_edit, "Busy day")
    assert page.has_unsaved_changes()
    asked: list[str] = []

    def question(_parent, _title, text, *_a):
        asked.append(text)
        return answer

    monkeypatch.setattr(QMessageBox, "question", question)
    assert page.maybe_save() is result
    assert len(asked) == 1 and "unsaved changes" in asked[0]
    assert ([r.name for r in repo.list()] == ["Busy day"]) is saved
    assert page.has_unsaved_changes() is dirty


def test_typing_is_one_undo_step_and_custom_exercise(
    page: EditorPage,
    repo: RoutineStore,
    qtbot,
    monkeypatch,
) -> None:
    qtbot.mouseClick(page.duplicate_button, Qt.MouseButton.LeftButton)
    before = page.name_edit.text()
    qtbot.keyClicks(page.name_edit, " plus")
    assert page.undo_stack.count() == 1
    page.undo_stack.undo()
    assert page.name_edit.text() == before

    def fill(dialog: ExerciseDialog) -> int:
        dialog.name.setText("Wall slide")
        dialog.instructions.setPlainText("Back to the wall.\nSlide down a little.")
        dialog.one_sided.setChecked(True)
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(ExerciseDialog, "exec", fill)
    n = page.items_model.rowCount()
    qtbot.mouseClick(page.new_exercise_button, Qt.MouseButton.LeftButton)
    assert page.items_model.rowCount() == n + 1
    assert page.save()
    [stored] = repo.list()
    routine = repo.get(stored.id)
    [custom] = routine.custom_exercises
    assert custom.id == "wall-slide" and custom.one_sided and custom.default.per_side
    assert "wall-slide" in [i.exercise for i in routine.items]
    page.undo_stack.undo()  # the new exercise and its item go together
    assert page.items_model.rowCount() == n and page.draft.base.custom_exercises == ()
