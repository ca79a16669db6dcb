"""``backtimer sync``: one sync round with the sync folder, from the command line.

The folder is the "Sync folder" setting, or ``--folder``. Prints what the round did
(``--json`` for scripts); the window, if it runs, picks the changes up by itself.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TextIO

from backtimer import paths

JSON_VERSION = 1


def add_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("sync", help="merge this computer's history with the sync folder once")
    p.add_argument("--folder", type=Path, help="the sync folder (default: the setting)")
    p.add_argument("--json", action="store_true", help="print the outcome as JSON")


def folder_setting(data_dir: str | None) -> str:
    from backtimer.settings import SYNC_FOLDER, Settings

    return Settings.in_dir(paths.config_dir(data_dir)).get(SYNC_FOLDER)


def run(args: argparse.Namespace, db: object, known: frozenset[str], out: TextIO) -> None:
    """Raises ValueError with a sentence when there is no usable folder."""
    from backtimer.store.sync import SyncFolderRefused, describe, sync_once

    folder = args.folder or (Path(s) if (s := folder_setting(args.data_dir)) else None)
    if folder is None:
        raise ValueError("no sync folder: set one in Settings or pass --folder DIR")
    try:
        result = sync_once(db, folder.expanduser(), known)  # type: ignore[arg-type]
    except SyncFolderRefused as exc:
        raise ValueError(str(exc)) from None
    if args.json:
        json.dump({"version": JSON_VERSION, **describe(result)}, out)
        out.write("\n")
        return
    out.write(
        f"synced with {folder}: {result.sessions_added} sessions and "
        f"{result.routines_changed} routines came in from {result.devices} other computers"
        + (f"; {result.conflicts} conflicting edits kept as copies" if result.conflicts else "")
        + "\n"
    )
    for notice in result.notices:
        out.write(notice.text + "\n")
