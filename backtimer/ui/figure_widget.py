"""The exercise illustration in the player: a built-in moving figure or a person's picture.

The widget only paints. The player tells it which exercise and side
(:meth:`FigureWidget.set_exercise`) and, on each redraw, where the figure is
(:meth:`FigureWidget.set_position`, a :class:`~backtimer.core.motion.Motion` from
``motion_for_step``). The built-in figures are pre-rendered frames
(:mod:`backtimer.illustration.frames`): a frame is read from disk the first time it is
shown, scaled once for the widget's size and kept, cut to the rectangle its figure covers
(:func:`opaque_box`; about 40 % of a frame is transparent, and would be
held in memory for nothing) and at one byte a pixel in the frame's own palette (the
frames are drawn in 8-bit colour; a quarter of the memory, for a conversion of about a
tenth of a millisecond when the frame is painted), and the widget repaints only when the
frame changes, so a held pose costs nothing. A custom exercise may show its own picture
(:meth:`FigureWidget.set_picture`); an animated GIF plays only while
:meth:`FigureWidget.set_playing` says so.
"""

from __future__ import annotations

import sys
from collections import OrderedDict
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt, Slot
from PySide6.QtGui import QImage, QMovie, QPainter, QPaintEvent, QPixmap, QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from backtimer.core.model import Side
from backtimer.core.motion import STILL, Motion
from backtimer.illustration.frames import Clip, clip, frame_for, mirrored

if TYPE_CHECKING:
    from PySide6.QtSvg import QSvgRenderer

SCALED_KEEP = 40  # scaled frames kept (one exercise's frames at one size)


def opaque_box(image: QImage) -> QRect:
    """The smallest rectangle holding every pixel of ``image`` (ARGB32, premultiplied or
    not) that is not fully transparent; an empty rectangle if there is none."""
    width, height, line = image.width(), image.height(), image.bytesPerLine()
    bits = image.constBits()
    alpha = 3 if sys.byteorder == "little" else 0  # the alpha byte of a 32-bit pixel
    rows = [bytes(bits[y * line + alpha : y * line + 4 * width : 4]) for y in range(height)]
    filled = [y for y, row in enumerate(rows) if row.count(0) != width]
    if not filled:
        return QRect()
    top, bottom = filled[0], filled[-1]
    left = min(len(rows[y]) - len(rows[y].lstrip(b"\0")) for y in range(top, bottom + 1))
    right = max(len(rows[y].rstrip(b"\0")) for y in range(top, bottom + 1))
    return QRect(left, top, right - left, bottom - top + 1)


def in_palette(image: QImage, palette: list[int]) -> QImage:
    """``image`` at one byte a pixel in ``palette``, the colours of the frame it was scaled
    from (its edges' blends are among them), each pixel the nearest; unchanged without
    a palette (a frame in full colour)."""
    return image.convertToFormat(QImage.Format.Format_Indexed8, palette) if palette else image


def _fit(size: QSize | QRectF, area: QRectF) -> QRectF:
    """``size`` scaled to fit ``area``, proportions kept, centred."""
    w, h = float(size.width()), float(size.height())
    if w <= 0 or h <= 0:
        return QRectF(area)
    scale = min(area.width() / w, area.height() / h)
    out = QRectF(0, 0, w * scale, h * scale)
    out.moveCenter(area.center())
    return out


class _Cut:
    """A scaled frame, kept as the part of it that is not transparent."""

    __slots__ = ("image", "offset", "size")

    def __init__(self, image: QImage, offset: QPointF, size: QSize) -> None:
        self.image, self.offset, self.size = image, offset, size


class FigureWidget(QWidget):
    """Paints an exercise's figure at a given motion, or a picture. No signals."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._exercise: str | None = None
        self._side: Side | None = None
        self._motion: Motion = STILL
        self._playing = False
        self._pixmap: QPixmap | None = None
        self._svg: QSvgRenderer | None = None
        self._movie: QMovie | None = None
        self._name = ""
        self._clip: Clip | None = None
        self._frame = 0
        # (frame, mirrored, width, height) -> the figure's part of the scaled frame, where it
        # goes in the whole scaled frame (device pixels), and the whole frame's size
        self._scaled: OrderedDict[tuple[int, bool, int, int], _Cut] = OrderedDict()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Exercise illustration"))
        self._describe()

    # --- what to show -----------------------------------------------------------------
    def set_exercise(
        self, exercise_id: str | None, side: Side | None = None, name: str = ""
    ) -> None:
        """The built-in figure of ``exercise_id`` (or none), working ``side``."""
        self._exercise, self._side, self._name = exercise_id, side, name or (exercise_id or "")
        new_clip = clip(exercise_id)
        if new_clip is not self._clip:
            self._clip = new_clip
            self._scaled.clear()
        self._frame = frame_for(self._clip, self._motion) if self._clip else 0
        self._describe()
        self.update()

    def set_side(self, side: Side | None) -> None:
        """The working side of a one-sided exercise (the right side is the mirror image)."""
        if side is not self._side:
            self._side = side
            self._describe()
            if self._clip is not None and self._picture_kind() is None:
                self.update()

    def set_position(self, motion: Motion) -> None:
        """Where the figure is; repaints only when that is another frame."""
        self._motion = motion
        if self._clip is None:
            return
        frame = frame_for(self._clip, motion)
        if frame != self._frame:
            self._frame = frame
            if self._picture_kind() is None:
                self.update()

    def cycle(self) -> tuple[int, ...] | None:
        """The built-in figure's pictures over one cycle, slot by slot (the player
        redraws when the next is due); None when a picture or nothing is shown."""
        if self._clip is None or self._picture_kind() is not None:
            return None
        return self._clip.cycle

    def frame(self) -> int | None:
        """The built-in figure's frame on show (``None``: no built-in figure)."""
        return self._frame if self._clip is not None else None

    def is_mirrored(self) -> bool:
        return self._clip is not None and mirrored(self._side)

    def set_picture(self, path: Path | None) -> None:
        """A person's own picture (PNG, JPEG, SVG or GIF) instead of the figure."""
        self._clear_picture()
        if path is not None:
            suffix = path.suffix.lower()
            if suffix == ".svg":
                from PySide6.QtSvg import QSvgRenderer  # (Qt SVG: only for such a picture)

                svg = QSvgRenderer(str(path), self)
                self._svg = svg if svg.isValid() else None
            elif suffix == ".gif":
                movie = QMovie(str(path), parent=self)
                if movie.isValid():
                    self._movie = movie
                    movie.frameChanged.connect(self._on_frame)
                    movie.jumpToFrame(0)
                    self._apply_playing()
            else:
                pixmap = QPixmap(str(path))
                self._pixmap = None if pixmap.isNull() else pixmap
        self._describe()
        self.update()

    def set_playing(self, playing: bool) -> None:
        """Whether a GIF moves (it stops while the session is paused)."""
        self._playing = playing
        self._apply_playing()

    def has_picture(self) -> bool:
        return self._picture_kind() is not None

    # --- Qt -------------------------------------------------------------------------
    def sizeHint(self) -> QSize:
        return QSize(420, 280)

    def minimumSizeHint(self) -> QSize:
        return QSize(150, 100)

    def hasHeightForWidth(self) -> bool:
        return False

    def paintEvent(self, event: QPaintEvent) -> None:
        area = QRectF(self.contentsRect())
        if area.width() < 2 or area.height() < 2:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        kind = self._picture_kind()
        if kind == "svg" and self._svg is not None:
            self._svg.render(painter, _fit(self._svg.defaultSize(), area))
        elif kind == "movie" and self._movie is not None:
            frame = self._movie.currentPixmap()
            painter.drawPixmap(_fit(frame.size(), area), frame, QRectF(frame.rect()))
        elif kind == "pixmap" and self._pixmap is not None:
            rect = QRectF(self._pixmap.rect())
            painter.drawPixmap(_fit(self._pixmap.size(), area), self._pixmap, rect)
        elif self._clip is not None:
            cut = self._scaled_frame(area)
            if cut is not None:
                # An 8-bit frame converted, then drawn: half the time of drawing it as it is.
                image = cut.image
                if image.format() == QImage.Format.Format_Indexed8:
                    image = image.convertToFormat(QImage.Format.Format_ARGB32_Premultiplied)
                painter.drawImage(_fit(cut.size, area).topLeft() + cut.offset, image)
        painter.end()

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._scaled.clear()  # scaled for the old size
        super().resizeEvent(event)

    # --- internals ------------------------------------------------------------------
    def _scaled_frame(self, area: QRectF) -> _Cut | None:
        """The frame on show, scaled to fit ``area`` (and mirrored for the right side), cut
        to its figure."""
        assert self._clip is not None
        flip = mirrored(self._side)
        ratio = self.devicePixelRatioF()
        key = (self._frame, flip, round(area.width() * ratio), round(area.height() * ratio))
        cut = self._scaled.get(key)
        if cut is not None:
            self._scaled.move_to_end(key)
            return cut
        image = QImage(str(self._clip.path(self._frame)))
        if image.isNull():
            return None
        palette = image.colorTable() if image.format() == QImage.Format.Format_Indexed8 else []
        target = _fit(image.size(), QRectF(0, 0, key[2], key[3]))
        image = image.scaled(
            max(1, round(target.width())),
            max(1, round(target.height())),
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
        if flip:
            image = image.flipped(Qt.Orientation.Horizontal)
        image = image.convertToFormat(QImage.Format.Format_ARGB32_Premultiplied)
        # A transparent pixel around the figure: drawn at a fraction of a pixel, the edge
        # blends with it as it did in the whole frame.
        box = opaque_box(image).adjusted(-1, -1, 1, 1) & image.rect()
        if box.isEmpty():  # nothing drawn: keep one (transparent) pixel
            box = QRect(0, 0, 1, 1)
        kept = in_palette(image.copy(box), palette)
        kept.setDevicePixelRatio(ratio)
        whole = QSize(round(image.width() / ratio), round(image.height() / ratio))
        cut = _Cut(kept, QPointF(box.topLeft()) / ratio, whole)
        self._scaled[key] = cut
        while len(self._scaled) > SCALED_KEEP:
            self._scaled.popitem(last=False)
        return cut

    def _picture_kind(self) -> str | None:
        if self._svg is not None:
            return "svg"
        if self._movie is not None:
            return "movie"
        if self._pixmap is not None:
            return "pixmap"
        return None

    def _clear_picture(self) -> None:
        if self._movie is not None:
            self._movie.stop()
            self._movie.frameChanged.disconnect(self._on_frame)
            self._movie.deleteLater()
        if self._svg is not None:
            self._svg.deleteLater()
        self._pixmap = self._svg = self._movie = None

    def _apply_playing(self) -> None:
        movie = self._movie
        if movie is None:
            return
        if self._playing:
            if movie.state() == QMovie.MovieState.Paused:
                movie.setPaused(False)
            elif movie.state() == QMovie.MovieState.NotRunning:
                movie.start()
        elif movie.state() == QMovie.MovieState.Running:
            movie.setPaused(True)

    @Slot(int)
    def _on_frame(self, _frame: int) -> None:
        self.update()

    def _describe(self) -> None:
        if self._picture_kind() is not None:
            text = self.tr("Picture of the exercise %1").replace("%1", self._name)
        elif self._clip is not None:
            if self._side is Side.LEFT:
                text = self.tr("Animated figure showing %1, left side")
            elif self._side is Side.RIGHT:
                text = self.tr("Animated figure showing %1, right side")
            else:
                text = self.tr("Animated figure showing %1")
            text = text.replace("%1", self._name)
        else:
            text = self.tr("No illustration")
        self.setAccessibleDescription(text)
        self.setToolTip("" if text == self.tr("No illustration") else text)
