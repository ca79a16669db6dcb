"""The main window: the pages, the application menu and the close hooks; it owns no
timing and no SQL.

Pages: Player (built at once), Routines and History (built the first time they are
shown, so that start-up stays fast and pyqtgraph is not imported until needed).
The application menu (the button at the right of the tabs) holds Settings, Reminders,
the keys, the safety rules, About and Quit; the actions are public (``*_action``) and
the application connects them.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMenu,
    QTabWidget,
    QToolButton,
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
    """``can_close()`` is asked before closing (False keeps the window open);
    ``hide_on_close()`` True hides the window (in the tray) instead of closing it.

    Signals: hidden_on_close(): the window was hidden instead of closed.
    """

    hidden_on_close = Signal()

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
        self.hide_on_close: Callable[[], bool] = lambda: False
        self.fullscreen_action = QAction(_tr("Full screen"), self)
        self.fullscreen_action.setShortcut(QKeySequence("F11"))
        self.fullscreen_action.triggered.connect(self.toggle_fullscreen)
        self.addAction(self.fullscreen_action)
        self.statusBar().setAccessibleName(_tr("Status"))
        self._build_menu()

    def _action(self, text: str, tip: str, *keys: QKeySequence) -> QAction:
        action = QAction(text, self)
        action.setShortcuts(list(keys))
        action.setStatusTip(tip)
        action.setToolTip(tip)
        self.addAction(action)  # its shortcut works whichever page is shown
        return action

    def _build_menu(self) -> None:
        key = QKeySequence
        self.settings_action = self._action(
            _tr("&Settings…"),
            _tr("Open the settings"),
            key(key.StandardKey.Preferences),
            key("Ctrl+,"),
        )
        self.reminders_action = self._action(
            _tr("&Reminders…"), _tr("Choose when BackTimer reminds you")
        )
        self.safety_action = self._action(_tr("Sa&fety rules"), _tr("Read the safety rules again"))
        self.about_action = self._action(
            _tr("&About BackTimer"), _tr("Version, licence and sources")
        )
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.quit_action = self._action(_tr("&Quit"), _tr("Close BackTimer"), key("Ctrl+Q"))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.app_menu = QMenu(_tr("Menu"), self)
        self.app_menu.setAccessibleName(_tr("Application menu"))
        self.app_menu.addActions([self.settings_action, self.reminders_action])
        self.app_menu.addSeparator()
        self.help_separator = self.app_menu.addSeparator()  # the keys go before it
        self.app_menu.addActions([self.safety_action, self.about_action])
        self.app_menu.addSeparator()
        self.app_menu.addAction(self.quit_action)
        self.menu_button = QToolButton()
        self.menu_button.setText(_tr("Menu"))
        self.menu_button.setAccessibleName(_tr("Application menu"))
        self.menu_button.setToolTip(_tr("Settings, reminders, help and quit"))
        self.menu_button.setMenu(self.app_menu)
        self.menu_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.tabs.setCornerWidget(self.menu_button)

    def add_help_action(self, action: QAction) -> None:
        """Show ``action`` (the keys overlay, F1) in the menu's help part."""
        self.app_menu.insertAction(self.help_separator, action)

    @Slot()
    def bring_to_front(self) -> None:
        self.showNormal() if self.isMinimized() else self.show()
        self.raise_()
        self.activateWindow()

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
        if self.hide_on_close():
            event.ignore()
            self.hide()
            self.hidden_on_close.emit()
        elif self.can_close():
            event.accept()
        else:
            event.ignore()
