"""What the player shows after each tick, touching only what changed.

:class:`PlayerDisplay` puts a :class:`~backtimer.core.presenter.PlayerScreen` on the
view, the figure, the safety panel and the queue. The exercise's instructions, the
figure's exercise and side, the next-up card and the queue's scroll position change
only when their key does; the window title (``on_title``) and the announcement to
assistive technology only on a phase change, never once a second. A redraw where only
the ticking parts changed (the main figure, its caption, the time left, the progress
tracks, the figure's motion) touches only those.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import fields

from backtimer.core.engine import FINAL_STATES, Snapshot, State
from backtimer.core.model import Exercise
from backtimer.core.motion import Motion, motion_for_step
from backtimer.core.presenter import PlayerScreen
from backtimer.core.report import Outcome
from backtimer.ui.player.queue_model import RowState
from backtimer.ui.player.safety import PlayerSafety
from backtimer.ui.player.summary import SummaryFacts, one_line
from backtimer.ui.player.view import PlayerView

#: What changes from one redraw to the next within a phase (:meth:`PlayerView.show_ticking`).
TICKING = ("countdown", "caption", "progress", "routine_left", "routine_fraction")
_STEADY = tuple(f.name for f in fields(PlayerScreen) if f.name not in TICKING)

_ROW_STATE: dict[Outcome | None, RowState] = {
    Outcome.HURT: RowState.HURT,
    Outcome.SKIPPED: RowState.SKIPPED,
    Outcome.DONE: RowState.DONE,
}


class PlayerDisplay:
    def __init__(
        self,
        view: PlayerView,
        safety: PlayerSafety,
        exercise: Callable[[str], Exercise | None],
        figure: object | None,
        on_title: Callable[[str], object],
    ) -> None:
        self.view, self.safety, self.exercise = view, safety, exercise
        self.figure, self.on_title = figure, on_title
        self._title = ""
        self._phase_key: tuple[object, ...] | None = None
        self._figure_key: tuple[object, ...] | None = None
        self._next_key: str | None = "\0"
        self._shown_exercise: str | None = "\0"
        self._scrolled_to: int | None = None
        self._steady: tuple[object, ...] | None = None

    def reset(self) -> None:
        """A routine was loaded: the next screen is its first (no announcement)."""
        self._phase_key = None
        self._scrolled_to = None
        self._steady = None

    def show(
        self,
        screen: PlayerScreen,
        snap: Snapshot,
        outcomes: dict[int, Outcome],
        warning: str,
        summary: SummaryFacts | None,
    ) -> Motion:
        """Show ``screen``; ``summary`` is the last session's, once it has ended. Returns
        where the figure is (the redraw rate depends on it)."""
        view = self.view
        steady = (
            tuple(getattr(screen, name) for name in _STEADY),
            snap.state,
            dict(outcomes),
            warning,
            summary,
        )
        motion = motion_for_step(snap.step, snap.elapsed)
        if steady == self._steady:  # within a phase: only the ticking parts
            view.show_ticking(screen)
            self._show_motion(motion, screen, snap)
            view.routine_bar.show_progress(screen.routine_fraction, view.routine_bar.states())
            return motion
        self._steady = steady
        if screen.phase_key != self._phase_key:
            first = self._phase_key is None
            self._phase_key = screen.phase_key
            if screen.title != self._title or first:
                self._title = screen.title
                self.on_title(screen.title)
            if not first:
                view.announce(screen.announcement)
        view.show_screen(screen)
        if summary is not None:
            view.status_label.setText(one_line(summary))
        if screen.exercise_id != self._shown_exercise:
            self._shown_exercise = screen.exercise_id
            view.show_exercise(self.exercise(screen.exercise_id) if screen.exercise_id else None)
        self.safety.show_item(screen.exercise_id, screen.current_item)  # returns if unchanged
        figure_key = (screen.exercise_id, screen.side)
        if self.figure is not None and figure_key != self._figure_key:
            self._figure_key = figure_key
            ex = self.exercise(screen.exercise_id) if screen.exercise_id else None
            self.figure.set_exercise(screen.exercise_id, screen.side, ex)  # type: ignore[attr-defined]
        if screen.next_id != self._next_key:
            self._next_key = screen.next_id
            view.show_next(screen.next_id, screen.next_name)
        # During rests the presenter shows the exercise that comes next: warn about it.
        view.show_warning(warning)
        self._show_motion(motion, screen, snap)
        self._update_queue(screen.current_item, snap.state, outcomes)
        view.show_queue_progress(screen.routine_fraction, view.queue_model.states())
        return motion

    def _show_motion(self, motion: Motion, screen: PlayerScreen, snap: Snapshot) -> None:
        if self.figure is not None:
            self.figure.show_motion(  # type: ignore[attr-defined]
                motion, screen.side, snap.state is State.RUNNING
            )

    def _update_queue(
        self, current: int | None, state: State, outcomes: dict[int, Outcome]
    ) -> None:
        model = self.view.queue_model
        n = model.rowCount()
        states = []
        for i in range(n):
            if i == current and state not in FINAL_STATES:
                states.append(RowState.NOW)
            else:
                states.append(_ROW_STATE.get(outcomes.get(i), RowState.NEXT))
        model.set_states(states)
        if current is not None and current < n and current != self._scrolled_to:
            self._scrolled_to = current
            self.view.queue.scrollTo(model.index(current))
