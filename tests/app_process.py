"""Starting the installed app as a real process on a folder of its own (offscreen, or
a real X display), and reading its data file from outside, for the process tests."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

ROUTINE = {
    "format": "backtimer-routine",
    "version": 1,
    "routine": {
        "name": "Process test",
        "description": "one long item",
        "lead_in_seconds": 0,
        "items": [
            {"exercise": "cat-stretch", "mode": "timed", "seconds": 2},
            {"exercise": "superman", "mode": "timed", "seconds": 600},
        ],
    },
}
CLI = [sys.executable, "-m", "backtimer"]


def app_env(data: Path, *, ask_pain: bool, display: str | None = None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("WAYLAND_DISPLAY",)}
    env["BACKTIMER_DATA_DIR"] = str(data)
    if display is None:
        env["QT_QPA_PLATFORM"] = "offscreen"
    else:
        env.update(QT_QPA_PLATFORM="xcb", DISPLAY=display)
    data.mkdir(parents=True, exist_ok=True)
    ask = "true" if ask_pain else "false"
    (data / "backtimer.ini").write_text(f"[safety]\naccepted=true\n[player]\nask_pain={ask}\n")
    return env


def import_routine(env: dict[str, str], folder: Path, routine: object = ROUTINE) -> None:
    path = folder / "process.backtimer.json"
    path.write_text(json.dumps(routine))
    subprocess.run([*CLI, "routines", "import", str(path)], env=env, check=True, timeout=60)


def start_app(env: dict[str, str], log: Path, *extra: str) -> subprocess.Popen[bytes]:
    with log.open("wb") as err:
        return subprocess.Popen([*CLI, "--routine", "Process test", *extra], env=env, stderr=err)


def catches(pid: int, signum: int) -> bool:
    """Whether the process has a handler for ``signum`` (from /proc: SigCgt)."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return False
    line = next(li for li in status.splitlines() if li.startswith("SigCgt:"))
    return bool(int(line.split()[1], 16) & (1 << (signum - 1)))


def has_open(pid: int, path: Path) -> bool:
    """Whether the process has ``path`` open (from /proc: its file descriptors). The
    window opens the data file only after its first paint, while it builds the rest."""
    try:
        fds = list(Path(f"/proc/{pid}/fd").iterdir())
    except OSError:
        return False
    for fd in fds:
        try:
            if Path(os.readlink(fd)) == path:
                return True
        except OSError:
            continue
    return False


def query(db: Path, sql: str) -> list[tuple[object, ...]]:
    """Read the data file as an outside program would (safe while the app runs)."""
    if not db.exists():
        return []
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
    try:
        return conn.execute(sql).fetchall()
    except sqlite3.OperationalError:
        return []  # no tables yet
    finally:
        conn.close()
