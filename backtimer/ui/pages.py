"""The Routines and History pages (built the first time they are shown) and the
Reminders dialog: what each needs from the settings, and what they ask of the player.

Signals:
    run_requested(object): "Run in player" in the editor, with the routine as edited.
    editor_built(object): the editor page now exists (its ``maybe_save`` guards closing).
    routines_changed(): the editor saved, renamed, deleted or imported a routine.
"""

from __future__ import annotations

import linecache
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import QWidget

from backtimer.routine_library import RoutineLibrary
from backtimer.session_recorder import SessionRecorder
from backtimer.settings import DEFAULT_REST, LEAD_IN, WEEKLY_GOAL, Settings
from backtimer.source_text import sources_not_kept
from backtimer.store.db import Database
from backtimer.store.history import HistoryStore
from backtimer.ui.main_window import LazyPage, MainWindow
from backtimer.ui.reminders_controller import RemindersController

if TYPE_CHECKING:
    from backtimer.ui.editor.page import EditorPage
    from backtimer.ui.history.page import HistoryPage

PRELOAD_AFTER_MS = 1000  # from the first paint to building the History page unseen


def _tr(text: str) -> str:
    return QCoreApplication.translate("App", text)


class Pages(QObject):
    run_requested = Signal(object)
    editor_built = Signal(object)
    routines_changed = Signal()

    def __init__(
        self,
        window: MainWindow,
        library: RoutineLibrary,
        settings: Settings,
        history: HistoryStore,
        db: Database,
        recorder: SessionRecorder,
        reminders: RemindersController,
        data_dir: Path,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.library = library
        self.settings = settings
        self.history = history
        self.db = db
        self.recorder = recorder
        self.reminders = reminders
        self.data_dir = data_dir
        self.editor: EditorPage | None = None
        self.history_page: HistoryPage | None = None
        window.add_lazy_page(_tr("&Routines"), self._build_editor)
        self._history_tab = window.add_lazy_page(_tr("&History"), self._build_history)
        self._preload_timer: QTimer | None = None

    def prepare_history(self) -> None:
        """Build the History page now, unseen, so that a click on its tab only has to
        show it."""
        tab = self._history_tab
        with sources_not_kept():  # what the first paint imports too
            self._lay_out_unseen(tab)

    def _lay_out_unseen(self, tab: LazyPage) -> None:
        page = tab.ensure()
        # Lay it out at the size of the page shown now (every tab has that size) and
        # paint it once off screen: its first show then neither lays out nor resizes
        # the charts, and their axes and bars are drawn already.
        tab.resize(self.window.tabs.currentWidget().size())
        layout = tab.layout()
        if layout is not None:
            layout.activate()
        page.grab()

    def prepare_history_soon(self, busy: Callable[[], bool]) -> None:
        """A moment after start-up, in idle time, build the History page unseen (its
        module brings pyqtgraph and numpy: a few hundred ms in all). Not while ``busy()``
        (a session runs): the countdown must not stutter for it.

        First, the start-up's imports being done, the source text PySide6 had
        :mod:`linecache` keep of them (4 MB; see :func:`sources_not_kept`) is dropped:
        what comes next (the page, a session) reuses that memory."""
        linecache.clearcache()
        if busy() or self._preload_timer is not None:
            return
        self._preload_timer = QTimer(self, singleShot=True, interval=PRELOAD_AFTER_MS)
        self._preload_timer.timeout.connect(lambda: None if busy() else self.prepare_history())
        self._preload_timer.start()

    def _build_editor(self) -> QWidget:
        from backtimer.ui.editor.page import EditorPage

        page = EditorPage(
            self.library,
            data_dir=self.data_dir,
            lead_in=self.settings.get(LEAD_IN),
            default_rest=self.settings.get(DEFAULT_REST),
        )
        page.routines_changed.connect(self.routines_changed)
        page.run_requested.connect(self.run_requested)
        self.editor = page
        self.editor_built.emit(page)
        return page

    def _build_history(self) -> QWidget:
        with sources_not_kept():  # its imports: numpy and pyqtgraph
            return self._make_history_page()

    def _make_history_page(self) -> QWidget:
        from backtimer.ui.history.page import HistoryPage

        self.recorder.flush()
        page = HistoryPage(self.history, goal=self.settings.get(WEEKLY_GOAL))
        page.goal_changed.connect(lambda goal: self.settings.set(WEEKLY_GOAL, goal))
        page.report_requested.connect(lambda: self._write_report(page))
        page.refresh()
        self.history_page = page
        return page

    def _write_report(self, parent: QWidget) -> None:
        from backtimer.ui.history.report_dialog import ReportChoice, ask_and_write
        from backtimer.ui.report_pdf import report_for

        self.recorder.flush()
        names = {ex.id: ex.name for ex in self.library.catalogue.exercises}

        def write(choice: ReportChoice, path: Path) -> int:
            return report_for(
                self.db,
                choice.first,
                choice.last,
                path,
                goal=self.settings.get(WEEKLY_GOAL),
                exercise_names=names,
                person=choice.person,
                paper=choice.paper,
            )[0]

        ask_and_write(parent, date.today(), write)

    def refresh_history(self) -> None:
        """After a session: the History page (if built) shows it."""
        if self.history_page is not None:
            self.recorder.flush()
            self.history_page.refresh()

    def apply(self, keys: set[str]) -> None:
        if WEEKLY_GOAL.key in keys and self.history_page is not None:
            self.history_page.set_goal(self.settings.get(WEEKLY_GOAL))
        if keys & {LEAD_IN.key, DEFAULT_REST.key} and self.editor is not None:
            self.editor.set_defaults(self.settings.get(LEAD_IN), self.settings.get(DEFAULT_REST))

    @Slot()
    def open_reminders(self) -> None:
        from backtimer.ui.reminders_page import RemindersDialog

        dlg = RemindersDialog(self.reminders, self.library, self.window)
        dlg.open()
