"""Hostile files are refused whole with a sentence naming the place; never a traceback,
a hang or a partial import (routine files and history exports, by hand and fuzzed)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from backtimer import paths
from backtimer.core import catalogue, routine_io, untrusted
from backtimer.core.fields import ContentError
from backtimer.store import history_io
from backtimer.store.db import open_database
from backtimer.store.history import HistoryStore

KNOWN = frozenset(catalogue.load(paths.content_dir()).exercise_ids)
GOOD_ROUTINE = routine_io.to_text(catalogue.load(paths.content_dir()).routines[0])


def good_history(tmp_path: Path) -> str:
    from tests.helpers.store_data import T0, report, routine, step

    db = open_database(tmp_path / "source.sqlite3")
    store = HistoryStore(db)
    sid = store.begin_session(routine(), T0, 60, 100.0)
    records = (step(0), step(1))
    for r in records:
        store.record_step(sid, r)
    store.finish_session(sid, report(records), T0)
    out = tmp_path / "good.json"
    with out.open("w", encoding="utf-8") as f:
        history_io.export_history(db, f)
    db.close()
    return out.read_text(encoding="utf-8")


def refused_routine(text: str) -> ContentError:
    with pytest.raises(ContentError) as info:
        routine_io.parse_text(text, "r.backtimer.json", KNOWN)
    return info.value


def with_routine(**changes: object) -> str:
    doc = json.loads(GOOD_ROUTINE)
    doc["routine"].update(changes)
    return json.dumps(doc)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("[" * 100_000 + "]" * 100_000, "too_deep"),
        ('{"a":' * 40 + "1" + "}" * 40, "too_deep"),
        ('{"format": "backtimer-routine", "version": 1' + "9" * 5000 + "}", "range"),
        ('{"format": "backtimer-routine", "version": 9223372036854775808}', "range"),
        ('{"format": "backtimer-routine", "version": 1, "version": 1}', "duplicate"),
        ('{"format": "backtimer-routine", "version": 1e999}', "range"),
        ('{"format": "backtimer-routine", "version": NaN}', "range"),
        ('{"format": "\\ud800"}', "encoding"),
        ("\ufeff" + GOOD_ROUTINE, "encoding"),
        (with_routine(name="Evil\x00name"), "control_char"),
        (with_routine(name="Evil\x1b[31mname"), "control_char"),
        (with_routine(name="Two\nlines"), "control_char"),
    ],
    ids=[
        "deep-list", "deep-object", "5000-digits", "2^63", "duplicate-key", "1e999", "NaN",
        "lone-surrogate", "bom", "nul-in-name", "escape-in-name", "newline-in-name",
    ],
)  # fmt: skip
def test_hostile_routine_text_is_refused(text: str, kind: str) -> None:
    assert refused_routine(text).first.kind == kind


def test_a_picture_path_is_refused() -> None:
    doc = json.loads(GOOD_ROUTINE)
    ex = routine_io.exercise_to_json(catalogue.load(paths.content_dir()).exercises[0])
    ex.update(id="my-own", picture="../../etc/passwd")
    doc["exercises"] = [ex]
    problem = refused_routine(json.dumps(doc)).first
    assert (problem.section, problem.index, problem.field) == ("exercise", 1, "picture")


def test_problems_carry_their_place_as_fields() -> None:
    doc = json.loads(GOOD_ROUTINE)
    doc["routine"]["items"][1]["reps" if "reps" in doc["routine"]["items"][1] else "sets"] = 0
    problem = refused_routine(json.dumps(doc)).first
    assert (problem.section, problem.index, problem.kind) == ("item", 2, "range")
    assert problem.field in ("reps", "sets")


@pytest.mark.parametrize("kind", ["fifo", "dev-zero", "folder"])
def test_only_regular_files_are_read_and_nothing_blocks(tmp_path: Path, kind: str) -> None:
    path = tmp_path / "x.backtimer.json"
    if kind == "fifo":
        os.mkfifo(path)
    elif kind == "dev-zero":
        path.symlink_to("/dev/zero")
    else:
        path.mkdir()
    with pytest.raises(ContentError) as info:
        routine_io.read_file(path, KNOWN)
    assert info.value.first.kind == "not_a_file"


def test_the_cap_is_on_the_bytes_read(tmp_path: Path) -> None:
    path = tmp_path / "big.json"
    path.write_bytes(b" " * 2000)
    with pytest.raises(ContentError) as info:
        untrusted.read_regular_file(path, 1000)
    assert info.value.first.kind == "too_large"


def refused_history(tmp_path: Path, text: str) -> str:
    db = open_database(tmp_path / "target.sqlite3")
    try:
        with pytest.raises(ContentError) as info:
            history_io.import_history(db, text, "h.json")
        assert HistoryStore(db).count_sessions() == 0, "nothing may be imported"
    finally:
        db.close()
    return str(info.value)


def mutate_session(text: str, **changes: object) -> str:
    doc = json.loads(text)
    doc["sessions"][0].update(changes)
    return json.dumps(doc)


@pytest.mark.parametrize(
    ("change", "words"),
    [
        ({"started_utc": "2026-03-02T07:30:00,123Z"}, "field `started_utc`"),
        ({"started_utc": "0001-01-01T00:00:00.000Z"}, "year 1"),
        ({"ended_utc": "9999-12-31T23:59:59.999Z"}, "year 9999"),
        ({"routine": {}}, "field `routine_json`"),
        ({"note": "a\x00b"}, "field `note`"),
        ({"pain_before": 2**63}, "beyond 64 bits"),
    ],
    ids=["comma-fraction", "year-1", "year-9999", "empty-routine", "nul-note", "2^63"],
)
def test_hostile_history_is_refused_whole(
    tmp_path: Path, change: dict[str, object], words: str
) -> None:
    assert words in refused_history(tmp_path, mutate_session(good_history(tmp_path), **change))


@pytest.mark.parametrize("version", [0, -5])
def test_history_version_must_be_positive(tmp_path: Path, version: int) -> None:
    doc = json.loads(good_history(tmp_path))
    doc["version"] = version
    assert "field `version`" in refused_history(tmp_path, json.dumps(doc))


def test_a_csv_export_round_trips_with_a_huge_routine_snapshot(tmp_path: Path) -> None:
    big = json.loads(good_history(tmp_path))
    snapshot = big["sessions"][0]["routine"]
    snapshot["routine"]["description"] = "x" * 1999
    snapshot["routine"]["items"] = [dict(i, note="n" * 500) for i in snapshot["routine"]["items"]]
    ex = routine_io.exercise_to_json(catalogue.load(paths.content_dir()).exercises[0])
    ex.update(id="my-own", instructions=["y" * 1999] * 80)  # with the notes: > 128 KiB
    snapshot["exercises"] = [ex]
    db = open_database(tmp_path / "a.sqlite3")
    history_io.import_history(db, json.dumps(big), "big.json")
    out = tmp_path / "a.csv"
    with out.open("w", encoding="utf-8", newline="") as f:
        history_io.export_history(db, f, "csv")
    db.close()
    text = out.read_text(encoding="utf-8")
    assert max(len(line) for line in text.splitlines()) > 131_072
    other = open_database(tmp_path / "b.sqlite3")
    assert history_io.import_history(other, text, "a.csv").added == 1
    again = tmp_path / "b.csv"
    with again.open("w", encoding="utf-8", newline="") as f:
        history_io.export_history(other, f, "csv")
    other.close()
    assert again.read_text(encoding="utf-8") == text


def test_the_command_line_refuses_a_fifo_without_hanging(tmp_path: Path) -> None:
    fifo = tmp_path / "h.json"
    os.mkfifo(fifo)
    done = subprocess.run(
        [sys.executable, "-m", "backtimer", "--data-dir", str(tmp_path / "d"), "history",
         "import", str(fifo)],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert done.returncode == 2
    assert "pipe" in done.stderr and "Traceback" not in done.stderr


# -- fuzzing ------------------------------------------------------------------------------

FUZZED: list[int] = []
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4)
    ),
    max_leaves=30,
)


@st.composite
def replaced_part(draw: st.DrawFn, base: str) -> str:
    """The valid file with one value somewhere in it replaced by any JSON value."""
    import copy

    d = copy.deepcopy(json.loads(base))
    node: object = d
    while isinstance(node, dict | list) and node:
        keys = list(node) if isinstance(node, dict) else list(range(len(node)))
        key = draw(st.sampled_from(keys))
        child = node[key]
        if not isinstance(child, dict | list) or not child or draw(st.booleans()):
            node[key] = draw(json_values)
            break
        node = child
    return json.dumps(d, ensure_ascii=draw(st.booleans()))


def mutations(base: str) -> st.SearchStrategy[str]:
    """Valid files with one part replaced, cut short, or with a character changed."""
    cut = st.integers(0, len(base)).map(lambda n: base[:n])
    flipped = st.tuples(st.integers(0, len(base) - 1), st.characters()).map(
        lambda t: base[: t[0]] + t[1] + base[t[0] + 1 :]
    )
    return st.one_of(replaced_part(base), cut, flipped, st.text(max_size=200))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=mutations(GOOD_ROUTINE))
def test_fuzzed_routine_files_are_refused_or_read(text: str) -> None:
    FUZZED.append(1)
    try:
        routine = routine_io.parse_text(text, "fuzz.backtimer.json", KNOWN)
    except ContentError as exc:
        assert exc.problems and all(str(p) for p in exc.problems)
        return
    assert routine_io.parse_text(routine_io.to_text(routine), "again", KNOWN) == routine


@pytest.fixture(scope="module")
def history_text(tmp_path_factory: pytest.TempPathFactory) -> str:
    return good_history(tmp_path_factory.mktemp("good"))


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_fuzzed_history_files_are_refused_whole_or_imported(
    tmp_path_factory: pytest.TempPathFactory, history_text: str, data: st.DataObject
) -> None:
    FUZZED.append(1)
    text = data.draw(mutations(history_text))
    db = open_database(tmp_path_factory.mktemp("fuzz") / "h.sqlite3")
    try:
        try:
            result = history_io.import_history(db, text, "fuzz.json")
        except ContentError as exc:
            assert exc.problems
            assert HistoryStore(db).count_sessions() == 0, "a refusal imported something"
            return
        assert HistoryStore(db).count_sessions() == result.added
    finally:
        db.close()
