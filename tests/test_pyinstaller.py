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
from pathlib import Path

import pytest

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
    assert int(size.group(1)) > 0
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
        r"|Qt6Designer|PyQt5|PyQt6|PySide2|tkinter|_tkinter|pytest"
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
    "QtNetwork",  # QLocalServer: one instance at a time
    "QtOpenGL",  # pyqtgraph imports it unconditionally
)
QT_PLUGINS_USED = (
    "platforms/libqoffscreen.so",
    "platforms/libqxcb.so",
    "iconengines/libqsvgicon.so",  # the SVG window icon
    "imageformats/libqsvg.so",
    "multimedia/libffmpegmediaplugin.so",
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
