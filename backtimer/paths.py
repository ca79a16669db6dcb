"""Where things are: bundled resources, and the per-user data directory.

Resources: a wheel (and a PyInstaller bundle) carries ``resources/`` and
``translations/`` inside the package as ``backtimer/resources`` and
``backtimer/translations``. A source checkout or editable install keeps them at the top
of the repository. :func:`resource_dir` looks in the package first, then in the
checkout: that is the one place this is decided.

Nothing here touches the disk at import time.
"""

from __future__ import annotations

import os
from pathlib import Path

from backtimer import APP_NAME

_PACKAGE = Path(__file__).resolve().parent
DATA_DIR_ENV = "BACKTIMER_DATA_DIR"
DB_NAME = "backtimer.sqlite3"  # the history and custom routines, in the data directory


def _bundled(name: str) -> Path:
    inside = _PACKAGE / name
    if inside.is_dir():
        return inside
    checkout = _PACKAGE.parent / name
    if checkout.is_dir():
        return checkout
    raise FileNotFoundError(
        f"BackTimer's {name}/ folder is missing (looked in {inside} and {checkout})"
    )


def resource_dir() -> Path:
    return _bundled("resources")


def translations_dir() -> Path:
    return _bundled("translations")


def content_dir() -> Path:
    return resource_dir() / "content"


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The per-user data directory: ``--data-dir``, else ``$BACKTIMER_DATA_DIR``, else platformdirs.

    Not created here; the store creates it when it opens.
    """
    if override:
        return Path(override).expanduser()
    env = os.environ.get(DATA_DIR_ENV)
    if env:
        return Path(env).expanduser()
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def config_dir(data_dir_override: str | os.PathLike[str] | None = None) -> Path:
    """Settings live beside the data when the data directory is overridden."""
    if data_dir_override or os.environ.get(DATA_DIR_ENV):
        return data_dir(data_dir_override)
    import platformdirs

    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))
