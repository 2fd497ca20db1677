"""The item editor: one service item's fields and its materials, saved as a new version.

Everything wrong is listed beside the form at once, each problem naming the field or
the material row it is about (a click on it goes there), and nothing is saved until the
list is empty. The rules are the catalogue's own (``validate_catalogue``), the same an
imported file must pass; saving goes through the catalogue service, which makes a new
version only when the content really differs, so the cases accepted under the old
version keep it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.catalogue import (
    FieldRef,
    ItemKind,
    Level,
    Location,
    MaterialForm,
    MaterialSource,
    validate_catalogue,
)
from app.domain.deadlines import Unit
from app.services.catalogue import ImportSummary, StoredItem, save_item
from app.services.officers import Actor
from app.services.workspace import Workspace
from app.ui.admin.feedback import ADMIN_STYLE, MessageLine, PageTasks, problems_of
from app.ui.admin.labels import form_text, kind_text, level_text, source_text, unit_text
from app.ui.admin.materials_edit_model import MaterialsEditModel, blank_material
from app.ui.geometry import GeometryKeeper
from app.ui.worker import Runner

ModelIndex = QModelIndex | QPersistentModelIndex
MAX_DAYS = 999


class ChoiceDelegate(QStyledItemDelegate):
    """A drop-down of (stored value, shown word) pairs for one column."""

    def __init__(self, choices: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._choices = choices

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: ModelIndex) -> QWidget:
        combo = QComboBox(parent)
        for value, text in self._choices:
            combo.addItem(text, value)
        return combo

    def setEditorData(self, editor: QWidget, index: ModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        position = editor.findData(index.data(Qt.ItemDataRole.EditRole))
        editor.setCurrentIndex(max(position, 0))

    def setModelData(self, editor: QWidget, model: Any, index: ModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class CopiesDelegate(QStyledItemDelegate):
    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: ModelIndex) -> QWidget:
        spin = QSpinBox(parent)
        spin.setRange(1, 99)
        return spin


def _blank_item() -> dict[str, Any]:
    return {
        "code": "", "name": "", "kind": ItemKind.PUBLIC_SERVICE.value, "department": "",
        "level": Level.TOWNSHIP.value, "legal_days": 20, "promised_days": 10, "tolerant_allowed": False,
        "default_supply_days": None, "supplement_days": 5, "supplement_unit": Unit.WORKING.value, "fees": "",
        "phone": "", "legal_basis": "", "result_name": "", "special_steps": [], "notes": "",
        "materials": [blank_material("01")],
    }


class ItemEditorDialog(QDialog):
    """Edit one item (``stored``) or write a new one (``stored=None``)."""

    saved = Signal(str)  # the code of the item that now has a new current version

    def __init__(self, ws: Workspace, actor: Actor, stored: StoredItem | None, worker: Runner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.actor = actor
        self.stored = stored
        self.tasks = PageTasks(worker, self)
        self._initial = stored.item.to_dict() if stored is not None else _blank_item()
        self._refs: list[FieldRef] = []
        self._shown_refs: list[FieldRef] = []
        self.setObjectName("itemEditor")
        self.setStyleSheet(ADMIN_STYLE)
        self.setWindowTitle(self.tr("Edit service item") if stored else self.tr("New service item"))
        self._build()
        self._fill(self._initial)
        self.geometry_keeper = GeometryKeeper(self, ws.paths.root, "item_editor", QSize(1200, 720))

    # -- building ----------------------------------------------------------------------------

    def _build(self) -> None:
        self.heading = QLabel()
        self.heading.setObjectName("dialogHeading")
        self.heading.setWordWrap(True)

        self.code = QLineEdit()
        self.code.setObjectName("itemCode")
        self.code.setReadOnly(self.stored is not None)
        self.name = QLineEdit()
        self.kind = QComboBox()
        for kind in ItemKind:
            self.kind.addItem(kind_text(kind), kind.value)
        self.department = QLineEdit()
        self.level = QComboBox()
        for level in Level:
            self.level.addItem(level_text(level), level.value)
        self.result_name = QLineEdit()
        self.fees = QLineEdit()
        self.phone = QLineEdit()

        self.legal_days = self._days_spin(0)
        self.promised_days = self._days_spin(0)
        self.promised_days.setSpecialValueText(self.tr("0 (decided on the spot)"))
        self.tolerant = QCheckBox(self.tr("Allowed"))
        self.supply_days = self._days_spin(0)
        self.supply_days.setSpecialValueText(self.tr("none"))
        self.tolerant.toggled.connect(self.supply_days.setEnabled)
        self.supplement_days = self._days_spin(1)
        self.supplement_days.setSuffix("")
        self.supplement_unit = QComboBox()
        for unit in Unit:
            self.supplement_unit.addItem(unit_text(unit), unit.value)
        supplement = QHBoxLayout()
        supplement.setContentsMargins(0, 0, 0, 0)
        supplement.addWidget(self.supplement_days, 1)
        supplement.addWidget(self.supplement_unit, 1)
        self.legal_basis = QPlainTextEdit()
        self.notes = QPlainTextEdit()
        for box in (self.legal_basis, self.notes):
            box.setTabChangesFocus(True)
            box.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 14)

        self._labels: dict[str, str] = {
            "code": self.tr("Code"), "name": self.tr("Name"), "kind": self.tr("Kind"),
            "department": self.tr("Department"), "level": self.tr("Level"), "result_name": self.tr("Result"),
            "fees": self.tr("Fees"), "phone": self.tr("Enquiry phone"),
            "legal_days": self.tr("Legal limit"), "promised_days": self.tr("Promised limit"),
            "tolerant_allowed": self.tr("Tolerant acceptance"), "default_supply_days": self.tr("Supply period"),
            "supplement_days": self.tr("Supplement period"), "supplement_unit": self.tr("Supplement period"),
            "legal_basis": self.tr("Legal basis"), "notes": self.tr("Notes"),
            "materials": self.tr("Materials"), "special_steps": self.tr("Special procedures"),
        }
        self._widgets: dict[str, QWidget] = {
            "code": self.code, "name": self.name, "kind": self.kind, "department": self.department,
            "level": self.level, "result_name": self.result_name, "fees": self.fees, "phone": self.phone,
            "legal_days": self.legal_days, "promised_days": self.promised_days, "tolerant_allowed": self.tolerant,
            "default_supply_days": self.supply_days, "supplement_days": self.supplement_days,
            "supplement_unit": self.supplement_unit, "legal_basis": self.legal_basis, "notes": self.notes,
        }

        self._field_labels: dict[str, QLabel] = {}
        left = self._form(("code", "name", "kind", "department", "level", "result_name", "fees", "phone"))
        right = self._form(("legal_days", "promised_days", "tolerant_allowed", "default_supply_days"))
        self._field_labels["supplement_days"] = self._field_labels["supplement_unit"] = QLabel(
            self._labels["supplement_days"])
        right.addRow(self._field_labels["supplement_days"], supplement)
        right.addRow(self._form_label("legal_basis"), self.legal_basis)
        right.addRow(self._form_label("notes"), self.notes)
        fields = QHBoxLayout()
        fields.addLayout(left, 1)
        fields.addSpacing(18)
        fields.addLayout(right, 1)

        self.materials_model = MaterialsEditModel(self._initial["materials"], self)
        self.materials_view = QTableView()
        self.materials_view.setObjectName("materialsTable")
        self.materials_view.setModel(self.materials_model)
        self.materials_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.materials_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.materials_view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                            | QAbstractItemView.EditTrigger.EditKeyPressed
                                            | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.materials_view.setWordWrap(False)
        self.materials_view.setItemDelegateForColumn(MaterialsEditModel.FORM, ChoiceDelegate(
            [(f.value, form_text(f)) for f in MaterialForm], self.materials_view))
        self.materials_view.setItemDelegateForColumn(MaterialsEditModel.SOURCE, ChoiceDelegate(
            [(s.value, source_text(s)) for s in MaterialSource], self.materials_view))
        self.materials_view.setItemDelegateForColumn(MaterialsEditModel.COPIES, CopiesDelegate(self.materials_view))
        header = self.materials_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.materials_view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 14)

        self.add_button = QPushButton(self.tr("Add material"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.up_button = QPushButton(self.tr("Move up"))
        self.down_button = QPushButton(self.tr("Move down"))
        self.add_button.clicked.connect(self.add_material)
        self.remove_button.clicked.connect(self.remove_material)
        self.up_button.clicked.connect(lambda: self.move_material(-1))
        self.down_button.clicked.connect(lambda: self.move_material(1))
        materials_bar = QHBoxLayout()
        self._field_labels["materials"] = materials_title = QLabel(self.tr("Materials"))
        materials_title.setObjectName("dialogSubheading")
        materials_bar.addWidget(materials_title)
        materials_bar.addStretch(1)
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            materials_bar.addWidget(button)
        self.materials_view.selectionModel().selectionChanged.connect(self._update_row_buttons)
        self.materials_model.rowsInserted.connect(self._update_row_buttons)
        self.materials_model.rowsRemoved.connect(self._update_row_buttons)
        self.materials_model.rowsMoved.connect(self._update_row_buttons)

        self.steps_note = QLabel()
        self.steps_note.setObjectName("adminHint")
        self.steps_note.setWordWrap(True)

        self.message = MessageLine()
        self.discard_bar = self._build_discard_bar()
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("saveItem")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)
        self.tasks.busy_changed.connect(lambda busy: self.save_button.setEnabled(not busy))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)

        main = QVBoxLayout()
        main.addWidget(self.heading)
        main.addLayout(fields)
        main.addSpacing(6)
        main.addLayout(materials_bar)
        main.addWidget(self.materials_view, 1)
        main.addWidget(self.steps_note)
        main.addWidget(self.message)
        main.addWidget(self.discard_bar)
        main.addLayout(buttons)

        self.problems_box = QGroupBox(self.tr("Problems"))
        self.problems_hint = QLabel(self.tr("Nothing is saved while a problem is listed here. "
                                            "Click a problem to go to its field."))
        self.problems_hint.setObjectName("adminHint")
        self.problems_hint.setWordWrap(True)
        self.problems_model = QStringListModel(self)
        self.problems_view = QListView()
        self.problems_view.setObjectName("itemProblems")
        self.problems_view.setModel(self.problems_model)
        self.problems_view.setWordWrap(True)
        self.problems_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.problems_view.setSpacing(3)
        self.problems_view.clicked.connect(self._go_to_problem)
        side = QVBoxLayout(self.problems_box)
        side.addWidget(self.problems_hint)
        side.addWidget(self.problems_view, 1)
        self.problems_box.setFixedWidth(290)

        root = QHBoxLayout(self)
        root.addLayout(main, 1)
        root.addWidget(self.problems_box)

    def _days_spin(self, minimum: int) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(minimum, MAX_DAYS)
        spin.setSuffix(self.tr(" working days"))
        return spin

    def _form(self, keys: tuple[str, ...]) -> QFormLayout:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        for key in keys:
            form.addRow(self._form_label(key), self._widgets[key])
        return form

    def _form_label(self, key: str) -> QLabel:
        label = QLabel(self._labels[key])
        label.setBuddy(self._widgets[key])
        self._field_labels[key] = label
        return label

    def _build_discard_bar(self) -> QFrame:
        bar = QFrame()
        bar.setObjectName("discardBar")
        bar.setProperty("level", "warning")
        label = QLabel(self.tr("The item has unsaved changes. Close without saving them?"))
        label.setWordWrap(True)
        self.discard_button = QPushButton(self.tr("Discard changes"))
        self.keep_button = QPushButton(self.tr("Keep editing"))
        self.discard_button.clicked.connect(self._discard)
        self.keep_button.clicked.connect(bar.hide)
        layout = QHBoxLayout(bar)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(label, 1)
        layout.addWidget(self.discard_button)
        layout.addWidget(self.keep_button)
        bar.hide()
        return bar

    def _fill(self, raw: dict[str, Any]) -> None:
        if self.stored is not None:
            self.heading.setText(self.tr("%1 · %2 (version %3)").replace("%1", self.stored.item.code)
                                 .replace("%2", self.stored.item.name).replace("%3", str(self.stored.version)))
        else:
            self.heading.setText(self.tr("New service item"))
        self.code.setText(raw["code"])
        self.name.setText(raw["name"])
        self.kind.setCurrentIndex(max(self.kind.findData(raw["kind"]), 0))
        self.department.setText(raw["department"])
        self.level.setCurrentIndex(max(self.level.findData(raw["level"]), 0))
        self.result_name.setText(raw["result_name"])
        self.fees.setText(raw["fees"])
        self.phone.setText(raw.get("phone") or "")
        self.legal_days.setValue(raw["legal_days"])
        self.promised_days.setValue(raw["promised_days"])
        self.tolerant.setChecked(bool(raw["tolerant_allowed"]))
        self.supply_days.setValue(raw.get("default_supply_days") or 0)
        self.supplement_days.setValue(raw["supplement_days"])
        self.supplement_unit.setCurrentIndex(max(self.supplement_unit.findData(raw["supplement_unit"]), 0))
        self.legal_basis.setPlainText(raw.get("legal_basis") or "")
        self.notes.setPlainText(raw.get("notes") or "")
        self._size_material_columns()
        self._steps = [dict(step) for step in raw.get("special_steps") or []]
        self._show_steps()
        self.supply_days.setEnabled(self.tolerant.isChecked())
        self._update_row_buttons()

    def _size_material_columns(self) -> None:
        """Columns as wide as their contents, the material names within reason; the requirement
        takes what is left."""
        self.materials_view.resizeColumnsToContents()
        em = self.materials_view.fontMetrics().horizontalAdvance("M")
        if self.materials_view.columnWidth(MaterialsEditModel.NAME) > em * 24:
            self.materials_view.setColumnWidth(MaterialsEditModel.NAME, em * 24)
        self.materials_view.setColumnWidth(MaterialsEditModel.REQUIREMENT, em * 16)

    def _show_steps(self) -> None:
        if not self._steps:
            self.steps_note.setText(self.tr("Special procedures: none. They are changed by importing a "
                                            "catalogue file."))
            return
        parts = []
        for step in self._steps:
            unit = unit_text(step.get("unit", Unit.WORKING.value))
            counted = self.tr("counted in the limit") if step.get("counted") else self.tr("not counted")
            parts.append(self.tr("%1 (%2 %3, %4)").replace("%1", str(step.get("name", "")))
                         .replace("%2", str(step.get("days", ""))).replace("%3", unit).replace("%4", counted))
        self.steps_note.setText(self.tr("Special procedures: %1. They are changed by importing a catalogue "
                                        "file.").replace("%1", self.tr("; ").join(parts)))

    # -- materials -------------------------------------------------------------------------

    def _selected_material(self) -> int | None:
        rows = self.materials_view.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def _update_row_buttons(self, *_args: object) -> None:
        row = self._selected_material()
        count = self.materials_model.rowCount()
        self.remove_button.setEnabled(row is not None)
        self.up_button.setEnabled(row is not None and row > 0)
        self.down_button.setEnabled(row is not None and row < count - 1)

    def _select_material(self, row: int, column: int = MaterialsEditModel.NAME) -> None:
        index = self.materials_model.index(row, column)
        self.materials_view.setCurrentIndex(index)
        self.materials_view.selectRow(row)
        self.materials_view.scrollTo(index)

    def add_material(self) -> None:
        row = self.materials_model.add_row(self._selected_material())
        self._select_material(row)
        self.materials_view.setFocus()
        self.materials_view.edit(self.materials_model.index(row, MaterialsEditModel.NAME))

    def remove_material(self) -> None:
        row = self._selected_material()
        if row is None:
            return
        self.materials_model.remove_row(row)
        if self.materials_model.rowCount():
            self._select_material(min(row, self.materials_model.rowCount() - 1))

    def move_material(self, delta: int) -> None:
        row = self._selected_material()
        if row is None:
            return
        self._select_material(self.materials_model.move_row(row, delta))

    # -- what is entered -------------------------------------------------------------------

    def raw_item(self) -> dict[str, Any]:
        """The item as entered, in the catalogue's dictionary form."""
        tolerant = self.tolerant.isChecked()
        return {
            "code": self.code.text().strip(),
            "name": self.name.text().strip(),
            "kind": self.kind.currentData(),
            "department": self.department.text().strip(),
            "level": self.level.currentData(),
            "legal_days": self.legal_days.value(),
            "promised_days": self.promised_days.value(),
            "tolerant_allowed": tolerant,
            "default_supply_days": (self.supply_days.value() or None) if tolerant else None,
            "supplement_days": self.supplement_days.value(),
            "supplement_unit": self.supplement_unit.currentData(),
            "fees": self.fees.text().strip(),
            "phone": self.phone.text().strip(),
            "legal_basis": self.legal_basis.toPlainText().strip(),
            "result_name": self.result_name.text().strip(),
            "special_steps": [dict(step) for step in self._steps],
            "notes": self.notes.toPlainText().strip(),
            "materials": self.materials_model.materials(),
        }

    def is_changed(self) -> bool:
        return self.raw_item() != {**self._initial, "phone": self._initial.get("phone") or ""}

    def problems(self) -> list[str]:
        return self.problems_model.stringList()

    # -- checking and saving ---------------------------------------------------------------

    def _locate(self, ref: FieldRef) -> Location:
        self._refs.append(ref)
        if ref.part == "materials" and ref.index is not None:
            place = self.tr("Material %1").replace("%1", str(ref.index + 1))
            if ref.field:
                column = _MATERIAL_COLUMN.get(ref.field)
                title = self.materials_model.headerData(column, Qt.Orientation.Horizontal) if column is not None \
                    else ref.field
                place = self.tr("%1, %2").replace("%1", place).replace("%2", str(title))
        else:
            place = self._labels.get(ref.field, ref.field)
        return Location(sheet="", row=None, column=ref.field, place=place)

    def check(self) -> list[str]:
        """Validate what is entered; show and return every problem (none: it may be saved)."""
        self._refs = []
        _items, found = validate_catalogue([self.raw_item()], source_locator=self._locate)
        texts = [self.tr("%1: %2").replace("%1", p.place).replace("%2", p.message) for p in found]
        self._show_problems(texts, list(self._refs))
        return texts

    def _show_problems(self, texts: list[str], refs: list[FieldRef]) -> None:
        self._shown_refs = refs
        self.problems_model.setStringList(texts)
        invalid = {ref.field for ref in refs if ref.part is None}
        invalid |= {"materials" for ref in refs if ref.part == "materials"}
        flagged = [self._field_labels[key] for key in invalid if key in self._field_labels]
        for label in self._field_labels.values():
            self._mark(label, any(label is other for other in flagged))
        rows: dict[int, list[str]] = {}
        for text, ref in zip(texts, refs):
            if ref.part == "materials" and ref.index is not None:
                rows.setdefault(ref.index, []).append(text)
        self.materials_model.set_problems(rows)

    @staticmethod
    def _mark(widget: QWidget, invalid: bool) -> None:
        if bool(widget.property("invalid")) == invalid:
            return
        widget.setProperty("invalid", invalid)
        widget.style().unpolish(widget)
        widget.style().polish(widget)

    def _go_to_problem(self, index: QModelIndex) -> None:
        if not 0 <= index.row() < len(self._shown_refs):
            return
        ref = self._shown_refs[index.row()]
        if ref.part == "materials" and ref.index is not None:
            column = _MATERIAL_COLUMN.get(ref.field, MaterialsEditModel.NAME)
            self._select_material(ref.index, column)
            self.materials_view.setFocus()
            return
        widget = self._widgets.get(ref.field)
        if widget is None and ref.field == "materials":
            widget = self.materials_view
        if widget is not None:
            widget.setFocus()

    def save(self) -> None:
        self.message.clear_message()
        self.discard_bar.hide()
        if self.check():
            self.message.show_error(self.tr("Not saved: correct the problems listed on the right."))
            return
        raw = self.raw_item()
        self.tasks.run(lambda: save_item(self.ws, self.actor, raw), self._saved, self._refused)

    def _saved(self, summary: ImportSummary) -> None:
        code = self.code.text().strip()
        if code in summary.unchanged:
            self.message.show_message(self.tr("No change: the item is the same as its current version, so no "
                                              "new version was made."))
            return
        self._initial = self.raw_item()
        self.saved.emit(code)
        self.accept()

    def _refused(self, exc: BaseException) -> None:
        self._show_problems(problems_of(exc), [])
        self.message.show_error(self.tr("Not saved: correct the problems listed on the right."))

    # -- closing -----------------------------------------------------------------------------

    def reject(self) -> None:
        """Closing with unsaved edits asks first, on the dialog itself rather than in a new window."""
        if self.tasks.busy:
            return
        if self.is_changed():
            self.discard_bar.show()
            self.discard_button.setFocus()
            return
        super().reject()

    def _discard(self) -> None:
        self._initial = self.raw_item()
        self.discard_bar.hide()
        super().reject()


_MATERIAL_COLUMN = {"code": MaterialsEditModel.CODE, "name": MaterialsEditModel.NAME, "form": MaterialsEditModel.FORM,
                    "copies": MaterialsEditModel.COPIES, "required": MaterialsEditModel.REQUIRED,
                    "tolerable": MaterialsEditModel.TOLERABLE, "requirement": MaterialsEditModel.REQUIREMENT,
                    "source": MaterialsEditModel.SOURCE}
