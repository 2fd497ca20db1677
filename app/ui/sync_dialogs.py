"""File → export a report package, import a package, import a receipt.

Each runs on the database worker, never on the GUI thread. An export shows its progress
and can be cancelled; nothing is written until the package is whole. An import is first
verified and dry-run, and the officer sees what it would do (new events, cases, conflicts,
a gap, an unknown sender's fingerprint) before choosing to apply it; cancelling at any
point leaves the database as it was. The status bar's marker says how many of this
station's cases the county has not yet confirmed, and when its last receipt came.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any, Callable

from PySide6.QtCore import QCoreApplication, QObject, QSettings, QStandardPaths, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services import sync_export, sync_import, sync_receipts
from app.services.errors import USER_ERRORS
from app.services.officers import Actor
from app.services.workspace import Workspace
from app.sync.encryption import EncryptionProblem, read_recipient
from app.sync.package import EXTENSION, UnknownStation
from app.sync.receipt import EXTENSION as RECEIPT_EXTENSION
from app.ui.worker import Runner
from app.ui.domain_words import listing
from app.ui.refusal_words import refusal_text

translate = QCoreApplication.translate
KEY_SETTING = "sync/countyKeyFile"


class _Relay(QObject):
    """Carries progress from the worker thread to the dialog (a queued signal)."""

    progress = Signal(int, int)


def _documents() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home()


def _message(error: BaseException) -> str:
    if isinstance(error, USER_ERRORS):
        return refusal_text(error)
    raise error  # a bug: for the crash handler, not for a message box


class ExportDialog(QDialog):
    """Choose the file (and the county's key), then export with a progress bar and Cancel."""

    exported = Signal(object)

    def __init__(self, ws: Workspace, actor: Actor, worker: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws, self.actor, self.worker = ws, actor, worker
        self.cancel_flag = threading.Event()
        self.running = False
        self.relay = _Relay(self)
        self.relay.progress.connect(self._progress)
        self.setWindowTitle(self.tr("Export a report package"))
        self.setObjectName("syncExportDialog")
        intro = QLabel(self.tr("The package holds every case event the receiver has not confirmed by a receipt. "
                               "It is signed with this station's key; encrypted to the county's key, a lost "
                               "USB stick shows no personal data."), self)
        intro.setWordWrap(True)
        self.file = QLineEdit(str(_documents() / f"{ws.require_station().code or 'station'}{EXTENSION}"), self)
        self.file.setObjectName("exportFile")
        browse = QPushButton(self.tr("&Browse…"), self)
        browse.clicked.connect(self._choose_file)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file, 1)
        file_row.addWidget(browse)
        self.encrypt = QCheckBox(self.tr("&Encrypt to the county's key"), self)
        self.encrypt.setObjectName("encrypt")
        self.key_file = QLineEdit(str(QSettings().value(KEY_SETTING, "") or ""), self)
        self.key_file.setObjectName("keyFile")
        self.encrypt.setChecked(bool(self.key_file.text()))
        key_browse = QPushButton(self.tr("Choose &key…"), self)
        key_browse.clicked.connect(self._choose_key)
        key_row = QHBoxLayout()
        key_row.addWidget(self.key_file, 1)
        key_row.addWidget(key_browse)
        self.everything = QCheckBox(self.tr("Export &everything, also what the receiver has confirmed"), self)
        self.everything.setObjectName("everything")
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        file_label = QLabel(self.tr("&File:"), self)
        file_label.setBuddy(self.file)
        form.addRow(file_label, file_row)
        form.addRow("", self.encrypt)
        form.addRow(self.tr("County key:"), key_row)
        form.addRow("", self.everything)
        self.bar = QProgressBar(self)
        self.bar.setObjectName("progress")
        self.bar.hide()
        self.status = QLabel(self)
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(self)
        self.start = self.buttons.addButton(self.tr("E&xport"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.start.setObjectName("start")
        self.start.setDefault(True)
        self.cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.start.clicked.connect(self.run)
        self.cancel.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.bar)
        layout.addWidget(self.status)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)

    def _choose_file(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export a report package"), self.file.text(),
                                              self.tr("Sync packages (*%1)").replace("%1", EXTENSION))
        if name:
            self.file.setText(name if name.endswith(EXTENSION) else name + EXTENSION)

    def _choose_key(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("The county's public key"), str(_documents()))
        if name:
            self.key_file.setText(name)
            self.encrypt.setChecked(True)

    def run(self) -> None:
        out = Path(self.file.text().strip())
        recipients = None
        if self.encrypt.isChecked():
            try:
                recipients = [read_recipient(Path(self.key_file.text().strip()).read_text(encoding="utf-8"))]
            except (OSError, UnicodeDecodeError):
                self.status.setText(self.tr("The county's key file cannot be read."))
                return
            except EncryptionProblem as exc:
                self.status.setText(refusal_text(exc))
                return
            QSettings().setValue(KEY_SETTING, self.key_file.text().strip())
        self.running = True
        self.cancel_flag.clear()
        self.start.setEnabled(False)
        self.bar.setRange(0, 0)
        self.bar.show()
        self.status.setText(self.tr("Exporting…"))
        everything = self.everything.isChecked()

        def task() -> Any:
            return sync_export.export_package(self.ws, out, everything=everything, encrypt_to=recipients,
                                              progress=self.relay.progress.emit, cancelled=self.cancel_flag)

        self.worker.submit(task, self._done, self._failed)

    def _progress(self, done: int, total: int) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)

    def _done(self, result: sync_export.ExportResult) -> None:
        self.running = False
        self.bar.hide()
        self.status.setText(self.tr("Exported %1 cases (%2 events) to %3.").replace("%1", str(result.cases))
                            .replace("%2", str(result.events)).replace("%3", str(result.path)))
        self.start.setEnabled(True)
        self.cancel.setText(self.tr("&Close"))
        self.exported.emit(result)

    def _failed(self, error: BaseException) -> None:
        self.running = False
        self.bar.hide()
        self.start.setEnabled(True)
        if isinstance(error, sync_export.NothingToExport):
            self.status.setText(self.tr("Nothing new to export: the receiver has confirmed every event."))
        elif isinstance(error, sync_export.ExportCancelled):
            self.status.setText(self.tr("Cancelled; no file was written."))
        else:
            self.status.setText(_message(error))

    def reject(self) -> None:
        if self.running:
            self.cancel_flag.set()
            self.status.setText(self.tr("Cancelling…"))
            return
        super().reject()


def report_lines(report: sync_import.ImportReport) -> list[str]:
    """What an import did, or would do, as the officer reads it."""
    source = report.source
    lines = [translate("SyncImport", "From: %1 (station %2), key fingerprint %3")
             .replace("%1", str(source.get("name", "?"))).replace("%2", str(source.get("code") or "-"))
             .replace("%3", report.fingerprint)]
    if report.encrypted:
        lines.append(translate("SyncImport", "The package was encrypted to this centre's key."))
    if report.gaps:
        lines.append(translate("SyncImport", "Earlier events of a station are missing; the package waits until "
                                             "they arrive:"))
        lines += ["  " + gap.text() for gap in report.gaps]
        return lines
    lines.append(translate("SyncImport", "New events: %1; already here: %2").replace("%1", str(report.new_events))
                 .replace("%2", str(report.present)))
    lines.append(translate("SyncImport", "Cases new: %1; cases updated: %2").replace("%1", str(report.cases_new))
                 .replace("%2", str(report.cases_touched - report.cases_new)))
    if report.conflicts:
        lines.append(translate("SyncImport", "Cases in conflict (a supervisor settles each in the case view): %1")
                     .replace("%1", listing(report.conflicts)))
    for other in report.also_applied:
        lines.append(translate("SyncImport", "A package held back earlier was applied too: %1 (%2 new events)")
                     .replace("%1", other.file.name).replace("%2", str(other.new_events)))
    return lines


class ImportDialog(QDialog):
    """Verify and dry-run a package, show what it would do, then apply it on request."""

    imported = Signal(object)
    settle_requested = Signal()

    def __init__(self, ws: Workspace, actor: Actor, worker: Runner, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws, self.actor, self.worker, self.path = ws, actor, worker, path
        self.trust_new = False
        self.applied = False
        self.setWindowTitle(self.tr("Import a package"))
        self.setObjectName("syncImportDialog")
        self.heading = QLabel(self.tr("Checking %1…").replace("%1", path.name), self)
        self.heading.setWordWrap(True)
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("report")
        self.text.setReadOnly(True)
        self.trust = QCheckBox(self.tr("I have read the fingerprint to the sending station by phone and it matches: "
                                       "&trust this station"), self)
        self.trust.setObjectName("trust")
        self.trust.hide()
        self.trust.toggled.connect(self._trust_toggled)
        self.bar = QProgressBar(self)
        self.bar.setObjectName("busy")
        self.bar.setRange(0, 0)
        self.buttons = QDialogButtonBox(self)
        self.apply_button = self.buttons.addButton(self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.apply_button.setObjectName("apply")
        self.apply_button.setEnabled(False)
        self.settle_button = self.buttons.addButton(self.tr("&Settle conflicts…"),
                                                    QDialogButtonBox.ButtonRole.ActionRole)
        self.settle_button.setObjectName("settle")
        self.settle_button.hide()
        self.settle_button.clicked.connect(self.settle_requested)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.apply_button.clicked.connect(self.apply)
        self.close_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.trust)
        layout.addWidget(self.bar)
        layout.addWidget(self.buttons)
        self.resize(620, 380)
        self.check()

    def check(self) -> None:
        self.bar.show()
        trust = self.trust_new
        self.worker.submit(lambda: sync_import.import_package(self.ws, self.actor, self.path, dry_run=True,
                                                              trust_new=trust), self._checked, self._check_failed)

    def _checked(self, report: sync_import.ImportReport) -> None:
        self.bar.hide()
        self.text.setPlainText("\n".join(report_lines(report)))
        if report.gaps:
            self.heading.setText(self.tr("This package cannot be applied yet. Import it to keep it waiting."))
            self.apply_button.setText(self.tr("&Keep it waiting"))
            self.apply_button.setEnabled(True)
        elif report.new_events == 0 and not report.trusted_now:
            self.heading.setText(self.tr("Everything in this package is here already."))
            self.apply_button.setEnabled(False)
        else:
            self.heading.setText(self.tr("The package is sound. Nothing has been changed yet."))
            self.apply_button.setEnabled(True)

    def _check_failed(self, error: BaseException) -> None:
        self.bar.hide()
        self.close_button.setEnabled(True)
        if isinstance(error, UnknownStation):
            self.heading.setText(self.tr("The package comes from a station this centre does not trust yet."))
            self.text.setPlainText(refusal_text(error))
            self.trust.setVisible(self.actor.is_supervisor)
            if not self.actor.is_supervisor:
                self.text.appendPlainText(self.tr("A supervisor must confirm the fingerprint and import it."))
            return
        self.heading.setText(self.tr("The package was refused; nothing was changed."))
        self.text.setPlainText(_message(error))
        self.apply_button.setEnabled(False)

    def _trust_toggled(self, on: bool) -> None:
        self.trust_new = on
        if on:
            self.check()
        else:
            self.apply_button.setEnabled(False)

    def apply(self) -> None:
        """One transaction: it cannot stop half-way, so Cancel waits for it to end."""
        self.apply_button.setEnabled(False)
        self.close_button.setEnabled(False)
        self.bar.show()
        self.trust.setEnabled(False)
        self.heading.setText(self.tr("Importing…"))
        trust = self.trust_new
        self.worker.submit(lambda: sync_import.import_package(self.ws, self.actor, self.path, trust_new=trust),
                           self._applied, self._check_failed)

    def _applied(self, report: sync_import.ImportReport) -> None:
        self.applied = True
        self.bar.hide()
        self.close_button.setEnabled(True)
        self.text.setPlainText("\n".join(report_lines(report)))
        self.heading.setText(self.tr("Kept waiting in the pending packages.") if report.held_aside
                             else self.tr("Imported."))
        self.close_button.setText(self.tr("&Close"))
        self.settle_button.setVisible(bool(report.conflicts))
        self.imported.emit(report)


def choose_package(parent: QWidget) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(parent, translate("SyncImport", "Import a package"), str(_documents()),
                                          translate("SyncImport", "Sync packages (*%1)").replace("%1", EXTENSION))
    return Path(name) if name else None


def import_receipt(ws: Workspace, worker: Runner, parent: QWidget, done: Callable[[], None]) -> None:
    name, _ = QFileDialog.getOpenFileName(parent, translate("SyncImport", "Import a receipt"), str(_documents()),
                                          translate("SyncImport", "Receipts (*%1)").replace("%1", RECEIPT_EXTENSION))
    if not name:
        return

    def shown(report: sync_receipts.ReceiptReport) -> None:
        lines = [translate("SyncImport", "Receipt from %1, made %2: events of %3 stations confirmed.")
                 .replace("%1", str(report.receiver.get("name", "?"))).replace("%2", report.created)
                 .replace("%3", str(len(report.confirmed)))]
        lines += [translate("SyncImport", "Disagrees: %1").replace("%1", d) for d in report.disagreements]
        lines.append(translate("SyncImport", "Cases of this station not yet confirmed: %1")
                     .replace("%1", str(report.unconfirmed_cases)))
        icon = QMessageBox.Icon.Warning if report.disagreements else QMessageBox.Icon.Information
        QMessageBox(icon, translate("SyncImport", "Import a receipt"), "\n".join(lines),
                    QMessageBox.StandardButton.Ok, parent).exec()
        done()

    def failed(error: BaseException) -> None:
        QMessageBox.warning(parent, translate("SyncImport", "Import a receipt"), _message(error))

    worker.submit(lambda: sync_receipts.import_receipt(ws, Path(name)), shown, failed)


def status_text(status: sync_receipts.SyncStatus) -> str:
    """The status bar's marker: cases the county has not confirmed, and the last receipt."""
    if status.receiver is None:
        return translate("SyncImport", "Not confirmed by the county: %1 cases (no receipt yet)").replace(
            "%1", str(status.unconfirmed_cases))
    return translate("SyncImport", "Not confirmed by %1: %2 cases · last receipt %3").replace(
        "%1", status.receiver.get("name") or "?").replace("%2", str(status.unconfirmed_cases)).replace(
        "%3", status.last_receipt.strftime("%Y-%m-%d") if status.last_receipt else "—")
