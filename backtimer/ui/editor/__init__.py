"""The routine editor: make, change, import and export custom routines.

Use :class:`~backtimer.ui.editor.page.EditorPage` (``EditorPage(library)``, a
:class:`~backtimer.routine_library.RoutineLibrary` with its store);
it emits ``routines_changed()`` and ``run_requested(routine)``, and the main window
calls ``maybe_save()`` from its ``closeEvent``.
"""

from backtimer.ui.editor.page import EditorPage

__all__ = ["EditorPage"]
