"""The editor's layout: public child widgets and shortcuts, no decisions.

Three columns in splitters: the routines (left), the routine being edited (middle:
name, description, lead-in, default rest, items, total, Save/Revert/Run) and the
catalogue picker above the item form (right). :class:`~.page.EditorPage` wires it.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from backtimer.core.model import MAX_LEAD_IN_SECONDS
from backtimer.ui.editor.item_form import ItemForm
from backtimer.ui.editor.models import (
    CatalogueFilter,
    CatalogueModel,
    ItemsModel,
    RoutineListModel,
)
from backtimer.ui.editor.safety_notes import WarmUpNote

_INVALID = "border: 2px solid #c0392b; border-radius: 3px;"


def _button(text: str, name: str, tip: str) -> QPushButton:
    b = QPushButton(text)
    b.setAccessibleName(name)
    b.setToolTip(tip)
    return b


def _heading(text: str) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


class EditorView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.undo_stack = QUndoStack(self)
        self.routine_model = RoutineListModel(self)
        self.items_model = ItemsModel(self)
        self.catalogue_model = CatalogueModel(self)
        self.catalogue_proxy = CatalogueFilter(self)
        self.catalogue_proxy.setSourceModel(self.catalogue_model)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self._routines_column())
        self.splitter.addWidget(self._routine_column())
        self.right = QSplitter(Qt.Orientation.Vertical)
        self.right.setChildrenCollapsible(False)
        self.right.addWidget(self._catalogue_column())
        self.right.addWidget(self._form_column())
        self.splitter.addWidget(self.right)
        self.right.setStretchFactor(0, 2)
        self.right.setStretchFactor(1, 3)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 4)
        self.splitter.setStretchFactor(2, 4)
        self.splitter.setSizes([220, 480, 480])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.splitter)
        self._actions()

    def _routines_column(self) -> QWidget:
        w = QWidget()
        v = QVBoxLayout(w)
        v.setContentsMargins(0, 0, 0, 0)
        v.addWidget(_heading(self.tr("Routines")))
        self.routine_list = QListView()
        self.routine_list.setModel(self.routine_model)
        self.routine_list.setAccessibleName(self.tr("Routines"))
        self.routine_list.setMinimumWidth(170)
        self.routine_list.setWordWrap(True)
        self.routine_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        v.addWidget(self.routine_list, 1)
        self.new_button = _button(self.tr("New"), self.tr("New routine"), self.tr("New routine"))
        self.duplicate_button = _button(
            self.tr("Duplicate"),
            self.tr("Duplicate routine"),
            self.tr("Make an editable copy of this routine"),
        )
        self.rename_button = _button(
            self.tr("Rename…"), self.tr("Rename routine"), self.tr("Rename this routine")
        )
        self.delete_button = _button(
            self.tr("Delete"), self.tr("Delete routine"), self.tr("Delete this routine (undoable)")
        )
        self.import_button = _button(
            self.tr("Import…"), self.tr("Import routine"), self.tr("Import a routine file")
        )
        self.export_button = _button(
            self.tr("Export…"), self.tr("Export routine"), self.tr("Save this routine to a file")
        )
        grid = QGridLayout()
        for n, b in enumerate(
            (
                self.new_button,
                self.duplicate_button,
                self.rename_button,
                self.delete_button,
                self.import_button,
                self.export_button,
            )
        ):
            grid.addWidget(b, n // 2, n % 2)
        v.addLayout(grid)
        self.undo_delete_bar = QFrame()
        self.undo_delete_bar.setFrameShape(QFrame.Shape.StyledPanel)
        bar = QHBoxLayout(self.undo_delete_bar)
        bar.setContentsMargins(4, 2, 4, 2)
        self.undo_delete_label = QLabel()
        self.undo_delete_label.setWordWrap(True)
        self.undo_delete_button = _button(
            self.tr("Undo"), self.tr("Undo delete"), self.tr("Bring the deleted routine back")
        )
        bar.addWidget(self.undo_delete_label, 1)
        bar.addWidget(self.undo_delete_button)
        self.undo_delete_bar.hide()
        v.addWidget(self.undo_delete_bar)
        return w

    def _routine_column(self) -> QWidget:
        w = QWidget()
        v = QVBoxLayout(w)
        v.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(_heading(self.tr("Routine")))
        self.state_label = QLabel()
        self.state_label.setStyleSheet("color: palette(mid);")
        top.addWidget(self.state_label, 1, Qt.AlignmentFlag.AlignRight)
        v.addLayout(top)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.name_edit = QLineEdit()
        self.name_edit.setAccessibleName(self.tr("Routine name"))
        self.name_edit.setMaxLength(200)
        form.addRow(self.tr("Name"), self.name_edit)
        self.description_edit = QPlainTextEdit()
        self.description_edit.setAccessibleName(self.tr("Description"))
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        form.addRow(self.tr("Description"), self.description_edit)
        self.lead_in = QSpinBox()
        self.lead_in.setRange(0, MAX_LEAD_IN_SECONDS)
        self.lead_in.setSuffix(self.tr(" s"))
        self.lead_in.setAccessibleName(self.tr("Lead-in"))
        self.lead_in.setToolTip(self.tr("Countdown before the first exercise (0–600 s)"))
        self.default_rest = QSpinBox()
        self.default_rest.setRange(0, 1800)
        self.default_rest.setSuffix(self.tr(" s"))
        self.default_rest.setAccessibleName(self.tr("Default rest"))
        self.default_rest.setToolTip(self.tr("Rest after each exercise you add (0–1800 s)"))
        self.apply_rest_button = _button(
            self.tr("Apply to all"),
            self.tr("Apply default rest to all items"),
            self.tr("Give every item this rest after it"),
        )
        numbers = QHBoxLayout()
        numbers.addWidget(self.lead_in)
        numbers.addSpacing(12)
        numbers.addWidget(QLabel(self.tr("Default rest")))
        numbers.addWidget(self.default_rest)
        numbers.addWidget(self.apply_rest_button)
        numbers.addStretch(1)
        form.addRow(self.tr("Lead-in"), numbers)
        v.addLayout(form)
        v.addWidget(_heading(self.tr("Items")))
        self.items_view = QListView()
        self.items_view.setModel(self.items_model)
        self.items_view.setAccessibleName(self.tr("Items of the routine"))
        self.items_view.setToolTip(self.tr("Drag to reorder; Alt+Up / Alt+Down moves; Del removes"))
        self.items_view.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.items_view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.items_view.setDragEnabled(True)
        self.items_view.setAcceptDrops(True)
        self.items_view.setDropIndicatorShown(True)
        self.items_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.items_view.setMinimumHeight(120)
        v.addWidget(self.items_view, 1)
        row = QHBoxLayout()
        self.up_button = _button(
            self.tr("Move up"), self.tr("Move item up"), self.tr("Move up (Alt+Up)")
        )
        self.down_button = _button(
            self.tr("Move down"), self.tr("Move item down"), self.tr("Move down (Alt+Down)")
        )
        self.remove_button = _button(
            self.tr("Remove"), self.tr("Remove item"), self.tr("Remove the item (Del)")
        )
        for b in (self.up_button, self.down_button, self.remove_button):
            row.addWidget(b)
        row.addStretch(1)
        self.undo_button = QToolButton()
        self.redo_button = QToolButton()
        row.addWidget(self.undo_button)
        row.addWidget(self.redo_button)
        v.addLayout(row)
        self.total_label = QLabel()
        self.total_label.setAccessibleName(self.tr("Planned time"))
        font = self.total_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.total_label.setFont(font)
        v.addWidget(self.total_label)
        self.problem_label = QLabel()
        self.problem_label.setWordWrap(True)
        self.problem_label.setStyleSheet("color: #c0392b;")
        self.problem_label.setAccessibleName(self.tr("What stops saving"))
        v.addWidget(self.problem_label)
        self.warm_up_note = WarmUpNote()  # advice, never stops saving
        v.addWidget(self.warm_up_note)
        bottom = QHBoxLayout()
        self.save_button = _button(
            self.tr("Save"), self.tr("Save routine"), self.tr("Save (Ctrl+S)")
        )
        self.save_button.setDefault(True)
        self.revert_button = _button(
            self.tr("Revert"), self.tr("Revert changes"), self.tr("Throw away unsaved changes")
        )
        self.run_button = _button(
            self.tr("Run in player"),
            self.tr("Run in player"),
            self.tr("Run this routine in the player"),
        )
        bottom.addWidget(self.save_button)
        bottom.addWidget(self.revert_button)
        bottom.addStretch(1)
        bottom.addWidget(self.run_button)
        v.addLayout(bottom)
        return w

    def _catalogue_column(self) -> QWidget:
        w = QWidget()
        v = QVBoxLayout(w)
        v.setContentsMargins(0, 0, 0, 0)
        v.addWidget(_heading(self.tr("Exercises")))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search by name"))
        self.search.setAccessibleName(self.tr("Search exercises"))
        self.search.setClearButtonEnabled(True)
        v.addWidget(self.search)
        filters = QHBoxLayout()
        self.position_filter = QComboBox()
        self.position_filter.setAccessibleName(self.tr("Filter by position"))
        self.equipment_filter = QComboBox()
        self.equipment_filter.setAccessibleName(self.tr("Filter by equipment"))
        self.level_filter = QComboBox()
        self.level_filter.setAccessibleName(self.tr("Filter by level"))
        for box in (self.position_filter, self.equipment_filter, self.level_filter):
            box.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            box.setMinimumContentsLength(6)
            filters.addWidget(box, 1)
        v.addLayout(filters)
        self.catalogue_view = QListView()
        self.catalogue_view.setModel(self.catalogue_proxy)
        self.catalogue_view.setAccessibleName(self.tr("Exercises to add"))
        self.catalogue_view.setToolTip(
            self.tr("Double-click or Enter adds; or drag into the items")
        )
        self.catalogue_view.setDragEnabled(True)
        self.catalogue_view.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.catalogue_view.setMinimumHeight(90)
        v.addWidget(self.catalogue_view, 1)
        row = QHBoxLayout()
        self.add_button = _button(
            self.tr("Add"), self.tr("Add exercise"), self.tr("Add after the current item (Enter)")
        )
        self.new_exercise_button = _button(
            self.tr("New exercise…"),
            self.tr("New custom exercise"),
            self.tr("Describe an exercise of your own"),
        )
        row.addWidget(self.add_button)
        row.addWidget(self.new_exercise_button)
        row.addStretch(1)
        v.addLayout(row)
        return w

    def _form_column(self) -> QWidget:
        self.item_form = ItemForm()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.item_form)
        scroll.setMinimumHeight(160)
        return scroll

    def _actions(self) -> None:
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("Undo"))
        self.undo_action.setShortcut(QKeySequence("Ctrl+Z"))
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("Redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.save_action = QAction(self.tr("Save"), self)
        self.save_action.setShortcut(QKeySequence("Ctrl+S"))
        for action, tip in (
            (self.undo_action, self.tr("Undo (Ctrl+Z)")),
            (self.redo_action, self.tr("Redo (Ctrl+Shift+Z)")),
        ):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.setToolTip(tip)
            self.addAction(action)
        self.save_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(self.save_action)
        for button, action, text in (
            (self.undo_button, self.undo_action, self.tr("Undo")),
            (self.redo_button, self.redo_action, self.tr("Redo")),
        ):
            button.setText(text)
            button.setToolTip(action.toolTip())
            button.clicked.connect(action.trigger)
            button.setEnabled(action.isEnabled())
            action.enabledChanged.connect(button.setEnabled)
        self.undo_button.setAccessibleName(self.tr("Undo"))
        self.redo_button.setAccessibleName(self.tr("Redo"))

    def mark(self, widget: QWidget, message: str | None) -> None:
        """Mark a field as wrong (red frame, message as tooltip) or clear the mark."""
        if widget.property("plainTip") is None:
            widget.setProperty("plainTip", widget.toolTip())
        widget.setStyleSheet(_INVALID if message else "")
        widget.setProperty("invalid", bool(message))
        widget.setToolTip(message or str(widget.property("plainTip")))

    def set_read_only(self, read_only: bool) -> None:
        """Built-in routines: everything that edits is disabled; Duplicate stays."""
        for w in (
            self.name_edit,
            self.lead_in,
            self.default_rest,
            self.apply_rest_button,
            self.add_button,
            self.new_exercise_button,
            self.up_button,
            self.down_button,
            self.remove_button,
            self.rename_button,
            self.delete_button,
        ):
            w.setEnabled(not read_only)
        self.description_edit.setReadOnly(read_only)
        self.items_model.set_read_only(read_only)

    def sizeHint(self) -> QSize:
        return QSize(1280, 800)
