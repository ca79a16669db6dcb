"""The sessions table model: rows pushed in, fetched page by page, readable texts."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QModelIndex, Qt

from backtimer.core.report import SessionStatus
from backtimer.store.history_read import SessionRow
from backtimer.ui.history.models import SESSION_ID_ROLE, SessionsModel, pain_text

T0 = datetime(2026, 3, 2, 7, 30, tzinfo=UTC)


def row(n: int, **changes: object) -> SessionRow:
    base = SessionRow(
        id=n,
        uuid=f"{n:08d}-0000-4000-8000-000000000000",
        routine_id="builtin:morning",
        routine_name=f"Routine {n}",
        started_utc=T0 - timedelta(days=n),
        utc_offset_minutes=60,
        ended_utc=T0 - timedelta(days=n) + timedelta(minutes=10),
        status=SessionStatus.COMPLETED,
        planned_seconds=600.0,
        exercised_seconds=480.4,
        paused_seconds=12.0,
        elapsed_seconds=605.0,
        pain_before=3,
        pain_after=2,
        note="",
        steps_done=8,
        steps_skipped=1,
        steps_hurt=0,
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def test_passes_the_model_tester_through_reset_and_fetch(qtbot, qtmodeltester) -> None:
    model = SessionsModel()
    model.fetch_more_requested.connect(
        lambda offset: model.append_rows([row(i) for i in range(offset, min(offset + 5, 12))])
    )
    qtmodeltester.check(model)
    model.set_rows([row(i) for i in range(5)], total=12)
    qtmodeltester.check(model)
    assert model.canFetchMore(QModelIndex())
    seen: list[int] = []
    model.fetch_more_requested.connect(seen.append)
    while model.canFetchMore(QModelIndex()):
        have = model.rowCount()
        model.fetchMore(QModelIndex())
        model.fetchMore(QModelIndex())  # a second call while one is pending asks nothing more
        qtbot.waitUntil(lambda have=have: model.rowCount() > have)
    assert [model.session_row(i).id for i in range(12)] == list(range(12))
    assert seen == sorted(set(seen))  # each offset asked once
    assert not model.canFetchMore(QModelIndex())
    model.set_rows([])
    qtmodeltester.check(model)


def test_fetch_more_asks_for_the_next_offset_and_stops_when_nothing_comes(qtbot) -> None:
    model = SessionsModel()
    model.set_rows([row(i) for i in range(3)], total=10)
    with qtbot.waitSignal(model.fetch_more_requested) as blocker:
        model.fetchMore(QModelIndex())
    assert blocker.args == [3]
    model.append_rows([])  # the store had fewer than it said (deleted meanwhile)
    assert not model.canFetchMore(QModelIndex())
    assert model.total == 3


def test_texts_of_a_row() -> None:
    model = SessionsModel()
    model.set_rows(
        [row(1), row(2, status=SessionStatus.STOPPED_FOR_PAIN, pain_before=None, pain_after=7)]
    )
    texts = [model.index(0, c).data() for c in range(model.columnCount())]
    assert texts[SessionsModel.ROUTINE] == "Routine 1"
    assert texts[SessionsModel.DURATION] == "10:05"
    assert model.index(0, SessionsModel.DURATION).data(Qt.ItemDataRole.ToolTipRole) == (
        "8:00 exercised, 0:12 paused"
    )
    assert texts[SessionsModel.STATUS] == "Completed"
    assert texts[SessionsModel.PAIN] == "3 → 2"
    # The date is the local wall time where it was done (UTC+1 here): 08:30.
    assert "8:30" in texts[SessionsModel.DATE]
    assert model.index(1, SessionsModel.STATUS).data() == "Stopped for pain"
    assert model.index(1, SessionsModel.PAIN).data() == "– → 7"
    assert model.index(1, 0).data(SESSION_ID_ROLE) == 2
    assert model.index(0, SessionsModel.STATUS).data(Qt.ItemDataRole.ToolTipRole) == (
        "8 done, 1 skipped, 0 hurt"
    )
    assert model.row_of(2) == 1
    assert model.row_of(99) == -1


@pytest.mark.parametrize(
    ("before", "after", "text"), [(None, None, "–"), (0, None, "0 → –"), (10, 0, "10 → 0")]
)
def test_pain_text(before: int | None, after: int | None, text: str) -> None:
    assert pain_text(before, after) == text


def test_headers() -> None:
    model = SessionsModel()
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers[0] == "Date" and headers[-1] == "Pain"
    assert model.headerData(0, Qt.Orientation.Vertical) is None
