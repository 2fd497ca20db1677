"""Cases in conflict between stations: both sides side by side, and a supervisor's decision.

When two stations recorded things about one case that cannot both hold (two results,
completed and terminated, extensions past the legal ten days…), both are kept and the
case waits. Here a supervisor sees each conflict as two columns — what each station
recorded, by whom, when — and keeps one with a reason; the decision is itself an event,
so every station that receives it settles the case the same way.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from app.services import cases
from app.services.errors import USER_ERRORS
from app.services.officers import Actor
from app.services.queries import CaseFilter, CaseSummary, list_cases
from app.services.sync_keys import station_labels
from app.services.workspace import Workspace
from app.ui.i18n import conflict_text
from app.ui.worker import Runner
from app.ui.refusal_words import conflict_kind_word, refusal_text

_Index = QModelIndex | QPersistentModelIndex


class ConflictCasesModel(QAbstractTableModel):
    """The cases in conflict: number, applicant, what kind of conflict."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[CaseSummary] = []

    def set_rows(self, rows: list[CaseSummary]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Case number"), self.tr("Applicant"), self.tr("Conflict"))[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        row = self.rows[index.row()]
        if index.column() == 0:
            return row.number
        if index.column() == 1:
            return row.applicant_name
        return conflict_text(row.conflicts).splitlines()[0] if role == Qt.ItemDataRole.DisplayRole \
            else conflict_text(row.conflicts)


class SidePanel(QGroupBox):
    """One station's side of a conflict."""

    def __init__(self, title: str, side: Any, station: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        form = QFormLayout(self)
        for label, value in ((self.tr("Recorded:"), side.detail), (self.tr("Station:"), station),
                             (self.tr("Officer:"), side.officer), (self.tr("Date:"), side.date or "—")):
            text = QLabel(value, self)
            text.setWordWrap(True)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(label, text)


class ConflictsDialog(QDialog):
    """Every case in conflict; for the selected one, each conflict side by side."""

    settled = Signal(str)

    def __init__(self, ws: Workspace, actor: Actor, worker: Runner, today: dt.date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws, self.actor, self.worker, self.today = ws, actor, worker, today
        self.case_number: str | None = None
        self.setWindowTitle(self.tr("Cases in conflict between stations"))
        self.setObjectName("conflictsDialog")
        self.model = ConflictCasesModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("conflictCases")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.table.selectionModel().currentRowChanged.connect(lambda current, _prev: self._load(current.row()))
        self.detail = QWidget(self)
        self.detail_layout = QVBoxLayout(self.detail)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.detail)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(1, 2)
        self.message = QLabel(self)
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(900, 600)
        self.reload()

    def reload(self) -> None:
        today = self.today
        self.worker.submit(lambda: list_cases(self.ws, CaseFilter(conflicts=True), today), self._listed, self._failed)

    def _listed(self, rows: list[CaseSummary]) -> None:
        self.model.set_rows(rows)
        if not rows:
            self._clear()
            self.message.setText(self.tr("No case is in conflict."))
            return
        self.table.resizeColumnToContents(0)
        self.table.resizeColumnToContents(1)
        keep = next((i for i, r in enumerate(rows) if r.number == self.case_number), 0)
        before = self.table.currentIndex().row()
        self.table.selectRow(keep)  # loads the case when the selection moves
        if before == keep:
            self._load(keep)

    def _clear(self) -> None:
        while self.detail_layout.count():
            item = self.detail_layout.takeAt(0)
            if item.widget() is not None:
                item.widget().hide()
                item.widget().deleteLater()

    def _load(self, row: int) -> None:
        if not 0 <= row < len(self.model.rows):
            return
        number = self.model.rows[row].number
        today = self.today

        def task() -> tuple[Any, dict[str, str]]:
            return cases.get_case(self.ws, number, today), station_labels(self.ws)

        self.worker.submit(task, lambda got: self._show(number, *got), self._failed)

    def _show(self, number: str, view: Any, stations: dict[str, str]) -> None:
        self.case_number = number
        self._clear()
        state = view.state
        heading = QLabel(self.tr("%1 · %2 · %3").replace("%1", state.number).replace(
            "%2", str(state.applicant.get("name", ""))).replace("%3", str(state.item.get("name", ""))), self.detail)
        heading.setObjectName("caseHeading")
        self.detail_layout.addWidget(heading)
        for position, conflict in enumerate(state.conflicts, 1):
            box = QGroupBox(self.tr("Conflict %1: %2").replace("%1", str(position)).replace(
                "%2", conflict_kind_word(conflict.kind)), self.detail)
            box.setObjectName(f"conflict{position}")
            sides = QHBoxLayout()
            sides.addWidget(SidePanel(self.tr("Applied first"), conflict.first,
                                      stations.get(conflict.first.station_uuid, conflict.first.station_uuid[:8]), box))
            sides.addWidget(SidePanel(self.tr("Held aside"), conflict.second,
                                      stations.get(conflict.second.station_uuid, conflict.second.station_uuid[:8]),
                                      box))
            reason = QLineEdit(box)
            reason.setObjectName(f"reason{position}")
            reason.setPlaceholderText(self.tr("Reason for the decision (recorded in the case)"))
            keep_first = QPushButton(self.tr("Keep the &left one"), box)
            keep_first.setObjectName(f"keepFirst{position}")
            keep_second = QPushButton(self.tr("Keep the &right one"), box)
            keep_second.setObjectName(f"keepSecond{position}")
            for button, keep in ((keep_first, "first"), (keep_second, "second")):
                button.setEnabled(self.actor.is_supervisor)
                button.clicked.connect(lambda _=False, c=conflict.id, k=keep, r=reason: self.settle(c, k, r.text()))
            decide = QHBoxLayout()
            decide.addWidget(reason, 1)
            decide.addWidget(keep_first)
            decide.addWidget(keep_second)
            inner = QVBoxLayout(box)
            inner.addLayout(sides)
            inner.addLayout(decide)
            if not self.actor.is_supervisor:
                inner.addWidget(QLabel(self.tr("Only a supervisor or an administrator settles a conflict."), box))
            self.detail_layout.addWidget(box)
        self.detail_layout.addStretch(1)
        self.message.clear()

    def settle(self, conflict_id: str, keep: str, reason: str) -> None:
        number, today = self.case_number, self.today
        if number is None:
            return

        def done(_view: Any) -> None:
            self.message.setText(self.tr("Settled; the decision is recorded in the case and travels with the next "
                                         "package."))
            self.settled.emit(number)
            self.reload()

        self.worker.submit(lambda: cases.settle(self.ws, self.actor, number, conflict_id, keep, reason, today),
                           done, self._failed)

    def _failed(self, error: BaseException) -> None:
        if not isinstance(error, USER_ERRORS):
            raise error
        self.message.setText(refusal_text(error))
