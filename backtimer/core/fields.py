"""Typed reading of untrusted JSON objects, collecting problems with their place.

Shared by the routine format and the catalogue loader so that every refusal reads the
same way: ``FILE: item 3, field `seconds`: must be a whole number of at least 1``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, TypeVar

E = TypeVar("E", bound=StrEnum)


@dataclass(frozen=True, slots=True)
class Problem:
    place: str  # "item 3, field `seconds`", or "" for the whole file
    message: str

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

    def _place(self, key: str) -> str:
        return f"{self.where}, field `{key}`" if self.where else f"field `{key}`"

    def problem(self, key: str, message: str) -> None:
        self.problems.append(Problem(self._place(key), message))

    def _get(self, key: str, required: bool) -> Any:
        if key not in self.obj:
            if required:
                self.problem(key, "is missing")
            return None
        if self.obj[key] is None and required:
            self.problem(key, "is null; it needs a value")
        return self.obj[key]

    def text(
        self, key: str, *, required: bool = True, default: str = "", max_len: int = 2000
    ) -> str:
        value = self._get(key, required)
        if value is None:
            return default
        if not isinstance(value, str):
            self.problem(key, "must be text")
            return default
        if required and not value.strip():
            self.problem(key, "must not be empty")
        if len(value) > max_len:
            self.problem(key, f"is longer than {max_len} characters")
        return value

    def texts(self, key: str, *, required: bool = True) -> tuple[str, ...]:
        value = self._get(key, required)
        if value is None:
            return ()
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            self.problem(key, "must be a list of non-empty texts")
            return ()
        if required and not value:
            self.problem(key, "must not be empty")
        return tuple(value)

    def boolean(self, key: str, *, default: bool = False) -> bool:
        value = self._get(key, False)
        if value is None:
            return default
        if not isinstance(value, bool):
            self.problem(key, "must be true or false")
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
                self.problem(key, "must be a whole number")
                return default
        if value < minimum:
            what = "negative" if value < 0 else "zero" if value == 0 else "too small"
            self.problem(key, f"is {what} ({value}); it must be at least {minimum}")
            return default
        if value > maximum:
            self.problem(key, f"is {value}, more than the limit of {maximum}")
            return default
        return value

    def number(
        self, key: str, *, minimum: float, maximum: float, required: bool = True
    ) -> float | None:
        value = self._get(key, required)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int | float):
            self.problem(key, "must be a number")
            return None
        if value != value or value < minimum or value > maximum:  # NaN fails too
            self.problem(key, f"is {value}; it must be between {minimum:g} and {maximum:g}")
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
            self.problem(key, f"is {value!r}; it must be one of {allowed}")
            return None

    def child(self, key: str, where: str, *, required: bool = True) -> Reader | None:
        value = self._get(key, required)
        if value is None:
            return None
        if not isinstance(value, dict):
            self.problem(key, "must be an object")
            return None
        return Reader(value, where, self.problems)

    def unknown_keys(self, known: set[str]) -> None:
        for key in sorted(set(self.obj) - known):
            self.problem(key, "is not a field of this format (misspelt?)")
