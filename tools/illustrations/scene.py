"""The body's colours and the props (mat, bench, table, band, barbell, towel) as meshes."""

from __future__ import annotations

import math

import numpy as np

from .render import Mesh
from .rig import Body

SKIN = (240, 168, 128)
SKIN_SHADE = (208, 128, 98)
SHIRT = (66, 126, 192)
SHIRT_SHADE = (44, 92, 150)
SHORTS = (56, 64, 82)
SHORTS_SHADE = (38, 44, 58)
EYE = (40, 40, 48)
MAT = (128, 190, 214)
MAT_SHADE = (108, 168, 194)
METAL = (150, 156, 166)
METAL_SHADE = (112, 118, 128)
PLATE = (60, 64, 74)
PLATE_SHADE = (40, 42, 50)
WOOD = (196, 150, 104)
WOOD_SHADE = (160, 116, 78)
PAD = (70, 74, 88)
PAD_SHADE = (48, 52, 62)
BAND = (226, 92, 84)
BAND_SHADE = (184, 66, 62)
TOWEL = (236, 196, 92)
TOWEL_SHADE = (204, 160, 64)


def body_mesh(body: Body, verts: np.ndarray) -> Mesh:
    """The body: skin, with a shirt and shorts where its clothing fields say."""
    label = np.where(body.eye, 3, 0)
    lit = np.array([SKIN, SHIRT, SHORTS, EYE], dtype=np.float64)[label]
    dark = np.array([SKIN_SHADE, SHIRT_SHADE, SHORTS_SHADE, EYE], dtype=np.float64)[label]
    return Mesh(
        verts,
        body.tris,
        lit,
        dark,
        part=np.where(label == 3, 9, 0),
        fields=body.clothes,
        layers=[(SHIRT, SHIRT_SHADE, 1), (SHORTS, SHORTS_SHADE, 2)],
    )


def floor_shadow(body: Body, verts: np.ndarray, floor: float = 0.0) -> Mesh:
    """The body's shadow straight down on the floor, for the parts near it."""
    near = verts[:, 2] < floor + 0.35
    keep = near[body.tris].all(axis=1)
    flat = verts.copy()
    flat[:, 2] = floor + 0.002
    tris = body.tris[keep]
    strength = np.clip(1.0 - (verts[:, 2] - floor) / 0.35, 0, 1)
    del strength
    return Mesh(flat, tris, np.zeros((len(tris), 3)), cull=False, flat_light=True, alpha=1.0)


def _colours(n: int, lit: tuple[int, int, int], dark: tuple[int, int, int]):  # type: ignore[no-untyped-def]
    return np.tile(np.array(lit, float), (n, 1)), np.tile(np.array(dark, float), (n, 1))


def box(
    centre: tuple[float, float, float],
    size: tuple[float, float, float],
    lit: tuple[int, int, int],
    dark: tuple[int, int, int],
    *,
    outline: bool = True,
) -> Mesh:
    c, s = np.asarray(centre, float), np.asarray(size, float) / 2
    corners = np.array([[x, y, z] for x in (-1, 1) for y in (-1, 1) for z in (-1, 1)], float)
    verts = c + corners * s
    quads = [(0, 1, 3, 2), (4, 6, 7, 5), (0, 4, 5, 1), (2, 3, 7, 6), (0, 2, 6, 4), (1, 5, 7, 3)]
    tris = np.array([t for a, b, cc, d in quads for t in ((a, b, cc), (a, cc, d))])
    lc, dc = _colours(len(tris), lit, dark)
    return Mesh(verts, tris, lc, dc, smooth=False, outline=outline)


def cylinder(
    p0: tuple[float, float, float] | np.ndarray,
    p1: tuple[float, float, float] | np.ndarray,
    radius: float,
    lit: tuple[int, int, int],
    dark: tuple[int, int, int],
    segments: int = 20,
) -> Mesh:
    a, b = np.asarray(p0, float), np.asarray(p1, float)
    axis = b - a
    axis /= np.linalg.norm(axis)
    helper = np.array([0.0, 0.0, 1.0]) if abs(axis[2]) < 0.9 else np.array([1.0, 0.0, 0.0])
    u = np.cross(axis, helper)
    u /= np.linalg.norm(u)
    v = np.cross(axis, u)
    ring = [radius * (math.cos(t) * u + math.sin(t) * v)
            for t in np.linspace(0, 2 * math.pi, segments, endpoint=False)]  # fmt: skip
    verts = np.array([a + r for r in ring] + [b + r for r in ring] + [a, b])
    n = segments
    tris = []
    for i in range(n):
        j = (i + 1) % n
        tris += [(i, j, n + j), (i, n + j, n + i), (2 * n, j, i), (2 * n + 1, n + i, n + j)]
    lc, dc = _colours(len(tris), lit, dark)
    return Mesh(verts, np.array(tris), lc, dc, smooth=False)


def mat(x0: float, x1: float, y0: float, y1: float, thick: float = 0.012) -> Mesh:
    m = box(((x0 + x1) / 2, (y0 + y1) / 2, -thick / 2), (x1 - x0, y1 - y0, thick), MAT, MAT_SHADE)
    return m


def barbell(centre: tuple[float, float, float], half: float = 0.62) -> list[Mesh]:
    """A bar along x with two plates; ``centre`` is the bar's middle."""
    c = np.asarray(centre, float)
    x = np.array([1.0, 0.0, 0.0])
    bar = cylinder(c - (half + 0.12) * x, c + (half + 0.12) * x, 0.014, METAL, METAL_SHADE)
    plates = [
        cylinder(c + s * half * x, c + s * (half + 0.05) * x, 0.2, PLATE, PLATE_SHADE, 28)
        for s in (-1, 1)
    ]
    return [bar, *plates]


def bench(pad_top: tuple[float, float, float], roller: tuple[float, float, float]) -> list[Mesh]:
    """A hyperextension bench: a hip pad, an ankle roller under a foot plate, a frame."""
    px, py, pz = pad_top
    rx, ry, rz = roller
    parts = [
        box((px, py, pz - 0.06), (0.42, 0.26, 0.12), PAD, PAD_SHADE),
        cylinder((rx - 0.2, ry, rz), (rx + 0.2, ry, rz), 0.05, PAD, PAD_SHADE),
        box((px, (py + ry) / 2, 0.06), (0.36, abs(ry - py) + 0.3, 0.06), METAL, METAL_SHADE),
        box((px, py, (pz - 0.12) / 2), (0.06, 0.06, pz - 0.12), METAL, METAL_SHADE),
        box((rx, ry, (rz - 0.05) / 2), (0.06, 0.06, rz - 0.05), METAL, METAL_SHADE),
        box((rx, ry + 0.1, rz - 0.14), (0.36, 0.04, 0.3), METAL, METAL_SHADE),
    ]
    return parts


def table(
    x0: float, x1: float, y0: float, y1: float, top: float, legs_y: tuple[float, float]
) -> list[Mesh]:
    """A table top over [x0, x1] x [y0, y1] at height ``top``, its legs at ``legs_y``."""
    t = 0.04
    parts = [
        box(((x0 + x1) / 2, (y0 + y1) / 2, top - t / 2), (x1 - x0, y1 - y0, t), WOOD, WOOD_SHADE)
    ]
    for x in (x0 + 0.05, x1 - 0.05):
        for y in legs_y:
            parts.append(box((x, y, (top - t) / 2), (0.05, 0.05, top - t), WOOD, WOOD_SHADE))
    return parts


def band(anchor: np.ndarray, hand: np.ndarray) -> list[Mesh]:
    post = box(
        (anchor[0], anchor[1], anchor[2] / 2 + 0.1),
        (0.08, 0.08, anchor[2] + 0.2),
        METAL,
        METAL_SHADE,
    )
    return [post, cylinder(anchor, hand, 0.012, BAND, BAND_SHADE, 10)]


def towel(hand_l: np.ndarray, hand_r: np.ndarray) -> Mesh:
    """A rolled towel held taut between the hands."""
    d = hand_l - hand_r
    ext = d / max(np.linalg.norm(d), 1e-9) * 0.1
    return cylinder(hand_r - ext, hand_l + ext, 0.028, TOWEL, TOWEL_SHADE, 14)
