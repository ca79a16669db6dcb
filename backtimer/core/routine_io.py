"""The routine file format (``NAME.backtimer.json``): parse, validate, write.

See ``docs/routine-format.md``. Parsing is all-or-nothing: any problem refuses the whole
file with a :class:`ContentError` naming the file, the place and what is wrong.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from backtimer.core import untrusted
from backtimer.core.fields import ContentError, Problem, Reader
from backtimer.core.model import (
    MAX_HOLDS,
    MAX_ITEM_SECONDS,
    MAX_LEAD_IN_SECONDS,
    MAX_REPS,
    MAX_REST_SECONDS,
    MAX_SECONDS_PER_REP,
    MAX_SETS,
    MIN_SECONDS_PER_REP,
    Dosage,
    Exercise,
    Item,
    Level,
    Mode,
    Position,
    Routine,
)
from backtimer.core.steps import item_seconds

FORMAT_NAME = "backtimer-routine"
FORMAT_VERSION = 1
FILE_SUFFIX = ".backtimer.json"
MAX_FILE_BYTES = 5 * 1024 * 1024
MAX_ITEMS = 200

_MODE_FIELDS: dict[Mode, tuple[str, ...]] = {
    Mode.TIMED: ("seconds",),
    Mode.PACED_REPS: ("reps", "seconds_per_rep"),
    Mode.SELF_PACED_REPS: ("reps",),
    Mode.HOLDS: ("hold_seconds", "hold_rest_seconds", "holds"),
}
_ALL_MODE_FIELDS = {f for fields in _MODE_FIELDS.values() for f in fields}
_DOSAGE_FIELDS = _ALL_MODE_FIELDS | {
    "mode",
    "sets",
    "set_rest_seconds",
    "per_side",
    "switch_seconds",
}
_ITEM_FIELDS = _DOSAGE_FIELDS | {"exercise", "rest_after_seconds", "warm_up", "note"}
_EXERCISE_FIELDS = {
    "id", "name", "summary", "instructions", "cues", "position", "equipment", "level",
    "one_sided", "default", "safety", "source", "also_in", "dosage_note", "easier", "loaded",
    "picture",
}  # fmt: skip


def read_dosage(r: Reader) -> Dosage | None:
    """Read the dosage fields of an item (or of an exercise's default) from ``r``."""
    mode = r.choice("mode", Mode)
    if mode is None:
        return None
    for key in sorted(_ALL_MODE_FIELDS - set(_MODE_FIELDS[mode])):
        if key in r.obj:
            r.problem(key, f"does not apply to mode '{mode.value}'")
    d: dict[str, Any] = {"mode": mode}
    if mode is Mode.TIMED:
        d["seconds"] = r.integer("seconds", minimum=1, maximum=MAX_ITEM_SECONDS)
    elif mode in (Mode.PACED_REPS, Mode.SELF_PACED_REPS):
        d["reps"] = r.integer("reps", minimum=1, maximum=MAX_REPS)
        if mode is Mode.PACED_REPS:
            d["seconds_per_rep"] = r.number(
                "seconds_per_rep", minimum=MIN_SECONDS_PER_REP, maximum=MAX_SECONDS_PER_REP
            )
    else:
        d["hold_seconds"] = r.integer("hold_seconds", minimum=1, maximum=MAX_ITEM_SECONDS)
        d["hold_rest_seconds"] = r.integer("hold_rest_seconds", minimum=0, maximum=MAX_REST_SECONDS)
        d["holds"] = r.integer("holds", minimum=1, maximum=MAX_HOLDS)
    d["sets"] = r.integer("sets", minimum=1, maximum=MAX_SETS, required=False, default=1)
    d["set_rest_seconds"] = r.integer(
        "set_rest_seconds", minimum=0, maximum=MAX_REST_SECONDS, required=False, default=0
    )
    d["per_side"] = r.boolean("per_side")
    d["switch_seconds"] = r.integer(
        "switch_seconds", minimum=0, maximum=MAX_REST_SECONDS, required=False, default=5
    )
    if any(v is None for k, v in d.items() if k in _MODE_FIELDS[mode]):
        return None
    return Dosage(**d)


def dosage_to_json(d: Dosage) -> dict[str, Any]:
    out: dict[str, Any] = {"mode": d.mode.value}
    for key in _MODE_FIELDS[d.mode]:
        out[key] = getattr(d, key)
    if d.sets != 1:
        out["sets"] = d.sets
        out["set_rest_seconds"] = d.set_rest_seconds
    if d.per_side:
        out["per_side"] = True
        out["switch_seconds"] = d.switch_seconds
    return out


def read_exercise(r: Reader, *, custom: bool) -> Exercise | None:
    """Read one exercise object (catalogue entry, or a custom exercise in a routine file)."""
    r.unknown_keys(_EXERCISE_FIELDS)
    ex_id = r.text("id", max_len=80, one_line=True)
    if ex_id and not re.fullmatch(r"[a-z0-9][a-z0-9-]*", ex_id):
        r.problem("id", f"{ex_id!r} may hold only lower-case letters, digits and '-'")
    name = r.text("name", max_len=120, one_line=True)
    default_r = r.child("default", f"{r.where} default" if r.where else "default")
    if default_r is not None:
        default_r.unknown_keys(_DOSAGE_FIELDS)
    default = read_dosage(default_r) if default_r else None
    position = r.choice("position", Position)
    level = r.choice("level", Level, required=not custom) or Level.HOME
    ex = Exercise(
        id=ex_id,
        name=name,
        summary=r.text("summary", required=not custom, max_len=300),
        instructions=r.texts("instructions"),
        cues=r.texts("cues", required=not custom),
        position=position or Position.PRONE,
        equipment=r.texts("equipment", required=False),
        level=level,
        one_sided=r.boolean("one_sided"),
        default=default or Dosage(Mode.TIMED, seconds=30),
        safety=r.texts("safety", required=not custom),
        source=r.text("source", required=not custom, max_len=200),
        also_in=r.texts("also_in", required=False),
        dosage_note=r.text("dosage_note", required=False, max_len=500),
        easier=r.text("easier", required=False) or None,
        loaded=r.boolean("loaded"),
        custom=custom,
        picture=_picture(r),
    )
    return ex if default is not None and position is not None else None


_PICTURE = re.compile(r"figure:[a-z0-9][a-z0-9-]*|[A-Za-z0-9_][A-Za-z0-9_-]*\.(png|jpe?g|svg|gif)")


def _picture(r: Reader) -> str | None:
    """A built-in figure (``figure:<id>``) or a picture stored in the data folder, by
    its bare name: never a path (``../../etc/passwd``, ``/home/...``)."""
    picture = r.text("picture", required=False, max_len=200, one_line=True)
    if picture and not _PICTURE.fullmatch(picture):
        r.problem(
            "picture",
            f"{picture!r} is not a stored picture name or figure:<exercise id>; "
            "paths are not allowed",
            "invalid",
        )
        return None
    return picture or None


def exercise_to_json(ex: Exercise) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": ex.id,
        "name": ex.name,
        "summary": ex.summary,
        "instructions": list(ex.instructions),
        "cues": list(ex.cues),
        "position": ex.position.value,
        "equipment": list(ex.equipment),
        "level": ex.level.value,
        "one_sided": ex.one_sided,
        "default": dosage_to_json(ex.default),
        "safety": list(ex.safety),
        "source": ex.source,
    }
    optional = {
        "also_in": list(ex.also_in),
        "dosage_note": ex.dosage_note,
        "easier": ex.easier,
        "loaded": ex.loaded,
        "picture": ex.picture,
    }
    out.update({k: v for k, v in optional.items() if v})
    return out


def _read_item(r: Reader, known: Callable[[str], bool]) -> Item | None:
    r.unknown_keys(_ITEM_FIELDS)
    exercise = r.text("exercise", max_len=80, one_line=True)
    if exercise and not known(exercise):
        r.problem("exercise", f"{exercise!r} is not an exercise BackTimer knows")
    dosage = read_dosage(r)
    rest = r.integer(
        "rest_after_seconds", minimum=0, maximum=MAX_REST_SECONDS, required=False, default=0
    )
    item = Item(
        exercise=exercise,
        dosage=dosage or Dosage(Mode.TIMED, seconds=1),
        rest_after_seconds=rest or 0,
        warm_up=r.boolean("warm_up"),
        note=r.text("note", required=False, max_len=500),
    )
    if dosage is None:
        return None
    total = item_seconds(item)
    if total > MAX_ITEM_SECONDS:
        r.whole(
            f"plans {total / 60:.0f} minutes; one item may plan at most "
            f"{MAX_ITEM_SECONDS // 3600} hours",
            "range",
        )
    return item


def item_to_json(item: Item) -> dict[str, Any]:
    out: dict[str, Any] = {"exercise": item.exercise, **dosage_to_json(item.dosage)}
    if item.rest_after_seconds:
        out["rest_after_seconds"] = item.rest_after_seconds
    if item.warm_up:
        out["warm_up"] = True
    if item.note:
        out["note"] = item.note
    return out


def routine_from_json(
    data: Any, source: str, known_exercises: Iterable[str], *, builtin: bool = False
) -> Routine:
    """Validate a decoded routine document; raise :class:`ContentError` on any problem."""
    problems: list[Problem] = []
    if not isinstance(data, dict):
        raise ContentError(source, [Problem("", "the file must hold a JSON object", "type")])
    top = Reader(data, "", problems)
    fmt = top.text("format")
    if fmt and fmt != FORMAT_NAME:
        raise ContentError(
            source,
            [
                Problem(
                    "field `format`", f"is {fmt!r}, not a routine file", "format", field="format"
                )
            ],
        )
    version = top.integer("version", minimum=1, maximum=10**6)
    if version is not None and version > FORMAT_VERSION:
        raise ContentError(
            source,
            [
                Problem(
                    "field `version`",
                    f"this file is format version {version}, made by a newer BackTimer; "
                    f"this version reads up to {FORMAT_VERSION}. Update BackTimer to import it.",
                    "newer",
                    field="version",
                )
            ],
        )
    top.unknown_keys({"format", "version", "routine", "exercises"})
    customs: list[Exercise] = []
    builtin_ids = set(known_exercises)
    raw_exercises = data.get("exercises", [])
    if not isinstance(raw_exercises, list):
        top.problem("exercises", "must be a list")
        raw_exercises = []
    for n, raw in enumerate(raw_exercises, start=1):
        if not isinstance(raw, dict):
            problems.append(Problem(f"exercise {n}", "must be an object", "type", "exercise", n))
            continue
        ex = read_exercise(Reader(raw, f"exercise {n}", problems, "exercise", n), custom=True)
        if ex is None:
            continue
        if ex.id in builtin_ids or ex.id in {e.id for e in customs}:
            what = "a built-in exercise" if ex.id in builtin_ids else "an earlier exercise"
            problems.append(
                Problem(
                    f"exercise {n}, field `id`", f"{ex.id!r} is {what}'s id",
                    "duplicate", "exercise", n, "id",
                )
            )  # fmt: skip
        if ex.default.per_side != ex.one_sided:
            problems.append(
                Problem(
                    f"exercise {n}", "`default.per_side` disagrees with `one_sided`",
                    "invalid", "exercise", n,
                )
            )  # fmt: skip
        customs.append(ex)
    known = builtin_ids | {e.id for e in customs}
    for n, ex in enumerate(customs, start=1):
        if ex.easier is not None and ex.easier not in known:
            problems.append(
                Problem(
                    f"exercise {n}, field `easier`", f"{ex.easier!r} is unknown",
                    "unknown", "exercise", n, "easier",
                )
            )  # fmt: skip
    r = top.child("routine", "routine", section="routine")
    if r is None:
        raise ContentError(source, problems)
    r.unknown_keys({"id", "name", "description", "lead_in_seconds", "items"})
    name = r.text("name", max_len=120, one_line=True)
    description = r.text("description", required=False, max_len=2000)
    lead_in = r.integer(
        "lead_in_seconds", minimum=0, maximum=MAX_LEAD_IN_SECONDS, required=False, default=10
    )
    raw_items = r.obj.get("items")
    items: list[Item] = []
    if not isinstance(raw_items, list) or not raw_items:
        r.problem("items", "must be a non-empty list of items", "missing")
        raw_items = []
    if len(raw_items) > MAX_ITEMS:
        r.problem(
            "items", f"holds {len(raw_items)} items, more than the limit of {MAX_ITEMS}", "range"
        )
    for n, raw in enumerate(raw_items, start=1):
        if not isinstance(raw, dict):
            problems.append(Problem(f"item {n}", "must be an object", "type", "item", n))
            continue
        item = _read_item(Reader(raw, f"item {n}", problems, "item", n), known.__contains__)
        if item is not None:
            items.append(item)
    if problems:
        raise ContentError(source, problems)
    routine_id = r.text("id", required=False) if builtin else ""
    return Routine(
        name=name.strip(),
        description=description,
        lead_in_seconds=lead_in or 0,
        items=tuple(items),
        id=routine_id,
        builtin=builtin,
        custom_exercises=tuple(customs),
    )


def routine_to_json(routine: Routine) -> dict[str, Any]:
    body: dict[str, Any] = {
        "name": routine.name,
        "description": routine.description,
        "lead_in_seconds": routine.lead_in_seconds,
        "items": [item_to_json(i) for i in routine.items],
    }
    doc: dict[str, Any] = {"format": FORMAT_NAME, "version": FORMAT_VERSION, "routine": body}
    if routine.custom_exercises:
        doc["exercises"] = [exercise_to_json(e) for e in routine.custom_exercises]
    return doc


def parse_text(text: str, source: str, known_exercises: Iterable[str]) -> Routine:
    return routine_from_json(untrusted.loads(text, source), source, known_exercises)


def read_file(path: Path, known_exercises: Iterable[str]) -> Routine:
    """Read and validate a routine file. Raises :class:`ContentError` naming the file.

    Only a regular file is read, and at most :data:`MAX_FILE_BYTES` of it.
    """
    source = str(path)
    raw = untrusted.read_regular_file(path, MAX_FILE_BYTES, "routine file")
    return parse_text(untrusted.decode(raw, source), source, known_exercises)


def to_text(routine: Routine) -> str:
    return json.dumps(routine_to_json(routine), indent=2, ensure_ascii=False) + "\n"


def write_file(routine: Routine, path: Path) -> None:
    """Write atomically: a temporary file beside the target, then rename."""
    tmp = path.with_name(path.name + ".part")
    tmp.write_text(to_text(routine), encoding="utf-8")
    tmp.replace(path)


def suggested_file_name(routine: Routine) -> str:
    slug = re.sub(r"[^\w-]+", "-", routine.name.strip().lower(), flags=re.UNICODE).strip("-")
    return f"{slug or 'routine'}{FILE_SUFFIX}"
