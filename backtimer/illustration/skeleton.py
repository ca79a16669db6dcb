"""The figure's skeleton: a pose as a handful of angles, forward kinematics, blending.

Model space: y points up, the floor (or the top of the mat) is ``y = 0``, lengths are
in "units" (a standing person is about 9.7 units tall). Angles are in degrees in the
picture plane, absolute (not relative to the parent segment), 0 pointing right and 90
up. The hip is the root. "Near" limbs face the viewer, "far" limbs are behind the body.

No Qt here: the renderer turns :class:`Joints` into strokes.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, fields, replace

Point = tuple[float, float]

# Segment lengths and stroke widths, in units.
TORSO = 3.0
NECK = 0.35
HEAD_R = 0.62
UPPER_ARM = 1.75
FOREARM = 1.55
THIGH = 2.45
SHIN = 2.3
FOOT = 0.75
TORSO_W = 1.05
LIMB_W = 0.55
ARM_W = 0.46
NECK_W = 0.42

_ANGLES = frozenset(
    {
        "torso",
        "neck",
        "face",
        "arm_u",
        "arm_f",
        "far_arm_u",
        "far_arm_f",
        "leg_t",
        "leg_s",
        "leg_f",
        "far_leg_t",
        "far_leg_s",
        "far_leg_f",
    }
)


@dataclass(frozen=True, slots=True)
class Pose:
    """One key pose. ``face`` is the nose's direction relative to the head's axis."""

    hip_x: float
    hip_y: float
    torso: float  # hip -> shoulders
    neck: float  # shoulders -> head
    face: float  # +90: the face is on the counter-clockwise side of the head axis
    arm_u: float
    arm_f: float
    far_arm_u: float
    far_arm_f: float
    leg_t: float
    leg_s: float
    leg_f: float
    far_leg_t: float
    far_leg_s: float
    far_leg_f: float
    spine: float = 1.0  # apparent length of the back (bending sideways shortens it)
    bow: float = 0.0  # bend of the back: sideways offset of its middle, counter-clockwise +
    belly: float = 0.0  # how far the belly bulges out
    reach: float = 1.0  # apparent length of the near arm (pointing at the viewer shortens it)
    far_reach: float = 1.0
    foot: float = 1.0  # apparent length of the feet
    width: float = 0.0  # front view: half the shoulder width (0: side view)
    hip_width: float = 0.0

    def swapped(self) -> Pose:
        """The same pose with near and far limbs exchanged (the other side working)."""
        return replace(
            self,
            arm_u=self.far_arm_u,
            arm_f=self.far_arm_f,
            far_arm_u=self.arm_u,
            far_arm_f=self.arm_f,
            reach=self.far_reach,
            far_reach=self.reach,
            leg_t=self.far_leg_t,
            leg_s=self.far_leg_s,
            leg_f=self.far_leg_f,
            far_leg_t=self.leg_t,
            far_leg_s=self.leg_s,
            far_leg_f=self.leg_f,
        )

    def distance(self, other: Pose) -> float:
        """A rough measure of how different two poses are (degrees and units summed)."""
        total = 0.0
        for f in fields(self):
            a, b = getattr(self, f.name), getattr(other, f.name)
            total += abs(_angle_diff(a, b)) if f.name in _ANGLES else abs(b - a) * 20.0
        return total


def _angle_diff(a: float, b: float) -> float:
    """b - a along the shorter way round, in (-180, 180]."""
    d = math.fmod(b - a, 360.0)
    if d > 180.0:
        d -= 360.0
    elif d <= -180.0:
        d += 360.0
    return d


def blend(a: Pose, b: Pose, f: float) -> Pose:
    """``a`` at 0, ``b`` at 1; angles turn the shorter way round."""
    if f <= 0.0:
        return a
    if f >= 1.0:
        return b
    values: dict[str, float] = {}
    for fld in fields(a):
        x, y = getattr(a, fld.name), getattr(b, fld.name)
        values[fld.name] = x + f * (_angle_diff(x, y) if fld.name in _ANGLES else y - x)
    return Pose(**values)


def _step(p: Point, angle: float, length: float) -> Point:
    r = math.radians(angle)
    return (p[0] + length * math.cos(r), p[1] + length * math.sin(r))


@dataclass(frozen=True, slots=True)
class Limb:
    root: Point
    mid: Point  # elbow or knee
    end: Point  # wrist or ankle
    tip: Point | None = None  # toes


@dataclass(frozen=True, slots=True)
class Joints:
    """Where everything is, in model space."""

    hip: Point
    shoulder: Point
    back_mid: Point  # control point of the back's curve
    belly: Point  # centre of the belly bulge
    belly_r: float
    head: Point
    nose: Point | None  # None in a front view
    near_arm: Limb
    far_arm: Limb
    near_leg: Limb
    far_leg: Limb

    def points(self) -> list[tuple[Point, float]]:
        """Every drawn point with the radius drawn around it (for bounds)."""
        out: list[tuple[Point, float]] = [
            (self.hip, TORSO_W / 2),
            (self.shoulder, TORSO_W / 2),
            (self.head, HEAD_R),
        ]
        for limb, w in (
            (self.near_arm, ARM_W),
            (self.far_arm, ARM_W),
            (self.near_leg, LIMB_W),
            (self.far_leg, LIMB_W),
        ):
            out += [(limb.mid, w / 2), (limb.end, w / 2)]
            if limb.tip is not None:
                out.append((limb.tip, w / 2))
        return out


def joints(p: Pose) -> Joints:
    """Forward kinematics."""
    hip = (p.hip_x, p.hip_y)
    shoulder = _step(hip, p.torso, TORSO * p.spine)
    mid = ((hip[0] + shoulder[0]) / 2, (hip[1] + shoulder[1]) / 2)
    back_mid = _step(mid, p.torso + 90.0, p.bow * 2.0)  # quadratic control point
    front = 1.0 if math.sin(math.radians(p.face)) >= 0 else -1.0
    belly_centre = _step(mid, p.torso + 90.0 * front, TORSO_W * 0.2 + p.bow * 0.5)
    neck_end = _step(shoulder, p.neck, NECK)
    head = _step(neck_end, p.neck, HEAD_R * 0.85)
    nose = None if p.width else _step(head, p.neck + p.face, HEAD_R)
    dx_s, dx_h = p.width, p.hip_width

    def arm(root: Point, u: float, f: float, reach: float) -> Limb:
        elbow = _step(root, u, UPPER_ARM * reach)
        return Limb(root, elbow, _step(elbow, f, FOREARM * reach))

    def leg(root: Point, t: float, s: float, foot: float) -> Limb:
        knee = _step(root, t, THIGH)
        ankle = _step(knee, s, SHIN)
        return Limb(root, knee, ankle, _step(ankle, foot, FOOT * p.foot))

    return Joints(
        hip=hip,
        shoulder=shoulder,
        back_mid=back_mid,
        belly=belly_centre,
        belly_r=max(0.0, p.belly),
        head=head,
        nose=nose,
        near_arm=arm((shoulder[0] + dx_s, shoulder[1]), p.arm_u, p.arm_f, p.reach),
        far_arm=arm((shoulder[0] - dx_s, shoulder[1]), p.far_arm_u, p.far_arm_f, p.far_reach),
        near_leg=leg((hip[0] + dx_h, hip[1]), p.leg_t, p.leg_s, p.leg_f),
        far_leg=leg((hip[0] - dx_h, hip[1]), p.far_leg_t, p.far_leg_s, p.far_leg_f),
    )


def two_bone(root: Point, target: Point, a: float, b: float, bend: int) -> tuple[float, float]:
    """Angles of two segments (lengths ``a``, ``b``) from ``root`` reaching ``target``.

    ``bend`` +1 puts the middle joint on the counter-clockwise side of the line from
    root to target, -1 on the clockwise side. An unreachable target is reached for.
    """
    dx, dy = target[0] - root[0], target[1] - root[1]
    d = min(max(math.hypot(dx, dy), abs(a - b) + 1e-6), a + b - 1e-6)
    base = math.degrees(math.atan2(dy, dx))
    cos_alpha = max(-1.0, min(1.0, (a * a + d * d - b * b) / (2 * a * d)))
    upper = base + bend * math.degrees(math.acos(cos_alpha))
    mid = _step(root, upper, a)
    lower = math.degrees(math.atan2(target[1] - mid[1], target[0] - mid[0]))
    return upper, lower
