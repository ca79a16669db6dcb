"""The routine file format: round trips, and every refusal names file, place and fault."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from backtimer.core import routine_io
from backtimer.core.fields import ContentError
from backtimer.core.model import Dosage, Item, Mode, Routine

KNOWN = {"cat-stretch", "superman", "swallow-fly", "heel-reach-rotation"}


def sample() -> Routine:
    return Routine(
        name="Morning back",
        description="Short one",
        lead_in_seconds=10,
        items=(
            Item("cat-stretch", Dosage(Mode.PACED_REPS, reps=10, seconds_per_rep=4.0), 20, True),
            Item("swallow-fly", Dosage(Mode.HOLDS, hold_seconds=5, hold_rest_seconds=10, holds=6)),
            Item("superman", Dosage(Mode.SELF_PACED_REPS, reps=10, sets=3, set_rest_seconds=30)),
            Item(
                "heel-reach-rotation",
                Dosage(Mode.TIMED, seconds=40, per_side=True, switch_seconds=5),
                note="slowly",
            ),
        ),
    )


def test_round_trip_through_a_file(tmp_path: Path) -> None:
    path = tmp_path / routine_io.suggested_file_name(sample())
    assert path.name == "morning-back.backtimer.json"
    routine_io.write_file(sample(), path)
    assert routine_io.read_file(path, KNOWN) == sample()


def doc(**item_changes: object) -> dict[str, Any]:
    d = routine_io.routine_to_json(sample())
    d["routine"]["items"][2].update(item_changes)
    return d


def refusal(tmp_path: Path, data: object, raw: str | None = None) -> ContentError:
    path = tmp_path / "bad.backtimer.json"
    path.write_text(raw if raw is not None else json.dumps(data), encoding="utf-8")
    with pytest.raises(ContentError) as info:
        routine_io.read_file(path, KNOWN)
    assert str(path) in str(info.value)
    return info.value


@pytest.mark.parametrize(
    ("changes", "place", "words"),
    [
        ({"reps": 0}, "item 3, field `reps`", "zero"),
        ({"reps": -4}, "item 3, field `reps`", "negative"),
        ({"reps": 5000}, "item 3, field `reps`", "limit of 1000"),
        ({"reps": "ten"}, "item 3, field `reps`", "whole number"),
        ({"mode": "jumping"}, "item 3, field `mode`", "must be one of"),
        ({"exercise": "moonwalk"}, "item 3, field `exercise`", "not an exercise"),
        ({"seconds": 30}, "item 3, field `seconds`", "does not apply"),
        ({"colour": "red"}, "item 3, field `colour`", "not a field"),
        ({"sets": 50, "set_rest_seconds": 1800, "reps": 1000}, "item 3", "at most 2 hours"),
    ],
)
def test_bad_numbers_and_fields_are_refused(
    tmp_path: Path, changes: dict[str, object], place: str, words: str
) -> None:
    err = refusal(tmp_path, doc(**changes))
    assert any(p.place == place and words in p.message for p in err.problems), err.problems


def test_missing_field(tmp_path: Path) -> None:
    d = doc()
    del d["routine"]["items"][0]["reps"]
    err = refusal(tmp_path, d)
    assert err.first.place == "item 1, field `reps`" and err.first.message == "is missing"


def test_timed_item_over_two_hours(tmp_path: Path) -> None:
    d = routine_io.routine_to_json(sample())
    d["routine"]["items"][3]["seconds"] = 7201
    err = refusal(tmp_path, d)
    assert err.first.place == "item 4, field `seconds`"


def test_malformed_json_names_line_and_column(tmp_path: Path) -> None:
    err = refusal(tmp_path, None, raw='{"format": "backtimer-routine",\n  "version": 1,,}')
    assert err.first.place == "line 2, column 16" and "not valid JSON" in err.first.message


def test_newer_version_is_refused_with_advice(tmp_path: Path) -> None:
    d = doc()
    d["version"] = routine_io.FORMAT_VERSION + 1
    err = refusal(tmp_path, d)
    assert "newer BackTimer" in err.first.message


def test_not_a_routine_file(tmp_path: Path) -> None:
    assert "not a routine file" in refusal(tmp_path, {"format": "x", "version": 1}).first.message
    assert "JSON object" in refusal(tmp_path, [1, 2]).first.message
    assert "UTF-8" in str(_raw_refusal(tmp_path, b"\xff\xfe\x00"))


def _raw_refusal(tmp_path: Path, raw: bytes) -> ContentError:
    path = tmp_path / "bin.backtimer.json"
    path.write_bytes(raw)
    with pytest.raises(ContentError) as info:
        routine_io.read_file(path, KNOWN)
    return info.value


def test_custom_exercises_travel_with_the_routine(tmp_path: Path) -> None:
    d = routine_io.routine_to_json(sample())
    d["exercises"] = [
        {
            "id": "physio-bridge",
            "name": "Bridge from my physio",
            "instructions": ["Lie on your back", "Lift the hips"],
            "position": "supine",
            "default": {"mode": "timed", "seconds": 20},
        }
    ]
    d["routine"]["items"].append({"exercise": "physio-bridge", "mode": "timed", "seconds": 20})
    path = tmp_path / "c.backtimer.json"
    path.write_text(json.dumps(d), encoding="utf-8")
    r = routine_io.read_file(path, KNOWN)
    assert r.items[-1].exercise == "physio-bridge"
    assert r.custom_exercises[0].name == "Bridge from my physio"
    assert routine_io.routine_from_json(routine_io.routine_to_json(r), "x", KNOWN) == r


def test_null_and_reused_ids_are_refused(tmp_path: Path) -> None:
    d = doc(reps=None)
    err = refusal(tmp_path, d)
    assert err.first.place == "item 3, field `reps`" and "null" in err.first.message
    d = routine_io.routine_to_json(sample())
    d["exercises"] = [
        {
            "id": "superman",
            "name": "Mine",
            "instructions": ["x"],
            "position": "prone",
            "default": {"mode": "timed", "seconds": 20, "colour": "red"},
        }
    ]
    places = {p.place for p in refusal(tmp_path, d).problems}
    assert {"exercise 1, field `id`", "exercise 1 default, field `colour`"} <= places


def test_a_byte_order_mark_is_refused_as_the_format_says(tmp_path: Path) -> None:
    path = tmp_path / "bom.backtimer.json"
    path.write_bytes(b"\xef\xbb\xbf" + routine_io.to_text(sample()).encode())
    with pytest.raises(ContentError) as info:
        routine_io.read_file(path, KNOWN)
    assert info.value.first.kind == "encoding"
    assert "byte-order mark" in info.value.first.message
