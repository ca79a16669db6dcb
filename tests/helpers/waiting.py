"""Waiting on another process or the outside world: poll a condition, never a fixed sleep."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")


def wait_for(condition: Callable[..., T | None], timeout: float, what: str) -> T:
    """Poll ``condition`` every 50 ms; return its first true value, or fail after ``timeout``.

    ``condition`` is called with no arguments (``...`` lets it be a lambda whose defaults
    bind loop variables, which mypy cannot match to ``Callable[[], T]``)."""
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        value = condition()
        if value:
            return value
        time.sleep(0.05)
    raise AssertionError(f"timed out after {timeout} s waiting for {what}")
