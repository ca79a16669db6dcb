"""History page benchmark: open the page and draw it, for 1 year, 10 years and a 10x stress
history (about 100 years of sessions); prints the figures, asserts nothing about speed.

Run with ``./dev bench`` (or ``python tests/benchmarks/bench_history_page.py``).
The data comes from the store's generator (``tests/helpers/store_data.generate_history``,
the importer's path). For each history it reports the median and worst of:

- *open*: ``HistoryPage(store)`` + ``refresh()`` + the first paint of the whole page at
  1280x800 (``grab()`` paints every child, the three charts included): what a person
  waits for when the History tab is shown the first time (pyqtgraph already imported);
- *refresh*: ``refresh()`` + repaint of an open page (after a session ends);
- *all weeks*: loading and drawing the whole history (the "All weeks" button).

Separately, in a fresh interpreter, the one-time cost of importing the page module
(pyqtgraph, numpy).

And from outside, in the real app (``history_click.py`` runs ``backtimer`` in Xvfb with
xcb): a click on the History tab until the page has painted, with every import it needs,
and a click on "All weeks" until the charts have painted, for an empty history (the
yardstick), 10 years and 100 years, interleaved, medians; and the 10 years again with
the idle-time preload of the page turned off (its click imports pyqtgraph and numpy),
with the resident memory before the click beside each.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # the repository, for tests.*

from PySide6.QtWidgets import QApplication

from backtimer.store.db import open_database
from backtimer.store.history import HistoryStore
from tests.helpers.store_data import T0, generate_history

# About 5 sessions a week, like the generator.
CASES = (("1 year", 260), ("10 years", 2_600), ("stress x10 (100 years)", 26_000))
STEPS_PER_SESSION = 12
TODAY = T0.date() + timedelta(days=1)


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:7.1f} ms"


def _stats(samples: list[float]) -> str:
    return f"median {_ms(statistics.median(samples))}  max {_ms(max(samples))}"


def _time(fn: Callable[[], object], repeat: int) -> list[float]:
    out = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        out.append(time.perf_counter() - t)
    return out


def import_cost() -> float:
    code = (
        "import time, PySide6.QtWidgets as w; a = w.QApplication([]); t = time.perf_counter(); "
        "import backtimer.ui.history.page; print(time.perf_counter() - t)"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
    )
    return float(out.stdout.strip().splitlines()[-1])


def measure(folder: Path, label: str, sessions: int, repeat: int = 7) -> list[str]:
    from backtimer.ui.history.page import HistoryPage

    app = QApplication.instance() or QApplication([])
    db = open_database(folder / f"{sessions}.sqlite3")
    t = time.perf_counter()
    generate_history(db, sessions, STEPS_PER_SESSION)
    made = time.perf_counter() - t
    store = HistoryStore(db)
    pages: list[HistoryPage] = []

    def open_page() -> None:
        page = HistoryPage(store, today=lambda: TODAY)
        page.resize(1280, 800)
        page.refresh()
        page.grab()
        pages.append(page)

    open_page()  # the first one pays for Qt's and pyqtgraph's one-time set-up
    opened = _time(open_page, repeat)
    page = pages[-1]
    page.show()
    app.processEvents()
    refreshed = _time(lambda: (page.refresh(), page.grab()), repeat)
    t = time.perf_counter()
    page.all_button.click()
    page.grab()
    all_weeks = time.perf_counter() - t
    weeks = len(page.charts.series)
    for p in pages:
        p.close()
        p.deleteLater()
    app.processEvents()
    db.close()
    return [
        f"[history page] {label}: {sessions} sessions ({made:.1f} s to generate), "
        f"{weeks} weeks in all",
        f"    open + first paint   {_stats(opened)}",
        f"    refresh + repaint    {_stats(refreshed)}",
        f"    all weeks + paint    {_ms(all_weeks)}",
    ]


def run(folder: Path) -> str:
    lines = [f"[history page] importing the page module (pyqtgraph): {_ms(import_cost())}"]
    for label, n in CASES:
        lines += measure(folder, label, n)
    return "\n".join(lines)


CLICK_RUNS = int(os.environ.get("BACKTIMER_BENCH_RUNS", "5"))


def _click_data(folder: Path, sessions: int) -> Path:
    from tests.benchmarks.realx import data_dir

    d = data_dir(folder)
    if sessions:
        db = open_database(d / "backtimer.sqlite3")
        generate_history(db, sessions, STEPS_PER_SESSION)
        db.close()
        (d / "backtimer.sqlite3.clean").touch()
    return d


def test_history_tab_from_a_click_in_the_real_app(benchmark, tmp_path: Path) -> None:
    from tests.benchmarks.realx import compile_bytecode, python_command, x_display

    compile_bytecode()
    # (label, sessions, extra arguments): the last case turns the idle-time preload of
    # the History page off, to show what the click costs without it and what it saves
    # in memory.
    cases = [
        ("empty", 0, ()),
        ("10 years", 2_600, ()),
        ("100 years", 26_000, ()),
        ("10 years, no preload", 2_600, ("--no-preload",)),
    ]
    dirs = {n: _click_data(tmp_path / str(n), n) for n in {n for _label, n, _a in cases}}

    def measure() -> dict[str, list[list[float]]]:
        out: dict[str, list[list[float]]] = {label: [] for label, _n, _a in cases}
        with x_display(1920, 1080) as env:
            for _ in range(CLICK_RUNS):
                for label, n, extra in cases:
                    run = subprocess.run(
                        python_command("history_click.py", str(dirs[n]), *extra),
                        env=env,
                        capture_output=True,
                        text=True,
                        check=True,
                        timeout=120,
                    )
                    out[label].append([float(v) for v in run.stdout.split()[-5:]])
        return out

    got = benchmark.pedantic(measure, rounds=1, iterations=1)
    med = {k: [statistics.median(r[i] for r in v) for i in range(5)] for k, v in got.items()}
    lines = [
        f"[history page] real app (Xvfb, xcb), {CLICK_RUNS} interleaved runs, medians; "
        "wall time (and the app's CPU time) from the click until painted; resident "
        f"memory before the click; load average {os.getloadavg()[0]:.2f}:"
    ]
    e = med["empty"]
    for label, _n, _a in cases:
        tab, tab_cpu, every, every_cpu, rss = med[label]
        lines.append(
            f"    {label:20s} History tab {tab:6.1f} ms (cpu {tab_cpu:5.1f}; {tab / e[0]:4.2f}x"
            f" empty)   'All weeks' {every:6.1f} ms (cpu {every_cpu:5.1f}; {every / e[2]:5.2f}x"
            f" empty)   RSS {rss:5.1f} MB"
        )
    lines.append("    goals: History at 10 years <= 100 ms; All weeks at 100 years <= 300 ms")
    print("\n" + "\n".join(lines))


def test_history_page_figures(benchmark, tmp_path: Path) -> None:
    text = benchmark.pedantic(run, args=(tmp_path,), rounds=1, iterations=1)
    print("\n" + text)


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as d:
        print(run(Path(d)))
