"""One session's details as rich text for the history page's details panel."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, QLocale

from backtimer.core.formatting import format_duration
from backtimer.core.model import Side
from backtimer.core.report import Outcome, StepRecord
from backtimer.store.history_read import SessionDetail
from backtimer.ui.history.models import NO_VALUE, local_text, status_text
from backtimer.ui.marks import QT_TRANSLATE_NOOP

_CONTEXT = "SessionDetails"
_OUTCOME = {
    Outcome.DONE: QT_TRANSLATE_NOOP("SessionDetails", "done"),
    Outcome.SKIPPED: QT_TRANSLATE_NOOP("SessionDetails", "skipped"),
    Outcome.HURT: QT_TRANSLATE_NOOP("SessionDetails", "hurt"),
}
_SIDE = {
    Side.LEFT: QT_TRANSLATE_NOOP("SessionDetails", "left"),
    Side.RIGHT: QT_TRANSLATE_NOOP("SessionDetails", "right"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def _pain(value: int | None) -> str:
    return _tr("not given") if value is None else f"{value} / 10"


def _step_row(s: StepRecord) -> str:
    side = _tr(_SIDE[s.side]) if s.side is not None else ""
    reps = NO_VALUE
    if s.reps_planned is not None or s.reps_done is not None:
        done = NO_VALUE if s.reps_done is None else str(s.reps_done)
        planned = NO_VALUE if s.reps_planned is None else str(s.reps_planned)
        reps = f"{done} / {planned}"
    cells = (
        escape(s.exercise_name),
        escape(side),
        str(s.set_no),
        f"{format_duration(s.actual_seconds)} / {format_duration(s.planned_seconds)}",
        reps,
        escape(_tr(_OUTCOME[s.outcome])),
    )
    return "<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>"


def details_html(detail: SessionDetail) -> str:
    r = detail.session
    facts = [
        (_tr("Started"), local_text(r, QLocale.FormatType.LongFormat)),
        (_tr("Status"), status_text(r.status)),
        (_tr("Duration"), format_duration(r.elapsed_seconds)),
        (_tr("Exercised"), format_duration(r.exercised_seconds)),
        (_tr("Planned"), format_duration(r.planned_seconds)),
        (_tr("Paused"), format_duration(r.paused_seconds)),
        (_tr("Pain before"), _pain(r.pain_before)),
        (_tr("Pain after"), _pain(r.pain_after)),
        (
            _tr("Steps"),
            _tr("%1 done, %2 skipped, %3 hurt")
            .replace("%1", str(r.steps_done))
            .replace("%2", str(r.steps_skipped))
            .replace("%3", str(r.steps_hurt)),
        ),
    ]
    if r.note:
        facts.append((_tr("Note"), r.note))
    parts = [f"<h3>{escape(r.routine_name)}</h3>", "<table cellspacing='2'>"]
    parts += [f"<tr><td><b>{escape(k)}</b></td><td>{escape(v)}</td></tr>" for k, v in facts]
    parts.append("</table>")
    if detail.steps:
        heads = (_tr("Exercise"), _tr("Side"), _tr("Set"), _tr("Time"), _tr("Reps"), _tr("Outcome"))
        parts.append(f"<h4>{escape(_tr('Exercises'))}</h4>")
        parts.append("<table cellspacing='2' cellpadding='2'><tr>")
        parts += [f"<th align='left'>{escape(h)}</th>" for h in heads]
        parts.append("</tr>")
        parts += [_step_row(s) for s in detail.steps]
        parts.append("</table>")
    return "".join(parts)
