"""The player's button icons: the freedesktop icon theme where it has them, else the
bundled symbolic fallbacks in ``resources/icons/player`` drawn in the palette's text colour
(so they read in light and dark themes)."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

from backtimer import paths

SIZES = (16, 22, 24, 32, 48, 64)


@cache
def _svg(name: str) -> bytes:
    path = paths.resource_dir() / "icons" / "player" / f"{name}.svg"
    return path.read_bytes() if path.exists() else b""


def icon(name: str, palette: QPalette) -> QIcon:
    """``name`` from the theme, or the bundled one in the palette's button-text colours
    (its disabled colour for the disabled state)."""
    if QIcon.hasThemeIcon(name):
        return QIcon.fromTheme(name)
    data = _svg(name)
    if not data:
        return QIcon()
    out = QIcon()
    role = QPalette.ColorRole.ButtonText
    for mode, group in (
        (QIcon.Mode.Normal, QPalette.ColorGroup.Active),
        (QIcon.Mode.Disabled, QPalette.ColorGroup.Disabled),
    ):
        color: QColor = palette.color(group, role)
        renderer = QSvgRenderer(QByteArray(data.replace(b"#000000", color.name().encode())))
        for size in SIZES:
            pm = QPixmap(size, size)
            pm.fill(Qt.GlobalColor.transparent)
            p = QPainter(pm)
            renderer.render(p, QRectF(0, 0, size, size))
            p.end()
            out.addPixmap(pm, mode)
    return out
