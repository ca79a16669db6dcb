"""The exercises with equipment: a barbell, a table to row under, a bench, a band.

Each has its own settling (the hands on the bar, under the table's edge, the hips on the
pad) and scenery; the floor exercises and the registry are in :mod:`exercises`.
"""

from __future__ import annotations

from functools import cache

import numpy as np

from . import rig, scene
from .plan import Exercise, Pose
from .postures import REP, SUPINE, band, barbell, floor_tile, foot_level, stand, standing
from .render import Mesh

GRIP: Pose = {"shoulder_abd_LR": 7, "forearm_pron_LR": 80}
BAR_REST = 0.2  # the bar's height with the plates on the floor


def _lean_for_bar(body: rig.Body, pose: Pose) -> Pose:
    """Standing: when the pose asks for ``_bar`` (a bar height), hinge until the hands are there."""
    target = pose.get("_bar")
    if not target:
        return standing(body, pose)
    knees = pose.get("knee_flex_L", 0.0)

    def err(p: Pose) -> float:
        lean = p["_lean"]
        q = {**p, "body_pitch": lean, "hip_flex_L": lean + knees * 0.55,
             "hip_flex_R": lean + knees * 0.55, "shoulder_flex_L": lean - 8,
             "shoulder_flex_R": lean - 8}  # fmt: skip
        q = standing(body, q)
        return rig.lowest(body, q, "hand") + 0.035 - target

    p = rig.solve({**pose, "_lean": 30.0}, "_lean", 0.0, 95.0, err, steps=14)
    lean = p.pop("_lean")
    del p["_bar"]  # solved: the frames in between blend the angles, not the bar height
    p.update(body_pitch=lean, hip_flex_L=lean + knees * 0.55, hip_flex_R=lean + knees * 0.55,
             shoulder_flex_L=lean - 8, shoulder_flex_R=lean - 8)  # fmt: skip
    return standing(body, p)


def bent_leg_deadlift() -> Exercise:
    low = stand(0, 105, lumbar_flex=-6, neck_flex=-30, hip_abd_LR=6, hip_rot_LR=-10, **GRIP)
    low.update(_bar=BAR_REST + 0.05)
    top = stand(0, 0, hip_abd_LR=6, hip_rot_LR=-10, scapula_protract_LR=-12, **GRIP)
    return Exercise(
        "bent-leg-deadlift",
        [low, top],
        [(1, 0.25), (1, 0.4), (0, 0.35)],
        camera=(-55.0, 8.0),
        settle=_lean_for_bar,
        props=barbell,
        scenery=floor_tile,
        note="Knees bent, back flat and leaning about 45 degrees with the bar just off the "
        "floor; the legs straighten to stand tall with the bar at the thighs, pause, and "
        "bend to lower.",
    )


def deadlift() -> Exercise:
    low = stand(0, 95, lumbar_flex=-4, neck_flex=-30, **GRIP)
    low.update(_bar=BAR_REST)
    top = stand(0, 0, **GRIP)
    return Exercise(
        "deadlift",
        [low, top],
        [(1, 0.4), (1, 0.15), (0, 0.4), (0, 0.05)],
        camera=(-55.0, 8.0),
        settle=_lean_for_bar,
        props=barbell,
        scenery=floor_tile,
        note="From the floor, the bar close to the shins and the back flat, to standing with "
        "the bar against the thighs, and down the same way.",
    )


def bent_over_row() -> Exercise:
    down = stand(55, 25, neck_flex=-15, shoulder_flex_LR=52, **GRIP)
    up = stand(55, 25, neck_flex=-15, shoulder_flex_LR=0, elbow_flex_LR=62,
               scapula_protract_LR=-15, **GRIP)  # fmt: skip
    return Exercise(
        "bent-over-row",
        [down, up],
        REP,
        camera=(-55.0, 8.0),
        settle=standing,
        props=barbell,
        scenery=floor_tile,
        note="Leaning well forward from the hips with a flat back and soft knees; the bar "
        "rises from straight arms to the lower ribs and lowers.",
    )


def _row_body(body: rig.Body, pose: Pose) -> Pose:
    """Feet flat, the body straight from shoulders to knees, the shoulders ``_sh`` up."""
    p = dict(pose)
    ids = rig.parts(body)["shoulders"]

    def err(q: Pose) -> float:
        q = feet_down(body, standing_feet(body, q))
        return rig.lowest(body, q, ids) - p["_sh"]

    p = rig.solve(p, "body_pitch", -140.0, -90.0, err, steps=14)
    p = feet_down(body, standing_feet(body, p))
    feet = rig.pose_body(body, p, rig.parts(body)["foot"]).mean(axis=0)
    p["y"] = p.get("y", 0.0) - float(feet[1])
    return p


def _row_settle(body: rig.Body, pose: Pose) -> Pose:
    """Under the table, the hands on its edge."""
    p = _row_body(body, pose)
    p = rig.reach(body, p, "hand_L", _grip(body), ("shoulder_flex_L", "elbow_flex_L"),
                  ((0.0, 200.0), (0.0, 150.0)))  # fmt: skip
    p["shoulder_flex_R"], p["elbow_flex_R"] = p["shoulder_flex_L"], p["elbow_flex_L"]
    return p


def feet_down(body: rig.Body, pose: Pose) -> Pose:
    """Shift the body so the feet stand on the floor (the rest may hang above it)."""
    return {**pose, "z": pose.get("z", 0.0) - rig.lowest(body, pose, "foot")}


def standing_feet(body: rig.Body, pose: Pose) -> Pose:
    p = dict(pose)
    for s in "LR":
        p = foot_level(body, p, s)
    return p


@cache
def _grip(body: rig.Body) -> np.ndarray:
    """Where the hands hold the table: an arm's length straight up from the shoulders."""
    hang = _row_body(body, rig.expand(ROW_HANG))
    shoulder = rig.joint(body, hang, "upperarm01.L")
    rest_hand = body.rest[rig.parts(body)["hand_L"]].mean(axis=0)
    reach = float(np.linalg.norm(rest_hand - body.heads[body.index("upperarm01.L")]))
    return shoulder + np.array([0.0, 0.0, reach * 0.97])


def _table(body: rig.Body, keys: list[Pose], verts: list[np.ndarray]) -> list[Mesh]:
    g = _grip(body)
    top = float(g[2]) + 0.04
    y0 = float(g[1]) - 0.04
    return scene.table(-0.8, 0.8, y0, y0 + 1.3, top, (y0 + 0.32, y0 + 1.24))


ROW_LINE: Pose = {**SUPINE, "knee_flex_LR": 95, "hip_flex_LR": 0, "shoulder_flex_LR": 95,
                  "forearm_pron_LR": 90, "neck_flex": 10}  # fmt: skip
ROW_HANG: Pose = {**ROW_LINE, "_sh": 0.15}


def reverse_table_row() -> Exercise:
    hang = ROW_HANG
    pulled = {**ROW_LINE, "_sh": 0.36, "neck_flex": 15}
    return Exercise(
        "reverse-table-row",
        [hang, pulled],
        REP,
        camera=(-30.0, 12.0),
        settle=_row_settle,
        scenery=_table,
        note="Under a sturdy table, hands on its edge and feet flat, the body straight from "
        "shoulders to knees; the chest is pulled up towards the table and lowered.",
    )


def band_core_rotation() -> Exercise:
    base = {"hip_abd_LR": 7, "shoulder_flex_LR": 88, "shoulder_hadd_LR": 14,
            "forearm_pron_LR": 40}  # fmt: skip
    turned = {**base, "body_yaw": -38, "hip_rot_L": -38, "hip_rot_R": 38}
    return Exercise(
        "band-core-rotation",
        [base, turned],
        REP,
        camera=(-60.0, 18.0),
        settle=standing,
        props=band,
        scenery=floor_tile,
        note="Standing side-on to a band anchored at chest height on the left, arms straight "
        "ahead; shoulders and hips turn together away from the anchor and back, the lower "
        "back still (mirrored for the right).",
    )


PAD_Z = 0.92


def _bench_settle(body: rig.Body, pose: Pose) -> Pose:
    """Hips on the pad: the top of the thighs and the lower pelvis rest at pad height."""
    p = dict(pose)
    contact = rig.parts(body)["thighs"]
    v = rig.pose_body(body, p, contact)
    hip = rig.joint(body, p, "upperleg01.L")
    p["z"] = p.get("z", 0.0) + PAD_Z - float(v[:, 2].min())
    p["y"] = p.get("y", 0.0) - float(hip[1])
    return p


def _bench(body: rig.Body, keys: list[Pose], verts: list[np.ndarray]) -> list[Mesh]:
    ankles = verts[1][rig.parts(body)["ankle"]]
    roller = (0.0, float(ankles[:, 1].mean()), float(ankles[:, 2].max()) + 0.05)
    return scene.bench((0.0, 0.1, PAD_Z), roller)


def hyperextension() -> Exercise:
    arms = {"shoulder_flex_LR": 40, "shoulder_hadd_LR": 55, "elbow_flex_LR": 135,
            "forearm_pron_LR": 60, "scapula_protract_LR": -10}  # fmt: skip
    legs = {"ankle_flex_LR": 0}
    down = {"body_pitch": 90 + 62, "hip_flex_LR": 62, "neck_flex": -12, **arms, **legs}
    line = {"body_pitch": 90, "neck_flex": -14, **arms, **legs}
    return Exercise(
        "hyperextension",
        [down, line],
        [(1, 0.4), (1, 0.1), (0, 0.4), (0, 0.1)],
        hold=1,
        settle=_bench_settle,
        scenery=_bench,
        note="On the bench with the pad under the top of the pelvis, hands crossed on the "
        "chest; the straight trunk lowers forward and rises to a line with the legs, no "
        "further.",
    )
