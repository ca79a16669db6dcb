"""The "Import refused" dialog's problem list in the user's language."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from backtimer import i18n, paths
from backtimer.core.fields import ContentError, Problem
from backtimer.ui.problem_text import refused_text

PROBLEMS = [
    Problem(
        "item 3, field `seconds`", "is 900; it must be at most 600", "range", "item", 3, "seconds"
    ),
    Problem("", "the file must hold a JSON object", "type"),
]


@pytest.fixture
def german(qapp: Any) -> Iterator[None]:
    loaded = i18n.install_translators(qapp, "de", paths.translations_dir())
    yield
    i18n.remove_translators(qapp, loaded)


def test_german_lists_the_problems_in_german(german: None) -> None:
    text = refused_text(ContentError("a.backtimer.json", PROBLEMS))
    assert text.splitlines() == [
        "a.backtimer.json wurde abgelehnt; nichts wurde importiert:",
        "  Eintrag 3, Feld „seconds“: liegt außerhalb des erlaubten Bereichs",
        "  die Datei: hat den falschen Typ",
    ]


def test_english_keeps_the_precise_message(qapp: Any) -> None:
    loaded = i18n.install_translators(qapp, "en", paths.translations_dir())
    try:
        text = refused_text(ContentError("a.backtimer.json", PROBLEMS))
    finally:
        i18n.remove_translators(qapp, loaded)
    assert "item 3, field `seconds`: is 900; it must be at most 600" in text
