"""Runs sync rounds (:func:`backtimer.store.sync.sync_once`) off the UI thread.

A round is asked for when the window has shown, after a session ends and after custom
routines change. The folder is watched too (a file-system watcher, and once a minute for
sync tools that replace files in ways the watcher misses), but that only compares the
journals' names, sizes and times with what the last round left: a round runs only when
another computer's journal changed, so an idle folder costs a few ``stat`` calls a minute.
Requests in quick succession become one round. Each round opens its own connection to
the data file on a worker thread (SQLite's locking keeps it safe beside the window's).

Signals:
    synced(object): a :class:`~backtimer.store.sync.SyncResult` after each round.
    failed(str): a sentence saying why a round could not run (folder gone, not writable).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QFileSystemWatcher, QObject, Qt, QTimer, Signal, Slot

from backtimer.store.db import StoreError, open_second
from backtimer.store.sync import Notice, SyncFolderRefused, SyncResult, sync_once
from backtimer.store.sync_journal import journal_files
from backtimer.ui import problem_text
from backtimer.ui.marks import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)
DEBOUNCE_MS = 1500
FALLBACK_MS = 60_000


def _tr(text: str) -> str:
    return QCoreApplication.translate("SyncService", text)


def refused_sentence(exc: SyncFolderRefused, folder: Path) -> str:
    """Why sync cannot use ``folder``, in the person's language."""
    sentence = {
        "own_data": _tr(
            "Sync cannot use %1: it holds BackTimer's own data folder or is inside it, and "
            "a sync tool would copy the live history file and damage it."
        ),
        "missing": _tr("Sync cannot use %1: it is not a folder, or it does not exist."),
        "read_only": _tr("Sync cannot use %1: BackTimer cannot write to it."),
        "unusable": _tr("Sync cannot use %1."),
    }.get(exc.kind)
    return sentence.replace("%1", str(folder)) if sentence else str(exc)


def _notice_text(kind: str) -> str:
    """The translated sentence for a sync notice (``%1``: the journal's file name)."""
    texts = {
        "damaged": QT_TRANSLATE_NOOP(
            "SyncNotice",
            "Sync: skipped %1, which is incomplete or damaged (perhaps still being copied).",
        ),
        "newer": QT_TRANSLATE_NOOP(
            "SyncNotice",
            "Sync: skipped %1, written by a newer BackTimer. Update BackTimer to read it.",
        ),
        "dropped": QT_TRANSLATE_NOOP(
            "SyncNotice", "Sync: some routine changes in %1 were damaged and were skipped."
        ),
        "conflict_file": QT_TRANSLATE_NOOP(
            "SyncNotice", "Sync: also read %1, a conflict copy made by the sync tool."
        ),
        "history": QT_TRANSLATE_NOOP(
            "SyncNotice", "Sync: the sessions in %1 could not be read and were skipped."
        ),
        "routine": QT_TRANSLATE_NOOP(
            "SyncNotice", "Sync: a routine from another computer could not be read and was skipped."
        ),
    }
    default = QT_TRANSLATE_NOOP("SyncNotice", "Sync: skipped %1, which is not a BackTimer journal.")
    return QCoreApplication.translate("SyncNotice", texts.get(kind, default))


Fingerprint = tuple[tuple[str, int, int], ...]


def fingerprint(folder: Path, skip: str = "") -> Fingerprint:
    """The journals' names, sizes and modification times (a cheap "did anything change"),
    leaving out ``skip`` (this computer's own journal)."""
    out = []
    for path in journal_files(folder):
        if path.name == skip:
            continue
        try:
            st = path.stat()
        except OSError:
            continue
        out.append((path.name, st.st_size, st.st_mtime_ns))
    return tuple(out)


class SyncService(QObject):
    """Signals: synced(SyncResult), failed(str) — see the module docstring."""

    synced = Signal(object)
    failed = Signal(str)
    _done = Signal(object)  # from the worker thread to this object's thread

    def __init__(
        self,
        db_path: Path,
        known_exercises: Iterable[str],
        parent: QObject | None = None,
        *,
        debounce_ms: int = DEBOUNCE_MS,
        fallback_ms: int = FALLBACK_MS,
        run: Callable[..., SyncResult] = sync_once,
    ) -> None:
        super().__init__(parent)
        self._db_path = db_path
        self._known = frozenset(known_exercises)
        self._run = run
        self._folder: Path | None = None
        self._told: set[str] = set()
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="backtimer-sync")
        self._running: Future[object] | None = None
        self._again = False
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(debounce_ms)
        self._fallback = QTimer(self)
        self._fallback.setTimerType(Qt.TimerType.VeryCoarseTimer)
        self._fallback.setInterval(fallback_ms)
        self._watcher = QFileSystemWatcher(self)
        self._seen: Fingerprint | None = None  # the others' journals as the last round read them
        self._own = ""  # this computer's journal (its own writes are no news)
        self._check_after = False
        self.rounds = 0  # rounds run (for tests and the curious)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self._debounce.timeout.connect(self._start_round)
        self._fallback.timeout.connect(self.check_folder)
        self._watcher.directoryChanged.connect(self.check_folder)
        self._done.connect(self._round_done)

    @property
    def folder(self) -> Path | None:
        return self._folder

    @property
    def pending(self) -> bool:
        """A round is asked for or running."""
        return self._debounce.isActive() or self._running is not None

    def set_folder(self, folder: str) -> None:
        """Sync with ``folder`` from now on ("" turns sync off)."""
        if self._watcher.directories():
            self._watcher.removePaths(self._watcher.directories())
        self._folder = Path(folder).expanduser() if folder.strip() else None
        self._seen = None
        if self._folder is None:
            self._fallback.stop()
            self._debounce.stop()
            return
        if self._folder.is_dir():
            self._watcher.addPath(str(self._folder))
        self._fallback.start()
        self.request()

    @Slot()
    def request(self) -> None:
        """Ask for a round soon (requests in quick succession make one)."""
        if self._folder is not None:
            self._debounce.start()

    @Slot()
    def check_folder(self) -> None:
        """A round if the journals in the folder changed since the last round."""
        if self._running is not None:
            self._check_after = True  # look again when this round has said what it read
            return
        if self._folder is not None and fingerprint(self._folder, self._own) != self._seen:
            self.request()

    @Slot()
    def _start_round(self) -> None:
        if self._folder is None:
            return
        if self._running is not None:
            self._again = True  # one more round when this one ends
            return
        folder = self._folder
        self._running = self._pool.submit(self._round, folder)
        self._running.add_done_callback(lambda f: self._done.emit(f))

    def _round(self, folder: Path) -> tuple[SyncResult, Fingerprint] | str:
        """On the worker thread: one round on a connection of its own."""
        try:
            db = open_second(self._db_path)
        except StoreError as exc:
            return problem_text.data_problem(exc, self._db_path)
        try:
            before = fingerprint(folder)  # what this round reads: a change after it is news
            result = self._run(db, folder, self._known, told=self._told)
            return result, tuple(f for f in before if f[0] != result.journal)
        except SyncFolderRefused as exc:
            return refused_sentence(exc, folder)
        except OSError as exc:
            return (
                _tr("Sync could not write to %1: %2")
                .replace("%1", str(folder))
                .replace("%2", problem_text.os_reason(exc))
            )
        finally:
            db.close()

    @Slot(object)
    def _round_done(self, future: Future[tuple[SyncResult, Fingerprint] | str]) -> None:
        self._running = None
        self.rounds += 1
        try:
            outcome = future.result()
        except Exception as exc:  # a bug, not the person's problem: log it and go on
            log.exception("sync round failed")
            outcome = _tr("Sync failed: %1").replace("%1", str(exc))
        if isinstance(outcome, str):
            self.failed.emit(outcome)
        else:
            result, self._seen = outcome
            self._own = result.journal
            if self._folder is not None and not self._watcher.directories():
                self._watcher.addPath(str(self._folder))  # created since it was chosen
            self.synced.emit(result)
        if self._again:
            self._again = False
            self._start_round()
        elif self._check_after:
            self._check_after = False
            self.check_folder()

    @staticmethod
    def notice_text(notice: Notice) -> str:
        """A notice as one translated sentence for the status bar."""
        return _notice_text(notice.kind).replace("%1", notice.file)

    def close(self) -> None:
        """Stop asking; wait for a round in progress (a round takes well under a second)."""
        self._fallback.stop()
        self._debounce.stop()
        self._folder = None
        self._pool.shutdown(wait=True)
