"""Translate the built-in content: a loaded :class:`Catalogue` -> a translated copy.

The English texts of ``resources/content`` are the source strings (context
``Content``); ``tools/extract_content_strings.py`` lists them in
``tools/translations/content_strings.py`` for lupdate. Ids, numbers and dosages stay as they
are, so routines, history and settings keep referring to the same things. Custom
exercises and routines are the person's own words and are never translated.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QCoreApplication

from backtimer.core.catalogue import Catalogue
from backtimer.core.model import Exercise, Item, Routine

CONTEXT = "Content"
Translate = Callable[[str], str]


def qt_translate(text: str) -> str:
    """The installed translators' version of a content text ("" stays "")."""
    return QCoreApplication.translate(CONTEXT, text) if text else text


def translate_exercise(ex: Exercise, tr: Translate = qt_translate) -> Exercise:
    if ex.custom:
        return ex
    return replace(
        ex,
        name=tr(ex.name),
        summary=tr(ex.summary),
        instructions=tuple(tr(t) for t in ex.instructions),
        cues=tuple(tr(t) for t in ex.cues),
        equipment=tuple(tr(t) for t in ex.equipment),
        safety=tuple(tr(t) for t in ex.safety),
        dosage_note=tr(ex.dosage_note),
    )


def translate_routine(routine: Routine, tr: Translate = qt_translate) -> Routine:
    if not routine.builtin:
        return routine
    items = tuple(_item(i, tr) for i in routine.items)
    return replace(routine, name=tr(routine.name), description=tr(routine.description), items=items)


def _item(item: Item, tr: Translate) -> Item:
    return replace(item, note=tr(item.note)) if item.note else item


def translate_catalogue(catalogue: Catalogue, tr: Translate = qt_translate) -> Catalogue:
    """A copy of ``catalogue`` in the installed language (the same object in English)."""
    exercises = tuple(translate_exercise(e, tr) for e in catalogue.exercises)
    routines = tuple(translate_routine(r, tr) for r in catalogue.routines)
    if exercises == catalogue.exercises and routines == catalogue.routines:
        return catalogue
    return Catalogue(exercises, routines)
