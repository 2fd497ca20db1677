"""Type-to-search picker for service items: the first step of every intake.

An officer knows an item by a fragment of its name ("低保", "残疾") or by its code, so
the search matches code and name as substrings, and a Chinese fragment also matches
when its characters appear in order ("低保" finds 最低生活保障). Substring matches come
first. The list follows the keyboard from the search box: Up/Down move the highlight,
Enter picks it.
"""

from __future__ import annotations

import re
from typing import Any, Sequence

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLabel, QLineEdit, QListView, QVBoxLayout, QWidget

from app.services.catalogue import StoredItem

_CJK = re.compile(r"^[\u3400-\u9fff\U00020000-\U0002ffff]+$")
_NAVIGATION_KEYS = (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown)
_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)

ModelIndex = QModelIndex | QPersistentModelIndex


class CatalogueListModel(QAbstractListModel):
    """The current catalogue items, one row each."""

    CodeRole = Qt.ItemDataRole.UserRole + 1
    SearchRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, items: Sequence[StoredItem], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items = list(items)
        self._search = [f"{s.item.code} {s.item.name}".casefold() for s in self._items]

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        stored = self._items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{stored.item.name}    {stored.item.code}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return item_summary(stored)
        if role == self.CodeRole:
            return stored.item.code
        if role == self.SearchRole:
            return self._search[index.row()]
        return None

    def item_at(self, row: int) -> StoredItem:
        return self._items[row]


def item_summary(stored: StoredItem) -> str:
    """One line on what the item promises, shown under the list and as a tooltip."""
    item = stored.item
    if item.promised_days == 0:
        limit = QCoreApplication.translate("CataloguePicker", "decided on the spot")
    else:
        limit = QCoreApplication.translate("CataloguePicker", "promised within {0} working days").format(
            item.promised_days)
    if item.tolerant_allowed:
        tolerant = QCoreApplication.translate(
            "CataloguePicker", "tolerant acceptance possible (supply within {0} working days)").format(
            item.default_supply_days)
    else:
        tolerant = QCoreApplication.translate("CataloguePicker", "no tolerant acceptance")
    materials = QCoreApplication.translate("CataloguePicker", "{0} materials").format(len(item.materials))
    return "  ·  ".join([f"{item.name}（{item.code}）", limit, tolerant, materials])


def _in_order(needle: str, haystack: str) -> bool:
    position = 0
    for ch in needle:
        position = haystack.find(ch, position)
        if position < 0:
            return False
        position += 1
    return True


class ItemSearchProxy(QSortFilterProxyModel):
    """Rows matching every term of the query; plain substring matches sorted first."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._terms: list[str] = []

    def set_query(self, text: str) -> None:
        self._terms = text.casefold().split()
        self.invalidate()
        self.sort(0)

    def _score(self, row: int) -> int | None:
        """0 for a substring match of every term, 1 for an in-order match, None for none."""
        text = self.sourceModel().index(row, 0).data(CatalogueListModel.SearchRole) or ""
        score = 0
        for term in self._terms:
            if term in text:
                continue
            if _CJK.match(term) and _in_order(term, text):
                score = 1
                continue
            return None
        return score

    def filterAcceptsRow(self, source_row: int, source_parent: ModelIndex) -> bool:
        return self._score(source_row) is not None

    def lessThan(self, left: ModelIndex, right: ModelIndex) -> bool:
        a, b = self._score(left.row()) or 0, self._score(right.row()) or 0
        if a != b:
            return a < b
        return left.row() < right.row()


class CataloguePicker(QWidget):
    """Search box over a list of items; ``item_activated`` when the officer picks one."""

    item_activated = Signal(str)
    current_changed = Signal(str)

    def __init__(self, items: Sequence[StoredItem], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = CatalogueListModel(items, self)
        self.proxy = ItemSearchProxy(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.sort(0)

        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Type part of the item's name or its code"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search the catalogue"))
        self.view = QListView(self)
        self.view.setModel(self.proxy)
        self.view.setUniformItemSizes(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.empty = QLabel(self.tr("No item matches. Check the spelling, or search by the item code."), self)
        self.empty.setStyleSheet("color: #9a6700;")
        self.empty.setWordWrap(True)
        self.empty.hide()
        self.details = QLabel(self)
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        search_label = QLabel(self.tr("&Search:"), self)
        search_label.setBuddy(self.search)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(search_label)
        layout.addWidget(self.search)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.details)

        self.search.textChanged.connect(self._filter)
        self.search.installEventFilter(self)
        self.view.installEventFilter(self)
        self.view.doubleClicked.connect(lambda _index: self._activate())
        self.view.selectionModel().currentChanged.connect(self._current_changed)
        self._select_first()

    # -- reading -------------------------------------------------------------------------

    def current_item(self) -> StoredItem | None:
        index = self.view.currentIndex()
        if not index.isValid():
            return None
        return self.model.item_at(self.proxy.mapToSource(index).row())

    def current_code(self) -> str | None:
        stored = self.current_item()
        return stored.item.code if stored else None

    def visible_codes(self) -> list[str]:
        return [self.proxy.index(r, 0).data(CatalogueListModel.CodeRole) for r in range(self.proxy.rowCount())]

    # -- behaviour -----------------------------------------------------------------------

    def _filter(self, text: str) -> None:
        self.proxy.set_query(text)
        self._select_first()

    def _select_first(self) -> None:
        has_rows = self.proxy.rowCount() > 0
        if self.model.rowCount() == 0:
            self.empty.setText(self.tr("The catalogue is empty: an administrator must import the service items first."))
        self.empty.setVisible(not has_rows)
        if has_rows:
            self.view.setCurrentIndex(self.proxy.index(0, 0))
        else:
            self.view.setCurrentIndex(QModelIndex())
            self._current_changed(QModelIndex(), QModelIndex())

    def _current_changed(self, current: ModelIndex, _previous: ModelIndex) -> None:
        stored = self.current_item() if current.isValid() else None
        self.details.setText(item_summary(stored) if stored else "")
        self.current_changed.emit(stored.item.code if stored else "")

    def _activate(self) -> bool:
        code = self.current_code()
        if code:
            self.item_activated.emit(code)
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            # Enter is taken here, so it never also reaches the dialog as "next page".
            if key in _ENTER_KEYS and not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                return self._activate()
            if watched is self.search and key in _NAVIGATION_KEYS:
                QApplication.sendEvent(self.view, QKeyEvent(event.type(), key, event.modifiers()))
                return True
        return super().eventFilter(watched, event)
