"""The exercise illustration in the player: a built-in moving figure or a person's picture.

The widget only paints. The main window tells it which exercise and side
(:meth:`FigureWidget.set_exercise`) and, on each redraw, where the figure is
(:meth:`FigureWidget.set_position`, a :class:`~backtimer.core.motion.Motion` from
``motion_for_step``). A custom exercise may show its own picture
(:meth:`FigureWidget.set_picture`); an animated GIF plays only while
:meth:`FigureWidget.set_playing` says so.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRectF, QSize, Slot
from PySide6.QtGui import QMovie, QPainter, QPaintEvent, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QSizePolicy, QWidget

from backtimer.core.model import Side
from backtimer.core.motion import STILL, Motion
from backtimer.illustration.poses import figure
from backtimer.illustration.render import FigurePalette, paint_figure


def _fit(size: QSize | QRectF, area: QRectF) -> QRectF:
    """``size`` scaled to fit ``area``, proportions kept, centred."""
    w, h = float(size.width()), float(size.height())
    if w <= 0 or h <= 0:
        return QRectF(area)
    scale = min(area.width() / w, area.height() / h)
    out = QRectF(0, 0, w * scale, h * scale)
    out.moveCenter(area.center())
    return out


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
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Exercise illustration"))
        self._describe()

    # --- what to show -----------------------------------------------------------------
    def set_exercise(
        self, exercise_id: str | None, side: Side | None = None, name: str = ""
    ) -> None:
        """The built-in figure of ``exercise_id`` (or none), working ``side``."""
        self._exercise, self._side, self._name = exercise_id, side, name or (exercise_id or "")
        self._describe()
        self.update()

    def set_position(self, motion: Motion) -> None:
        if motion != self._motion:
            self._motion = motion
            if self._picture_kind() is None:
                self.update()

    def set_picture(self, path: Path | None) -> None:
        """A person's own picture (PNG, JPEG, SVG or GIF) instead of the figure."""
        self._clear_picture()
        if path is not None:
            suffix = path.suffix.lower()
            if suffix == ".svg":
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
        else:
            fig = figure(self._exercise) if self._exercise else None
            if fig is not None:
                background = self.palette().color(QPalette.ColorRole.Window)
                palette = FigurePalette.for_background(background)
                paint_figure(painter, area, fig, self._motion, self._side, palette)
        painter.end()

    # --- internals ------------------------------------------------------------------
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
        elif self._exercise and figure(self._exercise) is not None:
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
