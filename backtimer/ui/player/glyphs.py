"""The main figure's digits, drawn one by one, and only those a repaint needs.

Qt's raster engine caches the pictures of glyphs only up to 64 px; a larger glyph is
filled from its outline every time it is drawn, and the main figure's digits are a few
hundred pixels tall. When a new second changes one digit, :class:`DigitPainter` says
which rectangle that is (:meth:`DigitPainter.changed`) and, in the repaint, draws only
the characters whose ink meets it, each where a ``drawText(rect, Qt.AlignCenter, text)``
of the whole text puts it. Any other text is drawn with ``drawText`` as usual.
"""

from __future__ import annotations

import math
import re

from PySide6.QtCore import QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter

_TIME = re.compile(r"[0-9:]+")
_PAD = 2  # pixels around each character's ink (antialiasing)

#: Each character of a time, where it is drawn (its pen position on the baseline) and
#: the rectangle its ink covers.
Placed = list[tuple[str, QPointF, QRect]]


def is_time(text: str) -> bool:
    """True for a text made only of digits and colons ("0:29", "7")."""
    return _TIME.fullmatch(text) is not None


class DigitPainter:
    """Draws times character by character; keeps the places of the last few."""

    def __init__(self) -> None:
        self._font_key = ""
        self._where: dict[tuple[object, ...], Placed] = {}

    def draw(self, p: QPainter, area: QRect, font: QFont, text: str, dirty: QRect) -> None:
        """``text`` (one line) centred in ``area``, as ``p.drawText`` would place it; of
        a time only the characters whose ink meets ``dirty``."""
        p.setFont(font)
        if not is_time(text):
            p.drawText(area, Qt.AlignmentFlag.AlignCenter, text)
            return
        for ch, at, ink in self._placed(area, font, text):
            if ink.intersects(dirty):
                p.drawText(at, ch)

    def changed(self, area: QRect, font: QFont, old: str, new: str) -> QRect:
        """The rectangle to repaint when ``old`` becomes ``new``, two times of the same
        shape ("0:39" and "0:38"): the ink of the characters that differ."""
        out = QRect()
        pairs = zip(self._placed(area, font, old), self._placed(area, font, new), strict=True)
        for (a, _at, ink_a), (b, _at_b, ink_b) in pairs:
            if a != b:
                out = out.united(ink_a).united(ink_b)
        return out

    def _placed(self, area: QRect, font: QFont, text: str) -> Placed:
        """Where each character of a time goes. The last few are kept: a new time is
        placed for its repaint and drawn right after."""
        if font.key() != self._font_key:
            self._font_key, self._where = font.key(), {}
        where = (area.x(), area.y(), area.width(), area.height(), text)
        known = self._where.get(where)
        if known is not None:
            return known
        if len(self._where) >= 4:
            self._where.clear()
        fm = QFontMetricsF(font)
        placed = fm.boundingRect(QRectF(area), int(Qt.AlignmentFlag.AlignCenter), text)
        baseline = placed.top() + fm.ascent()
        out: Placed = []
        for i, ch in enumerate(text):
            at = QPointF(placed.left() + fm.horizontalAdvance(text[:i]), baseline)
            ink = fm.boundingRect(ch).translated(at)
            box = QRect(
                math.floor(ink.left()) - _PAD,
                math.floor(ink.top()) - _PAD,
                math.ceil(ink.width()) + 2 * _PAD + 1,
                math.ceil(ink.height()) + 2 * _PAD + 1,
            )
            out.append((ch, at, box))
        self._where[where] = out
        return out
