"""Racing real processes against one data folder (used by test_data_race.py)."""

from __future__ import annotations

import random
import signal
import sqlite3
import subprocess
import sys
import threading
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path

from backtimer import paths
from backtimer.core import catalogue, routine_io
from backtimer.store import history_io
from backtimer.store.db import open_database, parse_utc
from backtimer.store.history import HistoryStore

HELPER = Path(__file__).parent / "helpers" / "window_writer.py"
NAME = "backtimer.sqlite3"
COMMANDS = ("history export", "history import", "routines import", "routines list", "sqlite3")


@dataclass
class RaceResult:
    commands: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)  # command + stderr, for the message
    steps_reported: set[tuple[int, int]] = field(default_factory=set)
    imported_sessions: set[str] = field(default_factory=set)
    imported_routines: set[str] = field(default_factory=set)


def history_file(folder: Path, k: int, rng: random.Random) -> tuple[Path, str]:
    """An export holding one session of its own (a new uuid)."""
    from tests.helpers.store_data import T0, report, routine, step

    scratch = folder / f"scratch-{k}.sqlite3"
    db = open_database(scratch)
    store = HistoryStore(db)
    started = T0 - timedelta(days=1 + k)
    sid = store.begin_session(routine(), started, 0, 60.0)
    records = tuple(step(i, actual=10.0 + i) for i in range(rng.randint(1, 4)))
    for r in records:
        store.record_step(sid, r)
    store.finish_session(sid, report(records), started + timedelta(minutes=3))
    uuid = store.snapshot(sid).session["uuid"]
    out = folder / f"import-{k}.json"
    with out.open("w", encoding="utf-8") as f:
        history_io.export_history(db, f)
    db.close()
    return out, str(uuid)


def routine_file(folder: Path, k: int) -> tuple[Path, str]:
    from dataclasses import replace

    base = catalogue.load(paths.content_dir()).routines[0]
    name = f"Raced routine {k}"
    out = folder / f"raced-{k}.backtimer.json"
    routine_io.write_file(replace(base, name=name, id="", builtin=False), out)
    return out, name


def run_one(data: Path, work: Path, k: int, rng: random.Random, result: RaceResult) -> None:
    """One seeded command of the race against ``data``; its outcome goes to ``result``."""
    cli = [sys.executable, "-m", "backtimer", "--data-dir", str(data)]
    kind = rng.choice(COMMANDS)
    if kind == "history export":
        args = [*cli, "history", "export", "--format", rng.choice(["csv", "json"])]
    elif kind == "history import":
        path, uuid = history_file(work, k, rng)
        result.imported_sessions.add(uuid)
        args = [*cli, "history", "import", str(path)]
    elif kind == "routines import":
        path, name = routine_file(work, k)
        result.imported_routines.add(name)
        args = [*cli, "routines", "import", str(path)]
    elif kind == "routines list":
        args = [*cli, "routines", "list", "--json"]
    else:
        query = rng.choice(["select count(*) from step", "select * from session"])
        args = ["sqlite3", str(data / NAME), query]
    done = subprocess.run(args, capture_output=True, text=True, timeout=60)
    result.commands.append(kind)
    if done.returncode != 0 or "Traceback" in done.stderr:
        result.failed.append(f"{kind}: {done.returncode} {done.stderr.strip()}")


def session_steps(data: Path) -> set[tuple[str, int]]:
    """(session uuid, step index) of every stored step, read as an outside program."""
    conn = sqlite3.connect(f"file:{data / NAME}?mode=ro", uri=True, timeout=10)
    try:
        rows = conn.execute(
            "SELECT s.uuid, st.step_index FROM step st JOIN session s ON s.id = st.session_id"
        ).fetchall()
    except sqlite3.OperationalError:
        return set()
    finally:
        conn.close()
    return {(str(u), int(i)) for u, i in rows}


def race(data: Path, work: Path, seed: int, n_commands: int) -> RaceResult:
    """Run the window-like writer and ``n_commands`` seeded commands against ``data``;
    SIGKILL the writer at the end (the moment that used to lose the WAL)."""
    rng = random.Random(seed)
    result = RaceResult()
    data.mkdir(parents=True, exist_ok=True)
    work.mkdir(parents=True, exist_ok=True)
    errors = work / "writer-stderr.txt"
    with errors.open("w") as err:
        writer = subprocess.Popen(
            [sys.executable, str(HELPER), str(data / NAME), "6"],
            stdout=subprocess.PIPE,
            stderr=err,
            text=True,
        )
    lines: list[str] = []
    started = threading.Event()

    def read() -> None:
        assert writer.stdout is not None
        for line in writer.stdout:
            lines.append(line)
            started.set()

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    assert started.wait(30), f"the writer did not start: {errors.read_text()}"
    for k in range(n_commands):
        run_one(data, work, k, rng, result)
    writer.send_signal(signal.SIGKILL)
    writer.wait(30)
    reader.join(30)
    assert writer.stdout is not None
    writer.stdout.close()
    if "Traceback" in errors.read_text():
        result.failed.append(errors.read_text())
    for line in lines:
        parts = line.split()
        if parts[:1] == ["STEP"]:
            result.steps_reported.add((int(parts[1]), int(parts[2])))
        elif parts[:1] == ["ERROR"]:
            result.failed.append(line.strip())
    return result


def found(data: Path) -> tuple[str, set[tuple[int, int]], set[str], set[str]]:
    """integrity_check, the (session n, step) pairs of the writer, the uuids and routine
    names in the file, read by a plain SQLite connection (the writer is dead)."""
    conn = sqlite3.connect(data / NAME)
    try:
        check = conn.execute("PRAGMA integrity_check").fetchone()[0]
        from tests.helpers.store_data import T0

        steps: set[tuple[int, int]] = set()
        rows = conn.execute(
            "SELECT s.started_utc, st.step_index FROM step st "
            "JOIN session s ON s.id = st.session_id"
        )
        for started, index in rows:
            hours = (parse_utc(started) - T0).total_seconds() / 3600
            if hours >= 0 and hours == int(hours):
                steps.add((int(hours), index))
        uuids = {r[0] for r in conn.execute("SELECT uuid FROM session")}
        names = {r[0] for r in conn.execute("SELECT name FROM routine")}
    finally:
        conn.close()
    return check, steps, uuids, names
