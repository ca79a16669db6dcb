"""How large the texts beside the countdown (exercise, phase, set, side) may be, so that the
illustration under them keeps a share of the column.

On a small window a long name and a long phase ("Seitbeuge zur Ferse", "Wechsel auf die
rechte Seite") wrap to two lines each and would leave the illustration a sliver. They give
up some size first, in steps, down to :data:`STEPS`' last (their reading floor, the base
font, still holds: see ``PlayerView.apply_type``). Texts are never cut.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QLabel

MIN_FIGURE_SHARE = 0.3  # of the column's height, for the illustration
STEPS = (1.0, 0.9, 0.8, 0.7, 0.6)  # the texts' scale, tried in turn


def text_height(label: QLabel, pixel_size: int, width: int) -> int:
    """The height ``label``'s text would take at ``width`` with its font at ``pixel_size``
    px, wrapped as the label wraps it (the label itself is not touched, so nothing is laid
    out meanwhile)."""
    font = QFont(label.font())
    font.setPixelSize(pixel_size)
    inner = max(1, width - 2 * (label.margin() + label.frameWidth()))
    flags = int(Qt.TextFlag.TextWordWrap) if label.wordWrap() else 0
    used = QFontMetrics(font).boundingRect(QRect(0, 0, inner, 100_000), flags, label.text())
    return used.height() + 2 * (label.margin() + label.frameWidth())


def fitting_scale(
    column: int, fixed: int, texts_at: Callable[[float], int], steps: Iterable[float] = STEPS
) -> float:
    """The largest step at which the texts (``texts_at(step)`` px) and the ``fixed`` parts
    leave the illustration :data:`MIN_FIGURE_SHARE` of a ``column`` px high; else the
    smallest step."""
    last = 1.0
    for step in steps:
        last = step
        if column - fixed - texts_at(step) >= MIN_FIGURE_SHARE * column:
            return step
    return last
