"""Counts through Qt's numerus forms, in every language (no English one-or-many rule)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication

from backtimer import i18n, paths
from backtimer.core import announce
from backtimer.core.plural import english

COUNTS = (1, 2, 5, 21, 22)


@pytest.fixture
def language(qapp: Any, request: pytest.FixtureRequest) -> Iterator[str]:
    loaded = i18n.install_translators(qapp, request.param, paths.translations_dir())
    yield loaded.language
    i18n.remove_translators(qapp, loaded)


def _player(text: str, n: int = -1, /) -> str:
    return QCoreApplication.translate("Player", text, None, n)


@pytest.mark.parametrize("language", ["ru"], indirect=True)
def test_russian_has_three_plural_forms(language: str) -> None:
    assert language == "ru"
    spoken = [announce.duration_words(n, _player) for n in COUNTS]
    print("Russian:", spoken)
    assert spoken == ["1 секунда", "2 секунды", "5 секунд", "21 секунда", "22 секунды"]
    sessions = [QCoreApplication.translate("HistoryCharts", "%n sessions", None, n) for n in COUNTS]
    print("Russian:", sessions)
    assert sessions == ["1 занятие", "2 занятия", "5 занятий", "21 занятие", "22 занятия"]


@pytest.mark.parametrize("language", ["de"], indirect=True)
def test_german_one_and_many(language: str) -> None:
    assert [announce.duration_words(n, _player) for n in (1, 2, 21)] == [
        "1 Sekunde",
        "2 Sekunden",
        "21 Sekunden",
    ]


@pytest.mark.parametrize("language", ["en"], indirect=True)
def test_english_from_its_plural_file(language: str) -> None:
    assert announce.duration_words(1, _player) == "1 second"
    assert announce.duration_words(61, _player) == "1 minute and 1 second"
    assert QCoreApplication.translate("HistoryCharts", "%n sessions", None, 1) == "1 session"
    assert QCoreApplication.translate("HistoryCharts", "%n sessions", None, 3) == "3 sessions"


def test_core_without_qt_uses_english_forms() -> None:
    assert announce.duration_words(1) == "1 second"
    assert announce.duration_words(2) == "2 seconds"
    assert english("%n reps", 1) == "1 rep"
