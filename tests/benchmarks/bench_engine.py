"""Engine benchmarks (run with ``./dev bench``; they report figures, they assert nothing
about speed).

* drift: a routine run on the REAL monotonic clock with ticks every 100 ms and a
  1.5 s stall every few seconds; prints how far the end is from the plan.
* tick cost: what one tick plus one snapshot costs, i.e. the engine's share of a redraw.
"""

from __future__ import annotations

import time

from backtimer.core.clock import FakeClock, SystemClock
from backtimer.core.engine import Engine, State
from tests.engine_helpers import paced, routine, timed


def test_drift_on_the_real_clock(benchmark) -> None:
    r = routine(
        timed("a", 4, rest=2), paced("b", 4, 1.0, per_side=True, switch_seconds=1), lead_in=1
    )

    def run() -> tuple[float, float]:
        e = Engine(r, SystemClock())
        planned = e.report().planned_seconds
        e.start()
        t0 = e.started_at
        n = 0
        while e.state is State.RUNNING:
            n += 1
            time.sleep(1.5 if n % 25 == 0 else 0.1)  # a stalled event loop now and then
            e.tick()
        noticed = time.monotonic()
        assert e.ended_at is not None and t0 is not None
        return (e.ended_at - t0) - planned, noticed - e.ended_at

    drift, late = benchmark.pedantic(run, rounds=1, iterations=1)
    print(
        f"\n[drift] routine of {Engine(r, SystemClock()).report().planned_seconds:.0f} s on the"
        f" real clock, 100 ms ticks with 1.5 s stalls: ended {drift * 1000:+.3f} ms from plan;"
        f" the next tick saw it {late * 1000:.0f} ms later (bounded by the tick interval)"
    )


def test_tick_and_snapshot_cost(benchmark) -> None:
    clock = FakeClock()
    e = Engine(routine(*[paced("b", 1000, 3.0) for _ in range(5)]), clock)
    e.start()

    def one() -> None:
        clock.advance(0.05)
        e.tick()
        e.take_cues()
        e.snapshot()

    benchmark(one)
    mean = benchmark.stats.stats.mean
    print(
        f"\n[tick] tick+snapshot: {mean * 1e6:.1f} µs; at 20 redraws/s that is "
        f"{mean * 20 * 100:.4f} % of one core"
    )
