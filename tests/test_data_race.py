"""Outside processes share the data folder with a writing window and nothing is lost.

A window-like writer (``helpers/window_writer.py``: ``open_database`` on the main thread,
a ``HistoryWriter`` thread, as ``App`` does) writes steps while the real command line
(``history export``/``import``, ``routines import``/``list``) and ``sqlite3`` run against
the same folder; then the writer is SIGKILLed. Every step it reported as committed,
every import and the file's integrity must be there. The 20-seed version is
``tests/benchmarks/bench_data_race.py`` (``./dev bench``).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.race_helpers import found, race

pytestmark = [
    pytest.mark.skipif(shutil.which("sqlite3") is None, reason="needs sqlite3"),
    pytest.mark.slow,  # a real window and commands racing it (3 s)
]


def check(tmp_path: Path, seed: int, n_commands: int) -> None:
    data = tmp_path / "data"
    result = race(data, tmp_path / "work", seed, n_commands)
    assert result.failed == []
    integrity, steps, uuids, names = found(data)
    assert integrity == "ok"
    assert result.steps_reported, "the writer committed nothing while the commands ran"
    assert result.steps_reported - steps == set()
    assert result.imported_sessions - uuids == set()
    assert result.imported_routines - names == set()
    assert not list(data.glob("*.corrupt-*")) and not list(data.glob("*.foreign-*"))


def test_commands_racing_a_writing_window_lose_nothing(tmp_path: Path) -> None:
    check(tmp_path, seed=7, n_commands=8)
