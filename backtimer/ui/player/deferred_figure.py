"""The player's figure, made after the first paint.

The figure widget brings the pose tables and the frame loader, which the first paint
does not need. Until :meth:`DeferredFigure.build` runs, the controller's last calls are
kept; ``build`` makes the widget, puts it in the view and replays them.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from backtimer.ui.player.view import PlayerView


class DeferredFigure:
    def __init__(self, view: PlayerView, data_dir: Path) -> None:
        self._view, self._data_dir = view, data_dir
        self.adapter: Any = None  # a FigureAdapter once built
        self._exercise: tuple[Any, ...] | None = None
        self._motion: tuple[Any, ...] | None = None

    @property
    def widget(self) -> Any:
        return self.adapter.widget if self.adapter is not None else None

    def build(self) -> None:
        from backtimer.ui.figure_widget import FigureWidget
        from backtimer.ui.player.figure_adapter import FigureAdapter

        widget = FigureWidget()
        self._view.figure_layout.addWidget(widget)
        self.adapter = FigureAdapter(widget, self._data_dir)
        if self._exercise is not None:
            self.adapter.set_exercise(*self._exercise)
        if self._motion is not None:
            self.adapter.show_motion(*self._motion)

    def set_exercise(self, exercise_id: str | None, side: object, ex: object) -> None:
        if self.adapter is None:
            self._exercise = (exercise_id, side, ex)
        else:
            self.adapter.set_exercise(exercise_id, side, ex)

    def cycle(self) -> tuple[int, ...] | None:
        return self.adapter.cycle() if self.adapter is not None else None

    def show_motion(self, motion: object, side: object, playing: bool) -> None:
        if self.adapter is None:
            self._motion = (motion, side, playing)
        else:
            self.adapter.show_motion(motion, side, playing)
