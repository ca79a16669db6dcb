"""What an exercise illustration is made of, and where its figure is at a given moment.

A :class:`Figure` holds an exercise's key poses (a closed cycle: the last one moves back
to the first), its props, which side of the body faces the viewer and which limbs work
on a one-sided exercise. :func:`pose_at` turns a :class:`~backtimer.core.motion.Motion`
into a pose. No Qt here.
"""

from __future__ import annotations

from dataclasses import dataclass

from backtimer.core.model import Side
from backtimer.core.motion import Motion, Phase, smoothstep
from backtimer.illustration.skeleton import Pose, blend


@dataclass(frozen=True, slots=True)
class Mat:
    pass


@dataclass(frozen=True, slots=True)
class Barbell:
    on_floor: bool = False  # the plates rest on the floor in the start pose


@dataclass(frozen=True, slots=True)
class Towel:
    pass


@dataclass(frozen=True, slots=True)
class Table:
    x0: float
    x1: float
    top: float  # height of the table top


@dataclass(frozen=True, slots=True)
class Band:
    anchor: tuple[float, float]


@dataclass(frozen=True, slots=True)
class Bench:
    """A hyperextension bench: a hip pad and an ankle roller on a frame."""

    pad: tuple[float, float]  # top middle of the hip pad
    roller: tuple[float, float]  # centre of the ankle roller


Prop = Mat | Barbell | Towel | Table | Band | Bench

LIMBS = frozenset({"near_arm", "far_arm", "near_leg", "far_leg"})


@dataclass(frozen=True, slots=True)
class Figure:
    keys: tuple[Pose, ...]  # the cycle; keys[0] is the start pose
    props: tuple[Prop, ...] = (Mat(),)
    hold: int = 1  # the key pose a hold eases into
    near_side: Side = Side.RIGHT  # the body side facing the viewer in the drawing
    working: frozenset[str] = frozenset()  # limbs that work on a one-sided exercise
    one_sided: bool = False  # keys show one side; both sides = keys, then keys swapped
    held: bool = False  # a hold by nature: timed work settles into the held pose
    smooth: bool = True  # ease in and out of each key pose (False: even speed)
    still: int = 0  # the key pose shown in stills and previews
    trail: bool = False  # draw the path the near hand follows (circles, sweeps)

    def cycle(self, side: Side | None) -> tuple[Pose, ...]:
        if self.one_sided and side is None:
            return self.keys + tuple(k.swapped() for k in self.keys)
        return self.keys


def mirrored(figure: Figure, side: Side | None) -> bool:
    """Whether to draw the figure mirrored so that ``side`` faces the viewer."""
    return side is not None and side is not figure.near_side


def highlighted(figure: Figure, side: Side | None) -> frozenset[str]:
    """The limbs to draw in the accent colour."""
    return figure.working if side is not None else frozenset()


def cycle_pose(keys: tuple[Pose, ...], t: float, smooth: bool = True) -> Pose:
    """The pose at position ``t`` (0..1) of a closed cycle through ``keys``."""
    n = len(keys)
    if n == 1:
        return keys[0]
    x = (t % 1.0) * n
    i = int(x) % n
    f = x - int(x)
    return blend(keys[i], keys[(i + 1) % n], smoothstep(f) if smooth else f)


def pose_at(figure: Figure, motion: Motion, side: Side | None = None) -> Pose:
    keys = figure.cycle(side)
    start, held = keys[0], keys[figure.hold % len(keys)]
    if motion.phase is Phase.STILL:
        return start
    if motion.phase is Phase.HOLD or figure.held:
        return blend(start, held, motion.into)
    return cycle_pose(keys, motion.t, figure.smooth)


def still_motion(figure: Figure) -> Motion:
    """The motion that shows the figure's most telling key pose (for stills)."""
    n = len(figure.keys)
    into = 1.0 if figure.still % n == figure.hold % n else 0.0
    return Motion(Phase.CYCLE, (figure.still % n) / len(figure.cycle(None)), into)
