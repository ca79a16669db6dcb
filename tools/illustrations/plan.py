"""From an exercise's key poses to the frames to render and the timing the player uses.

An :class:`Exercise` has 2-4 key poses (``keys[0]`` is the start pose), a ``timeline`` (one
repetition as a closed loop: ``(key, share)`` means "reach this key, taking this share of
the repetition"; the same key twice is a pause), the key a hold eases into, a camera and
props. :func:`plan` interpolates the in-between poses, fixes the camera so nothing moves
out of the picture, and writes down which frame shows each moment:

- ``cycle``: the frames of one repetition at even steps of time (the player picks
  ``cycle[int(t * len(cycle))]`` for a position ``t`` in the repetition);
- ``hold``: the frames from the start pose into the held pose (by how far in);
- ``settle``: a hold by nature (a plank): timed work eases in along ``hold``, then plays
  ``cycle`` (which may be the held frame alone).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np

from . import rig
from .render import Camera, Mesh

Pose = dict[str, float]
Settle = Callable[[rig.Body, Pose], Pose]
Props = Callable[[rig.Body, Pose, np.ndarray], list[Mesh]]

STEPS = 9  # a move from one key to the next: STEPS + 1 frames, both keys included
CYCLE_SAMPLES = 48


@dataclass
class Exercise:
    id: str
    keys: list[Pose]
    timeline: list[tuple[int, float]]
    hold: int = 1
    camera: tuple[float, float] = (12.0, 12.0)  # azimuth, elevation
    settle: Settle | None = None  # puts a (key or in-between) pose on the floor
    props: Props | None = None  # props that follow the body (barbell, towel, band)
    scenery: Callable[[rig.Body, list[Pose], list[np.ndarray]], list[Mesh]] | None = None
    held: bool = False
    cycle_keys: list[tuple[int, float]] | None = None  # the loop after settling (held)
    note: str = ""  # what the pictures show, for docs/illustrations.md
    steps: int = STEPS
    linear: bool = False  # even speed between keys (circles), not eased


@dataclass
class Plan:
    exercise: Exercise
    poses: list[Pose]  # one a frame
    key_frames: list[int]  # the frame of each key
    cycle: list[int]
    hold: list[int]
    camera: Camera
    scenery: list[Mesh] = field(default_factory=list)


def blend(a: Pose, b: Pose, f: float) -> Pose:
    names = set(a) | set(b)
    return {n: a.get(n, 0.0) * (1 - f) + b.get(n, 0.0) * f for n in names}


def smooth(f: float) -> float:
    return f * f * (3 - 2 * f)


def plan(
    ex: Exercise, body: rig.Body, width: int = 600, height: int = 400, steps: int | None = None
) -> Plan:
    steps = steps or ex.steps
    settle = ex.settle or (lambda b, p: rig.on_floor(b, p))
    raw = [rig.expand(k) for k in ex.keys]
    keys = [settle(body, dict(k)) for k in raw]
    poses: list[Pose] = list(keys)
    key_frames = list(range(len(keys)))
    moves: dict[tuple[int, int], list[int]] = {}

    def move(a: int, b: int) -> list[int]:
        """Frames from key a to key b, both ends included."""
        if a == b:
            return [key_frames[a]]
        if (b, a) in moves:
            return moves[(b, a)][::-1]
        if (a, b) not in moves:
            mids = []
            for i in range(1, steps):
                # between the settled keys (their solved angles blend smoothly), settled again
                poses.append(settle(body, blend(keys[a], keys[b], i / steps)))
                mids.append(len(poses) - 1)
            moves[(a, b)] = [key_frames[a], *mids, key_frames[b]]
        return moves[(a, b)]

    def sample(timeline: list[tuple[int, float]]) -> list[int]:
        """The frame at each of CYCLE_SAMPLES even steps through a closed timeline."""
        total = sum(share for _, share in timeline)
        out = []
        for i in range(CYCLE_SAMPLES):
            t = i / CYCLE_SAMPLES * total
            prev = timeline[-1][0]
            for key, share in timeline:
                if t < share:
                    path = move(prev, key)
                    f = t / share
                    g = f if ex.linear else smooth(f)
                    out.append(path[round(g * (len(path) - 1))])
                    break
                t -= share
                prev = key
            else:
                out.append(key_frames[timeline[-1][0]])
        return out

    cycle = sample(ex.timeline)
    hold = move(0, ex.hold)
    if ex.held:
        cycle = sample(ex.cycle_keys) if ex.cycle_keys else [key_frames[ex.hold]]
    verts = [rig.pose_body(body, p) for p in poses]
    scenery = ex.scenery(body, keys, verts[: len(keys)]) if ex.scenery else []
    camera = fit(ex, body, poses, verts, scenery, width, height)
    return Plan(ex, poses, key_frames, cycle, hold, camera, scenery)


def fit(
    ex: Exercise,
    body: rig.Body,
    poses: list[Pose],
    verts: list[np.ndarray],
    scenery: list[Mesh],
    width: int,
    height: int,
) -> Camera:
    """The camera that keeps every frame (body and props) inside the picture."""
    cam = Camera(ex.camera[0], ex.camera[1], (0.0, 0.0, 0.0), 1.0, width, height)
    pts = [v for v in verts]
    pts += [m.verts for m in scenery]
    if ex.props:
        for p, v in zip(poses, verts, strict=True):
            pts += [m.verts for m in ex.props(body, p, v)]
    allp = np.concatenate(pts)
    q = cam.project(allp, 1)
    x0, x1 = q[:, 0].min(), q[:, 0].max()
    y0, y1 = q[:, 1].min(), q[:, 1].max()
    margin = 0.06
    scale = min(width * (1 - 2 * margin) / (x1 - x0), height * (1 - 2 * margin) / (y1 - y0))
    # the point at the middle of the box, back in world space at depth 0
    right, up, _ = cam.axes()
    mid = right * (x0 + x1) / 2 / 1.0 - up * 0.0
    cx = (x0 + x1) / 2 - width / 2
    cy = (y0 + y1) / 2 - height / 2
    centre = right * cx - up * cy
    del mid
    return Camera(ex.camera[0], ex.camera[1], tuple(centre), scale, width, height)
