"""Reading files and JSON that came from outside (imports), refusing hostile ones whole.

- :func:`read_regular_file` reads only a regular file (a FIFO, a device, a directory or
  a link to one is refused without blocking) and never more than ``max_bytes``: the
  cap is on the bytes actually read, not on the size the file claims (``/dev/zero``
  claims 0).
- :func:`loads` is ``json.loads`` that refuses what BackTimer would choke on later:
  a byte-order mark, duplicate keys, nesting deeper than :data:`MAX_DEPTH`, integers
  outside 64 bits (or of thousands of digits), NaN/Infinity, and lone surrogates
  (text that cannot be written as UTF-8).

Every refusal is a :class:`~backtimer.core.fields.ContentError` naming the file.
"""

from __future__ import annotations

import errno
import json
import os
import re
import stat
from pathlib import Path
from typing import Any

from backtimer.core.fields import ContentError, Problem

MAX_DEPTH = 32
INT_LIMIT = 2**63  # SQLite's INTEGER is 64-bit
_SURROGATE = re.compile("[\ud800-\udfff]")
_CHUNK = 1 << 16


class _Refused(ValueError):
    def __init__(self, problem: Problem) -> None:
        super().__init__(problem.message)
        self.problem = problem


def read_regular_file(path: Path, max_bytes: int, what: str = "file") -> bytes:
    """The bytes of the regular file at ``path`` (links followed), at most ``max_bytes``."""
    source = str(path)

    def refuse(message: str, kind: str) -> ContentError:
        return ContentError(source, [Problem("", message, kind=kind)])

    flags = os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(path, flags)  # O_NONBLOCK: opening a FIFO does not wait for a writer
    except OSError as exc:
        if exc.errno == errno.ENOENT:
            raise refuse("there is no such file", "missing") from None
        raise refuse(f"cannot be read: {exc.strerror}", "unreadable") from None
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            kind = (
                "a folder" if stat.S_ISDIR(mode)
                else "a pipe (FIFO)" if stat.S_ISFIFO(mode)
                else "a device" if stat.S_ISCHR(mode) or stat.S_ISBLK(mode)
                else "a socket" if stat.S_ISSOCK(mode) else "not a regular file"
            )  # fmt: skip
            raise refuse(f"is {kind}, not a {what}; only regular files are read", "not_a_file")
        chunks: list[bytes] = []
        total = 0
        while total <= max_bytes:
            chunk = os.read(fd, min(_CHUNK, max_bytes + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
        if total > max_bytes:
            mb = max_bytes // 1024 // 1024
            raise refuse(f"is larger than {mb} MB; a {what} may be at most {mb} MB", "too_large")
        return b"".join(chunks)
    except OSError as exc:
        raise refuse(f"cannot be read: {exc.strerror}", "unreadable") from None
    finally:
        os.close(fd)


def decode(raw: bytes, source: str) -> str:
    """UTF-8 text without a byte-order mark."""
    if raw.startswith(b"\xef\xbb\xbf"):
        message = "starts with a byte-order mark (BOM); save it as UTF-8 without one"
        raise ContentError(source, [Problem("", message, kind="encoding")])
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        message = f"is not UTF-8 text (byte {exc.start + 1})"
        raise ContentError(source, [Problem("", message, kind="encoding")]) from None


def _pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise _Refused(
                Problem(f"field `{key}`", "appears twice in one object", kind="duplicate")
            )
        out[key] = value
    return out


def _int(text: str) -> int:
    if len(text.lstrip("-")) > 19:
        raise _Refused(Problem("", f"holds a number of {len(text)} digits", kind="range"))
    value = int(text)
    if not -INT_LIMIT <= value < INT_LIMIT:
        raise _Refused(Problem("", f"holds the number {value}, beyond 64 bits", kind="range"))
    return value


def _float(text: str) -> float:
    value = float(text)
    if value in (float("inf"), float("-inf")):
        raise _Refused(Problem("", f"holds the number {text[:40]}, too large", kind="range"))
    return value


def _constant(text: str) -> Any:
    raise _Refused(Problem("", f"holds {text}, which is not a number JSON allows", kind="range"))


def loads(text: str, source: str) -> Any:
    """Parse JSON from an untrusted file; raise :class:`ContentError` on anything hostile."""
    if text.startswith("\ufeff"):
        message = "starts with a byte-order mark (BOM); save it as UTF-8 without one"
        raise ContentError(source, [Problem("", message, kind="encoding")])
    try:
        doc = json.loads(
            text,
            object_pairs_hook=_pairs,
            parse_int=_int,
            parse_float=_float,
            parse_constant=_constant,
        )
    except json.JSONDecodeError as exc:
        where = f"line {exc.lineno}, column {exc.colno}"
        raise ContentError(
            source, [Problem(where, f"not valid JSON: {exc.msg}", kind="syntax")]
        ) from None
    except _Refused as exc:
        raise ContentError(source, [exc.problem]) from None
    except RecursionError:
        message = f"is nested more than {MAX_DEPTH} levels deep"
        raise ContentError(source, [Problem("", message, kind="too_deep")]) from None
    except ValueError as exc:  # e.g. Python's limit on digits in a number
        raise ContentError(source, [Problem("", str(exc), kind="syntax")]) from None
    check_tree(doc, source)
    return doc


def check_tree(doc: Any, source: str) -> None:
    """Refuse nesting deeper than :data:`MAX_DEPTH` and text that is not valid Unicode."""
    stack: list[tuple[Any, int]] = [(doc, 0)]
    while stack:
        value, depth = stack.pop()
        if isinstance(value, str):
            if _SURROGATE.search(value):
                message = "holds a lone surrogate (\\ud800-\\udfff), which is not text"
                raise ContentError(source, [Problem("", message, kind="encoding")])
            continue
        if isinstance(value, dict | list):
            if depth >= MAX_DEPTH:
                message = f"is nested more than {MAX_DEPTH} levels deep"
                raise ContentError(source, [Problem("", message, kind="too_deep")])
            items = [*value.keys(), *value.values()] if isinstance(value, dict) else value
            stack.extend((v, depth + 1) for v in items)
