"""Editable table model of an item's materials, as the item editor changes them.

Rows are the material dictionaries of the catalogue's own form, so what the admin sees
is exactly what is validated and saved. Required and tolerable are tick boxes; the form
and source are chosen from lists; a row with a problem is tinted and says why.
"""

from __future__ import annotations

import re
from typing import Any, Mapping, Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from app.domain.catalogue import MaterialForm, MaterialSource
from app.ui.admin.labels import form_text, source_text

ModelIndex = QModelIndex | QPersistentModelIndex

_KEYS = ("code", "name", "form", "copies", "required", "tolerable", "source", "requirement")
_CHECKED = (Qt.CheckState.Checked, Qt.CheckState.Checked.value)
PROBLEM_BACKGROUND = QColor("#fdecea")


def blank_material(code: str) -> dict[str, Any]:
    """A new row: a required original in one copy, brought by the applicant."""
    return {"code": code, "name": "", "form": MaterialForm.ORIGINAL.value, "copies": 1, "required": True,
            "tolerable": False, "requirement": "", "source": MaterialSource.APPLICANT.value}


class MaterialsEditModel(QAbstractTableModel):
    CODE, NAME, FORM, COPIES, REQUIRED, TOLERABLE, SOURCE, REQUIREMENT = range(8)
    CHECK_COLUMNS = (REQUIRED, TOLERABLE)

    def __init__(self, materials: Sequence[Mapping[str, Any]] = (), parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[dict[str, Any]] = [dict(m) for m in materials]
        self._problems: dict[int, list[str]] = {}

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(_KEYS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1) if 0 <= section < len(self._rows) else None
        if not 0 <= section < len(_KEYS):
            return None
        return [self.tr("Code"), self.tr("Material"), self.tr("Form"), self.tr("Copies"), self.tr("Required"),
                self.tr("Tolerable"), self.tr("Source"), self.tr("Requirement")][section]

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() in self.CHECK_COLUMNS:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base | Qt.ItemFlag.ItemIsEditable

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
        key = _KEYS[column]
        if role == Qt.ItemDataRole.DisplayRole:
            if column in self.CHECK_COLUMNS:
                return None
            if column == self.FORM:
                return _shown(form_text, MaterialForm, row.get(key))
            if column == self.SOURCE:
                return _shown(source_text, MaterialSource, row.get(key))
            value = row.get(key)
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.EditRole:
            return None if column in self.CHECK_COLUMNS else row.get(key)
        if role == Qt.ItemDataRole.CheckStateRole and column in self.CHECK_COLUMNS:
            return Qt.CheckState.Checked if row.get(key) else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.BackgroundRole and index.row() in self._problems:
            return QBrush(PROBLEM_BACKGROUND)
        if role == Qt.ItemDataRole.ToolTipRole:
            if index.row() in self._problems:
                return "\n".join(self._problems[index.row()])
            if column == self.REQUIREMENT and row.get(key):
                return str(row[key])
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.COPIES:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: ModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return False
        column = index.column()
        key = _KEYS[column]
        if column in self.CHECK_COLUMNS:
            if role != Qt.ItemDataRole.CheckStateRole:
                return False
            new: Any = value in _CHECKED
        elif role == Qt.ItemDataRole.EditRole:
            new = value.strip() if isinstance(value, str) else value
        else:
            return False
        row = self._rows[index.row()]
        if row.get(key) == new:
            return False
        row[key] = new
        self.dataChanged.emit(index, index, [role, Qt.ItemDataRole.DisplayRole])
        return True

    # -- rows ------------------------------------------------------------------------------

    def add_row(self, at: int | None = None) -> int:
        """Insert a blank material (after ``at``, else at the end); returns its row."""
        row = len(self._rows) if at is None else max(0, min(at + 1, len(self._rows)))
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.insert(row, blank_material(self._next_code()))
        self.endInsertRows()
        self._shift_problems()
        return row

    def remove_row(self, row: int) -> bool:
        if not 0 <= row < len(self._rows):
            return False
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._rows[row]
        self.endRemoveRows()
        self._shift_problems()
        return True

    def move_row(self, row: int, delta: int) -> int:
        """Move a row up (-1) or down (+1); returns where it is now."""
        target = row + delta
        if delta not in (-1, 1) or not 0 <= row < len(self._rows) or not 0 <= target < len(self._rows):
            return row
        destination = target if delta < 0 else target + 1
        self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), destination)
        self._rows.insert(target, self._rows.pop(row))
        self.endMoveRows()
        self._shift_problems()
        return target

    def _next_code(self) -> str:
        numbers = [int(r["code"]) for r in self._rows if re.fullmatch(r"\d+", str(r.get("code", "")))]
        width = max((len(str(r["code"])) for r in self._rows if re.fullmatch(r"\d+", str(r.get("code", "")))),
                    default=2)
        return str(max(numbers, default=0) + 1).zfill(width)

    def _shift_problems(self) -> None:
        """Problems name rows by number; after rows move they no longer apply."""
        if self._problems:
            self.set_problems({})

    # -- contents --------------------------------------------------------------------------

    def materials(self) -> list[dict[str, Any]]:
        return [dict(r) for r in self._rows]

    def set_problems(self, problems: Mapping[int, list[str]]) -> None:
        self._problems = {row: list(messages) for row, messages in problems.items() if 0 <= row < len(self._rows)}
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(_KEYS) - 1),
                                  [Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ToolTipRole])

    def problem_rows(self) -> list[int]:
        return sorted(self._problems)


def _shown(word, enum, value: Any) -> str:
    member = enum.parse(value) if value else None
    return word(member) if member is not None else ("" if value is None else str(value))
