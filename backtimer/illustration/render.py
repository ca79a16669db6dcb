"""Drawing an exercise figure with QPainter: a pose, its props, scaled to fit a rectangle.

The scene of an exercise (every key pose and every prop) is measured once, so the
figure keeps its size and place while it moves. Paint in model units: the painter is
scaled so that ``y`` points up and the floor is ``y = 0``.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen

from backtimer.core.model import Side
from backtimer.core.motion import STILL, Motion
from backtimer.illustration import props as propdraw
from backtimer.illustration.figures import Figure, cycle_pose, highlighted, mirrored, pose_at
from backtimer.illustration.skeleton import (
    ARM_W,
    HEAD_R,
    LIMB_W,
    NECK_W,
    TORSO_W,
    Joints,
    Limb,
    Point,
    joints,
)

MARGIN = 0.6  # units around the scene
MIN_W, MIN_H = 10.5, 6.5  # a lying figure does not fill a tall area on its own


@dataclass(frozen=True, slots=True)
class FigurePalette:
    near: QColor  # body and near limbs
    far: QColor  # limbs on the far side
    accent: QColor  # the working limb
    mat: QColor
    prop: QColor  # metal, wood
    prop_far: QColor
    soft: QColor  # towel, plate fill
    floor: QColor
    background: QColor  # outlines the near limbs where they cross the body

    @classmethod
    def for_background(cls, background: QColor) -> FigurePalette:
        """Colours that read on ``background`` (light or dark)."""
        if background.lightnessF() >= 0.5:
            return cls(
                near=QColor("#33475b"),
                far=QColor("#94a7ba"),
                accent=QColor("#d9661f"),
                mat=QColor("#a9d8cf"),
                prop=QColor("#6b5646"),
                prop_far=QColor("#b5a497"),
                soft=QColor("#e9c46a"),
                floor=QColor("#b8bec4"),
                background=QColor(background),
            )
        return cls(
            near=QColor("#e4eaf1"),
            far=QColor("#7d8fa3"),
            accent=QColor("#ff9c50"),
            mat=QColor("#2e6158"),
            prop=QColor("#c9b29e"),
            prop_far=QColor("#7c6d61"),
            soft=QColor("#d4a93c"),
            floor=QColor("#5d656e"),
            background=QColor(background),
        )


def _limb_points(limb: Limb) -> list[Point]:
    pts = [limb.root, limb.mid, limb.end]
    if limb.tip is not None:
        pts.append(limb.tip)
    return pts


@lru_cache(maxsize=64)
def _scene(figure: Figure) -> tuple[float, float, float, float]:
    xs: list[float] = []
    ys: list[float] = [0.0]
    for side in (None, Side.LEFT):
        for pose in figure.cycle(side):
            j = joints(pose)
            for (x, y), r in j.points():
                xs += [x - r, x + r]
                ys += [y - r, y + r]
            for x0, y0, x1, y1 in propdraw.extent(figure.props, j):
                xs += [x0, x1]
                ys += [y0, y1]
    x0, y0 = min(xs) - MARGIN, min(ys) - MARGIN
    w, h = max(xs) + MARGIN - x0, max(ys) + MARGIN - y0
    if w < MIN_W:
        x0, w = x0 - (MIN_W - w) / 2, MIN_W
    return x0, y0, w, max(h, MIN_H)  # y up: a short scene grows upwards


def scene_rect(figure: Figure) -> QRectF:
    """Model-space rectangle holding every key pose (both sides) and the props."""
    return QRectF(*_scene(figure))


def _pen(color: QColor, width: float) -> QPen:
    pen = QPen(color, width)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return pen


def _polyline(p: QPainter, pts: list[Point], color: QColor, width: float) -> None:
    p.setPen(_pen(color, width))
    p.drawPolyline([QPointF(x, y) for x, y in pts])


@lru_cache(maxsize=64)
def _trail(figure: Figure, side: Side | None) -> tuple[Point, ...]:
    """The path of the near hand over one cycle."""
    keys = figure.cycle(side)
    return tuple(joints(cycle_pose(keys, n / 48, figure.smooth)).near_arm.end for n in range(49))


def _draw_trail(p: QPainter, pts: tuple[Point, ...], pal: FigurePalette) -> None:
    pen = _pen(pal.far, 0.12)
    pen.setStyle(Qt.PenStyle.DotLine)
    p.setPen(pen)
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawPolyline([QPointF(x, y) for x, y in pts])


def _faded(pal: FigurePalette) -> FigurePalette:
    def fade(c: QColor) -> QColor:
        b, k = pal.background, 0.72
        return QColor.fromRgbF(
            c.redF() + (b.redF() - c.redF()) * k,
            c.greenF() + (b.greenF() - c.greenF()) * k,
            c.blueF() + (b.blueF() - c.blueF()) * k,
        )

    return replace(pal, near=fade(pal.near), far=fade(pal.far), accent=fade(pal.accent))


def _draw_body(
    p: QPainter, j: Joints, pal: FigurePalette, hot: frozenset[str], front: bool
) -> None:
    def limb(limb: Limb, name: str, base: QColor, width: float, outline: bool = False) -> None:
        pts = _limb_points(limb)
        if outline:
            _polyline(p, pts, pal.background, width + 0.16)
        _polyline(p, pts, pal.accent if name in hot else base, width)

    far = pal.near if front else pal.far  # a front view has no near and far side
    limb(j.far_leg, "far_leg", far, LIMB_W)
    limb(j.far_arm, "far_arm", far, ARM_W)
    # The back: a curve from the hip to the shoulders, the neck, the head.
    back = QPainterPath(QPointF(*j.hip))
    back.quadTo(QPointF(*j.back_mid), QPointF(*j.shoulder))
    p.setPen(_pen(pal.near, TORSO_W))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawPath(back)
    _polyline(p, [j.shoulder, j.head], pal.near, NECK_W)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QBrush(pal.near))
    if j.belly_r > 0.01:
        p.drawEllipse(QPointF(*j.belly), j.belly_r + 0.25, j.belly_r + 0.15)
    p.drawEllipse(QPointF(*j.head), HEAD_R, HEAD_R)
    if j.nose is not None:
        p.drawEllipse(QPointF(*j.nose), 0.17, 0.17)
    limb(j.near_leg, "near_leg", pal.near, LIMB_W, outline=True)
    limb(j.near_arm, "near_arm", pal.near, ARM_W, outline=True)


def paint_figure(
    painter: QPainter,
    target: QRectF,
    figure: Figure,
    motion: Motion = STILL,
    side: Side | None = None,
    palette: FigurePalette | None = None,
    ghost: bool = False,
) -> None:
    """Draw ``figure`` at ``motion`` into ``target``, centred, proportions kept.

    ``ghost`` (for stills) also draws the other end of the movement, faded, behind.
    """
    pal = palette or FigurePalette.for_background(QColor("white"))
    scene = scene_rect(figure)
    if target.width() <= 0 or target.height() <= 0:
        return
    scale = min(target.width() / scene.width(), target.height() / scene.height())
    pose = pose_at(figure, motion, side)
    j = joints(pose)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.translate(target.center())
    flip = -1.0 if mirrored(figure, side) else 1.0
    painter.scale(scale * flip, -scale)
    painter.translate(-scene.center().x(), -scene.center().y())
    propdraw.draw_behind(painter, figure.props, j, scene, pal)
    if figure.trail:
        _draw_trail(painter, _trail(figure, side), pal)
    if ghost:
        other = figure.keys[1] if figure.still == 0 else figure.keys[0]
        _draw_body(painter, joints(other), _faded(pal), frozenset(), pose.width > 0)
    _draw_body(painter, j, pal, highlighted(figure, side), pose.width > 0)
    propdraw.draw_in_front(painter, figure.props, j, pal)
    painter.restore()
