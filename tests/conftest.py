"""Shared test set-up. Qt needs a platform: offscreen unless the caller chose one."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Keep every test away from the real user's data and settings.
os.environ.pop("BACKTIMER_DATA_DIR", None)

pytest_plugins = ["tests.player_fixtures"]
