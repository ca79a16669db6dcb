"""Decides what the window does with sync: starts rounds, follows the setting, shows what
came in, and refreshes the pages that show it. The rounds themselves run in
:class:`~backtimer.ui.sync_service.SyncService`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Slot

from backtimer.settings import SYNC_FOLDER, Settings

if TYPE_CHECKING:
    from backtimer.store.sync import SyncResult
    from backtimer.ui.sync_service import SyncService


def _tr(text: str, n: int = -1, /) -> str:
    return QCoreApplication.translate("App", text, None, n)


class SyncController(QObject):
    def __init__(
        self,
        settings: Settings,
        db_path: Path,
        exercise_ids: Iterable[str],
        *,
        say: Callable[[str], None],
        flush: Callable[[], None],
        routines_came_in: Callable[[], object],
        sessions_came_in: Callable[[], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self._db_path = db_path
        self._exercise_ids = frozenset(exercise_ids)
        self._say = say
        self._flush = flush
        self._routines_came_in = routines_came_in
        self._sessions_came_in = sessions_came_in
        self._problem = ""
        self.service: SyncService | None = None  # once started with a folder set
        self._started = False

    def start(self) -> None:
        """After the window is shown. Without a sync folder nothing of sync is loaded
        (its modules, the worker thread) until one is set."""
        self._started = True
        self._follow_folder()

    def apply(self, keys: set[str]) -> None:
        if SYNC_FOLDER.key in keys and self._started:
            self._problem = ""
            self._follow_folder()

    def _follow_folder(self) -> None:
        folder = self._settings.get(SYNC_FOLDER)
        if self.service is None:
            if not folder:
                return
            from backtimer.ui.sync_service import SyncService

            self.service = SyncService(self._db_path, self._exercise_ids, self)
            self.service.synced.connect(self._synced)
            self.service.failed.connect(self._failed)
        self.service.set_folder(folder)

    @Slot()
    def request(self) -> None:
        """Something worth syncing happened here (a session ended, routines changed)."""
        if self.service is not None and self.service.folder is not None:
            self._flush()  # the session's last writes are in the file before the round reads it
            self.service.request()

    @Slot(object)
    def _synced(self, result: SyncResult) -> None:
        self._problem = ""
        assert self.service is not None
        for notice in result.notices:
            self._say(self.service.notice_text(notice))
        if result.routines_changed:
            self._routines_came_in()
        if result.sessions_added:
            self._sessions_came_in()
        if result.sessions_added or result.routines_changed:
            sessions = _tr("%n sessions", result.sessions_added)
            routines = _tr("%n routines", result.routines_changed)
            text = _tr("Synced: %1 and %2 came in.").replace("%1", sessions).replace("%2", routines)
            self._say(text)

    @Slot(str)
    def _failed(self, message: str) -> None:
        if message != self._problem:  # once, not every minute
            self._problem = message
            self._say(message)

    def close(self) -> None:
        if self.service is not None:
            self.service.close()
