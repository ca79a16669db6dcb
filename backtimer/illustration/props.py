"""Drawing the props: mat and floor, table, bench and band behind the body; barbell and
towel in the hands, in front of it. Model units, ``y`` up, floor at ``y = 0``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen

from backtimer.illustration.figures import Band, Barbell, Bench, Mat, Prop, Table, Towel
from backtimer.illustration.skeleton import Joints, Point

if TYPE_CHECKING:
    from backtimer.illustration.render import FigurePalette

PLATE_R = 1.25
MAT_H = 0.28
ROLLER_R = 0.42


def _hands(j: Joints) -> Point:
    (ax, ay), (bx, by) = j.near_arm.end, j.far_arm.end
    return ((ax + bx) / 2, (ay + by) / 2)


def extent(props: tuple[Prop, ...], j: Joints) -> list[tuple[float, float, float, float]]:
    """Rectangles (x0, y0, x1, y1) the props cover with the body at ``j``."""
    out: list[tuple[float, float, float, float]] = []
    for prop in props:
        if isinstance(prop, Barbell):
            x, y = _hands(j)
            out.append((x - PLATE_R, y - PLATE_R, x + PLATE_R, y + PLATE_R))
        elif isinstance(prop, Table):
            out.append((prop.x0, 0.0, prop.x1, prop.top))
        elif isinstance(prop, Band):
            out.append((prop.anchor[0] - 0.4, 0.0, prop.anchor[0] + 0.4, prop.anchor[1] + 0.6))
        elif isinstance(prop, Bench):
            rx, ry = prop.roller
            out.append((rx - 0.8, 0.0, prop.pad[0] + 1.0, max(ry, prop.pad[1]) + ROLLER_R))
        elif isinstance(prop, Mat):
            out.append((0.0, -MAT_H, 0.0, 0.0))
    return out


def _pen(color: QColor, width: float) -> QPen:
    pen = QPen(color, width)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return pen


def draw_behind(
    p: QPainter, props: tuple[Prop, ...], j: Joints, scene: QRectF, pal: FigurePalette
) -> None:
    p.setPen(_pen(pal.floor, 0.12))
    p.drawLine(QLineF(scene.left() + 0.2, -MAT_H, scene.right() - 0.2, -MAT_H))
    for prop in props:
        if isinstance(prop, Mat):
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QBrush(pal.mat))
            width = scene.width() - 1.6
            p.drawRoundedRect(
                QRectF(scene.center().x() - width / 2, -MAT_H, width, MAT_H), 0.14, 0.14
            )
        elif isinstance(prop, Table):
            _table(p, prop, pal)
        elif isinstance(prop, Bench):
            _bench(p, prop, pal)
        elif isinstance(prop, Band):
            ax, ay = prop.anchor
            p.setPen(_pen(pal.prop, 0.32))
            p.drawLine(QLineF(ax, -MAT_H, ax, ay + 0.4))
            p.setPen(_pen(pal.accent, 0.14))
            hx, hy = _hands(j)
            p.drawLine(QLineF(ax, ay, hx, hy))
        elif isinstance(prop, Barbell):
            # The far plate, behind the body.
            x, y = _hands(j)
            p.setPen(_pen(pal.prop_far, 0.2))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawEllipse(QPointF(x - 0.25, y + 0.1), PLATE_R * 0.97, PLATE_R * 0.97)


def draw_in_front(p: QPainter, props: tuple[Prop, ...], j: Joints, pal: FigurePalette) -> None:
    for prop in props:
        if isinstance(prop, Barbell):
            x, y = _hands(j)
            fill = QColor(pal.prop)
            fill.setAlphaF(0.28)
            p.setPen(_pen(pal.prop, 0.24))
            p.setBrush(QBrush(fill))
            p.drawEllipse(QPointF(x, y), PLATE_R, PLATE_R)
            p.setBrush(QBrush(pal.prop))
            p.drawEllipse(QPointF(x, y), 0.22, 0.22)
        elif isinstance(prop, Towel):
            (ex, ey), (wx, wy) = j.near_arm.mid, j.near_arm.end
            dx, dy = wx - ex, wy - ey
            n = max(1e-6, (dx * dx + dy * dy) ** 0.5)
            ux, uy = -dy / n * 0.55, dx / n * 0.55  # across the forearm
            p.setPen(_pen(pal.soft, 0.42))
            p.drawLine(QLineF(wx - ux, wy - uy, wx + ux, wy + uy))


def _table(p: QPainter, t: Table, pal: FigurePalette) -> None:
    p.setPen(_pen(pal.prop_far, 0.26))
    p.drawLine(QLineF(t.x0 + 2.6, 0.0, t.x0 + 2.6, t.top - 0.2))
    p.setPen(_pen(pal.prop, 0.3))
    p.drawLine(QLineF(t.x1 - 0.5, 0.0, t.x1 - 0.5, t.top - 0.2))
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QBrush(pal.prop))
    p.drawRoundedRect(QRectF(t.x0, t.top - 0.3, t.x1 - t.x0, 0.3), 0.1, 0.1)


def _bench(p: QPainter, b: Bench, pal: FigurePalette) -> None:
    px, py = b.pad
    rx, ry = b.roller
    p.setPen(_pen(pal.prop, 0.28))
    p.drawLine(QLineF(px, py - 0.3, px - 0.6, -MAT_H))  # front leg
    p.drawLine(QLineF(px - 0.6, -MAT_H + 0.1, rx - 0.3, -MAT_H + 0.1))  # base
    p.drawLine(QLineF(rx - 0.3, -MAT_H, rx + 0.1, ry - 1.25))  # rear post
    p.drawLine(QLineF(rx + 0.1, ry - 1.25, rx, ry))  # the roller's arm
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QBrush(pal.prop))
    p.drawRoundedRect(QRectF(px - 0.9, py - 0.42, 1.8, 0.42), 0.2, 0.2)
    p.drawEllipse(QPointF(rx, ry), ROLLER_R, ROLLER_R)
    p.drawEllipse(QPointF(rx + 0.1, ry - 1.25), ROLLER_R * 0.9, ROLLER_R * 0.9)
