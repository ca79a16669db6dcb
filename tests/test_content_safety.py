"""Issue 12's content fixes, pinned: set-ups, wording, links, dosages, warm-ups, and one
glossary for arching, rounding, a flat back and sagging in all five languages."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import replace
from pathlib import Path

import pytest

from backtimer import paths
from backtimer.core import catalogue, safety
from backtimer.core.model import Mode, Routine

ROOT = Path(__file__).resolve().parent.parent
LANGUAGES = ("de", "es", "ru", "zh_CN")


@pytest.fixture(scope="module")
def cat() -> catalogue.Catalogue:
    return catalogue.load(paths.content_dir())


def _texts(cat: catalogue.Catalogue, exercise_id: str) -> list[str]:
    ex = cat.exercise(exercise_id)
    return [ex.name, ex.summary, *ex.instructions, *ex.cues, *ex.safety, ex.dosage_note]


# --- the errors the review found -------------------------------------------------------


def test_hyperextension_pad_holds_half_the_pelvis(cat: catalogue.Catalogue) -> None:
    ex = cat.exercise("hyperextension")
    setup = ex.instructions[0].lower()
    assert "half of your pelvis" in setup and "top half" not in setup
    assert "bend at the hips" in setup
    assert "arched" not in ex.summary and "natural curve" in ex.summary
    assert any("spotter" in s for s in safety.safety_lines(ex))


def test_band_rotation_turns_shoulders_and_hips_together(cat: catalogue.Catalogue) -> None:
    text = " ".join(_texts(cat, "band-core-rotation")).lower()
    assert "turn from the trunk" not in text
    assert "shoulders and hips" in text and "together" in text
    assert "lower back stays still" in text and "never twist the lower back" in text


def test_supine_leg_kicks_read_one_way(cat: catalogue.Catalogue) -> None:
    ex = cat.exercise("supine-leg-kicks")
    text = " ".join(_texts(cat, "supine-leg-kicks")).lower()
    assert "propped" not in text
    assert (
        "head and shoulders down" in ex.summary
        and "head and shoulders down" in (ex.instructions[0])
    )
    assert "elbows pressing into the floor" in ex.summary
    assert "heel low" in ex.instructions[2], "a gentle kick, close to the floor"


def test_prone_overhead_lift_is_no_press_up_and_keeps_hips_down(
    cat: catalogue.Catalogue,
) -> None:
    ex = cat.exercise("prone-push-up")  # the id stays: history and routines refer to it
    assert ex.name == "Prone overhead lift"
    text = " ".join(_texts(cat, "prone-push-up")).lower()
    assert "push" not in text and "press" not in text and "thigh" not in text
    assert "belly and hips" in text and "legs" in ex.instructions[2]


def test_heel_reach_is_named_a_side_bend(cat: catalogue.Catalogue) -> None:
    ex = cat.exercise("heel-reach-rotation")  # the id stays
    assert ex.name == "Heel-reach side bend"
    assert "rotation" not in " ".join(_texts(cat, "heel-reach-rotation")).lower()
    assert any("without twisting" in c for c in ex.cues)


def test_partial_curls_never_pull_on_the_neck(cat: catalogue.Catalogue) -> None:
    ex = cat.exercise("partial-curls")
    assert "never pull on the neck" in ex.instructions[-1]
    assert any("never pull the head" in s for s in ex.safety)
    gentle = cat.routine("gentle-start")
    [curls] = [i for i in gentle.items if i.exercise == "partial-curls"]
    assert "without pulling on the neck" in curls.note


def test_superman_has_no_ambiguous_arch(cat: catalogue.Catalogue) -> None:
    assert not any("arch" in t.lower() for t in _texts(cat, "superman"))


@pytest.mark.parametrize("exercise_id", ["deadlift", "bent-leg-deadlift"])
def test_loaded_lifts_suggest_an_unloaded_exercise(
    cat: catalogue.Catalogue, exercise_id: str
) -> None:
    ex = cat.exercise(exercise_id)
    assert ex.easier is not None and not safety.is_loaded(cat.exercise(ex.easier))


def test_every_dosage_note_says_what_is_backtimers_own(cat: catalogue.Catalogue) -> None:
    no_dose = re.compile(r"gives no|sets no|without a dose|only says")
    for ex in cat.exercises:
        assert "BackTimer" in ex.dosage_note, ex.id
    own = [e.id for e in cat.exercises if no_dose.search(e.dosage_note)]
    # CONTENT.md: the articles give no dosage for exercises 1-4, 13-16, 18 and 19.
    assert len(own) == 11, own  # 6 (bent-leg deadlift: no count) included


# --- warm-ups ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "slug",
    [
        "back-fundamentals",
        "floor-basics",
        "gentle-start",
        "home-back-workout",
        "swallow-fly-deadlift",
    ],
)
def test_builtin_routines_open_with_two_minutes_of_easy_movement(
    cat: catalogue.Catalogue, slug: str
) -> None:
    routine = cat.routine(slug)
    assert safety.warm_up_warning(routine) == ""
    assert safety.warm_up_seconds(routine) >= safety.WARM_UP_MIN_SECONDS
    warm = routine.items[: safety.warm_up_items(routine)]
    assert all(i.mode is Mode.PACED_REPS for i in warm), "movement, not only still holds"
    assert all(not safety.is_loaded(cat.exercise(i.exercise)) for i in warm)
    assert all(cat.exercise(i.exercise).level.value == "entry" for i in warm)


def test_warm_up_warning_names_what_is_missing(cat: catalogue.Catalogue) -> None:
    base = cat.routine("gentle-start")
    n = safety.warm_up_items(base)
    no_warm = Routine("x", "", 0, base.items[n:])
    assert safety.warm_up_warning(no_warm).startswith("This routine does not start")
    short = Routine("x", "", 0, base.items[:1] + base.items[n:])
    assert "lasts 60 seconds" in safety.warm_up_warning(short)
    holds = next(i for i in cat.routine("back-fundamentals").items if i.mode is Mode.HOLDS)
    still = Routine("x", "", 0, (replace(holds, warm_up=True), *base.items[n:]))
    assert "holds still" in safety.warm_up_warning(still)


# --- the glossary ------------------------------------------------------------------------

# concept -> (English pattern, {language: pattern the translation must contain})
GLOSSARY: dict[str, tuple[str, dict[str, str]]] = {
    "arch": (
        r"\barch|\bhollow",
        {"de": r"Hohlkreuz", "es": r"hund", "ru": r"прогн|прогиб", "zh_CN": r"下凹"},
    ),
    "natural curve": (
        r"natural curve",
        {
            "de": r"natürliche\w* Krümmung",
            "es": r"curva natural",
            "ru": r"естественн\w* прогиб",
            "zh_CN": r"自然曲线",
        },
    ),
    "round": (
        r"\bround\b(?! of)|\bround\W*the back",
        {"de": r"\b[Rr]und(?!e)", "es": r"redonde", "ru": r"округл", "zh_CN": r"拱"},
    ),
    "flat back": (
        r"\bback flat|\bflat back",
        {"de": r"gerade", "es": r"recta", "ru": r"прям", "zh_CN": r"平直"},
    ),
    "sag": (
        r"\bsag",
        {"de": r"durchhäng", "es": r"caíd", "ru": r"провис", "zh_CN": r"下沉"},
    ),
}
# Words that can be read both as arching and as rounding: never used for the back.
AMBIGUOUS = {"de": r"[Ww]ölb", "es": r"arque|\barco\b", "ru": r"выгн", "zh_CN": r"弓形|塌"}
# A term of one shape never appears where the English does not speak of that shape.
EXCLUSIVE = {"arch": ("arch", "natural curve"), "round": ("round",)}


def _content_translations(lang: str) -> dict[str, str]:
    root = ET.parse(ROOT / "translations" / f"backtimer_{lang}.ts").getroot()
    out: dict[str, str] = {}
    for context in root.iter("context"):
        if context.findtext("name") != "Content":
            continue
        for message in context.iter("message"):
            out[message.findtext("source") or ""] = message.findtext("translation") or ""
    return out


@pytest.mark.parametrize("lang", LANGUAGES)
def test_glossary_arch_round_flat_sag(lang: str) -> None:
    translations = _content_translations(lang)
    assert len(translations) > 100
    problems = []
    for en, text in translations.items():
        said = {c for c, (pattern, _) in GLOSSARY.items() if re.search(pattern, en, re.I)}
        for concept in said:
            if not re.search(GLOSSARY[concept][1][lang], text):
                problems.append(f"{concept!r} not as the glossary says: {en} -> {text}")
        for concept, allowed_by in EXCLUSIVE.items():
            if not said & set(allowed_by) and re.search(GLOSSARY[concept][1][lang], text):
                problems.append(f"{concept!r} term where the English has none: {en} -> {text}")
        if re.search(AMBIGUOUS[lang], text):
            problems.append(f"ambiguous word: {en} -> {text}")
    assert problems == []


def test_the_glossary_covers_the_strings_that_need_it() -> None:
    english = _content_translations("de").keys()
    counts = {
        c: sum(bool(re.search(p, en, re.I)) for en in english) for c, (p, _) in GLOSSARY.items()
    }
    assert counts["arch"] >= 3 and counts["round"] >= 3 and counts["flat back"] >= 4
    assert counts["sag"] >= 1 and counts["natural curve"] >= 2
    assert not re.search(GLOSSARY["round"][0], "4 to 5 rounds of 20", re.I)
