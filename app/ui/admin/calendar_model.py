"""Table model of the years the working-day calendar knows, newest first."""

from __future__ import annotations

from typing import Any, Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from app.domain.calendar import YearStatus
from app.ui.admin.labels import origin_text

ModelIndex = QModelIndex | QPersistentModelIndex
YearRole = Qt.ItemDataRole.UserRole + 1


class CalendarModel(QAbstractTableModel):
    YEAR, ORIGIN, SOURCE = range(3)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._years: list[YearStatus] = []

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._years)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole or not 0 <= section < 3:
            return None
        return [self.tr("Year"), self.tr("Origin"), self.tr("Source")][section]

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._years):
            return None
        status = self._years[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == self.YEAR:
                return str(status.year)
            if column == self.ORIGIN:
                return origin_text(status.origin)
            return status.source
        if role == YearRole:
            return status.year
        if role == Qt.ItemDataRole.FontRole and status.origin == "imported":
            font = QFont()
            font.setBold(True)
            return font
        return None

    def set_years(self, years: Sequence[YearStatus]) -> None:
        self.beginResetModel()
        self._years = sorted(years, key=lambda y: y.year, reverse=True)
        self.endResetModel()

    def years(self) -> list[int]:
        return [y.year for y in self._years]

    def status_of(self, year: int) -> YearStatus | None:
        return next((y for y in self._years if y.year == year), None)
