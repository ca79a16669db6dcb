"""Cues: the moments the engine announces, for sounds, voice and the picture."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from backtimer.core.steps import Step


class CueKind(StrEnum):
    COUNTDOWN = "countdown"  # 3-2-1 before a phase ends; ``number`` is 3, 2 or 1
    PHASE_START = "phase_start"  # a step began (work, hold, rest, lead-in)
    SWITCH_SIDES = "switch_sides"  # a switch-sides step began
    HALFWAY = "halfway"  # halfway through a long hold or timed work
    REP = "rep"  # a paced repetition began; ``number`` is the repetition (2..reps)
    FINISHED = "finished"  # the routine is done


@dataclass(frozen=True, slots=True)
class Cue:
    kind: CueKind
    step: Step | None  # the step the cue belongs to (None for FINISHED)
    number: int = 0
    at: float = 0.0  # when it was due, on the engine's monotonic clock
