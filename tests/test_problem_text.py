"""The "Import refused" dialog's problem list in the user's language."""

from __future__ import annotations

import errno
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from backtimer import i18n, paths
from backtimer.core.fields import ContentError, Problem
from backtimer.ui.problem_text import (
    data_problem,
    error_text,
    os_error,
    os_reason,
    refused_text,
)

PROBLEMS = [
    Problem(
        "item 3, field `seconds`", "is 900; it must be at most 600", "range", "item", 3, "seconds"
    ),
    Problem("", "the file must hold a JSON object", "type"),
]


@pytest.fixture
def german(qapp: Any) -> Iterator[None]:
    loaded = i18n.install_translators(qapp, "de", paths.translations_dir())
    yield
    i18n.remove_translators(qapp, loaded)


def test_german_lists_the_problems_in_german(german: None) -> None:
    text = refused_text(ContentError("a.backtimer.json", PROBLEMS))
    assert text.splitlines() == [
        "a.backtimer.json wurde abgelehnt; nichts wurde importiert:",
        "  Eintrag 3, Feld „seconds“: liegt außerhalb des erlaubten Bereichs",
        "  die Datei: hat den falschen Typ",
    ]


def test_english_keeps_the_precise_message(qapp: Any) -> None:
    loaded = i18n.install_translators(qapp, "en", paths.translations_dir())
    try:
        text = refused_text(ContentError("a.backtimer.json", PROBLEMS))
    finally:
        i18n.remove_translators(qapp, loaded)
    assert "item 3, field `seconds`: is 900; it must be at most 600" in text


def test_system_errors_in_status_messages_are_german(german: None, tmp_path: Path) -> None:
    """What the status bar and message boxes append to "could not be saved: …"."""
    full = OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(tmp_path / "a.pdf"))
    assert os_error(full) == f"{tmp_path / 'a.pdf'}: der Datenträger ist voll"
    assert os_reason(PermissionError(errno.EACCES, "Permission denied")) == "keine Berechtigung"
    # A rare error keeps the system's own words rather than saying nothing.
    assert os_reason(OSError(errno.ENAMETOOLONG, "File name too long")) == "File name too long"
    # SQLite's errors, from a real data file that another connection holds.
    path = tmp_path / "data.sqlite3"
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("CREATE TABLE t (x)")
    holder.execute("BEGIN EXCLUSIVE")
    other = sqlite3.connect(path, timeout=0)
    with pytest.raises(sqlite3.OperationalError) as caught:
        other.execute("SELECT * FROM t")
    assert error_text(caught.value) == "ein anderes Programm verwendet die Datendatei"
    other.close()
    holder.close()


def test_sync_refusals_are_sentences_in_german(german: None, tmp_path: Path) -> None:
    from backtimer.store.sync import SyncFolderRefused, check_folder
    from backtimer.ui.sync_service import refused_sentence

    missing = tmp_path / "nowhere"
    with pytest.raises(SyncFolderRefused) as caught:
        check_folder(missing, tmp_path / "data")
    assert refused_sentence(caught.value, missing) == (
        f"Die Synchronisierung kann {missing} nicht verwenden: Es ist kein Ordner oder "
        "existiert nicht."
    )


def test_a_taken_routine_name_is_said_in_german(german: None) -> None:
    from backtimer.store.routines import RoutineNameTaken

    assert error_text(RoutineNameTaken("Abends")) == (
        "Es gibt schon eine Routine namens „Abends“; wählen Sie einen anderen Namen."
    )


def test_data_file_problems_are_said_in_german(german: None, tmp_path: Path) -> None:
    from backtimer.store.db import StoreError, check_data_place

    path = tmp_path / "nowhere" / "data.sqlite3"
    with pytest.raises(sqlite3.OperationalError) as caught:
        sqlite3.connect(path)  # its folder does not exist: SQLite's CANTOPEN
    assert data_problem(caught.value, path) == (
        f"BackTimer kann die Datendatei {path} nicht öffnen: Ihr Ordner muss existieren "
        "und beschreibbar sein."
    )
    (tmp_path / "file").write_text("not a folder")
    with pytest.raises(StoreError) as refused:
        check_data_place(tmp_path / "file" / "data.sqlite3")
    assert data_problem(refused.value, tmp_path / "file" / "data.sqlite3") == (
        f"Der Datenordner {tmp_path / 'file'} ist eine Datei, kein Ordner."
    )
    # A problem without a kind keeps the store's own sentence.
    assert data_problem(StoreError("The data file lacks a table."), path) == (
        "The data file lacks a table."
    )


def test_a_refused_picture_is_said_in_german(german: None, tmp_path: Path) -> None:
    from backtimer.illustration.pictures import PictureRefused, import_picture

    broken = tmp_path / "foto.png"
    broken.write_bytes(b"not a PNG at all")
    with pytest.raises(PictureRefused) as caught:
        import_picture(broken, tmp_path / "data")
    assert error_text(caught.value) == "foto.png konnte nicht als Bild gelesen werden."
    with pytest.raises(PictureRefused) as caught:
        import_picture(tmp_path, tmp_path / "data")  # a folder, not a file
    assert caught.value.kind == "type"  # no suffix
    folder = tmp_path / "ordner.png"
    folder.mkdir()
    with pytest.raises(PictureRefused) as caught:
        import_picture(folder, tmp_path / "data")
    assert error_text(caught.value) == "ordner.png ist keine gewöhnliche Datei."
