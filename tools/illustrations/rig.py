"""The body, posed with named anatomical joints and skinned (linear blend).

Coordinates are Blender's: metres, +x the body's left, -y its front, +z up; the floor is
``z = 0``. A pose is a dict of joint angles in degrees. Names end in ``_L``, ``_R`` or
``_LR`` (both sides the same); a positive angle is the anatomical direction, and the right
side is mirrored automatically, so ``hip_flex_R: 90`` lifts the right thigh forward just
as ``hip_flex_L: 90`` lifts the left one.

Joints (positive direction):

- trunk, spread over its bones: ``lumbar_flex`` / ``thoracic_flex`` / ``neck_flex`` /
  ``head_flex`` (bend forward), ``..._bend`` (to the left), ``..._twist`` (turn to the left);
- ``hip_flex`` (thigh forward), ``hip_abd`` (out to the side), ``hip_rot`` (inward),
  ``knee_flex``, ``ankle_flex`` (toes pointed);
- ``shoulder_flex`` (arm forward and up), ``shoulder_abd`` (out to the side),
  ``shoulder_rot`` (inward), ``scapula_elev``, ``scapula_protract``, ``elbow_flex``,
  ``forearm_pron`` (palm turns back), ``wrist_flex`` (towards the palm);
- the whole body: ``body_pitch`` (tip forward; 90 lies face down, -90 on the back),
  ``body_roll`` (tip to its left), ``body_yaw`` (turn to its left), and ``x``/``y``/``z``
  offsets in metres.

:func:`pose_body` returns the skinned vertices; the small solvers in this module find the
one angle that puts a part of the body on the floor or level.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np

BODY = Path(__file__).resolve().parent / "body.npz"

Pose = Mapping[str, float]

# joint -> (bones sharing the angle, axis, sign for the left side)
_TRUNK = {
    "lumbar": ("spine05", "spine04", "spine03"),
    "thoracic": ("spine02", "spine01"),
    "neck": ("neck01", "neck02", "neck03"),
    "head": ("head",),
}
_SIDED = {
    "hip_flex": (("upperleg01",), 0, -1.0),
    "hip_abd": (("upperleg01",), 1, -1.0),
    "hip_rot": (("upperleg01",), 2, -1.0),
    "knee_flex": (("lowerleg01",), 0, 1.0),
    "ankle_flex": (("foot",), 0, 1.0),
    "shoulder_flex": (("upperarm01",), 0, -1.0),
    "shoulder_abd": (("upperarm01",), 1, -1.0),
    "shoulder_rot": (("upperarm01",), 2, -1.0),
    "shoulder_hadd": (("upperarm01",), 3, -1.0),
    "scapula_elev": (("clavicle",), 1, -1.0),
    "scapula_protract": (("clavicle",), 2, -1.0),
    "elbow_flex": (("lowerarm01",), 0, -1.0),
    "forearm_pron": (("lowerarm02",), 2, -1.0),
    "wrist_flex": (("wrist",), 1, 1.0),
}
# the order a bone's rotations apply in: about its long axis first, then flex, then out,
# then (slot 3, about the vertical) across the body
_ORDER = (1, 0, 2)  # matrix product order: R_y @ R_x @ R_z acts as z, then x, then y
ARM_HANG = 7.0  # degrees the rest pose's upper arms stay out from the vertical


def _rot(axis: int, degrees: float) -> np.ndarray:
    a = math.radians(degrees)
    c, s = math.cos(a), math.sin(a)
    if axis == 0:
        return np.array([[1, 0, 0], [0, c, -s], [0, s, c]])
    if axis == 1:
        return np.array([[c, 0, s], [0, 1, 0], [-s, 0, c]])
    return np.array([[c, -s, 0], [s, c, 0], [0, 0, 1]])


@dataclass(frozen=True, eq=False)
class Body:
    rest: np.ndarray  # (V, 3)
    tris: np.ndarray  # (T, 3)
    eye: np.ndarray  # (T,) bool: an eye's face
    bones: tuple[str, ...]
    heads: np.ndarray  # (B, 3)
    parents: np.ndarray  # (B,)
    bone_ids: np.ndarray  # (V, 4)
    bone_weights: np.ndarray  # (V, 4)
    cloth: np.ndarray  # (V,) 0 skin, 1 shirt, 2 shorts (as baked; see ``clothes``)
    clothes: np.ndarray | None = None  # (V, 2): > 0 inside the shirt, the shorts

    def index(self, bone: str) -> int:
        return self.bones.index(bone)

    def verts_of(self, *bones: str, weight: float = 0.5) -> np.ndarray:
        """Vertices that mostly follow one of ``bones``."""
        ids = [self.index(b) for b in bones]
        mask = np.isin(self.bone_ids[:, 0], ids) & (self.bone_weights[:, 0] >= weight)
        return np.flatnonzero(mask)


def _local_rotations(body: Body, pose: Pose) -> list[np.ndarray]:
    """Each bone's rotation about its head, in its parent's (rest-aligned) frame."""
    angles: dict[str, list[float]] = {b: [0.0, 0.0, 0.0, 0.0] for b in body.bones}
    for name, value in pose.items():
        if name in ("x", "y", "z", "belly_in") or name.startswith(("body_", "_")):
            continue
        part, _, kind = name.rpartition("_")
        if part in _TRUNK and kind in ("flex", "bend", "twist"):
            axis = {"flex": 0, "bend": 1, "twist": 2}[kind]
            bones = _TRUNK[part]
            for b in bones:
                angles[b][axis] += value / len(bones)
            continue
        joint, _, side = name.rpartition("_")
        if joint not in _SIDED or side not in ("L", "R", "LR"):
            raise KeyError(f"unknown joint {name!r}")
        bones, axis, sign = _SIDED[joint]
        for s in ("L", "R") if side == "LR" else (side,):
            mirror = -1.0 if (s == "R" and axis != 0) else 1.0  # mirror in x
            for b in bones:
                angles[f"{b}.{s}"][axis] += sign * mirror * value
    out = []
    for b in body.bones:
        r = _rot(2, angles[b][3]) if angles[b][3] else np.eye(3)  # across the body, last
        for axis in _ORDER:
            if angles[b][axis]:
                r = r @ _rot(axis, angles[b][axis])
        out.append(r)
    return out


def bone_transforms(body: Body, pose: Pose) -> tuple[np.ndarray, np.ndarray]:
    """World rotation (B, 3, 3) and translation (B, 3) of every bone."""
    local = _local_rotations(body, pose)
    root = (
        _rot(2, pose.get("body_yaw", 0.0))
        @ _rot(0, pose.get("body_pitch", 0.0))
        @ _rot(1, pose.get("body_roll", 0.0))
    )
    shift = np.array([pose.get("x", 0.0), pose.get("y", 0.0), pose.get("z", 0.0)])
    n = len(body.bones)
    rot = np.zeros((n, 3, 3))
    trans = np.zeros((n, 3))
    for i in range(n):
        h = body.heads[i]
        r_local = local[i]
        p = body.parents[i]
        if p < 0:
            r_local = root @ r_local
            rot[i] = r_local
            trans[i] = h - r_local @ h + shift
        else:
            rot[i] = rot[p] @ r_local
            trans[i] = rot[p] @ (h - r_local @ h) + trans[p]
    return rot, trans


def skin(
    body: Body, rot: np.ndarray, trans: np.ndarray, ids: np.ndarray | None = None
) -> np.ndarray:
    """Linear-blend skinning of the rest vertices (or of the vertices ``ids``)."""
    rest = body.rest if ids is None else body.rest[ids]
    bone_ids = body.bone_ids if ids is None else body.bone_ids[ids]
    weights = body.bone_weights if ids is None else body.bone_weights[ids]
    out = np.zeros_like(rest)
    for k in range(bone_ids.shape[1]):
        b = bone_ids[:, k]
        moved = np.einsum("vij,vj->vi", rot[b], rest) + trans[b]
        out += weights[:, k : k + 1] * moved
    return out


def pose_body(body: Body, pose: Pose, ids: np.ndarray | None = None) -> np.ndarray:
    rot, trans = bone_transforms(body, pose)
    belly = pose.get("belly_in", 0.0)
    if belly:
        body = _with_rest(body, body.rest + belly * _belly_offset(body))
    return skin(body, rot, trans, ids)


def expand(pose: Pose) -> dict[str, float]:
    """``name_LR`` split into ``name_L`` and ``name_R`` (added to any one-sided value)."""
    out: dict[str, float] = {}
    for name, value in pose.items():
        if name.endswith("_LR"):
            for s in "LR":
                key = name[:-2] + s
                out[key] = out.get(key, 0.0) + value
        else:
            out[name] = out.get(name, 0.0) + value
    return out


def _with_rest(body: Body, rest: np.ndarray) -> Body:
    return Body(**{**body.__dict__, "rest": rest})


@cache
def _belly_offset(body: Body) -> np.ndarray:
    """Drawing the navel in: the front of the belly moves back up to 3 cm."""
    r = body.rest
    h = {b: body.heads[body.index(b)] for b in ("spine05", "spine02", "spine04")}
    z0, z1, zc = h["spine05"][2] - 0.02, h["spine02"][2] - 0.02, h["spine04"][2] + 0.02
    along = np.clip(1 - np.abs(r[:, 2] - zc) / ((z1 - z0) / 2), 0, 1)
    front = np.clip((-r[:, 1] - 0.02) / 0.08, 0, 1) * (np.abs(r[:, 0]) < 0.16)
    arm = _weight_on(
        body, [f"{b}.{s}" for s in "LR" for b in ("lowerarm01", "lowerarm02", "wrist")]
    )
    off = np.zeros_like(r)
    off[:, 1] = 0.03 * along**1.5 * front * (arm < 0.2)
    return off


def joint(body: Body, pose: Pose, bone: str) -> np.ndarray:
    """Where a bone's head is in the pose."""
    rot, trans = bone_transforms(body, pose)
    i = body.index(bone)
    return np.asarray(rot[i] @ body.heads[i] + trans[i])


@cache
def load(path: Path = BODY) -> Body:
    """The baked body, its arms brought down from the A-pose into a new rest pose."""
    d = np.load(path)
    body = Body(
        rest=d["rest"].astype(np.float64),
        tris=d["tris"].astype(np.int64),
        eye=d["eye"],
        bones=tuple(str(b) for b in d["bones"]),
        heads=d["heads"].astype(np.float64),
        parents=d["parents"].astype(np.int64),
        bone_ids=d["bone_ids"].astype(np.int64),
        bone_weights=d["bone_weights"].astype(np.float64),
        cloth=d["cloth"],
    )
    rot2, trans2 = _arms_down(body)
    heads = np.einsum("bij,bj->bi", rot2, body.heads) + trans2
    rest = skin(body, rot2, trans2)
    down = Body(
        rest, body.tris, body.eye, body.bones, heads, body.parents, body.bone_ids,
        body.bone_weights, body.cloth,
    )  # fmt: skip
    return Body(**{**down.__dict__, "clothes": _clothes(down)})


def _weight_on(body: Body, bones: list[str]) -> np.ndarray:
    ids = [body.index(b) for b in bones]
    return (np.isin(body.bone_ids, ids) * body.bone_weights).sum(axis=1)


def _clothes(body: Body) -> np.ndarray:
    """Smooth fields for a short-sleeved shirt and mid-thigh shorts (rest pose, arms down)."""
    z = body.rest[:, 2]
    y = body.rest[:, 1]
    h = {b: body.heads[body.index(b)] for b in body.bones}
    waist = h["spine04"][2] - 0.005
    arm_bones = ("upperarm02", "lowerarm01", "lowerarm02", "wrist")
    leg_bones = ("upperleg02", "lowerleg01", "lowerleg02", "foot")
    arm = _weight_on(body, [f"{b}.{s}" for s in "LR" for b in arm_bones])
    leg = _weight_on(body, [f"{b}.{s}" for s in "LR" for b in leg_bones])
    x = body.rest[:, 0]
    radial = np.hypot(x, (y - h["neck01"][1]) * 1.25)  # the collar: a little oval, low in front
    neck = np.maximum(h["neck01"][2] - 0.03 - z, radial - 0.075)
    sleeve = h["upperarm01.L"][2] - 0.15
    torso = np.minimum(np.minimum(z - waist, neck), h["neck01"][2] + 0.01 - z)
    shirt = np.where(arm > 0.5, z - sleeve, torso)
    shirt = np.where(leg > 0.3, -1.0, shirt)
    hem = h["lowerleg01.L"][2] + 0.2
    shorts = np.where(leg > 0.5, z - hem, waist - z)
    shorts = np.where(arm > 0.3, -1.0, shorts)
    return np.stack([shirt, shorts], axis=1)


def _arms_down(body: Body) -> tuple[np.ndarray, np.ndarray]:
    """Bring the A-pose arms down to the sides: a little at the shoulder, most at the arm."""
    local = [np.eye(3) for _ in body.bones]
    for s, sign in (("L", 1.0), ("R", -1.0)):
        d = body.heads[body.index(f"lowerarm01.{s}")] - body.heads[body.index(f"upperarm01.{s}")]
        angle = math.degrees(math.atan2(abs(d[0]), -d[2])) - ARM_HANG
        local[body.index(f"shoulder01.{s}")] = _rot(1, sign * angle * 0.2)
        local[body.index(f"upperarm01.{s}")] = _rot(1, sign * angle * 0.8)
        # and straighten the elbow, which the A-pose bends forward
        fore = body.heads[body.index(f"wrist.{s}")] - body.heads[body.index(f"lowerarm01.{s}")]
        bend = math.degrees(math.atan2(-fore[1], -fore[2]) - math.atan2(-d[1], -d[2]))
        local[body.index(f"lowerarm01.{s}")] = _rot(0, bend - 4.0)
    n = len(body.bones)
    rot = np.zeros((n, 3, 3))
    trans = np.zeros((n, 3))
    for i in range(n):
        h = body.heads[i]
        p = body.parents[i]
        if p < 0:
            rot[i], trans[i] = local[i], h - local[i] @ h
        else:
            rot[i] = rot[p] @ local[i]
            trans[i] = rot[p] @ (h - local[i] @ h) + trans[p]
    return rot, trans


# --- solvers -------------------------------------------------------------------------


def lowest(body: Body, pose: Pose, part: str | np.ndarray) -> float:
    """The height of the lowest point of a part of the body."""
    ids = parts(body)[part] if isinstance(part, str) else part
    return float(pose_body(body, pose, ids)[:, 2].min())


def centre(body: Body, pose: Pose, part: str) -> np.ndarray:
    return np.asarray(pose_body(body, pose, parts(body)[part]).mean(axis=0))


def solve(
    pose: Pose,
    name: str,
    lo: float,
    hi: float,
    error: Callable[[dict[str, float]], float],
    steps: int = 20,
) -> dict[str, float]:
    """The value of ``pose[name]`` in [lo, hi] where ``error(pose)`` crosses zero
    (or the end nearer to it)."""

    def f(v: float) -> float:
        return error({**pose, name: v})

    f_lo, f_hi = f(lo), f(hi)
    if (f_lo < 0) == (f_hi < 0):
        return {**pose, name: lo if abs(f_lo) < abs(f_hi) else hi}
    for _ in range(steps):
        mid = (lo + hi) / 2
        f_mid = f(mid)
        if (f_mid < 0) == (f_lo < 0):
            lo, f_lo = mid, f_mid
        else:
            hi = mid
    return {**pose, name: (lo + hi) / 2}


def reach(
    body: Body,
    pose: Pose,
    part: str,
    target: np.ndarray,
    names: tuple[str, str],
    ranges: tuple[tuple[float, float], tuple[float, float]],
    axes: tuple[int, ...] = (1, 2),
) -> dict[str, float]:
    """Two joint angles that bring ``part``'s centre nearest ``target`` (in ``axes``)."""
    ids = parts(body)[part]
    tgt = np.asarray(target, float)
    (a0, a1), (b0, b1) = ranges
    best = (float("inf"), a0, b0)
    for level in range(4):
        n = 9
        for a in np.linspace(a0, a1, n):
            for b in np.linspace(b0, b1, n):
                p = pose_body(body, {**pose, names[0]: a, names[1]: b}, ids).mean(axis=0)
                err = float(np.sum((p[list(axes)] - tgt[list(axes)]) ** 2))
                if err < best[0]:
                    best = (err, float(a), float(b))
        da, db = (a1 - a0) / (n - 1), (b1 - b0) / (n - 1)
        a0, a1 = best[1] - da, best[1] + da
        b0, b1 = best[2] - db, best[2] + db
        del level
    return {**pose, names[0]: best[1], names[1]: best[2]}


def on_floor(body: Body, pose: Pose, lift: float = 0.0) -> dict[str, float]:
    """Shift the body up or down so its lowest point is ``lift`` above the floor."""
    verts = pose_body(body, pose)
    return {**pose, "z": pose.get("z", 0.0) - float(verts[:, 2].min()) + lift}


def parts(body: Body) -> dict[str, np.ndarray]:
    """Vertex sets the solvers and the props use as contact points."""
    return _parts(body)


@cache
def _parts(body: Body) -> dict[str, np.ndarray]:
    out = {}
    for s in "LR":
        out[f"hand_{s}"] = body.verts_of(f"wrist.{s}")
        out[f"forearm_{s}"] = body.verts_of(f"lowerarm01.{s}", f"lowerarm02.{s}")
        out[f"elbow_{s}"] = body.verts_of(f"lowerarm01.{s}")
        out[f"knee_{s}"] = body.verts_of(f"lowerleg01.{s}")
        out[f"shin_{s}"] = body.verts_of(f"lowerleg01.{s}", f"lowerleg02.{s}")
        out[f"foot_{s}"] = body.verts_of(f"foot.{s}")
        foot = out[f"foot_{s}"]
        y = body.rest[foot, 1]
        out[f"heel_{s}"] = foot[y > np.quantile(y, 0.85)]
        out[f"toes_{s}"] = foot[y < np.quantile(y, 0.1)]
        out[f"ankle_{s}"] = body.verts_of(f"lowerleg02.{s}")
    for name in ("hand", "forearm", "elbow", "knee", "shin", "foot", "heel", "toes", "ankle"):
        out[name] = np.concatenate([out[f"{name}_L"], out[f"{name}_R"]])
    out["pelvis"] = body.verts_of("root", "pelvis.L", "pelvis.R", "spine05")
    out["belly"] = body.verts_of("spine04", "spine03")
    out["chest"] = body.verts_of("spine02", "spine01")
    out["shoulders"] = body.verts_of(
        "clavicle.L", "clavicle.R", "shoulder01.L", "shoulder01.R", weight=0.25
    )
    out["head"] = body.verts_of("head", "neck03")
    out["thighs"] = body.verts_of("upperleg02.L", "upperleg02.R")
    return out
