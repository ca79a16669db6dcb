"""The player's routine picker: fills the box from the routine library, loads the chosen
routine into the player and remembers it by id (``LAST_ROUTINE``).

Each entry shows the routine's name, planned time and level; its item data is the
routine's id. An old ``LAST_ROUTINE`` that holds a display name (what earlier versions
stored) is turned into the routine's id the first time it is read.

Signals:
    chosen(object): the :class:`Routine` now loaded in the player.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QComboBox

from backtimer.core.model import Level, Routine
from backtimer.routine_library import RoutineLibrary, is_routine_id
from backtimer.settings import LAST_ROUTINE, Settings
from backtimer.ui.player.controller import PlayerController

IdRole = Qt.ItemDataRole.UserRole


def _tr(text: str) -> str:
    return QCoreApplication.translate("RoutineChoice", text)


def level_name(level: Level | None) -> str:
    return {
        Level.ENTRY: _tr("entry level"),
        Level.HOME: _tr("home level"),
        Level.GYM: _tr("gym level"),
    }.get(level, "")  # type: ignore[arg-type]


def migrate_last_routine(settings: Settings, library: RoutineLibrary) -> Routine | None:
    """The routine ``LAST_ROUTINE`` names; a stored display name becomes the routine's id."""
    value = settings.get(LAST_ROUTINE)
    routine = library.get(value) if is_routine_id(value) else library.find(value)
    if routine is not None and routine.id and value != routine.id:
        settings.set(LAST_ROUTINE, routine.id)
    return routine


class RoutineChoice(QObject):
    chosen = Signal(object)

    def __init__(
        self,
        box: QComboBox,
        library: RoutineLibrary,
        controller: PlayerController,
        settings: Settings,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.box = box
        self.library = library
        self.controller = controller
        self.settings = settings
        self._draft: Routine | None = None  # a routine run from the editor, not saved
        box.currentIndexChanged.connect(self._index_chosen)

    def current(self) -> Routine | None:
        """The routine the player shows (a draft from the editor included)."""
        return self.controller.routine

    def reload(self, select: str | None = None) -> Routine | None:
        """Re-read the library and refill the box. Keeps the routine shown; else chooses
        ``select`` (an id, a name or a slug), else ``LAST_ROUTINE``, else the first."""
        shown = self.controller.routine
        self.library.reload()
        self._fill()
        wanted = self.library.find(select) if select else None
        if wanted is None and shown is not None and shown.id:
            wanted = self.library.get(shown.id)
        if wanted is None:
            wanted = migrate_last_routine(self.settings, self.library)
        if wanted is None and self.library.routines:
            wanted = self.library.routines[0]
        if wanted is None:
            return None
        if self.controller.running:  # the session goes on; only the box is refreshed
            self._show(shown.id if shown is not None else "")
            return shown
        self._show(wanted.id)
        if shown is not wanted:
            self._load(wanted)
        return wanted

    def select(self, text: str) -> Routine | None:
        """Load the routine named by ``text`` (id, name or slug); None if there is none
        or a session is under way."""
        routine = self.library.find(text)
        if routine is None or not self._load(routine):
            return None
        self._show(routine.id)
        return routine

    def run(self, routine: Routine) -> bool:
        """ "Run in player": load ``routine`` as the editor has it (saved or not)."""
        if not self._load(routine):
            return False
        self._draft = routine if self.library.get(routine.id) is None else None
        self._fill()
        self._show(routine.id)
        return True

    # ------------------------------------------------------------------ inside
    def _fill(self) -> None:
        box = self.box
        box.blockSignals(True)
        box.clear()
        for r in self.library.routines:
            info = self.library.info(r)
            minutes = _tr("{n} min").format(n=max(1, round(info.seconds / 60)))
            parts = [r.name if r.builtin else f"{r.name} ★", minutes]
            if info.level is not None:
                parts.append(level_name(info.level))
            box.addItem(" · ".join(parts), r.id)
        if self._draft is not None:
            box.addItem(_tr("{name} (not saved)").format(name=self._draft.name), "")
        box.blockSignals(False)

    def _show(self, routine_id: str) -> None:
        index = self.box.findData(routine_id, IdRole)
        self.box.blockSignals(True)
        self.box.setCurrentIndex(max(index, 0) if self.box.count() else -1)
        self.box.blockSignals(False)

    def _load(self, routine: Routine) -> bool:
        if not self.controller.load(routine):
            return False
        if routine.id:
            self.settings.set(LAST_ROUTINE, routine.id)
        self.chosen.emit(routine)
        return True

    @Slot(int)
    def _index_chosen(self, index: int) -> None:
        routine_id = self.box.itemData(index, IdRole)
        routine = self.library.get(routine_id) if routine_id else self._draft
        if routine is None:
            return
        if not self._load(routine):  # a session runs: show its routine again
            shown = self.controller.routine
            self._show(shown.id if shown is not None else "")
