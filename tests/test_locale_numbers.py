"""Numbers and dates follow the locale (QLocale): "2,5" in German; a C/POSIX system
gets English dates, not "30 11 2026 15:05"."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale

from backtimer.core.formatting import format_dosage
from backtimer.core.model import Dosage, Mode
from backtimer.ui.locale_text import number


@pytest.fixture
def german() -> Iterator[None]:
    QLocale.setDefault(QLocale("de_DE"))
    yield
    QLocale.setDefault(QLocale.system())


def test_numbers_use_the_german_decimal_comma(german: None) -> None:
    assert number(2.5) == "2,5"
    assert number(4.0) == "4"
    assert number(12.25, 1) in ("12,2", "12,3")


def test_dosage_in_german_writes_the_pace_with_a_comma(german: None) -> None:
    paced = Dosage(mode=Mode.PACED_REPS, reps=10, seconds_per_rep=2.5)
    assert "2,5" in format_dosage(paced, number=number)
    assert "2.5" in format_dosage(paced)  # the core's own default: the C locale's


def test_english_keeps_the_decimal_point() -> None:
    QLocale.setDefault(QLocale("en_US"))
    try:
        assert number(2.5) == "2.5"
    finally:
        QLocale.setDefault(QLocale.system())


PROBE = """
import json, sys
from datetime import datetime
from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime
from backtimer.i18n import install_translators
from backtimer.ui.locale_text import number
app = QCoreApplication([])
loaded = install_translators(app, "", __import__("pathlib").Path(sys.argv[1]))
loc = QLocale()
print(json.dumps({
    "system": QLocale.system().name(),
    "chosen": loaded.locale.name(),
    "date": loc.toString(QDate(2026, 11, 30), QLocale.FormatType.ShortFormat)
            + " " + loc.toString(QTime(15, 5), QLocale.FormatType.ShortFormat),
    "number": number(2.5),
}))
"""


@pytest.mark.parametrize("lang", ["C", "POSIX"])
def test_follow_the_system_on_a_c_locale_gives_english_dates(lang: str) -> None:
    from backtimer.paths import translations_dir

    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG"))}
    env.update(LANG=lang, LC_ALL=lang, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-c", PROBE, str(translations_dir())],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout)
    assert seen["system"] == "C"
    assert seen["chosen"].startswith("en_")
    assert seen["date"] != "30 11 2026 15:05"
    assert seen["date"].startswith("11/30/"), seen
    assert seen["number"] == "2.5"


def test_follow_the_system_in_german_gives_german_dates() -> None:
    from backtimer.paths import translations_dir

    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG"))}
    env.update(LANG="de_DE.UTF-8", LC_ALL="de_DE.UTF-8", QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-c", PROBE, str(translations_dir())],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout)
    assert seen["chosen"] == "de_DE"
    assert seen["date"].startswith("30.11.26"), seen
    assert seen["number"] == "2,5"
