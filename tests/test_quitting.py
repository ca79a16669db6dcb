"""Every way of quitting is clean (real processes): SIGTERM, SIGINT (Ctrl+C) and SIGHUP
end a running session as stopped, write the clean-exit marker and leave no traceback,
also while the pain check-in is open; a SIGKILL during the check-in keeps the answers
given so far."""

from __future__ import annotations

import signal
import subprocess
from pathlib import Path

import pytest

from backtimer.ui.single_instance import data_dir_lock
from tests.app_process import CLI, app_env, catches, has_open, import_routine, query, start_app
from tests.helpers.waiting import wait_for

pytestmark = pytest.mark.slow  # real processes, each started, stopped and read (3-8 s)
DB = "backtimer.sqlite3"


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT, signal.SIGHUP])
def test_a_signal_stops_the_session_and_quits_cleanly(tmp_path: Path, sig: int) -> None:
    data = tmp_path / "data"
    env = app_env(data, ask_pain=False)
    import_routine(env, tmp_path)
    log = tmp_path / "stderr.txt"
    app = start_app(env, log, "--start")
    try:
        wait_for(lambda: query(data / DB, "SELECT 1 FROM step"), 60, "a finished step")
        assert catches(app.pid, sig)
        app.send_signal(sig)
        code = app.wait(60)
    finally:
        if app.poll() is None:
            app.kill()
            app.wait()
    assert code == 128 + sig, log.read_text()
    assert "Traceback" not in log.read_text()
    assert (data / f"{DB}.clean").exists()
    assert query(data / DB, "SELECT status FROM session") == [("stopped",)]
    assert query(data / DB, "PRAGMA integrity_check") == [("ok",)]


def test_sigterm_while_the_pain_check_in_is_open_quits_cleanly(tmp_path: Path) -> None:
    data = tmp_path / "data"
    env = app_env(data, ask_pain=True)
    import_routine(env, tmp_path)
    log = tmp_path / "stderr.txt"
    app = start_app(env, log, "--start")  # the "before" question opens and waits
    try:
        # Once the data file is open, the rest of the start (up to the question) runs
        # before the event loop can take the signal.
        def started() -> bool:
            return catches(app.pid, signal.SIGTERM) and has_open(app.pid, data / DB)

        wait_for(started, 60, "the signal handlers and the data file")
        app.send_signal(signal.SIGTERM)
        code = app.wait(60)
    finally:
        if app.poll() is None:
            app.kill()
            app.wait()
    assert code == 128 + signal.SIGTERM, log.read_text()
    assert "Traceback" not in log.read_text()
    assert (data / f"{DB}.clean").exists()
    assert query(data / DB, "SELECT status FROM session WHERE status = 'running'") == []


def test_one_window_per_data_folder_whatever_tmpdir_is(tmp_path: Path) -> None:
    data = tmp_path / "data"
    env = app_env(data, ask_pain=False)
    import_routine(env, tmp_path)
    log = tmp_path / "stderr.txt"
    first = start_app(env, log)
    try:
        ready = (data / "backtimer.lock", data / f"{DB}-shm")
        wait_for(lambda: all(p.exists() for p in ready), 60, "the first window")
        other_tmp = tmp_path / "other-tmp"
        other_tmp.mkdir()
        second_env = {**env, "TMPDIR": str(other_tmp), "XDG_RUNTIME_DIR": str(other_tmp)}
        second = subprocess.run(
            [*CLI, "--routine", "Process test"], env=second_env, capture_output=True,
            text=True, timeout=60,
        )  # fmt: skip
        assert second.returncode == 0
        assert "already running" in second.stderr
        german = {**second_env, "LC_ALL": "de_DE.UTF-8", "LANG": "de_DE.UTF-8"}
        third = subprocess.run(CLI, env=german, capture_output=True, text=True, timeout=60)
        assert third.returncode == 0
        assert "BackTimer läuft bereits" in third.stderr, third.stderr  # said before Qt's
        assert first.poll() is None
    finally:
        first.send_signal(signal.SIGTERM)
        first.wait(60)


def test_a_stopped_process_does_not_count_the_stop_as_exercise(tmp_path: Path) -> None:
    import time

    data = tmp_path / "data"
    env = app_env(data, ask_pain=False)
    import_routine(env, tmp_path)
    app = start_app(env, tmp_path / "stderr.txt", "--start")
    try:
        wait_for(lambda: query(data / DB, "SELECT 1 FROM step"), 60, "the first step")
        app.send_signal(signal.SIGSTOP)
        time.sleep(5)  # the stimulus itself: a process stopped for 5 s (not a wait)
        app.send_signal(signal.SIGCONT)
        wait_for(lambda: catches(app.pid, signal.SIGTERM), 10, "the process")
        app.send_signal(signal.SIGTERM)
        app.wait(60)
    finally:
        if app.poll() is None:
            app.kill()
            app.wait()
    [(exercised, paused, elapsed)] = query(
        data / DB, "SELECT exercised_seconds, paused_seconds, elapsed_seconds FROM session"
    )
    assert float(paused) >= 4.5  # type: ignore[arg-type]
    assert float(exercised) <= float(elapsed) - 4.5  # type: ignore[arg-type]


def test_quitting_an_idle_window_leaves_no_lock_or_socket_behind(tmp_path: Path) -> None:
    """With nothing running the process ends without the interpreter's teardown
    (``launch.leave``), so the lock file and the socket are removed before it."""
    data = tmp_path / "data"
    env = app_env(data, ask_pain=False)
    import_routine(env, tmp_path)
    folder, name, socket = data_dir_lock(data)
    assert Path(socket).is_absolute()  # (a short path here: not a bare name)
    app = start_app(env, tmp_path / "stderr.txt")
    try:
        wait_for(lambda: Path(socket).exists(), 60, "the window listening for a second one")
        app.send_signal(signal.SIGTERM)
        assert app.wait(60) == 128 + signal.SIGTERM
    finally:
        if app.poll() is None:
            app.kill()
            app.wait()
    assert not (folder / f"{name}.lock").exists()
    assert not Path(socket).exists()
