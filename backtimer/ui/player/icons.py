"""The player's button icons: the freedesktop icon theme where it has them, else the
bundled symbolic fallbacks in ``resources/icons/player`` drawn in the palette's text colour
(so they read in light and dark themes).

A bundled icon is drawn from its SVG when a size is first asked for (and kept), not at
every size up front: the window's first paint waits for the player's nine icons.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QPoint, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QIconEngine, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

from backtimer import paths


@cache
def _svg(name: str) -> bytes:
    path = paths.resource_dir() / "icons" / "player" / f"{name}.svg"
    return path.read_bytes() if path.exists() else b""


class _SvgIcon(QIconEngine):
    """One bundled icon in two colourings: normal, and disabled."""

    def __init__(self, normal: bytes, disabled: bytes) -> None:
        super().__init__()
        self._svgs = (normal, disabled)
        self._drawn: dict[tuple[int, int, bool], QPixmap] = {}

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, _state: QIcon.State) -> None:
        svg = self._svgs[mode == QIcon.Mode.Disabled]
        QSvgRenderer(QByteArray(svg)).render(painter, QRectF(rect))

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def scaledPixmap(
        self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float
    ) -> QPixmap:
        w, h = max(1, round(size.width() * scale)), max(1, round(size.height() * scale))
        key = (w, h, mode == QIcon.Mode.Disabled)
        pm = self._drawn.get(key)
        if pm is None:
            pm = QPixmap(w, h)
            pm.fill(Qt.GlobalColor.transparent)
            p = QPainter(pm)
            self.paint(p, QRect(QPoint(0, 0), QSize(w, h)), mode, state)
            p.end()
            pm.setDevicePixelRatio(scale)
            self._drawn[key] = pm
        return pm

    def clone(self) -> QIconEngine:
        return _SvgIcon(*self._svgs)


def icon(name: str, palette: QPalette) -> QIcon:
    """``name`` from the theme, or the bundled one in the palette's button-text colours
    (its disabled colour for the disabled state)."""
    if QIcon.hasThemeIcon(name):
        return QIcon.fromTheme(name)
    data = _svg(name)
    if not data:
        return QIcon()
    role = QPalette.ColorRole.ButtonText

    def coloured(group: QPalette.ColorGroup) -> bytes:
        color: QColor = palette.color(group, role)
        return data.replace(b"#000000", color.name().encode())

    return QIcon(
        _SvgIcon(coloured(QPalette.ColorGroup.Active), coloured(QPalette.ColorGroup.Disabled))
    )
