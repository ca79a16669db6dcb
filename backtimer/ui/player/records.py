"""What the player reads back from the history and keeps in the settings.

:class:`PlayerRecords` answers the player's questions about the past: how often an
exercise hurt lately (the queue's warnings), this week's sessions against the goal
(the summary), how a routine's recent sessions felt (progression), and which loaded-
exercise notices the person has dismissed.
"""

from __future__ import annotations

from backtimer.core.progression import SessionFeel
from backtimer.core.report import WeekProgress, week_progress
from backtimer.session_recorder import SessionRecorder
from backtimer.settings import LOADED_NOTICE_DISMISSED, WEEKLY_GOAL, Settings
from backtimer.store.db import Database
from backtimer.store.history import HistoryStore
from backtimer.store.progress import recent_feel

HURT_WINDOW = 3  # an exercise's warning looks at this many of its last sessions
WEEKS_BACK = 104  # the streak counts back at most two years


class PlayerRecords:
    def __init__(
        self, db: Database, history: HistoryStore, recorder: SessionRecorder, settings: Settings
    ) -> None:
        self._db, self._history, self._recorder, self._settings = db, history, recorder, settings

    def hurt_counts(self, exercise_id: str) -> tuple[int, int]:
        """(sessions it hurt in, of its last sessions)."""
        count = self._history.exercise_hurt_counts(exercise_id, HURT_WINDOW)
        return count.hurt, count.sessions

    def week_progress(self) -> WeekProgress | None:
        """This week's sessions against the goal and the streak, for the summary."""
        self._recorder.flush()  # the session that just ended counts
        totals = self._history.weekly_totals(weeks=WEEKS_BACK)
        return week_progress([w.sessions for w in totals], self._settings.get(WEEKLY_GOAL))

    def recent_feel(self, routine_id: str) -> list[SessionFeel]:
        return recent_feel(self._db, routine_id)

    def dismissed(self) -> set[str]:
        """The exercises whose loaded notice the person has dismissed."""
        return set(filter(None, self._settings.get(LOADED_NOTICE_DISMISSED).split(",")))

    def save_dismissed(self, exercise_ids: set[str]) -> None:
        self._settings.set(LOADED_NOTICE_DISMISSED, ",".join(sorted(exercise_ids)))
