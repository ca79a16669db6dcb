"""The player's button icons: the freedesktop icon theme where it has them, else the
bundled symbolic fallbacks in ``resources/icons/player`` drawn in the palette's text colour
(so they read in light and dark themes)."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from backtimer import paths

SIZES = (16, 22, 24, 32, 48, 64)


@cache
def _svg(name: str) -> bytes:
    path = paths.resource_dir() / "icons" / "player" / f"{name}.svg"
    return path.read_bytes() if path.exists() else b""


def icon(name: str, color: QColor) -> QIcon:
    """``name`` from the theme, or the bundled one painted in ``color``."""
    if QIcon.hasThemeIcon(name):
        return QIcon.fromTheme(name)
    data = _svg(name)
    if not data:
        return QIcon()
    svg = data.replace(b"#000000", color.name().encode())
    renderer = QSvgRenderer(QByteArray(svg))
    out = QIcon()
    for size in SIZES:
        pm = QPixmap(size, size)
        pm.fill(Qt.GlobalColor.transparent)
        p = QPainter(pm)
        renderer.render(p, QRectF(0, 0, size, size))
        p.end()
        out.addPixmap(pm)
    return out
