"""BackTimer's own light and dark palettes (for the Fusion style), and the look of the
window's first paint.

Apart from :mod:`backtimer.ui.theme` because the first paint comes before that module is
imported: it needs Qt's ``Qt`` namespace, whose enums take some 18 ms to build.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

_R = QPalette.ColorRole
_G = QPalette.ColorGroup

# Text on window/base reaches at least 7:1 in both palettes; disabled text 4.5:1.
_DARK = {
    _R.Window: "#202124",
    _R.WindowText: "#e8eaed",
    _R.Base: "#17181a",
    _R.AlternateBase: "#2a2b2e",
    _R.ToolTipBase: "#2a2b2e",
    _R.ToolTipText: "#e8eaed",
    _R.PlaceholderText: "#a0a4a8",
    _R.Text: "#e8eaed",
    _R.Button: "#2d2e31",
    _R.ButtonText: "#e8eaed",
    _R.BrightText: "#ffffff",
    _R.Light: "#4a4b4f",
    _R.Midlight: "#3a3b3e",
    _R.Mid: "#5f6368",
    _R.Dark: "#121212",
    _R.Shadow: "#000000",
    _R.Highlight: "#8ab4f8",
    _R.HighlightedText: "#202124",
    _R.Link: "#8ab4f8",
    _R.LinkVisited: "#c58af9",
}
_LIGHT = {
    _R.Window: "#f5f5f5",
    _R.WindowText: "#1f1f1f",
    _R.Base: "#ffffff",
    _R.AlternateBase: "#eeeeee",
    _R.ToolTipBase: "#ffffe1",
    _R.ToolTipText: "#1f1f1f",
    _R.PlaceholderText: "#666666",
    _R.Text: "#1f1f1f",
    _R.Button: "#e8e8e8",
    _R.ButtonText: "#1f1f1f",
    _R.BrightText: "#ffffff",
    _R.Light: "#ffffff",
    _R.Midlight: "#e0e0e0",
    _R.Mid: "#b0b0b0",
    _R.Dark: "#8a8a8a",
    _R.Shadow: "#4d4d4d",
    _R.Highlight: "#1a56c4",
    _R.HighlightedText: "#ffffff",
    _R.Link: "#0b57d0",
    _R.LinkVisited: "#6a1b9a",
}
_DISABLED = {"dark": "#9aa0a6", "light": "#6b6b6b"}


def palette_for(theme: str) -> QPalette:
    """The explicit Fusion palette for ``"light"`` or ``"dark"``."""
    colours = _DARK if theme == "dark" else _LIGHT
    pal = QPalette()
    for role, colour in colours.items():
        pal.setColor(role, QColor(colour))
    for role in (_R.WindowText, _R.Text, _R.ButtonText):
        pal.setColor(_G.Disabled, role, QColor(_DISABLED[theme]))
    return pal


def first_paint_look(app: QApplication, theme: str) -> str:
    """A chosen light or dark theme for the first paint, before :class:`ThemeApplier`
    (made right after it) applies the theme for good: the Fusion style and BackTimer's
    palette, which is what ThemeApplier ends with where the platform does not draw the
    colour scheme itself. "system" (or anything else) leaves the platform's look.
    Returns the name of the platform's own style, for ThemeApplier."""
    system_style = app.style().name()
    if theme not in ("light", "dark"):
        return system_style
    fusion = QStyleFactory.create("Fusion")
    if fusion is not None:
        app.setStyle(fusion)
    app.setPalette(palette_for(theme))
    return system_style
