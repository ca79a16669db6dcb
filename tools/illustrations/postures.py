"""Postures, settling on the floor, props and rhythms shared by the exercises.

A *settle* function takes a key pose to where the body rests (on the floor, on its feet);
a *props* function adds what the hands hold, for one pose; a *scenery* function adds what
stays put (the mat, a floor tile) for all the key poses.
"""

from __future__ import annotations

import numpy as np

from . import rig, scene
from .plan import Pose
from .render import Mesh

# --- postures ------------------------------------------------------------------------
PRONE: Pose = {"body_pitch": 90, "ankle_flex_LR": 65, "neck_flex": -6, "head_flex": -4}
SUPINE: Pose = {"body_pitch": -90, "ankle_flex_LR": 20}
HOOK: Pose = {**SUPINE, "hip_flex_LR": 55, "knee_flex_LR": 100}
OVERHEAD: Pose = {"shoulder_flex_LR": 172, "shoulder_hadd_LR": 4}
BY_SIDES: Pose = {"shoulder_abd_LR": 4, "forearm_pron_LR": 0}


def prone(**kw: float) -> Pose:
    return {**PRONE, **kw}


def lifted(chest: float = 0.0, legs: float = 0.0, **kw: float) -> Pose:
    """Face down, the chest raised ``chest`` degrees and the legs ``legs`` degrees."""
    return prone(
        lumbar_flex=-0.55 * chest,
        thoracic_flex=-0.45 * chest,
        neck_flex=-6 - 0.25 * chest,
        hip_flex_LR=-legs,
        **kw,
    )


# --- settling on the floor -----------------------------------------------------------


def lying(body: rig.Body, pose: Pose) -> Pose:
    return rig.on_floor(body, pose)


def foot_level(body: rig.Body, pose: Pose, side: str) -> Pose:
    def err(p: Pose) -> float:
        return rig.lowest(body, p, f"heel_{side}") - rig.lowest(body, p, f"toes_{side}")

    return rig.solve(pose, f"ankle_flex_{side}", -45.0, 70.0, err)


def hook(sides: str = "LR", trunk: tuple[str, ...] = ("pelvis", "chest", "head")):  # type: ignore[no-untyped-def]
    """Lying on the back with the knees bent and the feet of ``sides`` flat on the floor
    (as low as the lowest of the ``trunk`` parts)."""

    def settle(body: rig.Body, pose: Pose) -> Pose:
        ids = np.concatenate([rig.parts(body)[t] for t in trunk])
        p = dict(pose)
        for _ in range(2):
            for s in sides:
                p = foot_level(body, p, s)

                def err(q: Pose, s: str = s) -> float:
                    return rig.lowest(body, q, f"foot_{s}") - rig.lowest(body, q, ids)

                p = rig.solve(p, f"knee_flex_{s}", 10.0, 150.0, err)
        return rig.on_floor(body, p)

    return settle


def fours(body: rig.Body, pose: Pose) -> Pose:
    """On hands and knees, thighs upright and arms under the shoulders: the pelvis tips
    (``body_pitch``, the hips following) until hands and knees touch the floor together."""
    spine = pose.get("lumbar_flex", 0.0) + pose.get("thoracic_flex", 0.0)

    def limbs(p: Pose) -> Pose:
        a = p["body_pitch"] + spine - p.get("_arm", 4.0)
        h = p["body_pitch"] - 2.0
        return {**p, "shoulder_flex_L": a, "shoulder_flex_R": a, "hip_flex_L": h, "hip_flex_R": h}

    def err(p: Pose) -> float:
        q = limbs(p)
        return rig.lowest(body, q, "hand") - rig.lowest(body, q, "knee")

    p = rig.solve(dict(pose), "body_pitch", 50.0, 130.0, err)
    return rig.on_floor(body, limbs(p))


def standing(body: rig.Body, pose: Pose) -> Pose:
    p = dict(pose)
    for _ in range(2):
        for s in "LR":
            p = foot_level(body, p, s)
    return rig.on_floor(body, p)


def stand(lean: float = 0.0, knees: float = 0.0, **kw: float) -> Pose:
    """Standing, hinged ``lean`` degrees forward at the hips with the knees bent ``knees``."""
    return {
        "body_pitch": lean,
        "hip_flex_LR": lean + knees * 0.55,
        "knee_flex_LR": knees,
        "ankle_flex_LR": -knees * 0.45,
        **kw,
    }


# --- props ---------------------------------------------------------------------------


def mat(body: rig.Body, keys: list[Pose], verts: list[np.ndarray]) -> list[Mesh]:
    allv = np.concatenate(verts)
    x0, x1 = allv[:, 0].min(), allv[:, 0].max()
    y0, y1 = allv[:, 1].min(), allv[:, 1].max()
    cx = (x0 + x1) / 2
    half = max(0.32, (x1 - x0) / 2 + 0.06)
    return [scene.mat(cx - half, cx + half, y0 - 0.12, y1 + 0.12)]


def floor_tile(body: rig.Body, keys: list[Pose], verts: list[np.ndarray]) -> list[Mesh]:
    feet = np.concatenate([v[rig.parts(body)["foot"]] for v in verts])
    cx, cy = feet[:, 0].mean(), feet[:, 1].mean()
    return [scene.mat(cx - 0.5, cx + 0.5, cy - 0.45, cy + 0.45)]


def _hands(body: rig.Body, verts: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    p = rig.parts(body)
    return verts[p["hand_L"]].mean(axis=0), verts[p["hand_R"]].mean(axis=0)


def barbell(body: rig.Body, pose: Pose, verts: np.ndarray) -> list[Mesh]:
    left, right = _hands(body, verts)
    mid = (left + right) / 2
    return scene.barbell((0.0, mid[1], mid[2]), half=0.55)


def towel(body: rig.Body, pose: Pose, verts: np.ndarray) -> list[Mesh]:
    left, right = _hands(body, verts)
    return [scene.towel(left, right)]


ANCHOR = np.array([1.0, -0.2, 1.22])


def band(body: rig.Body, pose: Pose, verts: np.ndarray) -> list[Mesh]:
    left, right = _hands(body, verts)
    return scene.band(ANCHOR, (left + right) / 2)


# --- rhythms ---------------------------------------------------------------------------
REP = [(1, 0.4), (1, 0.12), (0, 0.4), (0, 0.08)]  # rise, pause, lower, rest: one rep
HOLD = [(1, 0.5), (0, 0.5)]
