"""The source distribution passes its own tests, as Debian and Fedora run them.

Build the sdist with ``python -m build --sdist``, unpack it into a temporary folder and
run pytest there on modules that read the repository's files (content, docs, tools,
translations, packaging) and on the core. The development venv's interpreter runs it,
so the dependencies are at hand, but ``backtimer`` must come from the unpacked sdist,
not from the editable install that points at the checkout.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.slow

# Modules that read files outside backtimer/ (content, docs, tools, translations,
# packaging) and a sample of the rest.
REPRESENTATIVE = [
    "tests/test_content.py",
    "tests/test_content_refusals.py",
    "tests/test_packaging.py",
    "tests/test_sounds.py",
    "tests/test_translations.py",
    "tests/test_illustrations.py",
    "tests/test_core_no_qt.py",
    "tests/test_formatting.py",
    "tests/test_routine_io.py",
    "tests/test_engine.py",
]


@pytest.fixture(scope="module")
def unpacked(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("sdist")
    result = subprocess.run(
        [sys.executable, "-m", "build", "--sdist", "--outdir", str(tmp), str(ROOT)],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    (archive,) = tmp.glob("backtimer-*.tar.gz")
    with tarfile.open(archive) as tar:
        tar.extractall(tmp / "src", filter="data")
    (folder,) = (tmp / "src").iterdir()
    return folder


def _env(folder: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["BACKTIMER_DATA_DIR"] = str(folder.parent / "data")
    return env


def test_sdist_imports_its_own_package(unpacked: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-c", "import backtimer; print(backtimer.__file__)"],
        cwd=unpacked,
        env=_env(unpacked),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert Path(result.stdout.strip()).is_relative_to(unpacked)


def test_sdist_passes_its_own_tests(unpacked: Path) -> None:
    present = [m for m in REPRESENTATIVE if (ROOT / m).is_file()]
    assert len(present) >= 5
    missing = [m for m in present if not (unpacked / m).is_file()]
    assert not missing, f"not in the sdist: {missing}"
    pytest_cmd = [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-q"]
    result = subprocess.run(
        [*pytest_cmd, "-m", "not slow", *present],
        cwd=unpacked,
        env=_env(unpacked),
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    tail = result.stdout[-4000:] + result.stderr[-2000:]
    assert result.returncode == 0, tail
    assert " passed" in result.stdout.splitlines()[-1], tail
