"""The player page put together: its controller and the small controllers around it.

:class:`PlayerParts` builds, from the view the window already shows, the figure (made
after the first paint), the pain check-ins, what the player reads back from the history
(:class:`PlayerRecords`), the :class:`PlayerController`, the routine choice and the
close policy, and hands the player's safety helper its collaborators. The composition
root (``backtimer.app``) makes one and wires it to the rest of the application.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QMainWindow

from backtimer import APP_NAME
from backtimer.core.catalogue import Catalogue
from backtimer.core.clock import Clock
from backtimer.core.cues import Cue
from backtimer.routine_library import RoutineLibrary
from backtimer.session_recorder import SessionRecorder
from backtimer.settings import Settings
from backtimer.store.db import Database
from backtimer.store.history import HistoryStore
from backtimer.ui.inhibit import ScreenSaverInhibitor
from backtimer.ui.player.checkins import PainCheckIns
from backtimer.ui.player.close_policy import ClosePolicy
from backtimer.ui.player.controller import PlayerController
from backtimer.ui.player.deferred_figure import DeferredFigure
from backtimer.ui.player.records import PlayerRecords
from backtimer.ui.player.routine_choice import RoutineChoice
from backtimer.ui.player.view import PlayerView


class PlayerParts:
    def __init__(
        self,
        view: PlayerView,
        window: QMainWindow,
        catalogue: Catalogue,
        library: RoutineLibrary,
        clock: Clock,
        recorder: SessionRecorder,
        stores: tuple[Database, HistoryStore],
        settings: Settings,
        data_dir: Path,
        cue_sink: Callable[[Cue], None],
        speak: Callable[[str], object],
    ) -> None:
        self.view = view
        self.figure = DeferredFigure(view, data_dir)
        self.checkins = PainCheckIns(settings, window)
        self.records = records = PlayerRecords(*stores, recorder, settings)
        self.controller = c = PlayerController(
            view,
            catalogue,
            clock,
            recorder,
            hurt_lookup=records.hurt_counts,
            cue_sink=cue_sink,
            speak=speak,
            figure=self.figure,
            week_progress=records.week_progress,
            inhibitor=ScreenSaverInhibitor(APP_NAME, window),
            ask_pain=self.checkins.ask,
        )
        self.choice = RoutineChoice(view.routine_box, library, c, settings)
        c.safety.configure(
            dismissed=records.dismissed,
            save_dismissed=records.save_dismissed,
            recent_feel=records.recent_feel,
            switch=lambda routine_id: self.choice.select(routine_id) is not None,
        )
        self.close_policy = ClosePolicy(window, c, settings)  # its tray_available comes later
