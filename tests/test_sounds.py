"""The committed cue sounds are exactly what tools/make_sounds.py makes, and are usable."""

from __future__ import annotations

import math
import struct
import subprocess
import sys
import wave
from pathlib import Path

import pytest

from backtimer.paths import resource_dir

REPO = Path(__file__).resolve().parent.parent
SCRIPT = REPO / "tools" / "make_sounds.py"
COMMITTED = resource_dir() / "sounds"
NAMES = ("tick", "start", "rest", "switch", "finish", "rep")


@pytest.fixture(scope="module")
def fresh(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("sounds")
    subprocess.run(
        [sys.executable, str(SCRIPT), "--out", str(out)], check=True, capture_output=True
    )
    return out


def samples(path: Path) -> tuple[wave._wave_params, list[int]]:
    with wave.open(str(path), "rb") as w:
        params = w.getparams()
        frames = w.readframes(params.nframes)
    return params, list(struct.unpack(f"<{len(frames) // 2}h", frames))


def test_the_script_reproduces_the_committed_files(fresh: Path) -> None:
    assert sorted(p.name for p in fresh.iterdir()) == sorted(f"{n}.wav" for n in NAMES)
    for name in NAMES:
        assert (fresh / f"{name}.wav").read_bytes() == (COMMITTED / f"{name}.wav").read_bytes(), (
            name
        )


@pytest.mark.parametrize("name", NAMES)
def test_sound_is_short_small_mono_16_bit_and_not_silent(name: str) -> None:
    path = COMMITTED / f"{name}.wav"
    params, pcm = samples(path)
    assert (params.nchannels, params.sampwidth) == (1, 2)
    assert params.framerate in (22_050, 44_100)
    seconds = params.nframes / params.framerate
    limit = 1.3 if name == "finish" else 0.6
    assert 0.03 < seconds < limit
    assert path.stat().st_size < 60_000
    peak = max(abs(s) for s in pcm)
    rms = math.sqrt(sum(s * s for s in pcm) / len(pcm))
    assert peak > 0.3 * 32767  # clearly audible
    assert peak < 32767  # and not clipped
    assert rms > 0.02 * 32767


@pytest.mark.parametrize("name", NAMES)
def test_sound_fades_in_and_out(name: str) -> None:
    params, pcm = samples(COMMITTED / f"{name}.wav")
    peak = max(abs(s) for s in pcm)
    ms = params.framerate // 1000
    assert pcm[0] == 0 and abs(pcm[-1]) <= 1
    # The first and last millisecond stay well below the peak: no click at either end.
    assert max(abs(s) for s in pcm[:ms]) < 0.25 * peak
    assert max(abs(s) for s in pcm[-ms:]) < 0.25 * peak


def test_the_rep_click_is_quieter_than_the_tick() -> None:
    _, rep = samples(COMMITTED / "rep.wav")
    _, tick = samples(COMMITTED / "tick.wav")
    assert max(map(abs, rep)) < max(map(abs, tick))
