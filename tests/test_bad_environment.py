"""Bad environments get one sentence, exit code 2 and no traceback (command line and
window), and a damaged or foreign file is handled the way SQLite says it should be."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from backtimer.launch import display_problem
from backtimer.session_recorder import SessionRecorder
from backtimer.store.db import StoreError, moved_aside_files, open_database
from backtimer.store.history import HistoryStore
from backtimer.store.writer import HistoryWriter
from tests.app_process import app_env, query
from tests.helpers.store_data import T0, report, routine, run_session, step
from tests.helpers.waiting import wait_for

CLI = [sys.executable, "-m", "backtimer"]
DB = "backtimer.sqlite3"


def folder_that_is_a_file(tmp_path: Path) -> Path:
    path = tmp_path / "data"
    path.write_text("not a folder")
    return path


def folder_with_a_dangling_link(tmp_path: Path) -> Path:
    path = tmp_path / "data"
    path.mkdir()
    (path / DB).symlink_to(tmp_path / "gone.sqlite3")
    return path


def folder_missing_a_table(tmp_path: Path) -> Path:
    path = tmp_path / "data"
    open_database(path / DB).close()
    conn = sqlite3.connect(path / DB)
    conn.execute("DROP TABLE step")
    conn.close()
    return path


BAD = {
    "a file": (folder_that_is_a_file, "is a file, not a folder"),
    "dangling link": (folder_with_a_dangling_link, "does not exist"),
    "missing table": (folder_missing_a_table, "lacks the table(s) step"),
}


@pytest.mark.parametrize("case", list(BAD))
def test_the_command_line_says_what_is_wrong(tmp_path: Path, case: str) -> None:
    make, words = BAD[case]
    data = make(tmp_path)
    done = subprocess.run(
        [*CLI, "--data-dir", str(data), "routines", "list"], capture_output=True, text=True,
        timeout=60,
    )  # fmt: skip
    assert done.returncode == 2
    assert words in done.stderr and "Traceback" not in done.stderr


@pytest.mark.parametrize("case", list(BAD))
def test_the_window_says_what_is_wrong(tmp_path: Path, case: str) -> None:
    make, words = BAD[case]
    data = make(tmp_path)
    env = app_env(tmp_path / "settings", ask_pain=False)
    log = tmp_path / "stderr.txt"
    with log.open("w") as err:
        app = subprocess.Popen([*CLI, "--data-dir", str(data)], env=env, stderr=err)
    try:
        wait_for(lambda: words in log.read_text(), 60, "the sentence")
        app.send_signal(signal.SIGTERM)  # closes the message box
        code = app.wait(60)
    finally:
        if app.poll() is None:
            app.kill()
            app.wait()
    assert code == 2 and "Traceback" not in log.read_text()


def test_no_display_is_a_sentence_before_qt_starts(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)
    env["BACKTIMER_DATA_DIR"] = str(tmp_path)
    done = subprocess.run(CLI, env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 2
    assert "needs a graphical desktop" in done.stderr and "xcb" not in done.stderr
    assert display_problem({"DISPLAY": ":987"}) is not None
    assert display_problem({"QT_QPA_PLATFORM": "offscreen"}) is None


@pytest.mark.slow  # a start of the app's process
def test_the_window_says_a_data_problem_in_the_person_s_language(tmp_path: Path) -> None:
    data = folder_that_is_a_file(tmp_path)
    env = app_env(tmp_path / "settings", ask_pain=False)
    env.update(LC_ALL="de_DE.UTF-8", LANG="de_DE.UTF-8")
    log = tmp_path / "stderr.txt"
    with log.open("w") as err:
        app = subprocess.Popen([*CLI, "--data-dir", str(data)], env=env, stderr=err)
    try:
        wait_for(lambda: "ist eine Datei, kein Ordner" in log.read_text(), 60, "the sentence")
        app.send_signal(signal.SIGTERM)  # closes the message box
        code = app.wait(60)
    finally:
        if app.poll() is None:
            app.kill()
            app.wait()
    assert code == 2


@pytest.mark.slow  # two starts of the app's process
def test_no_display_is_said_in_the_person_s_language(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)
    env.update(BACKTIMER_DATA_DIR=str(tmp_path), LC_ALL="de_DE.UTF-8", LANG="de_DE.UTF-8")
    done = subprocess.run(CLI, env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 2
    assert "braucht eine grafische Arbeitsumgebung" in done.stderr, done.stderr
    # The language setting wins over the system's, as in the window.
    (tmp_path / "backtimer.ini").write_text("[ui]\nlanguage=es\n", encoding="utf-8")
    env["DISPLAY"] = ":987"  # no X server there
    done = subprocess.run(CLI, env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 2
    assert "BackTimer no puede acceder a la pantalla :987" in done.stderr, done.stderr


def test_the_command_line_never_moves_a_damaged_file(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / DB).write_bytes(b"garbage, not SQLite\n" * 100)
    done = subprocess.run(
        [*CLI, "--data-dir", str(data), "routines", "list"], capture_output=True, text=True,
        timeout=60,
    )  # fmt: skip
    assert done.returncode == 2 and "damaged" in done.stderr
    assert sorted(p.name for p in data.iterdir()) == [DB]
    assert moved_aside_files(data / DB) == []


def test_a_wal_of_another_file_is_never_applied(tmp_path: Path) -> None:
    mine, other = tmp_path / "mine" / DB, tmp_path / "other" / DB
    db = open_database(mine)
    store = HistoryStore(db)
    for n in range(3):
        run_session(store, T0.replace(day=1 + n), steps=3)
    db.close()
    kept = mine.read_bytes()
    # Another file, killed with its log still full (a copy taken while it ran).
    odb = open_database(other)
    odb.conn.execute("PRAGMA wal_autocheckpoint = 0")  # all of it stays in the log
    ostore = HistoryStore(odb)
    for n in range(5):
        run_session(ostore, T0.replace(day=1 + n, hour=n), steps=8)
    (mine.parent / f"{DB}-wal").write_bytes((other.parent / f"{DB}-wal").read_bytes())
    odb.conn.close()  # as if killed: its log is left full
    reopened = open_database(mine, quick_check=False)  # a -wal is checked anyway
    assert reopened.moved_aside is None
    assert HistoryStore(reopened).count_sessions() == 3
    reopened.conn.close()  # no checkpoint: the file on disk must be what it was
    assert list(mine.parent.glob(f"{DB}.foreign-*-wal"))
    assert mine.read_bytes() == kept


def test_moved_files_are_found_to_mention_them(tmp_path: Path) -> None:
    (tmp_path / DB).write_bytes(b"not a database" * 100)
    db = open_database(tmp_path / DB)
    db.close()
    assert moved_aside_files(tmp_path / DB) == [db.moved_aside]


def test_a_newer_file_is_refused_by_the_command_line(tmp_path: Path) -> None:
    data = tmp_path / "data"
    open_database(data / DB).close()
    conn = sqlite3.connect(data / DB)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    with pytest.raises(StoreError):
        open_database(data / DB, move_damaged=False)


def test_pain_answers_are_written_when_given(tmp_path: Path) -> None:
    path = tmp_path / DB
    db = open_database(path)
    writer = HistoryWriter(path)
    writer.start()
    recorder = SessionRecorder(writer)
    recorder.answer_pain("before", 6)  # asked before the session starts
    recorder.begin(routine(), 100.0)
    recorder.record(step(0))
    writer.flush()
    assert query(path, "SELECT status, pain_before, pain_after FROM session") == [
        ("running", 6, None)
    ]
    recorder.finish(report((step(0),)))
    recorder.answer_pain("after", 3)
    writer.flush()
    assert query(path, "SELECT pain_before, pain_after FROM session") == [(6, 3)]
    writer.close()
    db.close()
