"""A numpy z-buffer renderer in one illustration style.

Flat-coloured meshes (the body with its clothes made by recolouring, and the props), lit
with two tones (a light and a shadow colour a face, split at a threshold of the smooth
lighting), a dark outline where the silhouette, a depth step or a colour edge is, and a
transparent background, so the picture suits light and dark themes alike. The camera is
orthographic; the image is drawn ``SS`` times larger and scaled down (anti-aliasing).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

SS = 3  # supersampling
LIGHT = np.array([-0.45, 0.55, 0.70])  # camera space: from the upper left, in front
SPLIT = 0.18  # light . normal below this is in shadow
OUTLINE = np.array([38, 42, 52], dtype=np.float64)


@dataclass
class Mesh:
    verts: np.ndarray  # (V, 3) world
    tris: np.ndarray  # (T, 3)
    colour: np.ndarray  # (T, 3) lit colour of each face, 0..255
    shade: np.ndarray | None = None  # (T, 3) colour in shadow; default: colour * 0.72
    part: np.ndarray | None = None  # (T,) a label; an edge between labels is outlined
    cull: bool = True  # skip faces turned away (closed, outward-wound meshes)
    smooth: bool = True  # smooth lighting from vertex normals (else flat faces)
    outline: bool = True
    flat_light: bool = False  # no shading at all (floor shadows)
    alpha: float = 1.0
    # per-vertex fields (V, K): where field k is > 0 (interpolated over each face, so the
    # edge is smooth), the surface takes layer k's colours and part label instead
    fields: np.ndarray | None = None
    layers: list[tuple[tuple[int, int, int], tuple[int, int, int], int]] | None = None


@dataclass(frozen=True)
class Camera:
    azimuth: float  # degrees; 0 looks at the body's left side (+x) from outside
    elevation: float  # degrees above the horizon
    centre: tuple[float, float, float] = (0.0, 0.0, 0.8)
    scale: float = 300.0  # pixels a metre (final image)
    width: int = 600
    height: int = 400
    offset: tuple[float, float] = (0.0, 0.0)  # pixels: where the centre lands from the middle

    def axes(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """right, up, and towards-the-viewer unit vectors."""
        a, e = math.radians(self.azimuth), math.radians(self.elevation)
        back = np.array([math.cos(a) * math.cos(e), math.sin(a) * math.cos(e), math.sin(e)])
        right = np.cross(np.array([0.0, 0.0, 1.0]), back)
        right /= np.linalg.norm(right)
        up = np.cross(back, right)
        return right, up, back

    def project(self, p: np.ndarray, ss: int = SS) -> np.ndarray:
        """(N, 3) world -> (N, 3): pixel x, pixel y (supersampled), depth (small = near)."""
        right, up, back = self.axes()
        q = p - np.asarray(self.centre)
        s = self.scale * ss
        x = q @ right * s + (self.width / 2 + self.offset[0]) * ss
        y = -(q @ up) * s + (self.height / 2 + self.offset[1]) * ss
        return np.stack([x, y, -(q @ back)], axis=1)


def _normals(verts: np.ndarray, tris: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    a, b, c = verts[tris[:, 0]], verts[tris[:, 1]], verts[tris[:, 2]]
    fn = np.cross(b - a, c - a)
    vn = np.zeros_like(verts)
    for k in range(3):
        np.add.at(vn, tris[:, k], fn)
    vn /= np.maximum(np.linalg.norm(vn, axis=1, keepdims=True), 1e-12)
    fn /= np.maximum(np.linalg.norm(fn, axis=1, keepdims=True), 1e-12)
    return fn, vn


def _raster(
    p: np.ndarray, tris: np.ndarray, w: int, h: int
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Every covered pixel of every triangle: pixel index, depth, face, barycentrics."""
    v0, v1, v2 = p[tris[:, 0]], p[tris[:, 1]], p[tris[:, 2]]
    xs = np.stack([v0[:, 0], v1[:, 0], v2[:, 0]], axis=1)
    ys = np.stack([v0[:, 1], v1[:, 1], v2[:, 1]], axis=1)
    x0 = np.clip(np.floor(xs.min(1) - 0.5).astype(np.int64), 0, w - 1)
    x1 = np.clip(np.ceil(xs.max(1) - 0.5).astype(np.int64), 0, w - 1)
    y0 = np.clip(np.floor(ys.min(1) - 0.5).astype(np.int64), 0, h - 1)
    y1 = np.clip(np.ceil(ys.max(1) - 0.5).astype(np.int64), 0, h - 1)
    area = (v1[:, 0] - v0[:, 0]) * (v2[:, 1] - v0[:, 1]) - (v2[:, 0] - v0[:, 0]) * (
        v1[:, 1] - v0[:, 1]
    )
    keep = (np.abs(area) > 1e-9) & (x1 >= x0) & (y1 >= y0)
    span = np.maximum(x1 - x0, y1 - y0) + 1
    out: list[tuple[np.ndarray, ...]] = []
    sizes = [2, 4, 8, 16, 32, 64]
    lo = 0
    for size in [*sizes, 1 << 30]:
        sel = np.flatnonzero(keep & (span > lo) & (span <= size))
        lo = size
        if len(sel) == 0:
            continue
        if size > sizes[-1]:
            for t in sel:  # big faces (props), one at a time
                out.append(_cover(p, tris, area, [t], x0, y0, x1, y1, w, None))
            continue
        for chunk in np.array_split(sel, max(1, len(sel) * size * size // 2_000_000 + 1)):
            out.append(_cover(p, tris, area, chunk, x0, y0, x1, y1, w, size))
    if not out:
        e = np.zeros(0)
        return e.astype(np.int64), e, e.astype(np.int64), np.zeros((0, 3))
    pix, depth, face, bary = (np.concatenate(c) for c in zip(*out, strict=True))
    return pix, depth, face, bary


def _cover(p, tris, area, faces, x0, y0, x1, y1, w, size):  # type: ignore[no-untyped-def]
    faces = np.asarray(faces)
    if size is None:
        t = faces[0]
        gx, gy = np.meshgrid(np.arange(x0[t], x1[t] + 1), np.arange(y0[t], y1[t] + 1))
        px, py = gx.ravel()[None, :], gy.ravel()[None, :]
    else:
        g = np.arange(size)
        ox, oy = np.meshgrid(g, g)
        px = x0[faces][:, None] + ox.ravel()[None, :]
        py = y0[faces][:, None] + oy.ravel()[None, :]
    cx, cy = px + 0.5, py + 0.5
    tri = tris[faces]
    a, b, c = p[tri[:, 0]], p[tri[:, 1]], p[tri[:, 2]]
    ar = area[faces][:, None]

    def edge(u: np.ndarray, v: np.ndarray) -> np.ndarray:
        return (v[:, None, 0] - u[:, None, 0]) * (cy - u[:, None, 1]) - (
            v[:, None, 1] - u[:, None, 1]
        ) * (cx - u[:, None, 0])

    w0 = edge(b, c) / ar
    w1 = edge(c, a) / ar
    w2 = 1.0 - w0 - w1
    inside = (w0 >= 0) & (w1 >= 0) & (w2 >= 0)
    inside &= (px <= x1[faces][:, None]) & (py <= y1[faces][:, None])
    fi, ci = np.nonzero(inside)
    b0, b1, b2 = w0[fi, ci], w1[fi, ci], w2[fi, ci]
    depth = b0 * a[fi, 2] + b1 * b[fi, 2] + b2 * c[fi, 2]
    pix = py[fi if size is not None else 0, ci] * w + px[fi if size is not None else 0, ci]
    return pix, depth, faces[fi], np.stack([b0, b1, b2], axis=1)


def render(meshes: list[Mesh], cam: Camera, ss: int = SS) -> np.ndarray:
    """An RGBA image (height, width, 4) uint8 of the meshes."""
    w, h = cam.width * ss, cam.height * ss
    n = w * h
    zbuf = np.full(n, np.inf)
    rgb = np.zeros((n, 3))
    obj = np.zeros(n, dtype=np.int32)
    part = np.zeros(n, dtype=np.int32)
    lined = np.zeros(n, dtype=bool)
    shadow_layer = np.zeros(n)
    right, up, back = cam.axes()
    light = LIGHT / np.linalg.norm(LIGHT)
    light_world = light[0] * right + light[1] * up + light[2] * back
    for k, mesh in enumerate(meshes, start=1):
        p = cam.project(mesh.verts, ss)
        tris = mesh.tris
        fn, vn = _normals(mesh.verts, tris)
        if mesh.cull:
            facing = fn @ back > -0.05
            sel = np.flatnonzero(facing)
        else:
            sel = np.arange(len(tris))
        pix, depth, face_local, bary = _raster(p, tris[sel], w, h)
        face = sel[face_local]
        if mesh.flat_light:
            # a translucent layer (a shadow on the floor): darken what is behind it
            np.maximum.at(shadow_layer, pix, np.where(depth < zbuf[pix] + 1e-3, mesh.alpha, 0))
            continue
        if len(pix) == 0:
            continue
        # z-test
        np.minimum.at(zbuf, pix, depth)
        win = depth <= zbuf[pix]
        pix, depth, face, bary = pix[win], depth[win], face[win], bary[win]
        if mesh.smooth:
            vi = tris[face]
            nrm = np.einsum("fk,fkj->fj", bary, vn[vi])
            nrm /= np.maximum(np.linalg.norm(nrm, axis=1, keepdims=True), 1e-12)
        else:
            nrm = fn[face]
        lit = nrm @ light_world
        if not mesh.cull:  # two-sided: light the side that faces the viewer
            flip = (fn[face] @ back) < 0
            lit = np.where(flip, -lit, lit)
        shade = mesh.shade if mesh.shade is not None else mesh.colour * 0.72
        t = np.clip((lit - SPLIT) / 0.06 + 0.5, 0.0, 1.0)[:, None]
        lit_c, dark_c = mesh.colour[face], shade[face]
        label = mesh.part[face] if mesh.part is not None else np.zeros(len(face), np.int64)
        if mesh.fields is not None and mesh.layers is not None:
            vi = tris[face]
            for j, (lc, dc, lab) in enumerate(mesh.layers):
                inside = np.einsum("fk,fk->f", bary, mesh.fields[vi, j]) > 0
                inside &= label == 0
                lit_c = np.where(inside[:, None], np.asarray(lc, float), lit_c)
                dark_c = np.where(inside[:, None], np.asarray(dc, float), dark_c)
                label = np.where(inside, lab, label)
        colour = dark_c * (1 - t) + lit_c * t
        rgb[pix] = colour
        obj[pix] = k
        part[pix] = label + 1000 * k
        lined[pix] = mesh.outline
        # pixels a later (nearer) mesh covers lose this one's shadow layer
        shadow_layer[pix] = 0.0
    covered = obj > 0
    zimg = np.where(np.isfinite(zbuf), zbuf, 1e6).reshape(h, w)
    edges = _edges(zimg, obj.reshape(h, w), part.reshape(h, w), ss) & lined.reshape(h, w)
    rgb = rgb.reshape(h, w, 3)
    rgb[edges] = OUTLINE
    alpha = covered.reshape(h, w).astype(np.float64)
    # the outline also runs just outside the silhouette, so it reads on any background
    halo = _edges_outside(covered.reshape(h, w), lined.reshape(h, w), ss) & ~covered.reshape(h, w)
    rgb[halo] = OUTLINE
    alpha[halo] = 1.0
    sl = shadow_layer.reshape(h, w)
    dark = sl > 0
    rgb[dark] *= 1.0 - 0.18 * sl[dark, None]
    return _downsample(rgb, alpha, ss)


def _shift(a: np.ndarray, dy: int, dx: int, fill: float | int | bool) -> np.ndarray:
    out = np.full_like(a, fill)
    h, w = a.shape
    ys = slice(max(dy, 0), h + min(dy, 0))
    yd = slice(max(-dy, 0), h + min(-dy, 0))
    xs = slice(max(dx, 0), w + min(dx, 0))
    xd = slice(max(-dx, 0), w + min(-dx, 0))
    out[yd, xd] = a[ys, xs]
    return out


def _offsets(r: int) -> list[tuple[int, int]]:
    return [(dy, dx) for dy in range(-r, r + 1) for dx in range(-r, r + 1)
            if (dy or dx) and dy * dy + dx * dx <= r * r + 0.5]  # fmt: skip


def _edges(z: np.ndarray, obj: np.ndarray, part: np.ndarray, ss: int) -> np.ndarray:
    covered = obj > 0
    out = np.zeros_like(covered)
    r = max(1, round(ss * 0.75))
    for dy, dx in _offsets(r):
        nz = _shift(z, dy, dx, 1e6)
        no = _shift(obj, dy, dx, 0)
        npart = _shift(part, dy, dx, 0)
        out |= covered & (no == 0)
        out |= covered & (nz - z > 0.035)  # this surface is in front of a depth step
        out |= covered & (no != obj) & (nz > z)
    # colour edges (sleeve, waistband): a thinner line, on one side only
    for dy, dx in _offsets(max(1, r - 1)):
        npart = _shift(part, dy, dx, 0)
        out |= covered & (npart > part) & (npart // 1000 == part // 1000)
    return out


def _edges_outside(covered: np.ndarray, lined: np.ndarray, ss: int) -> np.ndarray:
    out = np.zeros_like(covered)
    src = covered & lined
    for dy, dx in _offsets(max(1, round(ss * 0.5))):
        out |= _shift(src, dy, dx, False)
    return out


def _downsample(rgb: np.ndarray, alpha: np.ndarray, ss: int) -> np.ndarray:
    h, w = alpha.shape
    H, W = h // ss, w // ss
    a = alpha.reshape(H, ss, W, ss).mean(axis=(1, 3))
    pre = (rgb * alpha[..., None]).reshape(H, ss, W, ss, 3).sum(axis=(1, 3))
    cnt = alpha.reshape(H, ss, W, ss).sum(axis=(1, 3))
    col = pre / np.maximum(cnt, 1e-9)[..., None]
    out = np.zeros((H, W, 4), dtype=np.uint8)
    out[..., :3] = np.clip(np.round(col), 0, 255).astype(np.uint8)
    out[..., 3] = np.clip(np.round(a * 255), 0, 255).astype(np.uint8)
    out[a == 0, :3] = 0
    return out
