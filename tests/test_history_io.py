"""History export and import: exact round trips, no doubles, refusals that say where."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from backtimer.core.fields import ContentError
from backtimer.core.model import Side
from backtimer.core.report import Outcome, SessionStatus
from backtimer.core.steps import StepKind
from backtimer.store.db import Database, open_database
from backtimer.store.history import HistoryStore
from backtimer.store.history_io import ImportResult, export_history, import_history
from tests.helpers.store_data import T0, report, routine, run_session, step


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(tmp_path / "a.sqlite3")
    yield database
    database.close()


@pytest.fixture
def empty(tmp_path: Path) -> Iterator[Database]:
    database = open_database(tmp_path / "b.sqlite3")
    yield database
    database.close()


def fill(db: Database, *, multi_line_note: bool = True) -> HistoryStore:
    store = HistoryStore(db)
    a = run_session(store, T0, offset=-300)
    store.set_pain(a, 7, None)
    if multi_line_note:
        store.set_note(a, 'Hip "clicked", then\nfine; ça va 🙂\r\nnext line')
    else:
        store.set_note(a, "Hip clicked")
    b = store.begin_session(routine("Evening, long"), T0 + timedelta(days=1), 330, 250.5)
    store.record_step(b, step(0, actual=0.1 + 0.2, side=None, reps=12))
    store.record_step(b, step(1, kind=StepKind.HOLD, outcome=Outcome.HURT, side=Side.RIGHT))
    store.mark_interrupted()  # b was left running: now interrupted
    c = run_session(store, T0 + timedelta(days=2), status=SessionStatus.STOPPED)
    store.set_pain(c, 0, 10)
    # A session with no steps, and one still running (not exported).
    d = store.begin_session(routine(), T0 + timedelta(days=3), 0, 10.0)
    store.finish_session(d, report((), SessionStatus.STOPPED), T0 + timedelta(days=3, seconds=2))
    store.begin_session(routine(), T0 + timedelta(days=4), 0, 10.0)
    return store


def export(db: Database, fmt: str) -> str:
    out = io.StringIO(newline="")
    export_history(db, out, fmt)
    return out.getvalue()


def stored(db: Database) -> list[tuple[object, ...]]:
    """Everything stored about finished sessions, without the local ids."""
    store = HistoryStore(db)
    rows: list[tuple[object, ...]] = []
    for r in store.sessions(limit=100):
        if r.status is SessionStatus.RUNNING:
            continue
        snap = store.snapshot(r.id)
        rows.append((tuple(snap.session.items()), tuple(tuple(s.items()) for s in snap.steps)))
    return rows


@pytest.mark.parametrize("fmt", ["json", "csv"])
def test_an_export_imports_back_exactly(db: Database, empty: Database, fmt: str) -> None:
    fill(db)
    text = export(db, fmt)
    assert import_history(empty, text, "export") == ImportResult(added=4, already_present=0)
    assert stored(empty) == stored(db)
    assert export(empty, fmt) == text
    assert len(stored(db)) == 4


def test_csv_and_json_carry_the_same_history(db: Database, empty: Database) -> None:
    fill(db)
    import_history(empty, export(db, "csv"), "export.csv")
    assert export(empty, "json") == export(db, "json")
    doc = json.loads(export(db, "json"))
    assert doc["format"] == "backtimer-history"
    assert doc["sessions"][0]["routine"]["routine"]["name"] == "Morning back"


@pytest.mark.parametrize("fmt", ["json", "csv"])
def test_sessions_already_present_are_not_doubled(db: Database, fmt: str) -> None:
    fill(db)
    before = stored(db)
    assert import_history(db, export(db, fmt), "x") == ImportResult(added=0, already_present=4)
    assert stored(db) == before


def test_a_malformed_json_item_refuses_the_whole_file(db: Database, empty: Database) -> None:
    fill(db)
    doc = json.loads(export(db, "json"))
    doc["sessions"][1]["steps"][0]["outcome"] = "meh"
    doc["sessions"][2]["pain_after"] = 11
    doc["sessions"][3]["colour"] = "red"
    with pytest.raises(ContentError) as info:
        import_history(empty, json.dumps(doc), "h.json")
    places = [p.place for p in info.value.problems]
    assert places == [
        "session 2, step 1, field `outcome`",
        "session 3, field `pain_after`",
        "session 4, field `colour`",
    ]
    assert "h.json: refused, nothing was imported" in str(info.value)
    assert HistoryStore(empty).count_sessions() == 0


def test_invalid_json_names_the_line(empty: Database) -> None:
    with pytest.raises(ContentError) as info:
        import_history(empty, '{"format": "backtimer-history",\n "version": 1,,}', "h.json")
    assert info.value.first.place == "line 2, column 15"


def test_a_malformed_csv_line_refuses_the_whole_file(db: Database, empty: Database) -> None:
    fill(db, multi_line_note=False)
    rows = list(csv.reader(io.StringIO(export(db, "csv"), newline="")))
    assert rows[5][0] == "session"  # line 6 of the file (no cell holds a line break)
    rows[5][rows[0].index("pain_after")] = "eleven"
    out = io.StringIO(newline="")
    csv.writer(out, lineterminator="\n").writerows(rows)
    with pytest.raises(ContentError) as info:
        import_history(empty, out.getvalue(), "h.csv")
    assert [str(p) for p in info.value.problems] == [
        "line 6, field `pain_after`: must be a whole number"
    ]
    assert HistoryStore(empty).count_sessions() == 0


def test_csv_refusals_name_the_line_and_field(empty: Database, db: Database) -> None:
    fill(db, multi_line_note=False)
    text = export(db, "csv")
    lines = text.split("\n")
    with pytest.raises(ContentError, match="line 1"):
        import_history(empty, "a,b,c\n", "h.csv")
    first_session = lines[1]
    doubled = "\n".join([lines[0], first_session, first_session.replace(",7,", ",6,", 1)])
    with pytest.raises(ContentError) as info:
        import_history(empty, doubled + "\n", "h.csv")
    assert [p.place for p in info.value.problems] == ["line 3, field `uuid`"]
    orphan = "\n".join([lines[0], lines[3]])  # a step line with no session above
    with pytest.raises(ContentError, match="line 2, field `uuid`"):
        import_history(empty, orphan, "h.csv")


def test_a_running_session_in_a_file_is_refused(empty: Database, db: Database) -> None:
    fill(db)
    doc = json.loads(export(db, "json"))
    doc["sessions"][0]["status"] = "running"
    with pytest.raises(ContentError, match="session 1, field `status`"):
        import_history(empty, json.dumps(doc), "h.json")


def test_an_unknown_export_format_is_an_error(db: Database) -> None:
    with pytest.raises(ValueError, match="csv, json"):
        export_history(db, io.StringIO(), "xml")
