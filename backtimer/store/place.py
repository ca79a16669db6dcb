"""Whether a data folder can be used at all, checked before the window opens.

Kept apart from :mod:`backtimer.store.db` (which brings sqlite3) so that the launcher can
check the folder on the way to the window's first paint; ``db`` re-exports both names.
"""

from __future__ import annotations

import os
from pathlib import Path


class StoreError(RuntimeError):
    """The data file cannot be used; the message says why and what to do.

    ``kind`` names the problem for a window that says it in the person's language
    (ui/problem_text.py), with ``place`` (the file or folder) and ``cause`` (the
    operating system's error, if any); ``kind`` is "" where the message is all there is.
    """

    def __init__(
        self, message: str, kind: str = "", place: Path | str = "",
        cause: BaseException | None = None,
    ) -> None:  # fmt: skip
        super().__init__(message)
        self.kind = kind
        self.place = str(place)
        self.cause = cause


def check_data_place(path: Path) -> None:
    """Refuse, with a sentence, a data folder or file BackTimer cannot use at all."""
    folder = path.parent
    if folder.exists() and not folder.is_dir():
        raise StoreError(
            f"The data folder {folder} is a file, not a folder.", "folder_is_file", folder
        )
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(
            f"Cannot create the data folder {folder}: {exc.strerror}.", "no_folder", folder, exc
        ) from None
    if path.is_symlink() and not path.exists():
        raise StoreError(
            f"The data file {path} is a link to {os.readlink(path)}, which does not exist.",
            "dangling_link", path,
        )  # fmt: skip
    if path.exists() and not path.is_file():
        raise StoreError(f"The data file {path} is not a regular file.", "not_a_file", path)
    if not os.access(folder, os.W_OK | os.X_OK):
        raise StoreError(
            f"BackTimer may not write in the data folder {folder}.", "folder_read_only", folder
        )
