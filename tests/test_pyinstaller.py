"""The PyInstaller one-folder build: packaging/build-pyinstaller.sh with packaging/backtimer.spec.

One build (15 to 25 s here) is shared by the tests of this module. The script itself
starts the built binary with ``--check-startup`` on the offscreen platform and fails if
it does not start; the tests check its output and what went into the folder.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.helpers import pulse

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "packaging" / "build-pyinstaller.sh"

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def build(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """(the app folder, the script's standard output)."""
    out = tmp_path_factory.mktemp("pyinstaller")
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
    env["PYTHON"] = sys.executable
    result = subprocess.run(
        ["bash", str(SCRIPT), str(out)],
        capture_output=True,
        text=True,
        env=env,
        timeout=1200,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-4000:]
    return out / "dist" / "backtimer", result.stdout


def test_built_binary_starts_and_reports_its_start_up_time(build: tuple[Path, str]) -> None:
    app, stdout = build
    assert os.access(app / "backtimer", os.X_OK)
    size = re.search(r"^pyinstaller-folder-size-mib: (\d+) ", stdout, re.MULTILINE)
    assert size is not None, stdout
    assert 0 < int(size.group(1)) <= 200, "the folder should stay within 200 MiB"
    # --check-startup prints the milliseconds from process start to the first paint last.
    last_line = stdout.strip().splitlines()[-1]
    assert re.search(r"\d", last_line), stdout


def test_bundle_carries_resources_and_translations_where_paths_looks(
    build: tuple[Path, str],
) -> None:
    app, _ = build
    package = app / "_internal" / "backtimer"
    for folder in ("resources", "translations"):
        repo_files = {
            p.relative_to(ROOT / folder)
            for p in (ROOT / folder).rglob("*")
            if p.is_file() and "__pycache__" not in p.parts
        }
        assert repo_files, f"{folder}/ has no files"
        missing = {f for f in repo_files if not (package / folder / f).is_file()}
        assert not missing, f"not in the bundle: {sorted(map(str, missing))[:10]}"


def test_bundle_leaves_out_unused_qt_modules_and_other_bindings(build: tuple[Path, str]) -> None:
    app, _ = build
    unwanted = re.compile(
        r"WebEngine|Qt6?3D|QtCharts|Qt6Charts|DataVisualization|Qt6Pdf|QtPdf|Quick3D"
        r"|Qt6Designer|PyQt5|PyQt6|PySide2|tkinter|_tkinter|pytest|^yaml$|_yaml"
        r"|Qt6Quick|Qt6Qml|VirtualKeyboard|ffmpegmediaplugin|^libavcodec|^libavformat"
    )
    found = sorted(str(p.relative_to(app)) for p in app.rglob("*") if unwanted.search(p.name))
    assert not found, found[:20]


QT_MODULES_USED = (
    "QtCore",
    "QtGui",
    "QtWidgets",
    "QtSvg",
    "QtMultimedia",
    "QtTextToSpeech",
    "QtNetwork",  # Qt Multimedia links it; QLocalServer: one instance at a time on Windows
    "QtOpenGL",  # pyqtgraph imports it unconditionally
)
QT_PLUGINS_USED = (
    "platforms/libqoffscreen.so",
    "platforms/libqxcb.so",
    "iconengines/libqsvgicon.so",  # an icon theme's SVG icons
    "imageformats/libqsvg.so",
    "texttospeech/libqtexttospeech_speechd.so",
)


def test_bundle_has_the_qt_modules_and_plugins_backtimer_uses(build: tuple[Path, str]) -> None:
    pyside = build[0] / "_internal" / "PySide6"
    for module in QT_MODULES_USED:
        assert list(pyside.glob(f"{module}.*")), f"PySide6.{module} is not in the bundle"
    # Imported lazily by the app (the history page), so easy to lose.
    for package in ("pyqtgraph", "numpy"):
        assert (build[0] / "_internal" / package).is_dir(), f"{package} is not in the bundle"
    if sys.platform.startswith("linux"):
        for plugin in QT_PLUGINS_USED:
            assert (pyside / "Qt" / "plugins" / plugin).is_file(), plugin


# -- sound from the built app, recorded from a PulseAudio null sink ---------------------


@pytest.fixture
def null_sink(tmp_path: Path) -> Iterator[dict[str, str]]:
    """A PulseAudio daemon of its own with a null sink as the default output."""
    with pulse.null_sink(tmp_path) as env:
        yield env


def _record_a_session(
    app: Path, env: dict[str, str], data: Path, sound_on: bool, listen_s: float
) -> int:
    """Start the first built-in routine with a 2 s lead-in; count loud samples heard
    (stop listening at the first one, or after ``listen_s``)."""
    data.mkdir()
    (data / "backtimer.ini").write_text(
        "[safety]\naccepted=true\n[player]\nask_pain=false\n"
        f"[routine]\nlead_in_seconds=2\n[sound]\nenabled={str(sound_on).lower()}\n",
        encoding="utf-8",
    )
    env = {**env, "QT_QPA_PLATFORM": "offscreen"}
    binary = str(app / "backtimer")
    listing = subprocess.run(
        [binary, "--data-dir", str(data), "routines", "list"],
        env=env, capture_output=True, text=True, timeout=120, check=True,
    )  # fmt: skip
    routine = listing.stdout.splitlines()[0].split("  [")[0]
    with pulse.recording(env, data / "monitor.raw") as raw:
        player = subprocess.Popen(
            [binary, "--data-dir", str(data), "--routine", routine, "--start"],
            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        try:
            deadline = time.monotonic() + listen_s
            while time.monotonic() < deadline and player.poll() is None:
                if pulse.loud_samples(raw.read_bytes()) > 0:
                    break
                time.sleep(0.2)  # polling the recording for sound, bounded by the deadline
        finally:
            player.terminate()
            player.wait(timeout=30)
    return pulse.loud_samples(raw.read_bytes())


def test_built_app_plays_its_cues_without_the_ffmpeg_plugin(
    build: tuple[Path, str], null_sink: dict[str, str], tmp_path: Path
) -> None:
    app, _ = build
    assert not list(app.rglob("libffmpegmediaplugin.so"))
    assert _record_a_session(app, null_sink, tmp_path / "on", True, listen_s=40) > 0


def test_the_recording_is_silent_when_the_sound_is_off(
    build: tuple[Path, str], null_sink: dict[str, str], tmp_path: Path
) -> None:
    """The check above hears the app, not something else on the sink."""
    app, _ = build
    # The lead-in's cues come 2 to 3 s after the window; 15 s covers a slow start.
    assert _record_a_session(app, null_sink, tmp_path / "off", False, listen_s=15) == 0
