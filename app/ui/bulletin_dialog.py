"""The 通报 on screen: every township in rank order with last period's figures beside this
period's, the longest-overdue cases of the township picked, and the same bulletin printed
or saved as PDF or Excel.

The bulletin is made on the database worker; the tables are item models over it.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    QStandardPaths,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QPageLayout
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateEdit,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.documents.report_pdf import percent
from app.domain.bulletin import RANKING_RULE, Bulletin, BulletinLine, Figures, OverdueCase
from app.services import bulletin as bulletin_service
from app.services.workspace import Workspace
from app.ui.admin.feedback import MessageLine, is_user_error, problems_of
from app.ui.geometry import GeometryKeeper
from app.ui.worker import Runner

ModelIndex = QModelIndex | QPersistentModelIndex
translate = QCoreApplication.translate
STALE_COLOUR = "#b71c1c"
PREVIOUS_COLOUR = "#5f6b7a"

RANK, TOWNSHIP = 0, 1
#: (attribute or getter of Figures, header source text) of the figure columns, in order.
FIGURE_COLUMNS: tuple[tuple[Any, str], ...] = (
    ("received", QT_TRANSLATE_NOOP("BulletinModel", "Received")),
    ("accepted", QT_TRANSLATE_NOOP("BulletinModel", "Accepted")),
    ("tolerant", QT_TRANSLATE_NOOP("BulletinModel", "of which 容缺")),
    ("on_time", QT_TRANSLATE_NOOP("BulletinModel", "Completed on time")),
    ("late", QT_TRANSLATE_NOOP("BulletinModel", "Completed late")),
    (lambda f: percent(f.on_time_rate), QT_TRANSLATE_NOOP("BulletinModel", "On-time rate")),
    ("overdue", QT_TRANSLATE_NOOP("BulletinModel", "Overdue now")),
    ("promises_kept", QT_TRANSLATE_NOOP("BulletinModel", "Promises kept")),
    ("promises_broken", QT_TRANSLATE_NOOP("BulletinModel", "Promises broken")),
    ("packages", QT_TRANSLATE_NOOP("BulletinModel", "Packages")),
)
NEWEST = 2 + len(FIGURE_COLUMNS)
RANK_BEFORE = NEWEST + 1
COLUMN_COUNT = RANK_BEFORE + 1


def figure(f: Figures, getter: Any) -> object:
    return getter(f) if callable(getter) else getattr(f, getter)


class BulletinModel(QAbstractTableModel):
    """The townships of a bulletin in rank order; a figure reads "this (previous)"."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.bulletin: Bulletin | None = None

    def set_bulletin(self, bulletin: Bulletin | None) -> None:
        self.beginResetModel()
        self.bulletin = bulletin
        self.endResetModel()

    def line(self, row: int) -> BulletinLine | None:
        lines = self.bulletin.lines if self.bulletin else []
        return lines[row] if 0 <= row < len(lines) else None

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() or self.bulletin is None else len(self.bulletin.lines)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < COLUMN_COUNT:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._titles()[section]
        if role == Qt.ItemDataRole.ToolTipRole and 2 <= section < NEWEST:
            return translate("BulletinModel", "This period; in brackets, the previous period")
        return None

    def _titles(self) -> list[str]:
        return [translate("BulletinModel", "Rank"), translate("BulletinModel", "Township")] + [
            translate("BulletinModel", title) for _g, title in FIGURE_COLUMNS] + [
            translate("BulletinModel", "Newest package"), translate("BulletinModel", "Previous rank")]

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        line = self.line(index.row()) if index.isValid() else None
        if line is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column == TOWNSHIP:
                return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter) if 2 <= column < NEWEST else int(
                Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            stale = line.stale and column in (TOWNSHIP, NEWEST)
            alarm = 2 <= column < NEWEST and (
                (FIGURE_COLUMNS[column - 2][0] == "overdue" and line.now.overdue)
                or (FIGURE_COLUMNS[column - 2][0] == "promises_broken" and line.now.promises_broken))
            return QBrush(QColor(STALE_COLOUR)) if stale or alarm else None
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == TOWNSHIP:
                tip = line.township.label
                if line.stale:
                    tip += "\n" + translate("BulletinModel", "No package for more than %1 working day(s): its "
                                                              "figures may be incomplete").replace(
                        "%1", str(self.bulletin.stale_after_days))
                return tip
            if column == NEWEST and line.stale:
                return translate("BulletinModel", "No package for more than %1 working day(s): its figures may be "
                                                  "incomplete").replace("%1", str(self.bulletin.stale_after_days))
            if 2 <= column < NEWEST:
                getter, title = FIGURE_COLUMNS[column - 2]
                return translate("BulletinModel", "%1: %2 this period, %3 the previous period").replace(
                    "%1", translate("BulletinModel", title).replace("\n", "")).replace("%2", str(figure(line.now, getter))).replace(
                    "%3", str(figure(line.before, getter)))
            return None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == RANK:
            return str(line.rank)
        if column == TOWNSHIP:
            return line.township.name
        if column == NEWEST:
            day = line.now.newest_package
            if day is not None:
                return day.isoformat()
            return translate("BulletinModel", "This station") if line.township.local else translate(
                "BulletinModel", "Never")
        if column == RANK_BEFORE:
            return str(line.rank_before)
        getter = FIGURE_COLUMNS[column - 2][0]
        return f"{figure(line.now, getter)} ({figure(line.before, getter)})"


class OverdueModel(QAbstractTableModel):
    """Open cases past their completion deadline, longest overdue first."""

    TOWNSHIP, NUMBER, APPLICANT, ITEM, DEADLINE, DAYS = range(6)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.cases: list[OverdueCase] = []

    def set_cases(self, cases: list[OverdueCase]) -> None:
        self.beginResetModel()
        self.cases = list(cases)
        self.endResetModel()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.cases)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else 6

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole or not 0 <= section < 6:
            return None
        return [translate("OverdueModel", "Township"), translate("OverdueModel", "Case number"),
                translate("OverdueModel", "Applicant"), translate("OverdueModel", "Service item"),
                translate("OverdueModel", "Completion due"), translate("OverdueModel", "Working days overdue")][section]

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.cases):
            return None
        c = self.cases[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.DAYS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column == self.DAYS:
            return QBrush(QColor(STALE_COLOUR))
        if role == Qt.ItemDataRole.ToolTipRole and column == self.ITEM:
            return c.item
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return [c.township, c.number, c.applicant, c.item, c.deadline.isoformat() if c.deadline else "—",
                str(c.late_days)][column]


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


class BulletinDialog(QDialog):
    """Choose week or month and a day in it; read the ranking; print or save it."""

    open_case = Signal(str)  # a case number, double-clicked in the overdue list

    def __init__(self, ws: Workspace, today: dt.date, parent: QWidget | None = None, *, worker: Runner,
                 kind: str = "week") -> None:
        super().__init__(parent)
        self.ws, self.today, self.worker = ws, today, worker
        self.printer = None
        self.preview = None
        self.setObjectName("bulletinDialog")
        self.setWindowTitle(self.tr("Bulletin of the townships"))
        self.week_radio = QRadioButton(self.tr("&Week"), self)
        self.month_radio = QRadioButton(self.tr("&Month"), self)
        (self.week_radio if kind == "week" else self.month_radio).setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.week_radio)
        group.addButton(self.month_radio)
        self.date_edit = QDateEdit(_qdate(today), self)
        self.date_edit.setObjectName("bulletinDate")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.setMaximumDate(_qdate(today))
        self.show_button = QPushButton(self.tr("&Show"), self)
        self.show_button.setObjectName("showBulletin")
        self.show_button.setDefault(True)
        choose = QHBoxLayout()
        choose.addWidget(QLabel(self.tr("Period:"), self))
        choose.addWidget(self.week_radio)
        choose.addWidget(self.month_radio)
        choose.addSpacing(12)
        choose.addWidget(QLabel(self.tr("containing &the day"), self))
        choose.itemAt(choose.count() - 1).widget().setBuddy(self.date_edit)
        choose.addWidget(self.date_edit)
        choose.addWidget(self.show_button)
        choose.addStretch(1)

        self.heading = QLabel(self)
        self.heading.setObjectName("bulletinHeading")
        self.heading.setWordWrap(True)
        self.heading.setStyleSheet("font-weight: 600;")
        self.model = BulletinModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("bulletinTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setMinimumSectionSize(40)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        self.rule = QLabel(RANKING_RULE + self.tr(" Figures in brackets are the previous period's."), self)
        self.rule.setObjectName("rankingRule")
        self.rule.setWordWrap(True)
        self.rule.setStyleSheet(f"color: {PREVIOUS_COLOUR};")
        self.overdue_label = QLabel(self)
        self.overdue_model = OverdueModel(self)
        self.overdue_table = QTableView(self)
        self.overdue_table.setObjectName("overdueTable")
        self.overdue_table.setModel(self.overdue_model)
        self.overdue_table.verticalHeader().hide()
        self.overdue_table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.overdue_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.overdue_table.horizontalHeader().setSectionResizeMode(OverdueModel.ITEM, QHeaderView.ResizeMode.Stretch)
        self.overdue_table.doubleClicked.connect(self._open_overdue)

        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.table, 1)
        top_layout.addWidget(self.rule)
        bottom = QWidget(self)
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(self.overdue_label)
        bottom_layout.addWidget(self.overdue_table, 1)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)

        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.progress.hide()
        self.message = MessageLine(self)
        self.print_button = QPushButton(self.tr("&Print…"), self)
        self.print_button.setObjectName("printBulletin")
        self.pdf_button = QPushButton(self.tr("Save as P&DF…"), self)
        self.pdf_button.setObjectName("saveBulletinPdf")
        self.xlsx_button = QPushButton(self.tr("Save as &Excel…"), self)
        self.xlsx_button.setObjectName("saveBulletinXlsx")
        close = QPushButton(self.tr("Close"), self)
        for button in (self.print_button, self.pdf_button, self.xlsx_button, close):
            button.setAutoDefault(False)
        self.print_button.clicked.connect(self.print_bulletin)
        self.pdf_button.clicked.connect(lambda: self.save(".pdf"))
        self.xlsx_button.clicked.connect(lambda: self.save(".xlsx"))
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.pdf_button)
        buttons.addWidget(self.xlsx_button)
        buttons.addStretch(1)
        buttons.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addLayout(choose)
        layout.addWidget(self.heading)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addLayout(buttons)

        self.show_button.clicked.connect(self.start)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_overdue())
        self._set_ready(False)
        self.geometry_keeper = GeometryKeeper(self, ws.paths.root, "bulletin", QSize(1240, 720))

    # -- making it ---------------------------------------------------------------------------

    def kind(self) -> str:
        return "week" if self.week_radio.isChecked() else "month"

    def day(self) -> dt.date:
        return _pydate(self.date_edit.date())

    def start(self) -> None:
        ws, kind, day, today = self.ws, self.kind(), self.day(), self.today
        self.show_button.setEnabled(False)
        self.progress.show()
        self.message.show_message(self.tr("Counting…"))
        self.worker.submit(lambda: bulletin_service.build(ws, kind, day, today), self._made, self._failed)

    def _made(self, made: Bulletin) -> None:
        self.progress.hide()
        self.show_button.setEnabled(True)
        self.message.clear_message()
        self.model.set_bulletin(made)
        kind = self.tr("Weekly bulletin") if made.period.kind == "week" else self.tr("Monthly bulletin")
        self.heading.setText(
            self.tr("%1 · %2 · open cases as of %3 · previous period: %4")
            .replace("%1", kind).replace("%2", made.period.label()).replace("%3", made.as_of.isoformat())
            .replace("%4", made.previous.label()))
        self._set_ready(True)
        if not made.lines:
            self.message.show_message(self.tr("No township's records are held here yet."))
        self._show_overdue()

    def _failed(self, exc: BaseException) -> None:
        self.progress.hide()
        self.show_button.setEnabled(True)
        if not is_user_error(exc):
            raise exc
        self.message.show_error("\n".join(problems_of(exc)))

    def _set_ready(self, ready: bool) -> None:
        for button in (self.print_button, self.pdf_button, self.xlsx_button):
            button.setEnabled(ready)

    def _show_overdue(self) -> None:
        made = self.model.bulletin
        if made is None:
            return
        line = self.model.line(self.table.currentIndex().row())
        if line is None:
            self.overdue_model.set_cases(made.worst)
            self.overdue_label.setText(self.tr("Open cases past their completion deadline, all townships (%1):")
                                       .replace("%1", str(len(made.worst))))
        else:
            self.overdue_model.set_cases(line.now.overdue_cases)
            self.overdue_label.setText(self.tr("Open cases past their completion deadline in %1 (%2):")
                                       .replace("%1", line.township.name)
                                       .replace("%2", str(len(line.now.overdue_cases))))

    def _open_overdue(self, index: QModelIndex) -> None:
        if 0 <= index.row() < len(self.overdue_model.cases):
            self.open_case.emit(self.overdue_model.cases[index.row()].number)

    # -- paper and files -------------------------------------------------------------------

    def _suggested_name(self) -> str:
        made = self.model.bulletin
        kind = "周通报" if made.period.kind == "week" else "月通报"
        return f"{kind}_{made.period.first.isoformat()}"

    @staticmethod
    def _folder() -> Path:
        return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or Path.home())

    def save(self, suffix: str, path: str | None = None) -> None:
        made = self.model.bulletin
        if made is None:
            return
        if path is None:
            kinds = self.tr("PDF document (*.pdf)") if suffix == ".pdf" else self.tr("Excel workbook (*.xlsx)")
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the bulletin as"),
                                                  str(self._folder() / (self._suggested_name() + suffix)), kinds)
            if not path:
                return
        out = Path(path if path.lower().endswith(suffix) else path + suffix)
        ws = self.ws
        self.progress.show()
        self.worker.submit(lambda: bulletin_service.save(ws, made, out), self._saved, self._failed)

    def _saved(self, out: Path) -> None:
        self.progress.hide()
        self.message.show_success(self.tr("Saved %1.").replace("%1", str(out)))

    def print_bulletin(self) -> None:
        made = self.model.bulletin
        if made is None:
            return
        ws = self.ws
        self.progress.show()
        self.worker.submit(lambda: bulletin_service.render(ws, made, ".pdf"), self._preview, self._failed)

    def _preview(self, pdf: bytes) -> None:
        from app.ui.print_preview import PrintPreview, new_letter_printer

        self.progress.hide()
        if self.printer is None:
            self.printer = new_letter_printer()  # kept: the preview paints on it while it is open
            self.printer.setPageOrientation(QPageLayout.Orientation.Landscape)
        self.printer.setCopyCount(1)
        self.preview = PrintPreview(pdf, self.printer, self, title=self.windowTitle(),
                                    suggested_name=self._suggested_name(), folder=self._folder(),
                                    check_path=lambda p: bulletin_service.check_out(self.ws, p))
        self.preview.open()
