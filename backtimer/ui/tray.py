"""The system tray icon: reminders as notifications, and a small menu.

Made only where there is a system tray (``QSystemTrayIcon.isSystemTrayAvailable()``);
elsewhere :attr:`Tray.available` is False, no icon or menu is made and every method is
a harmless no-op, so the app works the same without it. :meth:`Tray.build_menu` works
without a tray (tests use it).

Signals:
    start_requested(): "Start <routine>" was chosen.
    toggle_requested(): "Pause" or "Resume" was chosen.
    show_requested(): "Show BackTimer" was chosen, or the icon was clicked with no
        reminder waiting.
    quit_requested(): "Quit" was chosen.
    open_requested(str): the reminder notification (or the icon, while a reminder is
        waiting) was clicked; open BackTimer on this routine ("" = the last one).
    menu_opening(): the menu is about to show; bring its state up to date
        (:meth:`set_running`, :meth:`set_last_routine`) from this signal.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

MESSAGE_MS = 30_000


def _tr(text: str) -> str:
    return QCoreApplication.translate("Tray", text)


class Tray(QObject):
    start_requested = Signal()
    toggle_requested = Signal()
    show_requested = Signal()
    quit_requested = Signal()
    open_requested = Signal(str)
    menu_opening = Signal()

    def __init__(
        self, icon: QIcon, parent: QObject | None = None, *, available: bool | None = None
    ) -> None:
        super().__init__(parent)
        self.available = QSystemTrayIcon.isSystemTrayAvailable() if available is None else available
        self.icon: QSystemTrayIcon | None = None
        self.menu: QMenu | None = None
        self.start_action: QAction | None = None
        self.toggle_action: QAction | None = None
        self.show_action: QAction | None = None
        self.quit_action: QAction | None = None
        self._last_routine = ""
        self._running = False
        self._paused = False
        self._pending: str | None = None  # the routine of a notification not yet opened
        if self.available:
            menu = self.build_menu()
            self.icon = QSystemTrayIcon(icon, self)
            self.icon.setContextMenu(menu)  # not owned by the icon: kept in self.menu
            self._connect_signals()
            self._update()
            self.icon.show()

    def _connect_signals(self) -> None:
        assert self.icon is not None
        self.icon.messageClicked.connect(self._on_message_clicked)
        self.icon.activated.connect(self._on_activated)

    def build_menu(self) -> QMenu:
        """The tray menu (kept in ``menu``) with its four actions (``*_action``)."""
        menu = QMenu()
        self.menu = menu
        menu.setTitle("BackTimer")
        menu.setAccessibleName(_tr("BackTimer tray menu"))
        self.start_action = QAction(menu)
        self.start_action.setStatusTip(_tr("Start the routine you used last"))
        self.toggle_action = QAction(_tr("Pause"), menu)
        self.toggle_action.setStatusTip(_tr("Pause or resume the session under way"))
        self.show_action = QAction(_tr("Show BackTimer"), menu)
        self.show_action.setStatusTip(_tr("Bring the BackTimer window to the front"))
        self.quit_action = QAction(_tr("Quit"), menu)
        self.quit_action.setStatusTip(_tr("Close BackTimer"))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        for action in (self.start_action, self.toggle_action, self.show_action):
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.quit_action)
        self.start_action.triggered.connect(self.start_requested)
        self.toggle_action.triggered.connect(self.toggle_requested)
        self.show_action.triggered.connect(self.show_requested)
        self.quit_action.triggered.connect(self.quit_requested)
        menu.aboutToShow.connect(self.menu_opening)
        self._update()
        return menu

    # ----------------------------------------------------------------- state
    def set_last_routine(self, name: str) -> None:
        self._last_routine = name
        self._update()

    def set_running(self, running: bool, paused: bool = False) -> None:
        """``running``: a session is under way (``PlayerController.running``, which
        includes paused); ``paused``: it is paused. Sets "Pause" or "Resume"."""
        self._running = running
        self._paused = running and paused
        self._update()

    def _update(self) -> None:
        name = self._last_routine
        if self.start_action is not None:
            self.start_action.setText(
                _tr("Start {routine}").format(routine=name) if name else _tr("Start")
            )
            self.start_action.setEnabled(not self._running)
        if self.toggle_action is not None:
            self.toggle_action.setText(_tr("Resume") if self._paused else _tr("Pause"))
            self.toggle_action.setEnabled(self._running)
        if self.icon is not None:
            if self._paused:
                tip = _tr("BackTimer: {routine} is paused").format(routine=name)
            elif self._running:
                tip = _tr("BackTimer: {routine} is under way").format(routine=name)
            else:
                tip = "BackTimer"
            self.icon.setToolTip(tip)

    # --------------------------------------------------------- notifications
    def notify(self, routine: str, name: str | None = None) -> bool:
        """Show the reminder; clicking it asks to open ``routine`` (an id, "" = the last
        one); ``name`` is what the message calls it (default ``routine``).

        False when no notification could be shown (no tray, or the tray cannot show
        messages): the caller says it in the window instead.
        """
        self._pending = routine
        if self.icon is None or not QSystemTrayIcon.supportsMessages():
            return False
        name = (routine if name is None else name) or self._last_routine
        text = (
            _tr("Time for {routine}. Click to open BackTimer.").format(routine=name)
            if name
            else _tr("Time for your back routine. Click to open BackTimer.")
        )
        self.icon.showMessage(
            _tr("BackTimer reminder"),
            text,
            QSystemTrayIcon.MessageIcon.Information,
            MESSAGE_MS,
        )
        return True

    @Slot()
    def _on_message_clicked(self) -> None:
        routine = self._pending if self._pending is not None else ""
        self._pending = None
        self.open_requested.emit(routine)

    @Slot(QSystemTrayIcon.ActivationReason)
    def _on_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason not in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            return  # Context: Qt shows the menu itself
        if self._pending is not None:
            self._on_message_clicked()
        else:
            self.show_requested.emit()

    def hide(self) -> None:
        """Take the icon away (before quitting, so no stale icon lingers)."""
        if self.icon is not None:
            self.icon.hide()
