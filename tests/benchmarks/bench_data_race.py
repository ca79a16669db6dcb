"""20 seeded races of the command line and sqlite3 against a writing window (slow).

Prints the counts the data-safety issue asks for: runs, commands raced, steps expected
and found, imports expected and found, corrupt files, failures (tracebacks included).
Run with ``./dev bench -k data_race``.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.race_helpers import found, race

RUNS = 20


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("sqlite3") is None, reason="needs sqlite3")
def test_twenty_seeded_races(benchmark: object, tmp_path: Path) -> None:
    totals = dict(runs=0, commands=0, steps_expected=0, steps_found=0, imports_expected=0,
                  imports_found=0, corrupt=0, failures=0)  # fmt: skip

    def run_all() -> None:
        for seed in range(RUNS):
            data = tmp_path / f"data-{seed}"
            result = race(data, tmp_path / f"work-{seed}", seed, 12)
            integrity, steps, uuids, names = found(data)
            totals["runs"] += 1
            totals["commands"] += len(result.commands)
            totals["steps_expected"] += len(result.steps_reported)
            totals["steps_found"] += len(result.steps_reported & steps)
            wanted = len(result.imported_sessions) + len(result.imported_routines)
            totals["imports_expected"] += wanted
            totals["imports_found"] += len(result.imported_sessions & uuids) + len(
                result.imported_routines & names
            )
            totals["corrupt"] += int(integrity != "ok") + len(list(data.glob("*.corrupt-*")))
            totals["failures"] += len(result.failed)

    benchmark.pedantic(run_all, rounds=1, iterations=1)  # type: ignore[attr-defined]
    print("\ndata race:", ", ".join(f"{k} {v}" for k, v in totals.items()))
    assert totals["steps_found"] == totals["steps_expected"] > 0
    assert totals["imports_found"] == totals["imports_expected"]
    assert totals["corrupt"] == totals["failures"] == 0
