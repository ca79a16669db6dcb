"""Sound made testable: a PulseAudio daemon of its own whose default output is a null
sink, and a recording of what is played into it (its monitor source).

- :func:`null_sink`: the daemon (in a private runtime folder under ``folder``); yields the
  environment for its clients. Skips when pulseaudio, pactl or parec is missing (./dev
  installs them).
- :func:`recording`: ``parec`` records the sink's monitor into a file while the block
  runs; the block starts once the recorder is connected.
- :func:`loud_samples`: how many 16-bit samples of a recording are clearly not silence.
"""

from __future__ import annotations

import array
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from backtimer.paths import resource_dir
from tests.helpers.waiting import wait_for

SINK = "bt_null"


def loud_samples(raw: bytes) -> int:
    samples = array.array("h")
    samples.frombytes(raw[: len(raw) // 2 * 2])
    return sum(1 for x in samples if abs(x) > 1000)


def _pactl(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["pactl", *args], env=env, capture_output=True, text=True, check=False)


@contextmanager
def null_sink(folder: Path) -> Iterator[dict[str, str]]:
    """A PulseAudio daemon of its own with a null sink as the default output."""
    for tool in ("pulseaudio", "pactl", "parec"):
        if shutil.which(tool) is None:
            pytest.skip(f"{tool} is not installed (./dev installs pulseaudio, pulseaudio-utils)")
    runtime = folder / "run"
    runtime.mkdir(mode=0o700)
    skip = ("PYTHONPATH", "PYTHONHOME", "PULSE_SERVER")
    env = {k: v for k, v in os.environ.items() if k not in skip}
    env.update(XDG_RUNTIME_DIR=str(runtime), HOME=str(folder))
    daemon = subprocess.Popen(
        ["pulseaudio", "--daemonize=no", "--exit-idle-time=-1", "-n",
         "--load=module-native-protocol-unix", f"--load=module-null-sink sink_name={SINK}"],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        wait_for(
            lambda: daemon.poll() is not None or _pactl(env, "info").returncode == 0,
            20,
            "PulseAudio",
        )
        assert daemon.poll() is None, "PulseAudio exited"
        assert _pactl(env, "set-default-sink", SINK).returncode == 0
        yield env
    finally:
        daemon.terminate()
        daemon.wait(timeout=20)


@contextmanager
def recording(env: dict[str, str], path: Path) -> Iterator[Path]:
    """Record the null sink's monitor (mono, 44.1 kHz, 16 bit) into ``path``."""
    with path.open("wb") as out:
        parec = subprocess.Popen(
            ["parec", "-d", f"{SINK}.monitor", "--format=s16le", "--rate=44100",
             "--channels=1", "--raw"], env=env, stdout=out,
        )  # fmt: skip
        try:
            wait_for(
                lambda: (
                    parec.poll() is not None
                    or "parec" in _pactl(env, "list", "source-outputs").stdout
                ),
                20,
                "the recorder",
            )
            assert parec.poll() is None, "parec exited"
            yield path
        finally:
            parec.terminate()
            parec.wait(timeout=10)


def run_sound_script(script: str, env: dict[str, str], *args: str) -> dict[str, object]:
    """Run ``script`` in a fresh Python with the sounds folder as its first argument; its
    last line of output is JSON, returned with what it logged (``"log"``)."""
    out = subprocess.run(
        [sys.executable, "-c", script, str(resource_dir() / "sounds"), *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    result: dict[str, object] = json.loads(out.stdout.strip().splitlines()[-1])
    result["log"] = out.stderr
    return result
