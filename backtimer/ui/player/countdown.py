"""The main figure: the one number that matters now, as large as its place allows, with a
progress track under it.

It is a :class:`QLabel` that paints itself: assistive technology reads the visible figure
as the label's accessible name, and a description says what the figure is. Repaints are
kept small: the digits that changed (once a second; only they are drawn again, see
:mod:`~backtimer.ui.player.glyphs`), and the few pixels of the track that the progress
moved.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from backtimer.core.presenter import Tone
from backtimer.ui.player.glyphs import DigitPainter, is_time

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
        self._text = ""
        self._progress = 0.0
        self._tone = Tone.READY
        self._scale = 1.0
        self._fit_key: tuple[object, ...] | None = None
        self._fit: tuple[QFont, int] = (QFont(), 0)
        self._digits = DigitPainter()  # a time's characters, one by one (glyphs.py)
        self._track_for = (-1, -1)
        self._track = QRect()
        self.setText("0:00")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(160, 100)
        self.setAccessibleDescription(self.tr("Countdown"))

    # ------------------------------------------------------------------ text
    def setText(self, text: str) -> None:
        """Show ``text`` as the main figure. Not ``QLabel.setText``, which repaints the
        whole label: a new second repaints only the digits that changed. Assistive
        technology reads the text as the label's accessible name (the label's own text
        stays empty), and hears of each change as from a label."""
        if text == self._text:
            return
        old, self._text = self._text, text
        self.setAccessibleName(text)
        self.update(self._changed_rect(old, text))

    def text(self) -> str:
        return self._text

    def _changed_rect(self, old: str, new: str) -> QRect:
        area = self.text_rect()
        if _template(old) != _template(new) or not is_time(new):
            return area  # another shape: another size, or words
        font, _lines = self.fitted_font()
        return self._digits.changed(area, font, old, new) & area

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
            self.setText(text)  # repaints the digits that changed, tells assistive tech
        if abs(progress - self._progress) > 1e-4:
            old = self._track_x(self._progress)
            new = self._track_x(progress)
            moved = abs(new - old) >= self._track_step()
            if moved or progress in (0.0, 1.0) or progress < self._progress:
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
        size = (self.width(), self.height())
        if size != self._track_for:  # worked out once per size (asked several times a redraw)
            h = max(6, round(size[1] * TRACK))
            margin = h
            self._track = QRect(margin, size[1] - h - 2, max(1, size[0] - 2 * margin), h)
            self._track_for = size
        return QRect(self._track)

    def _track_step(self) -> int:
        """Pixels the track moves at a time: smooth from the floor, a fraction of the
        repaints."""
        return max(2, self._track_rect().width() // 150)

    def track_steps(self) -> int:
        """How many visible steps the track makes from empty to full (the player redraws
        as often as the track moves: ``core.redraw``)."""
        return max(1, self._track_rect().width() // self._track_step())

    def _track_x(self, progress: float) -> int:
        t = self._track_rect()
        return t.left() + round(t.width() * max(0.0, min(1.0, progress)))

    def text_rect(self) -> QRect:
        t = self._track_rect()
        return QRect(0, 0, self.width(), t.top() - 4)

    def fitted_font(self) -> tuple[QFont, list[str]]:
        """The font and lines the text is drawn with at the current size. Worked out
        once per shape of the text: "0:29" after "0:30" keeps the font and the lines'
        cut."""
        area = self.text_rect()
        text = self.text()
        key = (_template(text), area.width(), area.height(), self.font().family())
        if key != self._fit_key:
            self._fit_key, self._fit = key, self._fit_for(text, area)
        font, cut = self._fit
        words = text.split(" ")
        if cut:
            return font, [" ".join(words[:cut]), " ".join(words[cut:])]
        return font, [text]

    def _fit_for(self, text: str, area: QRect) -> tuple[QFont, int]:
        """The largest font for ``text`` in ``area``, and where two lines are cut (the
        words before; 0: one line)."""
        base = QFont(self.font())
        base.setBold(True)
        base.setPixelSize(100)
        fm = QFontMetricsF(base)
        options = [(0, [text])]
        words = text.split(" ")
        if len(words) > 1:
            cut = min(
                range(1, len(words)),
                key=lambda i: abs(len(" ".join(words[:i])) - len(" ".join(words[i:]))),
            )
            options.append((cut, [" ".join(words[:cut]), " ".join(words[cut:])]))
        best = (0.0, 0)
        for cut, lines in options:
            widest = max(fm.horizontalAdvance(_template(line)) for line in lines) or 1.0
            tall = fm.height() * len(lines)
            px = min(area.width() * 0.96 / widest, area.height() * 0.98 / tall) * 100
            if px > best[0] * 1.05:
                best = (px, cut)
        font = QFont(base)
        font.setPixelSize(max(10, int(best[0])))
        return font, best[1]

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
            p.setPen(self._text_color())
            self._digits.draw(p, area, font, "\n".join(lines), event.rect())
        p.end()

    def _text_color(self) -> QColor:
        if self._tone is Tone.READY:
            return self.palette().color(QPalette.ColorRole.WindowText)
        return tone_color(self._tone, self.palette())
