"""Short texts for durations and dosages, shared by the editor and the main window.

No Qt. Like :mod:`backtimer.core.announce`, the phrases are English *templates* passed
through an optional ``translate`` callable before they are filled in; the UI passes
``lambda s: QCoreApplication.translate("Formatting", s)``. :data:`TEMPLATES` lists them
for translation tools.

- :func:`format_duration`: ``0:05``, ``1:05``, ``12:00``, ``1:02:03`` (rounded to the
  nearest second; negative values show as ``0:00``).
- :func:`format_dosage`: ``30 s``, ``1:30``, ``10 reps × 4 s``, ``8 reps``,
  ``3 × 5 s hold``, then `` · 2 sets`` and `` · each side`` when they apply.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from backtimer.core.model import Dosage, Item, Mode
from backtimer.core.plural import Translate as Translate  # re-exported
from backtimer.core.plural import counted, english

Number = Callable[[float], str]  # the UI passes the locale's ("2,5" in German)

T_SECONDS = "{seconds} s"
T_PACED = counted("%n reps × {pace} s", "%n rep × {pace} s")
T_SELF_PACED = counted("%n reps", "%n rep")
T_HOLDS = "{holds} × {hold} hold"
T_SETS = counted("%n sets", "%n set")
T_EACH_SIDE = "each side"
T_JOIN = " · "

TEMPLATES: tuple[str, ...] = tuple(v for k, v in dict(globals()).items() if k.startswith("T_"))


def format_duration(seconds: float) -> str:
    """``m:ss`` below an hour, ``h:mm:ss`` from an hour on."""
    if not math.isfinite(seconds) or seconds <= 0:
        return "0:00"
    total = int(seconds + 0.5)
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours}:{minutes:02d}:{secs:02d}"
    return f"{minutes}:{secs:02d}"


def plain_number(value: float) -> str:
    """``4`` for 4.0, ``2.5`` for 2.5 (the C locale's way; the UI passes QLocale's)."""
    return f"{value:g}"


def _short_seconds(seconds: float, tr: Translate, number: Number = plain_number) -> str:
    """``45 s`` under a minute, otherwise ``1:30``."""
    if seconds < 60:
        return tr(T_SECONDS).format(seconds=number(seconds))
    return format_duration(seconds)


def format_work(d: Dosage, translate: Translate = english, number: Number = plain_number) -> str:
    """The work of one set, one side: ``30 s``, ``10 reps × 4 s``, ``3 × 5 s hold``."""
    tr = translate
    if d.mode is Mode.TIMED:
        return _short_seconds(d.seconds or 0, tr, number)
    if d.mode is Mode.PACED_REPS:
        pace = number(d.seconds_per_rep or 0.0)
        return tr(T_PACED, d.reps or 0).format(pace=pace)
    if d.mode is Mode.SELF_PACED_REPS:
        return tr(T_SELF_PACED, d.reps or 0)
    hold = _short_seconds(d.hold_seconds or 0, tr, number)
    return tr(T_HOLDS).format(holds=d.holds or 0, hold=hold)


def format_dosage(
    item: Item | Dosage, translate: Translate = english, number: Number = plain_number
) -> str:
    """The whole dosage in one line: ``10 reps × 4 s · 2 sets · each side``."""
    d = item.dosage if isinstance(item, Item) else item
    parts = [format_work(d, translate, number)]
    if d.sets > 1:
        parts.append(translate(T_SETS, d.sets))
    if d.per_side:
        parts.append(translate(T_EACH_SIDE))
    return translate(T_JOIN).join(parts)
