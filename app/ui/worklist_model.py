"""The work list as a table model that holds only case UUIDs.

With a hundred thousand cases the model keeps one list of UUIDs in work-list order and
nothing else; a row's contents are read from the ``cases`` projection when the view
first paints it, a page at a time, and kept in a small cache of recent pages (Anki's
browser table works the same way). Countdown states depend on "today", so the cache is
dropped when the day changes.
"""

from __future__ import annotations

import datetime as dt
from collections import OrderedDict
from typing import Any, Sequence

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from app.domain.deadlines import CountdownStatus
from app.services.queries import CaseSummary, rows_by_ids, summary
from app.services.workspace import Workspace
from app.ui.badges import CountdownRole, SecondLineRole, badge_text, badge_tooltip
from app.ui.i18n import conflict_text, status_text

ModelIndex = QModelIndex | QPersistentModelIndex
translate = QCoreApplication.translate

SUPPLY, COMPLETION, APPLICANT, ITEM, NUMBER, STATUS, INTAKE = range(7)
COLUMN_COUNT = 7
BADGE_COLUMNS = {SUPPLY: "supply", COMPLETION: "completion"}
CONFLICT_COLOUR = "#b71c1c"  # the red of overdue: waiting for a supervisor's decision


def shown_countdown(case: CaseSummary, column: int) -> tuple[str, CountdownStatus | None]:
    """The countdown a badge column shows for a case.

    Before acceptance a case has no completion clock yet; what the centre owes then is the
    one-time notice (行政许可法 art. 32), so the completion column shows that clock
    while it runs. After completion, a poor rating's follow-up takes its place.
    """
    which = BADGE_COLUMNS[column]
    cd = case.countdowns.get(which)
    follow_up = case.countdowns.get("follow_up")
    if which == "completion" and follow_up is not None and follow_up.state.is_open:
        # a poor rating being followed up is the work left on a closed case
        return "follow_up", follow_up
    if which == "completion" and cd is None:
        notice = case.countdowns.get("notice")
        if notice is not None and notice.state.is_open:
            return "notice", notice
    return which, cd


class WorklistModel(QAbstractTableModel):
    """Case UUIDs in work-list order; rows fetched on demand in pages."""

    UuidRole = Qt.ItemDataRole.UserRole + 1
    PAGE_SIZE = 100
    MAX_PAGES = 30

    def __init__(self, ws: Workspace, today: dt.date, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ws = ws
        self._today = today
        self._soon = ws.settings().due_soon_days
        self._ids: list[str] = []
        self._pages: OrderedDict[int, list[CaseSummary | None]] = OrderedDict()

    # -- what the window changes --------------------------------------------------------

    @property
    def today(self) -> dt.date:
        return self._today

    def set_ids(self, ids: Sequence[str]) -> None:
        """A new list (after a refresh or a filter change); every cached row is dropped."""
        self.beginResetModel()
        self._ids = list(ids)
        self._pages.clear()
        self.endResetModel()

    def set_today(self, today: dt.date) -> None:
        self._today = today
        self.reload_rows()

    def reload_rows(self) -> None:
        """Read the rows again (the settings or a case changed) without changing the list."""
        self._soon = self._ws.settings().due_soon_days
        self._pages.clear()
        if self._ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, COLUMN_COUNT - 1))

    def case_uuid(self, row: int) -> str | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, case_uuid: str) -> int | None:
        try:
            return self._ids.index(case_uuid)
        except ValueError:
            return None

    def summary_at(self, row: int) -> CaseSummary | None:
        if not 0 <= row < len(self._ids):
            return None
        page = row // self.PAGE_SIZE
        rows = self._pages.get(page)
        if rows is None:
            rows = self._fetch(page)
        else:
            self._pages.move_to_end(page)
        return rows[row - page * self.PAGE_SIZE]

    def _fetch(self, page: int) -> list[CaseSummary | None]:
        ids = self._ids[page * self.PAGE_SIZE:(page + 1) * self.PAGE_SIZE]
        with self._ws.read() as session:
            found = rows_by_ids(session, ids)
            rows = [summary(found[i], self._ws, self._today, self._soon) if i in found else None for i in ids]
        self._pages[page] = rows
        while len(self._pages) > self.MAX_PAGES:
            self._pages.popitem(last=False)
        return rows

    # -- QAbstractTableModel ---------------------------------------------------------------

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < COLUMN_COUNT:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._titles()[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            if section == SUPPLY:
                return translate("WorklistModel", "The applicant's deadline for the missing materials")
            if section == COMPLETION:
                return translate("WorklistModel", "The centre's promised completion deadline; before acceptance, "
                                                  "the deadline for the one-time notice")
        return None

    def _titles(self) -> list[str]:
        return [
            translate("WorklistModel", "Materials due"),
            translate("WorklistModel", "Completion due"),
            translate("WorklistModel", "Applicant"),
            translate("WorklistModel", "Service item"),
            translate("WorklistModel", "Case number"),
            translate("WorklistModel", "Status"),
            translate("WorklistModel", "Received"),
        ]

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        if role == self.UuidRole:
            return self._ids[index.row()]
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, CountdownRole, SecondLineRole,
                        Qt.ItemDataRole.ForegroundRole):
            return None
        case = self.summary_at(index.row())
        if case is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor(CONFLICT_COLOUR)) if column == STATUS and case.in_conflict else None
        if column in BADGE_COLUMNS:
            which, cd = shown_countdown(case, column)
            if role == CountdownRole:
                return (which, cd)
            if cd is None:
                return "—" if role == Qt.ItemDataRole.DisplayRole else None
            return badge_text(which, cd) if role == Qt.ItemDataRole.DisplayRole else (
                badge_tooltip(which, cd) if role == Qt.ItemDataRole.ToolTipRole else None)
        if role == SecondLineRole:
            return case.id_masked if column == APPLICANT else None
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == APPLICANT:
                lines = [case.applicant_name, case.id_masked]
                if case.phone:
                    lines.append(case.phone)
                return "\n".join(x for x in lines if x)
            if column == ITEM:
                return case.item_name
            if column == STATUS and case.in_conflict:
                return conflict_text(case.conflicts)
            if column == STATUS and case.deemed:
                return translate("WorklistModel", "The one-time notice was not given within five working days: "
                                                  "by law the case counts as accepted from the day it was received")
            return None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == APPLICANT:
            return case.applicant_name
        if column == ITEM:
            return case.item_name
        if column == NUMBER:
            return case.number
        if column == STATUS:
            status = status_text("deemed_accepted" if case.deemed else case.status)
            if case.in_conflict:
                return translate("WorklistModel", "In conflict · %1").replace("%1", status)
            return status
        if column == INTAKE:
            return case.intake_date.isoformat()
        return None
