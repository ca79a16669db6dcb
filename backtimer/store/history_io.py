"""Export the session history to CSV or JSON, and import it back.

JSON: ``{"format": "backtimer-history", "version": 1, "sessions": [{...,"steps": [...]}]}``
with the routine as run under ``"routine"`` (an object).

CSV: one table; the first column ``record`` is ``session`` or ``step``. A session line
carries the session fields (``routine_json`` as compact JSON text); each step line that
follows carries its session's ``uuid`` and the step fields (a step's planned seconds are
``step_planned_seconds``). Empty cells are missing values.

Sessions still running are not exported. Import recognises sessions already present by
their ``uuid`` (they are not doubled), and is all-or-nothing: a malformed file is
refused whole with a :class:`ContentError` naming the line (CSV) or the session and
step (JSON) and the field. Exporting what an import stored gives the same file again.
"""

from __future__ import annotations

import csv
import io
import json
import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TextIO

from backtimer.core import routine_io, untrusted
from backtimer.core.fields import ContentError, Problem
from backtimer.store.db import Database, parse_utc
from backtimer.store.history import HistoryStore, SessionSnapshot
from backtimer.store.history_read import SESSION_COLUMNS, STEP_COLUMNS

FORMAT_NAME = "backtimer-history"
FORMAT_VERSION = 1
FORMATS = ("csv", "json")


@dataclass(frozen=True, slots=True)
class ImportResult:
    added: int
    already_present: int


# -- field rules (shared by both formats) ------------------------------------------------

_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


_UTC_TEXT = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z")
_INT_TEXT = re.compile(r"-?\d{1,19}")
_FLOAT_TEXT = re.compile(r"-?\d{1,30}(\.\d{1,30})?([eE][-+]?\d{1,3})?")
INT_LIMIT = 2**63  # SQLite's INTEGER
FIRST_YEAR, LAST_YEAR = 2000, 2100  # a session outside these years is a damaged file
MAX_HISTORY_BYTES = 256 * 1024 * 1024
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def _utc(value: str) -> str | None:
    if not _UTC_TEXT.fullmatch(value):
        return "must be a UTC time like 2026-11-21T05:47:57.123Z"
    try:
        moment = parse_utc(value)
    except ValueError:
        return "must be a UTC time like 2026-11-21T05:47:57.123Z"
    if not FIRST_YEAR <= moment.year <= LAST_YEAR:
        return f"is in the year {moment.year}; BackTimer keeps {FIRST_YEAR} to {LAST_YEAR}"
    return None


def _one_of(*allowed: str) -> Callable[[str], str | None]:
    def check(value: str) -> str | None:
        if value in allowed:
            return None
        return f"is {value!r}; it must be one of " + ", ".join(repr(a) for a in allowed)

    return check


def _routine_json(value: str) -> str | None:
    try:
        doc = untrusted.loads(value, "routine")
    except ContentError as exc:
        return f"must be a routine as a JSON object ({exc.first})"
    if not isinstance(doc, dict):
        return "must be a routine as a JSON object"
    try:
        routine_io.routine_from_json(doc, "routine", _mentioned_exercises(doc))
    except ContentError as exc:
        return f"is not a routine: {exc.first}"
    return None


def _mentioned_exercises(doc: dict[str, Any]) -> set[str]:
    """The exercise ids a routine snapshot's items name, less its own custom ones: a
    snapshot may name exercises this version does not know."""
    body = doc.get("routine")
    items = body.get("items") if isinstance(body, dict) else None
    customs = doc.get("exercises")
    own = (
        {e.get("id") for e in customs if isinstance(e, dict)}
        if isinstance(customs, list)
        else set()
    )
    if not isinstance(items, list):
        return set()
    named = {i.get("exercise") for i in items if isinstance(i, dict)}
    if isinstance(customs, list):
        named |= {e.get("easier") for e in customs if isinstance(e, dict)}
    return {n for n in named if isinstance(n, str)} - set(own)


@dataclass(frozen=True, slots=True)
class _Field:
    kind: type  # str, int or float
    nullable: bool = False
    low: float | None = None
    high: float | None = None
    check: Callable[[str], str | None] | None = None


_STATUSES = _one_of("completed", "stopped", "stopped_for_pain", "interrupted")
SESSION_FIELDS: dict[str, _Field] = {
    "uuid": _Field(str, check=lambda v: None if _UUID.fullmatch(v) else "must be a UUID"),
    "routine_id": _Field(str),
    "routine_name": _Field(str),
    "routine_json": _Field(str, check=_routine_json),
    "started_utc": _Field(str, check=_utc),
    "utc_offset_minutes": _Field(int, low=-1080, high=1080),
    "ended_utc": _Field(str, nullable=True, check=_utc),
    "last_write_utc": _Field(str, check=_utc),
    "status": _Field(str, check=_STATUSES),
    "planned_seconds": _Field(float, low=0),
    "exercised_seconds": _Field(float, low=0),
    "paused_seconds": _Field(float, low=0),
    "elapsed_seconds": _Field(float, low=0),
    "pain_before": _Field(int, nullable=True, low=0, high=10),
    "pain_after": _Field(int, nullable=True, low=0, high=10),
    "note": _Field(str),
}
STEP_FIELDS: dict[str, _Field] = {
    "step_index": _Field(int, low=0),
    "item_index": _Field(int, low=0),
    "exercise_id": _Field(str),
    "exercise_name": _Field(str),
    "kind": _Field(
        str, check=_one_of("lead_in", "work", "hold", "hold_rest", "switch", "set_rest", "rest")
    ),
    "mode": _Field(str, check=_one_of("timed", "paced_reps", "self_paced_reps", "holds")),
    "side": _Field(str, nullable=True, check=_one_of("left", "right")),
    "set_no": _Field(int, low=1),
    "hold_no": _Field(int, low=0),
    "planned_seconds": _Field(float, low=0),
    "actual_seconds": _Field(float, low=0),
    "reps_planned": _Field(int, nullable=True, low=0),
    "reps_done": _Field(int, nullable=True, low=0),
    "outcome": _Field(str, check=_one_of("done", "skipped", "hurt")),
}
assert tuple(SESSION_FIELDS) == SESSION_COLUMNS and tuple(STEP_FIELDS) == STEP_COLUMNS
CSV_STEP_HEADER = tuple(f"step_{c}" if c in SESSION_COLUMNS else c for c in STEP_COLUMNS)
CSV_HEADER = ("record", *SESSION_COLUMNS, *CSV_STEP_HEADER)


def _value(rule: _Field, raw: Any, from_text: bool) -> tuple[Any, str | None]:
    """The stored value for ``raw`` and a problem (or None)."""
    if raw is None or (from_text and raw == "" and rule.nullable):
        return None, None if rule.nullable else "is missing"
    if rule.kind is str:
        if not isinstance(raw, str):
            return None, "must be text"
        if bad := _CONTROL.search(raw):
            return None, f"holds the control character {bad.group()!r}"
        value: Any = raw
    elif from_text:
        pattern = _INT_TEXT if rule.kind is int else _FLOAT_TEXT
        if not isinstance(raw, str) or not pattern.fullmatch(raw):
            return None, "must be a whole number" if rule.kind is int else "must be a number"
        value = int(raw) if rule.kind is int else float(raw)
    elif rule.kind is int:
        if isinstance(raw, bool) or not isinstance(raw, int):
            return None, "must be a whole number"
        value = raw
    else:
        if isinstance(raw, bool) or not isinstance(raw, int | float):
            return None, "must be a number"
        value = float(raw)
    if isinstance(value, float) and not math.isfinite(value):
        return None, "must be a finite number"
    if isinstance(value, int) and not -INT_LIMIT <= value < INT_LIMIT:
        return None, "is beyond 64 bits"
    if rule.low is not None and value < rule.low:
        return None, f"is {value}; it must be at least {rule.low:g}"
    if rule.high is not None and value > rule.high:
        return None, f"is {value}; it must be at most {rule.high:g}"
    if rule.check is not None and (message := rule.check(value)) is not None:
        return None, message
    return value, None


def _read(
    raw: dict[str, Any], rules: dict[str, _Field], place: str, problems: list[Problem], text: bool
) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, rule in rules.items():
        if key not in raw:
            problems.append(Problem(f"{place}, field `{key}`", "is missing"))
            continue
        value, problem = _value(rule, raw[key], text)
        if problem:
            problems.append(Problem(f"{place}, field `{key}`", problem))
        out[key] = value
    return out


def _canonical_routine(text: str) -> str:
    return json.dumps(json.loads(text), ensure_ascii=False, separators=(",", ":"))


# -- export ----------------------------------------------------------------------------


def _snapshots(db: Database) -> list[SessionSnapshot]:
    conn = db.conn
    sessions = conn.execute(
        f"SELECT id, {', '.join(SESSION_COLUMNS)} FROM session WHERE status != 'running' "
        "ORDER BY started_utc, id"
    ).fetchall()
    steps: dict[int, list[dict[str, Any]]] = {}
    for row in conn.execute(
        f"SELECT session_id, {', '.join(STEP_COLUMNS)} FROM step ORDER BY session_id, step_index"
    ):
        steps.setdefault(row[0], []).append(dict(zip(STEP_COLUMNS, row[1:], strict=True)))
    return [
        SessionSnapshot(
            None, dict(zip(SESSION_COLUMNS, s[1:], strict=True)), tuple(steps.get(s[0], ()))
        )
        for s in sessions
    ]


def export_history(db: Database, out: TextIO, fmt: str = "json") -> int:
    """Write every finished session to ``out`` in ``fmt`` (csv or json); return how many.

    For CSV, open a file with ``newline=""``.
    """
    snaps = _snapshots(db)
    if fmt == "json":
        sessions = []
        for snap in snaps:
            s = {k: v for k, v in snap.session.items() if k != "routine_json"}
            s["routine"] = json.loads(snap.session["routine_json"])
            s["steps"] = list(snap.steps)
            sessions.append(s)
        doc = {"format": FORMAT_NAME, "version": FORMAT_VERSION, "sessions": sessions}
        json.dump(doc, out, ensure_ascii=False, indent=1)
        out.write("\n")
    elif fmt == "csv":
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(CSV_HEADER)
        blank_steps = [""] * len(STEP_COLUMNS)
        blank_session = [""] * (len(SESSION_COLUMNS) - 1)
        for snap in snaps:
            cells = [_cell(snap.session[c]) for c in SESSION_COLUMNS]
            writer.writerow(["session", *cells, *blank_steps])
            for step in snap.steps:
                writer.writerow(
                    ["step", snap.session["uuid"], *blank_session]
                    + [_cell(step[c]) for c in STEP_COLUMNS]
                )
    else:
        raise ValueError(f"unknown export format {fmt!r}; use one of {', '.join(FORMATS)}")
    return len(snaps)


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return repr(value)  # the shortest text that reads back as the same float
    return str(value)


# -- import ----------------------------------------------------------------------------


def parse_history(text: str, source: str) -> list[SessionSnapshot]:
    """Validate an export (CSV or JSON, told apart by the first character)."""
    body = text[1:] if text.startswith("\ufeff") else text  # spreadsheets write a BOM
    if len(body) > MAX_HISTORY_BYTES:
        message = f"is larger than {MAX_HISTORY_BYTES // 2**20} MB"
        raise ContentError(source, [Problem("", message, "too_large")])
    if body.lstrip().startswith("{"):
        return _parse_json(body, source)
    return _parse_csv(body, source)


def _parse_json(text: str, source: str) -> list[SessionSnapshot]:
    doc = untrusted.loads(text, source)
    if not isinstance(doc, dict) or doc.get("format") != FORMAT_NAME:
        raise ContentError(source, [Problem("field `format`", f"must be {FORMAT_NAME!r}")])
    version = doc.get("version")
    if (
        not isinstance(version, int)
        or isinstance(version, bool)
        or not 1 <= version <= FORMAT_VERSION
    ):
        message = f"is {version!r}; this BackTimer reads history version {FORMAT_VERSION}"
        raise ContentError(source, [Problem("field `version`", message)])
    raw_sessions = doc.get("sessions")
    if not isinstance(raw_sessions, list):
        raise ContentError(source, [Problem("field `sessions`", "must be a list")])
    problems: list[Problem] = []
    snaps: list[SessionSnapshot] = []
    for n, raw in enumerate(raw_sessions, start=1):
        place = f"session {n}"
        if not isinstance(raw, dict):
            problems.append(Problem(place, "must be an object"))
            continue
        known = (set(SESSION_COLUMNS) - {"routine_json"}) | {"routine", "steps"}
        for key in sorted(set(raw) - known):
            problems.append(Problem(f"{place}, field `{key}`", "is not a field of this format"))
        flat = dict(raw)
        routine = flat.pop("routine", None)
        if "routine" in raw:
            flat["routine_json"] = (
                json.dumps(routine, ensure_ascii=False, separators=(",", ":"))
                if isinstance(routine, dict)
                else 0  # refused below as "must be text"
            )
        session = _read(flat, SESSION_FIELDS, place, problems, text=False)
        steps: list[dict[str, Any]] = []
        raw_steps = raw.get("steps", [])
        if not isinstance(raw_steps, list):
            problems.append(Problem(f"{place}, field `steps`", "must be a list"))
            raw_steps = []
        for m, raw_step in enumerate(raw_steps, start=1):
            step_place = f"{place}, step {m}"
            if not isinstance(raw_step, dict):
                problems.append(Problem(step_place, "must be an object"))
                continue
            for key in sorted(set(raw_step) - set(STEP_COLUMNS)):
                problems.append(Problem(f"{step_place}, field `{key}`", "is not a field"))
            steps.append(_read(raw_step, STEP_FIELDS, step_place, problems, text=False))
        snaps.append(SessionSnapshot(None, session, tuple(steps)))
        _check_steps(steps, place, problems)
    return _finish(snaps, [f"session {n}" for n in range(1, len(snaps) + 1)], source, problems)


def _parse_csv(text: str, source: str) -> list[SessionSnapshot]:
    # A routine snapshot can be longer than the csv module's default 128 KiB field.
    csv.field_size_limit(max(csv.field_size_limit(), MAX_HISTORY_BYTES))
    if "\x00" in text:
        raise ContentError(source, [Problem("", "holds a NUL character", "control_char")])
    reader = csv.reader(io.StringIO(text, newline=""))
    header = next(reader, None)
    expected = list(CSV_HEADER)
    if header != expected:
        missing = [c for c in expected if c not in (header or [])]
        message = f"the header must list {', '.join(expected)}"
        if missing:
            message += f" (missing: {', '.join(missing)})"
        raise ContentError(source, [Problem("line 1", message)])
    problems: list[Problem] = []
    snaps: list[SessionSnapshot] = []
    places: list[str] = []
    steps_of: dict[str, list[dict[str, Any]]] = {}
    for row in reader:
        place = f"line {reader.line_num}"
        if len(row) != len(expected):
            problems.append(Problem(place, f"has {len(row)} fields, not {len(expected)}"))
            continue
        record, cells = row[0], dict(zip(expected[1:], row[1:], strict=True))
        if record == "session":
            session = _read(cells, SESSION_FIELDS, place, problems, text=True)
            snaps.append(SessionSnapshot(None, session, ()))
            places.append(place)
            steps_of[str(session.get("uuid"))] = []
        elif record == "step":
            step_cells = {c: cells[h] for c, h in zip(STEP_COLUMNS, CSV_STEP_HEADER, strict=True)}
            step = _read(step_cells, STEP_FIELDS, place, problems, text=True)
            owner = cells["uuid"]
            if not snaps or str(snaps[-1].session.get("uuid")) != owner:
                problems.append(
                    Problem(f"{place}, field `uuid`", "must be that of the session line above")
                )
                continue
            steps_of[owner].append(step)
        else:
            problems.append(
                Problem(f"{place}, field `record`", f"is {record!r}; must be 'session' or 'step'")
            )
    snaps = [
        SessionSnapshot(None, s.session, tuple(steps_of.get(str(s.session.get("uuid")), ())))
        for s in snaps
    ]
    for snap, place in zip(snaps, places, strict=True):
        _check_steps(list(snap.steps), place, problems)
    return _finish(snaps, places, source, problems)


def _check_steps(steps: list[dict[str, Any]], place: str, problems: list[Problem]) -> None:
    seen: set[Any] = set()
    for step in steps:
        index = step.get("step_index")
        if index is not None and index in seen:
            problems.append(Problem(f"{place}, field `step_index`", f"{index} appears twice"))
        seen.add(index)


def _finish(
    snaps: list[SessionSnapshot], places: list[str], source: str, problems: list[Problem]
) -> list[SessionSnapshot]:
    seen: dict[str, str] = {}
    for snap, place in zip(snaps, places, strict=True):
        key = snap.session.get("uuid")
        if isinstance(key, str):
            if key in seen:
                problems.append(Problem(f"{place}, field `uuid`", f"repeats {seen[key]}"))
            seen.setdefault(key, place)
    if problems:
        raise ContentError(source, problems)
    for snap in snaps:
        snap.session["routine_json"] = _canonical_routine(snap.session["routine_json"])
    return snaps


def import_history(db: Database, text: str, source: str) -> ImportResult:
    """Validate all of ``text``, then add the sessions not already present, in one transaction."""
    snaps = parse_history(text, source)
    added = present = 0
    with db.transaction() as conn:
        for snap in snaps:
            exists = conn.execute(
                "SELECT 1 FROM session WHERE uuid = ?", (snap.session["uuid"],)
            ).fetchone()
            if exists:
                present += 1
            else:
                HistoryStore.insert_snapshot(conn, snap)
                added += 1
    return ImportResult(added, present)
