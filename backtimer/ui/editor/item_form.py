"""The form for one item: mode, the numbers of that mode, sets, sides and rests.

The form shows an :class:`~backtimer.core.model.Item` and emits ``item_edited(item,
key)`` with the edited copy; it changes nothing itself (the page turns the edit into
an undoable command and pushes the item back with :meth:`ItemForm.set_item`).
Problems found by the page are shown with :meth:`set_problems`: the field is marked
and a message says what is wrong.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from backtimer.core.model import Dosage, Item, Mode
from backtimer.ui.theme import set_text_kind

# Numbers a new mode starts with when the exercise's own default is of another mode.
MODE_DEFAULTS: dict[Mode, Dosage] = {
    Mode.TIMED: Dosage(Mode.TIMED, seconds=30),
    Mode.PACED_REPS: Dosage(Mode.PACED_REPS, reps=10, seconds_per_rep=3.0),
    Mode.SELF_PACED_REPS: Dosage(Mode.SELF_PACED_REPS, reps=10),
    Mode.HOLDS: Dosage(Mode.HOLDS, hold_seconds=5, hold_rest_seconds=5, holds=5),
}
MODE_FIELDS: dict[Mode, tuple[str, ...]] = {
    Mode.TIMED: ("seconds",),
    Mode.PACED_REPS: ("reps", "seconds_per_rep"),
    Mode.SELF_PACED_REPS: ("reps",),
    Mode.HOLDS: ("hold_seconds", "hold_rest_seconds", "holds"),
}
_ALL_MODE_FIELDS = (
    "seconds",
    "reps",
    "seconds_per_rep",
    "hold_seconds",
    "hold_rest_seconds",
    "holds",
)
_INVALID_STYLE = "border: 2px solid #c0392b; border-radius: 3px;"
_BIG = 99_999  # typing past a limit is allowed, and then refused with a message


class ItemForm(QWidget):
    """Edits one item.

    Signals:
        item_edited(object, str): the edited item and the field that changed.
    """

    item_edited = Signal(object, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._item: Item | None = None
        self._loading = False
        self._labels: dict[str, str] = {}
        self.title = QLabel(self.tr("No item selected"))
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.mode = QComboBox()
        for mode, text in (
            (Mode.TIMED, self.tr("Timed")),
            (Mode.PACED_REPS, self.tr("Paced repetitions")),
            (Mode.SELF_PACED_REPS, self.tr("Repetitions at my own pace")),
            (Mode.HOLDS, self.tr("Holds")),
        ):
            self.mode.addItem(text, mode.value)
        self.spins: dict[str, QAbstractSpinBox] = {}
        self.per_side = QCheckBox(self.tr("Each side (left, then right)"))
        self.warm_up = QCheckBox(self.tr("Warm-up"))
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("A short note shown with the item"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        set_text_kind(self.message, "error")
        self.message.setAccessibleDescription(self.tr("Problems with this item"))
        self._form = QFormLayout()
        self._form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._build()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addLayout(self._form)
        layout.addWidget(self.message)
        layout.addStretch(1)
        self._connect_signals()
        self.set_item(None)

    def _spin(self, key: str, label: str, suffix: str, tip: str, *, real: bool = False) -> None:
        box: QAbstractSpinBox
        if real:
            dbox = QDoubleSpinBox()
            dbox.setRange(0.0, 999.0)
            dbox.setDecimals(1)
            dbox.setSingleStep(0.5)
            dbox.setSuffix(suffix)
            box = dbox
        else:
            ibox = QSpinBox()
            ibox.setRange(0, _BIG)
            ibox.setSuffix(suffix)
            box = ibox
        box.setAccessibleName(label)
        box.setToolTip(tip)
        box.setKeyboardTracking(True)
        self.spins[key] = box
        self._labels[key] = label
        self._form.addRow(label, box)

    def _build(self) -> None:
        s = self.tr(" s")
        self.mode.setAccessibleName(self.tr("Mode"))
        self.mode.setToolTip(self.tr("How the exercise is done"))
        self._form.addRow(self.tr("Mode"), self.mode)
        self._spin("seconds", self.tr("Work time"), s, self.tr("Seconds of work (1–7200)"))
        self._spin("reps", self.tr("Repetitions"), "", self.tr("Repetitions per set (1–1000)"))
        self._spin(
            "seconds_per_rep",
            self.tr("Pace"),
            self.tr(" s per rep"),
            self.tr("Seconds per repetition (0.5–60)"),
            real=True,
        )
        self._spin("hold_seconds", self.tr("Hold"), s, self.tr("Seconds per hold (1–7200)"))
        self._spin(
            "hold_rest_seconds", self.tr("Rest between holds"), s, self.tr("Seconds (0–1800)")
        )
        self._spin("holds", self.tr("Holds"), "", self.tr("Number of holds (1–200)"))
        self._spin("sets", self.tr("Sets"), "", self.tr("Number of sets (1–50)"))
        self._spin("set_rest_seconds", self.tr("Rest between sets"), s, self.tr("Seconds (0–1800)"))
        self.per_side.setAccessibleName(self.tr("Each side"))
        self.per_side.setToolTip(self.tr("Do the work on the left side, then on the right"))
        self._form.addRow("", self.per_side)
        self._spin(
            "switch_seconds", self.tr("Switch sides"), s, self.tr("Pause to change sides (0–1800)")
        )
        self._spin(
            "rest_after_seconds",
            self.tr("Rest after"),
            s,
            self.tr("Rest after this item (0–1800); not after the last item"),
        )
        self.warm_up.setAccessibleName(self.tr("Warm-up"))
        self.warm_up.setToolTip(self.tr("Mark this item as a warm-up"))
        self._form.addRow("", self.warm_up)
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setToolTip(self.tr("A short note shown with the item (500 characters)"))
        self._form.addRow(self.tr("Note"), self.note)

    def _connect_signals(self) -> None:
        self.mode.currentIndexChanged.connect(self._on_mode)
        for key, box in self.spins.items():
            box.valueChanged.connect(lambda _v, k=key: self._on_number(k))  # type: ignore[attr-defined]
        self.per_side.toggled.connect(self._on_per_side)
        self.warm_up.toggled.connect(self._on_warm_up)
        self.note.textEdited.connect(self._on_note)

    # ------------------------------------------------------------------ showing
    def set_item(self, item: Item | None, name: str = "", *, read_only: bool = False) -> None:
        self._loading = True
        try:
            self._item = item
            self.setEnabled(item is not None)
            self.title.setText(name if item is not None else self.tr("No item selected"))
            d = item.dosage if item else MODE_DEFAULTS[Mode.TIMED]
            self.mode.setCurrentIndex(self.mode.findData(d.mode.value))
            for key, box in self.spins.items():
                holder = item if key == "rest_after_seconds" else d
                value = getattr(holder, key, None) if holder is not None else None
                box.setValue(value if value is not None else 0)  # type: ignore[attr-defined]
            self.per_side.setChecked(d.per_side)
            self.warm_up.setChecked(bool(item and item.warm_up))
            if self.note.text() != (item.note if item else ""):
                self.note.setText(item.note if item else "")
            for w in (*self.spins.values(), self.mode, self.per_side, self.warm_up, self.note):
                w.setEnabled(not read_only)
            self._show_rows(d)
        finally:
            self._loading = False

    def _show_rows(self, d: Dosage) -> None:
        wanted = set(MODE_FIELDS[d.mode])
        for key in _ALL_MODE_FIELDS:
            self._form.setRowVisible(self.spins[key], key in wanted)
        self._form.setRowVisible(self.spins["set_rest_seconds"], d.sets > 1)
        self._form.setRowVisible(self.spins["switch_seconds"], d.per_side)

    def field_label(self, key: str) -> str:
        """The label of field ``key`` as shown in the form ("" for the whole item)."""
        return self._labels.get(key, key)

    def set_problems(self, problems: dict[str, str]) -> None:
        """Mark the fields with a problem (field -> message); ``""`` is the whole item."""
        for key, box in self.spins.items():
            box.setStyleSheet(_INVALID_STYLE if key in problems else "")
            box.setProperty("invalid", key in problems)
        self.note.setStyleSheet(_INVALID_STYLE if "note" in problems else "")
        lines = []
        for key, msg in problems.items():
            label = self._labels.get(key, key) if key else self.tr("This item")
            lines.append(self.tr("{field}: {message}").format(field=label, message=msg))
        self.message.setText("\n".join(lines))
        self.message.setVisible(bool(lines))

    # ------------------------------------------------------------------ editing
    def _emit(self, item: Item, key: str) -> None:
        if self._loading or self._item is None or item == self._item:
            return
        self._item = item
        self._show_rows(item.dosage)
        self.item_edited.emit(item, key)

    @Slot(int)
    def _on_mode(self, _index: int) -> None:
        if self._loading or self._item is None:
            return
        mode = Mode(self.mode.currentData())
        old = self._item.dosage
        base = MODE_DEFAULTS[mode]
        fields = {k: getattr(base, k) if k in MODE_FIELDS[mode] else None for k in _ALL_MODE_FIELDS}
        dosage = replace(old, mode=mode, **fields)  # type: ignore[arg-type]
        self._emit(replace(self._item, dosage=dosage), "mode")
        self.set_item(self._item, self.title.text())

    def _on_number(self, key: str) -> None:
        if self._loading or self._item is None:
            return
        value = self.spins[key].value()  # type: ignore[attr-defined]
        if key == "rest_after_seconds":
            self._emit(replace(self._item, rest_after_seconds=int(value)), key)
            return
        value = float(value) if key == "seconds_per_rep" else int(value)
        dosage = replace(self._item.dosage, **{key: value})  # type: ignore[arg-type]
        self._emit(replace(self._item, dosage=dosage), key)

    @Slot(bool)
    def _on_per_side(self, checked: bool) -> None:
        if self._item is not None:
            d = replace(self._item.dosage, per_side=checked)
            self._emit(replace(self._item, dosage=d), "per_side")

    @Slot(bool)
    def _on_warm_up(self, checked: bool) -> None:
        if self._item is not None:
            self._emit(replace(self._item, warm_up=checked), "warm_up")

    @Slot(str)
    def _on_note(self, text: str) -> None:
        if self._item is not None:
            self._emit(replace(self._item, note=text), "note")
