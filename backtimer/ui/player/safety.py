"""The player's safety decisions (Qt, no layout): what the safety panel shows and when
to ask. The rules themselves live in :mod:`backtimer.core.safety` and
:mod:`backtimer.core.progression`.

- The exercise on screen: every safety line, its note, where its numbers and it come from.
- A loaded exercise: one sentence of what it needs, from the rest before it until it ends,
  unless the person dismissed it for good for that exercise (``dismissed`` is stored).
- Pain before the session of 7 or more, or of 4 to 6 that the person calls sharp: advise
  waiting; offer *Gentle start* or not training today.
- Skipping the warm-up: asked once per session.
- After a session: the gentle progression suggestion.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QObject, Slot
from PySide6.QtWidgets import QMessageBox, QWidget

from backtimer.core import progression, safety, sources
from backtimer.core.model import Exercise, Item, Routine
from backtimer.core.progression import SessionFeel
from backtimer.core.report import Outcome, SessionReport, SessionStatus
from backtimer.core.safety import PainAdvice, PainChoice
from backtimer.ui.player.safety_panel import ExerciseDetails, SafetyPanel

AskPain = Callable[[QWidget, PainAdvice], PainChoice]
AskSkipWarmUp = Callable[[QWidget], bool]
AskSharp = Callable[[QWidget], bool]


def _tr(text: str, n: int = -1, /) -> str:
    return QCoreApplication.translate("Player", text, None, n)


def _tr_safety(text: str) -> str:
    return QCoreApplication.translate("PlayerSafety", text)


def ask_pain_advice(parent: QWidget, advice: PainAdvice) -> PainChoice:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(_tr_safety("Pain before the session"))
    box.setText(advice.message)
    gentle = box.addButton(_tr_safety("Do Gentle start instead"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(_tr_safety("Not today"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(gentle)
    box.exec()
    return PainChoice.GENTLE_START if box.clickedButton() is gentle else PainChoice.NOT_TODAY


def ask_sharp(parent: QWidget) -> bool:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(_tr_safety("Pain before the session"))
    box.setText(_tr_safety("Is the pain sharp or stabbing, rather than dull and easing?"))
    sharp = box.addButton(_tr_safety("Sharp"), QMessageBox.ButtonRole.YesRole)
    dull = box.addButton(_tr_safety("Dull or easing"), QMessageBox.ButtonRole.NoRole)
    box.setDefaultButton(dull)
    box.exec()
    return box.clickedButton() is sharp


def ask_skip_warm_up(parent: QWidget) -> bool:
    answer = QMessageBox.question(
        parent,
        _tr_safety("Skip the warm-up?"),
        _tr_safety(
            "A mild warm-up always comes first: it prepares the back for the work. Skip it anyway?"
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def show_routine_about(parent: QWidget, routine: Routine, source_titles: Sequence[str]) -> None:
    text = routine.description or _tr_safety("This routine has no description.")
    if source_titles:
        text += "\n\n" + _tr_safety("Source: {titles}").format(titles="; ".join(source_titles))
    QMessageBox.information(parent, routine.name, text)


class PlayerSafety(QObject):
    """Decides what the :class:`SafetyPanel` and :class:`ExerciseDetails` show, and asks
    the safety questions."""

    def __init__(
        self,
        panel: SafetyPanel,
        details: ExerciseDetails,
        exercise: Callable[[str], Exercise | None],
        *,
        dismissed: Callable[[], set[str]] = set,
        save_dismissed: Callable[[set[str]], None] | None = None,
        recent_feel: Callable[[str], list[SessionFeel]] | None = None,
        routine_name: Callable[[str], str | None] = lambda _id: None,
        ask_pain: AskPain | None = None,
        ask_skip: AskSkipWarmUp | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.panel = panel
        self.details = details
        self._exercise = exercise
        self._dismissed_source = dismissed
        self._save_dismissed = save_dismissed
        self._recent_feel = recent_feel
        self._routine_name = routine_name
        # Looked up at call time, so tests can stand in for the dialogs.
        self._ask_pain = ask_pain or (lambda w, a: ask_pain_advice(w, a))
        self.ask_skip: AskSkipWarmUp = ask_skip or (lambda w: ask_skip_warm_up(w))
        self.ask_sharp: AskSharp = lambda w: ask_sharp(w)
        self._switch: Callable[[str], bool] = lambda _id: False
        self.routine: Routine | None = None
        self._warm_up_asked = False
        self._shown: tuple[str | None, int | None] = ("\0", None)
        self._connect_signals()

    def configure(
        self,
        *,
        dismissed: Callable[[], set[str]] | None = None,
        save_dismissed: Callable[[set[str]], None] | None = None,
        recent_feel: Callable[[str], list[SessionFeel]] | None = None,
        routine_name: Callable[[str], str | None] | None = None,
        switch: Callable[[str], bool] | None = None,
    ) -> None:
        """Give the collaborators the composition root owns (settings, history, library)."""
        if dismissed is not None:
            self._dismissed_source = dismissed
        if save_dismissed is not None:
            self._save_dismissed = save_dismissed
        if recent_feel is not None:
            self._recent_feel = recent_feel
        if routine_name is not None:
            self._routine_name = routine_name
        if switch is not None:
            self._switch = switch

    def _connect_signals(self) -> None:
        self.panel.dismiss_loaded.connect(self._dismiss)
        self.details.about_routine.connect(self._about)

    # ---------------------------------------------------------------- routine
    def set_routine(self, routine: Routine) -> None:
        self.routine = routine
        self._warm_up_asked = False
        self._shown = ("\0", None)
        self.panel.show_progress("")
        self.show_item(None, None)

    def loaded_mark(self, exercise_id: str) -> str:
        """A short mark for a loaded exercise in the queue ("" for an unloaded one)."""
        ex = self._exercise(exercise_id)
        return _tr_safety("loaded: needs care") if ex and safety.is_loaded(ex) else ""

    # ------------------------------------------------------------------ items
    def show_item(self, exercise_id: str | None, item_index: int | None) -> None:
        """Show the exercise on screen and its item (the item that exercise belongs to)."""
        if (exercise_id, item_index) == self._shown:
            return
        self._shown = (exercise_id, item_index)
        ex = self._exercise(exercise_id) if exercise_id else None
        item = self._item(exercise_id, item_index)
        if ex is None:
            self.panel.show_loaded("", "")
            self.panel.show_safety(())
            self.details.show_details(item.note if item else "", "", "")
            return
        self.panel.show_safety(safety.safety_lines(ex))
        notice = "" if ex.id in self._dismissed_source() else safety.loaded_notice(ex, _tr)
        self.panel.show_loaded(ex.id, notice)
        titles = sources.titles((ex.source, *ex.also_in))
        self.details.show_details(item.note if item else "", ex.dosage_note, "; ".join(titles))

    def _item(self, exercise_id: str | None, index: int | None) -> Item | None:
        r = self.routine
        if r is None or index is None or exercise_id is None:
            return None
        # During the rest after an item the exercise on screen is the next item's.
        for i in (index, index + 1):
            if 0 <= i < len(r.items) and r.items[i].exercise == exercise_id:
                return r.items[i]
        return None

    @Slot(str)
    def _dismiss(self, exercise_id: str) -> None:
        ids = set(self._dismissed_source()) | {exercise_id}
        if self._save_dismissed is not None:
            self._save_dismissed(ids)
        else:
            self._dismissed_source = lambda: ids
        self.panel.show_loaded("", "")

    @Slot()
    def _about(self) -> None:
        r = self.routine
        if r is None:
            return
        ids = sources.routine_sources(r, self._require)
        show_routine_about(self.panel.window(), r, sources.titles(ids))

    def _require(self, exercise_id: str) -> Exercise:
        ex = self._exercise(exercise_id)
        if ex is None:
            raise KeyError(exercise_id)
        return ex

    # ------------------------------------------------------------ questions
    def pain_choice(self, rating: int | None, *, sharp: bool = False) -> PainChoice | None:
        """None: go ahead. Otherwise what the person chose after the advice to wait."""
        if not sharp and safety.ask_if_sharp(rating):
            sharp = self.ask_sharp(self.panel.window())
        advice = safety.pain_before_advice(rating, sharp=sharp, tr=_tr)
        if advice is None:
            return None
        return self._ask_pain(self.panel.window(), advice)

    def may_leave_warm_up(self, current_item: int | None, target_item: int | None) -> bool:
        """Asked once per session, when a skip or jump leaves the warm-up early."""
        r = self.routine
        if r is None or current_item is None or self._warm_up_asked:
            return True
        n = safety.warm_up_items(r)
        if current_item >= n or (target_item is not None and target_item < n):
            return True
        self._warm_up_asked = True
        return self.ask_skip(self.panel.window())

    def switch_to(self, routine_id: str) -> bool:
        """Load ``routine_id`` instead of the routine shown (True if it is shown now)."""
        if self.routine is not None and self.routine.id == routine_id:
            return True
        return (
            self._switch(routine_id)
            and self.routine is not None
            and (self.routine.id == routine_id)
        )

    # ---------------------------------------------------------------- after
    def after_session(
        self, report: SessionReport, pain_before: int | None, pain_after: int | None
    ) -> str:
        """Show (and return) the progression suggestion after a finished session.

        ``recent_feel`` reads the history, which must already hold this session (the
        controller flushes the recorder first); without a history only this one counts.
        """
        r = self.routine
        if r is None or not r.id:
            return ""
        now = SessionFeel(
            report.status is SessionStatus.COMPLETED,
            any(s.outcome is Outcome.HURT for s in report.steps),
            pain_before,
            pain_after,
        )
        # The history (written and flushed by the caller) already holds this session.
        recent = self._recent_feel(r.id) if self._recent_feel else []
        text = progression.suggestion(recent or [now], r.id, r.name, self._routine_name, _tr)
        self.panel.show_progress(text)
        return text
