"""The player's button icons: the freedesktop icon theme where it has them, else the
bundled symbolic fallbacks drawn in the palette's text colour (so they read in light and
dark themes).

A bundled icon is a mask: ``resources/icons/player/<name>.png``, the icon's shape in
black with its edges' coverage in the alpha channel, rendered by ``tools/make_icons.py``
from the SVG beside it at :data:`MASK_SIZE` pixels. Each size asked for is scaled from
the mask, filled with the colour and kept. Masks rather than the SVGs themselves: reading
an SVG at run time loads Qt SVG (about 1 MB in every running window) for ten shapes.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QIconEngine, QImage, QPainter, QPalette, QPixmap

from backtimer import paths

MASK_SIZE = 256  # pixels; the largest icon drawn is a 2x screen's 96


def mask_path(name: str) -> Path:
    return paths.resource_dir() / "icons" / "player" / f"{name}.png"


class _MaskIcon(QIconEngine):
    """One bundled icon in two colourings: normal, and disabled."""

    def __init__(self, name: str, normal: QColor, disabled: QColor) -> None:
        super().__init__()
        self._name = name
        self._colors = (QColor(normal), QColor(disabled))
        self._drawn: dict[tuple[int, int, bool], QPixmap] = {}

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        device = painter.device()
        scale = device.devicePixelRatioF() if device is not None else 1.0
        painter.drawPixmap(rect, self.scaledPixmap(rect.size(), mode, state, scale))

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def scaledPixmap(
        self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float
    ) -> QPixmap:
        w, h = max(1, round(size.width() * scale)), max(1, round(size.height() * scale))
        disabled = mode == QIcon.Mode.Disabled
        key = (w, h, disabled)
        pm = self._drawn.get(key)
        if pm is None:
            pm = QPixmap.fromImage(self._coloured(w, h, self._colors[disabled]))
            pm.setDevicePixelRatio(scale)
            self._drawn[key] = pm
        return pm

    def _coloured(self, w: int, h: int, color: QColor) -> QImage:
        """The mask scaled into a ``w`` x ``h`` square, centred, in ``color``."""
        image = QImage(w, h, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        mask = QImage(str(mask_path(self._name)))
        if mask.isNull():
            return image
        mask = mask.scaled(
            w, h, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
        )
        at = QPoint((w - mask.width()) // 2, (h - mask.height()) // 2)
        p = QPainter(image)
        p.fillRect(QRect(at, mask.size()), color)
        p.setCompositionMode(QPainter.CompositionMode.CompositionMode_DestinationIn)
        p.drawImage(at, mask)  # keeps the colour where the mask covers, as much as it does
        p.end()
        return image

    def clone(self) -> QIconEngine:
        return _MaskIcon(self._name, *self._colors)


_made: dict[tuple[str, int, int], QIcon] = {}


def icon(name: str, palette: QPalette) -> QIcon:
    """``name`` from the theme, or the bundled one in the palette's button-text colours
    (its disabled colour for the disabled state)."""
    if QIcon.hasThemeIcon(name):
        return QIcon.fromTheme(name)
    role = QPalette.ColorRole.ButtonText
    normal = palette.color(QPalette.ColorGroup.Active, role)
    disabled = palette.color(QPalette.ColorGroup.Disabled, role)
    key = (name, normal.rgba(), disabled.rgba())
    made = _made.get(key)
    if made is None:  # (the primary button asks again at every start and pause)
        if not mask_path(name).is_file():
            return QIcon()
        made = _made[key] = QIcon(_MaskIcon(name, normal, disabled))
    return made
