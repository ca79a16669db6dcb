"""The built-in content: the exercise catalogue and the built-in routines.

Both are data files under ``resources/content`` (``exercises.json`` and
``routines/*.backtimer.json``), loaded and validated when the app starts. A broken
built-in file is a bug that the test suite catches; it raises :class:`ContentError`.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from backtimer.core.fields import ContentError, Problem, Reader
from backtimer.core.model import Exercise, Routine
from backtimer.core.routine_io import FILE_SUFFIX, read_exercise, routine_from_json

CATALOGUE_FORMAT = "backtimer-catalogue"


@dataclass(frozen=True, slots=True)
class Catalogue:
    exercises: tuple[Exercise, ...]
    routines: tuple[Routine, ...]

    def exercise(self, exercise_id: str) -> Exercise:
        for ex in self.exercises:
            if ex.id == exercise_id:
                return ex
        raise KeyError(exercise_id)

    @property
    def exercise_ids(self) -> frozenset[str]:
        return frozenset(ex.id for ex in self.exercises)

    def routine(self, name_or_id: str) -> Routine:
        found = find_routine(self.routines, name_or_id)
        if found is None:
            raise KeyError(name_or_id)
        return found


def find_routine(routines: Iterable[Routine], name_or_id: str) -> Routine | None:
    """The first routine whose name, id or id's slug ("gentle-start") matches, any case."""
    wanted = name_or_id.strip().casefold()
    for r in routines:
        if wanted in (r.name.casefold(), r.id.casefold(), r.id.split(":")[-1].casefold()):
            return r
    return None


def parse_exercises(data: object, source: str) -> tuple[Exercise, ...]:
    problems: list[Problem] = []
    if not isinstance(data, dict):
        raise ContentError(source, [Problem("", "must hold a JSON object")])
    top = Reader(data, "", problems)
    if top.text("format") != CATALOGUE_FORMAT:
        top.problem("format", f"must be {CATALOGUE_FORMAT!r}")
    raw = data.get("exercises")
    if not isinstance(raw, list) or not raw:
        raise ContentError(source, [*problems, Problem("field `exercises`", "must be a list")])
    out: list[Exercise] = []
    for n, obj in enumerate(raw, start=1):
        if not isinstance(obj, dict):
            problems.append(Problem(f"exercise {n}", "must be an object"))
            continue
        ex = read_exercise(
            Reader(obj, f"exercise {n} ({obj.get('id', '?')})", problems), custom=False
        )
        if ex is not None:
            out.append(ex)
    ids = [e.id for e in out]
    for dup in sorted({i for i in ids if ids.count(i) > 1}):
        problems.append(Problem(f"exercise {dup!r}", "the id is used twice"))
    for ex in out:
        if ex.easier is not None and ex.easier not in ids:
            problems.append(
                Problem(f"exercise {ex.id!r}", f"easier variant {ex.easier!r} is unknown")
            )
        if ex.default.per_side != ex.one_sided:
            problems.append(
                Problem(f"exercise {ex.id!r}", "default `per_side` disagrees with `one_sided`")
            )
    if problems:
        raise ContentError(source, problems)
    return tuple(out)


def load(content_dir: Path) -> Catalogue:
    """Load and validate ``exercises.json`` and every built-in routine file."""
    ex_path = content_dir / "exercises.json"
    try:
        data = json.loads(ex_path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise ContentError(str(ex_path), [Problem("", str(exc))]) from None
    exercises = parse_exercises(data, str(ex_path))
    ids = {e.id for e in exercises}
    routines = load_routines(sorted((content_dir / "routines").glob(f"*{FILE_SUFFIX}")), ids)
    return Catalogue(exercises, routines)


def load_routines(paths: Iterable[Path], exercise_ids: set[str]) -> tuple[Routine, ...]:
    out: list[Routine] = []
    for path in paths:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as exc:
            raise ContentError(str(path), [Problem("", str(exc))]) from None
        routine = routine_from_json(data, str(path), exercise_ids, builtin=True)
        if not routine.id.startswith("builtin:"):
            raise ContentError(str(path), [Problem("routine, field `id`", "must start 'builtin:'")])
        out.append(routine)
    return tuple(out)
