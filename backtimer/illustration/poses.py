"""The key poses and props of every built-in exercise.

Floor exercises lie with the head to the right, standing ones face right; the floor
(top of the mat) is ``y = 0``. A pose is written with :func:`body`: the hip, the angle
of the back, the face, and each limb either as angles or as a point the hand or foot
reaches (:class:`To`, solved with two-bone inverse kinematics).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace

from backtimer.core.model import Side
from backtimer.illustration.figures import Band, Barbell, Bench, Figure, Mat, Table, Towel
from backtimer.illustration.skeleton import (
    FOREARM,
    SHIN,
    THIGH,
    UPPER_ARM,
    Pose,
    joints,
    two_bone,
)

UP, DOWN = 90.0, -90.0  # the face's side of the head axis (head to the right: up / down)
LY = 0.52  # hip height lying on the mat
R = 0.27  # a limb's radius: a hand or foot resting on the floor


@dataclass(frozen=True, slots=True)
class To:
    """A limb that reaches a point; ``bend`` +1/-1: elbow or knee counter-clockwise/clockwise."""

    x: float
    y: float
    bend: int
    foot: float = 0.0  # legs: the foot's angle


Arm = tuple[float, float] | tuple[float, float, float] | To
Leg = tuple[float, float, float] | To


def body(
    hip: tuple[float, float],
    torso: float,
    face: float,
    arm: Arm,
    leg: Leg,
    *,
    far_arm: Arm | None = None,
    far_leg: Leg | None = None,
    neck: float | None = None,
    **extra: float,
) -> Pose:
    base = Pose(
        hip[0], hip[1], torso, torso if neck is None else neck, face, *([0.0] * 10), **extra
    )
    j = joints(base)

    def arm_angles(spec: Arm, root: tuple[float, float]) -> tuple[float, float, float]:
        if isinstance(spec, To):
            u, f = two_bone(root, (spec.x, spec.y), UPPER_ARM, FOREARM, spec.bend)
            return u, f, 1.0
        return (spec[0], spec[1], spec[2] if len(spec) == 3 else 1.0)

    def leg_angles(spec: Leg, root: tuple[float, float]) -> tuple[float, float, float]:
        if isinstance(spec, To):
            t, s = two_bone(root, (spec.x, spec.y), THIGH, SHIN, spec.bend)
            return t, s, spec.foot
        return spec

    au, af, ar = arm_angles(arm, j.near_arm.root)
    fu, ff, fr = arm_angles(arm if far_arm is None else far_arm, j.far_arm.root)
    lt, ls, lf = leg_angles(leg, j.near_leg.root)
    gt, gs, gf = leg_angles(leg if far_leg is None else far_leg, j.far_leg.root)
    return replace(
        base,
        arm_u=au,
        arm_f=af,
        reach=ar,
        far_arm_u=fu,
        far_arm_f=ff,
        far_reach=fr,
        leg_t=lt,
        leg_s=ls,
        leg_f=lf,
        far_leg_t=gt,
        far_leg_s=gs,
        far_leg_f=gf,
    )


def _shoulder(hip: tuple[float, float], torso: float) -> tuple[float, float]:
    j = joints(Pose(hip[0], hip[1], torso, torso, 0.0, *([0.0] * 10)))
    return j.shoulder


# --- shared postures ---------------------------------------------------------------
PRONE_LEG = (182.0, 180.0, 195.0)  # lying face down, legs straight, toes pointing back
FEET_UP = To(-2.7, R + 0.08, -1, 180.0)  # lying on the back, knees bent, feet flat
BY_SIDES = (181.5, 181.0)  # arms along the body


def prone(
    torso: float = 0.0,
    leg: Leg = PRONE_LEG,
    arm: Arm = BY_SIDES,
    *,
    far_arm: Arm | None = None,
    far_leg: Leg | None = None,
    **kw: float,
) -> Pose:
    neck = torso + 10.0 if torso else 0.0
    return body((0.0, LY), torso, DOWN, arm, leg, far_arm=far_arm, far_leg=far_leg, neck=neck, **kw)


def lifted(angle: float) -> tuple[float, float, float]:
    """Prone legs raised ``angle`` degrees off the floor."""
    return (182.0 - angle, 180.0 - angle, 195.0 - angle)


FLAT_OVERHEAD = prone(arm=(1.0, 0.0))
_push_top = prone(18.0, leg=lifted(14.0), arm=(14.0, 12.0))
STAND_HIP = (0.0, 5.0)
STANDING_LEG = To(0.0, 0.35, 1, 0.0)
SUPINE = body((0.0, LY), 0.0, UP, BY_SIDES, FEET_UP)

_fly_arm = (150.0, 140.0, 0.8)
FLYING = prone(8.0, leg=(180.0, 118.0, 100.0), arm=_fly_arm)
_shake = [replace(FLYING, arm_f=a, far_arm_f=a + 8) for a in (110.0, 175.0) * 6]

_dl_top = body(STAND_HIP, 90.0, DOWN, To(0.5, 4.95, 1), STANDING_LEG)
_bldl_low = body((-1.25, 3.35), 45.0, DOWN, To(0.95, 1.95, 1), STANDING_LEG)
_dl_low = body((-1.4, 3.3), 22.0, DOWN, To(0.75, 1.25, 1), STANDING_LEG, neck=40.0)
_row_hip = (-1.0, 4.45)
_row_sh = _shoulder(_row_hip, 22.0)
_row_down = body(_row_hip, 22.0, DOWN, To(_row_sh[0] + 0.1, 2.2, 1), STANDING_LEG, neck=35.0)
_row_up = body(_row_hip, 22.0, DOWN, To(0.9, 4.1, -1), STANDING_LEG, neck=35.0)


def _circle(degrees: float) -> tuple[float, float, float]:
    """Arms out, hands drawing a circle: the arm's angle and apparent length."""
    sx, sy = _shoulder((0.0, LY), 16.0)
    a = math.radians(degrees)
    hx, hy = sx + 1.3 + 0.75 * math.cos(a), sy + 0.9 + 0.75 * math.sin(a)
    angle = math.degrees(math.atan2(hy - sy, hx - sx))
    return angle, angle, math.hypot(hx - sx, hy - sy) / (UPPER_ARM + FOREARM)


_plank_arm = (-90.0, 0.0)
_sphinx = body((0.0, LY), 33.0, DOWN, _plank_arm, PRONE_LEG, neck=20.0)
_plank = body((0.1, 1.45), 10.9, DOWN, _plank_arm, To(-4.55, 0.62, -1, -75.0), neck=8.0)

_table = Table(3.2, 9.0, 4.5)
_on_belly = (187.0, 40.0)  # a hand resting on the belly
_on_belly_in = (187.0, 30.0)
_grip = (3.45, 4.2)
_tr_low = body((0.3, 1.55), -15.0, UP, To(*_grip, 1), To(-2.4, 0.35, -1, 180.0), neck=-5.0)
_tr_high = body((0.2, 2.7), 4.0, UP, To(*_grip, 1), To(-2.4, 0.35, -1, 180.0))

_rot_sh = (0.0, 8.0)


def _rotated(hand_x: float, shoulders: float) -> Pose:
    """Front view: arms straight ahead, hands together at ``hand_x`` (turned toward it)."""
    hands = (hand_x, 7.45)

    def straight(sx: float) -> tuple[float, float, float]:
        dx, dy = hands[0] - sx, hands[1] - _rot_sh[1]
        angle = math.degrees(math.atan2(dy, dx))
        return angle, angle, max(0.22, math.hypot(dx, dy) / (UPPER_ARM + FOREARM))

    return body(
        STAND_HIP,
        90.0,
        0.0,
        straight(shoulders),
        (-86.0, -90.0, -20.0),
        far_arm=straight(-shoulders),
        far_leg=(-94.0, -90.0, -160.0),
        width=shoulders,
        hip_width=0.55,
        foot=0.5,
    )


_bench = Bench(pad=(-0.45, 4.85), roller=(-4.75, 6.0))
_bench_hip = (0.0, 5.4)
_bench_leg = (180.0, 180.0, 240.0)
_crossed = (200.0, 10.0)

_curl_hands = (200.0, 50.0, 0.55)  # hands on the chest, elbows out
_hook = To(-2.45, R + 0.08, -1, 180.0)
_reach_rest = body((0.0, LY), 10.0, UP, (186.0, 183.0), _hook, neck=25.0, bow=-0.15)

_fours_hip = (0.0, 3.05)
_fours_leg = To(-2.3, R + 0.05, 1, 180.0)


def _fours(bow: float, neck: float) -> Pose:
    sh = _shoulder(_fours_hip, 12.0)
    return body(_fours_hip, 12.0, DOWN, To(sh[0] + 0.1, R, 1), _fours_leg, bow=bow, neck=neck)


FIGURES: dict[str, Figure] = {
    "supine-back-lift": Figure(
        (SUPINE, body((0.35, 1.75), -23.0, UP, (184.0, 180.0), FEET_UP)), still=1
    ),
    "supine-leg-kicks": Figure(
        (
            body((0.0, LY), 25.0, UP, (-100.0, 180.0), (90.0, 180.0, 100.0), neck=35.0),
            body(
                (0.0, LY),
                25.0,
                UP,
                (-100.0, 180.0),
                (150.0, 155.0, 140.0),
                far_leg=(90.0, 180.0, 100.0),
                neck=35.0,
            ),
        ),
        near_side=Side.LEFT,
        working=frozenset({"near_leg"}),
        one_sided=True,
        still=1,
    ),
    "prone-flying-hand-shake": Figure(tuple(_shake), smooth=False, trail=True),
    "prone-arm-raise": Figure(
        (
            FLYING,
            replace(
                FLYING,
                arm_u=25.0,
                arm_f=20.0,
                reach=1.0,
                far_arm_u=30.0,
                far_arm_f=25.0,
                far_reach=1.0,
            ),
        ),
        trail=True,
        still=1,
    ),
    "swallow-fly": Figure(
        (
            prone(arm=(181.0, 181.0)),
            prone(26.0, leg=lifted(18.0), arm=(203.0, 188.0), bow=-0.25),
        ),
        still=1,
    ),
    "bent-leg-deadlift": Figure(
        (_dl_top, _bldl_low, _dl_top, _dl_top), props=(Barbell(),), still=1
    ),
    "prone-push-up": Figure(
        (
            FLAT_OVERHEAD,
            prone(18.0, leg=lifted(14.0), arm=(14.0, 12.0)),
            prone(18.0, leg=lifted(14.0), arm=(14.0, 12.0)),
        ),
        still=1,
    ),
    "prone-towel-row": Figure(
        (
            prone(10.0, arm=(14.0, 12.0)),
            prone(11.0, arm=(95.0, 40.0, 0.5)),
            prone(12.0, arm=(205.0, 22.0)),
            prone(11.0, arm=(95.0, 40.0, 0.5)),
        ),
        props=(Mat(), Towel()),
        trail=True,
        still=2,
    ),
    "prone-arm-circles": Figure(
        tuple(prone(16.0, arm=_circle(a)) for a in range(0, 360, 45)), smooth=False, trail=True
    ),
    "prone-breaststroke": Figure(
        (
            prone(16.0, leg=lifted(10.0), arm=(10.0, 10.0)),
            prone(16.0, leg=lifted(10.0), arm=(95.0, 95.0, 0.35)),
            prone(16.0, leg=lifted(10.0), arm=(172.0, 172.0)),
            prone(16.0, leg=lifted(10.0), arm=(95.0, 95.0, 0.35)),
        ),
        still=2,
        trail=True,
    ),
    "reverse-table-row": Figure((_tr_low, _tr_high), props=(Mat(), _table), still=1),
    "prone-double-lift": Figure(
        (prone(), prone(16.0, leg=lifted(14.0), arm=(170.0, 170.0))), still=1
    ),
    "abdominal-drawing-in": Figure(
        (
            body((0.0, LY), 0.0, UP, _on_belly, FEET_UP, far_arm=BY_SIDES, belly=0.42),
            body((0.0, LY), 0.0, UP, _on_belly_in, FEET_UP, far_arm=BY_SIDES, bow=-0.1),
        ),
        still=1,
    ),
    "prone-opposite-arm-leg": Figure(
        (
            FLAT_OVERHEAD,
            prone(3.0, arm=(15.0, 12.0), leg=PRONE_LEG, far_arm=(1.0, 0.0), far_leg=lifted(16.0)),
        ),
        working=frozenset({"near_arm", "far_leg"}),
        one_sided=True,
        still=1,
    ),
    "forearm-plank": Figure((_sphinx, _plank), held=True, still=1),
    "band-core-rotation": Figure(
        (_rotated(-2.2, 0.75), _rotated(2.2, 0.75)),
        props=(Band((-6.0, 7.6)),),
        near_side=Side.LEFT,
        one_sided=True,
        still=1,
    ),
    "hyperextension": Figure(
        (
            body(_bench_hip, 0.0, DOWN, _crossed, _bench_leg),
            body(_bench_hip, -72.0, DOWN, (-72.0 + 200.0, -62.0), _bench_leg),
        ),
        props=(_bench,),
        still=1,
    ),
    "deadlift": Figure((_dl_low, _dl_top, _dl_top), props=(Barbell(on_floor=True),), still=0),
    "bent-over-row": Figure((_row_down, _row_up), props=(Barbell(),), still=1),
    "partial-curls": Figure(
        (
            body((0.0, LY), 0.0, UP, _curl_hands, _hook),
            body((0.0, LY), 22.0, UP, (205.0, 60.0, 0.55), _hook, neck=38.0, bow=-0.4),
        ),
        still=1,
    ),
    "heel-reach-rotation": Figure(
        (
            _reach_rest,
            body(
                (0.0, LY),
                10.0,
                UP,
                (190.0, 186.0),
                _hook,
                far_arm=(184.0, 182.0),
                neck=30.0,
                bow=-0.15,
                spine=0.72,
            ),
        ),
        near_side=Side.LEFT,
        working=frozenset({"near_arm"}),
        one_sided=True,
        still=1,
    ),
    "superman": Figure((FLAT_OVERHEAD, prone(8.0, leg=lifted(7.0), arm=(7.0, 6.0))), still=1),
    "cat-stretch": Figure((_fours(-0.55, 45.0), _fours(0.55, -60.0)), still=0),
}


def figure(exercise_id: str) -> Figure | None:
    return FIGURES.get(exercise_id)
