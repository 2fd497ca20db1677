"""The 台账 and the monthly report in the desktop program, made off the GUI thread.

The export runs on the database worker; the dialog follows it with a progress bar and
a Stop button that ends it without writing anything. What was written is said in one
line: how many cases, how many finished on time.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate, QObject, QStandardPaths, Qt, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services import ledger
from app.services.workspace import Workspace
from app.ui.admin.feedback import MessageLine, is_user_error, problems_of
from app.ui.worker import Runner


def last_month(today: dt.date) -> tuple[dt.date, dt.date]:
    """The month before ``today``'s: what a centre reports at the start of a month."""
    last = today.replace(day=1) - dt.timedelta(days=1)
    return last.replace(day=1), last


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


class _Progress(QObject):
    """Rows written, reported from the worker thread; Qt queues it to the dialog."""

    advanced = Signal(int)


class LedgerExportDialog(QDialog):
    exported = Signal(str)

    def __init__(self, ws: Workspace, today: dt.date, parent: QWidget | None = None, *,
                 worker: Runner) -> None:
        super().__init__(parent)
        self.ws, self.today, self.worker = ws, today, worker
        self._stop = False
        self._running = False
        self.setWindowTitle(self.tr("Export the ledger"))
        self.setMinimumWidth(560)
        first, last = last_month(today)
        self.from_edit = self._date_edit(first, "fromDate")
        self.to_edit = self._date_edit(last, "toDate")
        self.file_edit = QLineEdit(self)
        self.file_edit.setObjectName("ledgerFile")
        self.file_edit.setText(str(self._default_folder() / self._default_name(first, last)))
        browse = QPushButton(self.tr("&Browse…"), self)
        browse.setAutoDefault(False)
        browse.clicked.connect(self.choose_file)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("Received &from:"), self.from_edit)
        form.addRow(self.tr("Received &to:"), self.to_edit)
        form.addRow(self.tr("Save &as:"), file_row)

        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.progress.hide()
        self.message = MessageLine(self)
        self.buttons = QDialogButtonBox(self)
        self.export_button = self.buttons.addButton(self.tr("&Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setObjectName("exportButton")
        self.stop_button = self.buttons.addButton(self.tr("&Stop"), QDialogButtonBox.ButtonRole.ActionRole)
        self.stop_button.setEnabled(False)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.export_button.clicked.connect(self.start)
        self.stop_button.clicked.connect(self.stop)
        self.close_button.clicked.connect(self.reject)
        self._progress = _Progress(self)
        self._progress.advanced.connect(self._advanced)
        for edit in (self.from_edit, self.to_edit):
            edit.dateChanged.connect(self._period_changed)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

    def _date_edit(self: QWidget, day: dt.date, name: str) -> QDateEdit:
        edit = QDateEdit(_qdate(day), self)
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        return edit

    @staticmethod
    def _default_folder() -> Path:
        return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or Path.home())

    @staticmethod
    def _default_name(first: dt.date, last: dt.date) -> str:
        if first.day == 1 and (last + dt.timedelta(days=1)).day == 1 and (first.year, first.month) == (
                last.year, last.month):
            return f"台账_{first:%Y-%m}.xlsx"
        return f"台账_{first.isoformat()}_{last.isoformat()}.xlsx"

    def _period_changed(self) -> None:
        """Keep the file name following the period, unless the officer typed another folder's."""
        path = Path(self.file_edit.text())
        if path.name.startswith("台账_"):
            first, last = self.period()
            self.file_edit.setText(str(path.with_name(self._default_name(first, last))))

    def period(self) -> tuple[dt.date, dt.date]:
        return _pydate(self.from_edit.date()), _pydate(self.to_edit.date())

    def choose_file(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save the ledger as"), self.file_edit.text(),
                                              self.tr("Excel workbook (*.xlsx)"))
        if name:
            self.file_edit.setText(name if name.lower().endswith(".xlsx") else name + ".xlsx")

    # -- running ---------------------------------------------------------------------------

    def start(self) -> None:
        text = self.file_edit.text().strip()
        if not text:
            self.message.show_error(self.tr("Please choose where to save the ledger."))
            return
        first, last = self.period()
        out = Path(text)
        self._stop = False
        self._set_running(True)
        self.message.show_message(self.tr("Exporting…"))
        progress, ws, today = self._progress, self.ws, self.today

        def cancelled(rows: int) -> bool:
            progress.advanced.emit(rows)
            return self._stop

        self.worker.submit(lambda: ledger.export(ws, first, last, out, today, cancelled),
                           lambda made: self._done(out, made), self._failed)

    def stop(self) -> None:
        self._stop = True
        self.stop_button.setEnabled(False)

    def _advanced(self, rows: int) -> None:
        self.message.show_message(self.tr("Exporting… %1 rows written").replace("%1", str(rows)))

    def _set_running(self, running: bool) -> None:
        self._running = running
        self.progress.setVisible(running)
        self.stop_button.setEnabled(running)
        for widget in (self.export_button, self.close_button, self.from_edit, self.to_edit, self.file_edit):
            widget.setEnabled(not running)

    def _done(self, out: Path, made: ledger.Ledger) -> None:
        self._set_running(False)
        t = made.summary.total
        rate = f"{t.on_time_rate:.1%}" if t.on_time_rate is not None else "—"
        self.message.show_success(
            self.tr("Saved %1: %2 case(s) received, %3 completed, %4 on time.")
            .replace("%1", out.name).replace("%2", str(t.received)).replace("%3", str(t.completed))
            .replace("%4", rate))
        self.exported.emit(str(out))

    def _failed(self, exc: BaseException) -> None:
        self._set_running(False)
        if not is_user_error(exc):
            raise exc
        self.message.show_error("\n".join(problems_of(exc)))

    def reject(self) -> None:
        if self._running:
            return  # Stop first: the export is writing
        super().reject()

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape and self._running:
            self.stop()
            return
        super().keyPressEvent(event)


class ReportDialog(QDialog):
    """The monthly report on screen: choose the period, then read, print or save it."""

    def __init__(self, ws: Workspace, today: dt.date, parent: QWidget | None = None, *, worker: Runner) -> None:
        super().__init__(parent)
        self.ws, self.today, self.worker = ws, today, worker
        self.preview = None
        self.printer = None
        self.setWindowTitle(self.tr("Monthly report"))
        self.setMinimumWidth(420)
        first, last = last_month(today)
        self.from_edit = LedgerExportDialog._date_edit(self, first, "reportFrom")
        self.to_edit = LedgerExportDialog._date_edit(self, last, "reportTo")
        form = QFormLayout()
        form.addRow(self.tr("Received &from:"), self.from_edit)
        form.addRow(self.tr("Received &to:"), self.to_edit)
        self.message = MessageLine(self)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.progress.hide()
        self.buttons = QDialogButtonBox(self)
        self.show_button = self.buttons.addButton(self.tr("&Show report"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.show_button.setObjectName("showReport")
        self.buttons.addButton(QDialogButtonBox.StandardButton.Close).clicked.connect(self.reject)
        self.show_button.clicked.connect(self.start)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("The cases received in the period, as they stand today. The figures are "
                                        "the same as the ledger's."), self))
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def period(self) -> tuple[dt.date, dt.date]:
        return _pydate(self.from_edit.date()), _pydate(self.to_edit.date())

    def start(self) -> None:
        first, last = self.period()
        ws, today = self.ws, self.today
        self.show_button.setEnabled(False)
        self.progress.show()
        self.message.show_message(self.tr("Making the report…"))
        self.worker.submit(lambda: ledger.report_pdf(ws, first, last, today),
                           lambda made: self._made(first, last, made[1]), self._failed)

    def _made(self, first: dt.date, last: dt.date, pdf: bytes) -> None:
        from app.ui.print_preview import PrintPreview, new_letter_printer

        self.progress.hide()
        self.show_button.setEnabled(True)
        self.message.clear_message()
        name = LedgerExportDialog._default_name(first, last).replace("台账_", "月度报告_").replace(".xlsx", "")
        if self.printer is None:
            self.printer = new_letter_printer()  # kept: the preview paints on it while it is open
        self.printer.setCopyCount(1)
        self.preview = PrintPreview(pdf, self.printer, self, title=self.tr("Monthly report"),
                                    suggested_name=name, folder=LedgerExportDialog._default_folder())
        self.preview.open()

    def _failed(self, exc: BaseException) -> None:
        self.progress.hide()
        self.show_button.setEnabled(True)
        if not is_user_error(exc):
            raise exc
        self.message.show_error("\n".join(problems_of(exc)))

