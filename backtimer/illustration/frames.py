"""The rendered exercise illustrations: which frame shows a given moment. No Qt here.

``tools/illustrations`` renders each built-in exercise's key poses and in-between frames
into ``resources/illustrations/<id>/NN.png`` and describes them in
``resources/illustrations/manifest.json``:

- ``frames``: how many there are (``00.png`` is the start pose);
- ``cycle``: the frame at each even step of one repetition (or of one calm loop);
- ``hold``: the frames from the start pose into the held pose;
- ``settle``: a hold by nature (a plank): timed work eases in along ``hold`` and then
  plays ``cycle`` (often just the held frame).

:func:`frame_for` maps a :class:`~backtimer.core.motion.Motion` to a frame number. One-sided
exercises are drawn working on the left; the right side is the mirror image
(:func:`mirrored`).
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from backtimer.core.model import Side
from backtimer.core.motion import Motion, Phase

log = logging.getLogger(__name__)

MANIFEST = "manifest.json"


@dataclass(frozen=True, slots=True)
class Clip:
    exercise_id: str
    folder: Path
    frames: int
    cycle: tuple[int, ...]
    hold: tuple[int, ...]
    settle: bool = False

    def path(self, frame: int) -> Path:
        return self.folder / f"{frame:02d}.png"


def _index(path: tuple[int, ...], x: float) -> int:
    """The frame at fraction ``x`` (0..1) along ``path``."""
    x = min(1.0, max(0.0, x))
    return path[min(len(path) - 1, round(x * (len(path) - 1)))]


def frame_for(clip: Clip, motion: Motion) -> int:
    """The frame that shows ``motion``."""
    if motion.phase is Phase.STILL:
        return clip.hold[0]
    if motion.phase is Phase.HOLD or (clip.settle and motion.into < 1.0):
        return _index(clip.hold, motion.into)
    t = motion.t % 1.0
    return clip.cycle[min(len(clip.cycle) - 1, int(t * len(clip.cycle)))]


def mirrored(side: Side | None) -> bool:
    """Whether to show the mirror image: the pictures show the left side working."""
    return side is Side.RIGHT


def _clip(exercise_id: str, folder: Path, entry: dict[str, object]) -> Clip | None:
    try:
        frames = int(entry["frames"])  # type: ignore[call-overload]
        cycle = tuple(int(i) for i in entry["cycle"])  # type: ignore[attr-defined]
        hold = tuple(int(i) for i in entry["hold"])  # type: ignore[attr-defined]
        settle = bool(entry.get("settle", False))
    except (KeyError, TypeError, ValueError):
        log.warning("illustration manifest: bad entry for %s", exercise_id)
        return None
    if not cycle or not hold or not all(0 <= i < frames for i in cycle + hold):
        log.warning("illustration manifest: frame numbers out of range for %s", exercise_id)
        return None
    return Clip(exercise_id, folder / exercise_id, frames, cycle, hold, settle)


def load_manifest(folder: Path) -> dict[str, Clip]:
    """Every clip the manifest in ``folder`` describes (empty if there is none)."""
    try:
        data = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
        entries = data["exercises"]
    except (OSError, ValueError, KeyError, TypeError) as exc:
        log.warning("no exercise illustrations: %s", exc)
        return {}
    clips = {}
    for exercise_id, entry in entries.items():
        clip = _clip(exercise_id, folder, entry)
        if clip is not None:
            clips[exercise_id] = clip
    return clips


@cache
def _bundled() -> dict[str, Clip]:
    from backtimer.paths import resource_dir

    return load_manifest(resource_dir() / "illustrations")


def clip(exercise_id: str | None) -> Clip | None:
    """The built-in exercise's clip (the manifest is read the first time it is asked for)."""
    if not exercise_id:
        return None
    return _bundled().get(exercise_id)
