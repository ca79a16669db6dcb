"""Read-only: how the recent sessions of one routine felt, for the progression suggestion.

Sessions still running or interrupted are left out (they say nothing about comfort);
a session stopped for pain, or with a step marked "it hurts", is not comfortable.
"""

from __future__ import annotations

from backtimer.core.progression import SessionFeel
from backtimer.store.db import Database

_FINISHED = "('completed', 'stopped', 'stopped_for_pain')"


def recent_feel(db: Database, routine_id: str, limit: int = 12) -> list[SessionFeel]:
    """The last ``limit`` finished sessions of ``routine_id``, newest first."""
    if not routine_id:
        return []
    rows = db.conn.execute(
        "SELECT s.status = 'completed', "
        "EXISTS (SELECT 1 FROM step st WHERE st.session_id = s.id AND st.outcome = 'hurt'), "
        "s.pain_before, s.pain_after "
        f"FROM session s WHERE s.routine_id = ? AND s.status IN {_FINISHED} "
        "ORDER BY s.started_utc DESC, s.id DESC LIMIT ?",
        (routine_id, limit),
    ).fetchall()
    return [SessionFeel(bool(c), bool(h), b, a) for c, h, b, a in rows]
