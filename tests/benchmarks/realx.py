"""Helpers for the benchmarks that run BackTimer as a real process in a real X server.

- :func:`x_display`: an Xvfb screen (xcb, not the offscreen platform), optionally with
  the openbox window manager (needed for full screen and keyboard focus).
- :func:`cpu_seconds` / :func:`rss_mb` / :func:`rss_by_mapping`: what ``/proc/PID/stat``,
  ``/proc/PID/status`` and ``/proc/PID/smaps`` say about a process (utime + stime;
  resident set; resident set per mapped file).
- :func:`data_dir`: a data directory whose settings accept the safety rules and turn the
  pain check-in off, so a routine started with ``--start`` runs unattended.
- :func:`app_command` / :func:`python_command`: how to start the installed app and a
  yardstick script.

Set ``BACKTIMER_BENCH_DISPLAYS=80-89`` to choose the X display numbers tried.
"""

from __future__ import annotations

import compileall
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from tests.helpers.waiting import wait_for

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
CLK_TCK = os.sysconf("SC_CLK_TCK")


def _display_numbers() -> range:
    first, _, last = os.environ.get("BACKTIMER_BENCH_DISPLAYS", "50-99").partition("-")
    return range(int(first), int(last or first) + 1)


@contextmanager
def x_display(width: int, height: int, *, window_manager: bool = False) -> Iterator[dict[str, str]]:
    """An Xvfb screen; yields the environment for clients (DISPLAY, QT_QPA_PLATFORM=xcb)."""
    if not (shutil.which("Xvfb") and shutil.which("xdotool")):
        pytest.skip("needs Xvfb and xdotool (./dev bench installs them)")
    if window_manager and not shutil.which("openbox"):
        pytest.skip("needs openbox (./dev bench installs it)")
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY")}
    env["QT_QPA_PLATFORM"] = "xcb"
    for n in _display_numbers():
        if Path(f"/tmp/.X{n}-lock").exists():
            continue
        screen = f"{width}x{height}x24"
        xvfb = subprocess.Popen(
            # -noreset: else the server resets when its last client leaves (the probe
            # below), and a client that connects just then (openbox) fails to open it.
            ["Xvfb", f":{n}", "-screen", "0", screen, "-nolisten", "tcp", "-noreset"],
            stderr=subprocess.DEVNULL,
        )
        env["DISPLAY"] = f":{n}"

        def up(xvfb: subprocess.Popen[bytes] = xvfb) -> bool:
            if xvfb.poll() is not None:
                return True
            probe = subprocess.run(
                ["xdotool", "getdisplaygeometry"], env=env, capture_output=True, check=False
            )
            return probe.returncode == 0

        wait_for(up, 10, f"Xvfb on :{n}")
        if xvfb.poll() is None:
            break
    else:
        pytest.fail(f"no free X display number in {_display_numbers()}")
    wm = None
    try:
        if window_manager:
            wm = subprocess.Popen(
                ["openbox", "--sm-disable"],
                env=env,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            wait_for(lambda: _has_wm(env), 60, "openbox")
        yield env
    finally:
        for proc in (wm, xvfb):
            if proc is not None:
                proc.terminate()
                proc.wait(10)


def _has_wm(env: dict[str, str]) -> bool:
    out = subprocess.run(
        ["xprop", "-root", "_NET_SUPPORTING_WM_CHECK"],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    return "window id" in out.stdout


def xdo(env: dict[str, str], *args: str) -> str:
    out = subprocess.run(["xdotool", *args], env=env, capture_output=True, text=True, check=False)
    return out.stdout.strip()


def find_window(env: dict[str, str], name: str, timeout: float = 30) -> str:
    found = wait_for(lambda: xdo(env, "search", "--onlyvisible", "--name", name), timeout, name)
    return str(found).split()[0]


def cpu_seconds(pid: int) -> float:
    """utime + stime of a process, in seconds (fields 14 and 15 of /proc/PID/stat)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / CLK_TCK


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise ValueError(f"no VmRSS for {pid}")


def rss_by_mapping(pid: int) -> dict[str, float]:
    """Resident MB per mapped file (``[heap]``, ``[anon]`` for anonymous memory), summed
    over the ``Rss`` lines of ``/proc/PID/smaps``."""
    sizes: dict[str, float] = {}
    name = "[anon]"
    for line in Path(f"/proc/{pid}/smaps").read_text().splitlines():
        head = line.split(None, 5)
        if head and "-" in head[0] and not head[0].endswith(":"):
            name = head[5] if len(head) > 5 else "[anon]"
        elif head and head[0] == "Rss:":
            sizes[name] = sizes.get(name, 0.0) + int(head[1]) / 1024
    return sizes


def compile_bytecode() -> None:
    """Byte-compile BackTimer as an installed wheel would be, so that neither side pays
    for compiling source (``PYTHONDONTWRITEBYTECODE`` may be set in a developer's shell)."""
    compileall.compile_dir(str(ROOT / "backtimer"), quiet=1)


def app_command() -> list[str]:
    script = Path(sys.executable).with_name("backtimer")
    return [str(script)] if script.exists() else [sys.executable, "-m", "backtimer"]


def python_command(script: str, *args: str) -> list[str]:
    return [sys.executable, str(HERE / script), *args]


def data_dir(folder: Path, routine: dict[str, Any] | None = None) -> Path:
    """A data directory that runs a started routine unattended (no pain check-in, safety
    rules accepted), with ``routine`` imported as a custom routine."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "backtimer.ini").write_text(
        "[safety]\naccepted=true\n[player]\nask_pain=false\n", encoding="utf-8"
    )
    if routine is not None:
        path = folder / "bench.backtimer.json"
        path.write_text(
            json.dumps({"format": "backtimer-routine", "version": 1, "routine": routine}),
            encoding="utf-8",
        )
        env = {**os.environ, "BACKTIMER_DATA_DIR": str(folder)}
        subprocess.run(
            [*app_command(), "routines", "import", str(path)],
            env=env,
            check=True,
            capture_output=True,
        )
    return folder
