"""Writes a running session to the history as it happens (no Qt).

The session row is written when it starts, each step when it ends, the totals when it
ends, through the background :class:`~backtimer.store.writer.HistoryWriter`: small
transactions off the UI thread, so a killed app loses at most the step in progress and
a slow disk never freezes the countdown. Every report is also kept in memory.

Everything the person answers is written when it is given: :meth:`answer_pain` for the
pain check-in before and after ("it hurts" is a step record, written at once).
When the disk is full the writer keeps the writes in memory and retries; :attr:`unsaved`
is True meanwhile, so the window and the session summary can say so.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from backtimer.core.model import Routine
from backtimer.core.report import SessionReport, StepRecord

if TYPE_CHECKING:  # the writer (threads, queue) is imported after the first paint
    from backtimer.store.writer import HistoryWriter, PendingSession

log = logging.getLogger(__name__)


def _utc_now() -> datetime:
    return datetime.now(UTC)


def _offset_minutes(moment: datetime) -> int:
    offset = moment.astimezone().utcoffset()
    return int(offset.total_seconds() // 60) if offset is not None else 0


class SessionRecorder:
    def __init__(
        self, writer: HistoryWriter | None, *, now: Callable[[], datetime] = _utc_now
    ) -> None:
        self._writer = writer
        self._now = now
        self.session: PendingSession | None = None
        self.last_session: PendingSession | None = None
        self.reports: list[SessionReport] = []  # every finished session of this run
        self._pain_before: int | None = None  # answered before the session row exists

    @property
    def unsaved(self) -> bool:
        """True while history writes are held in memory (full disk, I/O error, busy)."""
        return self._writer is not None and not self._writer.saving

    def attach(self, writer: HistoryWriter) -> None:
        """Start writing (the app makes its writer after the window's first paint)."""
        self._writer = writer

    def begin(self, routine: Routine, planned_seconds: float) -> None:
        if self._writer is None:
            return
        started = self._now()
        # The answer given before goes in with the session's row: one write, so that a
        # kill right after it cannot leave the session without it.
        self.session = self._writer.begin_session(
            routine,
            started,
            _offset_minutes(started),
            planned_seconds,
            pain_before=self._pain_before,
        )
        self._pain_before = None

    def record(self, step: StepRecord) -> None:
        if self._writer is not None and self.session is not None:
            self._writer.record_step(self.session, step)

    def finish(self, report: SessionReport) -> None:
        self.reports.append(report)
        session, self.session = self.session, None
        self.last_session = session
        if self._writer is not None and session is not None:
            self._writer.finish_session(session, report, self._now())

    def answer_pain(self, moment: str, value: int | None) -> None:
        """The pain check-in's answer (``moment`` "before" or "after"; None = skipped),
        written at once: "before" with the session that starts (or runs), "after" with
        the one that runs or just ended."""
        if value is None:
            return
        if moment == "before" and self.session is None:
            self._pain_before = value  # the session is begun right after the question
            return
        session = self.session or self.last_session
        if self._writer is not None and session is not None:
            self._writer.set_pain_at(session, moment, value)

    def set_pain(self, before: int | None, after: int | None) -> None:
        """Pain for the session that runs, or else the one that just ended."""
        session = self.session or self.last_session
        if self._writer is not None and session is not None:
            self._writer.set_pain(session, before, after)

    def flush(self) -> None:
        if self._writer is not None:
            self._writer.flush()
