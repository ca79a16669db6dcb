"""A person's own picture for a custom exercise, kept in the data directory.

:func:`import_picture` copies the file into ``<data dir>/pictures/`` under a name made
from its content (so importing the same picture twice stores it once, and moving or
deleting the original breaks nothing) and returns that name, which the exercise keeps
in its ``picture`` field. ``"figure:<exercise id>"`` in that field names one of the
built-in figures instead.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from backtimer.digest import sha256_hex

PICTURE_DIR = "pictures"
SUFFIXES = (".png", ".jpg", ".jpeg", ".svg", ".gif")
MAX_BYTES = 20 * 1024 * 1024
FIGURE_PREFIX = "figure:"


def figure_ref(picture: str | None) -> str | None:
    """The built-in figure a ``picture`` field names, if it names one."""
    if picture and picture.startswith(FIGURE_PREFIX):
        return picture[len(FIGURE_PREFIX) :] or None
    return None


def _readable(data: bytes, suffix: str) -> bool:
    """Whether Qt can decode the picture (an image format, or an SVG)."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    if suffix == ".svg":
        from PySide6.QtSvg import QSvgRenderer

        return QSvgRenderer(QByteArray(data)).isValid()
    from PySide6.QtGui import QImageReader

    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    ok = reader.canRead() and not reader.read().isNull()
    buffer.close()
    return ok


class PictureRefused(ValueError):
    """A picture BackTimer will not take. ``kind`` ("type", "missing", "not_a_file",
    "too_large", "unreadable") and ``name`` (the file's) let a window say it in the
    person's language."""

    def __init__(self, message: str, kind: str, name: str) -> None:
        super().__init__(message)
        self.kind = kind
        self.name = name


def import_picture(src: Path, data_dir: Path) -> str:
    """Copy ``src`` into the data directory; return the stored file name.

    Raises :class:`PictureRefused`, a ValueError with a message to show the person, for a
    type other than PNG, JPEG, SVG or GIF, a file over 20 MB, or a file Qt cannot read;
    OSError when the picture cannot be written.
    """
    suffix = src.suffix.lower()
    if suffix not in SUFFIXES:
        raise PictureRefused(
            f"{src.name}: pictures can be PNG, JPEG, SVG or GIF files, not {suffix or 'this type'}",
            "type", src.name,
        )  # fmt: skip
    from backtimer.core.fields import ContentError
    from backtimer.core.untrusted import read_regular_file

    try:  # only a regular file, and never more than the limit (a FIFO or /dev/zero)
        data = read_regular_file(src, MAX_BYTES, "picture")
    except ContentError as exc:
        raise PictureRefused(f"{src.name} {exc.first.message}", exc.first.kind, src.name) from None
    if not data or not _readable(data, suffix):
        raise PictureRefused(
            f"{src.name} could not be read as a {suffix[1:].upper()} picture",
            "unreadable", src.name,
        )  # fmt: skip
    name = sha256_hex(data)[:24] + suffix
    folder = data_dir / PICTURE_DIR
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / name
    if not target.exists():
        fd, tmp = tempfile.mkstemp(dir=folder, suffix=".part")
        try:
            with os.fdopen(fd, "wb") as out:
                out.write(data)
            os.replace(tmp, target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    return name


def picture_path(name: str, data_dir: Path) -> Path:
    """Where a stored picture is. Refuses names that would leave the picture folder."""
    if not name or Path(name).name != name or name.startswith("."):
        raise ValueError(f"not a stored picture name: {name!r}")
    return data_dir / PICTURE_DIR / name
