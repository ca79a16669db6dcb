"""Command-line conventions (real processes): --version, exit code 2 for bad input,
a format version in --json output, quiet when piped into head, Ctrl+C without a
traceback."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from backtimer import __version__

CLI = [sys.executable, "-m", "backtimer"]


def run(*args: str, data: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*CLI, "--data-dir", str(data), *args], capture_output=True, text=True, timeout=60
    )


def test_version(tmp_path: Path) -> None:
    done = run("--version", data=tmp_path)
    assert done.returncode == 0 and __version__ in done.stdout


@pytest.mark.parametrize(
    "args",
    [
        ["history", "import", "/no/such/file.json"],
        ["routines", "import", "/no/such/file.backtimer.json"],
        ["routines", "export", "No such routine", "out.json"],
        ["history", "export", "--format", "xml"],
        ["no-such-command"],
    ],
    ids=["history-import-missing", "routine-import-missing", "no-routine", "bad-format", "bad"],
)
def test_bad_input_is_exit_code_2_with_one_sentence(tmp_path: Path, args: list[str]) -> None:
    done = run(*args, data=tmp_path / "data")
    assert done.returncode == 2
    assert "Traceback" not in done.stderr and "Errno" not in done.stderr


@pytest.mark.parametrize(("what", "key"), [("exercises", "exercises"), ("routines", "routines")])
def test_json_output_carries_its_format_version(tmp_path: Path, what: str, key: str) -> None:
    doc = json.loads(run(what, "list", "--json", data=tmp_path).stdout)
    assert doc["format"] == f"backtimer-{key}" and doc["version"] == 1
    assert isinstance(doc[key], list) and doc[key]


def test_piping_into_head_ends_quietly(tmp_path: Path) -> None:
    from datetime import timedelta

    from backtimer.store.db import open_database
    from backtimer.store.history import HistoryStore
    from tests.helpers.store_data import T0, report, routine, step

    db = open_database(tmp_path / "backtimer.sqlite3")
    store = HistoryStore(db)
    for n in range(200):  # far more than a pipe holds (64 KiB)
        sid = store.begin_session(routine(), T0 + timedelta(hours=n), 0, 60.0)
        store.record_step(sid, step(0))
        store.finish_session(sid, report((step(0),)), T0 + timedelta(hours=n, minutes=5))
    db.close()
    done = subprocess.run(
        f"{sys.executable} -m backtimer --data-dir {tmp_path} history export | head -1; "
        "echo status ${PIPESTATUS[0]}",
        shell=True, executable="/bin/bash", capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert done.stdout.splitlines() == ["{", "status 0"]
    assert "Broken pipe" not in done.stderr and "Traceback" not in done.stderr
