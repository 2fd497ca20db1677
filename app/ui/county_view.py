"""The county view: every township's cases in one list, with the township they came from.

Shown at a county hub (a station that has received packages from other centres, see
:func:`app.services.county.is_hub`). The list is the work list's own model with a
township column, painted with the same countdown badges; a township filter and a search
across all townships narrow it. Townships whose newest package is older than the
``stale_after_days`` setting are named in a red line above the list: their cases may be
out of date. The 通报 is reached from the window's Reports menu.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QBrush, QColor, QFontMetrics, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.lifecycle import Status
from app.services import county
from app.services.county import TownshipStatus
from app.services.queries import CaseFilter, filter_conditions, ordered_ids
from app.services.workspace import Workspace
from app.ui.admin.feedback import is_user_error, problems_of
from app.services.changes import OpChanges
from app.ui.domain_words import chinese_interface
from app.ui.badges import BadgeDelegate, TwoLineDelegate, second_line_font, widest_badge_text
from app.ui.geometry import GeometryKeeper
from app.ui.i18n import status_text
from app.ui.worker import Runner
from app.ui.worklist_model import (
    APPLICANT,
    COLUMN_COUNT,
    COMPLETION,
    INTAKE,
    ITEM,
    NUMBER,
    STATUS,
    SUPPLY,
    WorklistModel,
)

ModelIndex = QModelIndex | QPersistentModelIndex
translate = QCoreApplication.translate
TOWNSHIP_COLUMN = COLUMN_COUNT  # after the work list's own columns
STALE_COLOUR = "#b71c1c"


class CountyModel(WorklistModel):
    """The work list model with one more column: the township that logged the case."""

    def __init__(self, ws: Workspace, today: dt.date, parent: QObject | None = None) -> None:
        super().__init__(ws, today, parent)
        self.names: dict[str, str] = {}
        self.stale: set[str] = set()

    def set_townships(self, names: dict[str, str], stale: set[str]) -> None:
        self.names, self.stale = names, stale

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else COLUMN_COUNT + 1

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and section == TOWNSHIP_COLUMN:
            return translate("CountyModel", "Township") if role == Qt.ItemDataRole.DisplayRole else None
        return super().headerData(section, orientation, role)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.column() != TOWNSHIP_COLUMN:
            return super().data(index, role)
        if role == self.UuidRole:
            return super().data(index, role)
        case = self.summary_at(index.row())
        if case is None:
            return None
        name = self.names.get(case.station_uuid, "")
        if role == Qt.ItemDataRole.DisplayRole:
            return name
        if name in self.stale:
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(QColor(STALE_COLOUR))
            if role == Qt.ItemDataRole.ToolTipRole:
                return translate("CountyModel", "No recent package from this township: the case may be out of date")
        return None


class CountyWindow(QMainWindow):
    """All townships' cases; the 通报 from the Reports menu."""

    open_case = Signal(str)  # a case uuid, to open in the case view

    def __init__(self, ws: Workspace, today: dt.date, parent: QWidget | None = None, *, worker: Runner) -> None:
        super().__init__(parent)
        self.ws, self.today, self.worker = ws, today, worker
        self._generation = 0
        self.townships: list[TownshipStatus] = []
        self.setObjectName("countyWindow")
        self.setWindowTitle(self.tr("County view"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        self.township_combo = QComboBox()
        self.township_combo.setObjectName("townshipFilter")
        self.township_combo.setMinimumContentsLength(24)
        self.township_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.search = QLineEdit()
        self.search.setObjectName("countySearch")
        self.search.setPlaceholderText(self.tr("Search all townships: name, case number, phone, ID tail"))
        self.search.setClearButtonEnabled(True)
        self.open_only = QComboBox()
        self.open_only.setObjectName("countyScope")
        self.open_only.addItem(self.tr("Open cases"), True)
        self.open_only.addItem(self.tr("All cases"), False)
        self.stale_label = QLabel()
        self.stale_label.setObjectName("staleTownships")
        self.stale_label.setWordWrap(True)
        self.stale_label.setStyleSheet(f"color: {STALE_COLOUR};")
        self.stale_label.hide()
        self.count_label = QLabel()
        self.count_label.setObjectName("countyCount")

        self.model = CountyModel(ws, today, self)
        self.table = QTableView()
        self.table.setObjectName("countyList")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self._badges = BadgeDelegate(self.table)
        self._two_lines = TwoLineDelegate(self.table)
        for column in (SUPPLY, COMPLETION):
            self.table.setItemDelegateForColumn(column, self._badges)
        self.table.setItemDelegateForColumn(APPLICANT, self._two_lines)
        vertical = self.table.verticalHeader()
        vertical.hide()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(QFontMetrics(self.table.font()).height() * 2 + 16)
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(ITEM, QHeaderView.ResizeMode.Stretch)
        header.moveSection(TOWNSHIP_COLUMN, APPLICANT)  # where the case comes from, before whose it is
        self.table.doubleClicked.connect(self._open)

        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("&Township:")))
        bar.itemAt(0).widget().setBuddy(self.township_combo)
        bar.addWidget(self.township_combo)
        bar.addWidget(self.open_only)
        bar.addWidget(self.search, 1)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(12, 8, 12, 6)
        layout.addLayout(bar)
        layout.addWidget(self.stale_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        self.setCentralWidget(central)
        self._build_menus()

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(250)
        self._debounce.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        self.township_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.open_only.currentIndexChanged.connect(lambda _i: self.refresh())
        self._size_columns()
        self.geometry_keeper = GeometryKeeper(self, ws.paths.root, "county", QSize(1280, 760),
                                              maximise_when_small=True)
        changed = getattr(worker, "changed", None)
        if changed is not None:
            changed.connect(self._on_changes)
        self.load_townships()

    def _on_changes(self, changes: OpChanges) -> None:
        """A case acted on, a package imported or a setting changed: show it again."""
        if changes.sync or changes.settings or changes.all_cases:
            self.load_townships()
        elif changes.cases:
            self.model.reload_rows()

    def _build_menus(self) -> None:
        reports = self.menuBar().addMenu(self.tr("&Reports"))
        self.weekly_action = QAction(self.tr("&Weekly bulletin…"), self)
        self.weekly_action.setObjectName("weeklyBulletin")
        self.weekly_action.triggered.connect(lambda: self.open_bulletin("week"))
        self.monthly_action = QAction(self.tr("&Monthly bulletin…"), self)
        self.monthly_action.setObjectName("monthlyBulletin")
        self.monthly_action.triggered.connect(lambda: self.open_bulletin("month"))
        reports.addAction(self.weekly_action)
        reports.addAction(self.monthly_action)
        view = self.menuBar().addMenu(self.tr("&View"))
        self.refresh_action = QAction(self.tr("&Refresh"), self)
        self.refresh_action.setShortcut(QKeySequence.StandardKey.Refresh)
        self.refresh_action.triggered.connect(self.load_townships)
        view.addAction(self.refresh_action)
        close = QAction(self.tr("&Close"), self)
        close.setShortcut(QKeySequence.StandardKey.Close)
        close.triggered.connect(self.close)
        view.addSeparator()
        view.addAction(close)

    def _size_columns(self) -> None:
        """The work list's widths, and the township's: a centre's name without its codes."""
        fm = QFontMetrics(self.table.font())
        head = self.table.horizontalHeader().fontMetrics()
        badge = fm.horizontalAdvance(widest_badge_text()) + 30
        widths = {SUPPLY: badge, COMPLETION: badge,
                  APPLICANT: max(fm.horizontalAdvance("中") * 7, QFontMetrics(second_line_font(self.table.font()))
                                 .horizontalAdvance("110105********002X")) + 28,
                  NUMBER: fm.horizontalAdvance("青山镇便民受字〔2026〕第00-0000号") + 24,
                  STATUS: max(fm.horizontalAdvance(status_text(v)) for v in [*(x.value for x in Status),
                                                                              "deemed_accepted"])
                  + fm.horizontalAdvance("冲突 · ") + 24,
                  INTAKE: fm.horizontalAdvance("2026-12-31") + 28,
                  TOWNSHIP_COLUMN: fm.horizontalAdvance("青山镇便民服务中心") + 24}
        for column, width in widths.items():
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal) or "")
            self.table.setColumnWidth(column, max(width, head.horizontalAdvance(title) + 30))

    # -- loading ---------------------------------------------------------------------------

    def set_today(self, today: dt.date) -> None:
        """Count from a new day: the countdowns and the stale townships move on at midnight."""
        if today == self.today:
            return
        self.today = today
        self.model.set_today(today)
        self.load_townships()

    def load_townships(self) -> None:
        ws, today = self.ws, self.today
        self.worker.submit(lambda: (county.township_statuses(ws, today), county.township_names(ws)),
                           self._townships_loaded, self._failed)

    def _townships_loaded(self, result) -> None:
        statuses, names = result
        self.townships = [t for t in statuses if not t.local or t.stations]
        stale = [t for t in self.townships if t.stale]
        self.model.set_townships(names, {t.name for t in stale})
        keep = self.township_combo.currentData()
        self.township_combo.blockSignals(True)
        self.township_combo.clear()
        self.township_combo.addItem(self.tr("All townships"), None)
        for t in self.townships:
            label = t.label + (self.tr(" — no recent package") if t.stale else "")
            self.township_combo.addItem(label, t.key)
            if t.stale:
                self.township_combo.setItemData(self.township_combo.count() - 1, QBrush(QColor(STALE_COLOUR)),
                                                Qt.ItemDataRole.ForegroundRole)
        at = self.township_combo.findData(keep)
        self.township_combo.setCurrentIndex(max(at, 0))
        self.township_combo.blockSignals(False)
        if stale:
            days = self.ws.settings().stale_after_days
            lines = [self.tr("%1: newest package %2").replace("%1", t.name).replace(
                "%2", t.newest_package.isoformat() if t.newest_package else self.tr("none received"))
                for t in stale]
            self.stale_label.setText(
                self.tr("No package for more than %1 working day(s) — their cases may be out of date: ")
                .replace("%1", str(days)) + ("；" if chinese_interface() else "; ").join(lines))
        self.stale_label.setVisible(bool(stale))
        self.refresh()

    def selected_stations(self) -> tuple[str, ...]:
        key = self.township_combo.currentData()
        for t in self.townships:
            if t.key == key:
                return t.stations
        return ()

    def refresh(self) -> None:
        self._generation += 1
        generation = self._generation
        f = CaseFilter(search=self.search.text().strip(), stations=self.selected_stations(),
                       open_only=bool(self.open_only.currentData()))
        ws, today = self.ws, self.today

        def load() -> list[str]:
            conditions = filter_conditions(ws, f, today)
            with ws.read() as session:
                return ordered_ids(session, conditions, today)

        self.worker.submit(load, lambda ids: self._loaded(generation, ids), self._failed)

    def _loaded(self, generation: int, ids: list[str]) -> None:
        if generation != self._generation:
            return
        self.model.set_ids(ids)
        self.count_label.setText(self.tr("%n case(s) shown", "", len(ids)))

    def _failed(self, exc: BaseException) -> None:
        if not is_user_error(exc):
            raise exc
        self.count_label.setText("\n".join(problems_of(exc)))

    def _open(self, index: QModelIndex) -> None:
        uuid = self.model.case_uuid(index.row())
        if uuid:
            self.open_case.emit(uuid)

    def open_bulletin(self, kind: str) -> None:
        from app.ui.bulletin_dialog import BulletinDialog

        dialog = BulletinDialog(self.ws, self.today, self, worker=self.worker, kind=kind)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open_case.connect(self._open_number)
        dialog.show()
        dialog.start()
        self.bulletin = dialog

    def _open_number(self, number: str) -> None:
        ws = self.ws
        self.worker.submit(lambda: _uuid_of(ws, number), lambda uuid: uuid and self.open_case.emit(uuid),
                           self._failed)


def _uuid_of(ws: Workspace, number: str) -> str | None:
    from sqlalchemy import select

    from app.store.models import CaseRow

    with ws.read() as s:
        return s.scalar(select(CaseRow.uuid).where(CaseRow.number == number))


# -- the hooks in the main window -----------------------------------------------------------


class CountyMenu(QObject):
    """The main window's way into the county view and the 通报, shown only at a hub."""

    def __init__(self, window: QMainWindow, view_menu, reports_menu) -> None:
        super().__init__(window)
        self.window = window
        self.county_window: CountyWindow | None = None
        self.county_action = QAction(self.tr("&County view…"), window)
        self.county_action.setObjectName("countyView")
        self.county_action.setShortcut("Ctrl+Shift+C")
        self.county_action.triggered.connect(self.open_county)
        self.bulletin_action = QAction(self.tr("Weekly &bulletin of the townships…"), window)
        self.bulletin_action.setObjectName("townshipBulletin")
        self.bulletin_action.triggered.connect(self.open_bulletin)
        view_menu.addAction(self.county_action)
        reports_menu.addAction(self.bulletin_action)
        self.set_hub(False)
        window.worker.changed.connect(self._on_changes)
        window.day_changed.connect(self._on_day_changed)
        self.check()

    def set_hub(self, hub: bool) -> None:
        self.county_action.setVisible(hub)
        self.bulletin_action.setVisible(hub)

    def check(self) -> None:
        ws = self.window.ws
        self.window.worker.submit(lambda: county.is_hub(ws), self.set_hub, lambda _e: self.set_hub(False))

    def _on_changes(self, changes: OpChanges) -> None:
        if changes.sync:
            self.check()

    def _on_day_changed(self, day: dt.date) -> None:
        if self.county_window is not None:
            self.county_window.set_today(day)

    def open_county(self) -> CountyWindow:
        if self.county_window is None:
            w = self.window
            self.county_window = CountyWindow(w.ws, w.today, w, worker=w.worker)
            self.county_window.setWindowFlag(Qt.WindowType.Window, True)
            self.county_window.open_case.connect(w.open_case)
            self.county_window.destroyed.connect(lambda *_: setattr(self, "county_window", None))
        self.county_window.geometry_keeper.show()
        self.county_window.raise_()
        self.county_window.activateWindow()
        return self.county_window

    def open_bulletin(self) -> None:
        self.open_county().open_bulletin("week")
