"""The routine editor page: routine list, catalogue picker, items, item form, totals.

Data comes in through the constructor (the routine library: the catalogue and the
custom-routine store); routines are looked up by id in the library;
edits go through a ``QUndoStack`` (:mod:`.commands`); times come from
:func:`backtimer.core.steps.planned_seconds`. The layout (widgets, buttons, shortcuts)
is built by :class:`~backtimer.ui.editor.view.EditorView`; this class decides and wires.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QMessageBox, QWidget

from backtimer.core.fields import ContentError
from backtimer.core.formatting import format_duration
from backtimer.core.model import Item, Level, Position, Routine
from backtimer.core.steps import planned_seconds
from backtimer.illustration.pictures import import_picture
from backtimer.routine_library import RoutineLibrary
from backtimer.settings import DEFAULT_REST, LEAD_IN
from backtimer.store.db import StoreError
from backtimer.store.routines import RoutineNameTaken
from backtimer.ui.editor.commands import (
    AddExercise,
    AddItem,
    ChangeItem,
    Draft,
    MoveItem,
    Problems,
    RemoveItem,
    SetAllRests,
    SetField,
    check_routine,
)
from backtimer.ui.editor.exercise_dialog import ExerciseDialog, PictureImporter
from backtimer.ui.editor.models import IdRole, RoutineRow
from backtimer.ui.editor.routine_actions import RoutineActions
from backtimer.ui.editor.safety_notes import marked_names
from backtimer.ui.editor.view import EditorView
from backtimer.ui.problem_text import error_text


def _picture_importer(data_dir: Path | None) -> PictureImporter | None:
    if data_dir is None:
        return None
    return lambda src: import_picture(src, data_dir)


class EditorPage(EditorView):
    """The whole routine editor.

    Signals:
        routines_changed(): a custom routine was saved, deleted, restored or imported.
        run_requested(Routine): "Run in player" was clicked (the routine as edited).
    """

    routines_changed = Signal()
    run_requested = Signal(object)

    def __init__(
        self,
        library: RoutineLibrary,
        parent: QWidget | None = None,
        *,
        data_dir: Path | None = None,
        picture_importer: PictureImporter | None = None,
        lead_in: int = LEAD_IN.default,
        default_rest: int = DEFAULT_REST.default,
    ) -> None:
        """``lead_in`` and ``default_rest``: what a new routine and a new item get (the
        settings); :meth:`set_defaults` changes them."""
        super().__init__(parent)
        if library.store is None:
            raise ValueError("the editor needs a library with a routine store")
        self._lead_in = lead_in
        self._default_rest = default_rest
        self._library = library
        self._catalogue = catalogue = library.catalogue
        self._repo = repo = library.store
        self._importer = picture_importer or _picture_importer(data_dir)
        self.routine_actions = RoutineActions(self, catalogue, repo)
        self._problems = Problems({}, {})
        self.draft = Draft(self.items_model, self)
        self.items_model.move_handler = self._move_requested
        self.items_model.drop_handler = self._exercises_dropped
        self._fill_filters()
        self._connect_signals()
        self.reload_routines()
        if self.routine_model.rowCount():
            self.routine_list.setCurrentIndex(self.routine_model.index(0, 0))

    def set_defaults(self, lead_in: int, default_rest: int) -> None:
        """The lead-in of a new routine and the rest after a new item, from the settings."""
        self._lead_in = lead_in
        if not self.draft.base.items:
            self.default_rest.setValue(default_rest)
        self._default_rest = default_rest

    def new_routine_draft(self, name: str) -> Routine:
        return Routine(name, "", self._lead_in, ())

    def _connect_signals(self) -> None:
        self.draft.changed.connect(self._refresh)
        self.draft.header_changed.connect(self._show_header)
        self.undo_stack.cleanChanged.connect(self._refresh)
        self.routine_list.selectionModel().currentChanged.connect(self._routine_chosen)
        self.items_view.selectionModel().currentChanged.connect(self._show_current_item)
        self.items_view.installEventFilter(self)
        self.item_form.item_edited.connect(self._item_edited)
        self.name_edit.textEdited.connect(lambda t: self._set_field("name", t))
        self.description_edit.textChanged.connect(self._description_edited)
        self.lead_in.valueChanged.connect(lambda v: self._set_field("lead_in_seconds", v))
        self.apply_rest_button.clicked.connect(self._apply_rest)
        self.search.textChanged.connect(self._filter)
        for box in (self.position_filter, self.equipment_filter, self.level_filter):
            box.currentIndexChanged.connect(self._filter)
        self.catalogue_view.activated.connect(lambda _i: self._add_selected())
        self.add_button.clicked.connect(self._add_selected)
        self.new_exercise_button.clicked.connect(self._new_exercise)
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button.clicked.connect(lambda: self.move_current(1))
        self.remove_button.clicked.connect(self.remove_current)
        r = self.routine_actions
        self.new_button.clicked.connect(r.new_routine)
        self.duplicate_button.clicked.connect(r.duplicate_routine)
        self.rename_button.clicked.connect(r.rename_routine)
        self.delete_button.clicked.connect(r.delete_routine)
        self.undo_delete_button.clicked.connect(r.undo_delete)
        self.import_button.clicked.connect(r.import_routine)
        self.export_button.clicked.connect(r.export_routine)
        self.save_button.clicked.connect(self.save)
        self.save_action.triggered.connect(self.save)
        self.revert_button.clicked.connect(self.revert)
        self.run_button.clicked.connect(self._run)

    # ------------------------------------------------------------- routine list
    def reload_routines(self) -> None:
        """Re-read the library (the store changed) and list its routines."""
        routines = self._library.reload()
        self.routine_model.set_rows([RoutineRow(r.id, r.name, r.builtin) for r in routines])

    def _select_routine(self, routine_id: str, *, load: bool) -> None:
        row = self.routine_model.row_of(routine_id)
        sel = self.routine_list.selectionModel()
        sel.blockSignals(not load)
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
        if row >= 0:
            sel.setCurrentIndex(self.routine_model.index(row, 0), flags)
        else:
            sel.clear()
        sel.blockSignals(False)
        self.routine_list.viewport().update()

    @Slot(QModelIndex, QModelIndex)
    def _routine_chosen(self, current: QModelIndex, previous: QModelIndex) -> None:
        if not current.isValid() or current.data(IdRole) == self.draft.base.id:
            return
        if not self.maybe_save():
            self._select_routine(self.draft.base.id, load=False)
            return
        routine_id = current.data(IdRole)
        try:
            routine = self._routine_by_id(routine_id)
        except (KeyError, ContentError) as exc:
            QMessageBox.warning(self, self.tr("Routine"), str(exc))
            return
        self.load(routine)

    def _routine_by_id(self, routine_id: str) -> Routine:
        routine = self._library.get(routine_id)
        if routine is None:
            raise KeyError(routine_id)
        return routine

    def load(self, routine: Routine) -> None:
        """Show ``routine`` for editing (read-only if built-in); forgets the undo history."""
        self.undo_stack.clear()
        rests = Counter(i.rest_after_seconds for i in routine.items[:-1])
        self.default_rest.setValue(rests.most_common(1)[0][0] if rests else self._default_rest)
        self.set_read_only(routine.builtin)
        self.draft.load(routine)
        self._select_routine(routine.id, load=False)
        if routine.items:
            self.items_view.setCurrentIndex(self.items_model.index(0, 0))
        else:
            self._show_current_item()

    # ------------------------------------------------------------- the draft
    def _names(self) -> dict[str, str]:
        exercises = (*self._catalogue.exercises, *self.draft.base.custom_exercises)
        return {e.id: e.name for e in exercises}

    @Slot()
    def _show_header(self) -> None:
        base = self.draft.base
        if self.name_edit.text() != base.name:
            self.name_edit.setText(base.name)
        if self.description_edit.toPlainText() != base.description:
            self.description_edit.blockSignals(True)
            self.description_edit.setPlainText(base.description)
            self.description_edit.blockSignals(False)
        self.lead_in.blockSignals(True)
        self.lead_in.setValue(base.lead_in_seconds)
        self.lead_in.blockSignals(False)
        exercises = (*self._catalogue.exercises, *self.draft.base.custom_exercises)
        self.items_model.set_exercise_names(marked_names(exercises))  # loaded ones marked
        self.catalogue_model.set_rows((*self._catalogue.exercises, *base.custom_exercises))
        self._fill_equipment()

    @Slot()
    def _refresh(self) -> None:
        routine = self.draft.routine()
        known = self._catalogue.exercise_ids
        self._problems = p = check_routine(routine, known)
        self.items_model.set_problems({r: next(iter(f.values())) for r, f in p.items.items()})
        self.mark(self.name_edit, p.routine.get("name"))
        self.mark(self.lead_in, p.routine.get("lead_in_seconds"))
        self.mark(self.description_edit, p.routine.get("description"))
        self.items_view.setToolTip(p.routine.get("items", ""))
        self.item_form.set_problems(p.items.get(self.current_row(), {}))
        total = planned_seconds(routine) if routine.items else 0.0
        self.total_label.setText(self.tr("Planned time: {t}").format(t=format_duration(total)))
        self.warm_up_note.show_for(routine)
        dirty = self.has_unsaved_changes()
        self.save_button.setEnabled(dirty and p.ok and not routine.builtin)
        self.revert_button.setEnabled(dirty)
        self.run_button.setEnabled(p.ok)
        self.export_button.setEnabled(p.ok)
        self.problem_label.setText(self._problem_text(p))
        state = self.tr("built-in, read-only") if routine.builtin else ""
        if not routine.id and not routine.builtin:
            state = self.tr("not saved yet")
        elif dirty:
            state = self.tr("unsaved changes")
        self.state_label.setText(state)
        self._show_current_item()

    def _problem_text(self, p: Problems) -> str:
        if p.ok:
            return ""
        row, key, message = p.first()
        labels = {"name": self.tr("Name"), "items": self.tr("Items"), "lead_in_seconds": ""}
        field = self.item_form.field_label(key) if row is not None else labels.get(key, key)
        where = self.tr("item {n}").format(n=row + 1) if row is not None else ""
        place = ", ".join(x for x in (where, field) if x)
        text = self.tr("Cannot be saved: {place}: {message}").format(place=place, message=message)
        if p.count() > 1:
            text += " " + self.tr("(and {n} more)").format(n=p.count() - 1)
        return text.replace(": : ", ": ")

    def current_row(self) -> int:
        idx = self.items_view.currentIndex()
        return idx.row() if idx.isValid() else -1

    @Slot()
    def _show_current_item(self) -> None:
        row = self.current_row()
        if row < 0:
            self.item_form.set_item(None)
            self.item_form.set_problems({})
            return
        item = self.items_model.item(row)
        name = self._names().get(item.exercise, item.exercise)
        self.item_form.set_item(item, name, read_only=self.draft.base.builtin)
        self.item_form.set_problems(self._problems.items.get(row, {}))

    def _set_field(self, name: str, value: object) -> None:
        if self.draft.field(name) != value and not self.draft.base.builtin:
            self.undo_stack.push(SetField(self.draft, name, value))

    @Slot()
    def _description_edited(self) -> None:
        self._set_field("description", self.description_edit.toPlainText())

    @Slot(object, str)
    def _item_edited(self, item: Item, key: str) -> None:
        row = self.current_row()
        if row >= 0:
            self.undo_stack.push(ChangeItem(self.draft, row, item, key))

    # ------------------------------------------------------------- item edits
    def add_exercise(self, exercise_id: str, row: int | None = None) -> None:
        """Add an item for ``exercise_id`` after the current item (or at ``row``)."""
        ex = {e.id: e for e in (*self._catalogue.exercises, *self.draft.base.custom_exercises)}[
            exercise_id
        ]
        if row is None:
            cur = self.current_row()
            row = cur + 1 if cur >= 0 else self.items_model.rowCount()
        item = Item(ex.id, ex.default, rest_after_seconds=self.default_rest.value())
        self.undo_stack.push(AddItem(self.draft, row, item, ex.name))
        self.items_view.setCurrentIndex(self.items_model.index(row, 0))

    @Slot()
    def _add_selected(self) -> None:
        idx = self.catalogue_view.currentIndex()
        if idx.isValid() and not self.draft.base.builtin:
            self.add_exercise(idx.data(IdRole))

    def _exercises_dropped(self, row: int, ids: list[str]) -> None:
        known = self._names()
        ids = [i for i in ids if i in known]
        if not ids or self.draft.base.builtin:
            return
        self.undo_stack.beginMacro(self.tr("Add %n exercises", "", len(ids)))
        for n, ex_id in enumerate(ids):
            self.add_exercise(ex_id, row + n)
        self.undo_stack.endMacro()

    def _move_requested(self, from_row: int, to_row: int) -> None:
        self.undo_stack.push(MoveItem(self.draft, from_row, to_row))

    def move_current(self, delta: int) -> None:
        row = self.current_row()
        to = row + delta
        if row < 0 or not 0 <= to < self.items_model.rowCount() or self.draft.base.builtin:
            return
        self._move_requested(row, to)
        self.items_view.setCurrentIndex(self.items_model.index(to, 0))

    @Slot()
    def remove_current(self) -> None:
        row = self.current_row()
        if row < 0 or self.draft.base.builtin:
            return
        name = self._names().get(self.items_model.item(row).exercise, "")
        self.undo_stack.push(RemoveItem(self.draft, row, name))

    @Slot()
    def _apply_rest(self) -> None:
        if self.items_model.rowCount() and not self.draft.base.builtin:
            self.undo_stack.push(SetAllRests(self.draft, self.default_rest.value()))

    @Slot()
    def _new_exercise(self) -> None:
        taken = set(self._names())
        dialog = ExerciseDialog(taken, self._importer, self)
        if dialog.exec() != ExerciseDialog.DialogCode.Accepted:
            return
        ex = dialog.exercise()
        row = self.current_row() + 1 if self.current_row() >= 0 else self.items_model.rowCount()
        self.undo_stack.push(AddExercise(self.draft, ex, row, self.default_rest.value()))
        self.items_view.setCurrentIndex(self.items_model.index(row, 0))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.items_view and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            alt = event.modifiers() == Qt.KeyboardModifier.AltModifier
            if alt and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                self.move_current(-1 if event.key() == Qt.Key.Key_Up else 1)
                return True
            if event.key() == Qt.Key.Key_Delete and not event.modifiers():
                self.remove_current()
                return True
        return super().eventFilter(watched, event)

    # ------------------------------------------------------------- filters
    def _fill_filters(self) -> None:
        self.position_filter.addItem(self.tr("Any position"), None)
        from backtimer.ui.editor.exercise_dialog import POSITION_NAMES

        for pos, text in POSITION_NAMES.items():
            self.position_filter.addItem(
                QCoreApplication.translate("ExerciseDialog", text), pos.value
            )
        self.level_filter.addItem(self.tr("Any level"), None)
        for level, text in (
            (Level.ENTRY, self.tr("Entry")),
            (Level.HOME, self.tr("Home")),
            (Level.GYM, self.tr("Gym")),
        ):
            self.level_filter.addItem(text, level.value)
        self._fill_equipment()

    def _fill_equipment(self) -> None:
        current = self.equipment_filter.currentData()
        self.equipment_filter.blockSignals(True)
        self.equipment_filter.clear()
        self.equipment_filter.addItem(self.tr("Any equipment"), None)
        for e in self.catalogue_model.equipment():
            self.equipment_filter.addItem(e, e)
        self.equipment_filter.setCurrentIndex(max(0, self.equipment_filter.findData(current)))
        self.equipment_filter.blockSignals(False)

    @Slot()
    def _filter(self) -> None:
        pos, level = self.position_filter.currentData(), self.level_filter.currentData()
        self.catalogue_proxy.set_filters(
            search=self.search.text(),
            position=Position(pos) if pos else None,
            equipment=self.equipment_filter.currentData(),
            level=Level(level) if level else None,
        )

    # ------------------------------------------------------------- saving
    def has_unsaved_changes(self) -> bool:
        return not self.undo_stack.isClean()

    def problems(self) -> Problems:
        return self._problems

    @Slot()
    def save(self) -> bool:
        """Save the draft in one transaction; False if it cannot be saved (nothing written)."""
        routine = self.draft.routine()
        if routine.builtin or not self._problems.ok:
            return False
        try:
            saved = self._repo.save(routine)
        except (RoutineNameTaken, StoreError, ValueError) as exc:
            QMessageBox.warning(self, self.tr("Save routine"), error_text(exc))
            return False
        self.draft.set_saved(saved)
        self.undo_stack.setClean()
        self.reload_routines()
        self._select_routine(saved.id, load=False)
        self._refresh()
        self.routines_changed.emit()
        return True

    @Slot()
    def revert(self) -> None:
        base = self.draft.base
        if base.id:
            self.load(self._routine_by_id(base.id))
        else:
            self.load(self.new_routine_draft(self.tr("New routine")))

    def maybe_save(self) -> bool:
        """Ask Save / Discard / Cancel when there are unsaved changes; False to stay."""
        if not self.has_unsaved_changes():
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            self.tr("“{name}” has unsaved changes. Save them?").format(
                name=self.draft.base.name or self.tr("New routine")
            ),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        if answer == QMessageBox.StandardButton.Discard:
            self.undo_stack.setIndex(self.undo_stack.cleanIndex())
            self.undo_stack.clear()
            return True
        return False

    @Slot()
    def _run(self) -> None:
        if self._problems.ok:
            self.run_requested.emit(self.draft.routine())
