"""core.sources: the five articles by title, keyed by the content's ``source`` ids."""

from __future__ import annotations

from pathlib import Path

import pytest

from backtimer import paths
from backtimer.core import catalogue, sources


def _seeds_dir() -> Path | None:
    repo = Path(__file__).resolve().parents[1]
    for candidate in (repo.parent / "shared" / "seeds", Path("/work/shared/seeds")):
        if candidate.is_dir() and any(candidate.glob("*.txt")):
            return candidate
    return None


SEEDS = _seeds_dir()


def test_every_source_the_content_names_has_a_title() -> None:
    cat = catalogue.load(paths.content_dir())
    named = {s for e in cat.exercises for s in (e.source, *e.also_in)}
    assert named == set(sources.TITLES)
    for s in named:
        t = sources.title(s)
        assert t and ".txt" not in t and not t[:3].isdigit()


@pytest.mark.skipif(SEEDS is None, reason="the source articles are not present")
def test_titles_are_read_from_the_articles() -> None:
    assert SEEDS is not None
    assert {p.name for p in SEEDS.glob("*.txt")} == set(sources.TITLES)
    for name, t in sources.TITLES.items():
        head = "\n".join((SEEDS / name).read_text(encoding="utf-8").splitlines()[:6])
        assert t in head, name


def test_unknown_and_empty_sources() -> None:
    assert sources.title("") == ""
    assert sources.title("999_new.txt") == "999_new.txt"
    assert sources.number("003_bb2363511375c3bc.txt") == 4
    assert sources.number("nope") is None
    twice = ("004_b60a387a6788c37c.txt", "", "004_b60a387a6788c37c.txt")
    assert sources.titles(twice) == ("Exercises for Lower Back: To Strengthen & Tips",)
