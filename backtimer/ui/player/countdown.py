"""The main figure: the one number that matters now, as large as its place allows, with a
progress track under it.

It is a :class:`QLabel` that paints itself: assistive technology reads its text (the
visible figure) through the label's accessible interface, and a description says what the
figure is. Repaints are kept small: the digits' area when the text changes (once a second)
and the few pixels of the track that the progress moved.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from backtimer.core.presenter import Tone

# Colours per tone for light and dark backgrounds (contrast >= 4.5:1 on each).
_TONES: dict[Tone, tuple[str, str]] = {
    Tone.READY: ("#455a64", "#b0bec5"),
    Tone.WORK: ("#1b5e20", "#81c784"),
    Tone.HOLD: ("#bf360c", "#ffb74d"),
    Tone.REST: ("#0d47a1", "#90caf9"),
    Tone.PAUSED: ("#5f5f5f", "#bdbdbd"),
    Tone.DONE: ("#1b5e20", "#a5d6a7"),
    Tone.STOPPED: ("#5f5f5f", "#bdbdbd"),
    Tone.HURT: ("#b71c1c", "#ef9a9a"),
}

#: Height of the progress track, as a share of the widget's height (at least 6 px).
TRACK = 0.05


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def tone_color(tone: Tone, palette: QPalette) -> QColor:
    light, dark = _TONES[tone]
    return QColor(dark if is_dark(palette) else light)


def _template(text: str) -> str:
    """Digits vary in ink but not in width: size "0:09" and "1:00" alike, so the
    figure does not jump as it counts."""
    return re.sub(r"\d", "0", text)


class CountdownWidget(QLabel):
    """Paints its text as large as fits and a track filled to ``progress``.

    Set both with :meth:`show_time`. The text is drawn on one line, or two for a
    phrase such as "Done when ready" when two lines let it be larger.

    Signals:
        scale_changed(float): the "Countdown size" setting changed (the view gives the
            figure that share of its row).
    """

    scale_changed = Signal(float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._progress = 0.0
        self._tone = Tone.READY
        self._scale = 1.0
        self._fit_key: tuple[object, ...] | None = None
        self._fit: tuple[QFont, list[str]] = (QFont(), [])
        self.setText("0:00")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(160, 100)
        self.setAccessibleDescription(self.tr("Countdown"))

    # ----------------------------------------------------------------- state
    def show_time(self, text: str, progress: float, tone: Tone) -> None:
        if tone != self._tone:
            self._tone = tone
            self._progress = progress
            if text != self.text():
                self.setText(text)
            self.update()
            return
        if text != self.text():
            self.setText(text)  # QLabel repaints its contents and tells assistive tech
        if abs(progress - self._progress) > 1e-4:
            old = self._track_x(self._progress)
            new = self._track_x(progress)
            # Steps of a few pixels: smooth from the floor, a fraction of the repaints.
            step = max(2, self._track_rect().width() // 150)
            if abs(new - old) >= step or progress in (0.0, 1.0) or progress < self._progress:
                self._progress = progress
                track = self._track_rect()
                # The fill's rounded end was drawn at ``old``: its corners change too, and
                # while the fill is shorter than its ends (a diameter) so does its start.
                left = min(old, new) - track.height() - 2
                right = max(old, new) + 2
                self.update(QRect(left, track.top() - 1, right - left, track.height() + 2))

    def set_scale(self, scale: float) -> None:
        """The "Countdown size" setting: the figure's share of the row (see the view)."""
        self._scale = scale
        self._fit_key = None
        self.update()
        self.scale_changed.emit(scale)

    def scale(self) -> float:
        return self._scale

    def progress(self) -> float:
        return self._progress

    def tone(self) -> Tone:
        return self._tone

    # ---------------------------------------------------------------- layout
    def sizeHint(self) -> QSize:
        return QSize(320, 200)

    def minimumSizeHint(self) -> QSize:
        return QSize(160, 100)

    def heightForWidth(self, _w: int) -> int:
        return -1

    def hasHeightForWidth(self) -> bool:
        return False

    def _track_rect(self) -> QRect:
        h = max(6, round(self.height() * TRACK))
        margin = h
        return QRect(margin, self.height() - h - 2, max(1, self.width() - 2 * margin), h)

    def _track_x(self, progress: float) -> int:
        t = self._track_rect()
        return t.left() + round(t.width() * max(0.0, min(1.0, progress)))

    def text_rect(self) -> QRect:
        t = self._track_rect()
        return QRect(0, 0, self.width(), t.top() - 4)

    def fitted_font(self) -> tuple[QFont, list[str]]:
        """The font and lines the text is drawn with at the current size."""
        area = self.text_rect()
        key = (self.text(), area.width(), area.height(), self.font().family())
        if key == self._fit_key:
            return self._fit
        base = QFont(self.font())
        base.setBold(True)
        base.setPixelSize(100)
        fm = QFontMetricsF(base)
        text = self.text()
        options = [[text]]
        words = text.split(" ")
        if len(words) > 1:
            cut = min(
                range(1, len(words)),
                key=lambda i: abs(len(" ".join(words[:i])) - len(" ".join(words[i:]))),
            )
            options.append([" ".join(words[:cut]), " ".join(words[cut:])])
        best: tuple[float, list[str]] = (0.0, [text])
        for lines in options:
            widest = max(fm.horizontalAdvance(_template(line)) for line in lines) or 1.0
            tall = fm.height() * len(lines)
            px = min(area.width() * 0.96 / widest, area.height() * 0.98 / tall) * 100
            if px > best[0] * 1.05:
                best = (px, lines)
        font = QFont(base)
        font.setPixelSize(max(10, int(best[0])))
        self._fit_key, self._fit = key, (font, best[1])
        return self._fit

    # ----------------------------------------------------------------- paint
    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        track = self._track_rect()
        color = tone_color(self._tone, self.palette())
        radius = track.height() / 2
        if event.rect().intersects(track):
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(self.palette().color(QPalette.ColorRole.Mid))
            p.drawRoundedRect(QRectF(track), radius, radius)
            filled = self._track_x(self._progress) - track.left()
            if filled > 0:
                p.setBrush(color)
                p.drawRoundedRect(
                    QRectF(track.left(), track.top(), filled, track.height()), radius, radius
                )
        area = self.text_rect()
        if event.rect().intersects(area):
            font, lines = self.fitted_font()
            p.setFont(font)
            p.setPen(
                color
                if self._tone is not Tone.READY
                else self.palette().color(QPalette.ColorRole.WindowText)
            )
            p.drawText(area, Qt.AlignmentFlag.AlignCenter, "\n".join(lines))
        p.end()
