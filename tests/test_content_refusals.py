"""The content loader refuses broken content naming the place, and the examples and the
refusal table of ``docs/routine-format.md`` are what the loader does.

(The built-in content itself is checked in ``test_content.py``.)
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path
from typing import Any

import pytest

from backtimer import paths
from backtimer.core import catalogue
from backtimer.core.fields import ContentError
from backtimer.core.model import Mode
from backtimer.core.routine_io import routine_from_json


@pytest.fixture(scope="module")
def cat() -> catalogue.Catalogue:
    return catalogue.load(paths.content_dir())


# --- refusal of broken content ---------------------------------------------------------


@pytest.fixture
def content_copy(tmp_path: Path) -> Path:
    target = tmp_path / "content"
    shutil.copytree(paths.content_dir(), target)
    return target


def _edit_exercises(content: Path, edit: Any) -> None:
    path = content / "exercises.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    edit(data["exercises"])
    path.write_text(json.dumps(data), encoding="utf-8")


def test_the_unchanged_copy_loads(content_copy: Path) -> None:
    assert len(catalogue.load(content_copy).exercises) == 23


def test_missing_field_is_refused_with_its_place(content_copy: Path) -> None:
    _edit_exercises(content_copy, lambda exs: exs[2].pop("summary"))
    with pytest.raises(ContentError) as err:
        catalogue.load(content_copy)
    assert err.value.source.endswith("exercises.json")
    assert [str(p) for p in err.value.problems] == [
        "exercise 3 (prone-flying-hand-shake), field `summary`: is missing"
    ]


def test_duplicate_id_is_refused(content_copy: Path) -> None:
    def duplicate(exs: list[dict[str, Any]]) -> None:
        exs[1]["id"] = exs[0]["id"]

    _edit_exercises(content_copy, duplicate)
    with pytest.raises(ContentError) as err:
        catalogue.load(content_copy)
    assert "exercise 'supine-back-lift': the id is used twice" in [
        str(p) for p in err.value.problems
    ]


def test_per_side_disagreeing_with_one_sided_is_refused(content_copy: Path) -> None:
    def flip(exs: list[dict[str, Any]]) -> None:
        exs[1]["default"].pop("per_side")

    _edit_exercises(content_copy, flip)
    with pytest.raises(ContentError, match=r"supine-leg-kicks.*per_side"):
        catalogue.load(content_copy)


def test_routine_naming_an_unknown_exercise_is_refused(content_copy: Path) -> None:
    path = content_copy / "routines" / "floor-basics.backtimer.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["routine"]["items"][1]["exercise"] = "moon-walk"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ContentError) as err:
        catalogue.load(content_copy)
    assert err.value.source == str(path)
    assert [str(p) for p in err.value.problems] == [
        "item 2, field `exercise`: 'moon-walk' is not an exercise BackTimer knows"
    ]


def test_null_in_a_required_field_is_refused(content_copy: Path) -> None:
    def null_seconds(exs: list[dict[str, Any]]) -> None:
        exs[2]["default"]["seconds"] = None

    _edit_exercises(content_copy, null_seconds)
    path = content_copy / "exercises.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    with pytest.raises(ContentError) as err:
        catalogue.parse_exercises(data, str(path))
    assert "exercise 3 (prone-flying-hand-shake) default, field `seconds`" in str(err.value.first)
    assert "null" in err.value.first.message


# --- docs/routine-format.md ------------------------------------------------------------

DOC = Path(__file__).resolve().parents[1] / "docs" / "routine-format.md"


def _doc_example() -> dict[str, Any]:
    text = DOC.read_text(encoding="utf-8")
    block = re.search(r"```json\n(.*?)\n```", text, re.DOTALL)
    assert block is not None, "the format document has a JSON example"
    example: dict[str, Any] = json.loads(block.group(1))
    return example


def _refusal(data: dict[str, Any], cat: catalogue.Catalogue) -> str:
    with pytest.raises(ContentError) as err:
        routine_from_json(data, "back-break.backtimer.json", cat.exercise_ids)
    return str(err.value)


def test_doc_example_loads(cat: catalogue.Catalogue) -> None:
    routine = routine_from_json(_doc_example(), "example", cat.exercise_ids)
    assert [i.mode for i in routine.items] == [
        Mode.PACED_REPS,
        Mode.PACED_REPS,
        Mode.HOLDS,
        Mode.SELF_PACED_REPS,
    ]
    assert [e.id for e in routine.custom_exercises] == ["wall-slide"]


def test_doc_refusal_example_is_what_the_loader_says(cat: catalogue.Catalogue) -> None:
    data = _doc_example()
    data["routine"]["items"][1]["reps"] = 5000
    data["routine"]["items"][2]["exercise"] = "moon-walk"
    message = _refusal(data, cat)
    assert f"```text\n{message}\n```" in DOC.read_text(encoding="utf-8")


def _set(path: tuple[Any, ...], value: Any) -> Any:
    def edit(data: dict[str, Any]) -> None:
        target: Any = data
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value

    return edit


ITEMS = ("routine", "items")
DOC_REFUSALS = [
    (_set(("version",), 2), "this version reads up to 1. Update BackTimer to import it."),
    (_set(("format",), "something-else"), "is 'something-else', not a routine file"),
    (lambda d: d["routine"].pop("name"), "routine, field `name`: is missing"),
    (_set((*ITEMS, 1, "rest_after"), 30), "item 2, field `rest_after`: is not a field"),
    (_set((*ITEMS, 1, "mode"), "fast"), "item 2, field `mode`: is 'fast'; it must be one of"),
    (_set((*ITEMS, 1, "seconds"), 30), "item 2, field `seconds`: does not apply to mode"),
    (_set((*ITEMS, 0, "reps"), 0), "item 1, field `reps`: is zero (0); it must be at least 1"),
    (
        _set((*ITEMS, 1, "reps"), -3),
        "item 2, field `reps`: is negative (-3); it must be at least 1",
    ),
    (_set((*ITEMS, 1, "seconds_per_rep"), 0.1), "is 0.1; it must be between 0.5 and 60"),
    (_set((*ITEMS, 1, "reps"), 10.5), "item 2, field `reps`: must be a whole number"),
    (_set(("routine", "items"), []), "routine, field `items`: must be a non-empty list of items"),
    (
        lambda d: d["routine"]["items"].__setitem__(
            0, {"exercise": "cat-stretch", "mode": "timed", "seconds": 3600, "sets": 3}
        ),
        "item 1: plans 180 minutes; one item may plan at most 2 hours",
    ),
]


@pytest.mark.parametrize(("edit", "expected"), DOC_REFUSALS)
def test_doc_refusal_table_matches_the_loader(
    cat: catalogue.Catalogue, edit: Any, expected: str
) -> None:
    data = _doc_example()
    edit(data)
    assert expected in _refusal(data, cat)
    assert expected in DOC.read_text(encoding="utf-8")
