"""The five source articles of the built-in content, by title.

Every built-in exercise names the article it comes from in its ``source`` field (and
``also_in``), as the article's file id ("003_bb2363511375c3bc.txt"). The app shows the
article's title instead, so the person can see where an exercise comes from without a
hashed file name. Titles are quoted as the articles give them (they are names, not
BackTimer's wording), so they are not translated.
"""

from __future__ import annotations

from collections.abc import Callable

from backtimer.core.model import Exercise, Routine

# file id (as in ``Exercise.source``) -> the article's title, as it stands in the article
TITLES: dict[str, str] = {
    "000_88aeeae81530ba78.txt": (
        "Lower back training exercises to make your lower back muscles stronger"
    ),
    "001_91405eeb505fef34.txt": "How to exercise the lower back muscles?",
    "002_be902267e7eb699b.txt": (
        "Home back muscle training exercises to help you train your back at home"
    ),
    "003_bb2363511375c3bc.txt": "Lower Back Strengthening Exercises",
    "004_b60a387a6788c37c.txt": "Exercises for Lower Back: To Strengthen & Tips",
}

# The order the articles are numbered in (first ... fifth), for "the third article".
ORDER: tuple[str, ...] = tuple(sorted(TITLES))


def title(source: str) -> str:
    """The title of the article ``source`` names; "" for no source (a custom exercise).

    An unknown id (a file from a newer catalogue) is returned as it is rather than lost.
    """
    if not source:
        return ""
    return TITLES.get(source, source)


def titles(sources: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    """The titles of several sources, in the given order, each once, empty ones left out."""
    out: list[str] = []
    for s in sources:
        t = title(s)
        if t and t not in out:
            out.append(t)
    return tuple(out)


def number(source: str) -> int | None:
    """1 for the first article ... 5 for the fifth; None if ``source`` is not one of them."""
    return ORDER.index(source) + 1 if source in TITLES else None


def routine_sources(routine: Routine, exercise: Callable[[str], Exercise]) -> tuple[str, ...]:
    """The article ids a routine's work comes from (warm-up items left out), in order.

    An exercise that is in several articles counts for the one its neighbours share, so
    a routine taken from one article names that one article.
    """
    work = [exercise(i.exercise) for i in routine.items if not i.warm_up]
    common = set.intersection(*({e.source, *e.also_in} for e in work)) if work else set()
    if common:
        return tuple(s for s in ORDER if s in common)[:1]
    return tuple(dict.fromkeys(e.source for e in work if e.source))
