"""The player page's style sheet: the primary and "It hurts" buttons, the warning and the
card of the next exercise. Only colours from the palette, and the hurt tone given."""

from __future__ import annotations


def player_style_sheet(hurt: str) -> str:
    """The style sheet, with ``hurt`` (a colour name) for the hurt button and warnings."""
    return (
        "QToolButton#primary { font-weight: bold; padding: 4px 18px;"
        " border: 2px solid palette(highlight); border-radius: 6px; }"
        "QToolButton#primary:focus { border: 3px solid palette(text); }"
        f"QToolButton#hurt {{ font-weight: bold; padding: 4px 14px;"
        f" border: 2px solid {hurt}; border-radius: 6px; }}"
        "QToolButton#hurt:focus { border: 3px solid palette(text); }"
        "QToolButton#primary:disabled, QToolButton#hurt:disabled {"
        " border: 1px solid palette(mid); font-weight: normal; }"
        f"QLabel#warning {{ border: 2px solid {hurt}; border-radius: 6px; padding: 6px; }}"
        "QFrame#nextCard { border: 1px solid palette(mid); border-radius: 8px; }"
    )
