"""Table model of the officers of this station, as the officers service lists them."""

from __future__ import annotations

from typing import Any, Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from app.ui.admin.labels import role_text, yes_no

ModelIndex = QModelIndex | QPersistentModelIndex
UsernameRole = Qt.ItemDataRole.UserRole + 1
INACTIVE_COLOUR = QColor("#90a4ae")
LOCKED_COLOUR = QColor("#b3261e")


class OfficersModel(QAbstractTableModel):
    USERNAME, DISPLAY, ROLE, ACTIVE, LOCKED = range(5)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[dict[str, Any]] = []

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole or not 0 <= section < 5:
            return None
        return [self.tr("User name"), self.tr("Name"), self.tr("Role"), self.tr("Active"),
                self.tr("Sign-in lock")][section]

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        officer = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.USERNAME:
                return officer["username"]
            if column == self.DISPLAY:
                return officer["display_name"]
            if column == self.ROLE:
                return role_text(officer["role"])
            if column == self.ACTIVE:
                return yes_no(officer["active"])
            return self.tr("Locked") if officer["locked"] else ""
        if role == UsernameRole:
            return officer["username"]
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == self.LOCKED and officer["locked"]:
                return QBrush(LOCKED_COLOUR)
            if not officer["active"]:
                return QBrush(INACTIVE_COLOUR)
        if role == Qt.ItemDataRole.ToolTipRole and officer["locked"]:
            return self.tr("Too many wrong passwords; resetting the password unlocks the account.")
        return None

    def set_officers(self, officers: Sequence[dict[str, Any]]) -> None:
        self.beginResetModel()
        self._rows = [dict(o) for o in officers]
        self.endResetModel()

    def officer_at(self, row: int) -> dict[str, Any]:
        return dict(self._rows[row])

    def row_of(self, username: str) -> int | None:
        return next((i for i, o in enumerate(self._rows) if o["username"] == username), None)
