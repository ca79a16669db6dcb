"""Typed reading of untrusted JSON objects, collecting problems with their place.

Shared by the routine format and the catalogue loader so that every refusal reads the
same way: ``FILE: item 3, field `seconds`: must be a whole number of at least 1``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, TypeVar

E = TypeVar("E", bound=StrEnum)

# Control characters (NUL, escape...) are refused in imported text; tabs and line
# breaks only where a text may have several lines.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_LINE_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with a file, with its place in words and as fields.

    ``place`` and ``message`` are for people; code reads the structured fields:
    ``section`` ("routine", "item", "exercise", "session", "step", "line" or "" for the
    whole file), ``index`` (1-based number of that item/exercise/session/line),
    ``field`` (the field's name) and ``kind`` (what is wrong: "missing", "type",
    "range", "unknown", "syntax", "encoding", "too_large", "invalid"...).
    """

    place: str  # "item 3, field `seconds`", or "" for the whole file
    message: str
    kind: str = "invalid"
    section: str = ""
    index: int | None = None
    field: str | None = None

    def __str__(self) -> str:
        return f"{self.place}: {self.message}" if self.place else self.message


class ContentError(ValueError):
    """A file (or data) was refused. ``problems`` says where and what; nothing was used."""

    def __init__(self, source: str, problems: list[Problem]) -> None:
        self.source = source
        self.problems = list(problems)
        lines = "\n".join(f"  {p}" for p in self.problems)
        super().__init__(f"{source}: refused, nothing was imported:\n{lines}")

    @property
    def first(self) -> Problem:
        return self.problems[0]


@dataclass(slots=True)
class Reader:
    """Reads fields of one JSON object; problems go to a shared list."""

    obj: dict[str, Any]
    where: str
    problems: list[Problem] = field(default_factory=list)
    section: str = ""  # see Problem
    index: int | None = None

    def _place(self, key: str) -> str:
        return f"{self.where}, field `{key}`" if self.where else f"field `{key}`"

    def problem(self, key: str, message: str, kind: str = "invalid") -> None:
        self.problems.append(
            Problem(self._place(key), message, kind, self.section, self.index, key)
        )

    def whole(self, message: str, kind: str = "invalid") -> None:
        """A problem with this object as a whole (not one field)."""
        self.problems.append(Problem(self.where, message, kind, self.section, self.index))

    def _get(self, key: str, required: bool) -> Any:
        if key not in self.obj:
            if required:
                self.problem(key, "is missing", "missing")
            return None
        if self.obj[key] is None and required:
            self.problem(key, "is null; it needs a value", "missing")
        return self.obj[key]

    def text(
        self,
        key: str,
        *,
        required: bool = True,
        default: str = "",
        max_len: int = 2000,
        one_line: bool = False,
    ) -> str:
        value = self._get(key, required)
        if value is None:
            return default
        if not isinstance(value, str):
            self.problem(key, "must be text", "type")
            return default
        if required and not value.strip():
            self.problem(key, "must not be empty", "missing")
        if len(value) > max_len:
            self.problem(key, f"is longer than {max_len} characters", "range")
        bad = (_LINE_CONTROL if one_line else _CONTROL).search(value)
        if bad:
            self.problem(key, f"holds the control character {bad.group()!r}", "control_char")
        return value

    def texts(self, key: str, *, required: bool = True) -> tuple[str, ...]:
        value = self._get(key, required)
        if value is None:
            return ()
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            self.problem(key, "must be a list of non-empty texts", "type")
            return ()
        if required and not value:
            self.problem(key, "must not be empty", "missing")
        for v in value:
            if len(v) > 2000:
                self.problem(key, "holds a text longer than 2000 characters", "range")
                break
            if bad := _CONTROL.search(v):
                self.problem(key, f"holds the control character {bad.group()!r}", "control_char")
                break
        return tuple(value)

    def boolean(self, key: str, *, default: bool = False) -> bool:
        value = self._get(key, False)
        if value is None:
            return default
        if not isinstance(value, bool):
            self.problem(key, "must be true or false", "type")
            return default
        return value

    def integer(
        self,
        key: str,
        *,
        minimum: int,
        maximum: int,
        required: bool = True,
        default: int | None = None,
    ) -> int | None:
        value = self._get(key, required)
        if value is None:
            return default
        if isinstance(value, bool) or not isinstance(value, int):
            if isinstance(value, float) and value.is_integer():
                value = int(value)
            else:
                self.problem(key, "must be a whole number", "type")
                return default
        if value < minimum:
            what = "negative" if value < 0 else "zero" if value == 0 else "too small"
            self.problem(key, f"is {what} ({value}); it must be at least {minimum}", "range")
            return default
        if value > maximum:
            self.problem(key, f"is {value}, more than the limit of {maximum}", "range")
            return default
        return value

    def number(
        self, key: str, *, minimum: float, maximum: float, required: bool = True
    ) -> float | None:
        value = self._get(key, required)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int | float):
            self.problem(key, "must be a number", "type")
            return None
        if value != value or value < minimum or value > maximum:  # NaN fails too
            self.problem(
                key, f"is {value}; it must be between {minimum:g} and {maximum:g}", "range"
            )
            return None
        return float(value)

    def choice(self, key: str, enum: type[E], *, required: bool = True) -> E | None:
        value = self._get(key, required)
        if value is None:
            return None
        try:
            return enum(value)
        except ValueError:
            allowed = ", ".join(repr(m.value) for m in enum)
            self.problem(key, f"is {value!r}; it must be one of {allowed}", "choice")
            return None

    def child(
        self, key: str, where: str, *, required: bool = True, section: str | None = None
    ) -> Reader | None:
        value = self._get(key, required)
        if value is None:
            return None
        if not isinstance(value, dict):
            self.problem(key, "must be an object", "type")
            return None
        if section is None:
            return Reader(value, where, self.problems, self.section, self.index)
        return Reader(value, where, self.problems, section)

    def unknown_keys(self, known: set[str]) -> None:
        for key in sorted(set(self.obj) - known):
            self.problem(key, "is not a field of this format (misspelt?)", "unknown")
