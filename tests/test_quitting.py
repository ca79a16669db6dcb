"""Every way of quitting is clean (real processes): SIGTERM, SIGINT (Ctrl+C) and SIGHUP
end a running session as stopped, write the clean-exit marker and leave no traceback,
also while the pain check-in is open; a SIGKILL during the check-in keeps the answers
given so far."""

from __future__ import annotations

import signal
from pathlib import Path

import pytest
from app_process import app_env, catches, import_routine, query, start_app, wait_for

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
        wait_for(lambda: catches(app.pid, signal.SIGTERM), 60, "the signal handlers")
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
