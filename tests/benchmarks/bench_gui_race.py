"""The real window under Xvfb running a session while the command line and sqlite3 race
it, then SIGKILLed; 20 seeded runs (slow). Every step an outside reader saw committed
must still be there, and every import; the file must pass integrity_check.

Run with ``./dev bench -k gui_race``; it prints the counts.
"""

from __future__ import annotations

import random
import shutil
import signal
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.app_process import app_env, import_routine, start_app
from tests.helpers.waiting import wait_for
from tests.race_helpers import NAME, RaceResult, found, run_one, session_steps

RUNS = 20
MANY_SHORT_STEPS = {
    "format": "backtimer-routine",
    "version": 1,
    "routine": {
        "name": "Process test",
        "lead_in_seconds": 0,
        "items": [{"exercise": "cat-stretch", "mode": "timed", "seconds": 1}] * 150,
    },
}
COMMANDS_PER_RUN = 10


@pytest.fixture(scope="module")
def xvfb() -> Iterator[str]:
    if shutil.which("Xvfb") is None:
        pytest.skip("needs Xvfb")
    for n in range(20, 30):
        if Path(f"/tmp/.X{n}-lock").exists():
            continue
        server = subprocess.Popen(
            ["Xvfb", f":{n}", "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
            stderr=subprocess.DEVNULL,
        )
        wait_for(
            lambda n=n, s=server: Path(f"/tmp/.X11-unix/X{n}").exists() or s.poll() is not None,
            20,
            "the X server",
        )
        if server.poll() is None:
            yield f":{n}"
            server.terminate()
            server.wait(10)
            return
    pytest.skip("no free display between :20 and :29")


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("sqlite3") is None, reason="needs sqlite3")
def test_twenty_seeded_races_against_the_window(
    benchmark: object, tmp_path: Path, xvfb: str
) -> None:
    totals = dict(runs=0, commands=0, steps_expected=0, steps_found=0, imports_expected=0,
                  imports_found=0, corrupt=0, failures=0)  # fmt: skip

    def one(seed: int) -> None:
        rng = random.Random(seed)
        data, work = tmp_path / f"data-{seed}", tmp_path / f"work-{seed}"
        work.mkdir()
        env = app_env(data, ask_pain=False, display=xvfb)
        import_routine(env, work, MANY_SHORT_STEPS)
        log = work / "stderr.txt"
        app = start_app(env, log, "--start")
        result = RaceResult()
        seen: set[tuple[str, int]] = set()
        try:
            wait_for(lambda: session_steps(data), 60, "the first step")
            for k in range(COMMANDS_PER_RUN):
                run_one(data, work, k, rng, result)
                seen |= session_steps(data)
        finally:
            app.send_signal(signal.SIGKILL)
            app.wait(30)
        integrity, _, uuids, names = found(data)
        after = session_steps(data)
        totals["runs"] += 1
        totals["commands"] += len(result.commands)
        totals["steps_expected"] += len(seen)
        totals["steps_found"] += len(seen & after)
        totals["imports_expected"] += len(result.imported_sessions) + len(result.imported_routines)
        totals["imports_found"] += len(result.imported_sessions & uuids) + len(
            result.imported_routines & names
        )
        totals["corrupt"] += int(integrity != "ok") + len(list(data.glob(f"{NAME}.corrupt-*")))
        totals["failures"] += len(result.failed) + log.read_text().count("Traceback")

    benchmark.pedantic(  # type: ignore[attr-defined]
        lambda: [one(seed) for seed in range(RUNS)], rounds=1, iterations=1
    )
    print("\ngui race:", ", ".join(f"{k} {v}" for k, v in totals.items()))
    assert totals["steps_found"] == totals["steps_expected"] > 0
    assert totals["imports_found"] == totals["imports_expected"]
    assert totals["corrupt"] == totals["failures"] == 0
