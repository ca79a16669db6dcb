"""Player benchmarks (``./dev bench``): start-up against a bare PySide6 window in the
same run, CPU while counting down, and resident memory. They print figures."""

from __future__ import annotations

import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
ROUNDS = 7


def _run(cmd: list[str], env: dict[str, str]) -> float:
    out = subprocess.run(cmd, env=env, capture_output=True, text=True, check=True, timeout=60)
    return float(out.stdout.strip().splitlines()[-1])


def test_startup_against_a_bare_window(benchmark, tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "BACKTIMER_DATA_DIR": str(tmp_path)}
    app_cmd = [sys.executable, "-m", "backtimer", "--check-startup"]
    bare_cmd = [sys.executable, str(HERE / "bare_window.py")]
    _run(app_cmd, env)  # warm the file cache and create the data file once
    _run(bare_cmd, env)

    def measure() -> tuple[list[float], list[float]]:
        app, bare = [], []
        for _ in range(ROUNDS):  # interleaved, so both see the same machine load
            app.append(_run(app_cmd, env))
            bare.append(_run(bare_cmd, env))
        return app, bare

    app, bare = benchmark.pedantic(measure, rounds=1, iterations=1)
    ratio = statistics.median(app) / statistics.median(bare)
    print(
        f"\n[startup] backtimer --check-startup median {statistics.median(app):.0f} ms "
        f"(min {min(app):.0f}), bare PySide6 window median {statistics.median(bare):.0f} ms "
        f"(min {min(bare):.0f}); ratio {ratio:.2f} (goal <= 1.3), {ROUNDS} interleaved runs"
    )


@pytest.fixture
def running_app(qtbot, tmp_path: Path):
    from backtimer import paths
    from backtimer.app import App
    from backtimer.core import catalogue
    from backtimer.core.clock import SystemClock
    from backtimer.settings import Settings
    from backtimer.store.db import open_database

    a = App(
        catalogue.load(paths.content_dir()),
        open_database(tmp_path / "b.sqlite3"),
        Settings.in_dir(tmp_path),
        SystemClock(),
        tmp_path,
    )
    a.choice.reload("home-back-workout")
    a.window.resize(1280, 800)
    a.window.show()
    qtbot.waitExposed(a.window)
    yield a
    a.controller.timer.stop()
    a.window.can_close = lambda: True
    a.window.close()
    a.close()


def test_cpu_and_memory_while_counting_down(benchmark, running_app, qtbot) -> None:
    a = running_app
    a.controller.start()
    seconds = 5.0

    def measure() -> tuple[float, float]:
        cpu0, wall0 = time.process_time(), time.monotonic()
        qtbot.wait(int(seconds * 1000))  # the real event loop, the real timer
        return time.process_time() - cpu0, time.monotonic() - wall0

    cpu, wall = benchmark.pedantic(measure, rounds=1, iterations=1)
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"\n[cpu] counting down with the animated figure at {1000 // a.controller.timer.interval()}"
        f" redraws/s (offscreen): {cpu / wall * 100:.1f} % of one core over {wall:.1f} s"
        f"\n[memory] peak resident set of the test process: {rss_mb:.0f} MB"
    )
