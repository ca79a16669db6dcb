"""Large text: at 150 % and 200 % (``QT_SCALE_FACTOR``) on a 1280x800 screen the main
window and the settings dialog (with its OK and Cancel) stay on the screen; what does not
fit scrolls. The real ``backtimer`` process in Xvfb with openbox, measured with xdotool."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.helpers.desktop import Desktop, desktop
from tests.helpers.waiting import wait_for

pytestmark = pytest.mark.xvfb
SCREEN = (1280, 800)


@pytest.fixture
def desk(tmp_path: Path) -> Iterator[Desktop]:
    yield from desktop(tmp_path)


def geometry(desk: Desktop, window: str) -> tuple[int, int, int, int]:
    """x, y, width, height of a window, in screen pixels (with openbox's frame)."""
    out = desk.xdo("getwindowgeometry", window)
    x, y = map(int, re.search(r"Position: (-?\d+),(-?\d+)", out).groups())  # type: ignore[union-attr]
    w, h = map(int, re.search(r"Geometry: (\d+)x(\d+)", out).groups())  # type: ignore[union-attr]
    return x, y, w, h


def on_screen(box: tuple[int, int, int, int]) -> bool:
    x, y, w, h = box
    return x >= 0 and y >= 0 and x + w <= SCREEN[0] and y + h <= SCREEN[1]


@pytest.mark.parametrize("scale", ["1.5", "2"])
def test_the_window_and_settings_fit_at_large_text(
    desk: Desktop, tmp_path: Path, scale: str
) -> None:
    (tmp_path / "backtimer.ini").write_text("[safety]\naccepted=true\n")
    desk.window_manager()
    desk.start_app(extra_env={"QT_SCALE_FACTOR": scale})
    main = desk.window("BackTimer")
    box = wait_for(lambda: geometry(desk, main), 10, "the window's geometry")
    assert on_screen(box), box
    dialog = desk.open_with("BackTimer", "ctrl+comma", "Settings")
    box = geometry(desk, dialog)
    assert on_screen(box), box
    desk.screenshot(tmp_path / f"settings-{scale}.png")
