"""The player's type sizes: each text's size at the reference page (``TYPE_PX``), scaled
with the page; and how large the texts beside the countdown (exercise, phase, set, side)
may be, so that the illustration under them keeps a share of the column.

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

# Pixel sizes of each text at the reference page (1920 × 1000, mat mode); every text is
# scaled from these with the page (see :func:`type_scale`).
TYPE_PX = {
    "exercise": 100,
    "phase": 88,
    "side": 88,
    "set": 64,
    "caption": 48,
    "next": 44,
    "next_detail": 36,
    "status": 36,
    "left": 36,
    "button": 30,
    "warning": 30,
}
BESIDE_ROLES = ("exercise", "phase", "set", "side")  # give way to the illustration
REFERENCE = (1920, 1000)
WINDOWED = 0.75  # outside mat mode the page also holds the queue and the instructions
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


def type_scale(width: int, height: int, mat_mode: bool) -> float:
    """How much every text is scaled from its reference size (``TYPE_PX``)."""
    k = min(max(1, width) / REFERENCE[0], max(1, height) / REFERENCE[1])
    return k if mat_mode else k * WINDOWED


def beside_step(
    labels: list[QLabel], width: int, column: int, fixed: int, spacing: int, k: float, floor: int
) -> float:
    """The scale (:data:`STEPS`) for the texts beside the countdown: ``labels`` in a
    ``column`` px high and ``width`` wide, beside ``fixed`` px of other parts."""
    shown = [label for label in labels if label.text() and not label.isHidden()]

    def texts_at(step: float) -> int:
        return sum(
            text_height(
                label, max(floor, round(TYPE_PX[label.property("typeRole")] * k * step)), width
            )
            + spacing
            for label in shown
        )

    return fitting_scale(column, fixed, texts_at)
