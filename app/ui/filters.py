"""The controls above the work list: count tiles, state and item choosers, the search box.

The search box filters as the officer types, after a short pause (150 ms) so that a
fast typist does not start one query per key. Choosing a tile or a state filters at
once. What the controls ask for becomes a :class:`Criteria`; :func:`conditions_for`
turns it into the service's list conditions.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum
from typing import Sequence

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.services.catalogue import StoredItem
from app.services.queries import CaseFilter, Counts, filter_conditions
from app.services.workspace import Workspace

SEARCH_DELAY_MS = 150


class StateChoice(StrEnum):
    OPEN = "open"
    OVERDUE = "overdue"
    DUE_TODAY = "due_today"
    DUE_SOON = "due_soon"
    AWAITING = "awaiting"
    ALL = "all"


@dataclass(frozen=True)
class Criteria:
    state: StateChoice = StateChoice.OPEN
    item_code: str | None = None
    search: str = ""


def conditions_for(ws: Workspace, criteria: Criteria, today: dt.date) -> list:
    """The list conditions for what the officer chose (runs on the worker thread)."""
    base = CaseFilter(item_code=criteria.item_code, search=criteria.search)
    state = criteria.state
    if state is StateChoice.AWAITING:
        f = CaseFilter(item_code=base.item_code, search=base.search, awaiting_materials=True)
    elif state is StateChoice.OPEN:
        f = CaseFilter(item_code=base.item_code, search=base.search, open_only=True)
    elif state is StateChoice.OVERDUE:
        f = CaseFilter(item_code=base.item_code, search=base.search, overdue=True)
    elif state is StateChoice.DUE_TODAY:
        f = CaseFilter(item_code=base.item_code, search=base.search, due_within=0)
    elif state is StateChoice.DUE_SOON:
        soon = ws.settings().due_soon_days
        f = CaseFilter(item_code=base.item_code, search=base.search, due_within=soon)
    else:
        f = base
    return filter_conditions(ws, f, today)


class SearchBox(QLineEdit):
    """Escape clears the box; Down moves to the list (the window connects ``leave_down``)."""

    leave_down = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.text():
            self.clear()
            return
        if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.leave_down.emit()
            return
        super().keyPressEvent(event)


class FilterBar(QWidget):
    """State, item and search; ``changed`` fires when the list should be queried again."""

    changed = Signal()

    def __init__(self, items: Sequence[StoredItem], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("filterBar")
        self.state_combo = QComboBox()
        self.state_combo.setObjectName("stateFilter")
        for choice, label in self._state_labels():
            self.state_combo.addItem(label, choice.value)
        self.item_combo = QComboBox()
        self.item_combo.setObjectName("itemFilter")
        self.item_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.item_combo.setMinimumContentsLength(14)
        self.set_items(items)
        self.search = SearchBox()
        self.search.setObjectName("searchBox")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search: case number, name, phone or last digits of ID (Ctrl+F)"))
        self.search.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.search.setMinimumWidth(260)

        state_label = QLabel(self.tr("&Show:"))
        state_label.setBuddy(self.state_combo)
        item_label = QLabel(self.tr("&Item:"))
        item_label.setBuddy(self.item_combo)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(state_label)
        layout.addWidget(self.state_combo)
        layout.addSpacing(8)
        layout.addWidget(item_label)
        layout.addWidget(self.item_combo)
        layout.addSpacing(8)
        layout.addWidget(self.search, 1)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self.changed)
        self.search.textChanged.connect(self._debounce.start)
        self.state_combo.currentIndexChanged.connect(self.changed)
        self.item_combo.currentIndexChanged.connect(self.changed)

    def _state_labels(self) -> list[tuple[StateChoice, str]]:
        return [
            (StateChoice.OPEN, self.tr("All open cases")),
            (StateChoice.OVERDUE, self.tr("Overdue")),
            (StateChoice.DUE_TODAY, self.tr("Due today")),
            (StateChoice.DUE_SOON, self.tr("Due soon (incl. today)")),
            (StateChoice.AWAITING, self.tr("Waiting for materials")),
            (StateChoice.ALL, self.tr("All cases, incl. closed")),
        ]

    def set_items(self, items: Sequence[StoredItem]) -> None:
        """Fill the item chooser (again, after the catalogue changed), keeping the choice."""
        current = self.item_combo.currentData()
        self.item_combo.blockSignals(True)
        self.item_combo.clear()
        self.item_combo.addItem(self.tr("All items"), None)
        for stored in items:
            self.item_combo.addItem(stored.item.name, stored.item.code)
            self.item_combo.setItemData(self.item_combo.count() - 1, f"{stored.item.code}  {stored.item.name}",
                                        Qt.ItemDataRole.ToolTipRole)
        found = self.item_combo.findData(current)
        self.item_combo.setCurrentIndex(max(0, found))
        self.item_combo.blockSignals(False)

    def set_state(self, state: StateChoice) -> None:
        self.state_combo.setCurrentIndex(self.state_combo.findData(state.value))

    def criteria(self) -> Criteria:
        return Criteria(
            state=StateChoice(self.state_combo.currentData()),
            item_code=self.item_combo.currentData(),
            search=self.search.text().strip(),
        )


class CountTile(QPushButton):
    """A big number over its caption; clicking it shows those cases."""

    def __init__(self, tone: str, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("countTile")
        self.setProperty("tone", tone)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.number = QLabel("–")
        self.number.setObjectName("countNumber")
        self.number.setProperty("tone", tone)
        self.number.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption = QLabel(caption)
        self.caption.setObjectName("countCaption")
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        for label in (self.number, self.caption):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 6, 14, 6)
        layout.setSpacing(0)
        layout.addWidget(self.number)
        layout.addWidget(self.caption)
        self.setAccessibleName(caption)

    def set_value(self, value: int) -> None:
        self.number.setText(str(value))
        self.setAccessibleDescription(str(value))

    def sizeHint(self) -> QSize:
        hint = self.layout().sizeHint()
        return QSize(max(hint.width(), 96), hint.height())

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()


class CountTiles(QWidget):
    """Overdue, due today, due soon, waiting for materials, open in total."""

    picked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tiles: dict[str, CountTile] = {
            "overdue": CountTile("overdue", self.tr("Overdue")),
            "due_today": CountTile("today", self.tr("Due today")),
            "due_soon": CountTile("soon", self.tr("Due soon")),
            "awaiting_materials": CountTile("materials", self.tr("Waiting for materials")),
            "open_total": CountTile("open", self.tr("Open in total")),
        }
        choices = {
            "overdue": StateChoice.OVERDUE,
            "due_today": StateChoice.DUE_TODAY,
            "due_soon": StateChoice.DUE_SOON,
            "awaiting_materials": StateChoice.AWAITING,
            "open_total": StateChoice.OPEN,
        }
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        for key, tile in self.tiles.items():
            tile.clicked.connect(lambda _=False, c=choices[key]: self.picked.emit(c.value))
            layout.addWidget(tile)

    def set_counts(self, counts: Counts) -> None:
        for key, tile in self.tiles.items():
            tile.set_value(getattr(counts, key))

    def value(self, key: str) -> str:
        return self.tiles[key].number.text()
