"""The key poses, timing, camera and props of every built-in exercise.

Poses are written with :mod:`rig`'s named joints. One-sided exercises show the left side
working (the player mirrors the picture for the right side). Side views look at the body's
left side, 12 degrees off true profile and a little from above; rotations and side bends
get a three-quarter or top view.
"""

from __future__ import annotations

from functools import cache

import numpy as np

from . import rig, scene
from .plan import Exercise, Pose
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


def _foot_level(body: rig.Body, pose: Pose, side: str) -> Pose:
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
                p = _foot_level(body, p, s)

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
            p = _foot_level(body, p, s)
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


def _mat(body: rig.Body, keys: list[Pose], verts: list[np.ndarray]) -> list[Mesh]:
    allv = np.concatenate(verts)
    x0, x1 = allv[:, 0].min(), allv[:, 0].max()
    y0, y1 = allv[:, 1].min(), allv[:, 1].max()
    cx = (x0 + x1) / 2
    half = max(0.32, (x1 - x0) / 2 + 0.06)
    return [scene.mat(cx - half, cx + half, y0 - 0.12, y1 + 0.12)]


def _floor_tile(body: rig.Body, keys: list[Pose], verts: list[np.ndarray]) -> list[Mesh]:
    feet = np.concatenate([v[rig.parts(body)["foot"]] for v in verts])
    cx, cy = feet[:, 0].mean(), feet[:, 1].mean()
    return [scene.mat(cx - 0.5, cx + 0.5, cy - 0.45, cy + 0.45)]


def _hands(body: rig.Body, verts: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    p = rig.parts(body)
    return verts[p["hand_L"]].mean(axis=0), verts[p["hand_R"]].mean(axis=0)


def _barbell(body: rig.Body, pose: Pose, verts: np.ndarray) -> list[Mesh]:
    left, right = _hands(body, verts)
    mid = (left + right) / 2
    return scene.barbell((0.0, mid[1], mid[2]), half=0.55)


def _towel(body: rig.Body, pose: Pose, verts: np.ndarray) -> list[Mesh]:
    left, right = _hands(body, verts)
    return [scene.towel(left, right)]


ANCHOR = np.array([1.0, -0.2, 1.22])


def _band(body: rig.Body, pose: Pose, verts: np.ndarray) -> list[Mesh]:
    left, right = _hands(body, verts)
    return scene.band(ANCHOR, (left + right) / 2)


# --- the exercises -------------------------------------------------------------------
REP = [(1, 0.4), (1, 0.12), (0, 0.4), (0, 0.08)]  # rise, pause, lower, rest: one rep
HOLD = [(1, 0.5), (0, 0.5)]
HANDS_ON_CHEST: Pose = {"shoulder_flex_LR": 22, "shoulder_abd_LR": 8, "shoulder_rot_LR": 80,
                        "elbow_flex_LR": 120, "forearm_pron_LR": 20}  # fmt: skip


def _supine_back_lift() -> Exercise:
    flat = {**HOOK, **BY_SIDES, "neck_flex": 8}
    lift = {**flat, "body_pitch": -90 - 9, "hip_flex_LR": 46, "lumbar_flex": -6, "neck_flex": 16}
    return Exercise(
        "supine-back-lift",
        [flat, lift],
        REP,
        settle=hook(trunk=("chest", "shoulders", "head")),
        scenery=_mat,
        note="Lying on the back, knees bent and feet flat; the lower back and hips lift a "
        "little off the mat while the shoulders stay down, then lower.",
    )


def _supine_leg_kicks() -> Exercise:
    ribs = {"shoulder_abd_LR": 22, "shoulder_flex_LR": 4, "elbow_flex_LR": 95,
            "forearm_pron_LR": 20, "shoulder_rot_LR": 80}  # fmt: skip
    base = {**SUPINE, **ribs, "hip_flex_R": 55, "knee_flex_R": 100, "neck_flex": 6}
    bent = {**base, "hip_flex_L": 62, "knee_flex_L": 100, "ankle_flex_L": 5}
    long = {**base, "hip_flex_L": 9, "knee_flex_L": 3, "ankle_flex_L": 5}
    return Exercise(
        "supine-leg-kicks",
        [bent, long],
        [(1, 0.45), (0, 0.45), (0, 0.1)],
        settle=hook("R", trunk=("pelvis", "chest", "head")),
        scenery=_mat,
        note="On the back, head and shoulders down, hands on the lower ribs; the right foot "
        "is planted and the left leg slowly stretches out, heel low over the mat, and bends "
        "back in (mirrored for the right leg).",
    )


def _prone_flying_hand_shake() -> Exercise:
    flat = prone(**BY_SIDES)
    wings = {"shoulder_abd_LR": 78, "shoulder_flex_LR": -22, "elbow_flex_LR": 8,
             "forearm_pron_LR": 80}  # fmt: skip
    up = lifted(8, 4, knee_flex_LR=65, **wings, wrist_flex_LR=28)
    down = lifted(8, 4, knee_flex_LR=65, **wings, wrist_flex_LR=-28)
    return Exercise(
        "prone-flying-hand-shake",
        [flat, up, down],
        HOLD,
        camera=(40.0, 30.0),
        settle=lying,
        scenery=_mat,
        held=True,
        cycle_keys=[(2, 1.0), (1, 1.0)] * 5,
        steps=3,
        note="Face down; the lower legs rise, the arms spread like wings just off the mat, "
        "and the hands shake loosely while the pose is held.",
    )


def _prone_arm_raise() -> Exercise:
    down = lifted(4, 0, knee_flex_LR=55, **OVERHEAD)
    up = lifted(8, 0, knee_flex_LR=55, **{**OVERHEAD, "shoulder_flex_LR": 192})
    return Exercise(
        "prone-arm-raise",
        [down, up],
        REP,
        settle=lying,
        scenery=_mat,
        note="Face down with the lower legs lifted and the arms reaching past the head; the "
        "arms rise off the mat and lower while the body stays still.",
    )


def _swallow_fly() -> Exercise:
    hands = {"shoulder_flex_LR": -30, "shoulder_abd_LR": 22, "shoulder_rot_LR": 70,
             "elbow_flex_LR": 95, "forearm_pron_LR": 60}  # fmt: skip
    flat = prone(**hands)
    curve = lifted(30, 20, **hands, head_flex=-12)
    return Exercise(
        "swallow-fly",
        [flat, curve],
        HOLD,
        settle=lying,
        scenery=_mat,
        note="Face down with both hands resting on the lower back; head, chest and feet lift "
        "together into a shallow U, hold, and lower.",
    )


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


def _bent_leg_deadlift() -> Exercise:
    low = stand(0, 105, lumbar_flex=-6, neck_flex=-30, hip_abd_LR=6, hip_rot_LR=-10, **GRIP)
    low.update(_bar=BAR_REST + 0.05)
    top = stand(0, 0, hip_abd_LR=6, hip_rot_LR=-10, scapula_protract_LR=-12, **GRIP)
    return Exercise(
        "bent-leg-deadlift",
        [low, top],
        [(1, 0.25), (1, 0.4), (0, 0.35)],
        camera=(-55.0, 8.0),
        settle=_lean_for_bar,
        props=_barbell,
        scenery=_floor_tile,
        note="Knees bent, back flat and leaning about 45 degrees with the bar just off the "
        "floor; the legs straighten to stand tall with the bar at the thighs, pause, and "
        "bend to lower.",
    )


def _deadlift() -> Exercise:
    low = stand(0, 95, lumbar_flex=-4, neck_flex=-30, **GRIP)
    low.update(_bar=BAR_REST)
    top = stand(0, 0, **GRIP)
    return Exercise(
        "deadlift",
        [low, top],
        [(1, 0.4), (1, 0.15), (0, 0.4), (0, 0.05)],
        camera=(-55.0, 8.0),
        settle=_lean_for_bar,
        props=_barbell,
        scenery=_floor_tile,
        note="From the floor, the bar close to the shins and the back flat, to standing with "
        "the bar against the thighs, and down the same way.",
    )


def _bent_over_row() -> Exercise:
    down = stand(55, 25, neck_flex=-15, shoulder_flex_LR=52, **GRIP)
    up = stand(55, 25, neck_flex=-15, shoulder_flex_LR=0, elbow_flex_LR=62,
               scapula_protract_LR=-15, **GRIP)  # fmt: skip
    return Exercise(
        "bent-over-row",
        [down, up],
        REP,
        camera=(-55.0, 8.0),
        settle=standing,
        props=_barbell,
        scenery=_floor_tile,
        note="Leaning well forward from the hips with a flat back and soft knees; the bar "
        "rises from straight arms to the lower ribs and lowers.",
    )


def _prone_push_up() -> Exercise:
    flat = prone(**OVERHEAD)
    up = lifted(18, 12, **{**OVERHEAD, "shoulder_flex_LR": 186})
    return Exercise(
        "prone-push-up",
        [flat, up],
        [(1, 0.3), (1, 0.2), (0, 0.4), (0, 0.1)],
        settle=lying,
        scenery=_mat,
        note="Face down with the arms past the head; arms, upper back and legs rise while "
        "the belly and thighs stay on the mat, pause, and lower slowly.",
    )


def _prone_towel_row() -> Exercise:
    reach = {**OVERHEAD, "shoulder_hadd_LR": 0, "shoulder_abd_LR": 6, "forearm_pron_LR": 90}
    flat = prone(**reach)
    high = lifted(18, 0, **{**reach, "shoulder_flex_LR": 178})
    pull = lifted(24, 0, shoulder_flex_LR=70, shoulder_abd_LR=58, elbow_flex_LR=105,
                  forearm_pron_LR=90)  # fmt: skip
    return Exercise(
        "prone-towel-row",
        [flat, high, pull],
        [(1, 0.2), (2, 0.3), (2, 0.1), (1, 0.3), (0, 0.1)],
        hold=2,
        settle=lying,
        props=_towel,
        scenery=_mat,
        note="Face down holding a taut towel past the head; the upper body rises with it, "
        "the elbows bend to draw the towel in towards the chest, and it returns.",
    )


def _prone_arm_circles() -> Exercise:
    body = {"lumbar_flex": -10, "thoracic_flex": -14, "neck_flex": -12}
    # Face down the shoulders' side-to-side swing (abduction) moves the arms parallel to
    # the mat, and a little extension lifts them: so the circle never dips into the floor.
    ahead = prone(**body, shoulder_abd_LR=166, shoulder_flex_LR=-14, forearm_pron_LR=80)
    wide = prone(**body, shoulder_abd_LR=90, shoulder_flex_LR=-26, forearm_pron_LR=80)
    hips = prone(**body, shoulder_abd_LR=14, shoulder_flex_LR=-26, forearm_pron_LR=20)
    low = prone(**body, shoulder_abd_LR=90, shoulder_flex_LR=-6, forearm_pron_LR=80)
    return Exercise(
        "prone-arm-circles",
        [ahead, wide, hips, low],
        [(1, 0.25), (2, 0.25), (3, 0.25), (0, 0.25)],
        hold=1,
        camera=(40.0, 30.0),
        settle=lying,
        scenery=_mat,
        linear=True,
        steps=6,
        note="Face down with the upper back lifted; both arms sweep in a wide circle from "
        "past the head, out to the sides and down to the thighs, and back around.",
    )


def _prone_breaststroke() -> Exercise:
    b = {"lumbar_flex": -9, "thoracic_flex": -8, "neck_flex": -10, "hip_flex_LR": -10}
    ahead = prone(**b, shoulder_abd_LR=166, shoulder_flex_LR=-12, forearm_pron_LR=80)
    wide = prone(**b, shoulder_abd_LR=92, shoulder_flex_LR=-18, forearm_pron_LR=80)
    back = prone(**b, shoulder_abd_LR=10, shoulder_flex_LR=-24, forearm_pron_LR=10)
    return Exercise(
        "prone-breaststroke",
        [ahead, wide, back],
        [(1, 0.22), (2, 0.22), (2, 0.16), (1, 0.2), (0, 0.2)],
        hold=2,
        camera=(40.0, 30.0),
        settle=lying,
        scenery=_mat,
        note="Face down with chest and legs lifted; the arms sweep from ahead, out to the "
        "sides and back to the thighs, pause, and come forward again.",
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
        p = _foot_level(body, p, s)
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


def _reverse_table_row() -> Exercise:
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


def _prone_double_lift() -> Exercise:
    arms = {"shoulder_flex_LR": -6, "shoulder_abd_LR": 6}
    flat = prone(**arms)
    up = lifted(18, 14, **{**arms, "shoulder_flex_LR": -16})
    return Exercise(
        "prone-double-lift",
        [flat, up],
        [(1, 0.35), (1, 0.15), (0, 0.4), (0, 0.1)],
        settle=lying,
        scenery=_mat,
        note="Face down with the arms by the sides; chest and legs rise together while the "
        "hips stay on the mat, squeeze, and lower.",
    )


def _abdominal_drawing_in() -> Exercise:
    hands = {"shoulder_flex_LR": 6, "shoulder_abd_LR": 14, "shoulder_rot_LR": 80,
             "elbow_flex_LR": 80, "forearm_pron_LR": 20}  # fmt: skip
    rest = {**HOOK, **hands, "neck_flex": 10}
    drawn = {**rest, "belly_in": 1.0}
    return Exercise(
        "abdominal-drawing-in",
        [rest, drawn],
        HOLD,
        camera=(12.0, 8.0),
        settle=hook(),
        scenery=_mat,
        note="Lying on the back with knees bent and hands on the belly; the navel draws in "
        "towards the spine and is held while breathing on.",
    )


def _prone_opposite_arm_leg() -> Exercise:
    flat = prone(**OVERHEAD)
    lift = prone(**{**OVERHEAD, "shoulder_flex_L": 16}, hip_flex_R=-16, thoracic_flex=-4,
                 neck_flex=-10)  # fmt: skip
    return Exercise(
        "prone-opposite-arm-leg",
        [flat, lift],
        REP,
        camera=(20.0, 16.0),
        settle=lying,
        scenery=_mat,
        note="Face down, arms forward and legs long; the left arm and the right leg rise a "
        "little way together and lower (the other pair after the switch).",
    )


def _plank_settle(body: rig.Body, pose: Pose) -> Pose:
    if pose.get("_plank", 0.0) < 1.0:  # lying, or on the way up: the blended angles
        return rig.on_floor(body, pose)

    def err(p: Pose) -> float:
        q = {**p, "shoulder_flex_LR": p["body_pitch"] + 2}
        q = rig.expand(q)
        return rig.lowest(body, q, "forearm") - rig.lowest(body, q, "toes")

    p = rig.solve(dict(pose), "body_pitch", 60.0, 95.0, err)
    p = rig.expand({**p, "shoulder_flex_LR": p["body_pitch"] + 2})
    return rig.on_floor(body, p)


def _forearm_plank() -> Exercise:
    arms = {"elbow_flex_LR": 88, "forearm_pron_LR": 80, "shoulder_hadd_LR": 6}
    sphinx = prone(**arms, shoulder_flex_LR=64, lumbar_flex=-14, thoracic_flex=-12, neck_flex=-8)
    plank = {"body_pitch": 80, **arms, "ankle_flex_LR": -5, "neck_flex": -6, "_plank": 1.0}
    return Exercise(
        "forearm-plank",
        [sphinx, plank],
        HOLD,
        settle=_plank_settle,
        scenery=_mat,
        held=True,
        note="From lying propped on the forearms, the body lifts into one straight line on "
        "forearms and toes and holds there.",
    )


def _band_core_rotation() -> Exercise:
    base = {"hip_abd_LR": 7, "shoulder_flex_LR": 88, "shoulder_hadd_LR": 14,
            "forearm_pron_LR": 40}  # fmt: skip
    turned = {**base, "body_yaw": -38, "hip_rot_L": -38, "hip_rot_R": 38}
    return Exercise(
        "band-core-rotation",
        [base, turned],
        REP,
        camera=(-60.0, 18.0),
        settle=standing,
        props=_band,
        scenery=_floor_tile,
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


def _hyperextension() -> Exercise:
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


def _partial_curls() -> Exercise:
    rest = {**HOOK, **HANDS_ON_CHEST, "neck_flex": 8}
    curl = {**rest, "thoracic_flex": 26, "neck_flex": 24, "lumbar_flex": 4}
    return Exercise(
        "partial-curls",
        [rest, curl],
        REP,
        settle=hook(trunk=("pelvis",)),
        scenery=_mat,
        note="On the back with knees bent and hands on the chest; head and upper chest curl "
        "up a little while the lower back stays on the mat.",
    )


def _heel_reach() -> Exercise:
    hover = {**HOOK, "shoulder_flex_LR": 6, "shoulder_abd_LR": 6, "forearm_pron_LR": 0,
             "neck_flex": 10}  # fmt: skip
    reach = {**hover, "lumbar_bend": 14, "thoracic_bend": 16, "neck_bend": -4,
             "shoulder_abd_L": 34, "scapula_elev_L": -16, "shoulder_abd_R": -20}  # fmt: skip
    return Exercise(
        "heel-reach-rotation",
        [hover, reach],
        REP,
        camera=(-90.0, 55.0),
        settle=hook(),
        scenery=_mat,
        note="Seen from the feet: on the back with knees bent and the arms hovering; the "
        "trunk bends sideways so the left hand reaches towards the left heel, then returns "
        "(mirrored for the right).",
    )


def _cat_stretch() -> Exercise:
    base = {
        "hip_flex_LR": 88, "knee_flex_LR": 90, "ankle_flex_LR": 60, "shoulder_flex_LR": 80,
        "forearm_pron_LR": 90, "wrist_flex_LR": -80, "body_pitch": 90,
    }  # fmt: skip
    hollow = {**base, "lumbar_flex": -22, "thoracic_flex": -12, "neck_flex": -30,
              "head_flex": -10}  # fmt: skip
    round_ = {**base, "lumbar_flex": 22, "thoracic_flex": 26, "neck_flex": 30, "head_flex": 15}
    return Exercise(
        "cat-stretch",
        [hollow, round_],
        [(1, 0.5), (0, 0.5)],
        settle=fours,
        scenery=_mat,
        note="On hands and knees; the lower back sinks into an arch with the head up, then "
        "rounds up with the head down.",
    )


def _superman() -> Exercise:
    arms = {**OVERHEAD, "shoulder_hadd_LR": 8}
    flat = prone(**arms)
    lift = lifted(14, 8, **{**arms, "shoulder_flex_LR": 180})
    return Exercise(
        "superman",
        [flat, lift],
        [(1, 0.35), (1, 0.2), (0, 0.35), (0, 0.1)],
        settle=lying,
        scenery=_mat,
        note="Face down, arms stretched forward with the palms together; chest, arms and "
        "legs rise a little off the mat and lower.",
    )


EXERCISES: dict[str, Exercise] = {
    e.id: e
    for e in (
        _supine_back_lift(), _supine_leg_kicks(), _prone_flying_hand_shake(), _prone_arm_raise(),
        _swallow_fly(), _bent_leg_deadlift(), _prone_push_up(), _prone_towel_row(),
        _prone_arm_circles(), _prone_breaststroke(), _reverse_table_row(), _prone_double_lift(),
        _abdominal_drawing_in(), _prone_opposite_arm_leg(), _forearm_plank(),
        _band_core_rotation(), _hyperextension(), _deadlift(), _bent_over_row(),
        _partial_curls(), _heel_reach(), _superman(), _cat_stretch(),
    )
}  # fmt: skip
