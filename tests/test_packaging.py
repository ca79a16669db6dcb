"""Desktop integration and packaging: desktop file, AppStream metainfo, icons, Flatpak
manifest, and the wheel installed into a fresh virtual environment.

The PyInstaller build has its own module (test_pyinstaller.py).
"""

from __future__ import annotations

import configparser
import json
import os
import re
import shutil
import struct
import subprocess
import sys
import sysconfig
import tomllib
import venv
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path
from typing import Any

import pytest

from backtimer import APP_ID, __version__

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
DESKTOP = PACKAGING / f"{APP_ID}.desktop"
METAINFO = PACKAGING / f"{APP_ID}.metainfo.xml"
FLATPAK = PACKAGING / "flatpak" / f"{APP_ID}.yml"
ICONS = ROOT / "resources" / "icons"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]


def _command_name() -> str:
    """The console script whose target is backtimer's entry point."""
    scripts: dict[str, str] = {v: k for k, v in PYPROJECT["scripts"].items()}
    return scripts["backtimer.__main__:main"]


class _CaseSensitiveParser(configparser.ConfigParser):
    """A desktop entry's keys are case-sensitive (ConfigParser lower-cases them)."""

    def optionxform(self, optionstr: str) -> str:
        return optionstr


def _desktop_entry() -> configparser.SectionProxy:
    parser = _CaseSensitiveParser(interpolation=None, strict=True)
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def _run(cmd: list[str], **kwargs: Any) -> subprocess.CompletedProcess[str]:
    return subprocess.run(cmd, capture_output=True, text=True, timeout=600, check=False, **kwargs)


def _need_tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed (./dev test installs it with apt)")
    return path


# -- desktop file and metainfo ---------------------------------------------------------


def test_desktop_file_passes_desktop_file_validate() -> None:
    tool = _need_tool("desktop-file-validate")
    result = _run([tool, str(DESKTOP)])
    assert result.returncode == 0, result.stdout + result.stderr
    # Hints are printed but do not fail the tool; keep the file free of them too.
    assert result.stdout.strip() == "", result.stdout


def test_metainfo_passes_appstreamcli_validate() -> None:
    tool = _need_tool("appstreamcli")
    result = _run([tool, "validate", "--no-net", str(METAINFO)])
    assert result.returncode == 0, result.stdout + result.stderr


def test_desktop_file_launches_the_entry_point_with_the_app_icon() -> None:
    entry = _desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Exec"].split()[0] == _command_name()
    assert entry["Icon"] == APP_ID
    assert DESKTOP.name == f"{APP_ID}.desktop"


def test_metainfo_agrees_with_app_id_pyproject_and_desktop_file() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.findtext("metadata_license") == "CC0-1.0"
    assert root.findtext("project_license") == PYPROJECT["license"]
    launchable = root.find("launchable")
    assert launchable is not None and launchable.get("type") == "desktop-id"
    assert launchable.text == DESKTOP.name
    assert [b.text for b in root.findall("provides/binary")] == [_command_name()]
    releases = root.findall("releases/release")
    assert releases, "no <release>"
    assert releases[0].get("version") == __version__ == PYPROJECT["version"]
    rating = root.find("content_rating")
    assert rating is not None and rating.get("type") == "oars-1.1"
    desktop_categories = [c for c in _desktop_entry()["Categories"].split(";") if c]
    assert [c.text for c in root.findall("categories/category")] == desktop_categories
    shots = [img.text or "" for img in root.findall("screenshots/screenshot/image")]
    assert [s.rsplit("/", 1)[-1] for s in shots] == ["player.png", "history.png", "editor.png"]
    assert all(s.startswith("https://") for s in shots)


LANGUAGES = ("de", "es", "ru", "zh_CN")  # the app's translations (translations/*.ts)
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


@pytest.mark.parametrize("key", ["GenericName", "Comment", "Keywords"])
def test_desktop_file_is_translated_into_every_app_language(key: str) -> None:
    entry = _desktop_entry()
    for lang in LANGUAGES:
        value = entry.get(f"{key}[{lang}]", "")
        assert value and value != entry[key], (key, lang)
    # "Name" is the brand, the same in every language.


def test_metainfo_texts_are_translated_into_every_app_language() -> None:
    root = ET.parse(METAINFO).getroot()
    checked = 0
    for parent in root.iter():
        children = list(parent)
        for i, element in enumerate(children):
            if element.tag not in ("summary", "p", "li", "caption") or XML_LANG in element.attrib:
                continue
            # The translations follow their English element, one per language.
            following = children[i + 1 : i + 1 + len(LANGUAGES)]
            langs = [(e.tag, e.get(XML_LANG)) for e in following]
            assert langs == [(element.tag, lang) for lang in LANGUAGES], (element.text, langs)
            assert all((e.text or "").strip() != (element.text or "").strip() for e in following)
            checked += 1
    assert checked >= 15
    keywords = root.findall("keywords/keyword")
    english = [k for k in keywords if XML_LANG not in k.attrib]
    for lang in LANGUAGES:
        assert len([k for k in keywords if k.get(XML_LANG) == lang]) >= len(english) - 1, lang


# -- icons ------------------------------------------------------------------------------


def _png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()[:24]
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


@pytest.mark.parametrize("size", ICON_SIZES)
def test_png_icon_exists_at_its_folders_size(size: int) -> None:
    path = ICONS / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
    assert path.is_file()
    assert _png_size(path) == (size, size)


def test_scalable_icon_is_the_source_svg() -> None:
    scalable = ICONS / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    assert scalable.read_bytes() == (ICONS / "backtimer.svg").read_bytes()


@pytest.mark.parametrize("size", [16, 48, 256])
def test_png_icons_are_rendered_from_the_current_svg(qapp: object, size: int) -> None:
    """Catches an SVG edited without re-running tools/make_icons.py."""
    import numpy as np
    from PySide6.QtGui import QImage

    from tools import make_icons

    fresh = make_icons.render(size).convertToFormat(QImage.Format.Format_ARGB32)
    stored = QImage(str(make_icons.png_path(size, APP_ID))).convertToFormat(
        QImage.Format.Format_ARGB32
    )

    def pixels(image: QImage) -> np.ndarray:
        return np.frombuffer(image.constBits(), dtype=np.uint8).reshape(size, size, 4)

    a, b = pixels(fresh).astype(int), pixels(stored).astype(int)
    assert a[:, :, 3].max() == 255, "the icon renders fully transparent"
    assert np.abs(a - b).max() <= 8


# -- Flatpak manifest -------------------------------------------------------------------


def _manifest() -> dict:  # type: ignore[type-arg]
    import yaml  # PyYAML: in the test extra

    with FLATPAK.open(encoding="utf-8") as f:
        return yaml.safe_load(f)  # type: ignore[no-any-return]


def _app_module(manifest: dict) -> dict:  # type: ignore[type-arg]
    (module,) = [m for m in manifest["modules"] if m["name"] == "backtimer"]
    return module  # type: ignore[no-any-return]


def test_flatpak_manifest_agrees_with_app_id_and_entry_point() -> None:
    manifest = _manifest()
    assert manifest["id"] == APP_ID
    assert manifest["command"] == _command_name()
    assert manifest["base"] == "io.qt.PySide.BaseApp"
    assert manifest["runtime"] == "org.kde.Platform"
    # The BaseApp is built for one Qt version: it must be the runtime's.
    assert str(manifest["base-version"]) == str(manifest["runtime-version"])
    assert str(manifest["runtime-version"]).startswith("6.")


def test_flatpak_installs_existing_files_to_the_standard_places() -> None:
    installs = {}
    for command in _app_module(_manifest())["build-commands"]:
        words = command.split()
        if words[0] == "install":
            source, target = words[-2], words[-1]
            assert (ROOT / source).is_file(), f"the manifest installs {source}, not in the repo"
            installs[target.replace("${FLATPAK_DEST}", "/app")] = source
    assert installs["/app/bin/backtimer"] == "packaging/flatpak/backtimer-launcher"
    assert installs[f"/app/share/applications/{APP_ID}.desktop"] == str(DESKTOP.relative_to(ROOT))
    assert installs[f"/app/share/metainfo/{APP_ID}.metainfo.xml"] == str(METAINFO.relative_to(ROOT))
    for size in [f"{s}x{s}" for s in ICON_SIZES] + ["scalable"]:
        ext = "svg" if size == "scalable" else "png"
        target = f"/app/share/icons/hicolor/{size}/apps/{APP_ID}.{ext}"
        assert installs[target] == f"resources/icons/hicolor/{size}/apps/{APP_ID}.{ext}"


def _lock(path: Path) -> dict[str, tuple[str, set[str]]]:
    """{name: (version, hashes)} of a uv/pip-compile lock file, for Python 3.11."""
    from packaging.markers import Marker
    from packaging.utils import canonicalize_name

    env = {"python_version": "3.11", "python_full_version": "3.11.7", "sys_platform": "linux"}
    found: dict[str, tuple[str, set[str]]] = {}
    text = path.read_text(encoding="utf-8").replace("\\\n", " ")
    for line in text.splitlines():
        if not line or line.startswith((" ", "#")):
            continue
        requirement, _, marker = line.partition(";")
        marker = marker.partition("--hash")[0]
        requirement = requirement.split("--hash")[0].strip()
        if marker.strip() and not Marker(marker.strip()).evaluate(env):
            continue
        name, version = requirement.split("==")
        found[canonicalize_name(name)] = (
            version,
            set(re.findall(r"sha256:([0-9a-f]{64})", line)),
        )
    return found


# Provided by the KDE runtime + PySide BaseApp, not by the manifest.
FROM_BASEAPP = {"pyside6-essentials", "pyside6-addons", "shiboken6", "numpy"}


def test_flatpak_wheels_are_the_locked_versions_with_their_hashes() -> None:
    from packaging.utils import canonicalize_name, parse_wheel_filename

    locked = _lock(ROOT / "requirements" / "app.lock")
    assert {"pyside6-essentials", "pyqtgraph", "platformdirs", "numpy"} <= set(locked)
    shipped: dict[str, tuple[str, str]] = {}
    for module in _manifest()["modules"]:
        for source in module.get("sources", []):
            if str(source.get("url", "")).endswith(".whl"):
                wheel, wheel_version, _, _ = parse_wheel_filename(source["url"].rsplit("/", 1)[-1])
                shipped[canonicalize_name(wheel)] = (str(wheel_version), source["sha256"])
    assert set(shipped) == set(locked) - FROM_BASEAPP
    for name, (version, sha256) in shipped.items():
        assert version == locked[name][0], (name, version, locked[name][0])
        assert sha256 in locked[name][1], f"{name}: the manifest's sha256 is not in the lock file"


def test_flatpak_baseapp_branch_is_in_the_supported_pyside6_range() -> None:
    from packaging.requirements import Requirement

    branch = str(_manifest()["base-version"])
    for text in PYPROJECT["dependencies"]:
        requirement = Requirement(text)
        if requirement.name.lower().startswith("pyside6") and (
            requirement.marker is None or requirement.marker.evaluate({"python_version": "3.11"})
        ):
            assert requirement.specifier.contains(f"{branch}.3"), (text, branch)


def test_flatpak_sources_are_pinned_as_flathub_requires() -> None:
    """Flathub takes no `type: dir`: a git commit or an archive/file with its sha256."""
    for module in _manifest()["modules"]:
        for source in module.get("sources", []):
            kind = source["type"]
            assert kind in ("git", "archive", "file"), (module["name"], kind)
            if kind == "git":
                assert re.fullmatch(r"[0-9a-f]{40}", source.get("commit", "")), module["name"]
                assert source["url"].startswith("https://")
            else:
                assert re.fullmatch(r"[0-9a-f]{64}", source.get("sha256", "")), module["name"]
                assert source["url"].startswith("https://")
    (app_source,) = _app_module(_manifest())["sources"]
    if (ROOT / ".git").exists():  # not in an unpacked sdist
        result = _run(
            ["git", "-C", str(ROOT), "cat-file", "-e", app_source["commit"] + "^{commit}"]
        )
        assert result.returncode == 0, f"{app_source['commit']} is not a commit of this repository"


def test_flatpak_finish_args_cover_the_features_and_no_more() -> None:
    args = set(_manifest()["finish-args"])
    assert "--talk-name=org.kde.StatusNotifierWatcher" in args  # the tray
    assert "--socket=pulseaudio" in args  # sound cues
    assert not [a for a in args if a.startswith("--filesystem=") and "speech-dispatcher" not in a]
    # The screensaver and notifications go through portals, which need no permission.
    assert "--talk-name=org.freedesktop.ScreenSaver" not in args
    assert "--talk-name=org.freedesktop.Notifications" not in args
    assert not [a for a in args if a.startswith(("--socket=session-bus", "--socket=system-bus"))]
    assert "--device=all" not in args and "--share=network" not in args


def _lay_out_flatpak_app(dest: Path) -> Path:
    """Run the manifest's build-commands for BackTimer from the checkout into ``dest``."""
    env = {**os.environ, "FLATPAK_DEST": str(dest)}
    for command in _app_module(_manifest())["build-commands"]:
        subprocess.run(["sh", "-ec", command], cwd=ROOT, env=env, check=True, timeout=60)
    return dest


def _clean_env(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["BACKTIMER_DATA_DIR"] = str(tmp_path / "data")
    return env


def test_flatpak_layout_finds_resources_inside_the_installed_package(tmp_path: Path) -> None:
    app = _lay_out_flatpak_app(tmp_path / "app")
    share = app / "share" / "backtimer"
    probe = (
        "import sys, json; sys.path.insert(0, sys.argv[1]);"
        "import backtimer, backtimer.paths as p;"
        "print(json.dumps([backtimer.__file__, str(p.resource_dir()), str(p.translations_dir())]))"
    )
    result = _run([sys.executable, "-c", probe, str(share)], cwd=tmp_path, env=_clean_env(tmp_path))
    assert result.returncode == 0, result.stderr
    package, resources, translations = map(Path, json.loads(result.stdout))
    assert package.is_relative_to(share)
    assert resources == share / "backtimer" / "resources"
    assert translations == share / "backtimer" / "translations"
    assert (resources / "content" / "exercises.json").is_file()
    assert os.access(app / "bin" / "backtimer", os.X_OK)


def test_flatpak_launcher_starts_the_app(tmp_path: Path) -> None:
    app = _lay_out_flatpak_app(tmp_path / "app")
    result = _run(
        [sys.executable, str(app / "bin" / "backtimer"), "--check-startup"],
        cwd=tmp_path,
        env=_clean_env(tmp_path),
    )
    assert result.returncode == 0, result.stdout + result.stderr


# -- the wheel, installed into a fresh virtual environment -------------------------------
#
# Approach: build the wheel with `python -m build --wheel`, create a new venv without
# pip, and let the development venv's pip install the wheel into it (`pip --python`,
# `--no-deps --no-index`: nothing is downloaded). Installing PySide6 (~500 MB) again would
# take minutes, so the new venv borrows the dependencies: one .pth file in its
# site-packages holds the path of the development venv's site-packages. A plain path in
# a .pth file does not process the .pth files inside that folder, so the development
# venv's *editable* install of backtimer (which points at the checkout) stays out of
# sight, and the only backtimer the new interpreter can import is the wheel's. Every
# command runs with the temporary folder as its working directory (not the checkout).


@pytest.fixture(scope="module")
def installed_wheel(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """(wheel file, venv folder) with the wheel installed, dependencies borrowed."""
    tmp = tmp_path_factory.mktemp("wheel")
    result = _run(
        [sys.executable, "-m", "build", "--wheel", "--outdir", str(tmp / "dist"), str(ROOT)],
        cwd=tmp,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    (wheel,) = (tmp / "dist").glob("backtimer-*.whl")
    env_dir = tmp / "venv"
    venv.create(env_dir, with_pip=False)
    new_python = env_dir / "bin" / "python"
    purelib = _run(
        [str(new_python), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"]
    ).stdout.strip()
    (Path(purelib) / "_borrowed_dependencies.pth").write_text(
        sysconfig.get_path("purelib") + "\n", encoding="utf-8"
    )
    pip = [sys.executable, "-m", "pip", "--python", str(new_python)]
    result = _run([*pip, "install", "-q", "--no-deps", "--no-index", str(wheel)], cwd=tmp)
    assert result.returncode == 0, result.stdout + result.stderr
    return wheel, env_dir


def _repo_files(folder: str) -> set[str]:
    base = ROOT / folder
    return {
        str(p.relative_to(base))
        for p in base.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts
    }


@pytest.mark.slow
def test_wheel_carries_every_resource_and_translation(installed_wheel: tuple[Path, Path]) -> None:
    wheel, _ = installed_wheel
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
    for folder in ("resources", "translations"):
        files = _repo_files(folder)
        assert files, f"{folder}/ has no files"
        missing = {f for f in files if f"backtimer/{folder}/{f}" not in names}
        assert not missing, f"not in the wheel: {sorted(missing)[:10]}"


@pytest.mark.slow
def test_installed_wheel_finds_resources_inside_the_package(
    installed_wheel: tuple[Path, Path], tmp_path: Path
) -> None:
    _, env_dir = installed_wheel
    probe = (
        "import json, backtimer, backtimer.paths as p;"
        "print(json.dumps([backtimer.__file__, str(p.resource_dir()),"
        " str(p.translations_dir()), str(p.content_dir())]))"
    )
    result = _run(
        [str(env_dir / "bin" / "python"), "-c", probe], cwd=tmp_path, env=_clean_env(tmp_path)
    )
    assert result.returncode == 0, result.stderr
    package_file, resources, translations, content = map(Path, json.loads(result.stdout))
    package = package_file.parent
    assert package.is_relative_to(env_dir), f"imported {package}, not the wheel's copy"
    assert resources == package / "resources"
    assert translations == package / "translations"
    assert content == package / "resources" / "content"
    assert (content / "exercises.json").is_file()
    assert any((content / "routines").glob("*.json"))
    assert any((resources / "sounds").glob("*.wav"))
    assert any(translations.iterdir())


@pytest.mark.slow
def test_installed_wheel_command_lists_the_exercises(
    installed_wheel: tuple[Path, Path], tmp_path: Path
) -> None:
    _, env_dir = installed_wheel
    command = env_dir / "bin" / _command_name()
    result = _run([str(command), "exercises", "list"], cwd=tmp_path, env=_clean_env(tmp_path))
    assert result.returncode == 0, result.stdout + result.stderr
    catalogue = json.loads((ROOT / "resources/content/exercises.json").read_text("utf-8"))
    first = catalogue["exercises"][0]
    assert first["id"] in result.stdout or first["name"] in result.stdout, result.stdout


@pytest.mark.slow
def test_installed_wheel_puts_desktop_file_metainfo_and_icons_in_share(
    installed_wheel: tuple[Path, Path],
) -> None:
    _, env_dir = installed_wheel
    share = env_dir / "share"
    assert (share / "applications" / DESKTOP.name).read_bytes() == DESKTOP.read_bytes()
    assert (share / "metainfo" / METAINFO.name).read_bytes() == METAINFO.read_bytes()
    for size in [f"{s}x{s}" for s in ICON_SIZES] + ["scalable"]:
        ext = "svg" if size == "scalable" else "png"
        relative = Path("hicolor") / size / "apps" / f"{APP_ID}.{ext}"
        assert (share / "icons" / relative).read_bytes() == (ICONS / relative).read_bytes()
