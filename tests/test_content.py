"""The built-in content: the exercise catalogue and the five built-in routines.

Checks that the data files load through the real loader, match the inventory of the
source articles (``shared/CONTENT.md``) and are stated in the project's own words. That
the loader refuses a broken copy naming the place: ``test_content_refusals.py``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from backtimer import paths
from backtimer.core import catalogue, safety, sources
from backtimer.core.model import Exercise, Level, Mode, Position, Routine
from backtimer.core.routine_io import FILE_SUFFIX, routine_from_json, routine_to_json

EXPECTED_IDS = (
    "supine-back-lift",
    "supine-leg-kicks",
    "prone-flying-hand-shake",
    "prone-arm-raise",
    "swallow-fly",
    "bent-leg-deadlift",
    "prone-push-up",
    "prone-towel-row",
    "prone-arm-circles",
    "prone-breaststroke",
    "reverse-table-row",
    "prone-double-lift",
    "abdominal-drawing-in",
    "prone-opposite-arm-leg",
    "forearm-plank",
    "band-core-rotation",
    "hyperextension",
    "deadlift",
    "bent-over-row",
    "partial-curls",
    "heel-reach-rotation",
    "superman",
    "cat-stretch",
)


def ex_id(number: int) -> str:
    """The catalogue id of exercise ``number`` in CONTENT.md's table (1-based)."""
    return EXPECTED_IDS[number - 1]


ARTICLES = (
    "000_88aeeae81530ba78.txt",
    "001_91405eeb505fef34.txt",
    "002_be902267e7eb699b.txt",
    "003_bb2363511375c3bc.txt",
    "004_b60a387a6788c37c.txt",
)

# "Routines the articles describe" in CONTENT.md:
# routine id -> (its article, its exercises after the warm-up).
ROUTINE_INVENTORY: dict[str, tuple[str, tuple[str, ...]]] = {
    "builtin:floor-basics": (ARTICLES[0], tuple(ex_id(n) for n in (1, 2, 3, 4))),
    "builtin:swallow-fly-deadlift": (ARTICLES[1], tuple(ex_id(n) for n in (5, 6))),
    "builtin:home-back-workout": (ARTICLES[2], tuple(ex_id(n) for n in range(7, 13))),
    "builtin:back-fundamentals": (ARTICLES[3], tuple(ex_id(n) for n in range(13, 18))),
    "builtin:gentle-start": (ARTICLES[4], tuple(ex_id(n) for n in (20, 21, 22, 23))),
}

LOADED = {"bent-leg-deadlift", "hyperextension", "deadlift", "bent-over-row"}
ONE_SIDED = {
    "supine-leg-kicks",
    "prone-opposite-arm-leg",
    "band-core-rotation",
    "heel-reach-rotation",
}

# Every key read by ``read_exercise`` (it does not itself refuse unknown keys, so a
# misspelt optional field would silently vanish: this test catches it in our data).
EXERCISE_KEYS = {
    "id",
    "name",
    "summary",
    "instructions",
    "cues",
    "position",
    "equipment",
    "level",
    "one_sided",
    "default",
    "safety",
    "source",
    "also_in",
    "dosage_note",
    "easier",
    "loaded",
    "picture",
}


def _seeds_dir() -> Path | None:
    repo = Path(__file__).resolve().parents[1]
    for candidate in (repo.parent / "shared" / "seeds", Path("/work/shared/seeds")):
        if candidate.is_dir() and any(candidate.glob("*.txt")):
            return candidate
    return None


SEEDS = _seeds_dir()
needs_seeds = pytest.mark.skipif(
    SEEDS is None, reason="the source articles (shared/seeds beside the repo) are not present"
)


@pytest.fixture(scope="module")
def cat() -> catalogue.Catalogue:
    return catalogue.load(paths.content_dir())


@pytest.fixture(scope="module")
def raw_exercises() -> list[dict[str, Any]]:
    data = json.loads((paths.content_dir() / "exercises.json").read_text(encoding="utf-8"))
    exercises: list[dict[str, Any]] = data["exercises"]
    return exercises


def _routine(cat: catalogue.Catalogue, routine_id: str) -> Routine:
    matches = [r for r in cat.routines if r.id == routine_id]
    assert len(matches) == 1, f"{routine_id}: {len(matches)} routines"
    return matches[0]


# --- the catalogue ---------------------------------------------------------------------


def test_catalogue_has_the_23_exercises_in_order(cat: catalogue.Catalogue) -> None:
    assert tuple(e.id for e in cat.exercises) == EXPECTED_IDS


def test_article_list_matches_the_seeds_folder() -> None:
    if SEEDS is None:
        pytest.skip("the source articles (shared/seeds beside the repo) are not present")
    assert tuple(sorted(p.name for p in SEEDS.glob("*.txt"))) == ARTICLES


@pytest.mark.parametrize("exercise_id", EXPECTED_IDS)
def test_every_exercise_is_complete(cat: catalogue.Catalogue, exercise_id: str) -> None:
    ex = cat.exercise(exercise_id)
    assert ex.name.strip() and ex.summary.strip() and ex.dosage_note.strip()
    assert "\n" not in ex.summary, "the summary is one line"
    assert 3 <= len(ex.instructions) <= 6
    assert 2 <= len(ex.cues) <= 4
    assert 1 <= len(ex.safety) <= 3
    assert ex.equipment, "every exercise names its equipment (at least a mat)"
    assert ex.source in ARTICLES
    assert set(ex.also_in) <= set(ARTICLES) - {ex.source}
    assert not ex.custom and ex.picture is None
    assert ex.loaded == (ex.id in LOADED)
    if ex.loaded:
        assert any("trainer" in s.lower() for s in ex.safety), (
            "loaded: sound technique or a trainer"
        )


def test_exercise_objects_hold_only_known_keys(raw_exercises: list[dict[str, Any]]) -> None:
    for n, obj in enumerate(raw_exercises, start=1):
        unknown = set(obj) - EXERCISE_KEYS
        assert not unknown, f"exercise {n} ({obj.get('id')}): unknown keys {sorted(unknown)}"
        assert "dosage_note" in obj and "loaded" in obj


@pytest.mark.parametrize("exercise_id", EXPECTED_IDS)
def test_default_dosage_is_followable(cat: catalogue.Catalogue, exercise_id: str) -> None:
    d = cat.exercise(exercise_id).default
    assert d.per_side == cat.exercise(exercise_id).one_sided
    if d.mode is Mode.PACED_REPS:
        assert d.seconds_per_rep is not None and 3 <= d.seconds_per_rep <= 5
        assert d.reps is not None and 1 <= d.reps <= 25
    elif d.mode is Mode.SELF_PACED_REPS:
        assert d.reps is not None and 1 <= d.reps <= 25
    elif d.mode is Mode.TIMED:
        assert d.seconds is not None and 10 <= d.seconds <= 60
    else:
        assert d.hold_seconds is not None and 3 <= d.hold_seconds <= 30
        assert d.holds is not None and 1 <= d.holds <= 10
    if d.sets > 1:
        assert d.set_rest_seconds > 0


def test_one_sided_exercises(cat: catalogue.Catalogue) -> None:
    assert {e.id for e in cat.exercises if e.one_sided} == ONE_SIDED
    for e in cat.exercises:
        assert e.default.per_side == e.one_sided, e.id


def test_dosages_the_articles_give(cat: catalogue.Catalogue) -> None:
    swallow = cat.exercise("swallow-fly").default
    assert (swallow.mode, swallow.hold_seconds) == (Mode.HOLDS, 5)
    hyper = cat.exercise("hyperextension").default
    assert (hyper.reps, hyper.sets) == (15, 1), "first time: one set of 15"
    curls = cat.exercise("partial-curls").default
    assert (curls.reps, curls.sets) == (10, 2), "10 hands on chest, then 10 behind the head"
    heel = cat.exercise("heel-reach-rotation").default
    assert (heel.reps, heel.per_side) == (10, True)
    for plain_ten in ("superman", "cat-stretch"):
        assert cat.exercise(plain_ten).default.reps == 10
    for n in (7, 8, 9, 10, 11):
        reps = cat.exercise(ex_id(n)).default.reps
        assert reps is not None and 15 <= reps <= 20
    double = cat.exercise("prone-double-lift").default
    assert (double.reps, double.sets) == (15, 1), "the lower reading: one set of 15"
    bent = cat.exercise("bent-leg-deadlift").default
    assert bent.seconds_per_rep is not None and bent.seconds_per_rep >= 4, "room for the 2 s pause"


def _easier_chain(cat: catalogue.Catalogue, start: Exercise) -> Iterator[str]:
    seen = {start.id}
    current = start
    while current.easier is not None:
        assert current.easier not in seen, f"`easier` forms a cycle through {current.easier!r}"
        seen.add(current.easier)
        current = cat.exercise(current.easier)
        yield current.id


def test_easier_variants_exist_and_form_no_cycle(cat: catalogue.Catalogue) -> None:
    with_easier = [e for e in cat.exercises if e.easier is not None]
    assert len(with_easier) >= 10
    for ex in cat.exercises:
        chain = list(_easier_chain(cat, ex))
        for easier_id in chain:
            assert not cat.exercise(easier_id).loaded or ex.loaded, (ex.id, easier_id)
    assert cat.exercise("deadlift").easier == "supine-back-lift"
    assert cat.exercise("bent-leg-deadlift").easier == "supine-back-lift"
    assert cat.exercise("bent-over-row").easier == "prone-towel-row"
    assert cat.exercise("hyperextension").easier == "superman"
    assert cat.exercise("superman").easier == "cat-stretch"
    assert cat.exercise("band-core-rotation").easier == "abdominal-drawing-in"


_LEVELS = (Level.ENTRY, Level.HOME, Level.GYM)


def test_after_pain_the_easier_exercise_is_unloaded_and_no_harder(
    cat: catalogue.Catalogue,
) -> None:
    for ex in cat.exercises:
        if ex.easier is None:
            continue
        easier = cat.exercise(ex.easier)
        assert not safety.is_loaded(easier), f"{ex.id} -> {easier.id}: suggest an unloaded one"
        assert _LEVELS.index(easier.level) <= _LEVELS.index(ex.level), (ex.id, easier.id)
        assert easier.position is not Position.MACHINE, (ex.id, easier.id)


# --- the routines ----------------------------------------------------------------------


def test_five_routines_with_distinct_names_and_ids(cat: catalogue.Catalogue) -> None:
    assert len(cat.routines) == 5
    assert {r.id for r in cat.routines} == set(ROUTINE_INVENTORY)
    assert len({r.name.casefold() for r in cat.routines}) == 5
    for r in cat.routines:
        assert r.builtin and r.description.strip()
        assert r.lead_in_seconds == 10
        assert cat.routine(r.id.split(":")[1]) is r


def test_routine_files_are_named_after_their_id() -> None:
    for path in (paths.content_dir() / "routines").glob(f"*{FILE_SUFFIX}"):
        data = json.loads(path.read_text(encoding="utf-8"))
        assert data["routine"]["id"] == "builtin:" + path.name.removesuffix(FILE_SUFFIX)


@pytest.mark.parametrize("routine_id", sorted(ROUTINE_INVENTORY))
def test_routine_matches_its_article(cat: catalogue.Catalogue, routine_id: str) -> None:
    routine = _routine(cat, routine_id)
    article, expected = ROUTINE_INVENTORY[routine_id]
    assert routine.items[0].warm_up, "every built-in routine opens with a warm-up"
    warm = [i for i in routine.items if i.warm_up]
    assert routine.items[: len(warm)] == tuple(warm), "warm-up items come first"
    work = routine.items[len(warm) :]
    assert tuple(i.exercise for i in work) == expected
    assert ".txt" not in routine.description, "the app names sources by title, not file"
    assert sources.routine_sources(routine, cat.exercise) == (article,)
    for item in routine.items:
        ex = cat.exercise(item.exercise)
        assert item.dosage.per_side == ex.one_sided, item.exercise
        if not item.warm_up:
            assert article in (ex.source, *ex.also_in), item.exercise
    for item in warm:
        assert item.dosage.mode in (Mode.PACED_REPS, Mode.HOLDS)
        spr = item.dosage.seconds_per_rep
        assert spr is None or spr >= 4, "a warm-up is paced slowly"
    for item in routine.items[:-1]:
        assert item.rest_after_seconds > 0, "a rest after every item but the last"


def test_routine_dosages_follow_the_articles(cat: catalogue.Catalogue) -> None:
    home = _routine(cat, "builtin:home-back-workout")
    by_ex = {i.exercise: i.dosage for i in home.items if not i.warm_up}
    # "Six actions of 15-20": the lower reading, one set each. The text's "4-5 groups
    # of 20-25" for the arm circles and the double-end lift is a target for later.
    for n in range(7, 13):
        assert (by_ex[ex_id(n)].reps, by_ex[ex_id(n)].sets) == (15, 1), ex_id(n)
    face_down_reps = sum(
        (d.reps or 0) * d.sets
        for i, d in ((i, i.dosage) for i in home.items if not i.warm_up)
        if cat.exercise(i.exercise).position is Position.PRONE
    )
    assert face_down_reps == 75, "it was about 205 face-down extension reps"
    assert "level: intermediate" in home.description.lower()
    assert "belly" in home.description.lower(), "it says it has no abdominal work"
    swallow = next(
        i
        for i in _routine(cat, "builtin:swallow-fly-deadlift").items
        if i.exercise == "swallow-fly"
    )
    assert (swallow.dosage.hold_seconds, swallow.dosage.holds) == (5, 6)
    assert swallow.dosage.hold_rest_seconds is not None and swallow.dosage.hold_rest_seconds >= 5
    fundamentals = _routine(cat, "builtin:back-fundamentals")
    assert fundamentals.items[-1].exercise == "hyperextension"
    assert (fundamentals.items[-1].dosage.reps, fundamentals.items[-1].dosage.sets) == (15, 1)
    text = fundamentals.description.lower()
    assert "4 to 5 times a week" in text and "deadlift" in text and "bent-over row" in text
    assert "hyperextension" in _routine(cat, "builtin:gentle-start").description.lower()


def test_routines_round_trip(cat: catalogue.Catalogue) -> None:
    for routine in cat.routines:
        again = routine_from_json(routine_to_json(routine), "round trip", cat.exercise_ids)
        assert again.items == routine.items
        assert (again.name, again.description, again.lead_in_seconds) == (
            routine.name,
            routine.description,
            routine.lead_in_seconds,
        )


# --- own words -------------------------------------------------------------------------

WINDOW = 8


def _normalize(text: str) -> list[str]:
    return re.sub(r"[^\w]+", " ", text.casefold()).split()


def _sentences(text: str) -> list[list[str]]:
    return [w for part in re.split(r"[.!?;:\n]+", text) if (w := _normalize(part))]


def _our_texts(cat: catalogue.Catalogue) -> Iterator[tuple[str, str]]:
    for ex in cat.exercises:
        yield f"{ex.id} name", ex.name
        yield f"{ex.id} summary", ex.summary
        yield f"{ex.id} dosage_note", ex.dosage_note
        for n, t in enumerate(ex.instructions, 1):
            yield f"{ex.id} instruction {n}", t
        for n, t in enumerate(ex.cues, 1):
            yield f"{ex.id} cue {n}", t
        for n, t in enumerate(ex.safety, 1):
            yield f"{ex.id} safety {n}", t
    for r in cat.routines:
        yield f"{r.id} name", r.name
        yield f"{r.id} description", r.description
        for n, item in enumerate(r.items, 1):
            if item.note:
                yield f"{r.id} item {n} note", item.note


def _seed_text() -> tuple[str, set[tuple[str, ...]]]:
    assert SEEDS is not None
    text = "\n".join(p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt")))
    seed_sentences = {tuple(s) for s in _sentences(text)}
    return " " + " ".join(_normalize(text)) + " ", seed_sentences


def _copied(
    text: str, seed_flat: str, seed_sentences: set[tuple[str, ...]], *, is_name: bool = False
) -> list[str]:
    found = []
    # An exercise's name is a standard term ("Bent-leg deadlift" is also an article's
    # heading), so names are held only to the word-run rule, not to whole-sentence equality.
    for sentence in [] if is_name else _sentences(text):
        if len(sentence) >= 3 and tuple(sentence) in seed_sentences:
            found.append("sentence: " + " ".join(sentence))
    words = _normalize(text)
    for i in range(len(words) - WINDOW + 1):
        run = " ".join(words[i : i + WINDOW])
        if f" {run} " in seed_flat:
            found.append(f"{WINDOW}-word run: {run}")
    return found


@needs_seeds
def test_copy_check_detects_a_copied_phrase() -> None:
    seed_flat, seed_sentences = _seed_text()
    copied = "Then lower your torso down to the level until your stretch allows it."  # from 004
    assert _copied(copied, seed_flat, seed_sentences)
    assert _copied("Keep your back straight all the time!", seed_flat, seed_sentences)  # a sentence
    assert _copied("Partial curls.", seed_flat, seed_sentences) == []  # a two-word heading: a term
    assert _copied("Our own sentence about the lower back.", seed_flat, seed_sentences) == []


@needs_seeds
def test_texts_are_in_our_own_words(cat: catalogue.Catalogue) -> None:
    seed_flat, seed_sentences = _seed_text()
    problems = [
        f"{where}: {hit}"
        for where, text in _our_texts(cat)
        for hit in _copied(text, seed_flat, seed_sentences, is_name=where.endswith(" name"))
    ]
    assert problems == []
