"""The main window: the pages, the application menu and the close hooks; it owns no
timing and no SQL.

The window is shown first with an empty Player page (its first paint needs no more than
this module, which leaves Qt's ``Qt`` namespace alone: building its enums takes some
18 ms); the player's view is put in right after (:meth:`MainWindow.set_player`).

Pages: Player (put in after the first paint), Routines and History (built the first time they are
shown, so that start-up stays fast and pyqtgraph is not imported until needed).
The application menu (the button at the right of the tabs) holds Settings, Reminders,
the keys, the safety rules, About and Quit; the actions are public (``*_action``) and
the application connects them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal, Slot
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QLabel,
    QMainWindow,
    QMenu,
    QScrollArea,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from backtimer import APP_NAME

if TYPE_CHECKING:
    from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShowEvent


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

    def __init__(self, player: QWidget | None = None, parent: QWidget | None = None) -> None:
        """``player``: the Player page; None: an empty page until :meth:`set_player`."""
        super().__init__(parent)
        self.setWindowTitle(APP_NAME)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(_tr("Pages"))
        self.tabs.setDocumentMode(True)
        self.player = QWidget()
        self.tabs.addTab(self.player, _tr("&Player"))
        # No minimum size: at 150 % or 200 % text the pages scroll instead of pushing
        # controls off the screen (Tab scrolls the focused control into view).
        self.page_scroll = QScrollArea()
        self.page_scroll.setWidget(self.tabs)
        # (made resizable when first shown: a hidden window keeps its pages' own sizes)
        self.page_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.setCentralWidget(self.page_scroll)
        QApplication.instance().focusChanged.connect(self._show_focus)  # type: ignore[union-attr]
        self.can_close: Callable[[], bool] = lambda: True
        self.hide_on_close: Callable[[], bool] = lambda: False
        self.statusBar().setAccessibleName(_tr("Status"))
        self.statusBar().messageChanged.connect(self._on_status_message)
        self.app_menu = QMenu(_tr("Menu"), self)  # (filled with the actions by set_player)
        self.app_menu.setAccessibleName(_tr("Application menu"))
        self.menu_button = QToolButton()
        self.menu_button.setText(_tr("Menu"))
        self.menu_button.setAccessibleName(_tr("Application menu"))
        self.menu_button.setToolTip(_tr("Settings, reminders, help and quit"))
        self.menu_button.setMenu(self.app_menu)
        self.menu_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.tabs.setCornerWidget(self.menu_button)
        if player is not None:
            self.set_player(player)

    def set_player(self, player: QWidget) -> None:
        """Put the player's view in the Player page (in place of the empty one), and
        make the window's actions and keys (not needed for the first paint: QAction and
        QKeySequence cost some 8 ms to bring in)."""
        from PySide6.QtCore import Qt

        self.page_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # not a Tab stop of its own
        if self.page_scroll.hasFocus():  # (it had taken it at the first show): the tabs,
            self.tabs.tabBar().setFocus()  # where the window starts when built at once
        shown = self.tabs.currentIndex() == 0
        empty, self.player = self.player, player
        self.tabs.insertTab(0, player, self.tabs.tabText(0))
        self.tabs.removeTab(1)
        empty.deleteLater()
        if shown:
            self.tabs.setCurrentIndex(0)
        if not hasattr(self, "fullscreen_action"):
            self._build_actions()

    def _build_actions(self) -> None:
        from PySide6.QtGui import QAction, QKeySequence

        for keys, step in (
            (["Ctrl+Tab", "Ctrl+PgDown"], 1),
            (["Ctrl+Shift+Tab", "Ctrl+Backtab", "Ctrl+PgUp"], -1),
        ):
            act = QAction(_tr("Next page") if step > 0 else _tr("Previous page"), self)
            act.setShortcuts([QKeySequence(k) for k in keys])  # (a window shortcut)
            act.triggered.connect(lambda _=False, step=step: self.turn_page(step))
            self.addAction(act)
        self.fullscreen_action = QAction(_tr("Full screen"), self)
        self.fullscreen_action.setShortcuts([QKeySequence("F11")])  # (setShortcut builds Qt.*)
        self.fullscreen_action.triggered.connect(self.toggle_fullscreen)
        self.addAction(self.fullscreen_action)
        self._build_menu()

    def _action(self, text: str, tip: str, *keys: QKeySequence) -> QAction:
        from PySide6.QtGui import QAction

        action = QAction(text, self)
        action.setShortcuts(list(keys))
        action.setStatusTip(tip)
        action.setToolTip(tip)
        self.addAction(action)  # its shortcut works whichever page is shown
        return action

    def _build_menu(self) -> None:
        from PySide6.QtGui import QAction, QKeySequence

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
        self.app_menu.addActions([self.settings_action, self.reminders_action])
        self.app_menu.addSeparator()
        self.help_separator = self.app_menu.addSeparator()  # the keys go before it
        self.app_menu.addActions([self.safety_action, self.about_action])
        self.app_menu.addSeparator()
        self.app_menu.addAction(self.quit_action)

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

    def resize_within_screen(self, width: int, height: int) -> None:
        """Take ``width`` x ``height``, or less where the screen (at a large text scale,
        in logical pixels) is smaller; the pages scroll what does not fit."""
        screen = self.screen()
        if screen is not None:
            room = screen.availableGeometry()
            # Before the first show the window manager's frame is not known: allow for one.
            width = min(width, room.width() - 16)
            height = min(height, room.height() - 48)
        self.resize(width, height)

    def turn_page(self, step: int) -> None:
        """Show the next (``step`` 1) or previous (-1) page, round the end."""
        n = self.tabs.count()
        from PySide6.QtCore import Qt

        self.tabs.setCurrentIndex((self.tabs.currentIndex() + step) % n)
        self.tabs.tabBar().setFocus(Qt.FocusReason.TabFocusReason)

    @Slot(QWidget, QWidget)
    def _show_focus(self, _old: QWidget | None, new: QWidget | None) -> None:
        """Scroll the focused control into view when the page is larger than the window."""
        from PySide6.QtWidgets import QTabBar  # (imported here: its enums cost at start-up)

        if new is None or not self.tabs.isAncestorOf(new):
            return
        rect = new.rect()
        if isinstance(new, QTabBar):  # the tab, not the whole bar
            rect = new.tabRect(new.currentIndex())
        view = self.page_scroll.viewport().size()
        rect.setWidth(min(rect.width(), view.width() - 16))  # a wide control: its start
        rect.setHeight(min(rect.height(), view.height() - 16))
        centre = new.mapTo(self.tabs, rect.center())
        self.page_scroll.ensureVisible(
            centre.x(), centre.y(), rect.width() // 2 + 8, rect.height() // 2 + 8
        )

    @Slot(str)
    def show_title(self, text: str) -> None:
        """The player's title ("Superman · Work") before the application's name."""
        self.setWindowTitle(f"{text} — {APP_NAME}" if text else APP_NAME)

    @Slot()
    def toggle_fullscreen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()

    @Slot(str)
    def show_message(self, text: str) -> None:
        from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent

        if text:
            self.statusBar().showMessage(text, 6000)
            # Screen readers do not watch the status bar: say it once.
            said = QAccessibleAnnouncementEvent(self.statusBar(), text)
            said.setPoliteness(QAccessible.AnnouncementPoliteness.Polite)  # after what is said
            QAccessible.updateAccessibility(said)

    @Slot(str)
    def _on_status_message(self, text: str) -> None:
        """The message is the status bar's description: Orca reads it there."""
        self.statusBar().setAccessibleDescription(text)

    def showEvent(self, event: QShowEvent) -> None:
        if not self.page_scroll.widgetResizable():
            self.page_scroll.setWidgetResizable(True)
        super().showEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.hide_on_close():
            event.ignore()
            self.hide()
            self.hidden_on_close.emit()
        elif self.can_close():
            event.accept()
        else:
            event.ignore()
