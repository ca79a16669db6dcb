"""Counted phrases without Qt: templates with ``%n`` and a translate that takes the count.

The core writes counted phrases as Qt numerus templates ("%n seconds") and passes the
count to its ``translate`` callable; the UI passes one made by :func:`qt_translate`-style
wrappers (``QCoreApplication.translate(context, text, None, n)``), so each language
chooses its own plural form from its ``.ts`` file (Russian has three: "1 секунда",
"2 секунды", "5 секунд"). English forms come from ``translations/backtimer_en.ts``.

Without Qt (the command line, tests of the core), :func:`english` stands in: it knows
the English singular of every core template from :data:`ENGLISH_ONE`, which
``tests/test_translations.py`` keeps equal to ``backtimer_en.ts``.
"""

from __future__ import annotations

from typing import Protocol


class Translate(Protocol):
    """``(template) -> text``, or ``(template, n) -> text`` with ``%n`` replaced by n."""

    def __call__(self, text: str, n: int = -1, /) -> str: ...


#: The English singular of each counted template of the core (``%n`` kept).
ENGLISH_ONE: dict[str, str] = {}


def counted(plural: str, singular: str) -> str:
    """Declare a counted template: return ``plural``, remember its English singular."""
    assert "%n" in plural and "%n" in singular, plural
    ENGLISH_ONE[plural] = singular
    return plural


def english(text: str, n: int = -1, /) -> str:
    """The untranslated text, with the English plural rule for counted templates."""
    if n < 0:
        return text
    return (ENGLISH_ONE.get(text, text) if n == 1 else text).replace("%n", str(n))
