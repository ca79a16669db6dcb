"""Shared test set-up. Qt needs a platform: offscreen unless the caller chose one.

Slow tests: ``./dev test`` runs the fast ones (``-m "not slow"``, on every core), and
``./dev test-slow`` the slow ones (``-m slow``, one at a time); CI runs both. A test is
slow when it takes more than about a second and a half on a quiet two-core machine
(``pytest --durations=0`` says which); marked with ``@pytest.mark.slow``, or here: every
test that starts a real X server (marked ``xvfb``) and every benchmark file.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Keep every test away from the real user's data and settings.
os.environ.pop("BACKTIMER_DATA_DIR", None)

pytest_plugins = ["tests.player_fixtures"]

BENCHMARKS = Path(__file__).resolve().parent / "benchmarks"


@pytest.hookimpl(tryfirst=True)  # before -m selects by marker
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if item.get_closest_marker("xvfb") or BENCHMARKS in item.path.parents:
            item.add_marker(pytest.mark.slow)
