"""The player's bundled icons (masks coloured at run time) and the window's icon: right
colours at each size, in step with their SVG sources, and no Qt SVG in the process."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QIcon, QImage, QPalette

from backtimer.ui.player import icons
from backtimer.ui.player.actions import ICONS

ROOT = Path(__file__).resolve().parent.parent


def _palette(text: str, disabled: str) -> QPalette:
    pal = QPalette()
    pal.setColor(QPalette.ColorGroup.Active, QPalette.ColorRole.ButtonText, QColor(text))
    pal.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, QColor(disabled))
    return pal


def _alpha(image: QImage) -> np.ndarray:
    image = image.convertToFormat(QImage.Format.Format_ARGB32)
    rows = np.frombuffer(image.constBits(), np.uint8).reshape(image.height(), -1)
    return rows[:, : 4 * image.width()].reshape(image.height(), image.width(), 4).copy()


@pytest.fixture
def no_theme_icons(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QIcon, "hasThemeIcon", staticmethod(lambda name: False))


@pytest.mark.parametrize("name", sorted(set(ICONS.values()) | {"media-playback-pause"}))
def test_every_player_icon_has_a_mask_rendered_from_its_current_svg(
    qapp: object, name: str
) -> None:
    """Catches an SVG edited without re-running tools/make_icons.py."""
    from tools import make_icons

    svg = ROOT / "resources" / "icons" / "player" / f"{name}.svg"
    fresh = _alpha(make_icons.render(icons.MASK_SIZE, svg)).astype(int)
    stored = _alpha(QImage(str(make_icons.mask_path(name)))).astype(int)
    assert stored.shape == (icons.MASK_SIZE, icons.MASK_SIZE, 4)
    assert fresh[:, :, 3].max() == 255, "the SVG renders fully transparent"
    assert np.abs(fresh[:, :, 3] - stored[:, :, 3]).max() <= 8


@pytest.mark.usefixtures("qapp", "no_theme_icons")
@pytest.mark.parametrize("side", [16, 24, 48, 96])
def test_a_bundled_icon_is_drawn_in_the_palettes_colours_at_each_size(side: int) -> None:
    icon = icons.icon("media-playback-stop", _palette("#1a6b2f", "#a0a0a0"))
    assert not icon.isNull()
    for mode, want in ((QIcon.Mode.Normal, "#1a6b2f"), (QIcon.Mode.Disabled, "#a0a0a0")):
        image = icon.pixmap(QSize(side, side), 1.0, mode).toImage()
        assert (image.width(), image.height()) == (side, side)
        centre = image.pixelColor(side // 2, side // 2)
        assert centre.name() == want and centre.alpha() == 255
        assert image.pixelColor(0, 0).alpha() == 0  # the square's corner is outside it


@pytest.mark.usefixtures("qapp", "no_theme_icons")
def test_on_a_2x_screen_the_icon_has_twice_the_pixels() -> None:
    icon = icons.icon("media-playback-start", _palette("#000000", "#888888"))
    pixmap = icon.pixmap(QSize(24, 24), 2.0)
    assert (pixmap.width(), pixmap.height()) == (48, 48)
    assert pixmap.devicePixelRatio() == 2.0
    # the triangle's edge is smooth: some pixels are neither empty nor full
    alpha = _alpha(pixmap.toImage())[:, :, 3]
    assert ((alpha > 20) & (alpha < 235)).sum() > 10


@pytest.mark.usefixtures("qapp", "no_theme_icons")
def test_an_icon_is_made_once_per_colours_and_an_unknown_one_is_empty() -> None:
    light, dark = _palette("#000000", "#888888"), _palette("#ffffff", "#777777")
    first = icons.icon("view-refresh", light)
    assert icons.icon("view-refresh", light).cacheKey() == first.cacheKey()
    assert icons.icon("view-refresh", dark).cacheKey() != first.cacheKey()
    assert icons.icon("no-such-icon", light).isNull()


@pytest.mark.skipif(not Path("/proc/self/maps").exists(), reason="reads /proc (Linux)")
def test_the_player_and_the_window_icon_do_not_load_qt_svg() -> None:
    """Qt SVG is about 1 MB in a running window: the bundled icons are masks, and the
    window's icon comes from its PNGs (in a desktop whose icon theme has SVG icons, the
    theme's own icons still load it)."""
    script = """
import sys
from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication
app = QApplication([])
QIcon.setThemeName("no-such-theme")
from backtimer.startup import window_icon
from backtimer.ui.player.view import PlayerView
view = PlayerView()
view.show()
app.processEvents()
drawn = [b.icon().pixmap(QSize(32, 32)).isNull() for b in view.buttons.values()]
icon = window_icon()
sizes = sorted(s.width() for s in icon.availableSizes())
svg = "PySide6.QtSvg" in sys.modules or "libQt6Svg" in open("/proc/self/maps").read()
print(sum(drawn), icon.pixmap(QSize(48, 48)).width(), svg, *sizes)
"""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    out = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=60
    )
    assert out.returncode == 0, out.stderr
    missing, drawn, svg, *sizes = out.stdout.split()
    assert missing == "0"  # every button has its icon
    assert drawn == "48"
    assert sizes == ["16", "24", "32", "48", "64", "128", "256"]
    assert svg == "False"
