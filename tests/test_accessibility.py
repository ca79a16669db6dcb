"""Accessibility: names on every control, keyboard reach, contrast of the countdown colours.

Builds the real application (``tests/player_fixtures.py``), opens each page of the main
window and the settings dialog, and walks their widgets.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
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
from backtimer.ui.main_window import LazyPage
from backtimer.ui.palette import palette_for
from backtimer.ui.player import countdown
from backtimer.ui.settings_dialog import SettingsDialog

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
    out: list[QWidget] = []
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


def _open_all_pages(app: App, qtbot) -> list[QWidget]:
    window = app.window
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    pages: list[QWidget] = []
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        page = window.tabs.widget(index)
        real = page.ensure() if isinstance(page, LazyPage) else page
        assert real is not None
        qtbot.waitUntil(real.isVisible)
        pages.append(real)
    return pages


def test_there_are_three_pages(app: App, qtbot) -> None:
    pages = _open_all_pages(app, qtbot)
    titles = [app.window.tabs.tabText(i).replace("&", "") for i in range(app.window.tabs.count())]
    assert titles[:3] == ["Player", "Routines", "History"]
    assert len(pages) >= 3


def test_every_control_of_every_page_has_an_accessible_name(app: App, qtbot) -> None:
    problems: dict[str, list[str]] = {}
    counted = 0
    for page in _open_all_pages(app, qtbot):
        counted += len(_controls(page))
        missing = _unnamed(page)
        if missing:
            problems[type(page).__name__] = missing
    assert counted > 40
    assert problems == {}


def test_every_control_of_the_settings_dialog_is_named_and_described(qtbot, tmp_path: Path) -> None:
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
    while w is not None and w is not start and len(seen) < limit:
        if (
            w.isVisible()
            and w.isEnabled()
            and w.focusPolicy() & Qt.FocusPolicy.TabFocus
            and w.focusProxy() is None
        ):
            seen.append(w)
        w = w.nextInFocusChain()
    return seen


def test_tab_reaches_every_control_of_the_settings_dialog(qtbot, tmp_path: Path) -> None:
    dlg = SettingsDialog(Settings.in_dir(tmp_path), voices=lambda: ["A"])
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    dlg.sound_on.setFocus()
    chain = _tab_chain(dlg.sound_on)
    wanted = [w for w in _controls(dlg) if w.isEnabled() and w.isVisible()]
    unreached = [_describe(w) for w in wanted if w not in chain]
    assert unreached == []


def test_tab_reaches_every_control_of_the_player(app: App, qtbot) -> None:
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


# -- labels, focus ring, Tab, themes (issue 14) ----------------------------------------


def _plain(label: QLabel) -> str:
    if label.textFormat() == Qt.TextFormat.PlainText or "<" not in label.text():
        return label.text().replace("&", "") if label.buddy() else label.text()
    doc = QTextDocument()
    doc.setHtml(label.text())
    return doc.toPlainText()


def _hiding_labels(root: QWidget) -> list[str]:
    """Labels whose accessible name is not what they show (a screen reader hears the name)."""
    out = []
    for label in root.findChildren(QLabel):
        name = label.accessibleName()
        if label.isVisibleTo(root) and name and name != _plain(label):
            out.append(f"{name!r} hides {_plain(label)[:40]!r}")
    return out


def test_dialog_labels_are_read_as_shown(qtbot) -> None:
    from backtimer.ui.dialogs import SafetyDialog
    from backtimer.ui.player.summary import SummaryDialog, SummaryFacts
    from tests.helpers.store_data import report, step

    summary = SummaryDialog(SummaryFacts(report((step(0),)), exercises=1), None)
    for dlg in (SafetyDialog(), summary):
        qtbot.addWidget(dlg)
        dlg.show()
        qtbot.waitExposed(dlg)
        assert _hiding_labels(dlg) == []
        # every label is described, or names the value beside it (its buddy)
        labels = dlg.findChildren(QLabel)
        assert all(label.accessibleDescription() or label.buddy() for label in labels)


def test_the_pages_labels_are_read_as_shown(app: App, qtbot) -> None:
    pages = _open_all_pages(app, qtbot)[1:]  # the player's labels: see test_player
    assert pages
    assert {type(p).__name__: _hiding_labels(p) for p in pages} == {
        type(p).__name__: [] for p in pages
    }


def test_combo_boxes_have_buddy_labels(app: App, qtbot) -> None:
    """On Linux Qt names a combo box by its value; its label comes from a buddy."""
    pages = _open_all_pages(app, qtbot)
    buddies = {b.buddy() for p in pages for b in p.findChildren(QLabel) if b.buddy()}
    combos = [c for p in pages for c in p.findChildren(QComboBox) if c.isVisibleTo(p)]
    assert len(combos) >= 4
    assert [_describe(c) for c in combos if c not in buddies] == []


def test_the_volume_label_is_a_mnemonic_for_the_slider(qtbot, tmp_path: Path) -> None:
    dlg = SettingsDialog(Settings.in_dir(tmp_path), voices=lambda: ["A"])
    qtbot.addWidget(dlg)
    [label] = [b for b in dlg.findChildren(QLabel) if b.text() == "&Volume"]
    assert label.buddy() is dlg.volume  # shown as "Volume" with V underlined; Alt+V


def test_tab_leaves_the_history_table(app: App, qtbot) -> None:
    history = _open_all_pages(app, qtbot)[2]
    table = history.table  # type: ignore[attr-defined]
    assert not table.tabKeyNavigation()
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    assert not table.hasFocus()


def test_ctrl_tab_turns_the_pages(app: App, qtbot) -> None:
    _open_all_pages(app, qtbot)
    tabs = app.window.tabs
    tabs.setCurrentIndex(0)
    app.window.activateWindow()
    app.window.turn_page(1)
    assert tabs.currentIndex() == 1
    app.window.turn_page(-1)
    app.window.turn_page(-1)
    assert tabs.currentIndex() == tabs.count() - 1
    keys = {k.toString() for a in app.window.actions() for k in a.shortcuts()}
    assert {"Ctrl+Tab", "Ctrl+Shift+Tab"} <= keys


def _ring_pixels(widget: QWidget) -> tuple[int, QColor]:
    """How thick the ring is at the middle of the widget's left edge, and its colour."""
    image = widget.grab().toImage()
    y = image.height() // 2
    colour = image.pixelColor(0, y)
    width = 0
    while width < image.width() and image.pixelColor(width, y) == colour:
        width += 1
    return width, colour


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_the_focus_ring_is_visible_everywhere(app: App, qtbot, theme: str) -> None:
    from PySide6.QtWidgets import QApplication

    from backtimer.ui.player.pain_checkin import Moment, PainCheckIn
    from backtimer.ui.theme import ThemeApplier

    applier = ThemeApplier(QApplication.instance())  # type: ignore[arg-type]
    applier.apply(theme)
    pages = _open_all_pages(app, qtbot)
    editor, history = pages[1], pages[2]
    pain = PainCheckIn(Moment.BEFORE, app.window)
    qtbot.addWidget(pain)
    pain.show()
    qtbot.waitExposed(pain)
    first_button = next(b for b in pain.findChildren(QAbstractButton) if b.isVisible())
    tab_bar = app.window.tabs.tabBar()
    assert tab_bar is not None
    targets: list[tuple[QWidget, int]] = [  # with the page that shows them
        (first_button, 0),
        (tab_bar, 0),
        (editor.description_edit, 1),  # type: ignore[attr-defined]
        (history.charts, 2),  # type: ignore[attr-defined]
    ]
    highlight = palette_for(theme).color(palette_for(theme).ColorRole.Highlight)
    for target, page in targets:
        app.window.tabs.setCurrentIndex(page)
        qtbot.waitUntil(target.isVisible)
        target.window().activateWindow()
        target.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(target.hasFocus)
        assert applier.focus_ring.target is target
        width, colour = _ring_pixels(target)
        assert width >= 2, type(target).__name__
        assert colour == highlight, (type(target).__name__, colour.name())
        around = target.palette().color(target.backgroundRole())
        assert contrast(colour, around) >= 3.0, (type(target).__name__, theme)
    applier.apply("system")


def test_a_styled_label_follows_a_change_of_theme(qtbot) -> None:
    """The hurt warning has a style sheet; after light -> dark it must not keep dark text."""
    from PySide6.QtWidgets import QApplication

    from backtimer.ui.theme import ThemeApplier

    label = QLabel("Cat stretch hurt in 2 of your last 3 sessions.")
    label.setObjectName("warning")
    label.setStyleSheet("QLabel#warning { border: 2px solid #c62828; padding: 6px; }")
    qtbot.addWidget(label)
    applier = ThemeApplier(QApplication.instance())  # type: ignore[arg-type]
    applier.apply("light")
    label.show()
    qtbot.waitExposed(label)
    applier.apply("dark")
    p = label.palette()
    assert contrast(p.color(p.ColorRole.WindowText), p.color(p.ColorRole.Window)) >= 4.5
    applier.apply("system")


def test_the_charts_have_a_text_alternative(app: App, qtbot) -> None:
    history = _open_all_pages(app, qtbot)[2]
    charts = history.charts  # type: ignore[attr-defined]
    text = charts.accessibleDescription()
    assert text == charts.summary()
    assert "This week: 0 sessions of a goal of 4, 0 minutes." in text
    assert charts.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert history.streak_label.accessibleName() == ""  # type: ignore[attr-defined]


@pytest.mark.parametrize("theme", ["light", "dark"])
@pytest.mark.parametrize("kind", ["error", "secondary"])
def test_error_and_secondary_text_keep_aa_contrast(theme: str, kind: str) -> None:
    from backtimer.ui.theme import text_colour

    p = palette_for(theme)
    colour = text_colour(kind, p)
    for role in (p.ColorRole.Window, p.ColorRole.Base, p.ColorRole.AlternateBase):
        assert contrast(colour, p.color(role)) >= 4.5, (kind, theme, role)


def test_marked_text_follows_a_change_of_theme(qtbot) -> None:
    from PySide6.QtWidgets import QApplication

    from backtimer.ui.theme import ThemeApplier, set_text_kind

    label = QLabel("The name is missing.")
    qtbot.addWidget(label)
    applier = ThemeApplier(QApplication.instance())  # type: ignore[arg-type]
    applier.apply("light")
    set_text_kind(label, "error")
    applier.apply("dark")
    p = label.palette()
    assert contrast(p.color(p.ColorRole.WindowText), p.color(p.ColorRole.Window)) >= 4.5
    applier.apply("system")


def test_the_chart_summary_tells_the_weeks_and_the_last_pain(qtbot) -> None:
    from datetime import date

    from backtimer.store.history_read import WeekTotal
    from backtimer.ui.history.charts import HistoryCharts

    charts = HistoryCharts()
    qtbot.addWidget(charts)
    charts.set_goal(4)
    charts.set_weeks(
        [
            WeekTotal(date(2026, 11, 16), 2026, 47, 55.2, 4),
            WeekTotal(date(2026, 11, 23), 2026, 48, 42.4, 3),
        ]
    )
    charts.set_pain_rows([(1, 10.0, 5, 4), (2, 20.0, 3, 2), (3, 30.0, None, None)])
    assert charts.accessibleDescription() == (
        "This week: 3 sessions of a goal of 4, 42 minutes."
        " Last week: 4 sessions, 55 minutes."
        " Goal met in 1 of the last 2 weeks."
        " Pain at the last session: 3 before, 2 after."
    )
