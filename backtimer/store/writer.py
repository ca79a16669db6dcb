"""History writes on a background thread, so the window never waits for the disk.

Measured (``tests/benchmarks/bench_history.py``): a step write on the calling thread is
~0.05 ms at p50, but a commit that triggers a WAL checkpoint waits for ``fsync`` (4-5 ms
here, far more on a slow disk). :class:`HistoryWriter` takes those calls from the UI
thread as queue items (a few microseconds) and runs them, in order, on one thread with
its own connection. Qt-free: errors go to an ``on_error`` callback, called on the writer
thread (the UI forwards it through a queued signal).

A session is known to the caller by a :class:`PendingSession` handle returned at once;
its database id is filled in when the writer has stored it.
"""

from __future__ import annotations

import queue
import threading
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from backtimer.core.model import Routine
from backtimer.core.report import SessionReport, StepRecord
from backtimer.store.db import connect_again, error_code, is_disk_trouble
from backtimer.store.history import HistoryStore
from backtimer.store.uuids import random_uuid


@dataclass(eq=False)
class PendingSession:
    uuid: str
    id: int | None = None  # set on the writer thread once the session is stored
    stored: threading.Event = field(default_factory=threading.Event, repr=False)


_Job = Callable[[HistoryStore], None]
_RETRY = object()  # wakes the thread to try the held-back writes again

SQLITE_BUSY, SQLITE_LOCKED = 5, 6


def retryable(exc: BaseException) -> bool:
    """A write that may go through later: full disk, I/O error, or the file busy for
    longer than the busy timeout (another process writing a large import)."""
    return is_disk_trouble(exc) or error_code(exc) in (SQLITE_BUSY, SQLITE_LOCKED)


class HistoryWriter:
    """Runs :class:`HistoryStore` writes in order on one background thread.

    Open the database once on the main thread first (that runs the migrations and the
    checks); then ``HistoryWriter(path).start()``. Call :meth:`close` at exit.

    A write that fails for a reason that may pass (full disk, I/O error, busy file) is
    kept in memory with every later one, in order, and tried again every
    ``retry_seconds``; :attr:`saving` is False meanwhile and ``on_saving_changed`` is
    called (on the writer thread) when that changes. Other errors drop that one write
    and go to ``on_error``.
    """

    def __init__(
        self,
        path: Path,
        *,
        on_error: Callable[[BaseException], None] | None = None,
        on_saving_changed: Callable[[bool], None] | None = None,
        now: Callable[[], datetime] | None = None,
        retry_seconds: float = 5.0,
    ) -> None:
        self._path = path
        self._on_error = on_error
        self._on_saving_changed = on_saving_changed
        self._now = now
        self._retry_seconds = retry_seconds
        self._queue: queue.Queue[object] = queue.Queue()
        self._thread: threading.Thread | None = None
        self._ready = threading.Event()
        self._held: deque[_Job] = deque()
        self.saving = True  # False while writes are held back in memory
        self.errors: list[BaseException] = []
        self.unsaved_at_close = 0  # writes still held back when the writer stopped

    def start(self) -> None:
        if self._thread is not None:
            raise RuntimeError("the writer is already started")
        self._thread = threading.Thread(target=self._run, name="history-writer", daemon=True)
        self._thread.start()
        self._ready.wait()

    def _run(self) -> None:
        try:
            db = connect_again(self._path)
        except BaseException as exc:
            self._fail(exc)
            self._ready.set()
            self._drain_without_db()
            return
        store = HistoryStore(db) if self._now is None else HistoryStore(db, now=self._now)
        self._ready.set()
        try:
            while True:
                try:
                    item = self._queue.get(timeout=self._retry_seconds if self._held else None)
                except queue.Empty:
                    item = _RETRY
                try:
                    if item is None:
                        self._write_held(store)
                        self.unsaved_at_close = len(self._held)
                        return
                    if item is not _RETRY:
                        self._held.append(item)  # type: ignore[arg-type]
                    self._write_held(store)
                finally:
                    if item is not _RETRY:
                        self._queue.task_done()
        finally:
            db.close()

    def _write_held(self, store: HistoryStore) -> None:
        """Run the held-back writes in order; stop at the first that must wait."""
        while self._held:
            job = self._held[0]
            try:
                job(store)
            except BaseException as exc:
                if retryable(exc):
                    self._set_saving(False, exc)
                    return
                self._fail(exc)
            self._held.popleft()
        self._set_saving(True, None)

    def _set_saving(self, saving: bool, exc: BaseException | None) -> None:
        if saving == self.saving:
            return
        self.saving = saving
        if exc is not None:
            self.errors.append(exc)
        if self._on_saving_changed is not None:
            self._on_saving_changed(saving)

    def _drain_without_db(self) -> None:
        while self._queue.get() is not None:
            self._queue.task_done()
        self._queue.task_done()

    def _fail(self, exc: BaseException) -> None:
        self.errors.append(exc)
        if self._on_error is not None:
            self._on_error(exc)

    def _put(self, job: _Job) -> None:
        if self._thread is None or not self._thread.is_alive():
            raise RuntimeError("the history writer is not running")
        self._queue.put(job)

    # -- the writes (each returns at once) ----------------------------------------------

    def begin_session(
        self,
        routine: Routine,
        started_utc: datetime,
        utc_offset_minutes: int,
        planned_seconds: float,
        *,
        pain_before: int | None = None,
    ) -> PendingSession:
        pending = PendingSession(random_uuid())

        def job(store: HistoryStore) -> None:
            pending.id = store.begin_session(
                routine,
                started_utc,
                utc_offset_minutes,
                planned_seconds,
                session_uuid=pending.uuid,
                pain_before=pain_before,
            )
            pending.stored.set()

        self._put(job)
        return pending

    def record_step(self, session: PendingSession, step: StepRecord) -> None:
        self._put(lambda store: store.record_step(self._id(session), step))

    def finish_session(
        self, session: PendingSession, report: SessionReport, ended_utc: datetime
    ) -> None:
        self._put(lambda store: store.finish_session(self._id(session), report, ended_utc))

    def set_pain(self, session: PendingSession, before: int | None, after: int | None) -> None:
        self._put(lambda store: store.set_pain(self._id(session), before, after))

    def set_pain_at(self, session: PendingSession, moment: str, value: int | None) -> None:
        """Store one answer (``moment`` "before" or "after") as soon as it is given."""
        self._put(lambda store: store.set_pain_at(self._id(session), moment, value))

    def set_note(self, session: PendingSession, note: str) -> None:
        self._put(lambda store: store.set_note(self._id(session), note))

    @staticmethod
    def _id(session: PendingSession) -> int:
        if session.id is None:
            raise KeyError(f"session {session.uuid} was not stored")
        return session.id

    # -- waiting -----------------------------------------------------------------------

    def flush(self) -> None:
        """Wait until every write queued so far was tried (e.g. before reading history);
        writes held back by a full disk stay held (see :attr:`saving`)."""
        self._queue.join()

    def close(self) -> None:
        """Finish the queued writes, then stop the thread and close its connection."""
        if self._thread is None:
            return
        if self._thread.is_alive():
            self._queue.put(None)
            self._thread.join()
        self._thread = None
