"""A full disk and a read-only folder, for real: a tiny tmpfs and a read-only bind mount
(root only; skipped elsewhere). Nothing is moved aside, writes are held and retried,
the command line and the window say what is wrong in a sentence with exit code 2."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from backtimer.store.db import open_database
from backtimer.store.history import HistoryStore
from backtimer.store.writer import HistoryWriter
from tests.app_process import app_env, import_routine, query, start_app
from tests.helpers.store_data import T0, report, routine, step
from tests.helpers.waiting import wait_for

CLI = [sys.executable, "-m", "backtimer"]
DB = "backtimer.sqlite3"


def _mount(*args: str) -> bool:
    return subprocess.run(["mount", *args], capture_output=True, check=False).returncode == 0


@pytest.fixture
def tiny_disk(tmp_path: Path) -> Iterator[Path]:
    where = tmp_path / "disk"
    where.mkdir()
    if os.geteuid() != 0 or not _mount("-t", "tmpfs", "-o", "size=2m", "tmpfs", str(where)):
        pytest.skip("needs root to mount a tmpfs")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], check=False)


def fill(disk: Path) -> Path:
    """Fill the disk to the last byte; return the filler to delete later."""
    filler = disk / "filler"
    with contextlib.suppress(OSError), filler.open("wb", buffering=0) as f:
        while True:
            f.write(b"\0" * 4096)
    return filler


def test_a_full_disk_holds_the_writes_and_saves_them_when_there_is_room(tiny_disk: Path) -> None:
    path = tiny_disk / "data" / DB
    db = open_database(path)
    changes: list[bool] = []
    changed = threading.Event()

    def on_saving(saving: bool) -> None:
        changes.append(saving)
        changed.set()

    writer = HistoryWriter(path, on_saving_changed=on_saving, retry_seconds=0.05)
    writer.start()
    filler = fill(tiny_disk)
    pending = writer.begin_session(routine(), T0, 60, 100.0)
    records = [step(i, actual=20.0 + i) for i in range(40)]  # more than the WAL can hold
    for r in records:
        writer.record_step(pending, r)
    writer.flush()
    assert changed.wait(30) and changes[0] is False and writer.saving is False
    changed.clear()
    filler.unlink()
    wait_for(lambda: writer.saving, 30, "the held writes to be saved")
    writer.finish_session(pending, report(tuple(records)), T0)
    writer.flush()
    writer.close()
    assert changes == [False, True]
    store = HistoryStore(db)
    assert len(store.session_detail(store.sessions()[0].id).steps) == 40  # type: ignore[union-attr]
    db.close()
    assert not list(path.parent.glob("*.corrupt-*"))


def test_the_command_line_on_a_full_disk_moves_nothing_and_says_so(tiny_disk: Path) -> None:
    data = tiny_disk / "data"
    subprocess.run([*CLI, "--data-dir", str(data), "routines", "list"], check=True, timeout=60)
    filler = fill(tiny_disk)
    listed = subprocess.run(
        [*CLI, "--data-dir", str(data), "routines", "list"], capture_output=True, text=True,
        timeout=60,
    )  # fmt: skip
    assert "Traceback" not in listed.stderr
    assert listed.returncode in (0, 2)
    exported = subprocess.run(
        [*CLI, "--data-dir", str(data), "history", "export", str(tiny_disk / "out.json")],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert exported.returncode == 2 and "Traceback" not in exported.stderr
    assert exported.stderr.count("\n") == 1  # one sentence
    filler.unlink()
    assert not list(data.glob("*.corrupt-*"))
    assert query(data / DB, "PRAGMA integrity_check") == [("ok",)]


@pytest.fixture
def read_only_data(tmp_path: Path) -> Iterator[Path]:
    source, view = tmp_path / "source", tmp_path / "view"
    source.mkdir()
    view.mkdir()
    subprocess.run([*CLI, "--data-dir", str(source), "routines", "list"], check=True, timeout=60)
    (source / "backtimer.ini").write_text("[safety]\naccepted=true\n")
    if os.geteuid() != 0 or not _mount("--bind", str(source), str(view)):
        pytest.skip("needs root for a bind mount")
    try:
        if not _mount("-o", "remount,ro,bind", str(view)):
            pytest.skip("cannot remount read-only")
        yield view
    finally:
        subprocess.run(["umount", "-l", str(view)], check=False)


def test_a_read_only_folder_is_a_sentence_and_exit_2_for_the_command_line(
    read_only_data: Path,
) -> None:
    for args in (["routines", "list"], ["history", "export"]):
        done = subprocess.run(
            [*CLI, "--data-dir", str(read_only_data), *args], capture_output=True, text=True,
            timeout=60,
        )  # fmt: skip
        assert done.returncode == 2, done.stderr
        assert "Traceback" not in done.stderr and "Errno" not in done.stderr
        assert str(read_only_data) in done.stderr


def test_a_read_only_folder_is_a_sentence_and_exit_2_for_the_window(
    read_only_data: Path, tmp_path: Path
) -> None:
    env = app_env(tmp_path / "unused", ask_pain=False)
    env["BACKTIMER_DATA_DIR"] = str(read_only_data)
    log = tmp_path / "stderr.txt"
    with log.open("w") as err:
        app = subprocess.Popen(CLI, env=env, stderr=err, text=True)
    try:
        # The sentence goes to stderr and to a message box; closing the box (here: the
        # SIGTERM a logout sends) ends the run with the bad-environment code.
        wait_for(lambda: "may not write" in log.read_text(), 60, "the sentence")
        app.send_signal(signal.SIGTERM)
        code = app.wait(60)
    finally:
        if app.poll() is None:
            app.kill()
            app.wait()
    assert code == 2, log.read_text()
    assert "Traceback" not in log.read_text()


@pytest.mark.slow  # a real process waits for room on the disk (8 s)
def test_a_session_begun_on_a_full_disk_is_saved_once_there_is_room(
    tiny_disk: Path, tmp_path: Path
) -> None:
    data = tiny_disk / "data"
    env = app_env(data, ask_pain=False)
    import_routine(env, tmp_path)
    log = tmp_path / "stderr.txt"
    app = start_app(env, log)
    try:
        ready = (data / "backtimer.lock", data / f"{DB}-shm")  # locked, data file open
        wait_for(lambda: all(p.exists() for p in ready), 60, "the window")
        filler = fill(tiny_disk)
        # A second start hands "--start" to the running window: the session begins now.
        subprocess.run(
            [*CLI, "--routine", "Process test", "--start"], env=env, check=True, timeout=60
        )
        filler.unlink()
        wait_for(lambda: query(data / DB, "SELECT 1 FROM step"), 60, "the held steps saved")
        app.send_signal(signal.SIGTERM)
        code = app.wait(60)
    finally:
        if app.poll() is None:
            app.kill()
            app.wait()
    assert code == 128 + signal.SIGTERM, log.read_text()
    assert "Traceback" not in log.read_text()
    assert query(data / DB, "SELECT status FROM session") == [("stopped",)]
    assert query(data / DB, "PRAGMA integrity_check") == [("ok",)]
    assert not list(data.glob("*.corrupt-*"))
