"""The routine list's actions: new, duplicate, rename, delete (and undo), import, export.

They work on the :class:`~backtimer.ui.editor.page.EditorPage` through its public parts
(``maybe_save``, ``load``, ``reload_routines``, the draft and the undo-delete bar) and on
the custom-routine store; each change of the store is announced by the page's
``routines_changed``.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Slot
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from backtimer.core import routine_io
from backtimer.core.catalogue import Catalogue
from backtimer.core.fields import ContentError
from backtimer.core.model import Routine
from backtimer.store.db import StoreError
from backtimer.store.routines import DeletedRoutine, RoutineNameTaken, RoutineStore
from backtimer.ui.problem_text import error_text, refused_text

if TYPE_CHECKING:
    from backtimer.ui.editor.page import EditorPage


def _tr(text: str) -> str:
    return QCoreApplication.translate("EditorPage", text)  # the page's strings, moved here


class RoutineActions(QObject):
    def __init__(self, page: EditorPage, catalogue: Catalogue, repo: RoutineStore) -> None:
        super().__init__(page)
        self.page = page
        self.catalogue = catalogue
        self.repo = repo
        self.deleted: DeletedRoutine | None = None  # what "Undo delete" brings back

    def free_name(self, name: str) -> str:
        """``name``, or "name (2)", "name (3)"... if a custom routine has it already."""
        taken = {r.name.casefold() for r in self.repo.list()}
        candidate, n = name, 2
        while candidate.casefold() in taken:
            candidate = _tr("{name} ({n})").format(name=name, n=n)
            n += 1
        return candidate

    def _opened(self, routine: Routine) -> None:
        """The store changed: list the routines again and show ``routine``."""
        self.page.reload_routines()
        self.page.load(routine)
        self.page.routines_changed.emit()

    @Slot()
    def new_routine(self) -> None:
        page = self.page
        if page.maybe_save():
            page.load(page.new_routine_draft(self.free_name(_tr("New routine"))))
            page.name_edit.setFocus()
            page.name_edit.selectAll()

    @Slot()
    def duplicate_routine(self) -> None:
        """Save an editable copy of the routine shown (built-in or custom) and open it."""
        if not self.page.maybe_save():
            return
        src = self.page.draft.routine()
        name = self.free_name(_tr("{name} (copy)").format(name=src.name))
        try:
            saved = self.repo.save(replace(src, id="", builtin=False, name=name))
        except (RoutineNameTaken, StoreError, ValueError) as exc:
            QMessageBox.warning(self.page, _tr("Duplicate routine"), error_text(exc))
            return
        self._opened(saved)

    @Slot()
    def rename_routine(self) -> None:
        page = self.page
        base = page.draft.base
        if base.builtin or not base.id:
            return
        if page.has_unsaved_changes():
            QMessageBox.information(page, _tr("Rename"), _tr("Save or revert your changes first."))
            return
        name, ok = QInputDialog.getText(
            page, _tr("Rename routine"), _tr("New name:"), text=base.name
        )
        if not ok or not name.strip():
            return
        try:
            renamed = self.repo.rename(base.id, name)
        except (RoutineNameTaken, StoreError, ValueError) as exc:
            QMessageBox.warning(page, _tr("Rename routine"), error_text(exc))
            return
        self._opened(renamed)

    @Slot()
    def delete_routine(self) -> None:
        """Delete the custom routine shown; "Undo delete" brings it back."""
        page = self.page
        base = page.draft.base
        if base.builtin or not base.id:
            return
        self.deleted = self.repo.delete(base.id)
        page.undo_stack.clear()
        page.undo_delete_label.setText(_tr("Deleted “{name}”.").format(name=base.name))
        page.undo_delete_bar.show()
        routines = self.catalogue.routines
        self._opened(routines[0] if routines else page.new_routine_draft(""))

    @Slot()
    def undo_delete(self) -> None:
        if self.deleted is None or not self.page.maybe_save():
            return
        try:
            restored = self.repo.restore(self.deleted)
        except (RoutineNameTaken, StoreError) as exc:
            QMessageBox.warning(self.page, _tr("Undo delete"), error_text(exc))
            return
        self.deleted = None
        self.page.undo_delete_bar.hide()
        self._opened(restored)

    @Slot()
    def import_routine(self) -> None:
        page = self.page
        if not page.maybe_save():
            return
        path, _ = QFileDialog.getOpenFileName(
            page, _tr("Import routine"), "", _tr("BackTimer routines (*.backtimer.json)")
        )
        if not path:
            return
        try:
            routine = routine_io.read_file(Path(path), self.catalogue.exercise_ids)
            saved = self.repo.save(replace(routine, name=self.free_name(routine.name)))
        except ContentError as exc:
            QMessageBox.warning(page, _tr("Import refused"), refused_text(exc))
            return
        except (StoreError, ValueError) as exc:
            QMessageBox.warning(page, _tr("Import routine"), error_text(exc))
            return
        self._opened(saved)

    @Slot()
    def export_routine(self) -> None:
        routine = self.page.draft.routine()
        if not self.page.problems().ok:
            return
        path, _ = QFileDialog.getSaveFileName(
            self.page,
            _tr("Export routine"),
            routine_io.suggested_file_name(routine),
            _tr("BackTimer routines (*.backtimer.json)"),
        )
        if not path:
            return
        target = Path(path)
        if not target.name.endswith(routine_io.FILE_SUFFIX):
            target = target.with_name(target.name.removesuffix(".json") + routine_io.FILE_SUFFIX)
        try:
            routine_io.write_file(routine, target)
        except OSError as exc:
            QMessageBox.warning(self.page, _tr("Export routine"), error_text(exc))
