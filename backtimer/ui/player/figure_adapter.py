"""Feeds the figure widget from the player controller's calls: the built-in figure, or
a custom exercise's own picture (or the built-in figure it names)."""

from __future__ import annotations

import logging
from pathlib import Path

from backtimer.core.model import Exercise
from backtimer.ui.figure_widget import FigureWidget

log = logging.getLogger(__name__)


class FigureAdapter:
    def __init__(self, widget: FigureWidget, data_dir: Path) -> None:
        self.widget = widget
        self._data_dir = data_dir

    def set_exercise(self, exercise_id: str | None, side: object, ex: Exercise | None) -> None:
        from backtimer.illustration.pictures import figure_ref, picture_path

        picture = ex.picture if ex is not None else None
        figure = figure_ref(picture) or exercise_id
        path = None
        if picture and figure_ref(picture) is None:
            try:
                path = picture_path(picture, self._data_dir)
            except ValueError:
                log.warning("exercise %s names a bad picture %r", exercise_id, picture)
        self.widget.set_exercise(figure, side, name=ex.name if ex else "")  # type: ignore[arg-type]
        self.widget.set_picture(path)

    def cycle(self) -> tuple[int, ...] | None:
        return self.widget.cycle()

    def show_motion(self, motion: object, side: object, playing: bool) -> None:
        # left and right of a one-sided exercise share an id: the side comes with each redraw
        self.widget.set_side(side)  # type: ignore[arg-type]
        self.widget.set_position(motion)  # type: ignore[arg-type]
        self.widget.set_playing(playing)
