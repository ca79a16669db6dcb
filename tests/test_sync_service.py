"""The window's side of sync: rounds off the UI thread, the setting, and what the person sees."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from backtimer.app import App
from backtimer.settings import SYNC_FOLDER
from backtimer.store.db import open_database
from backtimer.store.history import HistoryStore
from backtimer.store.sync import SyncResult, sync_once
from backtimer.ui.settings_dialog import SettingsDialog
from backtimer.ui.sync_service import SyncService
from tests.helpers.store_data import run_session

T0 = datetime(2026, 11, 2, 8, 0, tzinfo=UTC)


def other_computer(root: Path, folder: Path) -> str:
    """A second computer that recorded one session and synced it into ``folder``."""
    db = open_database(root / "other" / "backtimer.sqlite3")
    run_session(HistoryStore(db), T0)
    uuid = HistoryStore(db).sessions(1)[0].uuid
    sync_once(db, folder, set())
    db.close()
    return uuid


def test_a_round_runs_on_a_worker_and_reports(qtbot, tmp_path: Path) -> None:
    folder = tmp_path / "Sync"
    folder.mkdir()
    uuid = other_computer(tmp_path, folder)
    db = open_database(tmp_path / "here" / "backtimer.sqlite3")
    service = SyncService(db.path, set(), debounce_ms=0)
    with qtbot.waitSignal(service.synced, timeout=10_000) as got:
        service.set_folder(str(folder))
    result: SyncResult = got.args[0]
    assert result.sessions_added == 1 and result.devices == 1 and result.wrote
    assert [s.uuid for s in HistoryStore(db).sessions(5)] == [
        uuid
    ]  # seen by the window's own connection
    service.close()
    db.close()


def test_an_unusable_folder_is_reported_not_raised(qtbot, tmp_path: Path) -> None:
    db = open_database(tmp_path / "backtimer.sqlite3")
    service = SyncService(db.path, set(), debounce_ms=0)
    with qtbot.waitSignal(service.failed, timeout=10_000) as got:
        service.set_folder(str(tmp_path))  # the data folder itself
    assert "damage" in got.args[0]
    service.set_folder("")
    assert service.folder is None
    service.close()
    db.close()


def test_settings_dialog_refuses_the_data_folder_and_keeps_a_good_one(
    qtbot, app: App, tmp_path_factory: pytest.TempPathFactory
) -> None:
    dialog = SettingsDialog(app.settings, data_dir=app.data_dir)
    qtbot.addWidget(dialog)
    assert dialog.sync is not None
    dialog.sync.folder.setText(str(app.data_dir / "inside"))
    (app.data_dir / "inside").mkdir()
    dialog.accept()
    assert dialog.isVisible() or dialog.result() != dialog.DialogCode.Accepted
    assert "damage" in dialog.sync.error.text()
    assert app.settings.get(SYNC_FOLDER) == ""
    good = tmp_path_factory.mktemp("Sync")
    dialog.sync.folder.setText(str(good))
    with qtbot.waitSignal(dialog.changed, timeout=1000) as got:
        dialog.accept()
    assert SYNC_FOLDER.key in got.args[0]
    assert app.settings.get(SYNC_FOLDER) == str(good)


def test_the_window_takes_in_another_computers_session(
    qtbot, app: App, tmp_path_factory: pytest.TempPathFactory
) -> None:
    folder = tmp_path_factory.mktemp("Sync")
    uuid = other_computer(tmp_path_factory.mktemp("elsewhere"), folder)
    app.settings.set(SYNC_FOLDER, str(folder))
    messages: list[str] = []
    app.window.statusBar().messageChanged.connect(lambda m: m and messages.append(m))
    app.start_sync()
    qtbot.waitUntil(lambda: any("came in" in m for m in messages), timeout=10_000)
    assert uuid in {s.uuid for s in app.history.sessions(10)}
    # Turning it off in the settings stops it.
    app.settings.set(SYNC_FOLDER, "")
    app.settings_ui.apply({SYNC_FOLDER.key})
    assert app.sync.service is not None and app.sync.service.folder is None


def test_an_unchanged_folder_costs_no_round(qtbot, tmp_path: Path) -> None:
    folder = tmp_path / "Sync"
    folder.mkdir()
    db = open_database(tmp_path / "here" / "backtimer.sqlite3")
    service = SyncService(db.path, set(), debounce_ms=0)
    with qtbot.waitSignal(service.synced, timeout=10_000):
        service.set_folder(str(folder))
    assert service.rounds == 1
    service.check_folder()  # what the watcher and the minute timer do
    assert not service.pending  # no round asked for: the folder is as the round left it
    assert service.rounds == 1
    with qtbot.waitSignal(service.synced, timeout=10_000) as got:
        other_computer(tmp_path, folder)  # another computer's journal arrives
        service.check_folder()
    assert got.args[0].sessions_added == 1 and service.rounds == 2
    service.close()
    db.close()
