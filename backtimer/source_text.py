"""Imports that leave no source text behind in :mod:`linecache`.

PySide6 reads the source of every module imported after it (``inspect.getsource``: does
the module use PySide6's ``__feature__`` switches?) and :mod:`linecache` keeps it for
good: 4 MB of resident memory for the window's own imports, 11 MB more for numpy's and
pyqtgraph's (the History page). A traceback still reads the file it shows, when it
needs it: a cache that keeps nothing only costs reading again.
"""

from __future__ import annotations

import linecache
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any


class _Unkept(dict[str, Any]):
    """A :mod:`linecache` cache that holds only the file it read last: linecache reads
    back what it has just stored (a frozen app's modules come through a loader's
    ``get_source``, stored as a lazy entry, then called), so one entry must stay."""

    def __setitem__(self, key: str, value: Any) -> None:
        self.clear()
        super().__setitem__(key, value)


@contextmanager
def sources_not_kept() -> Iterator[None]:
    """Imports in this block leave no source text behind."""
    kept = linecache.cache
    linecache.cache = _Unkept(kept)
    try:
        yield
    finally:
        linecache.cache = kept


def keep_no_sources() -> None:
    """From now on, for the whole process (the window's), keep no new source text."""
    if not isinstance(linecache.cache, _Unkept):
        linecache.cache = _Unkept(linecache.cache)
