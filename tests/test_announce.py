"""The voice's phrases: built from real expanded routines, not hand-made steps."""

from __future__ import annotations

import pytest

from backtimer.core import announce
from backtimer.core.announce import announcement, duration_words
from backtimer.core.cues import Cue, CueKind
from backtimer.core.model import Dosage, Item, Mode, Routine
from backtimer.core.steps import Step, StepKind, expand

NAMES = {"cat": "cat stretch", "plank": "side plank", "bird": "bird dog"}


def say(cue: Cue) -> str | None:
    return announcement(cue, NAMES.__getitem__)


def start(step: Step) -> Cue:
    return Cue(CueKind.PHASE_START, step)


def routine() -> tuple[Step, ...]:
    return expand(
        Routine(
            name="r",
            description="",
            lead_in_seconds=5,
            items=(
                Item(
                    "cat",
                    Dosage(
                        Mode.PACED_REPS, reps=10, seconds_per_rep=3.0, sets=2, set_rest_seconds=20
                    ),
                    rest_after_seconds=30,
                ),
                Item("plank", Dosage(Mode.TIMED, seconds=20, per_side=True), rest_after_seconds=90),
                Item("bird", Dosage(Mode.HOLDS, hold_seconds=5, hold_rest_seconds=3, holds=2)),
            ),
        )
    )


def test_a_whole_routine_reads_as_expected() -> None:
    spoken = [say(start(s)) for s in routine()]
    assert spoken == [
        "Get ready. First: cat stretch",
        "Next: cat stretch, 10 repetitions",
        "Rest, 20 seconds",
        "Set 2 of 2, 10 repetitions",
        "Rest, 30 seconds",
        "Next: side plank, left side, 20 seconds",
        "Switch sides",
        "Right side, 20 seconds",
        "Rest, 1 minute and 30 seconds",
        "Next: bird dog. Hold, 5 seconds",
        "Rest, 3 seconds",
        "Hold, 5 seconds",
    ]


@pytest.mark.parametrize(
    ("kind", "number", "expected"),
    [
        (CueKind.COUNTDOWN, 3, None),  # left to the tick tone (see the module docstring)
        (CueKind.REP, 2, "2"),
        (CueKind.REP, 17, "17"),
        (CueKind.SWITCH_SIDES, 0, "Switch sides"),
        (CueKind.HALFWAY, 0, "Halfway"),
        (CueKind.FINISHED, 0, "Well done. Routine finished."),
    ],
)
def test_cues_that_do_not_depend_on_the_step(
    kind: CueKind, number: int, expected: str | None
) -> None:
    step = routine()[1]
    assert say(Cue(kind, None if kind is CueKind.FINISHED else step, number)) == expected


def test_singular_and_self_paced() -> None:
    one = expand(Routine("r", "", 0, (Item("cat", Dosage(Mode.SELF_PACED_REPS, reps=1)),)))
    assert say(start(one[0])) == "Next: cat stretch, 1 repetition"


def test_phase_start_without_a_step_says_nothing() -> None:
    assert say(Cue(CueKind.PHASE_START, None)) is None


@pytest.mark.parametrize(
    ("seconds", "words"),
    [
        (1, "1 second"),
        (30, "30 seconds"),
        (59.6, "1 minute"),
        (60, "1 minute"),
        (61, "1 minute and 1 second"),
        (120, "2 minutes"),
        (150, "2 minutes and 30 seconds"),
    ],
)
def test_duration_words(seconds: float, words: str) -> None:
    assert duration_words(seconds) == words


def test_every_phrase_goes_through_translate() -> None:
    seen: list[str] = []

    def tr(template: str, n: int = -1, /) -> str:
        seen.append(template)
        upper = template.upper().replace("{NAME}", "{name}").replace("{DOSE}", "{dose}")
        return upper.replace("%N", str(n)) if n >= 0 else upper

    text = announcement(start(routine()[1]), NAMES.__getitem__, tr)
    assert text == "NEXT: cat stretch, 10 REPETITIONS"
    assert set(seen) <= set(announce.TEMPLATES)
    assert announce.T_NEXT in seen and announce.T_REPS in seen


def test_templates_are_listed_and_all_steps_are_handled() -> None:
    assert "Switch sides" in announce.TEMPLATES and len(announce.TEMPLATES) == len(
        set(announce.TEMPLATES)
    )
    for kind in StepKind:
        step = Step(0, kind, 10.0, exercise_id="cat", mode=Mode.TIMED)
        assert say(start(step))
