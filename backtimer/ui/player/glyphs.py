"""The main figure's digits, each drawn once and then copied.

Qt's raster engine caches the pictures of glyphs only up to 64 px; a larger glyph is
filled from its outline every time it is drawn, and the main figure's digits are a few
hundred pixels tall. :class:`DigitPainter` keeps one picture per character of a time
("0"-"9" and ":") at the font and colour in use, and draws a time by copying them to
where a ``drawText(rect, Qt.AlignCenter, text)`` would put each character (each is
placed on a whole pixel). Any other text is drawn with ``drawText`` as usual.
"""

from __future__ import annotations

import math
import re

from PySide6.QtCore import QPoint, QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter

_TIME = re.compile(r"[0-9:]+")
_PAD = 2  # pixels around each character's ink (antialiasing)


def is_time(text: str) -> bool:
    """True for a text made only of digits and colons ("0:29", "7")."""
    return _TIME.fullmatch(text) is not None


class DigitPainter:
    """Draws times from pictures of their characters; keeps those of one font and colour."""

    def __init__(self) -> None:
        self._key: tuple[str, int] | None = None
        self._pictures: dict[str, tuple[QImage, QPoint]] = {}
        self._where: dict[tuple[object, ...], list[tuple[QImage, QPoint]]] = {}

    def __len__(self) -> int:
        return len(self._pictures)

    def draw(self, p: QPainter, area: QRect, font: QFont, color: QColor, text: str) -> None:
        """``text`` (one line) centred in ``area``, as ``p.drawText`` would place it."""
        if not is_time(text):
            p.setFont(font)
            p.setPen(color)
            p.drawText(area, Qt.AlignmentFlag.AlignCenter, text)
            return
        for image, at in self._placed(area, font, color, text):
            p.drawImage(at, image)

    def changed(self, area: QRect, font: QFont, color: QColor, old: str, new: str) -> QRect:
        """The rectangle to repaint when ``old`` becomes ``new``, two times of the same
        shape ("0:39" and "0:38"): the pictures of the characters that differ."""
        out = QRect()
        old_at = self._placed(area, font, color, old)
        new_at = self._placed(area, font, color, new)
        for a, b, (i_old, p_old), (i_new, p_new) in zip(old, new, old_at, new_at, strict=True):
            if a != b:
                out = out.united(QRect(p_old, i_old.size())).united(QRect(p_new, i_new.size()))
        return out

    def _placed(
        self, area: QRect, font: QFont, color: QColor, text: str
    ) -> list[tuple[QImage, QPoint]]:
        """Each character's picture and where it goes (a time's characters only). The
        last few are kept: a new time is placed for its repaint and drawn right after."""
        key = (font.key(), color.rgba())
        if key != self._key:
            self._key, self._pictures, self._where = key, {}, {}
        where = (area.x(), area.y(), area.width(), area.height(), text)
        known = self._where.get(where)
        if known is not None:
            return known
        if len(self._where) >= 4:
            self._where.clear()
        self._where[where] = out = self._place(area, font, color, text)
        return out

    def _place(
        self, area: QRect, font: QFont, color: QColor, text: str
    ) -> list[tuple[QImage, QPoint]]:
        fm = QFontMetricsF(font)
        placed = fm.boundingRect(QRectF(area), int(Qt.AlignmentFlag.AlignCenter), text)
        baseline = round(placed.top() + fm.ascent())
        out = []
        for i, ch in enumerate(text):
            image, origin = self._picture(ch, font, color, fm)
            x = round(placed.left() + fm.horizontalAdvance(text[:i]))
            out.append((image, QPoint(x - origin.x(), baseline - origin.y())))
        return out

    def _picture(
        self, ch: str, font: QFont, color: QColor, fm: QFontMetricsF
    ) -> tuple[QImage, QPoint]:
        """The picture of ``ch`` and where its pen position (on the baseline) is in it."""
        got = self._pictures.get(ch)
        if got is not None:
            return got
        ink = fm.boundingRect(ch)
        left, top = math.floor(ink.left()) - _PAD, math.floor(ink.top()) - _PAD
        width = math.ceil(ink.right()) + _PAD - left
        height = math.ceil(ink.bottom()) + _PAD - top
        image = QImage(max(1, width), max(1, height), QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        q = QPainter(image)
        q.setRenderHint(QPainter.RenderHint.Antialiasing)
        q.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        q.setFont(font)
        q.setPen(color)
        q.drawText(QPointF(-left, -top), ch)
        q.end()
        got = (image, QPoint(-left, -top))
        self._pictures[ch] = got
        return got
