"""The player's controller: wires the view to the engine, the cues and the history.

A precise ``QTimer`` only asks the engine for the time and redraws; every duration comes
from the engine's clock (``backtimer.core.clock``), never from counting ticks. What the
controller decides, :class:`~backtimer.ui.player.display.PlayerDisplay` shows (only what
changed); the queue's warnings come from :mod:`~backtimer.ui.player.warnings`.

Signals:
    session_started(str): a session of the named routine began.
    session_ended(object): a :class:`SessionReport` after the session ended.
    message(str): a line for the status bar.
    title_changed(str): "Superman · Work" while a session runs, "" otherwise; emitted only
        when the phase changes, never once a second (a screen reader speaks the title).

Each phase change is also announced to assistive technology in one short sentence
(:meth:`PlayerView.announce`, called by the display).
"""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QWidget

from backtimer.core.announce import announcement
from backtimer.core.catalogue import Catalogue
from backtimer.core.clock import Clock
from backtimer.core.cues import Cue
from backtimer.core.engine import FINAL_STATES, Engine, State
from backtimer.core.formatting import format_dosage
from backtimer.core.model import Exercise, Routine
from backtimer.core.presenter import PlayerScreen, present
from backtimer.core.redraw import MOVING_MS, next_redraw_ms
from backtimer.core.report import Outcome, WeekProgress, worst_outcome
from backtimer.core.safety import GENTLE_START_ID, PainChoice
from backtimer.core.steps import StepKind, item_seconds
from backtimer.session_recorder import SessionRecorder
from backtimer.ui.locale_text import number
from backtimer.ui.player.actions import ACTIONS, keys_text
from backtimer.ui.player.display import PlayerDisplay
from backtimer.ui.player.queue_model import QueueRow, RowState
from backtimer.ui.player.safety import PlayerSafety
from backtimer.ui.player.summary import SummaryFacts, open_summary
from backtimer.ui.player.view import PlayerView
from backtimer.ui.player.warnings import HurtLookup, hurt_warnings

if TYPE_CHECKING:
    from backtimer.ui import dialogs


def _tr(text: str, n: int = -1, /) -> str:
    """The player's translation; ``n`` is the count of a "%n" template."""
    return QCoreApplication.translate("Player", text, None, n)


def _dialogs() -> ModuleType:
    """The dialogs module, imported when one is first shown: a session that goes well
    shows none (in the playing app that keeps about 0.3 MB out of memory)."""
    from backtimer.ui import dialogs

    return dialogs


def _tr_view(text: str) -> str:
    """The player view's ACTIONS texts are marked in its context."""
    return QCoreApplication.translate("PlayerView", text)


STALL_SECONDS = 3.0  # no tick for this long (15 a second are due): frozen, so pause


class PlayerController(QObject):
    session_started = Signal(str)
    session_ended = Signal(object)
    message = Signal(str)
    title_changed = Signal(str)

    def __init__(
        self,
        view: PlayerView,
        catalogue: Catalogue,
        clock: Clock,
        recorder: SessionRecorder,
        *,
        hurt_lookup: HurtLookup | None = None,
        cue_sink: Callable[[Cue], None] | None = None,
        speak: Callable[[str], object] | None = None,
        figure: object | None = None,
        ask_hurt: Callable[[QWidget, str, str | None], str] | None = None,
        confirm_stop: Callable[[QWidget], bool] | None = None,
        show_summary: Callable[[QWidget, SummaryFacts], None] | None = None,
        inhibitor: object | None = None,
        ask_pain: Callable[[str], int | None] | None = None,
        week_progress: Callable[[], WeekProgress | None] | None = None,
    ) -> None:
        super().__init__(view)
        self.view = view
        self.catalogue = catalogue
        self.clock = clock
        self.recorder = recorder
        self._hurt_lookup = hurt_lookup
        self._cue_sink = cue_sink
        self._speak = speak
        self._figure = figure
        # Looked up at call time, so tests can stand in for the dialogs.
        self._ask_hurt = ask_hurt or (lambda *a: _dialogs().ask_after_hurt(*a))
        self._confirm_stop = confirm_stop or (lambda w: _dialogs().confirm_stop(w))
        self._show_summary = show_summary or open_summary
        self._week_progress = week_progress
        self.last_summary: SummaryFacts | None = None
        self._inhibitor = inhibitor
        self._ask_pain = ask_pain  # "before" / "after" -> 0..10 or None (skipped)
        self._pain_before: int | None = None
        self.quitting = False  # set when the app quits on a signal: ask nothing more
        self._extra_exercises: dict[str, Exercise] = {}
        self.engine: Engine | None = None
        self.routine: Routine | None = None
        self.last_screen: PlayerScreen | None = None
        self._pain_after: int | None = None
        self._warnings: dict[str, str] = {}
        self._item_outcomes: dict[int, Outcome] = {}
        self.timer = QTimer(self)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(MOVING_MS)
        self._help: dialogs.HelpOverlay | None = None  # made the first time it is asked for
        # Safety lines, loaded-exercise notice, pain advice, warm-up, progression (issue 12).
        self.safety = PlayerSafety(
            view.safety_notes, view.exercise_details, self.exercise, parent=self
        )
        self.safety.configure(switch=self._load_builtin, routine_name=self._routine_name)
        self.display = PlayerDisplay(
            view, self.safety, self.exercise, figure, self.title_changed.emit
        )
        self._connect_signals()

    @property
    def help(self) -> dialogs.HelpOverlay:
        """The list of keys (F1), made when first shown: most sessions never open it."""
        if self._help is None:
            self._help = _dialogs().HelpOverlay(
                self.view, [(keys_text(k), _tr_view(desc)) for _n, _l, k, desc in ACTIONS]
            )
        return self._help

    def _connect_signals(self) -> None:
        a = self.view.actions_by_name
        a["start"].triggered.connect(self.toggle)
        a["previous"].triggered.connect(self.previous)
        a["skip"].triggered.connect(self.skip)
        a["restart"].triggered.connect(self.restart_step)
        a["done"].triggered.connect(self.done)
        a["hurt"].triggered.connect(self.hurt)
        a["stop"].triggered.connect(self.stop)
        a["jump"].triggered.connect(self.jump_to_selected)
        a["help"].triggered.connect(lambda: self.help.open())
        self.view.queue.activated.connect(lambda idx: self.jump(idx.row()))
        self.timer.timeout.connect(self.on_timer)

    # ---------------------------------------------------------------- loading
    def exercise(self, exercise_id: str) -> Exercise | None:
        if exercise_id in self._extra_exercises:
            return self._extra_exercises[exercise_id]
        try:
            return self.catalogue.exercise(exercise_id)
        except KeyError:
            return None

    def _name(self, exercise_id: str) -> str:
        ex = self.exercise(exercise_id)
        return ex.name if ex else exercise_id

    @property
    def running(self) -> bool:
        return self.engine is not None and self.engine.state not in FINAL_STATES | {State.READY}

    def load(self, routine: Routine) -> bool:
        """Show ``routine``, ready to start. Refused (False) while a session runs."""
        if self.running:
            self.message.emit(_tr("Stop the current session before choosing another routine."))
            return False
        self.routine = routine
        self._extra_exercises = {e.id: e for e in routine.custom_exercises}
        self.engine = Engine(routine, self.clock, self._name, stall_seconds=STALL_SECONDS)
        self._item_outcomes = {}
        self.display.reset()
        self.last_summary = None
        self._pain_before = self._pain_after = None
        self._warnings = hurt_warnings(routine, self._hurt_lookup, self.exercise)
        self.safety.set_routine(routine)
        rows = []
        for item in routine.items:
            loaded = self.safety.loaded_mark(item.exercise)
            rows.append(
                QueueRow(
                    self._name(item.exercise),
                    " · ".join(p for p in (format_dosage(item, _tr, number), loaded) if p),
                    RowState.NEXT,
                    item.warm_up,
                    self._warnings.get(item.exercise, ""),
                )
            )
        self.view.queue_model.set_rows(rows)
        self.view.routine_bar.set_items([item_seconds(i) for i in routine.items])
        self.refresh()
        return True

    # ---------------------------------------------------------------- actions
    @Slot()
    def toggle(self) -> None:
        if self._help is not None and self._help.isVisible():
            self._help.hide()
            return
        e = self.engine
        if e is None:
            return
        if e.state is State.READY:
            self.start()
        elif e.state is State.RUNNING:
            self._apply(e.pause())
        elif e.state is State.PAUSED:
            self._apply(e.resume())
        elif e.state in FINAL_STATES and self.routine is not None:
            self.load(self.routine)  # "Start again"
            self.start()

    def start(self) -> None:
        e = self.engine
        if e is None or self.routine is None or e.state is not State.READY:
            return
        self._pain_before = self._ask_pain("before") if self._ask_pain else None
        if self.quitting:  # quit (a signal) while the question was open
            return
        if not self._pain_allows_start():
            return
        e = self.engine  # Gentle start may have been loaded instead
        if e is None or self.routine is None:
            return
        self.recorder.answer_pain("before", self._pain_before)
        if self._apply(e.start()):
            self.recorder.begin(self.routine, e.report().planned_seconds)
            self.timer.start()
            if self._inhibitor is not None:
                self._inhibitor.inhibit(_tr("Following a back routine"))  # type: ignore[attr-defined]
            self.session_started.emit(self.routine.name)

    def _pain_allows_start(self) -> bool:
        """Pain of 7 or more before: advise waiting; Gentle start or no training today."""
        before = self._pain_before
        choice = self.safety.pain_choice(before)
        if choice is None:
            return True
        if choice is PainChoice.NOT_TODAY:
            self.message.emit(
                _tr("No training today. Start again once the pain has turned dull and is easing.")
            )
            return False
        switched = self.safety.switch_to(GENTLE_START_ID)
        self._pain_before = before  # loading the routine cleared it
        return switched

    def _load_builtin(self, routine_id: str) -> bool:
        try:
            return self.load(self.catalogue.routine(routine_id))
        except KeyError:
            return False

    def _routine_name(self, routine_id: str) -> str | None:
        try:
            return self.catalogue.routine(routine_id).name
        except KeyError:
            return None

    def _item_in_progress(self) -> int | None:
        """The item being exercised; None in the get-ready and in the rest after an item
        (skipping those cuts nothing of the item short)."""
        e = self.engine
        if e is None or e.state is State.READY or e.state in FINAL_STATES:
            return None
        step = e.snapshot().step
        if step is None or step.kind in (StepKind.LEAD_IN, StepKind.REST):
            return None
        return step.item_index

    @Slot()
    def previous(self) -> None:
        if self.engine:
            self._apply(self.engine.previous())

    @Slot()
    def skip(self) -> None:
        if self.engine and self.safety.may_leave_warm_up(self._item_in_progress(), None):
            self._apply(self.engine.skip())

    @Slot()
    def restart_step(self) -> None:
        if self.engine:
            self._apply(self.engine.restart_step())

    @Slot()
    def done(self) -> None:
        if self.engine:
            self._apply(self.engine.done())

    @Slot()
    def jump_to_selected(self) -> None:
        idx = self.view.queue.currentIndex()
        if idx.isValid():
            self.jump(idx.row())

    def jump(self, item: int) -> None:
        if self.engine and self.safety.may_leave_warm_up(self._item_in_progress(), item):
            self._apply(self.engine.jump(item))

    @Slot()
    def hurt(self) -> None:
        e = self.engine
        if e is None:
            return
        snap = e.snapshot()
        if snap.step is not None and snap.step.kind is StepKind.LEAD_IN:
            # Nothing exercised yet: "it hurts" ends the session before it starts.
            self._apply(e.stop())
            self.message.emit(
                _tr("Stopped before the first exercise. Rest, and see a doctor if the pain stays.")
            )
            return
        if not self._apply(e.hurt()):
            return
        ex_id = snap.step.exercise_id if snap.step else None
        ex = self.exercise(ex_id) if ex_id else None
        easier = self.exercise(ex.easier) if ex and ex.easier else None
        choice = self._ask_hurt(self.view, self._name(ex_id or ""), easier.name if easier else None)
        if choice == "end":
            self._apply(e.stop())
        else:
            self._apply(e.skip_exercise())

    @Slot()
    def stop(self) -> None:
        if self._help is not None and self._help.isVisible():
            self._help.hide()
            return
        e = self.engine
        if e is None or e.state in FINAL_STATES or e.state is State.READY:
            return
        if self.paused_while(lambda: self._confirm_stop(self.view)):
            self._apply(e.stop())

    def paused_while(self, ask: Callable[[], bool]) -> bool:
        """``ask()`` with the countdown paused (a question must not eat exercise time); it
        runs on after a "no" if it was running before."""
        e = self.engine
        was_running = e is not None and e.state is State.RUNNING
        if e is not None and was_running:
            e.pause()
            self.refresh()
        answer = ask()
        if e is not None and not answer and was_running and e.state is State.PAUSED:
            self._apply(e.resume())
        return answer

    def shut_down(self) -> None:
        """Quit without questions (a signal): a running session ends as stopped and is
        saved; no pain check-in, no summary."""
        self.quitting = True
        self.end_now()

    def end_now(self) -> None:
        """End the session under way without asking (the window is closing)."""
        if self.engine is not None and self.running:
            self._apply(self.engine.stop())

    def _apply(self, result: object) -> bool:
        accepted = bool(getattr(result, "accepted", False))
        if not accepted:
            # The engine's reason names its states; a person gets plain words instead.
            self.message.emit(_tr("That does not apply right now."))
        self.on_timer()
        return accepted

    # ------------------------------------------------------------------ ticks
    @Slot()
    def on_timer(self) -> None:
        e = self.engine
        if e is None:
            return
        e.tick()
        for cue in e.take_cues():
            self._cue(cue)
        for rec in e.take_records():
            self.recorder.record(rec)
            self._item_outcomes[rec.item_index] = worst_outcome(
                self._item_outcomes.get(rec.item_index), rec.outcome
            )
        self.refresh()
        if e.state in FINAL_STATES and self.timer.isActive():
            self._end()

    def _cue(self, cue: Cue) -> None:
        if self._cue_sink is not None:
            self._cue_sink(cue)
        if self._speak is not None:
            text = announcement(cue, lambda i: self._name(i).lower(), _tr)
            if text:
                self._speak(text)

    def refresh(self) -> None:
        e, r = self.engine, self.routine
        if e is None or r is None:
            return
        snap = e.snapshot()
        final = snap.state in FINAL_STATES
        screen = present(
            snap,
            r,
            e.steps,
            self.exercise,
            _tr,
            stopped_for_pain=final and e.report().status.value == "stopped_for_pain",
            something_hurt=Outcome.HURT in self._item_outcomes.values(),
            reached=self.last_screen.routine_fraction if self.last_screen else 0.0,
        )
        self.last_screen = screen
        summary = self.last_summary if final else None
        warning = self._warnings.get(screen.exercise_id or "", "")
        motion = self.display.show(screen, snap, self._item_outcomes, warning, summary)
        if self.timer.isActive():  # 15 a second only while the figure moves (core.redraw)
            cycle = getattr(self._figure, "cycle", lambda: None)()
            steps = self.view.countdown.track_steps()
            self.timer.setInterval(next_redraw_ms(snap, motion, cycle, steps))

    def _end(self) -> None:
        self.timer.stop()
        if self._inhibitor is not None:
            self._inhibitor.release()  # type: ignore[attr-defined]
        e = self.engine
        assert e is not None
        report = e.report()
        self.recorder.finish(report)
        after = self._ask_pain("after") if self._ask_pain and not self.quitting else None
        self._pain_after = after
        self.recorder.answer_pain("after", after)
        self.recorder.flush()  # the progression suggestion reads this session back
        self.safety.after_session(report, self._pain_before, after)
        self.session_ended.emit(report)
        week = self._week_progress() if self._week_progress is not None else None
        facts = SummaryFacts(
            report,
            len(self.routine.items) if self.routine is not None else 0,
            self._pain_before,
            after,
            week,
            unsaved=self.recorder.unsaved,
        )
        self.last_summary = facts
        self.refresh()
        if not self.quitting:
            self._show_summary(self.view, facts)
