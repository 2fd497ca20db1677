"""Printing a case's letters from the desktop program: confirm, preview, print or save.

For each letter the officer asked for, the letter service builds the content (and
refuses it with the reason when it does not fit the case). A deadline the holiday
calendar cannot confirm is shown to the officer and printed only with their consent; a
one-time notice that adds materials needs a supervisor's reason. The PDF is rendered
once and previewed; printing it, or saving it as PDF or DOCX, records the print event,
once per letter, while previewing alone records nothing.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox, QPlainTextEdit, QWidget

from app.domain.case_letters import new_notice_materials
from app.domain.letters import LetterKind
from app.services import cases, letters
from app.services.errors import USER_ERRORS
from app.services.exports import check_output_path
from app.services.letters import PreparedLetter
from app.services.officers import Actor
from app.services.workspace import Workspace
from app.ui.action_dialogs import ActionDialog
from app.ui.i18n import long_date
from app.ui.db_tasks import wait_for
from app.ui.print_preview import PrintFailed, PrintPreview, file_stem, new_letter_printer
from app.ui.worker import Runner, SyncWorker
from app.ui.domain_words import chinese_interface, letter_name, listing
from app.ui.refusal_words import refusal_text

translate = QCoreApplication.translate

# What the dialog text box may hold: the reason is printed on the letter.
REASON_MAX_CHARS = 200


class SupervisorReasonDialog(ActionDialog):
    """Why a second one-time notice may ask for materials the first did not."""

    def __init__(self, materials: list[str], parent: QWidget | None = None) -> None:
        explanation = translate(
            "SupervisorReasonDialog",
            "A one-time notice was already printed for this case. This one also asks for: %1.\n"
            "Everything missing must be told at once, so adding materials needs a supervisor's reason. "
            "The reason is recorded and printed on the notice.",
        ).replace("%1", listing(materials))
        super().__init__(translate("SupervisorReasonDialog", "One-time notice: materials added"), explanation,
                         translate("SupervisorReasonDialog", "Print with this reason"), parent)
        self.setObjectName("supervisorReason")
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("reasonText")
        self.text.setPlaceholderText(self.tr("e.g. the certificate brought turned out to have expired"))
        self.text.setTabChangesFocus(True)
        self.text.textChanged.connect(self._update)
        self.form.addRow(self.tr("Reason:"), self.text)
        self._update()
        self.text.setFocus()

    def reason(self) -> str:
        return self.text.toPlainText().strip()

    def ready(self) -> bool:
        return 0 < len(self.reason()) <= REASON_MAX_CHARS


@dataclass
class LetterJob:
    """One letter on its way out: what it says, its PDF, and whether it was recorded."""

    prepared: PreparedLetter
    pdf: bytes
    recorded_as: str | None = None

    @property
    def kind(self) -> LetterKind:
        return self.prepared.content.kind


class LetterPrinter(QObject):
    """The letters of one window: its printer, its last folder, and the print flow.

    Create one per window and keep it: the printer (and the officer's choice of it)
    lives as long as the window.
    """

    # a print or save was recorded for this case (case UUID, letter kind value)
    recorded = Signal(str, str)

    def __init__(self, ws: Workspace, parent_widget: QWidget | None = None, *, worker: Runner | None = None) -> None:
        super().__init__(parent_widget)
        self.ws = ws
        #: every service call (prepare, render, record) runs on the window's worker
        self.worker: Runner = worker if worker is not None else SyncWorker()
        self.parent_widget = parent_widget
        self.printer = new_letter_printer()
        self.folder: Path = Path.home()
        self.preview: PrintPreview | None = None

    # -- entry points -------------------------------------------------------------------------

    def print_letters(self, actor: Actor, case_uuid: str, kinds: Iterable[LetterKind | str], today: dt.date,
                      reprint: bool = False) -> list[LetterKind]:
        """Preview each letter in turn; returns the kinds that were printed or saved."""
        given: list[LetterKind] = []
        for kind in kinds:
            job = self._prepare(actor, case_uuid, LetterKind(kind), today, reprint)
            if job is None:
                continue
            self._show(actor, job, today)
            if job.recorded_as is not None:
                given.append(job.kind)
        return given

    def reprint(self, actor: Actor, case_uuid: str, kind: LetterKind | str, today: dt.date) -> bool:
        """A copy of the letter as first printed, marked as a reprint."""
        return bool(self.print_letters(actor, case_uuid, [kind], today, reprint=True))

    # -- steps ---------------------------------------------------------------------------------

    def _prepare(self, actor: Actor, case_uuid: str, kind: LetterKind, today: dt.date,
                 reprint: bool) -> LetterJob | None:
        try:
            prepared = self._prepared(actor, case_uuid, kind, today, reprint)
            if prepared is None:
                return None
            if prepared.needs_calendar_confirmation and not reprint and not self._confirm_deadline(prepared):
                return None
            QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                pdf = wait_for(self.worker, lambda: prepared.render("pdf"))
            finally:
                QGuiApplication.restoreOverrideCursor()
        except USER_ERRORS as exc:
            self._warn(self.tr("Not printed"), refusal_text(exc))
            return None
        return LetterJob(prepared, pdf)

    def _prepared(self, actor: Actor, case_uuid: str, kind: LetterKind, today: dt.date,
                  reprint: bool) -> PreparedLetter | None:
        reason: str | None = None
        ws = self.ws
        if kind is LetterKind.ONE_TIME_NOTICE and not reprint and actor.is_supervisor:
            state = wait_for(self.worker, lambda: cases.get_case(ws, case_uuid, today).state)
            added = new_notice_materials(state)
            if added:
                # A window officer gets the service's refusal, which says a supervisor must do this.
                dialog = SupervisorReasonDialog([state.materials[c].name for c in added], self.parent_widget)
                if dialog.exec() != SupervisorReasonDialog.DialogCode.Accepted:
                    return None
                reason = dialog.reason()
        return wait_for(self.worker, lambda: letters.prepare(ws, actor, case_uuid, kind, today, reprint=reprint,
                                                             supervisor_reason=reason))

    def _confirm_deadline(self, prepared: PreparedLetter) -> bool:
        c = prepared.content
        dates = [d for d in (c.supply_deadline, c.completion_deadline) if d is not None]
        uncovered = [d for d in dates if not self.ws.calendar.covers(d.year)] or dates
        if uncovered:
            text = (self.tr("The deadline on this %1, %2, cannot be confirmed: the holiday schedule for %3 has "
                            "not been imported, so it was counted on weekends alone. Holidays and make-up working "
                            "days may move it.\n\nPrint it with this date anyway?")
                    .replace("%1", letter_name(c.kind)).replace("%2", ("；" if chinese_interface() else "; ").join(long_date(d) for d in uncovered))
                    .replace("%3", listing(sorted({str(d.year) for d in uncovered}))))
        else:
            text = self.tr("A deadline behind this %1 falls in a year whose holiday schedule has not been imported, "
                           "so it was counted on weekends alone.\n\nPrint it anyway?").replace("%1", letter_name(c.kind))
        answer = QMessageBox.question(self.parent_widget, self.tr("Deadline not confirmed"), text,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def _show(self, actor: Actor, job: LetterJob, today: dt.date) -> None:
        content = job.prepared.content
        notes = list(job.prepared.warnings)
        if content.reprint and content.reprint_of is not None:
            notes.insert(0, self.tr("Reprint of the letter first printed on %1; it is marked as a reprint.")
                         .replace("%1", long_date(content.reprint_of)))
        title = self.tr("Print preview — %1 %2").replace("%1", letter_name(content.kind)).replace("%2", content.number)
        # Whatever the last job asked for, a new letter starts as one copy.
        self.printer.setCopyCount(1)
        try:
            preview = PrintPreview(
                job.pdf, self.printer, self.parent_widget, title=title, suggested_name=file_stem(content.number),
                folder=self.folder, docx=lambda: wait_for(self.worker, lambda: job.prepared.render("docx")),
                record=lambda fmt: self._record(actor, job, fmt, today), notes=notes,
                check_path=lambda path: check_output_path(self.ws.paths, path))
        except PrintFailed as exc:
            self._warn(self.tr("Not printed"), refusal_text(exc))
            return
        self.preview = preview
        try:
            preview.exec()
        finally:
            self.folder = preview.folder
            self.preview = None
            preview.deleteLater()

    def _record(self, actor: Actor, job: LetterJob, fmt: str, today: dt.date) -> bool:
        """The print event, the first time the letter is printed or saved."""
        if job.recorded_as is not None:
            return True
        ws = self.ws
        try:
            wait_for(self.worker, lambda: letters.record_print(ws, actor, job.prepared, fmt, today))
        except USER_ERRORS as exc:
            self._warn(self.tr("Not recorded"), refusal_text(exc))
            return False
        job.recorded_as = fmt
        self.recorded.emit(job.prepared.case_uuid, job.kind.value)
        return True

    def _warn(self, title: str, text: str) -> None:
        QMessageBox.warning(self.preview or self.parent_widget, title, text)
