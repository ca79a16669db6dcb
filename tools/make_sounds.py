"""Synthesise BackTimer's cue sounds into ``resources/sounds`` (standard library only).

    python tools/make_sounds.py [--out DIR]

Every sound is 16-bit mono PCM at 22,050 Hz, built from sine partials under an
exponential decay, with a short raised-cosine fade in and fade out so it does not click.
The output is deterministic: the same bytes on every run (no randomness, no time stamps;
``wave`` writes a fixed header). ``tests/test_sounds.py`` re-runs this script and
compares its output with the committed files byte for byte.

Sounds (the player maps engine cues onto these names):

* ``tick``   3-2-1 countdown: a short, bright wood-block tick.
* ``start``  work or hold starts: a rising two-partial tone.
* ``rest``   a rest starts: a soft, falling low tone.
* ``switch`` switch sides: two notes, low then high.
* ``finish`` routine finished: a four-note bell chime (about 1.2 s).
* ``rep``    a paced repetition: a soft, very short click, quieter than the tick.
"""

from __future__ import annotations

import argparse
import math
import struct
import wave
from collections.abc import Callable, Sequence
from pathlib import Path

RATE = 22_050  # Hz; half of CD rate keeps the 1.2 s chime under 60 KB
FADE_IN = 0.004  # seconds
FADE_OUT = 0.012  # seconds
PEAK = 0.8  # fraction of full scale the loudest sound reaches

REPO = Path(__file__).resolve().parent.parent
DEFAULT_OUT = REPO / "resources" / "sounds"

# A partial: (start s, frequency Hz, relative amplitude, decay time constant s, length s).
Partial = tuple[float, float, float, float, float]


def _n(seconds: float) -> int:
    return round(seconds * RATE)


def _render(length: float, partials: Sequence[Partial], gain: float) -> list[float]:
    """Sum decaying sine partials into ``length`` seconds of float samples, peak == gain."""
    out = [0.0] * _n(length)
    for start, freq, amp, tau, dur in partials:
        first = _n(start)
        count = min(_n(dur), len(out) - first)
        step = 2.0 * math.pi * freq / RATE
        attack = _n(0.002)  # each partial rises over 2 ms so notes inside a sound don't click
        for i in range(count):
            env = amp * math.exp(-i / (tau * RATE))
            if i < attack:
                env *= i / attack
            out[first + i] += env * math.sin(step * i)
    peak = max(abs(s) for s in out) or 1.0
    return [s * gain / peak for s in out]


def _fade(samples: list[float]) -> list[float]:
    """Raised-cosine fade in and out: the first and last samples are exactly zero."""
    n_in, n_out = _n(FADE_IN), _n(FADE_OUT)
    out = list(samples)
    for i in range(n_in):
        out[i] *= 0.5 - 0.5 * math.cos(math.pi * i / n_in)
    last = len(out) - 1
    for i in range(n_out):
        out[last - i] *= 0.5 - 0.5 * math.cos(math.pi * i / n_out)
    return out


def _pcm16(samples: Sequence[float]) -> bytes:
    clipped = (max(-1.0, min(1.0, s)) for s in samples)
    ints = [round(s * 32767) for s in clipped]
    return struct.pack(f"<{len(ints)}h", *ints)


def tick() -> list[float]:
    return _render(0.09, [(0, 1568.0, 1.0, 0.018, 0.09), (0, 3136.0, 0.35, 0.008, 0.09)], PEAK)


def start() -> list[float]:
    return _render(
        0.38,
        [
            (0.0, 784.0, 0.7, 0.09, 0.12),  # G5
            (0.10, 1046.5, 1.0, 0.12, 0.28),  # C6
            (0.10, 2093.0, 0.2, 0.05, 0.28),
        ],
        PEAK,
    )


def rest() -> list[float]:
    return _render(
        0.50,
        [
            (0.0, 523.25, 1.0, 0.12, 0.22),  # C5
            (0.16, 392.0, 1.0, 0.16, 0.34),  # G4
        ],
        PEAK * 0.75,
    )


def switch() -> list[float]:
    return _render(
        0.42,
        [
            (0.0, 659.25, 1.0, 0.07, 0.17),  # E5
            (0.0, 1318.5, 0.25, 0.03, 0.17),
            (0.19, 987.77, 1.0, 0.08, 0.23),  # B5
            (0.19, 1975.5, 0.25, 0.03, 0.23),
        ],
        PEAK,
    )


def finish() -> list[float]:
    notes = (523.25, 659.25, 783.99, 1046.5)  # C5 E5 G5 C6
    partials: list[Partial] = []
    for k, f in enumerate(notes):
        at = 0.12 * k
        rest_of = 1.2 - at
        partials.append((at, f, 1.0, 0.35, rest_of))
        partials.append((at, f * 2.76, 0.18, 0.08, rest_of))  # bell-like inharmonic partial
    return _render(1.2, partials, PEAK)


def rep() -> list[float]:
    return _render(0.05, [(0, 1200.0, 1.0, 0.010, 0.05)], PEAK * 0.45)


SOUNDS: dict[str, Callable[[], list[float]]] = {
    "tick": tick,
    "start": start,
    "rest": rest,
    "switch": switch,
    "finish": finish,
    "rep": rep,
}


def write_wav(path: Path, samples: Sequence[float]) -> None:
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(RATE)
        w.writeframes(_pcm16(samples))


def write_all(out_dir: Path) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for name, make in SOUNDS.items():
        path = out_dir / f"{name}.wav"
        write_wav(path, _fade(make()))
        written.append(path)
    return written


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output folder")
    args = parser.parse_args(argv)
    for path in write_all(args.out):
        print(f"{path}  {path.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
