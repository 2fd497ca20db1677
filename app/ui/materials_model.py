"""Table models of an item's materials: ticked at intake, and their state in a case.

The columns say what the officer must check on the paper in front of them: the form
(original, copy or both), the number of copies, whether the material is required, and
whether it is core (must be there to accept at all) or tolerable (may come later under
容缺受理).
"""

from __future__ import annotations

from typing import Any, Protocol, Sequence

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont

from app.domain.case_materials import CaseMaterial, MaterialState
from app.domain.catalogue import Material, MaterialForm
from app.ui.domain_words import ui_date

ModelIndex = QModelIndex | QPersistentModelIndex

CORE_COLOUR = QColor("#b3261e")
TOLERABLE_COLOUR = QColor("#9a6700")
MISSING_COLOUR = QColor("#b3261e")
SUPPLIED_COLOUR = QColor("#1b5e20")


class MaterialRow(Protocol):
    """What both tables show of a material: an item's (at intake) or a case's."""

    code: str
    name: str
    form: str | None
    copies: int
    required: bool
    tolerable: bool


def form_label(form: str | None) -> str:
    """Original, copy, or both, in the interface language."""
    member = MaterialForm.parse(form) if form else None
    if member is None:
        return ""
    return {
        MaterialForm.ORIGINAL: QCoreApplication.translate("Materials", "Original"),
        MaterialForm.COPY: QCoreApplication.translate("Materials", "Copy"),
        MaterialForm.ORIGINAL_AND_COPY: QCoreApplication.translate("Materials", "Original and copy"),
    }[member]


class _MaterialColumns(QAbstractTableModel):
    """What both tables share: name, form, copies, required, core/tolerable."""

    NAME, FORM, COPIES, NEED, KIND = range(5)
    CodeRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def material(self, row: int) -> MaterialRow:
        return self._rows[row]

    def _tooltip(self, m: Any) -> str | None:
        return None

    def _shared_header(self, column: int) -> str:
        return [self.tr("Material"), self.tr("Form"), self.tr("Copies"), self.tr("Required"),
                self.tr("Core or tolerable")][column]

    def _shared_data(self, m: MaterialRow, column: int, role: int) -> Any:
        required, tolerable = m.required, m.tolerable
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.NAME:
                return m.name
            if column == self.FORM:
                return form_label(m.form)
            if column == self.COPIES:
                return str(m.copies)
            if column == self.NEED:
                return self.tr("Required") if required else self.tr("Optional")
            if column == self.KIND:
                if not required:
                    return "—"
                return self.tr("Tolerable") if tolerable else self.tr("Core")
        if role == Qt.ItemDataRole.ToolTipRole and column == self.NAME:
            return self._tooltip(m)
        if role == Qt.ItemDataRole.ForegroundRole and column == self.KIND and required:
            return QBrush(TOLERABLE_COLOUR if tolerable else CORE_COLOUR)
        if role == Qt.ItemDataRole.FontRole and column == self.KIND and required and not tolerable:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.COPIES:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == self.CodeRole:
            return m.code
        return None


class IntakeMaterialsModel(_MaterialColumns):
    """The item's materials with a "received" tick per row; nothing ticked at first."""

    RECEIVED = 0
    received_changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._received: list[bool] = []

    def set_materials(self, materials: Sequence[Material]) -> None:
        self.beginResetModel()
        self._rows = list(materials)
        # None ticked at first: the officer ticks each paper as it is seen. A list ticked
        # in advance invites confirming papers nobody looked at, and a material wrongly
        # recorded as received is never asked for again; a forgotten tick only shows up
        # as a missing material on the decision page, where the officer sees it.
        self._received = [False] * len(self._rows)
        self.endResetModel()
        self.received_changed.emit()

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else 6

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == self.RECEIVED:
            return self.tr("Received")
        return self._shared_header(section - 1)

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == self.RECEIVED:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = index.row(), index.column()
        if column == self.RECEIVED:
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Checked if self._received[row] else Qt.CheckState.Unchecked
            if role == Qt.ItemDataRole.AccessibleTextRole:
                return self.tr("Received") if self._received[row] else self.tr("Not received")
            if role == self.CodeRole:
                return self._rows[row].code
            return None
        return self._shared_data(self._rows[row], column - 1, role)

    def _tooltip(self, m: Material) -> str | None:
        return m.requirement or None

    def setData(self, index: ModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != self.RECEIVED or role != Qt.ItemDataRole.CheckStateRole:
            return False
        checked = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value)
        return self._set(index.row(), checked)

    def _set(self, row: int, checked: bool) -> bool:
        if self._received[row] == checked:
            return True
        self._received[row] = checked
        first = self.index(row, 0)
        self.dataChanged.emit(first, self.index(row, self.columnCount() - 1),
                              [Qt.ItemDataRole.CheckStateRole])
        self.received_changed.emit()
        return True

    # -- for the dialog -----------------------------------------------------------------

    def toggle(self, row: int) -> None:
        if 0 <= row < len(self._rows):
            self._set(row, not self._received[row])

    def set_all(self, checked: bool) -> None:
        for row in range(len(self._rows)):
            self._set(row, checked)

    def received_codes(self) -> tuple[str, ...]:
        return tuple(m.code for m, ok in zip(self._rows, self._received) if ok)

    def missing(self) -> list[Material]:
        return [m for m, ok in zip(self._rows, self._received) if not ok]

    def missing_codes(self) -> tuple[str, ...]:
        return tuple(m.code for m in self.missing())


class CaseMaterialsModel(_MaterialColumns):
    """A case's materials as they stand: received, missing, or supplied on a date."""

    STATE = 5

    def set_materials(self, materials: Sequence[CaseMaterial]) -> None:
        self.beginResetModel()
        self._rows = list(materials)
        self.endResetModel()

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else 6

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == self.STATE:
            return self.tr("State")
        return self._shared_header(section)

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def state_text(self, m: CaseMaterial) -> str:
        if m.state is MaterialState.RECEIVED:
            return self.tr("Received")
        if m.state is MaterialState.SUPPLIED:
            day = m.supplied_on
            return self.tr("Supplied {0}").format(ui_date(day)) if day else self.tr("Supplied")
        if m.required:
            return self.tr("Missing")
        return self.tr("Not provided")

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        m = self._rows[index.row()]
        if index.column() == self.STATE:
            if role == Qt.ItemDataRole.DisplayRole:
                return self.state_text(m)
            if role == Qt.ItemDataRole.ForegroundRole:
                if m.missing_required:
                    return QBrush(MISSING_COLOUR)
                if m.state is MaterialState.SUPPLIED:
                    return QBrush(SUPPLIED_COLOUR)
            if role == self.CodeRole:
                return m.code
            return None
        return self._shared_data(m, index.column(), role)
