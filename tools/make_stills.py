"""Render a still of every catalogue exercise, and a sheet with all of them.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/make_stills.py [--dark] [--out DIR]

Writes ``resources/illustrations/<id>.png`` (480x320, the exercise's most telling key
pose on a light background, the other end of the movement faded behind it) and
``resources/illustrations/sheet.png`` (all of them, labelled). The PNGs are stored
with an 8-bit palette to keep them small. ``--dark`` draws on a dark background (for
checking; write it elsewhere with ``--out``).
"""

from __future__ import annotations

import argparse
import math
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
STILL_W, STILL_H = 480, 320
CELL_W, CELL_H, LABEL_H, COLUMNS = 300, 200, 22, 4


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dark", action="store_true", help="draw on a dark background")
    parser.add_argument("--out", type=Path, default=ROOT / "resources" / "illustrations")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT))

    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QPainter

    from backtimer import paths
    from backtimer.core import catalogue
    from backtimer.illustration.figures import still_motion
    from backtimer.illustration.poses import FIGURES
    from backtimer.illustration.render import FigurePalette, paint_figure

    app = QGuiApplication.instance() or QGuiApplication([])
    exercises = catalogue.load(paths.content_dir()).exercises
    missing = [ex.id for ex in exercises if ex.id not in FIGURES]
    if missing:
        print("no figure for: " + ", ".join(missing), file=sys.stderr)
        return 1
    bg = QColor("#1e2227") if args.dark else QColor("#ffffff")
    pal = FigurePalette.for_background(bg)
    args.out.mkdir(parents=True, exist_ok=True)

    text = QColor("#dddddd") if args.dark else QColor("#333333")
    inks = [
        pal.near,
        pal.far,
        pal.accent,
        pal.mat,
        pal.prop,
        pal.prop_far,
        pal.soft,
        pal.floor,
        text,
    ]
    table = sorted(
        {
            QColor.fromRgbF(
                bg.redF() + (c.redF() - bg.redF()) * k / 26,
                bg.greenF() + (c.greenF() - bg.greenF()) * k / 26,
                bg.blueF() + (c.blueF() - bg.blueF()) * k / 26,
            ).rgb()
            for c in inks
            for k in range(27)
        }
    )[:256]

    def save(img: QImage, path: Path) -> None:
        # An 8-bit palette of the inks blended with the background: a third of the size.
        small = img.convertToFormat(QImage.Format.Format_Indexed8, table)
        if not small.save(str(path), quality=0):
            raise OSError(f"could not write {path}")

    for ex in exercises:
        fig = FIGURES[ex.id]
        img = QImage(STILL_W, STILL_H, QImage.Format.Format_RGB32)
        img.fill(bg)
        p = QPainter(img)
        area = QRectF(8, 8, STILL_W - 16, STILL_H - 16)
        paint_figure(p, area, fig, still_motion(fig), None, pal, ghost=True)
        p.end()
        save(img, args.out / f"{ex.id}.png")

    rows = math.ceil(len(exercises) / COLUMNS)
    sheet = QImage(CELL_W * COLUMNS, (CELL_H + LABEL_H) * rows, QImage.Format.Format_RGB32)
    sheet.fill(bg)
    p = QPainter(sheet)
    font = QFont()
    font.setPixelSize(14)
    p.setFont(font)
    for n, ex in enumerate(exercises):
        x, y = (n % COLUMNS) * CELL_W, (n // COLUMNS) * (CELL_H + LABEL_H)
        p.setPen(text)
        p.drawText(QRectF(x + 6, y + 2, CELL_W - 12, LABEL_H), Qt.AlignmentFlag.AlignLeft, ex.name)
        fig = FIGURES[ex.id]
        cell = QRectF(x + 4, y + LABEL_H, CELL_W - 8, CELL_H - 4)
        paint_figure(p, cell, fig, still_motion(fig), None, pal, ghost=True)
    p.end()
    save(sheet, args.out / "sheet.png")
    del app
    print(f"wrote {len(exercises)} stills and sheet.png to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
