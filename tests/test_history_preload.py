"""The History page built unseen in idle time (``App.preload_pages``): a click on its tab
then only shows it, with nothing to lay out or resize."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject

from backtimer.app import App


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
