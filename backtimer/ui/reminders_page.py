"""The reminder settings: on/off, the days, the time, the routine, and the tray note;
and the Reminders dialog around them (start at login, a test notification).

Data in, data out: :meth:`RemindersWidget.set_schedule` fills it, :meth:`schedule`
reads it, and ``changed`` carries every edit by the user. It reads no settings itself;
:class:`RemindersDialog` hands each edit to the :class:`RemindersController`.

Signals:
    changed(object): the user edited the schedule; the new :class:`ReminderSchedule`.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import time

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QLocale,
    QSignalBlocker,
    Qt,
    QTime,
    Signal,
    Slot,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from backtimer.core.reminders import ReminderSchedule
from backtimer.routine_library import RoutineLibrary
from backtimer.ui.reminders_controller import RemindersController

_MISSING_ROLE = Qt.ItemDataRole.UserRole + 1


def _tr(text: str) -> str:
    return QCoreApplication.translate("Reminders", text)


def no_tray_text() -> str:
    return _tr(
        "No system tray here: reminders need BackTimer to be running and show in the "
        "window's status bar instead."
    )


class RemindersWidget(QWidget):
    changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        locale = QLocale()
        self.enabled_box = QCheckBox(_tr("&Remind me to do my back routine"))
        self.enabled_box.setAccessibleName(_tr("Reminders on"))
        first = locale.firstDayOfWeek().value  # ISO numbering, like Qt.DayOfWeek
        order = [(first - 1 + i) % 7 + 1 for i in range(7)]
        self.day_boxes: dict[int, QCheckBox] = {}
        days_row = QHBoxLayout()
        days_row.setContentsMargins(0, 0, 0, 0)
        for day in order:
            box = QCheckBox(locale.dayName(day, QLocale.FormatType.ShortFormat))
            box.setAccessibleName(locale.dayName(day, QLocale.FormatType.LongFormat))
            self.day_boxes[day] = box
            days_row.addWidget(box)
        days_row.addStretch(1)
        self.days_widget = QWidget()
        self.days_widget.setLayout(days_row)
        self.days_widget.setAccessibleName(_tr("Reminder days"))
        self.time_edit = QTimeEdit()
        self.time_edit.setDisplayFormat(locale.timeFormat(QLocale.FormatType.ShortFormat))
        self.time_edit.setAccessibleName(_tr("Reminder time"))
        self.routine_box = QComboBox()
        self.routine_box.setAccessibleName(_tr("Routine to open"))
        self.routine_box.addItem(_tr("The last routine used"), "")
        self.tray_note = QLabel(no_tray_text())
        self.tray_note.setWordWrap(True)
        self.tray_note.setVisible(False)
        form = QFormLayout()
        form.addRow(_tr("Days:"), self.days_widget)
        form.addRow(_tr("&Time:"), self.time_edit)
        form.addRow(_tr("R&outine:"), self.routine_box)
        layout = QVBoxLayout(self)
        layout.addWidget(self.enabled_box)
        layout.addLayout(form)
        layout.addWidget(self.tray_note)
        layout.addStretch(1)
        self._filling = False
        self.set_schedule(ReminderSchedule())
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.enabled_box.toggled.connect(self._edited)
        for box in self.day_boxes.values():
            box.toggled.connect(self._edited)
        self.time_edit.timeChanged.connect(self._edited)
        self.routine_box.currentIndexChanged.connect(self._edited)

    # --------------------------------------------------------------- data in
    def set_schedule(self, schedule: ReminderSchedule) -> None:
        self._filling = True
        try:
            self.enabled_box.setChecked(schedule.enabled)
            for day, box in self.day_boxes.items():
                box.setChecked(day in schedule.days)
            at = schedule.time
            self.time_edit.setTime(QTime(at.hour, at.minute))
            self._select_routine(schedule.routine)
        finally:
            self._filling = False
        self._enable_parts()

    def set_routines(self, routines: Sequence[str | tuple[str, str]]) -> None:
        """The routines to choose from, as ``(id, name)`` (or a name that is its own id);
        the chosen one stays chosen (even if missing)."""
        current = self._routine()
        self._filling = True
        try:
            while self.routine_box.count() > 1:
                self.routine_box.removeItem(1)
            for entry in routines:
                key, name = (entry, entry) if isinstance(entry, str) else entry
                self.routine_box.addItem(name, key)
            self._select_routine(current)
        finally:
            self._filling = False

    def set_tray_available(self, available: bool) -> None:
        self.tray_note.setVisible(not available)

    # -------------------------------------------------------------- data out
    def schedule(self) -> ReminderSchedule:
        t = self.time_edit.time()
        return ReminderSchedule(
            days=frozenset(d for d, box in self.day_boxes.items() if box.isChecked()),
            time=time(t.hour(), t.minute()),
            routine=self._routine(),
            enabled=self.enabled_box.isChecked(),
        )

    # --------------------------------------------------------------- inside
    def _routine(self) -> str:
        data = self.routine_box.currentData()
        return data if isinstance(data, str) else ""

    def _select_routine(self, name: str) -> None:
        for i in reversed(range(self.routine_box.count())):
            if self.routine_box.itemData(i, _MISSING_ROLE):
                self.routine_box.removeItem(i)
        index = self.routine_box.findData(name)
        if index < 0:  # a routine that is gone (or not listed yet): keep it, say so
            self.routine_box.addItem(_tr("{routine} (not found)").format(routine=name), name)
            index = self.routine_box.count() - 1
            self.routine_box.setItemData(index, True, _MISSING_ROLE)
        self.routine_box.setCurrentIndex(index)

    def _enable_parts(self) -> None:
        on = self.enabled_box.isChecked()
        for part in (self.days_widget, self.time_edit, self.routine_box):
            part.setEnabled(on)

    @Slot()
    def _edited(self) -> None:
        self._enable_parts()
        if not self._filling:
            self.changed.emit(self.schedule())


class RemindersDialog(QDialog):
    """Reminders, reachable from the application menu. Edits apply at once."""

    def __init__(
        self,
        reminders: RemindersController,
        library: RoutineLibrary,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.reminders = reminders
        self.setWindowTitle(_tr("Reminders"))
        self.setAccessibleName(_tr("Reminders"))
        self.widget = RemindersWidget()
        self.widget.set_routines([(r.id, r.name) for r in library.routines])
        self.widget.set_schedule(reminders.schedule())
        self.widget.set_tray_available(reminders.tray.available)
        self.login_box = QCheckBox(_tr("Start BackTimer in the &background when I log in"))
        self.login_box.setAccessibleName(_tr("Start at login"))
        self.login_box.setToolTip(
            _tr("So that reminders come even when you have not opened BackTimer")
        )
        self.login_box.setChecked(reminders.start_at_login())
        self.test_button = QPushButton(_tr("Send a test noti&fication"))
        self.test_button.setAccessibleName(_tr("Send a test notification"))
        self.next_label = QLabel()
        self.next_label.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.widget)
        layout.addWidget(self.login_box)
        row = QHBoxLayout()
        row.addWidget(self.test_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.next_label)
        layout.addWidget(buttons)
        self.widget.changed.connect(self._changed)
        self.login_box.toggled.connect(reminders.set_start_at_login)
        reminders.start_at_login_changed.connect(self._show_start_at_login)
        self.test_button.clicked.connect(self._test)
        self._show_next()

    @Slot(object)
    def _changed(self, schedule: ReminderSchedule) -> None:
        self.reminders.set_schedule(schedule)
        self._show_next()

    @Slot(bool)
    def _show_start_at_login(self, on: bool) -> None:
        """What holds (the portal may have said no, or a file could not be written)."""
        blocker = QSignalBlocker(self.login_box)
        self.login_box.setChecked(on)
        blocker.unblock()

    @Slot()
    def _test(self) -> None:
        how = self.reminders.notify(self.widget.schedule().routine)
        self.next_label.setText(
            {
                "notification": _tr("A test notification was sent."),
                "tray": _tr("A test message was shown by the tray icon."),
            }.get(how, _tr("No notifications here: the reminder shows in this window."))
        )

    def _show_next(self) -> None:
        when = self.reminders.next_due()
        if when is None:
            self.next_label.setText(_tr("Reminders are off."))
            return
        text = QLocale().toString(
            QDateTime(QDate(when.year, when.month, when.day), QTime(when.hour, when.minute)),
            QLocale.FormatType.LongFormat,
        )
        self.next_label.setText(_tr("Next reminder: {when}").format(when=text))
