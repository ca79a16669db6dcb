"""One routine library keyed by id: the built-in routines and the custom ones.

A routine's id is ``builtin:<slug>`` for a built-in and the store's id (``custom:<n>``)
for a custom one. Ids survive a change of language and a rename; display names do not,
so the player picker, the editor, the tray, the reminders, the CLI and the
``LAST_ROUTINE`` setting all keep ids and look routines up here. :meth:`find` also
accepts a name or a slug (what a person types after ``--routine``, and what older
versions stored). No Qt here.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from backtimer.core.catalogue import Catalogue, find_routine
from backtimer.core.fields import ContentError
from backtimer.core.model import Level, Routine
from backtimer.core.steps import planned_seconds
from backtimer.store.routines import RoutineStore

log = logging.getLogger(__name__)

BUILTIN_PREFIX = "builtin:"
_LEVEL_ORDER = (Level.ENTRY, Level.HOME, Level.GYM)


def is_routine_id(text: str) -> bool:
    """True for ``builtin:<slug>`` and ``custom:<n>``: a value kept by id, not by name."""
    return text.startswith(BUILTIN_PREFIX) or text.startswith("custom:")


@dataclass(frozen=True, slots=True)
class RoutineInfo:
    """What a picker shows next to a routine's name."""

    routine: Routine
    seconds: float
    level: Level | None  # the hardest level among its exercises; None when it has none


class RoutineLibrary:
    """The built-in routines of ``catalogue`` and the custom routines of ``store``.

    :meth:`reload` re-reads the store (after the editor saved, renamed or deleted);
    a custom routine that cannot be read is left out with a warning in the log.
    """

    def __init__(self, catalogue: Catalogue, store: RoutineStore | None = None) -> None:
        self.catalogue = catalogue
        self.store = store
        self._routines: tuple[Routine, ...] = catalogue.routines
        self.reload()

    @property
    def routines(self) -> tuple[Routine, ...]:
        """Built-ins first (in catalogue order), then custom routines by name."""
        return self._routines

    def reload(self) -> tuple[Routine, ...]:
        custom: list[Routine] = []
        if self.store is not None:
            for stored in self.store.list():
                try:
                    custom.append(self.store.get(stored.id))
                except (KeyError, ContentError) as exc:
                    log.warning("custom routine %s cannot be read: %s", stored.name, exc)
        self._routines = (*self.catalogue.routines, *custom)
        return self._routines

    def get(self, routine_id: str) -> Routine | None:
        """The routine with exactly this id, or None."""
        for r in self._routines:
            if r.id == routine_id:
                return r
        return None

    def find(self, text: str) -> Routine | None:
        """By id first, then by name or slug, any case (``--routine``, older settings)."""
        if not text.strip():
            return None
        return self.get(text.strip()) or find_routine(self._routines, text)

    def info(self, routine: Routine) -> RoutineInfo:
        seconds = planned_seconds(routine) if routine.items else 0.0
        return RoutineInfo(routine, seconds, self.level(routine))

    def level(self, routine: Routine) -> Level | None:
        own = {e.id: e.level for e in routine.custom_exercises}
        levels: list[Level] = []
        for item in routine.items:
            if item.exercise in own:
                levels.append(own[item.exercise])
                continue
            try:
                levels.append(self.catalogue.exercise(item.exercise).level)
            except KeyError:
                continue
        return max(levels, key=_LEVEL_ORDER.index) if levels else None
