"""The keys overlay (F1) and the buttons' tooltips name the keys in the person's language
(Qt's own translation of key names), not in English."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from backtimer import i18n, paths
from backtimer.ui.player.actions import keys_text


@pytest.fixture
def german(qapp: Any) -> Iterator[i18n.Loaded]:
    loaded = i18n.install_translators(qapp, "de", paths.translations_dir())
    yield loaded
    i18n.remove_translators(qapp, loaded)


def test_key_names_follow_the_language(german: i18n.Loaded) -> None:
    if not german.qt_file:
        pytest.skip("Qt's German translation (qtbase_de.qm) is not installed")
    assert keys_text(["Space"]) == "Leertaste"
    assert keys_text(["Left"]) == "Links"
    assert keys_text(["R"]) == "R"


def test_the_keys_overlay_uses_the_translated_names(german: i18n.Loaded, app: Any) -> None:
    """``app`` is built after ``german`` installed the translators, as at start-up."""
    if not german.qt_file:
        pytest.skip("Qt's German translation (qtbase_de.qm) is not installed")
    text = app.controller.help.label.text()
    assert "Leertaste" in text and ">Space<" not in text
