"""Table model of the problems found in a refused catalogue file.

Each problem says where it is as the file shows it (the sheet, the row number Excel
shows, the column header) so that an admin can go straight to the cell and fix it.
"""

from __future__ import annotations

from typing import Any, Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from app.domain.catalogue import CatalogueProblem
from app.ui.refusal_words import refusal_text

ModelIndex = QModelIndex | QPersistentModelIndex


class ProblemsModel(QAbstractTableModel):
    SHEET, ROW, COLUMN, MESSAGE = range(4)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._problems: list[CatalogueProblem] = []

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._problems)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole or not 0 <= section < 4:
            return None
        return [self.tr("Sheet"), self.tr("Row"), self.tr("Column"), self.tr("Problem")][section]

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._problems):
            return None
        problem = self._problems[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.SHEET:
                return problem.sheet
            if column == self.ROW:
                return "" if problem.row is None else str(problem.row)
            if column == self.COLUMN:
                return problem.column
            return refusal_text(problem.message)
        if role == Qt.ItemDataRole.ToolTipRole:
            return refusal_text(problem)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.ROW:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def set_problems(self, problems: Sequence[CatalogueProblem]) -> None:
        self.beginResetModel()
        self._problems = list(problems)
        self.endResetModel()

    def problem_at(self, row: int) -> CatalogueProblem:
        return self._problems[row]
