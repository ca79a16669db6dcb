"""CPU of the player while it counts down, in a real X window (Xvfb + openbox).

    tools/player_cpu.py [--size 1280x800] [--seconds 20] [--display 55] [--mat]

Starts the installed ``backtimer`` on a throw-away data folder with a built-in routine
(``--start``), lets it settle, then reads the process's CPU time from /proc over
``--seconds`` and prints it as a share of one core. Everything it starts is stopped.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BIN = Path(sys.executable).parent
TICKS = os.sysconf("SC_CLK_TCK")


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICKS  # utime + stime


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--size", default="1280x800")
    ap.add_argument("--seconds", type=float, default=20.0)
    ap.add_argument("--display", type=int, default=55)
    ap.add_argument("--routine", default="builtin:floor-basics")
    ap.add_argument("--mat", action="store_true")
    args = ap.parse_args()
    env = {**os.environ, "DISPLAY": f":{args.display}"}
    env.pop("QT_QPA_PLATFORM", None)
    data = Path(tempfile.mkdtemp(prefix="bt-cpu-"))
    (data / "backtimer.ini").write_text("[safety]\naccepted=true\n[player]\nask_pain=false\n")
    procs: list[subprocess.Popen[bytes]] = []
    try:
        procs.append(
            subprocess.Popen(
                ["Xvfb", f":{args.display}", "-screen", "0", f"{args.size}x24", "-nolisten", "tcp"],
                stderr=subprocess.DEVNULL,
            )
        )
        time.sleep(1.0)
        procs.append(subprocess.Popen(["openbox"], env=env, stderr=subprocess.DEVNULL))
        time.sleep(0.5)
        app = subprocess.Popen(
            [str(BIN / "backtimer"), "--data-dir", str(data), "--routine", args.routine, "--start"],
            env=env,
            stderr=subprocess.DEVNULL,
        )
        procs.append(app)
        time.sleep(4.0)
        w, h = args.size.split("x")
        found = subprocess.run(
            ["xdotool", "search", "--onlyvisible", "--name", "BackTimer"],
            env=env, capture_output=True, text=True, check=False,
        ).stdout.split()  # fmt: skip
        if found:
            subprocess.run(["xdotool", "windowsize", found[0], w, h], env=env, check=False)
            if args.mat:
                subprocess.run(
                    ["xdotool", "windowactivate", "--sync", found[0]], env=env, check=False
                )
                subprocess.run(["xdotool", "key", "f"], env=env, check=False)
        time.sleep(3.0)  # settle after the resize
        c0, t0 = cpu_seconds(app.pid), time.monotonic()
        time.sleep(args.seconds)
        c1, t1 = cpu_seconds(app.pid), time.monotonic()
        share = (c1 - c0) / (t1 - t0) * 100
        print(
            f"[cpu] backtimer counting down in a real X window {args.size}"
            f"{' (mat mode)' if args.mat else ''}: {share:.2f} % of one core over {t1 - t0:.0f} s"
        )
    finally:
        for p in reversed(procs):
            p.terminate()
            try:
                p.wait(10)
            except subprocess.TimeoutExpired:
                p.kill()
        shutil.rmtree(data, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
