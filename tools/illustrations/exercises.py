"""The key poses, timing, camera and props of every built-in exercise.

Poses are written with :mod:`rig`'s named joints. One-sided exercises show the left side
working (the player mirrors the picture for the right side). Side views look at the body's
left side, 12 degrees off true profile and a little from above; rotations and side bends
get a three-quarter or top view.

Shared postures, settling, props and rhythms are in :mod:`postures`; the exercises with
a bar, a table, a bench or a band in :mod:`equipment`; here are the floor exercises and
:data:`EXERCISES`, the registry of all of them.
"""

from __future__ import annotations

from . import rig
from .equipment import (
    band_core_rotation,
    bent_leg_deadlift,
    bent_over_row,
    deadlift,
    hyperextension,
    reverse_table_row,
)
from .plan import Exercise, Pose
from .postures import (
    BY_SIDES,
    HOLD,
    HOOK,
    OVERHEAD,
    REP,
    SUPINE,
    fours,
    hook,
    lifted,
    lying,
    mat,
    prone,
    towel,
)

# --- the exercises on the floor (those with equipment: equipment.py) -------------------
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
        scenery=mat,
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
        scenery=mat,
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
        scenery=mat,
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
        scenery=mat,
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
        scenery=mat,
        note="Face down with both hands resting on the lower back; head, chest and feet lift "
        "together into a shallow U, hold, and lower.",
    )


def _prone_push_up() -> Exercise:
    flat = prone(**OVERHEAD)
    up = lifted(18, 12, **{**OVERHEAD, "shoulder_flex_LR": 186})
    return Exercise(
        "prone-push-up",
        [flat, up],
        [(1, 0.3), (1, 0.2), (0, 0.4), (0, 0.1)],
        settle=lying,
        scenery=mat,
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
        props=towel,
        scenery=mat,
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
        scenery=mat,
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
        scenery=mat,
        note="Face down with chest and legs lifted; the arms sweep from ahead, out to the "
        "sides and back to the thighs, pause, and come forward again.",
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
        scenery=mat,
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
        scenery=mat,
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
        scenery=mat,
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
        scenery=mat,
        held=True,
        note="From lying propped on the forearms, the body lifts into one straight line on "
        "forearms and toes and holds there.",
    )


def _partial_curls() -> Exercise:
    rest = {**HOOK, **HANDS_ON_CHEST, "neck_flex": 8}
    curl = {**rest, "thoracic_flex": 26, "neck_flex": 24, "lumbar_flex": 4}
    return Exercise(
        "partial-curls",
        [rest, curl],
        REP,
        settle=hook(trunk=("pelvis",)),
        scenery=mat,
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
        scenery=mat,
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
        scenery=mat,
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
        scenery=mat,
        note="Face down, arms stretched forward with the palms together; chest, arms and "
        "legs rise a little off the mat and lower.",
    )


EXERCISES: dict[str, Exercise] = {
    e.id: e
    for e in (
        _supine_back_lift(), _supine_leg_kicks(), _prone_flying_hand_shake(), _prone_arm_raise(),
        _swallow_fly(), bent_leg_deadlift(), _prone_push_up(), _prone_towel_row(),
        _prone_arm_circles(), _prone_breaststroke(), reverse_table_row(), _prone_double_lift(),
        _abdominal_drawing_in(), _prone_opposite_arm_leg(), _forearm_plank(),
        band_core_rotation(), hyperextension(), deadlift(), bent_over_row(),
        _partial_curls(), _heel_reach(), _superman(), _cat_stretch(),
    )
}  # fmt: skip
