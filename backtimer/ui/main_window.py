"""The main window: composes the pages and wires them; it owns no timing and no SQL.

Pages: Player (built at once), Routines and History (built the first time they are
shown, so that start-up stays fast and pyqtgraph is not imported until needed).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QTabWidget, QVBoxLayout, QWidget

from backtimer import APP_NAME


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


class LazyPage(QWidget):
    """A placeholder that builds its real page on first show."""

    built = Signal(QWidget)

    def __init__(self, factory: Callable[[], QWidget], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._factory = factory
        self.page: QWidget | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def ensure(self) -> QWidget:
        if self.page is None:
            try:
                self.page = self._factory()
            except Exception as exc:  # a page that cannot be built must not take the app down
                self.page = QLabel(_tr("This page could not be opened: {error}").format(error=exc))
            self._layout.addWidget(self.page)
            self.built.emit(self.page)
        return self.page

    def showEvent(self, event: object) -> None:
        self.ensure()
        super().showEvent(event)  # type: ignore[arg-type]


class MainWindow(QMainWindow):
    """Signals: close_requested_while_running: emitted when closing is refused."""

    def __init__(self, player: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(APP_NAME)
        self.setMinimumSize(960, 560)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(_tr("Pages"))
        self.tabs.setDocumentMode(True)
        self.player = player
        self.tabs.addTab(player, _tr("&Player"))
        self.setCentralWidget(self.tabs)
        self.can_close: Callable[[], bool] = lambda: True
        self.fullscreen_action = QAction(_tr("Full screen"), self)
        self.fullscreen_action.setShortcut(QKeySequence("F11"))
        self.fullscreen_action.triggered.connect(self.toggle_fullscreen)
        self.addAction(self.fullscreen_action)
        self.statusBar().setAccessibleName(_tr("Status"))

    def add_lazy_page(self, title: str, factory: Callable[[], QWidget]) -> LazyPage:
        page = LazyPage(factory)
        self.tabs.addTab(page, title)
        return page

    @Slot()
    def toggle_fullscreen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()

    @Slot(str)
    def show_message(self, text: str) -> None:
        if text:
            self.statusBar().showMessage(text, 6000)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.can_close():
            event.accept()
        else:
            event.ignore()
