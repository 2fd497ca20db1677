"""Table models of the catalogue: the current items, and one item's versions.

A catalogue holds tens of items, a few hundred at most, so the current versions are held
whole; a save replaces one row rather than reloading the table.
"""

from __future__ import annotations

from typing import Any, Sequence

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from app.domain.catalogue import ServiceItem
from app.services.catalogue import StoredItem
from app.ui.admin.labels import kind_text, unit_text, yes_no

ModelIndex = QModelIndex | QPersistentModelIndex
translate = QCoreApplication.translate

SortRole = Qt.ItemDataRole.UserRole + 1
CodeRole = Qt.ItemDataRole.UserRole + 2
_NUMBER_ALIGN = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def limit_text(days: int) -> str:
    """A promised limit; 0 is an item decided on the spot (即办件)."""
    return translate("ItemsModel", "on the spot") if days == 0 else str(days)


class ItemsModel(QAbstractTableModel):
    """The current version of every item: what an admin scans before editing one."""

    CODE, NAME, KIND, PROMISED, TOLERANT, SUPPLY, VERSION = range(7)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items: list[StoredItem] = []

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else 7

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < 7:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return [self.tr("Code"), self.tr("Name"), self.tr("Kind"), self.tr("Promised"),
                    self.tr("Tolerant"), self.tr("Supply period"), self.tr("Version")][section]
        if role == Qt.ItemDataRole.ToolTipRole:
            if section == self.PROMISED:
                return self.tr("Working days the centre promises for the result; “on the spot” items are decided "
                               "at the window")
            if section == self.TOLERANT:
                return self.tr("Whether the item may be accepted with tolerable materials still missing")
            if section == self.SUPPLY:
                return self.tr("Working days the applicant has to bring the missing materials")
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        stored = self._items[index.row()]
        item, column = stored.item, index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(stored, column)
        if role == SortRole:
            return [item.code, item.name, kind_text(item.kind), item.promised_days, int(item.tolerant_allowed),
                    item.default_supply_days or 0, stored.version][column]
        if role == CodeRole:
            return item.code
        if role == Qt.ItemDataRole.ToolTipRole and column == self.NAME:
            return f"{item.name}\n{item.department}"
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.PROMISED, self.SUPPLY, self.VERSION):
            return _NUMBER_ALIGN
        return None

    def _display(self, stored: StoredItem, column: int) -> str:
        item = stored.item
        if column == self.CODE:
            return item.code
        if column == self.NAME:
            return item.name
        if column == self.KIND:
            return kind_text(item.kind)
        if column == self.PROMISED:
            return limit_text(item.promised_days)
        if column == self.TOLERANT:
            return yes_no(item.tolerant_allowed)
        if column == self.SUPPLY:
            return str(item.default_supply_days) if item.default_supply_days else "—"
        return str(stored.version)

    # -- changes -------------------------------------------------------------------------

    def set_items(self, items: Sequence[StoredItem]) -> None:
        self.beginResetModel()
        self._items = sorted(items, key=lambda s: s.item.code)
        self.endResetModel()

    def put(self, stored: StoredItem) -> int:
        """Show a saved item: its row changes in place, or a new row appears in code order."""
        row = self.row_of(stored.item.code)
        if row is not None:
            self._items[row] = stored
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
            return row
        row = next((i for i, s in enumerate(self._items) if s.item.code > stored.item.code), len(self._items))
        self.beginInsertRows(QModelIndex(), row, row)
        self._items.insert(row, stored)
        self.endInsertRows()
        return row

    def item_at(self, row: int) -> StoredItem:
        return self._items[row]

    def row_of(self, code: str) -> int | None:
        return next((i for i, s in enumerate(self._items) if s.item.code == code), None)

    def codes(self) -> list[str]:
        return [s.item.code for s in self._items]


class ItemFilter(QSortFilterProxyModel):
    """Rows whose code, name or kind contain the typed text, sorted by their values."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setFilterKeyColumn(-1)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setSortRole(SortRole)

    def set_text(self, text: str) -> None:
        self.setFilterFixedString(text.strip())


# -- versions ------------------------------------------------------------------------------

_COMPARED = ("name", "kind", "department", "level", "legal_days", "promised_days", "tolerant_allowed",
             "default_supply_days", "supplement_days", "supplement_unit", "fees", "phone", "legal_basis",
             "result_name", "special_steps", "notes", "materials")


def changes_between(old: ServiceItem | None, new: ServiceItem) -> list[str]:
    """The fields (by their key) in which ``new`` differs from ``old``, in form order."""
    if old is None:
        return []
    before, after = old.to_dict(), new.to_dict()
    changed: list[str] = []
    for key in _COMPARED:
        if before.get(key) != after.get(key):
            changed.append(key)
    return changed


class VersionsModel(QAbstractTableModel):
    """Every version of one item, newest first, with what each one changed."""

    VERSION, NAME, PROMISED, SUPPLY, MATERIALS, CHANGES = range(6)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._versions: list[StoredItem] = []
        self._changes: list[str] = []

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._versions)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else 6

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole or not 0 <= section < 6:
            return None
        return [self.tr("Version"), self.tr("Name"), self.tr("Promised"), self.tr("Supply period"),
                self.tr("Materials"), self.tr("Changed")][section]

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._versions):
            return None
        stored = self._versions[index.row()]
        item, column = stored.item, index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == self.VERSION:
                return str(stored.version)
            if column == self.NAME:
                return item.name
            if column == self.PROMISED:
                return limit_text(item.promised_days)
            if column == self.SUPPLY:
                return str(item.default_supply_days) if item.default_supply_days else "—"
            if column == self.MATERIALS:
                return str(len(item.materials))
            return self._changes[index.row()]
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.VERSION, self.PROMISED, self.SUPPLY,
                                                                    self.MATERIALS):
            return _NUMBER_ALIGN
        return None

    def set_versions(self, versions: Sequence[StoredItem]) -> None:
        """``versions`` in any order; shown newest first."""
        ordered = sorted(versions, key=lambda s: s.version)
        changes = []
        previous: ServiceItem | None = None
        for stored in ordered:
            changes.append(self._describe(previous, stored))
            previous = stored.item
        self.beginResetModel()
        self._versions = ordered[::-1]
        self._changes = changes[::-1]
        self.endResetModel()

    def _describe(self, old: ServiceItem | None, stored: StoredItem) -> str:
        if old is None:
            return self.tr("First version")
        words: list[str] = []
        for key in changes_between(old, stored.item):
            word = self._word(key, old, stored.item)
            if word not in words:
                words.append(word)
        return self.tr("; ").join(words) if words else self.tr("No visible change")

    def _word(self, key: str, old: ServiceItem, new: ServiceItem) -> str:
        if key == "promised_days":
            return self.tr("Promised limit %1 → %2").replace("%1", limit_text(old.promised_days)).replace(
                "%2", limit_text(new.promised_days))
        if key == "legal_days":
            return self.tr("Legal limit %1 → %2").replace("%1", str(old.legal_days)).replace(
                "%2", str(new.legal_days))
        if key == "default_supply_days":
            return self.tr("Supply period %1 → %2").replace("%1", str(old.default_supply_days or "—")).replace(
                "%2", str(new.default_supply_days or "—"))
        if key in ("supplement_days", "supplement_unit"):
            return self.tr("Supplement period %1 → %2").replace(
                "%1", f"{old.supplement_days} {unit_text(old.supplement_unit)}").replace(
                "%2", f"{new.supplement_days} {unit_text(new.supplement_unit)}")
        return {
            "name": self.tr("Name"), "kind": self.tr("Kind"), "department": self.tr("Department"),
            "level": self.tr("Level"), "tolerant_allowed": self.tr("Tolerant acceptance"), "fees": self.tr("Fees"),
            "phone": self.tr("Phone"), "legal_basis": self.tr("Legal basis"), "result_name": self.tr("Result"),
            "special_steps": self.tr("Special procedures"), "notes": self.tr("Notes"),
            "materials": self.tr("Materials"),
        }[key]

    def version_at(self, row: int) -> StoredItem:
        return self._versions[row]
