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


def _texts(translation: ET.Element) -> list[str]:
    """The translation's text, or each of its plural forms."""
    forms = translation.findall("numerusform")
    return [f.text or "" for f in forms] if forms else [translation.text or ""]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_entry_is_finished_and_keeps_its_fields(lang: str) -> None:
    entries = list(_messages(TS_DIR / f"backtimer_{lang}.ts"))
    assert len(entries) > 600
    problems = []
    for context, source, translation in entries:
        kind = translation.get("type")
        texts = _texts(translation)
        if kind is not None or not all(t.strip() for t in texts):
            problems.append(f"{context}: {source!r} is {kind or 'empty'}")
            continue
        for text in texts:
            if sorted(FIELDS.findall(source)) != sorted(FIELDS.findall(text)):
                problems.append(f"{context}: {source!r} -> {text!r} changes the fields")
            if "%n" in source and "%n" not in text:
                problems.append(f"{context}: {source!r} -> {text!r} drops the count")
    assert problems == []


# Plural forms per language (Qt's rules): de/es one/other, ru one/few/many, zh_CN one.
PLURAL_FORMS = {"en": 2, "de": 2, "es": 2, "ru": 3, "zh_CN": 1}


@pytest.mark.parametrize("lang", ["en", *LANGUAGES])
def test_counted_entries_have_every_plural_form(lang: str) -> None:
    counted = [(c, s, t) for c, s, t in _messages(TS_DIR / f"backtimer_{lang}.ts") if "%n" in s]
    assert len(counted) >= 15, "counts go through %n numerus entries"
    for context, source, translation in counted:
        forms = translation.findall("numerusform")
        assert len(forms) == PLURAL_FORMS[lang], (context, source)
        assert all((f.text or "").strip() for f in forms), (context, source)


def test_no_count_is_pluralised_in_code() -> None:
    """English one-or-many in code ("session(s)", a "1 session" template) is gone."""
    sources = {c: s for c, s, _t in _messages(TS_DIR / "backtimer_de.ts")}
    bad = [s for s in sources.values() if "(s)" in s or re.match(r"^1 \w+$", s)]
    assert bad == []
    code = "\n".join(p.read_text("utf-8") for p in (ROOT / "backtimer").rglob("*.py"))
    assert "_plural(" not in code
    assert "session(s)" not in code and "write(s)" not in code


def test_english_plural_file_matches_the_core() -> None:
    import importlib
    import pkgutil

    import backtimer.core
    from backtimer.core.plural import ENGLISH_ONE

    for module in pkgutil.iter_modules(backtimer.core.__path__):
        importlib.import_module(f"backtimer.core.{module.name}")

    english = {
        s: [f.text for f in t.findall("numerusform")]
        for _c, s, t in _messages(TS_DIR / "backtimer_en.ts")
    }
    for plural, one in ENGLISH_ONE.items():
        assert english[plural] == [one, plural], plural


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


def test_lupdate_leaves_the_committed_ts_files_unchanged(tmp_path: Path) -> None:
    """The .ts files are where translations live: lupdate over the current sources
    must neither add, drop nor change an entry (else: run tools/update_translations.py)."""
    _tool("pyside6-lupdate")
    tools = _tools()
    shutil.copytree(ROOT / "backtimer", tmp_path / "backtimer",
                    ignore=shutil.ignore_patterns("__pycache__"))  # fmt: skip
    generated = tmp_path / tools.GENERATED  # type: ignore[attr-defined]
    generated.parent.mkdir(parents=True)
    shutil.copy(ROOT / tools.GENERATED, generated)  # type: ignore[attr-defined]
    (tmp_path / "translations").mkdir()
    changed = []
    for lang in ("en", *LANGUAGES):
        committed = TS_DIR / f"backtimer_{lang}.ts"
        copy = tmp_path / "translations" / committed.name
        shutil.copy(committed, copy)
        tools.lupdate(copy, tmp_path)  # type: ignore[attr-defined]
        if copy.read_bytes() != committed.read_bytes():
            changed.append(committed.name)
    assert changed == [], "run tools/update_translations.py"


def test_fill_only_fills_empty_entries(tmp_path: Path) -> None:
    tools = _tools()
    ts = tmp_path / "x.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="ru">'
        "<context><name>C</name>"
        "<message><source>kept</source><translation>edited in Linguist</translation></message>"
        '<message><source>empty</source><translation type="unfinished"></translation></message>'
        '<message numerus="yes"><source>%n days</source><translation type="unfinished">'
        "<numerusform></numerusform><numerusform></numerusform><numerusform></numerusform>"
        "</translation></message></context></TS>",
        encoding="utf-8",
    )
    filled = tools.fill_empty(  # type: ignore[attr-defined]
        ts,
        {"kept": "from the JSON", "empty": "filled", "%n days": ["%n день", "%n дня", "%n дней"]},
    )
    assert filled == 2
    texts = {s: _texts(t) for _c, s, t in _messages(ts)}
    assert texts == {
        "kept": ["edited in Linguist"],
        "empty": ["filled"],
        "%n days": ["%n день", "%n дня", "%n дней"],
    }


ACCELERATOR = re.compile(r"&([^&\s])")
MENU_BAR_LABELS: dict[str, tuple[str, ...]] = {}


@pytest.mark.parametrize("lang", ["en", *LANGUAGES])
def test_no_two_labels_of_one_dialog_share_an_accelerator(lang: str) -> None:
    """Per context (a dialog or page) and language: each &-letter once."""
    source_lang = lang == "en"
    problems = []
    by_context: dict[str, dict[str, ET.Element]] = {}  # read once, not once per context
    for c, s, t in _messages(TS_DIR / f"backtimer_{'de' if source_lang else lang}.ts"):
        by_context.setdefault(c, {})[s] = t
    for context in ET.parse(TS_DIR / "backtimer_de.ts").getroot().iter("context"):
        name = context.findtext("name") or ""
        seen: dict[str, str] = {}
        translations = by_context.get(name, {})
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            if not ACCELERATOR.search(source) or source in MENU_BAR_LABELS.get(name, ()):
                continue
            text = source if source_lang else (_texts(translations[source])[0])
            found = ACCELERATOR.search(text.replace("&&", ""))
            if found is None:
                problems.append(f"{name}: {text!r} lost its accelerator")
                continue
            key = found.group(1).lower()
            if key in seen:
                problems.append(f"{name}: {seen[key]!r} and {text!r} both use &{key}")
            seen[key] = text
    assert problems == []


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


def test_german_turns_the_player_and_the_content_german(language, qtbot) -> None:
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


def test_spanish_start_button(language, qtbot) -> None:
    from backtimer.ui.player.view import PlayerView

    language("es")
    view = PlayerView()
    qtbot.addWidget(view)
    view.set_running(False, can_start=True)
    assert view.buttons["start"].text() == "Empezar"


def test_english_loads_only_its_plural_forms_and_keeps_the_content(language) -> None:
    loaded = language("en")
    assert (loaded.language, loaded.app_file) == ("en", "")
    assert len(loaded.translators) == 1  # backtimer_en.qm: "1 session", "2 sessions"
    cat = catalogue.load(paths.content_dir())
    assert translate_catalogue(cat) is cat
