"""Translations: the app's own and Qt's, chosen from the setting or the system.

:func:`install_translators` is called by the composition root before any widget is
made. Both translators are parented to the application, so they live as long as it.
A language without a translation falls back to English (the source language) and
says so in the log; it never stops the app.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

log = logging.getLogger(__name__)
APP_PREFIX = "backtimer"


class Loaded(NamedTuple):
    """What :func:`install_translators` did."""

    locale: QLocale  # the locale asked for (the setting, else the system's)
    language: str  # the translation in use ("de", "zh_CN"...), "en" for the source
    app_file: str  # the .qm file of the app's translation, "" for none
    qt_file: str  # the .qm file of Qt's own translation, "" for none
    translators: tuple[QTranslator, ...]


def choose_locale(setting: str) -> QLocale:
    """The setting's language if it names one, else the system's.

    A system on the C/POSIX locale (LANG unset, LANG=C) gets English: the C locale's
    dates read "30 11 2026 15:05".
    """
    if setting:
        return QLocale(setting)
    system = QLocale.system()
    if system.language() == QLocale.Language.C:
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    return system


def install_translators(app: QCoreApplication, setting: str, translations_dir: Path) -> Loaded:
    """Install the app's and Qt's translators for ``setting`` ("" = the system's)."""
    locale = choose_locale(setting)
    QLocale.setDefault(locale)
    installed: list[QTranslator] = []
    app_file = qt_file = ""
    language = "en"
    # English plural forms ("%n session" / "%n sessions"), for every language: Qt asks
    # the translator installed last first, so a language's own file wins, and a
    # language without one gets English counts instead of "1 sessions".
    english = QTranslator(app)
    if english.load(f"{APP_PREFIX}_en", str(translations_dir)):
        app.installTranslator(english)
        installed.append(english)
    else:
        english.deleteLater()
        log.warning("no English plural forms (%s_en.qm) in %s", APP_PREFIX, translations_dir)
    if locale.language() not in (QLocale.Language.English, QLocale.Language.C):
        mine = QTranslator(app)
        if mine.load(locale, APP_PREFIX, "_", str(translations_dir)):
            app.installTranslator(mine)
            installed.append(mine)
            app_file = mine.filePath()
            language = Path(app_file).stem.removeprefix(f"{APP_PREFIX}_")
        else:
            mine.deleteLater()
            log.warning(
                "no BackTimer translation for %s in %s; the app stays in English",
                locale.name(),
                translations_dir,
            )
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        qt = QTranslator(app)
        if qt.load(locale, "qtbase", "_", qt_dir):
            app.installTranslator(qt)
            installed.append(qt)
            qt_file = qt.filePath()
        else:
            qt.deleteLater()
            log.info("no Qt translation for %s in %s", locale.name(), qt_dir)
    return Loaded(locale, language, app_file, qt_file, tuple(installed))


def early_translator(setting: str, translations_dir: Path) -> Callable[[str, str], str]:
    """``translate(context, text)`` for messages written before the application object
    exists (installing a translator needs one): the no-display sentence."""
    locale = choose_locale(setting)
    translator = QTranslator()
    if locale.language() in (QLocale.Language.English, QLocale.Language.C) or not (
        translator.load(locale, APP_PREFIX, "_", str(translations_dir))
    ):
        return lambda _context, text: text
    return lambda context, text: translator.translate(context, text) or text


def remove_translators(app: QCoreApplication, loaded: Loaded) -> None:
    """Undo :func:`install_translators` (tests switch languages with this)."""
    for translator in loaded.translators:
        app.removeTranslator(translator)
        translator.deleteLater()
    QLocale.setDefault(QLocale.system())
