"""The big countdown: digits readable from a mat three metres away, inside a progress ring."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from backtimer.core.presenter import Tone

# Colours per tone for light and dark backgrounds (contrast >= 4.5:1 on each).
_TONES: dict[Tone, tuple[str, str]] = {
    Tone.READY: ("#455a64", "#b0bec5"),
    Tone.WORK: ("#1b5e20", "#81c784"),
    Tone.HOLD: ("#bf360c", "#ffb74d"),
    Tone.REST: ("#0d47a1", "#90caf9"),
    Tone.PAUSED: ("#5f5f5f", "#bdbdbd"),
    Tone.DONE: ("#1b5e20", "#a5d6a7"),
    Tone.HURT: ("#b71c1c", "#ef9a9a"),
}


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def tone_color(tone: Tone, palette: QPalette) -> QColor:
    light, dark = _TONES[tone]
    return QColor(dark if is_dark(palette) else light)


class CountdownWidget(QWidget):
    """Paints ``text`` and a ring filled to ``progress``; set them with :meth:`show_time`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._text = "0:00"
        self._progress = 0.0
        self._tone = Tone.READY
        self._scale = 1.0
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Countdown"))
        self.setMinimumSize(180, 180)

    def show_time(self, text: str, progress: float, tone: Tone) -> None:
        if (text, round(progress, 3), tone) == (self._text, round(self._progress, 3), self._tone):
            return
        changed_text = text != self._text
        self._text, self._progress, self._tone = text, progress, tone
        if changed_text:
            self.setAccessibleDescription(text)
        self.update()

    def set_scale(self, scale: float) -> None:
        self._scale = scale
        self.update()

    def text(self) -> str:
        return self._text

    def sizeHint(self) -> QSize:
        return QSize(320, 320)

    def paintEvent(self, _event: object) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        side = min(self.width(), self.height()) - 8
        ring = QRectF((self.width() - side) / 2, (self.height() - side) / 2, side, side)
        thickness = max(6.0, side * 0.06)
        ring.adjust(thickness / 2, thickness / 2, -thickness / 2, -thickness / 2)
        color = tone_color(self._tone, self.palette())
        track = QColor(self.palette().color(QPalette.ColorRole.Mid))
        pen = QPen(track, thickness, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
        p.setPen(pen)
        p.drawEllipse(ring)
        if self._progress > 0:
            pen.setColor(color)
            p.setPen(pen)
            p.drawArc(ring, 90 * 16, -int(self._progress * 360 * 16))
        font = QFont(self.font())
        font.setBold(True)
        font.setPixelSize(max(12, int(side * 0.30 * min(self._scale, 1.6))))
        # Shrink long texts ("1:02:03", "Stopped") to fit inside the ring.
        width = QFontMetricsF(font).horizontalAdvance(self._text)
        room = ring.width() * 0.8
        if width > room:
            font.setPixelSize(max(10, int(font.pixelSize() * room / width)))
        p.setFont(font)
        p.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        p.drawText(ring, Qt.AlignmentFlag.AlignCenter, self._text)
        p.end()
