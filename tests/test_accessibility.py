"""Accessibility: names on every control, keyboard reach, contrast of the countdown colours.

Builds the real application (``tests/player_fixtures.py``), opens each page of the main
window and the settings dialog, and walks their widgets.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
    QTextEdit,
    QWidget,
)

from backtimer.app import App
from backtimer.core.presenter import Tone
from backtimer.settings import Settings
from backtimer.ui.player import countdown
from backtimer.ui.settings_dialog import SettingsDialog
from backtimer.ui.theme import palette_for

INTERACTIVE = (
    QAbstractButton,
    QComboBox,
    QAbstractSpinBox,
    QLineEdit,
    QAbstractSlider,
    QAbstractItemView,
    QPlainTextEdit,
    QTextEdit,
)


def _controls(root: QWidget) -> list[QWidget]:
    """The interactive widgets a person can reach under ``root`` (shown ones)."""
    out = []
    for w in root.findChildren(QWidget):
        if not isinstance(w, INTERACTIVE) or not w.isVisibleTo(root):
            continue
        if isinstance(w, QScrollBar):  # part of a scroll area, named by Qt
            continue
        if isinstance(w.parentWidget(), QAbstractSpinBox | QComboBox):  # their inner editor
            continue
        out.append(w)
    return out


def _describe(w: QWidget) -> str:
    text = w.text() if isinstance(w, QAbstractButton) else ""
    return f"{type(w).__name__} {w.objectName()!r} {text!r} in {type(w.parentWidget()).__name__}"


def _unnamed(root: QWidget) -> list[str]:
    return [_describe(w) for w in _controls(root) if not w.accessibleName().strip()]


def _open_all_pages(app: App, qtbot) -> list[QWidget]:  # type: ignore[no-untyped-def]
    window = app.window
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    pages = []
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        page = window.tabs.widget(index)
        ensure = getattr(page, "ensure", None)
        real = ensure() if callable(ensure) else page
        qtbot.waitUntil(real.isVisible)
        pages.append(real)
    return pages


def test_there_are_three_pages(app: App, qtbot) -> None:  # type: ignore[no-untyped-def]
    pages = _open_all_pages(app, qtbot)
    titles = [app.window.tabs.tabText(i).replace("&", "") for i in range(app.window.tabs.count())]
    assert titles[:3] == ["Player", "Routines", "History"]
    assert len(pages) >= 3


def test_every_control_of_every_page_has_an_accessible_name(app: App, qtbot) -> None:  # type: ignore[no-untyped-def]
    problems: dict[str, list[str]] = {}
    counted = 0
    for page in _open_all_pages(app, qtbot):
        counted += len(_controls(page))
        missing = _unnamed(page)
        if missing:
            problems[type(page).__name__] = missing
    assert counted > 40
    assert problems == {}


def test_every_control_of_the_settings_dialog_is_named_and_described(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dlg = SettingsDialog(Settings.in_dir(tmp_path), voices=lambda: ["A"], tray_available=True)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    controls = _controls(dlg)
    assert len(controls) >= 13
    assert _unnamed(dlg) == []
    undescribed = [
        _describe(w)
        for w in controls
        if not w.accessibleDescription().strip() and w.parentWidget() is not dlg.buttons
    ]
    assert undescribed == []


def _tab_chain(start: QWidget, limit: int = 400) -> list[QWidget]:
    """The widgets Tab visits from ``start``, in order, until it comes round again."""
    seen: list[QWidget] = [start]
    w = start.nextInFocusChain()
    while w is not start and len(seen) < limit:
        if (
            w.isVisible()
            and w.isEnabled()
            and w.focusPolicy() & Qt.FocusPolicy.TabFocus
            and w.focusProxy() is None
        ):
            seen.append(w)
        w = w.nextInFocusChain()
    return seen


def test_tab_reaches_every_control_of_the_settings_dialog(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dlg = SettingsDialog(Settings.in_dir(tmp_path), voices=lambda: ["A"])
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    dlg.sound_on.setFocus()
    chain = _tab_chain(dlg.sound_on)
    wanted = [w for w in _controls(dlg) if w.isEnabled() and w.isVisible()]
    unreached = [_describe(w) for w in wanted if w not in chain]
    assert unreached == []


def test_tab_reaches_every_control_of_the_player(app: App, qtbot) -> None:  # type: ignore[no-untyped-def]
    _open_all_pages(app, qtbot)
    app.window.tabs.setCurrentIndex(0)
    view = app.view
    view.routine_box.setFocus()
    chain = _tab_chain(view.routine_box)
    wanted = [w for w in _controls(view) if w.isEnabled() and w.isVisible()]
    assert len(wanted) >= 7  # in Ready only what applies is enabled (Start, not Stop)
    unreached = [_describe(w) for w in wanted if w not in chain]
    assert unreached == []
    assert any(isinstance(w, QTabBar) for w in chain)  # and from there to the other pages


def _luminance(c: QColor) -> float:
    def channel(v: float) -> float:
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())


def contrast(a: QColor, b: QColor) -> float:
    """The WCAG 2 contrast ratio of two colours, 1 to 21."""
    hi, lo = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def test_contrast_formula() -> None:
    assert contrast(QColor("#000000"), QColor("#ffffff")) == pytest.approx(21.0)
    assert contrast(QColor("#777777"), QColor("#ffffff")) == pytest.approx(4.48, abs=0.01)


@pytest.mark.parametrize("theme", ["light", "dark"])
@pytest.mark.parametrize("tone", list(Tone))
def test_countdown_colours_keep_text_contrast(theme: str, tone: Tone) -> None:
    palette = palette_for(theme)
    colour = countdown.tone_color(tone, palette)
    for role in ("Window", "Base"):
        background = palette.color(getattr(palette.ColorRole, role))
        assert contrast(colour, background) >= 4.5, (tone, theme, role, colour.name())


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_theme_text_contrast(theme: str) -> None:
    p = palette_for(theme)
    r = p.ColorRole
    for fg, bg in ((r.WindowText, r.Window), (r.Text, r.Base), (r.ButtonText, r.Button)):
        assert contrast(p.color(fg), p.color(bg)) >= 7.0
    assert contrast(p.color(r.HighlightedText), p.color(r.Highlight)) >= 4.5
    disabled = p.color(p.ColorGroup.Disabled, r.WindowText)
    assert contrast(disabled, p.color(r.Window)) >= 4.5
