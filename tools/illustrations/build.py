"""Render the exercise illustrations into resources/illustrations/ (``./dev illustrations``).

    python -m tools.illustrations.build [--only ID ...] [--size 600x400] [--jobs 2]

Writes ``<id>/NN.png`` (optimised RGBA PNG, transparent background) for each exercise's
key poses and in-between frames, ``manifest.json`` (the frames, and which one shows each
moment of a repetition or a hold; see ``backtimer/illustration/frames.py``) and the
contact sheet of every key pose, ``docs/illustrations.png``. Uses numpy and Pillow only.
"""

from __future__ import annotations

import argparse
import json
import shutil
import time
from multiprocessing import Pool
from pathlib import Path
from typing import Any

import numpy as np

from . import rig, scene
from .exercises import EXERCISES
from .plan import Plan, plan
from .render import Camera, Mesh, render

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "resources" / "illustrations"
DOCS = ROOT / "docs"
MANIFEST_VERSION = 1


def frame_meshes(body: rig.Body, p: Plan, index: int) -> list[Mesh]:
    pose = p.poses[index]
    verts = rig.pose_body(body, pose)
    meshes = [*p.scenery]
    if p.exercise.props:
        meshes += p.exercise.props(body, pose, verts)
    meshes.append(scene.body_mesh(body, verts))
    if p.scenery:
        meshes.insert(len(p.scenery), scene.floor_shadow(body, verts))
    return meshes


def render_frame(body: rig.Body, p: Plan, index: int, cam: Camera | None = None) -> np.ndarray:
    return render(frame_meshes(body, p, index), cam or p.camera)


def save_png(rgba: np.ndarray, path: Path) -> None:
    from PIL import Image

    img = Image.fromarray(rgba, "RGBA")
    img = img.quantize(colors=160, method=Image.Quantize.FASTOCTREE, dither=Image.Dither.NONE)
    img.save(path, optimize=True)


def _plan_job(args: tuple[str, int, int]) -> Plan:
    ex_id, width, height = args
    return _portable(plan(EXERCISES[ex_id], rig.load(), width, height))


def _portable(p: Plan) -> Plan:
    """The plan without its settle function (a closure cannot go to another process)."""
    from dataclasses import replace

    return replace(p, exercise=replace(p.exercise, settle=None, scenery=None))


def _render_job(args: tuple[Plan, int, str]) -> tuple[str, int, float]:
    p, index, path = args
    t = time.perf_counter()
    save_png(render_frame(rig.load(), p, index), Path(path))
    return p.exercise.id, index, time.perf_counter() - t


def manifest_entry(p: Plan) -> dict[str, object]:
    return {
        "frames": len(p.poses),
        "keys": p.key_frames,
        "cycle": p.cycle,
        "hold": p.hold,
        "settle": p.exercise.held,
    }


def contact_sheet(ids: list[str], out_dir: Path, path: Path) -> None:
    """Every key pose of every exercise, labelled, on a white page."""
    from PIL import Image, ImageDraw

    manifest = json.loads((out_dir / "manifest.json").read_text())
    cell_w, cell_h, label = 300, 200, 18
    rows = []
    for ex_id in ids:
        keys = manifest["exercises"][ex_id]["keys"]
        rows.append((ex_id, keys))
    cols = 4
    sheet = Image.new("RGB", (cols * cell_w, len(rows) * (cell_h + label)), "white")
    draw = ImageDraw.Draw(sheet)
    for r, (ex_id, keys) in enumerate(rows):
        y = r * (cell_h + label)
        draw.text((4, y + 2), ex_id, fill=(0, 0, 0))
        for c, k in enumerate(keys[:cols]):
            img = Image.open(out_dir / ex_id / f"{k:02d}.png").convert("RGBA")
            img = img.resize((cell_w, cell_h), Image.Resampling.LANCZOS)
            sheet.paste(img, (c * cell_w, y + label), img)
            draw.text((c * cell_w + cell_w - 50, y + 2), f"key {c}", fill=(90, 90, 90))
    sheet.save(path, optimize=True)


def _preview_job(args: tuple[str, int, int]) -> list[np.ndarray]:
    ex_id, width, height = args
    body = rig.load()
    p = plan(EXERCISES[ex_id], body, width, height, steps=1)
    return [render_frame(body, p, k) for k in p.key_frames]


def preview(ids: list[str], path: Path, width: int = 420, height: int = 280, jobs: int = 2) -> None:
    """Only the key poses, side by side, one exercise a row (for authoring)."""
    from PIL import Image

    with Pool(jobs) as pool:
        rows = pool.map(_preview_job, [(i, width, height) for i in ids])
    cols = max(len(r) for r in rows)
    sheet = Image.new("RGB", (cols * width, len(rows) * height), (236, 236, 236))
    for r, imgs in enumerate(rows):
        for c, rgba in enumerate(imgs):
            img = Image.fromarray(rgba, "RGBA")
            sheet.paste(img, (c * width, r * height), img)
    sheet.save(path)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--only", nargs="*", help="exercise ids (default: all)")
    parser.add_argument("--size", default="600x400")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--preview", type=Path, help="only draw the key poses into this PNG")
    parser.add_argument("--doc", action="store_true", help="only rewrite docs/illustrations.md")
    args = parser.parse_args(argv)
    width, height = (int(v) for v in args.size.split("x"))
    ids = args.only or sorted(EXERCISES)
    if args.preview:
        preview(ids, args.preview, jobs=args.jobs)
        return
    out: Path = args.out
    if args.doc:
        write_doc(json.loads((out / "manifest.json").read_text()), out)
        return
    out.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    manifest_path = out / "manifest.json"
    manifest = (
        json.loads(manifest_path.read_text())
        if manifest_path.exists()
        else {"version": MANIFEST_VERSION, "exercises": {}}
    )
    manifest["size"] = [width, height]
    jobs = []
    with Pool(args.jobs) as pool:
        plans = pool.map(_plan_job, [(ex_id, width, height) for ex_id in ids], chunksize=1)
        planned = time.perf_counter() - started
        for p in plans:
            manifest["exercises"][p.exercise.id] = manifest_entry(p)
            folder = out / p.exercise.id
            shutil.rmtree(folder, ignore_errors=True)
            folder.mkdir()
            jobs += [(p, i, str(folder / f"{i:02d}.png")) for i in range(len(p.poses))]
        for ex_id, i, secs in pool.imap_unordered(_render_job, jobs, chunksize=1):
            print(f"{ex_id} {i:02d} {secs:.1f}s", flush=True)
    manifest["exercises"] = dict(sorted(manifest["exercises"].items()))
    manifest_path.write_text(json.dumps(manifest, indent=1) + "\n")
    total = sum(f.stat().st_size for f in out.rglob("*.png"))
    elapsed = time.perf_counter() - started
    print(
        f"{len(jobs)} frames of {len(ids)} exercises in {elapsed:.0f} s "
        f"(planning {planned:.0f} s); all frames {total / 1e6:.2f} MB"
    )
    if not args.only:
        manifest["last_full_render"] = {
            "frames": len(jobs),
            "minutes": round(elapsed / 60, 1),
            "processes": args.jobs,
        }
        manifest_path.write_text(json.dumps(manifest, indent=1) + "\n")
    if out == OUT:
        write_doc(manifest, out)


def write_doc(manifest: dict[str, Any], out: Path) -> None:
    """docs/illustrations.md and its contact sheet: how the pictures are made, every key
    pose, and one line an exercise on what its pictures show."""
    DOCS.mkdir(exist_ok=True)
    contact_sheet(sorted(manifest["exercises"]), out, DOCS / "illustrations.png")
    total = sum(f.stat().st_size for f in out.rglob("*.png"))
    frames = sum(1 for _ in out.rglob("*.png"))
    last = manifest.get("last_full_render", {})
    width, height = manifest["size"]
    lines = [
        "# Exercise illustrations",
        "",
        "Every built-in exercise is shown by a real human body (MakeHuman's CC0 base body; see",
        "`resources/illustrations/LICENSE.md`), posed with named anatomical joints, skinned and",
        "rendered offline by `tools/illustrations` (`./dev illustrations`, numpy and Pillow) into",
        f"{width}x{height} transparent PNGs in `resources/illustrations/`, which are committed:",
        "the app and CI never render a body. The player shows the frame that matches the",
        "moment: one pass through the movement per paced repetition, easing into a hold and",
        "staying, the start pose during rests; the right side of a one-sided exercise is the",
        "mirror image of the left.",
        "",
        f"{frames} frames of {len(manifest['exercises'])} exercises, {total / 2**20:.2f} MB in "
        f"all. The last full render took {last.get('minutes', '?')} minutes with "
        f"{last.get('processes', '?')} processes on a shared two-core machine.",
        "",
        "The contact sheet shows every key pose (key 0 is the start pose):",
        "",
        "![Every key pose](illustrations.png)",
        "",
        "| Exercise | Frames | What the pictures show |",
        "|---|---|---|",
    ]
    for ex_id, entry in manifest["exercises"].items():
        ex = EXERCISES[ex_id]
        lines.append(f"| `{ex_id}` | {entry['frames']} | {ex.note} |")
    (DOCS / "illustrations.md").write_text("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
