"""The main window: composes the pages and wires them; it owns no timing and no SQL.

Pages: Player (built at once), Routines and History (built the first time they are
shown, so that start-up stays fast and pyqtgraph is not imported until needed).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtGui import (
    QAccessible,
    QAccessibleAnnouncementEvent,
    QAction,
    QCloseEvent,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QLabel,
    QMainWindow,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

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
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(_tr("Pages"))
        self.tabs.setDocumentMode(True)
        self.player = player
        self.tabs.addTab(player, _tr("&Player"))
        # No minimum size: at 150 % or 200 % text the pages scroll instead of pushing
        # controls off the screen (Tab scrolls the focused control into view).
        self.page_scroll = QScrollArea()
        self.page_scroll.setWidget(self.tabs)
        self.page_scroll.setWidgetResizable(True)
        self.page_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.setCentralWidget(self.page_scroll)
        QApplication.instance().focusChanged.connect(self._show_focus)  # type: ignore[union-attr]
        for keys, step in (
            (["Ctrl+Tab", "Ctrl+PgDown"], 1),
            (["Ctrl+Shift+Tab", "Ctrl+Backtab", "Ctrl+PgUp"], -1),
        ):
            act = QAction(_tr("Next page") if step > 0 else _tr("Previous page"), self)
            act.setShortcuts([QKeySequence(k) for k in keys])
            act.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            act.triggered.connect(lambda _=False, step=step: self.turn_page(step))
            self.addAction(act)
        self.can_close: Callable[[], bool] = lambda: True
        self.fullscreen_action = QAction(_tr("Full screen"), self)
        self.fullscreen_action.setShortcut(QKeySequence("F11"))
        self.fullscreen_action.triggered.connect(self.toggle_fullscreen)
        self.addAction(self.fullscreen_action)
        self.statusBar().setAccessibleName(_tr("Status"))
        self.statusBar().messageChanged.connect(self._on_status_message)

    def add_lazy_page(self, title: str, factory: Callable[[], QWidget]) -> LazyPage:
        page = LazyPage(factory)
        self.tabs.addTab(page, title)
        return page

    def turn_page(self, step: int) -> None:
        """Show the next (``step`` 1) or previous (-1) page, round the end."""
        n = self.tabs.count()
        self.tabs.setCurrentIndex((self.tabs.currentIndex() + step) % n)
        self.tabs.tabBar().setFocus(Qt.FocusReason.TabFocusReason)

    @Slot(QWidget, QWidget)
    def _show_focus(self, _old: QWidget | None, new: QWidget | None) -> None:
        """Scroll the focused control into view when the page is larger than the window."""
        if new is not None and self.tabs.isAncestorOf(new):
            self.page_scroll.ensureWidgetVisible(new, 8, 8)

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
            # Screen readers do not watch the status bar: say it once.
            QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(self.statusBar(), text))

    @Slot(str)
    def _on_status_message(self, text: str) -> None:
        """The message is the status bar's description: Orca reads it there."""
        self.statusBar().setAccessibleDescription(text)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.can_close():
            event.accept()
        else:
            event.ignore()
