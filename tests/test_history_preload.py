"""The History page built unseen in idle time (``App.preload_pages``): a click on its tab
then only shows it, with nothing to lay out or resize; its imports leave no source text
in memory (``source_text.sources_not_kept``)."""

from __future__ import annotations

import json
import linecache
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject

from backtimer.app import App
from backtimer.source_text import sources_not_kept


class _Resizes(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.seen = 0

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.seen += 1
        return False


def test_the_page_built_unseen_has_its_tab_size_and_is_not_resized_when_shown(
    app: App,
    qtbot,
) -> None:
    window = app.window
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    app.pages.prepare_history()
    page = app.pages.history_page
    assert page is not None and not page.isVisible()
    assert page.size() == window.tabs.currentWidget().size()
    sizes = page.splitter.sizes()
    assert abs(sizes[0] - sizes[1]) <= 1  # split in halves already
    resizes = _Resizes()
    page.charts.installEventFilter(resizes)
    tabs = window.tabs
    tabs.setCurrentIndex(next(i for i in range(tabs.count()) if "History" in tabs.tabText(i)))
    qtbot.waitUntil(page.charts.isVisible)
    assert resizes.seen == 0
    assert page.splitter.sizes() == sizes


def test_modules_imported_while_sources_are_not_kept_leave_no_source_text(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    kept, unkept = (f"bt_{tmp_path.name}_{what}".replace("-", "_") for what in ("kept", "unkept"))
    for name in (kept, unkept):
        (tmp_path / f"{name}.py").write_text("VALUE = 1\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    cache = linecache.cache
    try:
        __import__(kept)  # as an import statement does (importlib.import_module does not)
        # What PySide6 does to every module imported after it: the check can fail.
        assert str(tmp_path / f"{kept}.py") in linecache.cache
        with sources_not_kept():
            __import__(unkept)
            assert linecache.getline(str(tmp_path / f"{kept}.py"), 1) == "VALUE = 1\n"
        assert str(tmp_path / f"{unkept}.py") not in linecache.cache
        assert linecache.cache is cache
        assert linecache.getline(str(tmp_path / f"{unkept}.py"), 1) == "VALUE = 1\n"
    finally:
        for name in (kept, unkept):
            sys.modules.pop(name, None)
            linecache.cache.pop(str(tmp_path / f"{name}.py"), None)


# In a fresh interpreter (pyqtgraph is imported once per process): build and paint the
# History page, its imports inside sources_not_kept() or not; count the source files of
# numpy and pyqtgraph left in linecache.
BUILD_THE_PAGE = """
import json, linecache, sys
from contextlib import nullcontext
from pathlib import Path
from PySide6.QtWidgets import QApplication
from backtimer.store.db import open_database
from backtimer.store.history import HistoryStore
from backtimer.source_text import sources_not_kept

app = QApplication(sys.argv[:1])
with sources_not_kept() if sys.argv[2] == "unkept" else nullcontext():
    from backtimer.ui.history.page import HistoryPage
page = HistoryPage(HistoryStore(open_database(Path(sys.argv[1]))))
page.refresh()
page.resize(1280, 760)
image = page.grab().toImage()
print(json.dumps({
    "sources": sum("pyqtgraph" in name or "numpy" in name for name in linecache.cache),
    "painted": len({image.pixel(x, y) for x in range(0, 1280, 16) for y in (200, 500)}) > 2,
}))
"""


def _build_the_page(tmp_path: Path, how: str) -> dict[str, object]:
    out = subprocess.run(
        [sys.executable, "-c", BUILD_THE_PAGE, str(tmp_path / f"{how}.sqlite3"), how],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    result: dict[str, object] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def test_the_history_page_built_with_its_sources_not_kept_works_and_keeps_none(
    tmp_path: Path,
) -> None:
    assert _build_the_page(tmp_path, "unkept") == {"sources": 0, "painted": True}
    # The same build without sources_not_kept(): the check above can fail.
    plain = _build_the_page(tmp_path, "plain")
    assert isinstance(plain["sources"], int) and plain["sources"] > 50


def test_the_source_text_of_the_start_up_imports_is_dropped_before_the_preload(
    app: App,
) -> None:
    """Dropped even when a session runs (the preload waits), so that the session and the
    page reuse that memory."""
    linecache.cache["<start-up import>"] = (9, None, ["VALUE = 1\n"], "<start-up import>")
    app.pages.prepare_history_soon(busy=lambda: True)
    assert "<start-up import>" not in linecache.cache


def test_sources_come_through_a_loader_while_none_are_kept() -> None:
    """In a frozen app (PyInstaller) a module has no file on disk: linecache asks its
    loader, storing a lazy entry it reads back at once."""
    import linecache

    from backtimer.source_text import sources_not_kept

    class Loader:
        def get_source(self, name: str) -> str:
            return "x = 1\ny = 2\n"

    where = {"__name__": "frozen_module", "__loader__": Loader()}
    with sources_not_kept():
        lines = linecache.getlines("/nowhere/frozen_module.py", where)
        other = linecache.getlines(__file__)
        assert len(linecache.cache) <= 1  # the last file read, no more
    assert lines == ["x = 1\n", "y = 2\n"]
    assert other  # a file on disk is read as before
