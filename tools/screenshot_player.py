"""Screenshots of every player phase, from the real window under Xvfb.

    tools/screenshot_player.py OUT_DIR --size 1280x800 [--theme dark] [--language de]
        [--mat] [--display 50] [--prefix NAME]

Starts Xvfb (screen WxH) and openbox, runs the installed ``backtimer`` (the one beside
this Python) on a throw-away data folder with a short tour routine, drives it with
xdotool as a person would (Space, →, H, Enter...) and takes each picture with
ImageMagick's ``import -window root``. Files: ``OUT_DIR/PREFIX-<phase>.png``.
Everything it starts is stopped at the end.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from backtimer.core.model import Dosage, Item, Mode, Routine
from backtimer.core.routine_io import routine_to_json

BIN = Path(sys.executable).parent
IMPORT = "/usr/bin/import"  # ImageMagick's; the first ``convert``/``import`` on PATH may differ

TOUR = Routine(
    "Screenshot tour",
    "Every phase of the player.",
    10,
    (
        # The warm-up: short, so that it ends by itself (skipping a warm-up asks first).
        Item("cat-stretch", Dosage(Mode.PACED_REPS, reps=3, seconds_per_rep=3.0), 20, True),
        Item(
            "heel-reach-rotation", Dosage(Mode.TIMED, seconds=30, per_side=True, switch_seconds=10)
        ),
        Item(
            "abdominal-drawing-in",
            Dosage(Mode.HOLDS, holds=2, hold_seconds=10, hold_rest_seconds=5),
        ),
        Item("superman", Dosage(Mode.SELF_PACED_REPS, reps=10)),
    ),
)


class Session:
    def __init__(self, display: int, size: str) -> None:
        self.env = {**os.environ, "DISPLAY": f":{display}"}
        self.env.pop("QT_QPA_PLATFORM", None)
        self.procs: list[subprocess.Popen[bytes]] = []
        self.procs.append(
            subprocess.Popen(
                ["Xvfb", f":{display}", "-screen", "0", f"{size}x24", "-nolisten", "tcp"],
                stderr=subprocess.DEVNULL,
            )
        )
        self.wait(lambda: self.run("xdotool", "getdisplaygeometry").returncode == 0, "Xvfb")
        self.procs.append(
            subprocess.Popen(
                ["openbox"], env=self.env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
            )
        )
        time.sleep(0.5)  # openbox takes the screen (nothing to wait on but its start)

    def run(self, *cmd: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(cmd, env=self.env, capture_output=True, text=True, check=False)

    def wait(self, cond: object, what: str, timeout: float = 20) -> None:
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            if cond():  # type: ignore[operator]
                return
            time.sleep(0.1)
        raise SystemExit(f"timed out waiting for {what}")

    def key(self, *keys: str, pause: float = 0.25) -> None:
        for k in keys:
            self.run("xdotool", "key", "--clearmodifiers", k)
            time.sleep(pause)

    def shot(self, path: Path) -> None:
        self.run(IMPORT, "-window", "root", str(path))
        print("wrote", path)

    def stop(self) -> None:
        for p in reversed(self.procs):
            p.terminate()
            try:
                p.wait(5)
            except subprocess.TimeoutExpired:
                p.kill()


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("out", type=Path)
    ap.add_argument("--size", default="1280x800")
    ap.add_argument("--theme", default="light", choices=("light", "dark"))
    ap.add_argument("--language", default="en")
    ap.add_argument("--mat", action="store_true", help="press F: full screen (mat mode)")
    ap.add_argument("--display", type=int, default=50)
    ap.add_argument("--prefix", default="")
    ap.add_argument("--phases", default="", help="comma-separated subset")
    args = ap.parse_args()
    if not shutil.which("Xvfb") or not shutil.which("openbox"):
        raise SystemExit("needs Xvfb and openbox")
    args.out.mkdir(parents=True, exist_ok=True)
    prefix = args.prefix or f"{args.size}-{args.theme}-{args.language}" + (
        "-mat" if args.mat else ""
    )
    wanted = set(filter(None, args.phases.split(",")))
    data = Path(tempfile.mkdtemp(prefix="bt-shots-"))
    ini = data / "backtimer.ini"
    ini.write_text(
        "[safety]\naccepted=true\n[player]\nask_pain=false\n"
        f"[ui]\ntheme={args.theme}\nlanguage={args.language}\n"
    )
    tour = data / "tour.backtimer.json"
    tour.write_text(json.dumps(routine_to_json(TOUR)))
    backtimer = str(BIN / "backtimer")
    subprocess.run(
        [backtimer, "--data-dir", str(data), "routines", "import", str(tour)], check=True
    )
    s = Session(args.display, args.size)
    app = None
    try:
        app = subprocess.Popen(
            [backtimer, "--data-dir", str(data), "--routine", "Screenshot tour"], env=s.env
        )
        s.procs.append(app)
        s.wait(
            lambda: s.run(
                "xdotool", "search", "--onlyvisible", "--name", "BackTimer"
            ).stdout.strip(),
            "window",
        )
        win = s.run("xdotool", "search", "--onlyvisible", "--name", "BackTimer").stdout.split()[0]
        w, h = args.size.split("x")
        s.run("xdotool", "windowactivate", "--sync", win)
        s.run("xdotool", "windowmove", win, "0", "0")
        s.run("xdotool", "windowsize", win, w, h)
        time.sleep(1.0)
        s.run("xdotool", "mousemove", w, h)  # the pointer out of the way of tooltips
        if args.mat:
            s.key("f", pause=1.0)

        def title() -> str:
            return s.run("xdotool", "getwindowname", win).stdout.strip()

        def shot(name: str, settle: float = 0.6) -> None:
            if wanted and name not in wanted:
                return
            time.sleep(settle)
            s.shot(args.out / f"{prefix}-{name}.png")

        shot("ready")
        s.key("space")
        shot("get-ready", 1.0)
        s.key("Right")  # into the paced repetitions
        shot("paced-reps", 4.0)
        before = title()
        s.wait(lambda: title() != before, "the warm-up to end by itself")
        shot("rest", 1.0)  # the rest before the next exercise
        s.key("Right")  # left side
        shot("work", 1.5)
        s.key("Right")  # switch sides
        shot("switch-sides", 1.0)
        s.key("Right", "Right")  # right side, then the first hold
        shot("hold", 1.5)
        s.key("space")
        shot("paused", 0.5)
        s.key("space")
        s.key("Right", "Right", "Right")  # rest between holds, hold 2, then superman
        shot("self-paced", 1.5)
        s.key("Return")  # done: finished, the summary opens
        shot("summary", 1.5)
        s.key("Escape")
        shot("finished", 1.0)
        s.key("space")  # start again
        s.key("Right")
        time.sleep(2.0)
        s.key("h")  # it hurts: the question opens
        shot("hurt", 1.5)
        s.key("Return")  # the question's default: skip the exercise
        time.sleep(1.0)
        s.key("Escape")  # stop: asks first ("No" has the focus)
        time.sleep(1.0)
        s.key("shift+Tab", "space")  # "Yes"
        shot("stopped-summary", 1.5)
        s.key("Escape")  # close the summary
        shot("stopped", 1.0)
    finally:
        if app is not None and app.poll() is None:
            app.terminate()
            try:
                app.wait(10)
            except subprocess.TimeoutExpired:
                app.kill()
        s.stop()
        shutil.rmtree(data, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
