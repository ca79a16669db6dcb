"""Render BackTimer's app icon into the hicolor PNG sizes, and the player's icons into
their masks.

    python tools/make_icons.py            # write the PNGs and the scalable SVG copy
    python tools/make_icons.py --check    # exit 1 if any is missing or has the wrong size

Source: ``resources/icons/backtimer.svg``. Output, named after the app id as desktop
environments look icons up by the ``Icon=`` key of the desktop file::

    resources/icons/hicolor/<N>x<N>/apps/io.github.backtimer.BackTimer.png
    resources/icons/hicolor/scalable/apps/io.github.backtimer.BackTimer.svg

and from each ``resources/icons/player/<name>.svg`` (symbolic, drawn in black)::

    resources/icons/player/<name>.png    # a 256 x 256 mask, the shape in its alpha

which the player colours at run time (``backtimer/ui/player/icons.py``).

The SVGs are drawn with QSvgRenderer on the offscreen platform, so no display is needed.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
SOURCE = ICONS / "backtimer.svg"
HICOLOR = ICONS / "hicolor"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
PLAYER = ICONS / "player"
MASK_SIZE = 256  # backtimer.ui.player.icons.MASK_SIZE


def _app_id() -> str:
    sys.path.insert(0, str(ROOT))
    from backtimer import APP_ID

    return APP_ID


def png_path(size: int, app_id: str) -> Path:
    return HICOLOR / f"{size}x{size}" / "apps" / f"{app_id}.png"


def scalable_path(app_id: str) -> Path:
    return HICOLOR / "scalable" / "apps" / f"{app_id}.svg"


def player_icons() -> list[str]:
    """The names of the player's bundled icons (their SVGs in ``resources/icons/player``)."""
    return sorted(path.stem for path in PLAYER.glob("*.svg"))


def mask_path(name: str) -> Path:
    return PLAYER / f"{name}.png"


def render(size: int, source: Path = SOURCE) -> QImage:
    """Return a QImage of the icon at ``size`` x ``size`` pixels on a transparent ground."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(source))
    if not renderer.isValid():
        raise SystemExit(f"cannot read {source}")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    return image


def write_all(app_id: str) -> list[Path]:
    written = []
    for size in SIZES:
        target = png_path(size, app_id)
        target.parent.mkdir(parents=True, exist_ok=True)
        if not render(size).save(str(target), "PNG"):
            raise SystemExit(f"could not write {target}")
        written.append(target)
    scalable = scalable_path(app_id)
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(SOURCE, scalable)
    written.append(scalable)
    for name in player_icons():
        target = mask_path(name)
        if not render(MASK_SIZE, PLAYER / f"{name}.svg").save(str(target), "PNG"):
            raise SystemExit(f"could not write {target}")
        written.append(target)
    return written


def problems(app_id: str) -> list[str]:
    """What is missing or wrong among the generated files (empty when all is well)."""
    from PySide6.QtGui import QImage

    found = []
    for size in SIZES:
        target = png_path(size, app_id)
        image = QImage(str(target))
        if image.isNull():
            found.append(f"missing or unreadable: {target}")
        elif (image.width(), image.height()) != (size, size):
            found.append(f"{target} is {image.width()}x{image.height()}, expected {size}x{size}")
    scalable = scalable_path(app_id)
    if not scalable.is_file() or scalable.read_bytes() != SOURCE.read_bytes():
        found.append(f"{scalable} is missing or differs from {SOURCE}")
    for name in player_icons():
        image = QImage(str(mask_path(name)))
        if image.isNull() or (image.width(), image.height()) != (MASK_SIZE, MASK_SIZE):
            found.append(f"missing, unreadable or not {MASK_SIZE} px: {mask_path(name)}")
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only check, write nothing")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 (QPainter needs it)
    app_id = _app_id()
    if args.check:
        found = problems(app_id)
        for line in found:
            print(line, file=sys.stderr)
        return 1 if found else 0
    for path in write_all(app_id):
        print(path.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
