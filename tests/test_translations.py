"""Translations: complete, up to date with the sources, built, and used at run time."""

from __future__ import annotations

import importlib.util
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from backtimer import paths
from backtimer.content_i18n import translate_catalogue
from backtimer.core import catalogue
from backtimer.i18n import Loaded, install_translators, remove_translators

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "translations"
LANGUAGES = ("de", "es", "ru", "zh_CN")
BIN = Path(sys.executable).parent
FIELDS = re.compile(r"\{\w*\}|%\d")


def _tools() -> object:
    spec = importlib.util.spec_from_file_location(
        "update_translations", ROOT / "tools/update_translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _messages(ts: Path) -> Iterator[tuple[str, str, ET.Element]]:
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            yield name, message.findtext("source") or "", translation


def _tool(name: str) -> str:
    here = BIN / name
    found = str(here) if here.exists() else shutil.which(name)
    if found is None:
        pytest.skip(f"{name} is not installed")
    return found


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_entry_is_finished_and_keeps_its_fields(lang: str) -> None:
    entries = list(_messages(TS_DIR / f"backtimer_{lang}.ts"))
    assert len(entries) > 600
    problems = []
    for context, source, translation in entries:
        kind = translation.get("type")
        if kind is not None or not (translation.text or "").strip():
            problems.append(f"{context}: {source!r} is {kind or 'empty'}")
        elif sorted(FIELDS.findall(source)) != sorted(FIELDS.findall(translation.text or "")):
            problems.append(f"{context}: {source!r} -> {translation.text!r} changes the fields")
    assert problems == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_qm_is_built_from_the_current_ts(lang: str, tmp_path: Path) -> None:
    ts = TS_DIR / f"backtimer_{lang}.ts"
    fresh = tmp_path / "fresh.qm"
    subprocess.run([_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(fresh)], check=True)
    assert fresh.read_bytes() == (TS_DIR / f"backtimer_{lang}.qm").read_bytes(), (
        f"{ts.name} changed since its .qm was built: run tools/update_translations.py"
    )


def test_generated_strings_file_is_fresh() -> None:
    spec = importlib.util.spec_from_file_location(
        "extract_content_strings", ROOT / "tools/extract_content_strings.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    text, _other = module.render()
    generated = ROOT / "tools/translations/content_strings.py"
    assert text == generated.read_text(encoding="utf-8"), (
        f"{generated.name} is stale: run tools/update_translations.py"
    )
    assert not (ROOT / "backtimer/content_strings.py").exists(), "generated code is not shipped"


def test_ts_files_hold_every_string_of_the_sources(tmp_path: Path) -> None:
    _tool("pyside6-lupdate")
    tools = _tools()
    fresh = tmp_path / "fresh.ts"
    tools.lupdate([fresh])  # type: ignore[attr-defined]
    wanted = {(c, s) for c, s, _t in _messages(fresh)}
    assert len(wanted) > 600
    for lang in LANGUAGES:
        have = {(c, s) for c, s, _t in _messages(TS_DIR / f"backtimer_{lang}.ts")}
        missing = sorted(wanted - have)
        extra = sorted(have - wanted)
        assert (missing, extra) == ([], []), f"{lang}: run tools/update_translations.py"


@pytest.fixture
def language(qapp: QApplication) -> Iterator[object]:
    installed: list[Loaded] = []

    def use(lang: str) -> Loaded:
        loaded = install_translators(qapp, lang, paths.translations_dir())
        installed.append(loaded)
        return loaded

    yield use
    for loaded in installed:
        remove_translators(qapp, loaded)


def test_german_turns_the_player_and_the_content_german(language, qtbot) -> None:  # type: ignore[no-untyped-def]
    from backtimer.ui.player.view import PlayerView

    loaded = language("de")
    assert loaded.language == "de"
    assert loaded.app_file.endswith("backtimer_de.qm")
    assert loaded.qt_file.endswith("qtbase_de.qm")  # Qt's own dialogs too
    view = PlayerView()
    qtbot.addWidget(view)
    view.set_running(False, can_start=False)
    assert view.buttons["start"].text() == "Weiter"  # "Resume"
    cat = translate_catalogue(catalogue.load(paths.content_dir()))
    assert cat.exercise("cat-stretch").name == "Katzenbuckel"
    assert cat.routine("builtin:floor-basics").name == "Bodengrundlagen"


def test_spanish_start_button(language, qtbot) -> None:  # type: ignore[no-untyped-def]
    from backtimer.ui.player.view import PlayerView

    language("es")
    view = PlayerView()
    qtbot.addWidget(view)
    view.set_running(False, can_start=True)
    assert view.buttons["start"].text() == "Empezar"


def test_english_loads_nothing_and_keeps_the_content(language) -> None:  # type: ignore[no-untyped-def]
    loaded = language("en")
    assert (loaded.language, loaded.app_file, loaded.translators) == ("en", "", ())
    cat = catalogue.load(paths.content_dir())
    assert translate_catalogue(cat) is cat
