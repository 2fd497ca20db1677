"""Reminders for every case whose supply deadline is near, printed or saved in one go.

The officer picks how many working days ahead to look, sees how many cases that finds,
and sends all their reminders (补正催告) to a printer as one print job, or saves them
as PDF files in a folder, one per case, named by the document number. The letters are
made one at a time on the database worker, never on the GUI thread; between two
letters the dialog takes the officer's clicks, so Stop ends the run after the letter in
hand. Each letter printed or saved is recorded the moment it is, so whatever was done
before a stop (or a failure) stays done and on record.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QCoreApplication, QStandardPaths, QTimer, Signal
from PySide6.QtGui import QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.domain.letters import LetterKind
from app.services import letters
from app.services.errors import USER_ERRORS
from app.services.letters import PreparedLetter
from app.services.officers import Actor
from app.services.queries import rows_by_ids
from app.services.workspace import Workspace
from app.services.exports import OutputRefused, check_output_folder
from app.store.atomic import atomic_write_bytes
from app.ui.i18n import long_date
from app.ui.print_preview import PrintFailed, file_stem, new_letter_printer, open_pdf, paint_pdf_pages, printer_problem
from app.ui.refusal_words import refusal_text
from app.ui.worker import Runner, Worker

translate = QCoreApplication.translate

MAX_DAYS = 60
# How many refusals the summary lists by name before it only counts the rest.
LISTED_PROBLEMS = 8


@dataclass(frozen=True)
class DueCase:
    uuid: str
    number: str
    applicant: str
    deadline: dt.date
    # a reminder naming this deadline was already issued
    reminded: bool = False


def find_due_cases(ws: Workspace, within: int, today: dt.date) -> list[DueCase]:
    """The cases with a supply deadline that near, soonest first, marked if already reminded of it."""
    ids = letters.cases_needing_reminders(ws, within, today, again=True)
    fresh = set(letters.cases_needing_reminders(ws, within, today))
    with ws.read() as s:
        rows = rows_by_ids(s, ids)
        return [DueCase(u, rows[u].number, rows[u].applicant_name, rows[u].supply_deadline, u not in fresh)
                for u in ids if u in rows]


def free_path(folder: Path, stem: str, suffix: str = ".pdf") -> Path:
    """``stem.pdf`` in the folder, or ``stem（2）.pdf`` and so on: an earlier file is never replaced."""
    path = folder / f"{stem}{suffix}"
    n = 2
    while path.exists():
        path = folder / f"{stem}（{n}）{suffix}"
        n += 1
    return path


class PrintJob:
    """One print job holding every reminder of a run, used only on the worker thread."""

    def __init__(self, printer: QPrinter) -> None:
        self.printer = printer
        self.painter: QPainter | None = None
        self.pages = 0

    def add(self, pdf: bytes, before_paint: Callable[[], None]) -> int:
        """Start the job if needed, let ``before_paint`` record the letter, then print its pages."""
        document = open_pdf(pdf)
        try:
            if self.painter is None:
                painter = QPainter()
                if not painter.begin(self.printer):
                    raise PrintFailed(printer_problem(self.printer))
                self.painter = painter
            before_paint()
            pages = paint_pdf_pages(document, self.painter, self.printer, new_page_first=self.pages > 0)
            self.pages += pages
            return pages
        finally:
            document.close()

    def finish(self) -> int:
        if self.painter is not None:
            self.painter.end()
            self.painter = None
        return self.pages


@dataclass
class Outcome:
    """What became of one case's reminder (made on the worker, read on the GUI thread)."""

    case: DueCase
    state: str  # "done", "unconfirmed" (the officer must decide), "skipped"
    path: Path | None = None
    pages: int = 0


@dataclass
class Run:
    cases: list[DueCase]
    folder: Path | None  # None: to the printer
    job: PrintJob | None
    index: int = 0
    done: int = 0
    skipped: int = 0
    refused: list[str] = field(default_factory=list)
    stop_asked: bool = False
    unconfirmed_allowed: bool | None = None  # not asked yet
    problem: str | None = None


class BatchReminderDialog(QDialog):
    """Print or save the reminders for all cases with a supply deadline within N working days."""

    # letters were recorded; the work list may want to read its rows again
    changed = Signal(str)
    # the run ended (done, stopped or failed)
    finished_run = Signal()

    def __init__(self, ws: Workspace, actor: Actor, today: dt.date, parent: QWidget | None = None, *,
                 worker: Runner | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.actor = actor
        self.today = today
        shared = getattr(parent, "worker", None)
        self.worker: Runner = worker or (shared if hasattr(shared, "submit") else Worker(self))
        self._own_worker = self.worker is not worker and self.worker is not shared
        self.printer = new_letter_printer()
        self.run: Run | None = None
        self.found: list[DueCase] = []
        self._generation = 0
        self._within = 0
        self._close_when_stopped = False
        self.setObjectName("batchReminders")
        self.setWindowTitle(self.tr("Print reminders"))
        self.setMinimumWidth(560)
        self._build()
        self._update_buttons()
        self.count_cases()

    # -- layout ------------------------------------------------------------------------------

    def _build(self) -> None:
        intro = QLabel(self.tr("Reminders (补正催告) go to applicants whose deadline to bring the missing "
                               "materials is near. Each reminder printed or saved is recorded in its case."), self)
        intro.setWordWrap(True)

        self.days = QSpinBox(self)
        self.days.setObjectName("withinDays")
        self.days.setRange(0, MAX_DAYS)
        self.days.setValue(max(1, self.ws.settings().due_soon_days))
        self.days.setSuffix(self.tr(" working days"))
        self.days.valueChanged.connect(self.count_cases)
        self.found_label = QLabel(self)
        self.found_label.setObjectName("foundCount")
        self.found_label.setWordWrap(True)
        self.again = QCheckBox(self.tr("Also remind &again where a reminder for the same deadline was issued"), self)
        self.again.setObjectName("again")
        self.again.toggled.connect(lambda _on: self._show_found())

        self.to_printer = QRadioButton(self.tr("&Print them (the printer is chosen when you start)"), self)
        self.to_folder = QRadioButton(self.tr("&Save them as PDF files in a folder, one per case"), self)
        self.to_printer.setChecked(True)
        self.output = QButtonGroup(self)
        self.output.addButton(self.to_printer)
        self.output.addButton(self.to_folder)
        self.output.buttonToggled.connect(lambda *_: self._update_buttons())
        self.folder = QLineEdit(self)
        self.folder.setObjectName("folder")
        documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        self.folder.setText(str(Path(documents or Path.home()) / self.tr("Reminders %1").replace(
            "%1", self.today.isoformat())))
        self.browse = QPushButton(self.tr("&Browse…"), self)
        self.browse.clicked.connect(self.choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.browse)

        within_label = QLabel(self.tr("Supply deadline &within:"), self)
        within_label.setBuddy(self.days)
        folder_label = QLabel(self.tr("&Folder:"), self)
        folder_label.setBuddy(self.folder)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        days_row = QHBoxLayout()
        days_row.addWidget(self.days)
        days_row.addStretch(1)
        form.addRow(within_label, days_row)
        form.addRow("", self.found_label)
        form.addRow("", self.again)
        form.addRow(self.tr("Output:"), self.to_printer)
        form.addRow("", self.to_folder)
        form.addRow(folder_label, folder_row)

        self.progress = QProgressBar(self)
        self.progress.setObjectName("progress")
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.progress.setFormat(self.tr("%v of %m"))
        self.progress.hide()  # until there is a run to follow
        self.status = QLabel(self)
        self.status.setObjectName("status")
        self.status.setWordWrap(True)

        self.buttons = QDialogButtonBox(self)
        self.start_button = self.buttons.addButton(self.tr("&Start"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.start_button.setObjectName("start")
        self.start_button.setDefault(True)
        self.stop_button = self.buttons.addButton(self.tr("S&top after this letter"),
                                                  QDialogButtonBox.ButtonRole.ActionRole)
        self.stop_button.setObjectName("stop")
        self.close_button = self.buttons.addButton(self.tr("&Close"), QDialogButtonBox.ButtonRole.RejectRole)
        self.start_button.clicked.connect(self.start)
        self.stop_button.clicked.connect(self.stop)
        self.close_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addSpacing(6)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

    @property
    def running(self) -> bool:
        return self.run is not None

    def _update_buttons(self) -> None:
        running = self.running
        saving = self.to_folder.isChecked()
        for widget in (self.days, self.again, self.to_printer, self.to_folder):
            widget.setEnabled(not running)
        self.folder.setEnabled(saving and not running)
        self.browse.setEnabled(saving and not running)
        self.start_button.setEnabled(not running and bool(self.targets()))
        self.stop_button.setEnabled(running and not (self.run and self.run.stop_asked))
        self.close_button.setEnabled(not running)

    # -- the cases ------------------------------------------------------------------------------

    def count_cases(self) -> None:
        self._generation += 1
        generation, within = self._generation, self.days.value()
        self.found_label.setText(self.tr("Counting…"))
        self.worker.submit(lambda: find_due_cases(self.ws, within, self.today),
                           lambda found: self._counted(generation, within, found), self._failed_count)

    def _counted(self, generation: int, within: int, found: list[DueCase]) -> None:
        if generation != self._generation:
            return  # the officer changed the number meanwhile
        self.found = found
        self._within = within
        self._show_found()

    def _show_found(self) -> None:
        found = self.found
        if not found:
            text = self.tr("No open case owing materials has a supply deadline within %n working day(s).", "",
                           self._within)
        else:
            last = max(c.deadline for c in found)
            text = self.tr("%n case(s) have a supply deadline by %1.", "", len(found)).replace("%1", long_date(last))
            reminded = sum(1 for c in found if c.reminded)
            if reminded:
                text += " " + self.tr("%n of them already had a reminder for that deadline.", "", reminded)
        self.found_label.setText(text)
        self.again.setVisible(any(c.reminded for c in found))
        self._update_buttons()

    def targets(self) -> list[DueCase]:
        """The cases a run would remind: those not yet reminded, or all of them on request."""
        return [c for c in self.found if self.again.isChecked() or not c.reminded]

    def _failed_count(self, error: BaseException) -> None:
        if not isinstance(error, USER_ERRORS):
            raise error
        self.found = []
        self.found_label.setText(refusal_text(error))
        self._update_buttons()

    def choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Folder for the reminders"), self.folder.text())
        if chosen:
            self.folder.setText(chosen)

    # -- the run ------------------------------------------------------------------------------

    def start(self) -> None:
        targets = self.targets()
        if self.running or not targets:
            return
        folder: Path | None = None
        job: PrintJob | None = None
        if self.to_folder.isChecked():
            text = self.folder.text().strip()
            if not text:
                QMessageBox.warning(self, self.tr("No folder"), self.tr("Choose the folder for the PDF files."))
                return
            folder = Path(text).expanduser()
            try:
                check_output_folder(self.ws.paths, folder)
            except OutputRefused as exc:
                QMessageBox.warning(self, self.tr("No folder"), refusal_text(exc))
                return
            try:
                folder.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                QMessageBox.warning(self, self.tr("No folder"), self.tr("Could not use the folder %1: %2")
                                    .replace("%1", str(folder)).replace("%2", exc.strerror or str(exc)))
                return
        else:
            self.printer.setCopyCount(1)
            if QPrintDialog(self.printer, self).exec() != QDialog.DialogCode.Accepted:
                return
            job = PrintJob(self.printer)
        self.run = Run(targets, folder, job)
        self.progress.setRange(0, len(self.run.cases))
        self.progress.setValue(0)
        self.progress.show()
        self.status.setText(self.tr("Starting…"))
        self._update_buttons()
        self._next()

    def stop(self) -> None:
        if self.run is None:
            return
        self.run.stop_asked = True
        self.status.setText(self.tr("Stopping after the letter in hand…"))
        self._update_buttons()

    def _next(self) -> None:
        run = self.run
        if run is None:
            return
        if run.stop_asked or run.problem or run.index >= len(run.cases):
            self._finish()
            return
        case = run.cases[run.index]
        allowed = run.unconfirmed_allowed
        self.status.setText(self.tr("Making the reminder for %1 (%2)…").replace("%1", case.number)
                            .replace("%2", case.applicant))
        self.worker.submit(lambda: self._make(run, case, allowed), self._made, self._failed)

    def _make(self, run: Run, case: DueCase, unconfirmed_allowed: bool | None) -> Outcome:
        """One reminder: on the worker thread, no widgets here."""
        prepared: PreparedLetter = letters.prepare(self.ws, self.actor, case.uuid, LetterKind.REMINDER, self.today)
        if prepared.needs_calendar_confirmation and not unconfirmed_allowed:
            return Outcome(case, "unconfirmed" if unconfirmed_allowed is None else "skipped")
        pdf = prepared.render("pdf")
        if run.folder is not None:
            path = free_path(run.folder, file_stem(prepared.content.number))
            atomic_write_bytes(path, pdf)
            try:
                letters.record_print(self.ws, self.actor, prepared, "pdf", self.today)
            except BaseException:
                path.unlink(missing_ok=True)
                raise
            return Outcome(case, "done", path=path)
        assert run.job is not None
        pages = run.job.add(pdf, lambda: letters.record_print(self.ws, self.actor, prepared, "paper", self.today))
        return Outcome(case, "done", pages=pages)

    def _made(self, outcome: Outcome) -> None:
        run = self.run
        if run is None:
            return
        if outcome.state == "unconfirmed":
            run.unconfirmed_allowed = self._ask_unconfirmed(outcome.case)
            QTimer.singleShot(0, self._next)  # the same case again, now that the officer decided
            return
        if outcome.state == "skipped":
            run.skipped += 1
        else:
            run.done += 1
        run.index += 1
        self.progress.setValue(run.index)
        QTimer.singleShot(0, self._next)

    def _failed(self, error: BaseException) -> None:
        run = self.run
        if run is None:
            return
        case = run.cases[run.index]
        if isinstance(error, USER_ERRORS):
            run.refused.append(self.tr("%1: %2").replace("%1", case.number).replace("%2", refusal_text(error)))
            run.index += 1
            self.progress.setValue(run.index)
        elif isinstance(error, PrintFailed):
            run.problem = str(error)
        elif isinstance(error, OSError):
            run.problem = self.tr("Could not save the reminder for %1: %2").replace("%1", case.number).replace(
                "%2", error.strerror or str(error))
        else:
            run.problem = self.tr("The run stopped on an unexpected error.")
            self._finish()
            raise error
        QTimer.singleShot(0, self._next)

    def _ask_unconfirmed(self, case: DueCase) -> bool:
        text = self.tr("The reminder for %1 states a deadline the holiday calendar cannot confirm yet (a year "
                       "whose holiday schedule has not been imported); it was counted on weekends alone.\n\n"
                       "Print reminders with such deadlines anyway? If not, they are left out of this run.")
        answer = QMessageBox.question(self, self.tr("Deadline not confirmed"), text.replace("%1", case.number),
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def _finish(self) -> None:
        run = self.run
        if run is None:
            return
        if run.job is not None and run.job.painter is not None:
            job = run.job
            run.job = None
            self.worker.submit(job.finish, lambda _pages: self._finish(), self._job_end_failed)
            return
        self.run = None
        self.status.setText(self._summary(run))
        self.count_cases()  # what was just reminded now counts as reminded
        if run.done:
            self.changed.emit("")
        self.finished_run.emit()
        if self._close_when_stopped:
            super().reject()

    def _job_end_failed(self, error: BaseException) -> None:
        if self.run is not None:
            self.run.problem = refusal_text(error)
        self._finish()

    def _summary(self, run: Run) -> str:
        total = len(run.cases)
        if run.folder is not None:
            lines = [self.tr("Saved %1 of %2 reminders in %3.").replace("%1", str(run.done))
                     .replace("%2", str(total)).replace("%3", str(run.folder))]
        else:
            lines = [self.tr("Printed %1 of %2 reminders.").replace("%1", str(run.done)).replace("%2", str(total))]
        if run.skipped:
            lines.append(self.tr("%n left out: deadline not confirmed by the holiday calendar.", "", run.skipped))
        if run.refused:
            lines.append(self.tr("%n not made:", "", len(run.refused)))
            lines.extend(run.refused[:LISTED_PROBLEMS])
            if len(run.refused) > LISTED_PROBLEMS:
                lines.append(self.tr("… and %n more.", "", len(run.refused) - LISTED_PROBLEMS))
        if run.problem:
            lines.append(run.problem)
        elif run.stop_asked and run.index < total:
            lines.append(self.tr("Stopped at your request; %n case(s) were not reached.", "", total - run.index))
        return "\n".join(lines)

    # -- closing -----------------------------------------------------------------------------

    def reject(self) -> None:
        """Closing during a run stops it after the letter in hand, then closes."""
        if self.running:
            self._close_when_stopped = True
            self.stop()
            return
        super().reject()

    def done(self, result: int) -> None:
        super().done(result)
        if self._own_worker and isinstance(self.worker, Worker):
            self.worker.shutdown()
